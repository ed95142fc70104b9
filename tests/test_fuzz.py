"""Random bytes and random HTML through the readers, the extractor and the cleaner: nothing raises.

Set NEWSDEDUP_FUZZ_EXAMPLES (e.g. 20000) for a long run; CI runs a few hundred of each.
"""

import gzip
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import sources
from pipeline.clean.article import clean_document
from pipeline.extract import extract_html
from pipeline.types import Article, RawDocument, Reject

# A few hundred examples keep CI under ten seconds; a long run is one variable away.
EXAMPLES = int(os.environ.get("NEWSDEDUP_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
SUFFIXES = [".txt", ".html", ".jsonl", ".txt.gz", ".html.gz", ".jsonl.gz"]
TAGS = st.sampled_from(
    [
        "p",
        "div",
        "article",
        "main",
        "span",
        "h1",
        "h2",
        "li",
        "ul",
        "script",
        "nav",
        "footer",
        "a",
        "figure",
        "figcaption",
        "time",
        "meta",
        "title",
        "br",
        "table",
        "td",
        "!--",
        "html",
    ]
)


@st.composite
def pages(draw) -> str:
    """Tag soup: opening and closing tags in any order, attributes and text of any characters."""
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag, kind = draw(TAGS), draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.text(max_size=120)))
        else:
            parts.append(
                f'<{tag} class="{draw(st.text(max_size=12))}" content="{draw(st.text(max_size=30))}">'
            )
    return "".join(parts)


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES), compress=st.booleans())
def test_any_file_becomes_documents_or_rejects(tmp_path_factory, data, suffix, compress):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and compress else data)
    for item in sources.read(str(path)):
        assert isinstance(item, RawDocument | Reject)
        if isinstance(item, Reject):
            assert item.message.strip()
        else:
            _check_cleaned(clean_document(item))


@FUZZ
@given(page=pages())
def test_any_page_extracts_and_cleans(page):
    extraction = extract_html(page, None)
    assert isinstance(extraction.text, str)
    _check_cleaned(clean_document(RawDocument("file:///page.html", "html", page)))


def _check_cleaned(result: Article | Reject) -> None:
    """An article in the contract's shape, or a reject that says why."""
    if isinstance(result, Reject):
        assert result.message.strip()
        return
    assert result.body == result.body.strip() and "\n\n\n" not in result.body
    assert 0.0 <= result.mt_score <= 1.0
