"""Every matched article's MinHash values and shingle count, kept so that a candidate landed
earlier is screened without reading its body and scored without signing it again."""

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


def values_table(
    ids: Sequence[str], hashvalues: np.ndarray, shingle_counts: Sequence[int]
) -> pa.Table:
    """minhash_values rows of these articles (one row of values each), packed in one BLOB each."""
    packed = np.ascontiguousarray(compact(hashvalues))
    count, width = packed.shape[0], packed.shape[1] * KEPT_DTYPE.itemsize
    blobs = pa.Array.from_buffers(pa.binary(width), count, [None, pa.py_buffer(packed)])
    return pa.table(
        {
            "article_id": pa.array(ids, pa.string()),
            "hashvalues": blobs,
            "shingle_count": pa.array(shingle_counts, pa.int32()),
        }
    )


def kept_values(
    con: duckdb.DuckDBPyConnection, ids: list[str], num_perm: int
) -> dict[str, tuple[np.ndarray, int]]:
    """(values, shingle count) of those of these articles that have kept values of this width."""
    if not ids:
        return {}
    rows = con.execute(
        "SELECT article_id, hashvalues, shingle_count FROM minhash_values "
        "WHERE article_id IN (SELECT unnest(?))",
        [ids],
    ).fetchall()
    width = num_perm * KEPT_DTYPE.itemsize
    return {
        article_id: (np.frombuffer(blob, KEPT_DTYPE), count)
        for article_id, blob, count in rows
        if len(blob) == width
    }
