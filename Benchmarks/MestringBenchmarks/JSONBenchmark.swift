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
        let encode = try best { data = try coder.encode(catalog) }
        var decoded = Catalog()
        let decode = try best { decoded = try coder.decode(data, file: "benchmark.json") }
        guard decoded == catalog else { throw StoreError(.malformedData, "the decoded catalogue differs from the encoded one") }
        let url = FileManager.default.temporaryDirectory.appending(path: "mestring-benchmark-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = JSONCatalogFile(url: url)
        let save = try best { try file.write(catalog) }
        let load = try best { _ = try file.read() }
        let megabytes = Double(data.count) / 1_000_000
        print(String(format: "catalogue: %d offers, %.1f MB of JSON", offerCount, megabytes))
        for (label, seconds) in [("encode", encode), ("decode", decode), ("save", save), ("load", load)] {
            print(String(format: "%@: %.0f ms, %.1f MB/s, %.0f offers/s", label, seconds * 1000, megabytes / seconds, Double(offerCount) / seconds))
        }
    }

    private static func best(_ body: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<5 {
            let started = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - started
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return fastest
    }
}
