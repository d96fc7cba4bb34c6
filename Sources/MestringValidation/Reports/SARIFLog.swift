import Foundation
import Mestring

/// The report as a SARIF 2.1.0 log, the format code-scanning services and editors read.
///
/// One run of the tool `mestring`; its rules are the profile's rules; each finding is a result
/// with a logical location (the field path) and, when the caller can locate it, a physical one.
/// The log is written member by member in `JSONEncoder`'s sorted, pretty spelling (see
/// ``PrettyJSONWriter``), so that a national catalogue's 90,000 results take no `Codable` pass.
struct SARIFLog {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where relative `uri`s start: the directory the tool ran in, so that a code-scanning
    /// service can map results to files in the repository.
    static let sourceRoot = "SRCROOT"

    let report: ValidationReport
    let language: ReportLanguage
    let locate: (Finding) -> FileLocation?

    func render() -> String {
        var writer = PrettyJSONWriter()
        writer.object { writer in
            writer.member("$schema", Self.schema)
            writer.key("runs")
            writer.array(CollectionOfOne(())) { writer, _ in writeRun(to: &writer) }
            writer.member("version", "2.1.0")
        }
        return writer.text()
    }

    private func writeRun(to writer: inout PrettyJSONWriter) {
        var ruleIndex: [CoDesignRule.ID: Int] = [:]
        var rules: [CoDesignRule] = []
        for rule in report.rules where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = rules.count
            rules.append(rule)
        }
        let fixLabel = language == .english ? "Fix" : "Retting"
        var artifacts = ArtifactLocations()
        writer.object { writer in
            writer.key("originalUriBaseIds")
            writer.object { writer in
                writer.key(Self.sourceRoot)
                writer.object { writer in
                    writer.member("uri", URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory).absoluteString)
                }
            }
            writer.key("properties")
            writer.object { writer in writer.member("profile", report.profileName) }
            writer.key("results")
            writer.array(report.findings) { writer, finding in
                writer.object { writer in
                    writer.member("level", finding.severity.sarifLevel)
                    writer.key("locations")
                    writer.array(CollectionOfOne(finding)) { writer, finding in
                        writeLocation(of: finding, at: locate(finding), artifacts: &artifacts, to: &writer)
                    }
                    writer.key("message")
                    writer.object { writer in
                        writer.member("text", "\(finding.message.text(in: language)) \(fixLabel): \(finding.fix.text(in: language))")
                    }
                    writer.member("ruleId", finding.rule.rawValue)
                    writer.member("ruleIndex", ruleIndex[finding.rule])
                }
            }
            writer.key("tool")
            writer.object { writer in
                writer.key("driver")
                writer.object { writer in
                    writer.member("name", "mestring")
                    writer.key("rules")
                    writer.array(rules) { writer, rule in write(rule, to: &writer) }
                }
            }
        }
    }

    private func write(_ rule: CoDesignRule, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            writer.key("defaultConfiguration")
            writer.object { writer in writer.member("level", rule.severity.sarifLevel) }
            writer.key("fullDescription")
            Self.writeMessage(rule.rationale.text(in: language), to: &writer)
            writer.key("help")
            Self.writeMessage(
                "\(rule.title.english). \(rule.rationale.english)\n\n\(rule.title.bokmal). \(rule.rationale.bokmal)", to: &writer)
            writer.member("id", rule.id.rawValue)
            writer.key("shortDescription")
            Self.writeMessage(rule.title.text(in: language), to: &writer)
        }
    }

    private static func writeMessage(_ text: String, to writer: inout PrettyJSONWriter) {
        writer.object { writer in writer.member("text", text) }
    }

    /// A result's location: logical (the record and the field path) and, when known, physical.
    private func writeLocation(
        of finding: Finding, at source: FileLocation?, artifacts: inout ArtifactLocations, to writer: inout PrettyJSONWriter
    ) {
        writer.object { writer in
            writer.key("logicalLocations")
            writer.array(CollectionOfOne(finding)) { writer, finding in
                writer.object { writer in
                    writer.member("fullyQualifiedName", finding.fieldPath)
                    writer.member("name", finding.record?.id)
                }
            }
            guard let source else { return }
            writer.key("physicalLocation")
            writer.object { writer in
                let artifact = artifacts[source.file]
                writer.key("artifactLocation")
                writer.object { writer in
                    writer.member("uri", artifact.uri)
                    writer.member("uriBaseId", artifact.uriBaseId)
                }
                guard let line = source.line else { return }
                writer.key("region")
                writer.object { writer in
                    if let row = source.row {
                        // SARIF's property bag: the spreadsheet row of a table's finding.
                        writer.key("properties")
                        writer.object { writer in writer.member("row", row) }
                    }
                    writer.member("startColumn", source.column)
                    writer.member("startLine", line)
                }
            }
        }
    }

    /// Files as SARIF names them: a path relative to ``SARIFLog/sourceRoot`` (what code-scanning
    /// services expect), or a `file://` URI for an absolute path; worked out once per file, not
    /// once per result.
    private struct ArtifactLocations {
        private var known: [String: (uri: String, uriBaseId: String?)] = [:]

        subscript(path: String) -> (uri: String, uriBaseId: String?) {
            mutating get {
                if let artifact = known[path] { return artifact }
                let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                let artifact = path.hasPrefix("/") ? ("file://" + encoded, nil) : (encoded, SARIFLog.sourceRoot)
                known[path] = artifact
                return artifact
            }
        }
    }
}
