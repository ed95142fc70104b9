"""Speed and scale: articles per second end to end, fingerprint-and-match against a plain
reference, cost of a run into a large warehouse, and peak memory of an ingest.

    python bench/throughput.py N [--only e2e,match,growth,memory] [--seed 1]
        [--growth-base 1000000] [--growth-new 10000] [--growth-unrelated 11.3]
        [--memory-n M] [--repeats 2]
        [--aeb ../shared/aeb] [--keep]
    # e.g. python bench/throughput.py 2000

Parts (all by default):

  e2e     N generated articles (about 600 words, ~20% near-duplicates of others) as a JSON
          Lines file, through `newsdedup ingest FILE --db FRESH` as a subprocess (Prefect's
          temporary server included, PREFECT_HOME in a temporary folder, its default worker
          processes); articles per second from the `runs` row (the flow's own time) and from
          the command's wall time, where that wall time went (from the run's log), and the
          time each Prefect task took, read from the temporary server's database.
  match   The same N bodies, cleaned once (untimed), fingerprinted and matched in this process
          two ways: the project (Signer.sign + warehouse.load.land_batch into a fresh DuckDB
          file, landed in the flow's chunks of 2,000) and a reference built the obvious way
          (datasketch MinHash with per-shingle update, an in-memory MinHashLSH with the same
          bands x rows rebuilt from what was landed before and queried per article, exact
          Jaccard of the candidates, row-by-row executemany INSERTs into DuckDB).
  growth  --growth-new new articles landed into a warehouse that already holds --growth-base
          articles, against the same articles landed into an empty warehouse. The large
          warehouse is built directly, not through the pipeline: random 64-bit MinHash values
          per article, band keys computed from them as pipeline/minhash.py does, short bodies,
          a fifth of the articles in two-member clusters with their overlap_scores row, all
          inserted through Arrow, so lsh_bands holds 64 rows per article like a real one.
          Random signatures never collide, so the build also plants the unrelated candidates
          a real warehouse proposes: --growth-unrelated per new article per million base
          articles (default the README's 11.3), each a base article with a generated body of
          its own, its real MinHash values and band keys, one of which is set to a new
          article's key in the same band; the large run verifies each of them as it would a
          real one (reads its body and kept values, shingles it). Every base article's values
          are kept in minhash_values, as landing keeps them. It is cached under
          /tmp keyed by its size, seed, planted candidates and schema (--keep keeps it).
          Timed: what a run does to the warehouse, as flows/ingest.py does it without Prefect:
          open the writer, sign and land_batch each chunk, count clusters, record the run,
          read its report, commit. Cleaning and Prefect do not depend on the warehouse size
          and are left out (cleaning is done once, before either timing). The rate of
          unrelated candidates among the new articles themselves is printed, per new article
          per million, for a run at this corpus's own rate.
          Then both runs again under cProfile, for what land_batch spends its time on.
          Last, the brief's measure: whole `newsdedup ingest` runs of the same new articles
          (as JSON Lines, Prefect and cleaning included) into an empty warehouse and into a
          copy of the large one, compared by the flow's own time (runs row).
  memory  Peak resident memory (VmHWM, polled from /proc) of a `newsdedup ingest` of the
          same N articles, run apart from the e2e one (polling the tree's memory took 3.3 s
          of CPU in a 34 s run, which the timed run would lose), its Prefect server and
          worker processes counted apart, and the whole tree's peak proportional set size;
          with --memory-n, also of an ingest of that many articles, and the line through the
          two runs taken to 1,000,000.

The machine is shared, so match and growth time each configuration --repeats times,
alternating, and report the fastest of each (every try is printed).

Article text is sampled sentence by sentence from the article-extraction benchmark's bodies
(read in place, never copied; the project's seeds/ when the benchmark is absent), with one
word in ten swapped for a word drawn by its frequency in the same bodies, so sentences do not
repeat verbatim across articles while words and shingles keep news frequencies. Everything is
deterministic given --seed. Nothing is written to the project tree.
"""

import argparse
import contextlib
import cProfile
import hashlib
import importlib.metadata
import json
import os
import platform
import pstats
import random
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

from pipeline.clean.article import clean_document
from pipeline.dedup import MIN_SHINGLES_FOR_CONTAINMENT, Thresholds
from pipeline.minhash import DEFAULT_CONFIG, SignatureMemory, Signer
from pipeline.shingle import shingles, tokens
from pipeline.sources.jsonl import read_jsonl
from pipeline.types import Article, Signature
from warehouse.db import SCHEMA_FILE, connect_writer, run, scalar, with_rows
from warehouse.load import content_sha256, land_batch, now
from warehouse.runs import RunSummary, count_clusters, record_run, run_report
from warehouse.values import values_table

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_AEB = ROOT.parent / "shared" / "aeb"
PARTS = ("e2e", "match", "growth", "memory")

# Targets from the brief.
E2E_TARGET_PER_SECOND = 1000
MATCH_SPEEDUP_TARGET = 10.0
GROWTH_RATIO_TARGET = 1.5
MEMORY_TARGET_BYTES = 2 * 1024**3
MEMORY_TARGET_ARTICLES = 1_000_000

# The corpus: news articles run about 600 words; the spread keeps lengths from being uniform.
MEAN_WORDS = 600
WORDS_SD = 120
MIN_WORDS, MAX_WORDS = 300, 1000
# Sentences per paragraph, as news paragraphs run (one to four sentences).
PARAGRAPH_SENTENCES = (1, 4)
# Sentences of the source bodies shorter than this are captions, datelines or debris.
MIN_SENTENCE_WORDS = 5
MAX_SENTENCE_WORDS = 80
# One word in ten of every sampled sentence is swapped for a word drawn by frequency: an
# unrelated pair then shares about as few shingles as different real stories do.
SWAP_SHARE = 0.10
# Share of the articles that are near-duplicates of another (the brief: ~20%).
DUPLICATE_SHARE = 0.20
# How a copy differs (the brief): a few words changed, cut to 60-90%, paragraphs reordered.
COPY_CHANGED_WORDS = (2, 8)
COPY_CUT = (0.6, 0.9)
COPY_CUT_CHANCE = 0.5
COPY_REORDER_CHANCE = 0.5
TITLE_WORDS = (6, 11)
# A title is the start of a sampled sentence with more of its words swapped, so that it does
# not repeat a sentence of the body (which the structure stage would remove).
TITLE_SWAP_SHARE = 0.3
# English bodies only (the benchmark also holds Russian, Korean, Portuguese... pages): these
# function words are 11.8% or more of the words of its English news bodies, at most 8.3% of
# the others' (two English lists, of scores and of workouts, fall below too and are left out).
FUNCTION_WORDS = frozenset(
    ("the", "and", "of", "to", "that", "for", "with", "was", "said", "is", "on", "it")
)
MIN_FUNCTION_SHARE = 0.10
OUTLETS = ("ledger", "courier", "wire", "dispatch", "tribune", "herald", "post", "journal")

# The flow lands its records 2,000 at a time (CHUNK_SIZE in flows/ingest.py); the in-process
# parts land in the same chunks.
LAND_CHUNK = 2000
# The growth part's large warehouse is built this many articles at a time: 256 MinHash values
# of 8 bytes each make 200 MB per batch.
BUILD_BATCH = 100_000
# A fifth of the built warehouse's articles are the second member of a two-member cluster.
BASE_DUPLICATE_SHARE = 0.20
# Body of a built article: short, never a candidate (its band keys are random).
BASE_BODY = "Synthetic article {i} of a warehouse built for the growth benchmark."
# Distinct shingles of a base body (all are alike but for the number).
BASE_SHINGLES = len(shingles(BASE_BODY.format(i=0), DEFAULT_CONFIG.shingle_words))
# Planted candidates' bodies come from the corpus generator with this seed offset: unrelated
# originals, never copies of a new article.
PLANTED_SEED_OFFSET = 2000
# The machine is shared: the match and growth parts time each configuration this many times,
# alternating, and take the fastest (the same work varied by 40% from run to run here).
DEFAULT_REPEATS = 2
# Where the cached warehouse remembers how long building it took.
BUILD_SECONDS_KEY = "throughput_bench_build_seconds"
# The growth part's new articles come from the corpus generator with this seed offset, so they
# never share an id with the e2e corpus.
GROWTH_SEED_OFFSET = 1000

# An ingest of 2,000 articles took about a minute here; this only stops a hung run.
INGEST_TIMEOUT_SECONDS = 4 * 3600
# /proc is polled this often for the ingest's resident memory (VmHWM is the kernel's own peak,
# so the poll interval only matters for the tree's summed peak). getrusage(RUSAGE_CHILDREN)
# is not used: it counts the forked child before exec, i.e. this process's own memory.
POLL_SECONDS = 0.2
# Rows of the cProfile breakdown of a land shown per warehouse.
PROFILE_ROWS = 8
# Unrelated pairs LSH proposes per new article against a warehouse of 1M real articles with
# 64 bands x 4 rows: the README's table ("Near-duplicates", from bench/dedup_params.py on
# benchmark bodies). The built warehouse's random signatures propose none, so the growth part
# plants this many (--growth-unrelated) by default.
UNRELATED_CANDIDATES_PER_MILLION = 11.3
# Lines of the ingest's log that mark its phases (Prefect's own messages).
LOG_LINE = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) \| \w+ +\| (.*)$")
LOG_MARKS = (
    ("Starting temporary server", "imports, until the server starts"),
    ("Beginning flow run", "Prefect's temporary server starting"),
    ("Flow run '.*' - Finished in state", "the flow run"),
)

WORD = re.compile(r"\S+")
ALPHA = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A sentence ends at . ! or ? (optionally closed by a quote) before a space and a capital,
# digit or opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[“\"‘(A-Z0-9])|(?<=[.!?][”\"’)])\s+(?=[“\"‘(A-Z0-9])")


# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True)
class TextSource:
    """Sentences and word frequencies to build articles from, and where they came from."""

    sentences: list[str]
    words: list[str]  # every word of the bodies, in order: a uniform draw follows frequency
    origin: str


def function_share(text: str) -> float:
    """Share of a text's words that are common English function words."""
    found = ALPHA.findall(text.casefold())
    return sum(w in FUNCTION_WORDS for w in found) / len(found) if found else 0.0


def load_source(aeb: Path) -> TextSource:
    """Sentences of the benchmark's ground-truth bodies, else of the project's seeds."""
    truth = aeb / "ground-truth.json"
    if truth.is_file():
        data = json.loads(truth.read_text())
        bodies = [data[k]["articleBody"] for k in sorted(data)]
        bodies = [b for b in bodies if function_share(b) >= MIN_FUNCTION_SHARE]
        origin = f"{aeb} ({len(bodies)} English ground-truth bodies of {len(data)})"
    else:
        files = sorted(SEEDS.glob("*.txt"))
        bodies = [p.read_text() for p in files]
        origin = f"{SEEDS} ({len(bodies)} seed articles; {aeb} not found)"
    sentences = []
    for body in bodies:
        for paragraph in body.splitlines():
            for sentence in SENTENCE_END.split(paragraph.strip()):
                count = len(WORD.findall(sentence))
                if MIN_SENTENCE_WORDS <= count <= MAX_SENTENCE_WORDS:
                    sentences.append(sentence.strip())
    words = [w for body in bodies for w in ALPHA.findall(body)]
    return TextSource(sentences, words, origin)


@dataclass
class Story:
    """One generated article: paragraphs of sentences, and what it copies (None if original)."""

    paragraphs: list[str]
    title: str
    url: str
    copy_of: int | None = None


def swap_words(sentence: str, share: float, words: list[str], rnd: random.Random) -> str:
    """The sentence with a share of its words replaced by words drawn by frequency."""
    out = []
    for token in sentence.split(" "):
        if rnd.random() < share:
            core = ALPHA.search(token)
            if core:
                new = rnd.choice(words)
                if core.start() == 0 and token[:1].isupper():
                    new = new[:1].upper() + new[1:]
                token = token[: core.start()] + new + token[core.end() :]
        out.append(token)
    return " ".join(out)


def original(index: int, source: TextSource, rnd: random.Random) -> Story:
    """A new article of about MEAN_WORDS words."""
    target = min(MAX_WORDS, max(MIN_WORDS, round(rnd.gauss(MEAN_WORDS, WORDS_SD))))
    paragraphs, count = [], 0
    while count < target:
        size = rnd.randint(*PARAGRAPH_SENTENCES)
        sentences = [
            swap_words(rnd.choice(source.sentences), SWAP_SHARE, source.words, rnd)
            for _ in range(size)
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(WORD.findall(paragraph))
    sentence = rnd.choice(source.sentences)
    headline = WORD.findall(swap_words(sentence, TITLE_SWAP_SHARE, source.words, rnd))
    title = " ".join(headline[: rnd.randint(*TITLE_WORDS)]).rstrip(".,;:!?\"'”’")
    url = f"https://www.{rnd.choice(OUTLETS)}.example/news/{index:08d}"
    return Story(paragraphs, title, url)


def near_copy(index: int, of: int, story: Story, source: TextSource, rnd: random.Random) -> Story:
    """Another outlet's copy: a few words changed, maybe cut to 60-90%, maybe reordered."""
    paragraphs = list(story.paragraphs)
    if rnd.random() < COPY_CUT_CHANCE:
        total = sum(len(WORD.findall(p)) for p in paragraphs)
        keep, kept = round(total * rnd.uniform(*COPY_CUT)), []
        for paragraph in paragraphs:
            words = WORD.findall(paragraph)
            if keep <= 0:
                break
            kept.append(" ".join(words[:keep]))
            keep -= len(words)
        paragraphs = kept
    if rnd.random() < COPY_REORDER_CHANCE and len(paragraphs) > 1:
        rnd.shuffle(paragraphs)
    positions = [(p, m.span()) for p, text in enumerate(paragraphs) for m in ALPHA.finditer(text)]
    for p, (start, end) in sorted(
        rnd.sample(positions, min(len(positions), rnd.randint(*COPY_CHANGED_WORDS))),
        key=lambda x: (x[0], -x[1][0]),
    ):
        text = paragraphs[p]
        paragraphs[p] = text[:start] + rnd.choice(source.words) + text[end:]
    url = f"https://www.{rnd.choice(OUTLETS)}.example/story/{index:08d}"
    return Story(paragraphs, story.title, url, copy_of=of)


def generate(n: int, seed: int, source: TextSource) -> list[Story]:
    """n articles, DUPLICATE_SHARE of them near-copies of the others, in a shuffled order."""
    rnd = random.Random(seed)
    copies = round(n * DUPLICATE_SHARE)
    originals = [original(seed * 10**9 + i, source, rnd) for i in range(n - copies)]
    stories = list(originals)
    for j in range(copies):
        of = rnd.randrange(len(originals))
        stories.append(near_copy(seed * 10**9 + len(originals) + j, of, originals[of], source, rnd))
    rnd.shuffle(stories)
    return stories


def write_jsonl(stories: list[Story], path: Path) -> int:
    """The stories as JSON Lines (text, url, title); returns the words written."""
    words = 0
    with path.open("w") as out:
        for story in stories:
            text = "\n\n".join(story.paragraphs)
            words += len(WORD.findall(text))
            out.write(json.dumps({"text": text, "url": story.url, "title": story.title}) + "\n")
    return words


def make_corpus(n: int, seed: int, source: TextSource, path: Path) -> str:
    """Write n articles to path; a one-line description of them."""
    stories = generate(n, seed, source)
    words = write_jsonl(stories, path)
    copies = sum(s.copy_of is not None for s in stories)
    return (
        f"{n} articles, {words / max(n, 1):.0f} words each on average, {copies} near-copies "
        f"of {len({s.copy_of for s in stories} - {None})} originals, {path.stat().st_size / 1e6:.1f} MB"
    )


def clean_corpus(path: Path) -> list[Article]:
    """The records of a JSON Lines file, read and cleaned as the flow does (untimed)."""
    cleaned = [clean_document(doc) for doc in read_jsonl(str(path))]
    articles = [a for a in cleaned if isinstance(a, Article)]
    if len(articles) != len(cleaned):
        sys.exit(f"{len(cleaned) - len(articles)} generated records were rejected by cleaning")
    return articles


def chunks(items: list, size: int) -> Iterator[list]:
    """Consecutive slices of at most size items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------------------------------------
# Running `newsdedup ingest` and watching its memory


@dataclass
class IngestRun:
    """What one `newsdedup ingest` subprocess did and cost."""

    wall_seconds: float
    summary: str
    flow_seconds: float
    articles: int
    near_duplicate_pairs: int
    peak_rss_ingest: int  # bytes, the newsdedup process (VmHWM)
    peak_rss_server: int  # bytes, Prefect's temporary server (VmHWM)
    peak_rss_other: int  # bytes, the largest other descendant: a worker process (VmHWM)
    peak_pss_tree: int  # bytes, the whole process tree's proportional set size, polled
    tasks: dict[str, tuple[int, float]] = field(default_factory=dict)  # name: (runs, seconds)
    phases: list[tuple[str, float]] = field(default_factory=list)  # from the log: seconds


def _proc_bytes(pid: int, key: str, name: str = "status") -> int:
    """A "key: N kB" line of /proc/PID/name in bytes, 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _descendants(root: int) -> list[int]:
    """The pids of root's descendants, from the parent pids in /proc."""
    children = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children[ppid].append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            found.append(child)
            todo.append(child)
    return found


def _is_server(pid: int) -> bool:
    """Whether the process is Prefect's temporary server."""
    try:
        return b"prefect.server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


class MemoryWatch:
    """Polls a process tree's memory in a thread until stopped: each process's own peak
    (VmHWM), and the tree's summed proportional set size (Pss: pages shared between forked
    workers counted once)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_main = self.peak_server = self.peak_other = self.peak_tree = 0
        self._servers: dict[int, bool] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.peak_main = max(self.peak_main, _proc_bytes(self.pid, "VmHWM"))
            tree = _proc_bytes(self.pid, "Pss", "smaps_rollup")
            for child in _descendants(self.pid):
                tree += _proc_bytes(child, "Pss", "smaps_rollup")
                peak = _proc_bytes(child, "VmHWM")
                if self._servers.setdefault(child, _is_server(child)):
                    self.peak_server = max(self.peak_server, peak)
                else:
                    self.peak_other = max(self.peak_other, peak)
            self.peak_tree = max(self.peak_tree, tree)
            self._stop.wait(POLL_SECONDS)

    def stop(self) -> None:
        """Stop polling."""
        self._stop.set()
        self._thread.join()


def task_times(prefect_home: Path) -> dict[str, tuple[int, float]]:
    """Per task name: runs and summed seconds, from the temporary Prefect server's database."""
    database = prefect_home / "prefect.db"
    if not database.exists():
        return {}
    out: dict[str, list] = defaultdict(lambda: [0, 0.0])
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name, start_time, end_time FROM task_run WHERE start_time IS NOT NULL"
        ).fetchall()
        rows += [
            ("flow run, whole", start, end)
            for name, start, end in con.execute(
                "SELECT name, start_time, end_time FROM flow_run WHERE start_time IS NOT NULL"
            ).fetchall()
        ]
    except sqlite3.Error:
        return {}
    finally:
        con.close()
    for name, start, end in rows:
        if not end:
            continue
        seconds = (_parse_time(end) - _parse_time(start)).total_seconds()
        key = name if name.startswith("flow ") else name.rsplit("-", 1)[0]
        out[key][0] += 1
        out[key][1] += seconds
    return {k: (v[0], v[1]) for k, v in out.items()}


def _parse_time(value: str) -> datetime:
    """A timestamp as the server's SQLite database stores it."""
    return datetime.fromisoformat(str(value).replace(" ", "T").replace("Z", "+00:00"))


def ingest(jsonl: Path, db: Path, workdir: Path, watch_memory: bool) -> IngestRun:
    """Run `newsdedup ingest JSONL --db DB` with a fresh PREFECT_HOME; time it, and watch its
    memory when asked (peaks are 0 otherwise)."""
    exe = Path(sys.executable).with_name("newsdedup")
    command = [str(exe) if exe.exists() else shutil.which("newsdedup") or "newsdedup"]
    command += ["ingest", str(jsonl), "--db", str(db)]
    home = workdir / f"prefect-home-{db.stem}"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_HOME=str(home))
    env.pop("PREFECT_API_URL", None)
    out_path, err_path = workdir / f"{db.stem}.out", workdir / f"{db.stem}.err"
    launched = datetime.now()
    started = time.perf_counter()
    # The temporary Prefect server can outlive the run holding its pipes: output goes to files
    # and the run gets its own session, whose group is ended afterwards.
    with out_path.open("w") as out, err_path.open("w") as err:
        process = subprocess.Popen(
            command, env=env, cwd=workdir, stdout=out, stderr=err, start_new_session=True
        )
        watch = MemoryWatch(process.pid) if watch_memory else None
        try:
            code = process.wait(timeout=INGEST_TIMEOUT_SECONDS)
        finally:
            wall = time.perf_counter() - started
            if watch is not None:
                watch.stop()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
    if code != 0:
        sys.exit(f"newsdedup ingest failed ({code}):\n{err_path.read_text()[-3000:]}")
    con = duckdb.connect(str(db), read_only=True)
    try:
        started_at, finished_at, landed, pairs = con.execute(
            "SELECT started_at, finished_at, articles_new + articles_updated + articles_unchanged, "
            "near_duplicate_pairs FROM runs"
        ).fetchone()
    finally:
        con.close()
    return IngestRun(
        wall_seconds=wall,
        summary="; ".join(" ".join(x.split()) for x in out_path.read_text().splitlines() if x),
        flow_seconds=(finished_at - started_at).total_seconds(),
        articles=landed,
        near_duplicate_pairs=pairs,
        peak_rss_ingest=watch.peak_main if watch else 0,
        peak_rss_server=watch.peak_server if watch else 0,
        peak_rss_other=watch.peak_other if watch else 0,
        peak_pss_tree=watch.peak_tree if watch else 0,
        tasks=task_times(home),
        phases=log_phases(err_path.read_text(), launched, wall),
    )


def log_phases(log: str, launched: datetime, wall: float) -> list[tuple[str, float]]:
    """Seconds between the ingest's start, the marks in its log, and its end."""
    moments = []
    for line in log.splitlines():
        found = LOG_LINE.match(line)
        if not found:
            continue
        for pattern, label in LOG_MARKS:
            if re.search(pattern, found[2]) and label not in (m[1] for m in moments):
                clock = datetime.strptime(found[1], "%H:%M:%S.%f").time()
                moment = datetime.combine(launched.date(), clock)
                if moment < launched - timedelta(hours=1):
                    moment += timedelta(days=1)  # the run crossed midnight
                moments.append((moment, label))
    if len(moments) != len(LOG_MARKS):
        return []
    ends = [launched] + [m[0] for m in moments]
    phases = [
        (label, (ends[i + 1] - ends[i]).total_seconds()) for i, (_, label) in enumerate(moments)
    ]
    finished = launched + timedelta(seconds=wall)
    return [*phases, ("after the flow: report, server stop", (finished - ends[-1]).total_seconds())]


# ---------------------------------------------------------------------------------------------
# Fingerprint and match: the project against the obvious reference


class Laps:
    """Wall and CPU seconds (CPU: this process, all threads) summed per named step."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.restart()

    def restart(self) -> None:
        """Start timing the next step from now."""
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def lap(self, name: str) -> None:
        """Add the time since the last lap (or restart) to step name."""
        wall, cpu = time.perf_counter(), time.process_time()
        self.wall[name] += wall - self._wall
        self.cpu[name] += cpu - self._cpu
        self._wall, self._cpu = wall, cpu


@dataclass(frozen=True)
class Landing:
    """What fingerprinting and matching a corpus cost and found."""

    laps: Laps
    pairs: int
    near: int

    @property
    def wall(self) -> float:
        """Wall seconds of all steps."""
        return sum(self.laps.wall.values())

    @property
    def cpu(self) -> float:
        """CPU seconds of all steps."""
        return sum(self.laps.cpu.values())


def project_land(db: Path, articles: list[Article], thresholds: Thresholds) -> Landing:
    """Sign and land_batch the articles into a fresh warehouse, in the flow's chunks."""
    con = connect_writer(db, DEFAULT_CONFIG)
    try:
        run_id = "bench-project"
        memory = SignatureMemory(Signer(DEFAULT_CONFIG))
        signer = memory.signer
        pairs = near = 0
        laps = Laps()
        con.begin()
        for chunk in chunks(articles, LAND_CHUNK):
            signatures = [signer.sign(a.article_id, a.body) for a in chunk if a.is_article]
            laps.lap("sign")
            outcome = land_batch(con, run_id, chunk, signatures, thresholds, memory)
            laps.lap("land_batch")
            pairs += outcome.pairs_scored
            near += outcome.near_duplicates
        con.commit()
        laps.lap("commit")
    finally:
        con.close()
    return Landing(laps, pairs, near)


ARTICLE_COLUMNS = (
    "article_id, url, source_uri, title, byline, outlet, language, published_at, body, "
    "body_sha256, word_count, mt_suspect, mt_score, cluster_id, is_canonical, first_run_id, "
    "last_run_id, ingested_at, ingest_seq, external_id, content_sha256, rules_version, "
    "is_article, not_article_reason, canonical_url, retrieved_at"
)


def shingle_strings(body: str, size: int) -> set[str]:
    """The body's word k-grams as strings, from the project's tokens (short texts give one)."""
    words = tokens(body)
    if not words:
        return set()
    width = min(size, len(words))
    return {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}


def reference_land(db: Path, articles: list[Article], thresholds: Thresholds) -> Landing:
    """The obvious way: datasketch per-shingle updates, a MinHashLSH rebuilt per chunk from
    every signature landed before (kept in memory, not read back) and queried per article,
    exact Jaccard on string sets, executemany INSERTs of articles and pairs."""
    config = DEFAULT_CONFIG
    con = connect_writer(db, config)
    try:
        run_id = "bench-reference"
        landed: dict[str, tuple[MinHash, set[str]]] = {}
        pairs = near = 0
        laps = Laps()
        con.begin()
        for chunk in chunks(articles, LAND_CHUNK):
            lsh = MinHashLSH(num_perm=config.num_perm, params=(config.bands, config.rows))
            for key, (sketch, _) in landed.items():
                lsh.insert(key, sketch)
            scores = []
            for article in chunk:
                laps.lap("LSH, verify")
                grams = shingle_strings(article.body, config.shingle_words)
                sketch = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme)
                for gram in grams:
                    sketch.update(gram.encode("utf8"))
                laps.lap("sign")
                for other in lsh.query(sketch):
                    other_sketch, other_grams = landed[other]
                    common = len(grams & other_grams)
                    union = len(grams) + len(other_grams) - common
                    a, b = sorted((article.article_id, other))
                    ga, gb = (
                        (grams, other_grams) if a == article.article_id else (other_grams, grams)
                    )
                    in_b, in_a = common / len(ga), common / len(gb)
                    jaccard = common / union
                    shorter = min(len(ga), len(gb))
                    is_near = jaccard >= thresholds.jaccard or (
                        shorter >= MIN_SHINGLES_FOR_CONTAINMENT
                        and max(in_a, in_b) >= thresholds.containment
                    )
                    estimate = sketch.jaccard(other_sketch)
                    scores.append((a, b, estimate, jaccard, in_b, in_a, is_near, run_id))
                    near += is_near
                lsh.insert(article.article_id, sketch)
                landed[article.article_id] = (sketch, grams)
            laps.lap("LSH, verify")
            first_seq = scalar(con, "SELECT coalesce(max(ingest_seq), 0) + 1 FROM articles")
            at = now()
            con.executemany(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({', '.join(['?'] * 26)})",
                [
                    (
                        a.article_id,
                        a.meta.url,
                        a.source_uri,
                        a.meta.title,
                        a.meta.byline,
                        a.meta.outlet,
                        a.meta.language,
                        a.meta.published_at,
                        a.body,
                        a.body_sha256,
                        a.word_count,
                        a.mt_suspect,
                        a.mt_score,
                        a.article_id,
                        True,
                        run_id,
                        run_id,
                        at,
                        first_seq + i,
                        a.meta.external_id,
                        content_sha256(a),
                        a.rules_version,
                        a.is_article,
                        a.not_article_reason,
                        a.canonical_url,
                        a.meta.retrieved_at,
                    )
                    for i, a in enumerate(chunk)
                ],
            )
            if scores:
                con.executemany(
                    "INSERT INTO overlap_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scores
                )
            pairs += len(scores)
            laps.lap("INSERTs")
        con.commit()
        laps.lap("commit")
    finally:
        con.close()
    return Landing(laps, pairs, near)


# ---------------------------------------------------------------------------------------------
# Growth: a large warehouse built directly, then the same run into it and into an empty one


def base_ids(start: int, count: int) -> list[str]:
    """Article ids of the built warehouse, shaped like the pipeline's (20 hex digits)."""
    return [
        hashlib.sha256(f"url:https://base.example/{i}".encode()).hexdigest()[:20]
        for i in range(start, start + count)
    ]


@dataclass(frozen=True)
class Planted:
    """Base articles that are unrelated candidates of the new ones: bodies, values, band keys,
    shingle counts."""

    bodies: list[str]
    hashvalues: np.ndarray
    keys: np.ndarray
    shingle_counts: list[int]


def plant_candidates(
    count: int, new: list[Signature], seed: int, source: TextSource, signer: Signer
) -> Planted:
    """count generated bodies, signed, each sharing one band (its values, so its bucket) with a
    new article, as two unrelated articles that fall in one bucket by chance do."""
    rnd = random.Random(seed + PLANTED_SEED_OFFSET)
    rng = np.random.default_rng(seed + PLANTED_SEED_OFFSET)
    bodies = ["\n\n".join(original(i, source, rnd).paragraphs) for i in range(count)]
    signatures = [signer.sign(str(i), body) for i, body in enumerate(bodies)]
    config = DEFAULT_CONFIG
    by_band = (count, config.bands, config.rows)
    hashvalues = np.array([s.hashvalues for s in signatures], np.uint64).reshape(by_band)
    new_values = np.stack([s.hashvalues for s in new]).reshape(len(new), config.bands, config.rows)
    targets = rng.integers(0, len(new), size=count)
    bands = rng.integers(0, config.bands, size=count)
    hashvalues[np.arange(count), bands] = new_values[targets, bands]
    hashvalues = hashvalues.reshape(count, config.num_perm)
    keys = np.stack([signer.band_keys(values) for values in hashvalues])
    return Planted(bodies, hashvalues, keys, [len(s.shingles) for s in signatures])


def build_base(path: Path, base: int, seed: int, planted: Planted) -> float:
    """Build a warehouse of base articles with a real-sized LSH index, the planted candidates
    first; returns seconds."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    signer = Signer(DEFAULT_CONFIG)
    bands = DEFAULT_CONFIG.bands
    con = connect_writer(path, DEFAULT_CONFIG)
    try:
        at = now()
        for start in range(0, base, BUILD_BATCH):
            count = min(BUILD_BATCH, base - start)
            hashvalues = rng.integers(
                0, 2**64 - 1, size=(count, DEFAULT_CONFIG.num_perm), dtype=np.uint64, endpoint=True
            )
            # The project's own fold of MinHash values into band keys, one article at a time.
            keys = np.stack([signer.band_keys(values) for values in hashvalues])
            bodies = [BASE_BODY.format(i=start + i) for i in range(count)]
            # The planted candidates' rows of this batch.
            real = slice(0, max(0, min(count, len(planted.bodies) - start)))
            rows = slice(start, start + real.stop)
            hashvalues[real], keys[real] = planted.hashvalues[rows], planted.keys[rows]
            bodies[real] = planted.bodies[rows]
            shingle_counts = [BASE_SHINGLES] * count
            shingle_counts[real] = planted.shingle_counts[rows]
            ids = base_ids(start, count)
            # Second members of two-member clusters: odd positions, drawn at random.
            second = np.zeros(count, dtype=bool)
            second[1::2] = rng.random(len(second[1::2])) < 2 * BASE_DUPLICATE_SHARE
            cluster = [ids[i - 1] if second[i] else ids[i] for i in range(count)]
            articles = pa.table(
                {
                    "article_id": ids,
                    "url": [f"https://base.example/{start + i}" for i in range(count)],
                    "source_uri": [f"https://base.example/{start + i}" for i in range(count)],
                    "title": [f"Base article {start + i}" for i in range(count)],
                    "body": bodies,
                    "body_sha256": [hashlib.sha256(b.encode()).hexdigest() for b in bodies],
                    "word_count": pa.array([len(b.split()) for b in bodies], pa.int32()),
                    "mt_suspect": pa.array(np.zeros(count, dtype=bool)),
                    "mt_score": pa.array(np.zeros(count)),
                    "cluster_id": cluster,
                    "is_canonical": pa.array(~second),
                    "first_run_id": ["bench-base"] * count,
                    "last_run_id": ["bench-base"] * count,
                    "ingested_at": pa.array([at] * count, pa.timestamp("us")),
                    "ingest_seq": pa.array(np.arange(start + 1, start + count + 1)),
                    "content_sha256": [hashlib.sha256(b.encode()).hexdigest() for b in ids],
                    "rules_version": ["bench-base"] * count,
                    "is_article": pa.array(np.ones(count, dtype=bool)),
                }
            )
            pairs = [(ids[i - 1], ids[i]) for i in np.flatnonzero(second)]
            scores = pa.table(
                {
                    "article_a": [min(p) for p in pairs],
                    "article_b": [max(p) for p in pairs],
                    "jaccard_estimate": pa.array(np.full(len(pairs), 0.8)),
                    "jaccard": pa.array(np.full(len(pairs), 0.8)),
                    "containment_a_in_b": pa.array(np.full(len(pairs), 0.9)),
                    "containment_b_in_a": pa.array(np.full(len(pairs), 0.9)),
                    "is_near_duplicate": pa.array(np.ones(len(pairs), dtype=bool)),
                    "run_id": ["bench-base"] * len(pairs),
                }
            )
            lsh = pa.table(
                {
                    "band": pa.array(np.tile(np.arange(bands, dtype=np.int16), count)),
                    "bucket": pa.array(keys.reshape(-1)),
                    "article_id": pa.array(np.repeat(np.array(ids), bands)),
                }
            )
            for name, table in (
                ("articles", articles),
                ("overlap_scores", scores),
                ("lsh_bands", lsh),
                ("minhash_values", values_table(ids, hashvalues, shingle_counts)),
            ):
                with_rows(con, f"INSERT INTO {name} BY NAME SELECT * FROM rows", table)
            print(
                f"  built {start + count:,} of {base:,} articles "
                f"({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
        run(con, "CHECKPOINT")
    finally:
        con.close()
    return time.perf_counter() - started


@dataclass
class GrowthRun:
    """Wall and CPU seconds of each step of one run's warehouse work."""

    wall: dict[str, float]
    cpu: dict[str, float]
    pairs: int
    screened: int
    near: int
    profile: list[tuple[str, float]]

    @property
    def candidates(self) -> int:
        """Pairs that shared a bucket: scored exactly, or screened out by their estimate."""
        return self.pairs + self.screened


def timed_run(
    db: Path, articles: list[Article], thresholds: Thresholds, profile: bool = False
) -> GrowthRun:
    """What flows/ingest.py does to the warehouse in one run, without Prefect: open, sign and
    land each chunk, count clusters, record the run, read the report, commit. With profile,
    land_batch runs under cProfile (slower: for the breakdown, not for the timing)."""
    profiler = cProfile.Profile()
    laps = Laps()
    lap = laps.lap
    con = connect_writer(db, DEFAULT_CONFIG)
    run_id = f"bench-growth-{db.stem}"
    memory = SignatureMemory(Signer(DEFAULT_CONFIG))
    signer = memory.signer
    pairs = screened = near = 0
    started_at = now()
    try:
        con.begin()
        lap("open writer")
        for chunk in chunks(articles, LAND_CHUNK):
            signatures = [signer.sign(a.article_id, a.body) for a in chunk if a.is_article]
            lap("sign")
            if profile:
                profiler.enable()
            outcome = land_batch(con, run_id, chunk, signatures, thresholds, memory)
            profiler.disable()
            lap("land_batch")
            pairs += outcome.pairs_scored
            screened += outcome.pairs_screened
            near += outcome.near_duplicates
        summary = RunSummary(
            run_id=run_id,
            db_path=str(db),
            started_at=started_at,
            finished_at=now(),
            parameters={},
            inputs=len(articles),
            articles_new=len(articles),
            articles_updated=0,
            articles_unchanged=0,
            inputs_rejected=0,
            near_duplicate_pairs=near,
            clusters=count_clusters(con),
            skipped_in_folders=0,
        )
        record_run(con, summary)
        run_report(con, run_id)
        lap("count clusters, record run, report")
        con.commit()
    finally:
        con.close()
    lap("commit, close")
    return GrowthRun(
        dict(laps.wall),
        dict(laps.cpu),
        pairs,
        screened,
        near,
        land_profile(profiler) if profile else [],
    )


def whole_runs(
    corpus: Path, cached: Path, workdir: Path, repeats: int
) -> tuple[IngestRun, IngestRun]:
    """`newsdedup ingest` of the new articles into an empty warehouse and into a copy of the
    large one, alternating; the fastest of each by the flow's own time (runs row)."""
    best: dict[str, IngestRun] = {}
    for _ in range(repeats):
        for name in ("empty", "large"):
            db = workdir / f"whole-{name}.duckdb"
            if name == "large":
                shutil.copyfile(cached, db)
            result = ingest(corpus, db, workdir, watch_memory=False)
            db.unlink(missing_ok=True)
            print(f"  whole run into {name}: {result.flow_seconds:.1f} s (runs row)", flush=True)
            if name not in best or result.flow_seconds < best[name].flow_seconds:
                best[name] = result
    return best["empty"], best["large"]


def land_profile(profiler: cProfile.Profile) -> list[tuple[str, float]]:
    """Cumulative seconds of the project's functions under land_batch, largest first."""
    project_files = ("warehouse/load.py", "warehouse/db.py", "pipeline/minhash.py")
    rows = [
        (f"{Path(filename).stem}.{name}", cumulative)
        for (filename, _, name), (_, _, _, cumulative, _) in pstats.Stats(profiler).stats.items()
        if filename.endswith(project_files) and name != "land_batch"
    ]
    return sorted(rows, key=lambda r: -r[1])[:PROFILE_ROWS]


def base_path(base: int, seed: int, planted: int) -> Path:
    """Where the built warehouse of this size, seed and planted candidates is cached: the
    schema's and this file's text are in the name, so a changed table or builder builds anew."""
    made_by = hashlib.sha256(SCHEMA_FILE.read_bytes() + Path(__file__).read_bytes()).hexdigest()
    key = f"{base}-{seed}-{planted}-{DEFAULT_CONFIG.fingerprint()}-{made_by[:12]}"
    return Path(tempfile.gettempdir()) / f"newsdedup-throughput-base-{key}.duckdb"


# ---------------------------------------------------------------------------------------------
# Report


@dataclass
class Row:
    """One line of the results table."""

    measure: str
    value: str
    target: str = ""
    met: bool | None = None


def machine() -> str:
    """CPU model, cores, memory, Python and the versions of the libraries that matter."""
    cpu = platform.processor()
    memory = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024**2:.1f} GiB RAM"
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("duckdb", "datasketch", "prefect")
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory}; {platform.system()} {platform.release()} "
        f"{platform.machine()}; Python {platform.python_version()}; {versions}"
    )


def gib(value: int) -> str:
    """Bytes as GiB or MiB."""
    return f"{value / 1024**3:.2f} GiB" if value >= 1024**3 else f"{value / 1024**2:.0f} MiB"


def print_table(rows: list[Row]) -> None:
    """The measures with their targets and whether each is met."""
    headers = ("measure", "value", "target", "met")
    cells = [
        (r.measure, r.value, r.target, "" if r.met is None else ("yes" if r.met else "NO"))
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(f"\n{line}\n{'-' * len(line)}")
    for c in cells:
        print(" | ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)))


def memory_rows(result: IngestRun) -> list[Row]:
    """Peak memory of an ingest against the 2 GB target (set for 1M articles)."""
    n = result.articles
    rows = [
        Row(
            f"peak RSS, newsdedup ingest of {n:,} articles",
            gib(result.peak_rss_ingest),
            f"< {gib(MEMORY_TARGET_BYTES)} at {MEMORY_TARGET_ARTICLES:,}",
            result.peak_rss_ingest < MEMORY_TARGET_BYTES if n >= MEMORY_TARGET_ARTICLES else None,
        ),
        Row("  Prefect's temporary server (child)", gib(result.peak_rss_server)),
        Row("  largest worker process (child)", gib(result.peak_rss_other)),
        Row("  whole process tree at once (Pss, polled)", gib(result.peak_pss_tree)),
    ]
    return rows


def extrapolated(a: IngestRun, b: IngestRun) -> Row:
    """The ingest's peak memory at the target's size, on the line through two runs."""
    slope = (b.peak_rss_ingest - a.peak_rss_ingest) / (b.articles - a.articles)
    peak = b.peak_rss_ingest + slope * (MEMORY_TARGET_ARTICLES - b.articles)
    print(
        f"memory: {slope / 1024:.1f} KiB more peak RSS per article between "
        f"{a.articles:,} and {b.articles:,} articles"
    )
    return Row(
        f"  on that line, at {MEMORY_TARGET_ARTICLES:,} articles",
        gib(round(peak)),
        f"< {gib(MEMORY_TARGET_BYTES)}",
        peak < MEMORY_TARGET_BYTES,
    )


def e2e_rows(result: IngestRun) -> list[Row]:
    """Articles per second of an ingest, two ways, and the time of each Prefect task."""
    print(f"ingest summary: {result.summary}")
    if result.phases:
        print("ingest wall time, from its log:")
        for label, seconds in result.phases:
            print(f"  {label:40} {seconds:7.1f} s")
    if result.tasks:
        print("Prefect runs, from the temporary server's database (summed time; mapped tasks")
        print("run in threads and overlap):")
        for name, (count, seconds) in sorted(result.tasks.items(), key=lambda x: -x[1][1]):
            print(f"  {name:24} {count:4} runs {seconds:8.2f} s")
    rates = (
        ("runs row", result.flow_seconds, "flow's own time"),
        ("command wall time", result.wall_seconds, "with start-up"),
    )
    return [
        Row(
            f"end to end, {label} ({seconds:.1f} s, {what})",
            f"{result.articles / seconds:,.0f} articles/s",
            f">= {E2E_TARGET_PER_SECOND:,} articles/s",
            result.articles / seconds >= E2E_TARGET_PER_SECOND,
        )
        for label, seconds, what in rates
    ]


def run_match(articles: list[Article], workdir: Path, repeats: int) -> list[Row]:
    """The project's sign + land_batch against the reference, on the same cleaned bodies;
    each timed repeats times, alternating, and the fastest of each counts."""
    thresholds = Thresholds()
    n = len(articles)
    tried: dict[str, list[Landing]] = {"project": [], "reference": []}
    for attempt in range(repeats):
        for name, land in (("project", project_land), ("reference", reference_land)):
            tried[name].append(
                land(workdir / f"match-{name}-{attempt}.duckdb", articles, thresholds)
            )
    for name, results in tried.items():
        print(f"match, {name}, each try: {', '.join(f'{r.wall:.2f} s' for r in results)}")
    project = min(tried["project"], key=lambda r: r.wall)
    reference = min(tried["reference"], key=lambda r: r.wall)
    for name, result in (("project", project), ("reference", reference)):
        steps = ", ".join(
            f"{step} {result.laps.wall[step]:.2f} [{result.laps.cpu[step]:.2f}]"
            for step in result.laps.wall
        )
        print(
            f"match, {name}, fastest: {result.wall:.2f} s wall [{result.cpu:.2f} s CPU] = {steps}; "
            f"{result.pairs} pairs scored, {result.near} near-duplicates",
            flush=True,
        )
    speedup = reference.wall / project.wall
    return [
        Row(
            f"match, project: sign + land_batch of {n:,}",
            f"{project.wall:.2f} s ({n / project.wall:,.0f}/s)",
        ),
        Row(
            "match, reference: datasketch + executemany",
            f"{reference.wall:.2f} s ({n / reference.wall:,.0f}/s)",
        ),
        Row(
            "  speed-up, project over reference",
            f"{speedup:.1f}x",
            f">= {MATCH_SPEEDUP_TARGET:g}x",
            speedup >= MATCH_SPEEDUP_TARGET,
        ),
        Row("  the same in CPU time", f"{reference.cpu / project.cpu:.1f}x"),
    ]


def built_base(
    args: argparse.Namespace, new: list[Signature], source: TextSource
) -> tuple[Path, str]:
    """The large warehouse, built now or found in the cache; its path and how it came."""
    count = round(args.growth_unrelated * args.growth_base / 1e6 * len(new))
    cached = base_path(args.growth_base, args.seed, count)
    if cached.exists():
        print(f"growth: reusing the built warehouse {cached}", flush=True)
        con = duckdb.connect(str(cached), read_only=True)
        try:
            seconds = con.execute(
                "SELECT value FROM schema_info WHERE key = ?", [BUILD_SECONDS_KEY]
            ).fetchall()
        finally:
            con.close()
        return cached, f"cached; built in {float(seconds[0][0]):.0f} s" if seconds else "cached"
    print(f"growth: building {args.growth_base:,} articles at {cached}", flush=True)
    started = time.perf_counter()
    planted = plant_candidates(count, new, args.seed, source, Signer(DEFAULT_CONFIG))
    print(
        f"  planted {count:,} unrelated candidates ({args.growth_unrelated} per new article "
        f"per million) in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    partial = cached.with_suffix(".building")
    partial.unlink(missing_ok=True)
    seconds = build_base(partial, args.growth_base, args.seed, planted)
    con = duckdb.connect(str(partial))
    try:
        run(con, "INSERT INTO schema_info VALUES (?, ?)", [BUILD_SECONDS_KEY, f"{seconds:.1f}"])
    finally:
        con.close()
    partial.rename(cached)
    return cached, f"built in {seconds:.0f} s"


def run_growth(args: argparse.Namespace, source: TextSource, workdir: Path) -> list[Row]:
    """The same new articles landed into an empty warehouse and into one of --growth-base."""
    corpus = workdir / "growth.jsonl"
    described = make_corpus(args.growth_new, args.seed + GROWTH_SEED_OFFSET, source, corpus)
    print(f"growth: new articles: {described}", flush=True)
    started = time.perf_counter()
    articles = clean_corpus(corpus)
    signer = Signer(DEFAULT_CONFIG)
    new = [signer.sign(a.article_id, a.body) for a in articles if a.is_article]
    print(f"  cleaned and signed once in {time.perf_counter() - started:.1f} s (untimed)")
    cached, how = built_base(args, new, source)
    con = duckdb.connect(str(cached), read_only=True)
    try:
        base_articles = scalar(con, "SELECT count(*) FROM articles")
        base_bands = scalar(con, "SELECT count(*) FROM lsh_bands")
    finally:
        con.close()
    print(
        f"  {base_articles:,} articles, {base_bands:,} lsh_bands rows, "
        f"{gib(cached.stat().st_size)} file, {how}",
        flush=True,
    )
    thresholds = Thresholds()
    runs: dict[tuple[str, bool], list[GrowthRun]] = defaultdict(list)
    try:
        # Timed runs first (alternating, the fastest of each counts), then one of each under
        # cProfile for the breakdown of land_batch.
        for attempt in [False] * args.repeats + [True]:
            for name in ("empty", "large"):
                db = workdir / f"growth-{name}.duckdb"
                if name == "large":
                    started = time.perf_counter()
                    shutil.copyfile(cached, db)
                    copied = time.perf_counter() - started
                    print(f"  copied the built warehouse in {copied:.0f} s (untimed)", flush=True)
                result = timed_run(db, articles, thresholds, profile=attempt)
                db.unlink(missing_ok=True)
                runs[name, attempt].append(result)
                print(
                    f"  into {name}{' (profiled)' if attempt else ''}: "
                    f"{sum(result.wall.values()):.1f} s",
                    flush=True,
                )
        whole_empty, whole_large = whole_runs(corpus, cached, workdir, args.repeats)
    finally:
        if not args.keep:
            cached.unlink(missing_ok=True)
    empty = min(runs["empty", False], key=lambda r: sum(r.wall.values()))
    large = min(runs["large", False], key=lambda r: sum(r.wall.values()))

    print("growth, fastest runs, seconds per step, empty -> large (wall; CPU in brackets):")
    for step in empty.wall:
        print(
            f"  {step:36} {empty.wall[step]:7.2f} [{empty.cpu[step]:7.2f}] -> "
            f"{large.wall[step]:7.2f} [{large.cpu[step]:7.2f}]"
        )
    print(
        f"  {'pairs scored / screened / near-dups':36} "
        f"{empty.pairs} / {empty.screened} / {empty.near} -> "
        f"{large.pairs} / {large.screened} / {large.near}"
    )
    print("  inside land_batch, profiled runs (cProfile, cumulative s):")
    before, after = dict(runs["empty", True][0].profile), dict(runs["large", True][0].profile)
    for name in sorted(before.keys() | after.keys(), key=lambda x: -after.get(x, 0.0)):
        print(f"    {name:34} {before.get(name, 0.0):7.2f} -> {after.get(name, 0.0):7.2f}")

    def ratio(times: str, step: str | None = None) -> float:
        a, b = getattr(large, times), getattr(empty, times)
        return (a[step] / b[step]) if step else sum(a.values()) / sum(b.values())

    total_ratio = ratio("wall")
    whole_ratio = whole_large.flow_seconds / whole_empty.flow_seconds
    # The rate this corpus shows: candidates among the new articles themselves that
    # verification did not call near-duplicates, per new article per million others.
    new_pairs = len(articles) * (len(articles) - 1) / 2
    seen_rate = (empty.candidates - empty.near) / new_pairs * 1e6
    print(
        f"  this corpus's own rate: {empty.candidates - empty.near} candidates that are not "
        f"near-duplicates among "
        f"{new_pairs:,.0f} new pairs, {seen_rate:.2f} per new article per million "
        f"(--growth-unrelated {seen_rate:.2f} plants that many)"
    )
    return [
        Row(
            f"growth: `newsdedup ingest` of {len(articles):,} new, empty warehouse (runs row)",
            f"{whole_empty.flow_seconds:.1f} s",
        ),
        Row(
            f"growth: the same run into {base_articles:,} articles",
            f"{whole_large.flow_seconds:.1f} s (base {how})",
        ),
        Row(
            "  ratio large / empty, whole runs",
            f"{whole_ratio:.2f}",
            f"<= {GROWTH_RATIO_TARGET}",
            whole_ratio <= GROWTH_RATIO_TARGET,
        ),
        Row(
            f"growth, writer's steps only: {len(articles):,} new into an empty warehouse",
            f"{sum(empty.wall.values()):.1f} s",
        ),
        Row(
            f"growth, writer's steps only: the same into {base_articles:,} articles",
            f"{sum(large.wall.values()):.1f} s",
        ),
        Row("  ratio large / empty (sign, land, run steps)", f"{total_ratio:.2f}"),
        Row("  the same in CPU time", f"{ratio('cpu'):.2f}"),
        Row(
            "  land_batch alone, large / empty",
            f"{ratio('wall', 'land_batch'):.2f} (CPU {ratio('cpu', 'land_batch'):.2f})",
        ),
        Row(
            "  candidate pairs, empty -> large (planted unrelated ones included)",
            f"{empty.candidates:,} -> {large.candidates:,}",
        ),
        Row(
            "  of which scored exactly (the rest screened out by their estimate)",
            f"{empty.pairs:,} -> {large.pairs:,}",
        ),
        Row(
            "  unrelated candidates per new article per million base articles",
            f"{(large.candidates - empty.candidates) / len(articles) / base_articles * 1e6:.1f}",
        ),
    ]


def main() -> None:
    """Run the chosen parts and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="articles in the e2e and match corpus")
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run (default: {','.join(PARTS)})",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--growth-base",
        type=int,
        default=1_000_000,
        help="articles in the large warehouse (default 1,000,000)",
    )
    parser.add_argument(
        "--growth-new", type=int, default=10_000, help="new articles landed (default 10,000)"
    )
    parser.add_argument(
        "--growth-unrelated",
        type=float,
        default=UNRELATED_CANDIDATES_PER_MILLION,
        help="unrelated candidates planted in the large warehouse, per new article per "
        f"million base articles (default {UNRELATED_CANDIDATES_PER_MILLION}, the README's)",
    )
    parser.add_argument(
        "--memory-n",
        type=int,
        default=0,
        help="also ingest this many articles apart, for peak memory and how it grows "
        "(default: only the e2e run's)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=DEFAULT_REPEATS,
        help=f"timed runs of each match and growth configuration; the fastest counts "
        f"(default {DEFAULT_REPEATS})",
    )
    parser.add_argument(
        "--aeb",
        type=Path,
        default=DEFAULT_AEB,
        help="benchmark folder to sample text from (default ../shared/aeb; seeds/ when absent)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the built growth warehouse under /tmp for the next run, and the work folder",
    )
    args = parser.parse_args()
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    if only - set(PARTS):
        parser.error(f"unknown parts {sorted(only - set(PARTS))}; choose from {', '.join(PARTS)}")

    started = time.perf_counter()
    print(f"newsdedup throughput   {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"command: python bench/throughput.py {shlex.join(sys.argv[1:])}")
    print(f"machine: {machine()}")
    source = load_source(args.aeb)
    distinct = len({w.casefold() for w in source.words})
    print(
        f"text: {len(source.sentences):,} sentences and {distinct:,} distinct words of "
        f"{source.origin}",
        flush=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="newsdedup-throughput-"))
    rows: list[Row] = []
    memory_of_n = "memory" in only and (not args.memory_n or "e2e" in only)
    memory_runs: list[IngestRun] = []
    try:
        corpus = workdir / "corpus.jsonl"
        if only & {"e2e", "match"} or memory_of_n:
            print(f"corpus: {make_corpus(args.n, args.seed, source, corpus)}", flush=True)
        if "e2e" in only:
            rows += e2e_rows(ingest(corpus, workdir / "e2e.duckdb", workdir, watch_memory=False))
        if memory_of_n:
            memory_runs.append(
                ingest(corpus, workdir / "memory-n.duckdb", workdir, watch_memory=True)
            )
        if "match" in only:
            clean_started = time.perf_counter()
            articles = clean_corpus(corpus)
            print(
                f"match: cleaned {len(articles):,} bodies once in "
                f"{time.perf_counter() - clean_started:.1f} s (untimed)",
                flush=True,
            )
            rows += run_match(articles, workdir, args.repeats)
        if "growth" in only:
            rows += run_growth(args, source, workdir)
        if "memory" in only and args.memory_n:
            memory_corpus = workdir / "memory.jsonl"
            described = make_corpus(args.memory_n, args.seed + 1, source, memory_corpus)
            print(f"memory corpus: {described}", flush=True)
            result = ingest(memory_corpus, workdir / "memory.duckdb", workdir, watch_memory=True)
            print(f"memory ingest: {result.wall_seconds:.1f} s; {result.summary}")
            memory_runs.append(result)
        for result in memory_runs:
            rows += memory_rows(result)
        if len(memory_runs) == 2 and memory_runs[0].articles != memory_runs[1].articles:
            rows.append(extrapolated(*memory_runs))
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(rows)
    print(f"\ntotal time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
