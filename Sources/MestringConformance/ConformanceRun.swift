import Mestring

/// The bodies of the conformance checks.
struct ConformanceRun<Store: CatalogStore> {
    let suite: StoreConformance<Store>
    var fixture: Catalog { ConformanceFixture.catalog }

    /// Runs `check` on a fresh store; returns why it does not apply, or `nil` when it ran.
    func perform(_ check: ConformanceCheck, _ problems: inout ConformanceProblems) async throws -> String? {
        if check == .malformedDataIsReported, suite.corrupt == nil {
            return "no `corrupt` closure was given to StoreConformance, so the suite cannot damage the store's data"
        }
        let store = try await suite.makeStore(check == .emptyCatalog ? Catalog() : fixture)
        let writable = store.capabilities.contains(.write)
        if let reason = Self.skipReason(check, writable: writable, isRecordStore: store is any RecordStore) { return reason }
        if let records = store as? any RecordStore, check.needsRecordStore || check == .concurrentUse {
            try await performRecordCheck(check, records, writable, &problems)
            return nil
        }
        switch check {
        case .roundTrip:
            let loaded = try await store.load()
            for problem in CatalogDifference.describe(expected: suite.expectedContent(fixture), actual: loaded) {
                problems.record(problem)
            }
        case .emptyCatalog:
            let loaded = try await store.load()
            problems.expect(loaded == Catalog(), "an empty catalogue came back with \(loaded.recordCount) records")
        case .saveReplaces:
            var smaller = Catalog(info: CatalogInfo(title: "Mindre"))
            smaller.offers.upsert(fixture.offers[1])
            try await store.save(smaller)
            for problem in CatalogDifference.describe(expected: suite.expectedContent(smaller), actual: try await store.load()) {
                problems.record("after saving a smaller catalogue: " + problem)
            }
        case .repeatedIdentifiers:
            try await checkRepeatedIdentifiers(store, &problems)
        case .readOnlyRefusesSave:
            do {
                try await store.save(Catalog())
                problems.record("a read-only store accepted save(_:)")
            } catch let error as StoreError {
                problems.expect(error.kind == .readOnly, "save on a read-only store threw \(error.kind), expected .readOnly")
            }
        case .malformedDataIsReported:
            try await suite.corrupt?(store)
            do {
                _ = try await store.load()
                problems.record("load() of corrupted data did not throw")
            } catch let error as StoreError {
                problems.expect(error.kind == .malformedData, "corrupted data threw \(error.kind), expected .malformedData")
                problems.expect(error.file != nil, "the error for corrupted data names no file: \(error)")
            }
        case .query:
            try await checkQueries(store, &problems)
        case .concurrentUse:
            try await checkConcurrentLoadsAndSaves(store, writable, &problems)
        case .fetch, .upsert, .delete:
            break  // record checks, run above
        }
        return nil
    }

    /// Why `check` does not apply to a store with these capabilities, or `nil` when it does.
    static func skipReason(_ check: ConformanceCheck, writable: Bool, isRecordStore: Bool) -> String? {
        if check.needsRecordStore, !isRecordStore {
            return "the store is a CatalogStore, not a RecordStore: it has no \(check)"
        }
        switch check {
        case .saveReplaces, .repeatedIdentifiers, .upsert, .delete:
            return writable ? nil : "the store is read-only (its capabilities lack .write)"
        case .readOnlyRefusesSave:
            return writable ? "the store can write (its capabilities contain .write)" : nil
        default:
            return nil
        }
    }

    private func checkRepeatedIdentifiers(_ store: Store, _ problems: inout ConformanceProblems) async throws {
        var repeated = fixture
        var twin = fixture.offers[0]
        twin.title = "Tvilling med samme id"
        repeated.offers = RecordCollection(Array(fixture.offers) + [twin])
        do {
            try await store.save(repeated)
            for problem in CatalogDifference.describe(expected: suite.expectedContent(repeated), actual: try await store.load()) {
                problems.record("repeated identifiers were not kept: " + problem)
            }
        } catch let error as StoreError where error.kind == .constraint {
            let loaded = try await store.load()
            problems.expect(loaded == suite.expectedContent(fixture), "a refused save changed the stored catalogue")
        }
    }

    private func performRecordCheck(
        _ check: ConformanceCheck, _ store: any RecordStore, _ writable: Bool, _ problems: inout ConformanceProblems
    ) async throws {
        let expected = suite.expectedContent(fixture)
        switch check {
        case .fetch:
            try await checkFetch(expected.offers, store, &problems)
            try await checkFetch(expected.providers, store, &problems)
            try await checkFetch(expected.people, store, &problems)
            try await checkFetch(expected.pathways, store, &problems)
            try await checkFetch(expected.programmes, store, &problems)
            try await checkFetch(expected.evaluations, store, &problems)
            problems.expect(try await store.fetch(Offer.self, id: "no-such-offer") == nil, "fetch of an unknown id did not give nil")
        case .upsert:
            try await checkUpsert(store, &problems)
        case .delete:
            let victim = expected.offers[2].id
            problems.expect(try await store.delete(Offer.self, id: victim), "delete of an existing offer returned false")
            problems.expect(try await store.fetch(Offer.self, id: victim) == nil, "a deleted offer can still be fetched")
            problems.expect(!(try await store.delete(Offer.self, id: victim)), "deleting it again returned true")
            // A store that keeps no people or evaluations (its expected content has none) has none to delete.
            if expected.people["person-minimal"] != nil {
                problems.expect(try await store.delete(Person.self, id: "person-minimal"), "delete of an existing person returned false")
            }
            if expected.evaluations["evaluation-full"] != nil {
                problems.expect(try await store.delete(Evaluation.self, id: "evaluation-full"), "delete of an existing evaluation returned false")
            }
            var reference = expected
            reference.remove(Offer.self, id: victim)
            reference.remove(Person.self, id: "person-minimal")
            reference.remove(Evaluation.self, id: "evaluation-full")
            for problem in CatalogDifference.describe(expected: reference, actual: try await store.load()) {
                problems.record("after delete: " + problem)
            }
        case .concurrentUse:
            if writable {
                try await checkConcurrentUpserts(store, expected, &problems)
            } else {
                try await checkConcurrentLoadsAndSaves(store, writable, &problems)
            }
        default:
            break
        }
    }

    /// `offers(matching:)` gives exactly the reference answer, order included, for every fixture query.
    private func checkQueries(_ store: Store, _ problems: inout ConformanceProblems) async throws {
        let expected = suite.expectedContent(fixture)
        for query in ConformanceFixture.queries {
            let want = expected.offers(matching: query).map(\.id)
            let got = try await store.offers(matching: query).map(\.id)
            problems.expect(want == got, "\(describe(query)): expected \(want.map(\.rawValue)), got \(got.map(\.rawValue))")
        }
    }

    /// Loads and saves from many tasks at once: every load sees one whole catalogue that was
    /// saved (never a mix), and the last save wins completely.
    private func checkConcurrentLoadsAndSaves(_ store: some CatalogStore, _ writable: Bool, _ problems: inout ConformanceProblems) async throws {
        let tasks = 8
        let variants: [Catalog] = (0..<tasks).map { index in
            var variant = fixture
            variant.info.title = "Samtidig \(index)"
            variant.offers = RecordCollection(Array(fixture.offers.prefix(index + 1)))
            return suite.expectedContent(variant)
        }
        let original = suite.expectedContent(fixture)
        let seen = try await withThrowingTaskGroup(of: Catalog?.self) { group in
            for index in 0..<tasks {
                if writable { group.addTask { try await store.save(variants[index]); return nil } }
                group.addTask { try await store.load() }
            }
            var seen: [Catalog] = []
            for try await catalog in group { if let catalog { seen.append(catalog) } }
            return seen
        }
        let allowed = writable ? [original] + variants : [original]
        let torn = seen.filter { catalog in !allowed.contains(catalog) }
        problems.expect(torn.isEmpty, "\(torn.count) of \(seen.count) concurrent loads saw a catalogue that was never saved whole")
        if writable {
            let last = try await store.load()
            problems.expect(variants.contains(last), "after concurrent saves the store holds none of the saved catalogues")
        }
    }

    /// `fetch` gives back every record of one kind exactly as stored.
    private func checkFetch<Record: CatalogRecord>(
        _ records: RecordCollection<Record>, _ store: any RecordStore, _ problems: inout ConformanceProblems
    ) async throws {
        for record in records {
            let call = "fetch(\(Record.self).self, id: \"\(record.id)\")"
            guard let found = try await store.fetch(Record.self, id: record.id) else {
                problems.record("\(call) gave nil")
                continue
            }
            for difference in ValueDifference.between(record, found, path: "\(Record.recordKind.collectionName)[\(record.id)]") {
                problems.record("\(call): \(difference)")
            }
        }
    }

    /// Upserts records of every kind, taken from the full fixture, and expects what the store keeps
    /// of the result: a store that holds less (no people, say) is held to its expected content.
    private func checkUpsert(_ store: any RecordStore, _ problems: inout ConformanceProblems) async throws {
        var reference = fixture
        var changed = fixture.offers[1]
        changed.title = "Endret tittel – ÆØÅ"
        changed.languages = ["se"]
        try await store.upsert(changed)
        reference.upsert(changed)
        var added = fixture.offers[0]
        added.id = "offer-new"
        try await store.upsert(added)
        reference.upsert(added)
        var person = fixture.people[0]
        person.contact = nil
        try await store.upsert(person)
        reference.upsert(person)
        let pathway = Pathway(id: "pathway-new", name: "Nytt", steps: [PathwayStep(offer: "offer-new", stage: .prevention)])
        try await store.upsert(pathway)
        reference.upsert(pathway)
        var programme = fixture.programmes[0]
        programme.requiredRoles = [.peerHelper]
        try await store.upsert(programme)
        reference.upsert(programme)
        let evaluation = Evaluation(
            id: "evaluation-new", offer: "offer-new", date: LocalDate(year: 2027, month: 1, day: 5), roles: [.experiencedUser],
            measurements: [OutcomeMeasurement(outcome: .fewerRelapses)])
        try await store.upsert(evaluation)
        reference.upsert(evaluation)
        let kept = suite.expectedContent(reference)
        let keptOffer = kept.offers[changed.id]
        for difference in ValueDifference.between(keptOffer as Any, try await store.fetch(Offer.self, id: changed.id) as Any, path: "offers[\(changed.id)]") {
            problems.record("fetch after upsert: \(difference)")
        }
        for problem in CatalogDifference.describe(expected: kept, actual: try await store.load()) {
            problems.record("after upsert: " + problem)
        }
    }

    private func checkConcurrentUpserts(_ store: any RecordStore, _ expected: Catalog, _ problems: inout ConformanceProblems) async throws {
        let writers = 12
        let template = expected.offers[0]
        let readCounts = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<writers {
                group.addTask {
                    var offer = template
                    offer.id = .init("concurrent-\(index)")
                    try await store.upsert(offer)
                    return -1
                }
                group.addTask { try await store.offers(matching: OfferQuery()).count }
            }
            var counts: [Int] = []
            for try await count in group where count >= 0 { counts.append(count) }
            return counts
        }
        problems.expect(readCounts.allSatisfy { $0 >= expected.offers.count }, "a concurrent reader saw fewer offers than were stored: \(readCounts)")
        let loaded = try await store.load()
        let missing = (0..<writers).filter { !loaded.offers.contains(id: .init("concurrent-\($0)")) }
        problems.expect(missing.isEmpty, "concurrent upserts were lost: \(missing.map { "concurrent-\($0)" })")
        problems.expect(loaded.offers.count == expected.offers.count + writers, "expected \(expected.offers.count + writers) offers after concurrent upserts, found \(loaded.offers.count)")
    }

    private func describe(_ query: OfferQuery) -> String {
        var parts: [String] = []
        if !query.municipalities.isEmpty { parts.append("municipalities \(query.municipalities.sorted())") }
        if !query.audiences.isEmpty { parts.append("audiences \(query.audiences.sorted())") }
        if !query.diagnoses.isEmpty { parts.append("diagnoses \(query.diagnoses.map(\.description).sorted())") }
        if !query.kinds.isEmpty { parts.append("kinds \(query.kinds.sorted())") }
        if !query.levels.isEmpty { parts.append("levels \(query.levels.sorted())") }
        if !query.languages.isEmpty { parts.append("languages \(query.languages.sorted())") }
        if !query.deliveryModes.isEmpty { parts.append("delivery \(query.deliveryModes.sorted())") }
        if !query.stages.isEmpty { parts.append("stages \(query.stages.sorted())") }
        if let text = query.text { parts.append("text \"\(text)\"") }
        if query.ordering == .relevance { parts.append("by relevance") }
        if let limit = query.limit { parts.append("limit \(limit)") }
        return "query(" + parts.joined(separator: ", ") + ")"
    }
}
