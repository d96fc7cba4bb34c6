import Mestring

/// The arguments of one subcommand, split into positional arguments and `--option value` pairs.
///
/// Hand-written on purpose (the SDK has no package dependencies). Options may repeat, and a value
/// may also be given as `--option=value`; values of list options may be comma-separated.
struct ArgumentList {
    private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    private var consumed: Set<String> = []

    /// Parses `arguments` given the names of options that take a value and of flags (without `--`).
    init(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--"), argument.count > 2 else {
                positional.append(argument)
                continue
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            if flagOptions.contains(name) {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                flags.insert(name)
            } else if valueOptions.contains(name) {
                guard let value = inlineValue ?? remaining.popFirst() else { throw UsageError("--\(name) needs a value") }
                values[name, default: []].append(value)
            } else {
                let known = (valueOptions.union(flagOptions)).sorted().map { "--\($0)" }.joined(separator: ", ")
                throw UsageError("unknown option --\(name)" + (known.isEmpty ? "" : "; known options: \(known)"))
            }
        }
    }

    /// Every value given for a list option, with comma-separated values split.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0.trimmingSpaces()) } }.filter { !$0.isEmpty }
    }

    /// The last value given for an option.
    func value(_ name: String) -> String? { values[name]?.last }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The positional arguments, requiring exactly `names.count` of them (named in the error).
    func requirePositional(_ names: String...) throws(UsageError) -> [String] {
        guard positional.count == names.count else {
            let expected = names.map { $0.uppercased() }.joined(separator: " ")
            throw UsageError("expected \(expected), got \(positional.count) argument\(positional.count == 1 ? "" : "s")")
        }
        return positional
    }
}

