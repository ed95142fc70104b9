"""Frozen value classes handed from one pipeline stage to the next."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np

Stage = Literal["read", "fetch", "extract", "encoding", "boilerplate", "mt_artifact", "structure"]
Kind = Literal["text", "html"]


@dataclass(frozen=True)
class Metadata:
    """What is known about an article besides its text; None when unknown."""

    url: str | None = None
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    external_id: str | None = None
    # When the page was fetched or captured (HTTP fetch, WARC-Date); not the publication date.
    retrieved_at: datetime | None = None


@dataclass(frozen=True)
class Validators:
    """What a server said about a response, to ask next time whether it changed (RFC 9110)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One input record, decoded to text but not yet cleaned."""

    source_uri: str
    kind: Kind
    text: str
    meta: Metadata = field(default_factory=Metadata)
    # Set for pages fetched over HTTP: remembered so an unchanged page is not downloaded again.
    validators: Validators | None = None


@dataclass(frozen=True)
class Skipped:
    """A record that is not a web page (a request, a redirect, an image): not an error, counted."""

    source_uri: str
    reason: str


@dataclass(frozen=True)
class Link:
    """A web address to fetch: a source the user named, or an item a feed links to."""

    url: str
    # What the feed said about the item (title, author, date); empty for a named source.
    meta: Metadata = field(default_factory=Metadata)
    # The feed the link was found in, None when the user named the URL.
    feed: str | None = None


@dataclass(frozen=True)
class FeedSnapshot:
    """A feed as last downloaded: read again from here when its server answers 304."""

    validators: Validators
    body: bytes


@dataclass(frozen=True)
class NotModified:
    """A page whose server answered 304: it is the article landed from it before."""

    source_uri: str
    article_id: str


@dataclass(frozen=True)
class Reject:
    """An input that could not become an article, and why."""

    source_uri: str
    stage: Stage
    error_type: str
    message: str


@dataclass(frozen=True)
class Edit:
    """One change to the text: the span [char_start, char_end) of the text the stage received.

    Extraction edits name dropped page blocks and have no span (None).
    """

    stage: Stage
    rule: str
    char_start: int | None
    char_end: int | None
    removed_text: str
    replacement: str = ""


@dataclass(frozen=True)
class Extraction:
    """The article text of a web page, its metadata, and the page blocks left out."""

    text: str
    meta: Metadata
    dropped: tuple[Edit, ...] = ()
    is_article: bool = True
    not_article_reason: str | None = None


@dataclass(frozen=True)
class StageResult:
    """A stage's output text, the edits that turn its input into it, and metadata it found."""

    text: str
    edits: tuple[Edit, ...] = ()
    byline: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article, ready to be fingerprinted and landed."""

    article_id: str
    source_uri: str
    meta: Metadata
    body: str
    body_sha256: str
    word_count: int
    mt_score: float
    mt_suspect: bool
    edits: tuple[Edit, ...]
    rules_version: str
    is_article: bool = True
    not_article_reason: str | None = None
    # The URL the article is known by (rel=canonical, tracking parameters removed), or None.
    canonical_url: str | None = None
    validators: Validators | None = None


@dataclass(frozen=True)
class Signature:
    """The near-duplicate fingerprint of one article: shingles, MinHash values, LSH band keys."""

    article_id: str
    shingles: np.ndarray
    hashvalues: np.ndarray
    band_keys: np.ndarray
