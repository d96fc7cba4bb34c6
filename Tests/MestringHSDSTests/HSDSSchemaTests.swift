import Foundation
import Mestring
import MestringHSDS
import MestringTestSupport
import Testing

/// Everything the adapter writes for the examples and the conformance fixture validates against
/// the published HSDS 3.0 schemas (JSON Schema with formats checked; the tabular package against
/// HSDS's `datapackage.json`), checked by `Tests/Scripts/check_hsds.py`.
///
/// The schemas are CC BY-SA and not part of the project: the test runs where `../shared/hsds3`
/// (or `HSDS3_DIR`) is present and is skipped, saying why, elsewhere.
@Suite("HSDS output against the published schemas")
struct HSDSSchemaTests {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized

    /// The folder with the HSDS 3.0 schemas, if present.
    static let hsds3: URL? = {
        var candidates = [repository.appending(path: "../shared/hsds3"), repository.appending(path: "../../shared/hsds3")]
        if let configured = ProcessInfo.processInfo.environment["HSDS3_DIR"] { candidates.insert(URL(filePath: configured), at: 0) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appending(path: "datapackage.json").path) }
    }()

    @Test(.enabled(if: hsds3 != nil, "the HSDS 3.0 schemas are not present (../shared/hsds3 or HSDS3_DIR)"))
    func everythingWrittenValidates() throws {
        let hsds3 = try #require(Self.hsds3)
        let folder = try TemporaryFolder()
        var arguments = [Self.repository.appending(path: "Tests/Scripts/check_hsds.py").path, hsds3.path]
        for name in HSDSRoundTripTests.catalogues {
            let catalog = try HSDSRoundTripTests.publicCatalog(name)
            let document = folder.url.appending(path: "\(name).hsds.json")
            try HSDSDocumentCoder().encode(catalog).write(to: document)
            let package = folder.url.appending(path: "\(name)-hsds")
            try HSDSPackageFile(url: package).write(catalog)
            arguments += ["--document", document.path, "--package", package.path]
        }
        let (status, output) = try Self.run("/usr/bin/env", ["python3"] + arguments)
        #expect(status == 0, "\(output)")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(filePath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
