"""What the command shows in the terminal: a progress bar while it runs, a summary at the end."""

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from flows import progress
from flows.report import summary_lines
from warehouse.runs import RunSummary


@contextmanager
def progress_bar() -> Iterator[None]:
    """Show inputs read and articles landed on stderr while the flow runs (on a terminal)."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[articles]} articles landed"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        job = bar.add_task("inputs read: 0", total=None, articles=0)

        def update(inputs: int, articles: int) -> None:
            bar.update(job, description=f"inputs read: {inputs}", articles=articles)

        progress.set_reporter(update)
        try:
            yield
        finally:
            progress.set_reporter(None)


def print_summary(summary: RunSummary) -> None:
    """The run's counts, one per line on stdout, plain so scripts can read them too."""
    lines = summary_lines(summary)
    width = max(len(label) for label, _ in lines)
    print(f"newsdedup run {summary.run_id}")
    for label, value in lines:
        print(f"  {label:<{width}}  {value}")
