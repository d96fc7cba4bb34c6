/// The classification a diagnosis code belongs to.
///
/// Hospitals code diagnoses in ICD-10, GPs and municipal services in ICPC-2; an offer may carry
/// both so that either side finds it.
public enum CodingSystem: String, CatalogEnumeration {
    /// ICD-10, used by the specialist health service.
    case icd10 = "icd-10"
    /// ICPC-2, used in primary care.
    case icpc2 = "icpc-2"
    /// SNOMED CT concept identifiers.
    case snomedCT = "snomed-ct"

    /// The name of this vocabulary in messages: `unknown coding system "…"; expected one of …`.
    public static let vocabularyName = "coding system"

    /// The Bokmål label to show users, e.g. `ICD-10`.
    public var norwegianLabel: String {
        switch self {
        case .icd10: "ICD-10"
        case .icpc2: "ICPC-2"
        case .snomedCT: "SNOMED CT"
        }
    }
}
