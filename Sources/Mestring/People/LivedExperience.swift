/// Experience a person brings from living with illness, disability or as next of kin.
///
/// Users' experience is knowledge on a par with professional knowledge; the co-design rules look
/// for it, and SMIL groups need someone who was themselves a young next of kin.
///
/// A named person's lived experience is health data, so the whole value is personal data: its
/// `description`, `debugDescription` and `dump` show ``Personal/redactedText`` only; rules and
/// adapters read the properties.
public struct LivedExperience: Hashable, Sendable, Codable, PersonalData {
    /// What the experience is.
    public var kind: LivedExperienceKind
    /// The illnesses the experience is with, when that matters for an offer (a peer helper in a
    /// group for people with COPD).
    public var diagnoses: [DiagnosisCode]
    /// Anything else, in words. It describes a person's health: keep it general.
    public var notes: Personal<String>?

    /// Records experience a person brings to the offers they take part in.
    public init(kind: LivedExperienceKind, diagnoses: [DiagnosisCode] = [], notes: Personal<String>? = nil) {
        self.kind = kind
        self.diagnoses = diagnoses
        self.notes = notes
    }
}

extension LivedExperience: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// ``Personal/redactedText``: a person's experience never reaches a log line.
    public var description: String { Personal<String>.redactedText }
    /// ``Personal/redactedText``: a person's experience never reaches a test failure.
    public var debugDescription: String { Personal<String>.redactedText }
    /// No children, so `dump` does not reach the experience.
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}
