import Foundation
import Mestring
import MestringAdapterKit
import MestringConformance
@testable import MestringJSON
import Testing

/// The hand-written catalogue readers must read every file exactly as `Decodable` does: the same
/// catalogue and the same unknown members when both accept it, and no acceptance of a file that
/// `Decodable` refuses (the coder then lets `Decodable` word the error).
@Suite("JSON: the hand-written reader reads what Decodable reads")
struct HandReaderTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Outcome: Equatable {
        case read(Catalog, format: String, version: Int, unused: [[JSONSourceMap.PathComponent]])
        case refused
    }

    /// What each way makes of `data`; `nil` when it is not JSON at all (neither way is asked then).
    /// Also read by hand with the offers in two and in three parts side by side.
    static func outcomes(_ data: Data) -> (byHand: Outcome, decodable: Outcome, inParts: [Outcome])? {
        guard let document = try? JSONDocument(data, file: "catalog.json") else { return nil }
        func outcome(_ read: () throws -> JSONDocument.Decoded<CatalogDocument>) -> Outcome {
            guard let decoded = try? read() else { return .refused }
            let value = decoded.value
            return .read(value.catalog, format: value.format, version: value.version, unused: decoded.unusedMembers)
        }
        return (
            outcome { try document.read { try CatalogDocumentReader.document($0) } },
            outcome { try document.decode(CatalogDocument.self) },
            [2, 3].map { parts in outcome { try CatalogDocumentReader.read(document, parts: parts) } }
        )
    }

    /// Checks one input both ways, and through the coder; returns whether the hand reader took it.
    @discardableResult
    static func expectSameReading(_ data: Data, _ name: String) -> Bool {
        guard let (byHand, decodable, inParts) = outcomes(data) else { return false }
        for (parts, outcome) in zip([2, 3], inParts) {
            #expect(outcome == byHand, "\(name): the offers read in \(parts) parts give what one read gives")
        }
        switch (byHand, decodable) {
        case (.read, .read): #expect(byHand == decodable, "\(name): the same catalogue and unknown members")
        case (.read, .refused): Issue.record("\(name): the hand reader accepts what Decodable refuses")
        case (.refused, _): break  // read again through Decodable by the coder
        }
        let coder = JSONCatalogCoder()
        func result(byHand: Bool) -> Result<Catalog, StoreError> {
            Result {
                let document = try JSONDocument(data, file: "catalog.json")
                return try coder.decode(document, file: "catalog.json", byHand: byHand).catalog
            }.mapError { $0 as? StoreError ?? StoreError(.malformedData, "\($0)") }
        }
        switch (result(byHand: true), result(byHand: false)) {
        case (.success(let first), .success(let second)): #expect(first == second, "\(name): the coder gives the same catalogue")
        case (.failure(let first), .failure(let second)):
            #expect("\(first)" == "\(second)", "\(name): the coder gives the same error")
        default: Issue.record("\(name): the coder reads it one way and refuses it the other")
        }
        expectSameSending(data, name, as: result(byHand: true))
        if case .read = byHand { return true }
        return false
    }

    /// Sending the document record by record hands over the catalogue a plain read gives, each part
    /// once, or throws the plain read's error word for word (file, line:column, path).
    static func expectSameSending(_ data: Data, _ name: String, as plain: Result<Catalog, StoreError>) {
        var collector = CatalogCollector()
        let sent = Result { try JSONCatalogCoder().send(data, file: "catalog.json", to: &collector) }
            .mapError { $0 as? StoreError ?? StoreError(.malformedData, "\($0)") }
        switch (sent, plain) {
        case (.success, .success(let catalog)):
            #expect(collector.catalog == catalog, "\(name): sending hands over what a plain read gives")
            #expect(collector.infoCount <= 1 && collector.sourcesCount <= 1, "\(name): info and sources at most once")
        case (.failure(let sendError), .failure(let readError)):
            #expect("\(sendError)" == "\(readError)", "\(name): sending fails with the plain read's error")
        default: Issue.record("\(name): sending and a plain read disagree on whether the file can be read")
        }
    }

    @Test func examplesAndTheFixtureReadTheSameAndByHand() throws {
        for name in ["catalog.json", "catalog-broken.json"] {
            let data = try Data(contentsOf: Self.root.appending(path: "Documentation/Examples/\(name)"))
            #expect(Self.expectSameReading(data, name), "\(name) is read by hand")
        }
        var withSources = ConformanceFixture.catalog
        withSources.sources.setSource("tilbud.csv", ofEveryRecordIn: withSources)
        for (name, catalog) in [("fixture", ConformanceFixture.catalog), ("fixture with sources", withSources),
                                ("public export", ConformanceFixture.catalog.publicExport()), ("empty", Catalog())] {
            #expect(Self.expectSameReading(try JSONCatalogCoder().encode(catalog), name), "\(name) is read by hand")
        }
    }

    @Test func theFuzzCorpusReadsTheSame() throws {
        let corpus = Self.root.appending(path: "Tests/Fuzz/Corpus/json")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count > 50)
        for name in names { Self.expectSameReading(try Data(contentsOf: corpus.appending(path: name)), name) }
    }

    /// Every member line of the fixture changed in the ways a hand edit goes wrong: `null`, a
    /// wrong type, an unknown spelling, a misspelt name, and the member given twice.
    @Test func everyKindOfMistakeReadsTheSame() throws {
        var withSources = ConformanceFixture.catalog
        withSources.sources.setSource("tilbud.csv", ofEveryRecordIn: withSources)
        let lines = String(decoding: try JSONCatalogCoder().encode(withSources), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var byHand = 0
        var mutations = 0
        for (index, line) in lines.enumerated() {
            guard let colon = line.range(of: "\" : ") else { continue }
            let name = line[..<colon.lowerBound]
            let rest = line[colon.upperBound...]
            let comma = rest.hasSuffix(",") ? "," : ""
            var variants = ["\(name)\" : null\(comma)", "\(name)\" : 7\(comma)", "\(name)\" : \"zz\"\(comma)",
                            "\(name)\" : {}\(comma)", "\(name)\" : []\(comma)", "\(name)x\" : \(rest)"]
            if comma == "," { variants.append("\(line)\n\(line)") } else { variants.append("\(line),\n\(line)") }
            if !rest.hasPrefix("{"), !rest.hasPrefix("[") {
                variants.append("\(name)\" : null,\n\(line)")
                variants.append("\(line.dropLast(comma.count)),\n\(name)\" : null\(comma)")
            }
            // Every third member line, in turn for each kind of mistake, keeps the test quick.
            for (number, variant) in variants.enumerated() where (index + number) % 3 == 0 {
                var changed = lines
                changed[index] = variant
                mutations += 1
                if Self.expectSameReading(Data(changed.joined(separator: "\n").utf8), "line \(index + 1): \(variant)") { byHand += 1 }
            }
        }
        #expect(mutations > 500)
        #expect(byHand > 0)
    }
}
