import Mestring

/// A catalogue as read, with what the format held but Mestring has no place for.
public struct LoadedCatalog: Sendable {
    /// What was read.
    public var catalog: Catalog
    /// What was left out, one reason a line, without values (the description of the format's import
    /// report); empty when everything was imported.
    public var notImported: String

    /// A catalogue and what was left out of it.
    public init(catalog: Catalog, notImported: String = "") {
        self.catalog = catalog
        self.notImported = notImported
    }
}
