"""How much injected damage the cleaner removes, and how much real text it removes with it.

    python bench/cleaning.py PATH_TO_AEB [--seed N]
        [--phrasing {dev,heldout,blind,blind2,blind3,blind4,blind5,blind6,blind7,blind8,blind9,blind10,blind11,blind12,blind13,both,all}]
    # e.g. ../shared/aeb, seed 1, both (dev and heldout; all adds the thirteen blind sets)

Reads PATH_TO_AEB/ground-truth.json (clean, human-edited news bodies; read in place, never
copied), keeps the bodies of MIN_BODY_WORDS+ words, splits them by a hash of their id into a
development half and a held-out half, and makes variants of each body that carry ONE kind of
damage at known places, phrased in varied ways:

  chrome     web-page chrome paragraphs (one row per family: skip links, captions, ...)
  mt_debris  machine-translation debris: orphan fragments, echoed words, stray periods,
             a wrong period before "and", dangling lowercase fragments, orphan words
  structure  a doubled paragraph, a truncated teaser, the headline repeated
  encoding   mojibake, HTML entities, invisible characters, non-breaking spaces
  none       the untouched body

Every variant goes through pipeline.clean.article.clean_document as kind "text". Per row:
recall = mean over injected items of the share of the item's characters gone from the body
(repairs: 1 when the body has the original text back), damage = share of the original
body's words missing from the cleaned body (difflib on word lists; words the injection
itself replaced do not count). The held-out half is the one that counts.

The chrome and mt_debris damage comes in fifteen independent phrasing sets, each with its own
table: "dev" (the templates the rules were tuned on), "heldout" (wordings written apart from the
rules, from real sites and machine-translation output; since seen by the rule writers), "blind"
(bench/phrasings_blind.py: wordings written without seeing the rules; since read by the people
tuning them and used for tuning), "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
"blind8", "blind9", "blind10", "blind11" and "blind12" (bench/phrasings_blind2.py to
bench/phrasings_blind12.py: wordings written without seeing the rules, each after the one before
was used; each since used for tuning in its turn) and "blind13" (bench/phrasings_blind13.py:
wordings written without seeing the rules after blind12, never used for tuning). No set repeats a
template, debris entry, wrong-period joining word or pool value of an earlier one. The blind13
phrasing on the held-out bodies is the honest figure. none, structure and encoding rows do not depend on the phrasing:
they are cleaned once and shown in every table.

Also printed: mt_score / mt_suspect on untouched bodies against bodies with 3-5 debris items,
which rule removed each row's items, chrome recall by wording variation, the damage on the
untouched bodies per rule with examples, damage the injections caused, and surviving debris
of every row that misses the recall target. Runs in one to four minutes on 2 CPUs (44 s for
one phrasing, 223 s for the seven sets before blind6, measured on 2026-12-03).
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import json
import os
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import phrasings_blind as blind
from bench import phrasings_blind2 as blind2
from bench import phrasings_blind3 as blind3
from bench import phrasings_blind4 as blind4
from bench import phrasings_blind5 as blind5
from bench import phrasings_blind6 as blind6
from bench import phrasings_blind7 as blind7
from bench import phrasings_blind8 as blind8
from bench import phrasings_blind9 as blind9
from bench import phrasings_blind10 as blind10
from bench import phrasings_blind11 as blind11
from bench import phrasings_blind12 as blind12
from bench import phrasings_blind13 as blind13
from pipeline.clean.article import MT_SUSPECT_SCORE, clean_document
from pipeline.clean.rules import rules_version
from pipeline.clean.text import layout
from pipeline.types import Article, RawDocument

# The brief: only bodies of 150+ words (shorter ones are briefs and captions).
MIN_BODY_WORDS = 150
# The brief's targets: every row removes 95% of its debris and loses at most 0.1% of words.
RECALL_TARGET = 0.95
DAMAGE_TARGET_PCT = 0.1
# Chrome paragraphs per variant: two at different places tests position without doubling the
# run time (footers, which sit at the end, get one).
CHROME_ITEMS = 2
# Debris items per single-family mt_debris variant and per encoding variant: a few per body
# gives several hundred items per row in about a minute of cleaning.
MT_ITEMS = 2
ENCODING_ITEMS = 3
# The brief: mt_score separation is measured on bodies with 3+ debris items (3 to 5 here).
MIXED_MT_ITEMS = (3, 5)
# The brief: a teaser is the first ~60% of the lead, cut inside a word.
TEASER_SHARE = 0.6
# Leads shorter than this are joined with the next paragraphs before cutting the teaser:
# site teasers are a sentence or two (about 20 words), not a kicker.
MIN_TEASER_SOURCE_CHARS = 100
# A repair is checked by the original text this many characters either side of the change
# being in the body; 20 characters make the window unique in these bodies (checked: the
# window must occur once in the body).
CONTEXT_CHARS = 20
# Debris sites of one variant are at least this far apart, so their windows never overlap.
MIN_SITE_GAP = 3 * CONTEXT_CHARS
# The brief: up to 10 damage examples and up to 10 survivors per row that misses.
MAX_EXAMPLES = 10
# Width of a shown example before it is cut.
SHOW_CHARS = 160

# The cleaner's word pattern (pipeline/clean/text.py), with offsets.
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_TOKEN = re.compile(r"\S+")
# A sentence end a person would recognise: a lowercase word of 3+ letters and a period.
_SENTENCE_END_TOKEN = re.compile(r"[A-Za-z][a-z]*[a-z]{2}\.")
# Common English abbreviations (titles, months, company forms): a period after them rarely ends
# a sentence, so debris is never placed after them (a person would not read a sentence end there).
ABBREVIATION_LIKE = frozenset(
    (
        "mr", "mrs", "ms", "dr", "prof", "rep", "sen", "gov", "gen", "hon", "rev", "sgt", "capt",
        "col", "lt", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "bros", "dept",
        "approx", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "ave",
    )
)  # fmt: skip
_WRONG_PERIOD_SITE = re.compile(r"(?<=[A-Za-z]{2})(, | )(and|but|or) (?=[a-z])")
# The invisible characters an editor would not see: zero-width space, non-joiner, word joiner,
# byte-order mark, left-to-right mark, soft hyphen.
INVISIBLES = ("\u200b", "\u200c", "\u2060", "\ufeff", "\u200e", "\u00ad")
_INVISIBLE = re.compile("[" + "".join(INVISIBLES) + "]")
# Words for the damage count: the cleaner's pattern, also joined across invisible characters,
# compared without them (removing a soft hyphen from "Not­fall" loses no word).
_DAMAGE_WORD = re.compile(r"\w+(?:(?:[’'.-]|[" + "".join(INVISIBLES) + r"]+)\w+)*")
NBSP_FORMS = ("\xa0", "\xa0", "\xa0", "\u202f", "\u2007")

# Invented names and outlets for the chrome templates.
NAMES = (
    "Jane Doe", "John Smith", "Maria Lopez", "Ahmed Hassan", "Li Wei", "Olga Ivanova",
    "Tom Becker", "Priya Nair", "Kenji Sato", "Sarah O'Neill", "Carlos Mendes", "Anna Kowalski",
)  # fmt: skip
OUTLETS = (
    "Some Media Group", "The Daily Ledger", "Example News", "Metro Herald", "Northern Times",
    "Global Wire Service", "Coastline Public Radio", "The Valley Courier",
)  # fmt: skip
SITES = ("Example.com", "DailyLedger.com", "metroherald.co.uk", "The Conversation", "ProPublica")
PLACES = ("London", "Kyiv", "Nairobi", "Chicago", "Berlin", "Tokyo", "Sao Paulo", "Manila")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HEADLINES = (
    "City council approves budget after marathon session",
    "Storm leaves thousands without power across the region",
    "Central bank holds rates steady as inflation cools",
    "Five things to know before the big game",
    "Researchers find new clues to an ancient mystery",
    "Inside the race to build a better battery",
    "Why the housing market is slowing down",
    "Teachers vote to strike over pay and class sizes",
)
SCENES = (
    "Firefighters work at the scene of the blaze on {day}",
    "Supporters gather outside the courthouse in {place}",
    "The minister arrives for talks in {place} on {day}",
    "A woman walks past a mural in central {place}",
    "Players celebrate after the final whistle on {day}",
    "Rescue workers search the rubble in {place}",
)
WEATHER = ("Sunny", "Partly cloudy", "Mostly sunny", "Cloudy", "Light rain", "Thunderstorms")


@dataclass
class Item:
    """One piece of injected damage and how to tell whether it is gone."""

    family: str
    template: str
    shown: str
    check: str  # "tokens": its tokens are gone; "window": the original window is back;
    # "paragraph": the doubled paragraph is there once; "window_gone": the damaged window is gone
    expected: str = ""
    damaged: str = ""
    variation: str = "as listed"
    needle: str = ""  # a piece of the injected text, to find the edit that removed it


@dataclass
class Injection:
    """Replace original[start:end] with text, belonging to item index item."""

    start: int
    end: int
    text: str
    item: int


@dataclass
class Doc:
    """A ground-truth body in layout shape, with what the generators need."""

    doc_id: str
    split: str
    text: str
    paragraphs: list[tuple[int, int]]
    headline: str
    clean_body: str = ""


@dataclass
class Variant:
    """A damaged copy of a body, its items and where the damage went."""

    doc: Doc
    kind: str
    family: str
    text: str
    items: list[Item]
    tags: list[int]
    replaced: list[tuple[int, int]]


@dataclass
class Outcome:
    """What cleaning one variant did: per-item recall, missing and counted original words."""

    variant: Variant
    recall: list[float]
    missing: set[int]
    counted: int
    mt_score: float
    mt_suspect: bool
    body: str
    edits: list[tuple[str, str, str, str]] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers


def split_of(doc_id: str) -> str:
    """Development or held-out, from a hash of the id."""
    return "held-out" if hashlib.sha256(f"split/{doc_id}".encode()).digest()[0] % 2 else "dev"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of a layout-shaped text."""
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def headline_for(url: str | None, rng: random.Random) -> str:
    """A headline from the URL slug (3-20 words), else an invented one."""
    slug = (url or "").split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.(?:html?|php|aspx?)$", "", slug)
    parts = [p for p in re.split(r"[-_]+", slug) if p and not re.fullmatch(r"\d{4,}", p)]
    if 3 <= len(parts) <= 20 and sum(p.isalpha() for p in parts) >= 3:
        text = " ".join(parts)
        return text[0].upper() + text[1:]
    return rng.choice(HEADLINES)


@dataclass(frozen=True)
class Pools:
    """The invented values a phrasing set fills its templates from."""

    names: tuple[str, ...]
    outlets: tuple[str, ...]
    sites: tuple[str, ...]
    places: tuple[str, ...]
    headlines: tuple[str, ...]
    scenes: tuple[str, ...]
    weather: tuple[str, ...]
    handles: tuple[str, ...]
    name_count: int = 2  # names drawn per fill (3 gives {name3})
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # more placeholders, one choice each


DEV_POOLS = Pools(
    NAMES, OUTLETS, SITES, PLACES, HEADLINES, SCENES, WEATHER,
    ("ExampleNews", "DailyLedger", "metroherald"),
)  # fmt: skip


def fill(template: str, rng: random.Random, pools: Pools = DEV_POOLS) -> str:
    """A template with its placeholders filled from the invented lists of a phrasing set."""
    names = rng.sample(pools.names, pools.name_count)
    name, name2 = names[0], names[1]
    place, place2 = rng.sample(pools.places, 2)
    n = rng.randint(2, 40)
    values = {
        "name": name,
        "name2": name2,
        "name3": names[-1],
        "NAME": name.upper(),
        "outlet": rng.choice(pools.outlets),
        "site": rng.choice(pools.sites),
        "place": place,
        "place2": place2,
        "day": rng.choice(DAYS),
        "headline": rng.choice(pools.headlines),
        "year": str(rng.randint(2012, 2024)),
        "n": str(n),
        "i": str(rng.randint(1, n)),
        "m": str(rng.randint(2, 12)),
        "ss": f"{rng.randint(0, 59):02d}",
        "weather": rng.choice(pools.weather),
        "t": str(rng.randint(-5, 35)),
        "handle": rng.choice(pools.handles),
    }
    values["scene"] = rng.choice(pools.scenes).format(**values)
    for key, choices in pools.extra:
        values[key] = rng.choice(choices)
    return template.format(**values)


def title_case(text: str) -> str:
    """Every word capitalised, the rest of each word left alone."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def vary_label(text: str, rng: random.Random) -> tuple[str, str]:
    """Case and link decoration of a short chrome label, as sites render them; and which."""
    r = rng.random()
    cased = text.upper() if r < 0.15 else title_case(text) if r < 0.3 else text
    cased = text.lower() if 0.3 <= r < 0.35 else cased
    prefix = rng.choice(("", "", "", "", "• ", "| "))
    suffix = rng.choice(("", "", "", "", ":", " »", " ›", " →", " >", "…"))
    labels = [n for n, on in (("case", cased != text), ("punct", bool(prefix or suffix))) if on]
    return prefix + cased + suffix, "+".join(labels) or "as listed"


def vary_sentence(text: str, rng: random.Random) -> tuple[str, str]:
    """Small variations of a chrome sentence (dropped final period, upper case); and which."""
    r = rng.random()
    if r < 0.15 and text.endswith("."):
        return text[:-1], "punct"
    if r < 0.25:
        return text.upper(), "case"
    return text, "as listed"


def as_listed(text: str, rng: random.Random) -> tuple[str, str]:
    """No variation: families whose wording already varies (captions, counters, credits)."""
    return text, "as listed"


def mangle(text: str, codec: str) -> str:
    """Text encoded as UTF-8 and decoded as cp1252 (undefined bytes kept as latin-1) or latin-1."""
    raw = text.encode("utf-8")
    if codec == "latin-1":
        return raw.decode("latin-1")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def build(doc: Doc, kind: str, family: str, items: list[Item], inj: list[Injection]) -> Variant:
    """Apply injections to the body; fill each window item's expected/damaged text."""
    inj = sorted(inj, key=lambda x: (x.start, x.end))
    out: list[str] = []
    tags: list[int] = []
    pos = 0
    for x in inj:
        out.append(doc.text[pos : x.start])
        tags.extend([-1] * (x.start - pos))
        out.append(x.text)
        tags.extend([x.item] * len(x.text))
        pos = x.end
    out.append(doc.text[pos:])
    tags.extend([-1] * (len(doc.text) - pos))
    replaced = [(x.start, x.end) for x in inj if x.end > x.start or items[x.item].check == "window"]
    return Variant(doc, kind, family, "".join(out), items, tags, replaced)


def window(doc: Doc, start: int, end: int, new: str) -> tuple[str, str] | None:
    """(original, damaged) text around a change, or None when the window is unusable."""
    # Usable: inside one paragraph, unique in the body, and kept verbatim by the cleaner on the
    # untouched body (so what is checked is the injection, not damage the cleaner does anyway).
    para = next((p for p in doc.paragraphs if p[0] <= start and end <= p[1]), None)
    if para is None:
        return None
    ws, we = max(para[0], start - CONTEXT_CHARS), min(para[1], end + CONTEXT_CHARS)
    original = doc.text[ws:we]
    if doc.text.count(original) != 1 or original not in doc.clean_body:
        return None
    return original, doc.text[ws:start] + new + doc.text[end:we]


def spread(candidates: list[int], count: int, rng: random.Random) -> list[int]:
    """Up to count positions from candidates, at least MIN_SITE_GAP apart."""
    chosen: list[int] = []
    for c in rng.sample(candidates, len(candidates)):
        if all(abs(c - o) >= MIN_SITE_GAP for o in chosen):
            chosen.append(c)
            if len(chosen) == count:
                break
    return sorted(chosen)


def sentence_ends(doc: Doc, paragraph_end_only: bool = False) -> list[int]:
    """Offsets just after a sentence-final period of a plain lowercase word."""
    ends = []
    for ps, pe in doc.paragraphs:
        tokens = list(_TOKEN.finditer(doc.text, ps, pe))
        for i, tok in enumerate(tokens):
            last = i == len(tokens) - 1
            if paragraph_end_only and not last:
                continue
            if not _SENTENCE_END_TOKEN.fullmatch(tok.group()):
                continue
            if tok.group()[:-1].casefold() in ABBREVIATION_LIKE:
                continue
            if last or re.match(r"[A-Z\"“‘']", tokens[i + 1].group()):
                ends.append(tok.end())
    return ends


# ----------------------------------------------------------------------------- chrome


@dataclass(frozen=True)
class ChromeFamily:
    """Templates of one chrome family, how to vary them and where they go."""

    templates: tuple[str, ...]
    vary: Callable[[str, random.Random], tuple[str, str]]
    footer: bool = False


CHROME: dict[str, ChromeFamily] = {
    "skip_link": ChromeFamily(
        (
            "Skip to main content", "Skip to content", "Jump to navigation", "Skip to article",
            "Skip to search", "Skip navigation", "Go to main content", "Skip to footer",
            "Jump to main content", "Skip to main menu", "Skip to sections navigation",
        ),
        vary_label,
    ),
    "icon_label": ChromeFamily(
        (
            "{weather} icon", "{weather} icon {t}°", "Close icon", "Search icon",
            "Facebook icon", "Play icon", "Chevron down icon", "Twitter Icon", "Email icon",
            "Print icon", "Arrow right icon", "Video Play Icon", "Expand icon",
        ),
        as_listed,
    ),
    "gallery_counter": ChromeFamily(
        (
            "{i} / {n}", "{i}/{n}", "Image {i} of {n}", "Photo {i} of {n}", "Slide {i} / {n}",
            "{i} of {n}", "Picture {i}/{n}", "({i}/{n})", "{i} / {n} Photos",
            "Gallery: {n} photos", "Expand image {i} of {n}", "{i} of {n} photos",
        ),
        as_listed,
    ),
    "photo_caption": ChromeFamily(
        (
            "{scene}. (AP Photo/{name})", "{scene}. (Photo by {name}/Getty Images)",
            "{scene}. Photo: {name}/Reuters", "Photo: {name}/Reuters", "{scene}. (Reuters/{name})",
            "{scene}. [{name}/Al Jazeera]", "{scene}. PHOTO: {NAME}/AFP via Getty Images",
            "{scene}. Credit: {name} for {outlet}", "{scene} (Image credit: {outlet})",
            "{scene}. (File photo)", "{scene}. Photographer: {name}/Bloomberg",
            "{scene}. Photograph: {name}/The Guardian", "{scene}. (Courtesy of {outlet})",
            "{scene}. (Photo: {name}, {outlet})", "(AP Photo/{name})",
            "{scene}. Image: {outlet}", "{scene}. ({name}/{outlet} via AP)",
        ),
        as_listed,
    ),
    "recommended": ChromeFamily(
        (
            "Recommended for you", "READ MORE: {headline}", "Read more: {headline}",
            "Related: {headline}", "Related stories", "More from {outlet}", "You may also like",
            "Most read", "Trending now", "ALSO READ | {headline}", "Also read: {headline}",
            "Read next: {headline}", "See also: {headline}", "MORE: {headline}",
            "Editor's picks", "Related articles", "What to read next", "More on this story",
        ),
        vary_label,
    ),
    "advertisement": ChromeFamily(
        (
            "Advertisement", "ADVERTISEMENT", "Story continues below", "Article continues below",
            "Story continues below advertisement", "Continue reading the main story", "Ad",
            "Sponsored", "- Advertisement -", "Advertisement - Scroll to continue",
            "Continue reading below", "Paid content", "Ad Feedback",
            "The article continues after this ad", "Advertisement · Scroll to continue",
        ),
        vary_label,
    ),
    "share_follow": ChromeFamily(
        (
            "Share this article", "Share on Facebook", "Share on Twitter",
            "Facebook Twitter LinkedIn Email", "Share via Email", "Follow us on Twitter @{handle}",
            "Follow {outlet} on Instagram", "Like us on Facebook",
            "Share this story: Facebook | Twitter | Email", "Tweet", "Copy link", "Share",
            "Click to share on WhatsApp (Opens in new window)", "Share this:",
            "Facebook, Twitter, WhatsApp, Email", "Share full article",
        ),
        vary_label,
    ),
    "newsletter": ChromeFamily(
        (
            "Sign up for our morning briefing", "Sign up for {outlet}'s daily newsletter.",
            "Subscribe to our free weekly newsletter",
            "Get the latest headlines delivered to your inbox every morning.",
            "Get breaking news alerts from {outlet}", "Enter your email address to subscribe.",
            "Want more stories like this? Sign up for our newsletter.", "Sign up here.",
            "The Morning Brief: Get our top stories in your inbox. Sign up",
            "Newsletter sign-up", "Don't miss a story: subscribe to our newsletter",
            "Sign up for The Evening Edition",
        ),
        vary_sentence,
    ),
    "cookie_subscription": ChromeFamily(
        (
            "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
            "This website uses cookies to ensure you get the best experience.",
            "Accept all cookies", "Manage cookie preferences",
            "By using this site, you agree to our Privacy Policy and Terms of Service.",
            "Subscribe to continue reading.", "Already a subscriber? Sign in",
            "You have reached your free article limit for this month.",
            "Subscribe now for unlimited access.", "This content is available to subscribers only.",
            "Create a free account to continue reading",
            "Support independent journalism. Subscribe today for $1.",
        ),
        vary_sentence,
    ),
    "listen": ChromeFamily(
        (
            "Listen to this article • {m} min", "Listen to this article", "Listen to this story",
            "Listen · {m}:{ss}", "Listen ({m} min)", "Play audio • {m} min",
            "Audio: Listen to this article", "LISTEN: {m} minutes", "Listen to article",
            "{m} min listen", "Listen now", "Listen to this article {m} min",
        ),
        as_listed,
    ),
    "comment_count": ChromeFamily(
        (
            "{n} Comments", "{n} comments", "Comments ({n})", "1 Comment", "View comments",
            "Show comments ({n})", "Join the conversation", "Leave a comment",
            "Comment on this story", "{n} replies", "Jump to comments", "Read {n} comments",
            "Conversation ({n})",
        ),
        as_listed,
    ),
    "copyright_footer": ChromeFamily(
        (
            "© {year} {outlet}", "© {year} {outlet}. All rights reserved.",
            "Copyright © {year} {outlet}, Inc. All rights reserved.", "(c) {year} {outlet}",
            "Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "© Copyright {year} {outlet}", "{outlet} © {year}", "All content © {year} {outlet}",
            "©{year} {outlet}. All Rights Reserved.", "© {outlet} {year}",
        ),
        as_listed,
        footer=True,
    ),
    "originally_appeared": ChromeFamily(
        (
            "This story first appeared on {site}.", "This article originally appeared on {site}.",
            "This article was originally published on {site}.",
            "This story was originally published by {outlet}.",
            "A version of this story first appeared in {outlet}.",
            "This article is republished from {site} under a Creative Commons license. Read the original article.",
            "Originally published on {site}", "This post originally appeared at {site}.",
            "This story was produced by {outlet} and is republished here with permission.",
            "This article first ran in {outlet}.",
        ),
        vary_sentence,
        footer=True,
    ),
    "contributor_line": ChromeFamily(
        (
            "{name} contributed reporting.", "{name} contributed to this report.",
            "{name} in {place} contributed to this report.",
            "Associated Press writer {name} contributed.",
            "Associated Press writers {name} in {place} and {name2} in {place2} contributed to this report.",
            "Reporting by {name}; Editing by {name2}", "Additional reporting by {name} in {place}.",
            "{name} reported from {place}. {name2} contributed from {place2}.",
            "— {name} and {name2} contributed reporting.", "Contributing: {name}, {outlet}",
            "With reporting by {name}.", "{name} contributed research.",
        ),
        as_listed,
        footer=True,
    ),
}  # fmt: skip


def chrome_variant(doc: Doc, family: str, rng: random.Random, phrasing: Phrasing) -> Variant | None:
    """Chrome paragraphs of one family between paragraphs (footers after the last)."""
    spec = phrasing.chrome[family]
    n = len(doc.paragraphs)
    if spec.footer:
        gaps = [n]
    else:
        if n < 2:
            return None
        gaps = sorted(rng.sample(range(1, n), min(CHROME_ITEMS, n - 1)))
    items, inj = [], []
    for gap in gaps:
        template = rng.choice(spec.templates)
        text, variation = spec.vary(fill(template, rng, phrasing.pools), rng)
        items.append(Item(family, template, text, "tokens", variation=variation, needle=text))
        pos = doc.paragraphs[gap - 1][1]
        inj.append(Injection(pos, pos, "\n\n" + text, len(items) - 1))
    return build(doc, "chrome", family, items, inj)


# ----------------------------------------------------------------------------- mt debris

ORPHAN_FRAGMENTS = (
    "Ta.", "ta.", "Da.", "Desu.", "Mashita.", "did.", "Did.", "There is.", "there is.",
    "became.", "Became.", "It was.", "Was.", "Has been.", "Will be.", "Can do.", "It is so.",
    "There were.", "Have been.", "Was held.", "Became clear.", "Is done.",
)  # fmt: skip
DANGLING_FRAGMENTS = (
    "made it possible to maintain.", "welcomed him.", "was also in the.", "has been decided.",
    "to be held in the capital.", "expressed his intention to.", "will be introduced from next year.",
    "said in a statement.", "and the.", "of the two countries.",
    "is expected to be discussed at the meeting next month.",
)  # fmt: skip
# Dangling fragments without a final mark (or ending in an abbreviation, which would join
# the next sentence) stand only at the end of a paragraph.
DANGLING_TAILS = (
    "are or can Do not make public",
    "in order to further strengthen",
    "was",
    "welcomed Mr.",
)
ORPHAN_WORDS = (
    "Weapons", "Reporter", "Sanctions", "Economy", "Ministry", "Policy", "Technology",
    "Cooperation", "Photo", "Diplomacy",
)  # fmt: skip
STRAY_INLINE = (" .", " . .", " !", " 。")
STRAY_PARAGRAPHS = (".", ". .", "…", "。", "-")


def echo_dev(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo of the sentence's last word or two, with a period."""
    two = rng.random() < 0.3 and len(before) > 1 and before[-2].isalpha()
    template = "two words" if two else "one word"
    return template, " " + " ".join(before[-2:] if two else before[-1:]) + "."


def _mt_items(
    doc: Doc,
    family: str,
    count: int,
    rng: random.Random,
    items: list[Item],
    inj: list[Injection],
    phrasing: Phrasing,
) -> None:
    """Append up to count debris items of one family (sites away from earlier injections)."""
    taken = [x.start for x in inj]

    def free(pos: int) -> bool:
        """Whether a site is far enough from the sites already used."""
        return all(abs(pos - t) >= MIN_SITE_GAP for t in taken)

    if family in ("orphan_fragment", "repeated_word", "dangling_fragment", "stray_punctuation"):
        sites = [p for p in sentence_ends(doc) if free(p)]
        for pos in spread(sites, count, rng):
            para_end = any(pos == pe for _, pe in doc.paragraphs)
            if family == "orphan_fragment":
                template = rng.choice(phrasing.orphan_fragments)
                text = " " + template
            elif family == "repeated_word":
                before = doc.text[: pos - 1].split()
                template, text = phrasing.echo(before, para_end, rng)
            elif family == "dangling_fragment":
                pool = phrasing.dangling_fragments + (phrasing.dangling_tails if para_end else ())
                template = rng.choice(pool)
                text = " " + template
            else:
                template = rng.choice(phrasing.stray_inline + phrasing.stray_paragraphs)
                if template in phrasing.stray_paragraphs:
                    if not para_end:
                        template = rng.choice(phrasing.stray_inline)
                        text = template
                    else:
                        text = "\n\n" + template
                        template = "paragraph " + template
                else:
                    text = template
            items.append(Item(family, template, text.strip(), "window_gone", needle=text.strip()))
            inj.append(Injection(pos, pos, text, len(items) - 1))
            taken.append(pos)
    elif family == "orphan_word":
        sites = [p for p in sentence_ends(doc, paragraph_end_only=True) if free(p)]
        for pos in spread(sites, count, rng):
            template = rng.choice(phrasing.orphan_words)
            items.append(Item(family, template, template, "window_gone", needle=template))
            inj.append(Injection(pos, pos, " " + template, len(items) - 1))
            taken.append(pos)
    elif family in ("wrong_period", "wrong_period_comma"):
        comma = family == "wrong_period_comma"
        sites = [
            m
            for m in phrasing.wrong_period_site.finditer(doc.text)
            if (m.group(1) == ", ") == comma and free(m.start())
        ]
        rng.shuffle(sites)
        chosen = 0
        for m in sites:
            if chosen == count or not all(abs(m.start() - t) >= MIN_SITE_GAP for t in taken):
                continue
            win = window(doc, m.start(1), m.end(1), ". ")
            if win is None:
                continue
            template = f"{m.group(1)}{m.group(2)} -> . {m.group(2)}"
            items.append(Item(family, template, win[1], "window", win[0], win[1]))
            inj.append(Injection(m.start(1), m.end(1), ". ", len(items) - 1))
            taken.append(m.start())
            chosen += 1


MT_FAMILIES = (
    "orphan_fragment",
    "repeated_word",
    "stray_punctuation",
    "wrong_period",
    "wrong_period_comma",
    "dangling_fragment",
    "orphan_word",
)


def mt_variant(doc: Doc, family: str, rng: random.Random, phrasing: Phrasing) -> Variant | None:
    """MT_ITEMS debris items of one family, or 3-5 of mixed families ("mixed")."""
    items: list[Item] = []
    inj: list[Injection] = []
    if family == "mixed":
        want = rng.randint(*MIXED_MT_ITEMS)
        for _ in range(want * 3):
            if len(items) >= want:
                break
            _mt_items(doc, rng.choice(MT_FAMILIES), 1, rng, items, inj, phrasing)
    else:
        _mt_items(doc, family, MT_ITEMS, rng, items, inj, phrasing)
    for it, x in zip(items, inj, strict=True):
        if it.check == "window_gone":
            ws = max(0, x.start - CONTEXT_CHARS)
            it.damaged = doc.text[ws : x.start] + x.text
    if not items:
        return None
    return build(doc, "mt_debris", family, items, inj)


# ----------------------------------------------------------------------------- phrasing sets

# The templates above ("dev" phrasing) were used to tune the cleaning rules. The "heldout"
# phrasing below was written separately, from how real news sites and machine translation
# word the same things, without reading the rules; no template repeats a dev one (checked by
# check_phrasings, ignoring case, spacing and end punctuation). Only the wording differs: the
# families, positions, variations (vary_*) and scoring are the same.

HELDOUT_POOLS = Pools(
    names=(
        "Rosa Delgado", "Femi Adeyemi", "Hannah Kim", "Marek Novak", "Yuki Tanaka",
        "Ibrahim Diallo", "Claire Dubois", "Raj Patel", "Elena Petrova", "Sam Whitaker",
        "Noor Al-Amin", "Lucas Ferreira",
    ),
    outlets=(
        "The Harbor Gazette", "Midland Observer", "Capital Dispatch", "Pacific Press Agency",
        "Riverside Chronicle", "Summit Broadcasting", "The Eastern Post", "Northline News",
    ),
    sites=(
        "harborgazette.com", "CapitalDispatch.org", "news.example.net", "Inside Climate News",
        "KFF Health News", "CalMatters", "Grist",
    ),
    places=("Madrid", "Lagos", "Seoul", "Toronto", "Jakarta", "Warsaw", "Lima", "Cairo"),
    headlines=(
        "Mayor unveils plan to cut downtown traffic",
        "Heatwave pushes power grid to the limit",
        "What the new tax rules mean for your pension",
        "Local bakery celebrates 100 years in business",
        "Scientists track rare whale off the coast",
        "Ten ways to save on your energy bill this winter",
        "Hospital waiting lists reach record high",
        "Opposition leader calls for early election",
    ),
    scenes=(
        "Commuters wait for a delayed train in {place} on {day}",
        "Protesters march through the streets of {place}",
        "The prime minister speaks to reporters in {place}",
        "Volunteers hand out food at a shelter on {day}",
        "Fans cheer as the team arrives in {place}",
        "Floodwater covers a road on the outskirts of {place}",
        "A police officer stands guard outside parliament on {day}",
    ),
    weather=("Clear", "Overcast", "Showers", "Snow", "Fog", "Scattered clouds", "Drizzle", "Windy"),
    handles=("HarborGazette", "capdispatch", "MidlandObs", "northlinenews"),
    name_count=3,
    extra=(
        (
            "agency",
            ("EPA-EFE", "Xinhua", "Kyodo", "Yonhap", "ANSA", "dpa", "PA Images", "Anadolu Agency"),
        ),
    ),
)  # fmt: skip

CHROME_HELDOUT: dict[str, ChromeFamily] = {
    "skip_link": ChromeFamily(
        (
            "Skip to primary content", "Skip to main navigation", "Jump to content",
            "Skip to the article", "Jump to comments section", "Skip to site search",
            "Bypass navigation", "Skip to latest news", "Skip to content area",
            "Go to navigation", "Skip to accessibility help", "Skip links", "Back to top",
            "Jump to top of page",
        ),
        vary_label,
    ),
    "icon_label": ChromeFamily(
        (
            "{weather} weather icon", "Weather icon {t}°F", "{t}° {weather} icon", "Menu icon",
            "Hamburger menu icon", "Camera icon", "Clock icon", "WhatsApp Icon", "LinkedIn icon",
            "Bookmark icon", "Arrow left icon", "Audio icon", "Collapse icon", "Share icon",
            "Caret down icon", "Comment Icon", "Gallery icon", "Instagram icon",
        ),
        as_listed,
    ),
    "gallery_counter": ChromeFamily(
        (
            "Photo {i}/{n}", "Image {i}/{n}", "{i} of {n} images", "Slide {i} of {n}",
            "Pic {i} of {n}", "View gallery ({n} photos)", "{n} Photos", "Item {i} of {n}",
            "Image {i} / {n}", "View all {n} images", "Gallery ({n})", "{n} images",
            "Picture {i} of {n}", "{i} / {n} images", "Showing image {i} of {n}",
            "{i} out of {n}", "Viewing photo {i} of {n}", "Photos: {i} of {n}",
        ),
        as_listed,
    ),
    "photo_caption": ChromeFamily(
        (
            "{scene}. Photo/{name}", "{scene}. PHOTO/{agency}", "{scene} | Photo: {name}",
            "{scene}. (Photo/{outlet})", "{scene}. — Photo by {name}",
            "{scene}. Picture: {name}/{agency}", "{scene}. Pic: {outlet}",
            "{scene}. EPA/{NAME}", "{scene}. ({agency}/{name})", "{scene}. Foto: {name}",
            "{scene}. Photo courtesy of {outlet}", "{scene}. (Image: {name}/Shutterstock)",
            "{scene}. Source: {agency}", "Photo credit: {name}/{outlet}",
            "{scene}. Photo © {name}", "{scene} [Photo: {agency}]",
            "{scene}. Photograph by {name} for {outlet}", "Image: {name}/{agency}",
            "{scene}. File picture", "{scene} — {NAME}/{agency}",
        ),
        as_listed,
    ),
    "recommended": ChromeFamily(
        (
            "Top picks for you", "Most popular", "Most viewed", "Popular now",
            "Don't miss: {headline}", "WATCH: {headline}", "Related coverage", "More stories",
            "Further reading", "Read also: {headline}", "Suggested reading", "Also on {outlet}",
            "In other news: {headline}", "Latest stories", "Recommended stories",
            "Keep reading: {headline}", "Up next: {headline}",
            "You might also be interested in", "Related topics", "PREVIOUSLY: {headline}",
        ),
        vary_label,
    ),
    "advertisement": ChromeFamily(
        (
            "Advert", "Sponsored content", "Promoted", "Continue reading after the advertisement",
            "Scroll down to continue reading", "Story continues after advertisement",
            "Content continues below", "Advertisement - story continues below", "Skip ad",
            "Report this ad", "Partner content", "Sponsored by {outlet}", "ADVERTISING",
            "AdChoices", "Why am I seeing this ad?", "Remove ads",
        ),
        vary_label,
    ),
    "share_follow": ChromeFamily(
        (
            "Follow @{handle} for more", "Share on LinkedIn", "Share on WhatsApp", "Post to X",
            "Share to Reddit", "Email this article", "Send this story to a friend", "Pin it",
            "Share this page", "Follow us on Facebook", "Follow {outlet} on X",
            "Find us on Instagram @{handle}", "Copy URL", "Link copied", "Tell a friend",
            "Twitter | Facebook | Reddit | Email", "Gift this article", "Open share menu",
        ),
        vary_label,
    ),
    "newsletter": ChromeFamily(
        (
            "Get our free newsletter delivered to your inbox.",
            "Subscribe to the {outlet} Weekly for the week's best stories.", "Sign me up",
            "Like this story? Get more in your inbox — it's free.",
            "Stay informed: subscribe to our daily email.",
            "Join {n},000 readers who get our newsletter.", "Thanks for signing up!",
            "Please enter a valid email address.",
            "Receive our top headlines every weekday morning.",
            "By signing up, you agree to receive emails from {outlet}.",
            "Your inbox, curated. Browse our newsletters.", "Get the {outlet} Daily Digest",
        ),
        vary_sentence,
    ),
    "cookie_subscription": ChromeFamily(
        (
            "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
            "We and our partners use cookies and similar technologies to personalise content and ads.",
            "Cookie settings", "Reject all", "This site uses cookies. Learn more.",
            "Subscribers only", "Unlock this article for $1.",
            "You've read {i} of {n} free articles this month.",
            "Register for free to read the rest of this article.",
            "To continue reading, log in or create a free account.",
            "Become a member to keep reading.", "Already have an account? Log in",
            "Exclusive to subscribers. Start your free trial.",
            "Subscribe for full access to {outlet}.", "Your privacy choices",
        ),
        vary_sentence,
    ),
    "listen": ChromeFamily(
        (
            "Listen to the story", "Listen to the article", "Hear this story",
            "Audio version: {m} min", "Play ({m}:{ss})", "{m}:{ss} listen",
            "Listen to this piece", "Press play to listen to this article",
            "Voiced by artificial intelligence.", "Audio article",
            "Narrated version • {m} minutes", "Click to listen", "Read aloud",
            "Listening time: {m} minutes",
        ),
        as_listed,
    ),
    "comment_count": ChromeFamily(
        (
            "{n} responses", "Discuss ({n})", "Add a comment", "Post a comment",
            "See all {n} comments", "Comments are closed.", "{n} Reactions", "Write a comment",
            "Load comments", "Be the first to comment", "{n} people are talking about this",
            "Comment count: {n}", "Open comments", "Sort comments by Newest",
        ),
        as_listed,
    ),
    "copyright_footer": ChromeFamily(
        (
            "Copyright {year} {outlet} Holdings LLC. All rights reserved.", "Copyright (C) {year} {outlet}. All rights reserved.",
            "© {outlet}, {year}. Some rights reserved.",
            "Copyright © {year} {outlet} Ltd. All Rights Reserved. Reproduction in whole or in part without permission is prohibited.",
            "© {year} {outlet} | Privacy Policy | Terms of Use", "All rights reserved © {outlet} {year}",
            "Copyright {year}, {outlet}. Distributed by Tribune Content Agency, LLC.",
            "©{year} {outlet}. This article may not be reproduced without permission.",
            "(C) Copyright {outlet} {year}", "© {outlet} Limited {year}",
            "Distributed by {outlet}. © {year}",
        ),
        as_listed,
        footer=True,
    ),
    "originally_appeared": ChromeFamily(
        (
            "This article was first published on {site}.", "This story originally ran in {outlet}.",
            "A version of this article was originally published by {outlet}.",
            "This piece was originally published at {site} and is reproduced with permission.",
            "This article is reprinted with permission from {site}.",
            "First published in {outlet} on {day}.", "Republished with permission from {site}.",
            "The original version of this story appeared on {site}.",
            "This report was first published by {outlet} and is shared under a partnership agreement.",
            "This article appeared originally in {outlet}.", "Read the original story at {site}.",
            "This content originally appeared on {site}.",
        ),
        vary_sentence,
        footer=True,
    ),
    "contributor_line": ChromeFamily(
        (
            "Reporting by {name}; additional reporting by {name2}",
            "Reporting by {name} in {place}; Writing by {name2}; Editing by {name3}",
            "{name} in {place} and {name2} in {place2} contributed reporting.",
            "{outlet} staff writer {name} contributed to this story.",
            "{name} contributed to this article from {place}.", "Staff writer {name} contributed.",
            "Additional reporting: {name}", "With additional reporting from {name} and {name2}.",
            "Research assistance by {name}.", "Writing by {name}; editing by {name2}",
            "Reuters reporters {name} and {name2} contributed to this story.",
            "{name}, {name2} and {name3} contributed reporting from {place}.",
        ),
        as_listed,
        footer=True,
    ),
}  # fmt: skip

ORPHAN_FRAGMENTS_HELDOUT = (
    "Tsu.", "tsu.", "Masu.", "Deshita.", "Nai.", "It was done.", "There was.", "Had been.",
    "Would be.", "Is.", "It became.", "Was not.", "To do.", "Were held.", "Has become.",
    "Is being.", "Such.", "Do.", "It has.", "done.", "Is that.", "Carried out.",
)  # fmt: skip
DANGLING_FRAGMENTS_HELDOUT = (
    "was announced on the.", "said that it would.", "it is said that.", "in the future as well.",
    "will be carried out.", "have been confirmed so far.", "is scheduled to.", "with the aim of.",
    "according to the.", "it is thought that.", "is being considered.",
    "from the viewpoint of the.", "the government of the.",
)  # fmt: skip
DANGLING_TAILS_HELDOUT = ("in cooperation with", "it is said", "and so on", "met with Dr.", "is")
ORPHAN_WORDS_HELDOUT = (
    "Politics", "Society", "Election", "Correspondent", "Video", "Defense", "Trade",
    "Environment", "Health", "Finance", "Summit", "International",
)  # fmt: skip
STRAY_INLINE_HELDOUT = (" ,", " . ,", " 、", " ;", " ・")
STRAY_PARAGRAPHS_HELDOUT = (",", "..", "．", "、", "・", "—")
# A wrong period before other joining words than the dev set's and/but/or, where a clause
# starts: after a comma, or (no comma) before a subordinating or relative word, not after a
# word that binds to what follows ("and then", "not yet", "just because", "in which").
_WRONG_PERIOD_SITE_HELDOUT = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bjust)(?<!\beven)"
    r"(?<!\bonly)(?<!\bfor)(?<!\bthan)(?<!\bthat)(?<!\bin)(?<!\bof)(?<!\bto)(?<!\bby)(?<!\bon)"
    r"(?<!\bat)(?<!\bwith)(?<!\bfrom)"
    r"(, | (?!so |yet |then ))(so|yet|while|because|which|who|when|after|although|whereas|then) "
    r"(?=[a-z])"
)


def echo_heldout(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo unlike the dev set's: capitalised, three words, or bare."""
    last = before[-1]
    r = rng.random()
    if r < 0.35 and last[:1].islower():
        return "capitalised word", " " + last[0].upper() + last[1:] + "."
    if r < 0.65 and len(before) > 2 and before[-2].isalpha() and before[-3].isalpha():
        return "three words", " " + " ".join(before[-3:]) + "."
    if para_end:
        return "word, no period", " " + last
    return "word twice", f" {last} {last}."


@dataclass
class Phrasing:
    """One set of wordings for the chrome and mt_debris injections."""

    name: str
    chrome: dict[str, ChromeFamily]
    pools: Pools
    orphan_fragments: tuple[str, ...]
    dangling_fragments: tuple[str, ...]
    dangling_tails: tuple[str, ...]
    orphan_words: tuple[str, ...]
    stray_inline: tuple[str, ...]
    stray_paragraphs: tuple[str, ...]
    wrong_period_site: re.Pattern[str]
    echo: Callable[[list[str], bool, random.Random], tuple[str, str]]
    seed_tag: str  # in the generators' seeds ("" keeps the dev phrasing's original seeds)
    title: str


# The "blind" (bench/phrasings_blind.py), "blind2" (bench/phrasings_blind2.py), "blind3"
# (bench/phrasings_blind3.py), "blind4" (bench/phrasings_blind4.py), "blind5"
# (bench/phrasings_blind5.py), "blind6" (bench/phrasings_blind6.py), "blind7"
# (bench/phrasings_blind7.py), "blind8" (bench/phrasings_blind8.py), "blind9"
# (bench/phrasings_blind9.py), "blind10" (bench/phrasings_blind10.py), "blind11"
# (bench/phrasings_blind11.py), "blind12" (bench/phrasings_blind12.py) and "blind13"
# (bench/phrasings_blind13.py) phrasings were written without reading the rules, each after the
# one before; blind to blind12 have since been used to tune them, blind13 never has. A set kept
# in a module of its own takes its chrome families' vary_* and footer from the dev set.


def module_phrasing(
    name: str,
    module: ModuleType,
    echo: Callable[[list[str], bool, random.Random], tuple[str, str]],
    title: str,
) -> Phrasing:
    """The phrasing set of a module that holds its pools, chrome templates and debris lists."""
    pools = Pools(
        module.NAMES, module.OUTLETS, module.SITES, module.PLACES, module.HEADLINES,
        module.SCENES, module.WEATHER, module.HANDLES, name_count=module.NAME_COUNT,
        extra=module.EXTRA,
    )  # fmt: skip
    chrome = {
        family: ChromeFamily(module.CHROME[family], spec.vary, spec.footer)
        for family, spec in CHROME.items()
        if family in module.CHROME
    }
    return Phrasing(
        name, chrome, pools, module.ORPHAN_FRAGMENTS, module.DANGLING_FRAGMENTS,
        module.DANGLING_TAILS, module.ORPHAN_WORDS, module.STRAY_INLINE, module.STRAY_PARAGRAPHS,
        module.WRONG_PERIOD_SITE, echo, f"{name}/", title,
    )  # fmt: skip


def echo_blind(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: upper-cased, four words, in brackets, or trailing "…"."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "upper-case word", f" {last.upper()}."
    if r < 0.5 and len(before) > 3 and all(w.isalpha() for w in before[-4:-1]):
        return "four words", " " + " ".join(before[-4:]) + "."
    if r < 0.75:
        return "word in brackets", f" ({last})."
    return "word, ellipsis", f" {last}…"


PHRASINGS = {
    "dev": Phrasing(
        "dev", CHROME, DEV_POOLS, ORPHAN_FRAGMENTS, DANGLING_FRAGMENTS, DANGLING_TAILS,
        ORPHAN_WORDS, STRAY_INLINE, STRAY_PARAGRAPHS, _WRONG_PERIOD_SITE, echo_dev, "",
        "DEV PHRASING (the templates the rules were tuned on)",
    ),
    "heldout": Phrasing(
        "heldout", CHROME_HELDOUT, HELDOUT_POOLS, ORPHAN_FRAGMENTS_HELDOUT,
        DANGLING_FRAGMENTS_HELDOUT, DANGLING_TAILS_HELDOUT, ORPHAN_WORDS_HELDOUT,
        STRAY_INLINE_HELDOUT, STRAY_PARAGRAPHS_HELDOUT, _WRONG_PERIOD_SITE_HELDOUT, echo_heldout,
        "heldout/",
        "HELD-OUT PHRASING (templates written apart from the rules; since seen by the rule writers)",
    ),
    "blind": module_phrasing(
        "blind", blind, echo_blind,
        "BLIND PHRASING (written without seeing the rules; since used for tuning)",
    ),
    "blind2": module_phrasing(
        "blind2", blind2, blind2.echo,
        "BLIND2 PHRASING (written without seeing the rules, after blind was used; since used "
        "for tuning)",
    ),
    # blind3 to blind12: each written after the one before it, each since used for tuning
    **{
        f"blind{n}": module_phrasing(
            f"blind{n}", module, module.echo,
            f"BLIND{n} PHRASING (written without seeing the rules, after blind{n - 1}; since "
            "used for tuning)",
        )
        for n, module in enumerate(
            (blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12),
            3,
        )
    },
    "blind13": module_phrasing(
        "blind13", blind13, blind13.echo,
        "BLIND13 PHRASING (written without seeing the rules, after blind12; never used for "
        "tuning)",
    ),
}  # fmt: skip


def _norm(template: str) -> str:
    """A template compared without case, spacing, decoration or end punctuation."""
    return " ".join(re.sub(r"[^\w{}]+", " ", template.casefold()).split())


def check_phrasings() -> None:
    """Each set covers the dev families and shares nothing with an earlier set (see _check_pair)."""
    sets = list(PHRASINGS.values())
    for i, later in enumerate(sets[1:], 1):
        for earlier in sets[:i]:
            _check_pair(earlier, later)
    joins = [
        set(re.search(r"\((\w+(?:\|\w+)+)\)", p.wrong_period_site.pattern)[1].split("|"))
        for p in sets
    ]
    for i, a in enumerate(joins):
        for j, b in enumerate(joins[i + 1 :], i + 1):
            assert not a & b, f"wrong_period joining words overlap: {sets[i].name}/{sets[j].name}"


DEBRIS_LISTS = (
    "orphan_fragments", "dangling_fragments", "dangling_tails", "orphan_words", "stray_inline",
    "stray_paragraphs",
)  # fmt: skip


def _check_pair(earlier: Phrasing, later: Phrasing) -> None:
    """later has earlier's chrome families (same vary, footer) and none of its templates (in any
    family), debris entries (in any list) or pool values."""
    label = f"{later.name} repeats {earlier.name}"
    assert earlier.chrome.keys() == later.chrome.keys(), f"chrome families differ: {label}"
    for family, spec in earlier.chrome.items():
        other = later.chrome[family]
        assert (spec.vary, spec.footer) == (other.vary, other.footer), family
    reused = _templates(earlier) & _templates(later)
    assert not reused, f"{label} templates {sorted(reused)}"
    reused = _debris_keys(earlier) & _debris_keys(later)
    assert not reused, f"{label} debris entries {sorted(reused)}"
    reused = _pool_values(earlier.pools) & _pool_values(later.pools)
    assert not reused, f"{label} pool values {sorted(reused)}"


def _templates(phrasing: Phrasing) -> set[str]:
    """The chrome templates of every family of a set, compared without case or decoration."""
    return {_norm(t) for spec in phrasing.chrome.values() for t in spec.templates}


def _debris_keys(phrasing: Phrasing) -> set[str]:
    """The debris entries of every list of a set, as written and compared like templates
    (punctuation-only entries only as written: an inline " !" is not a paragraph "!")."""
    entries = [x for attr in DEBRIS_LISTS for x in getattr(phrasing, attr)]
    return {key for x in entries for key in (x, _norm(x)) if key}


def _pool_values(pools: Pools) -> set[str]:
    """Every value a phrasing set fills its placeholders from, compared like templates."""
    values = (
        *pools.names, *pools.outlets, *pools.sites, *pools.places, *pools.headlines,
        *pools.scenes, *pools.weather, *pools.handles,
        *(v for _, choices in pools.extra for v in choices),
    )  # fmt: skip
    return {_norm(v) for v in values}


# ----------------------------------------------------------------------------- structure


def structure_variant(doc: Doc, family: str, rng: random.Random) -> Variant | None:
    """A doubled paragraph, a truncated teaser before the lead, or a repeated headline."""
    if family == "repeated_paragraph":
        prose = [p for p in doc.paragraphs if doc.text[p[1] - 1] in '.!?"”’)']
        if not prose:
            return None
        ps, pe = rng.choice(prose)
        para = doc.text[ps:pe]
        words = len(_WORD.findall(para))
        template = "15+ words" if words >= 15 else "under 15 words"
        item = Item(family, template, para, "paragraph", expected=para, needle=para)
        return build(doc, "structure", family, [item], [Injection(pe, pe, "\n\n" + para, 0)])
    if family == "truncated_teaser":
        source, k = "", 0
        while len(source) < MIN_TEASER_SOURCE_CHARS and k < len(doc.paragraphs):
            ps, pe = doc.paragraphs[k]
            source = (source + " " + doc.text[ps:pe]).strip()
            k += 1
        cut = int(len(source) * TEASER_SHARE)
        # Cut inside a word: move to the middle of the word at or after the cut.
        match = re.compile(r"\w{3,}").search(source, cut)
        if match is None:
            return None
        cut = match.start() + (match.end() - match.start()) // 2
        mark = rng.choice(("", "", "…", "...", " …"))
        teaser = source[:cut] + mark
        item = Item(family, f"cut word + {mark!r}", teaser, "tokens", needle=teaser)
        return build(doc, "structure", family, [item], [Injection(0, 0, teaser + "\n\n", 0)])
    headline = doc.headline
    r = rng.random()
    if r < 0.55:
        template, repeat = "exact", headline
    elif r < 0.75:
        template, repeat = "upper case", headline.upper()
    elif r < 0.9:
        template, repeat = "title case", title_case(headline)
    else:
        template, repeat = "with ' | outlet'", f"{headline} | {rng.choice(OUTLETS)}"
    item = Item(family, template, f"{headline} / {repeat}", "tokens", needle=repeat)
    return build(
        doc, "structure", family, [item], [Injection(0, 0, f"{headline}\n\n{repeat}\n\n", 0)]
    )


# ----------------------------------------------------------------------------- encoding

ENTITY_FORMS = {
    "&": ("&amp;", "&#38;"),
    '"': ("&quot;", "&#34;"),
    "'": ("&#39;", "&#039;", "&apos;"),
    "’": ("&#8217;", "&rsquo;", "&#x2019;"),
    "‘": ("&#8216;", "&lsquo;"),
    "“": ("&#8220;", "&ldquo;"),
    "”": ("&#8221;", "&rdquo;"),
    "—": ("&mdash;", "&#8212;"),
    "–": ("&ndash;", "&#8211;"),
    "é": ("&eacute;", "&#233;"),
    "…": ("&hellip;", "&#8230;"),
    " ": ("&nbsp;", "&#160;"),
}


def encoding_variant(doc: Doc, family: str, rng: random.Random) -> Variant | None:
    """ENCODING_ITEMS encoding faults of one family; each must be repaired to the original."""
    text = doc.text
    candidates: list[tuple[int, int, str, str]] = []  # start, end, replacement, template
    if family == "mojibake":
        for tok in _TOKEN.finditer(text):
            word = tok.group()
            if any(ord(c) > 127 for c in word) and not any(c in INVISIBLES for c in word):
                codec = "cp1252" if rng.random() < 0.75 else "latin-1"
                bad = mangle(word, codec)
                if bad != word and "\n" not in bad:
                    candidates.append((tok.start(), tok.end(), bad, f"utf-8 read as {codec}"))
    elif family == "html_entity":
        for i, ch in enumerate(text):
            if ch in ENTITY_FORMS and (ch != " " or rng.random() < 0.02):
                form = rng.choice(ENTITY_FORMS[ch])
                candidates.append((i, i + 1, form, form))
    elif family == "invisible":
        for m in re.finditer(r"(?<=\w)(?=\w)|(?<= )(?=\w)", text):
            if rng.random() < 0.05:
                ch = rng.choice(INVISIBLES)
                if ch == "\u00ad" and not (text[m.start() - 1 : m.start() + 1].isalpha()):
                    ch = "\u200b"
                ins = ch * (2 if rng.random() < 0.2 else 1)
                candidates.append((m.start(), m.start(), ins, f"U+{ord(ch):04X}"))
    else:  # nbsp
        for m in re.finditer(r"(?<=\S) (?=\S)", text):
            if rng.random() < 0.05:
                form = rng.choice(NBSP_FORMS)
                candidates.append((m.start(), m.end(), form, f"U+{ord(form):04X}"))
    rng.shuffle(candidates)
    items: list[Item] = []
    inj: list[Injection] = []
    for start, end, new, template in candidates:
        if len(items) == ENCODING_ITEMS:
            break
        if any(abs(start - x.start) < MIN_SITE_GAP for x in inj):
            continue
        win = window(doc, start, end, new)
        if win is None:
            continue
        items.append(Item(family, template, win[1], "window", win[0], win[1]))
        inj.append(Injection(start, end, new, len(items) - 1))
    if not items:
        return None
    return build(doc, "encoding", family, items, inj)


# ----------------------------------------------------------------------------- measuring


def clean(text: str, doc_id: str) -> Article | None:
    """Run the cleaner on plain text; None when it rejected the document."""
    result = clean_document(RawDocument(source_uri=f"bench:{doc_id}", kind="text", text=text))
    return result if isinstance(result, Article) else None


def damage(doc: Doc, body: str, replaced: list[tuple[int, int]]) -> tuple[set[int], int]:
    """(indexes of missing, number counted) original words: a word-list diff against the body."""
    spans = list(_DAMAGE_WORD.finditer(doc.text))
    skip = {
        i
        for i, w in enumerate(spans)
        for s, e in replaced
        if (s < w.end() and e > w.start()) or (s == e and w.start() < s < w.end())
    }
    orig = [_INVISIBLE.sub("", w.group()) for w in spans]
    now = [_INVISIBLE.sub("", w) for w in _DAMAGE_WORD.findall(body)]
    matcher = difflib.SequenceMatcher(None, orig, now, autojunk=False)
    matched = set()
    for a, _, size in matcher.get_matching_blocks():
        matched.update(range(a, a + size))
    missing = {i for i in range(len(orig)) if i not in skip and i not in matched}
    return missing, len(orig) - len(skip)


def token_recall(variant: Variant, body: str) -> dict[int, float]:
    """Per item: the share of its token characters that have no counterpart in the body."""
    tokens = list(_TOKEN.finditer(variant.text))
    matcher = difflib.SequenceMatcher(
        None, [t.group() for t in tokens], _TOKEN.findall(body), autojunk=False
    )
    kept = set()
    for a, _, size in matcher.get_matching_blocks():
        kept.update(range(a, a + size))
    total: Counter[int] = Counter()
    gone: Counter[int] = Counter()
    for i, tok in enumerate(tokens):
        tag = variant.tags[tok.start()]
        if tag >= 0:
            total[tag] += len(tok.group())
            if i not in kept:
                gone[tag] += len(tok.group())
    return {tag: gone[tag] / total[tag] for tag in total}


def measure(variant: Variant) -> Outcome:
    """Clean a variant and score its items and its damage."""
    doc = variant.doc
    article = clean(variant.text, doc.doc_id)
    body = article.body if article else ""
    missing, counted = damage(doc, body, variant.replaced)
    by_tokens: dict[int, float] = {}
    if any(it.check == "tokens" for it in variant.items):
        by_tokens = {} if body == doc.clean_body else token_recall(variant, body)
    paragraphs_now = Counter(body.split("\n\n"))
    paragraphs_before = Counter(doc.text.split("\n\n"))
    recall = []
    for index, it in enumerate(variant.items):
        if it.check == "tokens":
            recall.append(by_tokens.get(index, 1.0))
        elif it.check == "window":
            recall.append(1.0 if it.expected in body else 0.0)
        elif it.check == "window_gone":
            recall.append(0.0 if it.damaged in body else 1.0)
        else:
            recall.append(
                1.0 if paragraphs_now[it.expected] <= paragraphs_before[it.expected] else 0.0
            )
    edits = (
        [(e.stage, e.rule, e.removed_text, e.replacement) for e in article.edits] if article else []
    )
    return Outcome(
        variant,
        recall,
        missing,
        counted,
        article.mt_score if article else 0.0,
        article.mt_suspect if article else False,
        body,
        edits,
    )


# ----------------------------------------------------------------------------- report


def load_docs(aeb: Path, seed: int) -> list[Doc]:
    """The ground-truth bodies of MIN_BODY_WORDS+ words, in layout shape, sorted by id."""
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    docs = []
    for doc_id in sorted(truth):
        body = truth[doc_id].get("articleBody") or ""
        if len(_WORD.findall(body)) < MIN_BODY_WORDS:
            continue
        text = layout(body)
        rng = random.Random(f"{seed}/headline/{doc_id}")
        doc = Doc(doc_id, split_of(doc_id), text, paragraph_spans(text), "")
        doc.headline = headline_for(truth[doc_id].get("url"), rng)
        docs.append(doc)
    return docs


def short(text: str) -> str:
    """One line, cut to SHOW_CHARS, paragraph breaks shown as ⏎."""
    text = text.replace("\n\n", " ⏎ ").replace("\n", " ⏎ ")
    return text if len(text) <= SHOW_CHARS else text[: SHOW_CHARS - 1] + "…"


def row_stats(outcomes: list[Outcome], split: str) -> tuple[int, float | None, float | None]:
    """(items, recall, damage %) of the outcomes of one split."""
    chosen = [o for o in outcomes if o.variant.doc.split == split]
    recalls = [r for o in chosen for r in o.recall]
    counted = sum(o.counted for o in chosen)
    recall = sum(recalls) / len(recalls) if recalls else None
    dmg = 100.0 * sum(len(o.missing) for o in chosen) / counted if counted else None
    return len(recalls), recall, dmg


def fmt(value: float | None, spec: str) -> str:
    """A number or a dash."""
    return "-" if value is None else format(value, spec)


def survivor_text(o: Outcome, it: Item) -> str:
    """How an item that was not removed or repaired looks in the cleaned body."""
    if it.check == "window":
        if it.damaged in o.body:
            return f"want {it.expected!r} got it unchanged {it.damaged!r}"
        left = it.expected[:CONTEXT_CHARS]
        at = o.body.find(left) if o.body.count(left) == 1 else -1
        found = o.body[at : at + len(it.damaged) + 5] if at >= 0 else "(context not in body)"
        return f"want {it.expected!r} got {found!r}"
    if it.check == "paragraph":
        return f"doubled paragraph kept: {short(it.expected)!r}"
    if it.check == "window_gone":
        return f"{it.damaged!r}"
    return f"{short(it.shown)!r}"


def remover(o: Outcome, needle: str) -> str:
    """The rule of the first non-encoding edit whose removed text holds the needle."""
    needle = needle.strip()[:40]
    for stage, rule, removed, _ in o.edits:
        if stage != "encoding" and needle and needle in removed:
            return rule
    return "?"


def runs(indexes: set[int]) -> list[list[int]]:
    """Consecutive runs of word indexes."""
    out: list[list[int]] = []
    for i in sorted(indexes):
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def lost_runs(o: Outcome, indexes: set[int]) -> list[tuple[str, str, str]]:
    """(rule, left context, lost text) of each run of lost original words."""
    doc = o.variant.doc
    spans = list(_DAMAGE_WORD.finditer(doc.text))
    found = []
    for run in runs(indexes):
        start, end = spans[run[0]].start(), spans[run[-1]].end()
        text = doc.text[start:end]
        rule = remover(o, text)
        if rule == "?":
            rule = remover(o, spans[run[0]].group())
        left = doc.text[max(0, start - 40) : start]
        found.append((rule, left, text))
    return found


def round_robin(groups: dict[str, list[str]], limit: int) -> list[str]:
    """Up to limit entries, taking one from each group in turn (groups in the given order)."""
    shown: list[str] = []
    depth = 0
    while len(shown) < limit and any(depth < len(v) for v in groups.values()):
        for name, entries in groups.items():
            if depth < len(entries) and len(shown) < limit:
                shown.append(f"[{name}] {entries[depth]}")
        depth += 1
    return shown


def print_table(rows: dict[tuple[str, str], list[Outcome]]) -> list[tuple[str, list[Outcome]]]:
    """The main table and the targets; returns the rows that miss the recall target."""
    header = (
        f"| {'kind':<32} | {'items dev/held':>14} | {'recall dev':>10} | {'recall held':>11} "
        f"| {'damage% dev':>11} | {'damage% held':>12} |"
    )
    print(header)
    print("|" + "|".join("-" * len(c) for c in header.split("|")[1:-1]) + "|")
    misses_recall, misses_damage = [], []
    for kind in ("none", "chrome", "mt_debris", "structure", "encoding"):
        families = [f for k, f in rows if k == kind]
        lines = [(f"{kind}:{f}" if kind != "none" else "none", rows[(kind, f)]) for f in families]
        if len(families) > 1:
            lines.append((f"{kind} (all)", [o for f in families for o in rows[(kind, f)]]))
        for label, outcomes in lines:
            nd, rd, dd = row_stats(outcomes, "dev")
            nh, rh, dh = row_stats(outcomes, "held-out")
            if nd == nh == 0:
                split = Counter(o.variant.doc.split for o in outcomes)
                count = f"{split['dev']}/{split['held-out']} bodies"
            else:
                count = f"{nd}/{nh}"
            print(
                f"| {label:<32} | {count:>14} | {fmt(rd, '.3f'):>10} | {fmt(rh, '.3f'):>11} "
                f"| {fmt(dd, '.3f'):>11} | {fmt(dh, '.3f'):>12} |"
            )
            if "(all)" in label:
                continue
            if rh is not None and rh < RECALL_TARGET:
                misses_recall.append((label, outcomes))
            if dh is not None and dh > DAMAGE_TARGET_PCT:
                misses_damage.append(label)
    print()
    print(
        f"targets (held-out decides): recall >= {RECALL_TARGET} in every row, "
        f"damage <= {DAMAGE_TARGET_PCT}% of words"
    )
    print(f"miss recall ({len(misses_recall)}): {', '.join(m[0] for m in misses_recall) or 'none'}")
    print(f"miss damage ({len(misses_damage)}): {', '.join(misses_damage) or 'none'}")
    print(
        "recall = mean over items of the share of the item's characters gone (repairs: 1 when "
        "the original text is back); damage = original words missing from the cleaned body"
    )
    return misses_recall


def print_removed_by(rows: dict[tuple[str, str], list[Outcome]]) -> None:
    """Which rules took out the removed items of each row, and chrome recall by variation."""
    print()
    print(
        "Rules that removed the items (dev+held-out; '?' = taken out piecemeal by several edits):"
    )
    for (kind, family), outcomes in rows.items():
        if kind in ("none", "encoding") or family.startswith("wrong_period"):
            continue
        by: Counter[str] = Counter()
        for o in outcomes:
            for it, r in zip(o.variant.items, o.recall, strict=True):
                if r > 0 and it.needle:
                    by[remover(o, it.needle)] += 1
        print(f"  {kind}:{family:<22} " + ", ".join(f"{k} {v}" for k, v in by.most_common(6)))
    print()
    print("Chrome recall by variation of the listed wording (dev+held-out, items in brackets):")
    variations = ("as listed", "case", "punct", "case+punct")
    print("  " + f"{'family':<22}" + "".join(f"{v:>18}" for v in variations))
    for (kind, family), outcomes in rows.items():
        if kind != "chrome":
            continue
        cells = []
        for v in variations:
            got = [
                r
                for o in outcomes
                for it, r in zip(o.variant.items, o.recall, strict=True)
                if it.variation == v
            ]
            cells.append(f"{sum(got) / len(got):.2f} [{len(got)}]" if got else "-")
        print("  " + f"{family:<22}" + "".join(f"{c:>18}" for c in cells))


def print_separation(rows: dict[tuple[str, str], list[Outcome]]) -> None:
    """mt_score and mt_suspect on untouched bodies and on bodies with 3-5 debris items."""
    print()
    print(f"mt_score separation (mt_suspect = mt_score >= {MT_SUSPECT_SCORE}):")
    for split in ("dev", "held-out", "all"):
        for label, outs in (
            ("untouched", rows[("none", "none")]),
            ("3-5 mt_debris", rows[("mt_debris", "mixed")]),
        ):
            chosen = [o for o in outs if split == "all" or o.variant.doc.split == split]
            if not chosen:
                continue
            mean = sum(o.mt_score for o in chosen) / len(chosen)
            flagged = sum(o.mt_suspect for o in chosen) / len(chosen)
            print(
                f"  {split:<9} {label:<14} bodies {len(chosen):>4}  mean mt_score {mean:.3f}  "
                f"flagged mt_suspect {100 * flagged:5.1f}%"
            )
    period_gone = [
        it.damaged.replace(". ", " ", 1) in o.body
        for o in rows[("mt_debris", "wrong_period_comma")]
        for it, r in zip(o.variant.items, o.recall, strict=True)
        if r == 0.0
    ]
    if period_gone:
        print(
            f"wrong_period_comma: of {len(period_gone)} items not restored, {sum(period_gone)} had "
            "the period taken out (the comma cannot come back); the rest kept the wrong period"
        )


def print_untouched_damage(rows: dict[tuple[str, str], list[Outcome]]) -> None:
    """Damage on the untouched bodies per rule with examples."""
    untouched = rows[("none", "none")]
    per_rule: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for o in untouched:
        for rule, left, text in lost_runs(o, o.missing):
            per_rule[rule].append((o.variant.doc.doc_id, left, text))
    print()
    print("Damage on the untouched bodies (original words missing), per rule:")
    order = sorted(per_rule, key=lambda r: -sum(len(_WORD.findall(t)) for *_, t in per_rule[r]))
    for rule in order:
        hits = per_rule[rule]
        words = sum(len(_WORD.findall(t)) for *_, t in hits)
        bodies = len({d for d, *_ in hits})
        print(f"  {rule:<22} runs {len(hits):>3}  bodies {bodies:>3}  words {words:>4}")
    print(f"Up to {MAX_EXAMPLES} examples ([rule] body id: …context ⟦removed⟧):")
    groups = {
        r: [
            f"{d[:10]}: …{short(left)}⟦{short(text)}⟧"
            for d, left, text in sorted(per_rule[r], key=lambda h: -len(h[2]))
        ]
        for r in order
    }
    for line in round_robin(groups, MAX_EXAMPLES):
        print(f"  {line}")


def print_damage(rows: dict[tuple[str, str], list[Outcome]]) -> None:
    """Damage the injections caused, beyond the untouched body's, with examples."""
    base = {o.variant.doc.doc_id: o.missing for o in rows[("none", "none")]}
    print()
    print("Damage the injections caused (original words lost beyond the untouched body's loss):")
    examples: dict[str, list[str]] = {}
    for (kind, family), outcomes in rows.items():
        if kind == "none":
            continue
        lost: Counter[str] = Counter()
        variants = 0
        lines = []
        for o in outcomes:
            extra = o.missing - base[o.variant.doc.doc_id]
            if not extra:
                continue
            variants += 1
            for rule, left, text in lost_runs(o, extra):
                lost[rule] += len(_WORD.findall(text))
                lines.append(
                    f"{o.variant.doc.doc_id[:10]} by {rule}: …{short(left)}⟦{short(text)}⟧"
                )
        if variants:
            rules = ", ".join(f"{r} {n}" for r, n in lost.most_common(4))
            print(
                f"  {kind}:{family:<22} variants {variants:>3}  words {sum(lost.values()):>4}  ({rules})"
            )
            examples[f"{kind}:{family}"] = lines
    print(f"Up to {MAX_EXAMPLES} examples (one per row in turn):")
    for line in round_robin(examples, MAX_EXAMPLES):
        print(f"  {line}")


def print_survivors(misses: list[tuple[str, list[Outcome]]]) -> None:
    """Up to MAX_EXAMPLES surviving items of each row that misses the recall target."""
    for label, outcomes in misses:
        by_template: dict[str, list[str]] = defaultdict(list)
        for o in outcomes:
            for it, r in zip(o.variant.items, o.recall, strict=True):
                if r < 1.0:
                    by_template[it.template].append(
                        f"{o.variant.doc.doc_id[:10]} gone {r:.2f}: {survivor_text(o, it)}"
                    )
        ordered = dict(sorted(by_template.items(), key=lambda kv: -len(kv[1])))
        total = sum(len(v) for v in ordered.values())
        print()
        print(f"Survivors of {label}: {total} items not fully removed (dev+held-out), by template:")
        print("  " + ", ".join(f"{t!r} x{len(v)}" for t, v in ordered.items()))
        for line in round_robin(ordered, MAX_EXAMPLES):
            print(f"  {line}")


def main() -> None:
    """Build the variants, clean them, print the table, the separation and the examples."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("aeb", type=Path, help="folder with ground-truth.json")
    ap.add_argument("--seed", type=int, default=1, help="seed of the damage generators")
    ap.add_argument(
        "--phrasing",
        choices=(
            "dev",
            "heldout",
            "blind",
            "blind2",
            "blind3",
            "blind4",
            "blind5",
            "blind6",
            "blind7",
            "blind8",
            "blind9",
            "blind10",
            "blind11",
            "blind12",
            "blind13",
            "both",
            "all",
        ),
        default="both",
        help="wording of the chrome and mt_debris injections: the templates the rules were "
        "tuned on (dev), ones written apart from the rules and since seen (heldout), ones "
        "written without seeing the rules and since used for tuning (blind, then blind2, "
        "blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11 and blind12, "
        "each written after the one before), one written without seeing the rules after blind12 "
        "and never used for tuning, the honest figure (blind13), dev and heldout (both, the "
        "default) or all fifteen (all)",
    )
    args = ap.parse_args()
    check_phrasings()
    chosen = {"both": ("dev", "heldout"), "all": tuple(PHRASINGS)}.get(
        args.phrasing, (args.phrasing,)
    )
    phrasings = [PHRASINGS[p] for p in PHRASINGS if p in chosen]
    started = time.perf_counter()

    docs = load_docs(args.aeb, args.seed)
    # none, structure and encoding do not depend on the phrasing: cleaned once, in every table.
    shared: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for doc in docs:
        article = clean(doc.text, doc.doc_id)
        doc.clean_body = article.body if article else ""
        shared[("none", "none")].append(measure(Variant(doc, "none", "none", doc.text, [], [], [])))

    Generator = Callable[[Doc, str, random.Random], Variant | None]
    shared_generators: list[tuple[str, str, Generator]] = [
        ("structure", f, structure_variant)
        for f in ("repeated_paragraph", "truncated_teaser", "headline_repeated")
    ]
    shared_generators += [
        ("encoding", f, encoding_variant) for f in ("mojibake", "html_entity", "invisible", "nbsp")
    ]
    worded: dict[str, dict[tuple[str, str], list[Outcome]]] = {}
    for phrasing in phrasings:
        generators: list[tuple[str, str, Generator]] = []
        generators += [
            ("chrome", f, partial(chrome_variant, phrasing=phrasing)) for f in phrasing.chrome
        ]
        generators += [
            ("mt_debris", f, partial(mt_variant, phrasing=phrasing))
            for f in (*MT_FAMILIES, "mixed")
        ]
        rows = worded[phrasing.name] = {(kind, family): [] for kind, family, _ in generators}
        for doc in docs:
            for kind, family, gen in generators:
                rng = random.Random(f"{args.seed}/{phrasing.seed_tag}{family}/{doc.doc_id}")
                variant = gen(doc, family, rng)
                if variant is not None:
                    rows[(kind, family)].append(measure(variant))
    for kind, family, gen in shared_generators:
        for doc in docs:
            variant = gen(doc, family, random.Random(f"{args.seed}/{family}/{doc.doc_id}"))
            if variant is not None:
                shared[(kind, family)].append(measure(variant))
    elapsed = time.perf_counter() - started

    n_dev = sum(d.split == "dev" for d in docs)
    cleaned = sum(len(v) for v in shared.values()) + sum(
        len(v) for rows in worded.values() for v in rows.values()
    )
    print(f"date: {dt.datetime.now().isoformat(timespec='seconds')}")
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"rules_version: {rules_version()}  seed: {args.seed}  phrasing: {args.phrasing}  "
        f"run time: {elapsed:.0f} s"
    )
    print(
        f"bodies: {len(docs)} of {MIN_BODY_WORDS}+ words ({n_dev} dev, {len(docs) - n_dev} "
        f"held-out); variants cleaned: {cleaned}"
    )
    print(
        "none, structure and encoding rows do not depend on the phrasing (cleaned once, shown in "
        "every table)"
    )
    print_untouched_damage(shared)
    for phrasing in phrasings:
        rows = {("none", "none"): shared[("none", "none")]}
        rows.update(worded[phrasing.name])
        rows.update({k: v for k, v in shared.items() if k[0] != "none"})
        print()
        print("=" * 100)
        print(f"{phrasing.title}  [--phrasing {phrasing.name}]")
        print("=" * 100)
        print()
        misses = print_table(rows)
        print_separation(rows)
        print_removed_by(rows)
        print_damage(rows)
        print_survivors(misses)


if __name__ == "__main__":
    main()
