"""Open the DuckDB warehouse: one writer per run, readers read-only, schema migrated in place."""

from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.minhash import DedupConfig, SignatureMemory, Signer

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
# 2: articles.canonical_url and retrieved_at, the http_cache table. 3: minhash_values.
SCHEMA_VERSION = "3"
# DuckDB's share of a run's memory. A run is one transaction, and what it writes stays in
# DuckDB's buffers until the commit; past this limit it spills to a temporary folder beside
# the file. DuckDB's default is 80% of RAM. With 512 MB, 100,000 articles inserted in one
# transaction held the process at 358 MB, against 693 MB (1.1 GB at the commit) without.
WRITER_MEMORY_LIMIT = "512MB"


class WarehouseError(RuntimeError):
    """The warehouse cannot be used as asked; the message says why and what to do."""


def connect_writer(
    path: str | Path, config: DedupConfig, *, check: bool = True
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-write, create or upgrade its tables, check its dedup config."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise WarehouseError(f"the folder of the database does not exist: {path.parent}")
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        raise WarehouseError(_lock_message(path, exc)) from exc
    try:
        run(con, f"SET memory_limit = '{WRITER_MEMORY_LIMIT}'")
        migrate(con)
        if check:
            check_config(con, config)
    except BaseException:
        con.close()
        raise
    return con


class Writer:
    """The run's one read-write connection, handed to the tasks that write.

    Tasks are typed with this class rather than with DuckDB's connection: Prefect inspects
    task signatures, and a DuckDB type there leaves nanobind objects alive at exit.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, config: DedupConfig) -> None:
        self.con = con
        self.signatures = SignatureMemory(Signer(config))


def connect_reader(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only, for queries and reports."""
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        raise WarehouseError(_lock_message(Path(path), exc)) from exc


def _lock_message(path: Path, exc: Exception) -> str:
    if "lock" in str(exc).casefold():
        return (
            f"the database {path} is in use by another program (another run or a client "
            "holding it open); close it or wait, then run again"
        )
    return f"cannot open the database {path}: {str(exc).splitlines()[0]}"


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> None:
    """Execute a statement to its end: DuckDB 2 keeps a result open until it is read."""
    con.execute(sql, params)
    con.complete()


def with_rows(
    con: duckdb.DuckDBPyConnection, sql: str, rows: pa.Table, params: list | None = None
) -> list[tuple]:
    """Run sql, in which the name `rows` is the given Arrow table, and return its result.

    DuckDB finds `rows` in this function's frame (a replacement scan). register() would make a
    temporary view that keeps the table alive until the transaction ends (duckdb-python issue
    469): a run is one transaction, so every batch would stay in memory to its end.
    """
    return con.execute(sql, params).fetchall()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> object:
    """The single value a query returns, with its result read to the end."""
    return con.execute(sql, params).fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and views; running it again changes nothing."""
    run(con, SCHEMA_FILE.read_text())
    run(
        con,
        "INSERT INTO schema_info VALUES ('schema_version', ?) ON CONFLICT DO UPDATE SET value = excluded.value",
        [SCHEMA_VERSION],
    )


def _config_rows(config: DedupConfig) -> dict[str, str]:
    return {"fingerprint": config.fingerprint(), **config.describe()}


def record_config(con: duckdb.DuckDBPyConnection, config: DedupConfig) -> None:
    """Store the parameters the warehouse's signatures are made with."""
    con.executemany("INSERT INTO dedup_config VALUES (?, ?)", list(_config_rows(config).items()))


def check_config(con: duckdb.DuckDBPyConnection, config: DedupConfig) -> None:
    """Record the dedup parameters on first use; refuse to mix signatures made with others."""
    stored = dict(con.execute("SELECT key, value FROM dedup_config").fetchall())
    wanted = _config_rows(config)
    if not stored:
        record_config(con, config)
        return
    if stored.get("fingerprint") != wanted["fingerprint"]:
        differ = ", ".join(
            f"{key} {stored.get(key)} -> {value}"
            for key, value in wanted.items()
            if key != "fingerprint" and stored.get(key) != value
        )
        raise WarehouseError(
            f"this warehouse's near-duplicate signatures were made with other parameters ({differ}); "
            "ingest into a new --db, or re-index this one with `newsdedup reindex --db PATH`"
        )
