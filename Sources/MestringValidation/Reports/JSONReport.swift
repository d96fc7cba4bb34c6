import Foundation
import Mestring
import MestringAdapterKit

/// The machine-readable report: `{profile, summary, findings, coverage, offersInNoPathway}` with sorted keys, so that
/// the same catalogue always gives the same bytes and reports can be compared with `diff`.
///
/// Each finding has the flat shape of ``Finding``'s `Codable` form, with its place in the source
/// file, when known, under `location`; the members are written by hand in the order `JSONEncoder`
/// sorts them, so that 90,000 findings render in a fraction of the time a `Codable` pass takes.
struct JSONReport {
    let report: ValidationReport
    let locate: (Finding) -> FileLocation?

    func render() -> String {
        var writer = PrettyJSONWriter()
        writer.object { writer in
            writer.key("coverage")
            Self.write(report.coverage, to: &writer)
            writer.key("findings")
            writer.array(report.findings) { writer, finding in Self.write(finding, at: locate(finding), to: &writer) }
            writer.key("offersInNoPathway")
            writer.array(report.offersInNoPathway) { writer, record in writer.string(record.id) }
            writer.member("profile", report.profileName)
            writer.key("summary")
            writer.object { writer in
                for severity in Severity.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                    writer.key(severity.rawValue)
                    writer.integer(report.count(of: severity))
                }
            }
        }
        return writer.text()
    }

    private static func write(_ finding: Finding, at location: FileLocation?, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            writer.member("field", finding.fieldPath)
            writer.key("fix")
            write(finding.fix, to: &writer)
            if let location {
                writer.key("location")
                writer.object { writer in
                    writer.member("column", location.column)
                    writer.member("file", location.file)
                    writer.member("line", location.line)
                    writer.member("row", location.row)
                }
            }
            writer.key("message")
            write(finding.message, to: &writer)
            writer.member("recordID", finding.record?.id)
            writer.member("recordKind", finding.record?.kind.rawValue)
            writer.member("recordPosition", finding.record?.position)
            writer.member("rule", finding.rule.rawValue)
            writer.member("severity", finding.severity.rawValue)
            if !finding.subject.isEmpty {
                writer.key("subject")
                write(finding.subject, to: &writer)
            }
        }
    }

    private static func write(_ text: BilingualText, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            writer.member("en", text.english)
            writer.member("nb", text.bokmal)
        }
    }

    private static func write(_ subject: FindingSubject, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            writer.member("audience", subject.audience?.rawValue)
            writer.member("livedExperience", subject.livedExperience?.rawValue)
            writer.member("phase", subject.phase?.rawValue)
            if !subject.related.isEmpty {
                writer.key("related")
                writer.array(subject.related) { writer, record in
                    writer.object { writer in
                        writer.member("id", record.id)
                        writer.member("kind", record.kind.rawValue)
                        writer.member("position", record.position)
                    }
                }
            }
            writer.member("role", subject.role?.rawValue)
            writer.member("step", subject.step)
            writer.member("value", subject.value)
        }
    }

    private static func write(_ coverage: CoverageReport, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            for (name, numbers) in [
                ("lackingCoping", coverage.lackingCoping), ("lackingLifestyleChange", coverage.lackingLifestyleChange),
                ("municipalities", coverage.municipalities),
            ] as [(StaticString, [MunicipalityNumber])] {
                writer.key(name)
                writer.array(numbers) { writer, number in writer.string(number.rawValue) }
            }
        }
    }

    /// Pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline: `JSONEncoder`'s
    /// spelling, written by the kit's byte encoder without building a tree first.
    static func encode(_ value: some Encodable) -> String {
        do {
            return String(decoding: try JSONByteEncoder().encode(value, endingWithNewline: true), as: UTF8.self)
        } catch {
            // Strings, integers and booleans always encode; this keeps the output JSON regardless.
            return "{\"error\": \"the report could not be encoded\"}\n"
        }
    }
}
