import Foundation
import Mestring
import MestringCSV

extension FuzzTarget {
    /// What reading a whole CSV file gave: every record's fields, or the error's text.
    private enum Outcome: Equatable {
        case records([[String]])
        case failure(String)
    }

    /// Reads every record twice, from memory and from a file in 16-byte chunks: both must end the
    /// same way, so a record split across chunks reads as if it were not. The chunked reader gets
    /// the separator found in memory, because detection looks at the first chunk only.
    static func readCSV(_ bytes: [UInt8]) {
        let file = scratchFile("reader.csv", bytes)
        var separator: CSVSeparator?
        let inMemory = outcome {
            let reader = try CSVReader(bytes: bytes, name: file.path)
            separator = reader.separator
            return reader
        }
        let chunked = outcome { try CSVReader(url: file, options: CSVReadOptions(separator: separator, chunkSize: 16)) }
        precondition(inMemory == chunked, "reading in chunks differs from reading in memory: \(inMemory) vs \(chunked)")
    }

    private static func outcome(_ open: () throws -> CSVReader) -> Outcome {
        var rows: [[String]] = []
        do {
            let reader = try open()
            var record = CSVRecord()
            while try reader.readRecord(into: &record) {
                precondition(record.count > 0, "a record without fields on line \(record.line)")
                rows.append(record.fields)
            }
            return .records(rows)
        } catch {
            requireStoreError(error, "CSVReader")
            return .failure(String(describing: error))
        }
    }

    /// Imports the bytes as offers.csv, strictly with the defaults and collecting with Norwegian
    /// headers and unknown columns only warned about, which reaches the cell decoders more often.
    /// Every row read must come out as an offer or as a rejected row.
    static func importCSV(_ bytes: [UInt8]) {
        let folder = scratchFolder.appending(path: "import")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = scratchFile("import/offers.csv", bytes)
        let collecting = CSVImportOptions(mode: .collecting, mapping: .norwegian, unknownColumns: .warn)
        for options in [CSVImportOptions(), collecting] {
            do {
                let report = try CSVImporter(options: options).importCatalog(from: folder)
                if options.mode == .strict { precondition(report.rejects.isEmpty, "a strict import returned rejected rows") }
                // Nothing is lost: every row read is an offer or a rejected row.
                precondition(
                    report.rowsRead == report.catalog.offers.count + report.rejects.count,
                    "\(report.rowsRead) rows read, but \(report.catalog.offers.count) offers and \(report.rejects.count) rejected rows")
            } catch {
                requireStoreError(error, "CSVImporter")
            }
        }
    }
}
