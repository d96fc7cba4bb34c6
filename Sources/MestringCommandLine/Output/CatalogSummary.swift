import Mestring

/// The readable overview `mestring show` prints: counts by kind, level, audience and municipality.
struct CatalogSummary {
    let catalog: Catalog

    var text: String {
        var lines: [String] = []
        lines.append(catalog.info.title ?? "Catalogue")
        if let publisher = catalog.info.publisher { lines.append("Publisher: \(publisher)") }
        if let updated = catalog.info.updated { lines.append("Updated: \(updated)") }
        if let notice = catalog.info.notice { lines.append("Notice: " + notice.split(separator: "\n").joined(separator: " / ")) }
        lines.append("")
        lines.append(
            "\(catalog.offers.count) offers, \(catalog.providers.count) providers, \(catalog.people.count) people, \(catalog.pathways.count) pathways")
        lines += section("Offers by kind", counts(OfferKind.self) { $0.kind.map { [$0] } ?? [] })
        lines += section("Offers by level", counts(ServiceLevel.self) { catalog.level(of: $0).map { [$0] } ?? [] })
        lines += section("Offers by audience", counts(Audience.self) { $0.audiences })
        lines += section("Offers by focus", counts(FocusKind.self) { $0.focus.map { [$0] } ?? [] })
        lines += section("Offers by municipality", municipalityCounts())
        return lines.joined(separator: "\n") + "\n"
    }

    private func counts<Value: CatalogEnumeration>(_ type: Value.Type, _ values: (Offer) -> [Value]) -> [(String, Int)] {
        var tally: [Value: Int] = [:]
        for offer in catalog.offers {
            for value in Set(values(offer)) { tally[value, default: 0] += 1 }
        }
        return Value.allCases.map { ("\($0.rawValue) (\($0.norwegianLabel))", tally[$0] ?? 0) }
    }

    private func municipalityCounts() -> [(String, Int)] {
        var tally: [MunicipalityNumber: Int] = [:]
        for offer in catalog.offers {
            for municipality in Set(offer.municipalities) { tally[municipality, default: 0] += 1 }
        }
        return tally.keys.sorted().map { ("\($0) \($0.name ?? "(unknown municipality number)")", tally[$0] ?? 0) }
    }

    private func section(_ title: String, _ rows: [(String, Int)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return ["", "\(title):"] + rows.map { "  " + $0.0.padding(width) + "  " + String($0.1) }
    }
}
