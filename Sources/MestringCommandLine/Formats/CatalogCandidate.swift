import Foundation

/// A location a format may claim by its contents: what is there, read only as far as asked.
///
/// Looking costs nothing until a format asks for bytes, and nothing is ever written.
public struct CatalogCandidate: Sendable {
    /// The location as given.
    public let url: URL
    /// Whether something exists there.
    public let exists: Bool
    /// Whether it is a folder (following symbolic links).
    public let isFolder: Bool

    init(url: URL) {
        self.url = url
        var folder: ObjCBool = false
        exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &folder)
        isFolder = folder.boolValue
    }

    /// The last part of the path, e.g. `katalog.fhir.json`.
    public var fileName: String { url.lastPathComponent }

    /// Up to `count` bytes from the start of the file as text (invalid UTF-8 repaired), or an
    /// empty string for a folder or a file that cannot be read.
    public func start(_ count: Int) -> String {
        guard !isFolder, let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.read(upToCount: count)) ?? Data(), as: UTF8.self)
    }

    /// Whether the folder holds a file of this name.
    public func folderContains(_ name: String) -> Bool {
        isFolder && FileManager.default.fileExists(atPath: url.appending(path: name).path)
    }
}
