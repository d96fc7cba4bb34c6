import Mestring

extension Pathway: StoredRecord {
    static let table = "pathways"

    static let columns: [String] = ["position", "id"] + ColumnList.localized("name") + ColumnList.localized("summary")

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)
    private static let stepColumns = ["pathway", "offer", "offer_kind", "level", "stage"] + ColumnList.localized("hand_over") + ["hand_over_unit"]

    @discardableResult
    static func insert(_ pathway: Pathway, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(pathway.id.rawValue)
        try row.add(pathway.name)
        try row.add(optional: pathway.summary)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        try database.insertList(
            pathway.audiences.map(\.rawValue), into: "pathway_audiences", ownerColumn: "pathway", valueColumn: "audience", owner: position)
        for (index, code) in pathway.conditions.enumerated() {
            try database.insertChild(
                "INSERT INTO pathway_conditions (pathway, position, system, code, label) VALUES (?, ?, ?, ?, ?)", owner: position, position: index
            ) {
                try $0.add(code.system)
                try $0.add(code.code)
                try $0.add(code.label)
            }
        }
        for (index, step) in pathway.steps.enumerated() {
            try database.insertChild(
                "INSERT INTO pathway_steps (pathway, position, offer, offer_kind, level, stage, hand_over_nb, hand_over_nn, hand_over_en, hand_over_se, hand_over_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                owner: position, position: index
            ) {
                try $0.add(step.offer?.rawValue)
                try $0.add(step.offerKind)
                try $0.add(step.level)
                try $0.add(step.stage)
                try $0.add(optional: step.handOver)
                try $0.add(step.handOverUnit?.rawValue)
            }
        }
        return position
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Pathway] {
        let audiences = try database.children(
            "SELECT pathway, audience FROM pathway_audiences", table: "pathway_audiences", owner: "pathway",
            orderBy: "pathway, position", columns: ["pathway", "audience"], scope: scope
        ) { try $0.value(Audience.self) }
        let conditions = try database.children(
            "SELECT pathway, system, code, label FROM pathway_conditions", table: "pathway_conditions", owner: "pathway",
            orderBy: "pathway, position", columns: ["pathway", "system", "code", "label"], scope: scope
        ) { row in DiagnosisCode(system: try row.value(CodingSystem.self), code: row.string(), label: row.optionalString()) }
        let steps = try database.children(
            ColumnList.select(from: "pathway_steps", stepColumns), table: "pathway_steps", owner: "pathway",
            orderBy: "pathway, position", columns: stepColumns, scope: scope
        ) { row in
            PathwayStep(
                offer: row.optionalString().map(Offer.ID.init(rawValue:)), offerKind: try row.optionalValue(OfferKind.self),
                level: try row.optionalValue(ServiceLevel.self), stage: try row.value(CareStage.self),
                handOver: row.optionalLocalizedText(), handOverUnit: row.optionalString().map(Provider.ID.init(rawValue:)))
        }
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            Pathway(
                id: .init(row.string()), name: row.localizedText(), summary: row.optionalLocalizedText(),
                audiences: audiences[position] ?? [], conditions: conditions[position] ?? [], steps: steps[position] ?? [])
        }
    }
}
