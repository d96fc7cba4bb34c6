import Mestring
import MestringAdapterKit

/// One resource of a bundle or NDJSON line, by its `resourceType`.
///
/// The types Mestring reads and writes are modelled; any other type (and the `StructureDefinition`s
/// of Mestring's extensions, which ``FHIRProfiles`` writes on their own) is kept as ``other`` with
/// its name, so that an import can skip it and count it instead of failing.
enum FHIRResource: Sendable {
    case organization(FHIROrganization)
    case healthcareService(FHIRHealthcareService)
    case location(FHIRLocation)
    case practitionerRole(FHIRPractitionerRole)
    case careTeam(FHIRCareTeam)
    case planDefinition(FHIRPlanDefinition)
    case basic(FHIRBasic)
    case other(String)

    /// Reads a resource by its `resourceType`.
    init(_ node: JSONNode) throws {
        guard let typeNode = try node.member("resourceType") else { throw node.keyNotFound("resourceType") }
        let type = try typeNode.string()
        switch type {
        case "Organization": self = .organization(try FHIROrganization(node))
        case "HealthcareService": self = .healthcareService(try FHIRHealthcareService(node))
        case "Location": self = .location(try FHIRLocation(node))
        case "PractitionerRole": self = .practitionerRole(try FHIRPractitionerRole(node))
        case "CareTeam": self = .careTeam(try FHIRCareTeam(node))
        case "PlanDefinition": self = .planDefinition(try FHIRPlanDefinition(node))
        case "Basic": self = .basic(try FHIRBasic(node))
        default: self = .other(type)
        }
    }

    /// What other resources may refer to this one by: the Mestring record kind it is read as (if
    /// any), its identifiers and its id, and its type. Read without copying the resource, as the
    /// reference index asks for it of every resource.
    var referenceFacts: (kind: RecordKind?, identifiers: [FHIRIdentifier]?, id: String?, type: String) {
        switch self {
        case .organization(let value): (.provider, value.identifier, value.id, "Organization")
        case .healthcareService(let value): (.offer, value.identifier, value.id, "HealthcareService")
        case .practitionerRole(let value): (.person, value.identifier, value.id, "PractitionerRole")
        case .planDefinition(let value):
            (FHIRCatalogReader.ownID(value.identifier, .programme) != nil ? .programme : .pathway, value.identifier, value.id, "PlanDefinition")
        case .location(let value): (nil, nil, value.id, "Location")
        case .careTeam, .basic, .other: (nil, nil, nil, resourceType)
        }
    }

    /// The resource type as FHIR names it (`HealthcareService`).
    var resourceType: String {
        switch self {
        case .organization: "Organization"
        case .healthcareService: "HealthcareService"
        case .location: "Location"
        case .practitionerRole: "PractitionerRole"
        case .careTeam: "CareTeam"
        case .planDefinition: "PlanDefinition"
        case .basic: "Basic"
        case .other(let type): type
        }
    }
}

extension FHIRResource: FHIRWritable {
    /// `resourceType` first, then the resource's own elements in the same object.
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("resourceType", resourceType)
        switch self {
        case .organization(let resource): resource.writeMembers(to: &json)
        case .healthcareService(let resource): resource.writeMembers(to: &json)
        case .location(let resource): resource.writeMembers(to: &json)
        case .practitionerRole(let resource): resource.writeMembers(to: &json)
        case .careTeam(let resource): resource.writeMembers(to: &json)
        case .planDefinition(let resource): resource.writeMembers(to: &json)
        case .basic(let resource): resource.writeMembers(to: &json)
        case .other: break
        }
    }
}
