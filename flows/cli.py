"""The `newsdedup` command: ingest now, or serve a scheduled deployment of the same flow."""

import argparse
import atexit
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.dedup import Thresholds
from pipeline.minhash import DEFAULT_CONFIG
from pipeline.sources import WEB_SCHEMES
from pipeline.web.policy import HOST_INTERVAL_SECONDS, READ_TIMEOUT_SECONDS, FetchPolicy
from warehouse.db import WarehouseError, connect_writer
from warehouse.export import export_parquet
from warehouse.reindex import reindex

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_DB = "news.duckdb"
DEPLOYMENT_NAME = "newsdedup-scheduled"


class UsageError(Exception):
    """A mistake in how the command was called; printed as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdedup",
        description="Clean news articles, find near-duplicates and land them in DuckDB, under Prefect.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="run the ingest-news flow once")
    serve = commands.add_parser("serve", help="serve a scheduled deployment of ingest-news")
    reindex = commands.add_parser(
        "reindex", help="rebuild the near-duplicate index with this version's parameters"
    )
    export = commands.add_parser("export", help="write the warehouse's tables as Parquet files")
    export.add_argument(
        "--parquet", required=True, metavar="DIR", help="folder for the .parquet files"
    )
    export.add_argument(
        "--db",
        default=os.environ.get("NEWSDEDUP_DB", DEFAULT_DB),
        help=f"DuckDB file (default: $NEWSDEDUP_DB or ./{DEFAULT_DB})",
    )
    serve.add_argument("--cron", required=True, help='schedule, e.g. "*/30 * * * *"')
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help="deployment name")
    for command in (ingest, serve):
        command.add_argument(
            "sources",
            nargs="*",
            metavar="SOURCE",
            help="file, folder, http(s) URL of a page or feed, or - for JSON Lines on standard "
            "input (default: the bundled seeds/)",
        )
        command.add_argument(
            "--host-interval",
            type=float,
            default=HOST_INTERVAL_SECONDS,
            metavar="SECONDS",
            help=f"least time between two requests to one web host (default {HOST_INTERVAL_SECONDS:g}; "
            "a robots.txt Crawl-delay can raise it)",
        )
        command.add_argument(
            "--workers",
            type=int,
            default=None,
            metavar="N",
            help="local processes that clean and sign (default: one per CPU)",
        )
        command.add_argument(
            "--dask-address",
            metavar="tcp://HOST:8786",
            help="run cleaning and signing on this Dask cluster (needs PREFECT_API_URL set to a "
            "Prefect server the workers can reach)",
        )
        command.add_argument(
            "--fetch-timeout",
            type=float,
            default=READ_TIMEOUT_SECONDS,
            metavar="SECONDS",
            help=f"how long to wait for a web server to send data (default {READ_TIMEOUT_SECONDS:g})",
        )
    for command in (ingest, serve, reindex):
        command.add_argument(
            "--db",
            default=os.environ.get("NEWSDEDUP_DB", DEFAULT_DB),
            help=f"DuckDB file (default: $NEWSDEDUP_DB or ./{DEFAULT_DB})",
        )
        command.add_argument(
            "--jaccard-threshold",
            type=float,
            default=Thresholds.jaccard,
            help=f"exact Jaccard from which a pair is a near-duplicate (default {Thresholds.jaccard})",
        )
        command.add_argument(
            "--containment-threshold",
            type=float,
            default=Thresholds.containment,
            help="share of the shorter article found in the longer from which a pair "
            f"is a near-duplicate (default {Thresholds.containment})",
        )
    return parser


def _sources(given: list[str], serving: bool) -> list[str]:
    """The sources to read, checked: a missing path is a usage error, not a run."""
    if not given:
        if not SEEDS_DIR.is_dir():
            raise UsageError(
                "no SOURCE given and the bundled seeds/ folder is not there; name a file or folder"
            )
        return [str(SEEDS_DIR)]
    checked = []
    for source in given:
        if source.lower().startswith(WEB_SCHEMES):
            checked.append(source)
            continue
        if source == "-":
            if serving:
                raise UsageError(
                    "a scheduled deployment cannot read standard input; name files or folders"
                )
            checked.append(source)
            continue
        if not os.path.lexists(source):
            raise UsageError(f"{source}: no such file or folder")
        checked.append(os.path.abspath(source) if serving else source)
    return checked


def _check_thresholds(args: argparse.Namespace) -> None:
    try:
        Thresholds(args.jaccard_threshold, args.containment_threshold)
        if args.command != "reindex":
            FetchPolicy(read_timeout=args.fetch_timeout, host_interval=args.host_interval)
            if args.workers is not None and args.workers < 1:
                raise ValueError("--workers must be at least 1")
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _check_db(path: str) -> None:
    """Fail before Prefect starts when the database cannot be written (locked, bad folder)."""
    connect_writer(path, DEFAULT_CONFIG).close()


@contextmanager
def _holding(path: str) -> Iterator[None]:
    """Take the database's file lock before Prefect starts and keep it through the run.

    The flow's own connection, in this process, shares the lock; another program that tries
    to write meanwhile gets the one-line "in use" error instead of a race.
    """
    con = connect_writer(path, DEFAULT_CONFIG)
    try:
        yield
    finally:
        con.close()


def _run_ingest(args: argparse.Namespace, sources: list[str]) -> int:
    from flows.workers import default_workers, start_fork_server

    if not args.dask_address:
        start_fork_server(args.workers or default_workers())
    from flows.terminal import print_summary, progress_bar

    with progress_bar():
        summary = _flow(args)(
            sources=sources,
            db=args.db,
            jaccard_threshold=args.jaccard_threshold,
            containment_threshold=args.containment_threshold,
            host_interval=args.host_interval,
            fetch_timeout=args.fetch_timeout,
            workers=1 if args.dask_address else args.workers,
        )
    print_summary(summary)
    return 0


def _flow(args: argparse.Namespace):
    """The ingest-news flow, on a Dask cluster's task runner when one is named."""
    from flows.ingest import ingest_news

    if not args.dask_address:
        return ingest_news
    from prefect.settings import PREFECT_API_URL
    from prefect_dask import DaskTaskRunner

    if not PREFECT_API_URL.value():
        raise UsageError(
            "--dask-address needs a Prefect server the Dask workers can reach: run `prefect "
            "server start` and set PREFECT_API_URL=http://HOST:4200/api"
        )
    return ingest_news.with_options(task_runner=DaskTaskRunner(address=args.dask_address))


def _serve(args: argparse.Namespace, sources: list[str]) -> int:
    from prefect import get_client
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.settings import PREFECT_API_URL

    from flows.ingest import writer_limit

    if not PREFECT_API_URL.value():
        raise UsageError(
            "serving a schedule needs a Prefect server: run `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    db = os.path.abspath(args.db)
    # One writer per warehouse: runs of any deployment that writes this file queue for it.
    with get_client(sync_client=True) as client:
        client.upsert_global_concurrency_limit_by_name(writer_limit(db), limit=1)
    _flow(args).serve(
        name=args.name,
        cron=args.cron,
        parameters={
            "sources": sources,
            "db": db,
            "jaccard_threshold": args.jaccard_threshold,
            "containment_threshold": args.containment_threshold,
            "host_interval": args.host_interval,
            "fetch_timeout": args.fetch_timeout,
            "workers": 1 if args.dask_address else args.workers,
        },
        # A run that is due while the last one still writes waits for it instead of failing.
        global_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE
        ),
    )
    return 0


def _reindex(args: argparse.Namespace) -> int:
    if not os.path.exists(args.db):
        raise UsageError(f"{args.db}: no such database")
    con = connect_writer(args.db, DEFAULT_CONFIG, check=False)
    try:
        pairs = reindex(
            con, DEFAULT_CONFIG, Thresholds(args.jaccard_threshold, args.containment_threshold)
        )
        articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    finally:
        con.close()
    print(f"re-indexed {articles} articles in {args.db}: {pairs} near-duplicate pairs")
    return 0


def _export(args: argparse.Namespace) -> int:
    if not os.path.exists(args.db):
        raise UsageError(f"{args.db}: no such database")
    written = export_parquet(args.db, Path(args.parquet))
    for path, rows in written:
        print(f"{path}  {rows} rows")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsdedup` command."""
    args = _parser().parse_args(argv)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect gives its temporary server 20 s to start; a first start (fresh PREFECT_HOME,
    # database migrations) on a busy 2-core machine took longer here and failed the run.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    try:
        if args.command == "export":
            return _export(args)
        _check_thresholds(args)
        if args.command == "reindex":
            return _reindex(args)
        sources = _sources(args.sources, serving=args.command == "serve")
        if args.command == "serve":
            _check_db(args.db)
            return _serve(args, sources)
        with _holding(args.db):
            return _run_ingest(args, sources)
    except (UsageError, WarehouseError) as exc:
        print(f"newsdedup: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        stopped = (
            "stopped serving" if args.command == "serve" else "interrupted; nothing was written"
        )
        print(f"newsdedup: {stopped}", file=sys.stderr)
        return 130


def quiet_teardown() -> None:
    """Send what the interpreter prints while tearing down modules to /dev/null.

    DuckDB 2's nanobind bindings print "leaked instance" noise at teardown after a Prefect
    run. Registered before anything else, this runs after every other exit handler (Prefect's
    server stop and log flush included), so only the teardown noise is lost.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


def entry() -> None:
    """The console script."""
    atexit.register(quiet_teardown)
    sys.exit(main())


if __name__ == "__main__":
    entry()
