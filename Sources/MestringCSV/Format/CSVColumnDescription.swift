import Mestring

/// One column of the CSV format as the column dictionary documents it: its name, type, whether it
/// must be filled, its allowed values, an example and its meaning.
///
/// The descriptions come from the same code that reads and writes the columns, and
/// `Documentation/CSV.md` is generated from them (``CSVFormat/columnDictionary``), so the
/// documentation cannot drift from what the reader accepts.
public struct CSVColumnDescription: Hashable, Sendable {
    /// The column name in the header row.
    public var name: String
    /// The type of value, e.g. "list of audience" or "date".
    public var type: String
    /// `true` when every row must give a value.
    public var isRequired: Bool
    /// The allowed spellings for vocabulary columns, or a rule for others; empty when any text goes.
    public var allowedValues: String
    /// A typical value, as written in the cell.
    public var example: String
    /// What the column means for the integrator.
    public var meaning: String
    /// `false` for columns that are only read (e.g. `provider_organisation_number`), never written.
    public var isWritten: Bool

    init(
        _ name: String, _ type: String, required: Bool = false, allowed: String = "", example: String, _ meaning: String,
        written: Bool = true
    ) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.allowedValues = allowed
        self.example = example
        self.meaning = meaning
        self.isWritten = written
    }

    static func identifier(_ name: String, required: Bool = true, example: String, _ meaning: String) -> Self {
        Self(name, "identifier", required: required, allowed: "any text; compared exactly", example: example, meaning)
    }

    static func reference(_ name: String, to table: CSVTable, required: Bool = false, example: String, _ meaning: String) -> Self {
        Self(name, "reference", required: required, allowed: "an `id` in \(table.fileName)", example: example, meaning)
    }

    /// The column that says which of several records sharing an identifier in `table` a child row
    /// belongs to (`offer_occurrence`…); repeated identifiers are kept, and validation reports them.
    static func occurrence(_ name: String, in table: CSVTable) -> Self {
        Self(
            name, "whole number", allowed: "2, 3, …; blank for the first", example: "",
            "only when several records in \(table.fileName) share the id (validation reports that): which of them this row belongs to")
    }

    static func references(_ name: String, to table: CSVTable, example: String, _ meaning: String) -> Self {
        Self(name, "list of references", allowed: "`id`s in \(table.fileName), separated by `|`", example: example, meaning)
    }

    static func text(_ name: String, example: String, _ meaning: String) -> Self {
        Self(name, "text", example: example, meaning)
    }

    static func texts(_ name: String, example: String, _ meaning: String) -> Self {
        Self(name, "list of text", allowed: "items separated by `|`", example: example, meaning)
    }

    static func localized(_ base: String, _ language: TextLanguage, example: String, _ meaning: String) -> Self {
        let languageName =
            switch language {
            case .bokmal: "Bokmål"
            case .nynorsk: "Nynorsk"
            case .english: "English"
            case .northernSami: "Northern Sami"
            }
        return Self(
            CSVColumnName.localized(base, language), "text (\(languageName))",
            example: language == .bokmal ? example : "", language == .bokmal ? meaning : "\(meaning), in \(languageName)")
    }

    static func vocabulary<Value: CatalogEnumeration>(
        _ name: String, _ type: Value.Type, required: Bool = false, example: Value, _ meaning: String
    ) -> Self {
        Self(name, Value.vocabularyName, required: required, allowed: spellings(Value.self), example: example.rawValue, meaning)
    }

    static func vocabularyList<Value: CatalogEnumeration>(_ name: String, _ type: Value.Type, example: [Value], _ meaning: String)
        -> Self
    {
        Self(
            name, "list of \(Value.vocabularyName)", allowed: spellings(Value.self),
            example: example.map(\.rawValue).joined(separator: "|"), meaning)
    }

    static func flag(_ name: String, example: Bool, _ meaning: String) -> Self {
        Self(name, "true/false", allowed: "`true` or `false` (also `ja`/`nei`, `yes`/`no`, `1`/`0`)", example: String(example), meaning)
    }

    static func wholeNumber(_ name: String, required: Bool = false, example: Int, _ meaning: String) -> Self {
        Self(name, "whole number", required: required, allowed: "digits, e.g. `12`", example: String(example), meaning)
    }

    static func date(_ name: String, required: Bool = false, example: String, _ meaning: String) -> Self {
        Self(name, "date", required: required, allowed: "`YYYY-MM-DD` (also read: `DD.MM.YYYY`)", example: example, meaning)
    }

    static func diagnoses(_ name: String, example: String, _ meaning: String) -> Self {
        Self(
            name, "list of diagnosis codes",
            allowed: "`system:code` or `system:code=label`, separated by `|`; system is one of \(spellings(CodingSystem.self))",
            example: example, meaning)
    }

    private static func spellings<Value: CatalogEnumeration>(_ type: Value.Type) -> String {
        Value.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    }
}

/// How column names are spelled, and how a header cell is folded before matching.
enum CSVColumnName {
    /// `title` for Bokmål, `title_nn`, `title_en`, `title_se` for the other languages.
    static func localized(_ base: String, _ language: TextLanguage) -> String {
        language == .bokmal ? base : "\(base)_\(language.rawValue)"
    }

    /// Lower case, no surrounding white space, spaces and hyphens as underscores: `Title NN`,
    /// `title-nn` and `title_nn` are the same column.
    static func folded(_ header: String) -> String {
        String(
            header.trimmingSpaces().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
