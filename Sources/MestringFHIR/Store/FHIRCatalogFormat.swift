/// The two ways Mestring writes FHIR resources.
public enum FHIRCatalogFormat: String, Sendable, CaseIterable {
    /// One R4 `Bundle` of type `collection` in one JSON document, as directories exchange files.
    case bundle = "fhir"
    /// One resource per line (NDJSON), as FHIR bulk data exports: large catalogues stream line by line.
    case ndjson = "fhir-ndjson"
}
