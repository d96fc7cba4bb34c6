/// `Documentation/HSDS.md`, generated from the mapping's own tables (the taxonomies, their terms
/// and the carried fields) so that the published mapping cannot drift from the code; a test
/// compares the file with this text.
enum HSDSDocumentation {
    /// Where each Mestring field goes in HSDS; the taxonomies below are read from the code.
    static let fieldMap: [(mestring: String, hsds: String)] = [
        ("catalogue info (title, publisher, updated, notice)", "the first `organization` (attribute `mestring-field:catalogue`); name from the title, description from the notice; each field exactly as `mestring-field` attributes"),
        ("provider", "`organization`"),
        ("provider.id", "`organization.id` (UUID v5 of the id) and attribute `mestring-field:id`"),
        ("provider.name", "`organization.name`; other languages as attribute `mestring-field:name` (Mestring JSON)"),
        ("provider.kind", "attribute in taxonomy `mestring-provider-kind`; `organization.description` says the kind and level in words"),
        ("provider.organisationNumber", "`organization_identifiers[]` with `identifier_scheme` `NO-BRC` (org-id.guide: Brønnøysundregistrene)"),
        ("provider.parent", "`organization.parent_organization_id`; a parent outside the catalogue as `mestring-field:parent`"),
        ("provider.website, email, phone", "`organization.website`, `email`, `phones[0].number` (invalid URI or e-mail: `mestring-field:website` / `email`)"),
        ("provider.coordinatingUnit", "`organization.contacts[]` with title `Koordinerende enhet`"),
        ("provider.municipalities, healthTrust", "attributes `mestring-field:municipality`, `health-trust`"),
        ("offer", "`service`, nested in its provider's organization"),
        ("offer.id", "`service.id` (UUID v5) and attribute `mestring-field:id`"),
        ("offer.title, summary", "`service.name`, `description`; other languages as `mestring-field:title` / `summary`"),
        ("offer.provider", "`service.organization_id`; a provider outside the catalogue as `mestring-field:provider`"),
        ("offer.programme", "`service.program_id`; a programme outside the catalogue as `mestring-field:programme`"),
        ("offer.website", "`service.url`"),
        ("offer.signUp", "`service.application_process` (instructions), `email`, `contacts[]` named `Påmelding` with the method as title and `phones[]`; what does not fit (url, deadline) as `mestring-field:sign-up`"),
        ("offer.price", "`service.cost_options[]` (amount in NOK, `amount_description`) and `fees_description`"),
        ("offer.eligibility", "`service.eligibility_description`, `minimum_age`, `maximum_age`; residency as `mestring-field:eligibility`"),
        ("offer.languages", "`service.languages[].code` (ISO 639 / BCP 47)"),
        ("offer.municipalities", "`service.service_areas[]`: name from the built-in register, `extent` the number, `extent_type` `ssb-kommunenummer`"),
        ("offer.schedule", "`service.schedules[]`: one for the period (`valid_from`, `valid_to`, `count`, `description`), one per session (`dtstart`, `opens_at`, `closes_at`, `description`)"),
        ("offer.venue, deliveryMode", "`service_at_locations[].location`: physical (name = venue) for in-person and hybrid, virtual for digital, hybrid and self-paced; the mode also as `mestring-delivery-mode`"),
        ("offer.accessibility", "`location.accessibility[]` (`description`, `details` in words) and `mestring-field:accessibility` for the yes/no/not stated values"),
        ("offer.kind, format, focus, method, stages, audiences, routes, expectedOutcomes", "attributes in the Mestring vocabularies below"),
        ("offer.diagnoses", "attributes with terms in taxonomies `icd-10`, `icpc-2`, `snomed-ct` (value: the label)"),
        ("offer.themes, partners, capacity, requiresSpecialistCompetence", "attributes `mestring-field:theme`, `partner`, `capacity`, `requires-specialist-competence`"),
        ("offer.involvement", "attributes `mestring-field:involvement` (Mestring JSON: person and phases)"),
        ("person", "attribute `mestring-field:person` on the catalogue organization (Mestring JSON); the public export unless personal data is asked for"),
        ("pathway", "`program` of an organization standing for the collaboration on the pathway (HSDS allows one program per organization); steps in order as `mestring-field:pathway-step`, audiences and conditions as attributes"),
        ("programme", "`program` of an organization of its own under the owner; the whole programme as `mestring-field:programme-record`"),
        ("evaluation", "attribute `mestring-field:evaluation` on the catalogue organization (Mestring JSON)"),
    ]

    /// The whole file.
    static var markdown: String {
        var text = """
            # Mestring and Open Referral HSDS 3.0

            <!-- Generated from Sources/MestringHSDS by the test HSDSDocumentationTests; do not edit by hand. -->

            `MestringHSDS` writes a catalogue as an HSDS 3.0 JSON document (a page of organizations with
            their services and programs) or as the HSDS tabular data package, and reads both, including
            feeds Mestring did not write. Every record's HSDS id is a UUID version 5 derived from the
            Mestring identifier (namespace: UUID v5 of `mestring.hsds` in the URL namespace); the parts of a
            record (phones, schedules, locations, attributes…) get version 8 UUIDs derived from the record's
            UUID, their role and their index. So the same catalogue always gives the same document; the
            Mestring identifier travels as attribute `mestring-field:id`.
            A value goes into an HSDS field when it fits there and comes back exactly; otherwise it is
            carried, exactly, in an attribute whose term is in a Mestring taxonomy below. Mestring JSON →
            HSDS → Mestring JSON gives the same bytes for the public export of every example.

            Importing a foreign feed maps what maps; everything else is listed in the import report with
            its place (JSON path, or table, row and column). What Mestring needs and the feed does not
            say stays *not stated*, and `mestring validate` says what to add.

            The JSON document is compact, one organization (with its services) a line: a national
            catalogue is read by programs, and indentation would double its size and the time to write and
            read it. An attribute links a term of a Mestring taxonomy by `taxonomy_term_id` only, the term's
            UUID in the tables below (the tabular package lists the terms in `taxonomy_terms.csv`); a
            diagnosis term, made for the code at hand, is written in full as the attribute's `taxonomy_term`.

            Where a service carries a value exactly (its schedule, a location's accessibility), the carried
            value is what comes back, and the HSDS fields Mestring projected it into (`schedules`, the
            location's `accessibility`) are not read on import. A tool that edits those fields in a
            document Mestring wrote should change or remove the carried attribute too; without it, the HSDS
            fields are read as in any other feed.

            The document is written straight into one buffer, each object where it stands inside its
            parent, with the same bytes every time. For 100,000 offers writing it takes about 1.1 to 1.3 times
            as long as writing the catalogue as Mestring JSON, for a file 2.2 times as large. Reading a
            document of a megabyte or more is split over every processor: a page written one organization a
            line, as Mestring writes it, is checked and read in runs of lines of about equal size, each run a
            document of its own; any other document is checked once and read in runs of consecutive
            organizations. Either way the parts are put together exactly as one pass would have them. It
            takes about 2.0 times as long as Mestring JSON's hand-written reader (2.7 times before the runs
            of lines; quiet runs of the benchmark, see the Performance article).

            ## Field mapping

            | Mestring | HSDS |
            |---|---|

            """
        for (mestring, hsds) in fieldMap { text += "| \(mestring) | \(hsds) |\n" }
        text += "\n## Taxonomies\n\nEach taxonomy and term has a fixed UUID; term codes are `taxonomy:value`.\n"
        for taxonomy in MestringTaxonomies.all {
            text += "\n### \(taxonomy.name) (`\(taxonomy.code)`)\n\n\(taxonomy.description). URI: `\(taxonomy.uri)`; id `\(taxonomy.id)`.\n"
            guard !taxonomy.terms.isEmpty else {
                text += "Terms are the codes an offer names (`\(taxonomy.code):J44`); the attribute's value is the offer's label.\n"
                continue
            }
            text += "\n| Term code | Id | Name | Meaning |\n|---|---|---|---|\n"
            for term in taxonomy.terms { text += "| `\(term.code)` | `\(term.id)` | \(term.name) | \(term.description) |\n" }
        }
        return text
    }
}
