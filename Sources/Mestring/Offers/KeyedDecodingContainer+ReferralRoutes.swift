extension KeyedDecodingContainer {
    /// Reads an offer's ``Offer/routes`` as empty when the field is absent.
    ///
    /// Routes came with JSON format version 2; files of version 1 have no `routes` field and must
    /// still load. The synthesized decoding of ``Offer`` calls this overload, which is more
    /// specific than the generic `decode(_:forKey:)`, so the other fields keep their strictness.
    func decode(_ type: [ReferralRoute].Type, forKey key: Key) throws -> [ReferralRoute] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
