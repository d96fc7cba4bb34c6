import Foundation
import Mestring
import MestringAdapterKit
import MestringJSON

/// Times Mestring's JSON reading and writing beside its two anchors on the same data in the same
/// run: Foundation's `JSONDecoder`/`JSONEncoder` on the same types and bytes, and CPython's
/// `json.load`/`json.dumps` of the same file (timed by Python itself); then peak memory of each
/// as a separate process.
enum JSONBenchmark {
    /// A fifth of the run's size (20,000 offers, 32 MB, at full size): the goals are ratios.
    static var offerCount: Int { max(100, BenchmarkOptions.current.offers / 5) }
    static let runs = 3

    static func run() async throws {
        let catalog = ValidationBenchmark.generate(offers: offerCount)
        let coder = JSONCatalogCoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try coder.encode(catalog)
        var foundationData = try encoder.encode(CatalogDocument(catalog))
        foundationData.append(0x0A)
        guard foundationData == data else { throw BenchmarkFailure("Mestring's writer and JSONEncoder wrote different bytes") }
        let megabytes = Double(data.count) / 1_000_000
        print(String(format: "catalogue: %d offers, %.1f MB of JSON (load average %@)", offerCount, megabytes, ChildProcess.loadAverage))
        print("the same bytes from Mestring's writer and from JSONEncoder: yes")

        var decoded = Catalog()
        let decode = try time { decoded = try coder.decode(data, file: "benchmark.json") }
        guard decoded == catalog else { throw BenchmarkFailure("the decoded catalogue differs from the encoded one") }
        let kitDecode = try time { _ = try JSONDocument(data).decode(CatalogDocument.self) }
        let foundationDecode = try time { _ = try JSONDecoder().decode(CatalogDocument.self, from: data) }
        let encode = try time { _ = try coder.encode(catalog) }
        let foundationEncode = try time { _ = try encoder.encode(CatalogDocument(catalog)) }

        let url = FileManager.default.temporaryDirectory.appending(path: "mestring-benchmark-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = JSONCatalogFile(url: url)
        try file.write(catalog)
        let load = try time { _ = try file.read() }
        let foundationLoad = try time { _ = try JSONDecoder().decode(CatalogDocument.self, from: Data(contentsOf: url)) }
        let python = try PythonJSON.time(url, runs: runs)

        func rate(_ seconds: Double) -> String { String(format: "%6.0f ms %5.1f MB/s", seconds * 1000, megabytes / seconds) }
        func row(_ label: String, _ ours: Timing, _ foundation: Timing, _ python: Timing?) {
            var line = label.padding(toLength: 27, withPad: " ", startingAt: 0)
            for (name, pick) in [("CPU", \Timing.processor), ("wall", \Timing.wall)] {
                line += " \(name) \(rate(ours[keyPath: pick])) | Foundation \(rate(foundation[keyPath: pick])) "
                    + String(format: "%.1f×", foundation[keyPath: pick] / ours[keyPath: pick])
                if let python { line += String(format: " | CPython %@ %.1f×", rate(python[keyPath: pick]), python[keyPath: pick] / ours[keyPath: pick]) }
                if name == "CPU" { line += "\n" + String(repeating: " ", count: 27) }
            }
            print(line)
        }
        print("each: best of \(runs); ×: how many times quicker Mestring is than the anchor (CPU time counts only the work, wall time also the busy machine)")
        row("decode (bytes in memory)", decode, foundationDecode, nil)
        row("  Decodable on the kit", kitDecode, foundationDecode, nil)
        row("load (file → catalogue)", load, foundationLoad, python.load)
        row("encode (catalogue → bytes)", encode, foundationEncode, python.dumps)
        print("(CPython: json.load of the file; json.dumps(indent=2, sort_keys=True, ensure_ascii=False) for encode)")
        func record(_ figure: String, _ goal: String, _ ours: Timing, _ anchor: Timing, _ anchorName: String, atLeast times: Double) {
            let ratio = anchor.processor / ours.processor
            BenchmarkSummary.shared.record(
                figure, goal: goal,
                measured: String(format: "%.0f vs %@ %.0f ms CPU (%.1f×; wall %.1f×)", ours.processor * 1000, anchorName, anchor.processor * 1000, ratio, anchor.wall / ours.wall),
                met: ratio >= times)
        }
        record("JSON decode", "≥ 2× JSONDecoder", decode, foundationDecode, "JSONDecoder", atLeast: 2)
        record("JSON encode", "≥ 2× JSONEncoder", encode, foundationEncode, "JSONEncoder", atLeast: 2)
        record("JSON load (file)", "faster than CPython json.load", load, python.load, "json.load", atLeast: 1)
        record("JSON encode vs CPython", "faster than json.dumps", encode, python.dumps, "json.dumps", atLeast: 1)

        print("peak memory, each in its own process, as a multiple of the file's \(String(format: "%.1f", megabytes)) MB:")
        // The process alone (nothing read) is printed beside the loads: at 32 MB it is a large part
        // of a load's peak, and the goal counts it.
        let probes: [(String, String)] = [
            ("the process alone", "baseline"), ("Mestring load", "mestring-load"), ("Foundation load", "foundation-load"),
            ("Mestring load + save", "mestring-save"), ("Mestring load + Foundation save", "foundation-save"),
        ]
        var memory: [String: Int] = [:]
        for (label, probe) in probes {
            let outcome = try ChildProcess.run(CommandLine.arguments[0], ["json-probe", probe, url.path])
            guard outcome.status == 0 else { throw BenchmarkFailure("the \(probe) probe failed") }
            memory[probe] = outcome.peakMemory
            print(String(format: "  %-33@ %6.0f MB  %.1f×", label, Double(outcome.peakMemory) / 1e6, Double(outcome.peakMemory) / Double(data.count)))
        }
        let pythonLoad = try PythonJSON.peakMemoryOfLoad(url)
        if let mestringLoad = memory["mestring-load"] {
            BenchmarkSummary.shared.record(
                "JSON load peak memory", goal: "≤ 2.5× the file",
                measured: String(
                    format: "%.1f× of %.0f MB, %.2f× without the process's own %.0f MB (JSONDecoder %.1f×, CPython %.1f×)",
                    Double(mestringLoad) / Double(data.count), megabytes,
                    Double(mestringLoad - (memory["baseline"] ?? 0)) / Double(data.count), Double(memory["baseline"] ?? 0) / 1e6,
                    Double(memory["foundation-load"] ?? 0) / Double(data.count), Double(pythonLoad) / Double(data.count)),
                met: Double(mestringLoad) <= 2.5 * Double(data.count))
        }
        print(String(format: "  %-33@ %6.0f MB  %.1f×", "CPython json.load", Double(pythonLoad) / 1e6, Double(pythonLoad) / Double(data.count)))
    }

    /// Wall and processor seconds of the run with the least processor time.
    typealias Timing = (wall: Double, processor: Double)

    private static func time(_ body: () throws -> Void) rethrows -> Timing {
        var best: Timing = (.infinity, .infinity)
        for _ in 0..<runs {
            let (wall, processor) = try Stopwatch.best(of: 1, body)
            if processor < best.processor { best = (wall, processor) }
        }
        return best
    }

    /// One operation on the file at `path`, run by ``run()`` in a child process so that its peak
    /// memory can be measured alone.
    static func probe(_ operation: String, _ path: String) throws {
        let url = URL(filePath: path)
        let output = url.appendingPathExtension("probe")
        defer { try? FileManager.default.removeItem(at: output) }
        switch operation {
        case "baseline": break
        case "mestring-load": _ = try JSONCatalogFile(url: url).read()
        case "foundation-load": _ = try JSONDecoder().decode(CatalogDocument.self, from: Data(contentsOf: url))
        case "mestring-save": try JSONCatalogFile(url: output).write(try JSONCatalogFile(url: url).read())
        case "foundation-save":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(CatalogDocument(try JSONCatalogFile(url: url).read())).write(to: output, options: .atomic)
        default: throw BenchmarkFailure("unknown probe \(operation)")
        }
    }
}
