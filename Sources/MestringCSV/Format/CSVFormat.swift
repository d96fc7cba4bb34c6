/// The identity of Mestring's CSV format, and its column dictionary.
///
/// `catalog.csv` carries the name and version, so a reader can refuse a folder written by a newer
/// Mestring instead of misreading it. The column dictionary is generated from the columns the
/// reader and writer use; `Documentation/CSV.md` embeds it.
public enum CSVFormat {
    /// The value of the `format` column in catalog.csv.
    public static let name = "mestring-catalog-csv"
    /// The format version this Mestring writes, and the newest it reads. Version 2 added
    /// programmes.csv, evaluations.csv, evaluation-outcomes.csv and the columns that refer to them;
    /// a version 1 folder lacks them and reads as having none.
    public static let version = 2

    /// The columns of a table, in the order they are written (read-only columns included).
    public static func columns(of table: CSVTable) -> [CSVColumnDescription] {
        switch table {
        case .catalog: CatalogColumn.all.map(\.details)
        case .providers: ProviderColumn.all.map(\.details)
        case .programmes: ProgrammeColumn.all.map(\.details)
        case .people: PersonColumn.all.map(\.details)
        case .livedExperience: LivedExperienceColumn.all.map(\.details)
        case .offers: OfferColumn.all.map(\.details)
        case .sessions: SessionColumn.all.map(\.details)
        case .involvement: InvolvementColumn.all.map(\.details)
        case .pathways: PathwayColumn.all.map(\.details)
        case .pathwaySteps: PathwayStepColumn.all.map(\.details)
        case .evaluations: EvaluationColumn.all.map(\.details)
        case .evaluationOutcomes: MeasurementColumn.all.map(\.details)
        case .sources: SourceColumn.all.map(\.details)
        }
    }

    /// The column dictionary as Markdown: a section per file, a table row per column.
    public static var columnDictionary: String {
        var text = ""
        for table in CSVTable.allCases {
            text += "### \(table.fileName)\n\nOne row: \(table.rowMeaning).\n\n"
            text += "| column | type | required | allowed values | example | meaning |\n|---|---|---|---|---|---|\n"
            for column in columns(of: table) {
                let cells = [
                    "`\(column.name)`", column.type, column.isRequired ? "yes" : "", column.allowedValues,
                    column.example.isEmpty ? "" : "`\(column.example)`", column.meaning,
                ]
                text += "| " + cells.map { $0.replacingBars() }.joined(separator: " | ") + " |\n"
            }
            text += "\n"
        }
        return text
    }
}

extension String {
    /// Escapes `|` for a Markdown table cell.
    fileprivate func replacingBars() -> String {
        var escaped = ""
        for character in self {
            if character == "|" { escaped += "\\|" } else { escaped.append(character) }
        }
        return escaped
    }
}
