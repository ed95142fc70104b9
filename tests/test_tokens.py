"""The fast word finder gives exactly what the regular expressions it stands for give."""

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.clean import chrome, text
from pipeline.shingle import _TOKEN
from pipeline.tokens import EDGE_MARKS, findall_words

# Letters, digits, the underscore, the marks words are joined by, edge marks, signs a word
# pattern takes alone, combining accents and other scripts, and spaces of several kinds.
ALPHABET = "aZé9_'’.&-©ⓒ\u0301ßΣ日١ \u00a0\n\t" + EDGE_MARKS
PATTERNS = {"shingle": _TOKEN, "cleaning": text._WORD, "chrome": chrome._WORD}


@given(st.text(alphabet=ALPHABET, max_size=80))
def test_fast_finder_equals_findall(sample):
    for name, pattern in PATTERNS.items():
        assert findall_words(pattern, sample) == pattern.findall(sample), name


def test_words_of_news_prose():
    line = "“It’s the U.S. co-founder’s call,” she said — (AT&T, 2.5%)…"
    assert text.words(line) == [
        "It’s",
        "the",
        "U.S",
        "co-founder’s",
        "call",
        "she",
        "said",
        "AT",
        "T",
        "2.5",
    ]
    assert chrome.tokens(line) == [
        "it's", "the", "u.s", "co-founder's", "call", "she", "said", "at&t", "2.5",
    ]  # fmt: skip


@given(
    st.lists(
        st.sampled_from(["getty", "image", "ap", "photo", "by", "the", "via", "x"]), max_size=8
    )
)
def test_phrases_found_as_the_pattern_finds_them(words):
    phrases = chrome._any_phrase(["getty image", "ap", "via getty"])
    assert phrases.any_in(words) == (phrases.pattern.search(" ".join(words)) is not None)


def test_edge_marks_are_never_word_characters():
    assert not re.search(r"\w|[©ⓒ]", EDGE_MARKS)


def test_words_keep_the_marks_written_on_their_letters():
    # Gurmukhi vowel signs, a Myanmar virama, a Thai tone mark, a Sinhala joiner: one word each
    for word in ("ਖੇਡਾਂ", "ပါတယ်", "ค่ะ", "ක්\u200dරීඩා"):
        assert text.words(f"The vote was close. {word}") == ["The", "vote", "was", "close", word]
