/// The members a hand-written reader has met in one object, one bit each.
///
/// `Decodable` takes the first of two members with the same name and requires its non-optional
/// members; a reader that walks the members once cannot take "the first" without knowing about
/// the second. It gives up instead (``CatalogDocumentReader`` then lets `Decodable` read the
/// document and say what is wrong), so both ways read every file the same.
struct MemberSet {
    /// A member met twice, or a required member not met: `Decodable` words the error.
    struct NotReadByHand: Error {}

    private var bits: UInt64 = 0

    /// Notes member `number` (below 64); a repeated name is not read by hand.
    mutating func insert(_ number: Int) throws {
        let bit: UInt64 = 1 << UInt64(number)
        guard bits & bit == 0 else { throw NotReadByHand() }
        bits |= bit
    }

    /// Checks that members `0..<count`, the required ones, were all met.
    func require(first count: Int) throws {
        let mask: UInt64 = (1 << UInt64(count)) - 1
        guard bits & mask == mask else { throw NotReadByHand() }
    }
}
