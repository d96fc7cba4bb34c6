import Foundation
import Mestring

/// One thing fuzzed: bytes go in, and the reader must end either with a result or with a
/// `StoreError`. A crash, a trap, a hang or a sanitizer report is a bug; so is a broken invariant,
/// which the targets turn into a trap so that libFuzzer keeps the input.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `CSVReader` with detected separator and encoding, in memory and from a file in tiny chunks.
    case csvReader = "csv-reader"
    /// `CSVImporter` on a folder whose offers.csv holds the bytes, strict and collecting.
    case csvImport = "csv-import"
    /// `JSONCatalogCoder.decode(_:file:)`.
    case json

    /// The corpus folder under `Tests/Fuzz/Corpus` the target reads and grows.
    var corpusFolder: String {
        switch self {
        case .csvReader, .csvImport: "csv"
        case .json: "json"
        }
    }

    /// Runs one input.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .csvReader: Self.readCSV(bytes)
        case .csvImport: Self.importCSV(bytes)
        case .json: Self.decodeJSON(bytes)
        }
    }

    /// A folder of this process for the files the targets write.
    static let scratchFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mestring-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Writes `bytes` to `name` in the scratch folder; a failure to write is the machine's, not the
    /// reader's, so it stops the run.
    static func scratchFile(_ name: String, _ bytes: [UInt8]) -> URL {
        let url = scratchFolder.appending(path: name)
        do {
            try Data(bytes).write(to: url)
        } catch {
            fatalError("cannot write the scratch file \(url.path): \(error)")
        }
        return url
    }

    /// Traps unless `error` is the clear error the readers promise.
    static func requireStoreError(_ error: any Error, _ what: String) {
        precondition(error is StoreError, "\(what) threw \(type(of: error)), not a StoreError: \(error)")
    }
}
