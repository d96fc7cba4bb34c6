/// R4 `PlanDefinition`: a coherent pathway, whose actions are its steps in order, or a national
/// programme that offers adopt.
struct FHIRPlanDefinition: Codable, Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var status: String?
    var title: String?
    var _title: FHIRElement?
    var description: String?
    var _description: FHIRElement?
    var useContext: [UsageContext]?
    var relatedArtifact: [RelatedArtifact]?
    var action: [Action]?

    /// R4 `RelatedArtifact`: a programme's guide, as documentation.
    struct RelatedArtifact: Codable, Sendable {
        var type: String?
        var url: String?
    }

    /// R4 `UsageContext`: Mestring writes the pathway's conditions as clinical focus.
    struct UsageContext: Codable, Sendable {
        var code: FHIRCoding?
        var valueCodeableConcept: FHIRCodeableConcept?
    }

    /// One step: the offer's service, or an offer kind and level; the stage and hand-over as
    /// extensions; `relatedAction` names the step before.
    struct Action: Codable, Sendable {
        var id: String?
        var `extension`: [FHIRExtension]?
        var code: [FHIRCodeableConcept]?
        var relatedAction: [RelatedAction]?
    }

    /// The order of steps: this action starts after the end of the one named.
    struct RelatedAction: Codable, Sendable {
        var actionId: String?
        var relationship: String?
    }
}
