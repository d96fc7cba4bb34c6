import Foundation
import Mestring

/// The keys under which an offer's diagnosis code is found, so that the diagnosis dimension of
/// ``Mestring/OfferQuery`` is one index look-up.
///
/// ``DiagnosisCode/isCovered(by:)`` says that `E11.9` is covered by `E11.9` and `E11` (same
/// system, same code or the code before a `.`, letter case ignored). The store writes one key per
/// covering code (`icd-10 E11.9`, `icd-10 E11`) into `offer_diagnosis_coverage`, and a query looks
/// up the key of each code it asks for. Keys are upper-cased like ``DiagnosisCode/isCovered(by:)``
/// does and in Unicode normal form C, so that byte equality in SQLite is Swift's string equality.
enum DiagnosisCoverage {
    /// The key of a code asked for in a query.
    static func key(of code: DiagnosisCode) -> String { key(code.system, code.code.uppercased()) }

    /// The keys of every code that covers `code`, itself included.
    static func keys(covering code: DiagnosisCode) -> [String] {
        let upper = code.code.uppercased()
        var keys = [key(code.system, upper)]
        var prefix = ""
        for character in upper {
            if character == "." { keys.append(key(code.system, prefix)) }
            prefix.append(character)
        }
        return keys
    }

    private static func key(_ system: CodingSystem, _ code: String) -> String {
        let normalized = code.utf8.allSatisfy { $0 < 0x80 } ? code : code.precomposedStringWithCanonicalMapping
        return system.rawValue + " " + normalized
    }
}
