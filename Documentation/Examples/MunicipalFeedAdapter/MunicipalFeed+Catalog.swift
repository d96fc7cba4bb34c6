import Mestring

extension MunicipalFeed {
    /// A catalogue in the feed's words, as the municipality would publish it: the conformance tests
    /// make feeds with known content with it, and the folder store writes its files with it. The
    /// feed store itself never writes.
    init(_ catalog: Catalog) throws {
        func word<Value: Equatable>(for value: Value, in table: [String: Value]) throws -> String {
            guard let word = table.first(where: { $0.value == value })?.key else {
                throw StoreError(.constraint, "the feed has no word for \(value)")
            }
            return word
        }
        let arrangører = try catalog.providers.map { provider in
            Arrangør(
                id: provider.id.rawValue, navn: provider.name.preferred,
                type: try provider.kind.map { try word(for: $0, in: FeedVocabulary.providerKinds) },
                orgnr: provider.organisationNumber?.rawValue)
        }
        let tilbud = try catalog.offers.map { offer in
            Tilbud(
                id: offer.id.rawValue, tittel: offer.title.preferred, beskrivelse: offer.summary?.preferred,
                type: try offer.kind.map { try word(for: $0, in: FeedVocabulary.offerKinds) },
                form: try offer.format.map { try word(for: $0, in: FeedVocabulary.formats) },
                målgruppe: try offer.audiences.map { try word(for: $0, in: FeedVocabulary.audiences) },
                kommunenr: offer.municipalities.map(\.rawValue), arrangør: offer.provider?.rawValue,
                språk: offer.languages.map(\.rawValue),
                oppmøte: try offer.deliveryMode.map { try word(for: $0, in: FeedVocabulary.deliveryModes) },
                icd10: offer.diagnoses.filter { $0.system == .icd10 }.map(\.code),
                påmelding: try offer.signUp.map { signUp in
                    Påmelding(
                        måte: try word(for: signUp.method, in: FeedVocabulary.signUpMethods), lenke: signUp.url,
                        telefon: signUp.phone, epost: signUp.email)
                },
                start: offer.schedule?.startDate?.iso8601, sted: offer.venue, nettside: offer.website)
        }
        self.init(utgiver: catalog.info.publisher, oppdatert: catalog.info.updated?.iso8601, arrangører: arrangører, tilbud: tilbud)
    }
}
