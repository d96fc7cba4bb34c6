import Mestring

/// The resource being read: its position and type, for the import report and for errors.
///
/// A malformed element fails with the file, the line (NDJSON), the resource's index and type and
/// the element's path; an element without a place in Mestring goes into the report instead.
final class FHIRReadScope {
    let index: Int?
    let resourceType: String
    private let context: FHIRReadContext

    init(index: Int?, resourceType: String, context: FHIRReadContext) {
        self.index = index
        self.resourceType = resourceType
        self.context = context
    }

    /// Records an element that has no place in Mestring.
    func unmapped(_ path: String, _ reason: String = "no place in Mestring") {
        context.report.unmappedElements.append(
            FHIRImportReport.Element(resourceIndex: index, resourceType: resourceType, path: path, reason: reason))
    }

    /// The error for an element Mestring cannot read, e.g. an unknown code in a Mestring code system.
    func malformed(_ path: String, _ message: String) -> StoreError {
        context.error(index: index, resourceType: resourceType, path: path, message: message)
    }
}

/// What one import shares across resources: the file, the report, and how to locate a resource.
final class FHIRReadContext {
    let file: String?
    /// The field path prefix of a resource (`entry[3].resource` in a bundle) and its line, if known.
    let locate: (Int) -> (prefix: String, line: Int?)
    var report = FHIRImportReport()
    /// Resources skipped whole, whose elements are counted, not listed.
    var skippedIndices = Set<Int>()

    init(file: String?, locate: @escaping (Int) -> (prefix: String, line: Int?)) {
        self.file = file
        self.locate = locate
    }

    /// A context for one part of an import read in parallel: the same file and places, a report
    /// of its own.
    func part() -> FHIRReadContext { FHIRReadContext(file: file, locate: locate) }

    /// The report, with the elements no model read except those of resources skipped whole.
    func reportAdding(_ unread: [(index: Int?, type: String, path: String)]) -> FHIRImportReport {
        var report = report
        report.unmappedElements += unread.filter { $0.index.map { !skippedIndices.contains($0) } ?? true }.map {
            FHIRImportReport.Element(resourceIndex: $0.index, resourceType: $0.type, path: $0.path, reason: "no place in Mestring")
        }
        return report
    }

    func error(index: Int?, resourceType: String, path: String, message: String) -> StoreError {
        let location = index.map(locate)
        let prefix = location?.prefix ?? ""
        let field = [prefix, path].filter { !$0.isEmpty }.joined(separator: ".")
        return StoreError(.malformedData, "\(resourceType): \(message)", file: file, line: location?.line, field: field)
    }
}
