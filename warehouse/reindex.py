"""Rebuild the near-duplicate index of a warehouse with the current dedup parameters."""

import duckdb

from pipeline.dedup import Thresholds
from pipeline.minhash import DedupConfig, SignatureMemory, Signer
from warehouse.db import record_config, run
from warehouse.load import match, now

# Articles re-signed and matched per step, oldest first (the size of an ingest chunk).
REINDEX_BATCH = 2000


def reindex(con: duckdb.DuckDBPyConnection, config: DedupConfig, thresholds: Thresholds) -> int:
    """Drop bands, kept values, scores and clusters, then match every article again in
    ingestion order.

    Runs in one transaction; returns the number of near-duplicate pairs found.
    """
    run_id = "reindex-" + now().isoformat(timespec="seconds")
    memory = SignatureMemory(Signer(config))
    con.begin()
    try:
        for table in ("lsh_bands", "minhash_values", "overlap_scores", "dedup_config"):
            run(con, f"DELETE FROM {table}")
        run(con, "UPDATE articles SET cluster_id = article_id, is_canonical = true")
        record_config(con, config)
        ids = [
            row[0]
            for row in con.execute(
                "SELECT article_id FROM articles WHERE is_article ORDER BY ingest_seq"
            ).fetchall()
        ]
        pairs = 0
        for start in range(0, len(ids), REINDEX_BATCH):
            batch = ids[start : start + REINDEX_BATCH]
            bodies = dict(
                con.execute(
                    "SELECT article_id, body FROM articles WHERE article_id IN (SELECT unnest(?))",
                    [batch],
                ).fetchall()
            )
            signatures = [memory.signer.sign(i, bodies[i]) for i in batch]
            pairs += sum(
                s.is_near_duplicate
                for s in match(con, run_id, signatures, thresholds, memory, []).scores
            )
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return pairs
