import Mestring

/// The columns of `offers.csv`: one offer per row, with everything that is not a list of records.
enum OfferColumn: TableColumn {
    case id, title(TextLanguage), summary(TextLanguage), kind, format, provider
    case providerOrganisationNumber, providerName, providerKind
    case partners, focus, diagnoses, themes, method, stages, audiences, deliveryMode, languages
    case wheelchairAccessible, hearingLoop, interpreterAvailable, easyRead, accessibilityNotes(TextLanguage)
    case minimumAge, maximumAge, residentsOnly, eligibilityNotes(TextLanguage)
    case startDate, endDate, sessionCount, scheduleNotes(TextLanguage)
    case capacity, price, priceNotes(TextLanguage)
    case signUpMethod, signUpURL, signUpPhone, signUpEmail, signUpDeadline, signUpInstructions(TextLanguage)
    case municipalities, venue, website, expectedOutcomes, programme, routes, requiresSpecialistCompetence

    static let table = CSVTable.offers

    static let all: [OfferColumn] = {
        let languages = TextLanguage.allCases
        var columns: [OfferColumn] = [.id]
        columns += languages.map(title) + languages.map(summary)
        columns += [.kind, .format, .provider, .providerOrganisationNumber, .providerName, .providerKind, .partners, .focus]
        columns += [.diagnoses, .themes, .method, .stages, .audiences, .deliveryMode, .languages]
        columns += [.wheelchairAccessible, .hearingLoop, .interpreterAvailable, .easyRead] + languages.map(accessibilityNotes)
        columns += [.minimumAge, .maximumAge, .residentsOnly] + languages.map(eligibilityNotes)
        columns += [.startDate, .endDate, .sessionCount] + languages.map(scheduleNotes)
        columns += [.capacity, .price] + languages.map(priceNotes)
        columns += [.signUpMethod, .signUpURL, .signUpPhone, .signUpEmail, .signUpDeadline] + languages.map(signUpInstructions)
        columns += [.municipalities, .venue, .website, .expectedOutcomes, .programme, .routes, .requiresSpecialistCompetence]
        return columns
    }()

    var details: CSVColumnDescription {
        switch self {
        case .id:
            .identifier(
                "id", required: false, example: "ahus-kols-2026",
                "the offer's identifier, unique in the file; without this column it is derived from the provider's organisation number, the title and the start date (`StableIdentifier`)")
        case .title(let language): .localized("title", language, example: "KOLS-skolen", "the offer's title")
        case .summary(let language):
            .localized("summary", language, example: "Kurs for deg som har KOLS, og dine pårørende.", "what the offer is about")
        case .kind: .vocabulary("kind", OfferKind.self, example: .groupProgramme, "the kind of offer; blank when not stated")
        case .format: .vocabulary("format", OfferFormat.self, example: .group, "individual or group; blank when not stated")
        case .provider:
            .reference(
                "provider", to: .providers, example: "ahus-lms",
                "the provider responsible, or `provider_organisation_number` instead; blank in both when not stated")
        case .providerOrganisationNumber:
            CSVColumnDescription(
                "provider_organisation_number", "organisation number", allowed: "nine digits; spaces are ignored",
                example: "983 971 636",
                "read only: names the provider by organisation number instead of `provider`; a provider not in providers.csv is created",
                written: false)
        case .providerName:
            CSVColumnDescription(
                "provider_name", "text", example: "Akershus universitetssykehus",
                "read only: the Bokmål name of a provider created from `provider_organisation_number`", written: false)
        case .providerKind:
            CSVColumnDescription(
                "provider_kind", ProviderKind.vocabularyName,
                allowed: ProviderKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "), example: "hospital-learning-centre",
                "read only: the kind of a provider created from `provider_organisation_number` (not stated when blank)",
                written: false)
        case .partners: .references("partners", to: .providers, example: "lhl-bergen|bergen-frisklivssentral", "other providers that run the offer")
        case .focus:
            .vocabulary("focus", FocusKind.self, example: .diagnosisSpecific, "what the offer is about; blank when not stated")
        case .diagnoses:
            .diagnoses(
                "diagnoses", example: "icd-10:J44=Kronisk obstruktiv lungesykdom|icpc-2:R95", "the diagnoses a diagnosis-specific offer is about")
        case .themes: .texts("themes", example: "ernæring|søvn", "themes of a theme-based offer")
        case .method:
            .vocabulary("method", OfferMethod.self, example: .equalFooting, "where the knowledge comes from; blank when not stated")
        case .stages: .vocabularyList("stages", CareStage.self, example: [.treatment, .followUp], "where in the course of illness it serves")
        case .audiences: .vocabularyList("audiences", Audience.self, example: [.patients, .nextOfKin], "who the offer is for (målgruppe)")
        case .deliveryMode: .vocabulary("delivery_mode", DeliveryMode.self, example: .inPerson, "how participants take part")
        case .languages:
            CSVColumnDescription(
                "languages", "list of language tags", allowed: "BCP 47 tags such as `nb`, `nn`, `se`, `en`, `ar`, `nsl`, separated by `|`",
                example: "nb|se", "the languages the offer is held in")
        case .wheelchairAccessible: .flag("wheelchair_accessible", example: true, "step-free access and an accessible toilet")
        case .hearingLoop: .flag("hearing_loop", example: true, "an induction loop (teleslynge) in the room")
        case .interpreterAvailable: .flag("interpreter_available", example: true, "an interpreter can be booked")
        case .easyRead: .flag("easy_read", example: false, "material in plain language (lettlest)")
        case .accessibilityNotes(let language):
            .localized("accessibility_notes", language, example: "Tolk bestilles ved påmelding", "other accessibility information")
        case .minimumAge: .wholeNumber("minimum_age", example: 18, "the youngest age accepted, in years")
        case .maximumAge: .wholeNumber("maximum_age", example: 67, "the oldest age accepted, in years")
        case .residentsOnly: .flag("residents_only", example: true, "only residents of the offer's municipalities may take part")
        case .eligibilityNotes(let language):
            .localized("eligibility_notes", language, example: "For deg med KOLS grad 2–3", "other conditions for taking part")
        case .startDate: .date("start_date", example: "2026-03-02", "the first day")
        case .endDate: .date("end_date", example: "2026-04-13", "the last day")
        case .sessionCount: .wholeNumber("session_count", example: 6, "how many times participants meet, when sessions.csv does not list them")
        case .scheduleNotes(let language): .localized("schedule_notes", language, example: "Hver vår og høst", "timing in words")
        case .capacity: .wholeNumber("capacity", example: 14, "the largest number of participants")
        case .price: .wholeNumber("price", example: 0, "what a participant pays (egenandel), in whole kroner; 0 is free")
        case .priceNotes(let language): .localized("price_notes", language, example: "Gratis", "exemptions and what is included")
        case .signUpMethod:
            .vocabulary("sign_up_method", SignUpMethod.self, example: .selfReferral, "how to get a place; required when any sign_up column is filled")
        case .signUpURL: .text("sign_up_url", example: "https://example.no/pamelding", "a page or form for signing up")
        case .signUpPhone: .text("sign_up_phone", example: "+47 67 96 00 00", "the provider's phone for signing up (not a person's)")
        case .signUpEmail: .text("sign_up_email", example: "lms@example.no", "the provider's e-mail for signing up (not a person's)")
        case .signUpDeadline: .date("sign_up_deadline", example: "2026-02-20", "the last day to sign up")
        case .signUpInstructions(let language):
            .localized("sign_up_instructions", language, example: "Ring eller meld deg på nett", "how to sign up, in words")
        case .municipalities:
            CSVColumnDescription(
                "municipalities", "list of municipality numbers", allowed: "four-digit numbers (kommunenummer), separated by `|`",
                example: "3205|3201|0301", "the municipalities whose residents the offer serves")
        case .venue: .text("venue", example: "Sykehusveien 25, 1478 Lørenskog", "where the offer takes place")
        case .website: .text("website", example: "https://example.no/kols", "the offer's web page")
        case .expectedOutcomes:
            .vocabularyList(
                "expected_outcomes", Outcome.self, example: [.copingAndSelfEfficacy, .knowledgeAndHealthLiteracy], "outcomes an evaluation can record")
        case .programme: .reference("programme", to: .programmes, example: "smil", "the national programme the offer adopts")
        case .routes:
            .vocabularyList(
                "routes", ReferralRoute.self, example: [.school, .schoolHealthService], "arenas through which people are led to the offer")
        case .requiresSpecialistCompetence:
            .flag("requires_specialist_competence", example: false, "needs specialised diagnosis and treatment competence; empty is false")
        }
    }
}
