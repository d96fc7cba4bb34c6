/// Reads a field that may or may not be optional in the domain model as optional.
func stated<Value>(_ value: Value?) -> Value? { value }

/// Sets an optional field to what the feed states (`nil`: not stated).
func assign<Value>(_ target: inout Value?, _ value: Value?) { target = value }

/// Sets a required field when the feed states it, and keeps the placeholder otherwise.
func assign<Value>(_ target: inout Value, _ value: Value?) {
    if let value { target = value }
}

import Mestring

extension Provider {
    /// A provider read from a feed, before its fields are read.
    static func hsdsBlank(id: ID, name: LocalizedText) -> Provider {
        Provider(id: id, name: name, kind: .municipalUnit)
    }
}

extension Offer {
    /// An offer read from a feed, before its fields are read.
    static func hsdsBlank(id: ID, title: LocalizedText) -> Offer {
        Offer(id: id, title: title, kind: .groupProgramme, format: .group, provider: "", focus: .livingWith, method: .knowledgeTransfer)
    }
}
