/// The first 100 bytes of a SQLite database file, as they are on the disk.
///
/// Reading them lets the store tell a JSON file named `.sqlite` from a database before SQLite
/// parses (or recovers) it, see whether a file is in WAL mode without switching anything, and read
/// the file change counter, which SQLite raises by one with every committed write in
/// rollback-journal mode: the revision ``SQLiteCatalogStore`` compares before a save. They are
/// read through the connection's own file (``Database/fileHeader``): opening and closing the file
/// separately would release every POSIX lock this process holds on it.
struct SQLiteFileHeader {
    /// The raw header; shorter than 100 bytes for a file that is not a database.
    let bytes: [UInt8]

    /// A header from the bytes read.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// `true` when the file starts with SQLite's magic text, `SQLite format 3\0`.
    var isDatabase: Bool { bytes.count == 100 && bytes.prefix(16).elementsEqual(Array("SQLite format 3\0".utf8)) }

    /// `true` when the file is in WAL mode (read and write versions 2).
    var isWriteAheadLog: Bool { isDatabase && bytes[18] == 2 && bytes[19] == 2 }

    /// The file change counter (bytes 24–27, big-endian).
    var changeCounter: UInt32 {
        guard isDatabase else { return 0 }
        return bytes[24..<28].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
