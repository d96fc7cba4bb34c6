import Foundation
import Mestring
import MestringFHIR
import MestringJSON

/// Exports and imports a generated catalogue of 100,000 offers as a FHIR Bundle, as FHIR NDJSON
/// and as Mestring JSON in the same run, and prints each with its ratio to JSON (goal: at most
/// 1.5×). One run each, because the run is long; the catalogue size can be given after the name
/// (`MestringBenchmarks fhir 20000`) for a quicker look.
enum FHIRBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }

    static func run() async throws {
        let catalog = ValidationBenchmark.generate(offers: offerCount).publicExport()
        let json = JSONCatalogCoder()
        var jsonData = Data()
        let jsonExport = try Stopwatch.best(of: 1) { jsonData = try json.encode(catalog) }.wall
        let jsonImport = try Stopwatch.best(of: 1) { _ = try json.decode(jsonData) }.wall
        report(String(format: "%d offers. Mestring JSON: %.1f MB; export %.0f ms, import %.0f ms", offerCount, Double(jsonData.count) / 1e6, jsonExport * 1000, jsonImport * 1000))
        for format in FHIRCatalogFormat.allCases {
            let coder = FHIRCatalogCoder(format: format)
            var data = Data()
            let export = try Stopwatch.best(of: 1) { data = try coder.encode(catalog) }.wall
            var decoded = Catalog()
            let load = try Stopwatch.best(of: 1) { decoded = try coder.decode(data) }.wall
            guard decoded == catalog else { throw StoreError(.malformedData, "the \(format) catalogue differs after the round trip") }
            report(
                String(
                    format: "%@: %.1f MB; export %.0f ms (%.2f× JSON), import %.0f ms (%.2f× JSON)", format.rawValue,
                    Double(data.count) / 1e6, export * 1000, export / jsonExport, load * 1000, load / jsonImport))
        }
    }

    /// Prints a line at once, so that a long run shows its progress even when output is a file.
    private static func report(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
