/// The value as an optional, whether the model field is optional (*not stated* allowed) or not, so
/// that the mapping reads the same when a field of the domain model becomes optional.
@inline(__always)
func stated<Value>(_ value: Value?) -> Value? { value }
