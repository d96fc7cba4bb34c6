import Mestring
import MestringAdapterKit

/// Writes one of an offer's list columns: the list as compact JSON (`["0301","4601"]`), which
/// ``ListColumnReader`` reads back and the `sqlite3` shell queries with `json_each`.
///
/// An empty list is `NULL`, so most columns of most offers cost nothing. Objects leave out members
/// that are not stated, as the migration to schema version 6 writes them.
struct ListColumnWriter {
    private(set) var bytes: [UInt8] = []

    /// `values` as a JSON array, each element written by `element`; `nil` for an empty list.
    static func column<Values: Collection>(_ values: Values, _ element: (inout ListColumnWriter, Values.Element) -> Void) -> [UInt8]? {
        guard !values.isEmpty else { return nil }
        var writer = ListColumnWriter()
        writer.array(values, element)
        return writer.bytes
    }

    /// A list of texts (identifiers, spellings) as a JSON array of strings; `nil` when empty.
    static func strings<Values: Collection>(_ values: Values) -> [UInt8]? where Values.Element == String {
        column(values) { writer, value in writer.string(value) }
    }

    mutating func array<Values: Collection>(_ values: Values, _ element: (inout ListColumnWriter, Values.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A JSON object; `members` adds its members with ``member(_:_:)``.
    mutating func object(_ members: (inout ObjectWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        var object = ObjectWriter()
        swap(&object.writer.bytes, &bytes)
        members(&object)
        swap(&object.writer.bytes, &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func string(_ text: String) { JSONSpelling.appendString(text, to: &bytes) }

    /// A text as an object of its translations by language code; `{}` for a text without translations.
    mutating func localizedText(_ text: LocalizedText) {
        object { object in
            for language in TextLanguage.allCases {
                if let translation = text[language] { object.member(language.rawValue) { $0.string(translation) } }
            }
        }
    }

    /// Writes the members of one object, with a comma between them.
    struct ObjectWriter {
        fileprivate var writer = ListColumnWriter()
        private var isFirst = true

        /// A member whose value `value` writes.
        mutating func member(_ name: String, _ value: (inout ListColumnWriter) -> Void) {
            if !isFirst { writer.bytes.append(UInt8(ascii: ",")) }
            isFirst = false
            writer.string(name)
            writer.bytes.append(UInt8(ascii: ":"))
            value(&writer)
        }

        /// A text member, left out when `nil`.
        mutating func member(_ name: String, _ text: String?) {
            guard let text else { return }
            member(name) { $0.string(text) }
        }

        /// A number member, left out when `nil`.
        mutating func member(_ name: String, _ number: Int?) {
            guard let number else { return }
            member(name) { JSONSpelling.appendInteger(number, to: &$0.bytes) }
        }
    }
}
