import Foundation
import Mestring
import MestringCSV
import MestringConformance
import Testing
import MestringTestSupport

@Suite("CSV folders: lossless, deterministic and atomic")
struct CSVFolderTests {
    func bytes(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appending(path: name))
        }
        return files
    }

    @Test func csvToCatalogueToCSVIsByteIdentical() async throws {
        let temporary = try TemporaryFolder()
        let first = temporary.url.appending(path: "first")
        let second = temporary.url.appending(path: "second")
        try CSVCatalogWriter().write(ConformanceFixture.catalog, toFolder: first)
        let read = try CSVImporter().importCatalog(from: first).catalog
        try CSVCatalogWriter().write(read, toFolder: second)
        #expect(try bytes(of: first) == bytes(of: second))
        #expect(try bytes(of: first).keys.sorted() == CSVTable.allCases.filter { $0 != .sources }.map(\.fileName).sorted(), "sources.csv only with sources")
    }

    /// A folder written by format version 1 has neither the programme and evaluation tables nor
    /// their columns, and still imports.
    @Test func version1FolderImportsWithoutProgrammesAndEvaluations() throws {
        let temporary = try TemporaryFolder()
        try Data("format,version\nmestring-catalog-csv,1\n".utf8).write(to: temporary.url.appending(path: "catalog.csv"))
        try Data("id,name,role,profession\np1,,professional,sykepleier\n".utf8).write(to: temporary.url.appending(path: "people.csv"))
        let report = try CSVImporter().importCatalog(from: temporary.url)
        #expect(report.problems.isEmpty)
        #expect(report.catalog.people.first?.profession == .nurse, "a profession's Norwegian name reads as the vocabulary")
        #expect(report.catalog.programmes.isEmpty && report.catalog.evaluations.isEmpty)
    }

    @Test func valuesAtTheEdgesOfTheFormatComeBack() async throws {
        var catalog = Catalog(info: CatalogInfo(title: "", publisher: "=SUM(A1)", notice: "; \"\" ,"))
        catalog.providers.upsert(
            Provider(id: "p|1", name: LocalizedText(), kind: .hospitalDepartment, coordinatingUnit: CoordinatingUnit(name: ""), phone: ""))
        catalog.people.upsert(
            Person(
                id: "person", name: "", role: .peerHelper, healthPedagogy: HealthPedagogyCompetence(basis: ""),
                livedExperience: [LivedExperience(kind: .disability, notes: "")],
                peerTraining: PeerTraining(programme: "", completed: LocalDate(year: 2026, month: 2, day: 30)),
                contact: PersonalContact(phone: "")))
        catalog.offers.upsert(
            Offer(
                id: "edge", title: LocalizedText([.english: "Only English"]), summary: LocalizedText(), kind: .peerGroup,
                format: .group, provider: "", partners: ["", "p|q"], focus: .theme,
                diagnoses: [DiagnosisCode(system: .icd10, code: "A=B|C\\D", label: "x|y=z\\"), DiagnosisCode(system: .snomedCT, code: "", label: "")],
                themes: ["a|b", "c\\d", "", " med mellomrom "], method: .experienceSharing, accessibility: Accessibility(),
                eligibility: Eligibility(notes: LocalizedText()), schedule: Schedule(sessions: [Session(date: LocalDate(year: 2026, month: 1, day: 1), topic: LocalizedText())]),
                price: Price(amount: -5, notes: LocalizedText()), signUp: SignUp(method: .referral, url: ""), venue: "", website: "\u{1F601}",
                involvement: [Involvement(person: "", phases: [])]))
        catalog.offers.upsert(
            Offer(id: "schedule-only", title: "", kind: .eLearning, format: .individual, provider: "p|1", focus: .livingWith, method: .knowledgeTransfer, schedule: Schedule()))
        catalog.pathways.upsert(Pathway(id: "", name: LocalizedText(), summary: LocalizedText(), steps: [PathwayStep(offer: "", stage: .followUp, handOver: LocalizedText())]))
        let folder = try TemporaryFolder()
        for dialect in [CSVDialect.rfc4180, .excel] {
            let store = CSVCatalogStore(folderURL: folder.url.appending(path: "edge"), dialect: dialect)
            try await store.save(catalog)
            let loaded = try await store.load()
            #expect(loaded == catalog)
        }
    }

    @Test func emptyContactIsTheOneValueNotHeld() async throws {
        let person = Person(id: "p", name: "Navn", role: .professional, contact: PersonalContact())
        let folder = try TemporaryFolder()
        let store = CSVCatalogStore(folderURL: folder.url.appending(path: "c"))
        try await store.save(Catalog(people: [person]))
        #expect(try await store.load().people.first?.contact == nil)
    }

    @Test func excelDialectWritesByteOrderMarkAndSemicolons() throws {
        let folder = try TemporaryFolder()
        try CSVCatalogWriter(dialect: .excel).write(ConformanceFixture.catalog, toFolder: folder.url.appending(path: "x"))
        let offers = try Data(contentsOf: folder.url.appending(path: "x/offers.csv"))
        #expect(Array(offers.prefix(11)) == [0xEF, 0xBB, 0xBF] + Array("id;title".utf8))
    }

    @Test func failedWriteLeavesTheOldFilesIntact() async throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "katalog")
        let store = CSVCatalogStore(folderURL: target)
        try await store.save(ConformanceFixture.catalog)
        let before = try bytes(of: target)
        // A write that fails on the file system: the target's parent is a file.
        let impossible = CSVCatalogStore(folderURL: target.appending(path: "offers.csv/nested"))
        await #expect(throws: StoreError.self) { try await impossible.save(Catalog()) }
        #expect(try bytes(of: target) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["katalog"], "no temporary folder is left")
    }

    @Test func nestedRowsOfRepeatedIdentifiersStayWithTheirRecord() async throws {
        let offer = Offer(
            id: "twin", title: "A", kind: .eLearning, format: .individual, provider: "p", focus: .theme, method: .knowledgeTransfer,
            schedule: Schedule(sessions: [Session(date: LocalDate(year: 2026, month: 1, day: 1))]),
            involvement: [Involvement(person: "a", phases: [.planning])])
        var second = offer
        second.title = "B"
        second.involvement = [Involvement(person: "b", phases: [.delivery])]
        var third = offer
        third.schedule = nil
        third.involvement = [Involvement(person: "c", phases: [])]
        let person = Person(id: "p", name: "", role: .peerHelper, livedExperience: [LivedExperience(kind: .ownIllness)])
        var personTwin = person
        personTwin.livedExperience = [LivedExperience(kind: .nextOfKin)]
        let pathway = Pathway(id: "f", name: "F", steps: [PathwayStep(stage: .prevention)])
        var pathwayTwin = pathway
        pathwayTwin.steps = [PathwayStep(stage: .followUp)]
        let catalog = Catalog(offers: [offer, second, third], people: [person, personTwin], pathways: [pathway, pathwayTwin])
        let folder = try TemporaryFolder()
        let store = CSVCatalogStore(folderURL: folder.url.appending(path: "t"))
        try await store.save(catalog)
        #expect(try await store.load() == catalog)
        let involvement = try String(contentsOf: folder.url.appending(path: "t/involvement.csv"), encoding: .utf8)
        #expect(involvement == "offer_id,offer_occurrence,person_id,phases\r\ntwin,,a,planning\r\ntwin,2,b,delivery\r\ntwin,3,c,\r\n")
    }

    @Test func occurrenceBeyondTheRecordsIsRejected() throws {
        let files = try CSVFiles([
            "offers.csv": CSVFiles.offerHeader + "\n" + CSVFiles.offerRow("o1") + "\n",
            "involvement.csv": "offer_id,offer_occurrence,person_id\no1,1,a\no1,2,b\no1,0,c\n",
        ])
        let report = try files.importReport(nil, CSVImportOptions(mode: .collecting))
        #expect(report.catalog.offers.first?.involvement.map(\.person) == ["a"])
        #expect(report.rejects.map(\.problems.first?.message) == [
            "there is no record number 2 with id \"o1\" in offers.csv", "0 is not an occurrence; expected 1, 2, 3… (blank for the first)",
        ])
    }

    @Test func saveReplacesTheFolderAndKeepsOtherFiles() async throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "katalog")
        let store = CSVCatalogStore(folderURL: target)
        try await store.save(ConformanceFixture.catalog)
        try Data("Les meg".utf8).write(to: target.appending(path: "LESMEG.txt"))
        try await store.save(Catalog())
        #expect(try String(contentsOf: target.appending(path: "LESMEG.txt"), encoding: .utf8) == "Les meg")
        #expect(try await store.load() == Catalog())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["katalog"])
    }

    @Test func publicExportLeavesPersonalDataOut() throws {
        let folder = try TemporaryFolder()
        try CSVCatalogWriter(includesPersonalData: false).write(ConformanceFixture.catalog, toFolder: folder.url.appending(path: "p"))
        let people = try String(contentsOf: folder.url.appending(path: "p/people.csv"), encoding: .utf8)
        #expect(!people.contains("maret@example.no") && !people.contains("400 00 001"))
        #expect(people.contains(Catalog.unlistedPersonName))
    }

    @Test func singleOffersFileIsAReadOnlyStore() async throws {
        let files = try CSVFiles(["tilbud.csv": CSVFiles.offerHeader + "\n" + CSVFiles.offerRow("o1") + "\n"])
        let store = CSVCatalogStore(folderURL: files.url("tilbud.csv"))
        #expect(store.capabilities == .read, "tools must know before they try to save")
        #expect(CSVCatalogStore(folderURL: files.url("katalog")).capabilities == .readWrite)
        #expect(try await store.load().offers.map(\.id) == ["o1"])
        do {
            try await store.save(Catalog())
            Issue.record("saving into a single file succeeded")
        } catch let error as StoreError {
            #expect(error.kind == .readOnly)
        }
    }

    @Test func missingFolderIsNotFound() async throws {
        let store = CSVCatalogStore(folderURL: URL(filePath: "/nonexistent/katalog"))
        do {
            _ = try await store.load()
            Issue.record("loading a missing folder succeeded")
        } catch let error as StoreError {
            #expect(error.kind == .notFound)
            #expect(error.file == "/nonexistent/katalog")
        }
    }
}
