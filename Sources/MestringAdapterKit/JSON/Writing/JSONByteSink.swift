/// Where ``JSONSpelling`` writes: a byte array for the compact writers, ``JSONOutput`` for the
/// pretty encoder, so that both spell strings and whole numbers with one piece of code.
protocol JSONByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
