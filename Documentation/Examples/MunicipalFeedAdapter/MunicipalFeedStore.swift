// The worked example of the tutorial "Write your own adapter"
// (Documentation/Mestring.docc/WriteYourOwnAdapter.md): a read-only store over a municipality's
// JSON feed of learning-and-coping offers, with the municipality's own Norwegian field names.
// Every code listing of the tutorial is copied from this file or MunicipalFeedStoreTests.swift,
// and TutorialListingTests fails when the two drift apart.

import Foundation
import Mestring

/// The feed as the municipality publishes it: its own field names, its own words.
///
/// The properties carry the feed's names, so `JSONDecoder` needs no coding keys, and a reader
/// can hold this type and the feed side by side.
struct MunicipalFeed: Codable {
    var utgiver: String?
    var oppdatert: String?
    var arrangører: [Arrangør]?
    var tilbud: [Tilbud]

    struct Arrangør: Codable {
        var id: String
        var navn: String
        var type: String?
        var orgnr: String?
    }

    struct Tilbud: Codable {
        /// The case system's number; offers typed in by hand have none.
        var id: String?
        var tittel: String
        var beskrivelse: String?
        var type: String?
        var form: String?
        var målgruppe: [String]
        var kommunenr: [String]
        var arrangør: String?
        var språk: [String]?
        var oppmøte: String?
        var icd10: [String]?
        var påmelding: Påmelding?
        var start: String?
        var sted: String?
        var nettside: String?
    }

    struct Påmelding: Codable {
        var måte: String
        var lenke: String?
        var telefon: String?
        var epost: String?
    }
}

/// The municipality's words for Mestring's vocabularies, one table per vocabulary.
///
/// Each table maps every word the feed uses to exactly one Mestring value; a word that is not in
/// the table is an error in the feed, never a silent default.
enum FeedVocabulary {
    static let offerKinds: [String: OfferKind] = [
        "opplæring": .individualEducation, "kurs": .groupProgramme, "frisklivstilbud": .lifestyleChange,
        "likepersonsamtale": .peerConversation, "likepersongruppe": .peerGroup, "e-læring": .eLearning,
        "familietilbud": .familyProgramme, "kompetanseheving": .competenceBuilding,
    ]
    static let formats: [String: OfferFormat] = ["individuell": .individual, "gruppe": .group]
    static let audiences: [String: Audience] = [
        "pasient": .patients, "bruker": .users, "pårørende": .nextOfKin, "ung pårørende": .youngNextOfKin,
        "familie": .families, "helsepersonell": .healthPersonnel,
    ]
    static let deliveryModes: [String: DeliveryMode] = [
        "fysisk": .inPerson, "digitalt": .digital, "hybrid": .hybrid, "selvstudium": .selfPaced,
    ]
    static let signUpMethods: [String: SignUpMethod] = [
        "selv": .selfReferral, "henvisning": .referral, "begge": .either,
    ]
    static let providerKinds: [String: ProviderKind] = [
        "lms": .hospitalLearningCentre, "sykehusavdeling": .hospitalDepartment, "kommune": .municipalUnit,
        "frisklivssentral": .healthyLifeCentre, "interkommunal": .interMunicipalService,
        "frivillig": .voluntaryOrganisation, "privat": .privateProvider, "nk lmh": .nationalCompetenceService,
        "regional funksjon": .regionalFunction,
    ]
}

/// Turns a decoded feed into a ``Catalog``, naming the JSON path of every value it cannot map.
struct FeedMapping {
    /// The feed's file, for error messages.
    let file: String

    /// The Mestring value for one of the feed's words, or an error naming the word's path.
    /// The table decides; a word it lacks is read as people write it (`Kurs`, `pasienter`,
    /// `barn som pårørende`) by ``NorwegianWords``, which never guesses.
    func term<Value: CatalogEnumeration>(_ word: String, in table: [String: Value], _ name: String, at path: String) throws -> Value {
        guard let value = table[word] ?? NorwegianWords.value(word, as: Value.self) else {
            let allowed = table.keys.sorted().joined(separator: ", ")
            throw StoreError(
                .malformedData, "unknown \(name) \"\(word)\"; expected one of \(allowed)", file: file, field: path)
        }
        return value
    }

    /// A date written `YYYY-MM-DD`, or an error naming its path.
    func date(_ text: String?, at path: String) throws -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(iso8601: text) else {
            throw StoreError(.malformedData, "invalid date \"\(text)\"; expected YYYY-MM-DD", file: file, field: path)
        }
        return date
    }

    /// The whole feed as a catalogue: its organisers become providers, its offers offers.
    func catalog(from feed: MunicipalFeed) throws -> Catalog {
        let providers = try (feed.arrangører ?? []).enumerated().map { index, arrangør in
            try provider(from: arrangør, at: "arrangører[\(index)]")
        }
        let offers = try feed.tilbud.enumerated().map { index, tilbud in
            try offer(from: tilbud, at: "tilbud[\(index)]", organisers: feed.arrangører ?? [])
        }
        return Catalog(
            info: CatalogInfo(publisher: feed.utgiver, updated: try date(feed.oppdatert, at: "oppdatert")),
            providers: RecordCollection(providers), offers: RecordCollection(offers))
    }

    /// An organiser (*arrangør*) as a provider; the feed names it in Bokmål only.
    func provider(from arrangør: MunicipalFeed.Arrangør, at path: String) throws -> Provider {
        Provider(
            id: Provider.ID(arrangør.id), name: LocalizedText(bokmal: arrangør.navn),
            kind: try arrangør.type.map { try term($0, in: FeedVocabulary.providerKinds, "arrangørtype", at: path + ".type") },
            organisationNumber: arrangør.orgnr.map(OrganisationNumber.init(rawValue:)))
    }

    /// One offer (*tilbud*). What the feed does not say (focus, method, and any field left out)
    /// stays *not stated*: validation reports it, and nobody mistakes a guess for a fact.
    func offer(from tilbud: MunicipalFeed.Tilbud, at path: String, organisers: [MunicipalFeed.Arrangør]) throws -> Offer {
        Offer(
            id: try offerID(of: tilbud, at: path, organisers: organisers), title: LocalizedText(bokmal: tilbud.tittel),
            summary: tilbud.beskrivelse.map(LocalizedText.init(bokmal:)),
            kind: try tilbud.type.map { try term($0, in: FeedVocabulary.offerKinds, "tilbudstype", at: path + ".type") },
            format: try tilbud.form.map { try term($0, in: FeedVocabulary.formats, "form", at: path + ".form") },
            provider: tilbud.arrangør.map(Provider.ID.init(rawValue:)), focus: nil,
            diagnoses: (tilbud.icd10 ?? []).map { DiagnosisCode.icd10($0) }, method: nil,
            audiences: try tilbud.målgruppe.enumerated().map { index, word in
                try term(word, in: FeedVocabulary.audiences, "målgruppe", at: path + ".målgruppe[\(index)]")
            },
            deliveryMode: try tilbud.oppmøte.map {
                try term($0, in: FeedVocabulary.deliveryModes, "oppmøte", at: path + ".oppmøte")
            },
            languages: (tilbud.språk ?? []).map(LanguageTag.init(rawValue:)),
            schedule: try date(tilbud.start, at: path + ".start").map { Schedule(startDate: $0) },
            signUp: try tilbud.påmelding.map { try signUp(from: $0, at: path + ".påmelding") },
            municipalities: tilbud.kommunenr.map(MunicipalityNumber.init(rawValue:)),
            venue: tilbud.sted, website: tilbud.nettside)
    }

    /// The offer's identifier: the case system's number when it has one; else one made from what
    /// the offer says (the organiser's organisation number, the title, the start date), which is
    /// the same on every import, so importing the feed again updates the offer instead of adding it.
    func offerID(of tilbud: MunicipalFeed.Tilbud, at path: String, organisers: [MunicipalFeed.Arrangør]) throws -> Offer.ID {
        let organisationNumber = organisers.first { $0.id == tilbud.arrangør }?.orgnr
        return StableIdentifier.offer(
            sourceKey: tilbud.id, organisationNumber: organisationNumber.map(OrganisationNumber.init(rawValue:)),
            title: tilbud.tittel, startDate: try date(tilbud.start, at: path + ".start"))
    }

    /// How to sign up (*påmelding*): the organiser's public channels, never a person's.
    func signUp(from påmelding: MunicipalFeed.Påmelding, at path: String) throws -> SignUp {
        SignUp(
            method: try term(påmelding.måte, in: FeedVocabulary.signUpMethods, "påmeldingsmåte", at: path + ".måte"),
            url: påmelding.lenke, phone: påmelding.telefon, email: påmelding.epost)
    }
}

/// A read-only store over a municipality's feed of learning-and-coping offers.
///
/// The feed belongs to the municipality: Mestring reads it, maps the municipality's words to its
/// own vocabularies and never writes it back. Fetch the feed with whatever your system uses and
/// point the store at the downloaded file.
public struct MunicipalFeedStore: CatalogStore {
    /// The downloaded feed.
    public let fileURL: URL

    /// A store over the feed file at `fileURL`.
    public init(fileURL: URL) { self.fileURL = fileURL }

    /// Only `load()` works: the feed is the municipality's to change.
    public var capabilities: StoreCapabilities { .read }

    /// Reads the feed and maps it to a catalogue; throws ``StoreError`` with the feed's JSON path.
    public func load() async throws -> Catalog {
        let mapping = FeedMapping(file: fileURL.path)
        guard FileManager.default.fileExists(atPath: fileURL.path) else {
            throw StoreError(.notFound, "no such feed file", file: mapping.file)
        }
        do {
            let feed = try JSONDecoder().decode(MunicipalFeed.self, from: Data(contentsOf: fileURL))
            return try mapping.catalog(from: feed)
        } catch let error as DecodingError {
            // `tilbud[3].målgruppe: missing required field "målgruppe"`, never a whole value.
            throw StoreError(error, file: mapping.file)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.io, "cannot read the feed: \(error.localizedDescription)", file: mapping.file)
        }
    }

    /// Always throws ``StoreError/Kind-swift.struct/readOnly``: the feed is published by the
    /// municipality, and changes go into the municipality's own system.
    public func save(_ catalog: Catalog) async throws {
        throw StoreError(.readOnly, "the municipal feed is read-only", file: fileURL.path)
    }
}
