import Foundation
import Mestring
import MestringAdapterKit

/// The findings of a validation as a list to work through in Excel: one row per finding, with the
/// provider, the offer, the field, what to do in Bokmål, and an empty column for the right value.
///
/// The people who can fix a municipality's data (a coordinator, the offer's contact person) work
/// in spreadsheets, not in JSON. `mestring validate catalog.json --worklist fiks.csv` writes this
/// list; they fill in `riktig_verdi` and save, and `mestring import fiks.csv --into catalog.json`
/// reads the values back (``WorklistCorrections``), so that the next validation is clean.
///
/// The file is what Excel in Norway opens without a question: UTF-8 with a byte order mark, `;`
/// between fields, CRLF line ends, quotes only where needed. Reading back accepts what Excel saves
/// it as: the same, or "CSV (semikolondelt)" in Windows-1252, or with commas. No cell holds a value
/// of a personal-data field, and findings about people name them by identifier only.
///
/// ```swift
/// let report = Validator(profile: .national).validate(catalog)
/// try AtomicWrite.file(at: URL(filePath: "fiks.csv"), contents: Worklist(report: report, catalog: catalog).csvData)
/// ```
public struct Worklist: Hashable, Sendable {
    /// The header, in order: `tilbyder`, `tilbud_id`, `tittel`, `felt`, `alvorlighet`,
    /// `hva_gjøres`, `regel`, `riktig_verdi`, `post` (the record, for reading back).
    public static let columns = ["tilbyder", "tilbud_id", "tittel", "felt", "alvorlighet", "hva_gjøres", "regel", "riktig_verdi", "post"]

    /// The rows, sorted by provider, offer title and identifier, then field, so that one offer's
    /// findings are together.
    public var rows: [WorklistRow]

    /// A worklist of these rows, in the order given.
    public init(rows: [WorklistRow]) { self.rows = rows }

    /// The worklist of a validation of `catalog`: one row per finding.
    public init(report: ValidationReport, catalog: Catalog) {
        let unnamed = "(uten tilbyder)"
        func providerName(_ id: Provider.ID?) -> String {
            guard let id else { return unnamed }
            return catalog.providers[id].map { Self.name($0.name, or: id.rawValue) } ?? id.rawValue
        }
        rows = report.findings.map { finding in
            var provider = ""
            var offerID = ""
            var title = ""
            if let record = finding.record {
                switch record.kind {
                case .offer:
                    let offer = catalog.offers[Offer.ID(rawValue: record.id)]
                    offerID = record.id
                    title = offer.map { Self.name($0.title, or: "") } ?? ""
                    provider = providerName(offer?.provider)
                case .provider:
                    provider = providerName(Provider.ID(rawValue: record.id))
                    title = provider
                default:
                    provider = unnamed
                }
            }
            return WorklistRow(
                provider: provider, offerID: offerID, title: title, field: finding.field, severity: finding.severity,
                action: finding.message.bokmal + " " + finding.fix.bokmal, rule: finding.rule, record: finding.record)
        }
        rows.sort { ($0.provider, $0.title, $0.offerID, $0.field) < ($1.provider, $1.title, $1.offerID, $1.field) }
    }

    private static func name(_ text: LocalizedText, or fallback: String) -> String {
        text[.bokmal] ?? text[.nynorsk] ?? text[.english] ?? fallback
    }

    /// The file's bytes: UTF-8 with a byte order mark, `;`-separated, CRLF.
    public var csv: [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        let separator = UInt8(ascii: ";")
        CSVQuoting.appendRow(Self.columns, separator: separator, to: &bytes)
        for row in rows {
            CSVQuoting.appendRow(
                [
                    row.provider, row.offerID, row.title, row.field, row.severity.norwegianLabel, row.action, row.rule.rawValue,
                    row.correctedValue, row.recordKey,
                ], separator: separator, to: &bytes)
        }
        return bytes
    }

    /// The file's bytes as `Data`, for ``MestringAdapterKit/AtomicWrite``.
    public var csvData: Data { Data(csv) }
}
