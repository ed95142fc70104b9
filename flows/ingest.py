"""The `ingest-news` flow: discover -> read -> clean -> sign -> match and land -> report."""

import hashlib
import os
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime

import duckdb
from prefect import flow, get_run_logger, unmapped
from prefect.concurrency.sync import concurrency
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import progress, report
from flows.tasks import (
    Slice,
    clean_and_sign_articles,
    discover_inputs,
    documents,
    fetch_link,
    finish_run,
    land,
    read_next,
)
from flows.workers import Workers, default_workers
from pipeline.clean.rules import rules_version
from pipeline.dedup import Thresholds
from pipeline.minhash import DEFAULT_CONFIG
from pipeline.sources import WEB_SCHEMES
from pipeline.types import (
    Article,
    FeedSnapshot,
    Link,
    NotModified,
    RawDocument,
    Reject,
    Signature,
    Skipped,
)
from pipeline.web.client import Fetcher, FetchFailed
from pipeline.web.guard import host_key
from pipeline.web.policy import HOST_INTERVAL_SECONDS, READ_TIMEOUT_SECONDS, FetchPolicy
from warehouse.db import Writer, connect_writer
from warehouse.http_cache import lookup
from warehouse.load import BatchOutcome, now
from warehouse.runs import RunReport, RunSummary, count_clusters, run_pairs, run_report

# Pages and feeds fetched at once: each host still gets one request per --host-interval, so
# this only lets slow hosts overlap; eight covers a run over a handful of outlets.
FETCH_THREADS = 8
# Fetching goes two levels deep: the addresses the user named, then the items of the feeds
# among them. An item that is itself a feed is refused, so nothing is left for a third.
FETCH_ROUNDS = 2

# Records read, cleaned and landed together. 2,000 articles of ~600 words keep a chunk's
# text and signatures under 100 MB while a chunk still amortizes the writer's queries.
CHUNK_SIZE = 2000
# Cleaning and signing are mapped over slices of a chunk: each task run costs the Prefect
# API about 30 ms of server CPU (its state changes and log lines), so slices are large, while
# two per chunk still keep two workers (local processes or Dask workers) busy.
SLICE_SIZE = 1000


@flow(name="ingest-news")
def ingest_news(
    sources: list[str],
    db: str = "news.duckdb",
    jaccard_threshold: float = Thresholds.jaccard,
    containment_threshold: float = Thresholds.containment,
    host_interval: float = HOST_INTERVAL_SECONDS,
    fetch_timeout: float = READ_TIMEOUT_SECONDS,
    workers: int | None = None,
) -> RunSummary:
    """Read, clean, fingerprint and match news articles, and land them in the DuckDB warehouse.

    workers: local processes that clean and sign (default one per CPU); 1 keeps that work in
    the task runner's threads, as a Dask task runner needs.
    """
    logger = get_run_logger()
    parameters = {
        "sources": sources,
        "db": db,
        "jaccard_threshold": jaccard_threshold,
        "containment_threshold": containment_threshold,
        "host_interval": host_interval,
        "fetch_timeout": fetch_timeout,
        "workers": workers,
        "dedup_config": DEFAULT_CONFIG.fingerprint(),
    }
    policy = FetchPolicy(
        read_timeout=fetch_timeout,
        host_interval=host_interval,
        trusted_hosts=frozenset(host_key(s) for s in sources if s.lower().startswith(WEB_SCHEMES)),
    )
    started = now()
    locators, rejects, skipped = discover_inputs(sources)
    logger.info(
        "%d inputs to read, %d sources rejected, %d files of other kinds skipped in folders",
        len(locators),
        len(rejects),
        skipped,
    )
    # Served and deployed runs of one warehouse queue here for its writer slot (a limit that
    # `newsdedup serve` creates); without that limit, DuckDB's file lock still refuses a second.
    with concurrency(writer_limit(db), occupy=1, strict=False):
        summary, shown = _write(
            db,
            parameters,
            locators,
            rejects,
            skipped,
            policy,
            started,
            workers or default_workers(),
        )
    report.publish(summary, shown)
    logger.info(
        "%d new, %d updated, %d unchanged, %d rejected; %d near-duplicate pairs; %d clusters",
        summary.articles_new,
        summary.articles_updated,
        summary.articles_unchanged,
        summary.inputs_rejected,
        summary.near_duplicate_pairs,
        summary.clusters,
    )
    return summary


def writer_limit(db: str) -> str:
    """The name of the Prefect concurrency limit that lets one run at a time write db."""
    return "newsdedup-writer-" + hashlib.sha256(os.path.abspath(db).encode()).hexdigest()[:12]


def _write(
    db: str,
    parameters: dict,
    locators: list[str | Link],
    rejects: list[Reject],
    skipped: int,
    policy: FetchPolicy,
    started: datetime,
    worker_count: int,
) -> tuple[RunSummary, RunReport]:
    """The run's one transaction: land every chunk, record the run, commit; or roll back."""
    run_id = str(flow_run.id)
    thresholds = Thresholds(parameters["jaccard_threshold"], parameters["containment_threshold"])
    con = connect_writer(db, DEFAULT_CONFIG)
    writer = Writer(con, DEFAULT_CONFIG)
    committed = False
    # Fetches share one client (its per-host pacing and robots.txt cache) in local threads,
    # whatever runs the CPU-heavy tasks.
    with (
        closing(Fetcher(policy)) as fetcher,
        ThreadPoolTaskRunner(max_workers=FETCH_THREADS) as fetch_runner,
        closing(Workers(worker_count)) as workers,
    ):
        web = Web(fetcher, fetch_runner)
        try:
            con.begin()
            totals = (
                land(writer, run_id, [], [], rejects, thresholds) if rejects else BatchOutcome()
            )
            stream = documents(locators)
            # Chunk k lands while chunk k+1 is read and cleaned: the writer and the worker
            # processes share the CPUs instead of taking turns. Chunks still land in order.
            waiting: Prepared | None = None
            while chunk := read_next(stream, CHUNK_SIZE).items:
                prepared = _prepare(writer, web, workers, list(chunk))
                if waiting is not None:
                    totals = totals.plus(_land(writer, run_id, waiting, thresholds))
                    progress.report(totals.inputs, totals.landed)
                waiting = prepared
            if waiting is not None:
                totals = totals.plus(_land(writer, run_id, waiting, thresholds))
                progress.report(totals.inputs, totals.landed)
            summary = _summary(run_id, db, started, parameters, totals, con, skipped)
            finish_run(writer, summary)
            committed = True
            return summary, run_report(con, run_id)
        except BaseException:
            if not committed:
                con.rollback()
            raise
        finally:
            con.close()


def _summary(
    run_id: str,
    db: str,
    started: datetime,
    parameters: dict,
    totals: BatchOutcome,
    con: duckdb.DuckDBPyConnection,
    skipped: int,
) -> RunSummary:
    """The run's counts, as stored in `runs` and printed."""
    return RunSummary(
        run_id=run_id,
        db_path=db,
        started_at=started,
        finished_at=now(),
        parameters=parameters,
        inputs=totals.inputs,
        articles_new=totals.new,
        articles_updated=totals.updated,
        articles_unchanged=totals.unchanged,
        inputs_rejected=totals.rejected,
        near_duplicate_pairs=run_pairs(con, run_id),
        clusters=count_clusters(con),
        skipped_in_folders=skipped,
        records_skipped=totals.skipped,
    )


@dataclass(frozen=True)
class Web:
    """The run's fetching: one client and the local threads its task runs use."""

    fetcher: Fetcher
    runner: ThreadPoolTaskRunner


@dataclass(frozen=True)
class Prepared:
    """A chunk on its way to the writer: records fetched, cleaning and signing submitted."""

    records: list[RawDocument | Reject | NotModified | FeedSnapshot | Skipped]
    signed: list[PrefectFuture]


def _prepare(
    writer: Writer, web: Web, workers: Workers, chunk: list[RawDocument | Link | Reject | Skipped]
) -> Prepared:
    """Fetch the chunk's web addresses, then submit its cleaning and signing in slices."""
    links = [d for d in chunk if isinstance(d, Link)]
    records = [d for d in chunk if not isinstance(d, Link)] + _fetch(writer, web, links)
    docs = [d for d in records if isinstance(d, RawDocument)]
    slices = [Slice(docs[i : i + SLICE_SIZE]) for i in range(0, len(docs), SLICE_SIZE)]
    signed = clean_and_sign_articles.map(slices, unmapped(workers))
    return Prepared(records, list(signed))


def _land(writer: Writer, run_id: str, chunk: Prepared, thresholds: Thresholds) -> BatchOutcome:
    """Wait for a chunk's cleaning and signing, then land it with the run's one writer."""
    rejects = [d for d in chunk.records if isinstance(d, Reject)]
    articles: list[Article] = []
    signatures: list[Signature] = []
    for future in chunk.signed:
        result = future.result()
        for item in result.items:
            (articles if isinstance(item, Article) else rejects).append(item)
        signatures.extend(result.signatures)
    # The batch reaches the writer wrapped in quote(): otherwise Prefect walks every article,
    # edit and signature looking for futures to resolve, about a second per 2,000 articles.
    # (Mapped tasks get a Slice instead: a Dask task runner turns a quote into a bare tuple.)
    outcome = land(
        writer,
        run_id,
        quote(articles),
        quote(signatures),
        quote(rejects),
        thresholds,
        quote([d for d in chunk.records if isinstance(d, NotModified)]),
        quote([d for d in chunk.records if isinstance(d, FeedSnapshot)]),
    )
    return replace(outcome, skipped=sum(isinstance(d, Skipped) for d in chunk.records))


def _fetch(
    writer: Writer, web: Web, links: list[Link]
) -> list[RawDocument | Reject | NotModified | FeedSnapshot]:
    """Fetch web addresses in parallel, then the item pages of the feeds among them.

    A fetch that still fails after its retries becomes a Reject, so the run goes on.
    """
    records: list[RawDocument | Reject | NotModified | FeedSnapshot] = []
    for _ in range(FETCH_ROUNDS):
        if not links:
            break
        cached = lookup(writer.con, [link.url for link in links], rules_version())
        futures = web.runner.map(
            fetch_link,
            {
                "fetcher": unmapped(web.fetcher),
                "link": links,
                "cached": [cached.get(x.url) for x in links],
            },
        )
        found: list[Link] = []
        for link, future in zip(links, futures, strict=True):
            future.wait()
            outcome = future.state.result(raise_on_failure=False)
            if isinstance(outcome, BaseException):
                records.append(_failed(link, outcome))
                continue
            for item in outcome:
                (found if isinstance(item, Link) else records).append(item)
        links = found
    records.extend(
        Reject(x.url, "fetch", "feed_in_feed", f"{x.url}: found in {x.feed}, itself from a feed")
        for x in links
    )
    return records


def _failed(link: Link, error: BaseException) -> Reject:
    """The error row of a fetch that failed for good."""
    if isinstance(error, FetchFailed):
        return Reject(link.url, "fetch", error.error_type, error.message)
    return Reject(link.url, "fetch", type(error).__name__, f"{link.url}: {error}")
