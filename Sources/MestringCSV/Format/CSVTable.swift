/// The files of Mestring's CSV format: one table per file, in one folder.
///
/// A spreadsheet holds flat rows, so what an offer has many of (sessions, involved people) and what
/// a pathway has many of (steps) live in their own tables that point back by identifier. The cases
/// are in reading and writing order: a table comes after the tables it points to.
public enum CSVTable: String, CaseIterable, Hashable, Sendable {
    /// The catalogue's own information (*katalog*), one row.
    case catalog = "catalog.csv"
    /// Providers (*tilbydere*).
    case providers = "providers.csv"
    /// National programmes that offers adopt (*nasjonale gruppetilbud*, e.g. SMIL).
    case programmes = "programmes.csv"
    /// People who take part in offers (personal data).
    case people = "people.csv"
    /// Lived experience (*erfaringskompetanse*) of people.
    case livedExperience = "lived-experience.csv"
    /// Offers (*lærings- og mestringstilbud*).
    case offers = "offers.csv"
    /// Sessions (*samlinger*) of offers.
    case sessions = "sessions.csv"
    /// Who plans, delivers and evaluates each offer (*brukermedvirkning*).
    case involvement = "involvement.csv"
    /// Coherent pathways (*helhetlige forløp*).
    case pathways = "pathways.csv"
    /// Steps of pathways.
    case pathwaySteps = "pathway-steps.csv"
    /// Evaluations (*evalueringer*) of offers.
    case evaluations = "evaluations.csv"
    /// The outcomes each evaluation measured.
    case evaluationOutcomes = "evaluation-outcomes.csv"
    /// Which import source supplied each record; written only when some record has a source.
    case sources = "sources.csv"

    /// The file name in the folder.
    public var fileName: String { rawValue }

    /// The name without `.csv`, used for sections of a ``ColumnMapping``.
    public var name: String { String(rawValue.dropLast(4)) }

    /// The table whose rows this table's rows belong to, for the tables of nested data.
    public var parent: CSVTable? {
        switch self {
        case .livedExperience: .people
        case .sessions, .involvement: .offers
        case .pathwaySteps: .pathways
        case .evaluationOutcomes: .evaluations
        default: nil
        }
    }

    /// What one row of the table is, for documentation and messages.
    public var rowMeaning: String {
        switch self {
        case .catalog: "the catalogue itself, in exactly one row: format, title, publisher, date of review, notice"
        case .providers: "one provider (tilbyder): a hospital's learning-and-coping centre, a municipal unit, an organisation"
        case .programmes: "one national programme that offers adopt (e.g. SMIL), with the profile its guide prescribes"
        case .people: "one person who plans, delivers or evaluates offers (personal data: name and contact)"
        case .livedExperience: "one kind of lived experience (erfaringskompetanse) of a person in people.csv"
        case .offers: "one learning-and-coping offer (lærings- og mestringstilbud)"
        case .sessions: "one session (samling) of an offer in offers.csv, in order"
        case .involvement: "one person's part in an offer: in which phases they take part (brukermedvirkning)"
        case .pathways: "one coherent pathway (helhetlig forløp)"
        case .pathwaySteps: "one step of a pathway in pathways.csv, in order"
        case .evaluations: "one evaluation (evaluering) of an offer: when, by which roles, with how many participants"
        case .evaluationOutcomes: "one outcome an evaluation in evaluations.csv measured, and how, in order"
        case .sources:
            "one record and the import source that last supplied it, so that importing the source again removes only its own records (--remove-missing); the file is there only when some record has a source"
        }
    }
}
