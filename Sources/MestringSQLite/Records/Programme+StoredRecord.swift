import Mestring

extension Programme: StoredRecord {
    static let table = "programmes"

    static let columns: [String] =
        ["position", "id"] + ColumnList.localized("name") + ColumnList.localized("summary") + ["owner", "guide", "kind", "format"]

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)

    /// The list fields and their child tables: (table, value column).
    private static let lists = [
        ("programme_audiences", "audience"), ("programme_stages", "stage"), ("programme_required_roles", "role"),
        ("programme_required_experience", "kind"),
    ]

    @discardableResult
    static func insert(_ programme: Programme, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(programme.id.rawValue)
        try row.add(programme.name)
        try row.add(optional: programme.summary)
        try row.add(programme.owner?.rawValue)
        try row.add(programme.guide)
        try row.add(programme.kind)
        try row.add(programme.format)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        let values = [
            programme.audiences.map(\.rawValue), programme.stages.map(\.rawValue), programme.requiredRoles.map(\.rawValue),
            programme.requiredExperience.map(\.rawValue),
        ]
        for ((table, column), values) in zip(lists, values) {
            try database.insertList(values, into: table, ownerColumn: "programme", valueColumn: column, owner: position)
        }
        return position
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Programme] {
        func list<Value: StoredVocabulary>(_ index: Int, _ type: Value.Type) throws -> OwnedLists<Int64, Value> {
            let (table, column) = lists[index]
            return try database.children(
                "SELECT programme, \(column) FROM \(table)", table: table, owner: "programme", orderBy: "programme, position",
                columns: ["programme", column], scope: scope
            ) { try $0.value(type) }
        }
        let audiences = try list(0, Audience.self)
        let stages = try list(1, CareStage.self)
        let roles = try list(2, InvolvementRole.self)
        let experience = try list(3, LivedExperienceKind.self)
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            Programme(
                id: .init(row.string()), name: row.localizedText(), summary: row.optionalLocalizedText(),
                owner: row.optionalString().map(Provider.ID.init(rawValue:)), guide: row.optionalString(),
                kind: try row.optionalValue(OfferKind.self), format: try row.optionalValue(OfferFormat.self),
                audiences: audiences[position] ?? [], stages: stages[position] ?? [], requiredRoles: roles[position] ?? [],
                requiredExperience: experience[position] ?? [])
        }
    }
}
