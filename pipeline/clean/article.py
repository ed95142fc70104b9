"""Turn one raw document into a cleaned article, running every stage and keeping every edit."""

import hashlib
import math
from dataclasses import replace

from pipeline.clean import lexicon
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.chrome import chrome_rules
from pipeline.clean.encoding import repair_encoding
from pipeline.clean.mt_artifacts import strip_mt_artifacts
from pipeline.clean.rules import boilerplate_rules, mt_rules, rules_version
from pipeline.clean.structure import fix_structure
from pipeline.clean.text import PARAGRAPH_SEPARATOR, layout, words
from pipeline.extract import extract_html
from pipeline.types import Article, Edit, Metadata, RawDocument, Reject
from pipeline.urls import identity_url, url_rules

# mt_score = 1 - exp(-debris per 1000 words / scale). With 2.0, one piece of debris per
# thousand words scores 0.39 and three or more score above 0.78 (seed 001 has about six per
# thousand, seed 002 about one and a half; the human-written seeds none).
MT_RATE_SCALE = 2.0
MT_SUSPECT_SCORE = 0.5
# Passes of boilerplate -> structure -> mt_artifact; the seeds settle after two (the second
# changes nothing), so four leaves room for chains of one removal enabling another.
MAX_PASSES = 4
# No article has more paragraphs: the longest of the extraction benchmark's pages and bodies
# has 256. A text of a million tiny paragraphs took 27 s to clean; past this one is rejected.
MAX_PARAGRAPHS = 20_000
# Nor does a news page have more tags ("<" counted): the extraction benchmark's pages have
# 3,229 at most, and a page of 100,000 nested <div>s 200,000. Parsing takes about 14
# microseconds a tag (a page of a million tiny paragraphs took 28 s); past this a page is
# rejected unparsed.
MAX_PAGE_TAGS = 250_000


def load_rules() -> None:
    """Read every rule file and word list the cleaner uses (1.4 s of CPU, mostly the word
    lists), so that processes forked afterwards start with them instead of each reading them."""
    boilerplate_rules()
    mt_rules()
    chrome_rules()
    url_rules()
    rules_version()
    lexicon.load()


def clean_document(raw: RawDocument) -> Article | Reject:
    """Extract, repair, strip and reshape a document; a document with no text left is rejected."""
    edits: list[Edit] = []
    meta = raw.meta
    page = None
    if raw.kind == "html":
        if too_big := _too_many_tags(raw):
            return too_big
        page = extract_html(raw.text, raw.meta.url)
        edits.extend(page.dropped)
        meta = _merge(raw.meta, page.meta)
        text = page.text
    else:
        text = layout(raw.text)
    if too_big := _too_many_paragraphs(raw, text):
        return too_big
    repaired = repair_encoding(text)
    edits.extend(repaired.edits)
    text = repaired.text
    debris = 0
    # Removing debris can make a paragraph a repeat or a chrome line, and removing repeats
    # can bring a credit line into the article's tail: the stages run until nothing changes.
    for _ in range(MAX_PASSES):
        chrome = strip_boilerplate(text)
        shaped = fix_structure(chrome.text, meta.title, find_title=raw.kind == "text")
        sentences = strip_mt_artifacts(shaped.text)
        edits.extend(chrome.edits + shaped.edits + sentences.edits)
        debris += len(sentences.edits)
        meta = replace(meta, title=shaped.title)
        if chrome.byline:
            meta = replace(meta, byline="; ".join(filter(None, (meta.byline, chrome.byline))))
        text = sentences.text
        if not (chrome.edits or shaped.edits or sentences.edits):
            break
    body = text
    # A page that is not an article is kept, flagged, whatever text it has; an article with
    # no text left is an input that became nothing, so it is rejected with what removed it.
    if not body and (page is None or page.is_article):
        removed = sorted({e.rule for e in edits})
        return Reject(
            raw.source_uri,
            "structure",
            "no_text",
            f"no article text left (removed: {', '.join(removed) or 'nothing'})",
        )
    word_count = len(words(body))
    score = mt_score(debris, word_count)
    digest = hashlib.sha256(body.encode()).hexdigest()
    canonical = identity_url(raw.meta.url or meta.url, page.meta.url if page else None)
    return Article(
        article_id=article_id(raw, meta, digest, canonical),
        source_uri=raw.source_uri,
        meta=meta,
        body=body,
        body_sha256=digest,
        word_count=word_count,
        mt_score=score,
        mt_suspect=score >= MT_SUSPECT_SCORE,
        edits=tuple(edits),
        rules_version=rules_version(),
        is_article=page.is_article if page else True,
        not_article_reason=page.not_article_reason if page else None,
        canonical_url=canonical,
        validators=raw.validators,
    )


def _too_many_tags(raw: RawDocument) -> Reject | None:
    """A page with more tags than a news page has, rejected before its costly parse."""
    tags = raw.text.count("<")
    if tags <= MAX_PAGE_TAGS:
        return None
    message = f"{tags:,} tags, more than the {MAX_PAGE_TAGS:,} a news page has: not parsed"
    return Reject(raw.source_uri, "extract", "too_many_tags", message)


def _too_many_paragraphs(raw: RawDocument, text: str) -> Reject | None:
    """A text with more paragraphs than an article has, rejected before it is cleaned."""
    count = text.count(PARAGRAPH_SEPARATOR) + 1  # layout and extraction put one between two
    if count <= MAX_PARAGRAPHS:
        return None
    message = f"{count:,} paragraphs, more than the {MAX_PARAGRAPHS:,} an article has: not cleaned"
    return Reject(raw.source_uri, "structure", "too_many_paragraphs", message)


def mt_score(debris_count: int, word_count: int) -> float:
    """How likely a text is machine translated (0..1), from its debris per thousand words."""
    if word_count == 0:
        return 0.0
    return round(1.0 - math.exp(-(1000.0 * debris_count / word_count) / MT_RATE_SCALE), 4)


def article_id(
    raw: RawDocument, meta: Metadata, body_sha256: str, canonical_url: str | None
) -> str:
    """A stable id: from the canonical url, else the record id, else the source (stdin: body).

    Two addresses of one story (tracking parameters, AMP or mobile pages, a declared
    rel=canonical) give one canonical url, so they are one article.
    """
    if canonical_url:
        key = "url:" + canonical_url
    elif meta.url:
        key = "url:" + meta.url
    elif meta.external_id:
        key = "id:" + meta.external_id
    elif raw.source_uri.startswith("stdin:"):
        key = "body:" + body_sha256
    else:
        key = "source:" + raw.source_uri
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _merge(given: Metadata, found: Metadata) -> Metadata:
    """Metadata the input gave wins; what the page says fills the gaps."""
    return Metadata(
        url=given.url or found.url,
        title=given.title or found.title,
        byline=given.byline or found.byline,
        outlet=given.outlet or found.outlet,
        language=given.language or found.language,
        published_at=given.published_at or found.published_at,
        external_id=given.external_id,
        retrieved_at=given.retrieved_at,
    )
