"""Every feed dialect the project reads gives its items as links with their metadata."""

from datetime import datetime

import pytest

from pipeline.types import Link, RawDocument, Reject
from pipeline.web.feeds import FULL_CONTENT_MIN_WORDS, looks_like_feed, read_feed

RSS_091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link>
<description>d</description><language>en</language>
<item><title>Bridge reopens</title><link>https://old.example/bridge</link>
<description>The bridge reopened.</description></item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF</title><link>https://rdf.example/</link>
<description>d</description></channel>
<item rdf:about="https://rdf.example/bridge"><title>Bridge reopens</title>
<link>https://rdf.example/bridge</link><dc:creator>Ann Reporter</dc:creator>
<dc:date>2026-11-20T09:30:00Z</dc:date></item>
</rdf:RDF>"""

RSS_20 = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Two</title><link>https://two.example/</link><description>d</description>
<item><title>Bridge reopens</title><link>https://two.example/bridge</link>
<author>desk@two.example (Ann Reporter)</author><guid>two-1</guid>
<pubDate>Fri, 20 Nov 2026 09:30:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:feed</id>
<updated>2026-11-20T09:30:00Z</updated>
<entry><title>Bridge reopens</title><id>urn:bridge</id><link href="https://atom.example/bridge"/>
<author><name>Ann Reporter</name></author><updated>2026-11-20T09:30:00Z</updated>
<summary>The bridge reopened.</summary></entry></feed>"""

PUBLISHED = datetime(2026, 11, 20, 9, 30)


@pytest.mark.parametrize(
    ("data", "url", "byline", "published"),
    [
        (RSS_091, "https://old.example/bridge", None, None),
        (RSS_10, "https://rdf.example/bridge", "Ann Reporter", PUBLISHED),
        (RSS_20, "https://two.example/bridge", "Ann Reporter", PUBLISHED),
        (ATOM, "https://atom.example/bridge", "Ann Reporter", PUBLISHED),
    ],
    ids=["rss-0.91", "rss-1.0", "rss-2.0", "atom"],
)
def test_each_dialect_gives_its_item_as_a_link_with_metadata(data, url, byline, published):
    assert looks_like_feed(data)

    (item,) = read_feed(data, "file:///feeds/f.xml")

    assert isinstance(item, Link)
    assert (item.url, item.meta.title, item.meta.byline, item.meta.published_at) == (
        url,
        "Bridge reopens",
        byline,
        published,
    )
    assert item.feed == "file:///feeds/f.xml"


def test_an_item_carrying_its_whole_text_is_a_document_not_a_link():
    words = " ".join(
        ["The council met again on Monday evening to vote."] * (FULL_CONTENT_MIN_WORDS // 9 + 1)
    )
    teaser = "The council met."
    feed = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>T</title><link>https://x.example/</link><description>d</description>
<item><title>Long</title><link>https://x.example/long</link><content:encoded><![CDATA[<p>{words}</p>]]></content:encoded></item>
<item><title>Short</title><link>https://x.example/short</link><content:encoded><![CDATA[<p>{teaser}</p>]]></content:encoded></item>
</channel></rss>""".encode()

    long, short = read_feed(feed, "https://x.example/feed")

    assert isinstance(long, RawDocument) and long.kind == "html"
    assert (
        long.source_uri == "https://x.example/feed#1" and long.meta.url == "https://x.example/long"
    )
    assert isinstance(short, Link) and short.url == "https://x.example/short"


@pytest.mark.parametrize(
    ("data", "error_type"),
    [
        (b"<html><body><p>Not a feed.</p></body></html>", "invalid_feed"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
            "empty",
        ),
    ],
)
def test_what_is_not_a_usable_feed_is_one_reject(data, error_type):
    (reject,) = read_feed(data, "https://x.example/feed")

    assert isinstance(reject, Reject) and reject.error_type == error_type
    assert "https://x.example/feed" in reject.message
