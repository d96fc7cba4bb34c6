import Mestring

/// How values are spelled inside one cell: lists, diagnosis codes, flags, dates and times, and
/// vocabulary values.
///
/// Lists use `|` between items; inside an item, `\|` is a literal bar and `\\` a backslash (and
/// `\=` an equals sign in a diagnosis code). Vocabulary values are read in their English spelling
/// or their Norwegian label, in any letter case.
enum CellCoding {
    private static let bar = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    /// Joins items with `|`, escaping `|` and `\` inside them.
    static func joinList(_ items: [String]) -> String {
        items.map { escape($0, also: nil) }.joined(separator: "|")
    }

    static func escape(_ item: String, also extra: Character?) -> String {
        let extraByte = extra?.asciiValue
        guard item.utf8.contains(where: { $0 == bar || $0 == backslash || $0 == extraByte }) else { return item }
        var escaped = ""
        for character in item {
            if character == "|" || character == "\\" || character == extra { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Splits a cell at unescaped `|`; with `unescaping: false` the escapes stay for a second split.
    static func splitList(_ text: String, unescaping: Bool = true) -> [String] {
        guard text.utf8.contains(where: { $0 == bar || $0 == backslash }) else { return [text] }
        var items: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                if !unescaping { current.append("\\") }
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        items.append(current)
        return items
    }

    /// `icd-10:J44` or `icd-10:J44=KOLS`.
    static func diagnosis(_ code: DiagnosisCode) -> String {
        var text = code.system.rawValue + ":" + escape(code.code, also: "=")
        if let label = code.label { text += "=" + escape(label, also: nil) }
        return text
    }

    /// Reads `system:code[=label]` from an item that still holds its escapes.
    static func diagnosis(_ item: String) throws(CellProblem) -> DiagnosisCode {
        guard let colon = item.firstIndex(of: ":") else {
            throw CellProblem("diagnosis code \(StoreError.excerpt(item)) has no system; expected system:code, e.g. icd-10:E11")
        }
        guard let system = vocabulary(CodingSystem.self, item[..<colon]) else {
            throw CellProblem(CodingSystem.unknownSpellingMessage(String(item[..<colon])))
        }
        var code = ""
        var label: String?
        var escaping = false
        for character in item[item.index(after: colon)...] {
            if escaping {
                escaping = false
            } else if character == "\\" {
                escaping = true
                continue
            } else if character == "=", label == nil {
                label = ""
                continue
            }
            if label == nil { code.append(character) } else { label?.append(character) }
        }
        if escaping {
            if label == nil { code.append("\\") } else { label?.append("\\") }
        }
        return DiagnosisCode(system: system, code: code, label: label)
    }

    /// A vocabulary value from its spelling, its Norwegian label or a Norwegian word for it
    /// (``Mestring/NorwegianWords``), in any letter case, singular or plural.
    static func vocabulary<Value: CatalogEnumeration>(_ type: Value.Type, _ text: some StringProtocol) -> Value? {
        Value(rawValue: String(text)) ?? NorwegianWords.value(text, as: type)
    }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// `true`/`false`, `ja`/`nei`/`x`, `yes`/`no`, `1`/`0`, in any letter case.
    static func flag(_ text: String) -> Bool? {
        switch text {
        case "true": true
        case "false": false
        default: NorwegianWords.flag(text)
        }
    }

    static func wholeNumber(_ text: String) -> Int? {
        Int(text) ?? Int(text.trimmingSpaces())
    }

    /// `YYYY-MM-DD`, or `DD.MM.YYYY` / `D.M.YYYY` as Norwegian spreadsheets show dates.
    static func date(_ text: String) -> LocalDate? { NorwegianWords.date(text) }

    /// `HH:MM`, also `H:MM`, `HH.MM` and `kl. 12.00`.
    static func time(_ text: String) -> TimeOfDay? { NorwegianWords.time(text) }
}

/// What is wrong with one cell's text, before the importer adds the file, row and column.
struct CellProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
