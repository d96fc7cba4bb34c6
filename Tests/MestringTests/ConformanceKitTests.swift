import Mestring
import MestringConformance
import Testing

/// The conformance suite is only worth running if it catches broken stores and never blames a
/// correct one: each broken store below breaks one requirement, and the suite must name it.
@Suite("The conformance suite catches broken stores and never lies")
struct ConformanceKitTests {
    /// One broken store, the check that must fail, and a phrase its report must contain.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let check: ConformanceCheck
        let report: String
        let outcome: @Sendable () async -> ConformanceOutcome
        var testDescription: String { "\(check)" }

        init<Store: CatalogStore>(
            _ check: ConformanceCheck, _ report: String, corrupt: (@Sendable (Store) async throws -> Void)? = nil,
            _ make: @escaping @Sendable (Catalog) async throws -> Store
        ) {
            self.check = check
            self.report = report
            outcome = { await StoreConformance(corrupt: corrupt, makeStore: make).outcome(of: check) }
        }
    }

    static let breakages: [Breakage] = [
        Breakage(.roundTrip, "offers[offer-full].summary: expected") { LossyStore($0) },
        Breakage(.emptyCatalog, "an empty catalogue came back") { TitledEmptyStore($0) },
        Breakage(.saveReplaces, "after saving a smaller catalogue: offers: expected identifiers") { MergingStore($0) },
        Breakage(.repeatedIdentifiers, "repeated identifiers were not kept") { DeduplicatingStore($0) },
        Breakage(.readOnlyRefusesSave, "a read-only store accepted save(_:)") { SilentReadOnlyStore($0) },
        Breakage(.malformedDataIsReported, "load() of corrupted data did not throw", corrupt: { await $0.damage() }) { CredulousStore($0) },
        Breakage(.fetch, "fetch(Person.self, id: \"person-full\") gave nil") { MisfetchingStore($0) },
        Breakage(.upsert, "after upsert: offers: expected identifiers") { MovingUpsertStore($0) },
        Breakage(.delete, "deleting it again returned true") { BoastfulDeleteStore($0) },
        Breakage(.query, "query(municipalities [0301]): expected") { ReversedQueryStore($0) },
        Breakage(.concurrentUse, "concurrent upserts were lost") { LostUpdateStore($0) },
    ]

    @Test(arguments: breakages)
    func aBrokenStoreFailsTheCheckForWhatItBreaks(_ breakage: Breakage) async {
        guard case .failed(let failure) = await breakage.outcome() else {
            Issue.record("\(breakage.check) did not fail for a store that breaks it")
            return
        }
        #expect(failure.check == breakage.check)
        #expect(failure.description.contains(breakage.report), "\(failure)")
    }

    @Test func everyCheckHasABrokenStoreThatFailsIt() {
        #expect(Set(Self.breakages.map(\.check)) == Set(ConformanceCheck.allCases))
    }

    @Test func aCorrectStorePassesEveryCheckOnAHundredRunsInARow() async throws {
        let suite = StoreConformance(corrupt: { await $0.damage() }, makeStore: { seed in EncodedStore(seed) })
        let skipped = ConformanceOutcome.skipped(reason: "the store can write (its capabilities contain .write)")
        // The runs are independent (each check makes its own store), so they share the cores.
        let unexpected = await withTaskGroup(of: [String].self) { group in
            for run in 1...100 {
                group.addTask {
                    await suite.outcomes().filter { $0.outcome != .passed && !($0.check == .readOnlyRefusesSave && $0.outcome == skipped) }
                        .map { "run \(run): \($0.outcome)" }
                }
            }
            var unexpected: [String] = []
            for await lines in group { unexpected += lines }
            return unexpected
        }
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
    }

    @Test func differencesNameTheFieldPathAndAreTheSameOnEveryRun() async {
        let suite = StoreConformance { seed in LossyStore(seed) }
        let first = await suite.outcome(of: .roundTrip)
        guard case .failed(let failure) = first else { return #expect(Bool(false), "the lossy store passed") }
        #expect(failure.problems.contains { $0.hasPrefix("offers[offer-full].summary: expected ") && $0.hasSuffix(", got nothing") })
        for _ in 1...20 { #expect(await suite.outcome(of: .roundTrip) == first) }
    }

    @Test func checksThatDoNotApplyAreSkippedWithTheReasonNeverPassed() async {
        let readOnly = StoreConformance { seed in ReadOnlyStore(seed) }
        for check in [ConformanceCheck.saveReplaces, .repeatedIdentifiers] {
            #expect(await readOnly.outcome(of: check) == .skipped(reason: "the store is read-only (its capabilities lack .write)"))
        }
        for check in [ConformanceCheck.fetch, .upsert, .delete] {
            #expect(await readOnly.outcome(of: check) == .skipped(reason: "the store is a CatalogStore, not a RecordStore: it has no \(check)"))
        }
        guard case .skipped(let reason) = await readOnly.outcome(of: .malformedDataIsReported) else {
            return #expect(Bool(false), "the malformed-data check ran without `corrupt`")
        }
        #expect(reason.contains("no `corrupt` closure"))
        let writable = StoreConformance { seed in InMemoryCatalogStore(seed) }
        #expect(await writable.outcome(of: .readOnlyRefusesSave) == .skipped(reason: "the store can write (its capabilities contain .write)"))
        #expect(await readOnly.outcome(of: .concurrentUse) == .passed, "a plain read-only store gets the concurrent-use check too")
        #expect(await readOnly.outcome(of: .query) == .passed, "a plain store answers queries with the default")
    }
}

/// What integrators see in Swift Testing for a read-only plain store: the checks that do not apply
/// are skipped with their reason (a warning naming it, and the test case cancelled), not passed.
@Suite("A read-only feed store under Swift Testing")
struct ReadOnlyStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        try await StoreConformance { seed in ReadOnlyStore(seed) }.verify(check)
    }
}
