/// What a consumer of the JSON report reads from it.
struct JSONReportMirror: Decodable {
    struct Text: Decodable {
        let en: String
        let nb: String
    }

    struct Location: Decodable {
        let file: String
        let line: Int?
    }

    struct Finding: Decodable {
        let rule: String
        let severity: String
        let recordKind: String?
        let recordID: String?
        let recordPosition: Int?
        let field: String
        let message: Text
        let fix: Text
        let location: Location?
    }

    struct Coverage: Decodable {
        let municipalities: [String]
        let lackingLifestyleChange: [String]
        let lackingCoping: [String]
    }

    let profile: String
    let summary: [String: Int]
    let findings: [Finding]
    let coverage: Coverage
}

/// The parts of a SARIF 2.1.0 log that code-scanning services read.
struct SARIFMirror: Decodable {
    struct Message: Decodable {
        let text: String
    }

    struct Rule: Decodable {
        let id: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let defaultConfiguration: Configuration
    }

    struct Configuration: Decodable {
        let level: String
    }

    struct Driver: Decodable {
        let name: String
        let rules: [Rule]
    }

    struct Tool: Decodable {
        let driver: Driver
    }

    struct ArtifactLocation: Decodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Decodable {
        let startLine: Int
    }

    struct PhysicalLocation: Decodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct LogicalLocation: Decodable {
        let name: String?
        let fullyQualifiedName: String
    }

    struct Location: Decodable {
        let physicalLocation: PhysicalLocation?
        let logicalLocations: [LogicalLocation]
    }

    struct Result: Decodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
    }

    struct Run: Decodable {
        let tool: Tool
        let originalUriBaseIds: [String: Base]?
        let results: [Result]
    }

    struct Base: Decodable {
        let uri: String
    }

    let schema: String
    let version: String
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }
}
