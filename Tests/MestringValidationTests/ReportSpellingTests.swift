import Foundation
import Mestring
import MestringValidation
import Testing

/// The JSON report is written by hand for speed; these tests hold it to the bytes `JSONEncoder`
/// gave for the same report, so that reports of earlier versions still compare with `diff`.
@Suite("Report spelling")
struct ReportSpellingTests {
    /// Findings with every optional part present or absent: a catalogue finding, a subject with
    /// every fact, related records with and without position, text that needs escaping.
    static var report: ValidationReport {
        let facts = FindingSubject(
            phase: .evaluation, role: .peerHelper, livedExperience: .ownIllness, audience: .nextOfKin, step: 2,
            value: "tab\there \"quoted\" back\\slash / æøå \u{8}\u{c}\u{1}",
            related: [RecordReference(Person.ID("nurse"), position: 4), RecordReference(Provider.ID("unknown"))])
        let text = BilingualText(english: "Line one.\nLine two.", bokmal: "Linje én.\r\nLinje to.")
        var findings = [
            Finding(rule: "integrity.date", severity: .error, record: nil, fieldPath: "info.updated", message: text, fix: text),
            Finding(
                rule: "codesign.phases", severity: .warning, record: RecordReference(Offer.ID("kols-skole"), position: 3),
                fieldPath: "offers[3].involvement", subject: facts, message: text, fix: text),
        ]
        findings += ReportTests.report.findings
        return ValidationReport(
            profileName: "national", rules: ValidationProfile.national.rules, findings: findings,
            coverage: CoverageReport(municipalities: ["4601", "0301"], lackingLifestyleChange: [], lackingCoping: ["0301"]),
            offersInNoPathway: [RecordReference(Offer.ID("kols-skole"), position: 3)])
    }

    /// A line, a column or a spreadsheet row, by the finding's position, so every form occurs.
    static func locate(_ finding: Finding) -> FileLocation? {
        switch finding.record?.position {
        case nil: nil
        case 3: FileLocation(file: "katalog/offers.csv", line: 9, row: 7)
        case let position?: FileLocation(file: "Data/catalog.json", line: 10 + position, column: position % 2 == 0 ? 5 : nil)
        }
    }

    @Test(arguments: [false, true])
    func jsonReportHasTheBytesJSONEncoderGave(located: Bool) throws {
        let report = Self.report
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(EncodedReport(report, locate: located ? Self.locate : { _ in nil }))
        let rendered = located ? report.render(.json, locate: Self.locate) : report.render(.json)
        #expect(rendered == String(decoding: expected, as: UTF8.self) + "\n")
    }

    @Test func emptyReportHasTheBytesJSONEncoderGave() throws {
        let report = ValidationReport(
            profileName: "strict", rules: [], findings: [],
            coverage: CoverageReport(municipalities: [], lackingLifestyleChange: [], lackingCoping: []))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(EncodedReport(report, locate: { _ in nil }))
        #expect(report.render(.json) == String(decoding: expected, as: UTF8.self) + "\n")
    }

    /// The report as earlier versions encoded it with `Codable`: the finding's own encoding with
    /// its location beside it.
    private struct EncodedReport: Encodable {
        let profile: String
        let summary: [String: Int]
        let findings: [LocatedFinding]
        let coverage: CoverageReport
        let offersInNoPathway: [String]

        init(_ report: ValidationReport, locate: (Finding) -> FileLocation?) {
            profile = report.profileName
            summary = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, report.count(of: $0)) })
            findings = report.findings.map { LocatedFinding(finding: $0, location: locate($0)) }
            coverage = report.coverage
            offersInNoPathway = report.offersInNoPathway.map(\.id)
        }

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
    }
}
