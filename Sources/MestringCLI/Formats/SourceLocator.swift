import MestringAdapterKit
import MestringValidation

/// Turns a finding's field path into a file and line, so reports point where a person edits.
///
/// For JSON the places come from the text the catalogue was read from (kept by the JSON adapter),
/// all found in one walk: the file is not read again, and many findings cost no more than a few.
/// For other formats the finding names the file only.
struct SourceLocator: Sendable {
    private let path: String
    private let places: [String: JSONSourceMap.Location]

    /// Finds the places of all `findings` in `document` (the JSON text), or none for other formats.
    init(path: String, document: JSONDocument?, findings: [Finding]) {
        self.path = path
        guard let document else {
            places = [:]
            return
        }
        let fieldPaths = Array(Set(findings.map(\.fieldPath)))
        let locations = document.locations(of: fieldPaths.map(JSONSourceMap.components(of:)))
        places = Dictionary(uniqueKeysWithValues: zip(fieldPaths, locations))
    }

    func callAsFunction(_ finding: Finding) -> FileLocation? {
        guard let place = places[finding.fieldPath] else { return FileLocation(file: path) }
        return FileLocation(file: path, line: place.line, column: place.column)
    }
}
