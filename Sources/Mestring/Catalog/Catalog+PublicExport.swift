extension Catalog {
    /// The label that stands in for the name of a person who has not consented to be listed.
    public static let unlistedPersonName = "(ikke oppført)"

    /// A copy of the catalogue fit for publishing: every person's ``PersonalContact`` is removed,
    /// and the names of people without ``Person/listingConsent`` are replaced by
    /// ``unlistedPersonName``. Records and references are kept, so validation still works on it.
    ///
    /// ```swift
    /// try await JSONCatalogStore(fileURL: publicURL).save(catalog.publicExport())
    /// ```
    public func publicExport() -> Catalog {
        var copy = self
        copy.people = RecordCollection(
            people.map { person in
                var redacted = person
                redacted.contact = nil
                if !person.listingConsent { redacted.name = Personal(Self.unlistedPersonName) }
                return redacted
            })
        return copy
    }
}
