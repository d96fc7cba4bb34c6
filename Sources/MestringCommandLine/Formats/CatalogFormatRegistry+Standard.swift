extension CatalogFormatRegistry {
    /// Every format Mestring ships: Mestring JSON, CSV (a folder, or one `.csv` file of offers to
    /// read), SQLite, FHIR R4 (Bundle and NDJSON) and Open Referral HSDS 3.0 (document and tabular
    /// package). Register your own on top of it.
    public static let standard = CatalogFormatRegistry([
        .fhir, .hsds, .hsdsCSV, .json, .fhirNDJSON, .csvFile, .csvFolder, .sqlite,
    ])
}
