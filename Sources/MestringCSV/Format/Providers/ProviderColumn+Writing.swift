import Mestring

extension ProviderColumn {
    /// The cell of this column for `provider`.
    func cell(of provider: Provider) -> String? {
        switch self {
        case .id: provider.id.rawValue
        case .name(let language): provider.name[language]
        case .kind: CellText.vocabulary(provider.kind)
        case .organisationNumber: provider.organisationNumber?.rawValue
        case .municipalities: CellText.list(provider.municipalities.map(\.rawValue))
        case .healthTrust: provider.healthTrust
        case .parent: provider.parent?.rawValue
        case .coordinatingUnitName: provider.coordinatingUnit?.name
        case .coordinatingUnitPhone: provider.coordinatingUnit?.phone
        case .coordinatingUnitEmail: provider.coordinatingUnit?.email
        case .website: provider.website
        case .phone: provider.phone
        case .email: provider.email
        }
    }
}
