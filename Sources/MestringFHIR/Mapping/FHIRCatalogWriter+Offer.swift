import Mestring

extension FHIRCatalogWriter {
    private static func url(_ mestringExtension: MestringExtension) -> String { mestringExtension.url }

    func healthcareService(_ offer: Offer, _ uuid: String) -> FHIRHealthcareService {
        var service = FHIRHealthcareService()
        service.id = uuid
        service.meta = FHIRMeta(profile: [FHIRSystems.healthcareServiceProfile])
        service.identifier = [FHIRIdentifier(system: FHIRSystems.identifierSystem(.offer), value: offer.id.rawValue)]
        service.providedBy = stated(offer.provider).map { ids.reference(.provider, $0.rawValue) }
        service.category = stated(offer.kind).map { [FHIRCodeableConcept(coding: [$0.fhirCoding])] }
        service.type = stated(offer.format).map { [FHIRCodeableConcept(coding: [$0.fhirCoding])] }
        (service.name, service._name) = FHIRText.write(offer.title)
        (service.comment, service._comment) = FHIRText.write(offer.summary)
        service.communication = offer.languages.isEmpty
            ? nil : offer.languages.map { FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.languageTags, code: $0.rawValue)]) }
        service.eligibility = eligibility(offer)
        service.coverageArea = offer.municipalities.isEmpty
            ? nil : offer.municipalities.map { FHIRReference(reference: "urn:uuid:" + Self.locationUUID($0)) }
        service.characteristic = accessibility(offer.accessibility)
        service.program = offer.programme.map { [FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.identifierSystem(.programme), code: $0.rawValue)])] }
        service.location = offer.venue.map { [FHIRReference(display: $0)] }
        service.telecom = telecom(offer)
        (service.availabilityExceptions, service._availabilityExceptions) = FHIRText.write(offer.schedule?.notes)
        if let signUp = offer.signUp {
            service.appointmentRequired = true
            let methods = [(signUp.phone, "phone", "Phone"), (signUp.email, "semail", "Secure Email"), (signUp.url, "elec", "Secure Messaging")]
                .compactMap { channel, code, display in
                    channel.map { _ in FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.referralMethod, code: code, display: display)]) }
                }
            service.referralMethod = methods.isEmpty ? nil : methods
        }
        if let price = offer.price {
            let code = price.isFree ? ("free", "Free") : ("cost", "Fees apply")
            service.serviceProvisionCode = [FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.serviceProvision, code: code.0, display: code.1)])]
        }
        service.extension = extensions(offer).nonEmpty
        return service
    }

    private func extensions(_ offer: Offer) -> [FHIRExtension] {
        var list: [FHIRExtension] = offer.partners.map { .reference(Self.url(.partner), ids.reference(.provider, $0.rawValue)) }
        if let focus = stated(offer.focus) { list.append(.coding(Self.url(.focus), focus.fhirCoding)) }
        list += offer.diagnoses.map { .coding(Self.url(.diagnosis), Self.coding($0)) }
        list += offer.themes.map { .string(Self.url(.theme), $0) }
        if let method = stated(offer.method) { list.append(.coding(Self.url(.method), method.fhirCoding)) }
        list += offer.stages.map { .coding(Self.url(.careStage), $0.fhirCoding) }
        if let mode = offer.deliveryMode { list.append(.coding(Self.url(.deliveryMode), mode.fhirCoding)) }
        if let schedule = offer.schedule, let scheduleExtension = Self.schedule(schedule) { list.append(scheduleExtension) }
        if let capacity = offer.capacity { list.append(.integer(Self.url(.capacity), capacity)) }
        if let price = offer.price {
            var amount = FHIRExtension(url: "amount")
            amount.valueMoney = FHIRMoney(value: price.amount, currency: "NOK")
            list.append(FHIRExtension(url: Self.url(.price), extension: [amount] + [price.notes.flatMap { .text("notes", $0) }].compactMap { $0 }))
        }
        if let signUp = offer.signUp {
            let parts: [FHIRExtension?] = [
                .coding("method", signUp.method.fhirCoding), signUp.deadline.map { .date("deadline", $0) },
                signUp.instructions.flatMap { .text("instructions", $0) },
            ]
            list.append(FHIRExtension(url: Self.url(.signUp), extension: parts.compactMap { $0 }))
        }
        list += offer.routes.map { .coding(Self.url(.referralRoute), $0.fhirCoding) }
        list += offer.expectedOutcomes.map { .coding(Self.url(.expectedOutcome), $0.fhirCoding) }
        if offer.requiresSpecialistCompetence { list.append(.boolean(Self.url(.requiresSpecialistCompetence), true)) }
        return list
    }

    static func coding(_ diagnosis: DiagnosisCode) -> FHIRCoding {
        FHIRCoding(system: FHIRSystems.system(of: diagnosis.system), code: diagnosis.code, display: diagnosis.label)
    }

    private static func schedule(_ schedule: Schedule) -> FHIRExtension? {
        var parts: [FHIRExtension?] = []
        parts.append(schedule.startDate.map { .date("start-date", $0) })
        parts.append(schedule.endDate.map { .date("end-date", $0) })
        parts.append(schedule.sessionCount.map { .integer("session-count", $0) })
        for session in schedule.sessions {
            var start: FHIRExtension?
            if let time = session.start {
                var value = FHIRExtension(url: "start")
                value.valueTime = time.description + ":00"
                start = value
            }
            parts.append(
                .complex(
                    "session",
                    [
                        .date("date", session.date), start, session.durationMinutes.map { .integer("duration-minutes", $0) },
                        session.topic.flatMap { .text("topic", $0) },
                    ]))
        }
        return .complex(url(.schedule), parts)
    }

    private func eligibility(_ offer: Offer) -> [FHIRHealthcareService.Eligibility]? {
        var list = offer.audiences.map { FHIRHealthcareService.Eligibility(code: FHIRCodeableConcept(coding: [$0.fhirCoding])) }
        if let conditions = offer.eligibility {
            var entry = FHIRHealthcareService.Eligibility(
                code: FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.codeSystemBase + "eligibility", code: "conditions", display: "vilkår")]))
            let extensions: [FHIRExtension?] = [
                conditions.minimumAge.map { .integer(Self.url(.minimumAge), $0) },
                conditions.maximumAge.map { .integer(Self.url(.maximumAge), $0) },
                conditions.residentsOnly.map { .boolean(Self.url(.residentsOnly), $0) },
            ]
            entry.extension = extensions.compactMap { $0 }.nonEmpty
            (entry.comment, entry._comment) = FHIRText.write(conditions.notes)
            list.append(entry)
        }
        return list.isEmpty ? nil : list
    }

    private func accessibility(_ accessibility: Accessibility?) -> [FHIRCodeableConcept]? {
        guard let accessibility else { return nil }
        var list: [FHIRCodeableConcept] = []
        let features: [(String, String, Bool?)] = [
            ("wheelchair-accessible", "tilgjengelig for rullestol", accessibility.wheelchairAccessible),
            ("hearing-loop", "teleslynge", accessibility.hearingLoop),
            ("interpreter-available", "tolk kan bestilles", accessibility.interpreterAvailable),
            ("easy-read", "lettlest materiell", accessibility.easyRead),
        ]
        for (code, display, value) in features {
            guard let value else { continue }
            var concept = FHIRCodeableConcept(coding: [FHIRCoding(system: Self.accessibilitySystem, code: code, display: display)])
            concept.extension = [.boolean(Self.url(.available), value)]
            list.append(concept)
        }
        // The notes concept is always written: it also says that accessibility is stated at all.
        var notes = FHIRCodeableConcept(coding: [FHIRCoding(system: Self.accessibilitySystem, code: "accessibility", display: "tilgjengelighet")])
        (notes.text, notes._text) = FHIRText.write(accessibility.notes)
        list.append(notes)
        return list
    }

    static let accessibilitySystem = FHIRSystems.codeSystemBase + "accessibility"

    private func telecom(_ offer: Offer) -> [FHIRContactPoint]? {
        var list: [FHIRContactPoint] = []
        if let signUp = offer.signUp {
            let marker = FHIRExtension.boolean(Self.url(.signUpChannel), true)
            for (system, value) in [("phone", signUp.phone), ("email", signUp.email), ("url", signUp.url)] {
                if let value { list.append(FHIRContactPoint(extension: [marker], system: system, value: value)) }
            }
        }
        if let website = offer.website { list.append(FHIRContactPoint(system: "url", value: website)) }
        return list.isEmpty ? nil : list
    }

    func careTeam(_ offer: Offer, offerUUID: String, _ uuid: String) -> FHIRCareTeam {
        FHIRCareTeam(
            id: uuid, extension: [.reference(Self.url(.offer), FHIRReference(reference: "urn:uuid:" + offerUUID))], status: "active",
            participant: offer.involvement.map { involvement in
                FHIRCareTeam.Participant(
                    role: involvement.phases.isEmpty ? nil : involvement.phases.map { FHIRCodeableConcept(coding: [$0.fhirCoding]) },
                    member: ids.reference(.person, involvement.person.rawValue))
            })
    }
}
