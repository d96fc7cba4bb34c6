import Foundation
import Mestring
import MestringAdapterKit
import MestringHSDS
import MestringJSON

/// Exports and imports the same generated catalogue as an HSDS document and as Mestring JSON in
/// one run, and prints both and their ratio: the goal is HSDS at most 1.5× Mestring JSON. Beside
/// the import it prints the kit's check of the HSDS text alone ("scan only"), the part of the
/// import that no mapping work can remove. Each
/// figure is the fastest of `HSDS_BENCHMARK_RUNS` (3) by the wall clock, with that run's processor
/// time, which a busy machine disturbs less. `HSDS_BENCHMARK_SAVE=folder` also writes the
/// catalogue as Mestring JSON and HSDS there, to check that a change leaves the HSDS bytes alone.
enum HSDSBenchmark {
    static func run() async throws {
        let offers = Int(ProcessInfo.processInfo.environment["HSDS_BENCHMARK_OFFERS"] ?? "") ?? BenchmarkOptions.current.offers
        let runs = Int(ProcessInfo.processInfo.environment["HSDS_BENCHMARK_RUNS"] ?? "") ?? 3
        let catalog = ValidationBenchmark.generate(offers: offers).publicExport()
        let json = JSONCatalogCoder()
        let hsds = HSDSDocumentCoder()
        var jsonData = Data()
        var hsdsData = Data()
        let jsonExport = try Stopwatch.best(of: runs) { jsonData = try json.encode(catalog) }
        let hsdsExport = Stopwatch.best(of: runs) { hsdsData = hsds.encode(catalog) }
        var fromJSON = Catalog()
        var fromHSDS = Catalog()
        let jsonImport = try Stopwatch.best(of: runs) { fromJSON = try json.decode(jsonData, file: "benchmark.json") }
        let hsdsImport = try Stopwatch.best(of: runs) { fromHSDS = try hsds.decode(hsdsData, file: "benchmark.hsds.json") }
        let hsdsScan = try Stopwatch.best(of: runs) { _ = try JSONDocument(hsdsData) }
        guard fromHSDS == fromJSON else { throw StoreError(.malformedData, "the HSDS round trip differs from the JSON one") }
        print(String(format: "catalogue: %d offers; Mestring JSON %.1f MB, HSDS %.1f MB", offers, Double(jsonData.count) / 1e6, Double(hsdsData.count) / 1e6))
        for (label, mine, reference) in [("export", hsdsExport, jsonExport), ("import", hsdsImport, jsonImport)] {
            print(
                String(
                    format: "%@: HSDS %.0f ms, Mestring JSON %.0f ms, ratio %.2f× (goal ≤ 1.5×); processor time %.0f / %.0f ms, ratio %.2f×",
                    label, mine.wall * 1000, reference.wall * 1000, mine.wall / reference.wall,
                    mine.processor * 1000, reference.processor * 1000, mine.processor / reference.processor))
            BenchmarkSummary.shared.record(
                "HSDS JSON \(label)", goal: "≤ 1.5× JSON \(label)",
                measured: String(
                    format: "%.0f vs %.0f ms (%.2f×; processor %.2f×)\(label == "import" ? "; scan only %.2f×" : "")", mine.wall * 1000,
                    reference.wall * 1000, mine.wall / reference.wall, mine.processor / reference.processor, hsdsScan.wall / jsonImport.wall),
                met: mine.wall <= 1.5 * reference.wall)
        }
        print(
            String(
                format: "scan only: checking the HSDS text %.0f ms, %.2f× the Mestring JSON load (the floor of an import that reads it once)",
                hsdsScan.wall * 1000, hsdsScan.wall / jsonImport.wall))
        if let folder = ProcessInfo.processInfo.environment["HSDS_BENCHMARK_SAVE"] {
            try jsonData.write(to: URL(filePath: folder).appending(path: "benchmark.json"))
            try hsdsData.write(to: URL(filePath: folder).appending(path: "benchmark.hsds.json"))
        }
    }
}
