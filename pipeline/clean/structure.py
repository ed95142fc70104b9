"""Fix the shape of an article: take out its headline, doubled paragraphs and truncated teasers."""

import re

from pipeline.clean.text import apply_edits, paragraphs, remove_paragraphs, words
from pipeline.types import StageResult

# A headline is short: news headlines run 5-15 words; on the extraction benchmark's bodies
# (bench/cleaning.py) opening paragraphs of 20-30 words without a final period were being
# taken for headlines.
MAX_HEADLINE_WORDS = 20
MIN_HEADLINE_WORDS = 3
# A teaser shorter than this is not compared with the lead (a word or two repeat by chance).
MIN_TEASER_CHARS = 40
# A paragraph that repeats the one before it word for word is a doubled copy from only this
# length: shorter repeats are headings and list lines ("Meal 1") that pages repeat on purpose.
# Repeats further apart (an interview's recurring question, a meal plan's days) are kept:
# the extraction benchmark's hand-made bodies keep them.
MIN_REPEAT_WORDS = 15
# ... or from this length when it ends as a sentence does ("A spokeswoman declined to
# comment."): headings and list lines end without a sentence mark, and no hand-made body of
# the extraction benchmark has a paragraph doubled next to itself.
MIN_REPEAT_SENTENCE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", '."', ".”", "?”", "!”", ".’", ".'")
# A teaser repeats the start of at most this many following paragraphs (headline + standfirst).
TEASER_LOOKAHEAD = 3
# Two sentences in one line ("... Europa. Weapons") make a paragraph, not a headline.
_SENTENCE_BREAK = re.compile(r"\w[.!?] +\S")
# A web address, an @handle or two "Label: value" pairs make a first line a product box or a
# social post, not a headline (the extraction benchmark's "Tested by: ... More info: www...").
_NOT_HEADLINE = re.compile(r"(?<!\w)@\w|\bwww\.|https?://|:\s.*:\s")
_OPENING_QUOTES = "\"'“‘«„"
_TRUNCATION_MARKS = " .…"


def reads_as_headline(paragraph: str) -> bool:
    """Whether a first line looks like a headline: short, one phrase, not a sentence or quotation."""
    count = len(words(paragraph))
    return (
        MIN_HEADLINE_WORDS <= count <= MAX_HEADLINE_WORDS
        and paragraph[-1] not in ".,;:!\"'”’»)…。！？"  # with the full stops of CJK scripts
        and not paragraph.endswith("...")
        and paragraph[0] not in _OPENING_QUOTES
        and not _SENTENCE_BREAK.search(paragraph)
        and not _NOT_HEADLINE.search(paragraph)
        and paragraph.count("(") == paragraph.count(")")  # a cut-off line opens a bracket
    )


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def fix_structure(text: str, title: str | None, find_title: bool) -> StageResult:
    """Remove the headline (finding it in plain text), repeated paragraphs and teasers."""
    spans = paragraphs(text)
    removals: dict[int, str] = {}
    if find_title and title is None and len(spans) > 1 and reads_as_headline(spans[0].text):
        title = spans[0].text
        removals[0] = "title"
    title_key = _key(title) if title else None
    keys = [_key(span.text) for span in spans]
    previous = None
    for index, span in enumerate(spans):
        if index in removals:
            continue
        key = keys[index]
        if key == title_key:
            removals[index] = "title_repeated"
        elif key == previous and _doubled(span.text):
            removals[index] = "repeated_paragraph"
        elif _is_teaser(key, keys[index + 1 : index + 1 + TEASER_LOOKAHEAD]):
            removals[index] = "truncated_teaser"
        else:
            previous = key
    edits = tuple(remove_paragraphs(text, spans, removals, "structure"))
    return StageResult(text=apply_edits(text, edits), edits=edits, title=title)


def _doubled(paragraph: str) -> bool:
    """Whether a paragraph equal to the one before it is long enough to be a doubled copy."""
    count = len(words(paragraph))
    if paragraph.endswith(_SENTENCE_ENDS):
        return count >= MIN_REPEAT_SENTENCE_WORDS
    return count >= MIN_REPEAT_WORDS


def _is_teaser(key: str, following: list[str]) -> bool:
    """Whether a paragraph is a cut-off copy of the start of the paragraphs after it (all keys).

    Cut off means it stops mid-sentence (no final period, or an ellipsis) or runs on past the
    end of the next paragraph; a whole sentence that opens the next paragraph is left alone.
    """
    stem = key.rstrip(_TRUNCATION_MARKS)
    if len(stem) < MIN_TEASER_CHARS or not following:
        return False
    # the key of the paragraphs joined is their keys joined (an empty key adds no word)
    joined = " ".join(filter(None, following))
    if not joined.startswith(stem) or len(joined) <= len(stem):
        return False
    cut_short = key.endswith(("…", "...")) or key[-1] not in ".!?\"'”’)"
    return cut_short or len(stem) > len(following[0])
