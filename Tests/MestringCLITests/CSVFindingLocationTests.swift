import Foundation
import MestringTestSupport
import Testing

/// Findings for a CSV folder name the table file and the row a spreadsheet shows (header = row 1),
/// in every report format, as findings for JSON name the line.
@Suite("Findings in a CSV folder point at file and row")
struct CSVFindingLocationTests {
    /// The broken example as a CSV folder whose second offer starts a line later than its row,
    /// because the first offer's title holds a line break.
    static func brokenFolder(in folder: TemporaryFolder) async throws -> String {
        let path = folder.path("katalog")
        let convert = await CommandRun("convert", Repository.brokenExample, path)
        #expect(convert.code == .success)
        let offers = URL(filePath: path).appending(path: "offers.csv")
        let text = try String(contentsOf: offers, encoding: .utf8)
        let edited = text.replacingOccurrences(of: ",Ingen evaluerer tilbudet,", with: ",\"Ingen evaluerer\ntilbudet\",")
        #expect(edited != text)
        try Data(edited.utf8).write(to: offers)
        return path
    }

    @Test func compilerTextAndSARIFNameTheTableAndRow() async throws {
        let folder = try TemporaryFolder()
        let path = try await Self.brokenFolder(in: folder)

        let compiler = await CommandRun("validate", path, "--format", "compiler")
        #expect(compiler.code == .findings)
        let lines = compiler.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(path + "/offers.csv:2: error: row 2: offers[0].involvement: ") }, "\(compiler.errors)")
        // Row 3 starts on line 4: the line break in row 2's title.
        #expect(lines.contains { $0.hasPrefix(path + "/offers.csv:4: error: row 3: offers[1].involvement: ") })
        #expect(lines.contains { $0.hasPrefix(path + "/involvement.csv:32: error: row 32: offers[14].involvement[2].person: ") })
        #expect(lines.contains { $0.hasPrefix(path + "/sessions.csv:2: error: row 2: offers[16].schedule.sessions[0].date: ") })
        #expect(lines.contains { $0.hasPrefix(path + "/pathway-steps.csv:4: error: row 4: pathways[0].steps[2].offer: ") })
        #expect(lines.contains { $0.hasPrefix(path + "/providers.csv:2: error: row 2: providers[0].parent: ") })

        let text = await CommandRun("validate", path)
        #expect(text.output.contains("  \(path)/offers.csv row 3: error: offers[1].involvement: "), "\(text.output)")

        let sarif = await CommandRun("validate", path, "--format", "sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let regions = results.compactMap { result -> (uri: String, line: Int, row: Int?, path: String)? in
            guard let location = (result["locations"] as? [[String: Any]])?.first,
                let physical = location["physicalLocation"] as? [String: Any],
                let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String,
                let region = physical["region"] as? [String: Any], let line = region["startLine"] as? Int,
                let path = ((location["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"]) as? String
            else { return nil }
            return (uri, line, (region["properties"] as? [String: Any])?["row"] as? Int, path)
        }
        #expect(regions.count == results.count, "every finding has a file and line")
        let second = try #require(regions.first { $0.path == "offers[1].involvement" })
        #expect(second.uri.hasSuffix("/katalog/offers.csv"))
        #expect(second.line == 4)
        #expect(second.row == 3)
    }

    @Test func aSingleOffersFileIsNamedWithItsRows() async throws {
        let folder = try TemporaryFolder()
        let path = try await Self.brokenFolder(in: folder) + "/offers.csv"
        let run = await CommandRun("validate", path, "--format", "compiler")
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(path + ":4: error: row 3: offers[1].") }, "\(run.errors)")
        #expect(lines.allSatisfy { $0.hasPrefix(path) })
    }
}
