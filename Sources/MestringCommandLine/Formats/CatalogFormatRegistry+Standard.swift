extension CatalogFormatRegistry {
    /// Every format Mestring ships: Mestring JSON, CSV (a folder, or one `.csv` file of offers to
    /// read), SQLite, FHIR R4 (Bundle and NDJSON) and Open Referral HSDS 3.0 (document and tabular
    /// package). Register your own on top of it.
    ///
    /// Of these, FHIR, HSDS and the HSDS package claim locations by contents, and FHIR comes
    /// before HSDS: a FHIR Bundle also has the `status` fields that mark an HSDS document.
    public static let standard = CatalogFormatRegistry([
        .json, .csvFolder, .csvFile, .sqlite, .fhir, .fhirNDJSON, .hsds, .hsdsCSV,
    ])
}
