import Mestring
import MestringAdapterKit

/// Turns an HSDS 3.0 document (a page or list of organisations or services, or one of them) into
/// a catalogue, and lists in an ``HSDSImportReport`` everything that found no place.
///
/// A document Mestring wrote comes back exactly: the values carried in attributes win over the
/// HSDS fields they were projected into. A foreign feed maps field by field; what Mestring needs
/// and the feed does not say stays *not stated*.
struct HSDSImporter {
    var report = HSDSImportReport()
    /// The catalogue's own record, once its organisation is read; the last one read wins.
    private var info: CatalogInfo?
    private var providers: [Provider] = []
    private var people: [Person] = []
    private var pathways: [Pathway] = []
    private var programmes: [Programme] = []
    private var evaluations: [Evaluation] = []
    /// Mestring programme identifiers by HSDS program UUID.
    var programmeIDs: [String: Programme.ID] = [:]
    /// Mestring identifiers by HSDS UUID, to resolve references after every object is read.
    var providerIDs: [String: Provider.ID] = [:]
    /// The offers in document order, each with its carried position and the UUID of the
    /// organisation to resolve its provider from. Positions are kept apart from the offers, so
    /// that sorting by them moves indices, never an offer. The offers of a document read in parts
    /// stay in each part's buffer until ``catalog()`` moves them into one array (the importer is
    /// not copied while it reads, so no two importers fill one buffer).
    private var offers = [RecordBuffer<Offer>(capacity: 1024)]
    private var positions: [Int?] = []
    private var organizations: [String?] = []

    /// Whether this importer reads a later part of a document (see
    /// ``reading(_:parts:)``): it cannot tell whether an earlier part read an organisation.
    let isLaterPart: Bool

    init(isLaterPart: Bool = false) {
        self.isLaterPart = isLaterPart
    }

    /// Reads the organisations or services of `document` that lie in part `part` of `parts`
    /// runs of consecutive items; `textLength` is the length of the document's text.
    mutating func read(_ document: JSONNode, part: Int = 0, of parts: Int = 1, textLength: Int = 0) throws {
        let items = try items(of: document)
        try read(items[Self.range(ofPart: part, of: parts, in: items, textLength: textLength)])
    }

    /// Reads organisations or services, each at its place in the document.
    mutating func read(_ items: ArraySlice<(JSONNode, HSDSPlace)>) throws {
        for (item, place) in items {
            var reader = try HSDSObjectReader(item, at: place, report: &report)
            let isService = try item.member("status") != nil || item.member("service_areas") != nil
            if reader.carried(.catalogue).isEmpty == false {
                try readCatalogue(&reader)
            } else if reader.carried(.pathway).isEmpty == false {
                try readCollaboration(&reader)
            } else if reader.carried(.programme).isEmpty == false {
                try readProgrammeHolder(&reader)
            } else if isService {
                try readService(&reader, organization: nil)
            } else {
                try readOrganization(&reader)
            }
            reader.reportUnused(into: &report)
        }
    }

    /// The items of part `part` of `parts`: a run of about as many bytes of text as each other
    /// part, not of as many items (``EqualByteRuns``).
    private static func range(ofPart part: Int, of parts: Int, in items: [(JSONNode, HSDSPlace)], textLength: Int) -> Range<Int> {
        guard parts > 1 else { return items.indices }
        let starts = items.map(\.0.textOffset)
        return EqualByteRuns.boundary(part, of: parts, starts: starts, end: textLength)..<EqualByteRuns.boundary(part + 1, of: parts, starts: starts, end: textLength)
    }

    /// The catalogue read; the importer keeps no offers after it.
    mutating func catalog() -> Catalog {
        Catalog(
            info: info ?? CatalogInfo(), providers: RecordCollection(resolvedProviders()), offers: RecordCollection(orderedOffers()),
            people: RecordCollection(people), pathways: RecordCollection(pathways), programmes: RecordCollection(programmes),
            evaluations: RecordCollection(evaluations))
    }

    /// The organisations or services of a document, with their places.
    private func items(of document: JSONNode) throws -> [(JSONNode, HSDSPlace)] {
        var items: [(JSONNode, HSDSPlace)] = []
        if document.isArray {
            try document.elements { items.append(($0, HSDSPlace(path: "[\(items.count)]"))) }
        } else if document.isObject, let contents = try document.member("contents") {
            guard contents.isArray else {
                throw StoreError(.malformedData, "expected \"contents\" to be an array of organizations or services", field: "contents")
            }
            try contents.elements { items.append(($0, HSDSPlace(path: "contents[\(items.count)]"))) }
        } else if document.isObject, try document.member("id") != nil, try document.member("name") != nil {
            items.append((document, HSDSPlace(path: "")))
        } else {
            throw StoreError(
                .malformedData,
                "not an HSDS document: expected an organization or service object (with \"id\" and \"name\"), a list of them, or a page with \"contents\"")
        }
        return items
    }

    // MARK: The catalogue

    private mutating func readCatalogue(_ reader: inout HSDSObjectReader) throws {
        reader.mark("name", "description")
        info = CatalogInfo(
            title: reader.carried(.catalogueTitle).first, publisher: reader.carried(.cataloguePublisher).first,
            updated: reader.carried(.catalogueUpdated).first.flatMap { LocalDate(iso8601: $0) },
            notice: reader.carried(.catalogueNotice).first)
        people += try reader.carried(.person, as: Person.self)
        evaluations += try reader.carried(.evaluation, as: Evaluation.self)
        try readServices(&reader, organization: nil)
    }

    private mutating func readCollaboration(_ reader: inout HSDSObjectReader) throws {
        reader.mark("name", "description", "parent_organization_id")
        for (program, place) in try reader.objects("programs") {
            var programReader = try HSDSObjectReader(program, at: place, report: &report)
            try readProgram(&programReader)
            programReader.reportUnused(into: &report)
        }
    }

    private mutating func readProgrammeHolder(_ reader: inout HSDSObjectReader) throws {
        reader.mark("name", "description", "parent_organization_id")
        for (program, place) in try reader.objects("programs") {
            var programReader = try HSDSObjectReader(program, at: place, report: &report)
            programReader.mark("organization_id", "name", "description")
            if let programme = try programReader.carriedValue(.programmeRecord, as: Programme.self) {
                programmeIDs[try programReader.id()] = programmeIDs[try programReader.id()] ?? programme.id
                programmes.append(programme)
            }
            programReader.reportUnused(into: &report)
        }
    }

    private mutating func readProgram(_ reader: inout HSDSObjectReader) throws {
        let uuid = try reader.id()
        reader.mark("organization_id")
        let name = try reader.string("name")
        let description = HSDSRecovery.description(try reader.string("description"))
        var pathway = Pathway(
            id: .init(reader.carried(.id).first ?? uuid), name: try reader.carriedValue(.name, as: LocalizedText.self) ?? HSDSRecovery.name(name))
        pathway.summary = try reader.carriedValue(.summary, as: LocalizedText.self) ?? description
        pathway.audiences = reader.vocabulary(Audience.self)
        pathway.conditions = reader.diagnoses
        pathway.steps = try reader.carried(.pathwayStep, as: PathwayStep.self)
        pathways.append(pathway)
    }

    // MARK: Providers

    mutating func readOrganization(_ reader: inout HSDSObjectReader) throws {
        let uuid = try reader.id()
        let fromMestring = reader.isFromMestring
        let id = Provider.ID(reader.carried(.id).first ?? uuid)
        if providerIDs[uuid] == nil { providerIDs[uuid] = id }
        let name = try reader.string("name")
        var provider = Provider(
            id: id, name: try reader.carriedValue(.name, as: LocalizedText.self) ?? HSDSRecovery.name(name))
        provider.kind = reader.vocabulary(ProviderKind.self).first
        if fromMestring { reader.mark("description") }
        provider.email = try reader.string("email") ?? reader.carried(.email).first
        provider.website = try reader.string("website") ?? reader.carried(.website).first
        provider.phone = try reader.objects("phones").first.map { phone, place in try Self.phoneNumber(phone, place) } ?? nil
        if let parent = try reader.string("parent_organization_id") { provider.parent = Provider.ID(parent) }
        if let parent = reader.carried(.parent).first { provider.parent = Provider.ID(parent) }
        for (identifier, place) in try reader.objects("organization_identifiers") {
            var identifierReader = try HSDSObjectReader(identifier, at: place, report: &report)
            let scheme = try identifierReader.string("identifier_scheme")
            let type = try identifierReader.string("identifier_type")
            let value = try identifierReader.string("identifier")
            identifierReader.mark("organization_id")
            if provider.organisationNumber == nil, scheme == "NO-BRC" || type?.lowercased() == "organisasjonsnummer", let value {
                provider.organisationNumber = OrganisationNumber(value)
                identifierReader.reportUnused(into: &report)
            } else {
                report.unmapped.append(.init(place: place.path, reason: "an organisation identifier outside the Norwegian register (NO-BRC)"))
            }
        }
        for (contact, place) in try reader.objects("contacts") {
            var contactReader = try HSDSObjectReader(contact, at: place, report: &report)
            guard try contactReader.string("title") == "Koordinerende enhet", provider.coordinatingUnit == nil else {
                report.unmapped.append(.init(place: place.path, reason: "an organisation's contact other than its coordinating unit"))
                continue
            }
            contactReader.mark("organization_id")
            let phone = try contactReader.objects("phones").first.map { phone, place in try Self.phoneNumber(phone, place) } ?? nil
            let unit = HSDSRecovery.coordinatingUnit(name: try contactReader.string("name"), phone: phone, email: try contactReader.string("email"))
            provider.coordinatingUnit = try reader.carriedValue(.coordinatingUnit, as: CoordinatingUnit.self) ?? unit
            contactReader.reportUnused(into: &report)
        }
        provider.municipalities = reader.carried(.municipality).map(MunicipalityNumber.init)
        provider.healthTrust = reader.carried(.healthTrust).first
        providers.append(provider)
        try readServices(&reader, organization: uuid)
        if !fromMestring, !(try reader.objects("programs")).isEmpty {
            report.unmapped.append(.init(place: reader.place.describe("programs"), reason: "programs of a foreign feed have no ordered steps or care stages to make pathways of"))
        }
    }

    private static func phoneNumber(_ phone: JSONNode, _ place: HSDSPlace) throws -> String? {
        guard let number = try phone.member("number"), !number.isNull else { return nil }
        guard number.isString else { throw place.error("number", "expected a string, found \(number.kindDescription)") }
        return try number.string()
    }

    private mutating func readServices(_ reader: inout HSDSObjectReader, organization: String?) throws {
        for (service, place) in try reader.objects("services") {
            var serviceReader = try HSDSObjectReader(service, at: place, report: &report)
            try readService(&serviceReader, organization: organization)
            serviceReader.reportUnused(into: &report)
        }
    }

    /// The providers, with parents resolved from UUIDs to Mestring identifiers.
    private func resolvedProviders() -> [Provider] {
        providers.map { provider in
            var resolved = provider
            if let parent = provider.parent, let id = providerIDs[parent.rawValue] { resolved.parent = id }
            return resolved
        }
    }

    /// The offers in the catalogue's order, with providers resolved from UUIDs. Only a catalogue
    /// whose services are nested in another order carries positions at all; the offers are then
    /// moved from the parts' buffers straight into that order, each once.
    private mutating func orderedOffers() -> [Offer] {
        var order = Array(positions.indices)
        if positions.contains(where: { $0 != nil }) {
            order.sort { lhs, rhs in (positions[lhs] ?? Int.max, lhs) < (positions[rhs] ?? Int.max, rhs) }
        }
        var offers = RecordBuffer.joined(self.offers, order: order)
        self.offers = [RecordBuffer(capacity: 1024)]
        // Through the buffer, so that changing a field never copies an offer.
        offers.withUnsafeMutableBufferPointer { offers in
            for (index, read) in order.enumerated() {
                if let organization = organizations[read], organization != HSDSExporter.catalogueID {
                    offers[index].provider = providerIDs[organization] ?? Provider.ID(organization)
                }
                if let program = offers[index].programme, let id = programmeIDs[program.rawValue] { offers[index].programme = id }
            }
        }
        return offers
    }

    mutating func append(_ offer: Offer, position: Int?, organization: String?) {
        offers[offers.count - 1].append(offer)
        positions.append(position)
        organizations.append(organization)
    }

    /// Adds what `later`, the importer of the next part, read: its records and report after
    /// these, the identifiers it found for UUIDs this one has none for (the first reading wins,
    /// as in one pass), and its catalogue record if it read one (the last wins).
    mutating func append(_ later: HSDSImporter) {
        report.unmapped += later.report.unmapped
        report.assumed += later.report.assumed
        info = later.info ?? info
        providers += later.providers
        people += later.people
        pathways += later.pathways
        programmes += later.programmes
        evaluations += later.evaluations
        programmeIDs.merge(later.programmeIDs) { earlier, _ in earlier }
        providerIDs.merge(later.providerIDs) { earlier, _ in earlier }
        offers += later.offers  // the buffers, to be moved into one array by `catalog()`
        positions += later.positions
        organizations += later.organizations
    }
}
