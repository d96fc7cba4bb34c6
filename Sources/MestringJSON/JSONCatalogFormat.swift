/// The identity of Mestring's JSON catalogue format: a name and a version written into every file.
///
/// A reader can then refuse a file that is something else, or that a newer Mestring wrote in a
/// format this version does not understand, instead of misreading it. The format is described by
/// the JSON Schema in `Documentation/Schemas/mestring-catalog.schema.json`.
public enum JSONCatalogFormat {
    /// The value of the document's `format` field.
    public static let name = "mestring-catalog"
    /// The newest format version this Mestring writes and reads. Version 2 added programmes,
    /// evaluations and the fields that refer to them; version 3 added `sources`, where each record
    /// came from (``Mestring/RecordSources``). Version 1 and 2 files are still read.
    public static let version = 3
    /// The version written for a catalogue without sources: such a file needs nothing of version 3,
    /// so it stays readable by a Mestring that reads version 2, and existing files keep their bytes.
    public static let versionWithoutSources = 2
}
