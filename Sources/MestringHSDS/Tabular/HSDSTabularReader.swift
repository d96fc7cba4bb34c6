import Mestring
import MestringAdapterKit

/// Rebuilds the nested HSDS JSON document from the tables of a tabular data package, so that one
/// mapping serves both forms. Each rebuilt object remembers its table and row for errors and the
/// import report; rows no object links to are reported, not dropped.
struct HSDSTabularReader {
    /// The rows of each table, as objects.
    private var objects: [String: [JSONObject]] = [:]
    /// Row positions of each table by the value of a linking column.
    private var index: [String: [String: [Int]]] = [:]
    private var reached: [String: Set<Int>] = [:]
    private var report = HSDSImportReport()

    /// Reads the tables (`nil` for a table the package lacks) into a document and the rows that
    /// nothing links to.
    static func document(tables: [(table: HSDSTable, rows: CSVRows?)]) throws -> (JSONValue, HSDSImportReport) {
        var reader = HSDSTabularReader()
        for (table, rows) in tables {
            guard let rows else { continue }
            try reader.load(table, rows)
        }
        var contents: [JSONValue] = []
        let organizationIDs = Set((reader.objects["organization"] ?? []).compactMap { $0["id"]?.string })
        for position in (reader.objects["organization"] ?? []).indices {
            contents.append(.object(reader.build("organization", position)))
        }
        for (position, service) in (reader.objects["service"] ?? []).enumerated()
        where !organizationIDs.contains(service["organization_id"]?.string ?? "") {
            contents.append(.object(reader.build("service", position)))
        }
        reader.reportUnreached()
        var page = JSONObject()
        page.append("contents", .array(contents))
        return (.object(page), reader.report)
    }

    private mutating func load(_ table: HSDSTable, _ rows: CSVRows) throws {
        var list: [JSONObject] = []
        list.reserveCapacity(rows.rows.count)
        for (number, row) in rows.rows.enumerated() {
            var object = JSONObject()
            for (column, cell) in zip(rows.header, row.fields) where !cell.isEmpty {
                if table.isNumber(column) {
                    guard let value = Double(cell), value.isFinite else {
                        throw StoreError(.malformedData, "expected a number", file: table.file, line: row.line, row: number + 2, field: column)
                    }
                    object.append(column, .number(value))
                } else {
                    object.append(column, .string(cell))
                }
            }
            object.append(HSDSPlace.originKey.description, .string("\(table.file)\u{1}\(number + 2)"))
            list.append(object)
        }
        for column in Self.linkingColumns(of: table.entity) {
            var positions: [String: [Int]] = [:]
            for (position, object) in list.enumerated() {
                if let value = object[column]?.string { positions[value, default: []].append(position) }
            }
            index[table.entity + "." + column] = positions
        }
        objects[table.entity] = list
    }

    private static func linkingColumns(of entity: String) -> [String] {
        var columns = ["id"]
        for relations in HSDSTable.relations.values {
            for relation in relations where relation.entity == entity && !columns.contains(relation.foreignKey) { columns.append(relation.foreignKey) }
        }
        if entity == "attribute" { columns.append("link_id") }
        if entity == "service_at_location" { columns.append("location_id") }
        return columns
    }

    private func rows(_ entity: String, where column: String, is value: String) -> [Int] {
        index[entity + "." + column]?[value] ?? []
    }

    private mutating func build(_ entity: String, _ position: Int) -> JSONObject {
        reached[entity, default: []].insert(position)
        var object = objects[entity]?[position] ?? JSONObject()
        let id = object["id"]?.string ?? ""
        if entity == "service_at_location", let locationID = object["location_id"]?.string,
            let location = rows("location", where: "id", is: locationID).first
        {
            object["location"] = .object(build("location", location))
        }
        for relation in HSDSTable.relations[entity] ?? [] {
            var children: [JSONValue] = []
            for child in rows(relation.entity, where: relation.foreignKey, is: id) {
                if relation.entity == "location", !rows("service_at_location", where: "location_id", is: objects["location"]?[child]["id"]?.string ?? "").isEmpty {
                    continue
                }
                children.append(.object(build(relation.entity, child)))
            }
            if !children.isEmpty { object[relation.key] = .array(children) }
        }
        let attributes = rows("attribute", where: "link_id", is: id).map { position -> JSONValue in
            reached["attribute", default: []].insert(position)
            var attribute = objects["attribute"]?[position] ?? JSONObject()
            if let termID = attribute["taxonomy_term_id"]?.string, let term = rows("taxonomy_term", where: "id", is: termID).first {
                reached["taxonomy_term", default: []].insert(term)
                attribute["taxonomy_term"] = objects["taxonomy_term"].map { .object($0[term]) }
            }
            return .object(attribute)
        }
        if !attributes.isEmpty { object["attributes"] = .array(attributes) }
        return object
    }

    /// Lists rows no object links to: they would otherwise vanish without a word.
    private mutating func reportUnreached() {
        for table in HSDSTable.all where table.entity != "taxonomy" {
            let seen = reached[table.entity] ?? []
            for position in (objects[table.entity] ?? []).indices where !seen.contains(position) {
                report.unmapped.append(.init(place: "\(table.file) row \(position + 1)", reason: "not linked to an organization or service Mestring reads"))
            }
        }
    }
}
