"""The rule files: every example and counterexample holds, the loader refuses bad rules, encoding."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from pipeline.clean import rules as rules_module
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.encoding import repair_encoding
from pipeline.clean.mt_artifacts import strip_mt_artifacts
from pipeline.clean.rules import RuleError, boilerplate_rules, mt_rules, rules_version
from pipeline.clean.text import apply_edits

BEFORE = "The minister said on Thursday that talks with the union would continue next week."
AFTER = "Prices rose 3% in March, the statistics office said, the fastest pace in a year."

REAL_RULES_DIR = rules_module.RULES_DIR
BOILERPLATE_RULES = boilerplate_rules().rules
MT_RULES = mt_rules()


def _between(paragraph: str) -> str:
    return f"{BEFORE}\n\n{paragraph}\n\n{AFTER}"


def test_rule_files_have_rules():
    assert len(BOILERPLATE_RULES) >= 10
    assert {family for family, _, _ in MT_RULES.examples} >= {
        "particle",
        "function_words_only",
        "dangling_fragment",
        "wrong_period",
        "repeated_word",
        "stray_punctuation",
        "orphan_word",
    }


# --- boilerplate ----------------------------------------------------------------------------


def _cases(pairs):
    """pytest params (rule, text), with ids rule-index."""
    return [pytest.param(rule, text, id=f"{rule.name}-{i}") for rule, i, text in pairs]


BOILERPLATE_EXAMPLES = _cases(
    (rule, i, example) for rule in BOILERPLATE_RULES for i, example in enumerate(rule.examples)
)
BOILERPLATE_COUNTEREXAMPLES = _cases(
    (rule, i, text) for rule in BOILERPLATE_RULES for i, text in enumerate(rule.counterexamples)
)


@pytest.mark.parametrize("rule", BOILERPLATE_RULES, ids=[r.name for r in BOILERPLATE_RULES])
def test_every_boilerplate_rule_has_examples(rule):
    assert rule.examples


@pytest.mark.parametrize(("rule", "example"), BOILERPLATE_EXAMPLES)
def test_boilerplate_examples_are_removed(rule, example):
    result = strip_boilerplate(_between(example))
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert [e.rule for e in result.edits] == [rule.name]
    assert [e.removed_text.strip() for e in result.edits] == [example]
    if rule.keep_as == "byline":
        assert result.byline == example
    else:
        assert result.byline is None


@pytest.mark.parametrize(("rule", "counterexample"), BOILERPLATE_COUNTEREXAMPLES)
def test_boilerplate_counterexamples_are_kept(rule, counterexample):
    text = _between(counterexample)
    result = strip_boilerplate(text)
    assert result.text == text
    assert result.edits == ()
    assert result.byline is None


def test_tail_rules_leave_the_start_of_an_article_alone():
    """A credit line is boilerplate at the end of a story, not among its first paragraphs."""
    line = "Jane Doe contributed reporting from London."
    text = "\n\n".join([BEFORE, line, AFTER, BEFORE + " Again.", AFTER + " Again.", BEFORE])
    assert strip_boilerplate(text).text == text


# --- machine-translation debris -------------------------------------------------------------


def _family_ids(items) -> list[str]:
    """family-index ids, the index counted within each family."""
    seen: Counter[str] = Counter()
    ids = []
    for family, *_ in items:
        ids.append(f"{family}-{seen[family]}")
        seen[family] += 1
    return ids


MT_EXAMPLES = [
    pytest.param(family, before, after, id=id_)
    for id_, (family, before, after) in zip(
        _family_ids(MT_RULES.examples), MT_RULES.examples, strict=True
    )
]


@pytest.mark.parametrize(("family", "before", "after"), MT_EXAMPLES)
def test_mt_examples_are_cleaned(family, before, after):
    result = strip_mt_artifacts(before)
    assert result.text == after
    assert apply_edits(before, result.edits) == after
    assert result.edits
    assert all(e.stage == "mt_artifact" for e in result.edits)
    assert {e.rule for e in result.edits} == {family}


@pytest.mark.parametrize(
    ("family", "text"),
    MT_RULES.counterexamples,
    ids=_family_ids(MT_RULES.counterexamples),
)
def test_mt_counterexamples_are_kept(family, text):
    result = strip_mt_artifacts(text)
    assert result.text == text
    assert result.edits == ()


# --- the loader -----------------------------------------------------------------------------


def _clear_caches() -> None:
    boilerplate_rules.cache_clear()
    mt_rules.cache_clear()
    rules_version.cache_clear()


@pytest.fixture
def rules_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the rule files the loader reads instead of the real ones."""
    for name in rules_module.RULE_FILES:
        shutil.copy(rules_module.RULES_DIR / name, tmp_path / name)
    _clear_caches()
    monkeypatch.setattr(rules_module, "RULES_DIR", tmp_path)
    yield tmp_path
    monkeypatch.undo()
    _clear_caches()


@pytest.fixture
def code_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the code that applies the rules, which the fingerprint reads instead."""
    for pattern in rules_module.CODE_FILES:
        for path in rules_module.CODE_DIR.glob(pattern):
            target = tmp_path / path.relative_to(rules_module.CODE_DIR)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    _clear_caches()
    monkeypatch.setattr(rules_module, "CODE_DIR", tmp_path)
    yield tmp_path
    monkeypatch.undo()
    _clear_caches()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


GOOD_RULE = """
[[rule]]
name = "sponsor_line"
match = "pattern"
pattern = 'Sponsored by .{1,40}'
examples = ["Sponsored by Acme"]
"""


def _add_rule(rules_dir: Path, rule: str) -> None:
    with (rules_dir / "boilerplate.toml").open("a", encoding="utf-8") as handle:
        handle.write(rule)


def test_copied_rules_load(rules_dir):
    _add_rule(rules_dir, GOOD_RULE)
    names = [r.name for r in boilerplate_rules().rules]
    assert names == [r.name for r in BOILERPLATE_RULES] + ["sponsor_line"]


@pytest.mark.parametrize(
    "rule",
    [
        GOOD_RULE.replace("'Sponsored by .{1,40}'", "'.*'"),
        GOOD_RULE.replace("'Sponsored by .{1,40}'", "'(Sponsored by'"),
        GOOD_RULE.replace("'Sponsored by .{1,40}'", "'[A-Z].{20,}'"),
        GOOD_RULE.replace('["Sponsored by Acme"]', "[]"),
        GOOD_RULE.replace('examples = ["Sponsored by Acme"]\n', ""),
    ],
    ids=["matches-everything", "invalid-regex", "matches-prose", "empty-examples", "no-examples"],
)
def test_loader_refuses_bad_rule(rules_dir, rule):
    _add_rule(rules_dir, rule)
    with pytest.raises(RuleError, match="sponsor_line"):
        boilerplate_rules()


def test_rules_version_changes_with_the_code_that_applies_the_rules(code_dir):
    original = rules_version()
    _edit(code_dir / "clean" / "lexicon.py", "MIN_FOREIGN_SHARE = 0.5", "MIN_FOREIGN_SHARE = 0.6")
    _clear_caches()
    assert rules_version() != original


def test_rules_version_changes_with_a_rule_file(rules_dir):
    original = rules_version()
    _clear_caches()
    assert rules_version() == original
    _edit(rules_dir / "mt_artifacts.toml", "max_fragment_words = 8", "max_fragment_words = 9")
    _clear_caches()
    changed = rules_version()
    assert changed != original
    _edit(rules_dir / "boilerplate.toml", "tail_paragraphs = 3", "tail_paragraphs = 4")
    _clear_caches()
    assert rules_version() not in (original, changed)


@pytest.mark.parametrize("name", ["extract.toml", "urls.toml"])
def test_rules_version_follows_the_extraction_and_url_rules(rules_dir, name):
    original = rules_version()
    with (rules_dir / name).open("a", encoding="utf-8") as rules:
        rules.write("\n# an edit\n")
    _clear_caches()
    assert rules_version() != original


def test_rules_version_of_a_copy_matches_the_real_files(rules_dir, monkeypatch):
    copied = rules_version()
    _clear_caches()
    monkeypatch.setattr(rules_module, "RULES_DIR", REAL_RULES_DIR)
    assert rules_version() == copied


# --- encoding -------------------------------------------------------------------------------


def _check_edits(text: str) -> tuple:
    result = repair_encoding(text)
    assert apply_edits(text, result.edits) == result.text
    for edit in result.edits:
        assert edit.stage == "encoding"
        assert text[edit.char_start : edit.char_end] == edit.removed_text
    return result


def test_mojibake_is_repaired():
    text = "The ministerâ€™s office declined to comment."
    result = _check_edits(text)
    assert result.text == "The minister’s office declined to comment."
    assert [(e.rule, e.removed_text, e.replacement) for e in result.edits] == [("ftfy", "â€™", "’")]


def test_html_entity_is_unescaped():
    text = "Smith &amp; Wesson shares rose."
    result = _check_edits(text)
    assert result.text == "Smith & Wesson shares rose."
    assert [(e.char_start, e.char_end) for e in result.edits] == [(6, 11)]


def test_html_entity_edit_shows_the_whole_entity():
    result = repair_encoding("Smith &amp; Wesson shares rose.")
    assert [(e.removed_text, e.replacement) for e in result.edits] == [("&amp;", "&")]


def test_bare_ampersands_are_kept_beside_an_entity():
    text = "Q&A: AT&T and R & D &amp; more."
    result = _check_edits(text)
    assert result.text == "Q&A: AT&T and R & D & more."
    assert [(e.removed_text, e.replacement) for e in result.edits] == [("&amp;", "&")]
    assert repair_encoding("Q&A with AT&T on R & D.").edits == ()


def test_zero_width_space_is_removed():
    text = "The Krem\u200blin said nothing."
    result = _check_edits(text)
    assert result.text == "The Kremlin said nothing."
    assert [(e.rule, e.removed_text, e.replacement) for e in result.edits] == [
        ("invisible_character", "\u200b", "")
    ]


def test_curly_quotes_are_kept():
    text = "“It’s a ‘model’ partnership,” she said. Ça va — « oui »."
    result = repair_encoding(text)
    assert result.text == text
    assert result.edits == ()


def test_encoding_fixes_in_one_paragraph_are_separate_edits():
    text = "Smith &amp; Wesson.\n\nThe ministerâ€™s Krem\u200blin office."
    result = _check_edits(text)
    assert result.text == "Smith & Wesson.\n\nThe minister’s Kremlin office."
    assert {e.rule for e in result.edits} == {"ftfy", "invisible_character"}
    assert len(result.edits) == 3
