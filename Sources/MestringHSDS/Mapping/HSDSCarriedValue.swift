import Mestring
import MestringAdapterKit

/// A Mestring value that travels in an attribute as Mestring JSON and that the importer reads
/// straight from the nodes instead of through `Decodable`: a national feed carries several per
/// offer (accessibility, schedule, involvement), and `Codable` cost more than reading the rest of
/// the service.
///
/// A reader takes only the shape Mestring writes (known members once each, the right kinds, valid
/// values) and answers `nil` for anything else; that value then goes through `init(from:)`, so
/// that what comes back, or the error, is exactly what `Decodable` gives.
protocol HSDSCarriedValue: Decodable {
    /// The value, or `nil` when `node` is not in the shape Mestring writes.
    static func carried(_ node: JSONNode) throws -> Self?
}

extension HSDSCarriedValue {
    /// No reader of its own: a value carried rarely (once per catalogue, provider or pathway)
    /// is not worth one.
    static func carried(_ node: JSONNode) throws -> Self? { nil }
}

extension Person: HSDSCarriedValue {}
extension Evaluation: HSDSCarriedValue {}
extension Programme: HSDSCarriedValue {}
extension PathwayStep: HSDSCarriedValue {}
extension CoordinatingUnit: HSDSCarriedValue {}
extension Eligibility: HSDSCarriedValue {}
extension SignUp: HSDSCarriedValue {}
extension Price: HSDSCarriedValue {}

extension LocalizedText: HSDSCarriedValue {
    static func carried(_ node: JSONNode) throws -> LocalizedText? {
        guard node.isObject else { return nil }
        var translations: [TextLanguage: String] = [:]
        var isValid = true
        try node.members { key, value in
            guard isValid, value.isString, let language = TextLanguage(rawValue: key.name), translations[language] == nil else {
                isValid = false
                return true
            }
            translations[language] = try value.string()
            return true
        }
        return isValid ? LocalizedText(translations) : nil
    }
}

extension Accessibility: HSDSCarriedValue {
    static func carried(_ node: JSONNode) throws -> Accessibility? {
        guard node.isObject else { return nil }
        var accessibility = Accessibility()
        var isValid = true
        func flag(_ value: JSONNode, _ field: inout Bool?) throws {
            guard field == nil, let flag = try? value.bool() else { return isValid = false }
            field = flag
        }
        try node.members { key, value in
            switch key {
            case "wheelchairAccessible": try flag(value, &accessibility.wheelchairAccessible)
            case "hearingLoop": try flag(value, &accessibility.hearingLoop)
            case "interpreterAvailable": try flag(value, &accessibility.interpreterAvailable)
            case "easyRead": try flag(value, &accessibility.easyRead)
            case "notes":
                guard accessibility.notes == nil, let notes = try LocalizedText.carried(value) else { isValid = false; break }
                accessibility.notes = notes
            default: isValid = false
            }
            return true
        }
        return isValid ? accessibility : nil
    }
}

extension Involvement: HSDSCarriedValue {
    static func carried(_ node: JSONNode) throws -> Involvement? {
        guard node.isObject else { return nil }
        var person: String?
        var phases: [InvolvementPhase]?
        var isValid = true
        try node.members { key, value in
            switch key {
            case "person":
                guard person == nil, value.isString else { isValid = false; break }
                person = try value.string()
            case "phases":
                guard phases == nil, let list = try Self.phases(value) else { isValid = false; break }
                phases = list
            default: isValid = false
            }
            return true
        }
        guard isValid, let person, let phases else { return nil }
        return Involvement(person: Person.ID(person), phases: phases)
    }

    private static func phases(_ node: JSONNode) throws -> [InvolvementPhase]? {
        guard node.isArray else { return nil }
        var phases: [InvolvementPhase] = []
        var isValid = true
        try node.elements { element in
            guard isValid, element.isString, let phase = InvolvementPhase(rawValue: try element.string()) else { return isValid = false }
            phases.append(phase)
        }
        return isValid ? phases : nil
    }
}

extension Schedule: HSDSCarriedValue {
    static func carried(_ node: JSONNode) throws -> Schedule? {
        guard node.isObject else { return nil }
        var schedule = Schedule()
        var hasSessions = false
        var isValid = true
        try node.members { key, value in
            switch key {
            case "startDate":
                guard schedule.startDate == nil, let date = try Self.date(value) else { isValid = false; break }
                schedule.startDate = date
            case "endDate":
                guard schedule.endDate == nil, let date = try Self.date(value) else { isValid = false; break }
                schedule.endDate = date
            case "sessionCount":
                guard schedule.sessionCount == nil, let count = try? value.integer(Int.self) else { isValid = false; break }
                schedule.sessionCount = count
            case "sessions":
                guard !hasSessions, value.isArray else { isValid = false; break }
                hasSessions = true
                try value.elements { element in
                    guard isValid, let session = try Session.carried(element) else { return isValid = false }
                    schedule.sessions.append(session)
                }
            case "notes":
                guard schedule.notes == nil, let notes = try LocalizedText.carried(value) else { isValid = false; break }
                schedule.notes = notes
            default: isValid = false
            }
            return true
        }
        return isValid && hasSessions ? schedule : nil
    }

    /// A `YYYY-MM-DD` date, as `LocalDate` reads it.
    static func date(_ node: JSONNode) throws -> LocalDate? {
        guard node.isString else { return nil }
        return LocalDate(iso8601: try node.string())
    }
}

extension Session: HSDSCarriedValue {
    static func carried(_ node: JSONNode) throws -> Session? {
        guard node.isObject else { return nil }
        var date: LocalDate?
        var start: TimeOfDay?
        var duration: Int?
        var topic: LocalizedText?
        var isValid = true
        try node.members { key, value in
            switch key {
            case "date":
                guard date == nil, let day = try Schedule.date(value) else { isValid = false; break }
                date = day
            case "start":
                guard start == nil, value.isString, let time = TimeOfDay(text: try value.string()) else { isValid = false; break }
                start = time
            case "durationMinutes":
                guard duration == nil, let minutes = try? value.integer(Int.self) else { isValid = false; break }
                duration = minutes
            case "topic":
                guard topic == nil, let text = try LocalizedText.carried(value) else { isValid = false; break }
                topic = text
            default: isValid = false
            }
            return true
        }
        guard isValid, let date else { return nil }
        return Session(date: date, start: start, durationMinutes: duration, topic: topic)
    }
}
