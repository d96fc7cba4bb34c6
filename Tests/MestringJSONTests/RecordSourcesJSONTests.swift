import Foundation
import Mestring
import MestringConformance
import MestringJSON
import Testing

@Suite("JSON keeps where each record came from")
struct RecordSourcesJSONTests {
    static var withSources: Catalog {
        var catalog = ConformanceFixture.catalog
        for offer in catalog.offers.prefix(2) { catalog.sources.setSource("tilbud.csv", of: offer.id) }
        catalog.sources.setSource("helse-bergen.json", of: catalog.providers[0].id)
        return catalog
    }

    @Test func sourcesRoundTripAsVersion3() throws {
        let data = try JSONCatalogCoder().encode(Self.withSources)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"version\" : 3"))
        #expect(text.contains("\"tilbud.csv\" : {"))
        let read = try JSONCatalogCoder().decode(data)
        #expect(read == Self.withSources)
        #expect(try JSONCatalogCoder().encode(read) == data, "a second write gives the same bytes")
    }

    @Test func aCatalogueWithoutSourcesStaysVersion2() throws {
        let text = String(decoding: try JSONCatalogCoder().encode(ConformanceFixture.catalog), as: UTF8.self)
        #expect(text.contains("\"version\" : 2"))
        #expect(!text.contains("\"sources\""))
    }

    @Test func anUnknownCollectionInSourcesIsAnErrorWithItsPath() throws {
        var text = String(decoding: try JSONCatalogCoder().encode(Self.withSources), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"tilbud.csv\" : {\n      \"offers\"", with: "\"tilbud.csv\" : {\n      \"tilbud\"")
        let error = try #require(throws: StoreError.self) { try JSONCatalogCoder().decode(Data(text.utf8), file: "catalog.json") }
        #expect(error.field == "sources.tilbud\\.csv.tilbud" || error.field?.hasPrefix("sources.") == true)
        #expect(error.line != nil)
    }
}
