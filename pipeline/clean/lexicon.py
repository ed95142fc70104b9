"""Which words are English, from wordfreq's frequencies: on an English page, a short line of
other words is a label the site's template left untranslated, or a translation's leftover."""

import re
from functools import cache

from wordfreq import top_n_list

# wordfreq's 100,000 most frequent English words reach down to zipf 1.96: the names and
# loanwords news prints are in, "fermer", "sluiten", "hyväksy" and "oldu" are not. Loading
# them takes 0.12 s of CPU and 30 MB once a process (measured with getrusage).
ENGLISH_WORDS = 100_000
# Words so common in English prose that a body without them is in another language. Of the
# extraction benchmark's ground-truth bodies, the English ones hold 0.13 or more of them (but
# a table of race results and a product list, which have no short labels to judge), the others
# 0.09 or less (a Japanese body quoting English product names).
_ENGLISH_MARKERS = frozenset(
    ("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "it", "this", "have",
     "has", "from", "by", "which", "would", "their", "they", "were", "been", "but", "not", "be")
)  # fmt: skip
MIN_ENGLISH_SHARE = 0.10
# A label is this short: the untranslated ones of news pages run one to five words ("Fermer",
# "Przejdź do treści", "Zapisz się do newslettera").
MAX_LABEL_WORDS = 6
# ... and at least half its words are not English ("Hoppa till innehåll": "till" is).
MIN_FOREIGN_SHARE = 0.5
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_DIGIT_OR_ACRONYM = re.compile(r"\d|\b[A-Z]{2,}\b")
# A line naming a social account or address is a credit or embed, whatever its words.
_NOT_A_LABEL = re.compile(r"@|https?:|www\.")


@cache
def english_words() -> frozenset[str]:
    """The English words, lower case, straight apostrophes."""
    return frozenset(top_n_list("en", ENGLISH_WORDS))


def letter_words(text: str) -> list[str]:
    """The words of a text as the word list writes them: letters only, lower case."""
    return _LETTERS.findall(text.casefold().replace("’", "'"))


def is_english(text: str) -> bool:
    """Whether a text reads as English: enough of its words are the commonest English ones."""
    found = letter_words(text)
    markers = sum(map(_ENGLISH_MARKERS.__contains__, found))
    return bool(found) and markers >= MIN_ENGLISH_SHARE * len(found)


def foreign_share(found: list[str]) -> float:
    """Share of the words that are not English."""
    english = english_words()
    return sum(word not in english for word in found) / len(found) if found else 0.0


def is_foreign_label(line: str) -> bool:
    """Whether a short line of an English page is in another language: an untranslated label.

    A line of capitalised words only is a name or a heading ("Michael Anastassiades"), kept.
    """
    if line.count(" ") >= MAX_LABEL_WORDS or _NOT_A_LABEL.search(line):
        return False  # a quick no for the paragraphs of prose
    found = letter_words(line)
    if not 1 <= len(found) <= MAX_LABEL_WORDS or _all_capitalised(line, len(found)):
        return False
    return foreign_share(found) >= MIN_FOREIGN_SHARE


def is_foreign_fragment(sentence: str) -> bool:
    """Whether a sentence of one or two words is wholly of another language ("Oldu.", "Ipnida.").

    A number or an abbreviation in capitals makes it a table's or a score's line ("1 QH.").
    """
    if _DIGIT_OR_ACRONYM.search(sentence):
        return False
    found = letter_words(sentence)
    if not 1 <= len(found) <= 2 or _all_capitalised(sentence, len(found)):
        return False
    return foreign_share(found) == 1.0


def _all_capitalised(text: str, count: int) -> bool:
    """Whether a text of several words has every word capitalised (a name, a title-case heading)."""
    return count > 1 and all(word[:1].isupper() for word in _LETTERS.findall(text))
