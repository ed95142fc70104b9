"""Repair mojibake, leftover HTML entities and invisible characters with ftfy, recording each fix."""

import difflib
import re
from bisect import bisect_left
from unicodedata import is_normalized, normalize

import ftfy
from ftfy.chardata import HTML_ENTITY_RE

from pipeline.clean.text import apply_edits, paragraphs, remove_paragraphs
from pipeline.types import Edit, StageResult

# Curly quotes and full-width forms are real typography, not damage: ftfy keeps them.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)
# Zero-width and byte-order characters carry nothing in article text; soft hyphens neither.
_INVISIBLE_CHARS = "\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SPACES = re.compile(r"\s+")
# ftfy only has work where these occur: control characters, Latin-1 letters (every UTF-8
# sequence misread as cp1252 or Latin-1 starts with one), Cyrillic (cp1251 mojibake),
# replacement characters, and entities in the shape ftfy decodes (its own pattern: a bare "&",
# as in "Q&A" or "R&D", is no entity). Other text gets NFC alone: cleaning runs about twice as
# fast on English news, whose curly quotes and dashes need no repair.
_FTFY_TRIGGERS = "\x00-\x1f\x7f-\xff\u0400-\u04ff\ufffd"
_ENTITY = HTML_ENTITY_RE.pattern
_MAY_NEED_FTFY = re.compile(f"[{_FTFY_TRIGGERS}]|{_ENTITY}")
# Characters a repair may change besides ftfy's: invisible ones and spaces other than " ".
# U+3000 (ideographic space) is the last space character.
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_MAY_CHANGE = re.compile(
    f"[{_FTFY_TRIGGERS}{_INVISIBLE_CHARS}{re.escape(_OTHER_SPACES)}]|{_ENTITY}"
)
# Above this a paragraph's repair is recorded as one edit, from its first to its last
# difference: difflib is quadratic in the worst case.
MAX_DIFF_CHARS = 5000
# difflib's longest-match search visits, for each character of one side, every place that
# character has on the other side: repetitive text with many repairs makes that cubic (a
# 4,700-character paragraph of mojibake took 15 s). The costliest repair among the extraction
# benchmark's pages and bodies and bench/cleaning.py's damaged bodies took 126 visits per
# character (a 1,744-character paragraph). Past this many, only the stretch from the first to
# the last difference is diffed, or it becomes one edit.
MAX_DIFF_STEPS_PER_CHAR = 200


def repair_encoding(text: str) -> StageResult:
    """Fix each paragraph with ftfy (NFC, no quote uncurling) and record what changed."""
    spans = paragraphs(text)
    edits: list[Edit] = []
    emptied: dict[int, str] = {}
    for index, span in enumerate(spans):
        raw = span.text
        if _unchanged(raw):
            continue
        repaired = (
            ftfy.fix_text(raw, FTFY_CONFIG) if _MAY_NEED_FTFY.search(raw) else normalize("NFC", raw)
        )
        fixed = _SPACES.sub(" ", _INVISIBLE.sub("", repaired)).strip()
        if not fixed:
            emptied[index] = _rule(span.text, "")
        elif fixed != span.text:
            edits.extend(_diff_edits(span.text, fixed, span.start))
    edits.extend(remove_paragraphs(text, spans, emptied, "encoding"))
    ordered = tuple(sorted(edits, key=lambda e: e.char_start or 0))
    return StageResult(text=apply_edits(text, ordered), edits=ordered)


def _unchanged(paragraph: str) -> bool:
    """Whether the repair would leave a paragraph as it is: most paragraphs of most articles."""
    return not (
        _MAY_CHANGE.search(paragraph)
        or "  " in paragraph
        or paragraph.startswith(" ")
        or paragraph.endswith(" ")
        or not is_normalized("NFC", paragraph)
    )


def _diff_edits(before: str, after: str, offset: int) -> list[Edit]:
    """The replacements that turn before into after, as edits at offset.

    A change is widened over the punctuation around it, so "&amp;" -> "&" reads as one edit.
    """
    changes = _changes(before, after)
    merged: list[list[int]] = []
    for i1, i2, j1, j2 in changes:
        while i1 > 0 and j1 > 0 and before[i1 - 1] == after[j1 - 1] and _is_mark(before[i1 - 1]):
            i1, j1 = i1 - 1, j1 - 1
        while (
            i2 < len(before)
            and j2 < len(after)
            and before[i2] == after[j2]
            and _is_mark(before[i2])
        ):
            i2, j2 = i2 + 1, j2 + 1
        if merged and i1 <= merged[-1][1]:
            merged[-1][1], merged[-1][3] = max(merged[-1][1], i2), max(merged[-1][3], j2)
        else:
            merged.append([i1, i2, j1, j2])
    return [
        Edit(
            "encoding",
            _rule(before[i1:i2], after[j1:j2]),
            offset + i1,
            offset + i2,
            before[i1:i2],
            after[j1:j2],
        )
        for i1, i2, j1, j2 in merged
    ]


def _changes(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """The changed (i1, i2, j1, j2) ranges, as precise as their cost allows."""
    if len(before) <= MAX_DIFF_CHARS:
        try:
            return _diff(before, after)
        except _TooCostly:  # a long paragraph, or repetitive text with many repairs
            pass
    # the stretch from the first to the last difference, diffed alone when it is short (about
    # as long as the paragraph, it would cost as much again)
    head = _common_prefix(before, after)
    tail = _common_prefix(before[head:][::-1], after[head:][::-1])
    end_before, end_after = len(before) - tail, len(after) - tail
    if len(before) <= MAX_DIFF_CHARS and end_before - head <= len(before) // 2:
        try:
            inner = _diff(before[head:end_before], after[head:end_after])
            return [(i1 + head, i2 + head, j1 + head, j2 + head) for i1, i2, j1, j2 in inner]
        except _TooCostly:
            pass
    return [(head, end_before, head, end_after)]


def _diff(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """difflib's changed ranges, or _TooCostly past MAX_DIFF_STEPS_PER_CHAR."""
    matcher = _BoundedMatcher(before, after, MAX_DIFF_STEPS_PER_CHAR * len(before))
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


class _TooCostly(Exception):
    """A diff would take more steps than its budget."""


class _BoundedMatcher(difflib.SequenceMatcher):
    """difflib's matcher, stopped before its longest-match searches pass a step budget."""

    def __init__(self, a: str, b: str, budget: int) -> None:
        """Match characters with no junk heuristics, as the edits have always been found."""
        super().__init__(None, a, b, autojunk=False)
        self.steps_left = budget

    def find_longest_match(self, alo: int, ahi: int, blo: int, bhi: int) -> difflib.Match:
        """difflib's search, charged first for each character it reads and each place it looks up."""
        positions = self.b2j
        self.steps_left -= sum(1 + bisect_left(positions.get(c, ()), bhi) for c in self.a[alo:ahi])
        if self.steps_left < 0:
            raise _TooCostly
        return super().find_longest_match(alo, ahi, blo, bhi)


def _is_mark(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def _rule(removed: str, replacement: str) -> str:
    """Name an encoding fix: dropped invisible characters, or an ftfy repair."""
    if removed and not replacement and not _INVISIBLE.sub("", removed):
        return "invisible_character"
    return "ftfy"


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size
