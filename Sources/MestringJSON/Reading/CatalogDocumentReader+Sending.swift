import Mestring
import MestringAdapterKit

extension CatalogDocumentReader {
    /// Whether the document can be handed on record by record: an object whose header members are
    /// there, each member at most once. On anything else nothing is handed on before the
    /// document is read whole, so that what the sink gets, or the error, is a plain read's.
    static func sendableHeader(_ node: JSONNode) throws -> CatalogDocument.Header {
        var header = CatalogDocument.Header()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "format": try seen.insert(0); header.format = try value.string()
            case "version": try seen.insert(1); header.version = try value.integer()
            case "info": try seen.insert(2)
            case "providers": try seen.insert(3)
            case "offers": try seen.insert(4)
            case "people": try seen.insert(5)
            case "pathways": try seen.insert(6)
            case "programmes": try seen.insert(7)
            case "evaluations": try seen.insert(8)
            case "sources": try seen.insert(9)
            default: break
            }
            return true
        }
        try seen.require(first: 7)
        return header
    }

    /// Reads the document's members in order and hands each part to `sink` as soon as it is read:
    /// each record of the arrays, one by one, never the whole list. A record the hand-written reader
    /// does not accept is read by `Decodable`, as a plain read would read it; when that fails too,
    /// the error is thrown and the caller words it as a plain read does. What the sink throws comes
    /// wrapped in ``SinkFailure``, so that it is never mistaken for a reading error.
    static func send(_ node: JSONNode, to sink: inout some CatalogRecordSink) throws {
        try node.members(passingNull: true) { key, value in
            switch key {
            case "format", "version": break
            case "info": let info = try readingAsDecodable(value, info); try handing { try sink.take(info) }
            case "providers": try each(value, provider) { record in try handing { try sink.take(record) } }
            case "offers": try each(value, offer) { record in try handing { try sink.take(record) } }
            case "people": try each(value, person) { record in try handing { try sink.take(record) } }
            case "pathways": try each(value, pathway) { record in try handing { try sink.take(record) } }
            case "programmes":
                if !value.isNull { try each(value, programme) { record in try handing { try sink.take(record) } } }
            case "evaluations":
                if !value.isNull { try each(value, evaluation) { record in try handing { try sink.take(record) } } }
            case "sources":
                if !value.isNull {
                    let sources = try value.decode(RecordSources.self)
                    try handing { try sink.take(sources) }
                }
            default: return false
            }
            return true
        }
    }

    /// Reads each element of an array and passes it to `take`: by hand, or by `Decodable` when the
    /// hand-written reader gives up. (Generic here, in the reading module, so that it is
    /// specialised for each record type.)
    private static func each<Record: Decodable>(
        _ node: JSONNode, _ read: (JSONNode) throws -> Record, _ take: (Record) throws -> Void
    ) throws {
        try node.elements { element in try take(try readingAsDecodable(element, read)) }
    }

    /// The value read by hand, or by `Decodable` when the hand-written reader gives up (a member
    /// given twice, of which `Decodable` takes the first), as a plain read of the document would.
    private static func readingAsDecodable<Value: Decodable>(_ node: JSONNode, _ read: (JSONNode) throws -> Value) throws -> Value {
        do {
            return try read(node)
        } catch {
            return try node.decode(Value.self)
        }
    }

    /// Runs what hands a part to the sink, marking its error as the sink's.
    private static func handing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw SinkFailure(error: error)
        }
    }

    /// An error the sink threw: passed to the caller as it is, never replaced by a reading error.
    struct SinkFailure: Error {
        var error: any Error
    }
}
