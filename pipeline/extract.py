"""Article extraction from news HTML: body text, metadata, and the page blocks left out.

The page is cut into text blocks (paragraph-like runs of inline text) in one iterative walk of the
BeautifulSoup tree. Each block-level element remembers the range of blocks it holds, so any
subtree statistic is a difference of prefix sums. Boilerplate subtrees (by tag, by class/id rule
from rules/extract.toml, hidden) are dropped unless they hold most of the page's prose; the main
content container is the element whose blocks have the largest prose-minus-link-text score.
Everything is linear in the size of the page and nothing recurses over the tree.
"""

from __future__ import annotations

import bisect
import html as html_lib
import json
import re
import tomllib
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import (
    BeautifulSoup,
    MarkupResemblesLocatorWarning,
    NavigableString,
    XMLParsedAsHTMLWarning,
)

from pipeline.types import Edit, Extraction, Metadata

RULES_PATH = Path(__file__).with_name("rules") / "extract.toml"

# bs4 warns when a page starts with an XML declaration (XHTML) or is short enough to look like
# a file name; both are expected input here, and the warnings would flood a crawl's log.
for _category in (XMLParsedAsHTMLWarning, MarkupResemblesLocatorWarning):
    warnings.filterwarnings("ignore", category=_category, module=__name__)

# Dropped-block summary caps (the spec asks for a summary: a few hundred entries, 200 chars each).
MAX_DROPPED = 300
DROPPED_TEXT_CHARS = 200

# A block is "prose" from this many characters on: shorter than one short sentence in English,
# Portuguese or Russian, about two short Korean clauses (tuned on the aeb pages, 20..40 all work).
MIN_PROSE_CHARS = 30
# Share of a block's characters inside links above which it is navigation, not prose
# (readability and trafilatura both use 0.5 for paragraph-level link density).
MAX_LINK_DENSITY = 0.5
# A boilerplate-looking container holding more than this share of all prose on the page is a
# page wrapper with an unlucky class name ("single-post with-comments"), not boilerplate.
WRAPPER_PROSE_SHARE = 0.5
# ... and so is one around an "article body"-classed element holding this share of the prose
# (a widget's "entry-content" teaser must not shield its sidebar).
HINT_PROSE_SHARE = 0.2
# Score multipliers for containers that say they hold the article (itemprop=articleBody,
# class "article-body"-ish, <article>/<main>): modest, so markup hints break near-ties only.
HINT_BONUS = {0: 1.0, 1: 1.1, 2: 1.25, 3: 1.35}
# Short blocks (bylines, "Advertisement", dates) cost this many characters each in the score,
# so a container is not widened just to take in a few scraps (aeb tuning; 0..10 similar).
SHORT_BLOCK_PENALTY = 5.0
# Teaser-card lists: at least this many alike siblings, this share of them card-like (a
# headline link among the first two blocks), each card at most this many blocks (title,
# kicker, summary, byline, date: a card is ~2-6 blocks).
CARD_MIN_SIBLINGS = 3
CARD_SHARE = 0.6
CARD_MAX_BLOCKS = 8
# ... and at most this much prose (teaser summaries are one to three sentences).
CARD_MAX_PROSE_CHARS = 500
# JSON-LD articleBody as a hint: prose blocks found in it count this many times their length,
# prose blocks not in it count LD_MISS_WEIGHT times (negative: a complete body that does not
# have them says they are not the article) or, for short/truncated bodies, half.
LD_MATCH_WEIGHT = 2.0
LD_MISS_WEIGHT = -0.3
LD_MISS_WEIGHT_TRUNCATED = 0.5
LD_COMPLETE_CHARS = 500
# Each prose block is looked up in the articleBody by its first LD_PROBE_CHARS characters
# (long enough to be unique, short enough to survive markup/metadata differences further on);
# when the blocks found add up to less than LD_MIN_COVERAGE of the body, it describes some
# other rendering of the story and only halves what it lacks.
LD_PROBE_CHARS = 60
LD_MIN_COVERAGE = 0.5
# Text of dropped boilerplate inside a container counts this much against it (a little: an
# article split around an ad or a related box must still be taken whole).
DROPPED_WEIGHT = 0.1
# CJK scripts pack about two Latin letters' worth into each character (a Hangul syllable or
# a Han character is a short word or morpheme): in blocks mostly written in them, characters
# count double against the character thresholds above and below.
WIDE_SCRIPT_SCALE = 2
# Pages whose extracted body is shorter than this are not articles (about two sentences).
MIN_ARTICLE_CHARS = 250
# An "index page" has a short body (under two article minimums) with fewer prose paragraphs
# than this, on a page whose visible text is mostly link text (same 0.5 as above) ...
MIN_ARTICLE_PARAGRAPHS = 2
INDEX_PAGE_LINK_SHARE = 0.5
# ... or most of its body text comes from teaser-card lists (headline link + summary, repeated).
INDEX_PAGE_CARD_SHARE = 0.5
# A page whose whole visible body text is below this and that ships scripts is a JS shell.
JS_SHELL_MAX_CHARS = 200
# JSON-LD walks stop at this depth and this many nodes (real graphs are < 10 deep, < 500 nodes).
JSONLD_MAX_DEPTH = 12
JSONLD_MAX_NODES = 5000
# Title suffixes (" | Site") not naming the outlet are cut when they have at most this many
# words (site names are short; "Headline | Subhead" halves are longer).
MAX_SITE_SUFFIX_WORDS = 4
# A byline-classed box longer than this is an author bio, not a byline.
MAX_BYLINE_CHARS = 120

# fmt: off
_BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr",
    "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "form", "fieldset",
    "address", "center", "details", "summary", "hgroup", "menu", "legend", "body", "dialog",
))
# fmt: on
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Tags whose content is never article text (form controls, media, head-only elements).
# fmt: off
_SKIP_TAGS = frozenset((
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "video",
    "audio", "canvas", "select", "option", "textarea", "button", "input", "img", "picture",
    "source", "link", "title", "map", "area", "label",
))
# fmt: on
# Structural tags dropped as a whole (subject to the wrapper guard), with the rule name used.
_STRUCTURAL_RULES = {
    "nav": "nav",
    "menu": "nav",
    "footer": "footer",
    "aside": "aside",
    "header": "header",
    "form": "form",
    "figcaption": "caption",
    "dialog": "overlay",
}
# Rules the wrapper guard may overrule; the others (comments, captions, hidden) always drop,
# unless the result is empty and the whole selection is redone leniently.
# fmt: off
_GUARDED_RULES = frozenset((
    "header", "footer", "aside", "form", "nav", "navigation", "sidebar", "boilerplate_class",
    "byline", "tags", "related", "share", "hidden", "overlay", "ad", "newsletter", "paywall",
))
# fmt: on

# A block ending like a sentence is text even when short (CJK sentences are short in chars).
_SENTENCE_END = (".", "!", "?", ":", "\u3002", "\uff01", "\uff1f", "\u2026", '"', "\u201d")
# Class rules that still apply to <article> and <main> (a WordPress comment is an <article>).
_ARTICLE_TAG_RULES = frozenset(("comments", "overlay", "hidden"))
# Class/id rules that still apply to inline elements (span.caption, span.sr-only, ins.ad).
_INLINE_RULES = frozenset(("hidden", "caption", "ad", "share", "comments", "byline", "overlay"))

# Removed before parsing, in one left-to-right scan: comments, script/style-like elements,
# media, void elements and empty elements never carry article text, and fewer nodes is most
# of BeautifulSoup's cost. Attributes run up to the tag's ">": quotes delimit a value only
# right after "=" (a stray apostrophe in an unquoted value must not swallow the page), and
# the loop is possessive, so it never backtracks. Nor does it run over a "<": a tag's scan
# stops where the next tag starts, so no two scans overlap and the pass stays linear (an
# unclosed quote, or thousands of tags inside quotes, made it quadratic); a tag with "<" in
# an attribute is left to the parser.
_ATTRS = r"""(?:=\s*"[^"<]*"|=\s*'[^'<]*'|[^<>])*+>"""
_PRESTRIP_RE = re.compile(
    # group 1: elements removed with their content, up to the matching end tag
    r"<(!--|script|style|noscript|template|svg|iframe|object|video|audio|canvas|select"
    r"|textarea|picture|nav|aside|footer)(?=[\s>/]|(?<=!--))"
    r"|<(?:img|source|input|wbr|track|embed|param|area)(?=[\s>/])"
    + _ATTRS
    # empty elements (icon <i>s, clearing <div>s, emptied image links) and <link>s that are
    # neither canonical nor author: no text, but each one costs BeautifulSoup a Tag
    + r"|<(a|i|span|div|p|b|em|strong|li|ins|ul|section|figure|label|u|small|center|font|td|tr)"
    r"(?=[\s>/])" + _ATTRS + r"\s*</\2\s*>"
    r"|<link\b(?![^<>]*\brel\s*=\s*[\"']?(?:canonical|author))" + _ATTRS,
    re.IGNORECASE,
)
# End of each group-1 element; elements whose end is missing are cut to the end of the page
# when their content is raw text for the HTML parser too (a browser shows nothing after an
# unclosed <script> or comment), otherwise only the start tag goes.
_PRESTRIP_END = {
    name: re.compile(r"-->" if name == "!--" else rf"</{name}\s*>", re.IGNORECASE)
    for name in (
        "!--",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "video",
        "audio",
        "canvas",
        "select",
        "textarea",
        "picture",
        "nav",
        "aside",
        "footer",
    )
}
_RAW_TEXT = frozenset(("!--", "script", "style", "textarea", "template", "noscript"))
# Kept (not stripped) on the second try, when stripping them lost the article.
_PRESTRIP_RULES = {"nav": "nav", "aside": "aside", "footer": "footer"}
_JSONLD_RE = re.compile(
    r"<script[^>]*?application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_SCRIPT_RE = re.compile(r"<script\b", re.IGNORECASE)
_NON_ALNUM_RE = re.compile(r"[\W_]+")
# Hangul Jamo, CJK punctuation/kana, CJK ideographs (+ext. A), Hangul syllables, fullwidth forms
_CJK_RE = re.compile("[\u1100-\u11ff\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_TAG_RE = re.compile(r"<[^>]*>")
# "By", "Por", "Di", "От", "Автор": byline lead words of the benchmark languages and neighbours
_BY_RE = re.compile(
    r"^(?:by|por|di|de|von|par|\u043e\u0442|\u0430\u0432\u0442\u043e\u0440)\s*:?\s+", re.IGNORECASE
)
_TITLE_SEP_RE = re.compile(r"\s+(?:\||-|\u2013|\u2014|\u00b7|::|\u00bb|/)\s+")


@dataclass(frozen=True)
class _Rules:
    """Compiled class/id rules, so the TOML is read and checked once per process."""

    positive: re.Pattern[str]
    keep: re.Pattern[str]
    boilerplate: re.Pattern[str]
    ad_labels: frozenset[str] = frozenset()


_NEVER = "(?!)"  # an empty list must match nothing, not (as "" would) everything


def _load_rules(path: Path = RULES_PATH) -> _Rules:
    """Read and validate the rule lists: a bad rule file must fail at import, not mid-crawl."""
    data = tomllib.loads(path.read_text("utf-8"))
    positive = data.get("positive")
    keep = data.get("keep")
    groups = data.get("boilerplate")
    for name, value in (("positive", positive), ("keep", keep)):
        if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
            raise ValueError(f"{path}: {name!r} must be a list of non-empty strings")
    if not isinstance(groups, dict) or not groups:
        raise ValueError(f"{path}: '[boilerplate]' must be a table of pattern lists")
    parts = []
    for name, patterns in groups.items():
        if not re.fullmatch(r"[a-z_]+", name):
            raise ValueError(f"{path}: bad boilerplate category name {name!r}")
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
            raise ValueError(f"{path}: boilerplate.{name} must be a list of non-empty strings")
        _check_patterns(path, patterns)
        parts.append(f"(?P<{name}>{'|'.join(patterns)})")
    _check_patterns(path, [*positive, *keep])
    labels = data.get("ad_labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
        raise ValueError(f"{path}: 'ad_labels' must be a list of non-empty strings")
    return _Rules(
        positive=re.compile("|".join(positive) or _NEVER),
        keep=re.compile("|".join(keep) or _NEVER),
        boilerplate=re.compile("|".join(parts)),
        ad_labels=frozenset(x.lower() for x in labels),
    )


def _check_patterns(path: Path, patterns: list[str]) -> None:
    """Compile each pattern alone, so a typo names its file and pattern instead of a group."""
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"{path}: bad pattern {p!r}: {exc}") from exc


RULES = _load_rules()
# class/id string -> (says "article body", boilerplate rule): pages repeat the same class strings
# hundreds of times and sites repeat them across pages; bounded so a crawl cannot grow it forever.
_CLASS_CACHE: dict[str, tuple[bool, str | None]] = {}
CLASS_CACHE_SIZE = 50_000


class _Walk:
    """The blocks and block-level elements of one page, filled by a single iterative walk."""

    def __init__(self) -> None:
        """Start empty; `run` fills the parallel lists."""
        # blocks
        self.text: list[str] = []
        self.length: list[int] = []
        self.link: list[int] = []
        self.owner: list[int] = []  # index of the innermost block element
        self.scale: list[int] = []  # WIDE_SCRIPT_SCALE for CJK-script blocks, else 1
        # elements (block-level, or carrying a rule or hint)
        self.el_tag: list[str] = []
        self.el_start: list[int] = []
        self.el_end: list[int] = []
        self.el_hint: list[int] = []
        self.el_parent: list[int] = []
        self.el_cls: list[str] = []
        self.lead_link: list[bool] = []  # the block starts inside a link (teaser titles)
        self.cands: list[tuple[int, str]] = []  # (element index, rule)
        # metadata seen on the way
        self.metas: dict[str, str] = {}
        self.times: list[str] = []
        self.rel_author: list[str] = []
        self.canonical: str | None = None
        self.link_chars = 0
        self.total_chars = 0

    def run(self, root) -> None:
        """Walk the tree depth-first with an explicit stack: no recursion, no end-tag lookups."""
        text, length, link, owner, scale = self.text, self.length, self.link, self.owner, self.scale
        el_tag, el_start, el_end = self.el_tag, self.el_start, self.el_end
        el_hint, cands = self.el_hint, self.cands
        el_parent, el_cls, lead_link = self.el_parent, self.el_cls, self.lead_link
        positive, boiler, keep = RULES.positive.search, RULES.boilerplate.search, RULES.keep.search
        cache = _CLASS_CACHE
        block_tags, skip_tags, structural = _BLOCK_TAGS, _SKIP_TAGS, _STRUCTURAL_RULES
        buf: list[str] = []
        buf_link = 0
        buf_lead = -1  # -1: no visible text yet; else 1/0: first visible text was/wasn't a link
        link_depth = 0
        open_els: list[int] = []
        stack: list = [root]
        pop, push, extend = stack.pop, stack.append, stack.extend
        cjk_findall = _CJK_RE.findall
        string_type = NavigableString

        def flush() -> None:
            """Close the current block: inline text ends at every block boundary."""
            nonlocal buf_link, buf_lead
            if buf:
                t = " ".join("".join(buf).split())
                if t:
                    text.append(t)
                    n = len(t)
                    length.append(n)
                    lk = min(n, buf_link)
                    link.append(lk)
                    owner.append(open_els[-1] if open_els else -1)
                    lead_link.append(buf_lead == 1)
                    # a cheap byte count skips Latin text; then more than half Han, kana or
                    # Hangul characters make a block "wide" (a character says more there)
                    scale.append(
                        WIDE_SCRIPT_SCALE
                        if len(t.encode()) > 1.5 * n and 2 * len(cjk_findall(t)) > n
                        else 1
                    )
                    self.total_chars += n
                    self.link_chars += lk
                buf.clear()
            buf_link = 0
            buf_lead = -1

        while stack:
            node = pop()
            t = type(node)
            if t is string_type:
                buf.append(node)
                if link_depth:
                    buf_link += len(node.strip())
                    if buf_lead < 0 and not node.isspace():
                        buf_lead = 1
                elif buf_lead < 0 and not node.isspace():
                    buf_lead = 0
                continue
            if t is int:  # end of a recorded element
                flush()
                el_end[node] = len(text)
                open_els.pop()
                continue
            if t is bool:  # end of a link
                link_depth -= 1
                continue
            name = getattr(node, "name", None)
            if name is None:  # comments, doctypes, processing instructions
                continue
            if name in skip_tags:
                if name == "link":
                    self._link(node.attrs)
                continue
            attrs = node.attrs
            if name == "br" or name == "hr":
                flush()
                continue
            if name == "meta":
                self._meta(attrs)
                continue
            if name == "time":
                dt = attrs.get("datetime")
                if dt:
                    self.times.append(dt)
            rule = structural.get(name)
            hint = 1 if name == "article" or name == "main" else 0
            cls = attrs.get("class")
            ident = attrs.get("id")
            if (cls or ident) and name != "body":  # <body class="single comments-open">
                key = f"{cls or ''} {ident or ''}"
                verdict = cache.get(key)
                if verdict is None:
                    low = key.lower()
                    if positive(low):
                        verdict = (True, None)
                    elif keep(low):
                        verdict = (False, None)
                    else:
                        m = boiler(low)
                        verdict = (False, m.lastgroup if m else None)
                    if len(cache) >= CLASS_CACHE_SIZE:
                        cache.clear()
                    cache[key] = verdict
                if verdict[0]:
                    hint = 2
                    if rule != "caption":
                        rule = None
                elif rule is None and (hint == 0 or verdict[1] in _ARTICLE_TAG_RULES):
                    # <article>/<main> carry CMS classes ("tag-politics", "has-sidebar");
                    # only a comment or overlay class overrides what the tag says
                    rule = verdict[1]
            if "articleBody" in (attrs.get("itemprop") or ""):
                hint, rule = 3, None
            if "hidden" in attrs or attrs.get("aria-hidden") == "true":
                rule = "hidden"
            else:
                style = attrs.get("style")
                if style and "none" in style and "display:none" in style.replace(" ", ""):
                    rule = "hidden"
            if name not in block_tags:
                # inline markup never says "article body" (BBC's a.story-body__link) and only
                # hides or captions text; other class rules on inline tags would cut sentences
                hint = 0
                if rule not in _INLINE_RULES:
                    rule = None
            if name == "a":
                rel = attrs.get("rel")
                if rel and "author" in rel:
                    self.rel_author.append(node.get_text(" ", strip=True))
                if rule is None and hint == 0:
                    link_depth += 1
                    push(True)
                    contents = node.contents
                    if contents:
                        extend(reversed(contents))
                    continue
            if rule is None and hint == 0 and name not in block_tags:
                contents = node.contents
                if contents:
                    extend(reversed(contents))
                continue
            flush()
            idx = len(el_tag)
            el_tag.append(name)
            el_start.append(len(text))
            el_end.append(len(text))
            el_hint.append(hint)
            el_parent.append(open_els[-1] if open_els else -1)
            el_cls.append(cls if isinstance(cls, str) else "")
            if rule is not None:
                cands.append((idx, rule))
            if name == "a":
                link_depth += 1
                push(True)
            open_els.append(idx)
            push(idx)
            contents = node.contents
            if contents:
                extend(reversed(contents))
        flush()

    def _meta(self, attrs: dict) -> None:
        """Keep the first content of each meta name/property/itemprop (lower-cased key)."""
        content = attrs.get("content")
        if content is None:
            content = attrs.get("datetime")
        if not content:
            return
        for key_attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(key_attr)
            if key:
                for token in key.lower().split():  # itemprop="datePublished dateCreated"
                    self.metas.setdefault(token, content.strip())

    def _link(self, attrs: dict) -> None:
        """Remember the canonical link (first one wins)."""
        rel = attrs.get("rel") or ""
        href = attrs.get("href")
        if href and "canonical" in rel.lower() and self.canonical is None:
            self.canonical = href.strip()


# ---------------------------------------------------------------- JSON-LD


@dataclass
class _LD:
    """What the page's JSON-LD says about the article."""

    body: str = ""
    headline: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


# Meta keys (lower-cased name/property/itemprop) naming the publication time, most specific
# first; JSON-LD datePublished is tried after the first three (Open Graph, schema.org).
# fmt: off
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "article:published", "pubdate",
    "publishdate", "publish-date", "publish_date", "date_published", "publication_date",
    "article.published", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created",
    "dc.date", "sailthru.date", "parsely-pub-date", "date", "datecreated",
)
# fmt: on
_ARTICLE_TYPES = ("article", "posting", "report", "blogposting", "newsarticle")


def _names(value) -> list[str]:
    """Author/publisher values are strings, objects with a name, or lists of either."""
    out = []
    items = value if isinstance(value, list) else [value]
    for item in items[:10]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append(item["name"])
    return [" ".join(n.split()) for n in out if n and n.strip()]


def _parse_jsonld(raw_html: str) -> _LD:
    """Merge every JSON-LD block, preferring the Article-typed object; bad JSON is skipped."""
    ld = _LD()
    objects: list[tuple[bool, dict]] = []
    for m in _JSONLD_RE.finditer(raw_html):
        try:
            data = json.loads(m.group(1).strip().rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [(data, 0)]
        seen = 0
        while stack and seen < JSONLD_MAX_NODES:
            obj, depth = stack.pop()
            seen += 1
            if depth > JSONLD_MAX_DEPTH:
                continue
            if isinstance(obj, list):
                stack.extend((o, depth + 1) for o in reversed(obj))
            elif isinstance(obj, dict):
                typ = obj.get("@type")
                types = typ if isinstance(typ, list) else [typ]
                is_art = any(
                    isinstance(x, str) and x.lower().endswith(_ARTICLE_TYPES) for x in types
                )
                objects.append((is_art, obj))
                graph = obj.get("@graph")
                if isinstance(graph, list):
                    stack.extend((o, depth + 1) for o in reversed(graph))
                main = obj.get("mainEntity")
                if isinstance(main, dict | list):
                    stack.append((main, depth + 1))
    objects.sort(key=lambda x: not x[0])  # article objects first, stable otherwise
    for is_art, obj in objects:
        body = obj.get("articleBody") or obj.get("text") if is_art else obj.get("articleBody")
        if isinstance(body, str) and len(body) > len(ld.body):
            ld.body = body
        if ld.headline is None and isinstance(obj.get("headline"), str):
            ld.headline = obj["headline"]
        if ld.date is None and isinstance(obj.get("datePublished"), str):
            ld.date = obj["datePublished"]
        if not ld.authors and "author" in obj:
            ld.authors = _names(obj["author"])
        if ld.publisher is None and "publisher" in obj:
            pubs = _names(obj["publisher"])
            ld.publisher = pubs[0] if pubs else None
        if ld.url is None and is_art and isinstance(obj.get("url"), str):
            ld.url = obj["url"]
        if ld.language is None and isinstance(obj.get("inLanguage"), str):
            ld.language = obj["inLanguage"]
    return ld


# ---------------------------------------------------------------- metadata helpers


def _parse_date(value: str | None) -> datetime | None:
    """ISO 8601 first (the common case), then RFC 2822; aware times become naive UTC."""
    if not value:
        return None
    value = value.split("[", 1)[0].strip()  # "...+01:00[Europe/Paris]" (RFC 9557 suffix)
    dt = None
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            m = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value)
            if m:
                try:
                    dt = datetime(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    dt = None
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt


def _language(value: str | None) -> str | None:
    """Normalise "en_us" / "PT-br" / "en" to "en-US" / "pt-BR" / "en"."""
    if not value:
        return None
    value = value.strip().replace("_", "-")
    m = re.match(r"([A-Za-z]{2,3})(?:-([A-Za-z]{2}|\d{3}))?(?![A-Za-z])", value)
    if not m:
        return None
    lang = m.group(1).lower()
    return f"{lang}-{m.group(2).upper()}" if m.group(2) else lang


def _host(url: str | None) -> str | None:
    """The host name of a URL without "www.", or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


def _squash(s: str) -> str:
    """Lower-case letters and digits only: compares titles, site names and JSON-LD text loosely
    (quotes, dashes, spacing and entities differ between markup and metadata)."""
    return _NON_ALNUM_RE.sub("", s.lower())


def _clean_title(
    title: str | None, outlet: str | None, host: str | None, h1: str | None = None
) -> str | None:
    """Cut " | Site Name" / " - Site Name" suffixes (and "Site: " prefixes naming the outlet)."""
    if not title:
        return None
    title = " ".join(html_lib.unescape(title).split())
    if h1 and _squash(h1) == _squash(title):
        return title  # the page's own headline says the whole string is the title
    names = {_squash(x) for x in (outlet, host, (host or "").rsplit(".", 1)[0]) if x}
    names.discard("")
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) > 1:
        seps = _TITLE_SEP_RE.findall(title)
        last, first = parts[-1], parts[0]
        if _squash(last) in names or any(n and n in _squash(last) for n in names):
            return " ".join(title[: title.rfind(seps[-1])].split()) or title
        if _squash(first) in names:
            return title[len(first) + len(seps[0]) :].strip() or title
        if (
            seps[-1].strip() == "|"
            and len(last.split()) <= MAX_SITE_SUFFIX_WORDS
            and not (
                h1
                and _squash(h1).startswith(_squash(title[: title.rfind(seps[-1])]))
                and len(_squash(h1)) > len(_squash(title[: title.rfind(seps[-1])]))
            )
        ):
            return title[: title.rfind(seps[-1])].strip() or title
    return title


# ---------------------------------------------------------------- main entry


def _prestrip(html: str, dropped: list[Edit], light: bool = False) -> str:
    """Delete never-text elements before parsing, in linear time; note nav/aside/footer text."""
    out: list[str] = []
    pos = 0
    missing_end: set[str] = set()  # once an end tag is missing, it is missing for all later
    search = _PRESTRIP_RE.search
    while True:
        m = search(html, pos)
        if m is None:
            break
        start, end = m.start(), m.end()
        name = m.group(1)
        if name:
            name = name.lower()
            if light and name in _PRESTRIP_RULES:
                out.append(html[pos:end])
                pos = end
                continue
            close = None if name in missing_end else _PRESTRIP_END[name].search(html, end)
            if close is None:
                missing_end.add(name)
                end = len(html) if name in _RAW_TEXT else html.find(">", end) + 1 or len(html)
            else:
                end = close.end()
                rule = _PRESTRIP_RULES.get(name)
                if rule and len(dropped) < MAX_DROPPED:
                    txt = " ".join(html_lib.unescape(_TAG_RE.sub(" ", html[start:end])).split())
                    if txt:
                        dropped.append(Edit("extract", rule, None, None, txt[:DROPPED_TEXT_CHARS]))
        out.append(html[pos:start])
        out.append(" ")
        pos = end
    out.append(html[pos:])
    return "".join(out)


def extract_html(html: str, url: str | None = None) -> Extraction:
    """Extract body, metadata and dropped blocks of a page; bad HTML degrades, never raises."""
    try:
        try:
            result = _extract(html or "", url, light=False)
        except UnicodeEncodeError:
            # lone surrogates (from a lenient decoder) cannot reach lxml: replace them
            html = html.encode("utf-8", "replace").decode("utf-8")
            result = _extract(html, url, light=False)
        if not result.is_article and any(
            d.rule in _PRESTRIP_RULES.values() and len(d.removed_text) > MIN_PROSE_CHARS
            for d in result.dropped
        ):
            # the article may sit inside an <aside>/<footer>/<nav>: parse again keeping them
            retry = _extract(html or "", url, light=True)
            if len(retry.text) > len(result.text):
                return retry
        return result
    except RecursionError:
        # bs4/lxml internals can still recurse on pathological input: fall back to tag stripping.
        text = " ".join(html_lib.unescape(_TAG_RE.sub(" ", _prestrip(html or "", []))).split())
        return Extraction(
            text=text,
            meta=Metadata(url=url, outlet=_host(url)),
            is_article=len(text) >= MIN_ARTICLE_CHARS,
            not_article_reason=None if len(text) >= MIN_ARTICLE_CHARS else "too little text",
        )


def _extract(html: str, url: str | None, light: bool) -> Extraction:
    """Parse, walk, pick the main container, and assemble the result."""
    dropped: list[Edit] = []
    ld = _parse_jsonld(html) if "ld+json" in html else _LD()
    has_scripts = _SCRIPT_RE.search(html) is not None
    soup = BeautifulSoup(_prestrip(html, dropped, light), "lxml", multi_valued_attributes=None)
    walk = _Walk()
    head = soup.head
    if head is not None:
        for tag in head.find_all(["meta", "link"]):
            if tag.name == "meta":
                walk._meta(tag.attrs)
            else:
                walk._link(tag.attrs)
    root = soup.body or soup
    walk.run(root)

    html_el = soup.html
    meta = _metadata(soup, html_el, walk, ld, url)
    sel = _select(walk, ld, meta, lenient=False)
    if sel.chars < MIN_ARTICLE_CHARS and sel.dropped_prose >= MIN_ARTICLE_CHARS:
        # the article sat in a hidden container (shown by script) or one whose class reads
        # like boilerplate: try again with every drop rule under the wrapper guard
        sel = _select(walk, ld, meta, lenient=True)
    dropped.extend(sel.dropped[: max(0, MAX_DROPPED - len(dropped))])
    text = sel.text

    reason = None
    if walk.total_chars < JS_SHELL_MAX_CHARS and has_scripts:
        reason = "needs JavaScript"
    elif sel.chars < MIN_ARTICLE_CHARS:
        reason = "too little text"
    elif (
        sel.paragraphs < MIN_ARTICLE_PARAGRAPHS
        and sel.chars < 2 * MIN_ARTICLE_CHARS
        and walk.link_chars > INDEX_PAGE_LINK_SHARE * walk.total_chars
    ):
        reason = "index page: mostly links"
    elif sel.card_share > INDEX_PAGE_CARD_SHARE:
        reason = "index page: mostly teasers"
    return Extraction(
        text=text,
        meta=meta,
        dropped=tuple(dropped),
        is_article=reason is None,
        not_article_reason=reason,
    )


@dataclass
class _Selection:
    """The body text chosen from the blocks, with what was left out."""

    text: str
    chars: int  # effective length of text (CJK characters count double)
    dropped: list[Edit]
    paragraphs: int
    dropped_prose: int
    card_share: float  # share of the body text that comes from teaser-card lists


def _select(walk: _Walk, ld: _LD, meta: Metadata, lenient: bool) -> _Selection:
    """Drop boilerplate subtrees, pick the best-scoring container, and assemble its blocks."""
    n = len(walk.text)
    texts, lengths, links, owners, scale = walk.text, walk.length, walk.link, walk.owner, walk.scale
    el_tag, el_start, el_end = walk.el_tag, walk.el_start, walk.el_end
    n_el = len(el_tag)
    dropped: list[Edit] = []
    drop_rule: list[str | None] = [None] * n

    linky = [links[i] > lengths[i] * MAX_LINK_DENSITY for i in range(n)]
    teaser = [walk.lead_link[i] and texts[i].endswith(("...", "\u2026")) for i in range(n)]
    prose_prefix = [0] * (n + 1)
    linky_prefix = [0] * (n + 1)
    teaser_prefix = [0] * (n + 1)
    acc = acc_l = acc_t = 0
    for i in range(n):
        ln = lengths[i] * scale[i]
        if linky[i]:
            acc_l += 1
        elif ln >= MIN_PROSE_CHARS:
            acc += ln - links[i] * scale[i]
        if teaser[i]:
            acc_t += 1
        prose_prefix[i + 1] = acc
        linky_prefix[i + 1] = acc_l
        teaser_prefix[i + 1] = acc_t
    total_prose = acc or 1

    # lists of teaser cards: >= CARD_MIN_SIBLINGS siblings alike in tag and class, each with a
    # title link next to a summary (or a summary starting with a link and cut with "...")
    cands = list(walk.cands)
    in_card = [False] * n
    groups: dict[tuple[int, str, str], list[int]] = {}
    for idx in range(n_el):
        s, e = el_start[idx], el_end[idx]
        if 1 < e - s <= CARD_MAX_BLOCKS or (e - s == 1 and teaser[s]):
            groups.setdefault((walk.el_parent[idx], el_tag[idx], walk.el_cls[idx]), []).append(idx)
    for members in groups.values():
        if len(members) < CARD_MIN_SIBLINGS:
            continue
        cards = []
        for m in members:
            s, e = el_start[m], el_end[m]
            n_linky = linky_prefix[e] - linky_prefix[s]
            titled = linky[s] or (e - s > 2 and linky[s + 1])  # a headline link comes first
            if teaser_prefix[e] > teaser_prefix[s] or (
                titled
                and n_linky < e - s
                and prose_prefix[e] - prose_prefix[s] <= CARD_MAX_PROSE_CHARS
            ):
                cards.append(m)
        if len(cards) >= max(CARD_MIN_SIBLINGS, CARD_SHARE * len(members)):
            card_prose = sum(prose_prefix[el_end[m]] - prose_prefix[el_start[m]] for m in cards)
            for m in cards:
                for i in range(el_start[m], el_end[m]):
                    in_card[i] = True
            if card_prose <= WRAPPER_PROSE_SHARE * total_prose:
                cands.extend((m, "related") for m in cards)
    cands.sort(key=lambda c: (el_start[c[0]], -el_end[c[0]]))

    # boilerplate candidates in document order, so an outer dropped range covers the inner ones
    # ... nor a container around an "article body" element holding a real share of the prose
    hint_starts = [
        el_start[i]
        for i in range(n_el)
        if walk.el_hint[i] >= 2
        and prose_prefix[el_end[i]] - prose_prefix[el_start[i]] >= HINT_PROSE_SHARE * total_prose
    ]
    covered = 0
    dropped_prose = 0
    for idx, rule in cands:
        s, e = el_start[idx], el_end[idx]
        if s >= e or s < covered:
            continue
        if lenient or (rule in _GUARDED_RULES and rule != "hidden"):
            if (prose_prefix[e] - prose_prefix[s]) > WRAPPER_PROSE_SHARE * total_prose:
                continue
            k = bisect.bisect_left(hint_starts, s)
            if k < len(hint_starts) and hint_starts[k] < e:
                continue
        dropped_prose += prose_prefix[e] - prose_prefix[s]
        for i in range(s, e):
            drop_rule[i] = rule
        covered = e
        if len(dropped) < MAX_DROPPED:
            removed = " ".join(texts[s:e])[:DROPPED_TEXT_CHARS]
            dropped.append(Edit("extract", rule, None, None, removed))

    # block weights and the best container
    # JSON-LD articleBody: which prose blocks it contains (compared letters-and-digits only)
    ld_hit: list[bool] | None = None
    ld_miss = LD_MISS_WEIGHT
    if len(ld.body) > MIN_ARTICLE_CHARS:
        body = _TAG_RE.sub(" ", ld.body) if "<" in ld.body else ld.body
        body = html_lib.unescape(body)
        ld_squashed = _squash(body)
        ld_hit = [False] * n
        hit_chars = 0
        for i in range(n):
            if drop_rule[i] is None and not linky[i] and lengths[i] >= MIN_PROSE_CHARS:
                key = _squash(texts[i][:LD_PROBE_CHARS])
                if key and key in ld_squashed:
                    ld_hit[i] = True
                    hit_chars += lengths[i]
        if hit_chars == 0:
            ld_hit = None  # a body that matches nothing on the page says nothing about it
        elif (
            body.rstrip().endswith(("...", "\u2026"))
            or len(body) < LD_COMPLETE_CHARS
            or hit_chars < LD_MIN_COVERAGE * len(body)
        ):
            # a short, visibly truncated or barely matching body only halves what it lacks
            ld_miss = LD_MISS_WEIGHT_TRUNCATED
    wp = [0.0] * (n + 1)
    acc_f = 0.0
    for i in range(n):
        if drop_rule[i] is None:
            ln = lengths[i] * scale[i]
            if linky[i]:
                acc_f -= ln
            elif teaser[i]:
                acc_f -= 0.5 * ln
            elif ln < MIN_PROSE_CHARS:
                if links[i] or el_tag[owners[i]] not in ("td", "th"):
                    acc_f -= SHORT_BLOCK_PENALTY
            else:
                w = float(ln - links[i] * scale[i])
                if ld_hit is not None:
                    w *= LD_MATCH_WEIGHT if ld_hit[i] else ld_miss
                acc_f += w
        else:
            acc_f -= DROPPED_WEIGHT * lengths[i] * scale[i]
        wp[i + 1] = acc_f
    best, best_score = -1, 0.0
    for idx in range(n_el):
        s, e = el_start[idx], el_end[idx]
        if s >= e:
            continue
        score = (wp[e] - wp[s]) * HINT_BONUS[walk.el_hint[idx]]
        if score > best_score:
            best, best_score = idx, score
    titles = {_squash(x) for x in (meta.title, walk.metas.get("og:title"), ld.headline) if x}
    titles.discard("")
    if best >= 0:
        bs, be = el_start[best], el_end[best]
        if el_tag[best] != "article":
            bs, be = _one_article(walk, bs, be, wp, titles)
    else:
        bs, be = 0, n

    # assemble
    page_urls = {u for u in (meta.url, walk.canonical, walk.metas.get("og:url")) if u}
    out: list[str] = []
    out_prose: list[bool] = []
    out_len: list[int] = []  # effective characters (CJK counted double)
    last_owner = -1
    card_chars = 0
    seen_prose = False
    for i in range(n):
        rule = drop_rule[i]
        if rule is None:
            ln = lengths[i] * scale[i]
            tag = el_tag[owners[i]] if owners[i] >= 0 else ""
            if ((tag in _HEADINGS or not out) and _squash(texts[i]) in titles) or (
                tag == "h1" and not seen_prose and bs <= i < be
            ):
                rule = "title"
                if out and not seen_prose:
                    # kicker, section name or date above the headline
                    for scrap in out:
                        if len(dropped) < MAX_DROPPED:
                            dropped.append(
                                Edit(
                                    "extract",
                                    "leading_scrap",
                                    None,
                                    None,
                                    scrap[:DROPPED_TEXT_CHARS],
                                )
                            )
                    out.clear()
                    out_prose.clear()
                    out_len.clear()
            elif not bs <= i < be:
                rule = "outside_main_content"
            elif linky[i] and not _inline_link(i, bs, be, linky, drop_rule, lengths, tag):
                rule = "link_dense"
            elif texts[i].lower() in RULES.ad_labels:
                rule = "ad"
            elif texts[i] in page_urls:
                rule = "page_url"  # print-edition URL line
            elif (
                ln < MIN_PROSE_CHARS
                and tag not in ("td", "th")
                and not any(ch.isalpha() for ch in texts[i])
            ):
                rule = "no_letters"  # comment counters, share counts, lone dates, dingbats
            else:
                if (
                    tag in ("td", "th")
                    and last_owner >= 0
                    and el_tag[last_owner] in ("td", "th")
                    and walk.el_parent[last_owner] == walk.el_parent[owners[i]]
                ):
                    out[-1] = f"{out[-1]} {texts[i]}"
                    out_prose[-1] = out_prose[-1] or ln >= MIN_PROSE_CHARS
                    out_len[-1] += ln
                else:
                    out.append(texts[i])
                    out_prose.append(ln >= MIN_PROSE_CHARS and not linky[i])
                    out_len.append(ln)
                seen_prose = seen_prose or out_prose[-1]
                last_owner = owners[i]
                if in_card[i]:
                    card_chars += ln
                continue
            if len(dropped) < MAX_DROPPED:
                dropped.append(Edit("extract", rule, None, None, texts[i][:DROPPED_TEXT_CHARS]))
    # scraps after the last prose paragraph ("Advert", "comments", a closing heading with
    # nothing under it) are page furniture that happened to sit inside the container
    while out and not out_prose[-1] and not out[-1].endswith(_SENTENCE_END):
        out_prose.pop()
        out_len.pop()
        if len(dropped) < MAX_DROPPED:
            dropped.append(
                Edit("extract", "trailing_scrap", None, None, out[-1][:DROPPED_TEXT_CHARS])
            )
        out.pop()
    chars = sum(out_len)
    return _Selection(
        "\n\n".join(out), chars, dropped, sum(out_prose), dropped_prose, card_chars / max(1, chars)
    )


def _inline_link(
    i: int, bs: int, be: int, linky: list[bool], drop_rule: list, lengths: list[int], tag: str
) -> bool:
    """A short link-only paragraph between prose blocks is a cited source or URL, not navigation."""
    if tag not in ("p", "div", "span", "blockquote") or not bs < i < be - 1:
        return False
    if lengths[i] >= MIN_PROSE_CHARS:  # a headline-long link is an inline promo
        return False
    before, after = i - 1, i + 1
    return (
        not linky[before]
        and not linky[after]
        and drop_rule[before] is None
        and drop_rule[after] is None
        and lengths[before] >= MIN_PROSE_CHARS
        and lengths[after] >= MIN_PROSE_CHARS
    )


def _one_article(
    walk: _Walk, bs: int, be: int, wp: list[float], titles: set[str]
) -> tuple[int, int]:
    """When the best container holds several <article>s (a feed), keep the one with the title.

    Falls back to the best-scoring one when the titled <article> is a mere teaser.
    """
    arts = []
    covered = bs
    for idx in range(len(walk.el_tag)):
        s, e = walk.el_start[idx], walk.el_end[idx]
        if walk.el_tag[idx] != "article" or s < covered or s >= be or e <= s:
            continue
        if s >= bs:
            arts.append(idx)
            covered = e
    if len(arts) < 2:
        return bs, be
    scores = {idx: wp[walk.el_end[idx]] - wp[walk.el_start[idx]] for idx in arts}
    top = max(arts, key=scores.__getitem__)
    if scores[top] <= 0:
        return bs, be
    for idx in arts:
        if scores[idx] < MIN_ARTICLE_CHARS:
            continue
        for i in range(walk.el_start[idx], walk.el_end[idx]):
            owner = walk.owner[i]
            if owner >= 0 and walk.el_tag[owner] in _HEADINGS and _squash(walk.text[i]) in titles:
                return walk.el_start[idx], walk.el_end[idx]
    return bs, be


def _metadata(soup, html_el, walk: _Walk, ld: _LD, url: str | None) -> Metadata:
    """Canonical URL, title, byline, outlet, language and publication time from the page."""
    metas = walk.metas
    canonical = walk.canonical or metas.get("og:url") or ld.url or url
    if canonical and url and canonical.startswith("/"):
        parts = urlsplit(url)
        canonical = f"{parts.scheme}://{parts.netloc}{canonical}"
    host = _host(canonical) or _host(url)
    outlet = metas.get("og:site_name") or ld.publisher or metas.get("application-name") or host
    h1 = next(
        (
            walk.text[i]
            for i in range(len(walk.text))
            if walk.owner[i] >= 0 and walk.el_tag[walk.owner[i]] == "h1"
        ),
        None,
    )
    raw_title = metas.get("og:title") or metas.get("twitter:title") or h1
    if not raw_title:
        t = soup.title
        raw_title = t.get_text(" ", strip=True) if t is not None else None
    if not raw_title:
        raw_title = ld.headline
    title = _clean_title(raw_title, outlet, host, h1)

    byline = None
    for cand in (
        metas.get("author"),
        metas.get("article:author"),
        metas.get("parsely-author"),
        metas.get("sailthru.author"),
        metas.get("dc.creator"),
    ):
        if cand and not cand.startswith(("http://", "https://", "/")):
            byline = cand
            break
    if byline is None and ld.authors:
        byline = ", ".join(dict.fromkeys(ld.authors))
    if byline is None:
        for cand in walk.rel_author:
            if cand:
                byline = cand
                break
    if byline is None:
        for idx, rule in walk.cands:
            if rule == "byline":
                s, e = walk.el_start[idx], walk.el_end[idx]
                if s < e and walk.length[s] <= MAX_BYLINE_CHARS:
                    cand = _BY_RE.sub("", walk.text[s]).strip(" |,:-")
                    # a date or a bare "By" in a byline-classed box is not a name
                    if len(cand) > 2 and not any(ch.isdigit() for ch in cand):
                        byline = cand
                        break
    if byline:
        byline = " ".join(html_lib.unescape(byline).split())[:200] or None

    lang = None
    if html_el is not None:
        lang = _language(html_el.get("lang") or html_el.get("xml:lang"))
    lang = lang or _language(metas.get("og:locale")) or _language(metas.get("content-language"))
    lang = lang or _language(metas.get("language")) or _language(metas.get("dc.language"))
    lang = lang or _language(metas.get("inlanguage")) or _language(ld.language)

    published = None
    for cand in (
        *(metas.get(k) for k in _DATE_META_KEYS[:3]),
        ld.date,
        *(metas.get(k) for k in _DATE_META_KEYS[3:]),
        *walk.times[:3],
    ):
        published = _parse_date(cand)
        if published is not None:
            break
    return Metadata(
        url=canonical,
        title=title,
        byline=byline,
        outlet=html_lib.unescape(outlet).strip() if outlet else None,
        language=lang,
        published_at=published,
    )
