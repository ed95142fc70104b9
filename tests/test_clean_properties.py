"""Properties of the cleaning stages on generated text: edits are honest, cleaning is stable."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.clean.article import clean_document
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.encoding import repair_encoding
from pipeline.clean.mt_artifacts import strip_mt_artifacts
from pipeline.clean.structure import fix_structure
from pipeline.clean.text import apply_edits, layout
from pipeline.types import Article, Edit, RawDocument, Reject
from tests.test_clean_seeds import SEED_IDS, cleaned

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

SENTENCES = [
    "The minister said on Thursday that talks with the union would continue next week.",
    "Prices rose 3% in March, the statistics office said, the fastest pace in a year.",
    "Mr. Putin arrived in Beijing on Thursday for talks with President Xi Jinping.",
    "The U.S. and its allies imposed new sanctions on Russian banks.",
    "“We are stronger together,” he said.",
    "He said the emerging world ... is now taking shape.",
    "Among them was Foreign Minister Sergei V. Lavrov.",
    "Who is the owner?",
    "Trade reached a record $240 billion last year!",
    "junior partner",
    "Putin and Xi Announce Plans to Strengthen Military Ties in Beijing",
]
DEBRIS = [
    "Ta.",
    "did.",
    ". .",
    ".",
    "There is.",
    "Jinping.",
    "welcomed Mr.",
    "became.",
    "are or can Do not make public",
    "Weapons",
    "and Foreign Minister Sergei V. Lavrov.",
    "made it possible to maintain.",
]
BOILERPLATE = [
    "Skip to main content",
    "Cloudy icon",
    "1 / 16",
    "Recommended Videos",
    "Advertisement",
    "Photo: Reuters",
    "Firefighters work at the scene. (AP Photo/Jane Doe)",
    "Jane Doe contributed reporting from London.",
    "This article originally appeared in The New York Times.",
    "© 2024 The Associated Press. All rights reserved.",
]
DAMAGE = [
    "ministerâ€™s",
    "&amp;",
    "&quot;",
    "Krem\u200blin",
    "soft\u00adhyphen",
    "\ufeff",
    "e\u0301",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n", "\r\n", " \n\t "]

piece = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(DEBRIS),
    st.sampled_from(BOILERPLATE),
    st.sampled_from(DAMAGE),
    st.text(max_size=12),
)
documents = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=20).map(
    lambda parts: "".join(p + sep for p, sep in parts)
)


@dataclass
class StageRun:
    name: str
    input: str
    output: str
    edits: tuple[Edit, ...]


def run_stages(raw_text: str) -> list[StageRun]:
    """The stages of clean_document for a text document, in its order, each on the last's output."""
    stages = [
        ("encoding", repair_encoding),
        ("boilerplate", strip_boilerplate),
        ("structure", lambda t: fix_structure(t, None, find_title=True)),
        ("mt_artifact", strip_mt_artifacts),
    ]
    runs = []
    text = layout(raw_text)
    for name, stage in stages:
        result = stage(text)
        runs.append(StageRun(name, text, result.text, result.edits))
        text = result.text
    return runs


def check_edits(run: StageRun) -> None:
    """Edit spans lie in the stage input, do not overlap, and turn the input into the output."""
    position = 0
    for edit in sorted(run.edits, key=lambda e: (e.char_start, e.char_end)):
        assert edit.stage == run.name
        assert edit.char_start is not None and edit.char_end is not None
        assert 0 <= edit.char_start <= edit.char_end <= len(run.input)
        assert edit.char_start >= position, f"overlapping edits in {run.name}: {run.edits}"
        assert run.input[edit.char_start : edit.char_end] == edit.removed_text
        assert edit.removed_text or edit.replacement, "an edit that changes nothing"
        position = edit.char_end
    assert apply_edits(run.input, run.edits) == run.output


def text_doc(text: str, meta=None) -> RawDocument:
    if meta is None:
        return RawDocument(source_uri="stdin:test", kind="text", text=text)
    return RawDocument(source_uri="stdin:test", kind="text", text=text, meta=meta)


@SETTINGS
@given(documents)
def test_stage_edits_explain_the_output(raw_text):
    for run in run_stages(raw_text):
        check_edits(run)


@SETTINGS
@given(st.text(max_size=300))
def test_stage_edits_explain_the_output_for_any_text(raw_text):
    for run in run_stages(raw_text):
        check_edits(run)


@SETTINGS
@given(documents)
@example(
    "The minister said on Thursday that talks with the union would continue next week.\n\ufeff"
)
def test_body_has_layout_shape(raw_text):
    article = clean_document(text_doc(raw_text))
    if isinstance(article, Reject):
        return
    body = article.body
    assert body == body.strip()
    assert "\n\n\n" not in body
    assert all(p and p == p.strip() and "\n" not in p for p in body.split("\n\n"))
    assert body == layout(body)


@SETTINGS
@given(documents)
@example(
    # The debris "Ta." is removed after the repeated-paragraph check has run, leaving two
    # identical paragraphs; the second cleaning then removes one of them.
    "The minister said on Thursday that talks with the union would continue next week. Ta.\n"
    "The minister said on Thursday that talks with the union would continue next week.\n"
)
def test_cleaning_is_idempotent(raw_text):
    first = clean_document(text_doc(raw_text))
    if isinstance(first, Reject):
        return
    second = clean_document(text_doc(first.body, first.meta))
    assert isinstance(second, Article)
    assert second.body == first.body


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_any_text_cleans_without_exception(raw_text):
    result = clean_document(text_doc(raw_text))
    assert isinstance(result, Article | Reject)
    if isinstance(result, Article):
        assert result.body
        assert 0.0 <= result.mt_score <= 1.0


def test_one_megabyte_paragraph():
    sentence = "The minister said on Thursday that talks with the union would continue next week. "
    paragraph = (sentence * (1_000_000 // len(sentence))) + "The ministerâ€™s office declined."
    article = clean_document(text_doc(paragraph))
    assert isinstance(article, Article)
    assert len(article.body) > 990_000
    assert "\n" not in article.body
    assert article.body.endswith("The minister’s office declined.")
    assert article.body == paragraph.replace("â€™", "’").strip()


def test_hundred_thousand_particles():
    text = "The talks ended on Friday. " + "Ta. " * 100_000 + "\n\nBoth sides left Beijing."
    article = clean_document(text_doc(text))
    assert isinstance(article, Article)
    assert article.body == "The talks ended on Friday.\n\nBoth sides left Beijing."
    assert article.mt_suspect
    assert len([e for e in article.edits if e.rule == "particle"]) == 100_000


def test_text_with_nothing_left_is_rejected():
    result = clean_document(text_doc("\ufeff\nTa."))
    assert isinstance(result, Reject)
    assert result.error_type == "no_text"


def test_only_debris_is_rejected():
    result = clean_document(text_doc("Ta.\n\n. .\n\nSkip to main content"))
    assert isinstance(result, Reject)
    assert result.error_type == "no_text"


def test_seeds_are_stable_under_recleaning():
    for seed in SEED_IDS:
        first = cleaned(seed)
        second = clean_document(text_doc(first.body, first.meta))
        assert isinstance(second, Article)
        assert second.body == first.body, seed
        assert [e for e in second.edits if e.char_start is not None] == [], seed
