import Foundation
import Mestring
import MestringConformance
@testable import MestringSQLite
import Testing
import MestringTestSupport

@Suite("Schema versions and migration")
struct SchemaMigrationTests {
    /// Writes a file as the first release did: schema version 1, no full-text index.
    func makeVersion1File(at path: String) throws {
        let database = try Database(path: path)
        try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
        try CatalogSchema.migrator.migrate(database, upTo: 1)
        try database.execute(
            """
            INSERT INTO catalog (singleton, title) VALUES (1, 'Gammel katalog');
            INSERT INTO providers (position, id, name_nb, kind) VALUES (1, 'oslo-lms', 'Oslo LMS', 'hospital-learning-centre');
            INSERT INTO offers (position, id, title_nb, summary_nb, kind, format, provider, focus, method,
                has_accessibility, has_eligibility, has_schedule, requires_specialist_competence)
            VALUES (1, 'kols', 'KOLS-skolen', 'Kurs for pårørende', 'group-programme', 'group', 'oslo-lms', 'diagnosis-specific',
                'equal-footing', 0, 0, 0, 1);
            INSERT INTO offer_audiences (offer, position, audience) VALUES (1, 0, 'next-of-kin');
            INSERT INTO offer_municipalities (offer, position, municipality) VALUES (1, 0, '0301');
            """)
    }

    @Test func aVersion1FileIsUpgradedStepByStepAndKeepsItsData() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1File(at: path)
        #expect(try CatalogSchema.migrator.version(of: Database(path: path)) == 1)

        let store = try SQLiteCatalogStore(path: path)
        let database = try Database(path: path)
        #expect(try CatalogSchema.migrator.version(of: database) == SQLiteCatalogStore.schemaVersion)
        #expect(try CatalogSchema.migrator.appliedMigrations(in: database) == CatalogSchema.migrator.migrations.map(\.identifier))

        let catalog = try await store.load()
        #expect(catalog.info.title == "Gammel katalog")
        #expect(catalog.offers.map(\.id) == ["kols"])
        #expect(catalog.offers.first?.audiences == [.nextOfKin])
        let found = try await store.offers(matching: OfferQuery(municipalities: ["0301"], text: "pårørende kols"))
        #expect(found.map(\.id) == ["kols"], "the full-text index added by version 2 covers offers written by version 1")
    }

    @Test func anUpgradedFileKeepsItsChildRowsAndHoldsValuesNotStated() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1File(at: path)
        let store = try SQLiteCatalogStore(path: path)
        let database = try Database(path: path)
        #expect(try database.scalar("SELECT count(*) FROM offer_audiences")?.integer == 1, "rebuilding offers cascaded to its children")
        #expect(try database.scalar("PRAGMA foreign_keys")?.integer == 1, "foreign keys are on again after the rebuild")
        #expect(try database.scalar("PRAGMA foreign_key_check") == nil)

        var catalog = try await store.load()
        catalog.offers.upsert(Offer(id: "from-a-spreadsheet", title: "Kurs for pårørende"))
        catalog.providers.upsert(Provider(id: "974589095", name: "Ukjent type"))
        try await store.save(catalog)
        let loaded = try await store.load()
        #expect(loaded == catalog)
        #expect(loaded.offers["from-a-spreadsheet"]?.kind == nil && loaded.providers["974589095"]?.kind == nil)
    }

    /// Every older schema version upgrades to the current one, and the upgraded file then keeps
    /// every record and field of the conformance fixture.
    @Test(arguments: 1..<SQLiteCatalogStore.schemaVersion)
    func everyOlderVersionUpgradesToTheCurrentSchema(_ version: Int) async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v\(version).sqlite")
        let database = try Database(path: path)
        try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
        try CatalogSchema.migrator.migrate(database, upTo: version)
        #expect(try CatalogSchema.migrator.version(of: database) == version)

        let store = try SQLiteCatalogStore(path: path)
        #expect(try CatalogSchema.migrator.version(of: database) == SQLiteCatalogStore.schemaVersion)
        try await store.save(ConformanceFixture.catalog)
        #expect(try await store.load() == ConformanceFixture.catalog)
    }

    /// A file at an older schema `version` holding the conformance fixture as that version kept
    /// it: each table's rows copied from a file the current release wrote, the derived filter
    /// tables of versions before 7 (`(offer, position, value)`) made from the offers' lists.
    func makeOlderFile(version: Int, in folder: TemporaryFolder) async throws -> (path: String, database: Database) {
        let current = folder.path("current.sqlite")
        try await SQLiteCatalogStore(path: current).save(ConformanceFixture.catalog)

        let path = folder.path("v\(version).sqlite")
        let database = try Database(path: path)
        try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
        try CatalogSchema.migrator.migrate(database, upTo: version)
        try database.execute("PRAGMA foreign_keys = OFF")
        try database.execute("ATTACH DATABASE ? AS current", arguments: [.text(current)])
        let tables = try database.rows(
            "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'offer_search%' ORDER BY rowid"
        ).compactMap { $0[0].text }
        let lists = ["offer_stages": "stages", "offer_audiences": "audiences", "offer_languages": "languages", "offer_municipalities": "municipalities"]
        for table in tables {
            let columns = try database.rows("SELECT name FROM pragma_table_info(?)", arguments: [.text(table)]).compactMap { $0[0].text }
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            var source = "current.\(table)"
            if let column = lists[table], columns.contains("position") {
                source = "(SELECT o.position AS offer, j.key AS position, j.value AS \(columns[2]) FROM current.offers o, json_each(o.\(column)) j)"
            }
            try database.execute("INSERT INTO main.\(table) (\(list)) SELECT \(list) FROM \(source)")
        }
        try database.execute("DETACH DATABASE current")
        try database.execute("PRAGMA foreign_keys = ON")
        #expect(try database.scalar("PRAGMA foreign_key_check") == nil)
        try database.execute("INSERT INTO offer_search (offer_search) VALUES ('rebuild')")
        #expect(try CatalogSchema.migrator.version(of: database) == version)
        return (path, database)
    }

    /// Version 6 moved each offer's lists from child tables into the offer's row. A version 5 file
    /// holding every list shape (the conformance fixture's rows, copied into the version 5 tables
    /// through the views that keep the old table names readable) loads as the same catalogue.
    @Test func version5ChildRowsBecomeTheSameListsInTheOfferRow() async throws {
        let folder = try TemporaryFolder()
        let (path, database) = try await makeOlderFile(version: 5, in: folder)
        #expect(try database.scalar("SELECT count(*) FROM offer_sessions")?.integer ?? 0 > 0, "the fixture has sessions")
        #expect(try database.scalar("SELECT count(*) FROM offer_involvement_phases")?.integer ?? 0 > 0, "the fixture has phases")

        let store = try SQLiteCatalogStore(path: path)
        #expect(try await store.load() == ConformanceFixture.catalog)
        #expect(try CatalogSchema.migrator.version(of: database) == SQLiteCatalogStore.schemaVersion)
        let query = OfferQuery(municipalities: ["0301"])
        #expect(try await store.offers(matching: query) == ConformanceFixture.catalog.offers(matching: query))
    }

    /// Version 7 keys the filter tables by `(value, offer)`. A version 6 file upgrades to the same
    /// catalogue, every query dimension still finds the offers it found, and replacing or
    /// deleting an offer afterwards leaves no filter row behind.
    @Test func version6FilterTablesBecomeValueKeyedAndStayInStep() async throws {
        let folder = try TemporaryFolder()
        let (path, database) = try await makeOlderFile(version: 6, in: folder)
        let rowsBefore = try database.scalar("SELECT count(*) FROM offer_municipalities")?.integer ?? 0
        #expect(rowsBefore > 0, "the fixture has municipalities")

        let store = try SQLiteCatalogStore(path: path)
        #expect(try CatalogSchema.migrator.version(of: database) == SQLiteCatalogStore.schemaVersion)
        let catalog = ConformanceFixture.catalog
        #expect(try await store.load() == catalog)
        #expect(try database.scalar("SELECT count(*) FROM offer_municipalities")?.integer == rowsBefore)
        let first = try #require(catalog.offers.first)
        let queries = [
            OfferQuery(municipalities: Set(first.municipalities)), OfferQuery(audiences: Set(first.audiences)),
            OfferQuery(languages: Set(first.languages)), OfferQuery(stages: Set(first.stages)),
            OfferQuery(diagnoses: Set(first.diagnoses)),
        ]
        for query in queries {
            #expect(try await store.offers(matching: query) == catalog.offers(matching: query))
        }

        var changed = first
        changed.municipalities = ["9999"]
        try await store.upsert(changed)
        #expect(try await store.offers(matching: OfferQuery(municipalities: ["9999"])).map(\.id) == [first.id])
        #expect(try await store.delete(Offer.self, id: first.id))
        for table in ["offer_stages", "offer_audiences", "offer_languages", "offer_municipalities", "offer_diagnosis_coverage"] {
            let orphans = try database.scalar("SELECT count(*) FROM \(table) WHERE offer NOT IN (SELECT position FROM offers)")
            #expect(orphans?.integer == 0, "\(table) keeps no row of a deleted offer")
        }
    }

    /// Version 3 made professions a vocabulary: free text that names a profession becomes its
    /// spelling; other text is kept, and reading names the table and column instead of guessing.
    @Test func professionsWrittenAsFreeTextBecomeTheVocabulary() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v2.sqlite")
        let database = try Database(path: path)
        try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
        try CatalogSchema.migrator.migrate(database, upTo: 2)
        try database.execute(
            """
            INSERT INTO people (position, id, name, role, profession, listing_consent, has_contact) VALUES
                (1, 'a', '', 'professional', 'Sykepleier', 0, 0),
                (2, 'b', '', 'professional', ' sjukepleiar ', 0, 0),
                (3, 'c', '', 'professional', 'Fysioterapeut', 0, 0),
                (4, 'd', '', 'professional', NULL, 0, 0);
            """)
        let store = try SQLiteCatalogStore(path: path)
        #expect(try await store.load().people.map(\.profession) == [.nurse, .nurse, .physiotherapist, nil])

        try database.execute("UPDATE people SET profession = 'Fagkonsulent' WHERE id = 'd'")
        let error = try await #require(throws: StoreError.self) { try await store.load() }
        #expect(error.kind == .malformedData)
        #expect(error.description.contains("people") && error.description.contains("profession"))
    }

    @Test func aFileFromANewerReleaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("future.sqlite")
        _ = try SQLiteCatalogStore(path: path)
        try Database(path: path).execute("PRAGMA user_version = \(SQLiteCatalogStore.schemaVersion + 1)")

        let error = try #require(throws: StoreError.self) { try SQLiteCatalogStore(path: path) }
        #expect(error.kind == .unsupportedVersion)
        #expect(error.file == path)
        #expect(error.message.contains("newer release"))
    }

    @Test func aFileThatIsNotACatalogueIsReportedAsMalformed() throws {
        let folder = try TemporaryFolder()
        let garbage = folder.path("garbage.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(filePath: garbage))
        let notSQLite = try #require(throws: StoreError.self) { try SQLiteCatalogStore(path: garbage) }
        #expect(notSQLite.kind == .malformedData)
        #expect(notSQLite.file == garbage)

        let other = folder.path("other.sqlite")
        try Database(path: other).execute("CREATE TABLE notes (text TEXT)")
        let foreign = try #require(throws: StoreError.self) { try SQLiteCatalogStore(path: other) }
        #expect(foreign.kind == .malformedData)
    }

    @Test func readOnlyAccessNeitherCreatesNorWrites() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let missing = try #require(throws: StoreError.self) { try SQLiteCatalogStore(path: path, access: .readOnly) }
        #expect(missing.kind == .notFound)
        #expect(!FileManager.default.fileExists(atPath: path))

        try await SQLiteCatalogStore(path: path).save(Catalog(info: CatalogInfo(title: "Lesbar")))
        let reader = try SQLiteCatalogStore(path: path, access: .readOnly)
        #expect(try await reader.load().info.title == "Lesbar")
        await #expect(throws: StoreError.self) { try await reader.save(Catalog()) }
    }
}
