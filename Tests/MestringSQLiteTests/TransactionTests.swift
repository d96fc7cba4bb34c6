import CSQLite
import Foundation
import Mestring
import MestringConformance
import MestringSQLite
import Testing
import MestringTestSupport

@Suite("Transactions and errors")
struct TransactionTests {
    @Test func aStatementFailingMidSaveLeavesThePreviousCatalogue() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        let previous = ConformanceFixture.catalog
        try await store.save(previous)
        // A trigger makes the insert of one offer in the middle of the next save fail.
        try Database(path: path).execute(
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON offers WHEN NEW.id = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        #expect(try await store.load() == previous, "loading again lets the next save replace the changed file")

        var next = Catalog(info: CatalogInfo(title: "Ny"))
        next.offers = RecordCollection(Array(previous.offers.prefix(3)) + [Offer(
            id: "boom", title: "Feiler", kind: .eLearning, format: .individual, provider: "ahus-lms", focus: .theme,
            method: .knowledgeTransfer)] + Array(previous.offers.suffix(3)))
        let error = try await #require(throws: StoreError.self) { try await store.save(next) }
        #expect(error.kind == .constraint)
        #expect(error.file == path)
        #expect(try await store.load() == previous)
        #expect(try await store.offers(matching: OfferQuery(text: "feiler")).isEmpty, "the full-text index was rolled back too")
    }

    @Test func inTransactionRollsBackWhenTheBodyThrows() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.path("plain.sqlite"))
        try database.execute("CREATE TABLE notes (text TEXT NOT NULL)")
        #expect(throws: Stop.self) {
            try database.inTransaction {
                try database.execute("INSERT INTO notes (text) VALUES (?)", arguments: ["lagret?"])
                throw Stop()
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM notes") == .integer(0))
        #expect(!database.isInTransaction)
    }

    @Test func errorsCarryCodesAndSQLButNoBoundValues() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.path("plain.sqlite"))
        try database.execute("CREATE TABLE people (phone TEXT NOT NULL UNIQUE)")
        try database.execute("INSERT INTO people (phone) VALUES (?)", arguments: ["+47 400 00 001"])

        let duplicate = try #require(throws: SQLiteError.self) {
            try database.execute("INSERT INTO people (phone) VALUES (?)", arguments: ["+47 400 00 001"])
        }
        #expect(duplicate.resultCode == SQLITE_CONSTRAINT)
        #expect(duplicate.extendedResultCode == 2067, "SQLITE_CONSTRAINT_UNIQUE")
        #expect(duplicate.sql == "INSERT INTO people (phone) VALUES (?)")
        #expect(duplicate.description.contains("UNIQUE constraint failed"))
        #expect(!duplicate.description.contains("400 00 001"), "a bound value leaked into the error")
        #expect(duplicate.storeError(file: "x.sqlite").kind == .constraint)

        let syntax = try #require(throws: SQLiteError.self) { try database.execute("SELEKT * FROM people") }
        #expect(syntax.resultCode == SQLITE_ERROR)
        #expect(syntax.sql == "SELEKT * FROM people")
    }

    @Test func storeErrorsOnMalformedRowsNameTheTableColumnAndRow() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        try await store.save(ConformanceFixture.catalog)
        try Database(path: path).execute("UPDATE offers SET kind = 'kaffe' WHERE position = 2")
        let error = try await #require(throws: StoreError.self) { try await store.load() }
        #expect(error.kind == .malformedData)
        #expect(error.file == path)
        #expect(error.row == 2)
        #expect(error.field == "offers.kind")
        #expect(error.message.contains("unknown offer kind \"kaffe\""))
    }

    /// An offer's lists are JSON in its row: JSON another tool wrote with spaces and escapes reads
    /// the same, and a list that is not JSON, or holds an unknown spelling, names the column and row.
    @Test func listColumnsAcceptAnyJSONAndNameTheColumnWhenBroken() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        try await store.save(ConformanceFixture.catalog)
        let database = try Database(path: path)
        try database.execute(#"UPDATE offers SET themes = ' [ "s\u00f8vn" , "a \"b\"" ] ' WHERE position = 1"#)
        #expect(try await store.load().offers.first?.themes == ["søvn", "a \"b\""])

        for (value, message) in [(#"["0301""#, "expected \",\" or \"]\""), (#"["pasient"]"#, "unknown audience \"pasient\"")] {
            try database.execute("UPDATE offers SET audiences = ?, municipalities = ? WHERE position = 2", arguments: [
                .text(message.contains("audience") ? value : #"["patients"]"#), .text(message.contains("audience") ? #"["0301"]"# : value),
            ])
            let error = try await #require(throws: StoreError.self) { try await store.load() }
            #expect(error.kind == .malformedData)
            #expect(error.row == 2)
            #expect(error.field == (message.contains("audience") ? "offers.audiences" : "offers.municipalities"))
            #expect(error.message.contains(message), "\(error.message)")
        }
    }
}
