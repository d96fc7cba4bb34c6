import MestringAdapterKit

/// Flattens an HSDS JSON document into the tables of the tabular data package: every nested
/// object becomes a row of its entity's table, linked to its parent by the parent's id.
struct HSDSTabularWriter {
    private var rows: [String: [[String: String]]] = [:]
    private var termIDs = Set<String>()
    private var taxonomyIDs: [String] = []

    /// The CSV bytes of every table, header first, in the package's table order.
    static func tables(of document: JSONValue) throws -> [(table: HSDSTable, bytes: [UInt8])] {
        var writer = HSDSTabularWriter()
        for item in document.object?["contents"]?.array ?? [] {
            if let object = item.object { try writer.emit("organization", object, link: nil) }
        }
        for id in writer.taxonomyIDs {
            guard let taxonomy = MestringTaxonomies.taxonomiesByID[id] else { continue }
            writer.rows["taxonomy", default: []].append(["id": taxonomy.id, "name": taxonomy.name, "description": taxonomy.description, "uri": taxonomy.uri])
        }
        return HSDSTable.all.map { table in
            var bytes: [UInt8] = []
            CSVQuoting.appendRow(table.columns, to: &bytes)
            for row in writer.rows[table.entity] ?? [] { CSVQuoting.appendRow(table.columns.map { row[$0] }, to: &bytes) }
            return (table, bytes)
        }
    }

    private mutating func emit(_ entity: String, _ object: JSONObject, link: (column: String, id: String)?) throws {
        var row: [String: String] = [:]
        let id = object["id"]?.string ?? ""
        let relations = HSDSTable.relations[entity] ?? []
        for (key, value) in zip(object.keys, object.values) {
            switch value {
            case .string(let text): row[key] = text
            case .number(let number): row[key] = try JSONValue.spelling(of: number)
            case .bool(let flag): row[key] = flag ? "true" : "false"
            case .object(let child) where key == "location":
                try emit("location", child, link: nil)
            case .array(let elements) where key == "attributes":
                for element in elements { if let attribute = element.object { emitAttribute(attribute, linkID: id, linkEntity: entity) } }
            case .array(let elements):
                guard let relation = relations.first(where: { $0.key == key }) else { continue }
                for element in elements { if let child = element.object { try emit(relation.entity, child, link: (relation.foreignKey, id)) } }
            default: continue
            }
        }
        if let link, row[link.column] == nil { row[link.column] = link.id }
        rows[entity, default: []].append(row)
    }

    private mutating func emitAttribute(_ attribute: JSONObject, linkID: String, linkEntity: String) {
        var row: [String: String] = ["link_id": linkID, "link_entity": linkEntity]
        for key in ["id", "taxonomy_term_id", "value"] { row[key] = attribute[key]?.string }
        rows["attribute", default: []].append(row)
        guard let termID = attribute["taxonomy_term_id"]?.string, termIDs.insert(termID).inserted else { return }
        // A term of a published Mestring taxonomy is linked by id only; a diagnosis term is written in full.
        var termRow: [String: String] = [:]
        if let term = attribute["taxonomy_term"]?.object {
            for (key, value) in zip(term.keys, term.values) { if let text = value.string { termRow[key] = text } }
        } else if let term = MestringTaxonomies.termsByID[termID] {
            for (key, value) in term.members { termRow[key] = value }
        }
        rows["taxonomy_term", default: []].append(termRow)
        if let taxonomyID = termRow["taxonomy_id"], !taxonomyIDs.contains(taxonomyID) { taxonomyIDs.append(taxonomyID) }
    }
}
