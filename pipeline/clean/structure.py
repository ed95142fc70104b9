"""Fix the shape of an article: take out its headline, repeated paragraphs and truncated teasers."""

from pipeline.clean.text import apply_edits, paragraphs, remove_paragraphs, words
from pipeline.types import StageResult

# A headline is short: news headlines run 5-15 words, standfirsts under 40 (a first line
# longer than this is a paragraph, as in the machine-translated seeds).
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 3
# A teaser shorter than this is not compared with the lead (a word or two repeat by chance).
MIN_TEASER_CHARS = 40
# A teaser repeats the start of at most this many following paragraphs (headline + standfirst).
TEASER_LOOKAHEAD = 3
_OPENING_QUOTES = "\"'“‘«„"
_TRUNCATION_MARKS = " .…"


def reads_as_headline(paragraph: str) -> bool:
    """Whether a first line looks like a headline: short, not a sentence, not a quotation."""
    count = len(words(paragraph))
    return (
        MIN_HEADLINE_WORDS <= count <= MAX_HEADLINE_WORDS
        and paragraph[-1] not in ".,;:!\"'”’»)"
        and paragraph[0] not in _OPENING_QUOTES
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
    seen = {_key(title)} if title else set()
    for index, span in enumerate(spans):
        if index in removals:
            continue
        key = _key(span.text)
        if key in seen:
            removals[index] = (
                "title_repeated" if title and key == _key(title) else "repeated_paragraph"
            )
        elif _is_teaser(
            span.text, [s.text for s in spans[index + 1 : index + 1 + TEASER_LOOKAHEAD]]
        ):
            removals[index] = "truncated_teaser"
        else:
            seen.add(key)
    edits = tuple(remove_paragraphs(text, spans, removals, "structure"))
    return StageResult(text=apply_edits(text, edits), edits=edits, title=title)


def _is_teaser(paragraph: str, following: list[str]) -> bool:
    """Whether a paragraph is a cut-off copy of the start of the paragraphs after it.

    Cut off means it stops mid-sentence (no final period, or an ellipsis) or runs on past the
    end of the next paragraph; a whole sentence that opens the next paragraph is left alone.
    """
    text = _key(paragraph)
    stem = text.rstrip(_TRUNCATION_MARKS)
    if len(stem) < MIN_TEASER_CHARS or not following:
        return False
    joined = _key(" ".join(following))
    if not joined.startswith(stem) or len(joined) <= len(stem):
        return False
    cut_short = text.endswith(("…", "...")) or text[-1] not in ".!?\"'”’)"
    return cut_short or len(stem) > len(_key(following[0]))
