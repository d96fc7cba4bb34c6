import Foundation
import Mestring
import MestringCSV
import MestringJSON
import MestringSQLite

/// Catalogues for the fault suite, and the stores of the three formats.
enum FaultCatalogs {
    /// A catalogue of `offers` offers whose titles carry `tag`, so an old and a new one differ in
    /// every record; about 1.3 kB of JSON per offer.
    static func make(offers count: Int, tag: String) -> Catalog {
        var catalog = Catalog(info: CatalogInfo(title: "Katalog \(tag)"))
        catalog.providers.upsert(Provider(id: "bodo-lms", name: LocalizedText(bokmal: "Bodø LMS"), kind: .municipalUnit))
        for index in 0..<count {
            catalog.offers.upsert(
                Offer(
                    id: .init("\(tag)-\(index)"), title: LocalizedText(bokmal: "Mestringskurs \(tag) \(index)"),
                    summary: LocalizedText(bokmal: String(repeating: "Kurs for pårørende og brukere. ", count: 12)),
                    kind: .groupProgramme, format: .group, provider: "bodo-lms", focus: .livingWith, themes: ["søvn", "stress"],
                    method: .equalFooting, audiences: [.patients, .nextOfKin], capacity: 12 + index % 7,
                    municipalities: ["1804"], venue: "Rådhuset \(index)"))
        }
        return catalog
    }

    /// The formats, by the extension `mestring` picks them from.
    enum Format: String, CaseIterable, CustomStringConvertible {
        case json
        case csv
        case sqlite

        /// The destination's name in a test folder.
        var fileName: String { self == .csv ? "katalog" : "katalog.\(rawValue)" }

        var description: String { rawValue }

        /// A store over `url` in this format; SQLite read-write (so a hot journal is recovered).
        func store(_ url: URL) throws -> any CatalogStore {
            switch self {
            case .json: JSONCatalogStore(fileURL: url)
            case .csv: CSVCatalogStore(folderURL: url)
            case .sqlite: try SQLiteCatalogStore(path: url.path)
            }
        }
    }

    /// The names in `folder` besides `keep`.
    static func otherEntries(in folder: URL, besides keep: Set<String>) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !keep.contains($0) }.sorted()
    }
}
