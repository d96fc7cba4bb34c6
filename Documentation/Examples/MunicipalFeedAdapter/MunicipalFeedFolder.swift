import Foundation
import Mestring
import MestringAdapterKit

/// The municipality's offers as a folder its editors keep: `kommune.json` with the publisher and
/// the organisers, and one file per offer, `tilbud-1.json`, `tilbud-2.json`, … in catalogue order,
/// each in the feed's own words.
///
/// The published feed is read-only, but this folder is the municipality's working copy, so the
/// store writes it back: the whole folder at once through ``AtomicWrite``, so that a failed or
/// killed save leaves the previous folder exactly as it was, with nothing beside it. Wrapped in
/// ``FileCatalogStore`` it is a full ``RecordStore``: `upsert` and `delete` rewrite the folder,
/// one operation at a time.
public struct MunicipalFeedFolder: CatalogFile {
    /// `kommune.json`: who publishes the offers, when they were updated, and the organisers.
    struct Header: Codable {
        var utgiver: String?
        var oppdatert: String?
        var arrangører: [MunicipalFeed.Arrangør]?
    }

    /// The folder.
    public let url: URL

    /// A folder store's file at `url`; wrap it in ``FileCatalogStore`` to use it.
    public init(url: URL) { self.url = url }

    static let headerName = "kommune.json"

    /// `tilbud-4.json` for the offer at position 3: numbered, not named by identifier, so that
    /// any identifier (even a repeated one, which validation reports) has a file.
    static func offerFileName(at position: Int) -> String { "tilbud-\(position + 1).json" }

    /// The offer's position from its file name, or `nil` for a file that holds no offer.
    static func position(ofFileNamed name: String) -> Int? {
        guard name.hasPrefix("tilbud-"), name.hasSuffix(".json") else { return nil }
        return Int(name.dropFirst("tilbud-".count).dropLast(".json".count)).map { $0 - 1 }
    }

    /// Reads `kommune.json` and every offer file in number order; errors name the file and the
    /// field path in it.
    public func read() throws -> Catalog {
        let headerURL = url.appending(path: Self.headerName)
        guard FileManager.default.fileExists(atPath: headerURL.path) else {
            throw StoreError(.notFound, "no \(Self.headerName); this is not a folder of the municipality's offers", file: url.path)
        }
        let header = try decode(Header.self, from: headerURL)
        let mapping = FeedMapping(file: headerURL.path)
        let providers = try (header.arrangører ?? []).enumerated().map { index, arrangør in
            try mapping.provider(from: arrangør, at: "arrangører[\(index)]")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        let files = names.compactMap { name in Self.position(ofFileNamed: name).map { (position: $0, name: name) } }
        let offers = try files.sorted { $0.position < $1.position }.map { file in
            let fileURL = url.appending(path: file.name)
            return try FeedMapping(file: fileURL.path).offer(
                from: try decode(MunicipalFeed.Tilbud.self, from: fileURL), at: "tilbud", organisers: header.arrangører ?? [])
        }
        return Catalog(
            info: CatalogInfo(publisher: header.utgiver, updated: try mapping.date(header.oppdatert, at: "oppdatert")),
            providers: RecordCollection(providers), offers: RecordCollection(offers))
    }

    /// Replaces the whole folder at once; the old folder stays as it was when anything fails.
    public func write(_ catalog: Catalog) throws {
        let feed = try MunicipalFeed(catalog)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicWrite.folder(at: url) { staged in
            let header = Header(utgiver: feed.utgiver, oppdatert: feed.oppdatert, arrangører: feed.arrangører)
            try write(encoder.encode(header), to: staged.appending(path: Self.headerName))
            for (position, tilbud) in feed.tilbud.enumerated() {
                try write(encoder.encode(tilbud), to: staged.appending(path: Self.offerFileName(at: position)))
            }
        }
    }

    private func write(_ data: Data, to fileURL: URL) throws {
        do {
            try data.write(to: fileURL)
        } catch {
            throw StoreError(.io, "cannot write \(fileURL.lastPathComponent)", file: url.path, underlyingError: error)
        }
    }

    private func decode<Value: Decodable>(_ type: Value.Type, from fileURL: URL) throws -> Value {
        let mapping = FeedMapping(file: fileURL.path)
        do {
            return try JSONDecoder().decode(type, from: Data(contentsOf: fileURL))
        } catch let error as DecodingError {
            throw StoreError(error, file: mapping.file)
        } catch {
            throw StoreError(.io, "cannot read the file", file: mapping.file, underlyingError: error)
        }
    }
}
