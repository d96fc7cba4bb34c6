import Foundation
import Mestring
import MestringConformance
import MestringSQLite
import MestringTestSupport
import Testing

/// A load or a long answer is read on two reader connections at once, half each; what the caller
/// gets must be exactly what one connection reading everything gives.
@Suite("Reads shared by two connections")
struct SharedReadTests {
    /// The fixture's offers 24 times over (72 offers, every field and list), each copy under
    /// its own identifiers: long enough that loads and most answers are shared.
    static let catalog: Catalog = {
        var catalog = ConformanceFixture.catalog
        let offers = catalog.offers.map { $0 }
        catalog.offers = RecordCollection(
            (0..<24).flatMap { copy in
                offers.map { offer in
                    var offer = offer
                    offer.id = Offer.ID("\(offer.id.rawValue)-\(copy)")
                    return offer
                }
            })
        return catalog
    }()

    /// Every conformance query gives the offers `Catalog.offers(matching:)` gives, in its order,
    /// and the load is the saved catalogue, also after deletes left gaps in the positions and
    /// upserts appended offers after them.
    @Test func sharedReadsGiveWhatOneConnectionGives() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("shared.sqlite"))
        var expected = Self.catalog
        try await store.save(expected)
        for id in ["offer-full-3", "offer-minimal-7", "offer-full-20", "offer-minimal-23"] {
            #expect(try await store.delete(Offer.self, id: Offer.ID(id)))
            expected.offers.remove(id: Offer.ID(id))
        }
        for copy in 24..<27 {
            var offer = ConformanceFixture.catalog.offers.first!
            offer.id = Offer.ID("\(offer.id.rawValue)-\(copy)")
            try await store.upsert(offer)
            expected.offers.upsert(offer)
        }
        #expect(try await store.load() == expected)
        for query in ConformanceFixture.queries {
            #expect(try await store.offers(matching: query) == expected.offers(matching: query), "\(query)")
            #expect(try await store.matches(for: query).offers() == expected.offers(matching: query), "\(query)")
        }
    }

    /// A file another program keeps in WAL mode gives each connection a snapshot of its own, so
    /// a read-only store reads it on one connection, and still reads it whole.
    @Test func aFileInWriteAheadLogModeIsReadOnOneConnection() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("wal.sqlite")
        try await SQLiteCatalogStore(path: path).save(Self.catalog)
        let other = try Database(path: path)
        #expect(try other.scalar("PRAGMA journal_mode = WAL")?.text == "wal")
        // Kept open, so that the `-wal` file stays and the store cannot read the file as immutable.
        try other.execute("UPDATE offers SET capacity = 99 WHERE position = 100")
        var expected = Self.catalog
        var changed = expected.offers[99]
        changed.capacity = 99
        expected.offers.upsert(changed)
        let store = try SQLiteCatalogStore(path: path, access: .readOnly)
        #expect(try await store.load() == expected)
        #expect(try await store.offers(matching: OfferQuery()) == expected.offers(matching: OfferQuery()))
        withExtendedLifetime(other) {}
    }
}
