/// A record lent to a rule where it lies in the ``ValidationContext``'s arrays: each field read
/// through it is read in place, without copying the whole record first.
///
/// Valid only inside the call that lends it (``ValidationContext/forEachOffer(_:)``).
@dynamicMemberLookup
struct Lent<Record> {
    let address: UnsafePointer<Record>

    subscript<Value>(dynamicMember field: KeyPath<Record, Value>) -> Value { address.pointee[keyPath: field] }

    /// The record where it lies, for reading a field inside an optional part:
    /// `offer.inPlace.schedule?.startDate` reads the date in place, where `offer.schedule?.startDate`
    /// first copies the whole schedule (a reference count for each of its lists and texts, and
    /// their release).
    var inPlace: Record { unsafeAddress { address } }
}

extension Array {
    /// Calls `body` with each element and its index, in order, lent in place.
    func forEachLent(_ body: (_ position: Int, _ element: Lent<Element>) -> Void) {
        withUnsafeBufferPointer { elements in
            guard let first = elements.baseAddress else { return }
            for position in elements.indices { body(position, Lent(address: first + position)) }
        }
    }
}
