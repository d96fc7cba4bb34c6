import Mestring

extension FHIRCatalogReader {
    func readExtensions(_ list: [FHIRExtension]?, into offer: inout Offer, _ values: FHIRValueReader) throws {
        let scope = values.scope
        try values.extensions(list, "extension") { item, path in
            switch MestringExtension(url: item.url) {
            case .partner?:
                if let id = values.recordID(item.valueReference, .provider, path() + ".valueReference") { offer.partners.append(.init(id)) }
            case .focus?: offer.focus = try values.vocabulary(item.valueCoding, path() + ".valueCoding")
            case .diagnosis?: if let code = values.diagnosis(item.valueCoding, path() + ".valueCoding") { offer.diagnoses.append(code) }
            case .theme?: offer.themes.append(item.valueString ?? "")
            case .method?: offer.method = try values.vocabulary(item.valueCoding, path() + ".valueCoding")
            case .careStage?: if let stage: CareStage = try values.vocabulary(item.valueCoding, path() + ".valueCoding") { offer.stages.append(stage) }
            case .deliveryMode?: offer.deliveryMode = try values.vocabulary(item.valueCoding, path() + ".valueCoding")
            case .schedule?: offer.schedule = try schedule(item, offer.schedule?.notes, path(), values)
            case .capacity?: offer.capacity = item.valueInteger
            case .price?:
                let amount = item.extension?.first { $0.url == "amount" }?.valueMoney?.value
                guard let amount else { throw scope.malformed(path(), "a price without an amount in NOK") }
                let notes = item.extension?.first { $0.url == "notes" }
                offer.price = Price(amount: amount, notes: values.text(of: notes, path() + ".notes"))
            case .signUp?:
                let parts = item.extension ?? []
                guard let method: SignUpMethod = try values.vocabulary(parts.first { $0.url == "method" }?.valueCoding, path()) else {
                    throw scope.malformed(path(), "a sign-up without a Mestring sign-up method")
                }
                offer.signUp = SignUp(
                    method: method, deadline: try values.date(of: parts.first { $0.url == "deadline" }, path() + ".deadline"),
                    instructions: values.text(of: parts.first { $0.url == "instructions" }, path() + ".instructions"))
            case .referralRoute?:
                if let route: ReferralRoute = try values.vocabulary(item.valueCoding, path() + ".valueCoding") { offer.routes.append(route) }
            case .expectedOutcome?:
                if let outcome: Outcome = try values.vocabulary(item.valueCoding, path() + ".valueCoding") { offer.expectedOutcomes.append(outcome) }
            case .requiresSpecialistCompetence?: offer.requiresSpecialistCompetence = item.valueBoolean ?? false
            default: return false
            }
            return true
        }
    }

    private func schedule(_ item: FHIRExtension, _ notes: LocalizedText?, _ path: @autoclosure () -> String, _ values: FHIRValueReader) throws -> Schedule {
        var schedule = Schedule(notes: notes)
        try values.extensions(item.extension, path() + ".extension") { part, partPath in
            switch part.url {
            case "start-date": schedule.startDate = try values.date(of: part, partPath())
            case "end-date": schedule.endDate = try values.date(of: part, partPath())
            case "session-count": schedule.sessionCount = part.valueInteger
            case "session":
                let fields = part.extension ?? []
                guard let date = try values.date(of: fields.first { $0.url == "date" }, partPath()) else {
                    throw values.scope.malformed(partPath(), "a session without a date")
                }
                schedule.sessions.append(
                    Session(
                        date: date, start: try values.time(fields.first { $0.url == "start" }?.valueTime, partPath() + ".start"),
                        durationMinutes: fields.first { $0.url == "duration-minutes" }?.valueInteger,
                        topic: values.text(of: fields.first { $0.url == "topic" }, partPath() + ".topic")))
            default: return false
            }
            return true
        }
        return schedule
    }
}

extension MestringExtension {
    private static let byURL: [String: MestringExtension] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.url, $0) })

    /// The Mestring extension with this URL.
    init?(url: String) {
        guard let value = Self.byURL[url] else { return nil }
        self = value
    }
}
