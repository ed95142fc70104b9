"""The `ingest-news` flow: discover -> read -> clean -> sign -> match and land -> report."""

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows import progress, report
from flows.tasks import (
    clean_articles,
    discover_inputs,
    documents,
    finish_run,
    land,
    read_next,
    sign_articles,
)
from pipeline.dedup import Thresholds
from pipeline.minhash import DEFAULT_CONFIG
from pipeline.types import Article, RawDocument, Reject
from warehouse.db import Writer, connect_writer
from warehouse.load import BatchOutcome, now
from warehouse.runs import RunSummary, count_clusters, pair_titles

# Records read, cleaned and landed together. 2,000 articles of ~600 words keep a chunk's
# text and signatures under 100 MB while a chunk still amortizes the writer's queries.
CHUNK_SIZE = 2000
# Cleaning and signing are mapped over slices of a chunk: a few hundred articles per task
# keeps the number of task runs small for the Prefect API.
SLICE_SIZE = 500


@flow(name="ingest-news")
def ingest_news(
    sources: list[str],
    db: str = "news.duckdb",
    jaccard_threshold: float = Thresholds.jaccard,
    containment_threshold: float = Thresholds.containment,
) -> RunSummary:
    """Read, clean, fingerprint and match news articles, and land them in the DuckDB warehouse."""
    logger = get_run_logger()
    thresholds = Thresholds(jaccard_threshold, containment_threshold)
    run_id = str(flow_run.id)
    started = now()
    locators, rejects, skipped = discover_inputs(sources)
    logger.info(
        "%d inputs to read, %d sources rejected, %d files of other kinds skipped in folders",
        len(locators),
        len(rejects),
        skipped,
    )
    con = connect_writer(db, DEFAULT_CONFIG)
    writer = Writer(con)
    committed = False
    try:
        con.begin()
        totals = land(writer, run_id, [], [], rejects, thresholds) if rejects else BatchOutcome()
        stream = documents(locators)
        while chunk := read_next(stream, CHUNK_SIZE):
            totals = totals.plus(_process_chunk(writer, run_id, chunk, thresholds))
            progress.report(totals.inputs, totals.landed)
        summary = RunSummary(
            run_id=run_id,
            db_path=db,
            started_at=started,
            finished_at=now(),
            parameters={
                "sources": sources,
                "db": db,
                "jaccard_threshold": jaccard_threshold,
                "containment_threshold": containment_threshold,
                "dedup_config": DEFAULT_CONFIG.fingerprint(),
            },
            inputs=totals.inputs,
            articles_new=totals.new,
            articles_updated=totals.updated,
            articles_unchanged=totals.unchanged,
            inputs_rejected=totals.rejected,
            near_duplicate_pairs=len(totals.near_duplicates),
            clusters=count_clusters(con),
            skipped_in_folders=skipped,
        )
        finish_run(writer, summary)
        committed = True
        pairs = list(totals.near_duplicates)
        titles = pair_titles(con, sorted({x for p in pairs for x in (p.article_a, p.article_b)}))
    except BaseException:
        if not committed:
            con.rollback()
        raise
    finally:
        con.close()
    report.publish(summary, pairs, titles)
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


def _process_chunk(
    writer: Writer,
    run_id: str,
    chunk: list[RawDocument | Reject],
    thresholds: Thresholds,
) -> BatchOutcome:
    """Clean and sign a chunk in slices, then land it with the run's one writer."""
    docs = [d for d in chunk if isinstance(d, RawDocument)]
    rejects = [d for d in chunk if isinstance(d, Reject)]
    slices = [docs[i : i + SLICE_SIZE] for i in range(0, len(docs), SLICE_SIZE)]
    cleaned = clean_articles.map(slices)
    signed = sign_articles.map(cleaned)
    articles: list[Article] = []
    for future in cleaned:
        for item in future.result():
            (articles if isinstance(item, Article) else rejects).append(item)
    signatures = [s for future in signed for s in future.result()]
    return land(writer, run_id, articles, signatures, rejects, thresholds)
