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
///
/// The table lives in memory of its own, made once and never freed, and is only read: looking a
/// text up then touches no reference count, which both processors of an import would otherwise
/// update on the same shared arrays for every coding.
struct FHIRKnownStrings: @unchecked Sendable {
    /// The known texts, shortest first.
    private let texts: UnsafeMutableBufferPointer<String>
    /// The UTF-8 bytes of all texts one after another, in the order of `texts`.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where each text's bytes start in `bytes`.
    private let starts: UnsafeMutableBufferPointer<Int>
    /// The texts of `n` bytes are `texts[firstOfLength[n]..<firstOfLength[n + 1]]`.
    private let firstOfLength: UnsafeMutableBufferPointer<Int>

    private init(_ known: [String]) {
        // Shorter ones are held inline by `String` itself, without an allocation to save.
        let sorted = Set(known).filter { $0.utf8.count > 15 }.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        let utf8 = sorted.flatMap(\.utf8)
        texts = .allocate(capacity: sorted.count)
        _ = texts.initialize(from: sorted)
        bytes = .allocate(capacity: max(utf8.count, 1))
        _ = bytes.initialize(from: utf8)
        var offset = 0
        starts = .allocate(capacity: sorted.count)
        for (index, text) in sorted.enumerated() {
            starts.initializeElement(at: index, to: offset)
            offset += text.utf8.count
        }
        let longest = sorted.last?.utf8.count ?? 0
        firstOfLength = .allocate(capacity: longest + 2)
        for length in 0...(longest + 1) {
            firstOfLength.initializeElement(at: length, to: sorted.firstIndex { $0.utf8.count >= length } ?? sorted.count)
        }
    }

    /// The one table, made on first use.
    static let shared = FHIRKnownStrings(knownTexts)

    /// The string of `node`: the shared one when its bytes are a known text.
    static func string(_ node: JSONNode) throws -> String {
        if let bytes = node.utf8IfUnescaped, let known = shared.text(bytes) { return known }
        return try node.string()
    }

    private func text(_ wanted: UnsafeBufferPointer<UInt8>) -> String? {
        let length = wanted.count
        guard length + 1 < firstOfLength.count, let base = wanted.baseAddress, let known = bytes.baseAddress else { return nil }
        for index in firstOfLength[length]..<firstOfLength[length + 1] where memcmp(known + starts[index], base, length) == 0 {
            return texts[index]
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
        for vocabulary in FHIRSystems.vocabularies { add(vocabulary) }
        return texts
    }
}
