import Mestring
import MestringAdapterKit

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
        + ["partners", "diagnoses", "themes", "stages", "audiences", "languages", "municipalities"]
        + ["involvement", "outcomes", "routes", "sessions"]

    /// Where `text_needs_check` is in a row of ``columns``.
    static let textNeedsCheckColumn = Int32(columns.firstIndex(of: "text_needs_check")!)

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
        try row.add(list: ListColumnWriter.strings(offer.partners.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.column(offer.diagnoses) { writer, code in
            writer.object { object in
                object.member("system", code.system.rawValue)
                object.member("code", code.code)
                object.member("label", code.label)
            }
        })
        try row.add(list: ListColumnWriter.strings(offer.themes))
        try row.add(list: ListColumnWriter.strings(offer.stages.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.strings(offer.audiences.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.strings(offer.languages.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.strings(offer.municipalities.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.column(offer.involvement) { writer, involvement in
            writer.object { object in
                object.member("person", involvement.person.rawValue)
                object.member("phases") { $0.array(involvement.phases) { writer, phase in writer.string(phase.rawValue) } }
            }
        })
        try row.add(list: ListColumnWriter.strings(offer.expectedOutcomes.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.strings(offer.routes.lazy.map(\.rawValue)))
        try row.add(list: ListColumnWriter.column(offer.schedule?.sessions ?? []) { writer, session in
            writer.object { object in
                object.member("date", session.date.iso8601)
                object.member("start", session.start?.description)
                object.member("duration_minutes", session.durationMinutes)
                if let topic = session.topic { object.member("topic") { $0.localizedText(topic) } }
            }
        })
        try statement.execute()
        let position = position ?? database.lastInsertedRowID
        try insertFilterRows(of: offer, at: position, into: database)
        return position
    }

    /// The rows of the tables that ``Mestring/OfferQuery`` filters on, derived from the lists in
    /// the offer's row: indexes keyed `(value, offer)`, not where the lists are read from. A
    /// repeated value is one row.
    private static func insertFilterRows(of offer: Offer, at position: Int64, into database: Database) throws {
        try eachFilterRow(of: offer) { table, value in
            let statement = try database.cachedStatement(table.insertSQL)
            try statement.bind(value, at: 1)
            try statement.bind(position, at: 2)
            try statement.execute()
        }
    }

    /// Removes the filter rows of the offer at `position` by their keys, found from its lists the
    /// way ``insertFilterRows(of:at:into:)`` made them (the tables have no index by offer).
    private static func deleteFilterRows(at position: Int64, in database: Database) throws {
        guard let offer = try read(at: [position], from: database).first else { return }
        try eachFilterRow(of: offer) { table, value in
            let statement = try database.cachedStatement(table.deleteSQL)
            try statement.bind(value, at: 1)
            try statement.bind(position, at: 2)
            try statement.execute()
        }
    }

    /// A table of filter rows `(value, offer)` and its statements, made once.
    private struct FilterTable {
        let insertSQL: String
        let deleteSQL: String

        init(_ table: String, _ column: String) {
            insertSQL = "INSERT OR IGNORE INTO \(table) (\(column), offer) VALUES (?1, ?2)"
            deleteSQL = "DELETE FROM \(table) WHERE \(column) = ?1 AND offer = ?2"
        }

        static let coverage = FilterTable("offer_diagnosis_coverage", "key")
        static let stages = FilterTable("offer_stages", "stage")
        static let audiences = FilterTable("offer_audiences", "audience")
        static let languages = FilterTable("offer_languages", "language")
        static let municipalities = FilterTable("offer_municipalities", "municipality")
    }

    /// Each filter row of `offer`: its table and its value.
    private static func eachFilterRow(of offer: Offer, _ body: (FilterTable, String) throws -> Void) throws {
        for code in offer.diagnoses {
            for key in DiagnosisCoverage.keys(covering: code) { try body(.coverage, key) }
        }
        for stage in offer.stages { try body(.stages, stage.rawValue) }
        for audience in offer.audiences { try body(.audiences, audience.rawValue) }
        for language in offer.languages { try body(.languages, language.rawValue) }
        for municipality in offer.municipalities { try body(.municipalities, municipality.rawValue) }
    }

    static func read(_ scope: RecordScope, from database: Database) throws -> [Offer] {
        var lists = OfferListCaches()
        return try database.records(selectSQL, table: table, columns: columns, scope: scope) { row, _ in
            try record(from: &row, lists: &lists)
        }
    }

    /// From how many offers a read is shared with a second connection: below it, starting the
    /// second connection's transaction and thread costs more than the half it saves.
    static let sharedReadMinimum = 64

    /// Every offer, in position order. With `helper`, the offers after the middle position are
    /// read on a second reader connection at the same time (``ReaderPool/alongside(_:here:there:)``),
    /// so that both processor cores make offers; the same offers as reading them all here.
    static func readAll(from database: Database, alongside helper: ReaderPool?) throws -> [Offer] {
        let last = try database.scalar("SELECT max(position) FROM \(table)")?.integer ?? 0
        guard let helper, last >= sharedReadMinimum else { return try read(.all, from: database) }
        let middle = Int64(last / 2)
        let (first, second) = try helper.alongside(
            database, here: { try buffer(.range(Int64.min...middle), from: database, capacity: last / 2 + 1) },
            there: { try buffer(.range((middle + 1)...Int64.max), from: $0, capacity: last / 2 + 1) })
        return RecordBuffer.joined([first, second])
    }

    /// The offers in `scope`, in position order, in a buffer.
    private static func buffer(_ scope: RecordScope, from database: Database, capacity: Int) throws -> RecordBuffer<Offer> {
        let offers = RecordBuffer<Offer>(capacity: capacity)
        var lists = OfferListCaches()
        try database.eachRecordRow(selectSQL, table: table, columns: columns, scope: scope) { row, _ in
            offers.append(try record(from: &row, lists: &lists))
        }
        return offers
    }

    /// The offers at `positions`, in that order: one statement walks the positions and finds
    /// each row by its position, so no sorting and no look-up table are needed to put them in
    /// order. With `helper`, the second half of a long list is read on a second reader connection
    /// at the same time (``ReaderPool/alongside(_:here:there:)``).
    static func read(at positions: [Int64], from database: Database, alongside helper: ReaderPool? = nil) throws -> [Offer] {
        guard let helper, positions.count >= sharedReadMinimum else {
            return RecordBuffer.joined([try buffer(at: positions[...], from: database)])
        }
        let middle = positions.count / 2
        let tail = positions[middle...]
        let (first, second) = try helper.alongside(
            database, here: { try buffer(at: positions[..<middle], from: database) }, there: { try buffer(at: tail, from: $0) })
        return RecordBuffer.joined([first, second])
    }

    /// The rows at the positions of a JSON array bound as `?1`, in the array's order: `CROSS
    /// JOIN` makes the array the outer loop and each row is found by its position; a position
    /// no longer used has no row. One run of one statement for all of them: run once per offer,
    /// a statement opens its cursor and makes its column buffers again for every offer.
    private static let selectAtPositionsSQL =
        "SELECT " + columns.map { "o.\($0)" }.joined(separator: ", ")
        + " FROM json_each(?1) AS wanted CROSS JOIN \(table) AS o ON o.position = wanted.value"

    /// The offers at `positions` on one connection, in a buffer.
    private static func buffer(at positions: ArraySlice<Int64>, from database: Database) throws -> RecordBuffer<Offer> {
        let statement = try database.cachedStatement(selectAtPositionsSQL)
        defer { statement.reset() }
        try statement.bind("[" + positions.lazy.map(String.init).joined(separator: ",") + "]", at: 1)
        let offers = RecordBuffer<Offer>(capacity: positions.count)
        var lists = OfferListCaches()
        while try statement.step() {
            var row = RowReader(statement, table: table, columns: columns, file: database.path)
            row.skip()
            offers.append(try record(from: &row, lists: &lists))
        }
        return offers
    }

    /// The offer in a row of ``columns``, read from after its position. Every part is read into
    /// a local, in column order, and the offer is made once from them: setting parts on an offer
    /// made first would copy and destroy its dozens of fields along the way. Lists already read
    /// in this read are taken from `lists` (``OfferListCaches``).
    static func record(from row: inout RowReader, lists: inout OfferListCaches) throws -> Offer {
        let id = Offer.ID(row.string())
        let title = row.localizedText()
        let summary = row.optionalLocalizedText()
        let kind = try row.optionalValue(OfferKind.self)
        let format = try row.optionalValue(OfferFormat.self)
        let provider = row.optionalString().map(Provider.ID.init(rawValue:))
        let focus = try row.optionalValue(FocusKind.self)
        let method = try row.optionalValue(OfferMethod.self)
        let deliveryMode = try row.optionalValue(DeliveryMode.self)
        // A part the offer does not have is skipped unread: its columns hold nothing it keeps.
        let texts = TextLanguage.allCases.count
        var accessibility: Accessibility?
        if row.bool() {
            accessibility = Accessibility(
                wheelchairAccessible: row.optionalBool(), hearingLoop: row.optionalBool(), interpreterAvailable: row.optionalBool(),
                easyRead: row.optionalBool(), notes: row.optionalLocalizedText())
        } else {
            row.skip(4 + texts)
        }
        var eligibility: Eligibility?
        if row.bool() {
            eligibility = Eligibility(
                minimumAge: row.optionalInt(), maximumAge: row.optionalInt(), residentsOnly: row.optionalBool(),
                notes: row.optionalLocalizedText())
        } else {
            row.skip(3 + texts)
        }
        var schedule: Schedule?
        if row.bool() {
            schedule = Schedule(
                startDate: try row.optionalDate(), endDate: try row.optionalDate(), sessionCount: row.optionalInt(),
                notes: row.optionalLocalizedText())
        } else {
            row.skip(3 + texts)
        }
        let capacity = row.optionalInt()
        var price: Price?
        if let amount = row.optionalInt() {
            price = Price(amount: amount, notes: row.optionalLocalizedText())
        } else {
            row.skip(texts)
        }
        var signUp: SignUp?
        if let method = try row.optionalValue(SignUpMethod.self) {
            signUp = SignUp(
                method: method, url: row.optionalString(), phone: row.optionalString(), email: row.optionalString(),
                deadline: try row.optionalDate(), instructions: row.optionalLocalizedText())
        } else {
            row.skip(4 + texts)
        }
        let venue = row.optionalString()
        let website = row.optionalString()
        let requiresSpecialistCompetence = row.bool()
        row.skip()
        let programme = row.optionalString().map(Programme.ID.init(rawValue:))
        // The list columns, in the order of ``columns``.
        let partners = try row.list(cachedIn: &lists.partners) { Provider.ID(try $0.string()) }
        let diagnoses = try row.list(cachedIn: &lists.diagnoses) { reader in
            var system: CodingSystem?, code: String?, label: String?
            try reader.object { name, reader in
                switch name {
                case "system": system = try reader.value(CodingSystem.self)
                case "code": code = try reader.string()
                case "label": label = try reader.optionalString()
                default: throw ListColumnReader.Malformed(message: "unknown member \(StoreError.excerpt(name)) in a diagnosis")
                }
            }
            guard let system, let code else { throw ListColumnReader.Malformed(message: "a diagnosis needs \"system\" and \"code\"") }
            return DiagnosisCode(system: system, code: code, label: label)
        }
        let themes = try row.list(cachedIn: &lists.themes) { try $0.string() }
        let stages = try row.list(cachedIn: &lists.stages) { try $0.value(CareStage.self) }
        let audiences = try row.list(cachedIn: &lists.audiences) { try $0.value(Audience.self) }
        let languages = try row.list(cachedIn: &lists.languages) { LanguageTag(try $0.string()) }
        let municipalities = try row.list(cachedIn: &lists.municipalities) { MunicipalityNumber(try $0.string()) }
        let involvement = try row.list(cachedIn: &lists.involvement) { reader in
            var person: String?, phases: [InvolvementPhase] = []
            try reader.object { name, reader in
                switch name {
                case "person": person = try reader.string()
                case "phases": phases = try reader.array { try $0.value(InvolvementPhase.self) }
                default: throw ListColumnReader.Malformed(message: "unknown member \(StoreError.excerpt(name)) in an involvement")
                }
            }
            guard let person else { throw ListColumnReader.Malformed(message: "an involvement needs \"person\"") }
            return Involvement(person: .init(person), phases: phases)
        }
        let outcomes = try row.list(cachedIn: &lists.outcomes) { try $0.value(Outcome.self) }
        let routes = try row.list(cachedIn: &lists.routes) { try $0.value(ReferralRoute.self) }
        let sessions = try row.list { reader in
            var date: LocalDate?, start: TimeOfDay?, duration: Int?, topic: LocalizedText?
            try reader.object { name, reader in
                switch name {
                case "date": date = try reader.date()
                case "start": start = try reader.optionalTime()
                case "duration_minutes": duration = try reader.optionalInt()
                case "topic": topic = try reader.optionalLocalizedText()
                default: throw ListColumnReader.Malformed(message: "unknown member \(StoreError.excerpt(name)) in a session")
                }
            }
            guard let date else { throw ListColumnReader.Malformed(message: "a session needs \"date\"") }
            return Session(date: date, start: start, durationMinutes: duration, topic: topic)
        }
        schedule?.sessions = sessions
        return Offer(
            id: id, title: title, summary: summary, kind: kind, format: format, provider: provider, partners: partners, focus: focus,
            diagnoses: diagnoses, themes: themes, method: method, stages: stages, audiences: audiences, deliveryMode: deliveryMode,
            languages: languages, accessibility: accessibility, eligibility: eligibility, schedule: schedule, capacity: capacity,
            price: price, signUp: signUp, municipalities: municipalities, venue: venue, website: website, involvement: involvement,
            expectedOutcomes: outcomes, programme: programme, routes: routes, requiresSpecialistCompetence: requiresSpecialistCompetence)
    }

    static func didInsert(at position: Int64, in database: Database) throws {
        try OfferSearchIndex.add(position, in: database)
    }

    static func willDelete(at position: Int64, in database: Database) throws {
        try deleteFilterRows(at: position, in: database)
        try OfferSearchIndex.remove(position, in: database)
    }
}
