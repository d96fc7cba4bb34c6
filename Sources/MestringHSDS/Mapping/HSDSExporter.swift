import Mestring
import MestringAdapterKit

/// Turns a catalogue into an HSDS 3.0 document: a page of organisations with their services and
/// programs, as the HSDS API's `/organizations` answers with full details.
///
/// The first organisation stands for the catalogue itself (attribute `mestring-field: catalogue`):
/// it holds what belongs to no provider (the catalogue's title and notice, the people who take
/// part as attributes, and offers whose provider is not in the catalogue). Each pathway follows as
/// an organisation standing for the collaboration, with the pathway as its program. Every other
/// organisation is a provider, with its offers as services.
struct HSDSExporter {
    /// The catalogue written: the public export unless personal data was asked for.
    let catalog: Catalog

    /// An exporter; without `includesPersonalData` it writes ``Mestring/Catalog/publicExport()``,
    /// so that people's contacts and unlisted names never leave by default.
    init(catalog: Catalog, includesPersonalData: Bool) {
        self.catalog = includesPersonalData ? catalog : catalog.publicExport()
        providerUUIDs = Dictionary(self.catalog.providers.map { ($0.id, HSDSIdentifier.uuid(RecordKind.provider.rawValue, $0.id.rawValue)) }) { first, _ in first }
        programmeUUIDs = Dictionary(self.catalog.programmes.map { ($0.id, HSDSIdentifier.uuid(RecordKind.programme.rawValue, $0.id.rawValue)) }) { first, _ in first }
    }

    /// The UUIDs of the providers and programmes, made once: every service refers to one.
    private let providerUUIDs: [Provider.ID: String]
    private let programmeUUIDs: [Programme.ID: String]

    /// The UUID of the organisation that stands for the catalogue.
    static let catalogueID = HSDSIdentifier.uuid("catalogue")

    /// The document as compact JSON in UTF-8.
    func document() -> [UInt8] {
        var indicesByProvider: [Provider.ID: [Int]] = [:]
        var orphanIndices: [Int] = []
        for (index, offer) in catalog.offers.enumerated() {
            if let provider = offer.provider, catalog.providers.contains(id: provider) {
                indicesByProvider[provider, default: []].append(index)
            } else {
                orphanIndices.append(index)
            }
        }
        var firstProviders: [Provider.ID] = []
        var seen = Set<Provider.ID>()
        for provider in catalog.providers where seen.insert(provider.id).inserted { firstProviders.append(provider.id) }
        let nestedOrder = orphanIndices + firstProviders.flatMap { indicesByProvider[$0] ?? [] }
        let carriesPosition = nestedOrder != Array(catalog.offers.indices)
        func services(_ indices: [Int], organization: String) -> [HSDSObject] {
            indices.map { service(catalog.offers[$0], $0, organization: organization, carriesPosition: carriesPosition) }
        }
        var contents = [catalogue(services: services(orphanIndices, organization: Self.catalogueID))]
        contents += catalog.pathways.enumerated().map { collaboration($1, $0) }
        contents += catalog.programmes.enumerated().map { programmeHolder($1, $0) }
        for (index, provider) in catalog.providers.enumerated() {
            let isFirst = catalog.providers.position(of: provider.id) == index
            let indices = isFirst ? indicesByProvider[provider.id] ?? [] : []
            contents.append(organization(provider, index, services: services(indices, organization: providerUUID(provider.id))))
        }
        return Self.page(contents)
    }

    /// The page around the organisations: HSDS's paging fields, then one organisation a line, so
    /// that a national document stays compact yet diffs by organisation.
    static func page(_ contents: [HSDSObject]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(contents.reduce(64) { $0 + $1.bytes.count + 2 })
        output.append(contentsOf: #"{"total_items":"#.utf8)
        JSONSpelling.appendInteger(contents.count, to: &output)
        output.append(contentsOf: #","total_pages":1,"page_number":1,"size":"#.utf8)
        JSONSpelling.appendInteger(contents.count, to: &output)
        output.append(contentsOf: #","first_page":true,"last_page":true,"empty":false,"contents":["#.utf8)
        for (index, organization) in contents.enumerated() {
            output.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
            output.append(contentsOf: organization.bytes)
        }
        output.append(contentsOf: "\n]}\n".utf8)
        return output
    }

    /// The UUID of a record: from its identifier, and for a repeated identifier also from its
    /// position, so that UUIDs stay unique.
    static func uuid(_ kind: RecordKind, _ id: String, position: Int, firstPosition: Int?) -> String {
        position == firstPosition ? HSDSIdentifier.uuid(kind.rawValue, id) : HSDSIdentifier.uuid(kind.rawValue, id, String(position))
    }

    func providerUUID(_ id: Provider.ID) -> String { providerUUIDs[id] ?? HSDSIdentifier.uuid(RecordKind.provider.rawValue, id.rawValue) }

    // MARK: The catalogue

    private func catalogue(services: [HSDSObject]) -> HSDSObject {
        var builder = HSDSObjectBuilder(id: Self.catalogueID)
        let info = catalog.info
        builder.set("name", info.title ?? info.publisher ?? "Mestring-katalog")
        builder.set("description", info.notice.flatMap { $0.isEmpty ? nil : $0 } ?? HSDSRecovery.undescribed)
        builder.carry(.catalogue, "mestring-catalog")
        if let title = info.title { builder.carry(.catalogueTitle, title) }
        if let publisher = info.publisher { builder.carry(.cataloguePublisher, publisher) }
        if let updated = info.updated { builder.carry(.catalogueUpdated, updated.iso8601) }
        if let notice = info.notice { builder.carry(.catalogueNotice, notice) }
        for person in catalog.people { builder.carry(.person, json: person) }
        for evaluation in catalog.evaluations { builder.carry(.evaluation, json: evaluation) }
        builder.set("services", services)
        return builder.build()
    }

    // MARK: Providers

    private func organization(_ provider: Provider, _ position: Int, services: [HSDSObject]) -> HSDSObject {
        let id = Self.uuid(.provider, provider.id.rawValue, position: position, firstPosition: catalog.providers.position(of: provider.id))
        var builder = HSDSObjectBuilder(id: id)
        builder.carry(.id, provider.id.rawValue)
        name(provider.name, into: &builder, key: "name", carrying: .name)
        builder.set("description", provider.kind.map { "\($0.norwegianLabel) (\($0.level.norwegianLabel))" } ?? HSDSRecovery.undescribed)
        email(provider.email, into: &builder)
        website(provider.website, into: &builder, key: "website")
        if let parent = provider.parent {
            if catalog.providers.contains(id: parent) {
                builder.set("parent_organization_id", providerUUID(parent))
            } else {
                builder.carry(.parent, parent.rawValue)
            }
        }
        if let phone = provider.phone { builder.set("phones", [phoneObject(phone, owner: id, "phone", 0)]) }
        if let number = provider.organisationNumber {
            var identifier = HSDSObjectBuilder(id: HSDSIdentifier.child(of: id, "organization_identifier"))
            identifier.set("organization_id", id)
            identifier.set("identifier_scheme", "NO-BRC")
            identifier.set("identifier_type", "organisasjonsnummer")
            identifier.set("identifier", number.rawValue)
            builder.set("organization_identifiers", [identifier.build()])
        }
        if let unit = provider.coordinatingUnit {
            let contactID = HSDSIdentifier.child(of: id, "coordinating-unit")
            var contact = HSDSObjectBuilder(id: contactID)
            contact.set("organization_id", id)
            contact.set("name", unit.name)
            contact.set("title", "Koordinerende enhet")
            let email = unit.email.flatMap { HSDSValueChecks.isEmail($0) ? $0 : nil }
            contact.set("email", email)
            if let phone = unit.phone { contact.set("phones", [phoneObject(phone, owner: contactID, "phone", 0)]) }
            builder.set("contacts", [contact.build()])
            if HSDSRecovery.coordinatingUnit(name: unit.name, phone: unit.phone, email: email) != unit {
                builder.carry(.coordinatingUnit, json: unit)
            }
        }
        if let kind = provider.kind { builder.attribute(kind) }
        for municipality in provider.municipalities { builder.carry(.municipality, municipality.rawValue) }
        if let trust = provider.healthTrust { builder.carry(.healthTrust, trust) }
        builder.set("services", services)
        return builder.build()
    }

    // MARK: Pathways

    /// A pathway as an organisation standing for the collaboration across levels, holding the
    /// pathway as its one program: HSDS lets an organisation have at most one program
    /// (`programs.csv` has `organization_id` unique), and a pathway belongs to no single provider.
    private func collaboration(_ pathway: Pathway, _ position: Int) -> HSDSObject {
        let id = Self.uuid(.pathway, pathway.id.rawValue, position: position, firstPosition: catalog.pathways.position(of: pathway.id))
        let organizationID = HSDSIdentifier.child(of: id, "collaboration")
        var organization = HSDSObjectBuilder(id: organizationID)
        organization.set("name", "Samarbeid om forløpet \(pathway.name.isEmpty ? HSDSRecovery.untitled : pathway.name.preferred)")
        organization.set("description", "Tilbydere som samarbeider om et helhetlig forløp (Mestring)")
        organization.set("parent_organization_id", Self.catalogueID)
        organization.carry(.pathway, pathway.id.rawValue)
        var builder = HSDSObjectBuilder(id: id)
        builder.set("organization_id", organizationID)
        builder.carry(.id, pathway.id.rawValue)
        name(pathway.name, into: &builder, key: "name", carrying: .name)
        builder.set("description", pathway.summary?.preferred ?? HSDSRecovery.undescribed)
        if HSDSRecovery.description(pathway.summary?.preferred ?? HSDSRecovery.undescribed) != pathway.summary, let summary = pathway.summary {
            builder.carry(.summary, json: summary)
        }
        for audience in pathway.audiences { builder.attribute(audience) }
        for condition in pathway.conditions { builder.attribute(condition) }
        for step in pathway.steps { builder.carry(.pathwayStep, json: step) }
        organization.set("programs", [builder.build()])
        return organization.build()
    }

    // MARK: Programmes

    /// The UUID of a programme's HSDS program.
    func programmeUUID(_ id: Programme.ID) -> String { programmeUUIDs[id] ?? HSDSIdentifier.uuid(RecordKind.programme.rawValue, id.rawValue) }

    /// A programme (such as SMIL) as an HSDS program that its offers point to with `program_id`,
    /// held by an organisation of its own under the owner, since HSDS allows one program per
    /// organisation. The whole programme travels as Mestring JSON; name, description, kind,
    /// format, audiences and stages are also written for HSDS readers.
    private func programmeHolder(_ programme: Programme, _ position: Int) -> HSDSObject {
        let id = Self.uuid(.programme, programme.id.rawValue, position: position, firstPosition: catalog.programmes.position(of: programme.id))
        let holderID = HSDSIdentifier.child(of: id, "holder")
        var holder = HSDSObjectBuilder(id: holderID)
        holder.set("name", "Programmet \(programme.name.isEmpty ? HSDSRecovery.untitled : programme.name.preferred)")
        holder.set("description", "Et program for lærings- og mestringstilbud (Mestring)")
        if let owner = programme.owner, catalog.providers.contains(id: owner) { holder.set("parent_organization_id", providerUUID(owner)) }
        holder.carry(.programme, programme.id.rawValue)
        var builder = HSDSObjectBuilder(id: id)
        builder.set("organization_id", holderID)
        builder.set("name", programme.name.isEmpty ? HSDSRecovery.untitled : programme.name.preferred)
        builder.set("description", programme.summary?.preferred ?? HSDSRecovery.undescribed)
        if let kind = programme.kind { builder.attribute(kind) }
        if let format = programme.format { builder.attribute(format) }
        for audience in programme.audiences { builder.attribute(audience) }
        for stage in programme.stages { builder.attribute(stage) }
        builder.carry(.programmeRecord, json: programme)
        holder.set("programs", [builder.build()])
        return holder.build()
    }

    // MARK: Shared pieces

    /// Writes a text's preferred translation into `key`, carrying the whole text when that alone
    /// would not give it back (other languages, or a text that is not Bokmål).
    func name(_ text: LocalizedText, into builder: inout HSDSObjectBuilder, key: String, carrying field: CarriedField) {
        let written = text.isEmpty ? HSDSRecovery.untitled : text.preferred
        builder.set(key, written)
        if HSDSRecovery.name(written) != text { builder.carry(field, json: text) }
    }

    func email(_ email: String?, into builder: inout HSDSObjectBuilder) {
        guard let email else { return }
        if HSDSValueChecks.isEmail(email) { builder.set("email", email) } else { builder.carry(.email, email) }
    }

    func website(_ website: String?, into builder: inout HSDSObjectBuilder, key: String) {
        guard let website else { return }
        if HSDSValueChecks.isURI(website) { builder.set(key, website) } else { builder.carry(.website, website) }
    }

    func phoneObject(_ number: String, owner: String, _ role: String, _ index: Int) -> HSDSObject {
        var phone = HSDSObjectBuilder(id: HSDSIdentifier.child(of: owner, role, index))
        phone.set("number", number)
        return phone.build()
    }
}
