import Foundation
import MestringAdapterKit
@testable import MestringFHIR
import Testing

/// Lines are read in parts on every processor, and each part a batch of lines at a time: however
/// they are cut, the resources come back in line order with every unread element at its line.
@Suite("FHIR resources one a line, read in parts and batches")
struct FHIRLineArrayTests {
    static let text: Data = {
        let lines = (0..<1500).map { number in
            #"{"fullUrl":"urn:uuid:s\#(number)","resource":{"resourceType":"HealthcareService","id":"s\#(number)","name":"Kurs","photo":{"url":"https://x.example/\#(number).png"}}}"#
        }
        return Data(lines.joined(separator: "\n").utf8)
    }()

    static func read(batchBytes: Int) throws -> (urls: [String?], unread: [FHIRElementCoverage.Path]) {
        let lines = text.withUnsafeBytes { JSONLinedArray.lines(of: $0) }
        var array = FHIRLineArray(lines: JSONLinedArray(elements: lines, of: text), element: FHIRBundle.Entry.init)
        array.batchBytes = batchBytes
        let read = try #require(array.read())
        return (read.elements.map(\.fullUrl), read.unread)
    }

    @Test(arguments: [1, 500, 40_000])
    func batchesReadAsOneBatch(_ batchBytes: Int) throws {
        let whole = try Self.read(batchBytes: JSONLinedArray.batchBytes)
        #expect(whole.urls == (0..<1500).map { "urn:uuid:s\($0)" })
        #expect(whole.unread.count == 1500)
        let batched = try Self.read(batchBytes: batchBytes)
        #expect(batched.urls == whole.urls)
        #expect(batched.unread == whole.unread, "every unread element at its own line")
    }
}
