import Mestring

extension Provider: StoredRecord {
    static let table = "providers"

    static let columns: [String] =
        ["position", "id"] + ColumnList.localized("name")
        + ["kind", "organisation_number", "health_trust", "parent"]
        + ["coordinating_unit_name", "coordinating_unit_phone", "coordinating_unit_email", "website", "phone", "email"]

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)

    @discardableResult
    static func insert(_ provider: Provider, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(provider.id.rawValue)
        try row.add(provider.name)
        try row.add(provider.kind)
        try row.add(provider.organisationNumber?.rawValue)
        try row.add(provider.healthTrust)
        try row.add(provider.parent?.rawValue)
        try row.add(provider.coordinatingUnit?.name)
        try row.add(provider.coordinatingUnit?.phone)
        try row.add(provider.coordinatingUnit?.email)
        try row.add(provider.website)
        try row.add(provider.phone)
        try row.add(provider.email)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        try database.insertList(
            provider.municipalities.map(\.rawValue), into: "provider_municipalities", ownerColumn: "provider", valueColumn: "municipality",
            owner: position)
        return position
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Provider] {
        let municipalities = try database.children(
            "SELECT provider, municipality FROM provider_municipalities", table: "provider_municipalities", owner: "provider",
            orderBy: "provider, position", columns: ["provider", "municipality"], scope: scope
        ) { MunicipalityNumber($0.string()) }
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            var provider = Provider(
                id: .init(row.string()), name: row.localizedText(), kind: try row.optionalValue(ProviderKind.self),
                organisationNumber: row.optionalString().map(OrganisationNumber.init(rawValue:)),
                municipalities: municipalities[position] ?? [], healthTrust: row.optionalString(),
                parent: row.optionalString().map(Provider.ID.init(rawValue:)))
            let unitName = row.optionalString()
            let unitPhone = row.optionalString()
            let unitEmail = row.optionalString()
            provider.coordinatingUnit = unitName.map { CoordinatingUnit(name: $0, phone: unitPhone, email: unitEmail) }
            provider.website = row.optionalString()
            provider.phone = row.optionalString()
            provider.email = row.optionalString()
            return provider
        }
    }
}
