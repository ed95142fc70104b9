"""RSS 0.9x/1.0/2.0 and Atom feeds, read with feedparser: each item becomes a link to fetch,
or a document when the feed carries the item's full text."""

import calendar
import io
import re
from datetime import UTC, datetime

import feedparser

from pipeline.types import Link, Metadata, RawDocument, Reject

# Feeds that carry whole articles put them in content:encoded or Atom <content>; a teaser is a
# sentence or three. From 150 words (seven or eight sentences of news prose) the item's own
# text is taken as the article; below that its page is fetched.
FULL_CONTENT_MIN_WORDS = 150

# Media types servers give feeds; text/xml and application/xml are also used for other XML.
FEED_MEDIA_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)

# A document is sniffed as a feed when its first kilobyte holds a feed's root element.
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
SNIFF_BYTES = 1024

_TAG = re.compile(r"<[^>]*>")
_EMAIL = r"[^\s@()<>]+@[^\s@()<>]+"
_EMAIL_THEN_NAME = re.compile(rf"^{_EMAIL} \((.+)\)$")
_NAME_THEN_EMAIL = re.compile(rf"^(.+?) ?[(<]{_EMAIL}[)>]$")
_BARE_EMAIL = re.compile(rf"^{_EMAIL}$")


def looks_like_feed(data: bytes, media_type: str = "") -> bool:
    """Whether bytes are a feed, by the media type's word or the root element."""
    if media_type in FEED_MEDIA_TYPES - {"application/xml", "text/xml"}:
        return True
    return _FEED_ROOT.search(data[:SNIFF_BYTES]) is not None


def read_feed(
    data: bytes, feed_uri: str, *, media_type: str = ""
) -> list[RawDocument | Link | Reject]:
    """The items of a feed: full-text items as documents, the others as links to fetch."""
    headers = {"content-type": media_type} if media_type else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.version and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        return [
            _reject(feed_uri, "invalid_feed", f"{feed_uri}: not an RSS or Atom feed ({problem})")
        ]
    if not parsed.entries:
        return [_reject(feed_uri, "empty", f"{feed_uri}: the feed has no items")]
    return [_item(entry, feed_uri, number) for number, entry in enumerate(parsed.entries, 1)]


def _item(entry: dict, feed_uri: str, number: int) -> RawDocument | Link | Reject:
    """One feed item: its full text if the feed has it, else a link to its page."""
    link = (entry.get("link") or "").strip() or None
    meta = Metadata(
        url=link,
        title=(entry.get("title") or "").strip() or None,
        byline=_author(entry),
        published_at=_published(entry),
        external_id=(entry.get("id") or "").strip() or None,
    )
    content = _full_content(entry)
    if content is not None:
        return RawDocument(source_uri=f"{feed_uri}#{number}", kind="html", text=content, meta=meta)
    if link is None:
        return _reject(
            f"{feed_uri}#{number}",
            "missing_text",
            f"{feed_uri}: item {number} has neither a link nor its full text",
        )
    return Link(url=link, meta=meta, feed=feed_uri)


def _full_content(entry: dict) -> str | None:
    """The longest HTML the item carries, when it is long enough to be the whole article."""
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    best = max(candidates, key=len)
    if len(_TAG.sub(" ", best).split()) < FULL_CONTENT_MIN_WORDS:
        return None
    return best


def _author(entry: dict) -> str | None:
    """The item's author's name, from "email (Name)", "Name (email)", or a plain name.

    feedparser's own split of "email (Name)" cuts names when the address's top-level domain
    is longer than four letters ("desk@news.travel (Ann)" gives the name "el (Ann"), so the
    raw author field is read here.
    """
    raw = " ".join((entry.get("author") or "").split())
    named = _EMAIL_THEN_NAME.match(raw) or _NAME_THEN_EMAIL.match(raw)
    if named:
        return named.group(1).strip() or None
    if _BARE_EMAIL.match(raw):
        return None
    return raw or None


def _published(entry: dict) -> datetime | None:
    """The item's publication (or last update) time as naive UTC."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).replace(tzinfo=None)


def _reject(uri: str, error_type: str, message: str) -> Reject:
    return Reject(source_uri=uri, stage="read", error_type=error_type, message=message)
