import Mestring
import MestringAdapterKit

/// Reads a catalogue document with one hand-written reader per type over the kit's
/// ``MestringAdapterKit/JSONNode``, instead of through `Decodable`.
///
/// `Decodable` was about half of the time of `mestring validate` on a national file: a container,
/// a key look-up by name and an optional wrapped and unwrapped for every member of 100,000 offers.
/// These readers walk each object's members once and switch on their names.
///
/// They read exactly what the `Codable` conformances read, with the same defaults: an absent or
/// `null` optional member is *not stated*, a non-optional one is required, a member nobody reads
/// is listed as unknown. They do not word errors: on anything they do not accept (a wrong type,
/// an unknown spelling, a missing or repeated member) they throw, and ``JSONCatalogCoder`` reads
/// the document again through `Decodable`, whose error names the file, line:column and path as
/// before. A test holds both ways to the same catalogue or the same error.
struct CatalogDocumentReader {
    /// Reads the whole document; with `run`, of the offers only those of the run, into its
    /// place (``read(_:parts:)``), leaving the document's offers empty.
    static func document(_ node: JSONNode, offers run: OfferRun? = nil) throws -> CatalogDocument {
        var document = CatalogDocument(Catalog())
        var seen = MemberSet()
        let lists = SharedLists()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "format": try seen.insert(0); document.format = try value.string()
            case "version": try seen.insert(1); document.version = try value.integer()
            case "info": try seen.insert(2); document.info = try info(value)
            case "providers": try seen.insert(3); document.providers = try records(value, provider)
            case "offers":
                try seen.insert(4)
                if let run { try offers(value, run) } else { document.offers = try records(value) { try offer($0, sharing: lists) } }
            case "people": try seen.insert(5); document.people = try records(value, person)
            case "pathways": try seen.insert(6); document.pathways = try records(value, pathway)
            case "programmes":
                try seen.insert(7)
                document.programmes = value.isNull ? [] : try records(value, programme)
            case "evaluations":
                try seen.insert(8)
                document.evaluations = value.isNull ? [] : try records(value, evaluation)
            case "sources": try seen.insert(9); document.sources = value.isNull ? nil : try value.decode(RecordSources.self)
            default: return false
            }
            return true
        }
        try seen.require(first: 7)
        return document
    }

    static func info(_ node: JSONNode) throws -> CatalogInfo {
        var info = CatalogInfo()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "title": try seen.insert(0); info.title = try optional(value, string)
            case "publisher": try seen.insert(1); info.publisher = try optional(value, string)
            case "updated": try seen.insert(2); info.updated = try optional(value, date)
            case "notice": try seen.insert(3); info.notice = try optional(value, string)
            default: return false
            }
            return true
        }
        return info
    }

    // MARK: Values

    /// The elements of an array, each read by `read`. (Generic here, in the reading module, so
    /// that it is specialized for each element type.)
    static func list<Value>(_ node: JSONNode, _ read: (JSONNode) throws -> Value) throws -> [Value] {
        var values: [Value] = []
        try node.elements { values.append(try read($0)) }
        return values
    }

    /// The records of a top-level array, in an array of exactly their number: grown by appending,
    /// the array of 20,000 offers held up to twice their size, and the old and the new buffer at
    /// once while it grew, which was the peak memory of a load.
    static func records<Record: CatalogRecord>(_ node: JSONNode, _ read: (JSONNode) throws -> Record) throws -> RecordCollection<Record> {
        var values: [Record] = []
        values.reserveCapacity(try node.elementCount())
        try node.elements { values.append(try read($0)) }
        return RecordCollection(values)
    }

    /// The elements of an array, each read by `read`, as the list equal to it met first in this
    /// load when `lists` is given.
    static func list<Value: Hashable>(_ node: JSONNode, _ read: (JSONNode) throws -> Value, sharing lists: SharedLists?) throws -> [Value] {
        let values = try list(node, read)
        return lists?.shared(values) ?? values
    }

    /// `nil` for `null`, as `decodeIfPresent` reads it (an absent member is never passed).
    static func optional<Value>(_ node: JSONNode, _ read: (JSONNode) throws -> Value) throws -> Value? {
        node.isNull ? nil : try read(node)
    }

    static func string(_ node: JSONNode) throws -> String { try node.string() }

    static func integer(_ node: JSONNode) throws -> Int { try node.integer() }

    static func bool(_ node: JSONNode) throws -> Bool { try node.bool() }

    /// An identifier, a municipality number, a language tag: what `StringValue` decodes.
    static func stringValue<Value: StringValue>(_ node: JSONNode) throws -> Value { Value(rawValue: try node.string()) }

    static func personal(_ node: JSONNode) throws -> Personal<String> { Personal(try node.string()) }

    /// One of a vocabulary's spellings; any other is not read by hand.
    static func enumeration<Value: CatalogEnumeration>(_ node: JSONNode) throws -> Value {
        guard let value = Value(rawValue: try node.string()) else { throw MemberSet.NotReadByHand() }
        return value
    }

    static func date(_ node: JSONNode) throws -> LocalDate {
        guard let date = LocalDate(iso8601: try node.string()) else { throw MemberSet.NotReadByHand() }
        return date
    }

    static func time(_ node: JSONNode) throws -> TimeOfDay {
        guard let time = TimeOfDay(text: try node.string()) else { throw MemberSet.NotReadByHand() }
        return time
    }

    /// A text by language code; every member must be a language and a string, as for `Decodable`.
    static func text(_ node: JSONNode) throws -> LocalizedText {
        var translations: [TextLanguage: String] = [:]
        try node.members(passingNull: true) { key, value in
            guard let language = TextLanguage(rawValue: key.name) else { throw MemberSet.NotReadByHand() }
            guard translations.updateValue(try value.string(), forKey: language) == nil else { throw MemberSet.NotReadByHand() }
            return true
        }
        return LocalizedText(translations)
    }

    static func diagnosis(_ node: JSONNode) throws -> DiagnosisCode {
        var diagnosis = DiagnosisCode(system: .icd10, code: "")
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "system": try seen.insert(0); diagnosis.system = try enumeration(value)
            case "code": try seen.insert(1); diagnosis.code = try value.string()
            case "label": try seen.insert(2); diagnosis.label = try optional(value, string)
            default: return false
            }
            return true
        }
        try seen.require(first: 2)
        return diagnosis
    }
}
