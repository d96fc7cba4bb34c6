import Foundation
import Mestring
import MestringValidation

/// Where a catalogue lives, as given on the command line, the format it was matched to, and the
/// store that reads and writes it.
///
/// The format comes from the ``CatalogFormatRegistry`` the tool runs with (see there for the
/// order: `--format`, contents, name ending, folder).
struct CatalogLocation {
    let path: String
    let format: CatalogFormat
    /// What the store is made for; `includesPersonalData` is set by commands that write.
    var request: CatalogStoreRequest

    init(_ path: String, csv: CSVSettings = CSVSettings(), format name: String? = nil, formats: CatalogFormatRegistry) throws {
        self.path = path
        let url = URL(filePath: path)
        format = try formats.format(of: url, named: name)
        request = CatalogStoreRequest(url: url, csvDialect: csv.dialect, csvMapping: csv.mapping)
    }

    var url: URL { request.url }

    /// Refuses a location whose format cannot be written, before anything is read or made.
    func requireWritable() throws {
        var writing = request
        writing.purpose = .writing
        try format.check(writing)
    }

    /// A store that writes to this location (a SQLite file is created, or upgraded to the current
    /// schema); refused for a format that cannot be written.
    /// `staged`: a file beside it that is put in its place later (a new file made whole first).
    func store(at staged: URL? = nil) throws -> any CatalogStore {
        try requireWritable()
        var writing = request
        writing.purpose = .writing
        writing.url = staged ?? request.url
        return try format.makeStore(writing)
    }

    /// A store that only reads: a SQLite file is never created or changed.
    func readingStore() throws -> any CatalogStore {
        var reading = request
        reading.purpose = .reading
        return try format.makeStore(reading)
    }

    /// A store that writes to this location, or to `staged` in its place, and can take a catalogue
    /// record by record; `nil` when the format's store cannot (then `save(_:)` of a loaded
    /// catalogue is the way).
    func streamingStore(at staged: URL? = nil) throws -> (any StreamingCatalogStore)? {
        try store(at: staged) as? any StreamingCatalogStore
    }

    /// `true` when nothing at all is at the path, not even a link.
    var isNew: Bool { (try? FileManager.default.attributesOfItem(atPath: url.path)) == nil }

    /// What reads this location record by record, without loading it whole, or `nil` when the
    /// format cannot, or imports from another model and reports what had no place in Mestring.
    func recordSource() throws -> (any CatalogRecordSource)? {
        guard format.loadWithReport == nil else { return nil }
        return try readingStore() as? any CatalogRecordSource
    }

    /// Reads the whole catalogue.
    func load() async throws -> Catalog { try await loadWithReport().catalog }

    /// Reads the whole catalogue and, for formats that import from another model (FHIR, HSDS),
    /// what had no place in Mestring.
    func loadWithReport() async throws -> LoadedCatalog {
        var reading = request
        reading.purpose = .reading
        if let load = format.loadWithReport { return try await load(reading) }
        return LoadedCatalog(catalog: try await format.makeStore(reading).load())
    }

    /// Where findings are: the format's own locator (lines for JSON, rows for CSV), or the path.
    func findingLocator() throws -> FindingLocator {
        if let locator = format.findingLocator { return try locator(request) }
        let path = path
        return { _ in FileLocation(file: path) }
    }
}
