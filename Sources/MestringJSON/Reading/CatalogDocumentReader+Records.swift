import Mestring
import MestringAdapterKit

extension CatalogDocumentReader {
    /// A provider: members as `Provider`'s synthesized `Decodable` reads them, required ones first.
    static func provider(_ node: JSONNode) throws -> Provider {
        var provider = Provider(id: "", name: LocalizedText())
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); provider.id = try stringValue(value)
            case "name": try seen.insert(1); provider.name = try text(value)
            case "municipalities": try seen.insert(2); provider.municipalities = try list(value, stringValue)
            case "kind": try seen.insert(3); provider.kind = try optional(value, enumeration)
            case "organisationNumber": try seen.insert(4); provider.organisationNumber = try optional(value, stringValue)
            case "healthTrust": try seen.insert(5); provider.healthTrust = try optional(value, string)
            case "parent": try seen.insert(6); provider.parent = try optional(value, stringValue)
            case "coordinatingUnit": try seen.insert(7); provider.coordinatingUnit = try optional(value, coordinatingUnit)
            case "website": try seen.insert(8); provider.website = try optional(value, string)
            case "phone": try seen.insert(9); provider.phone = try optional(value, string)
            case "email": try seen.insert(10); provider.email = try optional(value, string)
            default: return false
            }
            return true
        }
        try seen.require(first: 3)
        return provider
    }

    static func coordinatingUnit(_ node: JSONNode) throws -> CoordinatingUnit {
        var unit = CoordinatingUnit(name: "")
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "name": try seen.insert(0); unit.name = try value.string()
            case "phone": try seen.insert(1); unit.phone = try optional(value, string)
            case "email": try seen.insert(2); unit.email = try optional(value, string)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return unit
    }

    /// A person: members as `Person`'s synthesized `Decodable` reads them, required ones first.
    static func person(_ node: JSONNode) throws -> Person {
        var person = Person(id: "", name: Personal(""), role: .peerHelper)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); person.id = try stringValue(value)
            case "name": try seen.insert(1); person.name = try personal(value)
            case "role": try seen.insert(2); person.role = try enumeration(value)
            case "livedExperience": try seen.insert(3); person.livedExperience = try list(value, livedExperience)
            case "listingConsent": try seen.insert(4); person.listingConsent = try value.bool()
            case "affiliation": try seen.insert(5); person.affiliation = try optional(value, stringValue)
            case "profession": try seen.insert(6); person.profession = try optional(value, enumeration)
            case "appointedBy": try seen.insert(7); person.appointedBy = try optional(value, enumeration)
            case "healthPedagogy": try seen.insert(8); person.healthPedagogy = try optional(value, healthPedagogy)
            case "peerTraining": try seen.insert(9); person.peerTraining = try optional(value, peerTraining)
            case "contact": try seen.insert(10); person.contact = try optional(value, contact)
            default: return false
            }
            return true
        }
        try seen.require(first: 5)
        return person
    }

    static func livedExperience(_ node: JSONNode) throws -> LivedExperience {
        var experience = LivedExperience(kind: .ownIllness)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "kind": try seen.insert(0); experience.kind = try enumeration(value)
            case "diagnoses": try seen.insert(1); experience.diagnoses = try list(value, diagnosis)
            case "notes": try seen.insert(2); experience.notes = try optional(value, personal)
            default: return false
            }
            return true
        }
        try seen.require(first: 2)
        return experience
    }

    static func healthPedagogy(_ node: JSONNode) throws -> HealthPedagogyCompetence {
        var competence = HealthPedagogyCompetence(basis: "")
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "basis": try seen.insert(0); competence.basis = try value.string()
            case "completed": try seen.insert(1); competence.completed = try optional(value, date)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return competence
    }

    static func peerTraining(_ node: JSONNode) throws -> PeerTraining {
        var training = PeerTraining(programme: "")
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "programme": try seen.insert(0); training.programme = try value.string()
            case "completed": try seen.insert(1); training.completed = try optional(value, date)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return training
    }

    static func contact(_ node: JSONNode) throws -> PersonalContact {
        var contact = PersonalContact()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "phone": try seen.insert(0); contact.phone = try optional(value, personal)
            case "email": try seen.insert(1); contact.email = try optional(value, personal)
            default: return false
            }
            return true
        }
        return contact
    }

    /// A pathway: members as `Pathway`'s synthesized `Decodable` reads them, required ones first.
    static func pathway(_ node: JSONNode) throws -> Pathway {
        var pathway = Pathway(id: "", name: LocalizedText())
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); pathway.id = try stringValue(value)
            case "name": try seen.insert(1); pathway.name = try text(value)
            case "audiences": try seen.insert(2); pathway.audiences = try list(value, enumeration)
            case "conditions": try seen.insert(3); pathway.conditions = try list(value, diagnosis)
            case "steps": try seen.insert(4); pathway.steps = try list(value, pathwayStep)
            case "summary": try seen.insert(5); pathway.summary = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 5)
        return pathway
    }

    static func pathwayStep(_ node: JSONNode) throws -> PathwayStep {
        var step = PathwayStep(stage: .prevention)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "stage": try seen.insert(0); step.stage = try enumeration(value)
            case "offer": try seen.insert(1); step.offer = try optional(value, stringValue)
            case "offerKind": try seen.insert(2); step.offerKind = try optional(value, enumeration)
            case "level": try seen.insert(3); step.level = try optional(value, enumeration)
            case "handOver": try seen.insert(4); step.handOver = try optional(value, text)
            case "handOverUnit": try seen.insert(5); step.handOverUnit = try optional(value, stringValue)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return step
    }

    /// A programme: members as `Programme`'s synthesized `Decodable` reads them, required ones first.
    static func programme(_ node: JSONNode) throws -> Programme {
        var programme = Programme(id: "", name: LocalizedText())
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); programme.id = try stringValue(value)
            case "name": try seen.insert(1); programme.name = try text(value)
            case "audiences": try seen.insert(2); programme.audiences = try list(value, enumeration)
            case "stages": try seen.insert(3); programme.stages = try list(value, enumeration)
            case "requiredRoles": try seen.insert(4); programme.requiredRoles = try list(value, enumeration)
            case "requiredExperience": try seen.insert(5); programme.requiredExperience = try list(value, enumeration)
            case "summary": try seen.insert(6); programme.summary = try optional(value, text)
            case "owner": try seen.insert(7); programme.owner = try optional(value, stringValue)
            case "guide": try seen.insert(8); programme.guide = try optional(value, string)
            case "kind": try seen.insert(9); programme.kind = try optional(value, enumeration)
            case "format": try seen.insert(10); programme.format = try optional(value, enumeration)
            default: return false
            }
            return true
        }
        try seen.require(first: 6)
        return programme
    }

    /// An evaluation: members as `Evaluation`'s synthesized `Decodable` reads them, required ones first.
    static func evaluation(_ node: JSONNode) throws -> Evaluation {
        var evaluation = Evaluation(id: "", offer: "", date: LocalDate(year: 0, month: 0, day: 0))
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); evaluation.id = try stringValue(value)
            case "offer": try seen.insert(1); evaluation.offer = try stringValue(value)
            case "date": try seen.insert(2); evaluation.date = try date(value)
            case "roles": try seen.insert(3); evaluation.roles = try list(value, enumeration)
            case "measurements": try seen.insert(4); evaluation.measurements = try list(value, measurement)
            case "participantCount": try seen.insert(5); evaluation.participantCount = try optional(value, integer)
            case "summary": try seen.insert(6); evaluation.summary = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 5)
        return evaluation
    }

    static func measurement(_ node: JSONNode) throws -> OutcomeMeasurement {
        var measurement = OutcomeMeasurement(outcome: .copingAndSelfEfficacy)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "outcome": try seen.insert(0); measurement.outcome = try enumeration(value)
            case "method": try seen.insert(1); measurement.method = try optional(value, enumeration)
            case "instrument": try seen.insert(2); measurement.instrument = try optional(value, string)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return measurement
    }
}
