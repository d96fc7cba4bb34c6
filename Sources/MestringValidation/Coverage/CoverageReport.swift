import Mestring

/// Which municipalities the catalogue serves whose own services lack an offer for changing
/// lifestyle habits or an offer for coping with illness: the summary a validation report carries.
///
/// The national wish is that every municipality has offers both for changing lifestyle habits and
/// for coping with living with illness (004: «Det er ønskelig at alle kommuner har tilbud både
/// knyttet til å endre levevaner og til å mestre og håndtere livet med sykdom»). It is a wish for
/// the municipality's services, so only offers of municipal providers count (units, healthy-life
/// centres, inter-municipal services); a user organisation's peer group or a hospital course in
/// the municipality does not make up for a gap. Offers about living with illness and offers across
/// diagnoses both count as coping (``OfferTally/coping``). The report covers the municipalities
/// the catalogue speaks for: every current municipality named by a provider or an offer;
/// ``CoverageTable`` has the full breakdown over all municipalities. Gaps are not findings about
/// a record; they are for planning.
public struct CoverageReport: Hashable, Sendable, Codable {
    /// The municipalities the catalogue serves, ascending.
    public var municipalities: [MunicipalityNumber]
    /// Served municipalities without a municipal lifestyle-change offer, ascending.
    public var lackingLifestyleChange: [MunicipalityNumber]
    /// Served municipalities without a municipal offer for coping with illness (living with it, or
    /// across diagnoses), ascending.
    public var lackingCoping: [MunicipalityNumber]

    /// A coverage report from its parts, e.g. one decoded from a stored report.
    public init(
        municipalities: [MunicipalityNumber], lackingLifestyleChange: [MunicipalityNumber], lackingCoping: [MunicipalityNumber]
    ) {
        self.municipalities = municipalities
        self.lackingLifestyleChange = lackingLifestyleChange
        self.lackingCoping = lackingCoping
    }

    /// The coverage of a catalogue, without running any rule.
    public init(catalog: Catalog) { self.init(ValidationContext(catalog)) }

    init(_ context: ValidationContext) {
        // The table marks the municipalities a provider or an offer names while it counts them.
        var served: [Bool] = []
        let table = CoverageTable(context, named: &served)
        let rows = table.municipalities.indices.filter { served[$0] }.map { table.municipalities[$0] }
        self.init(
            municipalities: rows.map { MunicipalityNumber($0.code) },
            lackingLifestyleChange: rows.filter { $0.municipal.lifestyleChange == 0 }.map { MunicipalityNumber($0.code) },
            lackingCoping: rows.filter { $0.municipal.coping == 0 }.map { MunicipalityNumber($0.code) })
    }

    /// `true` when every served municipality's own services have both kinds of offer.
    public var isComplete: Bool { lackingLifestyleChange.isEmpty && lackingCoping.isEmpty }
}
