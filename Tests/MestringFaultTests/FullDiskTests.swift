import Foundation
import Mestring
import MestringTestSupport
import Testing

/// A save onto a disk that fills up: the error says so, the old catalogue is intact, and nothing
/// is left to keep the disk full.
@Suite(
    "Fault suite: full disk", .serialized,
    .enabled(if: MestringProcess.executable != nil && SmallFileSystem.skipReason == nil, "needs the mestring binary and a mountable tmpfs"))
struct FullDiskTests {
    @Test(arguments: FaultCatalogs.Format.allCases)
    func aFullDiskLeavesTheOldCatalogueAndNothingElse(_ format: FaultCatalogs.Format) async throws {
        let sources = try TemporaryFolder()
        try await JSONSource.write(FaultCatalogs.make(offers: 40, tag: "gammel"), to: sources.url.appending(path: "gammel.json"))
        try await JSONSource.write(FaultCatalogs.make(offers: 1500, tag: "ny"), to: sources.url.appending(path: "ny.json"))
        let disk = try SmallFileSystem(kilobytes: 512)
        let target = disk.url.appending(path: format.fileName)

        #expect(try MestringProcess.run("convert", "gammel.json", target.path, in: sources.url).status == 0)
        let old = try await format.store(target).load()
        let outcome = try MestringProcess.run("convert", "ny.json", target.path, in: sources.url)

        var report = FaultReport("full disk → \(format)")
        report.tries = 1
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("the disk is full"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("NSCocoaErrorDomain") && !outcome.errors.contains("SQL:"))
        let left = FaultCatalogs.otherEntries(in: disk.url, besides: [format.fileName])
        #expect(left.isEmpty, "left on the full disk: \(left)")
        let intact = try await format.store(target).load() == old
        #expect(intact)
        if intact && left.isEmpty && outcome.errors.contains("the disk is full") { report.passed = 1 }
        report.lost = intact ? 0 : 1
        report.print()
    }
}
