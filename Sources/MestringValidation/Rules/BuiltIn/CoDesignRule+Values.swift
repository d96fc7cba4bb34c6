import Mestring

extension CoDesignRule {
    /// `integrity.date`: dates exist, periods end after they start, sessions fall inside them.
    public static let date = CoDesignRule(
        id: "integrity.date", severity: .error,
        title: BilingualText("Dates are real and in order", "Datoene finnes og kommer i riktig rekkefølge"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Dates decide what a user can sign up for and when to come. A date that does not exist (30 February), an offer that ends before it starts, or a session outside the offer's period is a typo that hides the offer or sends people on the wrong day. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Datoene avgjør hva brukeren kan melde seg på, og når hen skal møte. En dato som ikke finnes (30. februar), et tilbud som slutter før det starter, eller en samling utenfor tilbudets periode er en skrivefeil som skjuler tilbudet eller sender folk dit på feil dag. Samskapingsregel 8.")
    ) { context, findings in
        if let updated = context.catalog.info.updated, !updated.isValid {
            findings.reportCatalogue(field: "info.updated", invalidDate(updated), fix: writeRealDate)
        }
        context.forEachOffer { position, offer in
            if let deadline = offer.inPlace.signUp?.deadline, !deadline.isValid {
                findings.report(offer.id, at: position, field: "signUp.deadline", invalidDate(deadline), fix: writeRealDate)
            }
            guard let sessions = offer.inPlace.schedule?.sessions else { return }
            let startDate = offer.inPlace.schedule?.startDate, endDate = offer.inPlace.schedule?.endDate
            if let start = startDate, !start.isValid {
                findings.report(offer.id, at: position, field: "schedule.startDate", invalidDate(start), fix: writeRealDate)
            }
            if let end = endDate, !end.isValid {
                findings.report(offer.id, at: position, field: "schedule.endDate", invalidDate(end), fix: writeRealDate)
            }
            let start = startDate.flatMap { $0.isValid ? $0 : nil }
            let end = endDate.flatMap { $0.isValid ? $0 : nil }
            let isOrdered = start.flatMap { start in end.map { start <= $0 } } ?? true
            if let start, let end, !isOrdered {
                findings.report(
                    offer.id, at: position, field: "schedule.endDate",
                    BilingualText(
                        "The offer ends (\(end)) before it starts (\(start)).",
                        "Tilbudet slutter (\(end)) før det starter (\(start))."),
                    fix: BilingualText(
                        "Correct the start or end date; they may be swapped.",
                        "Rett start- eller sluttdatoen; de kan være byttet om."))
            }
            for (index, session) in sessions.enumerated() {
                // Made only for a finding: building it for every session of 100,000 offers cost more than the checks.
                func field() -> String { "schedule.sessions[\(index)].date" }
                guard session.date.isValid else {
                    findings.report(offer.id, at: position, field: field(), invalidDate(session.date), fix: writeRealDate)
                    continue
                }
                let isOutside = start.map { session.date < $0 } ?? false || end.map { session.date > $0 } ?? false
                guard isOrdered, isOutside else { continue }
                let period = "\(start?.iso8601 ?? "…")–\(end?.iso8601 ?? "…")"
                findings.report(
                    offer.id, at: position, field: field(),
                    BilingualText(
                        "The session on \(session.date) is outside the offer's period \(period).",
                        "Samlingen \(session.date) er utenfor tilbudets periode \(period)."),
                    fix: BilingualText(
                        "Correct the session's date, or the offer's start or end date.",
                        "Rett datoen for samlingen, eller tilbudets start- eller sluttdato."))
            }
        }
        for position in context.people.indices {
            let person = context.people[position]
            // A person's dates are not quoted: everything about a named person stays out of messages.
            let training = [("healthPedagogy.completed", person.healthPedagogy?.completed), ("peerTraining.completed", person.peerTraining?.completed)]
            for (field, date) in training {
                guard let date, !date.isValid else { continue }
                findings.report(
                    person.id, at: position, field: field,
                    BilingualText("The completion date is not a real date.", "Datoen for fullføring er ikke en gyldig dato."),
                    fix: writeRealDate)
            }
        }
    }

    private static func invalidDate(_ date: LocalDate) -> BilingualText {
        BilingualText("\(date) is not a real date.", "\(date) er ikke en gyldig dato.")
    }

    private static let writeRealDate = BilingualText(
        "Write the date as YYYY-MM-DD with a month and a day that exist.",
        "Skriv datoen som ÅÅÅÅ-MM-DD med en måned og en dag som finnes.")

    /// `integrity.age`: age limits lie in 0...120, and the minimum is not above the maximum.
    public static let age = CoDesignRule(
        id: "integrity.age", severity: .error,
        title: BilingualText(
            "Age limits lie between 0 and 120, the minimum not above the maximum",
            "Aldersgrensene ligger mellom 0 og 120, og minstealderen er ikke over høyeste alder"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Users, patients and next of kin shall have equal access regardless of age (seed 003: «likeverdig tilgang på lærings- og mestringstilbud uavhengig av alder»), so age limits must be meant: an impossible limit shuts everyone out. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Brukere, pasienter og pårørende skal ha likeverdig tilgang uavhengig av alder (kilde 003: «likeverdig tilgang på lærings- og mestringstilbud uavhengig av alder»), så aldersgrensene må være ment: en umulig grense stenger alle ute. Samskapingsregel 8.")
    ) { context, findings in
        let fix = BilingualText(
            "Give ages in whole years between 0 and 120, or leave the limit out.",
            "Oppgi alder i hele år mellom 0 og 120, eller utelat grensen.")
        context.forEachOffer { position, offer in
            let minimumAge = offer.inPlace.eligibility?.minimumAge, maximumAge = offer.inPlace.eligibility?.maximumAge
            if let minimum = minimumAge, !(0...120).contains(minimum) {
                findings.report(offer.id, at: position, field: "eligibility.minimumAge", ageOutsideRange(minimum), fix: fix)
            }
            if let maximum = maximumAge, !(0...120).contains(maximum) {
                findings.report(offer.id, at: position, field: "eligibility.maximumAge", ageOutsideRange(maximum), fix: fix)
            }
            if let minimum = minimumAge, let maximum = maximumAge,
                (0...120).contains(minimum), (0...120).contains(maximum), minimum > maximum
            {
                findings.report(
                    offer.id, at: position, field: "eligibility.maximumAge",
                    BilingualText(
                        "The maximum age \(maximum) is below the minimum age \(minimum).",
                        "Høyeste alder \(maximum) er lavere enn minstealderen \(minimum)."),
                    fix: BilingualText(
                        "Correct the limits; they may be swapped.", "Rett grensene; de kan være byttet om."))
            }
        }
    }

    private static func ageOutsideRange(_ age: Int) -> BilingualText {
        BilingualText("The age \(age) is outside 0–120.", "Alderen \(age) er utenfor 0–120.")
    }

    /// `integrity.quantity`: capacity, session counts and durations are positive, prices not negative.
    public static let quantity = CoDesignRule(
        id: "integrity.quantity", severity: .error,
        title: BilingualText(
            "Capacity, session counts, durations and prices make sense",
            "Antall plasser, antall samlinger, varighet og pris gir mening"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). A capacity of zero, a session count or duration that is not positive, or a negative price tells users something untrue about the offer; it is a typo or a placeholder that must not be published. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Null plasser, et antall samlinger eller en varighet som ikke er positiv, eller en negativ pris forteller brukerne noe usant om tilbudet; det er en skrivefeil eller en plassholder som ikke skal publiseres. Samskapingsregel 8.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            if let capacity = offer.capacity, capacity < 1 {
                findings.report(
                    offer.id, at: position, field: "capacity",
                    BilingualText("The capacity is \(capacity); it must be at least 1.", "Antall plasser er \(capacity); det må være minst 1."),
                    fix: BilingualText(
                        "Give the largest number of participants, or leave capacity out.",
                        "Oppgi høyeste antall deltakere, eller utelat capacity."))
            }
            if let amount = offer.inPlace.price?.amount, amount < 0 {
                findings.report(
                    offer.id, at: position, field: "price.amount",
                    BilingualText("The price is negative (\(amount) NOK).", "Prisen er negativ (\(amount) kr)."),
                    fix: BilingualText(
                        "Give the participant's fee in whole kroner; 0 means free.",
                        "Oppgi egenandelen i hele kroner; 0 betyr gratis."))
            }
            guard let sessions = offer.inPlace.schedule?.sessions else { return }
            if let count = offer.inPlace.schedule?.sessionCount, count < 1 {
                findings.report(
                    offer.id, at: position, field: "schedule.sessionCount",
                    BilingualText("The session count is \(count); it must be at least 1.", "Antall samlinger er \(count); det må være minst 1."),
                    fix: BilingualText(
                        "Give how many times participants meet, or leave sessionCount out.",
                        "Oppgi hvor mange ganger deltakerne møtes, eller utelat sessionCount."))
            }
            for (index, session) in sessions.enumerated() {
                guard let minutes = session.durationMinutes, minutes < 1 else { continue }
                findings.report(
                    offer.id, at: position, field: "schedule.sessions[\(index)].durationMinutes",
                    BilingualText("The session lasts \(minutes) minutes.", "Samlingen varer \(minutes) minutter."),
                    fix: BilingualText(
                        "Give the length in minutes, or leave durationMinutes out.",
                        "Oppgi varigheten i minutter, eller utelat durationMinutes."))
            }
        }
    }
}
