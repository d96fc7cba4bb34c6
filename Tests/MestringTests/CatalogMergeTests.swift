import Foundation
import Mestring
import MestringConformance
import Testing

@Suite("Merging a source into a catalogue: by identifier, not stated keeps what is known, only your own records go")
struct CatalogMergeTests {
    static let sheet = "tilbud.csv"

    static func offer(_ id: String, _ title: String, format: OfferFormat? = nil, method: OfferMethod? = nil) -> Offer {
        Offer(id: Offer.ID(rawValue: id), title: LocalizedText(bokmal: title), format: format, method: method, audiences: [.patients])
    }

    @Test func everyRecordOfTheFixtureComesBackFromItsFieldsUnchanged() throws {
        // The merge rebuilds records from their fields; a record that does not survive that would be changed by a no-op import.
        let fixture = ConformanceFixture.catalog
        let result = try CatalogMerge(source: "fixture").merge(fixture, into: fixture)
        #expect(result.changes.allSatisfy { $0.outcome == .unchanged })
        #expect(result.changes.count == fixture.recordCount)
        var withSources = fixture
        withSources.sources = result.catalog.sources
        #expect(result.catalog == withSources)
        #expect(result.catalog.sources.identifiers(Offer.self, from: "fixture").count == fixture.offers.count)
    }

    @Test func addsChangesAndKeepsWhatTheSourceDoesNotState() throws {
        var existing = Catalog(offers: [Self.offer("a", "Leve med diabetes", format: .group, method: .knowledgeTransfer)])
        existing.sources.setSource(Self.sheet, of: Offer.ID(rawValue: "a"))
        // The sheet has no method column and now says the offer is individual; a new offer appears.
        let incoming = Catalog(offers: [Self.offer("a", "Leve med diabetes", format: .individual), Self.offer("b", "Pårørendeskole")])
        let result = try CatalogMerge(source: Self.sheet).merge(incoming, into: existing)

        #expect(result.changes == [
            RecordChange(kind: .offer, id: "a", outcome: .changed, fields: ["format"]),
            RecordChange(kind: .offer, id: "b", outcome: .added),
        ])
        let merged = try #require(result.catalog.offers[Offer.ID(rawValue: "a")])
        #expect(merged.format == .individual)
        #expect(merged.method == .knowledgeTransfer, "a value the source does not state survives the import")
        #expect(result.catalog.sources.source(of: Offer.ID(rawValue: "b")) == Self.sheet)
        #expect(result.changesCatalogue)
    }

    @Test func importingTheSameSourceAgainChangesNothing() throws {
        let incoming = Catalog(offers: [Self.offer("a", "Leve med diabetes"), Self.offer("b", "Pårørendeskole")])
        let first = try CatalogMerge(source: Self.sheet).merge(incoming, into: Catalog())
        let second = try CatalogMerge(source: Self.sheet).merge(incoming, into: first.catalog)
        #expect(second.changes.map(\.outcome) == [.unchanged, .unchanged])
        #expect(!second.changesCatalogue)
        #expect(second.catalog == first.catalog)
    }

    @Test func changedFieldsAreNamedByPathNeverByValue() throws {
        var before = Self.offer("a", "Leve med diabetes")
        before.schedule = Schedule(startDate: LocalDate(year: 2026, month: 3, day: 3))
        var after = before
        after.schedule?.startDate = LocalDate(year: 2026, month: 4, day: 1)
        after.title = LocalizedText(bokmal: "Leve godt med diabetes")
        let result = try CatalogMerge(source: Self.sheet).merge(Catalog(offers: [after]), into: Catalog(offers: [before]))
        let change = try #require(result.changes.first)
        #expect(change.fields == ["title.nb", "schedule.startDate"])
        #expect(!"\(result.changes)".contains("godt"))
    }

    @Test func missingRecordsAreReportedAndRemovedOnlyWhenAskedAndOnlyFromTheSameSource() throws {
        var existing = Catalog(offers: [Self.offer("a", "A"), Self.offer("b", "B"), Self.offer("hand", "Lagt inn for hånd"), Self.offer("hf", "Fra sykehuset")])
        existing.sources.setSource(Self.sheet, of: Offer.ID(rawValue: "a"))
        existing.sources.setSource(Self.sheet, of: Offer.ID(rawValue: "b"))
        existing.sources.setSource("helse-bergen.json", of: Offer.ID(rawValue: "hf"))
        let incoming = Catalog(offers: [Self.offer("a", "A")])

        let kept = try CatalogMerge(source: Self.sheet).merge(incoming, into: existing)
        #expect(kept.changes(.missing).map(\.id) == ["b"])
        #expect(kept.catalog.offers.count == 4)

        let removed = try CatalogMerge(source: Self.sheet, removesMissing: true).merge(incoming, into: existing)
        #expect(removed.changes(.removed).map(\.id) == ["b"])
        #expect(removed.catalog.offers.map(\.id.rawValue) == ["a", "hand", "hf"])
        #expect(removed.catalog.sources.source(of: Offer.ID(rawValue: "b")) == nil)
        #expect(removed.catalog.sources.source(of: Offer.ID(rawValue: "hf")) == "helse-bergen.json")
    }

    @Test func correctionsChangeRecordsButNotWhereTheyCameFrom() throws {
        var existing = Catalog(offers: [Self.offer("a", "A"), Self.offer("b", "B")])
        existing.sources.setSource(Self.sheet, of: Offer.ID(rawValue: "a"))
        existing.sources.setSource(Self.sheet, of: Offer.ID(rawValue: "b"))
        let corrected = Catalog(offers: [Self.offer("a", "A", format: .group)])
        let result = try CatalogMerge(source: nil).merge(corrected, into: existing)
        #expect(result.changes == [RecordChange(kind: .offer, id: "a", outcome: .changed, fields: ["format"])])
        #expect(result.catalog.sources == existing.sources)
    }

    @Test func aSourceWithARepeatedIdentifierIsRefused() {
        let incoming = Catalog(offers: [Self.offer("a", "A"), Self.offer("a", "A igjen")])
        #expect(throws: StoreError.self) { try CatalogMerge(source: Self.sheet).merge(incoming, into: Catalog()) }
    }

    @Test func sourcesLeaveThePublicExportWithUnlistedPeople() {
        var catalog = Catalog(people: [Person(id: "kari-nordmann", name: Personal("Kari"), role: .userRepresentative)])
        catalog.sources.setSource(Self.sheet, of: Person.ID(rawValue: "kari-nordmann"))
        #expect(catalog.publicExport().sources.isEmpty)
    }
}

@Suite("DecodingError becomes a StoreError a person can follow")
struct DecodingErrorConversionTests {
    struct Row: Decodable {
        var tittel: String
        var plasser: Int?
    }

    func error(decoding json: String) throws -> StoreError {
        do {
            _ = try JSONDecoder().decode([Row].self, from: Data(json.utf8))
        } catch let error as DecodingError {
            return StoreError(error, file: "feed.json")
        }
        throw StoreError(.io, "decoded without an error")
    }

    @Test func aMissingFieldIsNamedByItsPath() throws {
        let converted = try error(decoding: #"[{"tittel": "Kurs"}, {"plasser": 3}]"#)
        #expect(converted.description == "feed.json: [1].tittel: missing required field \"tittel\"")
        #expect(converted.kind == StoreError.Kind.malformedData)
        #expect(converted.underlyingError is DecodingError)
    }

    @Test func aWrongTypeSaysWhatWasExpected() throws {
        let converted = try error(decoding: #"[{"tittel": "Kurs", "plasser": "tolv"}]"#)
        #expect(converted.field == "[0].plasser")
        #expect(converted.message.hasPrefix("expected a whole number"))
    }

    @Test func aLongDescriptionIsCut() {
        let huge = String(repeating: "x", count: 50_000)
        let corrupted = DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: huge))
        #expect(StoreError(corrupted, file: "feed.json").description.count < 300)
    }
}
