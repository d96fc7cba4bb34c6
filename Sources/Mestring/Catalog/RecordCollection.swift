/// The records of one kind in a catalogue, in order, with look-up by identifier in O(1).
///
/// The collection keeps every record it is given, in the order given, **including records whose
/// identifier repeats**: an import with a duplicate id loses nothing, and rule
/// `integrity.unique-id` reports it. Look-up by id returns the first record with that id.
///
/// ```swift
/// var offers: RecordCollection<Offer> = [kolsSchool]
/// offers.upsert(updatedKolsSchool)        // replaces in place
/// offers["oslo-kols-skole"]?.title
/// ```
public struct RecordCollection<Record: CatalogRecord>: RandomAccessCollection, Hashable, Sendable, Codable,
    ExpressibleByArrayLiteral
{
    @usableFromInline var records: [Record]
    @usableFromInline var positions: [Record.ID: Int]

    /// An empty collection.
    public init() { self.init([Record]()) }

    /// A collection of the records in the order given, keeping records whose identifier repeats.
    @inlinable
    public init(_ records: some Sequence<Record>) {
        self.records = Array(records)
        self.positions = Self.firstPositions(of: self.records)
    }

    /// Lets a collection be written as an array literal in code and tests.
    public init(arrayLiteral elements: Record...) { self.init(elements) }

    /// Where the first record with each identifier is. Records are read in place (an array's
    /// subscript would copy each record, dozens of fields, to read its id), from the last to the
    /// first, so that the first record of a repeated id is the one kept with one hash per record.
    /// Inlinable, so that it is specialised for the record type in the calling module: generic code
    /// copies a record to read its id.
    @inlinable
    static func firstPositions(of records: [Record]) -> [Record.ID: Int] {
        var positions = [Record.ID: Int](minimumCapacity: records.count)
        records.withUnsafeBufferPointer { records in
            for position in records.indices.reversed() { positions[records[position].id] = position }
        }
        return positions
    }

    /// The position of the first record: positions are offsets from 0, as in an array.
    public var startIndex: Int { records.startIndex }
    /// The position after the last record.
    public var endIndex: Int { records.endIndex }
    /// The record at a position, in the order the records were given.
    public subscript(position: Int) -> Record { records[position] }

    /// The records in order as an array that shares the collection's storage: no record is copied,
    /// where `Array(collection)` copies each one (for 100,000 offers, a reference count per field).
    public var elements: [Record] { records }

    /// `true` when some identifier is carried by more than one record, known without a scan.
    public var hasRepeatedIDs: Bool { positions.count != records.count }

    /// The first record with this identifier.
    public subscript(id: Record.ID) -> Record? {
        positions[id].map { records[$0] }
    }

    /// `true` when a record with this identifier is present: the check before following a reference.
    public func contains(id: Record.ID) -> Bool { positions[id] != nil }

    /// The position of the first record with this identifier.
    public func position(of id: Record.ID) -> Int? { positions[id] }

    /// Replaces the first record with the same identifier in place, or appends the record.
    /// - Returns: `true` when a record was replaced.
    @discardableResult
    public mutating func upsert(_ record: Record) -> Bool {
        if let position = positions[record.id] {
            records[position] = record
            return true
        }
        positions[record.id] = records.count
        records.append(record)
        return false
    }

    /// Removes every record with this identifier.
    /// - Returns: `true` when at least one record was removed.
    @discardableResult
    public mutating func remove(id: Record.ID) -> Bool {
        guard positions[id] != nil else { return false }
        records.removeAll { $0.id == id }
        positions = Self.firstPositions(of: records)
        return true
    }

    /// Identifiers that more than one record carries, in order of first repetition.
    public var duplicateIDs: [Record.ID] {
        var seen = Set<Record.ID>()
        var reported = Set<Record.ID>()
        return records.compactMap { record in
            if seen.insert(record.id).inserted || !reported.insert(record.id).inserted { return nil }
            return record.id
        }
    }

    /// Equal when both hold the same records in the same order: order is content, because stores
    /// must keep it.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.records == rhs.records }
    /// Hashes the records in order, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(records) }

    /// Reads an array of records, keeping repeated identifiers.
    public init(from decoder: any Decoder) throws {
        self.init(try [Record](from: decoder))
    }

    /// Writes the records as an array, in order.
    public func encode(to encoder: any Encoder) throws { try records.encode(to: encoder) }
}
