import MestringAdapterKit
import MestringValidation

/// Turns the field paths of findings in a Mestring JSON file into lines, so reports point where a
/// person edits.
///
/// The places come from the text the catalogue was read from (kept by the JSON adapter), all
/// found in one walk: the file is not read again, and many findings cost no more than a few.
struct JSONFindingLocator: Sendable {
    private let path: String
    private let places: [String: JSONSourceMap.Location]

    /// Finds the places of all `findings` in `document`, the text of the file at `path`.
    init(path: String, document: JSONDocument, findings: [Finding]) {
        self.path = path
        // Every finding's path is placed, a repeated one again, rather than first collecting the
        // distinct paths: repeats are rare, and that hashed each of 100,000 paths twice more.
        let fieldPaths = findings.map(\.fieldPath)
        let locations = document.locations(of: fieldPaths.map(JSONSourceMap.components(of:)))
        places = Dictionary(zip(fieldPaths, locations), uniquingKeysWith: { first, _ in first })
    }

    func callAsFunction(_ finding: Finding) -> FileLocation? {
        guard let place = places[finding.fieldPath] else { return FileLocation(file: path) }
        return FileLocation(file: path, line: place.line, column: place.column)
    }
}
