"""What a fetched answer holds: a page becomes a document, a feed its items."""

from pipeline.sources.decode import BinaryDataError, DecodeError, decode
from pipeline.types import FeedSnapshot, Kind, Link, Metadata, RawDocument, Reject
from pipeline.web.client import Response
from pipeline.web.feeds import looks_like_feed, read_feed

# Media types read as pages; "" is a server that did not say (the bytes are sniffed).
PAGE_KINDS: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "": "html",
    "text/plain": "text",
}

Fetched = RawDocument | Link | Reject | FeedSnapshot


def documents_from(link: Link, response: Response) -> list[Fetched]:
    """A page's document, or a feed's snapshot and items; anything else is a Reject."""
    if looks_like_feed(response.body, response.media_type):
        if link.feed is not None:
            return [
                _reject(
                    link.url,
                    "feed_in_feed",
                    f"{link.url}: an item of {link.feed} is itself a feed; name it as a source to read it",
                )
            ]
        items = read_feed(response.body, link.url, media_type=response.media_type)
        return [FeedSnapshot(response.validators, response.body), *items]
    kind = PAGE_KINDS.get(response.media_type)
    if kind is None:
        return [
            _reject(
                link.url,
                "unsupported_content",
                f"{link.url}: is {response.media_type}, not a web page or a feed",
            )
        ]
    try:
        text = decode(response.body, is_html=kind == "html", declared=response.charset)
    except BinaryDataError as err:
        return [_reject(link.url, "binary", f"{link.url}: {err}")]
    except DecodeError as err:
        return [_reject(link.url, "encoding", f"{link.url}: {err}")]
    if not text.strip():
        return [_reject(link.url, "empty", f"{link.url}: the page is empty")]
    meta = Metadata(
        url=link.url,
        title=link.meta.title,
        byline=link.meta.byline,
        published_at=link.meta.published_at,
        external_id=link.meta.external_id,
        retrieved_at=response.retrieved_at,
    )
    return [
        RawDocument(
            source_uri=link.url,
            kind=kind,
            text=text,
            meta=meta,
            validators=response.validators,
        )
    ]


def _reject(uri: str, error_type: str, message: str) -> Reject:
    return Reject(source_uri=uri, stage="fetch", error_type=error_type, message=message)
