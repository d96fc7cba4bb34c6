/// The scalar types `Codable` writes as one value: they go into a ``FieldTree`` as themselves.
protocol FieldTreeScalar {
    var fieldTree: FieldTree { get }
    init?(fieldTree: FieldTree)
}

extension String: FieldTreeScalar {
    var fieldTree: FieldTree { .string(self) }
    init?(fieldTree: FieldTree) {
        guard case .string(let text) = fieldTree else { return nil }
        self = text
    }
}

extension Bool: FieldTreeScalar {
    var fieldTree: FieldTree { .bool(self) }
    init?(fieldTree: FieldTree) {
        guard case .bool(let value) = fieldTree else { return nil }
        self = value
    }
}

/// Numbers keep their text (`LosslessStringConvertible`), so every width and `Double` comes back exactly.
protocol FieldTreeNumber: FieldTreeScalar, LosslessStringConvertible {}

extension FieldTreeNumber {
    var fieldTree: FieldTree { .number(description) }
    init?(fieldTree: FieldTree) {
        guard case .number(let text) = fieldTree, let value = Self(text) else { return nil }
        self = value
    }
}

extension Int: FieldTreeNumber {}
extension Int8: FieldTreeNumber {}
extension Int16: FieldTreeNumber {}
extension Int32: FieldTreeNumber {}
extension Int64: FieldTreeNumber {}
extension UInt: FieldTreeNumber {}
extension UInt8: FieldTreeNumber {}
extension UInt16: FieldTreeNumber {}
extension UInt32: FieldTreeNumber {}
extension UInt64: FieldTreeNumber {}
extension Double: FieldTreeNumber {}
extension Float: FieldTreeNumber {}
