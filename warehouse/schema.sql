-- The warehouse: the tables and views of the contract, plus the internal ones deduplication
-- needs (lsh_bands, minhash_values, dedup_config, schema_info). Every statement is safe to run again.

CREATE TABLE IF NOT EXISTS schema_info (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    url VARCHAR,
    source_uri VARCHAR NOT NULL,
    title VARCHAR,
    byline VARCHAR,
    outlet VARCHAR,
    language VARCHAR,
    published_at TIMESTAMP,
    body VARCHAR NOT NULL,
    body_sha256 VARCHAR NOT NULL,
    word_count INTEGER NOT NULL,
    mt_suspect BOOLEAN NOT NULL,
    mt_score DOUBLE NOT NULL,
    cluster_id VARCHAR NOT NULL,
    is_canonical BOOLEAN NOT NULL,
    first_run_id VARCHAR NOT NULL,
    last_run_id VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    -- Order of first ingestion: the canonical member of a cluster has the lowest.
    ingest_seq BIGINT NOT NULL,
    external_id VARCHAR,
    -- Hash of body and metadata: equal means a re-read changed nothing.
    content_sha256 VARCHAR NOT NULL,
    rules_version VARCHAR NOT NULL,
    -- False for pages that are not articles (index pages, paywall stubs, JavaScript shells):
    -- they are kept, with the reason, but not matched for near-duplicates.
    is_article BOOLEAN NOT NULL,
    not_article_reason VARCHAR,
    -- The URL the article is known by: rel=canonical when usable, tracking parameters removed.
    canonical_url VARCHAR,
    -- When the page was fetched (HTTP) or captured (WARC-Date); NULL for files and JSON Lines.
    retrieved_at TIMESTAMP
);

-- Schema 2 added these columns; a warehouse made by schema 1 gets them here.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS canonical_url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS retrieved_at TIMESTAMP;

CREATE TABLE IF NOT EXISTS cleaning_edits (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    stage VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    removed_text VARCHAR NOT NULL,
    replacement VARCHAR NOT NULL,
    char_start INTEGER,
    char_end INTEGER
);

CREATE TABLE IF NOT EXISTS overlap_scores (
    article_a VARCHAR NOT NULL,
    article_b VARCHAR NOT NULL,
    jaccard_estimate DOUBLE NOT NULL,
    jaccard DOUBLE NOT NULL,
    containment_a_in_b DOUBLE NOT NULL,
    containment_b_in_a DOUBLE NOT NULL,
    is_near_duplicate BOOLEAN NOT NULL,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (article_a, article_b)
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    run_id VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    error_type VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    "at" TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    parameters JSON NOT NULL,
    inputs INTEGER NOT NULL,
    articles_new INTEGER NOT NULL,
    articles_updated INTEGER NOT NULL,
    articles_unchanged INTEGER NOT NULL,
    inputs_rejected INTEGER NOT NULL,
    near_duplicate_pairs INTEGER NOT NULL,
    clusters INTEGER NOT NULL
);

-- One row per (band, bucket) an article's MinHash falls in: candidates are a join.
CREATE TABLE IF NOT EXISTS lsh_bands (
    band SMALLINT NOT NULL,
    bucket BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

-- Each matched article's MinHash values (their low 32 bits, packed in one BLOB) and its
-- number of distinct shingles, so a candidate landed earlier is screened by its MinHash
-- estimate without reading its body, and scored without being signed again. Schema 3 added
-- it; articles landed before have no row and are signed again when they are candidates
-- (`newsdedup reindex` fills it). No primary key, like lsh_bands: an article's row is deleted
-- before it is written again, and with the key's index inserting 1,000,000 rows took 532 s
-- against 36 s without (one run here, the machine shared); reading them costs the same.
CREATE TABLE IF NOT EXISTS minhash_values (
    article_id VARCHAR NOT NULL,
    hashvalues BLOB NOT NULL,
    shingle_count INTEGER NOT NULL
);

-- What each server said about the pages and feeds fetched from it (ETag, Last-Modified), so
-- the next run asks "changed since?" and an unchanged page or feed is not downloaded again.
CREATE TABLE IF NOT EXISTS http_cache (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    -- A page: the article it became. A feed: its body, read again when the server says 304.
    article_id VARCHAR,
    feed_body BLOB,
    fetched_at TIMESTAMP NOT NULL,
    run_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dedup_config (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per story: canonical members of clusters, pages that are not articles left out.
CREATE OR REPLACE VIEW articles_deduped AS
SELECT * FROM articles WHERE is_canonical AND is_article;

-- Clusters with more than one member; a lone article is its own cluster and is not listed.
CREATE OR REPLACE VIEW duplicate_clusters AS
SELECT
    cluster_id,
    count(*) AS size,
    max(title) FILTER (WHERE is_canonical) AS title,
    list(article_id ORDER BY ingest_seq) AS member_ids
FROM articles
GROUP BY cluster_id
HAVING count(*) > 1;
