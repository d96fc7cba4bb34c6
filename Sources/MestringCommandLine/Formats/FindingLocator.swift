import MestringValidation

/// Where validation findings are in a catalogue's files: a file, and a line or row when known.
public typealias FindingLocator = @Sendable (Finding) -> FileLocation?
