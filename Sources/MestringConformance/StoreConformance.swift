import Mestring

/// The conformance suite for catalogue stores: proves that a store (ours, or an integrator's)
/// honours the requirements of ``Mestring/CatalogStore`` and ``Mestring/RecordStore``.
///
/// Give it a way to make a store that holds a given catalogue. Every check gets a fresh store.
/// Checks that need writing are skipped for read-only stores, and record-level checks for stores
/// that are not ``Mestring/RecordStore``s.
///
/// ```swift
/// // Swift Testing
/// @Test(arguments: ConformanceCheck.allCases)
/// func conformance(_ check: ConformanceCheck) async throws {
///     try await StoreConformance { seed in
///         let store = JSONCatalogStore(fileURL: temporaryFile())
///         try await store.save(seed)
///         return store
///     }.verify(check)
/// }
///
/// // XCTest
/// func testConformance() async throws { try await suite.verifyAll() }
/// ```
public struct StoreConformance<Store: CatalogStore>: Sendable {
    /// Makes a new store whose content is the given catalogue.
    public typealias MakeStore = @Sendable (_ seed: Catalog) async throws -> Store

    let makeStore: MakeStore
    let corrupt: (@Sendable (Store) async throws -> Void)?
    let expectedContent: @Sendable (Catalog) -> Catalog

    /// - Parameters:
    ///   - expectedContent: what the store is expected to keep of a catalogue; the identity for a
    ///     lossless store, or a function that drops what a more limited source format cannot hold.
    ///   - corrupt: damages the store's data (e.g. writes garbage into its file), so the suite can
    ///     check that `load()` then reports `.malformedData`. Without it that check is skipped.
    ///   - makeStore: makes a fresh store holding the seed catalogue.
    public init(
        expectedContent: @escaping @Sendable (Catalog) -> Catalog = { $0 },
        corrupt: (@Sendable (Store) async throws -> Void)? = nil,
        makeStore: @escaping MakeStore
    ) {
        self.makeStore = makeStore
        self.corrupt = corrupt
        self.expectedContent = expectedContent
    }

    /// Runs every check and throws one ``ConformanceFailure`` per failing check, combined.
    public func verifyAll() async throws {
        var failures: [ConformanceFailure] = []
        for check in ConformanceCheck.allCases {
            do { try await verify(check) } catch let failure as ConformanceFailure { failures.append(failure) }
        }
        guard failures.isEmpty else {
            throw ConformanceFailure(check: failures[0].check, problems: failures.flatMap { ["\($0.check):"] + $0.problems })
        }
    }

    /// Runs one check; throws ``ConformanceFailure`` listing what is wrong.
    public func verify(_ check: ConformanceCheck) async throws {
        var problems = ConformanceProblems()
        do {
            let run = ConformanceRun(suite: self)
            try await run.perform(check, &problems)
        } catch let failure as ConformanceFailure {
            throw failure
        } catch {
            problems.record("unexpected error: \(error)")
        }
        guard problems.list.isEmpty else { throw ConformanceFailure(check: check, problems: problems.list) }
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
