"""Thin Prefect tasks: each calls one pipeline or warehouse function on a whole batch."""

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from prefect import task
from prefect.cache_policies import NONE

from pipeline import sources
from pipeline.clean.article import clean_document
from pipeline.dedup import Thresholds
from pipeline.minhash import DEFAULT_CONFIG, Signer
from pipeline.types import Article, RawDocument, Reject, Signature
from warehouse.db import Writer
from warehouse.load import BatchOutcome, land_batch, record_rejects
from warehouse.runs import RunSummary, record_run

# Listing the sources is the step that touches storage the run does not own (a network share
# may hiccup) and can be repeated without harm; reading pulls from a stream and cannot.
DISCOVER_RETRIES = 2
DISCOVER_RETRY_DELAY_SECONDS = 2


@task(
    name="discover-inputs",
    cache_policy=NONE,
    retries=DISCOVER_RETRIES,
    retry_delay_seconds=DISCOVER_RETRY_DELAY_SECONDS,
)
def discover_inputs(source_list: list[str]) -> tuple[list[str], list[Reject], int]:
    """List the files (and standard input) behind the sources; missing ones are rejects."""
    skipped: list[str] = []
    locators: list[str] = []
    rejects: list[Reject] = []
    for found in sources.discover(source_list, on_skip=skipped.append):
        (rejects if isinstance(found, Reject) else locators).append(found)
    return locators, rejects, len(skipped)


def documents(locators: list[str]) -> Iterator[RawDocument | Reject]:
    """Every record of every input, in order, read lazily."""
    for locator in locators:
        yield from sources.read(locator)


@task(name="read-inputs", cache_policy=NONE)
def read_next(stream: Iterator[RawDocument | Reject], limit: int) -> list[RawDocument | Reject]:
    """The next records of the run's inputs, at most limit of them."""
    return list(islice(stream, limit))


@task(name="clean-articles", cache_policy=NONE)
def clean_articles(docs: list[RawDocument]) -> list[Article | Reject]:
    """Extract, repair and strip a batch of documents, keeping every edit."""
    return [clean_document(doc) for doc in docs]


@task(name="sign-articles", cache_policy=NONE)
def sign_articles(cleaned: list[Article | Reject]) -> list[Signature]:
    """MinHash signatures and LSH band keys of a batch of cleaned articles (not of non-articles)."""
    signer = Signer(DEFAULT_CONFIG)
    return [
        signer.sign(a.article_id, a.body)
        for a in cleaned
        if isinstance(a, Article) and a.is_article
    ]


@task(name="land-batch", cache_policy=NONE)
def land(
    writer: Writer,
    run_id: str,
    articles: list[Article],
    signatures: list[Signature],
    rejects: list[Reject],
    thresholds: Thresholds,
) -> BatchOutcome:
    """The run's one writer: land a batch, match it against the warehouse, record rejects."""
    record_rejects(writer.con, run_id, rejects)
    outcome = land_batch(
        writer.con, run_id, articles, signatures, thresholds, Signer(DEFAULT_CONFIG)
    )
    return replace(outcome, rejected=len(rejects))


@task(name="record-run", cache_policy=NONE)
def finish_run(writer: Writer, summary: RunSummary) -> None:
    """Write the run's row and commit the whole run at once."""
    record_run(writer.con, summary)
    writer.con.commit()
