"""End to end: the ingest-news flow on a real Prefect server and a real DuckDB file."""

import asyncio
import gzip
import json
import shutil
from pathlib import Path

import pytest
from prefect import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

from flows.ingest import ingest_news
from tests.conftest import SEEDS, query

pytestmark = pytest.mark.usefixtures("prefect_server")

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _paragraphs(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if line.strip()]


def test_seeds_land_cleaned_with_edits_and_no_duplicates(db_path):
    summary = ingest_news(sources=[str(SEEDS)], db=str(db_path))

    assert (summary.articles_new, summary.inputs_rejected, summary.near_duplicate_pairs) == (
        5,
        0,
        0,
    )
    rows = query(
        db_path,
        "SELECT source_uri, title, cluster_id = article_id, is_canonical FROM articles ORDER BY source_uri",
    )
    assert [r[0] for r in rows] == [p.absolute().as_uri() for p in SEED_FILES]
    assert all(r[2] and r[3] for r in rows), "every seed is its own cluster"
    assert query(db_path, "SELECT count(*) FROM overlap_scores WHERE is_near_duplicate") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM duplicate_clusters") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM articles_deduped") == [(5,)]
    rules = {r[0] for r in query(db_path, "SELECT DISTINCT rule FROM cleaning_edits")}
    assert {
        "skip_link",
        "photo_caption",
        "recommended",
        "particle",
        "repeated_word",
        "truncated_teaser",
    } <= rules
    run = query(
        db_path, "SELECT run_id, inputs, articles_new, parameters->>'jaccard_threshold' FROM runs"
    )
    assert run == [(summary.run_id, 5, 5, "0.45")]


def test_run_id_is_the_prefect_flow_run_and_artifacts_are_published(db_path):
    summary = ingest_news(sources=[str(SEEDS)], db=str(db_path))

    async def read():
        async with get_client() as client:
            flow_run = await client.read_flow_run(summary.run_id)
            artifacts = await client.read_artifacts(
                artifact_filter=ArtifactFilter(
                    flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id])
                )
            )
            task_runs = await client.read_task_runs()
        return flow_run, artifacts, {t.name.rsplit("-", 1)[0] for t in task_runs}

    flow_run, artifacts, task_runs = asyncio.run(read())
    assert flow_run.state.is_completed()
    by_key = {a.key: a for a in artifacts}
    assert {"ingest-summary", "near-duplicate-pairs"} <= set(by_key)
    assert "| articles new | 5 |" in by_key["ingest-summary"].data
    assert {
        "discover-inputs",
        "read-inputs",
        "clean-and-sign",
        "land-batch",
        "record-run",
    } <= task_runs


def test_same_input_twice_changes_nothing(db_path):
    ingest_news(sources=[str(SEEDS)], db=str(db_path))
    tables = (
        "articles",
        "cleaning_edits",
        "overlap_scores",
        "lsh_bands",
        "minhash_values",
        "ingest_errors",
    )
    before = {t: query(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    bodies = query(db_path, "SELECT article_id, body_sha256, cluster_id FROM articles ORDER BY 1")

    again = ingest_news(sources=[str(SEEDS)], db=str(db_path))

    assert (again.articles_new, again.articles_updated, again.articles_unchanged) == (0, 0, 5)
    assert {t: query(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in tables} == before
    assert (
        query(db_path, "SELECT article_id, body_sha256, cluster_id FROM articles ORDER BY 1")
        == bodies
    )
    assert query(db_path, "SELECT count(*) FROM runs") == [(2,)]


def test_syndicated_copy_in_a_later_run_joins_the_original(db_path, tmp_path):
    ingest_news(sources=[str(SEEDS)], db=str(db_path))
    original = SEEDS / "000_fdf5863fcf84083a.txt"
    lines = _paragraphs(original)
    wire = tmp_path / "later"
    wire.mkdir()
    # Republished elsewhere: other chrome around the same story, title kept.
    (wire / "republished.txt").write_text(
        "\n\n".join(
            ["Skip to main content", lines[0], "Advertisement", *lines[1:-1], "Share this article"]
        )
    )
    # Cut to its first half.
    (wire / "half.txt").write_text("\n".join(lines[: len(lines) // 2]))
    # A few words changed.
    edited = (
        "\n".join(lines).replace("Friday", "Saturday").replace("Harbin", "the city of Harbin", 2)
    )
    (wire / "edited.txt").write_text(edited)

    summary = ingest_news(sources=[str(wire)], db=str(db_path))

    assert summary.articles_new == 3
    assert summary.near_duplicate_pairs >= 3
    canonical = query(
        db_path,
        "SELECT article_id FROM articles WHERE source_uri = ?",
        [original.absolute().as_uri()],
    )[0][0]
    members = query(
        db_path,
        "SELECT source_uri, cluster_id, is_canonical FROM articles WHERE cluster_id = ?",
        [canonical],
    )
    assert sorted(Path(m[0]).name for m in members) == sorted(
        ["000_fdf5863fcf84083a.txt", "republished.txt", "half.txt", "edited.txt"]
    )
    assert [m[2] for m in members if m[0].endswith("000_fdf5863fcf84083a.txt")] == [True]
    assert query(
        db_path, "SELECT size FROM duplicate_clusters WHERE cluster_id = ?", [canonical]
    ) == [(4,)]
    half = query(
        db_path,
        "SELECT o.jaccard, greatest(o.containment_a_in_b, o.containment_b_in_a), o.is_near_duplicate "
        "FROM overlap_scores o JOIN articles h ON h.article_id IN (o.article_a, o.article_b) "
        "WHERE h.source_uri LIKE '%half.txt' AND ? IN (o.article_a, o.article_b)",
        [canonical],
    )
    jaccard, containment, is_duplicate = half[0]
    assert jaccard < 0.6 and containment > 0.95 and is_duplicate


def test_bad_inputs_become_error_rows_and_the_rest_lands(db_path, tmp_path):
    bad = tmp_path / "inbox"
    bad.mkdir()
    shutil.copy(SEEDS / "003_5aca476e612f7685.txt", bad / "good.txt")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "broken.txt").write_bytes("caf\u00e9 na\u00efve ".encode() + b"\xff\xfe\xfa bad bytes")
    (bad / "big.txt").write_bytes(b"word " * (21 * 1024 * 1024 // 5))
    (bad / "lines.jsonl").write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "url": "https://example.com/a",
                        "text": "A real short article about the harbour.",
                        "title": "Harbour",
                    }
                ),
                "{not json",
                json.dumps({"title": "no text"}),
            ]
        )
    )
    with gzip.open(bad / "page.txt.gz", "wt") as handle:
        handle.write((SEEDS / "000_fdf5863fcf84083a.txt").read_text())

    summary = ingest_news(sources=[str(bad), str(tmp_path / "missing.txt")], db=str(db_path))

    errors = query(
        db_path, "SELECT source_uri, error_type, message FROM ingest_errors ORDER BY source_uri"
    )
    kinds = {
        Path(uri.split("#")[0]).name + ("#" + uri.split("#")[1] if "#" in uri else ""): kind
        for uri, kind, _ in errors
    }
    assert kinds == {
        "binary.txt": "binary",
        "big.txt": "too_large",
        "broken.txt": "encoding",
        "empty.txt": "empty",
        "lines.jsonl#2": "invalid_json",
        "lines.jsonl#3": "missing_text",
        "missing.txt": "not_found",
    }
    assert all(message.strip() for _, _, message in errors)
    assert summary.articles_new == 3 and summary.inputs_rejected == 7
    assert summary.inputs == summary.articles_new + summary.inputs_rejected
    titles = {r[0] for r in query(db_path, "SELECT title FROM articles")}
    assert "Harbour" in titles


def test_an_edited_source_file_updates_its_article(db_path, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text((SEEDS / "004_667d112ab46af9f7.txt").read_text())
    first = ingest_news(sources=[str(story)], db=str(db_path))
    story.write_text(story.read_text().replace("everlasting", "unbreakable"))

    second = ingest_news(sources=[str(story)], db=str(db_path))

    assert (first.articles_new, second.articles_updated, second.articles_new) == (1, 1, 0)
    rows = query(db_path, "SELECT body, first_run_id, last_run_id FROM articles")
    assert len(rows) == 1 and "unbreakable" in rows[0][0]
    assert rows[0][1:] == (first.run_id, second.run_id)


def test_stdin_jsonl_is_read(db_path, monkeypatch, tmp_path):
    import io
    import sys

    records = [
        {"id": str(i), "text": p}
        for i, p in enumerate(_paragraphs(SEEDS / "000_fdf5863fcf84083a.txt")[1:4])
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    summary = ingest_news(sources=["-"], db=str(db_path))

    assert summary.articles_new == 3
    assert {r[0] for r in query(db_path, "SELECT source_uri FROM articles")} == {
        "stdin:#1",
        "stdin:#2",
        "stdin:#3",
    }


PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour strike ends after nine days | Example Herald</title>
<meta property="og:site_name" content="Example Herald">
<meta property="article:published_time" content="2024-05-17T09:30:00+02:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://herald.example/harbour-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour strike ends after nine days</h1>
<p>Dock workers returned to the harbour on Friday after a nine-day strike over pay that had
left dozens of container ships waiting at anchor outside the port.</p>
<p>The union said its members had accepted a three-year agreement that raises wages by
eleven percent and limits the length of night shifts, ending the longest stoppage in decades.</p>
<p>Port officials said it would take about two weeks to clear the backlog of ships, and that
perishable cargo had been given priority since the first day of the dispute.</p>
<div class="share-bar">Share on Facebook Share on Twitter</div>
</article>
<footer>Copyright 2024 Example Herald. All rights reserved.</footer>
</body></html>"""

INDEX = (
    "<html><body><h1>World</h1><ul>"
    + "".join(
        f'<li><a href="/story-{i}">Story number {i} about the world today</a></li>'
        for i in range(40)
    )
    + "</ul></body></html>"
)


def test_html_pages_land_with_metadata_and_non_articles_are_flagged(db_path, tmp_path):
    (tmp_path / "story.html").write_text(PAGE)
    (tmp_path / "index.html").write_text(INDEX)

    summary = ingest_news(sources=[str(tmp_path)], db=str(db_path))

    assert summary.articles_new == 2
    story = query(
        db_path,
        "SELECT url, title, byline, outlet, language, published_at, body, is_article FROM articles "
        "WHERE source_uri LIKE '%story.html'",
    )[0]
    url, title, byline, outlet, language, published, body, is_article = story
    assert (url, title, outlet, language) == (
        "https://herald.example/harbour-strike",
        "Harbour strike ends after nine days",
        "Example Herald",
        "en",
    )
    assert "Jane Doe" in byline and published.isoformat() == "2024-05-17T07:30:00" and is_article
    assert (
        body.startswith("Dock workers returned")
        and "Share on" not in body
        and "Copyright" not in body
    )
    assert query(db_path, "SELECT count(*) FROM cleaning_edits WHERE stage = 'extract'")[0][0] > 0
    index = query(
        db_path,
        "SELECT is_article, not_article_reason FROM articles WHERE source_uri LIKE '%index.html'",
    )
    assert index[0][0] is False and index[0][1]
    assert query(db_path, "SELECT count(*) FROM articles_deduped") == [(1,)]


def test_the_same_input_twice_in_one_run_is_counted_once_new_once_unchanged(db_path):
    seed = str(SEEDS / "000_fdf5863fcf84083a.txt")

    summary = ingest_news(sources=[seed, seed], db=str(db_path))

    assert (summary.inputs, summary.articles_new, summary.articles_unchanged) == (2, 1, 1)
    assert query(db_path, "SELECT count(*) FROM articles") == [(1,)]
