/// One HSDS object as compact JSON, as ``HSDSObjectBuilder`` finished it, ready to be placed in
/// its parent's list.
struct HSDSObject {
    /// The object's JSON text in UTF-8.
    let bytes: [UInt8]
}
