import Foundation
import Mestring

/// The report as a SARIF 2.1.0 log, the format code-scanning services and editors read.
///
/// One run of the tool `mestring`; its rules are the profile's rules; each finding is a result
/// with a logical location (the field path) and, when the caller can locate it, a physical one.
struct SARIFLog: Encodable {
    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let version = "2.1.0"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    init(report: ValidationReport, language: ReportLanguage, locate: (Finding) -> FileLocation?) {
        var ruleIndex: [CoDesignRule.ID: Int] = [:]
        var rules: [Rule] = []
        for rule in report.rules where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = rules.count
            rules.append(Rule(rule, language: language))
        }
        let fixLabel = language == .english ? "Fix" : "Retting"
        let results = report.findings.map { finding in
            Result(
                ruleId: finding.rule.rawValue, ruleIndex: ruleIndex[finding.rule], level: finding.severity.sarifLevel,
                message: Message(
                    text: "\(finding.message.text(in: language)) \(fixLabel): \(finding.fix.text(in: language))"),
                locations: [Location(finding, at: locate(finding))])
        }
        runs = [
            Run(
                tool: Tool(driver: Driver(name: "mestring", rules: rules)),
                originalUriBaseIds: [ArtifactLocation.sourceRoot: Base(uri: ArtifactLocation.workingDirectoryURI)],
                results: results, properties: ["profile": report.profileName])
        ]
    }

    func render() -> String { JSONReport.encode(self) }

    struct Run: Encodable {
        let tool: Tool
        /// Where relative `uri`s start: the directory the tool ran in, so that a code-scanning
        /// service can map results to files in the repository.
        let originalUriBaseIds: [String: Base]
        let results: [Result]
        let properties: [String: String]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let rules: [Rule]
    }

    struct Rule: Encodable {
        let id: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let defaultConfiguration: Configuration

        init(_ rule: CoDesignRule, language: ReportLanguage) {
            id = rule.id.rawValue
            shortDescription = Message(text: rule.title.text(in: language))
            fullDescription = Message(text: rule.rationale.text(in: language))
            help = Message(
                text: "\(rule.title.english). \(rule.rationale.english)\n\n\(rule.title.bokmal). \(rule.rationale.bokmal)")
            defaultConfiguration = Configuration(level: rule.severity.sarifLevel)
        }
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct Message: Encodable {
        let text: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Message
        let locations: [Location]
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation?
        let logicalLocations: [LogicalLocation]

        init(_ finding: Finding, at source: FileLocation?) {
            physicalLocation = source.map { source in
                PhysicalLocation(
                    artifactLocation: ArtifactLocation(path: source.file),
                    region: source.line.map {
                        Region(startLine: $0, startColumn: source.column, properties: source.row.map(RegionProperties.init(row:)))
                    })
            }
            logicalLocations = [LogicalLocation(name: finding.record?.id, fullyQualifiedName: finding.fieldPath)]
        }
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    /// A file as SARIF names it: a path relative to ``sourceRoot`` (what code-scanning services
    /// expect), or a `file://` URI for an absolute path.
    struct ArtifactLocation: Encodable {
        static let sourceRoot = "SRCROOT"
        static var workingDirectoryURI: String {
            URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory).absoluteString
        }

        let uri: String
        let uriBaseId: String?

        init(path: String) {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            uri = path.hasPrefix("/") ? "file://" + encoded : encoded
            uriBaseId = path.hasPrefix("/") ? nil : Self.sourceRoot
        }
    }

    struct Base: Encodable {
        let uri: String
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
        /// SARIF's property bag: the spreadsheet row of a table's finding.
        let properties: RegionProperties?
    }

    struct RegionProperties: Encodable {
        let row: Int
    }

    struct LogicalLocation: Encodable {
        let name: String?
        let fullyQualifiedName: String
    }
}
