import Mestring

extension Offer {
    /// `true` for individual education tied to treatment and for e-learning, which professionals or
    /// the course itself deliver: `codesign.phases-individual` checks them, as a warning.
    var isIndividualEducation: Bool {
        switch kind {
        case .individualEducation, .eLearning: true
        default: false
        }
    }

    /// The phases in which a user, next of kin or their representative must take part: planning
    /// and evaluation always, delivery too for a group offer (`codesign.phases`).
    var phasesNeedingUsers: PhaseSet {
        guard case .group = format, !isIndividualEducation else { return [.planning, .evaluation] }
        return [.planning, .delivery, .evaluation]
    }

    /// `true` for a group offer that a professional delivers together with users: every group
    /// offer users deliver, except a peer group, which peers lead alone (`codesign.co-led-group`).
    var mustBeCoLed: Bool {
        guard phasesNeedingUsers.contains(.delivery) else { return false }
        if case .peerGroup = kind { return false }
        return true
    }
}
