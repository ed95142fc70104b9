"""The runs table: one row per ingestion run with the counts its summary prints."""

import json
from dataclasses import asdict, dataclass
from datetime import datetime

import duckdb

from pipeline.dedup import PairScore
from warehouse.db import run, scalar

# What a run's report shows at most; the warehouse has everything.
MAX_PAIRS_SHOWN = 200
MAX_CLUSTERS_SHOWN = 10
MAX_ERRORS_SHOWN = 200


@dataclass(frozen=True)
class RunSummary:
    """What one run did, as stored in `runs` and printed at the end."""

    run_id: str
    db_path: str
    started_at: datetime
    finished_at: datetime
    parameters: dict
    inputs: int
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    inputs_rejected: int
    near_duplicate_pairs: int
    clusters: int
    skipped_in_folders: int
    # WARC records that are not pages (requests, redirects, images, CSS).
    records_skipped: int = 0


def count_clusters(con: duckdb.DuckDBPyConnection) -> int:
    """Clusters in the warehouse with more than one member."""
    return scalar(con, "SELECT count(*) FROM duplicate_clusters")


def record_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    """Store the run's row; a flow run retried under the same id replaces its row."""
    row = asdict(summary)
    row.pop("db_path")
    row.pop("skipped_in_folders")
    row.pop("records_skipped")
    row["parameters"] = json.dumps(summary.parameters, sort_keys=True)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    run(
        con,
        f"INSERT OR REPLACE INTO runs ({columns}) VALUES ({marks})",
        list(row.values()),
    )


@dataclass(frozen=True)
class RunReport:
    """What the Prefect UI shows of a run beyond its counts, read before the connection closes."""

    pairs: list[PairScore]
    titles: dict[str, str]
    largest_clusters: list[tuple[str, int, str]]
    errors: list[tuple[str, str, str, str]]
    errors_by_type: list[tuple[str, str, int]]


def run_pairs(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Near-duplicate pairs the run scored (read back, so a run of any size holds none)."""
    return scalar(
        con, "SELECT count(*) FROM overlap_scores WHERE run_id = ? AND is_near_duplicate", [run_id]
    )


def run_report(con: duckdb.DuckDBPyConnection, run_id: str) -> RunReport:
    """The run's near-duplicate pairs (highest Jaccard first) with titles, the warehouse's
    largest clusters, and the run's rejected inputs."""
    shown = [
        PairScore(*row)
        for row in con.execute(
            "SELECT article_a, article_b, jaccard_estimate, jaccard, containment_a_in_b, "
            "containment_b_in_a, is_near_duplicate FROM overlap_scores "
            "WHERE run_id = ? AND is_near_duplicate ORDER BY jaccard DESC, article_a, article_b "
            "LIMIT ?",
            [run_id, MAX_PAIRS_SHOWN],
        ).fetchall()
    ]
    ids = sorted({x for p in shown for x in (p.article_a, p.article_b)})
    largest = con.execute(
        "SELECT cluster_id, size, coalesce(title, '') FROM duplicate_clusters "
        "ORDER BY size DESC, cluster_id LIMIT ?",
        [MAX_CLUSTERS_SHOWN],
    ).fetchall()
    errors = con.execute(
        "SELECT source_uri, stage, error_type, message FROM ingest_errors WHERE run_id = ? "
        "ORDER BY source_uri LIMIT ?",
        [run_id, MAX_ERRORS_SHOWN],
    ).fetchall()
    by_type = con.execute(
        "SELECT stage, error_type, count(*) FROM ingest_errors WHERE run_id = ? "
        "GROUP BY ALL ORDER BY 3 DESC, 1, 2",
        [run_id],
    ).fetchall()
    return RunReport(shown, pair_titles(con, ids), largest, errors, by_type)


def pair_titles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """Titles (or the first words of the body) of articles, to show pairs to people."""
    if not ids:
        return {}
    return dict(
        con.execute(
            "SELECT article_id, coalesce(title, left(body, 80)) FROM articles "
            "WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    )
