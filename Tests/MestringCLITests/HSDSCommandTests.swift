import Foundation
@testable import MestringCommandLine
import MestringTestSupport
import Testing

@Suite("mestring with HSDS")
struct HSDSCommandTests {
    @Test(arguments: [["out.hsds.json"], ["eksport-hsds"], ["eksport", "--format", "hsds-csv"], ["tilbud.json", "--format", "hsds"]])
    func convertToHSDSAndBackGivesThePublicCatalogue(_ target: [String]) async throws {
        let folder = try TemporaryFolder()
        let out = await CommandRun(arguments: ["convert", Repository.example, folder.path(target[0])] + target.dropFirst())
        #expect(out.code == .success, "\(out.errors)")
        let back = await CommandRun("convert", folder.path(target[0]), folder.path("back.json"))
        #expect(back.code == .success, "\(back.errors)")
        let public1 = await CommandRun("convert", Repository.example, folder.path("public.json"), "--public")
        #expect(public1.code == .success)
        #expect(try Data(contentsOf: folder.url.appending(path: "back.json")) == Data(contentsOf: folder.url.appending(path: "public.json")))
        let validate = await CommandRun("validate", folder.path(target[0]))
        #expect(validate.code == .success, "\(validate.output)")
    }

    @Test func malformedHSDSExitsWithTwoAndThePlace() async throws {
        let folder = try TemporaryFolder()
        try Data("{\"contents\": [{\"id\": \"a\",\n \"name\": 3}]}".utf8).write(to: folder.url.appending(path: "feed.hsds.json"))
        let run = await CommandRun("show", folder.path("feed.hsds.json"))
        #expect(run.code == .failure)
        #expect(run.errors.contains("feed.hsds.json:2:"))
        #expect(run.errors.contains("contents[0].name"))
    }
}
