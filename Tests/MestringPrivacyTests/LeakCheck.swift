import Testing

/// Looks for an input's personal values in the texts produced from it.
struct LeakCheck {
    let values: Set<String>
    let source: String

    func assertNoLeak(in texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for value in values.sorted() {
            if let text = texts.first(where: { $0.contains(value) }) {
                // The message names where the value was found, never the value itself.
                let offset = text.range(of: value).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
                Issue.record("\(source): a personal value of \(value.count) characters appears at offset \(offset) of: \(text.prefix(offset).suffix(80))[…]", sourceLocation: sourceLocation)
            }
        }
    }
}
