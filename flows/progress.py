"""A progress hook the command line sets and the flow calls after each batch."""

from collections.abc import Callable

# Called with (inputs read so far, articles landed so far); the command line draws a bar.
Reporter = Callable[[int, int], None]
_reporters: list[Reporter] = []


def set_reporter(reporter: Reporter | None) -> None:
    """Route the flow's progress to this callback (None: nowhere)."""
    _reporters.clear()
    if reporter is not None:
        _reporters.append(reporter)


def report(inputs: int, articles: int) -> None:
    """Tell whoever is watching how far the run has come."""
    for reporter in _reporters:
        reporter(inputs, articles)
