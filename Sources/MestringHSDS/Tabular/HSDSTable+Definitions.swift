extension HSDSTable {
    /// The tables of the HSDS 3.0 tabular data package, in the order of its `datapackage.json`,
    /// with their columns in order and the types of the columns that are not text.
    static let all: [HSDSTable] = [
        HSDSTable(
            entity: "organization", file: "organizations.csv",
            columns: ["id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"],
            types: ["year_incorporated": "number"]),
        HSDSTable(
            entity: "program", file: "programs.csv",
            columns: ["id", "organization_id", "name", "alternate_name", "description"],
            types: [:]),
        HSDSTable(
            entity: "service", file: "services.csv",
            columns: ["id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified"],
            types: ["minimum_age": "number", "maximum_age": "number", "assured_date": "date", "last_modified": "datetime"]),
        HSDSTable(
            entity: "attribute", file: "attributes.csv",
            columns: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
            types: [:]),
        HSDSTable(
            entity: "service_at_location", file: "service_at_location.csv",
            columns: ["id", "service_id", "location_id", "description"],
            types: [:]),
        HSDSTable(
            entity: "location", file: "locations.csv",
            columns: ["id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"],
            types: ["latitude": "number", "longitude": "number"]),
        HSDSTable(
            entity: "phone", file: "phones.csv",
            columns: ["id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number", "extension", "type", "description"],
            types: ["extension": "number"]),
        HSDSTable(
            entity: "contact", file: "contacts.csv",
            columns: ["id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title", "department", "email"],
            types: [:]),
        HSDSTable(
            entity: "address", file: "addresses.csv",
            columns: ["id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"],
            types: [:]),
        HSDSTable(
            entity: "schedule", file: "schedules.csv",
            columns: ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"],
            types: ["valid_from": "date", "valid_to": "date", "dtstart": "date", "timezone": "number", "until": "date", "count": "number", "interval": "number", "opens_at": "time", "closes_at": "time"]),
        HSDSTable(
            entity: "funding", file: "funding.csv",
            columns: ["id", "organization_id", "service_id", "source"],
            types: [:]),
        HSDSTable(
            entity: "service_area", file: "service_areas.csv",
            columns: ["id", "service_id", "name", "description", "extent", "extent_type", "uri"],
            types: [:]),
        HSDSTable(
            entity: "required_document", file: "required_documents.csv",
            columns: ["id", "service_id", "document", "uri"],
            types: [:]),
        HSDSTable(
            entity: "language", file: "languages.csv",
            columns: ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
            types: [:]),
        HSDSTable(
            entity: "accessibility", file: "accessibility.csv",
            columns: ["id", "location_id", "description", "details", "url"],
            types: [:]),
        HSDSTable(
            entity: "taxonomy_term", file: "taxonomy_terms.csv",
            columns: ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"],
            types: [:]),
        HSDSTable(
            entity: "metadata", file: "metadata.csv",
            columns: ["id", "resource_id", "resource_type", "last_action_date", "last_action_type", "field_name", "previous_value", "replacement_value", "updated_by"],
            types: ["last_action_date": "date"]),
        HSDSTable(
            entity: "meta_table_description", file: "meta_table_descriptions.csv",
            columns: ["id", "name", "language", "character_set"],
            types: [:]),
        HSDSTable(
            entity: "cost_option", file: "cost_options.csv",
            columns: ["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"],
            types: ["valid_from": "date", "valid_to": "date", "amount": "number"]),
        HSDSTable(
            entity: "organization_identifier", file: "organization_identifiers.csv",
            columns: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
            types: [:]),
        HSDSTable(
            entity: "taxonomy", file: "taxonomies.csv",
            columns: ["id", "name", "description", "uri", "version"],
            types: [:]),
    ]
}
