/// The official list of Norway's municipalities and counties, valid from 1 January 2024.
///
/// Pure data (Statistics Norway's classifications 131 and 104), so that municipality numbers can be
/// checked and named without any network look-up. When the municipal structure changes, this table
/// is updated in a release and rule `integrity.municipality` follows.
public enum MunicipalityRegistry {
    /// The date from which this table is valid.
    public static let validFrom = LocalDate(year: 2024, month: 1, day: 1)

    private static let names: [String: String] = Dictionary(
        table.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first })

    private static let countyNames: [String: String] = Dictionary(
        counties.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first })

    /// Every municipality number, ascending.
    public static var allMunicipalities: [MunicipalityNumber] { table.map { MunicipalityNumber($0.number) } }

    /// The official name of a municipality, or `nil` when the number is not a current municipality.
    public static func name(of municipality: MunicipalityNumber) -> String? { names[municipality.rawValue] }

    /// The official name of a county (*fylke*) by its two-digit number.
    public static func countyName(_ countyNumber: String) -> String? { countyNames[countyNumber] }
}
