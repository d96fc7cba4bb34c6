extension JSONPendingValue {
    /// A whole number.
    init<Integer: FixedWidthInteger>(_ value: Integer) {
        if let signed = Int64(exactly: value) { self = .signed(signed) } else { self = .unsigned(UInt64(truncatingIfNeeded: value)) }
    }

    /// A finite number; JSON has no spelling for infinity or NaN.
    init<Number: BinaryFloatingPoint & CustomStringConvertible>(_ value: Number, _ codingPath: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        self = .floatingPoint(value.description)
    }
}
