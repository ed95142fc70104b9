"""Paragraph and sentence spans of cleaned text, and applying edits to it."""

import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from pipeline.tokens import ALNUM, findall_words
from pipeline.types import Edit, Stage

PARAGRAPH_SEPARATOR = "\n\n"
_PARAGRAPH_BREAK = re.compile(r"(\n\s*\n)")
# A sentence ends at a full stop, question or exclamation mark of any script (Unicode's
# Sentence_Terminal: ". ! ?", the ideographic "。", the danda "।", Myanmar's "။", Ethiopic's
# "።", Khmer's "។", ...) or Tibetan's shad "།" (which Unicode leaves out), not an ellipsis,
# optionally followed by closing quotes or brackets.
# The mark comes first and the look back after it, so the regex engine skips to the next mark
# (opening with the look back, it tried the pattern at every character: twice as slow).
SENTENCE_END = regex.compile(
    r"[\p{Sentence_Terminal}།༎](?<!\.\p{Sentence_Terminal})(?!\.)[\"'”’»)\]]*(?=\s|$)"
)
_WORD = regex.compile(rf"[{ALNUM}_]++(?:[’'.-][{ALNUM}_]++)*+")


class Span(NamedTuple):
    """A piece of text and where it stands in the text it was cut from."""

    start: int
    end: int
    text: str


def layout(text: str) -> str:
    """Put text in the one shape every stage receives: paragraphs split by one blank line."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return PARAGRAPH_SEPARATOR.join(line for line in lines if line)


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of text in layout shape, with their offsets."""
    # split() keeps the breaks between the pieces: [piece, break, piece, ..., piece]
    parts = _PARAGRAPH_BREAK.split(text)
    spans = []
    start = 0
    for index in range(0, len(parts), 2):
        piece = parts[index]
        end = start + len(piece)
        if piece:
            spans.append(Span(start, end, piece))
        if index + 1 < len(parts):
            end += len(parts[index + 1])
        start = end
    return spans


def sentences(
    paragraph: Span, abbreviations: frozenset[str], units: frozenset[str] = frozenset()
) -> list[Span]:
    """The sentences of a paragraph, not split after abbreviations, initials or ellipses."""
    text, offset = paragraph.text, paragraph.start
    spans = []
    start = 0
    for end in SENTENCE_END.finditer(text):
        stop = end.end()
        if stop < len(text) and _is_abbreviation(text, end.start(), abbreviations, units):
            continue
        first = skip_spaces(text, start)
        spans.append(Span(offset + first, offset + stop, text[first:stop]))
        start = stop
    first = skip_spaces(text, start)
    if first < len(text):
        spans.append(Span(offset + first, paragraph.end, text[first:]))
    return spans


def skip_spaces(text: str, index: int) -> int:
    """The index of the first character at or after index that is not a space."""
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _is_abbreviation(
    text: str, mark: int, abbreviations: frozenset[str], units: frozenset[str]
) -> bool:
    """Whether the word ending at text[mark] is an abbreviation, an initial or a unit after a number."""
    token_start = text.rfind(" ", 0, mark) + 1
    word = text[token_start : mark + 1].lstrip("\"'“‘([")
    if not word.endswith("."):
        return False
    stem = word[:-1]
    if len(stem) == 1 and stem.isalpha():
        return True
    folded = stem.casefold()
    if folded in units:
        space = max(token_start - 1, 0)
        previous = text[text.rfind(" ", 0, space) + 1 : space]
        if previous[:1].isdigit():
            return True
    return "." in stem or folded in abbreviations


def words(text: str) -> list[str]:
    """The words of a text, as the cleaning rules count them."""
    return findall_words(_WORD, text)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """The text after its edits: each replaces its span; spans must not overlap."""
    out = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.char_start, e.char_end)):
        if edit.char_start is None or edit.char_end is None:
            continue
        if edit.char_start < position:
            raise ValueError(f"overlapping edits at {edit.char_start}: {edit.rule}")
        out.append(text[position : edit.char_start])
        out.append(edit.replacement)
        position = edit.char_end
    out.append(text[position:])
    return "".join(out)


def remove_paragraphs(
    text: str, spans: list[Span], removals: dict[int, str], stage: Stage
) -> list[Edit]:
    """Edits that delete the paragraphs at the given indexes (index -> rule), separators included."""
    kept_after = [False] * len(spans)
    seen_kept = False
    for index in range(len(spans) - 1, -1, -1):
        kept_after[index] = seen_kept
        seen_kept = seen_kept or index not in removals
    edits = []
    for index, rule in sorted(removals.items()):
        if kept_after[index]:
            start, end = spans[index].start, spans[index + 1].start
        else:
            start = spans[index - 1].end if index > 0 else spans[index].start
            end = spans[index].end
        edits.append(Edit(stage, rule, start, end, text[start:end]))
    return edits
