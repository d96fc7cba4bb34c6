/// The administrative area for Sami languages (*forvaltningsområdet for samisk språk*): the
/// municipalities where Sami and Norwegian are equal languages, and which Sami language each one's
/// rights concern.
///
/// Equal access regardless of ethnicity (003: «uavhengig av alder, kjønn, bosted, etnisitet») is
/// measured in these municipalities by whether offers are held in their Sami language. The area is
/// set under the Sami Act (*sameloven* § 3-1); the thirteen municipalities below are those Sametinget
/// lists («Forvaltningsområdet for samiske språk», sametinget.no) and Prop. 58 L (2022–2023) ch. 5.1
/// names: Karasjok, Kautokeino, Tana, Porsanger, Nesseby, Kåfjord, Lavangen and Tjeldsund in the
/// Northern Sami area, Hamarøy in the Lule Sami area, and Hattfjelldal, Røyrvik, Røros and Snåsa in
/// the South Sami area. Numbers are those valid from 1 January 2024, like ``MunicipalityRegistry``.
public enum SamiLanguageArea {
    /// Northern Sami (`se`).
    public static let northernSami: LanguageTag = "se"
    /// Lule Sami (`smj`).
    public static let luleSami: LanguageTag = "smj"
    /// South Sami (`sma`).
    public static let southSami: LanguageTag = "sma"

    /// Every municipality of the area and its Sami language, by municipality number.
    public static let languages: [MunicipalityNumber: LanguageTag] = [
        "5610": northernSami,  // Kárášjohka - Karasjok
        "5612": northernSami,  // Guovdageaidnu - Kautokeino
        "5622": northernSami,  // Porsanger - Porsángu - Porsanki
        "5628": northernSami,  // Deatnu - Tana
        "5636": northernSami,  // Unjárga - Nesseby
        "5540": northernSami,  // Gáivuotna - Kåfjord - Kaivuono
        "5518": northernSami,  // Loabák - Lavangen
        "5512": northernSami,  // Dielddanuorri - Tjeldsund
        "1875": luleSami,  // Hábmer - Hamarøy
        "1826": southSami,  // Aarborte - Hattfjelldal
        "5043": southSami,  // Raarvihke - Røyrvik
        "5025": southSami,  // Røros - Rosse
        "5041": southSami,  // Snåase - Snåsa
    ]

    /// The Sami languages in which Mestring catalogues hold offers: Northern, Lule and South Sami,
    /// and the other Sami languages' tags (`smn`, `sms`, `sju`, `sje`) an offer may name.
    public static let allSamiLanguages: Set<LanguageTag> = [northernSami, luleSami, southSami, "smn", "sms", "sju", "sje"]

    /// The Sami language a municipality of the area gives rights in, or `nil` outside the area.
    public static func language(of municipality: MunicipalityNumber) -> LanguageTag? { languages[municipality] }
}
