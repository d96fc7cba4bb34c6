/// Experience a person brings from living with illness, disability or as next of kin.
///
/// Users' experience is knowledge on a par with professional knowledge; the co-design rules look
/// for it, and SMIL groups need someone who was themselves a young next of kin.
public struct LivedExperience: Hashable, Sendable, Codable {
    /// What the experience is.
    public var kind: LivedExperienceKind
    /// The illnesses the experience is with, when that matters for an offer (a peer helper in a
    /// group for people with COPD).
    public var diagnoses: [DiagnosisCode]
    /// Anything else, in words. It describes a person's health: keep it general.
    public var notes: String?

    /// Records experience a person brings to the offers they take part in.
    public init(kind: LivedExperienceKind, diagnoses: [DiagnosisCode] = [], notes: String? = nil) {
        self.kind = kind
        self.diagnoses = diagnoses
        self.notes = notes
    }
}
