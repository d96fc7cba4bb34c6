import Foundation
import Mestring
import MestringValidation

/// One way a catalogue can be kept on disk, registered with a ``CatalogFormatRegistry`` so that
/// `mestring` (and ``CatalogFormatRegistry/openStore(at:format:options:)``) can read and write it.
///
/// A registration says everything the command line needs to know about a format without knowing
/// the adapter: which locations it claims (by name, by contents, or as the default for folders),
/// the names `--format` accepts, whether it can be written, how to make its store and, when the
/// format has line numbers a person could edit, where a finding is in the file. Built-in formats
/// are registered the same way (``CatalogFormatRegistry/standard``), so an integrator's format is
/// not a second-class citizen.
///
/// ```swift
/// let feed = CatalogFormat(
///     names: ["kommune-feed"], summary: "the municipality's JSON feed (.feed.json)",
///     pathSuffixes: [".feed.json"], canWrite: false
/// ) { request in MunicipalFeedStore(fileURL: request.url) }
/// ```
public struct CatalogFormat: Sendable {
    /// The names `--format` accepts, the first being the one help and errors use (e.g. `json`).
    public var names: [String]
    /// One line for `mestring --help`: what the format is and what its locations look like.
    public var summary: String
    /// Endings of a file or folder name that claim a location, compared without regard to case
    /// (`.json`, `.fhir.json`, `-hsds`). The longest matching ending across all formats wins, so a
    /// specific ending such as `.fhir.json` beats a general one such as `.json`.
    public var pathSuffixes: [String]
    /// Whether this format claims existing folders (and new paths without an extension) that no
    /// ending or contents claim. Only one format should: the built-in CSV folder does.
    public var isDefaultForFolders: Bool
    /// Whether `mestring` may write this format; `convert` and `new` refuse a target that cannot
    /// be written before reading anything, with a message naming the format.
    public var canWrite: Bool
    /// Claims an existing location by what it holds (e.g. a `.json` file whose start names FHIR
    /// `resourceType`). A claim by contents beats every claim by name, since the contents are what
    /// the store will read.
    public var recognisesContents: (@Sendable (CatalogCandidate) -> Bool)?
    /// Makes the store for a location; called only after the location was resolved to this format.
    public var makeStore: @Sendable (CatalogStoreRequest) throws -> any CatalogStore
    /// Loads the catalogue and says what had no place in Mestring, for formats that import from
    /// another model (FHIR, HSDS); `nil` loads the store and reports nothing.
    public var loadWithReport: (@Sendable (CatalogStoreRequest) async throws -> LoadedCatalog)?
    /// Points a validation finding at a file, and a line or row in it, so reports point where a
    /// person edits; `nil` names the location only.
    public var findingLocator: (@Sendable (CatalogStoreRequest) throws -> FindingLocator)?

    /// A format with what the command line needs to know; leave out what does not apply.
    /// - Parameters:
    ///   - names: the names `--format` accepts, the first one canonical.
    ///   - summary: one line for help.
    ///   - pathSuffixes: name endings that claim a location (case-insensitive).
    ///   - isDefaultForFolders: claims folders nothing else claims.
    ///   - canWrite: whether `mestring` may write it.
    ///   - recognisesContents: claims an existing location by its contents.
    ///   - loadWithReport: loads with a report of what was not imported.
    ///   - findingLocator: where findings are in the files.
    ///   - makeStore: makes the store.
    public init(
        names: [String], summary: String, pathSuffixes: [String] = [], isDefaultForFolders: Bool = false, canWrite: Bool,
        recognisesContents: (@Sendable (CatalogCandidate) -> Bool)? = nil,
        loadWithReport: (@Sendable (CatalogStoreRequest) async throws -> LoadedCatalog)? = nil,
        findingLocator: (@Sendable (CatalogStoreRequest) throws -> FindingLocator)? = nil,
        makeStore: @escaping @Sendable (CatalogStoreRequest) throws -> any CatalogStore
    ) {
        self.names = names
        self.summary = summary
        self.pathSuffixes = pathSuffixes
        self.isDefaultForFolders = isDefaultForFolders
        self.canWrite = canWrite
        self.recognisesContents = recognisesContents
        self.loadWithReport = loadWithReport
        self.findingLocator = findingLocator
        self.makeStore = makeStore
    }

    /// The name help and errors use.
    public var name: String { names.first ?? summary }

    /// The length of the longest of this format's endings that `fileName` has, or `nil`.
    func claimByName(_ fileName: String) -> Int? {
        let lowercased = fileName.lowercased()
        return pathSuffixes.filter { lowercased.hasSuffix($0.lowercased()) }.map(\.count).max()
    }
}

extension CatalogFormat {
    /// Refuses to write a format that cannot be written, before anything is read or made.
    func check(_ request: CatalogStoreRequest) throws {
        guard request.purpose == .writing, !canWrite else { return }
        throw StoreError(.readOnly, "\(summary) can be read but not written; write to another format", file: request.url.path)
    }
}
