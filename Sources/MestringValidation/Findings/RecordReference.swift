import Mestring

/// A typed pointer from a finding to a record: its kind, its identifier and its position in the
/// catalogue.
///
/// The identifier is kept as written, so that a finding can point at a record whose identifier is
/// empty or repeated (rule `integrity.unique-id`); the position tells repeated records apart.
/// Compare with a typed identifier through ``refers(to:)``, so that an offer's id is never
/// matched against a person's.
///
/// ```swift
/// #expect(finding.record == RecordReference(Offer.ID("bergen-diabetes-2"), position: 3))
/// #expect(finding.subject.related.contains { $0.refers(to: Person.ID("nurse")) })
/// ```
public struct RecordReference: Hashable, Sendable, Codable {
    /// The kind of record.
    public var kind: RecordKind
    /// The record's identifier, exactly as written in the catalogue.
    public var id: String
    /// The record's position in its collection, the index in field paths (`offers[3]`); `nil` for
    /// a record that is not in the catalogue, such as the target of a reference that does not resolve.
    public var position: Int?

    /// A reference to the record with this typed identifier, at `position` when it is in the catalogue.
    public init<Record: CatalogRecord>(_ id: Identifier<Record>, position: Int? = nil) {
        kind = Record.recordKind
        self.id = id.rawValue
        self.position = position
    }

    /// A reference from its parts, e.g. when reading a JSON report.
    public init(kind: RecordKind, id: String, position: Int?) {
        self.kind = kind
        self.id = id
        self.position = position
    }

    /// `true` when this is a reference to the record of type `Record` with identifier `id`.
    public func refers<Record: CatalogRecord>(to id: Identifier<Record>) -> Bool {
        kind == Record.recordKind && self.id == id.rawValue
    }

    /// The field path of the record in the catalogue: `offers[3]`, or `offers` without a position.
    public var path: String { path(to: "") }

    /// The field path of `field` in the record (`offers[3].schedule.endDate`), or of the record
    /// itself for an empty field. Rules make one for every finding, so its bytes are written once
    /// into a string of the right size: appending the parts one by one cost more than the check
    /// that found the problem.
    func path(to field: String) -> String {
        let collection = kind.collectionName
        guard let position, position >= 0 else {
            let index = position.map { "[\($0)]" } ?? ""
            return field.isEmpty ? collection + index : collection + index + "." + field
        }
        var digits = 1
        var rest = position / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = collection.utf8.count + digits + 2 + (field.isEmpty ? 0 : field.utf8.count + 1)
        return String(unsafeUninitializedCapacity: length) { bytes in
            var end = bytes.initialize(from: collection.utf8).1
            bytes[end] = UInt8(ascii: "[")
            var remaining = position
            for place in (end + 1...end + digits).reversed() {
                bytes[place] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            end += digits + 1
            bytes[end] = UInt8(ascii: "]")
            end += 1
            guard !field.isEmpty else { return end }
            bytes[end] = UInt8(ascii: ".")
            end += 1
            return end + UnsafeMutableBufferPointer(rebasing: bytes[end...]).initialize(from: field.utf8).1
        }
    }
}
