/// What a participant pays (*egenandel*), in whole Norwegian kroner.
///
/// Most learning-and-coping offers are free; a healthy-life course may carry a small fee.
public struct Price: Hashable, Sendable, Codable {
    /// The amount in NOK; `0` means free.
    public var amount: Int
    /// Exemptions, what is included, and the like.
    public var notes: LocalizedText?

    /// A price in whole kroner, with notes such as exemptions.
    public init(amount: Int, notes: LocalizedText? = nil) {
        self.amount = amount
        self.notes = notes
    }

    /// An offer without fee.
    public static let free = Price(amount: 0)

    /// `true` when taking part costs nothing, as for most learning-and-coping offers.
    public var isFree: Bool { amount == 0 }
}
