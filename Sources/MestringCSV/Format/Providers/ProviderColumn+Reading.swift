import Mestring

extension ProviderColumn {
    /// Reads one row of providers.csv; problems are recorded in `row`.
    static func read(_ row: inout RowReader<ProviderColumn>) -> Provider {
        var provider = Provider(id: "", name: LocalizedText())
        var hasID = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                provider.id = .init(row.text(field))
                hasID = true
            case .name(let language): provider.name[language] = row.text(field)
            case .kind: provider.kind = row.vocabulary(field, column)
            case .organisationNumber: provider.organisationNumber = OrganisationNumber(row.text(field))
            case .municipalities: provider.municipalities = row.municipalities(field)
            case .healthTrust: provider.healthTrust = row.text(field)
            case .parent: provider.parent = .init(row.text(field))
            case .coordinatingUnitName:
                update(&provider.coordinatingUnit, CoordinatingUnit(name: ""), \.name, row.text(field))
            case .coordinatingUnitPhone:
                update(&provider.coordinatingUnit, CoordinatingUnit(name: ""), \.phone, row.text(field))
            case .coordinatingUnitEmail:
                update(&provider.coordinatingUnit, CoordinatingUnit(name: ""), \.email, row.text(field))
            case .website: provider.website = row.text(field)
            case .phone: provider.phone = row.text(field)
            case .email: provider.email = row.text(field)
            }
        }
        if !hasID { row.missing(.id) }
        return provider
    }
}
