import Mestring

/// Where the records of one kind are in the catalogue being built, by identifier and occurrence,
/// so that rows of nested tables find the record they belong to.
///
/// Identifiers should be unique, but an import keeps records that repeat one; the `*_occurrence`
/// column of a nested row then says which of them it belongs to (blank or 1 for the first).
struct RecordPositions<Subject> {
    private var first: [Identifier<Subject>: Int] = [:]
    private var later: [Identifier<Subject>: [Int]] = [:]
    /// The last record looked up: the rows of a nested table usually come grouped by their parent,
    /// so most look-ups compare one identifier instead of hashing it.
    private var recent: (id: Identifier<Subject>, position: Int)?

    /// Makes room for `count` records in all, so that the index is not rebuilt as it grows.
    mutating func reserveCapacity(_ count: Int) { first.reserveCapacity(count) }

    mutating func add(_ id: Identifier<Subject>, at position: Int) {
        // One hash for the usual unique identifier; a repeated one puts the first position back.
        guard let earlier = first.updateValue(position, forKey: id) else { return }
        first[id] = earlier
        later[id, default: []].append(position)
    }

    /// The position of the `occurrence`th record with the id (1 when `nil`).
    mutating func position(of id: Identifier<Subject>, occurrence: Int?) -> Int? {
        guard let occurrence, occurrence > 1 else {
            if let recent, recent.id == id { return recent.position }
            let position = first[id]
            if let position { recent = (id, position) }
            return position
        }
        guard let positions = later[id], occurrence - 2 < positions.count else { return nil }
        return positions[occurrence - 2]
    }

    func contains(_ id: Identifier<Subject>) -> Bool { first[id] != nil }
}
