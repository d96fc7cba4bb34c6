import Foundation
import Mestring

/// Reads the example catalogues in Documentation/Examples with Foundation's decoder, so that the
/// validation tests do not depend on the JSON adapter. The document is `{format, version, info,
/// providers, offers, people, pathways}`.
struct ExampleCatalogue: Decodable {
    let format: String
    let version: Int
    let info: CatalogInfo
    let providers: RecordCollection<Provider>
    let offers: RecordCollection<Offer>
    let people: RecordCollection<Person>
    let pathways: RecordCollection<Pathway>

    var catalog: Catalog {
        Catalog(info: info, providers: providers, offers: offers, people: people, pathways: pathways)
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Documentation/Examples")

    static func load(_ name: String) throws -> Catalog {
        let data = try Data(contentsOf: folder.appending(path: name))
        return try JSONDecoder().decode(ExampleCatalogue.self, from: data).catalog
    }
}
