import Mestring

/// A set of involvement phases as bits, for the checks that run once per offer.
///
/// `==` on the catalogue's vocabularies compares their raw-value strings; a bit set compares
/// nothing at all, which keeps the co-design rules fast on large catalogues.
struct PhaseSet: OptionSet {
    let rawValue: UInt8

    static let planning = PhaseSet(rawValue: 1)
    static let delivery = PhaseSet(rawValue: 2)
    static let evaluation = PhaseSet(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ phase: InvolvementPhase) {
        switch phase {
        case .planning: self = .planning
        case .delivery: self = .delivery
        case .evaluation: self = .evaluation
        }
    }

    init(_ phases: [InvolvementPhase]) {
        self = phases.reduce(into: []) { $0.formUnion(PhaseSet($1)) }
    }
}
