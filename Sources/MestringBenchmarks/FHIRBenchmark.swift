import Foundation
import Mestring
import MestringFHIR
import MestringJSON

/// Exports and imports a generated catalogue of 100,000 offers as a FHIR Bundle, as FHIR NDJSON
/// and as Mestring JSON in the same run, and prints each with its ratio to JSON (goal: at most
/// 1.5×). Best of three, because the run is long.
enum FHIRBenchmark {
    static let offerCount = 100_000

    static func run() async throws {
        let catalog = ValidationBenchmark.generate(offers: offerCount).publicExport()
        let json = JSONCatalogCoder()
        var jsonData = Data()
        let jsonExport = try Stopwatch.best(of: 3) { jsonData = try json.encode(catalog) }.wall
        let jsonImport = try Stopwatch.best(of: 3) { _ = try json.decode(jsonData) }.wall
        print(String(format: "Mestring JSON: %.1f MB; export %.0f ms, import %.0f ms", Double(jsonData.count) / 1e6, jsonExport * 1000, jsonImport * 1000))
        for format in FHIRCatalogFormat.allCases {
            let coder = FHIRCatalogCoder(format: format)
            var data = Data()
            let export = try Stopwatch.best(of: 3) { data = try coder.encode(catalog) }.wall
            var decoded = Catalog()
            let load = try Stopwatch.best(of: 3) { decoded = try coder.decode(data) }.wall
            guard decoded == catalog else { throw StoreError(.malformedData, "the \(format) catalogue differs after the round trip") }
            print(
                String(
                    format: "%@: %.1f MB; export %.0f ms (%.2f× JSON), import %.0f ms (%.2f× JSON)", format.rawValue,
                    Double(data.count) / 1e6, export * 1000, export / jsonExport, load * 1000, load / jsonImport))
        }
    }
}
