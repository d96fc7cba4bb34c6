/// Where ``JSONSpelling`` writes: a byte array for the compact encoder and `JSONValue`'s writer,
/// ``JSONOutput`` for the pretty encoder and hand-written writers, so that all of them spell
/// strings and numbers with one piece of code.
protocol JSONByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
