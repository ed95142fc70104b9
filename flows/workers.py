"""Local worker processes for the CPU-heavy stages, so one run uses every core.

Prefect's process task runner would start a Prefect client (and, with no server configured, a
temporary server) in every worker; these workers run plain pipeline functions instead, inside
the `clean-and-sign` task runs that Prefect tracks.
"""

import multiprocessing
import multiprocessing.forkserver
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import TypeVar

from pipeline.clean.article import clean_document
from pipeline.minhash import DEFAULT_CONFIG, Signer
from pipeline.types import Article, RawDocument, Reject, Signature

T = TypeVar("T")
R = TypeVar("R")

# Workers fork from a clean server process that has imported the pipeline and read its rules
# once, never from the flow's process: forking a process that runs threads (Prefect's) can
# deadlock the child.
START_METHOD = "forkserver"
PRELOAD = ["flows.preload", "pipeline.minhash"]
# Below this many items a batch runs in the calling thread: shipping a handful of articles to
# another process and back costs more than cleaning them (about 3 ms each).
MIN_ITEMS_FOR_PROCESSES = 32
# How often a worker checks that the run's process is still there: a run killed with SIGKILL
# cannot stop its workers, so each one leaves on its own within this many seconds.
PARENT_CHECK_SECONDS = 1.0
# Items sent to a worker at a time: a few per worker per batch keeps both cores busy to the
# end of a 500-article slice while pickling stays a small share of the work.
CHUNKS_PER_WORKER = 4


def default_workers() -> int:
    """One worker process per CPU the run may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def start_fork_server(count: int) -> None:
    """Start the workers' fork server ahead of the run, so that it reads the rules while
    Prefect's temporary server starts rather than on the run's clock."""
    if count > 1:
        _context()
        multiprocessing.forkserver.ensure_running()


def _context() -> multiprocessing.context.BaseContext:
    """The start method the workers use, its fork server told what to read first."""
    context = multiprocessing.get_context(START_METHOD)
    context.set_forkserver_preload(PRELOAD)
    return context


class Workers:
    """The run's worker processes; with one worker, everything runs in the calling thread."""

    def __init__(self, count: int) -> None:
        if count < 1:
            raise ValueError("the number of workers must be at least 1")
        self.count = count
        self._pool: ProcessPoolExecutor | None = None
        if count > 1:
            self._pool = ProcessPoolExecutor(
                count, mp_context=_context(), initializer=_follow, initargs=(os.getpid(),)
            )

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """function over items, in order, across the workers when the batch is worth it."""
        if self._pool is None or len(items) < MIN_ITEMS_FOR_PROCESSES:
            return [function(item) for item in items]
        chunk = max(1, len(items) // (self.count * CHUNKS_PER_WORKER))
        return list(self._pool.map(function, items, chunksize=chunk))

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def clean_and_sign(doc: RawDocument) -> tuple[Article | Reject, Signature | None]:
    """Clean one document and sign the article it became, in one trip to a worker.

    One trip, not two: with cleaning and signing queued apart, a chunk's signing waited
    behind the next chunk's cleaning, and the writer behind both. Pages that are not
    articles are not matched, so they get no signature.
    """
    cleaned = clean_document(doc)
    if isinstance(cleaned, Article) and cleaned.is_article:
        return cleaned, _signer().sign(cleaned.article_id, cleaned.body)
    return cleaned, None


def _follow(run_pid: int) -> None:
    """In a worker: exit as soon as the run's process is gone, however it ended."""
    threading.Thread(target=_watch, args=(run_pid,), daemon=True).start()


def _watch(run_pid: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(run_pid, 0)
        except ProcessLookupError:
            os._exit(1)


@cache
def _signer() -> Signer:
    """One Signer per process: its permutations are built once."""
    return Signer(DEFAULT_CONFIG)
