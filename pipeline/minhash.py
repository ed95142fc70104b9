"""MinHash signatures and LSH band keys, with every parameter pinned in one fingerprinted config."""

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable
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
# MurmurHash3's 64-bit finalizer (shift, multiplier, multiplier), which datasketch's affine64
# scheme applies to every value before its permutations.
_FMIX_SHIFT = np.uint64(33)
_FMIX_MULTIPLIERS = (np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))
# Signatures a run's writer keeps from what it landed last. Signing a candidate's body again was
# 40% of landing 10,000 articles (cProfile of land_batch); copies of a wire story arrive close
# together. About 8 KB each (600 shingles, 256 values, 64 band keys): 10,000 hold 80 MB.
RECENT_SIGNATURES = 10_000
# Shingles per block of the permutation matrix: 4,096 x 256 permutations of 64-bit values is
# 8 MB, so a huge body needs no more memory than that.
SHINGLES_PER_BLOCK = 4096


def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer of each value (arithmetic wraps around, as intended)."""
    for multiplier in _FMIX_MULTIPLIERS:
        values = (values ^ (values >> _FMIX_SHIFT)) * multiplier
    return values ^ (values >> _FMIX_SHIFT)


class Signer:
    """Makes MinHash signatures with one set of permutations, built once."""

    def __init__(self, config: DedupConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        # datasketch draws the permutations and gives the empty sketch's values
        empty = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme)
        self._empty_values = empty.hashvalues
        self._multipliers, self._offsets = empty.permutations

    def sign(self, article_id: str, body: str) -> Signature:
        """Shingles, datasketch MinHash values and band keys of one article body."""
        hashes = shingles(body, self.config.shingle_words)
        hashvalues = self.hashvalues(hashes)
        return Signature(article_id, hashes, hashvalues, self.band_keys(hashvalues))

    def hashvalues(self, hashes: np.ndarray) -> np.ndarray:
        """datasketch's update_batch values, from whole blocks: it makes a Python call per hash."""
        # the affine64 scheme: per permutation, the least a * fmix64(h) + b (mod 2^64)
        values = self._empty_values.copy()
        mixed = _fmix64(hashes)
        for start in range(0, len(mixed), SHINGLES_PER_BLOCK):
            block = np.multiply.outer(self._multipliers, mixed[start : start + SHINGLES_PER_BLOCK])
            block += self._offsets[:, np.newaxis]
            np.minimum(values, block.min(axis=1), out=values)
        return values

    def band_keys(self, hashvalues: np.ndarray) -> np.ndarray:
        """One bucket key per band (int64): equal keys iff the band's rows are equal."""
        rows = hashvalues.reshape(self.config.bands, self.config.rows).astype(np.uint64)
        keys = np.zeros(self.config.bands, dtype=np.uint64)
        for column in range(self.config.rows):
            keys = keys * _BAND_FOLD + rows[:, column]
        return keys.view(np.int64)


class SignatureMemory:
    """The signatures of the articles landed last, so a recent candidate is not signed again."""

    def __init__(self, signer: Signer, capacity: int = RECENT_SIGNATURES) -> None:
        self.signer = signer
        self.capacity = capacity
        self._kept: OrderedDict[str, Signature] = OrderedDict()

    def keep(self, signatures: Iterable[Signature]) -> None:
        """Remember these signatures (replacing older ones of the same articles), oldest out first."""
        for signature in signatures:
            self._kept[signature.article_id] = signature
            self._kept.move_to_end(signature.article_id)
        while len(self._kept) > self.capacity:
            self._kept.popitem(last=False)

    def get(self, article_id: str) -> Signature | None:
        """The kept signature of an article, or None when it must be signed from its body."""
        return self._kept.get(article_id)
