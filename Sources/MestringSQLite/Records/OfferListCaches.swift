import Mestring

/// One ``ListColumnCache`` per list column of an offer's row that repeats across offers, for one
/// read of many offers (``Offer/record(from:lists:)``). Sessions are left out: their dates make
/// each offer's list its own.
struct OfferListCaches {
    var partners = ListColumnCache<Provider.ID>()
    var diagnoses = ListColumnCache<DiagnosisCode>()
    var themes = ListColumnCache<String>()
    var stages = ListColumnCache<CareStage>()
    var audiences = ListColumnCache<Audience>()
    var languages = ListColumnCache<LanguageTag>()
    var municipalities = ListColumnCache<MunicipalityNumber>()
    var involvement = ListColumnCache<Involvement>()
    var outcomes = ListColumnCache<Outcome>()
    var routes = ListColumnCache<ReferralRoute>()
}
