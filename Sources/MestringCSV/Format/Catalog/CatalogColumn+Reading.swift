import Mestring

extension CatalogColumn {
    /// Reads the row of catalog.csv; a foreign format or a newer version is refused.
    static func read(_ row: inout RowReader<CatalogColumn>) throws -> CatalogInfo {
        var info = CatalogInfo()
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .format:
                let format = row.text(field)
                guard format == CSVFormat.name else {
                    throw StoreError(
                        .unsupportedVersion, "not a Mestring CSV catalogue: format \(StoreError.excerpt(format)); expected \"\(CSVFormat.name)\"",
                        file: row.layout.file, line: row.record.line, row: row.row, field: column.name)
                }
            case .version:
                guard let version = row.wholeNumber(field, column) else { continue }
                guard (1...CSVFormat.version).contains(version) else {
                    throw StoreError(
                        .unsupportedVersion,
                        "format version \(version) is not supported; this Mestring reads versions 1 to \(CSVFormat.version)",
                        file: row.layout.file, line: row.record.line, row: row.row, field: column.name)
                }
            case .title: info.title = row.text(field)
            case .publisher: info.publisher = row.text(field)
            case .updated: info.updated = row.date(field, column)
            case .notice: info.notice = row.text(field)
            }
        }
        return info
    }
}
