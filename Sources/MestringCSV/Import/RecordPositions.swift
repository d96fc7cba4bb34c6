import Mestring

/// Where the records of one kind are in the catalogue being built, by identifier and occurrence,
/// so that rows of nested tables find the record they belong to.
///
/// Identifiers should be unique, but an import keeps records that repeat one; the `*_occurrence`
/// column of a nested row then says which of them it belongs to (blank or 1 for the first).
struct RecordPositions<Subject> {
    private var first: [Identifier<Subject>: Int] = [:]
    private var later: [Identifier<Subject>: [Int]] = [:]

    mutating func add(_ id: Identifier<Subject>, at position: Int) {
        if first[id] == nil { first[id] = position } else { later[id, default: []].append(position) }
    }

    /// The position of the `occurrence`th record with the id (1 when `nil`).
    func position(of id: Identifier<Subject>, occurrence: Int?) -> Int? {
        guard let occurrence, occurrence > 1 else { return first[id] }
        guard let positions = later[id], occurrence - 2 < positions.count else { return nil }
        return positions[occurrence - 2]
    }

    func contains(_ id: Identifier<Subject>) -> Bool { first[id] != nil }
}
