import MestringAdapterKit

/// R4 `Location` in the no-basis-Location profile: a municipality an offer covers, coded with the
/// Norwegian municipality number on its address.
struct FHIRLocation: Sendable {
    var id: String?
    var meta: FHIRMeta?
    var name: String?
    var mode: String?
    var physicalType: FHIRCodeableConcept?
    var address: FHIRAddress?
}

extension FHIRLocation {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "meta": meta = try FHIRMeta(value)
            case "name": name = try value.string()
            case "mode": mode = try value.string()
            case "physicalType": physicalType = try FHIRCodeableConcept(value)
            case "address": address = try FHIRAddress(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRLocation: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("meta", meta)
        json.member("name", name)
        json.member("mode", mode)
        json.member("physicalType", physicalType)
        json.member("address", address)
    }
}
