import Mestring

extension OfferColumn {
    /// The cell of this column for `offer`.
    func cell(of offer: Offer) -> String? {
        switch self {
        case .id: offer.id.rawValue
        case .title(let language): offer.title[language]
        case .summary(let language): CellText.localized(offer.summary, language)
        case .kind: CellText.vocabulary(offer.kind)
        case .format: CellText.vocabulary(offer.format)
        case .provider: offer.provider?.rawValue
        case .providerOrganisationNumber, .providerName, .providerKind: nil
        case .partners: CellText.identifiers(offer.partners)
        case .focus: CellText.vocabulary(offer.focus)
        case .diagnoses: CellText.diagnoses(offer.diagnoses)
        case .themes: CellText.list(offer.themes)
        case .method: CellText.vocabulary(offer.method)
        case .stages: CellText.vocabularyList(offer.stages)
        case .audiences: CellText.vocabularyList(offer.audiences)
        case .deliveryMode: CellText.vocabulary(offer.deliveryMode)
        case .languages: CellText.list(offer.languages.map(\.rawValue))
        case .wheelchairAccessible:
            CellText.groupMarker(offer.accessibility, empty: Accessibility(), value: CellText.flag(offer.accessibility?.wheelchairAccessible))
        case .hearingLoop: CellText.flag(offer.accessibility?.hearingLoop)
        case .interpreterAvailable: CellText.flag(offer.accessibility?.interpreterAvailable)
        case .easyRead: CellText.flag(offer.accessibility?.easyRead)
        case .accessibilityNotes(let language): CellText.localized(offer.accessibility?.notes, language)
        case .minimumAge:
            CellText.groupMarker(offer.eligibility, empty: Eligibility(), value: CellText.number(offer.eligibility?.minimumAge))
        case .maximumAge: CellText.number(offer.eligibility?.maximumAge)
        case .residentsOnly: CellText.flag(offer.eligibility?.residentsOnly)
        case .eligibilityNotes(let language): CellText.localized(offer.eligibility?.notes, language)
        case .startDate:
            CellText.groupMarker(
                offer.schedule, empty: Schedule(sessions: offer.schedule?.sessions ?? []), value: offer.schedule?.startDate?.iso8601)
        case .endDate: offer.schedule?.endDate?.iso8601
        case .sessionCount: CellText.number(offer.schedule?.sessionCount)
        case .scheduleNotes(let language): CellText.localized(offer.schedule?.notes, language)
        case .capacity: CellText.number(offer.capacity)
        case .price: CellText.number(offer.price?.amount)
        case .priceNotes(let language): CellText.localized(offer.price?.notes, language)
        case .signUpMethod: CellText.vocabulary(offer.signUp?.method)
        case .signUpURL: offer.signUp?.url
        case .signUpPhone: offer.signUp?.phone
        case .signUpEmail: offer.signUp?.email
        case .signUpDeadline: offer.signUp?.deadline?.iso8601
        case .signUpInstructions(let language): CellText.localized(offer.signUp?.instructions, language)
        case .municipalities: CellText.list(offer.municipalities.map(\.rawValue))
        case .venue: offer.venue
        case .website: offer.website
        case .expectedOutcomes: CellText.vocabularyList(offer.expectedOutcomes)
        case .programme: offer.programme?.rawValue
        case .routes: CellText.vocabularyList(offer.routes)
        case .requiresSpecialistCompetence: CellCoding.flag(offer.requiresSpecialistCompetence)
        }
    }
}
