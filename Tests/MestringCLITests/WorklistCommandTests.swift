import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

/// The loop a municipality keeps its offers current with: validate, hand the worklist to the
/// people who know, import what they filled in, validate clean.
@Suite("validate --worklist, filled in in Excel, imports back")
struct WorklistCommandTests {
    /// The example catalogue without what a spreadsheet would not say: kind, format and method of
    /// its first offer, the focus of its second, the kind of its first provider.
    static func incompleteExample(at path: String) throws {
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(filePath: Repository.example))) as? [String: Any])
        var offers = try #require(document["offers"] as? [[String: Any]])
        for key in ["kind", "format", "method"] { offers[0][key] = nil }
        offers[1]["focus"] = nil
        document["offers"] = offers
        var providers = try #require(document["providers"] as? [[String: Any]])
        providers[0]["kind"] = nil
        document["providers"] = providers
        try JSONSerialization.data(withJSONObject: document).write(to: URL(filePath: path))
    }

    /// What the people who know write in `riktig_verdi`, in Norwegian, for each field.
    static func rightValue(_ field: String, _ post: String, _ example: [String: Any]) -> String? {
        let offers = example["offers"] as? [[String: Any]] ?? []
        let providers = example["providers"] as? [[String: Any]] ?? []
        let words = [
            "group-programme": "gruppetilbud", "group": "gruppe", "knowledge-transfer": "overføring av kunnskap",
            "equal-footing": "sidestilling av fag- og erfaringskompetanse", "experience-sharing": "erfaringsdeling",
            "diagnosis-specific": "diagnosespesifikk", "hospital-learning-centre": "lærings- og mestringssenter",
        ]
        let record: [String: Any]? =
            post.hasPrefix("tilbud:")
            ? offers.first { "tilbud:\($0["id"] as? String ?? "")" == post }
            : providers.first { "tilbyder:\($0["id"] as? String ?? "")" == post }
        guard let value = record?[field] as? String else { return nil }
        return words[value] ?? value
    }

    @Test func theLoopEndsInACleanCatalogueWithTheSameBytes() async throws {
        let folder = try TemporaryFolder()
        let catalog = folder.path("catalog.json")
        try Self.incompleteExample(at: catalog)
        let example = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(filePath: Repository.example))) as? [String: Any])

        let validate = await CommandRun("validate", catalog, "--worklist", folder.path("fiks.csv"))
        #expect(validate.errors.contains("wrote 5 findings to"))
        let written = try Data(contentsOf: URL(filePath: folder.path("fiks.csv")))
        #expect(written.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte order mark, as Excel wants")
        var lines = String(decoding: written.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.removeLast() == "", "CRLF after every row")
        let header = lines[0].components(separatedBy: ";")
        #expect(header == ["tilbyder", "tilbud_id", "tittel", "felt", "alvorlighet", "hva_gjøres", "regel", "riktig_verdi", "post"])

        // Filled in "in Excel" and saved as "CSV (semikolondelt)": Windows-1252, `;`, CRLF, no BOM.
        for index in lines.indices.dropFirst() {
            var cells = lines[index].components(separatedBy: ";")
            let field = cells[3]
            let post = cells[cells.count - 1]
            cells[cells.count - 2] = try #require(Self.rightValue(field, post, example), "\(field) of \(post)")
            lines[index] = cells.joined(separator: ";")
        }
        try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252)).write(to: URL(filePath: folder.path("fiks.csv")))

        let dryRun = await CommandRun("import", folder.path("fiks.csv"), "--into", catalog, "--dry-run")
        #expect(dryRun.output.contains("  changed    offer"), "\(dryRun.output) \(dryRun.errors)")
        let back = await CommandRun("import", folder.path("fiks.csv"), "--into", catalog)
        #expect(back.code == .success, "\(back.errors)")
        #expect(back.output.contains(": kind, format, method\n"))

        let clean = await CommandRun("validate", catalog)
        #expect(clean.code == .success)
        #expect(clean.output.contains("0 errors, 0 warnings, 0 advice"), "\(clean.output)")
        #expect(
            try Data(contentsOf: URL(filePath: catalog)) == Data(contentsOf: URL(filePath: Repository.example)),
            "the corrected catalogue is the example again, byte for byte")
    }
}
