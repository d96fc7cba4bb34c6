import Mestring

extension Offer: StoredRecord {
    static let table = "offers"

    static let columns: [String] =
        ["position", "id"] + ColumnList.localized("title") + ColumnList.localized("summary")
        + ["kind", "format", "provider", "focus", "method", "delivery_mode"]
        + ["has_accessibility", "wheelchair_accessible", "hearing_loop", "interpreter_available", "easy_read"]
        + ColumnList.localized("accessibility_notes")
        + ["has_eligibility", "minimum_age", "maximum_age", "residents_only"] + ColumnList.localized("eligibility_notes")
        + ["has_schedule", "start_date", "end_date", "session_count"] + ColumnList.localized("schedule_notes")
        + ["capacity", "price_amount"] + ColumnList.localized("price_notes")
        + ["sign_up_method", "sign_up_url", "sign_up_phone", "sign_up_email", "sign_up_deadline"]
        + ColumnList.localized("sign_up_instructions")
        + ["venue", "website", "requires_specialist_competence", "text_needs_check", "programme"]

    private static let insertSQL = ColumnList.insert(into: table, columns)
    private static let selectSQL = ColumnList.select(from: table, columns)

    @discardableResult
    static func insert(_ offer: Offer, at position: Int64?, into database: Database) throws -> Int64 {
        let statement = try database.cachedStatement(insertSQL)
        var row = RowWriter(statement)
        try row.add(position)
        try row.add(offer.id.rawValue)
        try row.add(offer.title)
        try row.add(optional: offer.summary)
        try row.add(offer.kind)
        try row.add(offer.format)
        try row.add(offer.provider?.rawValue)
        try row.add(offer.focus)
        try row.add(offer.method)
        try row.add(offer.deliveryMode)
        try row.add(offer.accessibility != nil)
        try row.add(offer.accessibility?.wheelchairAccessible)
        try row.add(offer.accessibility?.hearingLoop)
        try row.add(offer.accessibility?.interpreterAvailable)
        try row.add(offer.accessibility?.easyRead)
        try row.add(optional: offer.accessibility?.notes)
        try row.add(offer.eligibility != nil)
        try row.add(offer.eligibility?.minimumAge)
        try row.add(offer.eligibility?.maximumAge)
        try row.add(offer.eligibility?.residentsOnly)
        try row.add(optional: offer.eligibility?.notes)
        try row.add(offer.schedule != nil)
        try row.add(offer.schedule?.startDate)
        try row.add(offer.schedule?.endDate)
        try row.add(offer.schedule?.sessionCount)
        try row.add(optional: offer.schedule?.notes)
        try row.add(offer.capacity)
        try row.add(offer.price?.amount)
        try row.add(optional: offer.price?.notes)
        try row.add(offer.signUp?.method)
        try row.add(offer.signUp?.url)
        try row.add(offer.signUp?.phone)
        try row.add(offer.signUp?.email)
        try row.add(offer.signUp?.deadline)
        try row.add(optional: offer.signUp?.instructions)
        try row.add(offer.venue)
        try row.add(offer.website)
        try row.add(offer.requiresSpecialistCompetence)
        try row.add(SearchableText.needsCheck(title: offer.title, summary: offer.summary))
        try row.add(offer.programme?.rawValue)
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        try insertLists(of: offer, at: position, into: database)
        return position
    }

    private static func insertLists(of offer: Offer, at position: Int64, into database: Database) throws {
        try database.insertList(offer.partners.map(\.rawValue), into: "offer_partners", ownerColumn: "offer", valueColumn: "provider", owner: position)
        for (index, code) in offer.diagnoses.enumerated() {
            try database.insertChild("INSERT INTO offer_diagnoses (offer, position, system, code, label) VALUES (?, ?, ?, ?, ?)", owner: position, position: index) {
                try $0.add(code.system)
                try $0.add(code.code)
                try $0.add(code.label)
            }
            for key in DiagnosisCoverage.keys(covering: code) {
                let statement = try database.cachedStatement("INSERT OR IGNORE INTO offer_diagnosis_coverage (key, offer) VALUES (?, ?)")
                try statement.bind(key, at: 1)
                try statement.bind(position, at: 2)
                try statement.execute()
            }
        }
        try database.insertList(offer.themes, into: "offer_themes", ownerColumn: "offer", valueColumn: "theme", owner: position)
        try database.insertList(offer.stages.map(\.rawValue), into: "offer_stages", ownerColumn: "offer", valueColumn: "stage", owner: position)
        try database.insertList(offer.audiences.map(\.rawValue), into: "offer_audiences", ownerColumn: "offer", valueColumn: "audience", owner: position)
        try database.insertList(offer.languages.map(\.rawValue), into: "offer_languages", ownerColumn: "offer", valueColumn: "language", owner: position)
        try database.insertList(offer.municipalities.map(\.rawValue), into: "offer_municipalities", ownerColumn: "offer", valueColumn: "municipality", owner: position)
        for (index, involvement) in offer.involvement.enumerated() {
            try database.insertChild("INSERT INTO offer_involvement (offer, position, person) VALUES (?, ?, ?)", owner: position, position: index) {
                try $0.add(involvement.person.rawValue)
            }
            for (phaseIndex, phase) in involvement.phases.enumerated() {
                try database.insertChild(
                    "INSERT INTO offer_involvement_phases (offer, involvement, position, phase) VALUES (?, ?, ?, ?)", owner: position, position: index
                ) {
                    try $0.add(phaseIndex)
                    try $0.add(phase)
                }
            }
        }
        try database.insertList(offer.expectedOutcomes.map(\.rawValue), into: "offer_outcomes", ownerColumn: "offer", valueColumn: "outcome", owner: position)
        try database.insertList(offer.routes.map(\.rawValue), into: "offer_routes", ownerColumn: "offer", valueColumn: "route", owner: position)
        for (index, session) in (offer.schedule?.sessions ?? []).enumerated() {
            try database.insertChild(
                "INSERT INTO offer_sessions (offer, position, date, start, duration_minutes, topic_nb, topic_nn, topic_en, topic_se) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                owner: position, position: index
            ) {
                try $0.add(session.date.iso8601)
                try $0.add(session.start?.description)
                try $0.add(session.durationMinutes)
                try $0.add(optional: session.topic)
            }
        }
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [(position: Int64, record: Offer)] {
        let lists = try OfferLists(scope, from: database)
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, position in
            var offer = Offer(
                id: .init(row.string()), title: row.localizedText(), summary: row.optionalLocalizedText(),
                kind: try row.optionalValue(OfferKind.self), format: try row.optionalValue(OfferFormat.self),
                provider: row.optionalString().map(Provider.ID.init(rawValue:)), focus: try row.optionalValue(FocusKind.self),
                method: try row.optionalValue(OfferMethod.self),
                deliveryMode: try row.optionalValue(DeliveryMode.self))
            let hasAccessibility = row.bool()
            let accessibility = Accessibility(
                wheelchairAccessible: row.optionalBool(), hearingLoop: row.optionalBool(), interpreterAvailable: row.optionalBool(),
                easyRead: row.optionalBool(), notes: row.optionalLocalizedText())
            offer.accessibility = hasAccessibility ? accessibility : nil
            let hasEligibility = row.bool()
            let eligibility = Eligibility(
                minimumAge: row.optionalInt(), maximumAge: row.optionalInt(), residentsOnly: row.optionalBool(),
                notes: row.optionalLocalizedText())
            offer.eligibility = hasEligibility ? eligibility : nil
            let hasSchedule = row.bool()
            let schedule = Schedule(
                startDate: try row.optionalDate(), endDate: try row.optionalDate(), sessionCount: row.optionalInt(),
                sessions: lists.sessions[position] ?? [], notes: row.optionalLocalizedText())
            offer.schedule = hasSchedule ? schedule : nil
            offer.capacity = row.optionalInt()
            let amount = row.optionalInt()
            let priceNotes = row.optionalLocalizedText()
            offer.price = amount.map { Price(amount: $0, notes: priceNotes) }
            let method = try row.optionalValue(SignUpMethod.self)
            let signUp = SignUp(
                method: method ?? .either, url: row.optionalString(), phone: row.optionalString(), email: row.optionalString(),
                deadline: try row.optionalDate(), instructions: row.optionalLocalizedText())
            offer.signUp = method == nil ? nil : signUp
            offer.venue = row.optionalString()
            offer.website = row.optionalString()
            offer.requiresSpecialistCompetence = row.bool()
            row.skip()
            offer.programme = row.optionalString().map(Programme.ID.init(rawValue:))
            lists.apply(to: &offer, at: position)
            return offer
        }
    }

    static func didInsert(at position: Int64, in database: Database) throws {
        try OfferSearchIndex.add(position, in: database)
    }

    static func willDelete(at position: Int64, in database: Database) throws {
        try OfferSearchIndex.remove(position, in: database)
    }
}
