import Mestring
import MestringAdapterKit

/// The `urn:uuid:` full URLs of a catalogue's resources, derived from the Mestring identifiers.
///
/// FHIR resource ids allow only 64 letters, digits, `-` and `.`, while Mestring identifiers are
/// the publisher's own strings; a name-based UUID fits every identifier and is the same on every
/// export. The Mestring identifier itself travels in `identifier` and comes back on import. A
/// repeated identifier's later records get their own UUIDs (their position is part of the name);
/// references go to the first, as look-up by identifier does.
struct FHIRResourceIDs {
    private static let generator = NameBasedUUID(namespaceName: "mestring.fhir")
    private var first: [RecordKind: [String: String]] = [:]

    /// The UUID of a record; `occurrence` counts earlier records with the same identifier.
    mutating func assign(_ kind: RecordKind, _ id: String, occurrence: Int) -> String {
        if occurrence > 0 { return Self.generator.uuid(kind.rawValue, id, String(occurrence)) }
        let uuid = Self.generator.uuid(kind.rawValue, id)
        first[kind, default: [:]][id] = uuid
        return uuid
    }

    /// The UUID of a resource that is not a record (a municipality's Location, an offer's CareTeam).
    static func uuid(_ parts: String...) -> String { generator.uuid(parts: parts) }

    /// A reference to the first record with the identifier: by full URL when it is in the
    /// catalogue, otherwise logically by its Mestring identifier, so that nothing is lost.
    func reference(_ kind: RecordKind, _ id: String) -> FHIRReference {
        if let uuid = first[kind]?[id] { return FHIRReference(reference: "urn:uuid:" + uuid) }
        return FHIRReference(identifier: FHIRIdentifier(system: FHIRSystems.identifierSystem(kind), value: id))
    }
}
