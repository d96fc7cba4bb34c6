import MestringAdapterKit

/// R4 `PlanDefinition`: a coherent pathway, whose actions are its steps in order, or a national
/// programme that offers adopt.
struct FHIRPlanDefinition: Sendable {
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
    struct RelatedArtifact: Sendable {
        var type: String?
        var url: String?
    }

    /// R4 `UsageContext`: Mestring writes the pathway's conditions as clinical focus.
    struct UsageContext: Sendable {
        var code: FHIRCoding?
        var valueCodeableConcept: FHIRCodeableConcept?
    }

    /// One step: the offer's service, or an offer kind and level; the stage and hand-over as
    /// extensions; `relatedAction` names the step before.
    struct Action: Sendable {
        var id: String?
        var `extension`: [FHIRExtension]?
        var code: [FHIRCodeableConcept]?
        var relatedAction: [RelatedAction]?
    }

    /// The order of steps: this action starts after the end of the one named.
    struct RelatedAction: Sendable {
        var actionId: String?
        var relationship: String?
    }
}

extension FHIRPlanDefinition {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "identifier": identifier = try value.array(FHIRIdentifier.init)
            case "status": status = try value.string()
            case "title": title = try value.string()
            case "_title": _title = try FHIRElement(value)
            case "description": description = try value.string()
            case "_description": _description = try FHIRElement(value)
            case "useContext": useContext = try value.array(UsageContext.init)
            case "relatedArtifact": relatedArtifact = try value.array(RelatedArtifact.init)
            case "action": action = try value.array(Action.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIRPlanDefinition.RelatedArtifact {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "type": type = try value.string()
            case "url": url = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRPlanDefinition.UsageContext {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "code": code = try FHIRCoding(value)
            case "valueCodeableConcept": valueCodeableConcept = try FHIRCodeableConcept(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRPlanDefinition.Action {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "id": id = try value.string()
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "code": code = try value.array(FHIRCodeableConcept.init)
            case "relatedAction": relatedAction = try value.array(FHIRPlanDefinition.RelatedAction.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIRPlanDefinition.RelatedAction {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "actionId": actionId = try value.string()
            case "relationship": relationship = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRPlanDefinition: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("extension", `extension`)
        json.member("identifier", identifier)
        json.member("status", status)
        json.member("title", title)
        json.member("_title", _title)
        json.member("description", description)
        json.member("_description", _description)
        json.member("useContext", useContext)
        json.member("relatedArtifact", relatedArtifact)
        json.member("action", action)
    }
}

extension FHIRPlanDefinition.RelatedArtifact: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("type", type)
        json.member("url", url)
    }
}

extension FHIRPlanDefinition.UsageContext: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("code", code)
        json.member("valueCodeableConcept", valueCodeableConcept)
    }
}

extension FHIRPlanDefinition.Action: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("extension", `extension`)
        json.member("code", code)
        json.member("relatedAction", relatedAction)
    }
}

extension FHIRPlanDefinition.RelatedAction: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("actionId", actionId)
        json.member("relationship", relationship)
    }
}
