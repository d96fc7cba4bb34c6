import Foundation
import Mestring
import MestringCSV
import Testing

@Suite("Column mapping: the integrator's own column names")
struct ColumnMappingTests {
    static let documentation = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Documentation")

    func mapping(_ text: String) throws -> ColumnMapping { try ColumnMapping(parsing: Array(text.utf8), file: "our.mapping") }

    func mappingError(_ text: String) throws -> StoreError {
        do {
            _ = try mapping(text)
        } catch let error as StoreError {
            return error
        }
        throw StoreError(.io, "the mapping was accepted")
    }

    @Test func mappingFileRenamesIgnoresAndScopesColumns() throws {
        let mapping = try mapping(
            """
            # Våre navn
            Tittel = title
            Målgruppe=audiences   # hvem tilbudet er for
            interne notater = -

            [providers]
            tittel = name
            """)
        let files = try CSVFiles([
            "offers.csv": "id,tittel,kind,format,provider,focus,method,målgruppe,Interne-Notater\no1,Kurs,e-learning,individual,p,theme,equal-footing,users,hemmelig\n",
            "providers.csv": "id,Tittel,kind\np,Bergen LMS,hospital-learning-centre\n",
        ])
        let report = try files.importReport(nil, CSVImportOptions(mapping: mapping))
        #expect(report.catalog.offers.first?.title.preferred == "Kurs")
        #expect(report.catalog.offers.first?.audiences == [.users])
        #expect(report.catalog.providers.first?.name.preferred == "Bergen LMS")
        #expect(report.warnings.isEmpty)
    }

    @Test func twoColumnCSVMappingWorksToo() throws {
        let csv = try mapping("their_name;our_name;table\ntittel;title;\nnavn;name;providers\nnotat;;\n")
        let pairs = try mapping("tittel = title\nnotat = -\n[providers]\nnavn = name\n")
        #expect(csv == pairs)
    }

    @Test func mistakesInAMappingNameTheLine() throws {
        let unknownColumn = try mappingError("tittel = title\nkommune = municipality\n")
        #expect(unknownColumn.line == 2)
        #expect(unknownColumn.file == "our.mapping")
        #expect(unknownColumn.message.contains("\"municipality\" is not a column of any table"))
        #expect(try mappingError("[tilbud]\n").message.contains("unknown table \"tilbud\""))
        #expect(try mappingError("tittel = title\n[people]\ntittel = title\n").line == 3)
        #expect(try mappingError("ok = title\njust words\n").line == 2)
    }

    @Test func windows1252MappingFileIsRead() throws {
        let bytes = Array("m".utf8) + [0xE5] + Array("lgruppe = audiences\n".utf8)
        let mapping = try ColumnMapping(parsing: bytes)
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader.replacingOccurrences(of: "audiences", with: "Målgruppe") + "\n" + CSVFiles.offerRow("o1") + "\n"])
        #expect(try files.importReport(nil, CSVImportOptions(mapping: mapping)).catalog.offers.first?.audiences == [.patients])
    }

    @Test func laterMappingWinsWhenMerged() throws {
        let merged = try mapping("tittel = title\n").merging(try mapping("tittel = summary\n"))
        #expect(merged.text == "tittel = summary\n")
    }

    @Test func norwegianMappingIsTheShippedExampleFile() throws {
        let file = try ColumnMapping(contentsOf: Self.documentation.appending(path: "Examples/norwegian-headers.mapping"))
        #expect(file == ColumnMapping.norwegian)
        #expect(try mapping(ColumnMapping.norwegian.text) == ColumnMapping.norwegian, "every target is a real column")
    }

    /// To regenerate Documentation/CSV.md's dictionary after changing a column, run the tests with
    /// `MESTRING_UPDATE_DOCS=1`.
    @Test func columnDictionaryInTheDocumentationIsCurrent() throws {
        let file = Self.documentation.appending(path: "CSV.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- column-dictionary:begin -->\n"))
        let end = try #require(text.range(of: "<!-- column-dictionary:end -->"))
        if ProcessInfo.processInfo.environment["MESTRING_UPDATE_DOCS"] == "1" {
            try (text[..<begin.upperBound] + CSVFormat.columnDictionary + text[end.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(String(text[begin.upperBound..<end.lowerBound]) == CSVFormat.columnDictionary, "run the tests with MESTRING_UPDATE_DOCS=1")
    }

    @Test func columnNamesAreUniqueAndAlreadyFolded() throws {
        for table in CSVTable.allCases {
            let names = CSVFormat.columns(of: table).map(\.name)
            #expect(Set(names).count == names.count, "\(table.fileName) names a column twice")
            #expect(names.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        }
    }
}
