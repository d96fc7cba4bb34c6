extension Catalog {
    /// The label that stands in for the name of a person who has not consented to be listed.
    public static let unlistedPersonName = "(ikke oppført)"

    /// The prefix of the opaque identifiers that stand in for people who have not consented to be
    /// listed: `unlisted-person-1`, `unlisted-person-2`…
    public static let unlistedPersonPrefix = "unlisted-person-"

    /// A copy of the catalogue fit for publishing, in which nobody who has not consented to be
    /// listed can be identified.
    ///
    /// - Every person's ``PersonalContact`` is removed.
    /// - A person without ``Person/listingConsent`` gets ``unlistedPersonName`` for a name and an
    ///   opaque identifier (`unlisted-person-1`…) for an id, because publishers often make ids
    ///   from names (`sigrid-eide`). Every reference to the person (an offer's involvement)
    ///   follows, so the same person keeps the same opaque id throughout the export. The numbers
    ///   count unlisted people in catalogue order; they say nothing about the person and are not
    ///   meant to stay the same from one export to the next.
    /// - Their lived experience keeps only its ``LivedExperience/kind``, which the co-design rules
    ///   read (someone who was a young next of kin delivers SMIL); the diagnoses and notes, which
    ///   tell about their health, are dropped.
    ///
    /// Role, affiliation, profession and training describe the work, not the person's health, and
    /// stay: validation of the export finds what it finds in the full catalogue, under the opaque ids.
    ///
    /// ```swift
    /// try await JSONCatalogStore(fileURL: publicURL).save(catalog.publicExport())
    /// ```
    public func publicExport() -> Catalog {
        var copy = self
        let opaque = opaqueIdentifiersForUnlistedPeople()
        copy.people = RecordCollection(
            people.map { person in
                var redacted = person
                redacted.contact = nil
                guard !person.listingConsent else { return redacted }
                redacted.name = Personal(Self.unlistedPersonName)
                redacted.id = opaque[person.id] ?? person.id
                redacted.livedExperience = person.livedExperience.reduce(into: []) { kept, experience in
                    if !kept.contains(where: { $0.kind == experience.kind }) {
                        kept.append(LivedExperience(kind: experience.kind))
                    }
                }
                return redacted
            })
        // Where an unlisted person's record came from would keep their identifier.
        for person in people where !person.listingConsent { copy.sources.removeSource(of: person.id) }
        // A reference leads to the first person with the id, as everywhere in the catalogue.
        let references = opaque.filter { !(people[$0.key]?.listingConsent ?? true) }
        guard !references.isEmpty else { return copy }
        copy.offers = RecordCollection(
            offers.map { offer in
                var referring = offer
                for index in referring.involvement.indices {
                    let person = referring.involvement[index].person
                    referring.involvement[index].person = references[person] ?? person
                }
                return referring
            })
        return copy
    }

    /// An opaque identifier for every person without listing consent, numbered in catalogue order
    /// and never equal to an identifier a listed person keeps.
    ///
    /// When a consenting and a non-consenting record share an identifier (rule
    /// `integrity.unique-id` reports it), the non-consenting one still gets an opaque id.
    private func opaqueIdentifiersForUnlistedPeople() -> [Person.ID: Person.ID] {
        let kept = Set(people.lazy.filter { $0.listingConsent }.map(\.id.rawValue))
        var opaque: [Person.ID: Person.ID] = [:]
        var number = 0
        for person in people where !person.listingConsent && opaque[person.id] == nil {
            var candidate: String
            repeat {
                number += 1
                candidate = Self.unlistedPersonPrefix + String(number)
            } while kept.contains(candidate)
            opaque[person.id] = Person.ID(candidate)
        }
        return opaque
    }
}
