/// A coded diagnosis or condition, e.g. ICD-10 `E11` (type 2 diabetes) or ICPC-2 `R95` (COPD).
///
/// Free-text diagnosis names differ between hospital and municipality (*KOLS*, *kronisk obstruktiv
/// lungesykdom*); codes let a pathway connect a hospital's diagnosis-specific course to municipal
/// offers for the same condition, and let users find offers by the code their GP uses.
public struct DiagnosisCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The classification the code belongs to.
    public var system: CodingSystem
    /// The code as written in the classification (`E11`, `E11.9`, `R95`).
    public var code: String
    /// A human-readable name, for display only; matching uses ``system`` and ``code``.
    public var label: String?

    /// A code in a classification, with an optional name for display.
    public init(system: CodingSystem, code: String, label: String? = nil) {
        self.system = system
        self.code = code
        self.label = label
    }

    /// An ICD-10 code, as hospitals record diagnoses: `.icd10("E11", "Diabetes mellitus type 2")`.
    /// - Parameters:
    ///   - code: The code as written in ICD-10 (`E11`, `E11.9`).
    ///   - label: A name for display; matching ignores it.
    public static func icd10(_ code: String, _ label: String? = nil) -> Self { .init(system: .icd10, code: code, label: label) }
    /// An ICPC-2 code, as GPs and municipal services record conditions: `.icpc2("R95", "KOLS")`.
    /// - Parameters:
    ///   - code: The code as written in ICPC-2 (`R95`).
    ///   - label: A name for display; matching ignores it.
    public static func icpc2(_ code: String, _ label: String? = nil) -> Self { .init(system: .icpc2, code: code, label: label) }

    /// `ICD-10 E11`: the classification and the code, for messages and reports.
    public var description: String { "\(system.norwegianLabel) \(code)" }

    /// `true` when this code is `other` or a subcode of it in the same system, ignoring letter case:
    /// `E11.9` is covered by `E11`, `E11` is not covered by `E11.9`. This is the meaning of the
    /// diagnosis dimension of ``OfferQuery``.
    public func isCovered(by other: DiagnosisCode) -> Bool {
        guard system == other.system else { return false }
        let mine = code.uppercased()
        let theirs = other.code.uppercased()
        return mine == theirs || mine.hasPrefix(theirs + ".")
    }
}
