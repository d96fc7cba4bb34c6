import Foundation
import Mestring
import MestringAdapterKit

/// Maps an integrator's own column names to Mestring's, so a spreadsheet with the headers
/// `tittel`, `kommunenummer` and `målgruppe` imports without renaming columns or writing code.
///
/// A mapping is a list of `their_name = our_name` lines, optionally in sections per table
/// (`[offers]`, `[people]`…); lines before the first section apply to every table, a section's lines
/// to its table only, and win. Mapping a name to `-` ignores that column on purpose, so that it is
/// not reported as unknown. Names are matched in any letter case, with spaces and hyphens read as
/// underscores. `#` starts a comment. A two-column CSV file (`their_name,our_name`, optionally a third column `table`)
/// works as well.
///
/// ```
/// # Våre kolonnenavn → Mestring
/// tittel = title
/// målgruppe = audiences
/// interne_notater = -
/// [providers]
/// organisasjonsnummer = organisation_number
/// ```
///
/// ``norwegian`` maps common Norwegian headers; `Documentation/Examples/norwegian-headers.mapping`
/// is the same mapping as a file to copy and adapt.
public struct ColumnMapping: Hashable, Sendable {
    /// Folded header → our column name, or `nil` for a column that is ignored on purpose.
    var common: [String: String?] = [:]
    var sections: [CSVTable: [String: String?]] = [:]

    /// The mapping that maps nothing: headers must be Mestring's own column names.
    public init() {}

    /// A mapping from pairs; `nil` as our name ignores the column. Throws when our name is not a
    /// column of the table (or, without a table, of any table).
    public init(_ pairs: KeyValuePairs<String, String?>, table: CSVTable? = nil) throws {
        for (theirs, ours) in pairs { try map(theirs, to: ours, in: table) }
    }

    /// Reads a mapping file: `their_name = our_name` lines, or a two-column CSV.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw StoreError(exists ? .io : .notFound, exists ? "cannot read the mapping file" : "no such mapping file", file: url.path)
        }
        try self.init(parsing: Array(data), file: url.path)
    }

    /// Reads a mapping from the bytes of a mapping file (UTF-8 or Windows-1252); `file` is used
    /// in errors.
    public init(parsing bytes: [UInt8], file: String? = nil) throws {
        var utf8 = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if String(validating: utf8, as: UTF8.self) == nil {
            var converted: [UInt8] = []
            utf8.withUnsafeBufferPointer { TextDecoding.appendWindows1252($0, to: &converted) }
            utf8 = converted
        }
        let text = String(decoding: utf8, as: UTF8.self)
        let isPairList = text.split(whereSeparator: \.isNewline).contains { line in
            let content = line.withoutComment.trimmingSpaces()
            return content.contains("=") || content.hasPrefix("[")
        }
        if isPairList {
            try self.init(pairLines: text, file: file)
        } else {
            try self.init(csvRowsOf: utf8, file: file)
        }
    }

    private init(pairLines text: String, file: String?) throws {
        var table: CSVTable?
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.withoutComment.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let lineNumber = index + 1
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = CSVColumnName.folded(String(line.dropFirst().dropLast())).replacingUnderscores()
                guard let section = CSVTable.allCases.first(where: { $0.name == name || $0.fileName == name }) else {
                    throw StoreError(
                        .malformedData, "unknown table \(StoreError.excerpt(name)); expected one of \(CSVTable.allCases.map(\.name).joined(separator: ", "))",
                        file: file, line: lineNumber)
                }
                table = section
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw StoreError(.malformedData, "expected their_name = our_name", file: file, line: lineNumber)
            }
            let theirs = String(line[..<equals].trimmingSpaces())
            let ours = String(line[line.index(after: equals)...].trimmingSpaces())
            do {
                try map(theirs, to: ours == "-" ? nil : ours, in: table)
            } catch var error as StoreError {
                error.file = file
                error.line = lineNumber
                throw error
            }
        }
    }

    private init(csvRowsOf bytes: [UInt8], file: String?) throws {
        let reader = try CSVReader(bytes: bytes, name: file ?? "")
        var record = CSVRecord()
        while try reader.readRecord(into: &record) {
            if record.isBlankLine { continue }
            let fields = record.fields.map { String($0.trimmingSpaces()) }
            if CSVColumnName.folded(fields[0]) == "their_name" { continue }
            guard (2...3).contains(fields.count) else {
                throw StoreError(
                    .malformedData, "expected two columns, their_name and our_name (and optionally table)", file: file, line: record.line)
            }
            var table: CSVTable?
            if fields.count == 3, !fields[2].isEmpty {
                let name = CSVColumnName.folded(fields[2]).replacingUnderscores()
                table = CSVTable.allCases.first { $0.name == name || $0.fileName == name }
                guard table != nil else {
                    throw StoreError(.malformedData, "unknown table \(StoreError.excerpt(fields[2]))", file: file, line: record.line)
                }
            }
            do {
                try map(fields[0], to: fields[1] == "-" || fields[1].isEmpty ? nil : fields[1], in: table)
            } catch var error as StoreError {
                error.file = file
                error.line = record.line
                throw error
            }
        }
    }

    /// Maps `theirs` to our column `ours` (`nil` ignores the column), for one table or all.
    public mutating func map(_ theirs: String, to ours: String?, in table: CSVTable? = nil) throws {
        let key = CSVColumnName.folded(theirs)
        guard !key.isEmpty else { throw StoreError(.malformedData, "a mapping line has no column name before =") }
        let target = ours.map(CSVColumnName.folded)
        if let target {
            let tables = table.map { [$0] } ?? CSVTable.allCases
            guard tables.contains(where: { CSVFormat.columns(of: $0).contains { $0.name == target } }) else {
                throw StoreError(
                    .malformedData,
                    "\(StoreError.excerpt(target)) is not a column of \(table?.fileName ?? "any table"); see the column dictionary in Documentation/CSV.md",
                    field: theirs)
            }
        }
        if let table { sections[table, default: [:]][key] = .some(target) } else { common[key] = .some(target) }
    }

    /// This mapping with `other`'s entries added; `other` wins where both map a name.
    public func merging(_ other: ColumnMapping) -> ColumnMapping {
        var merged = self
        merged.common.merge(other.common) { _, new in new }
        for (table, entries) in other.sections { merged.sections[table, default: [:]].merge(entries) { _, new in new } }
        return merged
    }

    /// What a header cell of `table` means under this mapping.
    func target(of foldedHeader: String, in table: CSVTable) -> Target {
        if let entry = sections[table]?[foldedHeader] ?? common[foldedHeader] {
            return entry.map(Target.column) ?? .ignored
        }
        return .column(foldedHeader)
    }

    /// What a header cell maps to.
    enum Target: Equatable {
        /// Our column with this name (which may still be unknown to the table).
        case column(String)
        /// A column ignored on purpose.
        case ignored
    }

    /// The mapping as `their_name = our_name` lines, common entries first, then one section per
    /// table, each sorted by name; a mapping written this way reads back the same.
    public var text: String {
        func lines(_ entries: [String: String?]) -> String {
            entries.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value ?? "-")\n" }.joined()
        }
        var text = lines(common)
        for table in CSVTable.allCases {
            guard let entries = sections[table], !entries.isEmpty else { continue }
            text += "\n[\(table.name)]\n" + lines(entries)
        }
        return text
    }
}

extension Substring {
    /// The line without a comment: `#` at the start, or after a space or tab.
    fileprivate var withoutComment: Substring {
        var previous: Character = " "
        for index in indices {
            if self[index] == "#", previous == " " || previous == "\t" { return self[..<index] }
            previous = self[index]
        }
        return self
    }
}

extension String {
    /// `lived_experience` → `lived-experience`, to match table names after folding.
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
