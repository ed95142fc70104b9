"""How to keep every article's MinHash values in DuckDB: file size, insert and read cost.

    python bench/value_storage.py [--articles 100000] [--repeats 3]

Each layout gets a fresh DuckDB file holding one table (article_id VARCHAR PRIMARY KEY,
values; one layout also without the key) filled with --articles rows of random values (MinHash minima are uniform, so they do
not compress), inserted in the flow's chunks of 2,000 through Arrow in one transaction, as a
run lands them. Then the cost of reading back a chunk's worth of candidates: 2,000 ids drawn
at random, fetched with their values and turned into numpy arrays. Layouts: 64-bit values as
a fixed-size UBIGINT array, a UBIGINT list and a BLOB; their low 32 bits as a UINTEGER array
and a BLOB. The fastest of --repeats tries counts (the machine is shared).
"""

import argparse
import hashlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.minhash import DEFAULT_CONFIG
from warehouse.db import run, with_rows

# The flow lands 2,000 records at a time (CHUNK_SIZE in flows/ingest.py); a chunk's unrelated
# candidates at the README's 11.3 per new article per million, against 1M, are about as many.
CHUNK = 2000
DEFAULT_ARTICLES = 100_000
DEFAULT_REPEATS = 3
PERMUTATIONS = DEFAULT_CONFIG.num_perm
LOW_32_BITS = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class Layout:
    """A column type and how values go into it and come back out."""

    name: str
    column: str
    encode: Callable[[np.ndarray], pa.Array]
    decode: Callable[[duckdb.DuckDBPyConnection, str, list[str]], np.ndarray]
    key: str = "PRIMARY KEY"


def _blob(values: np.ndarray) -> pa.Array:
    width = values.shape[1] * values.itemsize
    return pa.Array.from_buffers(pa.binary(width), len(values), [None, pa.py_buffer(values)])


def _array(values: np.ndarray) -> pa.Array:
    return pa.FixedSizeListArray.from_arrays(pa.array(values.reshape(-1)), values.shape[1])


def _list(values: np.ndarray) -> pa.Array:
    offsets = pa.array(np.arange(0, values.size + 1, values.shape[1], dtype=np.int32))
    return pa.ListArray.from_arrays(offsets, pa.array(values.reshape(-1)))


def _read_blobs(dtype: type) -> Callable[[duckdb.DuckDBPyConnection, str, list[str]], np.ndarray]:
    def read(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> np.ndarray:
        rows = con.execute(sql, [ids]).fetchall()
        return np.stack([np.frombuffer(v, dtype) for _, v in rows])

    return read


def _read_lists(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> np.ndarray:
    column = con.sql(sql, params=[ids]).to_arrow_table().column("hashvalues").combine_chunks()
    return column.flatten().to_numpy().reshape(len(column), -1)


LAYOUTS = (
    Layout("UBIGINT[256] array, 64-bit", f"UBIGINT[{PERMUTATIONS}]", _array, _read_lists),
    Layout("UBIGINT[] list, 64-bit", "UBIGINT[]", _list, _read_lists),
    Layout("BLOB, 64-bit", "BLOB", _blob, _read_blobs(np.uint64)),
    Layout("UINTEGER[256] array, low 32 bits", f"UINTEGER[{PERMUTATIONS}]", _array, _read_lists),
    Layout("BLOB, low 32 bits", "BLOB", _blob, _read_blobs(np.uint32)),
    Layout("BLOB, low 32 bits, no key", "BLOB", _blob, _read_blobs(np.uint32), ""),
)


def ids(start: int, count: int) -> list[str]:
    """Article ids shaped like the pipeline's (20 hex digits)."""
    return [hashlib.sha256(str(i).encode()).hexdigest()[:20] for i in range(start, start + count)]


def measure(layout: Layout, articles: int, folder: Path) -> tuple[float, float, int]:
    """Seconds to insert all rows, seconds to read one chunk of candidates, bytes of the file."""
    rng = np.random.default_rng(1)
    narrow = "32" in layout.name
    path = folder / "values.duckdb"
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    run(con, f"CREATE TABLE t (article_id VARCHAR {layout.key}, hashvalues {layout.column})")
    run(con, "CHECKPOINT")
    empty = path.stat().st_size
    inserted = 0.0
    con.begin()
    for start in range(0, articles, CHUNK):
        count = min(CHUNK, articles - start)
        values = rng.integers(0, 2**64 - 1, (count, PERMUTATIONS), np.uint64, endpoint=True)
        if narrow:
            values = (values & LOW_32_BITS).astype(np.uint32)
        started = time.perf_counter()
        rows = pa.table({"article_id": ids(start, count), "hashvalues": layout.encode(values)})
        with_rows(con, "INSERT INTO t BY NAME SELECT * FROM rows", rows)
        inserted += time.perf_counter() - started
    con.commit()
    run(con, "CHECKPOINT")
    size = path.stat().st_size - empty
    wanted = [ids(int(i), 1)[0] for i in rng.choice(articles, min(CHUNK, articles), replace=False)]
    sql = "SELECT article_id, hashvalues FROM t WHERE article_id IN (SELECT unnest(?))"
    started = time.perf_counter()
    read = layout.decode(con, sql, wanted)
    elapsed = time.perf_counter() - started
    assert read.shape == (len(wanted), PERMUTATIONS)
    con.close()
    path.unlink()
    return inserted, elapsed, size


def main() -> None:
    """Measure every layout and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    args = parser.parse_args()
    print(f"{args.articles:,} articles, {PERMUTATIONS} values each, fastest of {args.repeats}")
    print(f"{'layout':34} {'MB':>7} {'insert s':>9} {'per 2,000':>9} {'read 2,000 s':>12}")
    with tempfile.TemporaryDirectory(prefix="newsdedup-values-") as folder:
        for layout in LAYOUTS:
            tries = [measure(layout, args.articles, Path(folder)) for _ in range(args.repeats)]
            inserted = sorted(t[0] for t in tries)
            read = sorted(t[1] for t in tries)
            per_chunk = inserted[0] / (args.articles / CHUNK)
            print(
                f"{layout.name:34} {tries[0][2] / 1e6:7.1f} "
                f"{inserted[0]:5.2f}-{inserted[-1]:.2f} {per_chunk * 1e3:6.1f} ms "
                f"{read[0]:6.3f}-{read[-1]:.3f}"
            )


if __name__ == "__main__":
    main()
