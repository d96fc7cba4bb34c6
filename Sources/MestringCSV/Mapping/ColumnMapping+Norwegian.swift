import Mestring

extension ColumnMapping {
    /// Common Norwegian column names (`tittel`, `kommunenummer`, `målgruppe`, `organisasjonsnummer`…)
    /// mapped to Mestring's, for spreadsheets made by Norwegian integrators. Values may be written
    /// with their Norwegian labels too (`pårørende`, `gruppebasert`, `ja`/`nei`).
    ///
    /// `Documentation/Examples/norwegian-headers.mapping` holds the same mapping as a file, to copy
    /// and extend with an organisation's own names.
    public static let norwegian = ColumnMapping(unchecked: norwegianEntries)

    init(unchecked entries: [(table: CSVTable?, theirs: String, ours: String)]) {
        for entry in entries {
            let key = CSVColumnName.folded(entry.theirs)
            if let table = entry.table {
                sections[table, default: [:]][key] = .some(entry.ours)
            } else {
                common[key] = .some(entry.ours)
            }
        }
    }

    private static var norwegianEntries: [(table: CSVTable?, theirs: String, ours: String)] {
        func localized(_ theirs: String, _ ours: String) -> [(String, String)] {
            TextLanguage.allCases.map { (CSVColumnName.localized(theirs, $0), CSVColumnName.localized(ours, $0)) }
        }
        let common: [(String, String)] =
            localized("navn", "name") + localized("beskrivelse", "summary") + localized("sammendrag", "summary") + [
                ("målgruppe", "audiences"), ("målgrupper", "audiences"), ("kommunenummer", "municipalities"),
                ("kommunenumre", "municipalities"), ("kommuner", "municipalities"), ("nettside", "website"),
                ("nettadresse", "website"), ("type", "kind"), ("diagnoser", "diagnoses"),
            ]
        let sections: [CSVTable: [(String, String)]] = [
            .catalog: [("tittel", "title"), ("utgiver", "publisher"), ("oppdatert", "updated"), ("merknad", "notice"), ("versjon", "version")],
            .providers: [
                ("organisasjonsnummer", "organisation_number"), ("orgnr", "organisation_number"), ("helseforetak", "health_trust"),
                ("overordnet", "parent"), ("koordinerende_enhet", "coordinating_unit_name"),
                ("koordinerende_enhet_telefon", "coordinating_unit_phone"), ("koordinerende_enhet_epost", "coordinating_unit_email"),
                ("telefon", "phone"), ("epost", "email"), ("e_post", "email"), ("tilbydertype", "kind"),
            ],
            .people: [
                ("rolle", "role"), ("tilknytning", "affiliation"), ("yrke", "profession"), ("helsepedagogikk", "health_pedagogy_basis"),
                ("helsepedagogikk_fullført", "health_pedagogy_completed"), ("likepersonsopplæring", "peer_training_programme"),
                ("likepersonsopplæring_fullført", "peer_training_completed"), ("samtykke", "listing_consent"),
                ("samtykke_oppføring", "listing_consent"), ("telefon", "contact_phone"), ("epost", "contact_email"),
                ("e_post", "contact_email"),
            ],
            .livedExperience: [("person", "person_id"), ("erfaring", "kind"), ("merknad", "notes")],
            .offers: localized("tittel", "title") + localized("tilgjengelighet", "accessibility_notes") + localized("vilkår", "eligibility_notes")
                + localized("tidspunkt", "schedule_notes") + localized("pris_merknad", "price_notes")
                + localized("påmelding_informasjon", "sign_up_instructions") + [
                    ("kilde_id", "id"), ("tilbud_id", "id"), ("tilbudstype", "kind"), ("form", "format"), ("tilbyder", "provider"),
                    ("organisasjonsnummer", "provider_organisation_number"), ("orgnr", "provider_organisation_number"),
                    ("tilbyder_organisasjonsnummer", "provider_organisation_number"), ("tilbyder_navn", "provider_name"),
                    ("tilbydernavn", "provider_name"), ("tilbydertype", "provider_kind"), ("samarbeidspartnere", "partners"),
                    ("partnere", "partners"), ("fokus", "focus"), ("temaer", "themes"), ("tema", "themes"), ("metode", "method"),
                    ("stadier", "stages"), ("forløpsfaser", "stages"), ("språk", "languages"), ("gjennomføringsform", "delivery_mode"),
                    ("rullestoltilgjengelig", "wheelchair_accessible"), ("teleslynge", "hearing_loop"), ("tolk", "interpreter_available"),
                    ("lettlest", "easy_read"), ("minstealder", "minimum_age"), ("alder_fra", "minimum_age"), ("maksalder", "maximum_age"),
                    ("alder_til", "maximum_age"), ("kun_innbyggere", "residents_only"), ("startdato", "start_date"),
                    ("sluttdato", "end_date"), ("antall_samlinger", "session_count"), ("kapasitet", "capacity"),
                    ("antall_plasser", "capacity"), ("pris", "price"), ("egenandel", "price"), ("påmelding", "sign_up_method"),
                    ("påmeldingsmåte", "sign_up_method"), ("påmeldingslenke", "sign_up_url"), ("påmelding_lenke", "sign_up_url"),
                    ("påmelding_telefon", "sign_up_phone"), ("påmelding_epost", "sign_up_email"), ("påmeldingsfrist", "sign_up_deadline"),
                    ("sted", "venue"), ("oppmøtested", "venue"), ("forventet_utbytte", "expected_outcomes"),
                    ("krever_spesialistkompetanse", "requires_specialist_competence"),
                ],
            .sessions: localized("tema", "topic") + [
                ("tilbud", "offer_id"), ("tilbud_id", "offer_id"), ("dato", "date"), ("starttid", "start"), ("klokkeslett", "start"),
                ("varighet", "duration_minutes"), ("varighet_minutter", "duration_minutes"),
            ],
            .involvement: [("tilbud", "offer_id"), ("tilbud_id", "offer_id"), ("person", "person_id"), ("faser", "phases")],
            .pathways: localized("tittel", "name") + [("tilstander", "conditions"), ("diagnoser", "conditions")],
            .pathwaySteps: localized("overlevering", "hand_over") + [
                ("forløp", "pathway_id"), ("forløp_id", "pathway_id"), ("tilbud", "offer_id"), ("tilbud_id", "offer_id"),
                ("tilbudstype", "offer_kind"), ("nivå", "level"), ("fase", "stage"), ("stadium", "stage"),
            ],
        ]
        return common.map { (nil, $0.0, $0.1) }
            + CSVTable.allCases.flatMap { table in (sections[table] ?? []).map { (table, $0.0, $0.1) } }
    }
}
