import Mestring

/// How values become cells when writing: `nil` for a blank cell, `""` for "given, but empty".
enum CellText {
    /// One language of an optional text. A text that is present but has no translation at all is
    /// written as `""` in its Bokmål column, so it reads back as present.
    static func localized(_ text: LocalizedText?, _ language: TextLanguage) -> String? {
        guard let text else { return nil }
        if let translation = text[language] { return translation }
        return language == .bokmal && text.isEmpty ? "" : nil
    }

    /// A value of an optional group (accessibility, eligibility, schedule) in the group's first
    /// column: a group that is present but has nothing in its columns is written as `""` there.
    static func groupMarker<Group: Equatable>(_ group: Group?, empty: Group, value: String?) -> String? {
        guard let group else { return nil }
        return value ?? (group == empty ? "" : nil)
    }

    static func flag(_ value: Bool?) -> String? { value.map(CellCoding.flag) }

    static func number(_ value: Int?) -> String? { value.map { String($0) } }

    static func vocabulary<Value: CatalogEnumeration>(_ value: Value?) -> String? { value?.rawValue }

    /// A list; an empty list is a blank cell.
    static func list(_ items: [String]) -> String? { items.isEmpty ? nil : CellCoding.joinList(items) }

    static func vocabularyList<Value: CatalogEnumeration>(_ values: [Value]) -> String? { list(values.map(\.rawValue)) }

    static func identifiers<Subject>(_ ids: [Identifier<Subject>]) -> String? { list(ids.map(\.rawValue)) }

    static func diagnoses(_ codes: [DiagnosisCode]) -> String? {
        codes.isEmpty ? nil : codes.map(CellCoding.diagnosis).joined(separator: "|")
    }
}
