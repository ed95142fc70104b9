"""Cleaning and signing stay linear on pathological inputs, and their shortcuts change nothing.

No test here reads a clock against a fixed limit. Scaling is checked by the work a run does at
size n and at 8n: the Python and C function calls it makes, counted exactly, and its CPU time,
whose ratio may be noisy but is far from what quadratic work gives (8n costs about 8 times n
when linear, 64 times when quadratic; the bound is 30).
"""

from __future__ import annotations

import math
import random
import sys
import time
from collections.abc import Callable

import pytest
from datasketch import MinHash

from pipeline.clean import encoding
from pipeline.clean.article import MAX_PARAGRAPHS, clean_document
from pipeline.clean.lexicon import LATIN
from pipeline.clean.mt_artifacts import _judge, _only_long_sentences
from pipeline.clean.rules import DECORATION, boilerplate_rules, mt_rules, phrase_key
from pipeline.clean.text import Span, sentences
from pipeline.minhash import SHINGLES_PER_BLOCK, Signer
from pipeline.shingle import shingles
from pipeline.types import Article, RawDocument, Reject

SENTENCE = "The minister said on Thursday that talks with the union would continue next week. "
MOJIBAKE = "The ministerâ€™s office said â€œnoâ€\x9d to the plan. "
# 8n costs about 8 times n when the work is linear, 64 times when it is quadratic.
GROWTH = 8
MAX_RATIO = 30


def _text(text: str) -> RawDocument:
    return RawDocument(source_uri="test:bounds", kind="text", text=text)


def _html(body: str) -> RawDocument:
    return RawDocument(
        source_uri="test:bounds", kind="html", text=f"<html><body>{body}</body></html>"
    )


def _calls(run: Callable[[], object]) -> int:
    """The Python and C function calls a run makes: the same count on every machine."""
    count = 0

    def profile(frame, event, arg) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def _cpu_seconds(run: Callable[[], object]) -> float:
    """The least CPU time of three runs (the least is the one least disturbed by the machine)."""
    best = math.inf
    for _ in range(3):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


# Inputs of size n: at N, each takes a few milliseconds or more to clean (8N: a few tenths of a
# second at most), so fixed costs do not hide how the cost grows.
N = 10
TEXT_SHAPES: dict[str, Callable[[int], str]] = {
    "one long paragraph": lambda n: SENTENCE * (60 * n),
    "tiny paragraphs": lambda n: "\n\n".join(["Ta."] * (20 * n)),
    "a run of particles": lambda n: "The talks ended. " + "Ta. " * (40 * n) + "\n\nBoth left.",
    "nested quotes": lambda n: "“" * (1000 * n) + "He said" + "”" * (1000 * n) + " and left.",
    "quotes around words": lambda n: "“He said " * (250 * n) + "no." + "”" * (250 * n),
    "stray periods": lambda n: ". " * (100 * n),
    "periods without spaces": lambda n: "a." * (1500 * n),
    "lower-case fragments": lambda n: "Start. " + "and then. " * (40 * n),
    "mojibake paragraphs": lambda n: "\n\n".join([MOJIBAKE * 8] * (n // 2)),
    "one mojibake paragraph": lambda n: MOJIBAKE * n,
    "chrome between paragraphs": lambda n: "\n\n".join(["Advertisement", SENTENCE] * (9 * n)),
    "repeated paragraphs": lambda n: "\n\n".join([SENTENCE * 2] * (15 * n)),
    "teasers": lambda n: "\n\n".join([SENTENCE[:60], SENTENCE] * (9 * n)),
}
HTML_SHAPES: dict[str, Callable[[int], str]] = {
    "many paragraphs": lambda n: "<p>Ta.</p>" * (10 * n),
    "nested divs": lambda n: "<div>" * (50 * n) + f"<p>{SENTENCE}</p>" * 5 + "</div>" * (50 * n),
    "unclosed attribute quotes": lambda n: '<div title="' * (300 * n) + SENTENCE,
    "unclosed void tags": lambda n: '<img src="x' * (300 * n) + f"<p>{SENTENCE}</p>",
    "links without an end": lambda n: "<link " * (300 * n) + f"<p>{SENTENCE}</p>",
    "unclosed comments and scripts": lambda n: "<!--<script>" * (300 * n) + SENTENCE,
    "nested inline markup": lambda n: "<p>" + "<b><i><span>word " * (20 * n) + "</p>",
    "table cells": lambda n: "<table>" + "<tr><td>cell</td><td>more</td></tr>" * (20 * n),
    "teaser cards": lambda n: (
        "<div class='card'><a href='/x'>A headline</a><p>Summary...</p></div>" * (10 * n)
    ),
}
SHAPES = [(name, _text, make) for name, make in TEXT_SHAPES.items()] + [
    (name, _html, make) for name, make in HTML_SHAPES.items()
]


def _assert_linear(run: Callable[[object], object], small: object, large: object) -> None:
    """Running on large (8 times small) costs less than MAX_RATIO times running on small."""
    run(small)  # first-use work (loading rules, compiling patterns) is not the input's
    calls = _calls(lambda: run(large)) / _calls(lambda: run(small))
    assert calls < MAX_RATIO, f"{calls:.1f} times the function calls"
    seconds = _cpu_seconds(lambda: run(large)) / _cpu_seconds(lambda: run(small))
    assert seconds < MAX_RATIO, f"{seconds:.1f} times the CPU time"


@pytest.mark.parametrize(("wrap", "make"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_cleaning_grows_linearly(wrap, make):
    _assert_linear(clean_document, wrap(make(N)), wrap(make(GROWTH * N)))


@pytest.mark.parametrize(
    "make",
    [TEXT_SHAPES["one long paragraph"], TEXT_SHAPES["tiny paragraphs"]],
    ids=["one long paragraph", "tiny paragraphs"],
)
def test_signing_grows_linearly(make):
    signer = Signer()
    _assert_linear(lambda body: signer.sign("a", body), make(N), make(GROWTH * N))


# --- the pathological inputs, at full size or near it, give what they should -----------------


def test_five_megabyte_paragraph_is_kept_whole():
    text = SENTENCE * (5_000_000 // len(SENTENCE))
    article = clean_document(_text(text))
    assert isinstance(article, Article)
    assert article.body == text.strip()
    assert article.edits == ()


def test_a_million_tiny_paragraphs_are_rejected_as_not_an_article():
    result = clean_document(_text("\n\n".join(["Ta."] * 1_000_000)))
    assert isinstance(result, Reject)
    assert result.error_type == "too_many_paragraphs"
    assert "1,000,000 paragraphs" in result.message


def test_a_page_of_a_million_paragraphs_is_rejected_unparsed():
    result = clean_document(_html("<p>Ta.</p>" * 1_000_000))
    assert isinstance(result, Reject)
    assert result.error_type == "too_many_tags"
    assert "2,000,004 tags" in result.message


def test_a_page_of_too_many_paragraphs_is_rejected():
    result = clean_document(_html("<p>Ta.</p>" * (MAX_PARAGRAPHS + 1)))
    assert isinstance(result, Reject)
    assert result.error_type == "too_many_paragraphs"


def test_the_paragraph_limit_is_not_reached_by_a_long_article():
    paragraphs = [f"Paragraph {i} says that the talks went on." for i in range(MAX_PARAGRAPHS)]
    article = clean_document(_text("\n\n".join(paragraphs)))
    assert isinstance(article, Article)
    assert article.body.count("\n\n") == MAX_PARAGRAPHS - 1


def test_a_run_of_particles_is_removed_particle_by_particle():
    text = "The talks ended on Friday. " + "Ta. " * 200_000 + "\n\nBoth sides left Beijing."
    article = clean_document(_text(text))
    assert isinstance(article, Article)
    assert article.body == "The talks ended on Friday.\n\nBoth sides left Beijing."
    assert sum(e.rule == "particle" for e in article.edits) == 200_000


def test_deeply_nested_quotes_are_text():
    text = "“" * 500_000 + "He said" + "”" * 500_000 + " and left."
    article = clean_document(_text(text))
    assert isinstance(article, Article)
    assert article.body == text


def test_hundred_thousand_nested_divs_keep_the_article():
    depth = 100_000
    paragraphs = "".join(f"<p>Paragraph {i}: {SENTENCE}</p>" for i in range(20))
    article = clean_document(_html("<div>" * depth + paragraphs + "</div>" * depth))
    assert isinstance(article, Article)
    assert article.body.count(SENTENCE.strip()) == 20


def test_unclosed_attribute_quotes_do_not_hide_the_article():
    article = clean_document(_html('<div title="' * 20_000 + f"<p>{SENTENCE}</p>" * 10))
    assert isinstance(article, Article)
    assert SENTENCE.strip() in article.body


# --- the shortcuts change nothing --------------------------------------------------------------


def test_a_costly_repair_becomes_one_edit_and_a_cheap_one_stays_precise():
    dense = MOJIBAKE * 60  # ~3,000 characters, 240 repairs: past the diff's step budget
    article = clean_document(_text(dense))
    assert isinstance(article, Article)
    assert "minister’s office said “no”" in article.body
    assert [e.rule for e in article.edits if e.stage == "encoding"] == ["ftfy"]
    sparse = SENTENCE * 20 + MOJIBAKE + SENTENCE * 20
    article = clean_document(_text(sparse))
    assert [e.removed_text for e in article.edits if e.stage == "encoding"] == [
        "â€™",
        "â€œ",
        "â€\x9d",
    ]


def test_the_diff_stops_at_its_step_budget():
    before = MOJIBAKE * 60
    after = encoding.repair_encoding(before).text
    budget = encoding.MAX_DIFF_STEPS_PER_CHAR * len(before)
    matcher = encoding._BoundedMatcher(before, after, budget)
    with pytest.raises(encoding._TooCostly):
        matcher.get_opcodes()


def _matches_plainly(rule, paragraph: str) -> bool:
    """A rule's match as the rule file defines it, with none of the quick tests."""
    if len(paragraph) > rule.max_chars + len(DECORATION):
        return False
    core = paragraph.strip(DECORATION)
    if phrase_key(core) in rule.phrases:
        return True
    return bool(rule.pattern and rule.pattern.fullmatch(core))


def _first_match_by_rule(paragraph: str, in_tail: bool):
    """The first rule that matches, tried one rule after another with no quick test."""
    for rule in boilerplate_rules().rules:
        if (in_tail or not rule.tail_only) and _matches_plainly(rule, paragraph):
            return rule
    return None


def _paragraph_variants() -> list[str]:
    """Every rule's examples and counterexamples, recased, decorated and with look-alike letters."""
    rules = boilerplate_rules()
    texts = [text for rule in rules.rules for text in (*rule.examples, *rule.counterexamples)]
    texts += [SENTENCE, SENTENCE * 12, "Ta.", "", "•", " ".join(["Read", " " * 40, "more"])]
    rng = random.Random(7)
    variants = []
    for text in texts:
        variants += [text, text.upper(), text.lower(), f"• {text} →", text.replace(" ", "  ")]
        # characters that match ASCII letters when case is ignored: the quick tests lower-case
        for twin, letter in (("\u212a", "k"), ("\u017f", "s"), ("\u0130", "i"), ("\u0131", "i")):
            variants.append(text.replace(letter, twin).replace(letter.upper(), twin))
        cut = rng.randrange(len(text) + 1)
        variants.append(text[:cut] + rng.choice(DECORATION) + text[cut:])
    return variants


def test_quick_tests_never_hide_a_boilerplate_match():
    rules = boilerplate_rules()
    for paragraph in _paragraph_variants():
        for in_tail in (False, True):
            expected = _first_match_by_rule(paragraph, in_tail)
            assert rules.first_match(paragraph, in_tail) == expected, paragraph
        for rule in rules.rules:
            assert rule.matches(paragraph) == _matches_plainly(rule, paragraph), (rule, paragraph)


def test_paragraphs_judged_out_of_reach_have_no_debris():
    rules = mt_rules()
    rng = random.Random(11)
    pieces = [
        SENTENCE.strip(),
        "Mr. Putin arrived in Beijing on Thursday for talks with President Xi.",
        "Ta.",
        "did.",
        "and then the talks ended.",
        "“We are stronger together,” he said.",
        "The U.S. and its allies imposed new sanctions on Russian banks.",
        "Prices rose 3 pct. in March, the statistics office said on Friday.",
        ". .",
        "Weapons",
    ]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if _only_long_sentences(text, rules):
            sents = sentences(Span(0, len(text), text), rules.abbreviations, rules.units)
            assert _judge(sents, rules, lambda: True, lambda: frozenset({LATIN})) == {}, text


def test_signatures_are_datasketch_minhash_values():
    signer = Signer()
    rng = random.Random(3)
    words = [f"w{i}" for i in range(500)]
    long_body = " ".join(rng.choice(words) for _ in range(3 * SHINGLES_PER_BLOCK))
    for body in ("", "one", "one two", SENTENCE, long_body):
        hashes = shingles(body, signer.config.shingle_words)
        sketch = MinHash(
            num_perm=signer.config.num_perm,
            seed=signer.config.seed,
            hashfunc=int,
            scheme=signer.config.scheme,
        )
        sketch.update_batch(hashes.tolist())
        assert (signer.sign("a", body).hashvalues == sketch.hashvalues).all()
