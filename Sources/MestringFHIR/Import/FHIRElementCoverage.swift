import MestringAdapterKit

/// Places the elements of the input that the resource models did not read, so that an import can
/// report them instead of losing them silently.
///
/// `JSONDecoder` would ignore members a model does not declare (a HealthcareService's `photo`, an
/// extension's `valueAddress`). The models are read by hand with the kit's `JSONDocument.read`,
/// which lists every member that carried data but that no reader used, at its outermost unread
/// element, in the one walk that reads; this type names the resource each belongs to.
enum FHIRElementCoverage {
    typealias Path = [JSONSourceMap.PathComponent]

    /// Where the resources are in the input: `entry[i].resource` in a bundle, `[i]` for the
    /// resource of the i-th NDJSON line with content.
    enum Layout {
        case bundle, array

        /// The resource index and where its own path starts, for a member path of the input.
        func resource(of path: Path) -> (index: Int, start: Int)? {
            switch self {
            case .bundle:
                guard path.count >= 3, path[0] == .key("entry"), case .index(let index) = path[1], path[2] == .key("resource") else { return nil }
                return (index, 3)
            case .array:
                guard case .index(let index)? = path.first else { return nil }
                return (index, 1)
            }
        }
    }

    /// Every unread element as (resource index or `nil` for the bundle, resource type, path within
    /// the resource), resources in input order.
    static func unreadElements(_ unread: [Path], layout: Layout, resourceType: (Int) -> String) -> [(index: Int?, type: String, path: String)] {
        let placed = unread.map { path -> (index: Int?, type: String, path: String) in
            guard let (index, start) = layout.resource(of: path) else { return (nil, "Bundle", JSONSourceMap.fieldPath(path)) }
            return (index, resourceType(index), JSONSourceMap.fieldPath(Array(path[start...])))
        }
        return placed.enumerated().sorted { ($0.element.index ?? -1, $0.offset) < ($1.element.index ?? -1, $1.offset) }.map(\.element)
    }
}
