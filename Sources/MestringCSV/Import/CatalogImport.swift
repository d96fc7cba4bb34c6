import Foundation
import Mestring

/// One run of ``CSVImporter``: reads the tables in order, builds the records, attaches the rows of
/// nested tables to their parents, and keeps every rejected row.
final class CatalogImport {
    let options: CSVImportOptions
    let progress: ((CSVImportProgress) -> Void)?
    var report = CSVImportReport(catalog: Catalog())
    /// Where each record came from, when asked for (`nil`: not recorded, nothing spent on it).
    var places: CSVSourceMap?

    private var info = CatalogInfo()
    private var providers: [Provider] = []
    private var people: [Person] = []
    private var offers: [Offer] = []
    private var pathways: [Pathway] = []
    private var programmes: [Programme] = []
    private var evaluations: [Evaluation] = []
    private var sources: [RecordSources.Entry] = []
    /// Where each record is: rows of nested tables attach there.
    private var personPositions = RecordPositions<Person>()
    private var offerPositions = RecordPositions<Offer>()
    private var pathwayPositions = RecordPositions<Pathway>()
    private var evaluationPositions = RecordPositions<Evaluation>()
    private var providerByOrganisationNumber: [OrganisationNumber: Provider.ID] = [:]
    /// Identifiers of rejected rows and their row numbers, to explain why nested rows cannot attach.
    private var rejectedIDs: [CSVTable: [String: Int]] = [:]
    private var currentFile = ""
    private var totalBytes = 0
    private var bytesOfFinishedFiles = 0

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
            case .catalog: try readTable(table, url, decode: { row in Result { try CatalogColumn.read(&row) } }, apply: applyCatalogRow)
            case .providers:
                try readTable(table, url, decode: ProviderColumn.read, apply: applyProvider) { providers.reserveCapacity(providers.count + $0) }
            case .programmes: try readTable(table, url, decode: ProgrammeColumn.read, apply: applyProgramme) { programmes.reserveCapacity($0) }
            case .people: try readTable(table, url, decode: PersonColumn.read, apply: applyPerson) { people.reserveCapacity($0); personPositions.reserveCapacity($0) }
            case .livedExperience: try readTable(table, url, decode: LivedExperienceColumn.read, apply: applyLivedExperience)
            case .offers: try readTable(table, url, decode: OfferColumn.read, apply: applyOffer) { offers.reserveCapacity($0); offerPositions.reserveCapacity($0) }
            case .sessions: try readTable(table, url, decode: SessionColumn.read, apply: applySession)
            case .involvement: try readTable(table, url, decode: InvolvementColumn.read, apply: applyInvolvement)
            case .pathways:
                try readTable(table, url, decode: PathwayColumn.read, apply: applyPathway) {
                    pathways.reserveCapacity($0)
                    pathwayPositions.reserveCapacity($0)
                }
            case .pathwaySteps: try readTable(table, url, decode: PathwayStepColumn.read, apply: applyPathwayStep)
            case .evaluations:
                try readTable(table, url, decode: EvaluationColumn.read, apply: applyEvaluation) {
                    evaluations.reserveCapacity($0)
                    evaluationPositions.reserveCapacity($0)
                }
            case .evaluationOutcomes: try readTable(table, url, decode: MeasurementColumn.read, apply: applyMeasurement)
            case .sources: try readTable(table, url, decode: SourceColumn.read, apply: { entry, _ in sources.append(entry) })
            }
        }
    }

    func finish() -> CSVImportReport {
        report.catalog = Catalog(
            info: info, providers: RecordCollection(providers), offers: RecordCollection(offers),
            people: RecordCollection(people), pathways: RecordCollection(pathways), programmes: RecordCollection(programmes),
            evaluations: RecordCollection(evaluations), sources: RecordSources(sources))
        return report
    }

    /// Reads one file: rows are decoded in batches on all cores by `decode`, which only looks at its
    /// row, then handed in file order to `apply`, which builds the catalogue. Every row with a
    /// problem is rejected (or, in strict mode, thrown).
    /// `reserve` is told, after the first batch, about how many rows the file holds.
    private func readTable<Column: TableColumn, Decoded: Sendable>(
        _ table: CSVTable, _ url: URL, decode: @Sendable (inout RowReader<Column>) -> Decoded,
        apply: (consuming Decoded, inout RowReader<Column>) throws -> Void, reserve: (Int) -> Void = { _ in }
    ) throws {
        let reader = try CSVReader(url: url, options: options.reading)
        var header = CSVRecord()
        guard try reader.readRecord(into: &header) else { return }
        let (layout, warnings) = try TableLayout<Column>.make(
            header: header, file: url.path, mapping: options.mapping, unknownColumns: options.unknownColumns)
        report.warnings += warnings
        report.sourceDialects[table] = CSVDialect(
            separator: reader.separator, byteOrderMark: reader.hasByteOrderMark || reader.encoding == .windows1252)
        let pipeline = RowPipeline<Column, Decoded>(reader: reader, layout: layout)
        defer { pipeline.cancel() }
        var bytesRead = 0
        while let batch = try pipeline.next() {
            if bytesRead == 0, batch.bytesRead > 0, let total = reader.totalBytes {
                reserve(batch.count * total / batch.bytesRead + batch.count)
            }
            bytesRead = batch.bytesRead
            try batch.decode(decode) { row, decoded in try applyRow(&row, consume decoded, table, apply) }
            reportProgress(table, bytesRead: bytesRead)
        }
        bytesOfFinishedFiles += bytesRead
    }

    /// Hands a decoded row to `apply` and rejects it if it has problems.
    private func applyRow<Column, Decoded>(
        _ row: inout RowReader<Column>, _ decoded: consuming Decoded?, _ table: CSVTable,
        _ apply: (consuming Decoded, inout RowReader<Column>) throws -> Void
    ) throws {
        if row.problems.isEmpty, let decoded = decoded.take() { try apply(consume decoded, &row) }
        if !row.problems.isEmpty { try reject(row, table) }
        report.rowsRead += 1
    }

    private func reportProgress(_ table: CSVTable, bytesRead: Int) {
        progress?(
            CSVImportProgress(table: table, rowsRead: report.rowsRead, bytesRead: bytesOfFinishedFiles + bytesRead, totalBytes: totalBytes))
    }

    private func reject<Column>(_ row: RowReader<Column>, _ table: CSVTable) throws {
        if options.mode == .strict, let first = row.problems.first { throw first }
        let record = row.record
        report.rejects.append(
            CSVRejectedRow(
                table: table, file: row.layout.file, row: row.row, line: record.line, problems: row.problems,
                header: row.layout.headers, cells: record.cells))
        if let idField = row.layout.mapped.first(where: { $0.column.name == "id" })?.field, idField < record.count, !record.isBlank(idField) {
            rejectedIDs[table, default: [:]][record[idField]] = rejectedIDs[table]?[record[idField]] ?? row.row
        }
    }

    /// The position of the parent record a nested row belongs to, or a problem saying why there is none.
    private func parent<Column, Subject>(
        _ id: Identifier<Subject>, _ occurrence: Int?, in positions: inout RecordPositions<Subject>, _ table: CSVTable, _ column: Column,
        _ row: inout RowReader<Column>
    ) -> Int? {
        if let position = positions.position(of: id, occurrence: occurrence) { return position }
        if let occurrence, positions.contains(id) {
            row.problem("there is no record number \(occurrence) with id \(StoreError.excerpt(id.rawValue)) in \(table.fileName)", column: column)
        } else if let rejectedRow = rejectedIDs[table]?[id.rawValue] {
            row.problem(
                "\(StoreError.excerpt(id.rawValue)) was rejected (\(table.fileName) row \(rejectedRow)), so this row has nothing to belong to; fix that row first",
                column: column)
        } else {
            row.problem("no row with id \(StoreError.excerpt(id.rawValue)) in \(table.fileName)", column: column)
        }
        return nil
    }

    /// Records the row `row` as where the record or nested row at `fieldPath` came from; the path
    /// is only built when places are recorded.
    private func record<Column>(_ fieldPath: @autoclosure () -> String, _ row: RowReader<Column>) {
        places?.record(fieldPath(), file: row.layout.file, row: row.row, line: row.record.line)
    }

    private func applyCatalogRow(_ read: Result<CatalogInfo, any Error>, _ row: inout RowReader<CatalogColumn>) throws {
        let read = try read.get()
        guard row.row == 2 else {
            row.problem("catalog.csv holds exactly one row under its header (row 2); this is row \(row.row)")
            return
        }
        info = read
        record("info", row)
    }

    private func applyProvider(_ provider: Provider, _ row: inout RowReader<ProviderColumn>) {
        if let number = provider.organisationNumber, providerByOrganisationNumber[number] == nil {
            providerByOrganisationNumber[number] = provider.id
        }
        record("providers[\(providers.count)]", row)
        providers.append(provider)
    }

    private func applyPerson(_ person: Person, _ row: inout RowReader<PersonColumn>) {
        personPositions.add(person.id, at: people.count)
        record("people[\(people.count)]", row)
        people.append(person)
    }

    private func applyLivedExperience(
        _ read: (person: Person.ID, occurrence: Int?, experience: LivedExperience), _ row: inout RowReader<LivedExperienceColumn>
    ) {
        guard let position = parent(read.person, read.occurrence, in: &personPositions, .people, .personID, &row) else { return }
        record("people[\(position)].livedExperience[\(people[position].livedExperience.count)]", row)
        people[position].livedExperience.append(read.experience)
    }

    private func applyOffer(_ read: consuming OfferColumn.Row, _ row: inout RowReader<OfferColumn>) {
        if read.offer.provider == nil, let number = read.organisationNumber {
            read.offer.provider = provider(withOrganisationNumber: number, read, row)
        }
        // Moved out of the row, not copied: a copy costs a reference count for each of the
        // offer's dozens of fields, twice.
        var offer = Offer(id: "", title: LocalizedText())
        swap(&offer, &read.offer)
        offerPositions.add(offer.id, at: offers.count)
        record("offers[\(offers.count)]", row)
        offers.append(consume offer)
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
                "no provider with organisation number \(StoreError.excerpt(String(describing: number), quoted: false)) in providers.csv; created provider \(StoreError.excerpt(id.rawValue)) of kind "
                    + (kind.map(\.rawValue) ?? "not stated"),
                file: row.layout.file, line: row.record.line, row: row.row, field: OfferColumn.providerOrganisationNumber.name))
        return id
    }

    private func applySession(_ read: (offer: Offer.ID, occurrence: Int?, session: Session), _ row: inout RowReader<SessionColumn>) {
        guard let position = parent(read.offer, read.occurrence, in: &offerPositions, .offers, .offerID, &row) else { return }
        record("offers[\(position)].schedule.sessions[\(offers[position].schedule?.sessions.count ?? 0)]", row)
        update(&offers[position].schedule, Schedule()) { $0.sessions.append(read.session) }
    }

    private func applyInvolvement(
        _ read: (offer: Offer.ID, occurrence: Int?, involvement: Involvement), _ row: inout RowReader<InvolvementColumn>
    ) {
        guard let position = parent(read.offer, read.occurrence, in: &offerPositions, .offers, .offerID, &row) else { return }
        record("offers[\(position)].involvement[\(offers[position].involvement.count)]", row)
        offers[position].involvement.append(read.involvement)
    }

    private func applyProgramme(_ programme: Programme, _ row: inout RowReader<ProgrammeColumn>) {
        record("programmes[\(programmes.count)]", row)
        programmes.append(programme)
    }

    private func applyEvaluation(_ evaluation: Evaluation, _ row: inout RowReader<EvaluationColumn>) {
        evaluationPositions.add(evaluation.id, at: evaluations.count)
        record("evaluations[\(evaluations.count)]", row)
        evaluations.append(evaluation)
    }

    private func applyMeasurement(
        _ read: (evaluation: Evaluation.ID, occurrence: Int?, measurement: OutcomeMeasurement), _ row: inout RowReader<MeasurementColumn>
    ) {
        guard let position = parent(read.evaluation, read.occurrence, in: &evaluationPositions, .evaluations, .evaluationID, &row) else {
            return
        }
        record("evaluations[\(position)].measurements[\(evaluations[position].measurements.count)]", row)
        evaluations[position].measurements.append(read.measurement)
    }

    private func applyPathway(_ pathway: Pathway, _ row: inout RowReader<PathwayColumn>) {
        pathwayPositions.add(pathway.id, at: pathways.count)
        record("pathways[\(pathways.count)]", row)
        pathways.append(pathway)
    }

    private func applyPathwayStep(
        _ read: (pathway: Pathway.ID, occurrence: Int?, step: PathwayStep), _ row: inout RowReader<PathwayStepColumn>
    ) {
        guard let position = parent(read.pathway, read.occurrence, in: &pathwayPositions, .pathways, .pathwayID, &row) else { return }
        record("pathways[\(position)].steps[\(pathways[position].steps.count)]", row)
        pathways[position].steps.append(read.step)
    }
}
