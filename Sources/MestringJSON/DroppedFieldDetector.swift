import Foundation
import Mestring
import MestringAdapterKit

/// Finds input fields that decoding silently ignored, by comparing the input with what the decoded
/// catalogue writes back.
///
/// `JSONDecoder` ignores keys it does not know, so a misspelt `"audience"` (for `"audiences"`)
/// would vanish without a word. The detector collects the *shapes* of the input's member paths
/// (`offers[].schedule.startDate`, indices left out) and where each shape first occurs. A shape the
/// decoder understood is written again when the record it first occurs in is encoded, so only those
/// few records are encoded, not the whole catalogue. The first input member whose shape is not
/// written back is reported. Members whose value is `null` or `""` carry no data and are ignored.
enum DroppedFieldDetector {
    typealias Path = [JSONSourceMap.PathComponent]

    /// The path of the first member of `input` that decoding into `catalog` dropped, or `nil`.
    static func firstDroppedField(input: [UInt8], catalog: Catalog) -> Path? {
        var firstOccurrences: [(shape: String, path: Path)] = []
        var seen = Set<String>()
        var scanner = JSONScanner(bytes: input)
        var path: Path = []
        scanner.skipWhitespace()
        _ = try? scanner.visitMembers(path: &path) { member in
            let memberShape = shape(of: member)
            if seen.insert(memberShape).inserted { firstOccurrences.append((memberShape, member)) }
            return true
        }
        var written: Set<String> = [
            ".format", ".version", ".info", ".providers", ".offers", ".people", ".pathways", ".programmes", ".evaluations", ".sources",
        ]
        var encodedRecords = Set<String>()
        // `sources` is keyed by source names; its reader refuses what it does not know, so nothing in it is dropped.
        for occurrence in firstOccurrences where !written.contains(occurrence.shape) && !occurrence.shape.hasPrefix(".sources.") {
            guard let (prefix, data) = encodedRecord(containing: occurrence.path, in: catalog) else { return occurrence.path }
            if encodedRecords.insert(JSONSourceMap.fieldPath(prefix)).inserted {
                collectShapes(of: Array(data), prefix: prefix, into: &written)
            }
            if !written.contains(occurrence.shape) { return occurrence.path }
        }
        return nil
    }

    /// The record (or the catalogue's `info`) a path lies in, encoded, with the path prefix it sits at.
    private static func encodedRecord(containing path: Path, in catalog: Catalog) -> (Path, Data)? {
        let encoder = JSONEncoder()
        guard case .key(let collection)? = path.first else { return nil }
        if collection == "info" { return (Array(path.prefix(1)), (try? encoder.encode(catalog.info)) ?? Data()) }
        guard path.count >= 2, case .index(let index) = path[1] else { return nil }
        func encode<Record: CatalogRecord>(_ records: RecordCollection<Record>) -> Data? {
            records.indices.contains(index) ? try? encoder.encode(records[index]) : nil
        }
        let data: Data? =
            switch collection {
            case RecordKind.provider.collectionName: encode(catalog.providers)
            case RecordKind.offer.collectionName: encode(catalog.offers)
            case RecordKind.person.collectionName: encode(catalog.people)
            case RecordKind.pathway.collectionName: encode(catalog.pathways)
            case RecordKind.programme.collectionName: encode(catalog.programmes)
            case RecordKind.evaluation.collectionName: encode(catalog.evaluations)
            default: nil
            }
        return data.map { (Array(path.prefix(2)), $0) }
    }

    private static func collectShapes(of bytes: [UInt8], prefix: Path, into written: inout Set<String>) {
        var scanner = JSONScanner(bytes: bytes)
        var path = prefix
        scanner.skipWhitespace()
        _ = try? scanner.visitMembers(path: &path) { member in
            written.insert(shape(of: member))
            return true
        }
    }

    /// The path without array indices: `.offers[].audiences`.
    private static func shape(of path: Path) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += "." + key
            case .index: text += "[]"
            }
        }
        return text
    }
}
