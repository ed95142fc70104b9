"""The one normalizer and shingler that both MinHash and the exact overlap scores use."""

import hashlib
import re
import unicodedata

import numpy as np

from pipeline.tokens import findall_words

_TOKEN = re.compile(r"\w+")
# Multiplier of the polynomial that folds k word hashes into one shingle hash: an odd 64-bit
# constant (the golden ratio's, as in Fibonacci hashing) so every word position mixes.
_FOLD = np.uint64(0x9E3779B97F4A7C15)
# Word hashes are cached per process; the cache is dropped when it grows past this many words
# (a day of news has a few hundred thousand distinct words).
_CACHE_LIMIT = 2_000_000
_word_hashes: dict[str, int] = {}


def tokens(text: str) -> list[str]:
    """Words of a text for comparison: NFKC, case folded, punctuation dropped."""
    if not unicodedata.is_normalized("NFKC", text):  # checking is 3x cheaper than normalizing
        text = unicodedata.normalize("NFKC", text)
    return findall_words(_TOKEN, text.casefold())


def _word_hash(word: str) -> int:
    value = _word_hashes.get(word)
    if value is None:
        if len(_word_hashes) >= _CACHE_LIMIT:
            _word_hashes.clear()
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        _word_hashes[word] = value
    return value


def _word_hash_array(words: list[str]) -> np.ndarray:
    """The words' hashes: looked up in one pass when all are cached (a third faster than
    through a list), else the new ones hashed and cached first."""
    try:
        return np.fromiter(map(_word_hashes.__getitem__, words), np.uint64, len(words))
    except KeyError:
        return np.array([_word_hash(word) for word in words], dtype=np.uint64)


def shingles(text: str, size: int) -> np.ndarray:
    """The distinct hashes (uint64, sorted) of the text's word k-grams; short texts give one."""
    words = tokens(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    hashes = _word_hash_array(words)
    width = min(size, len(hashes))
    count = len(hashes) - width + 1
    folded = hashes[:count].copy()
    for offset in range(1, width):
        folded = folded * _FOLD + hashes[offset : offset + count]
    return _sorted_distinct(folded)


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values), by sorting (a few times faster than np.unique's hashing on short arrays)."""
    values.sort()
    first = np.empty(len(values), dtype=bool)
    first[:1] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first]
