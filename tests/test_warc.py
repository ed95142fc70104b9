"""Behaviour of the WARC reader: which archived records become documents, which are skipped,
and why damaged or unusable input is rejected without losing the records around it."""

import gzip
import io
import random
import tracemalloc
import zlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.sources import warc
from pipeline.sources.warc import read_warc
from pipeline.types import RawDocument, Reject, Skipped

DATE = "2024-03-05T14:30:00Z"
CAPTURED = datetime(2024, 3, 5, 14, 30)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"

BRIDGE = (
    "Riverside council votes to reopen Mill Street bridge to cyclists",
    [
        "The Riverside town council voted six to three on Tuesday night to reopen the Mill "
        "Street bridge to cyclists and pedestrians, eighteen months after engineers closed it "
        "over concerns about corroded support beams.",
        "Repairs to the 1930s steel span cost 2.4 million pounds, slightly under the budget "
        "approved last spring. Cars will remain barred from the bridge until a second "
        "inspection in the autumn.",
        "Councillor Priya Nandakumar, who chairs the transport committee, said the closure had "
        "added twenty minutes to many residents' commutes. 'People have been cycling three "
        "kilometres out of their way to reach the station,' she said.",
        "Opponents argued that the money would have been better spent on the town's bus "
        "services, which lost two routes in January. The bridge is expected to reopen on 1 May.",
    ],
)

HARVEST = (
    "Wet summer cuts apple harvest by a fifth, growers say",
    [
        "Orchards across the valley picked roughly twenty per cent fewer apples this year than "
        "last, according to figures released by the regional growers' association on Monday.",
        "Growers blamed a cool, wet June that kept bees from pollinating blossom during the "
        "critical two-week window. Several farms reported outbreaks of scab, a fungal disease "
        "that thrives in damp conditions.",
        "'We had rain on nineteen of the thirty days in June,' said Tom Hadley, who farms forty "
        "hectares near Ashby. 'You cannot make that back later in the season.'",
        "Supermarket prices for locally grown apples are expected to rise modestly, although "
        "imports from the southern hemisphere should keep shelves stocked through the winter.",
    ],
)

HARBOUR = (
    "Harbour festival draws record crowds despite drizzle",
    [
        "More than 35,000 people visited the Eastport harbour festival over the weekend, "
        "organisers said, the highest attendance since the event began in 2006.",
        "Tall ships from Norway, the Netherlands and Ireland were moored along the north quay, "
        "and queues to board the largest, a three-masted barque built in 1911, stretched past "
        "the fish market for most of Saturday.",
        "Local traders said takings were up on last year. 'The drizzle kept nobody away,' said "
        "Maureen Clegg, who runs a seafood stall by the lifeboat station.",
    ],
)

# Every character here exists in windows-1252 and needs a byte above 0x7F there.
PATISSERIE = (
    "Café owner on the Rue Mercière wins the city’s pâtisserie prize",
    [
        "Zoë Lefèvre, who opened her café on the Rue Mercière in 2019, has won the city’s "
        "annual prize for the best pâtisserie, beating forty-two other entrants.",
        "The jury praised her crème brûlée tart and a pear and almond financier – a recipe she "
        "says she learned from her grandmother in Besançon.",
        "“I still can’t quite believe it,” Lefèvre said on Friday. “We are a tiny kitchen with "
        "three ovens.”",
    ],
)

# Every character here exists in windows-1251; read as windows-1252 it would be mojibake.
LIBRARY = (
    "В Твери открылась новая библиотека",
    [
        "В субботу в центре Твери открылась новая городская библиотека на сорок тысяч книг.",
        "По словам директора, в первый день читателями стали более трёхсот человек.",
    ],
)


def article_html(article: tuple[str, list[str]], *, meta_charset: str | None = "utf-8") -> str:
    """A news page as a small site would serve it: head, navigation, the article, a footer."""
    title, paragraphs = article
    meta = f'<meta charset="{meta_charset}">\n' if meta_charset else ""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n{meta}<title>{title}</title>\n</head>\n'
        '<body>\n<nav><a href="/">Home</a> <a href="/local">Local</a></nav>\n'
        f"<article>\n<h1>{title}</h1>\n{body}\n</article>\n"
        "<footer>© 2024 The Valley Courier</footer>\n</body>\n</html>\n"
    )


class Archive:
    """A WARC file written record by record, with fixed ids and dates so its bytes never vary.

    ``ends[i]`` is the file offset where record i + 1 ends, for cutting or damaging it.
    """

    def __init__(self, path: Path, *, packed: bool) -> None:
        self.path = path
        self._out = path.open("wb")
        self._writer = WARCWriter(self._out, gzip=packed)
        self.ends: list[int] = []

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self._out.close()

    def _headers(self, date: str) -> dict[str, str]:
        record_id = f"<urn:uuid:00000000-0000-4000-8000-{len(self.ends) + 1:012d}>"
        return {"WARC-Date": date, "WARC-Record-ID": record_id}

    def _write(self, record: object) -> None:
        self._writer.write_record(record)
        self.ends.append(self._out.tell())

    def warcinfo(self) -> None:
        """The archive's description record, as every crawler writes first."""
        info = {"software": "Valley Courier crawler 1.0", "format": "WARC File Format 1.0"}
        record = self._writer.create_warcinfo_record(self.path.name, info)
        for name, value in self._headers(DATE).items():
            record.rec_headers.replace_header(name, value)
        self._write(record)

    def response(
        self,
        url: str,
        body: bytes,
        *,
        content_type: str | None = "text/html; charset=utf-8",
        status: str = "200 OK",
        headers: Iterable[tuple[str, str]] = (),
        date: str = DATE,
    ) -> None:
        """A captured HTTP response: status line, headers, then the payload bytes as sent."""
        fields = [("Content-Type", content_type)] if content_type is not None else []
        http = StatusAndHeaders(status, [*fields, *headers], protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=self._headers(date),
        )
        self._write(record)

    def request(self, url: str) -> None:
        """The HTTP request a crawler sent for a page."""
        path = "/" + url.split("/", 3)[3]
        http = StatusAndHeaders(
            f"GET {path} HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        record = self._writer.create_warc_record(
            url, "request", http_headers=http, warc_headers_dict=self._headers(DATE)
        )
        self._write(record)

    def metadata(self, url: str) -> None:
        """Crawler notes about a capture (here, the links found on it)."""
        fields = b"outlink: https://news.example/local\r\n"
        record = self._writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(fields),
            length=len(fields),
            warc_content_type="application/warc-fields",
            warc_headers_dict=self._headers(DATE),
        )
        self._write(record)

    def revisit(self, url: str) -> None:
        """A later capture of an unchanged page, stored as a pointer to the first one."""
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self._writer.create_revisit_record(
            url,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=url,
            refers_to_date=DATE,
            http_headers=http,
            warc_headers_dict=self._headers(DATE),
        )
        self._write(record)

    def raw(self, data: bytes) -> None:
        """Bytes written as they are, for records no well-behaved writer would produce."""
        self._out.write(data)
        self.ends.append(self._out.tell())


def raw_record(headers: str, block: bytes) -> bytes:
    """One uncompressed WARC record with the given header lines (CRLF added) and block."""
    head = "WARC/1.0\r\n" + "".join(f"{line}\r\n" for line in headers.splitlines())
    return head.encode() + b"\r\n" + block + b"\r\n\r\n"


def http_block(body: bytes) -> bytes:
    """An HTML page's HTTP response as a crawler records it in a response record's block."""
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body


def summary(items: Iterable[RawDocument | Reject | Skipped]) -> list[tuple]:
    """What was read, record by record: ("doc", N), ("skip", N, reason), ("reject", N, type).

    N is the record number from the source_uri, or None for a Reject about the whole file.
    """
    rows: list[tuple] = []
    for item in items:
        _, _, fragment = item.source_uri.partition("#")
        number = int(fragment) if fragment else None
        if isinstance(item, RawDocument):
            rows.append(("doc", number))
        elif isinstance(item, Skipped):
            rows.append(("skip", number, item.reason))
        else:
            assert item.stage == "read"
            rows.append(("reject", number, item.error_type))
    return rows


def docs(items: Iterable[RawDocument | Reject | Skipped]) -> list[RawDocument]:
    """The documents among the items read."""
    return [item for item in items if isinstance(item, RawDocument)]


def rejects(items: Iterable[RawDocument | Reject | Skipped]) -> list[Reject]:
    """The Rejects among the items read."""
    return [item for item in items if isinstance(item, Reject)]


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def packed(request: pytest.FixtureRequest) -> bool:
    """Whether the archive is gzipped record by record, as crawlers usually write it."""
    return request.param


def archive_path(tmp_path: Path, packed: bool) -> Path:
    """Where to write a test archive, named like the real thing."""
    return tmp_path / ("crawl.warc.gz" if packed else "crawl.warc")


# --- what becomes a document ------------------------------------------------------------------


def test_html_responses_become_documents_and_other_records_are_skipped(
    tmp_path: Path, packed: bool
) -> None:
    bridge = article_html(BRIDGE)
    harvest = article_html(HARVEST)
    with Archive(archive_path(tmp_path, packed), packed=packed) as archive:
        archive.warcinfo()
        archive.request("https://news.example/local/mill-street-bridge")
        archive.response("https://news.example/local/mill-street-bridge", bridge.encode())
        archive.metadata("https://news.example/local/mill-street-bridge")
        archive.response(
            "https://news.example/business/apple-harvest",
            harvest.encode(),
            content_type="application/xhtml+xml",
            date="2024-03-06T08:05:09.250000Z",
        )
        archive.response(
            "https://news.example/old-page",
            b"<html><body><h1>Not found</h1></body></html>",
            status="404 Not Found",
        )
        archive.response(
            "https://news.example/bridge",
            b"",
            status="301 Moved Permanently",
            headers=[("Location", "https://news.example/local/mill-street-bridge")],
        )
        archive.response(
            "https://news.example/img/bridge.png", PNG_HEADER, content_type="image/png"
        )
        archive.response(
            "https://news.example/site.css", b"body { margin: 0 }", content_type="text/css"
        )
        archive.revisit("https://news.example/local/mill-street-bridge")

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [
        ("skip", 1, "warcinfo record"),
        ("skip", 2, "request record"),
        ("doc", 3),
        ("skip", 4, "metadata record"),
        ("doc", 5),
        ("skip", 6, "HTTP 404"),
        ("skip", 7, "HTTP 301"),
        ("skip", 8, "image/png"),
        ("skip", 9, "text/css"),
        ("skip", 10, "revisit record"),
    ]
    first, second = docs(items)
    uri = archive.path.absolute().as_uri()
    assert (first.source_uri, first.kind, first.text) == (f"{uri}#3", "html", bridge)
    assert first.meta.url == "https://news.example/local/mill-street-bridge"
    assert first.meta.retrieved_at == CAPTURED
    assert (second.source_uri, second.text) == (f"{uri}#5", harvest)
    assert second.meta.url == "https://news.example/business/apple-harvest"
    assert second.meta.retrieved_at == datetime(2024, 3, 6, 8, 5, 9, 250000)
    assert second.meta.published_at is None  # the capture time is not the publication date


@pytest.mark.parametrize(
    ("warc_date", "expected"),
    [
        ("2024-03-05T14:30:00Z", CAPTURED),
        ("2024-03-05T16:30:00+02:00", CAPTURED),  # not what the standard allows, but clear
        ("2024-03-05T14:30:00", CAPTURED),  # WARC dates are UTC even without a zone
        ("yesterday afternoon", None),
    ],
)
def test_capture_time_is_the_warc_date_as_naive_utc(
    tmp_path: Path, warc_date: str, expected: datetime | None
) -> None:
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response("https://news.example/a", article_html(BRIDGE).encode(), date=warc_date)

    (doc,) = docs(read_warc(str(archive.path)))

    assert doc.meta.retrieved_at == expected
    assert doc.meta.retrieved_at is None or doc.meta.retrieved_at.tzinfo is None


@pytest.mark.parametrize(
    ("article", "charset"), [(PATISSERIE, "windows-1252"), (LIBRARY, "windows-1251")]
)
def test_charset_in_the_http_header_decodes_the_page(
    tmp_path: Path, packed: bool, article: tuple[str, list[str]], charset: str
) -> None:
    # No <meta charset>: as on many older sites, only the server's header names the encoding.
    page = article_html(article, meta_charset=None)
    with Archive(archive_path(tmp_path, packed), packed=packed) as archive:
        archive.response(
            "https://news.example/a",
            page.encode(charset),
            content_type=f"text/html; charset={charset}",
        )

    (doc,) = docs(read_warc(str(archive.path)))

    assert doc.text == page
    assert article[1][0] in doc.text


@pytest.mark.parametrize("label", ["no-such-charset", "utf-8"], ids=["unknown", "wrong"])
def test_unusable_header_charset_falls_back_to_what_the_bytes_say(
    tmp_path: Path, label: str
) -> None:
    # Windows-1252 bytes under an unknown label, or one the bytes prove wrong: the header is
    # ignored, and the page is read by the usual rules (not UTF-8, so windows-1252).
    page = article_html(PATISSERIE, meta_charset=None)
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response(
            "https://news.example/a",
            page.encode("cp1252"),
            content_type=f"text/html; charset={label}",
        )

    (doc,) = docs(read_warc(str(archive.path)))

    assert doc.text == page


@pytest.mark.parametrize(
    ("headers", "encode"),
    [
        ([("Content-Encoding", "gzip")], gzip.compress),
        ([("Content-Encoding", "deflate")], zlib.compress),
        (
            [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
            lambda data: chunked(gzip.compress(data)),
        ),
    ],
    ids=["gzip", "deflate", "chunked-gzip"],
)
def test_compressed_payload_is_decompressed(
    tmp_path: Path, packed: bool, headers: list[tuple[str, str]], encode
) -> None:
    page = article_html(HARBOUR)
    with Archive(archive_path(tmp_path, packed), packed=packed) as archive:
        archive.response("https://news.example/harbour", encode(page.encode()), headers=headers)

    (doc,) = docs(read_warc(str(archive.path)))

    assert doc.text == page


def chunked(data: bytes, size: int = 100) -> bytes:
    """HTTP/1.1 chunked transfer coding of data, as a crawler may store it verbatim."""
    parts = [
        b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size])
        for i in range(0, len(data), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def long_page(paragraphs: int) -> bytes:
    """A long article page of varied sentences, so that it does not compress to almost nothing."""
    rng = random.Random(paragraphs)
    sentences = [sentence for _, body in (BRIDGE, HARVEST, HARBOUR) for sentence in body]
    body = "\n".join(
        f"<p>{rng.choice(sentences)} ({rng.randint(1, 10**6)})</p>" for _ in range(paragraphs)
    )
    return f"<!DOCTYPE html><html><body><article>{body}</article></body></html>".encode()


def cut_in_half(data: bytes) -> bytes:
    """The first half of the bytes, as when a transfer broke off."""
    return data[: len(data) // 2]


def flip_late_bytes(data: bytes) -> bytes:
    """The bytes with a few inverted three quarters of the way in, past the first steps."""
    at = len(data) * 3 // 4
    return data[:at] + bytes(b ^ 0xFF for b in data[at : at + 4]) + data[at + 4 :]


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        (cut_in_half(gzip.compress(long_page(200))), "damaged or cut short"),
        (flip_late_bytes(gzip.compress(long_page(200))), "damaged or cut short"),
        (PNG_HEADER + bytes(100), "neither that nor text"),
    ],
    ids=["cut-short", "damaged", "not-gzip"],
)
def test_unreadable_compressed_payload_is_rejected_and_reading_continues(
    tmp_path: Path, payload: bytes, says: str
) -> None:
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response(
            "https://news.example/harbour", payload, headers=[("Content-Encoding", "gzip")]
        )
        archive.response("https://news.example/harvest", article_html(HARVEST).encode())

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("reject", 1, "corrupt_gzip"), ("doc", 2)]
    assert says in rejects(items)[0].message


def test_page_labelled_gzip_but_sent_uncompressed_is_still_read(tmp_path: Path) -> None:
    page = article_html(HARBOUR)
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response(
            "https://news.example/harbour", page.encode(), headers=[("Content-Encoding", "gzip")]
        )

    (doc,) = docs(read_warc(str(archive.path)))

    assert doc.text == page


def test_unsupported_content_encoding_is_rejected_not_read_as_text(tmp_path: Path) -> None:
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        # "compress" (LZW) output of a short page: bytes that must not pass for text.
        archive.response(
            "https://news.example/a",
            b"\x1f\x9d\x90<!DOCTYPE",
            headers=[("Content-Encoding", "compress")],
        )
        archive.response("https://news.example/b", article_html(HARVEST).encode())

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("reject", 1, "encoding"), ("doc", 2)]
    assert "'compress'" in rejects(items)[0].message


def test_page_without_content_type_is_read_only_if_it_looks_like_html(tmp_path: Path) -> None:
    page = article_html(BRIDGE)
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response("https://news.example/a", b"\r\n  " + page.encode(), content_type=None)
        archive.response(
            "https://news.example/robots.txt",
            b"User-agent: *\nDisallow: /admin\n",
            content_type=None,
        )

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", 1), ("skip", 2, "no Content-Type, not HTML")]
    assert docs(items)[0].text == "\r\n  " + page


# --- records that are pages but cannot be used ------------------------------------------------


def test_oversize_page_is_rejected_and_the_next_record_read(
    tmp_path: Path, packed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warc, "MAX_DOCUMENT_BYTES", 8 * 1024)
    with Archive(archive_path(tmp_path, packed), packed=packed) as archive:
        archive.response("https://news.example/long", article_html(BRIDGE).encode() * 20)
        archive.response("https://news.example/short", article_html(HARVEST).encode())
        # Not a page, so its size does not matter: it is skipped, not rejected.
        archive.response(
            "https://news.example/big.png", PNG_HEADER * 1000, content_type="image/png"
        )

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("reject", 1, "too_large"), ("doc", 2), ("skip", 3, "image/png")]
    assert "8,192 bytes" in rejects(items)[0].message
    assert docs(items)[0].meta.url == "https://news.example/short"


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_oversize_page_is_read_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    monkeypatch.setattr(warc, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    huge = b"<html><body>" + b"<p>The council met again on Tuesday.</p>\n" * 800_000  # 32 MiB
    if encoding == "gzip":  # repetitive text shrinks about 500:1, so it balloons when read
        huge = gzip.compress(huge)
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response(
            "https://news.example/huge", huge, headers=[("Content-Encoding", encoding)]
        )
        archive.response("https://news.example/short", article_html(HARVEST).encode())
    del huge

    tracemalloc.start()
    try:
        items = list(read_warc(str(archive.path)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert summary(items) == [("reject", 1, "too_large"), ("doc", 2)]
    assert peak < 8 * 1024 * 1024, f"peak memory {peak:,} bytes: the payload was not capped"


def test_binary_undecodable_and_empty_pages_are_rejected_and_reading_continues(
    tmp_path: Path, packed: bool
) -> None:
    # Valid multi-byte UTF-8 ("é") next to a lone 0xE9: corrupt, and no charset makes it text.
    mixed = "<html><body><p>Café</p>".encode() + b"<p>caf\xe9</p></body></html>"
    with Archive(archive_path(tmp_path, packed), packed=packed) as archive:
        archive.response("https://news.example/logo", PNG_HEADER + bytes(200))
        archive.response("https://news.example/mixed", mixed, content_type="text/html")
        archive.response("https://news.example/empty", b"")
        archive.response("https://news.example/blank", b" \r\n\t\r\n")
        archive.response("https://news.example/harvest", article_html(HARVEST).encode())

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [
        ("reject", 1, "binary"),
        ("reject", 2, "encoding"),
        ("reject", 3, "empty"),
        ("reject", 4, "empty"),
        ("doc", 5),
    ]
    assert all("record" in reject.message for reject in rejects(items))


def test_bad_http_status_line_is_rejected_and_reading_continues(tmp_path: Path) -> None:
    block = b"HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n" + article_html(BRIDGE).encode()
    harvest = http_block(article_html(HARVEST).encode())
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.raw(
            raw_record(
                f"WARC-Type: response\nWARC-Target-URI: https://news.example/a\n"
                f"WARC-Date: {DATE}\nContent-Length: {len(block)}",
                block,
            )
        )
        archive.raw(
            raw_record(
                f"WARC-Type: response\nWARC-Target-URI: https://news.example/b\n"
                f"WARC-Date: {DATE}\nContent-Length: {len(harvest)}",
                harvest,
            )
        )

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("reject", 1, "invalid_warc"), ("doc", 2)]
    assert "'HTTP/1.1 OK'" in rejects(items)[0].message


# --- damaged archives -------------------------------------------------------------------------


def write_four_articles(path: Path, *, packed: bool) -> Archive:
    """An archive of four article pages, records 1 to 4."""
    with Archive(path, packed=packed) as archive:
        for number, article in enumerate([BRIDGE, HARVEST, HARBOUR, BRIDGE], start=1):
            archive.response(f"https://news.example/story-{number}", article_html(article).encode())
    return archive


def test_cut_short_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    archive = write_four_articles(tmp_path / "crawl.warc.gz", packed=True)
    data = archive.path.read_bytes()
    archive.path.write_bytes(data[: (archive.ends[1] + archive.ends[2]) // 2])  # inside record 3

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", 1), ("doc", 2), ("reject", None, "corrupt_gzip")]
    assert "cut short" in items[-1].message
    assert "record 3" in items[-1].message


def test_warc_gz_cut_inside_the_last_gzip_trailer_keeps_every_record(tmp_path: Path) -> None:
    # The last record's data is all there; only the check bytes after it are missing.
    archive = write_four_articles(tmp_path / "crawl.warc.gz", packed=True)
    archive.path.write_bytes(archive.path.read_bytes()[:-4])

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [*[("doc", n) for n in range(1, 5)], ("reject", None, "corrupt_gzip")]


@pytest.mark.parametrize(
    ("where", "kept"),
    [
        (lambda ends: ends[1] + 30, 2),  # at the start of record 3's compressed data
        (lambda ends: (ends[1] + ends[2]) // 2, 2),  # inside record 3's compressed data
        (lambda ends: ends[1] - 6, 1),  # record 2's CRC: only that check shows the damage
    ],
    ids=["data-start", "data", "crc"],
)
def test_damaged_warc_gz_keeps_only_the_records_before_the_damage(
    tmp_path: Path, where, kept: int
) -> None:
    archive = write_four_articles(tmp_path / "crawl.warc.gz", packed=True)
    data = bytearray(archive.path.read_bytes())
    offset = where(archive.ends)
    data[offset : offset + 4] = bytes(b ^ 0xFF for b in data[offset : offset + 4])
    archive.path.write_bytes(bytes(data))

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [
        *[("doc", n) for n in range(1, kept + 1)],
        ("reject", None, "corrupt_gzip"),
    ]
    assert "damaged gzip data" in items[-1].message


def stored_member(tmp_path: Path, padding: int) -> bytes:
    """Record 1 (an article page with padding spaces) as a gzip member of stored bytes.

    Compression level 0 stores the bytes as they are, so the member grows with the padding.
    """
    page = article_html(BRIDGE).replace("</body>", " " * padding + "</body>").encode()
    with Archive(tmp_path / "one.warc", packed=False) as record:
        record.response("https://news.example/story-1", page)
    return gzip.compress(record.path.read_bytes(), compresslevel=0, mtime=0)


def test_record_whose_gzip_check_fails_is_not_handed_on_even_if_its_data_was_read(
    tmp_path: Path,
) -> None:
    # Each gzip member ends with a CRC of its data. Here record 1's CRC starts exactly on an
    # 8 KiB boundary, so a reader going block by block has all of record 1 before its check.
    padding = (8 - len(stored_member(tmp_path, 0))) % 8192
    while len(member := stored_member(tmp_path, padding)) % 8192 != 8:
        padding -= 1  # a longer Content-Length value took a byte or two more
    crc = len(member) - 8
    damaged = member[:crc] + bytes(b ^ 0xFF for b in member[crc : crc + 4]) + member[crc + 4 :]
    rest = write_four_articles(tmp_path / "crawl.warc", packed=False)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(damaged + gzip.compress(rest.path.read_bytes()[rest.ends[0] :], mtime=0))

    items = list(read_warc(str(path)))

    assert summary(items) == [("reject", None, "corrupt_gzip")]
    assert "record 1 and the rest were not read" in items[0].message


def test_zero_padding_after_gzip_members_is_accepted(tmp_path: Path) -> None:
    archive = write_four_articles(tmp_path / "crawl.warc.gz", packed=True)
    archive.path.write_bytes(archive.path.read_bytes() + bytes(512))

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", n) for n in range(1, 5)]


@pytest.mark.parametrize(
    "cut",
    [
        lambda data, start: start + 40,  # inside the WARC headers
        lambda data, start: data.index(b"HTTP/1.1 200", start),  # right after the WARC headers
        lambda data, start: data.index(b"HTTP/1.1 200", start) + 20,  # inside the HTTP headers
        lambda data, start: data.index(b"<article>", start),  # inside the page
    ],
    ids=["warc-headers", "after-warc-headers", "http-headers", "payload"],
)
def test_cut_short_plain_warc_keeps_the_records_before_the_cut(tmp_path: Path, cut) -> None:
    archive = write_four_articles(tmp_path / "crawl.warc", packed=False)
    data = archive.path.read_bytes()
    archive.path.write_bytes(data[: cut(data, archive.ends[1])])  # record 3 starts at ends[1]

    items = list(read_warc(str(archive.path)))

    assert summary(items)[:2] == [("doc", 1), ("doc", 2)]
    assert len(items) == 3
    assert isinstance(items[2], Reject)
    assert items[2].error_type == "invalid_warc"
    assert "record 3" in items[2].message


def test_record_without_a_usable_content_length_stops_reading(tmp_path: Path) -> None:
    block = http_block(article_html(HARVEST).encode())
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response("https://news.example/a", article_html(BRIDGE).encode())
        archive.raw(
            raw_record(
                "WARC-Type: response\nWARC-Target-URI: https://news.example/b\n"
                "Content-Length: about 2 KB",
                block,
            )
        )
        archive.response("https://news.example/c", article_html(HARBOUR).encode())

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", 1), ("reject", 2, "invalid_warc")]
    assert "'about 2 KB'" in items[-1].message


@pytest.mark.parametrize(
    "bad_record",
    [
        raw_record(
            "WARC-Type: response\nContent-Length: 20", http_block(b"<p>no address</p>")[:20]
        ),
        b"WARC/9.9\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
    ],
    ids=["response-without-target-uri", "unknown-version"],
)
def test_record_headers_the_parser_rejects_end_reading_after_the_good_records(
    tmp_path: Path, bad_record: bytes
) -> None:
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response("https://news.example/a", article_html(BRIDGE).encode())
        archive.raw(bad_record)
        archive.response("https://news.example/c", article_html(HARBOUR).encode())

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", 1), ("reject", None, "invalid_warc")]
    assert "record 2" in items[-1].message


def test_runaway_headers_stop_reading_instead_of_filling_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warc, "MAX_HEADER_BYTES", 64 * 1024)
    with Archive(tmp_path / "crawl.warc", packed=False) as archive:
        archive.response("https://news.example/a", article_html(BRIDGE).encode())
        archive.response(
            "https://news.example/b",
            article_html(HARVEST).encode(),
            headers=[("Set-Cookie", "session=" + "x" * 200_000)],
        )

    items = list(read_warc(str(archive.path)))

    assert summary(items) == [("doc", 1), ("reject", None, "invalid_warc")]
    assert "65,536 bytes" in items[-1].message


def test_gzip_bomb_is_stopped(tmp_path: Path) -> None:
    size = 256 * 1024 * 1024
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/zeros.bin\r\n"
        f"Content-Length: {size}\r\n\r\n"
    ).encode()
    path = tmp_path / "bomb.warc.gz"
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(head + b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n")
        chunk = bytes(1024 * 1024)
        for _ in range(size // len(chunk)):
            out.write(chunk)

    items = list(read_warc(str(path)))

    assert summary(items) == [("reject", None, "gzip_bomb")]
    assert "gzip bomb" in items[0].message


# --- files that are not (readable) archives ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "error_type"),
    [
        ("noise.warc", random.Random(1952).randbytes(64 * 1024), "invalid_warc"),
        ("page.warc", article_html(BRIDGE).encode(), "invalid_warc"),
        ("page.warc.gz", gzip.compress(article_html(BRIDGE).encode()), "invalid_warc"),
        ("gzip-looking.warc.gz", b"\x1f\x8b" + random.Random(7).randbytes(4096), "corrupt_gzip"),
    ],
)
def test_file_that_is_not_a_warc_is_rejected_once(
    tmp_path: Path, name: str, content: bytes, error_type: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    items = list(read_warc(str(path)))

    assert summary(items) == [("reject", None, error_type)]
    assert items[0].source_uri == path.absolute().as_uri()
    assert name in items[0].message


@pytest.mark.parametrize(
    ("make", "error_type"),
    [
        (lambda path: None, "not_found"),
        (lambda path: path.mkdir(), "unreadable"),
        (lambda path: path.write_bytes(b""), "empty"),
        (lambda path: path.write_bytes(gzip.compress(b"")), "empty"),
    ],
    ids=["missing", "folder", "empty", "empty-gzip"],
)
def test_missing_unreadable_and_empty_files_are_rejected(
    tmp_path: Path, make, error_type: str
) -> None:
    path = tmp_path / "crawl.warc.gz"
    make(path)

    items = list(read_warc(str(path)))

    assert summary(items) == [("reject", None, error_type)]
    assert "crawl.warc.gz" in items[0].message
