/// The position of a child row under its owner, for lists nested in lists (an involvement's phases).
struct ChildKey: Hashable, Comparable {
    var owner: Int64
    var position: Int64

    /// Owner first, then position: the order child rows are stored and read in.
    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.owner, lhs.position) < (rhs.owner, rhs.position) }
}
