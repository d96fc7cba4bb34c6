import Foundation
import Mestring
import MestringAdapterKit
import MestringFHIR
import MestringJSON

/// Exports and imports a generated catalogue of 100,000 offers as a FHIR Bundle, as FHIR NDJSON
/// and as Mestring JSON in the same run, and prints each with its ratio to JSON (goal: at most
/// 1.5×). Beside each import it prints the kit's structure check of the same text alone on one
/// processor ("scan only"): what parsing costs before any resource is read, so that a reader sees
/// how much of the import is parsing and how much is turning resources into Mestring values (the
/// import itself checks the text in parts on every processor). The catalogue
/// size can be given after the name (`MestringBenchmarks fhir 20000`) for a quicker look.
enum FHIRBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }
    /// Imports are timed this often, alternating with their anchor, and the quickest run of each
    /// is kept: a shared machine slows single runs unevenly.
    static let runs = 2

    typealias Timing = (wall: Double, processor: Double)

    static func run() async throws {
        let catalog = ValidationBenchmark.generate(offers: offerCount).publicExport()
        let json = JSONCatalogCoder()
        var jsonData = Data()
        let jsonExport = try Stopwatch.best(of: 1) { jsonData = try json.encode(catalog) }.wall
        report(String(format: "%d offers. Mestring JSON: %.1f MB; export %.0f ms", offerCount, Double(jsonData.count) / 1e6, jsonExport * 1000))
        for format in FHIRCatalogFormat.allCases {
            let coder = FHIRCatalogCoder(format: format)
            var data = Data()
            let export = try Stopwatch.best(of: 1) { data = try coder.encode(catalog) }.wall
            var jsonImport: Timing = (.infinity, 0)
            var load: Timing = (.infinity, 0)
            var scan: Timing = (.infinity, 0)
            var decoded = Catalog()
            let text = scanned(data, format)
            for _ in 0..<runs {
                jsonImport = quicker(jsonImport, try Stopwatch.best(of: 1) { _ = try json.decode(jsonData) })
                decoded = Catalog()
                load = quicker(load, try Stopwatch.best(of: 1) { decoded = try coder.decode(data) })
                scan = quicker(scan, try Stopwatch.best(of: 1) { _ = try JSONDocument(text) })
            }
            guard decoded == catalog else { throw StoreError(.malformedData, "the \(format) catalogue differs after the round trip") }
            report(
                String(
                    format: "%@: %.1f MB; export %.0f ms (%.2f× JSON export)\n    import %.0f ms (%.2f× JSON import %.0f ms; CPU %.0f ms vs %.0f ms); scan only %.0f ms (%.2f× JSON import)",
                    format.rawValue, Double(data.count) / 1e6, export * 1000, export / jsonExport, load.wall * 1000, load.wall / jsonImport.wall,
                    jsonImport.wall * 1000, load.processor * 1000, jsonImport.processor * 1000, scan.wall * 1000, scan.wall / jsonImport.wall))
            BenchmarkSummary.shared.record(
                "FHIR \(format.rawValue) import", goal: "≤ 1.5× JSON import",
                measured: String(
                    format: "%.0f vs %.0f ms (%.2f×; scan only %.2f×)", load.wall * 1000, jsonImport.wall * 1000, load.wall / jsonImport.wall,
                    scan.wall / jsonImport.wall),
                met: load.wall <= 1.5 * jsonImport.wall)
            BenchmarkSummary.shared.record(
                "FHIR \(format.rawValue) export", goal: "≤ 1.5× JSON export",
                measured: String(format: "%.0f vs %.0f ms (%.2f×)", export * 1000, jsonExport * 1000, export / jsonExport), met: export <= 1.5 * jsonExport)
        }
    }

    /// The text as the kit's structure check sees it: the bundle as one document, NDJSON's lines
    /// as the elements of one array (made before the clock starts).
    private static func scanned(_ data: Data, _ format: FHIRCatalogFormat) -> Data {
        switch format {
        case .bundle: return data
        case .ndjson:
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            var joined = Data("[".utf8)
            for (index, line) in lines.enumerated() {
                if index > 0 { joined.append(UInt8(ascii: ",")) }
                joined.append(line)
            }
            joined.append(UInt8(ascii: "]"))
            return joined
        }
    }

    /// The run with less wall time.
    private static func quicker(_ one: Timing, _ other: Timing) -> Timing { other.wall < one.wall ? other : one }

    /// Prints a line at once, so that a long run shows its progress even when output is a file.
    private static func report(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
