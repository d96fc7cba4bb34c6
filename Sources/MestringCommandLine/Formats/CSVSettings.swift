import Foundation
import MestringCSV

/// The CSV options a command accepts: how to write (`--dialect`) and how to read an integrator's
/// own column names (`--mapping`).
struct CSVSettings {
    var dialect: CSVDialect = .rfc4180
    var mapping = ColumnMapping()

    static let valueOptions: Set<String> = ["dialect", "mapping"]

    static let help = """
          --dialect excel|rfc4180  CSV output: excel (UTF-8 with BOM, ';', for Excel in a Norwegian
                                   locale) or rfc4180 (',', the default)
          --mapping FILE|norwegian map your own CSV column names to Mestring's (a mapping file of
                                   `theirs = ours` lines), or use the built-in Norwegian headers
        """

    init() {}

    init(_ arguments: ArgumentList) throws {
        switch arguments.value("dialect") {
        case nil, "rfc4180": dialect = .rfc4180
        case "excel": dialect = .excel
        case let other?: throw UsageError("--dialect: expected excel or rfc4180, got '\(other)'")
        }
        switch arguments.value("mapping") {
        case nil: break
        case "norwegian": mapping = .norwegian
        case let file?: mapping = try ColumnMapping(contentsOf: URL(filePath: file))
        }
    }
}
