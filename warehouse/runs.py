"""The runs table: one row per ingestion run with the counts its summary prints."""

import json
from dataclasses import asdict, dataclass
from datetime import datetime

import duckdb

from warehouse.db import run, scalar


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


def count_clusters(con: duckdb.DuckDBPyConnection) -> int:
    """Clusters in the warehouse with more than one member."""
    return scalar(con, "SELECT count(*) FROM duplicate_clusters")


def record_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    """Store the run's row; a flow run retried under the same id replaces its row."""
    row = asdict(summary)
    row.pop("db_path")
    row.pop("skipped_in_folders")
    row["parameters"] = json.dumps(summary.parameters, sort_keys=True)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    run(
        con,
        f"INSERT OR REPLACE INTO runs ({columns}) VALUES ({marks})",
        list(row.values()),
    )


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
