import Foundation
import Testing

@testable import MestringHSDS

/// `Documentation/HSDS.md` is generated from the mapping's tables; run with
/// `MESTRING_REGENERATE_DOCS=1` to rewrite it after changing the mapping.
@Suite("HSDS documentation")
struct HSDSDocumentationTests {
    @Test func publishedMappingMatchesTheCode() throws {
        let url = HSDSRoundTripTests.examplesFolder.deletingLastPathComponent().appending(path: "HSDS.md")
        if ProcessInfo.processInfo.environment["MESTRING_REGENERATE_DOCS"] == "1" {
            try Data(HSDSDocumentation.markdown.utf8).write(to: url)
        }
        let published = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        #expect(published == HSDSDocumentation.markdown, "Documentation/HSDS.md is out of date: run the test with MESTRING_REGENERATE_DOCS=1")
    }
}
