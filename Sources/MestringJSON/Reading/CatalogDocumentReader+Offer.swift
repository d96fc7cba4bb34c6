import Mestring
import MestringAdapterKit

extension CatalogDocumentReader {
    /// An offer: members as `Offer`'s synthesized `Decodable` reads them, required ones first.
    static func offer(_ node: JSONNode) throws -> Offer { try offer(node, sharing: nil) }

    /// An offer whose short lists are shared with equal ones of earlier offers through `lists`.
    static func offer(_ node: JSONNode, sharing lists: SharedLists?) throws -> Offer {
        var offer = Offer(id: "", title: LocalizedText())
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "id": try seen.insert(0); offer.id = try stringValue(value)
            case "title": try seen.insert(1); offer.title = try text(value)
            case "partners": try seen.insert(2); offer.partners = try list(value, stringValue)
            case "diagnoses": try seen.insert(3); offer.diagnoses = try list(value, diagnosis)
            case "themes": try seen.insert(4); offer.themes = try list(value, string, sharing: lists)
            case "stages": try seen.insert(5); offer.stages = try list(value, enumeration, sharing: lists)
            case "audiences": try seen.insert(6); offer.audiences = try list(value, enumeration, sharing: lists)
            case "languages": try seen.insert(7); offer.languages = try list(value, stringValue, sharing: lists)
            case "municipalities": try seen.insert(8); offer.municipalities = try list(value, stringValue, sharing: lists)
            case "involvement": try seen.insert(9); offer.involvement = try list(value) { try involvement($0, sharing: lists) }
            case "expectedOutcomes": try seen.insert(10); offer.expectedOutcomes = try list(value, enumeration, sharing: lists)
            case "requiresSpecialistCompetence": try seen.insert(11); offer.requiresSpecialistCompetence = try value.bool()
            case "routes": try seen.insert(12); offer.routes = try optional(value) { try list($0, enumeration, sharing: lists) } ?? []
            case "summary": try seen.insert(13); offer.summary = try optional(value, text)
            case "kind": try seen.insert(14); offer.kind = try optional(value, enumeration)
            case "format": try seen.insert(15); offer.format = try optional(value, enumeration)
            case "provider": try seen.insert(16); offer.provider = try optional(value, stringValue)
            case "focus": try seen.insert(17); offer.focus = try optional(value, enumeration)
            case "method": try seen.insert(18); offer.method = try optional(value, enumeration)
            case "deliveryMode": try seen.insert(19); offer.deliveryMode = try optional(value, enumeration)
            case "accessibility": try seen.insert(20); offer.accessibility = try optional(value, accessibility)
            case "eligibility": try seen.insert(21); offer.eligibility = try optional(value, eligibility)
            case "schedule": try seen.insert(22); offer.schedule = try optional(value, schedule)
            case "capacity": try seen.insert(23); offer.capacity = try optional(value, integer)
            case "price": try seen.insert(24); offer.price = try optional(value, price)
            case "signUp": try seen.insert(25); offer.signUp = try optional(value, signUp)
            case "venue": try seen.insert(26); offer.venue = try optional(value, string)
            case "website": try seen.insert(27); offer.website = try optional(value, string)
            case "programme": try seen.insert(28); offer.programme = try optional(value, stringValue)
            default: return false
            }
            return true
        }
        try seen.require(first: 12)
        return offer
    }

    static func involvement(_ node: JSONNode, sharing lists: SharedLists?) throws -> Involvement {
        var involvement = Involvement(person: "", phases: [])
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "person": try seen.insert(0); involvement.person = try stringValue(value)
            case "phases": try seen.insert(1); involvement.phases = try list(value, enumeration, sharing: lists)
            default: return false
            }
            return true
        }
        try seen.require(first: 2)
        return involvement
    }

    static func accessibility(_ node: JSONNode) throws -> Accessibility {
        var accessibility = Accessibility()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "wheelchairAccessible": try seen.insert(0); accessibility.wheelchairAccessible = try optional(value, bool)
            case "hearingLoop": try seen.insert(1); accessibility.hearingLoop = try optional(value, bool)
            case "interpreterAvailable": try seen.insert(2); accessibility.interpreterAvailable = try optional(value, bool)
            case "easyRead": try seen.insert(3); accessibility.easyRead = try optional(value, bool)
            case "notes": try seen.insert(4); accessibility.notes = try optional(value, text)
            default: return false
            }
            return true
        }
        return accessibility
    }

    static func eligibility(_ node: JSONNode) throws -> Eligibility {
        var eligibility = Eligibility()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "minimumAge": try seen.insert(0); eligibility.minimumAge = try optional(value, integer)
            case "maximumAge": try seen.insert(1); eligibility.maximumAge = try optional(value, integer)
            case "residentsOnly": try seen.insert(2); eligibility.residentsOnly = try optional(value, bool)
            case "notes": try seen.insert(3); eligibility.notes = try optional(value, text)
            default: return false
            }
            return true
        }
        return eligibility
    }

    static func schedule(_ node: JSONNode) throws -> Schedule {
        var schedule = Schedule()
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "sessions": try seen.insert(0); schedule.sessions = try list(value, session)
            case "startDate": try seen.insert(1); schedule.startDate = try optional(value, date)
            case "endDate": try seen.insert(2); schedule.endDate = try optional(value, date)
            case "sessionCount": try seen.insert(3); schedule.sessionCount = try optional(value, integer)
            case "notes": try seen.insert(4); schedule.notes = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return schedule
    }

    static func session(_ node: JSONNode) throws -> Session {
        var session = Session(date: LocalDate(year: 0, month: 0, day: 0))
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "date": try seen.insert(0); session.date = try date(value)
            case "start": try seen.insert(1); session.start = try optional(value, time)
            case "durationMinutes": try seen.insert(2); session.durationMinutes = try optional(value, integer)
            case "topic": try seen.insert(3); session.topic = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return session
    }

    static func price(_ node: JSONNode) throws -> Price {
        var price = Price(amount: 0)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "amount": try seen.insert(0); price.amount = try value.integer()
            case "notes": try seen.insert(1); price.notes = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return price
    }

    static func signUp(_ node: JSONNode) throws -> SignUp {
        var signUp = SignUp(method: .referral)
        var seen = MemberSet()
        try node.members(passingNull: true) { key, value in
            switch key {
            case "method": try seen.insert(0); signUp.method = try enumeration(value)
            case "url": try seen.insert(1); signUp.url = try optional(value, string)
            case "phone": try seen.insert(2); signUp.phone = try optional(value, string)
            case "email": try seen.insert(3); signUp.email = try optional(value, string)
            case "deadline": try seen.insert(4); signUp.deadline = try optional(value, date)
            case "instructions": try seen.insert(5); signUp.instructions = try optional(value, text)
            default: return false
            }
            return true
        }
        try seen.require(first: 1)
        return signUp
    }
}
