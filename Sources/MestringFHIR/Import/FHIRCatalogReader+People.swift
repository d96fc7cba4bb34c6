import Mestring

extension FHIRCatalogReader {
    func person(_ role: FHIRPractitionerRole, _ id: String, _ values: FHIRValueReader) throws -> Person {
        let scope = values.scope
        guard let concept = role.code?.first, let kind: InvolvementRole = try values.vocabulary(concept, "code[0]") else {
            throw scope.malformed("code", "a Mestring person without an involvement role")
        }
        var person = Person(id: .init(id), name: Personal(role.practitioner?.display ?? ""), role: kind)
        person.affiliation = values.recordID(role.organization, .provider, "organization").map { .init($0) }
        var contact = PersonalContact()
        for point in role.telecom ?? [] {
            if point.system == "phone" { contact.phone = point.value.map(Personal.init) } else if point.system == "email" {
                contact.email = point.value.map(Personal.init)
            }
        }
        if contact.phone != nil || contact.email != nil { person.contact = contact }
        try values.extensions(role.extension, "extension") { item, path in
            let parts = item.extension ?? []
            func part(_ name: String) -> FHIRExtension? { parts.first { $0.url == name } }
            switch MestringExtension(url: item.url) {
            case .listingConsent?: person.listingConsent = item.valueBoolean ?? false
            case .profession?: person.profession = try values.vocabulary(item.valueCoding, path() + ".valueCoding")
            case .appointedBy?: person.appointedBy = try values.vocabulary(item.valueCoding, path() + ".valueCoding")
            case .healthPedagogy?:
                person.healthPedagogy = HealthPedagogyCompetence(
                    basis: part("basis")?.valueString ?? "", completed: try values.date(of: part("completed"), path()))
            case .livedExperience?:
                guard let kind: LivedExperienceKind = try values.vocabulary(part("kind")?.valueCoding, path()) else {
                    throw scope.malformed(path(), "lived experience without a Mestring kind")
                }
                person.livedExperience.append(
                    LivedExperience(
                        kind: kind, diagnoses: parts.filter { $0.url == "diagnosis" }.compactMap { values.diagnosis($0.valueCoding, path()) },
                        notes: part("notes")?.valueString.map(Personal.init)))
            case .peerTraining?:
                person.peerTraining = PeerTraining(
                    programme: part("programme")?.valueString ?? "", completed: try values.date(of: part("completed"), path()))
            default: return false
            }
            return true
        }
        return person
    }

    func involvement(_ team: FHIRCareTeam, _ values: FHIRValueReader) throws -> [Involvement] {
        try (team.participant ?? []).enumerated().compactMap { index, participant in
            let path = { "participant[\(index)]" }
            guard let person = values.recordID(participant.member, .person, path() + ".member") else { return nil }
            let phases: [InvolvementPhase] = try (participant.role ?? []).enumerated().compactMap { roleIndex, concept in
                try values.vocabulary(concept, "\(path()).role[\(roleIndex)]")
            }
            return Involvement(person: .init(person), phases: phases)
        }
    }

    func pathway(_ plan: FHIRPlanDefinition, _ id: String, _ values: FHIRValueReader) throws -> Pathway {
        var pathway = Pathway(id: .init(id), name: try values.text(plan.title, plan._title, "title") ?? LocalizedText())
        pathway.summary = try values.text(plan.description, plan._description, "description")
        try values.extensions(plan.extension, "extension") { item, path in
            guard item.url == MestringExtension.audience.url else { return false }
            if let audience: Audience = try values.vocabulary(item.valueCoding, path()) { pathway.audiences.append(audience) }
            return true
        }
        for (index, context) in (plan.useContext ?? []).enumerated() {
            for coding in context.valueCodeableConcept?.coding ?? [] {
                if let code = values.diagnosis(coding, "useContext[\(index)]") { pathway.conditions.append(code) }
            }
        }
        pathway.steps = try (plan.action ?? []).enumerated().map { index, action in
            let path = { "action[\(index)]" }
            var offer: Offer.ID?
            var level: ServiceLevel?
            var stage: CareStage?
            var handOver: LocalizedText?
            var handOverUnit: Provider.ID?
            try values.extensions(action.extension, path() + ".extension") { item, itemPath in
                switch MestringExtension(url: item.url) {
                case .offer?: offer = values.recordID(item.valueReference, .offer, itemPath()).map { .init($0) }
                case .level?: level = try values.vocabulary(item.valueCoding, itemPath())
                case .careStage?: stage = try values.vocabulary(item.valueCoding, itemPath())
                case .handOver?: handOver = values.text(of: item, itemPath())
                case .handOverUnit?: handOverUnit = values.recordID(item.valueReference, .provider, itemPath()).map { .init($0) }
                default: return false
                }
                return true
            }
            guard let stage else { throw values.scope.malformed(path(), "a pathway step without a care stage") }
            let kind: OfferKind? = try action.code?.first.flatMap { try values.vocabulary($0, path() + ".code[0]") }
            return PathwayStep(offer: offer, offerKind: kind, level: level, stage: stage, handOver: handOver, handOverUnit: handOverUnit)
        }
        return pathway
    }

    func programme(_ plan: FHIRPlanDefinition, _ id: String, _ values: FHIRValueReader) throws -> Programme {
        var programme = Programme(id: .init(id), name: try values.text(plan.title, plan._title, "title") ?? LocalizedText())
        programme.summary = try values.text(plan.description, plan._description, "description")
        for (index, artifact) in (plan.relatedArtifact ?? []).enumerated() {
            if programme.guide == nil, artifact.type == "documentation", let url = artifact.url { programme.guide = url } else {
                values.scope.unmapped("relatedArtifact[\(index)]", "an artifact beyond the programme's one guide")
            }
        }
        try values.extensions(plan.extension, "extension") { item, path in
            let coding = item.valueCoding
            switch MestringExtension(url: item.url) {
            case .owner?: programme.owner = values.recordID(item.valueReference, .provider, path()).map { .init($0) }
            case .offerKind?: programme.kind = try values.vocabulary(coding, path())
            case .offerFormat?: programme.format = try values.vocabulary(coding, path())
            case .audience?: if let value: Audience = try values.vocabulary(coding, path()) { programme.audiences.append(value) }
            case .careStage?: if let value: CareStage = try values.vocabulary(coding, path()) { programme.stages.append(value) }
            case .requiredRole?: if let value: InvolvementRole = try values.vocabulary(coding, path()) { programme.requiredRoles.append(value) }
            case .requiredExperience?:
                if let value: LivedExperienceKind = try values.vocabulary(coding, path()) { programme.requiredExperience.append(value) }
            default: return false
            }
            return true
        }
        return programme
    }

    func evaluation(_ basic: FHIRBasic, _ id: String, _ values: FHIRValueReader) throws -> Evaluation {
        let extensions = basic.extension ?? []
        guard let date = try values.date(of: extensions.first { $0.url == MestringExtension.evaluationDate.url }, "extension") else {
            throw values.scope.malformed("extension", "an evaluation without its date")
        }
        let offer = values.recordID(basic.subject, .offer, "subject") ?? ""
        var evaluation = Evaluation(id: .init(id), offer: .init(offer), date: date)
        try values.extensions(basic.extension, "extension") { item, path in
            switch MestringExtension(url: item.url) {
            case .evaluationDate?: break
            case .evaluationRole?: if let role: InvolvementRole = try values.vocabulary(item.valueCoding, path()) { evaluation.roles.append(role) }
            case .participantCount?: evaluation.participantCount = item.valueInteger
            case .measurement?:
                let parts = item.extension ?? []
                guard let outcome: Outcome = try values.vocabulary(parts.first { $0.url == "outcome" }?.valueCoding, path()) else {
                    throw values.scope.malformed(path(), "a measurement without a Mestring outcome")
                }
                evaluation.measurements.append(
                    OutcomeMeasurement(
                        outcome: outcome, method: try values.vocabulary(parts.first { $0.url == "method" }?.valueCoding, path()),
                        instrument: parts.first { $0.url == "instrument" }?.valueString))
            case .evaluationSummary?: evaluation.summary = values.text(of: item, path())
            default: return false
            }
            return true
        }
        return evaluation
    }
}
