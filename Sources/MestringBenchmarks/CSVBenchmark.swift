import Foundation
import Mestring
import MestringCSV

/// CSV throughput: writes 100,000 offers with multi-line Norwegian descriptions as a catalogue
/// folder, parses offers.csv with Mestring's reader and with CPython's `csv` module on the same
/// file (goal: at least 2× CPython), and imports the whole folder into a catalogue (goal: under
/// 1 s), beside CPython's `csv` reading every table of the same folder. Each Mestring figure is the
/// best of three runs (the machine may be shared), with the processor time of that run.
enum CSVBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }
    static let runs = 3

    static func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mestring-csv-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try readMillionRows(in: folder)
        let catalog = makeCatalog()
        let target = folder.appending(path: "catalog")

        let writeTime = try Stopwatch.best(of: runs) { try CSVCatalogWriter().write(catalog, toFolder: target) }
        let folderBytes = try size(of: target)
        let totalRows = catalog.recordCount + catalog.offers.reduce(0) { $0 + $1.involvement.count + ($1.schedule?.sessions.count ?? 0) }
        report("write folder (Mestring)", bytes: folderBytes, rows: totalRows, seconds: writeTime)

        let offersFile = target.appending(path: "offers.csv")
        let offersBytes = try size(of: offersFile)
        var swiftRows = 0
        let parseTime = try Stopwatch.best(of: runs) { swiftRows = try parse(offersFile) }
        report("parse offers.csv (Mestring CSVReader)", bytes: offersBytes, rows: swiftRows, seconds: parseTime)

        if let python = try pythonParse([offersFile]) {
            report("parse offers.csv (CPython csv, timed in Python)", bytes: offersBytes, rows: python.rows, seconds: (python.seconds, python.seconds))
            print(String(format: "   Mestring is %.1f× CPython csv", python.seconds / parseTime.wall))
            BenchmarkSummary.shared.record(
                "CSV parse offers.csv (\(offersBytes / 1_000_000) MB)", goal: "≥ 2× CPython csv",
                measured: String(format: "%.2f× (%.0f ms; CPython %.0f ms)", python.seconds / parseTime.wall, parseTime.wall * 1000, python.seconds * 1000),
                met: python.seconds / parseTime.wall >= 2)
        } else {
            print("   python3 not found: CPython comparison skipped")
        }

        // Each run's catalogue is kept until the runs are over, so that no run is charged with
        // freeing the previous run's 100,000 offers.
        var importedRuns: [Catalog] = []
        let importTime = try Stopwatch.best(of: runs) {
            importedRuns.append(try CSVImporter().importCatalog(from: target).catalog)
        }
        let imported = importedRuns.removeLast()
        importedRuns.removeAll()
        report("import folder into a catalogue", bytes: folderBytes, rows: totalRows, seconds: importTime)
        let tables = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted().map { target.appending(path: $0) }
        let pythonFolder = try pythonParse(tables)
        if let pythonFolder {
            print(String(format: "   anchor: CPython csv reads the same %d tables (%d rows) in %.3f s", tables.count, pythonFolder.rows, pythonFolder.seconds))
        }
        print("   catalogue read back equals the one written: \(imported == catalog)")
        BenchmarkSummary.shared.record(
            "CSV import \(tables.count)-table folder, \(offerCount) offers", goal: "< 1 s",
            measured: String(format: "%.3f s (CPython csv reading the folder: %@)", importTime.wall, pythonFolder.map { String(format: "%.3f s", $0.seconds) } ?? "n/a"),
            met: importTime.wall < 1 && imported == catalog)
    }

    /// Streams a million rows through the writer and the reader, and shows that the reader's
    /// memory does not grow with the file: the peak resident size before and after reading.
    static func readMillionRows(in folder: URL) throws {
        let url = folder.appending(path: "million.csv")
        let writer = try CSVWriter(url: url, dialect: .excel)
        try writer.writeRow(["offer_id", "date", "start", "duration_minutes", "topic"])
        for index in 0..<1_000_000 {
            try writer.writeRow(["offer-\(index / 4)", "2026-03-0\(index % 9 + 1)", "18:00", "120", "Samling \(index % 4 + 1): «pust»; søvn, \"mat\""])
        }
        try writer.finish()
        let before = peakResidentKilobytes()
        var rows = 0
        let time = try Stopwatch.best(of: runs) {
            rows = 0
            let reader = try CSVReader(url: url)
            var record = CSVRecord()
            while try reader.readRecord(into: &record) { rows += 1 }
        }
        report("stream 1,000,000 rows (Mestring CSVReader)", bytes: try size(of: url), rows: rows, seconds: time)
        print("   peak resident memory before reading \(before / 1024) MB, after \(peakResidentKilobytes() / 1024) MB")
    }

    /// The largest resident size of this process so far, in kilobytes.
    static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return usage.ru_maxrss
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss / 1024
        #endif
    }

    /// Reads every record and makes a String of every field, as CPython makes a str of each.
    static func parse(_ url: URL) throws -> Int {
        let reader = try CSVReader(url: url)
        var record = CSVRecord()
        var rows = 0
        var characters = 0
        while try reader.readRecord(into: &record) {
            rows += 1
            for index in 0..<record.count { characters &+= record[index].utf8.count }
        }
        precondition(characters > 0)
        return rows
    }

    /// Times CPython's csv module inside Python, on the same files (the best of three runs, as
    /// Mestring's figures are).
    static func pythonParse(_ urls: [URL]) throws -> (rows: Int, seconds: Double)? {
        let script = """
            import csv, sys, time
            best = None
            for _ in range(3):
                start = time.perf_counter()
                rows = 0
                for name in sys.argv[1:]:
                    with open(name, newline='', encoding='utf-8-sig') as handle:
                        for row in csv.reader(handle):
                            rows += 1
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            print(rows, best)
            """
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + urls.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let parts = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard process.terminationStatus == 0, parts.count == 2, let rows = Int(parts[0]),
            let seconds = Double(parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return (rows, seconds)
    }

    static func makeCatalog() -> Catalog {
        let paragraphs = [
            "Kurset gir kunnskap om sykdommen, behandling og hverdagsliv med \"KOLS\"; vi snakker om pust, søvn og ernæring.",
            "Du møter andre i samme situasjon, og en erfaren bruker deler sine erfaringer – «det hjalp meg å forstå».",
            "Pårørende er velkomne. Kurset holdes på Lærings- og mestringssenteret, 2. etasje; ta med matpakke.",
            "Tilbudet er gratis, men krever henvisning fra fastlege eller spesialist, og påmelding innen fristen.",
        ]
        var catalog = Catalog(info: CatalogInfo(title: "Ytelsestest", publisher: "Mestring"))
        for index in 0..<50 {
            catalog.providers.upsert(
                Provider(
                    id: .init("provider-\(index)"), name: .init(bokmal: "Tilbyder \(index), Bjørnafjorden"),
                    kind: ProviderKind.allCases[index % ProviderKind.allCases.count], organisationNumber: "974589095",
                    municipalities: ["4624", "4601"]))
        }
        for index in 0..<500 {
            catalog.people.upsert(
                Person(
                    id: .init("person-\(index)"), name: "Kari Nordmann \(index)", role: InvolvementRole.allCases[index % 5],
                    livedExperience: index % 3 == 0 ? [LivedExperience(kind: .ownIllness, diagnoses: [.icd10("J44")])] : [],
                    listingConsent: index % 2 == 0))
        }
        for index in 0..<offerCount {
            let description = (0..<4).map { paragraphs[($0 + index) % paragraphs.count] }.joined(separator: "\n")
            catalog.offers.upsert(
                Offer(
                    id: .init("offer-\(index)"), title: LocalizedText([.bokmal: "Lærings- og mestringskurs \(index): «Leve med KOLS»", .nynorsk: "Meistringskurs \(index)"]),
                    summary: LocalizedText(bokmal: description), kind: OfferKind.allCases[index % 7], format: index % 2 == 0 ? .group : .individual,
                    provider: .init("provider-\(index % 50)"), focus: .diagnosisSpecific,
                    diagnoses: [.icd10("J44", "Kronisk obstruktiv lungesykdom"), .icpc2("R95")], themes: ["pust", "ernæring; søvn"],
                    method: .equalFooting, stages: [.treatment, .followUp], audiences: [.patients, .nextOfKin], deliveryMode: .inPerson,
                    languages: ["nb", "se"], accessibility: Accessibility(wheelchairAccessible: true, hearingLoop: index % 2 == 0),
                    schedule: Schedule(
                        startDate: LocalDate(year: 2026, month: 3, day: 2), sessionCount: 4,
                        sessions: [Session(date: LocalDate(year: 2026, month: 3, day: 2), start: TimeOfDay(hour: 18, minute: 0), durationMinutes: 120)]),
                    capacity: 14, price: .free, signUp: SignUp(method: .either, url: "https://example.no/pamelding?kurs=\(index)"),
                    municipalities: ["4601", "4624"], venue: "Haukeland universitetssjukehus, Jonas Lies vei 65, 5021 Bergen",
                    involvement: [
                        Involvement(person: .init("person-\(index % 500)"), phases: [.planning, .delivery, .evaluation]),
                        Involvement(person: .init("person-\((index + 1) % 500)"), phases: [.delivery]),
                    ],
                    expectedOutcomes: [.copingAndSelfEfficacy], requiresSpecialistCompetence: index % 4 == 0))
        }
        return catalog
    }

    static func size(of url: URL) throws -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).reduce(0) { $0 + (try size(of: url.appending(path: $1))) }
    }

    static func report(_ label: String, bytes: Int, rows: Int, seconds: (wall: Double, processor: Double)) {
        let megabytes = Double(bytes) / 1_000_000
        print(
            String(
                format: "%@: %.1f MB, %d rows in %.3f s (processor %.3f s) = %.1f MB/s, %.0f rows/s", label, megabytes, rows,
                seconds.wall, seconds.processor, megabytes / seconds.wall, Double(rows) / seconds.wall))
    }
}
