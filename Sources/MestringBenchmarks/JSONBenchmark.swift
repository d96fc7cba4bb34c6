import Foundation
import Mestring
import MestringJSON

/// Encodes, decodes, saves and loads a generated catalogue in Mestring's JSON format and prints
/// MB/s and offers/s (best of five).
enum JSONBenchmark {
    static let offerCount = 20_000

    static func run() async throws {
        let catalog = ValidationBenchmark.generate(offers: offerCount)
        let coder = JSONCatalogCoder()
        var data = Data()
        let encode = try Stopwatch.best(of: 5) { data = try coder.encode(catalog) }.wall
        var decoded = Catalog()
        let decode = try Stopwatch.best(of: 5) { decoded = try coder.decode(data, file: "benchmark.json") }.wall
        guard decoded == catalog else { throw StoreError(.malformedData, "the decoded catalogue differs from the encoded one") }
        let url = FileManager.default.temporaryDirectory.appending(path: "mestring-benchmark-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = JSONCatalogFile(url: url)
        let save = try Stopwatch.best(of: 5) { try file.write(catalog) }.wall
        let load = try Stopwatch.best(of: 5) { _ = try file.read() }.wall
        let megabytes = Double(data.count) / 1_000_000
        print(String(format: "catalogue: %d offers, %.1f MB of JSON", offerCount, megabytes))
        for (label, seconds) in [("encode", encode), ("decode", decode), ("save", save), ("load", load)] {
            print(String(format: "%@: %.0f ms, %.1f MB/s, %.0f offers/s", label, seconds * 1000, megabytes / seconds, Double(offerCount) / seconds))
        }
    }
}
