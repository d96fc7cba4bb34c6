import Foundation

/// A folder under the system's temporary directory for one test, removed when the value is released.
///
/// Shared by every test target, so that tests of real files (atomic writes, rejects files, SQLite
/// databases) never touch the repository and never leave anything behind.
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates a new, empty folder with a unique name.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "mestring-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    public func path(_ name: String) -> String { url.appending(path: name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
