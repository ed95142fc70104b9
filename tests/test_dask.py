"""Cleaning and signing on a Dask cluster give the same warehouse as a local run."""

import json
import random
from pathlib import Path

import pytest
from distributed import Client, LocalCluster, get_task_stream
from prefect_dask import DaskTaskRunner

from flows.ingest import SLICE_SIZE, ingest_news
from tests.conftest import query

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = sorted((Path(__file__).parent / "fixtures" / "web" / "stories").glob("*.txt"))
# More than two slices, so both Dask workers get clean and sign tasks.
ARTICLES = 2 * SLICE_SIZE + 100
COPIES = 30


def _corpus(path: Path) -> None:
    """Articles mixed from the fixture stories' paragraphs, plus exact and edited copies."""
    paragraphs = [p for s in STORIES for p in s.read_text().split("\n\n")[1:]]
    rng = random.Random(7)
    records = []
    for number in range(ARTICLES - COPIES):
        body = [*rng.sample(paragraphs, 4), f"This is dispatch number {number} of the day."]
        records.append({"url": f"https://news.example/{number}", "text": "\n\n".join(body)})
    for number in range(COPIES):
        original = records[number]["text"]
        records.append({"url": f"https://copies.example/{number}", "text": original})
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def _warehouse(db: Path) -> dict[str, list[tuple]]:
    """Everything a run decides, without run ids and times."""
    return {
        "articles": query(
            db,
            "SELECT article_id, url, body_sha256, mt_score, cluster_id, is_canonical, ingest_seq "
            "FROM articles ORDER BY article_id",
        ),
        "edits": query(db, "SELECT * FROM cleaning_edits ORDER BY article_id, seq"),
        "scores": query(
            db, "SELECT * EXCLUDE (run_id) FROM overlap_scores ORDER BY article_a, article_b"
        ),
        "bands": query(db, "SELECT * FROM lsh_bands ORDER BY ALL"),
    }


def test_a_dask_run_equals_a_local_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"

    local = ingest_news(sources=[str(corpus)], db=str(local_db))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
        get_task_stream(client) as stream,
    ):
        on_dask = ingest_news.with_options(
            task_runner=DaskTaskRunner(address=cluster.scheduler_address)
        )(sources=[str(corpus)], db=str(dask_db), workers=1)
    workers_used = {task["worker"] for task in stream.data}

    assert local.articles_new == on_dask.articles_new == ARTICLES
    assert local.near_duplicate_pairs == on_dask.near_duplicate_pairs >= COPIES
    assert _warehouse(local_db) == _warehouse(dask_db)
    assert len(workers_used) == 2
