"""Frozen value classes handed from one pipeline stage to the next."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np

Stage = Literal["read", "extract", "encoding", "boilerplate", "mt_artifact", "structure"]
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


@dataclass(frozen=True)
class RawDocument:
    """One input record, decoded to text but not yet cleaned."""

    source_uri: str
    kind: Kind
    text: str
    meta: Metadata = field(default_factory=Metadata)


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


@dataclass(frozen=True)
class Signature:
    """The near-duplicate fingerprint of one article: shingles, MinHash values, LSH band keys."""

    article_id: str
    shingles: np.ndarray
    hashvalues: np.ndarray
    band_keys: np.ndarray
