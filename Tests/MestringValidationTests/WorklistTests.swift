import Foundation
import Mestring
import MestringValidation
import Testing

@Suite("The worklist: findings out to Excel, right values back in, a clean catalogue")
struct WorklistTests {
    /// The example catalogue with values a municipal sheet would not have: what validation asks for.
    static func incomplete(_ complete: Catalog) -> Catalog {
        var catalog = complete
        catalog.offers = RecordCollection(
            complete.offers.enumerated().map { index, offer in
                var gap = offer
                switch index {
                case 0:
                    gap.kind = nil
                    gap.format = nil
                    gap.method = nil
                case 1:
                    gap.focus = nil
                    gap.deliveryMode = nil
                case 2: gap.languages = []
                default: break
                }
                return gap
            })
        var provider = complete.providers[0]
        provider.kind = nil
        catalog.providers.upsert(provider)
        return catalog
    }

    /// What the coordinator writes in `riktig_verdi`: Norwegian words, as people write them.
    static func rightValue(for field: String, of record: RecordReference, in complete: Catalog) -> String? {
        switch record.kind {
        case .offer:
            guard let offer = complete.offers[Offer.ID(rawValue: record.id)] else { return nil }
            return switch field {
            case "kind": offer.kind?.norwegianLabel.uppercased()
            case "format": offer.format == .group ? "gruppe" : offer.format?.norwegianLabel
            case "method": offer.method?.norwegianLabel
            case "focus": offer.focus?.norwegianLabel
            case "deliveryMode": offer.deliveryMode?.norwegianLabel
            case "languages": offer.languages.map(\.rawValue).joined(separator: "; ")
            default: nil
            }
        case .provider: return complete.providers[Provider.ID(rawValue: record.id)]?.kind?.norwegianLabel
        default: return nil
        }
    }

    /// Fills in `riktig_verdi` the way a person does in Excel, and saves as Excel's "CSV
    /// (semikolondelt)": Windows-1252, `;`, CRLF, no byte order mark.
    static func fillInAsExcel(_ worklist: [UInt8], with value: (String, RecordReference) -> String?) throws -> Data {
        var text = String(decoding: worklist.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        text.removeLast()
        var lines = text.components(separatedBy: "\r\n")
        let header = lines[0].components(separatedBy: ";")
        #expect(header == Worklist.columns)
        for index in lines.indices.dropFirst() {
            // Provider, offer, title and field come first; the action may hold a `;`, so the last cells count from the end.
            var cells = lines[index].components(separatedBy: ";")
            let post = cells[cells.count - 1]
            let field = cells[3]
            guard let colon = post.firstIndex(of: ":"),
                let kind = RecordKind.allCases.first(where: { $0.norwegianLabel == post[..<colon] }),
                let right = value(field, RecordReference(kind: kind, id: String(post[post.index(after: colon)...]), position: nil))
            else { continue }
            cells[cells.count - 2] = right.contains(";") ? "\"\(right)\"" : right  // Excel quotes a cell with the separator
            lines[index] = cells.joined(separator: ";")
        }
        return try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252))
    }

    @Test func theFilledInWorklistImportsBackAndTheCatalogueValidatesClean() throws {
        let complete = try ExampleCatalogue.load("catalog.json")
        let incomplete = Self.incomplete(complete)
        let report = Validator(profile: .national).validate(incomplete)
        #expect(report.findings(rule: "completeness.stated").count == 5)
        let worklist = Worklist(report: report, catalog: incomplete)
        #expect(worklist.rows.count == report.findings.count, "one row per finding")

        let bytes = worklist.csv
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix(Worklist.columns.joined(separator: ";") + "\r\n"))

        let saved = try Self.fillInAsExcel(bytes) { Self.rightValue(for: $0, of: $1, in: complete) }
        #expect(String(data: saved, encoding: .utf8) == nil, "saved as Windows-1252, as Excel does")
        #expect(WorklistCorrections.isWorklist([UInt8](saved)))
        let corrections = try WorklistCorrections(reading: [UInt8](saved), file: "fiks.csv")
        #expect(corrections.corrections.count == report.findings.count)

        let result = try CatalogMerge(source: nil).merge(try corrections.correctedRecords(of: incomplete), into: incomplete)
        #expect(result.changes(.changed).map(\.fields).contains(["kind", "format", "method"]))
        #expect(result.catalog == complete)
        #expect(Validator(profile: .national).validate(result.catalog).findings.isEmpty)
    }

    @Test func aWordTheCatalogueDoesNotKnowIsRefusedWithItsSpreadsheetRow() throws {
        let incomplete = Self.incomplete(try ExampleCatalogue.load("catalog.json"))
        let worklist = Worklist(report: Validator().validate(incomplete), catalog: incomplete)
        let saved = try Self.fillInAsExcel(worklist.csv) { field, _ in field == "format" ? "tja" : nil }
        let corrections = try WorklistCorrections(reading: [UInt8](saved), file: "fiks.csv")
        let error = try #require(throws: StoreError.self) { try corrections.correctedRecords(of: incomplete) }
        let row = try #require(worklist.rows.firstIndex { $0.field == "format" }) + 2
        #expect(error.row == row, "the header is row 1, as Excel numbers it")
        #expect(error.field == "riktig_verdi")
        #expect(error.message.contains("\"tja\""))
        #expect(error.message.contains("gruppebasert"))
    }

    @Test func findingsAboutPeopleNameThemByIdentifierOnly() throws {
        let broken = try ExampleCatalogue.load("catalog-broken.json")
        let text = String(decoding: Worklist(report: Validator().validate(broken), catalog: broken).csv, as: UTF8.self)
        for person in broken.people {
            #expect(!text.contains(person.name.value), "no person's name in the worklist")
        }
        #expect(text.contains("person:"))
    }
}
