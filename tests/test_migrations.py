"""A warehouse made by an earlier schema version opens, is upgraded in place, and loses no row."""

from dataclasses import asdict
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest_news
from pipeline.clean.article import clean_document
from pipeline.dedup import Thresholds, score_pair
from pipeline.minhash import DEFAULT_CONFIG, SignatureMemory, Signer
from pipeline.types import RawDocument
from tests.conftest import query
from warehouse.db import SCHEMA_VERSION, connect_writer
from warehouse.load import land_batch
from warehouse.values import compact

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VERSIONS = sorted(p.name for p in FIXTURES.glob("warehouse_v*"))


def _rebuild(fixture: Path, db: Path) -> dict[str, int]:
    """Recreate a fixture warehouse in a file; its row count per table."""
    con = duckdb.connect(str(db))
    con.execute((fixture / "schema.sql").read_text()).fetchall()
    counts = {}
    for parquet in sorted(fixture.glob("*.parquet")):
        table = parquet.stem
        con.execute(f"INSERT INTO {table} SELECT * FROM read_parquet('{parquet}')").fetchall()
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    con.close()
    return counts


@pytest.mark.parametrize("version", VERSIONS)
def test_old_warehouse_is_upgraded_without_losing_rows(version, tmp_path):
    db = tmp_path / "old.duckdb"
    counts = _rebuild(FIXTURES / version, db)
    assert counts["articles"] == 5

    connect_writer(db, DEFAULT_CONFIG).close()

    for table, rows in counts.items():
        if table != "schema_info":
            assert query(db, f"SELECT count(*) FROM {table}") == [(rows,)], table
    assert query(db, "SELECT value FROM schema_info WHERE key = 'schema_version'") == [
        (SCHEMA_VERSION,)
    ]


@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_warehouse_takes_new_runs(version, tmp_path):
    db = tmp_path / "old.duckdb"
    _rebuild(FIXTURES / version, db)
    story = tmp_path / "new.txt"
    story.write_text(
        "A new story\n\n"
        + "The council approved the harbour plan on Monday after a long debate. " * 5
    )

    summary = ingest_news(sources=[str(story)], db=str(db))

    assert summary.articles_new == 1
    assert query(db, "SELECT count(*) FROM articles") == [(6,)]
    assert query(db, "SELECT count(*) FROM runs") == [(2,)]


@pytest.mark.parametrize("version", VERSIONS)
def test_articles_landed_before_kept_values_are_scored_by_signing_again(version, tmp_path):
    db = tmp_path / "old.duckdb"
    _rebuild(FIXTURES / version, db)
    signer, thresholds = Signer(DEFAULT_CONFIG), Thresholds()
    con = connect_writer(db, DEFAULT_CONFIG)
    old_id, body = con.execute(
        "SELECT article_id, body FROM articles WHERE is_article ORDER BY ingest_seq LIMIT 1"
    ).fetchall()[0]
    copy = clean_document(RawDocument("file:///copy.txt", "text", body))
    signature = signer.sign(copy.article_id, copy.body)

    land_batch(con, "run", [copy], [signature], thresholds, SignatureMemory(signer))

    old = signer.sign(old_id, body)
    expected = score_pair(
        (old_id, old.shingles, compact(old.hashvalues)),
        (copy.article_id, signature.shingles, compact(signature.hashvalues)),
        thresholds,
    )
    stored = con.execute(
        "SELECT * EXCLUDE (run_id) FROM overlap_scores WHERE article_a = ? AND article_b = ?",
        [expected.article_a, expected.article_b],
    ).fetchall()
    con.close()
    assert stored == [tuple(asdict(expected).values())]
    assert expected.is_near_duplicate
