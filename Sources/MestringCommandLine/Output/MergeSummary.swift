import Mestring

/// What `mestring import SOURCE --into CATALOGUE` did (or, in a dry run, would do), one line per
/// added, changed, missing or removed record and a count of the unchanged ones.
///
/// Changed records name their fields by path, never their values, so the summary can be pasted
/// into a ticket or a log without personal data in it.
struct MergeSummary {
    let result: CatalogMergeResult
    /// How the source is named in the lines: `tilbud.csv`, `the worklist fiks.csv`.
    let source: String
    let target: String
    let dryRun: Bool

    var text: String {
        var lines = [dryRun ? "dry run: \(source) into \(target); nothing is written" : "\(source) into \(target)"]
        for change in result.changes {
            let record = "\(change.kind.rawValue) \(StoreError.excerpt(change.id, quoted: false))"
            switch change.outcome {
            case .added: lines.append("  added      \(record)")
            case .changed: lines.append("  changed    \(record)" + (change.fields.isEmpty ? "" : ": " + change.fields.joined(separator: ", ")))
            case .missing: lines.append("  missing    \(record): no longer in \(source); kept (--remove-missing removes it)")
            case .removed: lines.append("  removed    \(record): no longer in \(source)")
            case .unchanged: continue
            }
        }
        let counts: [(RecordChange.Outcome, String)] = [
            (.added, "added"), (.changed, "changed"), (.unchanged, "unchanged"), (.missing, "no longer in the source, kept"),
            (.removed, "no longer in the source, removed"),
        ]
        lines.append(counts.compactMap { outcome, label in
            let count = result.changes(outcome).count
            return count == 0 && outcome != .added && outcome != .changed && outcome != .unchanged ? nil : "\(count) \(label)"
        }.joined(separator: ", "))
        if !result.changesCatalogue { lines.append(dryRun ? "the catalogue would stay as it is" : "the catalogue is unchanged; nothing was written") }
        return lines.joined(separator: "\n") + "\n"
    }
}
