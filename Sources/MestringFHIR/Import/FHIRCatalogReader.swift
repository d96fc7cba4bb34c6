import Dispatch
import Foundation
import Mestring

/// Turns FHIR R4 resources into a catalogue: Mestring's own resources exactly as written, and
/// plain resources of a foreign directory as far as Mestring has a place for them, reporting the
/// rest. Mapping in `Documentation/FHIR.md`.
struct FHIRCatalogReader {
    let context: FHIRReadContext
    var references = FHIRReferenceIndex()

    init(context: FHIRReadContext, references: FHIRReferenceIndex = FHIRReferenceIndex()) {
        self.context = context
        self.references = references
    }

    /// The catalogue of the resources, in input order per record kind. Each resource is moved out
    /// of `entries` as it is read, not copied (a copy costs a reference count per element).
    ///
    /// Resources are turned into Mestring values on every processor at once, each part taking
    /// every n-th resource with its own report; the values, the report and the first error (by
    /// position) are then put together in input order, exactly as one pass would have them.
    mutating func read(_ entries: consuming [FHIRBundle.Entry]) throws -> Catalog {
        let count = entries.count
        let parts = count < 1024 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        entries.withUnsafeBufferPointer { indexRecords($0, parts: parts) }
        let partReaders = (0..<parts).map { _ in FHIRCatalogReader(context: context.part(), references: references) }
        // Part p's values lie together, in input order, from p * perPart: each is written once
        // where it is made and moved out once when put together.
        let perPart = (count + parts - 1) / parts
        nonisolated(unsafe) let converted = UnsafeMutableBufferPointer<Converted>.allocate(capacity: perPart * parts)
        nonisolated(unsafe) let failures = UnsafeMutableBufferPointer<(index: Int, made: Int, error: any Error)?>.allocate(capacity: parts)
        failures.initialize(repeating: nil)
        defer {
            failures.deinitialize()
            failures.deallocate()
            converted.deallocate()
        }
        entries.withUnsafeMutableBufferPointer { buffer in
            // Each part reads and writes only the indices `part, part + parts, …`.
            nonisolated(unsafe) let entries = buffer
            nonisolated(unsafe) let readers = partReaders
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for (slot, index) in stride(from: part, to: count, by: parts).enumerated() {
                    do {
                        var value = Converted.none
                        if let resource = entries[index].resource.take() {
                            value = try readers[part].converted(resource, fullURL: entries[index].fullUrl, index: index)
                        }
                        converted.initializeElement(at: part * perPart + slot, to: value)
                    } catch {
                        failures[part] = (index, slot, error)
                        return
                    }
                }
            }
        }
        if let first = failures.compactMap({ $0 }).min(by: { $0.index < $1.index }) {
            for part in 0..<parts {
                let made = failures[part]?.made ?? (count - part + parts - 1) / parts
                UnsafeMutableBufferPointer(rebasing: converted[(part * perPart)..<(part * perPart + made)]).deinitialize()
            }
            throw first.error
        }
        context.report.unmappedElements += partReaders.flatMap { $0.context.report.unmappedElements }.enumerated()
            .sorted { ($0.element.resourceIndex ?? -1, $0.offset) < ($1.element.resourceIndex ?? -1, $1.offset) }.map(\.element)

        var info = CatalogInfo()
        var providers: [Provider] = []
        var offers: [Offer] = []
        var people: [Person] = []
        var pathways: [Pathway] = []
        var programmes: [Programme] = []
        var evaluations: [Evaluation] = []
        var offerPositions: [String: Int] = [:]
        offerPositions.reserveCapacity(count)
        var teams: [(offer: String, involvement: [Involvement])] = []
        for index in 0..<count {
            switch converted.moveElement(from: (index % parts) * perPart + index / parts) {
            case .none: break
            case .info(let value): info = value
            case .provider(let value): providers.append(value)
            case .offer(let value, let key):
                if let key { offerPositions[key] = offers.count }
                offers.append(value)
            case .person(let value): people.append(value)
            case .pathway(let value): pathways.append(value)
            case .programme(let value): programmes.append(value)
            case .evaluation(let value): evaluations.append(value)
            case .team(let offer, let involvement): teams.append((offer, involvement))
            case .skipped(let resourceType):
                context.report.skippedResources[resourceType, default: 0] += 1
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

    /// What one resource becomes.
    enum Converted {
        case none
        case info(CatalogInfo)
        case provider(Provider)
        /// An offer and the full URL its care team refers to it by.
        case offer(Offer, key: String?)
        case person(Person)
        case pathway(Pathway)
        case programme(Programme)
        case evaluation(Evaluation)
        /// An offer's involvement, from its care team.
        case team(offer: String, [Involvement])
        /// A resource Mestring has no record for, counted by type.
        case skipped(String)
    }

    private func converted(_ resource: consuming FHIRResource, fullURL: String?, index: Int) throws -> Converted {
        let scope = FHIRReadScope(index: index, resourceType: resource.resourceType, context: context)
        let values = FHIRValueReader(scope: scope, references: references)
        switch resource {
        case .organization(let organization):
            let id = Self.mestringID(organization.identifier, .provider, fhirID: organization.id, fullURL, "Organization", index)
            return .provider(try provider(organization, id, values))
        case .healthcareService(let service):
            let id = Self.mestringID(service.identifier, .offer, fhirID: service.id, fullURL, "HealthcareService", index)
            return .offer(try offer(service, id, values), key: fullURL)
        case .practitionerRole(let role):
            guard let id = Self.ownID(role.identifier, .person) else { return .skipped("PractitionerRole") }
            return .person(try person(role, id, values))
        case .planDefinition(let plan):
            if let id = Self.ownID(plan.identifier, .pathway) { return .pathway(try pathway(plan, id, values)) }
            if let id = Self.ownID(plan.identifier, .programme) { return .programme(try programme(plan, id, values)) }
            return .skipped("PlanDefinition")
        case .careTeam(let team):
            guard let offer = team.extension?.first(where: { $0.url == MestringExtension.offer.url })?.valueReference?.reference else {
                return .skipped("CareTeam")
            }
            return .team(offer: offer, try involvement(team, values))
        case .basic(let basic):
            let coding = basic.code?.coding?.first
            if coding?.code == "catalog-info", coding?.system == RecordKind.fhirSystem { return .info(try info(basic, values)) }
            if let id = Self.ownID(basic.identifier, .evaluation) { return .evaluation(try evaluation(basic, id, values)) }
            return .skipped("Basic")
        case .location(let location):
            try self.location(location, values)
            return .none
        case .other(let type):
            return .skipped(type)
        }
    }

    /// Indexes every record's full URL and `Type/id`, so references resolve in any order.
    ///
    /// What each resource is known by is worked out on every processor, each part taking every
    /// n-th resource (it reads each resource's identifiers, which copies the resource); the index
    /// is then filled in input order, as one pass would fill it.
    private mutating func indexRecords(_ entries: UnsafeBufferPointer<FHIRBundle.Entry>, parts: Int) {
        let count = entries.count
        nonisolated(unsafe) let keys = UnsafeMutableBufferPointer<IndexKeys>.allocate(capacity: count)
        defer {
            keys.deinitialize()
            keys.deallocate()
        }
        nonisolated(unsafe) let entries = entries
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for index in stride(from: part, to: count, by: parts) {
                keys.initializeElement(at: index, to: Self.indexKeys(entries[index], index))
            }
        }
        references.reserveCapacity(count * 2)
        for index in 0..<count {
            switch keys[index] {
            case .record(let kind, let id, let fullURL, let relative): references.add(kind, id: id, keys: fullURL, relative)
            case .municipality(let municipality, let fullURL, let relative): references.add(municipality, keys: fullURL, relative)
            case .none: break
            }
        }
    }

    /// What the reference index learns from one resource, and the keys it is known by.
    private enum IndexKeys {
        case record(RecordKind, id: String, fullURL: String?, relative: String?)
        case municipality(MunicipalityNumber, fullURL: String?, relative: String?)
        case none
    }

    private static func indexKeys(_ entry: FHIRBundle.Entry, _ index: Int) -> IndexKeys {
        guard let (kind, identifiers, id, type) = entry.resource?.referenceFacts else { return .none }
        let relative = id.map { type + "/" + $0 }
        if let kind {
            return .record(kind, id: mestringID(identifiers, kind, fhirID: id, entry.fullUrl, type, index), fullURL: entry.fullUrl, relative: relative)
        } else if case .location(let location)? = entry.resource, let municipality = municipality(of: location) {
            return .municipality(municipality, fullURL: entry.fullUrl, relative: relative)
        }
        return .none
    }

    static func ownID(_ identifiers: [FHIRIdentifier]?, _ kind: RecordKind) -> String? {
        let system = FHIRSystems.identifierSystem(kind)
        return identifiers?.first { $0.system == system }?.value
    }

    /// The Mestring identifier, or for a foreign resource its FHIR id (organisations and services
    /// only), its full URL, or its type and position.
    static func mestringID(_ identifiers: [FHIRIdentifier]?, _ kind: RecordKind, fhirID: String?, _ fullURL: String?, _ resourceType: String, _ index: Int) -> String {
        if let own = ownID(identifiers, kind) { return own }
        if kind == .provider || kind == .offer, let fhirID { return fhirID }
        return fullURL ?? "\(resourceType)-\(index)"
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
