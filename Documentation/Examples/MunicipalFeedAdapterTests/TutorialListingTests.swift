import Foundation
import Testing

/// Keeps the tutorial honest: its code listings must be the code that compiles and passes here.
@Suite("Tutorial listings match the example")
struct TutorialListingTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let article = examples.appending(path: "../Mestring.docc/WriteYourOwnAdapter.md").standardized
    /// Every Swift file of the example: the adapter, the tool and the tests.
    static let sourceFolders = ["MunicipalFeedAdapter", "MunicipalFeedTool", "MunicipalFeedAdapterTests"]

    /// The contents of every fenced block of `language` in a Markdown text.
    static func listings(in markdown: String, language: String) -> [String] {
        var listings: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                listings.append((current ?? []).joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return listings
    }

    @Test func everySwiftListingIsCopiedFromTheExample() throws {
        let markdown = try String(contentsOf: Self.article, encoding: .utf8)
        let sources = try Self.sourceFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: Self.examples.appending(path: folder).path)
                .filter { $0.hasSuffix(".swift") }
                .map { try String(contentsOf: Self.examples.appending(path: "\(folder)/\($0)"), encoding: .utf8) }
        }
        let listings = Self.listings(in: markdown, language: "swift")
        #expect(listings.count >= 5, "the tutorial has lost its listings")
        for listing in listings {
            #expect(sources.contains { $0.contains(listing) }, "not found verbatim in the example:\n\(listing)")
        }
    }

    @Test func everyJSONListingIsCopiedFromTheSampleFeed() throws {
        let markdown = try String(contentsOf: Self.article, encoding: .utf8)
        let feed = try String(contentsOf: Self.examples.appending(path: "MunicipalFeedAdapter/kommune-feed.json"), encoding: .utf8)
        for listing in Self.listings(in: markdown, language: "json") {
            #expect(feed.contains(listing), "not found verbatim in kommune-feed.json:\n\(listing)")
        }
    }

    @Test func listingsAreFoundOnlyInsideSwiftFences() {
        let markdown = "Text\n```swift\nlet a = 1\n```\n```json\n{}\n```\n```swift\nlet b = 2\n\nlet c = 3\n```\n"
        #expect(Self.listings(in: markdown, language: "swift") == ["let a = 1", "let b = 2\n\nlet c = 3"])
    }
}
