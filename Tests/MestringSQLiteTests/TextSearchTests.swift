import Foundation
import Mestring
@testable import MestringSQLite
import Testing
import MestringTestSupport

@Suite("Norwegian full-text search")
struct TextSearchTests {
    static let catalog: Catalog = {
        func offer(_ id: Offer.ID, _ title: LocalizedText, _ summary: LocalizedText? = nil) -> Offer {
            Offer(id: id, title: title, summary: summary, kind: .groupProgramme, format: .group, provider: "p", focus: .theme, method: .equalFooting)
        }
        var catalog = Catalog()
        catalog.offers = [
            offer("kols", "KOLS-skolen", "Lær å leve med kronisk obstruktiv lungesykdom"),
            offer("paaroerende", "Kurs for Pårørende", "For deg som er pårørende til en med demens"),
            offer("foer", "Før og etter operasjonen"),
            offer("sami", LocalizedText([.bokmal: "Samisk kurs", .northernSami: "Sámi giellagursa: čđŋšŧž"])),
            offer("nynorsk", LocalizedText([.nynorsk: "Meistringskurs for pasientar"])),
            offer("emoji", "Pust 🫁 og mestring", "Kurs – «fysisk aktivitet» og hverdag"),
            offer("decomposed", LocalizedText(bokmal: "Cafe\u{301} for pa\u{30A}rørende")),
            offer("injection", "'); DROP TABLE offers; --", "\"kurs\" OR * NEAR(a b)"),
        ]
        return catalog
    }()

    func search(_ text: String, ordering: OfferQuery.Ordering = .identifier) async throws -> [String] {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("search.sqlite"))
        try await store.save(Self.catalog)
        let query = OfferQuery(text: text, ordering: ordering)
        let found = try await store.offers(matching: query).map(\.id.rawValue)
        let reference = Self.catalog.offers(matching: query).map(\.id.rawValue)
        #expect(Set(found) == Set(reference), "the store and TextSearch disagree on \"\(text)\"")
        return found
    }

    @Test func caseIsIgnoredAndNorwegianLettersAreKept() async throws {
        #expect(try await search("kols") == ["kols"])
        #expect(try await search("pårørende").sorted() == ["decomposed", "paaroerende"])
        #expect(try await search("PÅRØRENDE").sorted() == ["decomposed", "paaroerende"])
        #expect(try await search("før") == ["foer"])
        #expect(!(try await search("for")).contains("foer"), "for must not find før")
    }

    @Test func everyTermIsAPrefixAndAllMustMatch() async throws {
        #expect(try await search("lunge") == ["kols"])
        #expect(try await search("kurs demens") == ["paaroerende"])
        #expect(try await search("kurs demensen").isEmpty)
        #expect(try await search("skolen") == ["kols"], "KOLS-skolen is two words")
    }

    @Test func samiNynorskAndCombiningMarksAreFound() async throws {
        #expect(try await search("giellagursa") == ["sami"])
        #expect(try await search("ČĐŊ") == ["sami"])
        #expect(try await search("pasientar") == ["nynorsk"])
        #expect(try await search("café") == ["decomposed"], "precomposed é finds the decomposed spelling")
        #expect(try await search("mestring") == ["emoji"])
    }

    @Test func queryTextCannotInjectSyntax() async throws {
        #expect(try await search("\"; DROP TABLE offers; --") == ["injection"])
        #expect(try await search("kurs* OR NEAR(") == ["injection"], "operators are words to search for")
        #expect(try await search("   ").count == Self.catalog.offers.count)
    }

    @Test func aNewSaveReplacesTheIndexAndUpsertsKeepItInStep() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("search.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        try await store.save(Self.catalog)
        var next = Catalog()
        next.offers = [Offer(id: "ny", title: "Ny samtalegruppe", kind: .peerGroup, format: .group, provider: "p", focus: .theme,
                             method: .experienceSharing)]
        try await store.save(next)
        #expect(try await store.offers(matching: OfferQuery(text: "kols")).isEmpty, "the old catalogue's words are gone")
        #expect(try await store.offers(matching: OfferQuery(text: "samtale")).map(\.id) == ["ny"])

        var renamed = next.offers[0]
        renamed.title = "Omdøpt gruppe"
        try await store.upsert(renamed)
        #expect(try await store.offers(matching: OfferQuery(text: "samtale")).isEmpty)
        #expect(try await store.offers(matching: OfferQuery(text: "omdøpt")).map(\.id) == ["ny"])
        #expect(try await store.delete(Offer.self, id: "ny"))
        #expect(try await store.offers(matching: OfferQuery(text: "omdøpt")).isEmpty)
        try Database(path: path).execute("INSERT INTO offer_search (offer_search) VALUES ('integrity-check')")
    }

    @Test func plainTextIsRecognisedByteByByteAsCharacterByCharacter() {
        let scalars = (0...0x2200).compactMap(Unicode.Scalar.init) + ["\u{1FAC1}", "\u{10FFFF}"]
        let disagreements = scalars.filter { SearchableText.isPlain(String(Character($0))) != SearchableText.isPlain($0) }
        #expect(disagreements.isEmpty, "\(disagreements.map(\.value))")
        // Long texts are read eight ASCII bytes at a time: a character anywhere in them decides alike.
        let padding = String(repeating: "Kurs i mestring ", count: 2)
        let misread = scalars.filter { scalar in
            (0..<9).contains { offset in
                let text = String(padding.prefix(offset)) + String(Character(scalar)) + padding
                return SearchableText.isPlain(text) != SearchableText.isPlain(scalar)
            }
        }
        #expect(misread.isEmpty, "\(misread.map(\.value))")
        #expect(SearchableText.isPlain("Kurs for pårørende – «hverdag», 50 €"))
        #expect(!SearchableText.isPlain("Pust 🫁"))
    }

    @Test func relevancePutsTitleHitsFirst() async throws {
        let ranked = try await search("kurs", ordering: .relevance)
        #expect(ranked.first != "emoji", "a summary-only hit ranks below title hits")
    }

    /// The index decides plain text alone; this proves that SQLite's tokenizer agrees with
    /// TextSearch on every plain character: same word characters, same lower case.
    @Test func sqliteAgreesWithTextSearchOnEveryPlainCharacter() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.path("tokens.sqlite"))
        try database.execute(
            """
            CREATE VIRTUAL TABLE probe USING fts5 (text, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
            CREATE VIRTUAL TABLE probe_terms USING fts5vocab (probe, 'instance');
            """)
        let plain = (0...0x20AC).compactMap(Unicode.Scalar.init).filter(SearchableText.isPlain)
        var disagreements: [String] = []
        for scalar in plain {
            let character = Character(scalar)
            let text = "a\(character)b"
            try database.execute("DELETE FROM probe")
            try database.execute("INSERT INTO probe (text) VALUES (?)", arguments: [.text(text)])
            let sqliteTokens = try database.rows("SELECT term FROM probe_terms ORDER BY offset").compactMap { $0.first?.text }
            let swiftTokens = TextSearch.terms(of: text)
            if sqliteTokens != swiftTokens {
                disagreements.append("U+\(String(scalar.value, radix: 16, uppercase: true)): SQLite \(sqliteTokens), TextSearch \(swiftTokens)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }
}
