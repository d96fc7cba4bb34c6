import MestringAdapterKit

/// One resource of a bundle or NDJSON line, by its `resourceType`.
///
/// The types Mestring reads and writes are modelled; any other type is kept as ``other`` with its
/// name, so that an import can skip it and count it instead of failing.
enum FHIRResource: Encodable, Sendable {
    case organization(FHIROrganization)
    case healthcareService(FHIRHealthcareService)
    case location(FHIRLocation)
    case practitionerRole(FHIRPractitionerRole)
    case careTeam(FHIRCareTeam)
    case planDefinition(FHIRPlanDefinition)
    case basic(FHIRBasic)
    case structureDefinition(FHIRStructureDefinition)
    case other(String)

    private enum TypeKey: String, CodingKey { case resourceType }

    /// Reads a resource by its `resourceType`. A `StructureDefinition` is kept as ``other``: an
    /// import skips it like any other type Mestring has no records for.
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

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(resourceType, forKey: .resourceType)
        switch self {
        case .organization(let resource): try resource.encode(to: encoder)
        case .healthcareService(let resource): try resource.encode(to: encoder)
        case .location(let resource): try resource.encode(to: encoder)
        case .practitionerRole(let resource): try resource.encode(to: encoder)
        case .careTeam(let resource): try resource.encode(to: encoder)
        case .planDefinition(let resource): try resource.encode(to: encoder)
        case .basic(let resource): try resource.encode(to: encoder)
        case .structureDefinition(let resource): try resource.encode(to: encoder)
        case .other: break
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
        case .structureDefinition: "StructureDefinition"
        case .other(let type): type
        }
    }
}
