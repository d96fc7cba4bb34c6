import Foundation
import Mestring

/// The formats `mestring` knows, and how a location on disk is matched to one of them.
///
/// Start from ``standard`` (Mestring JSON, CSV, SQLite, FHIR and HSDS) and ``register(_:)`` your
/// own format; hand the registry to ``MestringTool`` to run `mestring` on your format too, or call
/// ``openStore(at:format:options:)`` in your own code to get a store for a URL.
///
/// A location is matched in this order, so that what a file holds decides before what it is called:
/// 1. `--format NAME` (the `format` argument): the format with that name;
/// 2. an existing location whose contents a format recognises (the first such format);
/// 3. the longest name ending any format claims (`.fhir.json` before `.json`);
/// 4. a folder, or a new path without an extension: the format that is the default for folders.
///
/// Formats registered later are consulted first, so an integrator's format can claim a location
/// before a built-in one does.
///
/// The registry lives in the command-line library, not in `Mestring`: matching a location means
/// looking at the file system (names, folders, the first bytes of a file), and the domain module
/// does no I/O and does not import Foundation. Adapters do not know the registry either; only
/// the program that puts them together does.
public struct CatalogFormatRegistry: Sendable {
    /// The registered formats, in the order they are consulted.
    public private(set) var formats: [CatalogFormat]

    /// A registry of exactly these formats, consulted in this order; see ``standard`` for the
    /// built-in ones.
    public init(_ formats: [CatalogFormat]) { self.formats = formats }

    /// Adds formats, consulted in the order given and before those already registered. A format
    /// with a name that is already taken replaces the earlier one under that name for `--format`.
    public mutating func register(_ added: CatalogFormat...) { formats.insert(contentsOf: added, at: 0) }

    /// The format `--format NAME` means, or `nil`.
    public func format(named name: String) -> CatalogFormat? {
        formats.first { $0.names.contains(name.lowercased()) }
    }

    /// The names `--format` accepts for a target that can be written, for help and errors.
    public var writableFormatNames: [String] {
        var seen = Set<String>()
        return formats.filter(\.canWrite).map(\.name).filter { seen.insert($0).inserted }
    }

    /// The format of the catalogue at `url` (see the matching order above).
    /// - Parameters:
    ///   - url: the file or folder, which need not exist yet.
    ///   - name: a format name from `--format`, which decides when given.
    /// - Throws: `StoreError` of kind ``Mestring/StoreError/Kind/unknownFormat`` naming the
    ///   location and the formats there are.
    public func format(of url: URL, named name: String? = nil) throws -> CatalogFormat {
        if let name {
            guard let format = format(named: name) else {
                throw StoreError(
                    .unknownFormat, "no format is named '\(StoreError.excerpt(name, quoted: false))'; expected one of "
                        + writableFormatNames.joined(separator: ", "), field: "--format")
            }
            return format
        }
        let candidate = CatalogCandidate(url: url)
        if candidate.exists, let format = formats.first(where: { $0.recognisesContents?(candidate) == true }) { return format }
        var best: (format: CatalogFormat, length: Int)?
        for format in formats {
            if let length = format.claimByName(candidate.fileName), length > best?.length ?? 0 { best = (format, length) }
        }
        if let best { return best.format }
        if candidate.isFolder || (!candidate.exists && url.pathExtension.isEmpty), let folders = formats.first(where: \.isDefaultForFolders) {
            return folders
        }
        throw StoreError(
            .unknownFormat, "cannot tell the format; use " + formats.map(\.summary).joined(separator: ", ")
                + ", or say it with --format", file: url.path)
    }

    /// A store for the catalogue at `url`, in the format matched as described above.
    /// - Parameters:
    ///   - url: the file or folder.
    ///   - name: a format name that decides, as `--format` does.
    ///   - options: reading or writing, and the options of formats that have them.
    /// - Throws: `StoreError` when no format claims the location (``Mestring/StoreError/Kind/unknownFormat``)
    ///   or when writing was asked of a format that cannot be written (`readOnly`).
    public func openStore(at url: URL, format name: String? = nil, options: CatalogStoreRequest? = nil) throws -> any CatalogStore {
        let format = try format(of: url, named: name)
        var request = options ?? CatalogStoreRequest(url: url)
        request.url = url
        try format.check(request)
        return try format.makeStore(request)
    }
}
