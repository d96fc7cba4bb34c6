import Foundation
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

    /// The document as compact JSON in UTF-8, one organisation a line.
    func document() -> Data {
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
        let writer = HSDSWriter()
        func services(_ indices: [Int], organization: String) {
            writer.list("services") {
                for index in indices { service(catalog.offers[index], index, organization: organization, carriesPosition: carriesPosition, writer) }
            }
        }
        let count = 1 + catalog.pathways.count + catalog.programmes.count + catalog.providers.count
        writer.page(count: count) {
            catalogue(writer) { services(orphanIndices, organization: Self.catalogueID) }
            for (index, pathway) in catalog.pathways.enumerated() { collaboration(pathway, index, writer) }
            for (index, programme) in catalog.programmes.enumerated() { programmeHolder(programme, index, writer) }
            for (index, provider) in catalog.providers.enumerated() {
                let isFirst = catalog.providers.position(of: provider.id) == index
                let indices = isFirst ? indicesByProvider[provider.id] ?? [] : []
                organization(provider, index, writer) { services(indices, organization: providerUUID(provider.id)) }
            }
        }
        return writer.takeData()
    }

    /// The UUID of a record: from its identifier, and for a repeated identifier also from its
    /// position, so that UUIDs stay unique.
    static func uuid(_ kind: RecordKind, _ id: String, position: Int, firstPosition: Int?) -> String {
        position == firstPosition ? HSDSIdentifier.uuid(kind.rawValue, id) : HSDSIdentifier.uuid(kind.rawValue, id, String(position))
    }

    func providerUUID(_ id: Provider.ID) -> String { providerUUIDs[id] ?? HSDSIdentifier.uuid(RecordKind.provider.rawValue, id.rawValue) }

    // MARK: The catalogue

    private func catalogue(_ writer: HSDSWriter, services: () -> Void) {
        writer.line(id: Self.catalogueID) {
            let info = catalog.info
            writer.set("name", info.title ?? info.publisher ?? "Mestring-katalog")
            writer.set("description", info.notice.flatMap { $0.isEmpty ? nil : $0 } ?? HSDSRecovery.undescribed)
            writer.carry(.catalogue, "mestring-catalog")
            if let title = info.title { writer.carry(.catalogueTitle, title) }
            if let publisher = info.publisher { writer.carry(.cataloguePublisher, publisher) }
            if let updated = info.updated { writer.carry(.catalogueUpdated, updated.iso8601) }
            if let notice = info.notice { writer.carry(.catalogueNotice, notice) }
            for person in catalog.people { writer.carry(.person, json: person) }
            for evaluation in catalog.evaluations { writer.carry(.evaluation, json: evaluation) }
            services()
        }
    }

    // MARK: Providers

    private func organization(_ provider: Provider, _ position: Int, _ writer: HSDSWriter, services: () -> Void) {
        let id = Self.uuid(.provider, provider.id.rawValue, position: position, firstPosition: catalog.providers.position(of: provider.id))
        writer.line(id: id) {
            writer.carry(.id, provider.id.rawValue)
            name(provider.name, writer, key: "name", carrying: .name)
            writer.set("description", provider.kind.map { "\($0.norwegianLabel) (\($0.level.norwegianLabel))" } ?? HSDSRecovery.undescribed)
            email(provider.email, writer)
            website(provider.website, writer, key: "website")
            if let parent = provider.parent {
                if catalog.providers.contains(id: parent) {
                    writer.set("parent_organization_id", providerUUID(parent))
                } else {
                    writer.carry(.parent, parent.rawValue)
                }
            }
            if let phone = provider.phone { writer.list("phones") { phoneObject(phone, owner: id, "phone", 0, writer) } }
            if let number = provider.organisationNumber {
                writer.list("organization_identifiers") {
                    writer.element(id: HSDSIdentifier.child(of: id, "organization_identifier")) {
                        writer.set("organization_id", id)
                        writer.set("identifier_scheme", "NO-BRC")
                        writer.set("identifier_type", "organisasjonsnummer")
                        writer.set("identifier", number.rawValue)
                    }
                }
            }
            if let unit = provider.coordinatingUnit {
                let contactID = HSDSIdentifier.child(of: id, "coordinating-unit")
                let email = unit.email.flatMap { HSDSValueChecks.isEmail($0) ? $0 : nil }
                writer.list("contacts") {
                    writer.element(id: contactID) {
                        writer.set("organization_id", id)
                        writer.set("name", unit.name)
                        writer.set("title", "Koordinerende enhet")
                        writer.set("email", email)
                        if let phone = unit.phone { writer.list("phones") { phoneObject(phone, owner: contactID, "phone", 0, writer) } }
                    }
                }
                if HSDSRecovery.coordinatingUnit(name: unit.name, phone: unit.phone, email: email) != unit {
                    writer.carry(.coordinatingUnit, json: unit)
                }
            }
            if let kind = provider.kind { writer.attribute(kind) }
            for municipality in provider.municipalities { writer.carry(.municipality, municipality.rawValue) }
            if let trust = provider.healthTrust { writer.carry(.healthTrust, trust) }
            services()
        }
    }

    // MARK: Pathways

    /// A pathway as an organisation standing for the collaboration across levels, holding the
    /// pathway as its one program: HSDS lets an organisation have at most one program
    /// (`programs.csv` has `organization_id` unique), and a pathway belongs to no single provider.
    private func collaboration(_ pathway: Pathway, _ position: Int, _ writer: HSDSWriter) {
        let id = Self.uuid(.pathway, pathway.id.rawValue, position: position, firstPosition: catalog.pathways.position(of: pathway.id))
        let organizationID = HSDSIdentifier.child(of: id, "collaboration")
        writer.line(id: organizationID) {
            writer.set("name", "Samarbeid om forløpet \(pathway.name.isEmpty ? HSDSRecovery.untitled : pathway.name.preferred)")
            writer.set("description", "Tilbydere som samarbeider om et helhetlig forløp (Mestring)")
            writer.set("parent_organization_id", Self.catalogueID)
            writer.carry(.pathway, pathway.id.rawValue)
            writer.list("programs") {
                writer.element(id: id) {
                    writer.set("organization_id", organizationID)
                    writer.carry(.id, pathway.id.rawValue)
                    name(pathway.name, writer, key: "name", carrying: .name)
                    writer.set("description", pathway.summary?.preferred ?? HSDSRecovery.undescribed)
                    if HSDSRecovery.description(pathway.summary?.preferred ?? HSDSRecovery.undescribed) != pathway.summary, let summary = pathway.summary {
                        writer.carry(.summary, json: summary)
                    }
                    for audience in pathway.audiences { writer.attribute(audience) }
                    for condition in pathway.conditions { writer.attribute(condition) }
                    for step in pathway.steps { writer.carry(.pathwayStep, json: step) }
                }
            }
        }
    }

    // MARK: Programmes

    /// The UUID of a programme's HSDS program.
    func programmeUUID(_ id: Programme.ID) -> String { programmeUUIDs[id] ?? HSDSIdentifier.uuid(RecordKind.programme.rawValue, id.rawValue) }

    /// A programme (such as SMIL) as an HSDS program that its offers point to with `program_id`,
    /// held by an organisation of its own under the owner, since HSDS allows one program per
    /// organisation. The whole programme travels as Mestring JSON; name, description, kind,
    /// format, audiences and stages are also written for HSDS readers.
    private func programmeHolder(_ programme: Programme, _ position: Int, _ writer: HSDSWriter) {
        let id = Self.uuid(.programme, programme.id.rawValue, position: position, firstPosition: catalog.programmes.position(of: programme.id))
        let holderID = HSDSIdentifier.child(of: id, "holder")
        writer.line(id: holderID) {
            writer.set("name", "Programmet \(programme.name.isEmpty ? HSDSRecovery.untitled : programme.name.preferred)")
            writer.set("description", "Et program for lærings- og mestringstilbud (Mestring)")
            if let owner = programme.owner, catalog.providers.contains(id: owner) { writer.set("parent_organization_id", providerUUID(owner)) }
            writer.carry(.programme, programme.id.rawValue)
            writer.list("programs") {
                writer.element(id: id) {
                    writer.set("organization_id", holderID)
                    writer.set("name", programme.name.isEmpty ? HSDSRecovery.untitled : programme.name.preferred)
                    writer.set("description", programme.summary?.preferred ?? HSDSRecovery.undescribed)
                    if let kind = programme.kind { writer.attribute(kind) }
                    if let format = programme.format { writer.attribute(format) }
                    for audience in programme.audiences { writer.attribute(audience) }
                    for stage in programme.stages { writer.attribute(stage) }
                    writer.carry(.programmeRecord, json: programme)
                }
            }
        }
    }

    // MARK: Shared pieces

    /// Writes a text's preferred translation into `key`, carrying the whole text when that alone
    /// would not give it back (other languages, or a text that is not Bokmål).
    func name(_ text: LocalizedText, _ writer: HSDSWriter, key: StaticString, carrying field: CarriedField) {
        let written = text.isEmpty ? HSDSRecovery.untitled : text.preferred
        writer.set(key, written)
        if HSDSRecovery.name(written) != text { writer.carry(field, json: text) }
    }

    func email(_ email: String?, _ writer: HSDSWriter) {
        guard let email else { return }
        if HSDSValueChecks.isEmail(email) { writer.set("email", email) } else { writer.carry(.email, email) }
    }

    func website(_ website: String?, _ writer: HSDSWriter, key: StaticString) {
        guard let website else { return }
        if HSDSValueChecks.isURI(website) { writer.set(key, website) } else { writer.carry(.website, website) }
    }

    /// A phone number as the next element of the open `phones` list.
    func phoneObject(_ number: String, owner: String, _ role: String, _ index: Int, _ writer: HSDSWriter) {
        writer.element(id: HSDSIdentifier.child(of: owner, role, index)) { writer.set("number", number) }
    }
}
