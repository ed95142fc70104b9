"""Thin Prefect tasks: each calls one pipeline or warehouse function on a whole batch."""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Generic, TypeVar

from prefect import task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import TaskRun
from prefect.context import TaskRunContext
from prefect.states import State
from prefect.tasks import Task, exponential_backoff

from flows.workers import Workers, clean_and_sign
from pipeline import sources
from pipeline.dedup import Thresholds
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
from pipeline.web.client import Fetcher, FetchFailed, TransientFetchError
from pipeline.web.feeds import read_feed
from pipeline.web.pages import Fetched, documents_from
from pipeline.web.policy import FETCH_BACKOFF_SECONDS, FETCH_RETRIES
from warehouse.db import Writer
from warehouse.http_cache import CachedFetch, remember
from warehouse.load import BatchOutcome, land_batch, now, record_rejects
from warehouse.runs import RunSummary, record_run

T = TypeVar("T")


@dataclass(frozen=True)
class Batch(Generic[T]):
    """A task's many results as one object.

    Prefect keeps, for the whole flow run, an entry for the result of every task and for each
    element of a returned list; a million articles would leave millions of entries. The
    elements of a tuple inside a dataclass are one level deeper than Prefect looks.
    """

    items: tuple[T, ...]


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
def discover_inputs(source_list: list[str]) -> tuple[list[str | Link], list[Reject], int]:
    """List the files, web addresses and standard input behind the sources; missing ones are
    rejects."""
    skipped: list[str] = []
    locators: list[str | Link] = []
    rejects: list[Reject] = []
    for found in sources.discover(source_list, on_skip=skipped.append):
        (rejects if isinstance(found, Reject) else locators).append(found)
    return locators, rejects, len(skipped)


def documents(locators: list[str | Link]) -> Iterator[RawDocument | Link | Reject | Skipped]:
    """Every record of every input, in order, read lazily; web addresses pass through."""
    for locator in locators:
        if isinstance(locator, Link):
            yield locator
        else:
            yield from sources.read(locator)


@task(name="read-inputs", cache_policy=NONE)
def read_next(
    stream: Iterator[RawDocument | Link | Reject | Skipped], limit: int
) -> Batch[RawDocument | Link | Reject | Skipped]:
    """The next records of the run's inputs, at most limit of them."""
    return Batch(tuple(islice(stream, limit)))


def _transient(task: Task, task_run: TaskRun, state: State) -> bool:
    """Retry a fetch only for failures that may pass: 5xx, 429, timeouts, dropped connections."""
    return isinstance(state.result(raise_on_failure=False), TransientFetchError)


def _last_attempt() -> bool:
    """Whether the running task has no retries left."""
    context = TaskRunContext.get()
    return context is None or context.task_run.run_count > context.task.retries


@task(
    name="fetch-url",
    task_run_name="fetch {link.url}",
    cache_policy=NONE,
    retries=FETCH_RETRIES,
    retry_delay_seconds=exponential_backoff(backoff_factor=FETCH_BACKOFF_SECONDS),
    retry_condition_fn=_transient,
)
def fetch_link(
    fetcher: Fetcher, link: Link, cached: CachedFetch | None
) -> list[Fetched | NotModified]:
    """Download a page or feed (asking "changed since?" when it was fetched before).

    A passing failure raises TransientFetchError so that Prefect retries with backoff, until
    the last attempt, which gives up with a Reject like any other failure (a 404 is not found
    by asking again): the error row is the record, not a traceback.
    """
    try:
        response = fetcher.get(link.url, cached.validators if cached else None)
    except TransientFetchError as err:
        if not _last_attempt():
            raise
        return [Reject(link.url, "fetch", err.error_type, err.message)]
    except FetchFailed as err:
        return [Reject(link.url, "fetch", err.error_type, err.message)]
    if response is not None:
        return documents_from(link, response)
    if cached.feed_body is not None:
        return list(read_feed(cached.feed_body, link.url))
    return [NotModified(link.url, cached.article_id)]


@dataclass(frozen=True)
class Signed:
    """A slice's cleaned articles and rejects, and the signatures of its articles."""

    items: tuple[Article | Reject, ...]
    signatures: tuple[Signature, ...]


class Slice:
    """Documents handed to one mapped task as a single opaque object.

    Prefect walks a task's list and dataclass inputs looking for futures, document by
    document: 25 ms for 500 documents, spent in the run's one process. A plain class it
    does not open (and that a Dask worker unpickles like any other) costs nothing.
    """

    __slots__ = ("docs",)

    def __init__(self, docs: list[RawDocument]) -> None:
        self.docs = tuple(docs)


@task(name="clean-and-sign", cache_policy=NONE)
def clean_and_sign_articles(docs: Slice, workers: Workers) -> Signed:
    """Extract, repair and strip a batch of documents, keeping every edit, and fingerprint the
    articles among them."""
    results = workers.map(clean_and_sign, docs.docs)
    return Signed(
        tuple(item for item, _ in results),
        tuple(signature for _, signature in results if signature is not None),
    )


@task(name="land-batch", cache_policy=NONE)
def land(
    writer: Writer,
    run_id: str,
    articles: list[Article],
    signatures: list[Signature],
    rejects: list[Reject],
    thresholds: Thresholds,
    not_modified: list[NotModified] | None = None,
    feeds: list[FeedSnapshot] | None = None,
) -> BatchOutcome:
    """The run's one writer: land a batch, match it against the warehouse, record rejects,
    and remember what the web servers said."""
    record_rejects(writer.con, run_id, rejects)
    outcome = land_batch(
        writer.con,
        run_id,
        articles,
        signatures,
        thresholds,
        writer.signatures,
        not_modified or [],
    )
    remember(writer.con, run_id, articles, feeds or [], now())
    return replace(outcome, rejected=len(rejects))


@task(name="record-run", cache_policy=NONE)
def finish_run(writer: Writer, summary: RunSummary) -> None:
    """Write the run's row and commit the whole run at once."""
    record_run(writer.con, summary)
    writer.con.commit()
