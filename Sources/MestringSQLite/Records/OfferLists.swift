import Mestring

/// The list fields of the offers in a scope, read from their child tables in one query per table.
///
/// Reading lists per table rather than per offer keeps a query that returns hundreds of offers at
/// a dozen statements instead of thousands; the lists are looked up in position order, as the
/// offers are read (``OwnedLists``).
struct OfferLists {
    let partners: OwnedLists<Int64, Provider.ID>
    let diagnoses: OwnedLists<Int64, DiagnosisCode>
    let themes: OwnedLists<Int64, String>
    let stages: OwnedLists<Int64, CareStage>
    let audiences: OwnedLists<Int64, Audience>
    let languages: OwnedLists<Int64, LanguageTag>
    let municipalities: OwnedLists<Int64, MunicipalityNumber>
    let involvement: OwnedLists<Int64, Involvement>
    let outcomes: OwnedLists<Int64, Outcome>
    let routes: OwnedLists<Int64, ReferralRoute>
    let sessions: OwnedLists<Int64, Session>

    init(_ scope: RecordScope, from database: Database) throws {
        func list<Value>(_ table: String, _ column: String, _ read: (inout RowReader) throws -> Value) throws -> OwnedLists<Int64, Value> {
            try database.children(
                "SELECT offer, \(column) FROM \(table)", table: table, owner: "offer", orderBy: "offer, position",
                columns: ["offer", column], scope: scope, read: read)
        }
        partners = try list("offer_partners", "provider") { Provider.ID($0.string()) }
        themes = try list("offer_themes", "theme") { $0.string() }
        stages = try list("offer_stages", "stage") { try $0.value(CareStage.self) }
        audiences = try list("offer_audiences", "audience") { try $0.value(Audience.self) }
        languages = try list("offer_languages", "language") { LanguageTag($0.string()) }
        municipalities = try list("offer_municipalities", "municipality") { MunicipalityNumber($0.string()) }
        outcomes = try list("offer_outcomes", "outcome") { try $0.value(Outcome.self) }
        routes = try list("offer_routes", "route") { try $0.value(ReferralRoute.self) }
        diagnoses = try database.children(
            "SELECT offer, system, code, label FROM offer_diagnoses", table: "offer_diagnoses", owner: "offer",
            orderBy: "offer, position", columns: ["offer", "system", "code", "label"], scope: scope
        ) { row in DiagnosisCode(system: try row.value(CodingSystem.self), code: row.string(), label: row.optionalString()) }
        sessions = try database.children(
            "SELECT offer, date, start, duration_minutes, topic_nb, topic_nn, topic_en, topic_se FROM offer_sessions",
            table: "offer_sessions", owner: "offer", orderBy: "offer, position",
            columns: ["offer", "date", "start", "duration_minutes"] + ColumnList.localized("topic"), scope: scope
        ) { row in
            Session(date: try row.date(), start: try row.optionalTime(), durationMinutes: row.optionalInt(), topic: row.optionalLocalizedText())
        }
        let phases = try database.grandchildren(
            "SELECT offer, involvement, phase FROM offer_involvement_phases", table: "offer_involvement_phases", owner: "offer",
            orderBy: "offer, involvement, position", columns: ["offer", "involvement", "phase"], scope: scope
        ) { try $0.value(InvolvementPhase.self) }
        involvement = try database.children(
            "SELECT offer, position, person FROM offer_involvement", table: "offer_involvement", owner: "offer",
            orderBy: "offer, position", columns: ["offer", "position", "person"], scope: scope
        ) { row in
            let key = ChildKey(owner: row.statement.int64(at: 0), position: row.int64())
            return Involvement(person: .init(row.string()), phases: phases[key] ?? [])
        }
    }

    func apply(to offer: inout Offer, at position: Int64) {
        offer.partners = partners[position] ?? []
        offer.diagnoses = diagnoses[position] ?? []
        offer.themes = themes[position] ?? []
        offer.stages = stages[position] ?? []
        offer.audiences = audiences[position] ?? []
        offer.languages = languages[position] ?? []
        offer.municipalities = municipalities[position] ?? []
        offer.involvement = involvement[position] ?? []
        offer.expectedOutcomes = outcomes[position] ?? []
        offer.routes = routes[position] ?? []
    }
}
