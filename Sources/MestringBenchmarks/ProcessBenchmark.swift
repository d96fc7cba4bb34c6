import Foundation
import Mestring
import MestringJSON

/// Runs `mestring convert`, `show` and `validate` as a person would, as separate processes, on
/// a national-size JSON file (100,000 offers, over 200 MB, on one line as a script writes it),
/// and reports wall time and peak memory of each; `validate` runs again on a variant in which
/// every offer has a finding.
enum ProcessBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }

    static func run() async throws {
        let mestring = try mestringExecutable()
        let folder = FileManager.default.temporaryDirectory.appending(path: "mestring-process-benchmark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var catalog = ValidationBenchmark.generate(offers: offerCount)
        for index in catalog.offers.indices {
            var offer = catalog.offers[index]
            offer.summary = LocalizedText(bokmal: description(of: index))
            catalog.offers.upsert(offer)
        }
        let clean = folder.appending(path: "nasjonal.json")
        let cleanSize = try writeOnOneLine(catalog, to: clean)
        for index in catalog.offers.indices {
            var offer = catalog.offers[index]
            offer.languages = ["not a tag"]
            catalog.offers.upsert(offer)
        }
        let findings = folder.appending(path: "nasjonal-funn.json")
        let findingsSize = try writeOnOneLine(catalog, to: findings)
        catalog = Catalog()

        print(String(format: "file: %d offers, %.0f MB on one line (load average %@)", offerCount, Double(cleanSize) / 1e6, ChildProcess.loadAverage))
        print("command                                  wall (CPU)        peak memory")
        // `convert` hands records to SQLite one by one; with `--public` it loads the whole catalogue
        // first (the export needs every person before any offer), which is the anchor in this run.
        // `--help` is the process's own memory, with no catalogue.
        let runs: [(String, [String], Int)] = [
            ("--help (the process alone)", ["--help"], cleanSize),
            ("convert nasjonal.json nasjonal.sqlite", ["convert", clean.path, folder.appending(path: "nasjonal.sqlite").path], cleanSize),
            ("convert … --public (loads it whole)", ["convert", clean.path, folder.appending(path: "offentlig.sqlite").path, "--public"], cleanSize),
            ("show nasjonal.json", ["show", clean.path], cleanSize),
            ("validate nasjonal.json", ["validate", clean.path], cleanSize),
            ("validate nasjonal-funn.json", ["validate", findings.path], findingsSize),
        ]
        var peaks: [String: ChildProcess.Outcome] = [:]
        for (label, arguments, size) in runs {
            let outcome = try ChildProcess.run(mestring, arguments, keepOutput: true)
            guard outcome.status <= 1 else { throw BenchmarkFailure("mestring \(label) failed with status \(outcome.status)") }
            peaks[label] = outcome
            let summary = arguments[0] == "validate" ? "  " + (outcome.output.split(separator: "\n").last { $0.contains(" errors") } ?? "") : ""
            print(
                String(
                    format: "%-40@ %5.2f s (%5.2f s)  %5.0f MB (%.1f× the file)", label, outcome.seconds, outcome.processorSeconds,
                    Double(outcome.peakMemory) / 1e6, Double(outcome.peakMemory) / Double(size)) + summary)
            if arguments[0] == "validate" {
                BenchmarkSummary.shared.record(
                    "mestring \(label)", goal: "under 3 s",
                    measured: String(format: "%.2f s wall (%.2f s CPU), %.0f MB%@", outcome.seconds, outcome.processorSeconds, Double(outcome.peakMemory) / 1e6, summary),
                    met: outcome.seconds < 3)
            }
            if arguments[0] == "show" {
                BenchmarkSummary.shared.record(
                    "mestring show (JSON load) peak memory", goal: "≤ 2.5× the file",
                    measured: String(format: "%.1f× of %.0f MB", Double(outcome.peakMemory) / Double(size), Double(size) / 1e6),
                    met: Double(outcome.peakMemory) <= 2.5 * Double(size))
            }
        }
        if let streamed = peaks[runs[1].0], let whole = peaks[runs[2].0], let process = peaks[runs[0].0] {
            BenchmarkSummary.shared.record(
                "mestring convert JSON → SQLite, record by record", goal: "no second copy of the catalogue",
                measured: String(
                    format: "%.2f s (%.2f s CPU), %.0f MB (%.2f× the file) vs loading it whole (--public) %.2f s (%.2f s CPU), %.0f MB (%.2f×); process alone %.0f MB",
                    streamed.seconds, streamed.processorSeconds, Double(streamed.peakMemory) / 1e6, Double(streamed.peakMemory) / Double(cleanSize),
                    whole.seconds, whole.processorSeconds, Double(whole.peakMemory) / 1e6, Double(whole.peakMemory) / Double(cleanSize),
                    Double(process.peakMemory) / 1e6),
                met: streamed.peakMemory < whole.peakMemory)
        }
        print("(goal: validate under 3 s, also with a finding for every offer; load at most 2.5× the file; convert without a second copy)")
    }

    /// A different Norwegian description for each offer, about 1.5 kB, so the file has the size of
    /// a national catalogue with real texts.
    private static func description(of index: Int) -> String {
        let sentences = [
            "Kurset er for deg som lever med en langvarig sykdom, og for dine pårørende.",
            "Vi snakker om hverdagen, om mestring av symptomer og om hvordan du kan ta vare på deg selv.",
            "En likeperson med egen erfaring leder samlingene sammen med en sykepleier eller fysioterapeut.",
            "Du møter andre i samme situasjon og får tid til å dele erfaringer i en trygg gruppe.",
            "Tilbudet er gratis, og du trenger ikke henvisning fra lege for å melde deg på.",
            "Samlingene holdes på dagtid i lyse lokaler med god tilgjengelighet for rullestol.",
            "Ta kontakt med lærings- og mestringssenteret dersom du har spørsmål om innholdet.",
        ]
        var text = "Tilbud \(index): "
        var sentence = index
        while text.utf8.count < 1_500 {
            text += sentences[sentence % sentences.count] + " "
            sentence += 7
        }
        return text
    }

    /// Writes the catalogue as Mestring JSON on one line, as a script would, and returns its size.
    private static func writeOnOneLine(_ catalog: Catalog, to url: URL) throws -> Int {
        let pretty = try JSONCatalogCoder().encode(catalog)
        var line = [UInt8]()
        line.reserveCapacity(pretty.count)
        var inString = false
        var escaped = false
        for byte in pretty {
            if inString {
                line.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                line.append(byte)
            } else if byte != 0x20 && byte != 0x0A {
                line.append(byte)
            }
        }
        line.append(0x0A)
        try Data(line).write(to: url)
        return line.count
    }

    /// The release `mestring` beside this benchmark, built first when it is not there.
    private static func mestringExecutable() throws -> String {
        let folder = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = folder.appending(path: "mestring").path
        if !FileManager.default.isExecutableFile(atPath: path) {
            print("building mestring in release mode (swift build -c release --product mestring)")
            let build = try ChildProcess.run("swift", ["build", "-c", "release", "--product", "mestring"])
            guard build.status == 0 else { throw BenchmarkFailure("could not build mestring") }
        }
        return path
    }
}
