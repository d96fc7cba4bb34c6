/// Experience a person brings from living with illness, disability or as next of kin.
///
/// Users' experience is knowledge on a par with professional knowledge; the co-design rules look
/// for it, and SMIL groups need someone who was themselves a young next of kin.
public struct LivedExperience: Hashable, Sendable, Codable {
    public var kind: LivedExperienceKind
    public var diagnoses: [DiagnosisCode]
    public var notes: String?

    public init(kind: LivedExperienceKind, diagnoses: [DiagnosisCode] = [], notes: String? = nil) {
        self.kind = kind
        self.diagnoses = diagnoses
        self.notes = notes
    }
}
