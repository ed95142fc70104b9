"""Repair mojibake, leftover HTML entities and invisible characters with ftfy, recording each fix."""

import difflib
import re
from unicodedata import normalize

import ftfy

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
_INVISIBLE = re.compile("[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# ftfy only has work where these occur: control characters, Latin-1 letters (every UTF-8
# sequence misread as cp1252 or Latin-1 starts with one), "&" of an entity, Cyrillic (cp1251
# mojibake), replacement characters. Other text gets NFC alone: cleaning runs about twice as
# fast on English news, whose curly quotes and dashes need no repair.
_MAY_NEED_FTFY = re.compile("[\x00-\x1f\x7f-\xff&\u0400-\u04ff\ufffd]")
# Above this a paragraph's repair is recorded as one edit: difflib is quadratic in the worst case.
MAX_DIFF_CHARS = 5000


def repair_encoding(text: str) -> StageResult:
    """Fix each paragraph with ftfy (NFC, no quote uncurling) and record what changed."""
    spans = paragraphs(text)
    edits: list[Edit] = []
    emptied: dict[int, str] = {}
    for index, span in enumerate(spans):
        raw = span.text
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


def _diff_edits(before: str, after: str, offset: int) -> list[Edit]:
    """The replacements that turn before into after, as edits at offset.

    A change is widened over the punctuation around it, so "&amp;" -> "&" reads as one edit.
    """
    if len(before) > MAX_DIFF_CHARS:
        head = _common_prefix(before, after)
        tail = _common_prefix(before[head:][::-1], after[head:][::-1])
        changes = [(head, len(before) - tail, head, len(after) - tail)]
    else:
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        changes = [
            (i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
        ]
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
