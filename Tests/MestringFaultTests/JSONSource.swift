import Foundation
import Mestring
import MestringJSON

/// Writes a catalogue as a JSON source file for `mestring` to read.
enum JSONSource {
    static func write(_ catalog: Catalog, to url: URL) async throws {
        try await JSONCatalogStore(fileURL: url).save(catalog)
    }
}
