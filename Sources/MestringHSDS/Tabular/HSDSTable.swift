/// One table of the HSDS tabular data package: the entity it holds, its file and its columns.
struct HSDSTable: Sendable {
    /// The HSDS entity, e.g. `service`.
    let entity: String
    /// The CSV file, e.g. `services.csv`.
    let file: String
    /// The columns, in the order the package lists them.
    let columns: [String]
    /// The Table Schema type of each column that is not a string (`number`, `date`, `time`…).
    let types: [String: String]

    /// `true` for a column whose cells are numbers in JSON.
    func isNumber(_ column: String) -> Bool { types[column] == "number" || types[column] == "integer" }

    /// The table that holds an entity.
    static func named(_ entity: String) -> HSDSTable? { byEntity[entity] }

    private static let byEntity: [String: HSDSTable] = Dictionary(all.map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })

    /// A nested array of objects and the table and linking column its elements go to.
    struct Relation: Sendable {
        /// The member of the parent object, e.g. `services`.
        let key: String
        /// The child entity, e.g. `service`.
        let entity: String
        /// The child's column that holds the parent's id, e.g. `organization_id`.
        let foreignKey: String
    }

    /// How HSDS nests objects in JSON, by parent entity: the inverse of the tables' foreign keys.
    static let relations: [String: [Relation]] = [
        "organization": [
            .init(key: "services", entity: "service", foreignKey: "organization_id"),
            .init(key: "programs", entity: "program", foreignKey: "organization_id"),
            .init(key: "organization_identifiers", entity: "organization_identifier", foreignKey: "organization_id"),
            .init(key: "phones", entity: "phone", foreignKey: "organization_id"),
            .init(key: "contacts", entity: "contact", foreignKey: "organization_id"),
            .init(key: "locations", entity: "location", foreignKey: "organization_id"),
            .init(key: "funding", entity: "funding", foreignKey: "organization_id"),
        ],
        "service": [
            .init(key: "phones", entity: "phone", foreignKey: "service_id"),
            .init(key: "schedules", entity: "schedule", foreignKey: "service_id"),
            .init(key: "service_areas", entity: "service_area", foreignKey: "service_id"),
            .init(key: "service_at_locations", entity: "service_at_location", foreignKey: "service_id"),
            .init(key: "languages", entity: "language", foreignKey: "service_id"),
            .init(key: "funding", entity: "funding", foreignKey: "service_id"),
            .init(key: "cost_options", entity: "cost_option", foreignKey: "service_id"),
            .init(key: "required_documents", entity: "required_document", foreignKey: "service_id"),
            .init(key: "contacts", entity: "contact", foreignKey: "service_id"),
        ],
        "service_at_location": [
            .init(key: "contacts", entity: "contact", foreignKey: "service_at_location_id"),
            .init(key: "phones", entity: "phone", foreignKey: "service_at_location_id"),
            .init(key: "schedules", entity: "schedule", foreignKey: "service_at_location_id"),
        ],
        "location": [
            .init(key: "languages", entity: "language", foreignKey: "location_id"),
            .init(key: "addresses", entity: "address", foreignKey: "location_id"),
            .init(key: "contacts", entity: "contact", foreignKey: "location_id"),
            .init(key: "accessibility", entity: "accessibility", foreignKey: "location_id"),
            .init(key: "phones", entity: "phone", foreignKey: "location_id"),
            .init(key: "schedules", entity: "schedule", foreignKey: "location_id"),
        ],
        "contact": [.init(key: "phones", entity: "phone", foreignKey: "contact_id")],
        "phone": [.init(key: "languages", entity: "language", foreignKey: "phone_id")],
    ]
}
