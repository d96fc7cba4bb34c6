import Foundation
import Mestring

/// One run of ``CSVImporter``: reads the tables in order, builds the records, attaches the rows of
/// nested tables to their parents, and keeps every rejected row.
final class CatalogImport {
    let options: CSVImportOptions
    let progress: ((CSVImportProgress) -> Void)?
    var report = CSVImportReport(catalog: Catalog())

    private var info = CatalogInfo()
    private var providers: [Provider] = []
    private var people: [Person] = []
    private var offers: [Offer] = []
    private var pathways: [Pathway] = []
    /// The position of the first record with each identifier: rows of nested tables attach there.
    private var personPositions: [Person.ID: Int] = [:]
    private var offerPositions: [Offer.ID: Int] = [:]
    private var pathwayPositions: [Pathway.ID: Int] = [:]
    private var providerByOrganisationNumber: [OrganisationNumber: Provider.ID] = [:]
    /// Identifiers of rejected rows and their row numbers, to explain why nested rows cannot attach.
    private var rejectedIDs: [CSVTable: [String: Int]] = [:]
    private var currentFile = ""
    private var totalBytes = 0
    private var bytesOfFinishedFiles = 0

    private static let progressInterval = 4096

    init(options: CSVImportOptions, progress: ((CSVImportProgress) -> Void)?) {
        self.options = options
        self.progress = progress
    }

    func read(_ files: [(CSVTable, URL)]) throws {
        totalBytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file.1.path)[.size] as? Int) ?? 0)
        }
        for (table, url) in files {
            currentFile = url.path
            switch table {
            case .catalog: try readTable(table, url, readCatalogRow)
            case .providers: try readTable(table, url, readProvider)
            case .people: try readTable(table, url, readPerson)
            case .livedExperience: try readTable(table, url, readLivedExperience)
            case .offers: try readTable(table, url, readOffer)
            case .sessions: try readTable(table, url, readSession)
            case .involvement: try readTable(table, url, readInvolvement)
            case .pathways: try readTable(table, url, readPathway)
            case .pathwaySteps: try readTable(table, url, readPathwayStep)
            }
        }
    }

    func finish() -> CSVImportReport {
        report.catalog = Catalog(
            info: info, providers: RecordCollection(providers), offers: RecordCollection(offers),
            people: RecordCollection(people), pathways: RecordCollection(pathways))
        return report
    }

    /// Reads one file row by row, handing each well-shaped row to `handle`, and rejecting (or in
    /// strict mode throwing) every row with a problem.
    private func readTable<Column: TableColumn>(
        _ table: CSVTable, _ url: URL, _ handle: (inout RowReader<Column>) throws -> Void
    ) throws {
        let reader = try CSVReader(url: url, options: options.reading)
        var record = CSVRecord()
        var headers: [String] = []
        var rowNumber = 0
        do {
            guard try reader.readRecord(into: &record) else { return }
            let (layout, warnings) = try TableLayout<Column>.make(
                header: record, file: url.path, mapping: options.mapping, unknownColumns: options.unknownColumns)
            headers = layout.headers
            report.warnings += warnings
            report.sourceDialects[table] = CSVDialect(
                separator: reader.separator, byteOrderMark: reader.hasByteOrderMark || reader.encoding == .windows1252)
            while try reader.readRecord(into: &record) {
                rowNumber += 1
                if record.isBlankLine { continue }
                var row = RowReader(record: record, layout: layout, row: rowNumber)
                row.checkShape()
                if row.problems.isEmpty { try handle(&row) }
                if !row.problems.isEmpty { try reject(row, table) }
                report.rowsRead += 1
                if report.rowsRead % Self.progressInterval == 0 { reportProgress(table, reader) }
            }
            reportProgress(table, reader)
            bytesOfFinishedFiles += reader.bytesRead
        } catch var error as StoreError where error.row == nil && error.file == url.path {
            // A syntax error from the reader: name the row being read and the column's header.
            error.row = rowNumber + (headers.isEmpty ? 0 : 1)
            if let column = error.column, headers.indices.contains(column - 1) { error.field = headers[column - 1] }
            throw error
        }
    }

    private func reportProgress(_ table: CSVTable, _ reader: CSVReader) {
        progress?(
            CSVImportProgress(
                table: table, rowsRead: report.rowsRead, bytesRead: bytesOfFinishedFiles + reader.bytesRead, totalBytes: totalBytes))
    }

    private func reject<Column>(_ row: RowReader<Column>, _ table: CSVTable) throws {
        if options.mode == .strict, let first = row.problems.first { throw first }
        let record = row.record
        report.rejects.append(
            CSVRejectedRow(
                table: table, file: row.layout.file, row: row.row, line: record.line, problems: row.problems,
                header: row.layout.headers, cells: (0..<record.count).map { record.isBlank($0) ? nil : record[$0] }))
        if let idField = row.layout.mapped.first(where: { $0.column.name == "id" })?.field, idField < record.count, !record.isBlank(idField) {
            rejectedIDs[table, default: [:]][record[idField]] = rejectedIDs[table]?[record[idField]] ?? row.row
        }
    }

    /// The position of the parent record a nested row belongs to, or a problem saying why there is none.
    private func parent<Column>(
        _ id: String, in positions: [Identifier<some Any>: Int], _ table: CSVTable, _ column: Column, _ row: inout RowReader<Column>
    ) -> Int? {
        if let position = positions[Identifier(rawValue: id)] { return position }
        if let rejectedRow = rejectedIDs[table]?[id] {
            row.problem(
                "\"\(id)\" was rejected (\(table.fileName) row \(rejectedRow)), so this row has nothing to belong to; fix that row first",
                column: column)
        } else {
            row.problem("no row with id \"\(id)\" in \(table.fileName)", column: column)
        }
        return nil
    }

    private func readCatalogRow(_ row: inout RowReader<CatalogColumn>) throws {
        let read = try CatalogColumn.read(&row)
        guard row.problems.isEmpty else { return }
        guard row.row == 1 else {
            row.problem("catalog.csv holds exactly one row; this is row \(row.row)")
            return
        }
        info = read
    }

    private func readProvider(_ row: inout RowReader<ProviderColumn>) {
        let provider = ProviderColumn.read(&row)
        guard row.problems.isEmpty else { return }
        if let number = provider.organisationNumber, providerByOrganisationNumber[number] == nil {
            providerByOrganisationNumber[number] = provider.id
        }
        providers.append(provider)
    }

    private func readPerson(_ row: inout RowReader<PersonColumn>) {
        let person = PersonColumn.read(&row)
        guard row.problems.isEmpty else { return }
        if personPositions[person.id] == nil { personPositions[person.id] = people.count }
        people.append(person)
    }

    private func readLivedExperience(_ row: inout RowReader<LivedExperienceColumn>) {
        let (person, experience) = LivedExperienceColumn.read(&row)
        guard row.problems.isEmpty, let position = parent(person.rawValue, in: personPositions, .people, .personID, &row) else { return }
        people[position].livedExperience.append(experience)
    }

    private func readOffer(_ row: inout RowReader<OfferColumn>) {
        var read = OfferColumn.read(&row)
        guard row.problems.isEmpty else { return }
        if read.offer.provider.rawValue.isEmpty, let number = read.organisationNumber {
            read.offer.provider = provider(withOrganisationNumber: number, read, row)
        }
        if offerPositions[read.offer.id] == nil { offerPositions[read.offer.id] = offers.count }
        offers.append(read.offer)
    }

    /// The provider with this organisation number, created (with a warning) when there is none.
    private func provider(withOrganisationNumber number: OrganisationNumber, _ read: OfferColumn.Row, _ row: RowReader<OfferColumn>)
        -> Provider.ID
    {
        if let id = providerByOrganisationNumber[number] { return id }
        let id = Provider.ID(number.rawValue)
        let kind = read.providerKind ?? options.createdProviderKind
        providers.append(
            Provider(id: id, name: LocalizedText(bokmal: read.providerName ?? ""), kind: kind, organisationNumber: number))
        providerByOrganisationNumber[number] = id
        report.createdProviders.append(id)
        report.warnings.append(
            StoreError(
                .constraint,
                "no provider with organisation number \(number) in providers.csv; created provider \"\(id)\" of kind \(kind)",
                file: row.layout.file, line: row.record.line, row: row.row, field: OfferColumn.providerOrganisationNumber.name))
        return id
    }

    private func readSession(_ row: inout RowReader<SessionColumn>) {
        let (offer, session) = SessionColumn.read(&row)
        guard row.problems.isEmpty, let position = parent(offer.rawValue, in: offerPositions, .offers, .offerID, &row) else { return }
        update(&offers[position].schedule, Schedule()) { $0.sessions.append(session) }
    }

    private func readInvolvement(_ row: inout RowReader<InvolvementColumn>) {
        let (offer, involvement) = InvolvementColumn.read(&row)
        guard row.problems.isEmpty, let position = parent(offer.rawValue, in: offerPositions, .offers, .offerID, &row) else { return }
        offers[position].involvement.append(involvement)
    }

    private func readPathway(_ row: inout RowReader<PathwayColumn>) {
        let pathway = PathwayColumn.read(&row)
        guard row.problems.isEmpty else { return }
        if pathwayPositions[pathway.id] == nil { pathwayPositions[pathway.id] = pathways.count }
        pathways.append(pathway)
    }

    private func readPathwayStep(_ row: inout RowReader<PathwayStepColumn>) {
        let (pathway, step) = PathwayStepColumn.read(&row)
        guard row.problems.isEmpty, let position = parent(pathway.rawValue, in: pathwayPositions, .pathways, .pathwayID, &row)
        else { return }
        pathways[position].steps.append(step)
    }
}
