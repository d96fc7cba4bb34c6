import Mestring

/// Turns FHIR R4 resources into a catalogue: Mestring's own resources exactly as written, and
/// plain resources of a foreign directory as far as Mestring has a place for them, reporting the
/// rest. Mapping in `Documentation/FHIR.md`.
struct FHIRCatalogReader {
    let context: FHIRReadContext
    var references = FHIRReferenceIndex()

    init(context: FHIRReadContext) { self.context = context }

    /// The catalogue of the resources, in input order per record kind. Each resource is moved out
    /// of `entries` as it is read, not copied (a copy costs a reference count per element).
    mutating func read(_ entries: consuming [FHIRBundle.Entry]) throws -> Catalog {
        indexRecords(entries)
        var info = CatalogInfo()
        var providers: [Provider] = []
        var offers: [Offer] = []
        var people: [Person] = []
        var pathways: [Pathway] = []
        var programmes: [Programme] = []
        var evaluations: [Evaluation] = []
        var offerPositions: [String: Int] = [:]
        offerPositions.reserveCapacity(entries.count)
        var teams: [(offer: String, involvement: [Involvement])] = []
        for index in entries.indices {
            guard let resource = entries[index].resource.take() else { continue }
            let entry = entries[index]
            let scope = FHIRReadScope(index: index, resourceType: resource.resourceType, context: context)
            let values = FHIRValueReader(scope: scope, references: references)
            var read = true
            switch resource {
            case .organization(let organization):
                providers.append(try provider(organization, Self.mestringID(organization.identifier, .provider, fhirID: organization.id, entry, "Organization", index), values))
            case .healthcareService(let service):
                if let key = entry.fullUrl { offerPositions[key] = offers.count }
                offers.append(try offer(service, Self.mestringID(service.identifier, .offer, fhirID: service.id, entry, "HealthcareService", index), values))
            case .practitionerRole(let role):
                if let id = Self.ownID(role.identifier, .person) { people.append(try person(role, id, values)) } else { read = false }
            case .planDefinition(let plan):
                if let id = Self.ownID(plan.identifier, .pathway) {
                    pathways.append(try pathway(plan, id, values))
                } else if let id = Self.ownID(plan.identifier, .programme) {
                    programmes.append(try programme(plan, id, values))
                } else {
                    read = false
                }
            case .careTeam(let team):
                if let offer = team.extension?.first(where: { $0.url == MestringExtension.offer.url })?.valueReference?.reference {
                    teams.append((offer, try involvement(team, values)))
                } else {
                    read = false
                }
            case .basic(let basic):
                let coding = basic.code?.coding?.first
                if coding?.code == "catalog-info", coding?.system == RecordKind.fhirSystem {
                    info = try self.info(basic, values)
                } else if let id = Self.ownID(basic.identifier, .evaluation) {
                    evaluations.append(try evaluation(basic, id, values))
                } else {
                    read = false
                }
            case .location(let location):
                try self.location(location, values)
            case .other:
                read = false
            }
            if !read {
                context.report.skippedResources[resource.resourceType, default: 0] += 1
                context.skippedIndices.insert(index)
            }
        }
        for team in teams {
            guard let position = offerPositions[team.offer] else { continue }
            offers[position].involvement += team.involvement
        }
        return Catalog(
            info: info, providers: RecordCollection(providers), offers: RecordCollection(offers), people: RecordCollection(people),
            pathways: RecordCollection(pathways), programmes: RecordCollection(programmes), evaluations: RecordCollection(evaluations))
    }

    /// Indexes every record's full URL and `Type/id`, so references resolve in any order.
    private mutating func indexRecords(_ entries: [FHIRBundle.Entry]) {
        references.reserveCapacity(entries.count * 2)
        for (index, entry) in entries.enumerated() {
            guard let resource = entry.resource else { continue }
            let (kind, identifiers, id): (RecordKind?, [FHIRIdentifier]?, String?) =
                switch resource {
                case .organization(let value): (.provider, value.identifier, value.id)
                case .healthcareService(let value): (.offer, value.identifier, value.id)
                case .practitionerRole(let value): (.person, value.identifier, value.id)
                case .planDefinition(let value):
                    (Self.ownID(value.identifier, .programme) != nil ? .programme : .pathway, value.identifier, value.id)
                case .location(let value):
                    (nil, nil, value.id)
                default: (nil, nil, nil)
                }
            let relative = id.map { resource.resourceType + "/" + $0 }
            if let kind {
                references.add(kind, id: Self.mestringID(identifiers, kind, fhirID: id, entry, resource.resourceType, index), keys: entry.fullUrl, relative)
            } else if case .location(let location) = resource, let municipality = Self.municipality(of: location) {
                references.add(municipality, keys: entry.fullUrl, relative)
            }
        }
    }

    static func ownID(_ identifiers: [FHIRIdentifier]?, _ kind: RecordKind) -> String? {
        let system = FHIRSystems.identifierSystem(kind)
        return identifiers?.first { $0.system == system }?.value
    }

    /// The Mestring identifier, or for a foreign resource its FHIR id (organisations and services
    /// only), its full URL, or its type and position.
    static func mestringID(_ identifiers: [FHIRIdentifier]?, _ kind: RecordKind, fhirID: String?, _ entry: FHIRBundle.Entry, _ resourceType: String, _ index: Int) -> String {
        if let own = ownID(identifiers, kind) { return own }
        if kind == .provider || kind == .offer, let fhirID { return fhirID }
        return entry.fullUrl ?? "\(resourceType)-\(index)"
    }

    /// The municipality number a Location is coded with (the basis profiles' extension on the
    /// address district).
    static func municipality(of location: FHIRLocation) -> MunicipalityNumber? {
        let codes = location.address?._district?.extension?.filter { $0.url == FHIRSystems.municipalityCodeExtension } ?? []
        guard let coding = codes.first?.valueCoding, coding.system == FHIRSystems.municipalityNumber, let code = coding.code else { return nil }
        return MunicipalityNumber(code)
    }

    /// A Location that is not a coded municipality has no place of its own: its name may still
    /// reach an offer as the venue.
    private func location(_ location: FHIRLocation, _ values: FHIRValueReader) throws {
        guard Self.municipality(of: location) == nil else { return }
        values.scope.unmapped("", "a Location without a municipality number; only its name is used, as the venue of offers that refer to it")
    }

    private func info(_ basic: FHIRBasic, _ values: FHIRValueReader) throws -> CatalogInfo {
        var info = CatalogInfo()
        try values.extensions(basic.extension, "extension") { item, path in
            guard item.url == MestringExtension.catalogInfo.url else { return false }
            try values.extensions(item.extension, path() + ".extension") { part, partPath in
                switch part.url {
                case "title": info.title = part.valueString
                case "publisher": info.publisher = part.valueString
                case "updated": info.updated = try values.date(of: part, partPath())
                case "notice": info.notice = part.valueString
                default: return false
                }
                return true
            }
            return true
        }
        return info
    }
}
