import Mestring

extension OfferColumn {
    /// An offer as one row of offers.csv gives it, with the provider details used when the row names
    /// its provider by organisation number instead of identifier.
    struct Row {
        var offer: Offer
        var organisationNumber: OrganisationNumber?
        var providerName: String?
        var providerKind: ProviderKind?
    }

    /// Reads one row; problems are recorded in `row`.
    static func read(_ row: inout RowReader<OfferColumn>) -> Row {
        var offer = Offer(id: "", title: LocalizedText())
        var organisationNumber: OrganisationNumber?
        var providerName: String?
        var providerKind: ProviderKind?
        var given = Given()
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                offer.id = .init(row.text(field))
                given.id = true
            case .title(let language): offer.title[language] = row.text(field)
            case .summary(let language): row.localized(&offer.summary, language, field)
            case .kind: offer.kind = row.vocabulary(field, column)
            case .format: offer.format = row.vocabulary(field, column)
            case .provider: offer.provider = .init(row.text(field))
            case .providerOrganisationNumber:
                organisationNumber = row.isStatedEmpty(field) ? nil : OrganisationNumber(row.text(field))
            case .providerName: providerName = row.text(field)
            case .providerKind: providerKind = row.vocabulary(field, column)
            case .partners: offer.partners = row.identifiers(field)
            case .focus: offer.focus = row.vocabulary(field, column)
            case .diagnoses: offer.diagnoses = row.diagnoses(field, column)
            case .themes: offer.themes = row.list(field)
            case .method: offer.method = row.vocabulary(field, column)
            case .stages: offer.stages = row.vocabularyList(field, column)
            case .audiences: offer.audiences = row.vocabularyList(field, column)
            case .deliveryMode: offer.deliveryMode = row.vocabulary(field, column)
            case .languages: offer.languages = row.languages(field)
            case .wheelchairAccessible:
                update(&offer.accessibility, Accessibility(), \.wheelchairAccessible, row.flag(field, column))
            case .hearingLoop:
                update(&offer.accessibility, Accessibility(), \.hearingLoop, row.flag(field, column))
            case .interpreterAvailable:
                update(&offer.accessibility, Accessibility(), \.interpreterAvailable, row.flag(field, column))
            case .easyRead:
                update(&offer.accessibility, Accessibility(), \.easyRead, row.flag(field, column))
            case .accessibilityNotes(let language):
                update(&offer.accessibility, Accessibility()) { row.localized(&$0.notes, language, field) }
            case .minimumAge:
                update(&offer.eligibility, Eligibility(), \.minimumAge, row.wholeNumber(field, column))
            case .maximumAge:
                update(&offer.eligibility, Eligibility(), \.maximumAge, row.wholeNumber(field, column))
            case .residentsOnly:
                update(&offer.eligibility, Eligibility(), \.residentsOnly, row.flag(field, column))
            case .eligibilityNotes(let language):
                update(&offer.eligibility, Eligibility()) { row.localized(&$0.notes, language, field) }
            case .startDate:
                update(&offer.schedule, Schedule(), \.startDate, row.date(field, column))
            case .endDate:
                update(&offer.schedule, Schedule(), \.endDate, row.date(field, column))
            case .sessionCount:
                update(&offer.schedule, Schedule(), \.sessionCount, row.wholeNumber(field, column))
            case .scheduleNotes(let language):
                update(&offer.schedule, Schedule()) { row.localized(&$0.notes, language, field) }
            case .capacity: offer.capacity = row.wholeNumber(field, column)
            case .price:
                let value = row.wholeNumber(field, column)
                update(&offer.price, Price(amount: 0)) { $0.amount = value ?? 0 }
                given.price = !row.isStatedEmpty(field)
            case .priceNotes(let language):
                update(&offer.price, Price(amount: 0)) { row.localized(&$0.notes, language, field) }
            case .signUpMethod:
                let value: SignUpMethod? = row.vocabulary(field, column)
                update(&offer.signUp, SignUp(method: .selfReferral)) { $0.method = value ?? .selfReferral }
                given.signUpMethod = !row.isStatedEmpty(field)
            case .signUpURL:
                update(&offer.signUp, SignUp(method: .selfReferral), \.url, row.text(field))
            case .signUpPhone:
                update(&offer.signUp, SignUp(method: .selfReferral), \.phone, row.text(field))
            case .signUpEmail:
                update(&offer.signUp, SignUp(method: .selfReferral), \.email, row.text(field))
            case .signUpDeadline:
                update(&offer.signUp, SignUp(method: .selfReferral), \.deadline, row.date(field, column))
            case .signUpInstructions(let language):
                update(&offer.signUp, SignUp(method: .selfReferral)) { row.localized(&$0.instructions, language, field) }
            case .municipalities: offer.municipalities = row.municipalities(field)
            case .venue: offer.venue = row.text(field)
            case .website: offer.website = row.text(field)
            case .expectedOutcomes: offer.expectedOutcomes = row.vocabularyList(field, column)
            case .programme: offer.programme = .init(row.text(field))
            case .routes: offer.routes = row.vocabularyList(field, column)
            case .requiresSpecialistCompetence: offer.requiresSpecialistCompetence = row.flag(field, column) ?? false
            }
        }
        if row.layout.field(of: .id) == nil {
            // A source without identifiers: the same row gives the same identifier on every import.
            offer.id = StableIdentifier.offer(
                organisationNumber: organisationNumber, title: offer.title.preferred, startDate: offer.schedule?.startDate)
            given.id = true
        }
        checkRequired(given, offer, &row)
        return Row(offer: offer, organisationNumber: organisationNumber, providerName: providerName, providerKind: providerKind)
    }

    /// Which required values a row gave (filled, even if wrongly: a wrong value is reported as such).
    /// Kind, format, provider, focus and method are not among them: a blank cell leaves them *not
    /// stated*, which validation reports.
    private struct Given {
        var id = false, price = false, signUpMethod = false
    }

    private static func checkRequired(_ given: Given, _ offer: Offer, _ row: inout RowReader<OfferColumn>) {
        if !given.id { row.missing(.id) }
        if offer.price != nil, !given.price {
            row.problem("missing value; expected the price in whole kroner (0 for free) when price_notes is given", column: .price)
        }
        if offer.signUp != nil, !given.signUpMethod { row.missing(.signUpMethod) }
    }
}
