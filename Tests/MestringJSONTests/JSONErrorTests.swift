import Foundation
import Mestring
import MestringAdapterKit
import MestringJSON
import Testing

@Suite("JSON errors name the place and the problem")
struct JSONErrorTests {
    let coder = JSONCatalogCoder()

    func error(decoding text: String) throws -> StoreError {
        try error(decoding: Data(text.utf8))
    }

    func error(decoding data: Data) throws -> StoreError {
        do {
            _ = try coder.decode(data, file: "catalog.json")
        } catch let error as StoreError {
            return error
        }
        Issue.record("decoding did not fail")
        throw StoreError(.io, "no error")
    }

    static let header = "{\n  \"format\": \"mestring-catalog\",\n  \"version\": 1,\n  \"info\": {},\n  \"providers\": [],\n  \"people\": [],\n  \"pathways\": [],\n"

    static func offer(_ fields: String) -> String {
        header + "  \"offers\": [\n    {\n" + fields + "\n    }\n  ]\n}\n"
    }

    static let validFields = """
              "id": "o1", "title": {"nb": "Kurs"}, "kind": "group-programme", "format": "group",
              "provider": "p", "partners": [], "focus": "theme", "diagnoses": [], "themes": [],
              "method": "equal-footing", "stages": [], "audiences": ["patients"], "languages": [],
              "municipalities": [], "involvement": [], "expectedOutcomes": [],
              "requiresSpecialistCompetence": false
        """

    @Test func validDocumentDecodes() throws {
        let catalog = try coder.decode(Data(Self.offer(Self.validFields).utf8))
        #expect(catalog.offers.first?.audiences == [.patients])
    }

    /// Files written before programmes and evaluations existed (format version 1) have none of
    /// their fields, and still load.
    @Test func version1FileWithoutTheVersion2FieldsLoads() throws {
        let catalog = try coder.decode(Data(Self.offer(Self.validFields).utf8))
        #expect(Self.header.contains("\"version\": 1"))
        #expect(catalog.programmes.isEmpty && catalog.evaluations.isEmpty)
        #expect(catalog.offers.first?.routes == [])
        #expect(catalog.offers.first?.programme == nil)
    }

    @Test func unknownEnumValueNamesPathLineAndAllowedValues() throws {
        let error = try error(decoding: Self.offer(Self.validFields.replacingOccurrences(of: "[\"patients\"]", with: "[\"patients\", \"pasient\"]")))
        #expect(error.kind == .malformedData)
        #expect(error.field == "offers[0].audiences[1]")
        #expect(error.line == 12)
        #expect(error.message.contains("unknown audience \"pasient\"; expected one of patients, users, next-of-kin"))
        #expect(error.description.hasPrefix("catalog.json:12:"))
    }

    @Test func wrongTypeNamesTheExpectedType() throws {
        let error = try error(decoding: Self.offer(Self.validFields.replacingOccurrences(of: "\"requiresSpecialistCompetence\": false", with: "\"requiresSpecialistCompetence\": \"nei\"")))
        #expect(error.field == "offers[0].requiresSpecialistCompetence")
        #expect(error.message.contains("expected true or false"))
        #expect(error.line == 14)
    }

    @Test func missingRequiredFieldIsNamed() throws {
        let error = try error(decoding: Self.offer(Self.validFields.replacingOccurrences(of: "\"title\": {\"nb\": \"Kurs\"}, ", with: "")))
        #expect(error.field == "offers[0].title")
        #expect(error.message == "missing required field \"title\"")
        #expect(error.line == 9, "the line of the offer that lacks the field")
    }

    @Test func truncatedFileSaysSo() throws {
        let text = Self.offer(Self.validFields)
        let error = try error(decoding: String(text.prefix(text.count / 2)))
        #expect(error.kind == .malformedData)
        #expect(error.message.contains("end of the file"))
        #expect(error.line != nil)
    }

    @Test func invalidUTF8IsLocated() throws {
        var data = Data(Self.offer(Self.validFields).utf8)
        let position = try #require(data.firstRange(of: Data("Kurs".utf8)))
        data[position.lowerBound + 1] = 0xF8
        let error = try error(decoding: data)
        #expect(error.message.contains("invalid UTF-8 byte 0xF8"))
        #expect(error.line == 10)
    }

    @Test func foreignAndNewerFilesAreRefused() throws {
        let foreign = try error(decoding: "{\"format\": \"geojson\", \"version\": 1}")
        #expect(foreign.kind == .unsupportedVersion)
        #expect(foreign.message.contains("expected \"mestring-catalog\""))
        let newer = try error(decoding: "{\"format\": \"mestring-catalog\", \"version\": 99}")
        #expect(newer.kind == .unsupportedVersion)
        #expect(newer.message.contains("newer Mestring"))
    }

    @Test func badDateIsExplained() throws {
        let fields = Self.validFields + ",\n      \"schedule\": {\"startDate\": \"03.03.2026\", \"sessions\": []}"
        let error = try error(decoding: Self.offer(fields))
        #expect(error.field == "offers[0].schedule.startDate")
        #expect(error.message.contains("expected YYYY-MM-DD"))
    }

    @Test func sourceMapFindsNestedPaths() {
        let map = JSONSourceMap(Data(Self.offer(Self.validFields).utf8))
        #expect(map.location(ofFieldPath: "offers[0]")?.line == 9)
        #expect(map.location(ofFieldPath: "offers[0].method")?.line == 12)
        #expect(map.location(ofFieldPath: "offers[0].nonexistent")?.line == 9)
    }
}

@Suite("JSON reading loses nothing")
struct JSONUnknownFieldTests {
    @Test func misspeltFieldIsReportedNotDropped() throws {
        let text = JSONErrorTests.offer(JSONErrorTests.validFields + ",\n      \"audience\": [\"families\"]")
        do {
            _ = try JSONCatalogCoder().decode(Data(text.utf8), file: "catalog.json")
            Issue.record("an unknown field was silently ignored")
        } catch let error as StoreError {
            #expect(error.field == "offers[0].audience")
            #expect(error.line == 15)
            #expect(error.message.contains("unknown field \"audience\""))
        }
    }

    @Test func unknownFieldsAreFoundInEveryPartOfTheDocument() throws {
        let misspelt = [
            ("\"info\": {}", "\"info\": {\"titel\": \"Katalog\"}", "info.titel"),
            ("\"pathways\": []", "\"pathways\": [{\"id\": \"p\", \"name\": {}, \"audiences\": [], \"conditions\": [], \"steps\": [{\"stage\": \"treatment\", \"handover\": {\"nb\": \"x\"}}]}]", "pathways[0].steps[0].handover"),
            ("\"format\": \"mestring-catalog\",", "\"format\": \"mestring-catalog\", \"comment\": \"hello\",", "comment"),
        ]
        for (original, replacement, field) in misspelt {
            let text = JSONErrorTests.offer(JSONErrorTests.validFields).replacingOccurrences(of: original, with: replacement)
            do {
                _ = try JSONCatalogCoder().decode(Data(text.utf8))
                Issue.record("\(field) was silently ignored")
            } catch let error as StoreError {
                #expect(error.field == field)
            }
        }
    }

    @Test func nullOptionalsCarryNoDataAndAreAccepted() throws {
        let text = JSONErrorTests.offer(JSONErrorTests.validFields + ",\n      \"summary\": null")
        #expect(try JSONCatalogCoder().decode(Data(text.utf8)).offers.first?.summary == nil)
    }
}
