"""The one normalizer and shingler that both MinHash and the exact overlap scores use."""

import hashlib
import re
import unicodedata
from itertools import chain

import numpy as np

from pipeline.tokens import findall_words

_TOKEN = re.compile(r"\w+")
# ASCII characters that are not word characters, to be turned into spaces in a text's UTF-8
# bytes: no byte of a multi-byte character is ASCII, so the text's word runs stay whole.
_NOT_WORD_ASCII = bytes(b for b in range(128) if not _TOKEN.fullmatch(chr(b)))
_TO_SPACES = bytes.maketrans(_NOT_WORD_ASCII, b" " * len(_NOT_WORD_ASCII))
# Multiplier of the polynomial that folds k word hashes into one shingle hash: an odd 64-bit
# constant (the golden ratio's, as in Fibonacci hashing) so every word position mixes.
_FOLD = np.uint64(0x9E3779B97F4A7C15)
# The hashes of the words in each piece of text between spaces are cached per process; the
# cache is dropped when it grows past this many pieces (a day of news has a few hundred
# thousand distinct words, and about 1.25 pieces per word: 17,572 for 14,210 words in
# 10,000 bodies of bench/throughput.py's corpus).
_CACHE_LIMIT = 2_000_000
_piece_hashes: dict[bytes, tuple[int, ...]] = {}


def tokens(text: str) -> list[str]:
    """Words of a text for comparison: NFKC, case folded, punctuation dropped."""
    return findall_words(_TOKEN, _folded(text))


def _folded(text: str) -> str:
    """The text NFKC-normalized and case folded, as words are compared."""
    if not unicodedata.is_normalized("NFKC", text):  # checking is 3x cheaper than normalizing
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def _word_hash(word: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(word, digest_size=8).digest(), "little")


def _hash_piece(piece: bytes) -> tuple[int, ...]:
    """The hashes of a piece's words: itself when it is ASCII (only word characters are left)."""
    if piece.isascii():
        return (_word_hash(piece),)
    words = _TOKEN.findall(piece.decode("utf-8", "surrogatepass"))
    return tuple(_word_hash(word.encode("utf-8", "surrogatepass")) for word in words)


# Pieces are split and looked up in C, with no Python step per word: the hashes of 10,000
# bodies of bench/throughput.py's corpus took 0.195 ms a body instead of 0.251 through
# tokens() and a cache of words (time.process_time, best of 5, warm caches).
def _word_hash_array(text: str) -> np.ndarray:
    """The hashes of tokens(text), in order, from the cached hashes of its pieces."""
    pieces = _folded(text).encode("utf-8", "surrogatepass").translate(_TO_SPACES).split()
    try:
        return np.fromiter(chain.from_iterable(map(_piece_hashes.__getitem__, pieces)), np.uint64)
    except KeyError:
        if len(_piece_hashes) >= _CACHE_LIMIT:
            _piece_hashes.clear()
        for piece in set(pieces).difference(_piece_hashes):
            _piece_hashes[piece] = _hash_piece(piece)
        return np.fromiter(chain.from_iterable(map(_piece_hashes.__getitem__, pieces)), np.uint64)


def shingles(text: str, size: int) -> np.ndarray:
    """The distinct hashes (uint64, sorted) of the text's word k-grams; short texts give one."""
    hashes = _word_hash_array(text)
    if not len(hashes):
        return np.empty(0, dtype=np.uint64)
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
