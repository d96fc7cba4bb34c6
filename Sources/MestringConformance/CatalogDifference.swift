import Mestring

/// Describes how two catalogues differ, down to the field path of each difference, so a failing
/// round trip says `offers[offer-full].summary[en]: expected "…", got nothing` instead of "not equal".
enum CatalogDifference {
    static func describe(expected: Catalog, actual: Catalog) -> [String] {
        ValueDifference.between(expected.info, actual.info, path: "info")
            + describe(expected.providers, actual.providers)
            + describe(expected.offers, actual.offers)
            + describe(expected.people, actual.people)
            + describe(expected.pathways, actual.pathways)
            + describe(expected.programmes, actual.programmes)
            + describe(expected.evaluations, actual.evaluations)
    }

    static func describe<Record: CatalogRecord>(_ expected: RecordCollection<Record>, _ actual: RecordCollection<Record>) -> [String] {
        let name = Record.recordKind.collectionName
        guard expected != actual else { return [] }
        if expected.map(\.id) != actual.map(\.id) {
            return ["\(name): expected identifiers \(expected.map(\.id.rawValue)) in that order, got \(actual.map(\.id.rawValue))"]
        }
        return zip(expected, actual).filter { $0 != $1 }.prefix(5).flatMap { want, got in
            ValueDifference.between(want, got, path: "\(name)[\(want.id)]")
        }
    }
}
