import Mestring

extension FHIRCatalogReader {
    func offer(_ service: FHIRHealthcareService, _ id: String, _ values: FHIRValueReader) throws -> Offer {
        let scope = values.scope
        var offer = Offer(id: .init(id), title: try values.text(service.name, service._name, "name") ?? LocalizedText())
        for (index, identifier) in (service.identifier ?? []).enumerated() where identifier.system != FHIRSystems.identifierSystem(.offer) {
            scope.unmapped("identifier[\(index)]", "an identifier in \(identifier.system ?? "no system")")
        }
        if service.active != nil { scope.unmapped("active", "Mestring holds no status (active or inactive)") }
        offer.summary = try values.text(service.comment, service._comment, "comment")
        offer.provider = values.recordID(service.providedBy, .provider, "providedBy").map { .init($0) }
        offer.kind = try single(service.category, "category", values)
        offer.format = try single(service.type, "type", values)
        for (index, concept) in (service.communication ?? []).enumerated() {
            if let coding = concept.coding?.first(where: { $0.system == FHIRSystems.languageTags }), let code = coding.code {
                offer.languages.append(LanguageTag(code))
            } else {
                scope.unmapped("communication[\(index)]", "\(values.describe(concept)) is not a BCP 47 language tag")
            }
        }
        try readEligibility(service.eligibility, into: &offer, values)
        for (index, area) in (service.coverageArea ?? []).enumerated() {
            if let reference = area.reference, let municipality = references.municipality(of: reference) {
                offer.municipalities.append(municipality)
            } else {
                scope.unmapped("coverageArea[\(index)]", "a coverage area that is not a Location coded with a municipality number")
            }
        }
        offer.accessibility = try readAccessibility(service.characteristic, values)
        for (index, concept) in (service.program ?? []).enumerated() {
            let system = FHIRSystems.identifierSystem(.programme)
            if offer.programme == nil, let code = concept.coding?.first(where: { $0.system == system })?.code {
                offer.programme = .init(code)
            } else {
                scope.unmapped("program[\(index)]", "\(values.describe(concept)) is not a Mestring programme")
            }
        }
        for (index, location) in (service.location ?? []).enumerated() {
            if offer.venue == nil, let display = location.display { offer.venue = display } else {
                scope.unmapped("location[\(index)]", "a location beyond the one venue (by display text) Mestring holds")
            }
        }
        let notes = try values.text(service.availabilityExceptions, service._availabilityExceptions, "availabilityExceptions")
        if let notes { offer.schedule = Schedule(notes: notes) }
        try readExtensions(service.extension, into: &offer, values)
        try readTelecom(service.telecom, into: &offer, values)
        if offer.price == nil, let provision = service.serviceProvisionCode {
            for (index, concept) in provision.enumerated() {
                if concept.coding?.contains(where: { $0.system == FHIRSystems.serviceProvision && $0.code == "free" }) == true {
                    offer.price = .free
                } else {
                    scope.unmapped("serviceProvisionCode[\(index)]", "\(values.describe(concept)) states no amount Mestring can hold")
                }
            }
        }
        if offer.signUp == nil {
            if service.appointmentRequired != nil { scope.unmapped("appointmentRequired", "no sign-up method (self-referral or referral) is stated") }
            if service.referralMethod != nil { scope.unmapped("referralMethod", "no sign-up method (self-referral or referral) is stated") }
        }
        return offer
    }

    /// The one Mestring value of a list of concepts (category, type); reports the others.
    private func single<Value: CatalogEnumeration>(_ concepts: [FHIRCodeableConcept]?, _ path: String, _ values: FHIRValueReader) throws -> Value? {
        var found: Value?
        for (index, concept) in (concepts ?? []).enumerated() {
            let value: Value? = try values.vocabulary(concept, "\(path)[\(index)]")
            if found == nil { found = value } else if value != nil { values.scope.unmapped("\(path)[\(index)]", "a second \(Value.vocabularyName)") }
        }
        return found
    }

    private func readEligibility(_ list: [FHIRHealthcareService.Eligibility]?, into offer: inout Offer, _ values: FHIRValueReader) throws {
        for (index, entry) in (list ?? []).enumerated() {
            let path = { "eligibility[\(index)]" }
            if entry.code?.coding?.first?.system == FHIRSystems.codeSystemBase + "eligibility" {
                var conditions = Eligibility(notes: try values.text(entry.comment, entry._comment, path() + ".comment"))
                try values.extensions(entry.extension, path() + ".extension") { item, _ in
                    switch item.url {
                    case MestringExtension.minimumAge.url: conditions.minimumAge = item.valueInteger
                    case MestringExtension.maximumAge.url: conditions.maximumAge = item.valueInteger
                    case MestringExtension.residentsOnly.url: conditions.residentsOnly = item.valueBoolean
                    default: return false
                    }
                    return true
                }
                offer.eligibility = conditions
            } else if let audience: Audience = try values.vocabulary(entry.code, path() + ".code") {
                offer.audiences.append(audience)
                if entry.comment != nil { values.scope.unmapped(path() + ".comment", "a comment on an audience") }
            } else if entry.code == nil, let comment = try values.text(entry.comment, entry._comment, path() + ".comment") {
                // A foreign condition in words only: Mestring keeps it as the eligibility notes.
                var conditions = offer.eligibility ?? Eligibility()
                conditions.notes = comment
                offer.eligibility = conditions
            }
        }
    }

    private func readAccessibility(_ list: [FHIRCodeableConcept]?, _ values: FHIRValueReader) throws -> Accessibility? {
        var accessibility: Accessibility?
        for (index, concept) in (list ?? []).enumerated() {
            let path = { "characteristic[\(index)]" }
            guard let coding = concept.coding?.first(where: { $0.system == FHIRCatalogWriter.accessibilitySystem }) else {
                values.scope.unmapped(path(), "\(values.describe(concept)) is not a Mestring accessibility feature")
                continue
            }
            var value = accessibility ?? Accessibility()
            let available = concept.extension?.first { $0.url == MestringExtension.available.url }?.valueBoolean
            switch coding.code {
            case "wheelchair-accessible": value.wheelchairAccessible = available
            case "hearing-loop": value.hearingLoop = available
            case "interpreter-available": value.interpreterAvailable = available
            case "easy-read": value.easyRead = available
            case "accessibility": value.notes = try values.text(concept.text, concept._text, path() + ".text")
            default: throw values.scope.malformed(path(), "unknown accessibility feature \"\(coding.code ?? "")\"")
            }
            accessibility = value
        }
        return accessibility
    }

    private func readTelecom(_ list: [FHIRContactPoint]?, into offer: inout Offer, _ values: FHIRValueReader) throws {
        for (index, point) in (list ?? []).enumerated() {
            let isSignUp = point.extension?.contains { $0.url == MestringExtension.signUpChannel.url && $0.valueBoolean == true } == true
            if isSignUp, offer.signUp != nil {
                switch point.system {
                case "phone": offer.signUp?.phone = point.value
                case "email": offer.signUp?.email = point.value
                case "url": offer.signUp?.url = point.value
                default: values.scope.unmapped("telecom[\(index)]", "a \(point.system ?? "contact point") for signing up")
                }
            } else if point.system == "url", offer.website == nil, !isSignUp {
                offer.website = point.value
            } else {
                values.scope.unmapped("telecom[\(index)]", "a \(point.system ?? "contact point") with no sign-up method stated")
            }
        }
    }
}
