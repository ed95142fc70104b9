"""The warehouse's promises under stress: a run killed at any point leaves it as before."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from tests.conftest import PROJECT, SEEDS, query
from tests.test_sources import PNG_HEADER, gzip_zeros

pytestmark = pytest.mark.usefixtures("prefect_server")

# More articles than one chunk of the flow (2,000), so a run writes several batches, and
# enough that it takes several seconds: the kills below land inside it.
ARTICLES = 4200
# When a run is killed, as shares of how long a whole run of the same input takes: early
# (reading, cleaning), midway (landing the first chunks), late (the last chunk, the commit).
# Shares, not seconds, so a faster pipeline still gets killed mid-run.
KILL_AT_SHARES = (0.25, 0.5, 0.75)
# A run's own peak resident memory with hostile inputs. Prefect and the libraries take about
# 330 MiB and this run peaks near 410 MiB; holding any of its 200 MB inputs whole would pass
# the bound.
PEAK_RSS_BOUND = 512 * 1024 * 1024
TABLES = ("articles", "cleaning_edits", "overlap_scores", "lsh_bands", "ingest_errors", "runs")


def _write_input(path):
    """JSON Lines articles made of seed paragraphs, a fifth of them copies of others."""
    paragraphs = [
        p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text().splitlines() if len(p) > 200
    ]
    rnd = random.Random(7)
    bodies = []
    for i in range(ARTICLES):
        if i % 5 == 4:
            bodies.append(bodies[rnd.randrange(len(bodies))] + "\n\nAdvertisement")
        else:
            bodies.append("\n\n".join(rnd.sample(paragraphs, 6)))
    path.write_text("\n".join(json.dumps({"id": str(i), "text": b}) for i, b in enumerate(bodies)))


def _ingest(db, source) -> subprocess.Popen:
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "ingest", str(source), "--db", str(db)],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _descendants(pid: int) -> set[int]:
    """Every process below pid (worker processes and the server they fork from)."""
    found: set[int] = set()
    stack = [pid]
    while stack:
        parent = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as children:
                    kids = {int(k) for k in children.read().split()}
            except FileNotFoundError:
                continue
            stack.extend(kids - found)
            found |= kids
    return found


def _gone(pids: set[int], within: float = 10.0) -> bool:
    """Whether all these processes have exited (zombies count as exited) within some seconds."""
    deadline = time.time() + within
    while time.time() < deadline:
        alive = set()
        for pid in pids:
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    if stat.read().rsplit(")", 1)[1].split()[0] != "Z":
                        alive.add(pid)
            except FileNotFoundError:
                pass
        if not alive:
            return True
        time.sleep(0.5)
    return False


def _peak_rss(process: subprocess.Popen) -> int:
    """A process's peak resident memory in bytes, polled until it exits.

    VmHWM is the peak of the program the process runs. ru_maxrss (from wait4) would also count
    the memory of this test process, which the child holds between fork and exec.
    """
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
            peak = max(peak, int(fields["VmHWM"].split()[0]) * 1024)
        except (FileNotFoundError, KeyError):
            break
        time.sleep(0.05)
    return peak


def _state(db) -> dict:
    """What a user sees in the warehouse, run ids left out (they differ between runs)."""
    return {
        "counts": {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES},
        "articles": query(
            db, "SELECT article_id, body_sha256, cluster_id, is_canonical FROM articles ORDER BY 1"
        ),
        "pairs": query(
            db,
            "SELECT article_a, article_b, round(jaccard, 9), is_near_duplicate FROM overlap_scores ORDER BY 1, 2",
        ),
    }


def test_a_killed_run_leaves_the_warehouse_as_before_and_a_rerun_completes_it(tmp_path):
    source = tmp_path / "big.jsonl"
    _write_input(source)
    baseline = tmp_path / "baseline.duckdb"
    assert _ingest(baseline, SEEDS).wait(timeout=120) == 0
    before = _state(baseline)

    reference = tmp_path / "reference.duckdb"
    shutil.copy(baseline, reference)
    started = time.monotonic()
    assert _ingest(reference, source).wait(timeout=300) == 0
    whole_run = time.monotonic() - started
    after = _state(reference)
    assert after["counts"]["articles"] == 5 + ARTICLES
    assert after["counts"]["runs"] == 2

    killed_mid_run = 0
    for share in KILL_AT_SHARES:
        delay = share * whole_run
        db = tmp_path / f"killed-{share}.duckdb"
        shutil.copy(baseline, db)
        run = _ingest(db, source)
        time.sleep(delay)
        finished = run.poll() is not None
        helpers = _descendants(run.pid)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        state = _state(db)
        assert state in (before, after), f"half a run visible after a kill at {delay:.1f} s"
        assert _gone(helpers), f"worker processes outlived a run killed at {delay:.1f} s"
        # A run killed after its commit (while it publishes its report) has landed everything.
        if state == before and not finished:
            killed_mid_run += 1
            assert _ingest(db, source).wait(timeout=300) == 0
            assert _state(db) == after, (
                f"rerun after a kill at {delay:.1f} s differs from one clean run"
            )
    assert killed_mid_run >= 2, "the runs finished before the kills: make the input larger"


def test_while_a_run_writes_a_second_run_stops_with_one_line_and_readers_see_nothing(tmp_path):
    source = tmp_path / "big.jsonl"
    _write_input(source)
    db = tmp_path / "busy.duckdb"
    first = _ingest(db, source)
    try:
        deadline = time.time() + 60
        while not db.exists() and time.time() < deadline:
            time.sleep(0.2)
        with pytest.raises(duckdb.IOException, match="lock"):
            duckdb.connect(str(db), read_only=True)
        env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
        second = subprocess.run(
            [sys.executable, "-m", "flows.cli", "ingest", str(SEEDS), "--db", str(db)],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        still_running = first.poll() is None
    finally:
        assert first.wait(timeout=300) == 0
    assert still_running, "the first run ended before the second started: make the input larger"
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another program" in lines[0], second.stderr
    assert query(db, "SELECT count(*) FROM articles") == [(ARTICLES,)]


def test_hostile_inputs_each_end_as_one_clear_row_in_bounded_memory(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with (inbox / "huge.txt").open("wb") as handle:  # 200 MB, sparse: nothing is written
        handle.truncate(200 * 1024 * 1024)
    gzip_zeros(inbox / "bomb.jsonl.gz", 200 * 1024 * 1024)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "photo.txt").write_bytes(PNG_HEADER + bytes(range(256)) * 4)
    (inbox / "nul.txt").write_bytes(b"Some text\x00 with NUL bytes\x00" * 100)
    (inbox / "invalid.txt").write_bytes(b"The harbour \xff\xfe reopened \x81 on Monday.")
    (inbox / "mixed.txt").write_bytes("Naïve café ".encode() + "Naïve café".encode("cp1252"))
    line = json.dumps({"text": "x " * (25 * 1024 * 1024)})
    good = json.dumps(
        {"id": "ok", "text": "The harbour reopened on Monday after the storm passed."}
    )
    (inbox / "lines.jsonl").write_text(line + "\n" + good + "\n")
    (inbox / "deep.html").write_text("<div>" * 100_000 + "<p>Deep down.</p>" + "</div>" * 100_000)
    (inbox / "tiny.html").write_text("<p>Ta.</p>" * 1_000_000)
    (inbox / "loop").symlink_to(inbox)
    db = tmp_path / "h.duckdb"

    run = _ingest(db, inbox)
    peak = _peak_rss(run)

    assert run.wait() == 0
    assert 0 < peak < PEAK_RSS_BOUND, f"peak RSS {peak:,} bytes"
    errors = dict(
        query(db, "SELECT regexp_extract(source_uri, '[^/]+$'), error_type FROM ingest_errors")
    )
    assert errors == {
        "huge.txt": "too_large",
        "bomb.jsonl.gz": "gzip_bomb",
        "empty.txt": "empty",
        "photo.txt": "binary",
        "nul.txt": "binary",
        "invalid.txt": "encoding",
        "mixed.txt": "encoding",
        "lines.jsonl#1": "too_large",
        "tiny.html": "too_many_tags",
    }
    landed = dict(
        query(db, "SELECT regexp_extract(source_uri, '[^/]+$'), is_article FROM articles")
    )
    assert landed == {"lines.jsonl#2": True, "deep.html": False}
    [(inputs, new, rejected)] = query(db, "SELECT inputs, articles_new, inputs_rejected FROM runs")
    assert (inputs, new, rejected) == (11, 2, 9)
