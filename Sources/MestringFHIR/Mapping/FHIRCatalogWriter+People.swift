import Mestring

extension FHIRCatalogWriter {
    private static func url(_ mestringExtension: MestringExtension) -> String { mestringExtension.url }

    /// A person as a practitioner role. The name is the display of `practitioner`; the catalogue
    /// given is already the public export unless personal data was asked for.
    func practitionerRole(_ person: Person, _ uuid: String) -> FHIRPractitionerRole {
        var extensions: [FHIRExtension] = []
        if person.listingConsent { extensions.append(.boolean(Self.url(.listingConsent), true)) }
        if let profession = person.profession { extensions.append(.string(Self.url(.profession), profession)) }
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
                return FHIRPlanDefinition.Action(
                    id: "step-\(index + 1)", extension: extensions,
                    code: step.offerKind.map { [FHIRCodeableConcept(coding: [$0.fhirCoding])] },
                    relatedAction: index == 0 ? nil : [FHIRPlanDefinition.RelatedAction(actionId: "step-\(index)", relationship: "after-end")])
            }
        }
        return plan
    }
}
