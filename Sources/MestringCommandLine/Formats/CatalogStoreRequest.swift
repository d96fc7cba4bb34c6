import Foundation
import MestringCSV

/// What a format's store is made for: the location, reading or writing, and the options the
/// command line was given.
public struct CatalogStoreRequest: Sendable {
    /// Whether the store will only be read, so that nothing is created or upgraded.
    public enum Purpose: Sendable {
        /// Read only: a SQLite file is opened read-only, never created or migrated.
        case reading
        /// Read and written: the store may create the location.
        case writing
    }

    /// The location.
    public var url: URL
    /// Reading or writing.
    public var purpose: Purpose
    /// For formats that hold the public export by default (FHIR, HSDS): also write contact details
    /// and the names of people who have not consented to be listed (`--personal-data`).
    public var includesPersonalData: Bool
    /// For CSV: how files are written (`--dialect`).
    public var csvDialect: CSVDialect
    /// For CSV: the integrator's own column names (`--mapping`).
    public var csvMapping: ColumnMapping

    /// A request with the command line's defaults.
    public init(
        url: URL, purpose: Purpose = .reading, includesPersonalData: Bool = false, csvDialect: CSVDialect = .rfc4180,
        csvMapping: ColumnMapping = ColumnMapping()
    ) {
        self.url = url
        self.purpose = purpose
        self.includesPersonalData = includesPersonalData
        self.csvDialect = csvDialect
        self.csvMapping = csvMapping
    }
}
