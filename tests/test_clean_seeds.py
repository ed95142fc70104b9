"""Golden tests for clean_document on the five seed articles: what goes, what stays, and nothing else."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from pipeline.clean.article import clean_document
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.encoding import repair_encoding
from pipeline.clean.mt_artifacts import strip_mt_artifacts
from pipeline.clean.structure import fix_structure
from pipeline.clean.text import apply_edits, layout
from pipeline.types import Article, RawDocument

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_IDS = ("000", "001", "002", "003", "004")

# A sentence piece ends at . ! ? (optionally followed by one closing quote or bracket) before
# whitespace, or at a line break. Cruder than the cleaner's own splitter, on purpose: it is
# independent of it, and a body that drops, adds or alters a sentence changes its pieces.
_PIECE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"’')\]])\s+|\n+")

# What the cleaner must remove from each seed, as pieces of the splitter above (a piece that
# occurs twice in the seed and goes both times is listed twice).
EXPECTED_REMOVALS: dict[str, list[str]] = {
    "000": [
        "Putin’s China visit highlights military ties that worry West",
        "This article originally appeared in The New York Times.",
    ],
    "001": [
        "did.",
        "Jinping.",
        ".",  # "... the war machine. ."
        ".",  # the paragraph that is only "."
        "Ta.",
        "Ta.",
        "welcomed Mr.",
        "made it possible to maintain.",
        "There is.",
        "Ivan Necheplenko and olivia wang Contributed to the report and research.",
    ],
    "002": [
        "are or can Do not make public",
        "became.",
        "Weapons",
        # "... Belarus policy across the board has been compromised. cannot be determined." -
        # a lowercase fragment after a finished sentence: the dangling_fragment rule.
        "cannot be determined.",
    ],
    "003": [
        "Skip to main content",
        "Cloudy icon",
        "Putin concludes a trip to China by emphasizing its strategic and personal ties to Russia",
        "1 / 16",
        "Russian President Vladimir Putin gestures as he talks with students of the Harbin Institute of Technology in Harbin, northeastern China's Heilongjiang Province, on Friday, May 17, 2024.",
        "(Sergei Guneyev, Sputnik, Kremlin Pool Photo via AP)",
        "Recommended Videos",
        "Recommended Videos",
        "Wu reported from Bangkok.",
        "AP writers Dasha Litvinova in Tallinn, Estonia, and Simina Mistreanu and Christopher Bodeen in Taipei, Taiwan, contributed.",
    ],
    "004": [
        "Putin and Xi Announce Plans to Strengthen Military Ties in Beijing",
        "Russian Leader Praises ‘Comradely’ Talks with Chinese President Ahead of Concert to Mark 75 Years of ‘Friendship’ On his first foreign trip since being re-inaugurated as Russia's president, Vladimir Putin met with Xi Jinping in Beijing, where the two leaders announced plans to deepen their military cooperation.",
        "This",
    ],
}
# Sentences the cleaner mends rather than removes (wrong_period): the seed as it should read.
EXPECTED_REPAIRS: dict[str, list[tuple[str, str]]] = {
    "001": [("Reshetnikov. and Foreign Minister", "Reshetnikov and Foreign Minister")],
}


def seed_path(seed: str) -> Path:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    return path


def seed_text(seed: str) -> str:
    return seed_path(seed).read_text(encoding="utf-8")


@cache
def cleaned(seed: str) -> Article:
    path = seed_path(seed)
    raw = RawDocument(source_uri=path.resolve().as_uri(), kind="text", text=seed_text(seed))
    article = clean_document(raw)
    assert isinstance(article, Article), article
    return article


def pieces(text: str) -> list[str]:
    """The sentence pieces of a text, spacing inside each piece normalised."""
    return [" ".join(p.split()) for p in _PIECE_BREAK.split(text) if p.strip()]


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


# --- 003: web-page chrome -------------------------------------------------------------------


def test_003_page_chrome_is_removed():
    body = cleaned("003").body
    for chrome in ("Skip to main content", "Cloudy icon", "Recommended Videos"):
        assert chrome not in body
    assert "1 / 16" not in paragraphs(body)
    assert "1 / 16" not in body
    assert "(Sergei Guneyev, Sputnik, Kremlin Pool Photo via AP)" not in body
    assert not any(p.endswith("Kremlin Pool Photo via AP)") for p in paragraphs(body))
    assert "gestures as he talks with students" not in body


def test_003_contributor_line_moves_to_byline():
    article = cleaned("003")
    line = (
        "Wu reported from Bangkok. AP writers Dasha Litvinova in Tallinn, Estonia, and Simina "
        "Mistreanu and Christopher Bodeen in Taipei, Taiwan, contributed."
    )
    assert article.meta.byline == line
    assert "Wu reported from Bangkok" not in article.body
    assert "contributed." not in article.body


def test_003_title_is_found_and_not_in_body():
    article = cleaned("003")
    title = (
        "Putin concludes a trip to China by emphasizing its strategic and personal ties to Russia"
    )
    assert article.meta.title == title
    assert title not in article.body
    assert article.body.startswith("BEIJING – Russian President Vladimir Putin concluded")
    assert article.body.endswith("Xi was welcomed at the Kremlin last year.")


# --- 000: syndication footer ----------------------------------------------------------------


def test_000_footer_removed_and_title_found():
    article = cleaned("000")
    assert "This article originally appeared in The New York Times." not in article.body
    assert "originally appeared" not in article.body
    assert article.meta.title == "Putin’s China visit highlights military ties that worry West"
    assert article.meta.title not in article.body
    assert article.body.endswith("the room to do so was “limited.”")


# --- 001: machine-translation debris --------------------------------------------------------


def test_001_debris_removed():
    body = cleaned("001").body
    ps = pieces(body)
    assert "did." not in ps
    assert "president. did." not in body
    assert "Ta." not in ps
    assert " Ta." not in body
    assert "Jinping. Jinping." not in body
    assert ". ." not in body
    assert "." not in paragraphs(body)
    assert "There is." not in body
    assert "made it possible to maintain." not in body


def test_001_one_jinping_stays():
    body = cleaned("001").body
    first = paragraphs(body)[0]
    assert first.endswith("support from his “dear friend” President Xi Jinping.")
    assert body.count("Jinping.") == seed_text("001").count("Jinping.") - 1


def test_001_paragraph_ends_are_mended():
    paras = paragraphs(cleaned("001").body)
    assert not any(p.endswith("welcomed Mr.") for p in paras)
    assert any(p.endswith("children jumping and waving in unison.") for p in paras)
    assert any(p.endswith("a sense of normalcy as consumers.") for p in paras)
    assert any(p.endswith("needed to maintain the war machine.") for p in paras)
    assert any(
        p.endswith("military cooperation.") and p.startswith("With sharp symbolism") for p in paras
    )


def test_001_wrong_period_is_mended():
    body = cleaned("001").body
    assert "Reshetnikov. and Foreign Minister" not in body
    assert "Minister of Economy Maksim Reshetnikov and Foreign Minister Sergei V. Lavrov." in body


def test_001_contributor_line_moves_to_byline():
    article = cleaned("001")
    line = "Ivan Necheplenko and olivia wang Contributed to the report and research."
    assert article.meta.byline == line
    assert line not in article.body
    assert "Necheplenko" not in article.body
    assert article.body.endswith("“That’s the underwater part of the iceberg.”")


# --- 002: machine-translation debris, headings ----------------------------------------------


def test_002_debris_removed():
    body = cleaned("002").body
    assert "are or can Do not make public" not in body
    assert "the arms deal they are likely to reach.\n\n" in body
    assert "air-defense equipment. became." not in body
    assert "air-defense equipment. However, the deal" in body
    assert "high technology. Weapons" not in body
    assert "Russia and China were jointly developing high technology.\n\narms linked" in body


@pytest.mark.parametrize(
    "heading",
    [
        "friend from a distance",
        "more than meets the eye",
        "arms linked",
        "junior partner",
        "Who is the owner?",
    ],
)
def test_002_headings_stay_their_own_paragraph(heading):
    assert paragraphs(cleaned("002").body).count(heading) == 1


@pytest.mark.parametrize("seed", ["001", "002"])
def test_machine_translations_are_flagged(seed):
    assert cleaned(seed).mt_suspect is True


# --- 004: repeated headline and teaser ------------------------------------------------------

STANDFIRST_004 = (
    "Russian Leader Praises ‘Comradely’ Talks with Chinese President Ahead of Concert to Mark 75 "
    "Years of ‘Friendship’"
)


def test_004_truncated_teaser_removed():
    paras = paragraphs(cleaned("004").body)
    assert not any(p.endswith("cooperation. This") for p in paras)
    assert not any(p.startswith(STANDFIRST_004 + " On his first") for p in paras)
    assert paras[0] == STANDFIRST_004


def test_004_one_standfirst_stays():
    article = cleaned("004")
    assert paragraphs(article.body).count(STANDFIRST_004) == 1
    assert article.body.count(STANDFIRST_004) == 1


def test_004_title_found_and_not_in_body():
    article = cleaned("004")
    title = "Putin and Xi Announce Plans to Strengthen Military Ties in Beijing"
    assert article.meta.title == title
    assert title not in article.body


# --- all seeds ------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", ["000", "003", "004"])
def test_human_written_seeds_are_not_flagged(seed):
    article = cleaned(seed)
    assert article.mt_suspect is False
    assert article.mt_score < min(cleaned("001").mt_score, cleaned("002").mt_score)


@pytest.mark.parametrize("seed", SEED_IDS)
def test_nothing_else_changes(seed):
    """The body is the seed minus the expected removals (and with the expected repairs)."""
    source = seed_text(seed)
    for before, after in EXPECTED_REPAIRS.get(seed, []):
        assert source.count(before) == 1
        source = source.replace(before, after)
    seed_pieces = Counter(pieces(source))
    removals = Counter(EXPECTED_REMOVALS[seed])
    # Every expected removal is really in the seed (the list is not stale).
    assert not removals - seed_pieces
    body_pieces = Counter(pieces(cleaned(seed).body))
    expected = seed_pieces - removals
    assert body_pieces - expected == Counter(), "sentences in the body that are not in the seed"
    assert expected - body_pieces == Counter(), "sentences of the seed missing from the body"


@pytest.mark.parametrize("seed", SEED_IDS)
def test_body_shape(seed):
    body = cleaned(seed).body
    assert body == body.strip()
    assert "\n\n\n" not in body
    for paragraph in paragraphs(body):
        assert paragraph
        assert "\n" not in paragraph
        assert paragraph == paragraph.strip()
        assert "  " not in paragraph


@pytest.mark.parametrize("seed", SEED_IDS)
def test_edits_are_spans_of_their_stage_input(seed):
    """Re-run the stages as clean_document runs them: each edit is a span of its stage's input."""
    article = cleaned(seed)
    text = layout(seed_text(seed))
    stages = {
        "encoding": repair_encoding,
        "boilerplate": strip_boilerplate,
        "structure": lambda t: fix_structure(t, None, find_title=True),
        "mt_artifact": strip_mt_artifacts,
    }
    inputs = {}
    all_edits = []
    for name, stage in stages.items():
        result = stage(text)
        assert apply_edits(text, result.edits) == result.text
        assert all(e.stage == name for e in result.edits)
        inputs[name] = text
        all_edits.extend(result.edits)
        text = result.text
    assert text == article.body
    assert tuple(all_edits) == article.edits
    assert article.edits, "every seed has something to clean"
    for edit in article.edits:
        assert edit.char_start is not None and edit.char_end is not None
        assert inputs[edit.stage][edit.char_start : edit.char_end] == edit.removed_text
