import Mestring

extension Evaluation: StoredRecord {
    static let table = "evaluations"

    static let columns: [String] = ["position", "id", "offer", "date", "participant_count"] + ColumnList.localized("summary")

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)

    @discardableResult
    static func insert(_ evaluation: Evaluation, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(evaluation.id.rawValue)
        try row.add(evaluation.offer.rawValue)
        try row.add(evaluation.date)
        try row.add(evaluation.participantCount)
        try row.add(optional: evaluation.summary)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        try database.insertList(
            evaluation.roles.map(\.rawValue), into: "evaluation_roles", ownerColumn: "evaluation", valueColumn: "role", owner: position)
        for (index, measurement) in evaluation.measurements.enumerated() {
            try database.insertChild(
                "INSERT INTO evaluation_measurements (evaluation, position, outcome, method, instrument) VALUES (?, ?, ?, ?, ?)",
                owner: position, position: index
            ) {
                try $0.add(measurement.outcome)
                try $0.add(measurement.method)
                try $0.add(measurement.instrument)
            }
        }
        return position
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Evaluation] {
        let roles = try database.children(
            "SELECT evaluation, role FROM evaluation_roles", table: "evaluation_roles", owner: "evaluation",
            orderBy: "evaluation, position", columns: ["evaluation", "role"], scope: scope
        ) { try $0.value(InvolvementRole.self) }
        let measurements = try database.children(
            "SELECT evaluation, outcome, method, instrument FROM evaluation_measurements", table: "evaluation_measurements",
            owner: "evaluation", orderBy: "evaluation, position", columns: ["evaluation", "outcome", "method", "instrument"],
            scope: scope
        ) { row in
            OutcomeMeasurement(
                outcome: try row.value(Outcome.self), method: try row.optionalValue(EvaluationMethod.self), instrument: row.optionalString())
        }
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            Evaluation(
                id: .init(row.string()), offer: .init(row.string()), date: try row.date(), roles: roles[position] ?? [],
                participantCount: row.optionalInt(), measurements: measurements[position] ?? [], summary: row.optionalLocalizedText())
        }
    }
}
