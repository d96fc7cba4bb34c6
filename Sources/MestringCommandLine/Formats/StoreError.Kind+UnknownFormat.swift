import Mestring

extension StoreError.Kind {
    /// No registered format claims a location, or `--format` names none.
    public static let unknownFormat = StoreError.Kind(rawValue: "unknownFormat")
}
