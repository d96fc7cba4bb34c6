import Mestring

/// The conformance suite for catalogue stores: proves that a store (ours, or an integrator's)
/// honours the requirements of ``Mestring/CatalogStore`` and ``Mestring/RecordStore``.
///
/// Give it a way to make a store that holds a given catalogue, and a way to damage a store's data
/// (`corrupt`), so that it can check that damage is reported. Every check gets a fresh store.
///
/// ```swift
/// import MestringConformance
/// import Testing
///
/// let suite = StoreConformance(
///     corrupt: { store in try Data("not a catalogue".utf8).write(to: store.file.url) },
///     makeStore: { seed in
///         let store = JSONCatalogStore(fileURL: .temporaryDirectory.appending(path: "\(UUID()).json"))
///         try await store.save(seed)
///         return store
///     })
///
/// // Swift Testing: one test case per check.
/// @Test(arguments: ConformanceCheck.allCases)
/// func conformance(_ check: ConformanceCheck) async throws {
///     try await suite.verify(check)
/// }
///
/// // XCTest: every check in one test; the failure names every failing check, at this line.
/// func testConformance() async throws { try await suite.verifyAll() }
/// ```
///
/// A check that does not apply to the store (record checks for a plain ``Mestring/CatalogStore``,
/// write checks for a read-only store, the malformed-data check without `corrupt`) is reported as
/// **skipped**, with the reason, never as passed: XCTest shows it as skipped (`XCTSkip`); Swift
/// Testing records a warning that names the reason and cancels the test case (`Test.cancel`),
/// which IDEs and the event stream show as skipped. (Swift 6.3's console output lists a cancelled
/// case of a parameterized test under "passed"; the warning line above it says that it was skipped.)
///
/// ``outcome(of:)`` and ``outcomes()`` give the results as values instead, for a runner of your own.
public struct StoreConformance<Store: CatalogStore>: Sendable {
    /// Makes a new store whose content is the given catalogue.
    public typealias MakeStore = @Sendable (_ seed: Catalog) async throws -> Store

    let makeStore: MakeStore
    let corrupt: (@Sendable (Store) async throws -> Void)?
    let expectedContent: @Sendable (Catalog) -> Catalog

    /// - Parameters:
    ///   - expectedContent: What the store is expected to keep of a catalogue: the identity for a
    ///     lossless store, or a function that drops what a more limited source format cannot hold.
    ///   - corrupt: Damages the store's data (e.g. writes garbage into its file), so the suite can
    ///     check that `load()` then reports `.malformedData` naming the file. Without it that
    ///     check is skipped, and says so.
    ///   - makeStore: Makes a fresh store holding the seed catalogue.
    public init(
        expectedContent: @escaping @Sendable (Catalog) -> Catalog = { $0 },
        corrupt: (@Sendable (Store) async throws -> Void)? = nil,
        makeStore: @escaping MakeStore
    ) {
        self.makeStore = makeStore
        self.corrupt = corrupt
        self.expectedContent = expectedContent
    }

    /// Runs one check on a fresh store and says what it concluded, without reporting to any test
    /// framework. An unexpected error fails the check, naming the error.
    public func outcome(of check: ConformanceCheck) async -> ConformanceOutcome {
        var problems = ConformanceProblems()
        do {
            if let reason = try await ConformanceRun(suite: self).perform(check, &problems) {
                return .skipped(reason: reason)
            }
        } catch {
            problems.record("unexpected error: \(error)")
        }
        return problems.list.isEmpty ? .passed : .failed(ConformanceFailure(check: check, problems: problems.list))
    }

    /// Runs every check, in the order of `ConformanceCheck.allCases`, and says what each concluded.
    public func outcomes() async -> [(check: ConformanceCheck, outcome: ConformanceOutcome)] {
        var outcomes: [(check: ConformanceCheck, outcome: ConformanceOutcome)] = []
        for check in ConformanceCheck.allCases { outcomes.append((check, await outcome(of: check))) }
        return outcomes
    }

    /// Runs one check and reports it to the running test framework: a failure as an issue (Swift
    /// Testing) or a failure (XCTest) at the caller's file and line, naming the check and every
    /// problem; a check that does not apply as skipped, with the reason.
    /// - Throws: Only to skip: Swift Testing's cancellation or `XCTSkip`.
    public func verify(
        _ check: ConformanceCheck, fileID: String = #fileID, filePath: StaticString = #filePath,
        line: UInt = #line, column: UInt = #column
    ) async throws {
        let reporter = ConformanceReporter(fileID: fileID, filePath: filePath, line: line, column: column)
        switch await outcome(of: check) {
        case .passed: return
        case .failed(let failure): reporter.fail(failure.description)
        case .skipped(let reason): try reporter.skip("\(check) skipped: \(reason)", warnings: ["\(check) skipped: \(reason)"])
        }
    }

    /// Runs every check and reports them to the running test framework as one test: the failure
    /// names every failing check in its first line, then each check's problems, at the caller's
    /// file and line. When nothing failed but some checks did not apply, the test is reported as
    /// skipped, naming what passed and what was skipped and why: a partial run is not a pass.
    /// - Throws: Only to skip: Swift Testing's cancellation or `XCTSkip`.
    public func verifyAll(
        fileID: String = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
    ) async throws {
        let reporter = ConformanceReporter(fileID: fileID, filePath: filePath, line: line, column: column)
        let summary = ConformanceSummary(await outcomes())
        if let failure = summary.failureText {
            reporter.fail(failure)
        } else if let skipped = summary.skipText {
            try reporter.skip(skipped, warnings: summary.skippedLines)
        }
    }
}

/// The problems found by one check.
struct ConformanceProblems {
    var list: [String] = []
    mutating func record(_ problem: String) { list.append(problem) }
    mutating func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
        if !condition { list.append(problem()) }
    }
}
