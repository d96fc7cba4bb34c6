import Mestring

/// The specific facts behind a finding, for programs and tests to assert on instead of parsing
/// sentences: which phase lacks a user, which audience or experience is missing, which step of a
/// pathway, and which other records are involved.
///
/// A rule fills in what applies and leaves the rest `nil` or empty. New facts are added as new
/// optional properties, so code that reads today's never breaks.
///
/// ```swift
/// let missing = report.findings(rule: "codesign.phases", about: Offer.ID("kols-skole"))
/// #expect(missing.map(\.subject.phase) == [.evaluation])
/// ```
public struct FindingSubject: Hashable, Sendable, Codable {
    /// The phase of user involvement the finding is about (planning, delivery, evaluation).
    public var phase: InvolvementPhase?
    /// The role that is missing or wrong, e.g. ``Mestring/InvolvementRole/professional`` when no
    /// professional delivers a group offer.
    public var role: InvolvementRole?
    /// The kind of lived experience that is missing, e.g. someone who was a young next of kin.
    public var livedExperience: LivedExperienceKind?
    /// The audience that is missing or wrong.
    public var audience: Audience?
    /// The 0-based index of the pathway step the finding is about.
    public var step: Int?
    /// The value at fault as written (an organisation number, a language tag, a date), when it is
    /// not personal data. Values of people's records are never quoted.
    public var value: String?
    /// Other records the finding concerns: the professional without competence on an offer's
    /// finding, the offers they deliver on the person's, the offer a pathway step names.
    public var related: [RecordReference]

    /// Facts about a finding; everything defaults to unknown.
    public init(
        phase: InvolvementPhase? = nil, role: InvolvementRole? = nil, livedExperience: LivedExperienceKind? = nil,
        audience: Audience? = nil, step: Int? = nil, value: String? = nil, related: [RecordReference] = []
    ) {
        self.phase = phase
        self.role = role
        self.livedExperience = livedExperience
        self.audience = audience
        self.step = step
        self.value = value
        self.related = related
    }

    /// `true` when no fact is recorded.
    public var isEmpty: Bool { self == FindingSubject() }

    /// Leaves `nil` and empty facts out of JSON reports.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(phase, forKey: .phase)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(livedExperience, forKey: .livedExperience)
        try container.encodeIfPresent(audience, forKey: .audience)
        try container.encodeIfPresent(step, forKey: .step)
        try container.encodeIfPresent(value, forKey: .value)
        if !related.isEmpty { try container.encode(related, forKey: .related) }
    }

    /// Reads facts written by ``encode(to:)``; missing facts are unknown.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            phase: try container.decodeIfPresent(InvolvementPhase.self, forKey: .phase),
            role: try container.decodeIfPresent(InvolvementRole.self, forKey: .role),
            livedExperience: try container.decodeIfPresent(LivedExperienceKind.self, forKey: .livedExperience),
            audience: try container.decodeIfPresent(Audience.self, forKey: .audience),
            step: try container.decodeIfPresent(Int.self, forKey: .step),
            value: try container.decodeIfPresent(String.self, forKey: .value),
            related: try container.decodeIfPresent([RecordReference].self, forKey: .related) ?? [])
    }

    enum CodingKeys: String, CodingKey {
        case phase, role, livedExperience, audience, step, value, related
    }
}
