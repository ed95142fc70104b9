"""Land a batch: upsert articles and edits, find and verify near-duplicates, update clusters."""

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.dedup import (
    PairScore,
    Thresholds,
    clusters,
    jaccard_estimate,
    score_pair,
    worth_scoring,
)
from pipeline.minhash import SignatureMemory, Signer
from pipeline.shingle import shingles
from pipeline.types import Article, NotModified, Reject, Signature
from warehouse.db import run, scalar, with_rows
from warehouse.values import compact, kept_values, values_table

# Components larger than this are not walked further in one batch: a chain of near-duplicates
# this long means the thresholds are far too loose, and the walk must stay bounded.
MAX_CLUSTER_WALK = 100_000
# lsh_bands' columns, as the Arrow table a batch's band rows are inserted and matched from.
BAND_SCHEMA = pa.schema([("band", pa.int16()), ("bucket", pa.int64()), ("article_id", pa.string())])


@dataclass(frozen=True)
class BatchOutcome:
    """What landing one batch did, for the run's counts and report."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    # Archive records that are not pages (requests, redirects, images): counted, not inputs.
    skipped: int = 0
    pairs_scored: int = 0
    # Pairs that shared a bucket but whose MinHash estimate ruled out a near-duplicate.
    pairs_screened: int = 0
    near_duplicates: int = 0

    @property
    def landed(self) -> int:
        """Inputs that became (or already were) article rows."""
        return self.new + self.updated + self.unchanged

    @property
    def inputs(self) -> int:
        """Inputs accounted for: landed or rejected."""
        return self.landed + self.rejected

    def plus(self, other: "BatchOutcome") -> "BatchOutcome":
        """The counts of two batches together."""
        return BatchOutcome(
            new=self.new + other.new,
            updated=self.updated + other.updated,
            unchanged=self.unchanged + other.unchanged,
            rejected=self.rejected + other.rejected,
            skipped=self.skipped + other.skipped,
            pairs_scored=self.pairs_scored + other.pairs_scored,
            pairs_screened=self.pairs_screened + other.pairs_screened,
            near_duplicates=self.near_duplicates + other.near_duplicates,
        )


@dataclass(frozen=True)
class Verified:
    """The candidate pairs of a batch: those scored exactly, and how many were screened out."""

    scores: list[PairScore]
    screened: int


def now() -> datetime:
    """The current time as naive UTC, the form TIMESTAMP columns hold."""
    return datetime.now(UTC).replace(tzinfo=None)


def content_sha256(article: Article) -> str:
    """A hash of everything an article row says: equal means a re-read changed nothing.

    The address it was read from is left out: it is what the article_id is made of, and one
    story reached at two addresses (a tracking parameter, an AMP page) has not changed.
    """
    meta = article.meta
    fields = [
        article.body,
        meta.title,
        meta.byline,
        meta.outlet,
        meta.language,
        meta.published_at.isoformat() if meta.published_at else None,
        article.rules_version,
        article.not_article_reason,
    ]
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()


def record_rejects(con: duckdb.DuckDBPyConnection, run_id: str, rejects: Sequence[Reject]) -> None:
    """Store the inputs that could not become articles, with why."""
    if not rejects:
        return
    at = now()
    table = pa.table(
        {
            "run_id": [run_id] * len(rejects),
            "source_uri": [r.source_uri for r in rejects],
            "stage": [r.stage for r in rejects],
            "error_type": [r.error_type for r in rejects],
            "message": [r.message for r in rejects],
            "at": pa.array([at] * len(rejects), pa.timestamp("us")),
        }
    )
    _insert(con, "ingest_errors", table)


def land_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    articles: Sequence[Article],
    signatures: Sequence[Signature],
    thresholds: Thresholds,
    memory: SignatureMemory,
    not_modified: Sequence[NotModified] = (),
) -> BatchOutcome:
    """Upsert a batch of articles and match its new or changed ones against the warehouse.

    Pages the server said were not modified are the articles landed from them before: they
    count as unchanged, like a file read again.
    """
    latest: dict[str, Article] = {}
    digests: dict[str, str] = {}
    repeats_changed = 0
    for article in articles:
        digest = content_sha256(article)
        previous = digests.get(article.article_id)
        repeats_changed += previous is not None and previous != digest
        latest[article.article_id], digests[article.article_id] = article, digest
    ids = list(latest)
    known = {
        row[0]: row[1]
        for row in con.execute(
            "SELECT article_id, content_sha256 FROM articles WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    }
    new = [i for i in ids if i not in known]
    updated = [i for i in ids if i in known and known[i] != digests[i]]
    unchanged = [i for i in ids if i in known and known[i] == digests[i]]
    seen_again = unchanged + [n.article_id for n in not_modified]
    if seen_again:
        run(
            con,
            "UPDATE articles SET last_run_id = ? WHERE article_id IN (SELECT unnest(?))",
            [run_id, seen_again],
        )
    changed = new + updated
    old_clusters = _forget(con, updated)
    _upsert_articles(con, run_id, [latest[i] for i in changed], digests)
    _insert_edits(con, [latest[i] for i in changed])
    by_id = {s.article_id: s for s in signatures}
    matched = [by_id[i] for i in changed if i in by_id]
    verified = match(con, run_id, matched, thresholds, memory, old_clusters)
    duplicates_in_batch = len(articles) - len(latest)
    return BatchOutcome(
        new=len(new),
        updated=len(updated) + repeats_changed,
        unchanged=len(unchanged) + duplicates_in_batch - repeats_changed + len(not_modified),
        pairs_scored=len(verified.scores),
        pairs_screened=verified.screened,
        near_duplicates=sum(s.is_near_duplicate for s in verified.scores),
    )


def match(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    signatures: list[Signature],
    thresholds: Thresholds,
    memory: SignatureMemory,
    old_clusters: list[str],
) -> Verified:
    """Index new signatures and keep their values, verify the pairs they share a bucket
    with, and re-cluster."""
    bands = _band_table(signatures)
    if signatures:
        _insert(con, "lsh_bands", bands)
        table = values_table(
            [s.article_id for s in signatures],
            np.stack([s.hashvalues for s in signatures]),
            [len(s.shingles) for s in signatures],
        )
        _insert(con, "minhash_values", table)
    verified = _verify_candidates(con, run_id, signatures, bands, thresholds, memory)
    memory.keep(signatures)
    _recluster(con, [s.article_id for s in signatures], old_clusters)
    return verified


def _forget(con: duckdb.DuckDBPyConnection, updated: list[str]) -> list[str]:
    """Drop what was derived from the old text of updated articles; return their old clusters."""
    if not updated:
        return []
    old = [
        row[0]
        for row in con.execute(
            "SELECT DISTINCT cluster_id FROM articles WHERE article_id IN (SELECT unnest(?))",
            [updated],
        ).fetchall()
    ]
    for statement in (
        "DELETE FROM cleaning_edits WHERE article_id IN (SELECT unnest(?))",
        "DELETE FROM lsh_bands WHERE article_id IN (SELECT unnest(?))",
        "DELETE FROM minhash_values WHERE article_id IN (SELECT unnest(?))",
    ):
        run(con, statement, [updated])
    run(
        con,
        "DELETE FROM overlap_scores WHERE article_a IN (SELECT unnest($1)) OR article_b IN (SELECT unnest($1))",
        [updated],
    )
    return old


def _upsert_articles(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    articles: list[Article],
    digests: dict[str, str],
) -> None:
    if not articles:
        return
    first_seq = scalar(con, "SELECT coalesce(max(ingest_seq), 0) + 1 FROM articles")
    at = now()
    table = pa.table(
        {
            "article_id": [a.article_id for a in articles],
            "url": [a.meta.url for a in articles],
            "source_uri": [a.source_uri for a in articles],
            "title": [a.meta.title for a in articles],
            "byline": [a.meta.byline for a in articles],
            "outlet": [a.meta.outlet for a in articles],
            "language": [a.meta.language for a in articles],
            "published_at": pa.array([a.meta.published_at for a in articles], pa.timestamp("us")),
            "body": [a.body for a in articles],
            "body_sha256": [a.body_sha256 for a in articles],
            "word_count": pa.array([a.word_count for a in articles], pa.int32()),
            "mt_suspect": [a.mt_suspect for a in articles],
            "mt_score": [a.mt_score for a in articles],
            "cluster_id": [a.article_id for a in articles],
            "is_canonical": [True] * len(articles),
            "first_run_id": [run_id] * len(articles),
            "last_run_id": [run_id] * len(articles),
            "ingested_at": pa.array([at] * len(articles), pa.timestamp("us")),
            "ingest_seq": pa.array(range(first_seq, first_seq + len(articles)), pa.int64()),
            "external_id": [a.meta.external_id for a in articles],
            "content_sha256": [digests[a.article_id] for a in articles],
            "rules_version": [a.rules_version for a in articles],
            "is_article": [a.is_article for a in articles],
            "not_article_reason": [a.not_article_reason for a in articles],
            "canonical_url": [a.canonical_url for a in articles],
            "retrieved_at": pa.array([a.meta.retrieved_at for a in articles], pa.timestamp("us")),
        }
    )
    kept = ("first_run_id", "ingested_at", "ingest_seq", "cluster_id", "is_canonical", "article_id")
    assignments = ", ".join(f"{c} = excluded.{c}" for c in table.column_names if c not in kept)
    with_rows(
        con,
        f"INSERT INTO articles BY NAME SELECT * FROM rows "
        f"ON CONFLICT (article_id) DO UPDATE SET {assignments}",
        table,
    )


def _insert_edits(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> None:
    rows = [(a.article_id, seq, e) for a in articles for seq, e in enumerate(a.edits, start=1)]
    if not rows:
        return
    table = pa.table(
        {
            "article_id": [r[0] for r in rows],
            "seq": pa.array([r[1] for r in rows], pa.int32()),
            "stage": [r[2].stage for r in rows],
            "rule": [r[2].rule for r in rows],
            "removed_text": [r[2].removed_text for r in rows],
            "replacement": [r[2].replacement for r in rows],
            "char_start": pa.array([r[2].char_start for r in rows], pa.int32()),
            "char_end": pa.array([r[2].char_end for r in rows], pa.int32()),
        }
    )
    _insert(con, "cleaning_edits", table)


def _band_table(signatures: Sequence[Signature]) -> pa.Table:
    """One row per (band, bucket, article), built with numpy: Python loops cost 15% of landing."""
    if not signatures:
        return BAND_SCHEMA.empty_table()
    keys = np.stack([s.band_keys for s in signatures])
    count, bands = keys.shape
    ids = pa.array([s.article_id for s in signatures], pa.string())
    return pa.table(
        {
            "band": np.tile(np.arange(bands, dtype=np.int16), count),
            "bucket": keys.ravel(),
            "article_id": ids.take(np.repeat(np.arange(count), bands)),
        },
        schema=BAND_SCHEMA,
    )


def _verify_candidates(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    signatures: list[Signature],
    bands: pa.Table,
    thresholds: Thresholds,
    memory: SignatureMemory,
) -> Verified:
    """Score exactly every pair that shares an LSH bucket with a changed article, unless its
    MinHash estimate rules out a near-duplicate."""
    if not signatures:
        return Verified([], 0)
    # The rows sharing a bucket are found first, reading only the bucket column of lsh_bands;
    # joining on (band, bucket) at once read all three columns of every row: 3x slower at
    # 64 million rows (1 million articles).
    found = with_rows(
        con,
        "WITH hits AS MATERIALIZED ("
        "  SELECT band, bucket, article_id FROM lsh_bands WHERE bucket IN (SELECT bucket FROM rows)) "
        "SELECT DISTINCT least(p.article_id, h.article_id), greatest(p.article_id, h.article_id) "
        "FROM rows p JOIN hits h ON p.band = h.band AND p.bucket = h.bucket "
        "WHERE p.article_id <> h.article_id",
        bands,
    )
    if not found:
        return Verified([], 0)
    candidates = _Candidates(con, memory.signer)
    candidates.add(signatures)
    earlier = sorted({x for pair in found for x in pair} - candidates.sizes.keys())
    candidates.add(kept for kept in map(memory.get, earlier) if kept is not None)
    candidates.read_kept([i for i in earlier if i not in candidates.sizes])
    chosen = [pair for pair in sorted(found) if candidates.worth_scoring(*pair, thresholds)]
    candidates.read_shingles(sorted({x for pair in chosen for x in pair}))
    scores = [candidates.score(a, b, thresholds) for a, b in chosen]
    table = pa.table(
        {
            "article_a": [s.article_a for s in scores],
            "article_b": [s.article_b for s in scores],
            "jaccard_estimate": [s.jaccard_estimate for s in scores],
            "jaccard": [s.jaccard for s in scores],
            "containment_a_in_b": [s.containment_a_in_b for s in scores],
            "containment_b_in_a": [s.containment_b_in_a for s in scores],
            "is_near_duplicate": [s.is_near_duplicate for s in scores],
            "run_id": [run_id] * len(scores),
        }
    )
    with_rows(
        con,
        "INSERT INTO overlap_scores BY NAME SELECT * FROM rows ON CONFLICT DO UPDATE SET "
        "jaccard_estimate = excluded.jaccard_estimate, jaccard = excluded.jaccard, "
        "containment_a_in_b = excluded.containment_a_in_b, "
        "containment_b_in_a = excluded.containment_b_in_a, "
        "is_near_duplicate = excluded.is_near_duplicate, run_id = excluded.run_id",
        table,
    )
    return Verified(scores, len(found) - len(chosen))


class _Candidates:
    """What scoring a batch's candidate pairs needs of each article in them, gathered at the
    least cost: values and shingle counts first, shingles only for the pairs worth scoring."""

    def __init__(self, con: duckdb.DuckDBPyConnection, signer: Signer) -> None:
        self.con, self.signer = con, signer
        self.values: dict[str, np.ndarray] = {}
        self.sizes: dict[str, int] = {}
        self.shingles: dict[str, np.ndarray] = {}

    def add(self, signatures: Iterable[Signature]) -> None:
        """Articles signed in this process: everything is at hand."""
        for s in signatures:
            self._put(s.article_id, s.shingles, s.hashvalues)

    def read_kept(self, ids: list[str]) -> None:
        """Earlier articles: their kept values, else (landed before schema 3) signed again."""
        kept = kept_values(self.con, ids, self.signer.config.num_perm)
        for article_id, (values, size) in kept.items():
            self.values[article_id], self.sizes[article_id] = values, size
        for article_id, hashes in self._shingled([i for i in ids if i not in kept]):
            self._put(article_id, hashes, self.signer.hashvalues(hashes))

    def read_shingles(self, ids: list[str]) -> None:
        """Shingle again the bodies of these articles where their shingles are not at hand."""
        self.shingles.update(self._shingled([i for i in ids if i not in self.shingles]))

    def worth_scoring(self, a: str, b: str, thresholds: Thresholds) -> bool:
        """Whether the pair's MinHash estimate calls it related or leaves a chance it is a
        near-duplicate."""
        estimate = jaccard_estimate(self.values[a], self.values[b])
        num_perm = self.signer.config.num_perm
        return worth_scoring(estimate, self.sizes[a], self.sizes[b], thresholds, num_perm)

    def score(self, a: str, b: str, thresholds: Thresholds) -> PairScore:
        """The pair's exact overlap."""
        return score_pair(
            (a, self.shingles[a], self.values[a]), (b, self.shingles[b], self.values[b]), thresholds
        )

    def _put(self, article_id: str, hashes: np.ndarray, hashvalues: np.ndarray) -> None:
        self.values[article_id] = compact(hashvalues)
        self.sizes[article_id] = len(hashes)
        self.shingles[article_id] = hashes

    def _shingled(self, ids: list[str]) -> Iterable[tuple[str, np.ndarray]]:
        words = self.signer.config.shingle_words
        for article_id, body in _bodies(self.con, ids):
            yield article_id, shingles(body, words)


def _bodies(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[tuple[str, str]]:
    if not ids:
        return []
    return con.execute(
        "SELECT article_id, body FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
    ).fetchall()


def _recluster(con: duckdb.DuckDBPyConnection, changed: list[str], old_clusters: list[str]) -> None:
    """Recompute the clusters the changed articles touch; canonical is the earliest ingested."""
    if not changed:
        return
    seeds = set(changed)
    if old_clusters:
        seeds.update(
            row[0]
            for row in con.execute(
                "SELECT article_id FROM articles WHERE cluster_id IN (SELECT unnest(?))",
                [old_clusters],
            ).fetchall()
        )
    component, edges = _walk(con, seeds)
    order = dict(
        con.execute(
            "SELECT article_id, ingest_seq FROM articles WHERE article_id IN (SELECT unnest(?))",
            [sorted(component)],
        ).fetchall()
    )
    assignment = clusters(order, edges)
    table = pa.table({"article_id": list(assignment), "cluster_id": list(assignment.values())})
    with_rows(
        con,
        "UPDATE articles SET cluster_id = n.cluster_id, is_canonical = (articles.article_id = n.cluster_id) "
        "FROM rows n WHERE articles.article_id = n.article_id "
        "AND articles.cluster_id IS DISTINCT FROM n.cluster_id",
        table,
    )


def _walk(
    con: duckdb.DuckDBPyConnection, seeds: set[str]
) -> tuple[set[str], list[tuple[str, str]]]:
    """All articles linked to the seeds by near-duplicate pairs, and those pairs."""
    component = set(seeds)
    frontier = sorted(seeds)
    edges: set[tuple[str, str]] = set()
    while frontier and len(component) < MAX_CLUSTER_WALK:
        rows = con.execute(
            "SELECT article_a, article_b FROM overlap_scores WHERE is_near_duplicate "
            "AND (article_a IN (SELECT unnest($1)) OR article_b IN (SELECT unnest($1)))",
            [frontier],
        ).fetchall()
        edges.update(rows)
        reached = {x for pair in rows for x in pair} - component
        component |= reached
        frontier = sorted(reached)
    return component, [e for e in edges if e[0] in component and e[1] in component]


def _insert(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    with_rows(con, f"INSERT INTO {name} BY NAME SELECT * FROM rows", table)
