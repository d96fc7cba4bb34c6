extension FHIRProfiles {
    /// The Markdown table of Mestring's extensions that `Documentation/FHIR.md` shows, generated
    /// from ``MestringExtension`` so that a test can keep the document and the code in step.
    public static func extensionTable() -> String {
        var lines = ["| Extension (`\(FHIRSystems.extensionBase)…`) | On | Value | Meaning |", "|---|---|---|---|"]
        for item in MestringExtension.allCases {
            let value: String =
                switch item.value {
                case .simple(let type): "`\(type)`"
                case .complex(let parts): parts.map { "`\($0.name)`: \($0.type)" }.joined(separator: ", ")
                }
            lines.append("| `\(item.rawValue)` | \(item.context.joined(separator: ", ")) | \(value) | \(item.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
