import Mestring

extension Offer {
    /// `true` for a group offer that must be co-led by a professional and a person with lived
    /// experience: every group offer except a peer group, which peers lead alone.
    /// `codesign.co-led-group` checks delivery of these offers; `codesign.phases` the rest.
    var mustBeCoLed: Bool {
        guard case .group = format else { return false }
        if case .peerGroup = kind { return false }
        return true
    }
}
