"""Remove web-page chrome (skip links, captions, share prompts, footers) from article text."""

from pipeline.clean.chrome import CHROME_RULE, is_chrome
from pipeline.clean.rules import BoilerplateRules, boilerplate_rules
from pipeline.clean.text import apply_edits, paragraphs, remove_paragraphs
from pipeline.types import StageResult


def strip_boilerplate(text: str, rules: BoilerplateRules | None = None) -> StageResult:
    """Drop every paragraph a boilerplate rule names; credit lines move to the byline."""
    rules = rules or boilerplate_rules()
    spans = paragraphs(text)
    tail_start = len(spans) - rules.tail_paragraphs
    removals: dict[int, str] = {}
    bylines = []
    for index, span in enumerate(spans):
        for rule in rules.rules:
            if rule.tail_only and index < tail_start:
                continue
            if rule.matches(span.text):
                removals[index] = rule.name
                if rule.keep_as == "byline":
                    bylines.append(span.text)
                break
        else:  # no phrase rule names it: the generic detector judges it
            if is_chrome(span.text, tail=index >= tail_start):
                removals[index] = CHROME_RULE
    edits = tuple(remove_paragraphs(text, spans, removals, "boilerplate"))
    return StageResult(
        text=apply_edits(text, edits),
        edits=edits,
        byline=" ".join(bylines) or None,
    )
