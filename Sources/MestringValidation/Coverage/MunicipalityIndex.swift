import Mestring

/// The place of each current municipality in ``Mestring/MunicipalityRegistry/allMunicipalities``,
/// found without hashing a string.
///
/// Every offer names its municipalities, so a coverage table of 100,000 offers looks up 100,000
/// numbers; hashing each cost more than counting the offer. A number of four ASCII digits (every
/// number in the register) is read as an integer and looked up in an array; any other spelling is
/// looked up by text, so the answer is the register's own for every string.
struct MunicipalityIndex: Sendable {
    /// The register's municipalities, in its order.
    let all: [MunicipalityNumber]
    /// The position in `all` of each four-digit number, `-1` where none.
    private let byDigits: [Int16]
    /// The position of each number that is not four ASCII digits.
    private let byText: [MunicipalityNumber: Int]

    /// The index of the current register.
    static let current = MunicipalityIndex(MunicipalityRegistry.allMunicipalities)

    init(_ all: [MunicipalityNumber]) {
        self.all = all
        var byDigits = [Int16](repeating: -1, count: 10_000)
        var byText: [MunicipalityNumber: Int] = [:]
        // The first of a repeated number is the one kept, as a dictionary from the register would.
        for (position, number) in all.enumerated() {
            if let digits = Self.digits(of: number) {
                if byDigits[digits] < 0 { byDigits[digits] = Int16(position) }
            } else if byText[number] == nil {
                byText[number] = position
            }
        }
        self.byDigits = byDigits
        self.byText = byText
    }

    /// The position of `number` in the register, or `nil` when it is not a current municipality.
    func position(of number: MunicipalityNumber) -> Int? {
        guard let digits = Self.digits(of: number) else { return byText[number] }
        let position = byDigits[digits]
        return position < 0 ? nil : Int(position)
    }

    /// The number as an integer when it is exactly four ASCII digits, which is what a register
    /// number looks like.
    private static func digits(of number: MunicipalityNumber) -> Int? {
        let utf8 = number.rawValue.utf8
        guard utf8.count == 4 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
