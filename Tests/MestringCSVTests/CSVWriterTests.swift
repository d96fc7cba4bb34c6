import Foundation
import Mestring
import MestringCSV
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    func text(_ rows: [[String?]], _ dialect: CSVDialect = .rfc4180) throws -> [UInt8] {
        let writer = CSVWriter(dialect: dialect)
        for row in rows { try writer.writeRow(row) }
        return writer.bytes
    }

    @Test func quotesOnlyWhatNeedsQuotes() throws {
        let bytes = try text([["id", "a,b", "say \"hi\"", "two\nlines", nil, "", "æøå"]])
        #expect(String(decoding: bytes, as: UTF8.self) == "id,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"\",æøå\r\n")
    }

    @Test func excelDialectHasByteOrderMarkAndSemicolon() throws {
        let bytes = try text([["a;b", "c,d"]], .excel)
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("\"a;b\";c,d\r\n".utf8))
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let rows: [[String?]] = [["id", "tekst"], ["1", "«sitat», \"anførsel\"\r\nny linje; komma, tab\t"], ["2", ""], ["3", nil]]
        for dialect in [CSVDialect.rfc4180, .excel, CSVDialect(separator: .tab, lineEnding: .lf)] {
            let reader = try CSVReader(bytes: try text(rows, dialect))
            var read: [[String?]] = []
            while let record = try reader.next() {
                read.append((0..<record.count).map { record.isBlank($0) ? nil : record[$0] })
            }
            #expect(read == rows)
            #expect(reader.separator == dialect.separator)
        }
    }
}
