"""Every matched article's MinHash values, kept so a candidate landed earlier is not signed again."""

from collections.abc import Sequence

import duckdb
import numpy as np
import pyarrow as pa

# The values are kept, and compared, as their low 32 bits: 1 KB per article instead of 2 KB
# (111 MB against 213 MB per 100,000 articles, bench/value_storage.py), at the same insert and
# read cost. Two different 64-bit minima agree there with probability 2^-32, so a pair's share
# of equal values moves, by 1/256, about once in 17 million pairs (256 values each).
KEPT_DTYPE = np.dtype(np.uint32)


def compact(hashvalues: np.ndarray) -> np.ndarray:
    """The values as the warehouse keeps and compares them: their low 32 bits."""
    return hashvalues.astype(KEPT_DTYPE)


def values_table(ids: Sequence[str], hashvalues: np.ndarray) -> pa.Table:
    """minhash_values rows of these articles (one row of values each), packed in one BLOB each."""
    packed = np.ascontiguousarray(compact(hashvalues))
    count, width = packed.shape[0], packed.shape[1] * KEPT_DTYPE.itemsize
    blobs = pa.Array.from_buffers(pa.binary(width), count, [None, pa.py_buffer(packed)])
    return pa.table({"article_id": pa.array(ids, pa.string()), "hashvalues": blobs})


def unpack(blob: bytes | None, num_perm: int) -> np.ndarray | None:
    """Kept values from their BLOB; None when absent or made with another number of values."""
    if blob is None or len(blob) != num_perm * KEPT_DTYPE.itemsize:
        return None
    return np.frombuffer(blob, KEPT_DTYPE)


def bodies_and_values(
    con: duckdb.DuckDBPyConnection, ids: list[str]
) -> list[tuple[str, str, bytes | None]]:
    """(id, body, kept values or None) of these articles: one query for both."""
    if not ids:
        return []
    return con.execute(
        "SELECT a.article_id, a.body, v.hashvalues FROM articles a "
        "LEFT JOIN minhash_values v ON v.article_id = a.article_id "
        "WHERE a.article_id IN (SELECT unnest(?))",
        [ids],
    ).fetchall()
