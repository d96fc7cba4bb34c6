/// One copy of each distinct short list met during one load: the audiences, stages, phases,
/// languages and municipalities of an offer come from small vocabularies, and offers repeat the
/// same few combinations thousands of times.
///
/// Arrays are copy-on-write, so offers that hold equal lists can hold one buffer. Each list read
/// by hand is a separate allocation (a 32-byte header and the malloc overhead for one or two
/// elements); sharing them took about a tenth off the peak memory a load adds to the file.
/// Only ``CatalogDocumentReader/document(_:)`` shares: a streamed read hands records on and must
/// not keep their lists.
final class SharedLists {
    private var tables: [ObjectIdentifier: AnyObject] = [:]

    /// The list equal to `list` met first in this load, or `list`, now met first.
    func shared<Element: Hashable>(_ list: [Element]) -> [Element] {
        guard !list.isEmpty else { return list }  // The empty array is one static buffer already.
        let key = ObjectIdentifier(Element.self)
        let table: Table<Element>
        if let found = tables[key] {
            table = unsafeDowncast(found, to: Table<Element>.self)
        } else {
            table = Table()
            tables[key] = table
        }
        return table.lists.insert(list).memberAfterInsert
    }

    private final class Table<Element: Hashable> {
        var lists: Set<[Element]> = []
    }
}
