/// What the command line asks for: `MestringBenchmarks [case|all] [--offers N | N | --quick] [--database PATH]`.
///
/// The goals of issue 13 are stated for 100,000 offers; `--quick` (10,000 offers) or `--offers N`
/// gives a short smoke run for CI, where figures are printed but goals are not judged.
struct BenchmarkOptions {
    /// The case to run, or `all`.
    var requested = "all"
    /// The catalogue size every case that generates offers uses.
    var offers = BenchmarkOptions.fullSize
    /// `--database PATH`: the `sqlite` case measures its queries and `load()` on this existing
    /// catalogue database instead of a generated one (your own catalogue's figures).
    var database: String?

    /// The size the goals are stated for.
    static let fullSize = 100_000

    /// The options of this process.
    static let current = BenchmarkOptions(Array(CommandLine.arguments.dropFirst()))

    init(_ arguments: [String]) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--quick": offers = 10_000
            case "--offers": offers = remaining.popFirst().flatMap { Int($0) } ?? offers
            case "--database": database = remaining.popFirst()
            default:
                if let count = Int(argument) {
                    offers = count  // `fhir 20000`, as the FHIR case has always taken it
                } else if !argument.hasPrefix("-") {
                    requested = argument
                }
            }
        }
    }

    /// `true` when the run uses the size the goals are stated for, so that they can be judged.
    var judgesGoals: Bool { offers == Self.fullSize && database == nil }
}
