/// What an import of FHIR resources could not carry into the catalogue: every element that has no
/// place in Mestring, and the resources of types Mestring does not read.
///
/// A FHIR directory's services carry more than Mestring models (photos, opening hours, endpoints);
/// an import that dropped them without a word would let a publisher believe the catalogue holds
/// everything. Resources Mestring wrote itself import with an empty report.
public struct FHIRImportReport: Hashable, Sendable, CustomStringConvertible {
    /// One element that was not imported.
    public struct Element: Hashable, Sendable, CustomStringConvertible {
        /// The position of the resource in the bundle's entries or the NDJSON lines, from 0; `nil`
        /// for an element of the bundle itself.
        public var resourceIndex: Int?
        /// The resource type (`HealthcareService`), or `Bundle`.
        public var resourceType: String
        /// The element's path in the resource, e.g. `availableTime[0].daysOfWeek`.
        public var path: String
        /// Why it has no place in Mestring.
        public var reason: String

        /// `entry[3] HealthcareService.photo: no place in Mestring`.
        public var description: String {
            let position = resourceIndex.map { "entry[\($0)] " } ?? ""
            return "\(position)\(resourceType)\(path.isEmpty ? "" : "." + path): \(reason)"
        }
    }

    /// Every element not imported, in the order of the input.
    public var unmappedElements: [Element] = []
    /// The number of resources skipped, by resource type (`Patient: 2`).
    public var skippedResources: [String: Int] = [:]

    /// An empty report.
    public init() {}

    /// `true` when everything in the input was imported.
    public var isEmpty: Bool { unmappedElements.isEmpty && skippedResources.isEmpty }

    /// One line per skipped type and per element, for the command line.
    public var description: String {
        let skipped = skippedResources.sorted { $0.key < $1.key }.map { "skipped \($0.value) \($0.key) resource(s)" }
        return (skipped + unmappedElements.map(\.description)).joined(separator: "\n")
    }
}
