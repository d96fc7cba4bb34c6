/// A professional's training in health pedagogy (*helsepedagogikk*).
///
/// Competence in health pedagogy is a prerequisite for the work, and the professionals' attitudes,
/// communication and knowledge matter for participants' outcome; rule
/// `codesign.health-pedagogy` requires it for professionals who deliver offers.
public struct HealthPedagogyCompetence: Hashable, Sendable, Codable {
    /// The course, study programme or other basis ("Helsepedagogikk, 15 stp, OsloMet").
    public var basis: String
    /// When the training was completed, if known.
    public var completed: LocalDate?

    /// Records a professional's training in health pedagogy.
    public init(basis: String, completed: LocalDate? = nil) {
        self.basis = basis
        self.completed = completed
    }
}
