"""Remove web-page chrome (skip links, captions, share prompts, footers) from article text."""

from collections.abc import Callable
from functools import cache, partial

from pipeline.clean.chrome import CHROME_RULE, is_chrome
from pipeline.clean.lexicon import (
    is_english,
    is_foreign_byline,
    is_foreign_label,
    is_foreign_lead,
    other_script_label,
    page_scripts,
)
from pipeline.clean.rules import BoilerplateRules, boilerplate_rules
from pipeline.clean.text import apply_edits, paragraphs, remove_paragraphs
from pipeline.types import StageResult

# The rule names of the untranslated labels it removes ("Fermer", "Przejdź do treści", "Đọc
# thêm: <headline>") and of the bylines in another language it moves ("Von Anna Weber").
FOREIGN_LABEL_RULE = "foreign_label"
FOREIGN_BYLINE_RULE = "foreign_byline"


def strip_boilerplate(text: str, rules: BoilerplateRules | None = None) -> StageResult:
    """Drop every paragraph a boilerplate rule names, the detector judges chrome or that is a
    label in another language on an English page or in a script the page is not written in;
    credit lines move to the byline."""
    rules = rules or boilerplate_rules()
    spans = paragraphs(text)
    tail_start = len(spans) - rules.tail_paragraphs
    removals: dict[int, str] = {}
    bylines = []
    english = cache(partial(is_english, text))  # read once a label needs it
    scripts = cache(partial(page_scripts, text))
    for index, span in enumerate(spans):
        in_tail = index >= tail_start
        rule = rules.first_match(span.text, in_tail)
        if rule is not None:
            removals[index] = rule.name
            if rule.keep_as == "byline":
                bylines.append(span.text)
        elif is_chrome(span.text, tail=in_tail):  # no phrase rule names it: the detector judges
            removals[index] = CHROME_RULE
        elif is_foreign_byline(span.text) and english():
            removals[index] = FOREIGN_BYLINE_RULE
            bylines.append(span.text)
        elif _foreign_label(span.text, english, scripts):
            removals[index] = FOREIGN_LABEL_RULE
    edits = tuple(remove_paragraphs(text, spans, removals, "boilerplate"))
    return StageResult(
        text=apply_edits(text, edits),
        edits=edits,
        byline=" ".join(bylines) or None,
    )


def _foreign_label(
    line: str, english: Callable[[], bool], scripts: Callable[[], frozenset[str]]
) -> bool:
    """Whether a line is a label in another language on an English page, or in a script the
    page is not written in (english, scripts: what the page is)."""
    if script := other_script_label(line):
        return script not in scripts()
    return (is_foreign_label(line) or is_foreign_lead(line)) and english()
