-- claimgraph store, schema version 2: state of the cross-document comparison, so a refresh
-- compares only documents stored since the last one (see store/refresh.py).

-- documents already compared with the rest of the store
CREATE TABLE compared (
    document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    compared_at TEXT NOT NULL
);

-- blocking keys of a document's claims (concept ids "t:send", places "p:Kursk"): a new document
-- is compared with the stored documents that share a rare-enough key
CREATE TABLE claim_keys (
    key TEXT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (key, document_id)
);
CREATE INDEX claim_keys_document ON claim_keys(document_id);
