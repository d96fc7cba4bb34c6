/// The position of a child row under its owner, for lists nested in lists (an involvement's phases).
struct ChildKey: Hashable {
    var owner: Int64
    var position: Int64
}
