/// What one conformance check concluded about a store: it passed, it did not apply (and why), or
/// it failed (and what is wrong).
///
/// ``StoreConformance/verify(_:fileID:filePath:line:column:)`` reports outcomes to the running test
/// framework; ``StoreConformance/outcome(of:)`` returns them, for a runner of your own or for
/// assertions on the kit itself.
public enum ConformanceOutcome: Sendable, Equatable, CustomStringConvertible {
    /// The check ran and found nothing wrong.
    case passed
    /// The check does not apply to this store; the reason says why (e.g. the store is read-only).
    /// A skipped check proves nothing, so it is never reported as passed.
    case skipped(reason: String)
    /// The check ran and found problems.
    case failed(ConformanceFailure)

    /// `passed`, `skipped: reason` or the failure's text.
    public var description: String {
        switch self {
        case .passed: "passed"
        case .skipped(let reason): "skipped: \(reason)"
        case .failed(let failure): failure.description
        }
    }
}
