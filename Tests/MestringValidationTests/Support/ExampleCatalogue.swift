import Foundation
import Mestring
import MestringJSON

/// Reads the example catalogues in Documentation/Examples through the JSON adapter's reader (the
/// validation module itself does not depend on it; its tests may).
enum ExampleCatalogue {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Documentation/Examples")

    static func load(_ name: String) throws -> Catalog {
        try JSONCatalogCoder().decode(Data(contentsOf: folder.appending(path: name)), file: name)
    }
}
