"""Feeds and pages fetched from a real HTTP server on 127.0.0.1, through the ingest-news flow."""

import io
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.ingest import ingest_news
from tests.conftest import artifacts_of, query
from tests.web_server import Site, endless, page, redirect, serving, slow, status

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = sorted((Path(__file__).parent / "fixtures" / "web" / "stories").glob("*.txt"))
# Stories 03 and 06 are also published by a partner site: the syndicated copies.
SYNDICATED = ("03", "06")
PUBLISHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _story(number: str) -> tuple[str, list[str]]:
    """A fixture story's headline and paragraphs."""
    headline, *paragraphs = (STORIES[int(number) - 1].read_text().strip()).split("\n\n")
    return headline.strip(), [p.strip() for p in paragraphs]


def _html(headline: str, paragraphs: list[str], outlet: str, extra_head: str = "") -> bytes:
    """A news page with the chrome real sites wrap an article in."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">{extra_head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{escape(headline)}</h1>
{body}
</article>
<aside><h2>Recommended</h2><ul><li><a href="/x">Ten things to do this weekend</a></li></ul></aside>
</main><footer>Copyright 2026 {outlet}. All rights reserved.</footer></body></html>""".encode()


def _feed(site: Site, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, path, author) items."""
    entries = "\n".join(
        f"<item><title>{escape(title)}</title><link>{site.url(path)}</link>"
        f"<author>desk@example.org ({escape(author)})</author>"
        f"<pubDate>{format_datetime(PUBLISHED, usegmt=True)}</pubDate>"
        f"<description>{escape(title)}: a short teaser.</description></item>"
        for title, path, author in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{site.url("/")}</link>
<description>Latest</description>
{entries}
</channel></rss>""".encode()


def _news_site(site: Site) -> None:
    """Eight stories and two syndicated copies, all listed in /feed.xml."""
    items = []
    for path in STORIES:
        number = path.stem
        headline, paragraphs = _story(number)
        # Half the pages give an ETag, half a Last-Modified date: both kinds of validator.
        validator = (
            {"etag": f'"story-{number}-v1"'}
            if int(number) % 2
            else {"last_modified": PUBLISHED.timestamp()}
        )
        site.routes[f"/news/{number}"] = page(
            _html(headline, paragraphs, "Example News"), **validator
        )
        items.append((headline, f"/news/{number}", f"Reporter {number}"))
    for number in SYNDICATED:
        headline, paragraphs = _story(number)
        copy = [*paragraphs, "This story originally appeared in Example News."]
        site.routes[f"/partner/{number}"] = page(
            _html(f"{headline} (wire)", copy, "Partner Daily"), etag=f'"partner-{number}"'
        )
        items.append((f"{headline} (wire)", f"/partner/{number}", "Wire staff"))
    site.routes["/feed.xml"] = page(
        _feed(site, items), "application/rss+xml; charset=utf-8", etag='"feed-v1"'
    )


@pytest.fixture
def site() -> Iterator[Site]:
    """The test server, with robots.txt closing /private/ to crawlers."""
    with serving(Site()) as running:
        running.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield running


def _ingest(db: Path, *sources: str, **options):
    return ingest_news(sources=list(sources), db=str(db), host_interval=0.0, **options)


def test_a_feed_lands_its_items_clusters_copies_and_is_not_downloaded_again(site, db_path):
    _news_site(site)

    first = _ingest(db_path, site.url("/feed.xml"))

    assert (first.articles_new, first.inputs_rejected) == (10, 0)
    rows = {
        r[0]: r[1:]
        for r in query(
            db_path,
            "SELECT url, title, byline, published_at, cluster_id, article_id, retrieved_at FROM articles",
        )
    }
    headline, _ = _story("01")
    assert rows[site.url("/news/01")][:3] == (
        headline,
        "Reporter 01",
        PUBLISHED.replace(tzinfo=None),
    )
    assert all(r[5] is not None for r in rows.values()), (
        "every fetched page says when it was fetched"
    )
    for number in SYNDICATED:
        original, copy = rows[site.url(f"/news/{number}")], rows[site.url(f"/partner/{number}")]
        assert copy[3] == original[4], (
            f"the partner's copy of {number} joins the original's cluster"
        )
    assert query(db_path, "SELECT count(*) FROM duplicate_clusters") == [(2,)]
    summary_md = artifacts_of(first.run_id)["ingest-summary"]
    for number in SYNDICATED:
        assert f"| 2 | {_story(number)[0]} |" in summary_md, "the UI lists the largest clusters"
    before = query(db_path, "SELECT * EXCLUDE (last_run_id) FROM articles ORDER BY article_id")

    site.clear()
    second = _ingest(db_path, site.url("/feed.xml"))

    assert (second.articles_new, second.articles_updated, second.articles_unchanged) == (0, 0, 10)
    fetched = [h for h in site.hits if h.path != "/robots.txt"]
    assert len(fetched) == 11, "the feed and its ten pages are each asked once"
    assert {h.status for h in fetched} == {304}, "nothing unchanged is downloaded again"
    assert (
        query(db_path, "SELECT * EXCLUDE (last_run_id) FROM articles ORDER BY article_id") == before
    )
    assert query(db_path, "SELECT count(DISTINCT last_run_id) FROM articles") == [(1,)]


def test_a_changed_page_is_downloaded_and_updated(site, db_path):
    _news_site(site)
    _ingest(db_path, site.url("/feed.xml"))
    headline, paragraphs = _story("01")
    site.routes["/news/01"] = page(
        _html(
            headline,
            [
                *paragraphs,
                "By Friday evening the union and the operator had agreed to resume talks next week.",
            ],
            "Example News",
        ),
        etag='"story-01-v2"',
    )

    again = _ingest(db_path, site.url("/feed.xml"))

    assert (again.articles_new, again.articles_updated, again.articles_unchanged) == (0, 1, 9)
    assert site.statuses("/news/01")[-1] == 200
    body = query(db_path, "SELECT body FROM articles WHERE url = ?", [site.url("/news/01")])
    assert "agreed to resume talks next week" in body[0][0]


def test_faults_each_end_as_one_clear_error_row(site, db_path):
    headline, paragraphs = _story("02")
    site.routes |= {
        "/fault/500": status(500),
        "/fault/404": status(404),
        "/fault/slow": slow(3.0),
        "/fault/loop-a": redirect("/fault/loop-b"),
        "/fault/loop-b": redirect("/fault/loop-a"),
        "/fault/endless": endless,
        "/private/story": page(_html(headline, paragraphs, "Example News")),
        "/fault/image": page(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
    }
    faults = {
        "/fault/500": "http_500",
        "/fault/404": "http_404",
        "/fault/slow": "timeout",
        "/fault/loop-a": "redirect_loop",
        "/fault/endless": "too_large",
        "/private/story": "robots_disallowed",
        "/fault/image": "unsupported_content",
    }

    summary = _ingest(db_path, *(site.url(p) for p in faults), fetch_timeout=0.5)

    assert (summary.articles_new, summary.inputs_rejected) == (0, len(faults))
    errors = query(db_path, "SELECT source_uri, stage, error_type, message FROM ingest_errors")
    assert sorted((uri, kind) for uri, _, kind, _ in errors) == sorted(
        (site.url(p), kind) for p, kind in faults.items()
    )
    assert {stage for _, stage, _, _ in errors} == {"fetch"}
    assert all(uri in message for uri, _, _, message in errors), "each message names its URL"
    assert site.statuses("/fault/500") == [500, 500, 500], "a 5xx is retried twice"
    assert site.statuses("/fault/404") == [404], "a 4xx is not retried"
    assert site.statuses("/private/story") == [], "robots.txt is obeyed before asking"
    shown = artifacts_of(summary.run_id)
    assert all(site.url(p) in shown["rejected-inputs"] for p in faults), "the UI lists rejects"
    assert "| fetch | http_500 | 1 |" in shown["ingest-summary"]


def test_a_wrong_charset_header_does_not_garble_the_text(site, db_path):
    words = "The café on the quay reopened, and the mayor’s speech drew a crowd of 300 people. "
    html = f"<html><body><article><h1>Quay café reopens</h1><p>{words * 4}</p><p>{words * 3}</p></article></body></html>"
    site.routes["/latin1-label"] = page(html.encode("utf-8"), "text/html; charset=iso-8859-1")
    site.routes["/utf8-label"] = page(html.encode("cp1252"), "text/html; charset=utf-8")

    summary = _ingest(db_path, site.url("/latin1-label"), site.url("/utf8-label"))

    assert (summary.articles_new, summary.inputs_rejected) == (2, 0)
    for (body,) in query(db_path, "SELECT body FROM articles"):
        assert "The café on the quay" in body and "mayor’s speech" in body


def test_compressed_pages_are_decoded(site, db_path):
    for number, encoding in (("04", "gzip"), ("05", "br")):
        headline, paragraphs = _story(number)
        site.routes[f"/news/{number}"] = page(
            _html(headline, paragraphs, "Example News"), encoding=encoding
        )

    summary = _ingest(db_path, site.url("/news/04"), site.url("/news/05"))

    assert summary.articles_new == 2
    for number in ("04", "05"):
        _, paragraphs = _story(number)
        body = query(
            db_path, "SELECT body FROM articles WHERE url = ?", [site.url(f"/news/{number}")]
        )
        assert body[0][0].startswith(paragraphs[0])


def test_one_story_at_several_addresses_is_one_article(site, db_path):
    for number in ("07", "08"):
        headline, paragraphs = _story(number)
        site.routes[f"/news/{number}"] = page(_html(headline, paragraphs, "Example News"))
    headline, paragraphs = _story("08")
    canonical = f'<link rel="canonical" href="{site.url("/news/08")}">'
    site.routes["/amp/news-08"] = page(_html(headline, paragraphs, "Example News", canonical))
    site.routes["/news/07?utm_source=feed&utm_medium=rss"] = page(
        _html(*_story("07"), "Example News")
    )
    sources = [
        site.url("/news/07"),
        site.url("/news/07?utm_source=feed&utm_medium=rss"),
        site.url("/news/08"),
        site.url("/amp/news-08"),
    ]

    summary = _ingest(db_path, *sources)

    assert (summary.articles_new, summary.articles_updated, summary.articles_unchanged) == (2, 0, 2)
    assert query(db_path, "SELECT count(*) FROM articles") == [(2,)]


def test_requests_to_one_host_are_spaced(site, db_path):
    for number in ("01", "02", "03", "04"):
        site.routes[f"/news/{number}"] = page(_html(*_story(number), "Example News"))

    _ingest_spaced = ingest_news(
        sources=[site.url(f"/news/{n}") for n in ("01", "02", "03", "04")],
        db=str(db_path),
        host_interval=0.4,
    )

    assert _ingest_spaced.articles_new == 4
    times = sorted(site.times("/"))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 5, "robots.txt and four pages"
    assert min(gaps) >= 0.35, f"requests to one host came {min(gaps):.2f} s apart"


def test_feed_links_to_local_files_and_unnamed_services_are_refused(site, db_path, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me " * 50)
    with serving(Site()) as other:
        other.routes["/admin"] = page(_html(*_story("05"), "Intranet"))
        feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>
<item><title>Local file</title><link>{secret.as_uri()}</link></item>
<item><title>Other service</title><link>{other.url("/admin")}</link></item>
<item><title>Metadata service</title><link>http://169.254.169.254/latest/meta-data/</link></item>
<item><title>Not http</title><link>ftp://127.0.0.1/pub/story.html</link></item>
</channel></rss>"""
        site.routes["/hostile.xml"] = page(feed.encode(), "application/rss+xml")

        summary = _ingest(db_path, site.url("/hostile.xml"))

        assert other.hits == [], "nothing was asked of a service the user did not name"
    assert (summary.articles_new, summary.inputs_rejected) == (0, 4)
    kinds = query(db_path, "SELECT error_type, count(*) FROM ingest_errors GROUP BY ALL")
    assert kinds == [("forbidden_target", 4)]
    assert not query(db_path, "SELECT * FROM articles WHERE body LIKE '%do not read me%'")


def test_feed_items_with_full_text_are_not_fetched(site, db_path, tmp_path):
    headline, paragraphs = _story("06")
    content = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Full text</title><id>urn:feed</id>
<updated>2026-11-20T09:30:00Z</updated>
<entry><title>{escape(headline)}</title><id>urn:story:06</id><link href="{site.url("/news/06")}"/>
<author><name>Reporter 06</name></author><updated>2026-11-20T09:30:00Z</updated>
<content type="html">{escape(content)}</content></entry></feed>"""
    feed_file = tmp_path / "full.atom"
    feed_file.write_text(atom)

    summary = _ingest(db_path, str(feed_file))

    assert summary.articles_new == 1
    assert site.hits == [], "the item's page was not downloaded"
    row = query(db_path, "SELECT title, byline, url, body FROM articles")[0]
    assert row[:3] == (headline, "Reporter 06", site.url("/news/06"))
    assert row[3].startswith(paragraphs[0])


def test_a_warc_archive_lands_its_pages_with_their_address_and_capture_date(db_path, tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, code in (("01", "200 OK"), ("02", "200 OK"), ("03", "404 Not Found")):
            headers = StatusAndHeaders(
                code, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            payload = _html(*_story(number), "Archived News")
            record = writer.create_warc_record(
                f"https://archived.example/news/{number}",
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-11-02T08:15:00Z"},
            )
            writer.write_record(record)

    summary = _ingest(db_path, str(archive))

    assert (summary.articles_new, summary.inputs_rejected, summary.records_skipped) == (2, 0, 1)
    rows = query(db_path, "SELECT url, source_uri, retrieved_at, title FROM articles ORDER BY url")
    assert [r[0] for r in rows] == [
        "https://archived.example/news/01",
        "https://archived.example/news/02",
    ]
    assert all(r[1].startswith(archive.as_uri() + "#") for r in rows)
    assert {r[2] for r in rows} == {datetime(2026, 11, 2, 8, 15)}
    assert rows[0][3] == _story("01")[0]
