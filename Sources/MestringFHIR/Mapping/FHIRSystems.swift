import Foundation
import Mestring

/// The URLs and OIDs Mestring's FHIR resources use: HL7 Norway's basis profiles and the Norwegian
/// code systems, and Mestring's own canonical base.
///
/// Norwegian health-service directories identify organisations by organisation number, places by
/// municipality number and diagnoses by the Norwegian ICD-10 and ICPC-2 code systems, each in the
/// system HL7 Norway's basis profiles name; using the same systems lets a FHIR directory match
/// Mestring's offers to its own records. `Documentation/FHIR.md` cites the published source of each.
public enum FHIRSystems {
    /// The one canonical base of everything Mestring defines itself: extensions, code systems for
    /// its vocabularies, and the naming systems of its identifiers.
    public static let mestringBase = "https://mestring.no/fhir"
    /// Where Mestring's extension definitions live: `<base>/StructureDefinition/<name>`.
    public static let extensionBase = mestringBase + "/StructureDefinition/"
    /// Where Mestring's vocabularies live as code systems: `<base>/CodeSystem/<name>`.
    public static let codeSystemBase = mestringBase + "/CodeSystem/"
    /// Where the naming systems of Mestring's record identifiers live: `<base>/NamingSystem/<kind>-id`.
    public static let namingSystemBase = mestringBase + "/NamingSystem/"

    /// HL7 Norway's basis profile for organisations (no-basis-Organization).
    public static let organizationProfile = "http://hl7.no/fhir/StructureDefinition/no-basis-Organization"
    /// HL7 Norway's basis profile for healthcare services (no-basis-HealthcareService).
    public static let healthcareServiceProfile = "http://hl7.no/fhir/StructureDefinition/no-basis-HealthcareService"
    /// HL7 Norway's basis profile for locations (no-basis-Location).
    public static let locationProfile = "http://hl7.no/fhir/StructureDefinition/no-basis-Location"
    /// HL7 Norway's basis profile for practitioner roles (no-basis-PractitionerRole).
    public static let practitionerRoleProfile = "http://hl7.no/fhir/StructureDefinition/no-basis-PractitionerRole"
    /// HL7 Norway's extension that codes `Address.district` with a municipality number.
    public static let municipalityCodeExtension = "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode"

    /// Organisation numbers in Enhetsregisteret (the Norwegian register of legal entities).
    public static let organisationNumber = "urn:oid:2.16.578.1.12.4.1.4.101"
    /// Norwegian municipality numbers (*kommunenummer*).
    public static let municipalityNumber = "urn:oid:2.16.578.1.12.4.1.1.3402"
    /// ICD-10 as used in Norway (code system 7110).
    public static let icd10 = "urn:oid:2.16.578.1.12.4.1.1.7110"
    /// ICPC-2 as used in Norway (code system 7170).
    public static let icpc2 = "urn:oid:2.16.578.1.12.4.1.1.7170"
    /// SNOMED CT.
    public static let snomedCT = "http://snomed.info/sct"
    /// BCP 47 language tags, the system of `HealthcareService.communication`.
    public static let languageTags = "urn:ietf:bcp:47"

    /// HL7's extension for a translation of a string element.
    static let translationExtension = "http://hl7.org/fhir/StructureDefinition/translation"
    /// HL7's extension for the language of a string element.
    static let languageExtension = "http://hl7.org/fhir/StructureDefinition/language"
    /// HL7's code system for service provision conditions (free, cost).
    static let serviceProvision = "http://terminology.hl7.org/CodeSystem/service-provision-conditions"
    /// HL7's code system for referral methods (phone, secure e-mail, electronic).
    static let referralMethod = "http://terminology.hl7.org/CodeSystem/service-referral-method"
    /// HL7's code system for usage context types (the pathway's clinical focus).
    static let usageContextType = "http://terminology.hl7.org/CodeSystem/usage-context-type"
    /// HL7's code system for the physical type of a location (a jurisdiction).
    static let locationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type"

    /// The system of a diagnosis classification.
    static func system(of coding: CodingSystem) -> String {
        switch coding {
        case .icd10: icd10
        case .icpc2: icpc2
        case .snomedCT: snomedCT
        }
    }

    /// The classification of a system URL or OID; also accepts the international ICPC-2 and
    /// ICD-10 URLs that foreign resources may use.
    static func codingSystem(of system: String) -> CodingSystem? {
        switch system {
        case icd10, "http://hl7.org/fhir/sid/icd-10", "http://hl7.org/fhir/sid/icd-10-no": .icd10
        case icpc2, "http://hl7.org/fhir/sid/icpc-2", "urn:oid:2.16.840.1.113883.6.139": .icpc2
        case snomedCT: .snomedCT
        default: nil
        }
    }

    /// The naming system of a record kind's identifiers. Made once: an import asks for it for
    /// every identifier and reference it reads.
    static func identifierSystem(_ kind: RecordKind) -> String { identifierSystems[kind]! }

    private static let identifierSystems = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, namingSystemBase + $0.rawValue + "-id") })
}

extension FHIRSystems {
    /// Every vocabulary Mestring writes as codings in a code system of its own.
    static let vocabularies: [any CatalogEnumeration.Type] = [
        RecordKind.self, EvaluationMethod.self, Audience.self, CareStage.self, CodingSystem.self, DeliveryMode.self, FocusKind.self,
        InvolvementPhase.self, OfferFormat.self, OfferKind.self, OfferMethod.self, Outcome.self, ReferralRoute.self, SignUpMethod.self,
        AppointingBody.self, InvolvementRole.self, LivedExperienceKind.self, Profession.self, ProviderKind.self, ServiceLevel.self,
        TextLanguage.self,
    ]

    /// The code system of each of ``vocabularies``, made once. A table that is only read needs no
    /// lock: a lock taken for every coding read or written made both processors of an import
    /// wait on each other.
    fileprivate static let vocabularySystems = Dictionary(uniqueKeysWithValues: vocabularies.map { (ObjectIdentifier($0), system(of: $0)) })

    fileprivate static func system<Value: CatalogEnumeration>(of _: Value.Type) -> String {
        codeSystemBase + Value.vocabularyName.replacingOccurrences(of: " ", with: "-")
    }
}

extension CatalogEnumeration {
    /// The Mestring code system of this vocabulary: `<base>/CodeSystem/offer-kind`; looked up in
    /// a table made once, since every coding written or read asks for it.
    static var fhirSystem: String { FHIRSystems.vocabularySystems[ObjectIdentifier(Self.self)] ?? FHIRSystems.system(of: Self.self) }

    /// The value as a coding in its Mestring code system, with the Norwegian label as display.
    var fhirCoding: FHIRCoding { FHIRCoding(system: Self.fhirSystem, code: rawValue, display: norwegianLabel) }
}
