/// A health or school profession, for offers delivered by several professions together.
///
/// Offers build on interdisciplinary cooperation (000: «bygge på et tverrfaglig samarbeid»); a
/// vocabulary rather than free text lets a catalogue say which professions deliver an offer and
/// lets a reader count them. The texts name physiotherapists, doctors and occupational therapists
/// (003) and teachers and public-health nurses (002); the other cases are the professions that
/// learning-and-coping centres commonly draw on.
public enum Profession: String, CatalogEnumeration {
    /// A nurse (*sykepleier*).
    case nurse = "nurse"
    /// A public-health nurse (*helsesykepleier*), as in the school health service (002).
    case publicHealthNurse = "public-health-nurse"
    /// A doctor (*lege*) (003).
    case doctor = "doctor"
    /// A physiotherapist (*fysioterapeut*) (003).
    case physiotherapist = "physiotherapist"
    /// An occupational therapist (*ergoterapeut*) (003).
    case occupationalTherapist = "occupational-therapist"
    /// A clinical dietitian (*klinisk ernæringsfysiolog*).
    case clinicalDietitian = "clinical-dietitian"
    /// A psychologist (*psykolog*).
    case psychologist = "psychologist"
    /// A social worker (*sosionom*).
    case socialWorker = "social-worker"
    /// A family therapist (*familieterapeut*).
    case familyTherapist = "family-therapist"
    /// A pharmacist (*farmasøyt*).
    case pharmacist = "pharmacist"
    /// A teacher (*lærer*), a partner of the school as a route to offers (002).
    case teacher = "teacher"

    /// The name of this vocabulary in messages: `unknown profession "…"; expected one of …`.
    public static let vocabularyName = "profession"

    /// The Bokmål label to show users, e.g. `fysioterapeut`.
    public var norwegianLabel: String {
        switch self {
        case .nurse: "sykepleier"
        case .publicHealthNurse: "helsesykepleier"
        case .doctor: "lege"
        case .physiotherapist: "fysioterapeut"
        case .occupationalTherapist: "ergoterapeut"
        case .clinicalDietitian: "klinisk ernæringsfysiolog"
        case .psychologist: "psykolog"
        case .socialWorker: "sosionom"
        case .familyTherapist: "familieterapeut"
        case .pharmacist: "farmasøyt"
        case .teacher: "lærer"
        }
    }
}
