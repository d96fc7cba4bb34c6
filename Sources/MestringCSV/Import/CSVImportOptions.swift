import Mestring

/// How an import reads a folder or file: stop at the first problem or collect them all, how
/// headers are mapped, and what to do with columns Mestring does not know.
public struct CSVImportOptions: Hashable, Sendable {
    /// What happens to a row with a problem.
    public enum Mode: String, Hashable, Sendable {
        /// Stop at the first problem and throw it; nothing is imported. What a store does.
        case strict
        /// Import every good row, and return every bad row with its problems in the report, to be
        /// written as a rejects file that the integrator fixes and imports again.
        case collecting
    }

    /// What happens to a header cell that is neither a Mestring column nor mapped.
    public enum UnknownColumnPolicy: String, Hashable, Sendable {
        /// The import stops with an error naming the column (and the nearest known name). The safe
        /// default: a misspelt `sumary` would otherwise lose every summary.
        case reject
        /// The column is skipped and a warning naming it is put in the report.
        case warn
    }

    /// Stop at the first problem, or collect every rejected row.
    public var mode: Mode
    /// The integrator's column names.
    public var mapping: ColumnMapping
    /// What to do with a column (or a `.csv` file in a folder) Mestring does not know.
    public var unknownColumns: UnknownColumnPolicy
    /// Separator, encoding and limits of the files.
    public var reading: CSVReadOptions
    /// The kind given to a provider that offers.csv names only by organisation number, when the row
    /// has no `provider_kind`. `nil` (the default) leaves it *not stated*: guessing would class a
    /// hospital as a municipal unit, and validation could not tell the guess from a fact. Set it
    /// when the whole file is known to come from one kind of organisation.
    public var createdProviderKind: ProviderKind?

    /// Options for a strict import of Mestring's own column names.
    public init(
        mode: Mode = .strict, mapping: ColumnMapping = ColumnMapping(), unknownColumns: UnknownColumnPolicy = .reject,
        reading: CSVReadOptions = CSVReadOptions(), createdProviderKind: ProviderKind? = nil
    ) {
        self.mode = mode
        self.mapping = mapping
        self.unknownColumns = unknownColumns
        self.reading = reading
        self.createdProviderKind = createdProviderKind
    }
}
