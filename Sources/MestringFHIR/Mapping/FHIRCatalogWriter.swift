import Mestring

/// Turns a catalogue into FHIR R4 resources, in the order a reader meets them: the catalogue's
/// description, organisations, people, municipalities, offers (each followed by its care team),
/// pathways, programmes and evaluations. Mapping in `Documentation/FHIR.md`.
struct FHIRCatalogWriter {
    var ids = FHIRResourceIDs()
    private var recordUUIDs: [RecordKind: [String]] = [:]

    /// Hands `body` the resources of the catalogue one by one, each with its `urn:uuid:` full
    /// URL: a resource is written out and freed before the next is made, so that a national
    /// catalogue is never held a second time as resource models.
    static func forEachEntry(of catalog: Catalog, _ body: (FHIRBundle.Entry) -> Void) {
        var writer = FHIRCatalogWriter()
        writer.assignIDs(catalog)
        writer.write(catalog, to: body)
    }

    private mutating func assignIDs(_ catalog: Catalog) {
        func assign<Record: CatalogRecord>(_ records: RecordCollection<Record>) {
            var seen: [String: Int] = [:]
            recordUUIDs[Record.recordKind] = records.map { record in
                let occurrence = seen[record.id.rawValue, default: 0]
                seen[record.id.rawValue] = occurrence + 1
                return ids.assign(Record.recordKind, record.id.rawValue, occurrence: occurrence)
            }
        }
        assign(catalog.providers)
        assign(catalog.people)
        assign(catalog.offers)
        assign(catalog.pathways)
        assign(catalog.programmes)
        assign(catalog.evaluations)
    }

    private func write(_ catalog: Catalog, to body: (FHIRBundle.Entry) -> Void) {
        func add(_ uuid: String, _ resource: FHIRResource) {
            body(FHIRBundle.Entry(fullUrl: "urn:uuid:" + uuid, resource: resource))
        }
        if let basic = catalogInfo(catalog.info) { add(FHIRResourceIDs.uuid("catalog-info"), .basic(basic)) }
        for (index, provider) in catalog.providers.enumerated() {
            add(recordUUIDs[.provider]![index], .organization(organization(provider, recordUUIDs[.provider]![index])))
        }
        for (index, person) in catalog.people.enumerated() {
            add(recordUUIDs[.person]![index], .practitionerRole(practitionerRole(person, recordUUIDs[.person]![index])))
        }
        var municipalities = Set<MunicipalityNumber>()
        for offer in catalog.offers {
            for municipality in offer.municipalities where municipalities.insert(municipality).inserted {
                add(Self.locationUUID(municipality), .location(location(municipality)))
            }
        }
        for (index, offer) in catalog.offers.enumerated() {
            let uuid = recordUUIDs[.offer]![index]
            add(uuid, .healthcareService(healthcareService(offer, uuid)))
            if !offer.involvement.isEmpty {
                let teamUUID = FHIRResourceIDs.uuid("care-team", uuid)
                add(teamUUID, .careTeam(careTeam(offer, offerUUID: uuid, teamUUID)))
            }
        }
        for (index, pathway) in catalog.pathways.enumerated() {
            add(recordUUIDs[.pathway]![index], .planDefinition(planDefinition(pathway, recordUUIDs[.pathway]![index])))
        }
        for (index, programme) in catalog.programmes.enumerated() {
            add(recordUUIDs[.programme]![index], .planDefinition(planDefinition(programme, recordUUIDs[.programme]![index])))
        }
        for (index, evaluation) in catalog.evaluations.enumerated() {
            add(recordUUIDs[.evaluation]![index], .basic(basic(evaluation, recordUUIDs[.evaluation]![index])))
        }
    }

    static func locationUUID(_ municipality: MunicipalityNumber) -> String {
        FHIRResourceIDs.uuid("municipality", municipality.rawValue)
    }

    private static func identifier(_ kind: RecordKind, _ id: String) -> [FHIRIdentifier] {
        [FHIRIdentifier(system: FHIRSystems.identifierSystem(kind), value: id)]
    }

    private static func url(_ mestringExtension: MestringExtension) -> String { mestringExtension.url }

    // MARK: Catalogue

    private func catalogInfo(_ info: CatalogInfo) -> FHIRBasic? {
        guard
            let info = FHIRExtension.complex(
                Self.url(.catalogInfo),
                [
                    info.title.map { .string("title", $0) }, info.publisher.map { .string("publisher", $0) },
                    info.updated.map { .date("updated", $0) }, info.notice.map { .string("notice", $0) },
                ])
        else { return nil }
        return FHIRBasic(
            id: FHIRResourceIDs.uuid("catalog-info"), extension: [info],
            code: FHIRCodeableConcept(coding: [FHIRCoding(system: RecordKind.fhirSystem, code: "catalog-info")]))
    }

    // MARK: Providers

    private func organization(_ provider: Provider, _ uuid: String) -> FHIROrganization {
        var identifiers = Self.identifier(.provider, provider.id.rawValue)
        if let number = provider.organisationNumber {
            identifiers.append(FHIRIdentifier(system: FHIRSystems.organisationNumber, value: number.rawValue))
        }
        var extensions: [FHIRExtension] = provider.municipalities.map {
            .coding(Self.url(.servedMunicipality), Self.municipalityCoding($0))
        }
        if let trust = provider.healthTrust { extensions.append(.string(Self.url(.healthTrust), trust)) }
        var types: [FHIRCodeableConcept] = []
        if let kind = stated(provider.kind) {
            types = [FHIRCodeableConcept(coding: [kind.fhirCoding]), FHIRCodeableConcept(coding: [kind.level.fhirCoding])]
        }
        let (name, nameElement) = FHIRText.write(provider.name)
        var contacts: [FHIROrganization.Contact]?
        if let unit = provider.coordinatingUnit {
            contacts = [
                FHIROrganization.Contact(
                    purpose: FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.codeSystemBase + "contact-purpose", code: "coordinating-unit", display: "koordinerende enhet")]),
                    name: unit.name.isEmpty ? nil : FHIRHumanName(text: unit.name),
                    telecom: Self.telecom(phone: unit.phone, email: unit.email, web: nil))
            ]
        }
        return FHIROrganization(
            id: uuid, meta: FHIRMeta(profile: [FHIRSystems.organizationProfile]), extension: extensions.nonEmpty,
            identifier: identifiers, type: types.isEmpty ? nil : types, name: name, _name: nameElement,
            telecom: Self.telecom(phone: provider.phone, email: provider.email, web: provider.website),
            partOf: provider.parent.map { ids.reference(.provider, $0.rawValue) }, contact: contacts)
    }

    private static func telecom(phone: String?, email: String?, web: String?, marker: FHIRExtension? = nil) -> [FHIRContactPoint]? {
        let points = [("phone", phone), ("email", email), ("url", web)].compactMap { system, value in
            value.map { FHIRContactPoint(extension: marker.map { [$0] }, system: system, value: $0) }
        }
        return points.isEmpty ? nil : points
    }

    static func municipalityCoding(_ municipality: MunicipalityNumber) -> FHIRCoding {
        FHIRCoding(system: FHIRSystems.municipalityNumber, code: municipality.rawValue, display: municipality.name)
    }

    // MARK: Municipalities

    private func location(_ municipality: MunicipalityNumber) -> FHIRLocation {
        var code = FHIRExtension(url: FHIRSystems.municipalityCodeExtension)
        code.valueCoding = Self.municipalityCoding(municipality)
        return FHIRLocation(
            id: Self.locationUUID(municipality), meta: FHIRMeta(profile: [FHIRSystems.locationProfile]),
            name: municipality.name ?? municipality.rawValue, mode: "kind",
            physicalType: FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.locationPhysicalType, code: "jdn", display: "Jurisdiction")]),
            address: FHIRAddress(district: municipality.name ?? municipality.rawValue, _district: FHIRElement(extension: [code]), country: "NO"))
    }
}
