"""The worker processes that clean and sign: they start ready, with the rules already read."""

import os

from flows.workers import MIN_ITEMS_FOR_PROCESSES, Workers, start_fork_server
from pipeline.clean import lexicon, rules


def _ready(_: int) -> tuple[int, bool]:
    """In a worker: its pid, and whether the word lists and rules were read before any work."""
    read = (
        lexicon._other_languages.cache_info().currsize == 1
        and rules.boilerplate_rules.cache_info().currsize == 1
    )
    return os.getpid(), read


def test_workers_fork_with_the_word_lists_and_rules_read():
    start_fork_server(2)
    workers = Workers(2)
    try:
        answers = workers.map(_ready, range(MIN_ITEMS_FOR_PROCESSES))
    finally:
        workers.close()
    pids = {pid for pid, _ in answers}
    assert os.getpid() not in pids
    assert all(read for _, read in answers)
