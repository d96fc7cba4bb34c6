import Foundation
import Mestring
import MestringCSV
import MestringConformance
import MestringJSON
import MestringTestSupport
import MestringValidation
import Testing

/// No error, finding or report line contains a personal value: every fuzz-corpus input and every
/// error-producing fixture is read, imported and validated, and each text meant for people is
/// searched for the personal values (names, contacts, lived-experience notes) of that input.
@Suite("No error, finding or report contains a personal value")
struct PersonalValueLeakTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ kind: String) -> [URL] {
        let folder = root.appending(path: "Tests/Fuzz/Corpus/\(kind)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.corpus("json").count > 50)
        #expect(Self.corpus("csv").count > 50)
    }

    @Test func jsonCorpusInputs() throws {
        for url in Self.corpus("json") {
            let data = try Data(contentsOf: url)
            let check = LeakCheck(values: PersonalValues.inJSON(data), source: url.lastPathComponent)
            check.assertNoLeak(in: Reading.json(data))
        }
    }

    @Test func csvCorpusInputs() throws {
        let folder = try TemporaryFolder()
        for url in Self.corpus("csv") {
            let bytes = try [UInt8](Data(contentsOf: url))
            let check = LeakCheck(values: PersonalValues.inCSV(bytes), source: url.lastPathComponent)
            // As a people table (where the personal columns are) and as an offers table.
            for table in ["people.csv", "offers.csv"] {
                check.assertNoLeak(in: try Reading.csv(bytes, as: table, in: folder))
            }
        }
    }

    /// The canonical catalogue with its personal values broken in the ways imports break them.
    @Test(arguments: ["phone": 4_700_000, "name": ["Kari"], "notes": ["x": 1], "email": true] as [String: any Sendable])
    func jsonFixtureWithABrokenPersonalField(_ field: String, _ value: any Sendable) throws {
        var document = try JSONSerialization.jsonObject(with: JSONCatalogCoder().encode(ConformanceFixture.catalog)) as? [String: Any] ?? [:]
        var people = document["people"] as? [[String: Any]] ?? []
        var person = people[0]
        switch field {
        case "name": person["name"] = value
        case "notes":
            var experiences = person["livedExperience"] as? [[String: Any]] ?? []
            experiences[0]["notes"] = value
            person["livedExperience"] = experiences
        default:
            var contact = person["contact"] as? [String: Any] ?? [:]
            contact[field] = value
            person["contact"] = contact
        }
        people[0] = person
        document["people"] = people
        let data = try JSONSerialization.data(withJSONObject: document)
        let texts = Reading.json(data)
        #expect(texts.contains { $0.contains("people[0]") }, "the fixture must produce an error naming the field: \(texts.prefix(2))")
        LeakCheck(values: PersonalValues.of(ConformanceFixture.catalog), source: "fixture with people[0].\(field) broken").assertNoLeak(in: texts)
    }

    @Test func csvFixtureWithBrokenPeopleRows() throws {
        let folder = try TemporaryFolder()
        let catalogFolder = folder.url.appending(path: "katalog")
        try CSVCatalogWriter().write(ConformanceFixture.catalog, toFolder: catalogFolder)
        let peopleURL = catalogFolder.appending(path: "people.csv")
        var lines = try String(contentsOf: peopleURL, encoding: .utf8).components(separatedBy: "\r\n")  // the writer's line break
        // Break every person's role and consent, so every row of personal data is rejected.
        let header = lines[0].components(separatedBy: ",")
        let role = header.firstIndex(of: "role") ?? 0
        for index in lines.indices.dropFirst() where !lines[index].isEmpty {
            var cells = lines[index].components(separatedBy: ",")
            if role < cells.count { cells[role] = "ukjent-rolle" }
            lines[index] = cells.joined(separator: ",")
        }
        try Data(lines.joined(separator: "\r\n").utf8).write(to: peopleURL)
        let texts = Reading.importing(catalogFolder)
        #expect(texts.contains { $0.contains("people.csv") }, "the fixture must produce errors naming the file: \(texts.prefix(3).map { $0.prefix(300) })")
        LeakCheck(values: PersonalValues.of(ConformanceFixture.catalog), source: "people.csv with broken roles").assertNoLeak(in: texts)
    }

    @Test func brokenExampleCatalogueFindingsAndReports() throws {
        let data = try Data(contentsOf: Self.root.appending(path: "Documentation/Examples/catalog-broken.json"))
        let catalog = try JSONCatalogCoder().decode(data, file: "catalog-broken.json")
        let texts = Reading.findings(of: catalog)
        #expect(texts.count > 4)
        LeakCheck(values: PersonalValues.of(catalog), source: "catalog-broken.json").assertNoLeak(in: texts)
    }
}
