import Foundation
import Mestring
import MestringAdapterKit

/// The right values a coordinator wrote into a ``Worklist``, read back from the file Excel saved.
///
/// Rows with an empty `riktig_verdi` are skipped: a worklist can be filled in over several rounds.
/// A value that cannot be used (an unknown word, a field the worklist cannot set, two different
/// values for one field) is an error naming the spreadsheet row (the header is row 1) and the
/// column, and nothing is corrected: a half-applied worklist would be hard to find again.
///
/// ```swift
/// let corrections = try WorklistCorrections(reading: [UInt8](try Data(contentsOf: fiks)), file: fiks.path)
/// let corrected = try corrections.correctedRecords(of: catalog)
/// let result = try CatalogMerge(source: nil).merge(corrected, into: catalog)
/// ```
public struct WorklistCorrections: Hashable, Sendable {
    /// One right value for one field of one record.
    public struct Correction: Hashable, Sendable {
        /// The record to correct.
        public var record: RecordReference
        /// The field within the record (`format`).
        public var field: String
        /// The value as the coordinator wrote it.
        public var value: String
        /// The spreadsheet row it came from (the header is row 1).
        public var row: Int
    }

    /// The corrections, in file order.
    public var corrections: [Correction]
    /// The file, for messages.
    public var file: String?

    /// `true` when `bytes` start with a worklist's header (in UTF-8 or Windows-1252, with any
    /// separator): how `mestring import` tells a worklist from an offers sheet.
    public static func isWorklist(_ bytes: [UInt8]) -> Bool {
        var header = CSVFields()
        guard let parser = try? CSVParser(bytes: bytes), (try? parser.readRecord(into: &header)) == true else { return false }
        let names = Set((0..<header.count).map { header[$0].trimmingSpaces().lowercased() })
        return names.isSuperset(of: ["felt", "riktig_verdi", "post"])
    }

    /// Reads the corrections of a worklist saved by Excel.
    /// - Throws: ``Mestring/StoreError`` for a file that is not a worklist or a row that cannot be used.
    public init(reading bytes: [UInt8], file: String?) throws {
        self.file = file
        // The SDK's one CSV parser detects the separator and the encoding (UTF-8, or Excel's Windows-1252).
        let parser = try CSVParser(bytes: bytes, name: file ?? "worklist")
        var fields = CSVFields()
        var lines: [(line: Int, fields: [String])] = []
        while try parser.readRecord(into: &fields) {
            if !fields.isBlankLine { lines.append((fields.line, (0..<fields.count).map { fields[$0] })) }
        }
        let header = (lines.first?.fields ?? []).map { $0.trimmingSpaces().lowercased() }
        guard let valueColumn = header.firstIndex(of: "riktig_verdi"), let fieldColumn = header.firstIndex(of: "felt"),
            let recordColumn = header.firstIndex(of: "post")
        else {
            throw StoreError(
                .malformedData, "not a worklist: the header lacks riktig_verdi, felt or post (write one with mestring validate --worklist)",
                file: file, line: 1, row: 1)
        }
        var corrections: [Correction] = []
        var seen: [String: Correction] = [:]
        for (index, line) in lines.dropFirst().enumerated() {
            let row = index + 2
            func cell(_ column: Int) -> String { column < line.fields.count ? String(line.fields[column].trimmingSpaces()) : "" }
            let value = cell(valueColumn)
            guard !value.isEmpty else { continue }
            guard let record = WorklistRow.record(fromKey: cell(recordColumn)) else {
                throw StoreError(
                    .malformedData, "this finding is about the catalogue as a whole, or its post cell was changed; the worklist cannot correct it",
                    file: file, line: line.line, row: row, field: "post")
            }
            let correction = Correction(record: record, field: cell(fieldColumn), value: value, row: row)
            let key = "\(record.kind.rawValue):\(record.id):\(correction.field)"
            if let earlier = seen[key] {
                guard earlier.value == value else {
                    throw StoreError(
                        .malformedData, "row \(earlier.row) gives \(correction.field) another value; write the same value in both rows or leave one empty",
                        file: file, line: line.line, row: row, field: "riktig_verdi")
                }
                continue
            }
            seen[key] = correction
            corrections.append(correction)
        }
        self.corrections = corrections
    }

    /// The records the corrections change, with the values set and nothing else: a catalogue to
    /// merge into `catalog` with ``Mestring/CatalogMerge`` (source `nil`, so that where the records
    /// came from stays as it was).
    /// - Throws: ``Mestring/StoreError`` naming the row of the first value that cannot be used.
    public func correctedRecords(of catalog: Catalog) throws -> Catalog {
        var corrected = Catalog()
        for correction in corrections {
            do throws(WorklistField.Problem) {
                switch correction.record.kind {
                case .offer:
                    let id = Offer.ID(rawValue: correction.record.id)
                    guard var offer = corrected.offers[id] ?? catalog.offers[id] else { throw missing(correction) }
                    try WorklistField.correct(&offer, field: correction.field, to: correction.value, in: catalog)
                    corrected.offers.upsert(offer)
                case .provider:
                    let id = Provider.ID(rawValue: correction.record.id)
                    guard var provider = corrected.providers[id] ?? catalog.providers[id] else { throw missing(correction) }
                    try WorklistField.correct(&provider, field: correction.field, to: correction.value)
                    corrected.providers.upsert(provider)
                default:
                    throw WorklistField.Problem(
                        message: "the worklist corrects offers and providers; fix this \(correction.record.kind.rawValue) in the catalogue itself")
                }
            } catch {
                throw StoreError(.malformedData, error.message, file: file, row: correction.row, field: "riktig_verdi")
            }
        }
        return corrected
    }

    private func missing(_ correction: Correction) -> WorklistField.Problem {
        WorklistField.Problem(
            message: "the catalogue has no \(correction.record.kind.rawValue) \(StoreError.excerpt(correction.record.id)); was the worklist made from another catalogue?")
    }
}
