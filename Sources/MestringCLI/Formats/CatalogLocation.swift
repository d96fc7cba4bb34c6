import Foundation
import Mestring
import MestringJSON

/// Where a catalogue lives, as given on the command line, and the store that reads and writes it.
///
/// The format follows from the path: `.json` is Mestring JSON. New adapters plug in here.
struct CatalogLocation {
    enum Format: String {
        case json
    }

    let path: String
    let format: Format

    init(_ path: String) throws(UsageError) {
        self.path = path
        switch URL(filePath: path).pathExtension.lowercased() {
        case "json": format = .json
        default:
            throw UsageError("cannot tell the format of '\(path)': use a .json file")
        }
    }

    var url: URL { URL(filePath: path) }

    /// A store for this location.
    func store() -> any CatalogStore {
        switch format {
        case .json: JSONCatalogStore(fileURL: url)
        }
    }

    /// Reads the whole catalogue.
    func load() async throws -> Catalog { try await store().load() }
}
