import Mestring

/// Describes how two catalogues differ, down to the first differing field of a record, so a
/// failing round trip says "offers[offer-full].summary differs" instead of "not equal".
enum CatalogDifference {
    static func describe(expected: Catalog, actual: Catalog) -> [String] {
        var problems: [String] = []
        if expected.info != actual.info { problems.append("info differs: expected \(expected.info), got \(actual.info)") }
        problems += describe(expected.providers, actual.providers)
        problems += describe(expected.offers, actual.offers)
        problems += describe(expected.people, actual.people)
        problems += describe(expected.pathways, actual.pathways)
        problems += describe(expected.programmes, actual.programmes)
        problems += describe(expected.evaluations, actual.evaluations)
        return problems
    }

    static func describe<Record: CatalogRecord>(_ expected: RecordCollection<Record>, _ actual: RecordCollection<Record>) -> [String] {
        let name = Record.recordKind.collectionName
        guard expected != actual else { return [] }
        if expected.map(\.id) != actual.map(\.id) {
            return ["\(name): expected identifiers \(expected.map(\.id.rawValue)) in that order, got \(actual.map(\.id.rawValue))"]
        }
        return zip(expected, actual).filter { $0 != $1 }.prefix(5).map { want, got in
            "\(name)[\(want.id)]: " + fieldDifferences(want, got).joined(separator: "; ")
        }
    }

    static func fieldDifferences(_ expected: some Any, _ actual: some Any) -> [String] {
        let wanted = Mirror(reflecting: expected).children
        let got = Mirror(reflecting: actual).children
        return zip(wanted, got).compactMap { want, have in
            let wantText = String(describing: want.value)
            let haveText = String(describing: have.value)
            guard wantText != haveText else { return nil }
            return "\(want.label ?? "?") differs: expected \(wantText.prefix(300)), got \(haveText.prefix(300))"
        }
    }
}
