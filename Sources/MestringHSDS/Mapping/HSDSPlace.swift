import Mestring

/// Where an HSDS object was read from: a JSON path, or a table row of the tabular package.
struct HSDSPlace: Sendable {
    /// The member that tells, in an object rebuilt from the tabular package, the table and row it
    /// came from; it never appears in a written document.
    static let originKey: StaticString = "\u{1}origin"

    /// One step below the root: a member, or an element of an array member. Steps are linked,
    /// not spelt out, because the path is only read for a report or an error, and a national feed
    /// has millions of places.
    private final class Step: Sendable {
        let parent: Step?
        let key: String
        let index: Int?

        init(parent: Step?, key: String, index: Int?) {
            self.parent = parent
            self.key = key
            self.index = index
        }
    }

    private let root: String
    private var step: Step?
    /// The table the object was read from, for the tabular package.
    var table: String?
    /// The spreadsheet row in ``table`` (the header is row 1).
    var row: Int?

    /// A place at the top of a document, e.g. `contents[3]`.
    init(path: String) { root = path }

    /// The JSON path of the object (`contents[0].services[2]`).
    var path: String {
        var steps: [Step] = []
        var current = step
        while let next = current {
            steps.append(next)
            current = next.parent
        }
        return steps.reversed().reduce(root) { path, step in
            (path.isEmpty ? "" : path + ".") + step.key + (step.index.map { "[\($0)]" } ?? "")
        }
    }

    /// The place of a member or element: `path.key` or `path.key[index]`.
    func child(_ key: String, index: Int? = nil) -> HSDSPlace {
        var place = self
        place.step = Step(parent: step, key: key, index: index)
        return place
    }

    /// The place of a field, for reports: a JSON path, or `table row N: column`.
    func describe(_ field: String) -> String {
        if let table, let row { return "\(table) row \(row): \(field)" }
        return (path.isEmpty ? "" : path + ".") + field
    }

    /// An error about a field of this object, with its place.
    func error(_ field: String, _ message: String) -> StoreError {
        if let table { return StoreError(.malformedData, message, file: table, row: row, field: field) }
        return StoreError(.malformedData, message, field: (path.isEmpty ? "" : path + ".") + field)
    }
}
