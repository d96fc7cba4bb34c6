import Foundation
import MestringAdapterKit
import MestringJSON
import MestringValidation

/// Turns a finding's field path into a file and line, so reports point where a person edits.
///
/// For JSON the adapter's source map finds the line of `offers[3].involvement`; for other
/// formats the finding names the file only.
struct SourceLocator: Sendable {
    private let path: String
    private let map: JSONSourceMap?

    init(_ location: CatalogLocation) throws {
        path = location.path
        map = location.format == .json ? JSONSourceMap(try Data(contentsOf: location.url)) : nil
    }

    func callAsFunction(_ finding: Finding) -> FileLocation? {
        guard let map, let place = map.location(ofFieldPath: finding.fieldPath) else { return FileLocation(file: path) }
        return FileLocation(file: path, line: place.line, column: place.column)
    }
}
