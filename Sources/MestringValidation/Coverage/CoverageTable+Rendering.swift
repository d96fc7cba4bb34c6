import Mestring

extension CoverageTable {
    /// The table in `format`; text in `language`. CSV and JSON are the same in both languages.
    public func render(_ format: CoverageFormat, language: ReportLanguage = .english) -> String {
        switch format {
        case .text: textLines(language).joined(separator: "\n") + "\n"
        case .csv: csv
        case .json: JSONReport.encode(self)
        }
    }

    /// The levels in the order every output lists them, with their names in files and in text.
    static var levels: [(key: String, english: String, bokmal: String, tally: KeyPath<AreaCoverage, OfferTally>)] {
        [
            ("municipal", "municipal", "kommunalt", \.municipal), ("voluntary", "voluntary", "frivillig", \.voluntary),
            ("private", "private", "privat", \.private), ("specialist", "hospital", "sykehus", \.specialist),
        ]
    }

    // MARK: Text

    private func textLines(_ language: ReportLanguage) -> [String] {
        let english = language == .english
        var lines = [
            english
                ? "coverage: \(municipalities.count) municipalities, \(counties.count) counties, \(healthTrusts.count) health trusts"
                : "dekning: \(municipalities.count) kommuner, \(counties.count) fylker, \(healthTrusts.count) helseforetak",
            english
                ? "(a municipality's own offers are those of municipal providers; voluntary, private and hospital offers are counted apart)"
                : "(kommunens egne tilbud er de kommunale tilbydernes; frivillige, private og sykehusenes tilbud telles for seg)",
            "",
            english ? "counties" : "fylker",
        ]
        lines += counties.map { "  " + line($0, language) }
        lines += ["", english ? "health trusts" : "helseforetak"]
        lines += healthTrusts.isEmpty ? ["  " + (english ? "none named by the catalogue's hospitals" : "ingen oppgitt av katalogens sykehus")] : []
        lines += healthTrusts.map { "  " + line($0, language) }
        lines += ["", english ? "administrative area for Sami languages" : "forvaltningsområdet for samisk språk"]
        lines += samiLanguageArea.map { area in
            let count = area.offersInLocalSamiLanguage ?? 0
            let language = area.samiLanguage?.rawValue ?? ""
            return "  \(area.code) \(area.name): " + (english ? "\(count) offers in \(language)" : "\(count) tilbud på \(language)")
        }
        lines += ["", english ? "municipalities" : "kommuner"]
        lines += municipalities.map { "  " + line($0, language) }
        let unplaced = Self.levels.map { "\($0.key) \(withoutMunicipality[$0.key] ?? 0)" }.joined(separator: ", ")
        lines += [
            "",
            english ? "offers that name no municipality: \(unplaced)" : "tilbud uten kommune: \(unplaced)",
            english
                ? "offers whose provider is not in the catalogue: \(withoutKnownProvider)"
                : "tilbud med tilbyder som ikke er i katalogen: \(withoutKnownProvider)",
        ]
        return lines
    }

    private func line(_ area: AreaCoverage, _ language: ReportLanguage) -> String {
        let english = language == .english
        let own = area.municipal
        let details = english
            ? "lifestyle \(own.lifestyleChange), coping \(own.coping), next of kin \(own.nextOfKin), young next of kin \(own.youngNextOfKin), Sami \(own.samiLanguage), children \(own.ageGroups[AgeGroup.children.rawValue] ?? 0), 67+ \(own.ageGroups[AgeGroup.older.rawValue] ?? 0)"
            : "levevaner \(own.lifestyleChange), mestring \(own.coping), pårørende \(own.nextOfKin), unge pårørende \(own.youngNextOfKin), samisk \(own.samiLanguage), barn \(own.ageGroups[AgeGroup.children.rawValue] ?? 0), 67+ \(own.ageGroups[AgeGroup.older.rawValue] ?? 0)"
        let others = Self.levels.dropFirst().map { level in
            "\(english ? level.english : level.bokmal) \(area[keyPath: level.tally].offers)"
        }
        let count = area.municipalityCount
        let members = english ? "\(count) municipalit\(count == 1 ? "y" : "ies")" : "\(count) kommune\(count == 1 ? "" : "r")"
        let name = area.kind == .healthTrust ? "\(area.name) (\(members))" : "\(area.code) \(area.name)"
        return "\(name): \(english ? "municipal" : "kommunalt") \(own.offers) (\(details)) · " + others.joined(separator: " · ")
    }

    // MARK: CSV

    /// The CSV columns, in order.
    static var csvHeader: [String] {
        ["area_kind", "code", "name", "county", "health_trusts", "sami_language", "level", "offers", "lifestyle_change", "coping",
         "next_of_kin", "young_next_of_kin", "sami_language_offers", "languages"]
            + DeliveryMode.allCases.map { "delivery_" + $0.rawValue.replacingHyphens() } + ["delivery_not_stated"]
            + AgeGroup.allCases.map { "age_" + $0.rawValue }
    }

    private var csv: String {
        var text = Self.csvHeader.joined(separator: ",") + "\r\n"
        for area in counties + healthTrusts + municipalities {
            for level in Self.levels {
                let tally = area[keyPath: level.tally]
                var cells = [
                    area.kind.rawValue, area.code, area.name, area.county ?? "", area.healthTrusts.joined(separator: "|"),
                    area.samiLanguage?.rawValue ?? "", level.key,
                ]
                cells += [tally.offers, tally.lifestyleChange, tally.coping, tally.nextOfKin, tally.youngNextOfKin, tally.samiLanguage].map(String.init)
                cells.append(tally.languages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|"))
                cells += (DeliveryMode.allCases.map(\.rawValue) + [OfferTally.notStated]).map { String(tally.deliveryModes[$0] ?? 0) }
                cells += AgeGroup.allCases.map { String(tally.ageGroups[$0.rawValue] ?? 0) }
                text += cells.map(Self.csvField).joined(separator: ",") + "\r\n"
            }
        }
        return text
    }

    /// A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180).
    private static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension String {
    /// `self-paced` as `self_paced`, for column names.
    fileprivate func replacingHyphens() -> String { String(map { $0 == "-" ? "_" : $0 }) }
}
