/// Child rows grouped by their owner, in the order they were read (ascending owner).
///
/// Records are read in position order and their child rows in owner order, so looking the lists up
/// moves a cursor forward instead of hashing each of 100,000 owners into a dictionary; a look-up out
/// of order (a fetch by identifier) falls back to a binary search.
final class OwnedLists<Key: Comparable, Child> {
    private var keys: [Key] = []
    private var lists: [[Child]] = []
    private var cursor = 0

    /// Adds a child row after the rows read so far; rows arrive ordered by owner.
    func append(_ child: Child, to key: Key) {
        if keys.last == key {
            lists[lists.count - 1].append(child)
        } else {
            keys.append(key)
            lists.append([child])
        }
    }

    /// The children of `key`, in stored order, or `nil` when it has none.
    subscript(key: Key) -> [Child]? {
        if cursor > 0, keys[cursor - 1] >= key {
            cursor = lowerBound(of: key)
        }
        while cursor < keys.count, keys[cursor] < key { cursor += 1 }
        guard cursor < keys.count, keys[cursor] == key else { return nil }
        cursor += 1
        return lists[cursor - 1]
    }

    private func lowerBound(of key: Key) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
