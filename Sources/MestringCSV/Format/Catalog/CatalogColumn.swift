/// The columns of `catalog.csv`: the catalogue's own information, in one row.
enum CatalogColumn: TableColumn {
    case format, version, title, publisher, updated, notice

    static let table = CSVTable.catalog
    static let all: [CatalogColumn] = [.format, .version, .title, .publisher, .updated, .notice]

    var details: CSVColumnDescription {
        switch self {
        case .format:
            CSVColumnDescription(
                "format", "text", allowed: "`\(CSVFormat.name)`", example: CSVFormat.name, "names the format; other values are refused")
        case .version:
            .wholeNumber(
                "version", example: CSVFormat.version, "the format version; a newer version than this Mestring reads is refused")
        case .title: .text("title", example: "Lærings- og mestringstilbud i Bergen", "the catalogue's title")
        case .publisher: .text("publisher", example: "Bergen kommune", "who is responsible for the content")
        case .updated: .date("updated", example: "2026-01-31", "when the content was last reviewed")
        case .notice: .text("notice", example: "Oppdiktede data", "a notice readers must see")
        }
    }
}
