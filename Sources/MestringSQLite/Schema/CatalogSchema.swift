/// The history of the catalogue database's schema, as migrations.
///
/// Version 1 is the normalized base schema: one table per record kind, child tables for lists,
/// indexes for every dimension of ``Mestring/OfferQuery``. Version 2 adds the full-text index over offer
/// titles and summaries. Version 3 adds programmes, evaluations, referral routes, who appointed a
/// user representative and the coordinating unit of a hand-over. Version 4 lets an offer's kind,
/// format, provider, focus and method and a provider's kind be *not stated* (`NULL`). Version 5
/// adds `record_sources`, where each record came from (``Mestring/RecordSources``). Version 6 keeps
/// each offer's lists in its own row, as JSON, so that reading an offer is one row. Version 7 keys
/// the filter tables derived from those lists by `(value, offer)` alone. Each
/// migration is frozen once released; Documentation/SQLite.md describes the tables.
enum CatalogSchema {
    /// Identifies a SQLite file as a Mestring catalogue (`PRAGMA application_id`, "MSTR").
    static let applicationID = 0x4D53_5452

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.register("v1: base schema") { db in try db.execute(version1) }
        migrator.register("v2: full-text index of offer titles and summaries") { db in
            try db.execute(version2)
            try SearchableText.recomputeFlags(in: db)
            try db.execute("INSERT INTO offer_search(offer_search) VALUES ('rebuild')")
        }
        migrator.register("v3: programmes, evaluations, referral routes, appointing bodies, hand-over units") { db in
            try db.execute(version3)
        }
        migrator.register("v4: not-stated kind, format, provider, focus and method", rebuildsTables: true) { db in
            try db.execute(version4)
        }
        migrator.register("v5: where each record came from") { db in try db.execute(version5) }
        migrator.register("v6: each offer's lists in its row") { db in try db.execute(version6) }
        migrator.register("v7: filter tables keyed by value and offer", rebuildsTables: true) { db in try db.execute(version7) }
        return migrator
    }()

    /// Tables of record kinds, children before parents: the order in which to empty them.
    static let dataTables = [
        "person_lived_experience_diagnoses", "person_lived_experience", "people",
        "offer_diagnosis_coverage", "offer_stages", "offer_audiences", "offer_languages", "offer_municipalities", "offers",
        "provider_municipalities", "providers",
        "pathway_audiences", "pathway_conditions", "pathway_steps", "pathways",
        "programme_audiences", "programme_stages", "programme_required_roles", "programme_required_experience", "programmes",
        "evaluation_roles", "evaluation_measurements", "evaluations",
        "record_sources",
        "catalog",
    ]

    static let version1 = """
        CREATE TABLE catalog (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            title TEXT, publisher TEXT, updated TEXT, notice TEXT
        );

        CREATE TABLE providers (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            name_nb TEXT, name_nn TEXT, name_en TEXT, name_se TEXT,
            kind TEXT NOT NULL,
            organisation_number TEXT,
            health_trust TEXT,
            parent TEXT,
            coordinating_unit_name TEXT, coordinating_unit_phone TEXT, coordinating_unit_email TEXT,
            website TEXT, phone TEXT, email TEXT
        );
        CREATE INDEX providers_by_id ON providers (id, position);
        CREATE TABLE provider_municipalities (
            provider INTEGER NOT NULL REFERENCES providers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            municipality TEXT NOT NULL,
            PRIMARY KEY (provider, position)
        ) WITHOUT ROWID;

        CREATE TABLE people (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            affiliation TEXT,
            profession TEXT,
            health_pedagogy_basis TEXT, health_pedagogy_completed TEXT,
            peer_training_programme TEXT, peer_training_completed TEXT,
            listing_consent INTEGER NOT NULL,
            has_contact INTEGER NOT NULL, contact_phone TEXT, contact_email TEXT
        );
        CREATE INDEX people_by_id ON people (id, position);
        CREATE TABLE person_lived_experience (
            person INTEGER NOT NULL REFERENCES people (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            notes TEXT,
            PRIMARY KEY (person, position)
        ) WITHOUT ROWID;
        CREATE TABLE person_lived_experience_diagnoses (
            person INTEGER NOT NULL,
            experience INTEGER NOT NULL,
            position INTEGER NOT NULL,
            system TEXT NOT NULL, code TEXT NOT NULL, label TEXT,
            PRIMARY KEY (person, experience, position),
            FOREIGN KEY (person, experience) REFERENCES person_lived_experience (person, position) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE TABLE offers (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            title_nb TEXT, title_nn TEXT, title_en TEXT, title_se TEXT,
            summary_nb TEXT, summary_nn TEXT, summary_en TEXT, summary_se TEXT,
            kind TEXT NOT NULL,
            format TEXT NOT NULL,
            provider TEXT NOT NULL,
            focus TEXT NOT NULL,
            method TEXT NOT NULL,
            delivery_mode TEXT,
            has_accessibility INTEGER NOT NULL,
            wheelchair_accessible INTEGER, hearing_loop INTEGER, interpreter_available INTEGER, easy_read INTEGER,
            accessibility_notes_nb TEXT, accessibility_notes_nn TEXT, accessibility_notes_en TEXT, accessibility_notes_se TEXT,
            has_eligibility INTEGER NOT NULL,
            minimum_age INTEGER, maximum_age INTEGER, residents_only INTEGER,
            eligibility_notes_nb TEXT, eligibility_notes_nn TEXT, eligibility_notes_en TEXT, eligibility_notes_se TEXT,
            has_schedule INTEGER NOT NULL,
            start_date TEXT, end_date TEXT, session_count INTEGER,
            schedule_notes_nb TEXT, schedule_notes_nn TEXT, schedule_notes_en TEXT, schedule_notes_se TEXT,
            capacity INTEGER,
            price_amount INTEGER,
            price_notes_nb TEXT, price_notes_nn TEXT, price_notes_en TEXT, price_notes_se TEXT,
            sign_up_method TEXT, sign_up_url TEXT, sign_up_phone TEXT, sign_up_email TEXT, sign_up_deadline TEXT,
            sign_up_instructions_nb TEXT, sign_up_instructions_nn TEXT, sign_up_instructions_en TEXT, sign_up_instructions_se TEXT,
            venue TEXT,
            website TEXT,
            requires_specialist_competence INTEGER NOT NULL
        );
        CREATE INDEX offers_by_id ON offers (id, position);
        CREATE INDEX offers_by_kind ON offers (kind);
        CREATE INDEX offers_by_delivery_mode ON offers (delivery_mode);

        CREATE TABLE offer_partners (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            provider TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE TABLE offer_diagnoses (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            system TEXT NOT NULL, code TEXT NOT NULL, label TEXT,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE TABLE offer_diagnosis_coverage (
            key TEXT NOT NULL,
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            PRIMARY KEY (key, offer)
        ) WITHOUT ROWID;
        CREATE INDEX offer_diagnosis_coverage_by_offer ON offer_diagnosis_coverage (offer);
        CREATE TABLE offer_themes (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            theme TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE TABLE offer_stages (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            stage TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE INDEX offer_stages_by_stage ON offer_stages (stage, offer);
        CREATE TABLE offer_audiences (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            audience TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE INDEX offer_audiences_by_audience ON offer_audiences (audience, offer);
        CREATE TABLE offer_languages (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE INDEX offer_languages_by_language ON offer_languages (language, offer);
        CREATE TABLE offer_municipalities (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            municipality TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE INDEX offer_municipalities_by_municipality ON offer_municipalities (municipality, offer);
        CREATE TABLE offer_involvement (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE TABLE offer_involvement_phases (
            offer INTEGER NOT NULL,
            involvement INTEGER NOT NULL,
            position INTEGER NOT NULL,
            phase TEXT NOT NULL,
            PRIMARY KEY (offer, involvement, position),
            FOREIGN KEY (offer, involvement) REFERENCES offer_involvement (offer, position) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE offer_outcomes (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;
        CREATE TABLE offer_sessions (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            start TEXT,
            duration_minutes INTEGER,
            topic_nb TEXT, topic_nn TEXT, topic_en TEXT, topic_se TEXT,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;

        CREATE TABLE pathways (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            name_nb TEXT, name_nn TEXT, name_en TEXT, name_se TEXT,
            summary_nb TEXT, summary_nn TEXT, summary_en TEXT, summary_se TEXT
        );
        CREATE INDEX pathways_by_id ON pathways (id, position);
        CREATE TABLE pathway_audiences (
            pathway INTEGER NOT NULL REFERENCES pathways (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            audience TEXT NOT NULL,
            PRIMARY KEY (pathway, position)
        ) WITHOUT ROWID;
        CREATE TABLE pathway_conditions (
            pathway INTEGER NOT NULL REFERENCES pathways (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            system TEXT NOT NULL, code TEXT NOT NULL, label TEXT,
            PRIMARY KEY (pathway, position)
        ) WITHOUT ROWID;
        CREATE TABLE pathway_steps (
            pathway INTEGER NOT NULL REFERENCES pathways (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            offer TEXT,
            offer_kind TEXT,
            level TEXT,
            stage TEXT NOT NULL,
            hand_over_nb TEXT, hand_over_nn TEXT, hand_over_en TEXT, hand_over_se TEXT,
            PRIMARY KEY (pathway, position)
        ) WITHOUT ROWID;
        """

    /// The full-text index is an external-content FTS5 table over a view that joins each offer's
    /// title and summary translations, so the texts are stored once. The store keeps it in step
    /// with `offers` itself (see `OfferSearchIndex`). `text_needs_check` marks offers whose texts
    /// contain characters where SQLite's tokenizer and ``Mestring/TextSearch`` could disagree; the store
    /// checks those offers with ``Mestring/TextSearch`` itself. A 16 MB in-memory term buffer (`hashsize`,
    /// 1 MB by default) lets a whole-catalogue save write a few large index segments instead of
    /// many small ones that must be merged, which makes indexing 100,000 offers 40 % faster.
    static let version2 = """
        ALTER TABLE offers ADD COLUMN text_needs_check INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX offers_needing_text_check ON offers (position) WHERE text_needs_check;
        \(offerSearchSource)
        CREATE VIRTUAL TABLE offer_search USING fts5 (
            title, summary,
            content = 'offer_search_source', content_rowid = 'position',
            tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
        );
        INSERT INTO offer_search (offer_search, rank) VALUES ('hashsize', 16777216);
        """

    /// Programmes and evaluations are record tables like the others, with child tables for their
    /// lists. Professions became a vocabulary in this version: the free text earlier versions kept
    /// is turned into the vocabulary's spelling where it is a spelling or a Bokmål or Nynorsk name
    /// of the profession (written out here, so that the migration never changes with the code);
    /// any other text is left as it was, so nothing is lost, and reading names the row.
    static let version3 = """
        ALTER TABLE people ADD COLUMN appointed_by TEXT;
        ALTER TABLE offers ADD COLUMN programme TEXT;
        ALTER TABLE pathway_steps ADD COLUMN hand_over_unit TEXT;
        CREATE TABLE offer_routes (
            offer INTEGER NOT NULL REFERENCES offers (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            route TEXT NOT NULL,
            PRIMARY KEY (offer, position)
        ) WITHOUT ROWID;

        CREATE TABLE programmes (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            name_nb TEXT, name_nn TEXT, name_en TEXT, name_se TEXT,
            summary_nb TEXT, summary_nn TEXT, summary_en TEXT, summary_se TEXT,
            owner TEXT,
            guide TEXT,
            kind TEXT,
            format TEXT
        );
        CREATE INDEX programmes_by_id ON programmes (id, position);
        CREATE TABLE programme_audiences (
            programme INTEGER NOT NULL REFERENCES programmes (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            audience TEXT NOT NULL,
            PRIMARY KEY (programme, position)
        ) WITHOUT ROWID;
        CREATE TABLE programme_stages (
            programme INTEGER NOT NULL REFERENCES programmes (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            stage TEXT NOT NULL,
            PRIMARY KEY (programme, position)
        ) WITHOUT ROWID;
        CREATE TABLE programme_required_roles (
            programme INTEGER NOT NULL REFERENCES programmes (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (programme, position)
        ) WITHOUT ROWID;
        CREATE TABLE programme_required_experience (
            programme INTEGER NOT NULL REFERENCES programmes (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (programme, position)
        ) WITHOUT ROWID;

        CREATE TABLE evaluations (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            offer TEXT NOT NULL,
            date TEXT NOT NULL,
            participant_count INTEGER,
            summary_nb TEXT, summary_nn TEXT, summary_en TEXT, summary_se TEXT
        );
        CREATE INDEX evaluations_by_id ON evaluations (id, position);
        CREATE INDEX evaluations_by_offer ON evaluations (offer);
        CREATE TABLE evaluation_roles (
            evaluation INTEGER NOT NULL REFERENCES evaluations (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (evaluation, position)
        ) WITHOUT ROWID;
        CREATE TABLE evaluation_measurements (
            evaluation INTEGER NOT NULL REFERENCES evaluations (position) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            method TEXT,
            instrument TEXT,
            PRIMARY KEY (evaluation, position)
        ) WITHOUT ROWID;

        UPDATE people SET profession = CASE
            WHEN lower(trim(profession)) IN ('nurse', 'sykepleier', 'sjukepleiar') THEN 'nurse'
            WHEN lower(trim(profession)) IN ('public-health-nurse', 'helsesykepleier', 'helsesjukepleiar', 'helsesøster') THEN 'public-health-nurse'
            WHEN lower(trim(profession)) IN ('doctor', 'lege') THEN 'doctor'
            WHEN lower(trim(profession)) IN ('physiotherapist', 'fysioterapeut') THEN 'physiotherapist'
            WHEN lower(trim(profession)) IN ('occupational-therapist', 'ergoterapeut') THEN 'occupational-therapist'
            WHEN lower(trim(profession)) IN ('clinical-dietitian', 'klinisk ernæringsfysiolog') THEN 'clinical-dietitian'
            WHEN lower(trim(profession)) IN ('psychologist', 'psykolog') THEN 'psychologist'
            WHEN lower(trim(profession)) IN ('social-worker', 'sosionom') THEN 'social-worker'
            WHEN lower(trim(profession)) IN ('family-therapist', 'familieterapeut') THEN 'family-therapist'
            WHEN lower(trim(profession)) IN ('pharmacist', 'farmasøyt') THEN 'pharmacist'
            WHEN lower(trim(profession)) IN ('teacher', 'lærer', 'lærar') THEN 'teacher'
            ELSE profession END
        WHERE profession IS NOT NULL;
        """

    /// The view the full-text index reads: each offer's title and summary translations joined.
    static let offerSearchSource = """
        CREATE VIEW offer_search_source AS
            SELECT position,
                coalesce(title_nb, '') || ' ' || coalesce(title_nn, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(title_se, '') AS title,
                coalesce(summary_nb, '') || ' ' || coalesce(summary_nn, '') || ' ' || coalesce(summary_en, '') || ' ' || coalesce(summary_se, '') AS summary
            FROM offers;
        """

    /// SQLite cannot drop a `NOT NULL` constraint, so `offers` and `providers` are rebuilt with
    /// the same columns, rows and positions (SQLite's twelve-step procedure; the migrator turns
    /// foreign keys off around it). The full-text view is dropped first because renaming a table
    /// re-checks every view, and recreated after; the index keeps its rows, as positions are kept.
    static let version4 = """
        DROP VIEW offer_search_source;

        CREATE TABLE providers_v4 (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            name_nb TEXT, name_nn TEXT, name_en TEXT, name_se TEXT,
            kind TEXT,
            organisation_number TEXT,
            health_trust TEXT,
            parent TEXT,
            coordinating_unit_name TEXT, coordinating_unit_phone TEXT, coordinating_unit_email TEXT,
            website TEXT, phone TEXT, email TEXT
        );
        INSERT INTO providers_v4 SELECT * FROM providers;
        DROP TABLE providers;
        ALTER TABLE providers_v4 RENAME TO providers;
        CREATE INDEX providers_by_id ON providers (id, position);

        CREATE TABLE offers_v4 (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            title_nb TEXT, title_nn TEXT, title_en TEXT, title_se TEXT,
            summary_nb TEXT, summary_nn TEXT, summary_en TEXT, summary_se TEXT,
            kind TEXT,
            format TEXT,
            provider TEXT,
            focus TEXT,
            method TEXT,
            delivery_mode TEXT,
            has_accessibility INTEGER NOT NULL,
            wheelchair_accessible INTEGER, hearing_loop INTEGER, interpreter_available INTEGER, easy_read INTEGER,
            accessibility_notes_nb TEXT, accessibility_notes_nn TEXT, accessibility_notes_en TEXT, accessibility_notes_se TEXT,
            has_eligibility INTEGER NOT NULL,
            minimum_age INTEGER, maximum_age INTEGER, residents_only INTEGER,
            eligibility_notes_nb TEXT, eligibility_notes_nn TEXT, eligibility_notes_en TEXT, eligibility_notes_se TEXT,
            has_schedule INTEGER NOT NULL,
            start_date TEXT, end_date TEXT, session_count INTEGER,
            schedule_notes_nb TEXT, schedule_notes_nn TEXT, schedule_notes_en TEXT, schedule_notes_se TEXT,
            capacity INTEGER,
            price_amount INTEGER,
            price_notes_nb TEXT, price_notes_nn TEXT, price_notes_en TEXT, price_notes_se TEXT,
            sign_up_method TEXT, sign_up_url TEXT, sign_up_phone TEXT, sign_up_email TEXT, sign_up_deadline TEXT,
            sign_up_instructions_nb TEXT, sign_up_instructions_nn TEXT, sign_up_instructions_en TEXT, sign_up_instructions_se TEXT,
            venue TEXT,
            website TEXT,
            requires_specialist_competence INTEGER NOT NULL,
            text_needs_check INTEGER NOT NULL DEFAULT 1,
            programme TEXT
        );
        INSERT INTO offers_v4 SELECT * FROM offers;
        DROP TABLE offers;
        ALTER TABLE offers_v4 RENAME TO offers;
        CREATE INDEX offers_by_id ON offers (id, position);
        CREATE INDEX offers_by_kind ON offers (kind);
        CREATE INDEX offers_by_delivery_mode ON offers (delivery_mode);
        CREATE INDEX offers_needing_text_check ON offers (position) WHERE text_needs_check;

        \(offerSearchSource)
        """

    /// One row per record that an import supplied: the source's name, keyed by the record's kind
    /// and identifier (a record has one source, the last that supplied it).
    static let version5 = """
        CREATE TABLE record_sources (
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (record_kind, record_id)
        ) WITHOUT ROWID;
        """


    /// Each offer's lists move into its row, one JSON array per list (`NULL` when empty), so that
    /// reading an offer reads one row instead of a dozen child tables. The tables that
    /// ``Mestring/OfferQuery`` filters on (`offer_stages`, `offer_audiences`, `offer_languages`,
    /// `offer_municipalities`, `offer_diagnosis_coverage`) stay, as indexes derived from the lists.
    /// The other child tables become views with the same names and columns over the JSON, so that
    /// SQL written for earlier versions still reads them. Arrays are built in position order (each
    /// subquery walks its table's primary key); objects leave out members that are not stated,
    /// which is what the store writes.
    static let version6 = """
        ALTER TABLE offers ADD COLUMN partners TEXT;
        ALTER TABLE offers ADD COLUMN diagnoses TEXT;
        ALTER TABLE offers ADD COLUMN themes TEXT;
        ALTER TABLE offers ADD COLUMN stages TEXT;
        ALTER TABLE offers ADD COLUMN audiences TEXT;
        ALTER TABLE offers ADD COLUMN languages TEXT;
        ALTER TABLE offers ADD COLUMN municipalities TEXT;
        ALTER TABLE offers ADD COLUMN involvement TEXT;
        ALTER TABLE offers ADD COLUMN outcomes TEXT;
        ALTER TABLE offers ADD COLUMN routes TEXT;
        ALTER TABLE offers ADD COLUMN sessions TEXT;

        UPDATE offers SET
            partners = (SELECT json_group_array(provider) FROM
                (SELECT provider FROM offer_partners WHERE offer = offers.position ORDER BY position)),
            diagnoses = (SELECT json_group_array(json(d)) FROM
                (SELECT json_patch(json_object('system', system, 'code', code), json_object('label', label)) AS d
                 FROM offer_diagnoses WHERE offer = offers.position ORDER BY position)),
            themes = (SELECT json_group_array(theme) FROM
                (SELECT theme FROM offer_themes WHERE offer = offers.position ORDER BY position)),
            stages = (SELECT json_group_array(stage) FROM
                (SELECT stage FROM offer_stages WHERE offer = offers.position ORDER BY position)),
            audiences = (SELECT json_group_array(audience) FROM
                (SELECT audience FROM offer_audiences WHERE offer = offers.position ORDER BY position)),
            languages = (SELECT json_group_array(language) FROM
                (SELECT language FROM offer_languages WHERE offer = offers.position ORDER BY position)),
            municipalities = (SELECT json_group_array(municipality) FROM
                (SELECT municipality FROM offer_municipalities WHERE offer = offers.position ORDER BY position)),
            involvement = (SELECT json_group_array(json(i)) FROM
                (SELECT json_object('person', person, 'phases', json((SELECT json_group_array(phase) FROM
                    (SELECT phase FROM offer_involvement_phases p
                     WHERE p.offer = v.offer AND p.involvement = v.position ORDER BY p.position)))) AS i
                 FROM offer_involvement v WHERE offer = offers.position ORDER BY position)),
            outcomes = (SELECT json_group_array(outcome) FROM
                (SELECT outcome FROM offer_outcomes WHERE offer = offers.position ORDER BY position)),
            routes = (SELECT json_group_array(route) FROM
                (SELECT route FROM offer_routes WHERE offer = offers.position ORDER BY position)),
            sessions = (SELECT json_group_array(json(s)) FROM
                (SELECT json_patch(json_object('date', date),
                    json_object('start', start, 'duration_minutes', duration_minutes, 'topic',
                        CASE WHEN coalesce(topic_nb, topic_nn, topic_en, topic_se) IS NULL THEN NULL
                        ELSE json(json_patch('{}', json_object('nb', nullif(topic_nb, ''), 'nn', topic_nn, 'en', topic_en, 'se', topic_se)))
                        END)) AS s
                 FROM offer_sessions WHERE offer = offers.position ORDER BY position));
        UPDATE offers SET
            partners = nullif(partners, '[]'), diagnoses = nullif(diagnoses, '[]'), themes = nullif(themes, '[]'),
            stages = nullif(stages, '[]'), audiences = nullif(audiences, '[]'), languages = nullif(languages, '[]'),
            municipalities = nullif(municipalities, '[]'), involvement = nullif(involvement, '[]'),
            outcomes = nullif(outcomes, '[]'), routes = nullif(routes, '[]'), sessions = nullif(sessions, '[]');

        DROP TABLE offer_partners;
        DROP TABLE offer_diagnoses;
        DROP TABLE offer_themes;
        DROP TABLE offer_involvement_phases;
        DROP TABLE offer_involvement;
        DROP TABLE offer_outcomes;
        DROP TABLE offer_routes;
        DROP TABLE offer_sessions;

        CREATE VIEW offer_partners AS
            SELECT o.position AS offer, j.key AS position, j.value AS provider FROM offers o, json_each(o.partners) j;
        CREATE VIEW offer_diagnoses AS
            SELECT o.position AS offer, j.key AS position, json_extract(j.value, '$.system') AS system,
                json_extract(j.value, '$.code') AS code, json_extract(j.value, '$.label') AS label
            FROM offers o, json_each(o.diagnoses) j;
        CREATE VIEW offer_themes AS
            SELECT o.position AS offer, j.key AS position, j.value AS theme FROM offers o, json_each(o.themes) j;
        CREATE VIEW offer_involvement AS
            SELECT o.position AS offer, j.key AS position, json_extract(j.value, '$.person') AS person
            FROM offers o, json_each(o.involvement) j;
        CREATE VIEW offer_involvement_phases AS
            SELECT o.position AS offer, j.key AS involvement, p.key AS position, p.value AS phase
            FROM offers o, json_each(o.involvement) j, json_each(j.value, '$.phases') p;
        CREATE VIEW offer_outcomes AS
            SELECT o.position AS offer, j.key AS position, j.value AS outcome FROM offers o, json_each(o.outcomes) j;
        CREATE VIEW offer_routes AS
            SELECT o.position AS offer, j.key AS position, j.value AS route FROM offers o, json_each(o.routes) j;
        CREATE VIEW offer_sessions AS
            SELECT o.position AS offer, j.key AS position, json_extract(j.value, '$.date') AS date,
                json_extract(j.value, '$.start') AS start, json_extract(j.value, '$.duration_minutes') AS duration_minutes,
                json_extract(j.value, '$.topic.nb') AS topic_nb, json_extract(j.value, '$.topic.nn') AS topic_nn,
                json_extract(j.value, '$.topic.en') AS topic_en, json_extract(j.value, '$.topic.se') AS topic_se
            FROM offers o, json_each(o.sessions) j;
        """

    /// The filter tables derived from an offer's lists hold one row per `(value, offer)`, keyed
    /// by exactly that (`WITHOUT ROWID`) and nothing else: a query looks a value up and gets the
    /// offers, which is the only way they are read. Before, each row was kept twice, in the
    /// `(offer, position)` primary key and in a `(value, offer)` index, with a foreign key checked
    /// on every insert; the list's order and repeats are in the offer's row, not here. A deleted
    /// offer's rows are removed by their keys, found from its lists (so no index by offer is
    /// needed), which is why the tables no longer cascade from `offers`.
    static let version7 = """
        CREATE TABLE new_offer_stages (stage TEXT NOT NULL, offer INTEGER NOT NULL, PRIMARY KEY (stage, offer)) WITHOUT ROWID;
        INSERT OR IGNORE INTO new_offer_stages (stage, offer) SELECT stage, offer FROM offer_stages ORDER BY stage, offer;
        DROP TABLE offer_stages;
        ALTER TABLE new_offer_stages RENAME TO offer_stages;

        CREATE TABLE new_offer_audiences (audience TEXT NOT NULL, offer INTEGER NOT NULL, PRIMARY KEY (audience, offer)) WITHOUT ROWID;
        INSERT OR IGNORE INTO new_offer_audiences (audience, offer) SELECT audience, offer FROM offer_audiences ORDER BY audience, offer;
        DROP TABLE offer_audiences;
        ALTER TABLE new_offer_audiences RENAME TO offer_audiences;

        CREATE TABLE new_offer_languages (language TEXT NOT NULL, offer INTEGER NOT NULL, PRIMARY KEY (language, offer)) WITHOUT ROWID;
        INSERT OR IGNORE INTO new_offer_languages (language, offer) SELECT language, offer FROM offer_languages ORDER BY language, offer;
        DROP TABLE offer_languages;
        ALTER TABLE new_offer_languages RENAME TO offer_languages;

        CREATE TABLE new_offer_municipalities (
            municipality TEXT NOT NULL, offer INTEGER NOT NULL, PRIMARY KEY (municipality, offer)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO new_offer_municipalities (municipality, offer)
            SELECT municipality, offer FROM offer_municipalities ORDER BY municipality, offer;
        DROP TABLE offer_municipalities;
        ALTER TABLE new_offer_municipalities RENAME TO offer_municipalities;

        CREATE TABLE new_offer_diagnosis_coverage (key TEXT NOT NULL, offer INTEGER NOT NULL, PRIMARY KEY (key, offer)) WITHOUT ROWID;
        INSERT INTO new_offer_diagnosis_coverage (key, offer) SELECT key, offer FROM offer_diagnosis_coverage ORDER BY key, offer;
        DROP TABLE offer_diagnosis_coverage;
        ALTER TABLE new_offer_diagnosis_coverage RENAME TO offer_diagnosis_coverage;
        """
}
