"""MinHash signatures and LSH band keys, with every parameter pinned in one fingerprinted config."""

import hashlib
import json
from dataclasses import asdict, dataclass

import numpy as np
from datasketch import MinHash

from pipeline.shingle import shingles
from pipeline.types import Signature


@dataclass(frozen=True)
class DedupConfig:
    """The parameters a warehouse's signatures were made with; mixing two sets is refused."""

    # Word 3-grams: a copy with one word in ten changed keeps 0.9^3 = 73% of its shingles
    # (Jaccard ~0.57), against 59% (~0.42) with 5-grams; see bench/dedup_quality.py.
    shingle_words: int = 3
    # 64 bands of 4 rows (256 permutations): a pair at Jaccard 0.5 (a copy cut to half)
    # becomes a candidate with probability 1 - (1 - 0.5^4)^64 = 0.984, at 0.45 with 0.93;
    # unrelated articles (mean Jaccard 0.0007 over aeb bodies) with about 5e-6 per pair.
    # 42 x 3 finds more at 0.45 (0.98) but proposes 6x more unrelated pairs to verify.
    bands: int = 64
    rows: int = 4
    seed: int = 1
    # datasketch 2's 64-bit affine permutations over the 64-bit shingle hashes.
    scheme: str = "affine64"

    @property
    def num_perm(self) -> int:
        """One permutation per row of every band."""
        return self.bands * self.rows

    def fingerprint(self) -> str:
        """A short hash of the parameters, stored in the warehouse beside the signatures."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]

    def describe(self) -> dict[str, str]:
        """The parameters as strings, for the warehouse's dedup_config table."""
        return {key: str(value) for key, value in asdict(self).items()}


DEFAULT_CONFIG = DedupConfig()
# Multiplier that folds a band's rows into one bucket key (an odd 64-bit constant).
_BAND_FOLD = np.uint64(0xC2B2AE3D27D4EB4F)


def _identity(value: int) -> int:
    """Shingles are already 64-bit hashes: datasketch mixes them itself (fmix64)."""
    return value


class Signer:
    """Makes MinHash signatures with one set of permutations, built once."""

    def __init__(self, config: DedupConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        self._empty = MinHash(
            num_perm=config.num_perm, seed=config.seed, hashfunc=_identity, scheme=config.scheme
        )

    def sign(self, article_id: str, body: str) -> Signature:
        """Shingles, datasketch MinHash values and band keys of one article body."""
        hashes = shingles(body, self.config.shingle_words)
        sketch = self._empty.copy()
        sketch.update_batch(hashes.tolist())
        return Signature(article_id, hashes, sketch.hashvalues, self.band_keys(sketch.hashvalues))

    def band_keys(self, hashvalues: np.ndarray) -> np.ndarray:
        """One bucket key per band (int64): equal keys iff the band's rows are equal."""
        rows = hashvalues.reshape(self.config.bands, self.config.rows).astype(np.uint64)
        keys = np.zeros(self.config.bands, dtype=np.uint64)
        for column in range(self.config.rows):
            keys = keys * _BAND_FOLD + rows[:, column]
        return keys.view(np.int64)
