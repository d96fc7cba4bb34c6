import Mestring

/// Parses command-line values into the catalogue's vocabularies, with errors that list what is allowed.
enum VocabularyArgument {
    static func parse<Value: CatalogEnumeration>(_ spellings: [String], as type: Value.Type, option: String) throws(UsageError) -> Set<Value> {
        var values = Set<Value>()
        for spelling in spellings {
            guard let value = Value(spellingOrLabel: spelling) else { throw UsageError("--\(option): " + Value.unknownSpellingMessage(spelling)) }
            values.insert(value)
        }
        return values
    }

    /// Parses `icd-10:E11`, `icpc-2:R95`, or a bare code (ICD-10).
    static func diagnoses(_ spellings: [String]) throws(UsageError) -> Set<DiagnosisCode> {
        var codes = Set<DiagnosisCode>()
        for spelling in spellings {
            let parts = spelling.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                guard let system = CodingSystem(spelling: parts[0]) else {
                    throw UsageError("--diagnosis: " + CodingSystem.unknownSpellingMessage(parts[0]))
                }
                codes.insert(DiagnosisCode(system: system, code: parts[1]))
            } else {
                codes.insert(.icd10(spelling))
            }
        }
        return codes
    }
}
