import MestringAdapterKit

/// The UUIDs an HSDS document needs, derived from Mestring identifiers by name (RFC 9562 version 5).
///
/// HSDS identifies every object by UUID; Mestring identifiers are the publisher's own strings.
/// Deriving the UUID from the identifier, instead of drawing a random one, makes the same
/// catalogue always give the same document, so exports diff cleanly and links from other systems
/// to an exported service keep working. The Mestring identifier itself travels with the object
/// (attribute `mestring-field: id`), so it comes back on import. The namespace is the version 5
/// UUID of `mestring.hsds` in the URL namespace.
public enum HSDSIdentifier {
    private static let generator = NameBasedUUID(namespaceName: "mestring.hsds")

    /// The UUID, in lower-case 8-4-4-4-12 form, for the parts, e.g. `uuid("offer", "oslo-kols-skole")`.
    public static func uuid(_ parts: String...) -> String { generator.uuid(parts: parts) }

    /// The UUID of a part of an object (a phone, a schedule, an attribute), derived from the
    /// object's UUID, the part's role and its index (RFC 9562 version 8, see
    /// `NameBasedUUID.child(of:_:_:)`): stable like the object's own, and cheap enough for every
    /// part of every service of a national catalogue.
    static func child(of parent: String, _ role: String, _ index: Int = 0) -> String {
        NameBasedUUID.child(of: parent, role, index)
    }

    /// `true` for a UUID in 8-4-4-4-12 hexadecimal form, as HSDS requires for `id` fields.
    public static func isUUID(_ text: String) -> Bool { NameBasedUUID.isUUID(text) }
}
