import Foundation
import MestringJSON

extension FuzzTarget {
    /// Decodes the bytes as a JSON catalogue; any outcome but a `StoreError` or a catalogue is a bug.
    static func decodeJSON(_ bytes: [UInt8]) {
        do {
            _ = try JSONCatalogCoder().decode(Data(bytes), file: "fuzz.json")
        } catch {
            requireStoreError(error, "JSONCatalogCoder.decode")
        }
    }
}
