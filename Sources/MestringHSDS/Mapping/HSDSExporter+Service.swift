import Mestring
import MestringAdapterKit

extension HSDSExporter {
    /// An offer as an HSDS service.
    func service(_ offer: Offer, _ position: Int, organization: String, carriesPosition: Bool) -> HSDSObject {
        let id = Self.uuid(.offer, offer.id.rawValue, position: position, firstPosition: catalog.offers.position(of: offer.id))
        var builder = HSDSObjectBuilder(id: id)
        builder.set("organization_id", organization)
        if let programme = offer.programme {
            if catalog.programmes.contains(id: programme) { builder.set("program_id", programmeUUID(programme)) } else { builder.carry(.programme, programme.rawValue) }
        }
        builder.carry(.id, offer.id.rawValue)
        if carriesPosition { builder.carry(.position, String(position)) }
        if let provider = offer.provider, organization == Self.catalogueID { builder.carry(.provider, provider.rawValue) }
        name(offer.title, into: &builder, key: "name", carrying: .title)
        builder.set("description", offer.summary?.preferred)
        if HSDSRecovery.text(offer.summary?.preferred) != offer.summary, let summary = offer.summary {
            builder.carry(.summary, json: summary)
        }
        website(offer.website, into: &builder, key: "url")
        builder.set("status", "active")
        signUp(offer.signUp, serviceID: id, into: &builder)
        eligibility(offer.eligibility, into: &builder)
        builder.set("schedules", schedules(offer.schedule, serviceID: id, into: &builder))
        builder.set("service_areas", offer.municipalities.enumerated().map { index, municipality in
            var area = HSDSObjectBuilder(id: HSDSIdentifier.child(of: id, "service_area", index))
            area.set("service_id", id)
            area.set("name", municipality.name ?? municipality.rawValue)
            area.set("extent", municipality.rawValue)
            area.set("extent_type", Self.municipalityExtentType)
            return area.build()
        })
        builder.set("service_at_locations", locations(offer, serviceID: id, organization: organization, into: &builder))
        builder.set("languages", offer.languages.enumerated().map { index, language in
            var object = HSDSObjectBuilder(id: HSDSIdentifier.child(of: id, "language", index))
            object.set("service_id", id)
            object.set("code", language.rawValue)
            return object.build()
        })
        price(offer.price, serviceID: id, into: &builder)
        if let kind = offer.kind { builder.attribute(kind) }
        if let format = offer.format { builder.attribute(format) }
        if let focus = offer.focus { builder.attribute(focus) }
        if let method = offer.method { builder.attribute(method) }
        if let mode = offer.deliveryMode { builder.attribute(mode) }
        for stage in offer.stages { builder.attribute(stage) }
        for audience in offer.audiences { builder.attribute(audience) }
        for route in offer.routes { builder.attribute(route) }
        for outcome in offer.expectedOutcomes { builder.attribute(outcome) }
        for diagnosis in offer.diagnoses { builder.attribute(diagnosis) }
        for theme in offer.themes { builder.carry(.theme, theme) }
        for partner in offer.partners { builder.carry(.partner, partner.rawValue) }
        if let capacity = offer.capacity { builder.carry(.capacity, String(capacity)) }
        if offer.requiresSpecialistCompetence { builder.carry(.requiresSpecialistCompetence, "true") }
        for involvement in offer.involvement { builder.carry(.involvement, json: involvement) }
        return builder.build()
    }

    /// How a service area names a municipality number, since HSDS has no field for it.
    static let municipalityExtentType = "ssb-kommunenummer"

    private func signUp(_ signUp: SignUp?, serviceID: String, into builder: inout HSDSObjectBuilder) {
        guard let signUp else { return }
        builder.set("application_process", signUp.instructions?.preferred)
        let email = signUp.email.flatMap { HSDSValueChecks.isEmail($0) ? $0 : nil }
        builder.set("email", email)
        let contactID = HSDSIdentifier.child(of: serviceID, "sign-up")
        var contact = HSDSObjectBuilder(id: contactID)
        contact.set("service_id", serviceID)
        contact.set("name", "Påmelding")
        contact.set("title", signUp.method.norwegianLabel)
        contact.set("email", email)
        if let phone = signUp.phone { contact.set("phones", [phoneObject(phone, owner: contactID, "phone", 0)]) }
        builder.set("contacts", [contact.build()])
        let recovered = HSDSRecovery.signUp(
            contactTitle: signUp.method.norwegianLabel, phone: signUp.phone, email: email, applicationProcess: signUp.instructions?.preferred)
        if recovered != signUp { builder.carry(.signUp, json: signUp) }
    }

    private func eligibility(_ eligibility: Eligibility?, into builder: inout HSDSObjectBuilder) {
        guard let eligibility else { return }
        let minimum = eligibility.minimumAge.flatMap { $0 >= 0 ? $0 : nil }
        let maximum = eligibility.maximumAge.flatMap { $0 >= 0 ? $0 : nil }
        builder.set("eligibility_description", eligibility.notes?.preferred)
        builder.set("minimum_age", number: minimum)
        builder.set("maximum_age", number: maximum)
        let recovered = HSDSRecovery.eligibility(minimumAge: minimum, maximumAge: maximum, description: eligibility.notes?.preferred)
        if recovered != eligibility { builder.carry(.eligibility, json: eligibility) }
    }

    private func price(_ price: Price?, serviceID: String, into builder: inout HSDSObjectBuilder) {
        guard let price else { return }
        builder.set("fees_description", price.notes?.preferred)
        var option = HSDSObjectBuilder(id: HSDSIdentifier.child(of: serviceID, "cost_option"))
        option.set("service_id", serviceID)
        option.set("option", price.isFree ? "Gratis" : "Egenandel")
        option.set("currency", "NOK")
        option.set("amount", number: price.amount)
        option.set("amount_description", price.notes?.preferred)
        builder.set("cost_options", [option.build()])
        if HSDSRecovery.price(amount: Double(price.amount), description: price.notes?.preferred) != price {
            builder.carry(.price, json: price)
        }
    }

    /// One schedule for the period and one per session, each session a one-day schedule.
    private func schedules(_ schedule: Schedule?, serviceID: String, into builder: inout HSDSObjectBuilder) -> [HSDSObject] {
        guard let schedule else { return [] }
        var objects: [HSDSObject] = []
        let start = HSDSValueChecks.date(schedule.startDate)
        let end = HSDSValueChecks.date(schedule.endDate)
        let count = schedule.sessionCount.flatMap { $0 >= 0 ? $0 : nil }
        let notes = schedule.notes?.preferred
        if start != nil || end != nil || count != nil || notes != nil {
            var period = HSDSObjectBuilder(id: HSDSIdentifier.child(of: serviceID, "schedule"))
            period.set("service_id", serviceID)
            period.set("valid_from", start)
            period.set("valid_to", end)
            period.set("count", number: count)
            period.set("description", notes)
            objects.append(period.build())
        }
        var sessions: [Session] = []
        for (index, session) in schedule.sessions.enumerated() {
            guard let date = HSDSValueChecks.date(session.date) else { continue }
            var object = HSDSObjectBuilder(id: HSDSIdentifier.child(of: serviceID, "session", index))
            object.set("service_id", serviceID)
            object.set("valid_from", date)
            object.set("valid_to", date)
            object.set("dtstart", date)
            let opens = session.start.map(HSDSRecovery.spelling)
            object.set("opens_at", opens)
            var closes: String?
            if let start = session.start, let minutes = session.durationMinutes, minutes >= 0 {
                let end = start.hour * 60 + start.minute + minutes
                if end < 24 * 60 { closes = HSDSRecovery.spelling(of: TimeOfDay(hour: end / 60, minute: end % 60)) }
            }
            object.set("closes_at", closes)
            object.set("description", session.topic?.preferred)
            objects.append(object.build())
            if let recovered = HSDSRecovery.session(date: date, opensAt: opens, closesAt: closes, description: session.topic?.preferred) {
                sessions.append(recovered)
            }
        }
        let recovered = Schedule(
            startDate: start.flatMap { LocalDate(iso8601: $0) }, endDate: end.flatMap { LocalDate(iso8601: $0) }, sessionCount: count,
            sessions: sessions, notes: HSDSRecovery.text(notes))
        if recovered != schedule { builder.carry(.schedule, json: schedule) }
        return objects
    }

    /// The venue as a physical location and digital delivery as a virtual one, with accessibility
    /// on the physical location.
    private func locations(_ offer: Offer, serviceID: String, organization: String, into builder: inout HSDSObjectBuilder) -> [HSDSObject] {
        var result: [HSDSObject] = []
        let mode = offer.deliveryMode
        if offer.venue != nil || mode == .inPerson || mode == .hybrid {
            let locationID = HSDSIdentifier.child(of: serviceID, "venue")
            var location = HSDSObjectBuilder(id: locationID)
            location.set("location_type", "physical")
            location.set("organization_id", organization)
            location.set("name", offer.venue)
            if let accessibility = offer.accessibility {
                var object = HSDSObjectBuilder(id: HSDSIdentifier.child(of: locationID, "accessibility"))
                object.set("location_id", locationID)
                object.set("description", accessibility.notes?.preferred)
                object.set("details", Self.details(of: accessibility))
                location.set("accessibility", [object.build()])
            }
            result.append(serviceAtLocation(serviceID, location))
        }
        if mode == .digital || mode == .hybrid || mode == .selfPaced {
            var location = HSDSObjectBuilder(id: HSDSIdentifier.child(of: serviceID, "virtual"))
            location.set("location_type", "virtual")
            location.set("organization_id", organization)
            location.set("name", mode?.norwegianLabel)
            result.append(serviceAtLocation(serviceID, location))
        }
        if let accessibility = offer.accessibility { builder.carry(.accessibility, json: accessibility) }
        return result
    }

    private func serviceAtLocation(_ serviceID: String, _ location: HSDSObjectBuilder) -> HSDSObject {
        var link = HSDSObjectBuilder(id: HSDSIdentifier.child(of: location.id, "service_at_location"))
        link.set("service_id", serviceID)
        link.set("location_id", location.id)
        link.set("location", object: location.build())
        return link.build()
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
