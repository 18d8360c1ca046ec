-- claimgraph store, schema version 1 (portable SQL for SQLite and PostgreSQL).
-- Placeholders filled per dialect by store/sql.py: {pk} auto-increment primary key,
-- {float} double-precision number. Timestamps are ISO-8601 text (UTC), JSON is text.
-- Statements are separated by a semicolon at the end of a line.

-- one row per stored document version; `body` is the full contract-v1 JSON (exact round-trip)
CREATE TABLE documents (
    id {pk},
    hash TEXT NOT NULL UNIQUE,
    path TEXT,
    url TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    previous_id BIGINT REFERENCES documents(id),
    title TEXT,
    lang TEXT,
    date TEXT,
    outlet TEXT,
    ingested_at TEXT NOT NULL,
    n_attributions INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_date ON documents(date);

-- global entities: merged across documents by `key` (registry id, else type + folded name)
CREATE TABLE entities (
    id {pk},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    role TEXT,
    affiliation TEXT,
    registry_id TEXT
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_aliases (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

-- doc-local entity ids (e2) -> global ids
CREATE TABLE entity_links (
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX entity_links_entity ON entity_links(entity_id);

CREATE TABLE mentions (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE attributions (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    source_entity_id BIGINT REFERENCES entities(id),
    source_text TEXT,
    source_start INTEGER,
    source_end INTEGER,
    source_name TEXT,
    source_role TEXT,
    source_affiliation TEXT,
    source_type TEXT,
    modality TEXT,
    embed TEXT,
    lang TEXT,
    data TEXT NOT NULL,
    UNIQUE (document_id, local_id)
);
CREATE INDEX attributions_source ON attributions(source_entity_id);

-- relays of an attribution, outermost first (position 0)
CREATE TABLE vias (
    attribution_id BIGINT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id BIGINT REFERENCES entities(id),
    name TEXT NOT NULL,
    type TEXT,
    span_start INTEGER,
    span_end INTEGER,
    PRIMARY KEY (attribution_id, position)
);
CREATE INDEX vias_entity ON vias(entity_id);

CREATE TABLE quantities (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    attribution_id BIGINT REFERENCES attributions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    value {float},
    qualifier TEXT,
    unit TEXT,
    low {float},
    high {float},
    kind TEXT,
    currency TEXT,
    unit_key TEXT
);
CREATE INDEX quantities_document ON quantities(document_id);

CREATE TABLE embeds (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    platform TEXT,
    author TEXT,
    handle TEXT,
    date TEXT,
    url TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX embeds_document ON embeds(document_id);

-- scope: 'document' (document_id set) or 'corpus' (cross-document, document_id NULL)
CREATE TABLE findings (
    id {pk},
    document_id BIGINT REFERENCES documents(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    type TEXT NOT NULL,
    summary TEXT,
    reason TEXT,
    score {float},
    attributions TEXT NOT NULL,
    sources TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX findings_type ON findings(type);
CREATE INDEX findings_document ON findings(document_id);

CREATE TABLE finding_attributions (
    finding_id BIGINT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    attribution_id BIGINT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (finding_id, position)
);
CREATE INDEX finding_attributions_attribution ON finding_attributions(attribution_id);

-- claim clusters (the same claim across documents and languages)
CREATE TABLE clusters (
    id {pk},
    label TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE cluster_members (
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    attribution_id BIGINT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    PRIMARY KEY (cluster_id, attribution_id)
);
CREATE INDEX cluster_members_attribution ON cluster_members(attribution_id);

CREATE TABLE quarantine (
    id {pk},
    name TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
