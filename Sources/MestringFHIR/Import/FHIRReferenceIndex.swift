import Mestring

/// Which Mestring record each resource of the input is, by every way a reference may name it:
/// the entry's full URL (`urn:uuid:…`) and `Type/id`.
struct FHIRReferenceIndex {
    private var records: [String: (kind: RecordKind, id: String)] = [:]
    private var municipalities: [String: MunicipalityNumber] = [:]

    mutating func reserveCapacity(_ count: Int) { records.reserveCapacity(count) }

    /// Indexes a record by its full URL and its `Type/id`; the first record a key names keeps it.
    /// (The two keys are taken one by one, not as an array: an array made for every resource cost
    /// an allocation each, in the part of an import that runs on one processor.)
    mutating func add(_ kind: RecordKind, id: String, keys fullURL: String?, _ relative: String?) {
        if let fullURL, records[fullURL] == nil { records[fullURL] = (kind, id) }
        if let relative, records[relative] == nil { records[relative] = (kind, id) }
    }

    mutating func add(_ municipality: MunicipalityNumber, keys fullURL: String?, _ relative: String?) {
        if let fullURL { municipalities[fullURL] = municipality }
        if let relative { municipalities[relative] = municipality }
    }

    /// The Mestring identifier behind a reference: the record's when the target is in the input
    /// and of the expected kind, otherwise the reference's last path component (a reference to
    /// something not in the input is kept, as validation reports such references).
    func recordID(of reference: String, _ kind: RecordKind) -> String {
        if let record = records[reference] ?? records[Self.relative(reference)], record.kind == kind { return record.id }
        if reference.hasPrefix("urn:uuid:") { return String(reference.dropFirst("urn:uuid:".count)) }
        return String(reference.split(separator: "/").last ?? Substring(reference))
    }

    /// The municipality of a Location, when the input has it coded.
    func municipality(of reference: String) -> MunicipalityNumber? {
        municipalities[reference] ?? municipalities[Self.relative(reference)]
    }

    /// `Organization/f001` from `https://example.org/fhir/Organization/f001`.
    private static func relative(_ reference: String) -> String {
        let parts = reference.split(separator: "/")
        guard parts.count >= 2 else { return reference }
        return parts.suffix(2).joined(separator: "/")
    }
}
