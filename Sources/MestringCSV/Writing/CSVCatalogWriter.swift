import Foundation
import Mestring
import MestringAdapterKit

/// Writes a catalogue as a folder of CSV files, atomically and deterministically.
///
/// Every table is written, with its full header, even when empty, so the folder always has the
/// same files and columns. Records are written in catalogue order and nested rows in their
/// parent's order; the same catalogue gives the same bytes. All files are written into a
/// temporary folder beside the target, which then replaces the target in one step
/// (``MestringAdapterKit/AtomicWrite``): a failed or killed write leaves the old files intact. Files in the target folder that are not Mestring tables
/// (a README, a rejects folder) are kept.
///
/// ```swift
/// try CSVCatalogWriter(dialect: .excel).write(catalog, toFolder: URL(filePath: "eksport"))
/// ```
public struct CSVCatalogWriter: Sendable {
    /// How every file is written.
    public var dialect: CSVDialect
    /// `false` writes the public export (``Mestring/Catalog/publicExport()``): no personal contact
    /// data, and nothing that identifies a person without listing consent.
    public var includesPersonalData: Bool

    /// A writer in `dialect`; personal contact data is written unless `includesPersonalData` is `false`.
    public init(dialect: CSVDialect = .rfc4180, includesPersonalData: Bool = true) {
        self.dialect = dialect
        self.includesPersonalData = includesPersonalData
    }

    /// Writes the catalogue as the folder `url`, replacing what is there, through
    /// ``MestringAdapterKit/AtomicWrite/folder(at:_:)`` (a symbolic link to a folder is followed).
    /// - Throws: ``Mestring/StoreError``: `.io` or `.readOnly` when writing fails, `.constraint` for a
    ///   value CSV cannot hold (a NUL character); the old folder is then unchanged.
    public func write(_ catalog: Catalog, toFolder url: URL) throws {
        let exported = includesPersonalData ? catalog : catalog.publicExport()
        let target = try AtomicWrite.destination(of: url)
        do {
            try AtomicWrite.folder(at: url) { staged in
                // sources.csv only when there are sources, so that a catalogue without them keeps its files.
                for table in CSVTable.allCases where table != .sources || !exported.sources.isEmpty {
                    do {
                        try write(table, of: exported, to: staged.appending(path: table.fileName))
                    } catch var error as StoreError where error.kind == .constraint {
                        error.file = target.appending(path: table.fileName).path
                        throw error
                    }
                }
                try carryOverOtherFiles(from: target, to: staged)
            }
        } catch {
            throw SystemFailure.error(error, "write the folder", file: url.path)
        }
    }

    /// Writes one table of the catalogue as a CSV file.
    func write(_ table: CSVTable, of catalog: Catalog, to url: URL) throws {
        let writer = try CSVWriter(url: url, dialect: dialect)
        switch table {
        case .catalog:
            try writeRows(CatalogColumn.self, to: writer, [catalog.info]) { $0.cell(of: $1) }
        case .providers:
            try writeRows(ProviderColumn.self, to: writer, catalog.providers) { $0.cell(of: $1) }
        case .programmes:
            try writeRows(ProgrammeColumn.self, to: writer, catalog.programmes) { $0.cell(of: $1) }
        case .people:
            try writeRows(PersonColumn.self, to: writer, catalog.people) { $0.cell(of: $1) }
        case .livedExperience:
            let rows = zip(catalog.people, Self.occurrences(catalog.people)).lazy.flatMap { person, occurrence in
                person.livedExperience.lazy.map { (person.id, occurrence, $0) }
            }
            try writeRows(LivedExperienceColumn.self, to: writer, rows) { $0.cell(of: $1.2, of: $1.0, occurrence: $1.1) }
        case .offers:
            try writeRows(OfferColumn.self, to: writer, catalog.offers) { $0.cell(of: $1) }
        case .sessions:
            let rows = zip(catalog.offers, Self.occurrences(catalog.offers)).lazy.flatMap { offer, occurrence in
                (offer.schedule?.sessions ?? []).lazy.map { (offer.id, occurrence, $0) }
            }
            try writeRows(SessionColumn.self, to: writer, rows) { $0.cell(of: $1.2, in: $1.0, occurrence: $1.1) }
        case .involvement:
            let rows = zip(catalog.offers, Self.occurrences(catalog.offers)).lazy.flatMap { offer, occurrence in
                offer.involvement.lazy.map { (offer.id, occurrence, $0) }
            }
            try writeRows(InvolvementColumn.self, to: writer, rows) { $0.cell(of: $1.2, in: $1.0, occurrence: $1.1) }
        case .pathways:
            try writeRows(PathwayColumn.self, to: writer, catalog.pathways) { $0.cell(of: $1) }
        case .pathwaySteps:
            let rows = zip(catalog.pathways, Self.occurrences(catalog.pathways)).lazy.flatMap { pathway, occurrence in
                pathway.steps.lazy.map { (pathway.id, occurrence, $0) }
            }
            try writeRows(PathwayStepColumn.self, to: writer, rows) { $0.cell(of: $1.2, in: $1.0, occurrence: $1.1) }
        case .evaluations:
            try writeRows(EvaluationColumn.self, to: writer, catalog.evaluations) { $0.cell(of: $1) }
        case .evaluationOutcomes:
            let rows = zip(catalog.evaluations, Self.occurrences(catalog.evaluations)).lazy.flatMap { evaluation, occurrence in
                evaluation.measurements.lazy.map { (evaluation.id, occurrence, $0) }
            }
            try writeRows(MeasurementColumn.self, to: writer, rows) { $0.cell(of: $1.2, in: $1.0, occurrence: $1.1) }
        case .sources:
            try writeRows(SourceColumn.self, to: writer, catalog.sources.entries) { $0.cell(of: $1) }
        }
        try writer.finish()
    }

    private func writeRows<Column: TableColumn, Rows: Sequence>(
        _ type: Column.Type, to writer: CSVWriter, _ rows: Rows, _ cell: (Column, Rows.Element) -> String?
    ) throws {
        let columns = Column.written
        for column in columns { writer.writeField(column.name) }
        try writer.endRow()
        for (index, row) in rows.enumerated() {
            for column in columns {
                let text = cell(column, row)
                if let text, text.utf8.contains(0) {
                    throw StoreError(
                        .constraint, "the value contains a NUL character (U+0000), which a CSV file cannot hold; remove it",
                        row: index + 2, field: column.name)
                }
                writer.writeField(text)
            }
            try writer.endRow()
        }
    }

    /// For each record, which of the records with its id it is: `nil` for the first, 2, 3… for
    /// later ones, written in the `*_occurrence` column of its nested rows.
    static func occurrences<Record: CatalogRecord>(_ records: RecordCollection<Record>) -> [Int?] {
        guard !records.duplicateIDs.isEmpty else { return Array(repeating: nil, count: records.count) }
        var seen: [Record.ID: Int] = [:]
        return records.map { record in
            let occurrence = seen[record.id, default: 0] + 1
            seen[record.id] = occurrence
            return occurrence == 1 ? nil : occurrence
        }
    }

    /// Copies what the old folder holds besides Mestring's tables into the new one (hard links
    /// where possible), so replacing the folder removes nothing of the integrator's.
    private func carryOverOtherFiles(from folder: URL, to staged: URL) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let tables = Set(CSVTable.allCases.map(\.fileName))
        for name in names where !tables.contains(name.lowercased()) {
            let source = folder.appending(path: name)
            let destination = staged.appending(path: name)
            if (try? FileManager.default.linkItem(at: source, to: destination)) == nil {
                try FileManager.default.copyItem(at: source, to: destination)
            }
        }
    }
}
