import Foundation
import Mestring
import MestringHSDS
import MestringJSON

/// Exports and imports the same generated catalogue as an HSDS document and as Mestring JSON in
/// one run, and prints both and their ratio: the goal is HSDS at most 1.5× Mestring JSON.
enum HSDSBenchmark {
    static func run() async throws {
        let offers = Int(ProcessInfo.processInfo.environment["HSDS_BENCHMARK_OFFERS"] ?? "") ?? BenchmarkOptions.current.offers
        let runs = Int(ProcessInfo.processInfo.environment["HSDS_BENCHMARK_RUNS"] ?? "") ?? 3
        let catalog = ValidationBenchmark.generate(offers: offers).publicExport()
        let json = JSONCatalogCoder()
        let hsds = HSDSDocumentCoder()
        var jsonData = Data()
        var hsdsData = Data()
        let jsonExport = try Stopwatch.best(of: runs) { jsonData = try json.encode(catalog) }.wall
        let hsdsExport = Stopwatch.best(of: runs) { hsdsData = hsds.encode(catalog) }.wall
        var fromJSON = Catalog()
        var fromHSDS = Catalog()
        let jsonImport = try Stopwatch.best(of: runs) { fromJSON = try json.decode(jsonData, file: "benchmark.json") }.wall
        let hsdsImport = try Stopwatch.best(of: runs) { fromHSDS = try hsds.decode(hsdsData, file: "benchmark.hsds.json") }.wall
        guard fromHSDS == fromJSON else { throw StoreError(.malformedData, "the HSDS round trip differs from the JSON one") }
        print(String(format: "catalogue: %d offers; Mestring JSON %.1f MB, HSDS %.1f MB", offers, Double(jsonData.count) / 1e6, Double(hsdsData.count) / 1e6))
        for (label, mine, reference) in [("export", hsdsExport, jsonExport), ("import", hsdsImport, jsonImport)] {
            print(String(format: "%@: HSDS %.0f ms, Mestring JSON %.0f ms, ratio %.2f× (goal ≤ 1.5×)", label, mine * 1000, reference * 1000, mine / reference))
        }
    }
}
