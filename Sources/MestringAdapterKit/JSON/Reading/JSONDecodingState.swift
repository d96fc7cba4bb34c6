import Foundation

/// What one ``JSONDocument/decode(_:)`` or ``JSONDocument/read(_:)`` shares between its decoders,
/// containers and nodes: the bytes, the members of the objects being decoded, and the members
/// nobody asked for.
///
/// Members live on one stack: decoding a nested value pushes the members of the objects it opens
/// and pops them when its `init(from:)` returns, which is also when a member it never asked for
/// is noticed. No container outlives the `init(from:)` it was made in, so the stack is enough,
/// and decoders and containers can refer to the state without retaining it: like `JSONDecoder`'s,
/// they must not be kept and used after ``JSONDocument/decode(_:)`` returns.
final class JSONDecodingState {
    let document: JSONDocument
    let bytes: UnsafeBufferPointer<UInt8>
    /// The member stack, behind a pointer: as a stored `var` of this class every access would be
    /// checked for exclusivity at run time, which cost a twelfth of the decoding time.
    private let stack: UnsafeMutablePointer<[JSONMember]>
    /// The offsets of the values of the members nobody asked for that carry data, in the order
    /// they were noticed; a member can be noticed twice when two containers read one object.
    private(set) var unusedMembers: [Int] = []

    init(document: JSONDocument, bytes: UnsafeBufferPointer<UInt8>) {
        self.document = document
        self.bytes = bytes
        stack = .allocate(capacity: 1)
        stack.initialize(to: [])
        stack.pointee.reserveCapacity(256)
    }

    deinit {
        stack.deinitialize(count: 1)
        stack.deallocate()
    }

    /// The member at `index` of the stack.
    func member(at index: Int) -> JSONMember { stack.pointee[index] }

    /// Decodes the value at `value` as `type`, then checks that every member of the objects the
    /// type opened was asked for.
    func decode<Value: Decodable>(_ type: Value.Type, at value: JSONValueReference) throws -> Value {
        let height = stack.pointee.count
        do {
            let result = try Value(from: JSONValueDecoder(state: self, value: value))
            closeMembers(above: height)
            return result
        } catch {
            stack.pointee.removeLast(stack.pointee.count - height)
            throw error
        }
    }

    /// Pushes the members of the object at `object` and returns their range on the stack.
    func openObject(_ object: JSONValueReference) -> Range<Int> {
        let start = stack.pointee.count
        document.appendMembers(of: object, in: bytes, to: &stack.pointee)
        return start..<stack.pointee.count
    }

    private func closeMembers(above height: Int) {
        let count = stack.pointee.count
        for index in height..<count where !stack.pointee[index].isUsed {
            let member = stack.pointee[index]
            guard carriesData(member.value), !isRepeatedName(of: index, above: height) else { continue }
            unusedMembers.append(member.value.offset)
        }
        stack.pointee.removeLast(count - height)
    }

    /// Notes a member a hand-written reader passed over, unless it carries nothing.
    func noteUnused(_ value: JSONValueReference) {
        if carriesData(value) { unusedMembers.append(value.offset) }
    }

    /// `null` and `""` carry nothing that could be lost.
    private func carriesData(_ value: JSONValueReference) -> Bool {
        let byte = bytes[value.offset]
        if byte == UInt8(ascii: "n") { return false }
        return !(byte == UInt8(ascii: "\"") && bytes[value.offset + 1] == UInt8(ascii: "\""))
    }

    /// A repeated name whose other occurrence was used: decoding took one of them, as
    /// `JSONDecoder` does, and the name is not unknown.
    private func isRepeatedName(of index: Int, above height: Int) -> Bool {
        let name = document.name(of: member(at: index), in: bytes)
        return (height..<stack.pointee.count).contains {
            $0 != index && member(at: $0).isUsed && document.name(of: member(at: $0), in: bytes) == name
        }
    }

    /// The value of the member named `name` in `range`, marked as used; the first one when the
    /// name repeats, as `JSONDecoder` takes it.
    func value(named name: String, in range: Range<Int>, markingUsed: Bool = true) -> JSONValueReference? {
        let found =
            name.utf8.withContiguousStorageIfAvailable { index(named: $0, in: range) }
            ?? Array(name.utf8).withUnsafeBufferPointer { index(named: $0, in: range) }
        guard let found else { return nil }
        if markingUsed { stack.pointee[found].isUsed = true }
        return stack.pointee[found].value
    }

    private func index(named wanted: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        stack.pointee.withUnsafeBufferPointer { members in
            for index in range {
                let member = members[index]
                if member.nameIsEscaped {
                    if document.name(of: member, in: bytes).utf8.elementsEqual(wanted) { return index }
                } else if member.nameEnd - member.nameStart == wanted.count,
                    wanted.isEmpty || memcmp(bytes.baseAddress! + member.nameStart, wanted.baseAddress!, wanted.count) == 0
                {
                    return index
                }
            }
            return nil
        }
    }

    /// The coding path of the value at `offset`, for an error message; it walks the document.
    func codingPath(of offset: Int) -> [any CodingKey] {
        document.path(ofValueAt: offset).map { component -> any CodingKey in
            switch component {
            case .key(let name): JSONPathKey(stringValue: name)
            case .index(let index): JSONPathKey(intValue: index)
            }
        }
    }

    // MARK: Scalars

    /// What the value at `value` is, in the words of `JSONDecoder`'s messages.
    private func kind(of value: JSONValueReference) -> String {
        switch bytes[value.offset] {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "{"): "a dictionary"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "bool"
        case UInt8(ascii: "n"): "null"
        default: "number"
        }
    }

    /// The error for a value of the wrong kind: `null` is a missing value, anything else a mismatch.
    func mismatch(_ type: Any.Type, at value: JSONValueReference, path: [any CodingKey]? = nil, container: String? = nil) -> DecodingError {
        let codingPath = path ?? codingPath(of: value.offset)
        if bytes[value.offset] == UInt8(ascii: "n") {
            let what = container.map { "\($0) decoding container" } ?? "value of type \(type)"
            return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Cannot get \(what) -- found null value instead"))
        }
        return .typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(kind(of: value)) instead."))
    }

    func isNull(_ value: JSONValueReference) -> Bool { bytes[value.offset] == UInt8(ascii: "n") }

    func string(at value: JSONValueReference) throws -> String {
        guard bytes[value.offset] == UInt8(ascii: "\"") else { throw mismatch(String.self, at: value) }
        let (end, escaped) = JSONBytes.stringEnd(bytes, at: value.offset)
        return JSONBytes.string(bytes, from: value.offset + 1, to: end - 1, escaped: escaped)
    }

    func bool(at value: JSONValueReference) throws -> Bool {
        switch bytes[value.offset] {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: throw mismatch(Bool.self, at: value)
        }
    }

    func integer<Integer: FixedWidthInteger>(_ type: Integer.Type, at value: JSONValueReference) throws -> Integer {
        let first = bytes[value.offset]
        guard first == UInt8(ascii: "-") || first &- UInt8(ascii: "0") < 10 else { throw mismatch(type, at: value) }
        let text = UnsafeBufferPointer(rebasing: bytes[value.offset..<JSONBytes.scalarEnd(bytes, at: value.offset)])
        if let whole = JSONBytes.wholeNumber(text), let result = Integer(exactly: whole) { return result }
        if let number = Double(String(decoding: text, as: UTF8.self)), let result = Integer(exactly: number) { return result }
        throw DecodingError.dataCorrupted(
            .init(codingPath: codingPath(of: value.offset), debugDescription: "Parsed JSON number <\(String(decoding: text, as: UTF8.self))> does not fit in \(type)."))
    }

    func floatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ type: Number.Type, at value: JSONValueReference) throws -> Number {
        let first = bytes[value.offset]
        guard first == UInt8(ascii: "-") || first &- UInt8(ascii: "0") < 10 else { throw mismatch(type, at: value) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[value.offset..<JSONBytes.scalarEnd(bytes, at: value.offset)]), as: UTF8.self)
        guard let number = Number(text), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(of: value.offset), debugDescription: "Parsed JSON number <\(text)> does not fit in \(type)."))
        }
        return number
    }
}
