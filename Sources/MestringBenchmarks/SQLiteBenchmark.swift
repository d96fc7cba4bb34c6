import Foundation
import Mestring
import MestringSQLite

/// Speed of the SQLite store on a national-size catalogue: 100,000 offers with long Norwegian
/// descriptions.
///
/// - Save into a new file (one transaction, every index and the full-text index built), compared
///   with the `sqlite3` shell doing the equivalent work on the same data: `.import` of an offers
///   CSV into a table, then an FTS5 index over title and description. Goal: at most 1.2× the shell.
/// - Each query shape, median of many runs, beside the reference answer; both as whole offers
///   (`offers(matching:)`) and as the answer alone (`matches(for:)`) plus reading every offer of it
///   (`Catalog.offers(matching:)` in memory on the same catalogue, which must give the same offers).
///   Goals: about 200 offers under 1 ms, relevance-ranked with limit 20 under 2 ms, about 3,000
///   text hits under 5 ms, judged on the wall time of whole offers (processor time beside it).
/// - `load()` of the whole catalogue (goal: under 0.5 s wall), beside the `sqlite3` shell reading every
///   row of the same tables.
enum SQLiteBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }
    /// Saves and shell imports alternate this many times; medians are reported, because other
    /// work on the machine slows single runs unevenly.
    static let rounds = 3

    static func run() async throws {
        if let database = BenchmarkOptions.current.database {
            let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first(where: FileManager.default.isExecutableFile(atPath:))
            let catalog = try await SQLiteCatalogStore(path: database, access: .readOnly).load()
            print("catalogue \(database): \(catalog.offers.count) offers (read-only: queries and load only)")
            return try await queries(database, catalog: catalog, shell: shell)
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "mestring-sqlite-benchmark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let catalog = Generator.make(offers: offerCount)
        let textBytes = catalog.offers.reduce(0) { $0 + $1.title.preferred.utf8.count + ($1.summary?.preferred.utf8.count ?? 0) }
        print("catalogue: \(catalog.offers.count) offers, \(catalog.providers.count) providers, \(textBytes / 1_000_000) MB of title and description text")
        let csv = folder.appending(path: "offers.csv")
        try Generator.csv(catalog).write(to: csv, atomically: false, encoding: .utf8)
        let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
            .first(where: FileManager.default.isExecutableFile(atPath:))

        let storePath = folder.appending(path: "store.sqlite").path
        var storeTimes: [Double] = []
        var shellTimes: [Double] = []
        var storeProcessor: [Double] = []
        var shellProcessor: [Double] = []
        for round in 0..<rounds {
            let path = folder.appending(path: "store-\(round).sqlite").path
            let processorStart = Stopwatch.processorSeconds()
            storeTimes.append(try await measure {
                let store = try SQLiteCatalogStore(path: path)
                try await store.save(catalog)
            })
            storeProcessor.append(Stopwatch.processorSeconds() - processorStart)
            if let shell {
                let childStart = childProcessorSeconds()
                shellTimes.append(try shellImport(csv, shell: shell, into: folder.appending(path: "shell-\(round).sqlite")))
                shellProcessor.append(childProcessorSeconds() - childStart)
            }
            if round > 0 { try removeDatabase(path) }
        }
        try FileManager.default.moveItem(atPath: folder.appending(path: "store-0.sqlite").path, toPath: storePath)
        let store = median(storeTimes)
        let storeCPU = median(storeProcessor)
        print(
            String(
                format: "save %d offers into a new file, all indexes + FTS5: median %.2f s processor of %@, %.2f s wall of %@", offerCount,
                storeCPU, format(storeProcessor), store, format(storeTimes)))
        if shell != nil {
            let shell = median(shellTimes)
            let shellCPU = median(shellProcessor)
            print(
                String(
                    format: "sqlite3 shell, .import CSV + FTS5 over title and description: median %.2f s processor of %@, %.2f s wall of %@",
                    shellCPU, format(shellProcessor), shell, format(shellTimes)))
            print(String(format: "store/shell: %.2f× processor, %.2f× wall (goal ≤ 1.2×)", storeCPU / shellCPU, store / shell))
            BenchmarkSummary.shared.record(
                "SQLite save \(offerCount) offers, all indexes + FTS5", goal: "≤ 1.2× sqlite3 shell",
                measured: String(
                    format: "%.2f× processor, %.2f× wall (%.2f s / %.2f s; shell .import + FTS5 %.2f s / %.2f s)", storeCPU / shellCPU,
                    store / shell, storeCPU, store, shellCPU, shell),
                met: storeCPU / shellCPU <= 1.2)
        } else {
            print("sqlite3 shell not found: comparison skipped")
        }
        let size = (try FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int) ?? 0
        print("database file: \(size / 1_000_000) MB")
        try await queries(storePath, catalog: catalog, shell: shell)
    }

    /// A query shape, with the goal issue 13 sets for it when it has one (milliseconds).
    typealias Shape = (name: String, query: OfferQuery, goal: Double?)

    static func queries(_ storePath: String, catalog: Catalog, shell: String?) async throws {
        let store = try SQLiteCatalogStore(path: storePath, access: .readOnly)
        let shapes: [Shape] = [
            ("municipality 4601 + audience next-of-kin", OfferQuery(municipalities: ["4601"], audiences: [.nextOfKin]), 1),
            ("municipality 0301 + audience patients, limit 20", OfferQuery(municipalities: ["0301"], audiences: [.patients], limit: 20), nil),
            ("municipality 5001 + text \"smerte\"", OfferQuery(municipalities: ["5001"], text: "smerte"), nil),
            ("text \"kols\", limit 20", OfferQuery(text: "kols", limit: 20), nil),
            ("text \"hjertesvikt\" by relevance, limit 20", OfferQuery(text: "hjertesvikt", ordering: .relevance, limit: 20), 2),
            ("text \"demens pårør\"", OfferQuery(text: "demens pårør"), 5),
        ]
        for shape in shapes {
            let answer = try await store.offers(matching: shape.query)
            let median = try await medianMilliseconds(iterations: 100) { _ = try await store.offers(matching: shape.query) }
            // The answer without reading the offers (`matches(for:)`: count and identifiers), and
            // reading every matched offer from it: both, so that neither hides the other.
            let matches = try await store.matches(for: shape.query)
            let found = try await medianMilliseconds(iterations: 100) { _ = try await store.matches(for: shape.query) }
            let materialised = try await medianMilliseconds(iterations: 20) { _ = try await matches.offers() }
            let same = matches.ids == answer.map(\.id)
            let anchor = try self.anchor(for: shape.query, catalog: catalog, store: answer, database: storePath, shell: shell)
            print(
                String(
                    format: "query %@: %d offers, median %.3f ms processor, %.3f ms wall; matches(for:) %.3f ms processor (%.3f wall), then reading all %d offers %.3f ms processor, same ids: %@; anchor, %@",
                    shape.name, answer.count, median.processor, median.wall, found.processor, found.wall, matches.count,
                    materialised.processor, same ? "yes" : "NO", anchor.text))
            guard let goal = shape.goal else { continue }
            BenchmarkSummary.shared.record(
                "SQLite query \(shape.name) (\(answer.count) offers)", goal: String(format: "< %.0f ms median", goal),
                measured: String(
                    format: "as [Offer] %.2f ms wall (%.2f processor); answer alone (matches) %.2f ms, + reading all offers %.2f ms (%@)",
                    median.wall, median.processor, found.processor, materialised.processor, anchor.text),
                // Judged on whole offers, what `offers(matching:)` returns: the answer alone is
                // printed beside it, not counted as meeting the goal. Judged on the wall time, what
                // a caller waits: a long answer is read on both cores, so its processor time (both
                // threads) is more than the wait. On a busy machine the wall time is inflated;
                // judge a quiet run.
                met: median.wall < goal && anchor.agrees && same)
        }
        var loaded = Catalog()
        let load = try await medianMilliseconds(iterations: 3) { loaded = try await store.load() }
        let shellScan = try shell.map { try shellReadAll(storePath, shell: $0) }
        let scan = shellScan.map { String(format: "%.0f ms", $0 * 1000) } ?? "n/a"
        print(
            String(
                format: "load() of all %d offers: median %.0f ms processor, %.0f ms wall; equal to the saved catalogue: %@; anchor, sqlite3 shell reading every row of the same tables: %@",
                catalog.offers.count, load.processor, load.wall, loaded == catalog ? "yes" : "NO", scan))
        BenchmarkSummary.shared.record(
            "SQLite load() of \(catalog.offers.count) offers", goal: "< 500 ms",
            measured: String(format: "%.0f ms wall, %.0f ms processor (sqlite3 shell reading all rows: %@)", load.wall, load.processor, scan),
            // The wall time, as for the queries: the offers are read on both cores.
            met: load.wall < 500 && loaded == catalog)
    }

    /// What a query is measured beside. Without text: `Catalog.offers(matching:)` in memory on the
    /// same catalogue, which must give the same offers. With text, the reference's word splitting of
    /// every offer takes seconds at this size, so the anchor is the `sqlite3` shell running the same
    /// FTS5 match alone (median of 100 in one shell), which only finds the offers' numbers.
    static func anchor(
        for query: OfferQuery, catalog: Catalog, store answer: [Offer], database: String, shell: String?
    ) throws -> (text: String, agrees: Bool) {
        guard query.text != nil else {
            var reference: [Offer] = []
            let memory = Stopwatch.best(of: 3) { reference = catalog.offers(matching: query) }.wall
            let same = reference == answer
            return (String(format: "Catalog.offers(matching:) in memory %.3f ms, same offers: %@", memory * 1000, same ? "yes" : "NO"), same)
        }
        guard let shell else { return ("sqlite3 shell not found", true) }
        let match = query.textTerms.map { "\"\($0)\"*" }.joined(separator: " AND ").replacingOccurrences(of: "'", with: "''")
        let select = "SELECT rowid FROM offer_search WHERE offer_search MATCH '\(match)';\n"
        let once = try runShell(shell, database, ".output /dev/null\n" + select).seconds
        let hundred = try runShell(shell, database, ".output /dev/null\n" + String(repeating: select, count: 101)).seconds
        return (String(format: "sqlite3 shell, the FTS5 match alone: %.3f ms", (hundred - once) / 100 * 1000), true)
    }

    /// The `sqlite3` shell reading every row of every table of the catalogue (not the full-text
    /// index's own tables) into `/dev/null`: what reading the file costs without making records.
    static func shellReadAll(_ path: String, shell: String) throws -> Double {
        let tables = try runShell(shell, path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'offer_search%';\n")
            .output.split(separator: "\n").map(String.init)
        let script = ".output /dev/null\n" + tables.map { "SELECT * FROM \"\($0)\";\n" }.joined()
        return try runShell(shell, path, script).seconds
    }

    /// Runs the `sqlite3` shell on `database` with `script` on its input.
    static func runShell(_ shell: String, _ database: String, _ script: String) throws -> (output: String, seconds: Double) {
        let process = Process()
        process.executableURL = URL(filePath: shell)
        process.arguments = [database]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        let start = ContinuousClock.now
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return (String(decoding: data, as: UTF8.self), Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Processor time of the child processes this process has waited for (the `sqlite3` shell),
    /// user and system: the shell's side of the save comparison on a shared machine.
    static func childProcessorSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func format(_ seconds: [Double]) -> String { seconds.map { String(format: "%.2f", $0) }.joined(separator: ", ") }

    static func removeDatabase(_ path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    static func measure(_ body: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Medians of the wall time and of the processor time (all threads) of `iterations` runs, in
    /// milliseconds. On a shared machine the processor time is the figure to compare: waiting for
    /// a core does not count in it.
    static func medianMilliseconds(iterations: Int, _ body: () async throws -> Void) async throws
        -> (wall: Double, processor: Double)
    {
        try await body()
        var walls: [Double] = []
        var processors: [Double] = []
        for _ in 0..<iterations {
            let processorStart = Stopwatch.processorSeconds()
            walls.append(try await measure(body) * 1000)
            processors.append((Stopwatch.processorSeconds() - processorStart) * 1000)
        }
        return (median(walls), median(processors))
    }

    /// The shell's equivalent of the save: import the offers CSV, then index title and
    /// description with FTS5 (same tokenizer, same journal settings).
    static func shellImport(_ csv: URL, shell: String, into database: URL) throws -> Double {
        let script = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            .mode csv
            .import '\(csv.path)' offers
            CREATE VIRTUAL TABLE offers_fts USING fts5 (title, description, content = 'offers',
                tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
            INSERT INTO offers_fts (offers_fts) VALUES ('rebuild');
            """
        return try runShell(shell, database.path, script).seconds
    }
}

/// A generated national catalogue for the SQLite benchmark: realistic sizes and Norwegian text,
/// the same on every run (a fixed pseudo-random sequence).
extension SQLiteBenchmark {
    /// The generated national catalogue.
    enum Generator {
        /// SplitMix64: small, fast and deterministic.
        struct Random {
            var state: UInt64
            mutating func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
        }

        static let topics = [
            "kols", "diabetes type 2", "hjertesvikt", "demens", "kreft", "smerte", "søvn",
            "angst og depresjon", "slag",
            "revmatisme", "astma", "overvekt", "ernæring", "fysisk aktivitet", "psoriasis", "epilepsi",
            "parkinson",
            "ms", "nyresvikt", "tarmsykdom", "autisme", "adhd", "rus", "hørselstap", "synstap",
            "utmattelse",
        ]
        static let forms = [
            "Kurs", "Mestringskurs", "Samtalegruppe", "Lærings- og mestringskurs", "Frisklivskurs",
            "Likepersongruppe",
        ]
        static let groups = [
            "for pasienter", "for pårørende", "for barn som pårørende", "for familier",
            "for deg som lever med",
        ]
        static let words = """
            kurset gir kunnskap om sykdommen behandling og hverdagsliv deltakerne møter andre i samme situasjon og deler erfaringer \
            fagpersoner og erfarne brukere leder samlingene sammen vi snakker om mestring av symptomer søvn ernæring og fysisk \
            aktivitet du lærer hvordan du kan ta vare på egen helse og hvor du finner hjelp i kommunen pårørende er velkomne \
            samlingene varer i to timer med pause og kaffe tilbudet er gratis og du trenger ikke henvisning fra fastlegen \
            målet er å styrke mestringstro og livskvalitet vi legger vekt på likeverd og brukermedvirkning i planlegging \
            gjennomføring og evaluering – kurset holdes på norsk og tolk kan bestilles ved behov lokalet er tilrettelagt for \
            rullestol og har teleslynge
            """.split(separator: " ").map(String.init)

        static func make(offers count: Int) -> Catalog {
            var random = Random(state: 2026)
            let municipalities = MunicipalityRegistry.allMunicipalities
            var catalog = Catalog(
                info: CatalogInfo(
                    title: "Nasjonal oversikt (generert)", notice: "Genererte data for ytelsesmåling."))
            for index in 0..<500 {
                catalog.providers.upsert(
                    Provider(
                        id: .init("tilbyder-\(index)"), name: .init(bokmal: "Tilbyder \(index)"),
                        kind: random.pick(ProviderKind.allCases),
                        municipalities: [random.pick(municipalities)]))
            }
            for index in 0..<count {
                let topic = random.pick(topics)
                let title = "\(random.pick(forms)) \(random.pick(groups)) \(topic)"
                var summary = "Om \(topic): "
                for _ in 0..<150 { summary += random.pick(words) + " " }
                let audiences = Array(
                    Set([random.pick(Audience.allCases), random.pick(Audience.allCases)])
                ).sorted()
                let places = Array(
                    Set((0..<(1 + Int(random.next() % 3))).map { _ in random.pick(municipalities) })
                ).sorted()
                catalog.offers.upsert(
                    Offer(
                        id: .init("tilbud-\(index)"), title: .init(bokmal: title),
                        summary: .init(bokmal: summary),
                        kind: random.pick(OfferKind.allCases), format: random.pick(OfferFormat.allCases),
                        provider: .init("tilbyder-\(random.next() % 500)"),
                        focus: random.pick(FocusKind.allCases),
                        diagnoses: [.icd10(random.pick(["J44", "E11.9", "I50", "F32", "G30.1"]))],
                        method: random.pick(OfferMethod.allCases),
                        stages: [random.pick(CareStage.allCases)], audiences: audiences,
                        deliveryMode: random.pick(DeliveryMode.allCases),
                        languages: ["nb"], signUp: SignUp(method: random.pick(SignUpMethod.allCases)),
                        municipalities: places,
                        expectedOutcomes: [random.pick(Outcome.allCases)]))
            }
            return catalog
        }

        /// The offers as the CSV the `sqlite3` shell imports: id, title, description, municipality, audience.
        static func csv(_ catalog: Catalog) -> String {
            func field(_ text: String) -> String {
                "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            var lines = ["id,title,description,municipality,audience"]
            lines.reserveCapacity(catalog.offers.count + 1)
            for offer in catalog.offers {
                lines.append(
                    [
                        offer.id.rawValue, offer.title.preferred, offer.summary?.preferred ?? "",
                        offer.municipalities.first?.rawValue ?? "", offer.audiences.first?.rawValue ?? "",
                    ].map(field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
