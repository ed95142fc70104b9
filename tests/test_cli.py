"""The `newsdedup` command as a user meets it: exit codes, one-line errors, the summary."""

import os
import subprocess
import sys

import pytest

from flows.cli import main
from tests.conftest import PROJECT, SEEDS, query


def _newsdedup(*args: str, cwd=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or PROJECT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    result = _newsdedup("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "n.duckdb"))

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"newsdedup: error: {tmp_path / 'nowhere'}: no such file or folder"
    ]
    assert not (tmp_path / "n.duckdb").exists()


def test_bad_threshold_is_one_line(tmp_path):
    result = _newsdedup(
        "ingest", str(SEEDS), "--jaccard-threshold", "1.5", "--db", str(tmp_path / "n.duckdb")
    )

    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "jaccard" in result.stderr


def test_locked_database_is_one_line(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        result = _newsdedup("ingest", str(SEEDS), "--db", str(db))
    finally:
        holder.kill()
        holder.wait()

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another program" in lines[0], result.stderr


@pytest.mark.usefixtures("prefect_server")
def test_ingest_prints_the_summary(tmp_path, capsys):
    db = tmp_path / "cli.duckdb"

    assert main(["ingest", str(SEEDS), "--db", str(db)]) == 0

    out = capsys.readouterr().out
    for label, value in [
        ("articles new", "5"),
        ("articles unchanged", "0"),
        ("inputs rejected", "0"),
        ("near-duplicate pairs found", "0"),
    ]:
        assert any(line.split() == [*label.split(), value] for line in out.splitlines()), out
    assert any(line.split() == ["database", str(db)] for line in out.splitlines()), out


@pytest.mark.usefixtures("prefect_server")
def test_no_source_means_the_seeds_and_env_names_the_db(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDEDUP_DB", str(tmp_path / "from-env.duckdb"))

    assert main(["ingest"]) == 0

    capsys.readouterr()
    assert query(tmp_path / "from-env.duckdb", "SELECT count(*) FROM articles") == [(5,)]


def test_serve_without_a_prefect_server_says_what_to_start(tmp_path):
    result = _newsdedup(
        "serve",
        "--cron",
        "*/30 * * * *",
        str(SEEDS),
        "--db",
        str(tmp_path / "s.duckdb"),
        env={"PREFECT_API_URL": ""},
    )

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsdedup: error: serving a schedule needs a Prefect server: run `prefect server start` "
        "and set PREFECT_API_URL=http://127.0.0.1:4200/api"
    ]


def test_dask_without_a_prefect_server_says_what_to_start(tmp_path):
    result = _newsdedup(
        "ingest",
        str(SEEDS),
        "--dask-address",
        "tcp://127.0.0.1:8786",
        "--db",
        str(tmp_path / "d.duckdb"),
        env={"PREFECT_API_URL": ""},
    )

    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--dask-address needs a Prefect server" in lines[0], result.stderr


@pytest.mark.usefixtures("prefect_server")
def test_a_page_url_is_ingested_from_the_command_line(tmp_path, capsys):
    from tests.web_server import Site, page, serving

    story = (PROJECT / "tests" / "fixtures" / "web" / "stories" / "02.txt").read_text()
    headline, *paragraphs = story.split("\n\n")
    html = f"<html><body><article><h1>{headline}</h1>{''.join(f'<p>{p}</p>' for p in paragraphs)}</article></body></html>"
    db = tmp_path / "web.duckdb"
    with serving(Site()) as site:
        site.routes["/news/02"] = page(html.encode())

        status = main(["ingest", site.url("/news/02"), "--db", str(db), "--host-interval", "0"])

    capsys.readouterr()
    assert status == 0
    assert query(db, "SELECT url, title FROM articles") == [(site.url("/news/02"), headline)]


@pytest.mark.usefixtures("prefect_server")
def test_export_writes_each_table_as_parquet(tmp_path, capsys):
    db = tmp_path / "x.duckdb"
    assert main(["ingest", str(SEEDS), "--db", str(db)]) == 0

    assert main(["export", "--parquet", str(tmp_path / "out"), "--db", str(db)]) == 0

    capsys.readouterr()
    import duckdb

    con = duckdb.connect()
    for table in ("articles", "cleaning_edits", "overlap_scores", "ingest_errors", "runs"):
        path = tmp_path / "out" / f"{table}.parquet"
        exported = con.execute(f"SELECT * FROM '{path}' ORDER BY ALL").fetchall()
        assert exported == query(db, f"SELECT * FROM {table} ORDER BY ALL")
    assert len(query(db, "SELECT * FROM articles")) == 5
