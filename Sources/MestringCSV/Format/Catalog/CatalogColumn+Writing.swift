import Mestring

extension CatalogColumn {
    /// The cell of this column for the catalogue's information.
    func cell(of info: CatalogInfo) -> String? {
        switch self {
        case .format: CSVFormat.name
        case .version: String(CSVFormat.version)
        case .title: info.title
        case .publisher: info.publisher
        case .updated: info.updated?.iso8601
        case .notice: info.notice
        }
    }
}
