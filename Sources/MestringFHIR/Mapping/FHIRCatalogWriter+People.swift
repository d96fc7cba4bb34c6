import Mestring

extension FHIRCatalogWriter {
    private static func url(_ mestringExtension: MestringExtension) -> String { mestringExtension.url }

    /// A person as a practitioner role. The name is the display of `practitioner`; the catalogue
    /// given is already the public export unless personal data was asked for.
    func practitionerRole(_ person: Person, _ uuid: String) -> FHIRPractitionerRole {
        var extensions: [FHIRExtension] = []
        if person.listingConsent { extensions.append(.boolean(Self.url(.listingConsent), true)) }
        if let profession = person.profession { extensions.append(.coding(Self.url(.profession), profession.fhirCoding)) }
        if let body = person.appointedBy { extensions.append(.coding(Self.url(.appointedBy), body.fhirCoding)) }
        if let competence = person.healthPedagogy {
            extensions.append(
                FHIRExtension(
                    url: Self.url(.healthPedagogy),
                    extension: [.string("basis", competence.basis)] + [competence.completed.map { .date("completed", $0) }].compactMap { $0 }))
        }
        for experience in person.livedExperience {
            extensions.append(
                FHIRExtension(
                    url: Self.url(.livedExperience),
                    extension: [.coding("kind", experience.kind.fhirCoding)] + experience.diagnoses.map { .coding("diagnosis", Self.coding($0)) }
                        + [experience.notes.map { .string("notes", $0.value) }].compactMap { $0 }))
        }
        if let training = person.peerTraining {
            extensions.append(
                FHIRExtension(
                    url: Self.url(.peerTraining),
                    extension: [.string("programme", training.programme)] + [training.completed.map { .date("completed", $0) }].compactMap { $0 }))
        }
        let contact = person.contact
        let channels: [(String, Personal<String>?)] = [("phone", contact?.phone), ("email", contact?.email)]
        let telecom = channels.compactMap { system, value in value.map { FHIRContactPoint(system: system, value: $0.value) } }
        return FHIRPractitionerRole(
            id: uuid, meta: FHIRMeta(profile: [FHIRSystems.practitionerRoleProfile]), extension: extensions.nonEmpty,
            identifier: [FHIRIdentifier(system: FHIRSystems.identifierSystem(.person), value: person.id.rawValue)],
            practitioner: person.name.value.isEmpty ? nil : FHIRReference(display: person.name.value),
            organization: person.affiliation.map { ids.reference(.provider, $0.rawValue) },
            code: [FHIRCodeableConcept(coding: [person.role.fhirCoding])], telecom: telecom.isEmpty ? nil : telecom)
    }

    /// A pathway as a plan definition: steps are actions in order, each after the one before.
    func planDefinition(_ pathway: Pathway, _ uuid: String) -> FHIRPlanDefinition {
        var plan = FHIRPlanDefinition(
            id: uuid, identifier: [FHIRIdentifier(system: FHIRSystems.identifierSystem(.pathway), value: pathway.id.rawValue)],
            status: "active")
        (plan.title, plan._title) = FHIRText.write(pathway.name)
        (plan.description, plan._description) = FHIRText.write(pathway.summary)
        plan.extension = pathway.audiences.map { .coding(Self.url(.audience), $0.fhirCoding) }.nonEmpty
        if !pathway.conditions.isEmpty {
            plan.useContext = pathway.conditions.map { condition in
                FHIRPlanDefinition.UsageContext(
                    code: FHIRCoding(system: FHIRSystems.usageContextType, code: "focus", display: "Clinical Focus"),
                    valueCodeableConcept: FHIRCodeableConcept(coding: [Self.coding(condition)]))
            }
        }
        if !pathway.steps.isEmpty {
            plan.action = pathway.steps.enumerated().map { index, step in
                var extensions: [FHIRExtension] = []
                if let offer = step.offer {
                    extensions.append(.reference(Self.url(.offer), ids.reference(.offer, offer.rawValue)))
                }
                if let level = step.level { extensions.append(.coding(Self.url(.level), level.fhirCoding)) }
                extensions.append(.coding(Self.url(.careStage), step.stage.fhirCoding))
                if let handOver = step.handOver.flatMap({ FHIRExtension.text(Self.url(.handOver), $0) }) { extensions.append(handOver) }
                if let unit = step.handOverUnit { extensions.append(.reference(Self.url(.handOverUnit), ids.reference(.provider, unit.rawValue))) }
                return FHIRPlanDefinition.Action(
                    id: "step-\(index + 1)", extension: extensions,
                    code: step.offerKind.map { [FHIRCodeableConcept(coding: [$0.fhirCoding])] },
                    relatedAction: index == 0 ? nil : [FHIRPlanDefinition.RelatedAction(actionId: "step-\(index)", relationship: "after-end")])
            }
        }
        return plan
    }

    /// A national programme as a plan definition: its profile (kind, format, audiences, stages,
    /// required roles and experience) as extensions, its guide as documentation.
    func planDefinition(_ programme: Programme, _ uuid: String) -> FHIRPlanDefinition {
        var plan = FHIRPlanDefinition(
            id: uuid, identifier: [FHIRIdentifier(system: FHIRSystems.identifierSystem(.programme), value: programme.id.rawValue)],
            status: "active")
        (plan.title, plan._title) = FHIRText.write(programme.name)
        (plan.description, plan._description) = FHIRText.write(programme.summary)
        plan.relatedArtifact = programme.guide.map { [FHIRPlanDefinition.RelatedArtifact(type: "documentation", url: $0)] }
        var extensions: [FHIRExtension] = []
        if let owner = programme.owner { extensions.append(.reference(Self.url(.owner), ids.reference(.provider, owner.rawValue))) }
        if let kind = programme.kind { extensions.append(.coding(Self.url(.offerKind), kind.fhirCoding)) }
        if let format = programme.format { extensions.append(.coding(Self.url(.offerFormat), format.fhirCoding)) }
        extensions += programme.audiences.map { .coding(Self.url(.audience), $0.fhirCoding) }
        extensions += programme.stages.map { .coding(Self.url(.careStage), $0.fhirCoding) }
        extensions += programme.requiredRoles.map { .coding(Self.url(.requiredRole), $0.fhirCoding) }
        extensions += programme.requiredExperience.map { .coding(Self.url(.requiredExperience), $0.fhirCoding) }
        plan.extension = extensions.nonEmpty
        return plan
    }

    /// An evaluation as a `Basic` about the offer's service.
    func basic(_ evaluation: Evaluation, _ uuid: String) -> FHIRBasic {
        var extensions: [FHIRExtension] = [.date(Self.url(.evaluationDate), evaluation.date)]
        extensions += evaluation.roles.map { .coding(Self.url(.evaluationRole), $0.fhirCoding) }
        if let count = evaluation.participantCount { extensions.append(.integer(Self.url(.participantCount), count)) }
        for measurement in evaluation.measurements {
            let parts: [FHIRExtension?] = [
                .coding("outcome", measurement.outcome.fhirCoding), measurement.method.map { .coding("method", $0.fhirCoding) },
                measurement.instrument.map { .string("instrument", $0) },
            ]
            extensions.append(FHIRExtension(url: Self.url(.measurement), extension: parts.compactMap { $0 }))
        }
        if let summary = evaluation.summary.flatMap({ FHIRExtension.text(Self.url(.evaluationSummary), $0) }) { extensions.append(summary) }
        return FHIRBasic(
            id: uuid, extension: extensions,
            identifier: [FHIRIdentifier(system: FHIRSystems.identifierSystem(.evaluation), value: evaluation.id.rawValue)],
            code: FHIRCodeableConcept(coding: [RecordKind.evaluation.fhirCoding]), subject: ids.reference(.offer, evaluation.offer.rawValue))
    }
}
