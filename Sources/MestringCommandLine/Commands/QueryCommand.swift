import Foundation
import Mestring

/// `mestring query FILE --municipality 0301 --audience next-of-kin …`: finds offers.
struct QueryCommand: Subcommand {
    let name = "query"
    let summary = "Find offers by municipality, audience, diagnosis, kind, level, language, mode, stage and text."
    var help: String {
        """
        Usage: mestring query FILE [OPTIONS]

        Prints the offers in FILE that match every option given; an option given several times
        (or with comma-separated values) matches any of its values.

        Options:
          --municipality NUMBER   municipality number, e.g. 0301 (Oslo), 4601 (Bergen)
          --audience VALUE        \(Audience.allowedSpellings)
          --diagnosis CODE        ICD-10 code (E11), or SYSTEM:CODE (icpc-2:R95); subcodes match (E11 finds E11.9)
          --kind VALUE            \(OfferKind.allowedSpellings)
          --level VALUE           \(ServiceLevel.allowedSpellings)
          --language TAG          language the offer is held in: nb, nn, se, en, …
          --delivery VALUE        \(DeliveryMode.allowedSpellings)
          --stage VALUE           \(CareStage.allowedSpellings)
          --text WORDS            every word must start a word of the title or summary (case-insensitive)
          --relevance             order by text relevance instead of identifier
          --limit N               print at most N offers
          --format text|json      output format (default text)
          --mapping FILE|norwegian  your own CSV column names (see mestring convert --help)

        Example:
          mestring query Documentation/Examples/catalog.json --municipality 4601 --audience next-of-kin

        """
    }
    let valueOptions: Set<String> = [
        "municipality", "audience", "diagnosis", "kind", "level", "language", "delivery", "stage", "text", "limit", "format", "mapping",
    ]
    let flagOptions: Set<String> = ["relevance"]

    func query(from arguments: ArgumentList) throws(UsageError) -> OfferQuery {
        var limit: Int?
        if let text = arguments.value("limit") {
            guard let value = Int(text), value >= 0 else { throw UsageError("--limit: expected a whole number ≥ 0, got '\(text)'") }
            limit = value
        }
        var query = OfferQuery(
            municipalities: Set(arguments.list("municipality").map { MunicipalityNumber($0) }),
            languages: Set(arguments.list("language").map { LanguageTag($0) }),
            text: arguments.value("text"),
            ordering: arguments.flag("relevance") ? .relevance : .identifier,
            limit: limit)
        query.audiences = try VocabularyArgument.parse(arguments.list("audience"), as: Audience.self, option: "audience")
        query.diagnoses = try VocabularyArgument.diagnoses(arguments.list("diagnosis"))
        query.kinds = try VocabularyArgument.parse(arguments.list("kind"), as: OfferKind.self, option: "kind")
        query.levels = try VocabularyArgument.parse(arguments.list("level"), as: ServiceLevel.self, option: "level")
        query.deliveryModes = try VocabularyArgument.parse(arguments.list("delivery"), as: DeliveryMode.self, option: "delivery")
        query.stages = try VocabularyArgument.parse(arguments.list("stage"), as: CareStage.self, option: "stage")
        return query
    }

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let path = try arguments.requirePositional("file")[0]
        let query = try query(from: arguments)
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError("--format: expected text or json, got '\(format)'") }
        // A number that is not in the register matches nothing; say so rather than print "0 offers".
        for number in query.municipalities.sorted() where number.name == nil {
            console.writeError("warning: --municipality \(StoreError.excerpt(number.rawValue)) is not a Norwegian municipality number; no offer can match it\n")
        }
        let store = try context.location(path, csv: try CSVSettings(arguments)).readingStore()
        let offers: [Offer]
        var providerNames: [Provider.ID: String] = [:]
        offers = try await store.offers(matching: query)
        if let records = store as? any RecordStore {
            for id in Set(offers.compactMap(\.provider)) {
                providerNames[id] = try await records.fetch(Provider.self, id: id)?.name.preferred
            }
        } else if !offers.isEmpty {
            for provider in try await store.load().providers { providerNames[provider.id] = provider.name.preferred }
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.write(String(decoding: try encoder.encode(offers), as: UTF8.self) + "\n")
            return .success
        }
        for offer in offers {
            let places = offer.municipalities.map { "\($0) \($0.name ?? "?")" }.joined(separator: ", ")
            console.write("\(offer.id)  \(offer.title.preferred)\n")
            let provider = offer.provider.map { providerNames[$0] ?? $0.rawValue } ?? "tilbyder ikke oppgitt"
            console.write("    \(offer.kind?.norwegianLabel ?? "type ikke oppgitt") · \(provider)"
                + (places.isEmpty ? "" : " · \(places)") + "\n")
        }
        console.writeError("\(offers.count) offer\(offers.count == 1 ? "" : "s") found\n")
        return .success
    }
}
