"""Write the warehouse's tables as Parquet files, for engines other than DuckDB."""

from pathlib import Path

from warehouse.db import connect_reader

# The contract's tables, in the order a reader would want them.
EXPORTED_TABLES = ("articles", "cleaning_edits", "overlap_scores", "ingest_errors", "runs")


def export_parquet(db: str | Path, folder: Path) -> list[tuple[Path, int]]:
    """One <table>.parquet per table, read through a read-only connection; (path, rows) each."""
    folder.mkdir(parents=True, exist_ok=True)
    con = connect_reader(db)
    written = []
    try:
        for table in EXPORTED_TABLES:
            path = folder / f"{table}.parquet"
            con.execute(f"COPY {table} TO '{_quoted(path)}' (FORMAT parquet)").fetchall()
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            written.append((path, rows))
    finally:
        con.close()
    return written


def _quoted(path: Path) -> str:
    """A path as a SQL string literal's body."""
    return str(path).replace("'", "''")
