import Foundation
import Mestring

/// The machine-readable report: `{profile, summary, findings, coverage, offersInNoPathway}` with sorted keys, so that
/// the same catalogue always gives the same bytes and reports can be compared with `diff`.
struct JSONReport: Encodable {
    let profile: String
    let summary: [String: Int]
    let findings: [LocatedFinding]
    let coverage: CoverageReport
    let offersInNoPathway: [String]

    init(report: ValidationReport, locate: (Finding) -> FileLocation?) {
        profile = report.profileName
        summary = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, report.count(of: $0)) })
        findings = report.findings.map { LocatedFinding(finding: $0, location: locate($0)) }
        coverage = report.coverage
        offersInNoPathway = report.offersInNoPathway.map(\.id)
    }

    func render() -> String { Self.encode(self) }

    /// A finding with its place in the source file, when known, under `location`.
    struct LocatedFinding: Encodable {
        let finding: Finding
        let location: FileLocation?

        enum CodingKeys: String, CodingKey { case location }

        func encode(to encoder: any Encoder) throws {
            try finding.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(location, forKey: .location)
        }
    }

    /// Pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Strings, integers and booleans always encode; this keeps the output JSON regardless.
            return "{\"error\": \"the report could not be encoded\"}\n"
        }
    }
}
