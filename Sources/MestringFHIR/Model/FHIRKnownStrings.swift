import Foundation
import Mestring
import MestringAdapterKit

/// The texts that recur in every resource Mestring writes (extension URLs, code systems, naming
/// systems, profiles, codes and labels of its vocabularies), each made once as a `String`.
///
/// An import read each of them anew for every extension and coding: most are longer than a
/// `String` holds inline, so every one cost an allocation, a check of its UTF-8 and later a
/// release, tens of times per offer. Looking the bytes up here instead (a length check and a
/// `memcmp` against the few known texts of that length) hands out the one shared `String`.
/// Any other text, or one with escape sequences, is read as before.
struct FHIRKnownStrings: Sendable {
    /// The known texts by UTF-8 length: `byLength[n]` holds those of `n` bytes, with their bytes.
    private let byLength: [[(bytes: [UInt8], text: String)]]

    private init(_ texts: [String]) {
        var byLength = [[(bytes: [UInt8], text: String)]](repeating: [], count: (texts.map(\.utf8.count).max() ?? 0) + 1)
        for text in Set(texts) where text.utf8.count > 15 {
            byLength[text.utf8.count].append((Array(text.utf8), text))
        }
        self.byLength = byLength
    }

    /// The one table, made on first use.
    static let shared = FHIRKnownStrings(knownTexts)

    /// The string of `node`: the shared one when its bytes are a known text.
    static func string(_ node: JSONNode) throws -> String {
        if let bytes = node.utf8IfUnescaped, let known = shared.text(bytes) { return known }
        return try node.string()
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count < byLength.count, let base = bytes.baseAddress else { return nil }
        for candidate in byLength[bytes.count] where candidate.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) == 0 }) {
            return candidate.text
        }
        return nil
    }

    /// Everything Mestring writes that recurs: the texts of ``FHIRSystems``, ``MestringExtension``
    /// and each vocabulary's code system, codes and Norwegian labels.
    private static var knownTexts: [String] {
        var texts = MestringExtension.allCases.map(\.url) + RecordKind.allCases.map { FHIRSystems.identifierSystem($0) }
        texts += [
            FHIRSystems.organizationProfile, FHIRSystems.healthcareServiceProfile, FHIRSystems.locationProfile, FHIRSystems.practitionerRoleProfile,
            FHIRSystems.municipalityCodeExtension, FHIRSystems.organisationNumber, FHIRSystems.municipalityNumber, FHIRSystems.icd10,
            FHIRSystems.icpc2, FHIRSystems.snomedCT, FHIRSystems.languageTags, FHIRSystems.translationExtension, FHIRSystems.languageExtension,
            FHIRSystems.serviceProvision, FHIRSystems.referralMethod, FHIRSystems.usageContextType, FHIRSystems.locationPhysicalType,
        ]
        func add<Value: CatalogEnumeration>(_: Value.Type) {
            texts += [Value.fhirSystem] + Value.allCases.flatMap { [$0.rawValue, $0.norwegianLabel] }
        }
        add(RecordKind.self)
        add(EvaluationMethod.self)
        add(Audience.self)
        add(CareStage.self)
        add(CodingSystem.self)
        add(DeliveryMode.self)
        add(FocusKind.self)
        add(InvolvementPhase.self)
        add(OfferFormat.self)
        add(OfferKind.self)
        add(OfferMethod.self)
        add(Outcome.self)
        add(ReferralRoute.self)
        add(SignUpMethod.self)
        add(AppointingBody.self)
        add(InvolvementRole.self)
        add(LivedExperienceKind.self)
        add(Profession.self)
        add(ProviderKind.self)
        add(ServiceLevel.self)
        add(TextLanguage.self)
        return texts
    }
}
