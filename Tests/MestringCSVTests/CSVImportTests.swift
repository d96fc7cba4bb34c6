import Foundation
import Mestring
import MestringCSV
import Testing

@Suite("CSV import: dialects, mapping and spreadsheets as integrators save them")
struct CSVImportTests {
    @Test func norwegianExcelOffersFileImportsOnItsOwn() throws {
        // What a municipality exports from Excel: semicolons, BOM, Norwegian headers and values,
        // providers named only by organisation number.
        let text = """
            ID;Tittel;Tilbudstype;Form;Organisasjonsnummer;Tilbydernavn;Fokus;Metode;Målgruppe;Kommunenummer;Språk;Startdato;Rullestoltilgjengelig
            b-1;Leve med diabetes;gruppetilbud;gruppebasert;974 589 095;Bergen kommune;leve med;sidestilling av fag- og erfaringskompetanse;pasienter, pårørende;4601;nb;02.03.2026;ja
            b-2;Pårørendeskole;Group-Programme;group;974589095;;theme;equal-footing;next-of-kin;4601|4627;nb|se;2026-04-01;nei
            """
        let files = try CSVFiles([:])
        try files.write("tilbud.csv", [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let report = try files.importReport("tilbud.csv", CSVImportOptions(mapping: .norwegian))
        let offers = report.catalog.offers
        #expect(offers.map(\.id) == ["b-1", "b-2"])
        #expect(offers[0].title.preferred == "Leve med diabetes")
        #expect(offers[0].kind == .groupProgramme && offers[1].kind == .groupProgramme)
        #expect(offers[0].focus == .livingWith)
        #expect(offers[0].audiences == [.patients, .nextOfKin])
        #expect(offers[1].municipalities == ["4601", "4627"])
        #expect(offers[1].languages == ["nb", "se"])
        #expect(offers[0].schedule?.startDate == LocalDate(year: 2026, month: 3, day: 2))
        #expect(offers[0].accessibility?.wheelchairAccessible == true)
        #expect(offers[1].accessibility?.wheelchairAccessible == false)
        // One provider created from the organisation number, used by both offers.
        #expect(report.createdProviders == ["974589095"])
        let provider = try #require(report.catalog.providers.first)
        #expect(provider.organisationNumber == "974589095")
        #expect(provider.name.preferred == "Bergen kommune")
        #expect(provider.kind == nil, "the file does not say what kind of organisation it is; a guess would look like a fact")
        #expect(offers.allSatisfy { $0.provider == "974589095" })
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].message.contains("created provider"))
    }

    @Test func organisationNumberFindsTheProviderInProvidersCSV() throws {
        let files = try CSVFiles([
            "providers.csv": "id,name,kind,organisation_number\nbergen-lms,Bergen LMS,hospital-learning-centre,983 974 724\n",
            "offers.csv": "id,title,kind,format,provider_organisation_number,focus,method\no1,Kurs,group-programme,group,983974724,theme,equal-footing\n",
        ])
        let report = try files.importReport()
        #expect(report.catalog.offers.first?.provider == "bergen-lms")
        #expect(report.createdProviders.isEmpty)
        #expect(report.catalog.providers.count == 1)
    }

    @Test func windows1252FileKeepsNorwegianLetters() throws {
        let files = try CSVFiles([:])
        var bytes = Array("id;title;kind;format;provider;focus;method;venue\no1;Kurs for p".utf8)
        bytes += [0xE5] + Array("r".utf8) + [0xF8] + Array("rende;group-programme;group;p;theme;equal-footing;Troms".utf8) + [0xF8, 0x0D, 0x0A]
        try files.write("offers.csv", bytes)
        let offer = try #require(try files.importReport().catalog.offers.first)
        #expect(offer.title.preferred == "Kurs for pårørende")
        #expect(offer.venue == "Tromsø")
    }

    @Test func badValueNamesFileLineRowColumnAndExpectation() throws {
        let files = try CSVFiles([
            "offers.csv": CSVFiles.offerHeader + "\n" + CSVFiles.offerRow("o1") + "\n\"o2\",\"two\nlines\",group-programme,group,p1,theme,equal-footing,naboer\n"
        ])
        let error = try files.importError()
        #expect(error.kind == .malformedData)
        #expect(error.file == files.url("offers.csv").path)
        #expect(error.row == 3, "the header is row 1, as a spreadsheet numbers it")
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.field == "audiences")
        #expect(error.message == "unknown audience \"naboer\"; expected one of patients, users, next-of-kin, young-next-of-kin, families, health-personnel")
        #expect(error.description.hasSuffix("offers.csv:3:8: row 3: audiences: unknown audience \"naboer\"; expected one of patients, users, next-of-kin, young-next-of-kin, families, health-personnel"))
    }

    @Test func mappedColumnIsNamedAsTheIntegratorWroteIt() throws {
        let files = try CSVFiles(["offers.csv": "id,Tittel,kind,format,provider,focus,method,Målgruppe\no1,Kurs,group-programme,group,p,theme,equal-footing,alle\n"])
        let error = try files.importError(nil, CSVImportOptions(mapping: .norwegian))
        #expect(error.field == "Målgruppe (audiences)")
    }

    @Test func collectingImportsGoodRowsAndReportsEveryProblemOfBadOnes() throws {
        let files = try CSVFiles([
            "offers.csv": [
                CSVFiles.offerHeader + ",minimum_age,start_date", CSVFiles.offerRow("o1") + ",18,2026-01-01",
                "o2,Kurs,group-programme,klasse,p1,theme,equal-footing,patients,atten,2026-13-45x",
                CSVFiles.offerRow("o3") + ",,", "o4,Kurs,group-programme", CSVFiles.offerRow("o5") + ",,",
            ].joined(separator: "\n"),
            "involvement.csv": "offer_id,person_id,phases\no1,p,planning\no2,p,delivery\nnope,p,planning\no3,p,evaluering\n",
        ])
        let report = try files.importReport(nil, CSVImportOptions(mode: .collecting))
        #expect(report.catalog.offers.map(\.id) == ["o1", "o3", "o5"])
        #expect(report.catalog.offers[0].involvement == [Involvement(person: "p", phases: [.planning])])
        #expect(report.catalog.offers[1].involvement == [Involvement(person: "p", phases: [.evaluation])])
        #expect(report.rejects.map(\.row) == [3, 5, 3, 4])
        #expect(report.rowsRead == 9)
        let o2 = report.rejects[0]
        #expect(o2.table == .offers && o2.line == 3)
        #expect(o2.problems.map(\.field) == ["format", "minimum_age", "start_date"])
        #expect(o2.problems[1].message.contains("not a whole number"))
        #expect(report.rejects[1].problems[0].message.contains("the row has 3 fields, the header has 10"))
        #expect(report.rejects[2].problems[0].message.contains("\"o2\" was rejected (offers.csv row 3)"))
        #expect(report.rejects[3].problems[0].message == "no row with id \"nope\" in offers.csv")
    }

    @Test func rejectsFileCanBeFixedAndImportedAgain() throws {
        let files = try CSVFiles([
            "offers.csv": "ID;Tittel;Tilbudstype;Form;Tilbyder;Fokus;Metode\no1;Kurs;gruppetilbud;gruppebasert;p;temaspesifikt;metode?\no2;\"Kurs; to\";gruppetilbud;individuelt;p;temaspesifikt;sidestilling av fag- og erfaringskompetanse\n"
        ])
        let options = CSVImportOptions(mode: .collecting, mapping: .norwegian)
        let report = try files.importReport(nil, options)
        #expect(report.catalog.offers.map(\.id) == ["o2"])
        let rejects = files.url("avviste")
        let written = try report.writeRejects(to: rejects)
        #expect(written.map(\.lastPathComponent) == ["offers.csv"])
        let text = String(decoding: try Data(contentsOf: rejects.appending(path: "offers.csv")), as: UTF8.self)
        #expect(text.hasPrefix("mestring_problems;mestring_row;ID;Tittel;Tilbudstype;Form;Tilbyder;Fokus;Metode\r\n"))
        #expect(text.contains("Metode (method): unknown method \"\"metode?\"\""), "the problem, quoted as CSV")
        // The integrator fixes the cell and imports the rejects folder: the extra columns are ignored.
        try Data(text.replacingOccurrences(of: ";metode?", with: ";overføring av kunnskap").utf8).write(to: rejects.appending(path: "offers.csv"))
        let again = try CSVImporter(options: options).importCatalog(from: rejects)
        #expect(again.rejects.isEmpty)
        #expect(again.catalog.offers.first?.method == .knowledgeTransfer)
    }

    @Test func unknownColumnIsRejectedWithASuggestionOrWarnedAbout() throws {
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + ",sumary\n" + CSVFiles.offerRow("o1") + ",Om kurset\n"])
        let error = try files.importError()
        #expect(error.field == "sumary")
        #expect(error.row == 1 && error.column == 9, "the header is row 1")
        #expect(error.message.contains("unknown column in offers.csv; did you mean summary?"))
        let report = try files.importReport(nil, CSVImportOptions(unknownColumns: .warn))
        #expect(report.catalog.offers.count == 1)
        #expect(report.warnings.map(\.field) == ["sumary"])
        // Mapped to "-", the column is ignored on purpose and nothing is reported.
        let ignoring = try files.importReport(nil, CSVImportOptions(mapping: try ColumnMapping(["sumary": nil])))
        #expect(ignoring.warnings.isEmpty)
    }

    /// Found by the fuzzer: a suggestion for a header cell of tens of kilobytes took minutes.
    @Test func hugeUnknownHeaderCellIsRejectedWithoutSuggestion() throws {
        let huge = String(repeating: "x", count: 200_000)
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + ",\(huge)\n" + CSVFiles.offerRow("o1") + ",x\n"])
        let error = try files.importError()
        #expect(error.column == 9)
        #expect(error.message.hasPrefix("unknown column in offers.csv") && !error.message.contains("did you mean"))
        let report = try files.importReport(nil, CSVImportOptions(unknownColumns: .warn))
        #expect(report.catalog.offers.count == 1)
    }

    @Test func unknownFileInTheFolderIsReported() throws {
        let files = try CSVFiles(["offer.csv": CSVFiles.offerHeader + "\n", "offers.csv": CSVFiles.offerHeader + "\n"])
        #expect(try files.importError().message.contains("unknown file"))
        #expect(try files.importReport(nil, CSVImportOptions(unknownColumns: .warn)).warnings.count == 1)
    }

    @Test func missingAndRepeatedColumnsStopTheImport() throws {
        let missing = try CSVFiles(["offers.csv": CSVFiles.offerHeader + "\n", "involvement.csv": "person_id,phases\np,planning\n"])
        #expect(try missing.importError(nil, CSVImportOptions(mode: .collecting)).message == "involvement.csv lacks the required column offer_id; found person_id, phases")
        let twice = try CSVFiles(["offers.csv": CSVFiles.offerHeader + ",Title\n"])
        #expect(try twice.importError().message == "the column title appears twice, as fields 2 and 9")
    }

    @Test func valueUnderABlankHeaderIsNotDropped() throws {
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + ",,\n" + CSVFiles.offerRow("o1") + ",,\n" + CSVFiles.offerRow("o2") + ",x,\n"])
        let report = try files.importReport(nil, CSVImportOptions(mode: .collecting))
        #expect(report.catalog.offers.map(\.id) == ["o1"])
        #expect(report.rejects.first?.problems.first?.column == 9)
    }

    @Test func blankLinesAreSkippedButCountAsRows() throws {
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + "\n\n" + CSVFiles.offerRow("o1") + "\n\n" + CSVFiles.offerRow("o2", audiences: "x") + "\n"])
        #expect(try files.importError().row == 5)
    }

    @Test func unterminatedQuoteNamesTheRowAndColumn() throws {
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + "\n" + CSVFiles.offerRow("o1") + "\no2,\"Kurs uten slutt\n"])
        let error = try files.importError(nil, CSVImportOptions(mode: .collecting))
        #expect(error.kind == .malformedData)
        #expect(error.line == 3 && error.row == 3 && error.field == "title")
        #expect(error.message.contains("never closed"))
    }

    @Test func hostileFilesEndInErrorsNotCrashes() throws {
        let hostile: [[UInt8]] = [
            Array((CSVFiles.offerHeader + "\n\"").utf8) + [UInt8](repeating: 0x61, count: 300_000),
            Array((CSVFiles.offerHeader + "\no1,a\0b").utf8),
            Array((CSVFiles.offerHeader + "\nø\n").utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0x0A],
            [0xFF, 0xFE] + Array("i\0d\0".utf8),
            Array(repeating: UInt8(ascii: "\""), count: 100_001),
        ]
        let options = CSVImportOptions(mode: .collecting, reading: CSVReadOptions(maximumRecordBytes: 100_000))
        for bytes in hostile {
            let files = try CSVFiles([:])
            try files.write("offers.csv", bytes)
            #expect(throws: StoreError.self) { try files.importReport(nil, options) }
        }
    }

    @Test func progressIsReportedUpToTheWholeSize() throws {
        let rows = (0..<10_000).map { CSVFiles.offerRow("o\($0)") }.joined(separator: "\n")
        let files = try CSVFiles(["offers.csv": CSVFiles.offerHeader + "\n" + rows + "\n", "involvement.csv": "offer_id,person_id\no1,p\n"])
        nonisolated(unsafe) var reports: [CSVImportProgress] = []
        _ = try CSVImporter().importCatalog(from: files.url) { reports.append($0) }
        #expect(reports.count >= 3)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead && $0.rowsRead <= $1.rowsRead })
        #expect(reports.last?.rowsRead == 10_001)
        #expect(reports.last?.fractionDone == 1)
        #expect(reports.last?.table == .involvement)
    }

    @Test func personalDataStaysOutOfMessages() throws {
        let files = try CSVFiles(["people.csv": "id,name,role,contact_phone,listing_consent\np1,Kari Nordmann,likeperson,+47 400 00 000,kanskje\n"])
        let report = try files.importReport(nil, CSVImportOptions(mode: .collecting))
        let text = report.problems.map(\.description).joined(separator: "\n")
        #expect(report.problems.count == 1)
        #expect(!text.contains("Kari") && !text.contains("400 00 000"))
    }

    @Test func newerFormatVersionIsRefused() throws {
        let files = try CSVFiles(["catalog.csv": "format,version\nmestring-catalog-csv,3\n"])
        #expect(try files.importError().kind == .unsupportedVersion)
        let foreign = try CSVFiles(["catalog.csv": "format,version\nsomething-else,1\n"])
        #expect(try foreign.importError().kind == .unsupportedVersion)
    }

    @Test func missingFolderIsNotFound() throws {
        let error = try CSVFiles([:]).importError("nothing-here")
        #expect(error.kind == .notFound)
    }
}
