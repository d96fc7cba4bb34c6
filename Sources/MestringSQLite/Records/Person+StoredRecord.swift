import Mestring

extension Person: StoredRecord {
    static let table = "people"

    static let columns: [String] = [
        "position", "id", "name", "role", "affiliation", "profession", "health_pedagogy_basis", "health_pedagogy_completed",
        "peer_training_programme", "peer_training_completed", "listing_consent", "has_contact", "contact_phone", "contact_email",
        "appointed_by",
    ]

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)

    @discardableResult
    static func insert(_ person: Person, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(person.id.rawValue)
        try row.add(person.name.value)
        try row.add(person.role)
        try row.add(person.affiliation?.rawValue)
        try row.add(person.profession)
        try row.add(person.healthPedagogy?.basis)
        try row.add(person.healthPedagogy?.completed)
        try row.add(person.peerTraining?.programme)
        try row.add(person.peerTraining?.completed)
        try row.add(person.listingConsent)
        try row.add(person.contact != nil)
        try row.add(person.contact?.phone?.value)
        try row.add(person.contact?.email?.value)
        try row.add(person.appointedBy)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        for (index, experience) in person.livedExperience.enumerated() {
            try database.insertChild(
                "INSERT INTO person_lived_experience (person, position, kind, notes) VALUES (?, ?, ?, ?)", owner: position, position: index
            ) {
                try $0.add(experience.kind)
                try $0.add(experience.notes?.value)
            }
            for (codeIndex, code) in experience.diagnoses.enumerated() {
                try database.insertChild(
                    "INSERT INTO person_lived_experience_diagnoses (person, experience, position, system, code, label) VALUES (?, ?, ?, ?, ?, ?)",
                    owner: position, position: index
                ) {
                    try $0.add(codeIndex)
                    try $0.add(code.system)
                    try $0.add(code.code)
                    try $0.add(code.label)
                }
            }
        }
        return position
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Person] {
        let diagnoses = try database.grandchildren(
            "SELECT person, experience, system, code, label FROM person_lived_experience_diagnoses",
            table: "person_lived_experience_diagnoses", owner: "person", orderBy: "person, experience, position",
            columns: ["person", "experience", "system", "code", "label"], scope: scope
        ) { row in DiagnosisCode(system: try row.value(CodingSystem.self), code: row.string(), label: row.optionalString()) }
        let experiences = try database.children(
            "SELECT person, position, kind, notes FROM person_lived_experience", table: "person_lived_experience", owner: "person",
            orderBy: "person, position", columns: ["person", "position", "kind", "notes"], scope: scope
        ) { row in
            let key = ChildKey(owner: row.statement.int64(at: 0), position: row.int64())
            return LivedExperience(kind: try row.value(LivedExperienceKind.self), diagnoses: diagnoses[key] ?? [], notes: row.optionalString().map(Personal.init))
        }
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            var person = Person(
                id: .init(row.string()), name: Personal(row.string()), role: try row.value(InvolvementRole.self),
                affiliation: row.optionalString().map(Provider.ID.init(rawValue:)), profession: try row.optionalValue(Profession.self))
            let basis = row.optionalString()
            let basisCompleted = try row.optionalDate()
            person.healthPedagogy = basis.map { HealthPedagogyCompetence(basis: $0, completed: basisCompleted) }
            let programme = row.optionalString()
            let programmeCompleted = try row.optionalDate()
            person.peerTraining = programme.map { PeerTraining(programme: $0, completed: programmeCompleted) }
            person.listingConsent = row.bool()
            let hasContact = row.bool()
            let contact = PersonalContact(phone: row.optionalString().map(Personal.init), email: row.optionalString().map(Personal.init))
            person.contact = hasContact ? contact : nil
            person.appointedBy = try row.optionalValue(AppointingBody.self)
            person.livedExperience = experiences[position] ?? []
            return person
        }
    }
}
