import Foundation
import Mestring
import MestringCSV
import Testing
import MestringTestSupport

@Suite("CSV reader: RFC 4180 and the dialects spreadsheets write")
struct CSVReaderTests {
    func records(_ bytes: [UInt8], _ options: CSVReadOptions = CSVReadOptions()) throws -> [[String]] {
        let reader = try CSVReader(bytes: bytes, name: "test.csv", options: options)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return rows
    }

    func records(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> [[String]] {
        try records(Array(text.utf8), options)
    }

    func error(_ bytes: [UInt8], _ options: CSVReadOptions = CSVReadOptions()) throws -> StoreError {
        do {
            _ = try records(bytes, options)
        } catch let error as StoreError {
            return error
        }
        Issue.record("reading did not fail")
        throw StoreError(.io, "no error")
    }

    @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
        let text = "id,text\r\n1,\"a, b; \"\"c\"\"\r\nline two\nline three\"\r\n2,plain\r\n"
        #expect(try records(text) == [["id", "text"], ["1", "a, b; \"c\"\r\nline two\nline three"], ["2", "plain"]])
    }

    @Test func lineEndsCRLFLFAndCRAndNoFinalNewline() throws {
        #expect(try records("a,b\r\n1,2\n3,4\r5,6") == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test func semicolonAndTabAreDetectedFromTheHeader() throws {
        let reader = try CSVReader(bytes: Array("id;tittel;\"a,b,c\"\n1;x;y\n".utf8))
        #expect(reader.separator == .semicolon)
        #expect(try reader.next()?.fields == ["id", "tittel", "a,b,c"])
        #expect(try records("a\tb\n1\t2,3\n") == [["a", "b"], ["1", "2,3"]])
        #expect(try records("a;b,c\n1;2,3\n", CSVReadOptions(separator: .comma)) == [["a;b", "c"], ["1;2", "3"]])
    }

    @Test func byteOrderMarkIsRemovedFromTheFirstHeader() throws {
        let reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("tittel;id\nÆrlig;1\n".utf8))
        #expect(reader.hasByteOrderMark)
        #expect(try reader.next()?.fields == ["tittel", "id"])
        #expect(try reader.next()?.fields == ["Ærlig", "1"])
        #expect(reader.encoding == .utf8)
    }

    @Test func windows1252IsDetectedAndDecoded() throws {
        // "navn;sted\nBjørn Åsnes;Tromsø – sør\n" as Excel on Norwegian Windows saves it.
        let bytes: [UInt8] = Array("navn;sted\nBj".utf8) + [0xF8] + Array("rn ".utf8) + [0xC5] + Array("snes;Troms".utf8) + [0xF8, 0x20, 0x96]
            + Array(" s".utf8) + [0xF8, 0x72, 0x0A]
        let reader = try CSVReader(bytes: bytes)
        _ = try reader.next()
        #expect(try reader.next()?.fields == ["Bjørn Åsnes", "Tromsø – sør"])
        #expect(reader.encoding == .windows1252)
    }

    @Test func windows1252CanBeChosen() throws {
        let bytes: [UInt8] = Array("a\n".utf8) + [0xE6, 0xF8, 0xE5, 0x80, 0x0A]
        #expect(try records(bytes, CSVReadOptions(encoding: .windows1252)) == [["a"], ["æøå€"]])
    }

    @Test func invalidUTF8AfterUTF8TextIsAnError() throws {
        let bytes: [UInt8] = Array("a\nø\n".utf8) + [0x62, 0xF8, 0x0A]
        let error = try error(bytes)
        #expect(error.kind == .malformedData)
        #expect(error.line == 3)
        #expect(error.message.contains("not valid UTF-8"))
    }

    @Test func invalidUTF8InAFileChosenAsUTF8IsAnError() throws {
        let error = try error([0x61, 0x0A, 0xF8, 0x0A], CSVReadOptions(encoding: .utf8))
        #expect(error.line == 2)
        #expect(error.message.contains("windows-1252"))
    }

    @Test func blankAndQuotedEmptyCellsDiffer() throws {
        let reader = try CSVReader(bytes: Array("a,\"\",,\"x\"\n".utf8))
        let record = try #require(try reader.next())
        #expect(record.fields == ["a", "", "", "x"])
        #expect(!record.isBlank(0) && !record.isBlank(1) && record.isBlank(2) && !record.isBlank(3))
        #expect(record.isQuoted(1) && record.isQuoted(3))
    }

    @Test func raggedRowsAreReadAsTheyAre() throws {
        #expect(try records("a,b,c\n1\n1,2,3,4\n") == [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]])
    }

    @Test func recordsSpanningChunksAreWhole() throws {
        let long = String(repeating: "æøå \"x\" ", count: 500)
        let text = "id,text\n" + (1...50).map { "\($0),\"\(long.replacingOccurrences(of: "\"", with: "\"\""))\n\"" }.joined(separator: "\n")
        let rows = try records(text, CSVReadOptions(chunkSize: 16))
        #expect(rows.count == 51)
        #expect(rows.dropFirst().allSatisfy { $0[1] == long + "\n" })
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,\"x\ny\nz\"\n2,w\n".utf8))
        var lines: [Int] = []
        while let record = try reader.next() { lines.append(record.line) }
        #expect(lines == [1, 2, 5])
    }

    @Test func unterminatedQuoteAtTheEndIsAClearError() throws {
        let error = try error(Array("a,b\n1,\"never closed\n2,3\n".utf8))
        #expect(error.kind == .malformedData)
        #expect(error.file == "test.csv")
        #expect(error.line == 2)
        #expect(error.column == 2)
        #expect(error.message.contains("never closed"))
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = try error(Array("a,b\n1,\"x\"y,2\n".utf8))
        #expect(error.line == 2)
        #expect(error.column == 2)
        #expect(error.message.contains("must be doubled"))
    }

    @Test func hugeFieldStopsAtTheLimit() throws {
        let bytes = Array("a\n\"".utf8) + [UInt8](repeating: 0x78, count: 200_000)
        let error = try error(bytes, CSVReadOptions(maximumRecordBytes: 10_000, chunkSize: 4096))
        #expect(error.line == 2)
        #expect(error.message.contains("longer than 10000 bytes"))
    }

    @Test func tooManyFieldsStopAtTheLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: ","), count: 50_000)
        let error = try error(bytes, CSVReadOptions(maximumFieldCount: 1000))
        #expect(error.message.contains("more than 1000 fields"))
    }

    @Test func nulBytesAndUTF16AreRefused() throws {
        #expect(try error(Array("a,b\n1,x\0y\n".utf8)).message.contains("NUL byte"))
        #expect(try error([0xFF, 0xFE, 0x61, 0x00]).message.contains("UTF-16"))
        #expect(try error(Array("a\nø\0\n".utf8)).message.contains("NUL byte"))
    }

    @Test func readsFilesInChunks() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appending(path: "big.csv")
        let rows = (0..<3000).map { "\($0),\"tekst med æøå\nog linjeskift\"" }
        try Data(("id,tekst\r\n" + rows.joined(separator: "\r\n")).utf8).write(to: url)
        let reader = try CSVReader(url: url, options: CSVReadOptions(chunkSize: 1000))
        var record = CSVRecord()
        var count = 0
        var last: [String] = []
        while try reader.readRecord(into: &record) {
            count += 1
            last = record.fields
        }
        #expect(count == 3001)
        #expect(last == ["2999", "tekst med æøå\nog linjeskift"])
        #expect(reader.bytesRead == reader.totalBytes)
    }

    @Test func missingFileIsNotFound() throws {
        #expect(throws: StoreError(.notFound, "cannot read the file: no such file or folder", file: "/nonexistent/x.csv")) {
            try CSVReader(url: URL(filePath: "/nonexistent/x.csv"))
        }
    }
}
