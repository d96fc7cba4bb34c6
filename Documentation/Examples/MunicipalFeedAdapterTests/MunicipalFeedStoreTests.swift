import Foundation
import Mestring
@testable import MunicipalFeedAdapter
import MestringConformance
import Testing

extension Catalog {
    /// What the feed can hold of this catalogue: what the conformance suite expects to load back.
    ///
    /// The feed has no people and no pathways, texts in Bokmål only, ICD-10 codes without names,
    /// a start date instead of a schedule, and no focus or method (they load as not stated).
    var feedContent: Catalog {
        Catalog(
            info: CatalogInfo(publisher: info.publisher, updated: info.updated),
            providers: RecordCollection(
                providers.map { provider in
                    Provider(
                        id: provider.id, name: LocalizedText(bokmal: provider.name.preferred), kind: provider.kind,
                        organisationNumber: provider.organisationNumber)
                }),
            offers: RecordCollection(
                offers.map { offer in
                    let diagnoses = offer.diagnoses.filter { $0.system == .icd10 }.map { DiagnosisCode.icd10($0.code) }
                    return Offer(
                        id: offer.id, title: LocalizedText(bokmal: offer.title.preferred),
                        summary: offer.summary.map { LocalizedText(bokmal: $0.preferred) }, kind: offer.kind,
                        format: offer.format, provider: offer.provider, diagnoses: diagnoses, audiences: offer.audiences,
                        deliveryMode: offer.deliveryMode, languages: offer.languages,
                        schedule: offer.schedule?.startDate.map { Schedule(startDate: $0) },
                        signUp: offer.signUp.map { SignUp(method: $0.method, url: $0.url, phone: $0.phone, email: $0.email) },
                        municipalities: offer.municipalities, venue: offer.venue, website: offer.website)
                }))
    }
}

@Suite("Municipal feed store (the tutorial's example adapter)")
struct MunicipalFeedStoreTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "kommune-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await StoreConformance(
            expectedContent: { $0.feedContent },
            corrupt: { store in try Data("{\"tilbud\": [".utf8).write(to: store.fileURL) }
        ) { seed in
            let fileURL = folder.appending(path: "kommune-feed.json")
            try JSONEncoder().encode(MunicipalFeed(seed)).write(to: fileURL)
            return MunicipalFeedStore(fileURL: fileURL)
        }.verify(check)
    }

    static let sampleFeed = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../MunicipalFeedAdapter/kommune-feed.json").standardized

    @Test func readsTheSampleFeedInMestringsVocabulary() async throws {
        let catalog = try await MunicipalFeedStore(fileURL: Self.sampleFeed).load()
        #expect(catalog.info.publisher == "Bergen kommune (oppdiktede eksempeldata)")
        #expect(catalog.providers.map(\.kind) == [.healthyLifeCentre, .voluntaryOrganisation])
        let peerGroup = try #require(catalog.offers["bk-2026-030"])
        #expect(peerGroup.kind == .peerGroup)
        #expect(peerGroup.method == nil, "the feed does not say; a guess would look like a fact")
        #expect(peerGroup.focus == nil)
        #expect(peerGroup.audiences == [.patients, .nextOfKin])
        #expect(catalog.level(of: peerGroup) == .voluntary)
        let forNextOfKin = catalog.offers(matching: OfferQuery(municipalities: ["4601"], audiences: [.nextOfKin]))
        #expect(forNextOfKin.map(\.id) == ["bk-2026-014", "bk-2026-030"])
    }

    @Test func anOfferWithoutIdentifierGetsTheSameOneOnEveryImportAndWhatItLacksIsNotStated() async throws {
        let catalog = try await MunicipalFeedStore(fileURL: Self.sampleFeed).load()
        let typedByHand = try #require(catalog.offers.last)
        #expect(typedByHand.id == "920835465-mestringskurs-for-deg-med-diabetes-type-2-2026-04-14")
        #expect(try await MunicipalFeedStore(fileURL: Self.sampleFeed).load().offers.last?.id == typedByHand.id)
        #expect(typedByHand.kind == .groupProgramme, "\"Kurs\" as the municipality typed it")
        #expect(typedByHand.audiences == [.patients], "\"Pasienter\", a plural the feed's table lacks")
        #expect(typedByHand.format == nil && typedByHand.deliveryMode == nil, "left out, so not stated")
    }

    @Test func namesTheJSONPathOfAnUnknownWord() async throws {
        var feed = try JSONDecoder().decode(MunicipalFeed.self, from: Data(contentsOf: Self.sampleFeed))
        feed.tilbud[1].målgruppe = ["bruker", "pasientar"]
        let fileURL = FileManager.default.temporaryDirectory.appending(path: "kommune-feed-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: fileURL) }
        try JSONEncoder().encode(feed).write(to: fileURL)
        let error = try await #require(throws: StoreError.self) { try await MunicipalFeedStore(fileURL: fileURL).load() }
        #expect(error.kind == .malformedData)
        #expect(
            error.description == fileURL.path + ": tilbud[1].målgruppe[1]: unknown målgruppe \"pasientar\"; "
                + "expected one of bruker, familie, helsepersonell, pasient, pårørende, ung pårørende")
    }

    @Test func namesTheJSONPathOfAMissingField() async throws {
        let fileURL = FileManager.default.temporaryDirectory.appending(path: "kommune-feed-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: fileURL) }
        try Data(#"{"tilbud": [{"id": "a", "tittel": "Kurs"}]}"#.utf8).write(to: fileURL)
        let error = try await #require(throws: StoreError.self) { try await MunicipalFeedStore(fileURL: fileURL).load() }
        #expect(
            error == StoreError(.malformedData, "missing required field \"målgruppe\"", file: fileURL.path, field: "tilbud[0].målgruppe"))
    }

    @Test func refusesToWriteTheMunicipalitysFeed() async throws {
        let store = MunicipalFeedStore(fileURL: Self.sampleFeed)
        let error = try await #require(throws: StoreError.self) { try await store.save(Catalog()) }
        #expect(error.kind == .readOnly)
        #expect(!store.capabilities.contains(.write))
    }

    @Test func everyMestringValueHasExactlyOneWordInTheFeed() {
        func isOneToOne<Value: CatalogEnumeration>(_ table: [String: Value]) -> Bool {
            table.count == Value.allCases.count && Set(table.values) == Set(Value.allCases)
        }
        #expect(isOneToOne(FeedVocabulary.offerKinds))
        #expect(isOneToOne(FeedVocabulary.formats))
        #expect(isOneToOne(FeedVocabulary.audiences))
        #expect(isOneToOne(FeedVocabulary.deliveryModes))
        #expect(isOneToOne(FeedVocabulary.signUpMethods))
        #expect(isOneToOne(FeedVocabulary.providerKinds))
    }
}
