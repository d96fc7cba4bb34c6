import Mestring

/// Where each record and each nested row of an imported CSV folder came from: the file, the row as
/// a spreadsheet numbers it, and the line the row starts on.
///
/// The CSV counterpart of the JSON adapter's source map: validation knows only field paths
/// (`offers[5].involvement[1].phases`), and this turns them into `offers.csv` or `involvement.csv`
/// and a row, so that a finding points where a person edits. It is recorded only when asked
/// (``CSVImporter/importCatalogLocatingRows(from:)``): a plain import pays nothing for it.
package struct CSVSourceMap: Sendable {
    /// One row of one table file.
    package struct Place: Hashable, Sendable {
        /// The file, as the import was given it (the folder's path and the table's name).
        package var file: String
        /// The row as a spreadsheet numbers it: the header is row 1.
        package var row: Int
        /// The 1-based line on which the row starts.
        package var line: Int
    }

    private var places: [String: Place] = [:]

    mutating func record(_ fieldPath: String, file: String, row: Int, line: Int) {
        places[fieldPath] = Place(file: file, row: row, line: line)
    }

    /// The row of the record, or nested row, that the field path is in: the place of its longest
    /// recorded prefix (`offers[5].involvement[1].phases` → the involvement row, `offers[5].title`
    /// → the offer's row in offers.csv, `info.updated` → catalog.csv), `nil` when none is recorded.
    package func place(ofFieldPath fieldPath: String) -> Place? {
        var prefix = Substring(fieldPath)
        while !prefix.isEmpty {
            if let place = places[String(prefix)] { return place }
            guard let dot = prefix.lastIndex(of: ".") else { return nil }
            prefix = prefix[..<dot]
        }
        return nil
    }
}
