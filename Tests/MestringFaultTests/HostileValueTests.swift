import Foundation
import Mestring
import MestringCSV
import MestringJSON
import MestringSQLite
import MestringTestSupport
import Testing

/// Values a careless or hostile source can hold (a 1 MB value stands for any size: the excerpt
/// limit does not depend on it): each comes back unchanged from every store that
/// accepts it, or is refused with a short error that names the file, line, column and field.
@Suite("Fault suite: hostile values", .serialized, .enabled(if: MestringProcess.executable != nil, "needs the built mestring binary"))
struct HostileValueTests {
    /// A small catalogue as `mestring` writes it, with `replace` replaced by `with` once.
    static func source(replacing replace: String, with replacement: String, in folder: TemporaryFolder) async throws -> (String, line: Int, column: Int) {
        let url = folder.url.appending(path: "kilde.json")
        try await JSONSource.write(FaultCatalogs.make(offers: 2, tag: "h"), to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: replace))
        let before = text[..<range.lowerBound]
        let line = before.count(where: { $0 == "\n" }) + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        try text.replacingCharacters(in: range, with: replacement).write(to: url, atomically: false, encoding: .utf8)
        return ("kilde.json", line, column)
    }

    @Test func textWithNULAndControlCharactersComesBackOrIsRefused() async throws {
        var report = FaultReport("NUL and control characters in a title")
        for (name, value) in [("NUL", "a\\u0000b"), ("controls", "a\\u0001\\u0007\\u001b[31m\\u001f\\u007f b")] {
            let folder = try TemporaryFolder()
            let (source, _, _) = try await Self.source(replacing: "Mestringskurs h 0", with: value, in: folder)
            let original = try await JSONCatalogStore(fileURL: folder.url.appending(path: source)).load()
            for target in ["kopi.json", "kopi.sqlite", "kopi"] {
                report.tries += 1
                let outcome = try MestringProcess.run("convert", source, target, in: folder.url)
                if outcome.status == 0 {
                    let back = try MestringProcess.run("convert", target, "tilbake-\(target).json", in: folder.url)
                    #expect(back.status == 0, "\(back.errors)")
                    let again = try await JSONCatalogStore(fileURL: folder.url.appending(path: "tilbake-\(target).json")).load()
                    #expect(again == original, "\(name) through \(target)")
                    if again == original { report.passed += 1 } else { report.lost += 1 }
                    report.count("came back")
                } else {
                    // Only CSV refuses, and only NUL, which a CSV file cannot hold.
                    #expect(name == "NUL" && target == "kopi", "\(outcome.errors)")
                    #expect(outcome.errors.contains("kopi/offers.csv: row 2: title: the value contains a NUL character"), "\(outcome.errors)")
                    #expect(!FileManager.default.fileExists(atPath: folder.path(target)), "a refused write left a folder")
                    report.passed += 1
                    report.count("refused")
                }
            }
        }
        report.print()
    }

    @Test(arguments: [
        ("lone high surrogate", "\"Mestringskurs h 0\"", "\"\\ud800\"", "offers[0].title.nb", "half of a surrogate pair"),
        ("lone low surrogate", "\"Mestringskurs h 0\"", "\"x\\udc00\"", "offers[0].title.nb", "second half of a surrogate pair"),
        ("1e400", "12,", "1e400,", "offers[0].capacity", "too large"),
        ("2^63", "12,", "9223372036854775808,", "offers[0].capacity", "too large"),
        ("30 digits", "12,", "123456789012345678901234567890,", "offers[0].capacity", "too large"),
    ])
    func unstorableJSONValuesAreRefusedAtTheirPlace(_ name: String, _ find: String, _ replacement: String, _ field: String, _ says: String) async throws {
        let folder = try TemporaryFolder()
        let (source, line, column) = try await Self.source(replacing: find, with: replacement, in: folder)
        let outcome = try MestringProcess.run("convert", source, "ut.sqlite", in: folder.url)
        // The string's place is its opening quote plus the escape's offset within it.
        let offset = replacement.hasPrefix("\"x") ? 2 : replacement.hasPrefix("\"") ? 1 : 0
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("kilde.json:\(line):\(column + offset): \(field): "), "\(name): \(outcome.errors)")
        #expect(outcome.errors.contains(says), "\(outcome.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("ut.sqlite")))
    }

    @Test func hugeValuesAreQuotedShortly() async throws {
        let huge = String(repeating: "x", count: 1_000_000)
        var report = FaultReport("1 MB values and 100k-character keys in errors and reports")
        let folder = try TemporaryFolder()
        let cases: [(String, String, String, [String])] = [
            ("kind", "\"group-programme\"", "\"\(huge)\"", ["show", "kilde.json"]),
            ("unknown key", "\"capacity\"", "\"\(String(huge.prefix(100_000)))\" : 1, \"capacity\"", ["show", "kilde.json"]),
            ("reference", "\"provider\" : \"bodo-lms\"", "\"provider\" : \"\(huge)\"", ["validate", "kilde.json"]),
            ("municipality", "\"1804\"", "\"\(huge)\"", ["validate", "kilde.json"]),
        ]
        for (name, find, replacement, command) in cases {
            _ = try await Self.source(replacing: find, with: replacement, in: folder)
            let outcome = try MestringProcess.run(command, in: folder.url)
            let output = outcome.errors
            report.tries += 1
            #expect(outcome.status != 0, "\(name)")
            #expect(output.utf8.count < 4000, "\(name): \(output.utf8.count) bytes on standard error")
            if output.utf8.count < 4000 && outcome.status != 0 { report.passed += 1 }
        }
        // The same through a CSV import.
        let csv = folder.url.appending(path: "tilbud")
        try await CSVCatalogStore(folderURL: csv).save(FaultCatalogs.make(offers: 1, tag: "c"))
        let offers = csv.appending(path: "offers.csv")
        let table = try String(contentsOf: offers, encoding: .utf8).replacingOccurrences(of: "group-programme", with: huge)
        try table.write(to: offers, atomically: false, encoding: .utf8)
        let imported = try MestringProcess.run("import", "tilbud", "ut.json", "--mode", "strict", in: folder.url)
        report.tries += 1
        #expect(imported.status == 2 && imported.errors.utf8.count < 4000, "\(imported.errors.utf8.count) bytes")
        if imported.status == 2 && imported.errors.utf8.count < 4000 { report.passed += 1 }
        report.print()
    }
}
