import Mestring
import MestringAdapterKit

extension HSDSExporter {
    /// An offer as an HSDS service, the next element of the open `services` list.
    func service(_ offer: Offer, _ position: Int, organization: String, carriesPosition: Bool, _ writer: HSDSWriter) {
        let id = Self.uuid(.offer, offer.id.rawValue, position: position, firstPosition: catalog.offers.position(of: offer.id))
        writer.element(id: id) {
            writer.set("organization_id", organization)
            if let programme = offer.programme {
                if catalog.programmes.contains(id: programme) { writer.set("program_id", programmeUUID(programme)) } else { writer.carry(.programme, programme.rawValue) }
            }
            writer.carry(.id, offer.id.rawValue)
            if carriesPosition { writer.carry(.position, String(position)) }
            if let provider = offer.provider, organization == Self.catalogueID { writer.carry(.provider, provider.rawValue) }
            name(offer.title, writer, key: "name", carrying: .title)
            writer.set("description", offer.summary?.preferred)
            if HSDSRecovery.text(offer.summary?.preferred) != offer.summary, let summary = offer.summary {
                writer.carry(.summary, json: summary)
            }
            website(offer.website, writer, key: "url")
            writer.set("status", "active")
            signUp(offer.signUp, serviceID: id, writer)
            eligibility(offer.eligibility, writer)
            schedules(offer.schedule, serviceID: id, writer)
            writer.list("service_areas") {
                for (index, municipality) in offer.municipalities.enumerated() {
                    writer.element(id: HSDSIdentifier.child(of: id, "service_area", index)) {
                        writer.set("service_id", id)
                        writer.set("name", municipality.name ?? municipality.rawValue)
                        writer.set("extent", municipality.rawValue)
                        writer.set("extent_type", Self.municipalityExtentType)
                    }
                }
            }
            locations(offer, serviceID: id, organization: organization, writer)
            writer.list("languages") {
                for (index, language) in offer.languages.enumerated() {
                    writer.element(id: HSDSIdentifier.child(of: id, "language", index)) {
                        writer.set("service_id", id)
                        writer.set("code", language.rawValue)
                    }
                }
            }
            price(offer.price, serviceID: id, writer)
            if let kind = offer.kind { writer.attribute(kind) }
            if let format = offer.format { writer.attribute(format) }
            if let focus = offer.focus { writer.attribute(focus) }
            if let method = offer.method { writer.attribute(method) }
            if let mode = offer.deliveryMode { writer.attribute(mode) }
            for stage in offer.stages { writer.attribute(stage) }
            for audience in offer.audiences { writer.attribute(audience) }
            for route in offer.routes { writer.attribute(route) }
            for outcome in offer.expectedOutcomes { writer.attribute(outcome) }
            for diagnosis in offer.diagnoses { writer.attribute(diagnosis) }
            for theme in offer.themes { writer.carry(.theme, theme) }
            for partner in offer.partners { writer.carry(.partner, partner.rawValue) }
            if let capacity = offer.capacity { writer.carry(.capacity, String(capacity)) }
            if offer.requiresSpecialistCompetence { writer.carry(.requiresSpecialistCompetence, "true") }
            for involvement in offer.involvement { writer.carry(.involvement, json: involvement) }
        }
    }

    /// How a service area names a municipality number, since HSDS has no field for it.
    static let municipalityExtentType = "ssb-kommunenummer"

    private func signUp(_ signUp: SignUp?, serviceID: String, _ writer: HSDSWriter) {
        guard let signUp else { return }
        writer.set("application_process", signUp.instructions?.preferred)
        let email = signUp.email.flatMap { HSDSValueChecks.isEmail($0) ? $0 : nil }
        writer.set("email", email)
        let contactID = HSDSIdentifier.child(of: serviceID, "sign-up")
        writer.list("contacts") {
            writer.element(id: contactID) {
                writer.set("service_id", serviceID)
                writer.set("name", "Påmelding")
                writer.set("title", signUp.method.norwegianLabel)
                writer.set("email", email)
                if let phone = signUp.phone { writer.list("phones") { phoneObject(phone, owner: contactID, "phone", 0, writer) } }
            }
        }
        let recovered = HSDSRecovery.signUp(
            contactTitle: signUp.method.norwegianLabel, phone: signUp.phone, email: email, applicationProcess: signUp.instructions?.preferred)
        if recovered != signUp { writer.carry(.signUp, json: signUp) }
    }

    private func eligibility(_ eligibility: Eligibility?, _ writer: HSDSWriter) {
        guard let eligibility else { return }
        let minimum = eligibility.minimumAge.flatMap { $0 >= 0 ? $0 : nil }
        let maximum = eligibility.maximumAge.flatMap { $0 >= 0 ? $0 : nil }
        writer.set("eligibility_description", eligibility.notes?.preferred)
        writer.set("minimum_age", number: minimum)
        writer.set("maximum_age", number: maximum)
        let recovered = HSDSRecovery.eligibility(minimumAge: minimum, maximumAge: maximum, description: eligibility.notes?.preferred)
        if recovered != eligibility { writer.carry(.eligibility, json: eligibility) }
    }

    private func price(_ price: Price?, serviceID: String, _ writer: HSDSWriter) {
        guard let price else { return }
        writer.set("fees_description", price.notes?.preferred)
        writer.list("cost_options") {
            writer.element(id: HSDSIdentifier.child(of: serviceID, "cost_option")) {
                writer.set("service_id", serviceID)
                writer.set("option", price.isFree ? "Gratis" : "Egenandel")
                writer.set("currency", "NOK")
                writer.set("amount", number: price.amount)
                writer.set("amount_description", price.notes?.preferred)
            }
        }
        if HSDSRecovery.price(amount: Double(price.amount), description: price.notes?.preferred) != price {
            writer.carry(.price, json: price)
        }
    }

    /// One schedule for the period and one per session, each session a one-day schedule.
    private func schedules(_ schedule: Schedule?, serviceID: String, _ writer: HSDSWriter) {
        guard let schedule else { return }
        let start = HSDSValueChecks.date(schedule.startDate)
        let end = HSDSValueChecks.date(schedule.endDate)
        let count = schedule.sessionCount.flatMap { $0 >= 0 ? $0 : nil }
        let notes = schedule.notes?.preferred
        var sessions: [Session] = []
        writer.list("schedules") {
            if start != nil || end != nil || count != nil || notes != nil {
                writer.element(id: HSDSIdentifier.child(of: serviceID, "schedule")) {
                    writer.set("service_id", serviceID)
                    writer.set("valid_from", start)
                    writer.set("valid_to", end)
                    writer.set("count", number: count)
                    writer.set("description", notes)
                }
            }
            for (index, session) in schedule.sessions.enumerated() {
                guard let date = HSDSValueChecks.date(session.date) else { continue }
                let opens = session.start.map(HSDSRecovery.spelling)
                var closes: String?
                if let start = session.start, let minutes = session.durationMinutes, minutes >= 0 {
                    let end = start.hour * 60 + start.minute + minutes
                    if end < 24 * 60 { closes = HSDSRecovery.spelling(of: TimeOfDay(hour: end / 60, minute: end % 60)) }
                }
                writer.element(id: HSDSIdentifier.child(of: serviceID, "session", index)) {
                    writer.set("service_id", serviceID)
                    writer.set("valid_from", date)
                    writer.set("valid_to", date)
                    writer.set("dtstart", date)
                    writer.set("opens_at", opens)
                    writer.set("closes_at", closes)
                    writer.set("description", session.topic?.preferred)
                }
                if let recovered = HSDSRecovery.session(date: date, opensAt: opens, closesAt: closes, description: session.topic?.preferred) {
                    sessions.append(recovered)
                }
            }
        }
        let recovered = Schedule(
            startDate: start.flatMap { LocalDate(iso8601: $0) }, endDate: end.flatMap { LocalDate(iso8601: $0) }, sessionCount: count,
            sessions: sessions, notes: HSDSRecovery.text(notes))
        if recovered != schedule { writer.carry(.schedule, json: schedule) }
    }

    /// The venue as a physical location and digital delivery as a virtual one, with accessibility
    /// on the physical location.
    private func locations(_ offer: Offer, serviceID: String, organization: String, _ writer: HSDSWriter) {
        let mode = offer.deliveryMode
        writer.list("service_at_locations") {
            if offer.venue != nil || mode == .inPerson || mode == .hybrid {
                let locationID = HSDSIdentifier.child(of: serviceID, "venue")
                serviceAtLocation(serviceID, locationID, writer) {
                    writer.set("location_type", "physical")
                    writer.set("organization_id", organization)
                    writer.set("name", offer.venue)
                    if let accessibility = offer.accessibility {
                        writer.list("accessibility") {
                            writer.element(id: HSDSIdentifier.child(of: locationID, "accessibility")) {
                                writer.set("location_id", locationID)
                                writer.set("description", accessibility.notes?.preferred)
                                writer.set("details", Self.details(of: accessibility))
                            }
                        }
                    }
                }
            }
            if mode == .digital || mode == .hybrid || mode == .selfPaced {
                serviceAtLocation(serviceID, HSDSIdentifier.child(of: serviceID, "virtual"), writer) {
                    writer.set("location_type", "virtual")
                    writer.set("organization_id", organization)
                    writer.set("name", mode?.norwegianLabel)
                }
            }
        }
        if let accessibility = offer.accessibility { writer.carry(.accessibility, json: accessibility) }
    }

    /// The link between a service and a location, with the location (written by `location`) inside.
    private func serviceAtLocation(_ serviceID: String, _ locationID: String, _ writer: HSDSWriter, location: () -> Void) {
        writer.element(id: HSDSIdentifier.child(of: locationID, "service_at_location")) {
            writer.set("service_id", serviceID)
            writer.set("location_id", locationID)
            writer.set("location", objectID: locationID, location)
        }
    }

    /// The yes/no facts of accessibility in words, for HSDS readers.
    static func details(of accessibility: Accessibility) -> String? {
        let facts: [(String, Bool?)] = [
            ("Rullestoltilgang", accessibility.wheelchairAccessible), ("Teleslynge", accessibility.hearingLoop),
            ("Tolk kan bestilles", accessibility.interpreterAvailable), ("Lettlest materiell", accessibility.easyRead),
        ]
        let stated = facts.compactMap { name, value in value.map { "\(name): \($0 ? "ja" : "nei")" } }
        return stated.isEmpty ? nil : stated.joined(separator: ". ") + "."
    }
}
