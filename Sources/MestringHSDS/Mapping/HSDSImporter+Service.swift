import Mestring
import MestringAdapterKit

extension HSDSImporter {
    /// Reads a service as an offer; `organization` is the UUID of the organisation it is nested
    /// in, if any.
    mutating func readService(_ reader: inout HSDSObjectReader, organization: String?) throws {
        let uuid = try reader.id()
        let fromMestring = reader.isFromMestring
        let name = try reader.string("name")
        var offer = Offer(
            id: .init(reader.carried(.id).first ?? uuid),
            title: try reader.carriedValue(.title, as: LocalizedText.self) ?? HSDSRecovery.name(name))
        var providerUUID = try reader.string("organization_id") ?? organization
        if let (embedded, place) = try reader.object("organization") {
            var organizationReader = try HSDSObjectReader(embedded, at: place, report: &report)
            providerUUID = try organizationReader.id()
            if isLaterPart { throw ReadsEarlierPart() }
            if !knowsProvider(providerUUID ?? "") { try readOrganization(&organizationReader) }
            organizationReader.reportUnused(into: &report)
        }
        if let program = try reader.string("program_id") { offer.programme = Programme.ID(program) }
        if let programme = reader.carried(.programme).first { offer.programme = Programme.ID(programme) }
        let carriedProvider = reader.carried(.provider).first
        offer.provider = carriedProvider.map(Provider.ID.init)
        let description = HSDSRecovery.text(try reader.string("description"))
        offer.summary = try reader.carriedValue(.summary, as: LocalizedText.self) ?? description
        offer.website = try reader.string("url") ?? reader.carried(.website).first
        if let status = try reader.string("status"), status != "active" {
            report.unmapped.append(.init(place: reader.place.describe("status"), reason: "the service is \(status); Mestring has no status field"))
        }
        try readSignUp(&reader, into: &offer)
        let minimum = try reader.wholeNumber("minimum_age")
        let maximum = try reader.wholeNumber("maximum_age")
        let eligibility = HSDSRecovery.eligibility(minimumAge: minimum, maximumAge: maximum, description: try reader.string("eligibility_description"))
        offer.eligibility = try reader.carriedValue(.eligibility, as: Eligibility.self) ?? eligibility
        // A carried value wins over the HSDS fields Mestring projected it into: those are
        // skipped, not read and thrown away.
        if let schedule = try reader.carriedValue(.schedule, as: Schedule.self) {
            reader.mark("schedules")
            offer.schedule = schedule
        } else {
            offer.schedule = try readSchedules(&reader)
        }
        offer.municipalities = try readServiceAreas(&reader)
        try readLocations(&reader, into: &offer, fromMestring: fromMestring)
        offer.languages = try reader.objects("languages").compactMap { language, place in
            var languageReader = try HSDSObjectReader(language, at: place, report: &report)
            languageReader.mark("service_id")
            let code = try languageReader.string("code")
            if code == nil { report.unmapped.append(.init(place: place.path, reason: "a language without an ISO 639 code")) }
            languageReader.reportUnused(into: &report)
            return code.map(LanguageTag.init)
        }
        let price = try readPrice(&reader)
        offer.price = try reader.carriedValue(.price, as: Price.self) ?? price
        offer.kind = reader.vocabulary(OfferKind.self).first
        offer.format = reader.vocabulary(OfferFormat.self).first
        offer.focus = reader.vocabulary(FocusKind.self).first
        offer.method = reader.vocabulary(OfferMethod.self).first
        if let mode = reader.vocabulary(DeliveryMode.self).first { offer.deliveryMode = mode }
        offer.stages = reader.vocabulary(CareStage.self)
        offer.audiences = reader.vocabulary(Audience.self)
        offer.routes = reader.vocabulary(ReferralRoute.self)
        offer.expectedOutcomes = reader.vocabulary(Outcome.self)
        offer.diagnoses = reader.diagnoses
        offer.themes = reader.carried(.theme)
        offer.partners = reader.carried(.partner).map(Provider.ID.init)
        offer.capacity = reader.carried(.capacity).first.flatMap { Int($0) }
        offer.requiresSpecialistCompetence = reader.carried(.requiresSpecialistCompetence).first == "true"
        offer.involvement = try reader.carried(.involvement, as: Involvement.self)
        append(offer, position: reader.carried(.position).first.flatMap { Int($0) }, organization: carriedProvider == nil ? providerUUID : nil)
    }

    private mutating func readSignUp(_ reader: inout HSDSObjectReader, into offer: inout Offer) throws {
        let applicationProcess = try reader.string("application_process")
        let serviceEmail = try reader.string("email")
        var title: String?
        var phone = try reader.objects("phones").first.map { phone, _ in try HSDSObjectReader.textIfText(phone.member("number")) } ?? nil
        let contacts = try reader.objects("contacts")
        if let (contact, place) = contacts.first, try HSDSObjectReader.textIfText(contact.member("name")) == "Påmelding" {
            var contactReader = try HSDSObjectReader(contact, at: place, report: &report)
            contactReader.mark("name", "service_id", "email")
            title = try contactReader.string("title")
            phone = try contactReader.objects("phones").first.map { phone, _ in try HSDSObjectReader.textIfText(phone.member("number")) } ?? phone
            contactReader.reportUnused(into: &report)
        }
        for (_, place) in contacts.dropFirst(title == nil ? 0 : 1) {
            report.unmapped.append(.init(place: place.path, reason: "a service's contact person (personal data has no place in an offer)"))
        }
        if let carried = try reader.carriedValue(.signUp, as: SignUp.self) {
            offer.signUp = carried
            return
        }
        offer.signUp = HSDSRecovery.signUp(contactTitle: title, phone: phone, email: serviceEmail, applicationProcess: applicationProcess)
        if offer.signUp != nil, title.flatMap(HSDSRecovery.signUpMethod) == nil {
            report.assumed.append(.init(place: reader.place.describe("application_process"), reason: "sign-up method not stated; set to \"either\""))
        }
    }

    private mutating func readSchedules(_ reader: inout HSDSObjectReader) throws -> Schedule? {
        var schedule = Schedule()
        var found = false
        for (object, place) in try reader.objects("schedules") {
            var scheduleReader = try HSDSObjectReader(object, at: place, report: &report)
            scheduleReader.mark("service_id")
            let validFrom = try scheduleReader.string("valid_from")
            let validTo = try scheduleReader.string("valid_to")
            let description = try scheduleReader.string("description")
            if let dtstart = try scheduleReader.string("dtstart"), validFrom == nil || validFrom == validTo,
                let session = HSDSRecovery.session(
                    date: dtstart, opensAt: try scheduleReader.string("opens_at"), closesAt: try scheduleReader.string("closes_at"),
                    description: description)
            {
                schedule.sessions.append(session)
            } else if schedule.startDate == nil, schedule.endDate == nil, schedule.notes == nil {
                schedule.startDate = validFrom.flatMap { LocalDate(iso8601: $0) }
                schedule.endDate = validTo.flatMap { LocalDate(iso8601: $0) }
                schedule.sessionCount = try scheduleReader.wholeNumber("count")
                schedule.notes = HSDSRecovery.text(description)
            } else {
                report.unmapped.append(.init(place: place.path, reason: "a second period; Mestring keeps one period and its sessions"))
                continue
            }
            found = true
            scheduleReader.reportUnused(into: &report)
        }
        return found ? schedule : nil
    }

    private mutating func readServiceAreas(_ reader: inout HSDSObjectReader) throws -> [MunicipalityNumber] {
        try reader.objects("service_areas").compactMap { area, place in
            var areaReader = try HSDSObjectReader(area, at: place, report: &report)
            areaReader.mark("service_id")
            let name = try areaReader.string("name")
            let extent = try areaReader.string("extent")
            let extentType = try areaReader.string("extent_type")
            if extentType == HSDSExporter.municipalityExtentType, let extent { return MunicipalityNumber(extent) }
            if let name, let number = Self.municipality(named: name) {
                areaReader.mark("extent", "extent_type")
                areaReader.reportUnused(into: &report)
                return number
            }
            report.unmapped.append(.init(place: place.path, reason: "a service area that is not a Norwegian municipality"))
            return nil
        }
    }

    private static let municipalitiesByName: [String: MunicipalityNumber] = Dictionary(
        MunicipalityRegistry.allMunicipalities.compactMap { number in number.name.map { ($0.lowercased(), number) } },
        uniquingKeysWith: { first, _ in first })

    private static func municipality(named name: String) -> MunicipalityNumber? {
        municipalitiesByName[String(name.trimmingSpaces()).lowercased()]
    }

    private mutating func readLocations(_ reader: inout HSDSObjectReader, into offer: inout Offer, fromMestring: Bool) throws {
        var physical = false
        var virtual = false
        let carriedAccessibility = try reader.carriedValue(.accessibility, as: Accessibility.self)
        for (link, place) in try reader.objects("service_at_locations") {
            var linkReader = try HSDSObjectReader(link, at: place, report: &report)
            linkReader.mark("service_id", "location_id")
            guard let (location, locationPlace) = try linkReader.object("location") else {
                linkReader.reportUnused(into: &report)
                continue
            }
            var locationReader = try HSDSObjectReader(location, at: locationPlace, report: &report)
            locationReader.mark("organization_id")
            let type = try locationReader.string("location_type")
            if type == "virtual" {
                virtual = true
                locationReader.mark("name", "url")
            } else if !physical {
                physical = true
                offer.venue = try venue(&locationReader)
                if carriedAccessibility != nil {
                    locationReader.mark("accessibility")
                } else if let (access, accessPlace) = try locationReader.objects("accessibility").first {
                    var accessReader = try HSDSObjectReader(access, at: accessPlace, report: &report)
                    accessReader.mark("location_id")
                    let description = try accessReader.string("description")
                    let details = try accessReader.string("details")
                    if fromMestring { accessReader.mark("details") }
                    let words = [description, fromMestring ? nil : details].compactMap { $0 }.joined(separator: " ")
                    offer.accessibility = Accessibility(notes: HSDSRecovery.text(words))
                    accessReader.reportUnused(into: &report)
                }
            } else {
                report.unmapped.append(.init(place: locationPlace.path, reason: "a second physical location; Mestring keeps one venue"))
                continue
            }
            locationReader.reportUnused(into: &report)
            linkReader.reportUnused(into: &report)
        }
        if let carriedAccessibility { offer.accessibility = carriedAccessibility }
        if offer.deliveryMode == nil, !fromMestring {
            offer.deliveryMode = physical && virtual ? .hybrid : physical ? .inPerson : virtual ? .digital : nil
        }
    }

    /// The venue: the location's name, with the first address for a foreign feed.
    private mutating func venue(_ reader: inout HSDSObjectReader) throws -> String? {
        let name = try reader.string("name")
        guard !reader.isFromMestring, let (address, place) = try reader.objects("addresses").first else { return name }
        var addressReader = try HSDSObjectReader(address, at: place, report: &report)
        addressReader.mark("location_id", "address_type", "country", "state_province")
        let street = [try addressReader.string("address_1"), try addressReader.string("address_2")].compactMap { $0 }.joined(separator: " ")
        let town = [try addressReader.string("postal_code"), try addressReader.string("city")].compactMap { $0 }.joined(separator: " ")
        addressReader.reportUnused(into: &report)
        return [name, street, town].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
    }

    private mutating func readPrice(_ reader: inout HSDSObjectReader) throws -> Price? {
        let fees = try reader.string("fees_description")
        guard let (option, place) = try reader.objects("cost_options").first else {
            if fees != nil { report.unmapped.append(.init(place: reader.place.describe("fees_description"), reason: "fees without an amount")) }
            return nil
        }
        var optionReader = try HSDSObjectReader(option, at: place, report: &report)
        optionReader.mark("service_id", "option")
        let currency = try optionReader.string("currency")
        let price = HSDSRecovery.price(amount: try optionReader.number("amount"), description: try optionReader.string("amount_description") ?? fees)
        if currency != nil && currency != "NOK" || price == nil {
            report.unmapped.append(.init(place: place.path, reason: "a cost other than whole Norwegian kroner"))
            return nil
        }
        optionReader.reportUnused(into: &report)
        return price
    }

    private func knowsProvider(_ uuid: String) -> Bool { providerIDs[uuid] != nil }
}
