import Mestring

/// The columns of `sources.csv`: which import source supplied each record (``Mestring/RecordSources``).
enum SourceColumn: TableColumn {
    case source, recordKind, recordID

    static let table = CSVTable.sources
    static let all: [SourceColumn] = [.source, .recordKind, .recordID]

    var details: CSVColumnDescription {
        switch self {
        case .source: .identifier("source", example: "tilbud.csv", "the import source that last supplied the record (its file name)")
        case .recordKind: .vocabulary("record_kind", RecordKind.self, required: true, example: .offer, "the kind of record")
        case .recordID:
            .identifier("record_id", example: "974589095-leve-med-diabetes", "the record's identifier in its own table")
        }
    }

    /// Reads one row of sources.csv.
    static func read(_ row: inout RowReader<SourceColumn>) -> RecordSources.Entry {
        var entry = RecordSources.Entry(source: "", kind: .offer, id: "")
        var stated: Set<SourceColumn> = []
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .source: entry.source = row.text(field)
            case .recordKind:
                guard let kind: RecordKind = row.vocabulary(field, column) else { continue }
                entry.kind = kind
            case .recordID: entry.id = row.text(field)
            }
            stated.insert(column)
        }
        for column in all where !stated.contains(column) { row.missing(column) }
        return entry
    }

    /// The cell of this column for `entry`.
    func cell(of entry: RecordSources.Entry) -> String? {
        switch self {
        case .source: entry.source
        case .recordKind: entry.kind.rawValue
        case .recordID: entry.id
        }
    }
}
