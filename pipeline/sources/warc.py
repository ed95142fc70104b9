"""Read WARC web archives (.warc, .warc.gz): every archived HTML page becomes one RawDocument.

An archive holds many records; record N (counting every record from 1, so the number points at
the record in the archive) is named ``file:///...#N``. Only ``response`` records with HTTP
status 200 and an HTML payload are pages. Every other record (warcinfo, request, revisit, a
redirect, an image) is not an error but ``Skipped``, so a caller can count it. Bad input never
raises: it is a ``Reject`` with stage "read" and one of these error types:

not_found, unreadable, invalid_warc, corrupt_gzip, gzip_bomb, too_large, empty, binary, encoding.

The archive is read as a stream, one record at a time, so memory stays bounded for any size.
Gzip is undone here rather than by the WARC parser, because the parser takes damaged or cut-short
gzip data for the end of the archive and silently drops everything after it.
"""

import io
import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from warcio.archiveiterator import WARCIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader
from warcio.limitreader import LimitReader
from warcio.recordloader import ArcWarcRecord

from pipeline.sources.decode import BinaryDataError, DecodeError, decode
from pipeline.sources.files import (
    MAX_DOCUMENT_BYTES,
    READ_CHUNK_BYTES,
    display_path,
    file_uri,
    format_size,
    open_error,
    reject,
)
from pipeline.sources.jsonl import GZIP_RATIO_AFTER_BYTES, MAX_GZIP_RATIO
from pipeline.types import Metadata, RawDocument, Reject, Skipped

# RFC 1952, section 2.3.1: every gzip member starts with ID1 ID2 = 0x1f 0x8b. The content, not
# the file name, decides, so a .warc that is really gzipped (or the reverse) still reads.
GZIP_MAGIC = b"\x1f\x8b"

# zlib manual, inflateInit2(): "add 16 to windowBits to decode only the gzip format"; zlib then
# also checks each member's CRC-32 and length trailer.
GZIP_WBITS = 16 + zlib.MAX_WBITS

# WARC 1.1 specification, section 4: a record begins with its version line, "WARC/1.1".
WARC_MAGIC = b"WARC/"

# Servers refuse header blocks far smaller (Apache LimitRequestFieldSize 8190 bytes per line,
# nginx large_client_header_buffers 4 x 8k), so 1 MiB of WARC plus HTTP headers for one record
# can only be damage. The parser holds a header line whole, so this also bounds its memory.
MAX_HEADER_BYTES = 1024 * 1024

# WHATWG MIME Sniffing, "read the resource header": at most 1445 bytes are examined.
HTML_SNIFF_BYTES = 1445

# The media types a browser renders as an HTML page.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Content-Encoding values that mean "not encoded" (RFC 9110, section 8.4.1).
IDENTITY_ENCODINGS = frozenset({"", "identity"})

# WHATWG MIME Sniffing, "rules for identifying an unknown mime type": after leading whitespace,
# one of these tags (or a comment) followed by a space or ">" means HTML. A UTF-8 byte-order mark
# before it is also accepted: the page is still HTML to a reader.
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?[\t\n\x0c\r ]*<(?:!DOCTYPE HTML|HTML|HEAD|SCRIPT|IFRAME|H1|DIV|FONT|"
    rb"TABLE|A|STYLE|TITLE|B|BODY|BR|P|!--)[ >]",
    re.IGNORECASE,
)

# Deflate expands at most about 1032:1 (zlib FAQ, "maximum compression factor"), so feeding a
# gzip/deflate payload to its decompressor 1 KiB at a time yields about 1 MiB per step at most,
# the size of one READ_CHUNK_BYTES; the parser's default 16 KiB step could yield 16 MiB at once.
CONTENT_BLOCK_BYTES = 1024

# The Content-Encodings the parser's readers undo ("br" only when brotli is installed).
_DECOMPRESSORS = frozenset(BufferedReader.get_supported_decompressors())

# How much of a bad header line to quote in a message: enough to recognise, not a wall of bytes.
_QUOTE_CHARS = 80

__all__ = ["MAX_HEADER_BYTES", "read_warc"]


class _StopReading(Exception):
    """Raised through the WARC parser when the rest of the archive cannot be read."""

    def __init__(self, error_type: str, reason: str, *, damaged: bool = False) -> None:
        super().__init__(reason)
        self.error_type = error_type
        # Damaged gzip (not merely cut short) taints everything in the member it was found in.
        self.damaged = damaged


class _GzipMembers:
    """Gzip with any number of members undone, knowing how much output passed its CRC check.

    zlib checks each member's CRC-32 and length when it reaches the member's end, so the
    output before ``verified`` came from members known to be intact.
    """

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self._member: Any = None  # the zlib decompressor of the member being read
        self._input = b""
        self.produced = 0
        self.verified = 0

    def read1(self, size: int) -> bytes:
        """At most size bytes of output, never from two members; b"" at the end of the data.

        Raises EOFError when the data ends inside a member, zlib.error when it is damaged.
        """
        while True:
            if not self._input:
                self._input = self._raw.read(io.DEFAULT_BUFFER_SIZE)
                if not self._input:
                    if self._member is not None:
                        raise EOFError("the file ends inside a gzip member")
                    return b""
            if self._member is None:
                # Zero bytes after a member are padding, as Python's own gzip module accepts.
                self._input = self._input.lstrip(b"\x00")
                if not self._input:
                    continue
                self._member = zlib.decompressobj(GZIP_WBITS)
            data = self._member.decompress(self._input, max(size, 0))
            self._input = self._member.unconsumed_tail
            self.produced += len(data)
            if self._member.eof:
                self._input = self._member.unused_data
                self._member = None
                self.verified = self.produced
            if data:
                return data


class _ArchiveStream:
    """The archive's bytes for the WARC parser, gzip undone; damage comes out as _StopReading."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self._gzip = _GzipMembers(raw) if raw.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC) else None
        self._pending = b""
        self.delivered = 0
        # While set, how many more bytes may be read before the headers count as runaway.
        self.header_budget: int | None = None

    @property
    def is_gzip(self) -> bool:
        """Whether the file is gzip-compressed (judged by its first bytes, not its name)."""
        return self._gzip is not None

    @property
    def verified(self) -> int:
        """How far into the archive the data is known intact: the CRC-checked part of gzip."""
        return self.delivered if self._gzip is None else self._gzip.verified

    def start(self, size: int) -> bytes:
        """The first size bytes (fewer if the archive is shorter); read() still returns them."""
        chunks: list[bytes] = []
        got = 0
        while got < size and (chunk := self._read(size - got)):
            chunks.append(chunk)
            got += len(chunk)
        self._pending = b"".join(chunks)
        return self._pending

    def read(self, size: int = -1) -> bytes:
        """Up to size bytes (the rest if size < 0), checked for damage, bombs, runaway headers."""
        if self._pending:
            cut = len(self._pending) if size < 0 else size
            data, self._pending = self._pending[:cut], self._pending[cut:]
        else:
            data = self._read(size)
        self.delivered += len(data)
        if self.header_budget is not None:
            self.header_budget -= len(data)
            if self.header_budget < 0:
                raise _StopReading(
                    "invalid_warc",
                    f"record headers run past {format_size(MAX_HEADER_BYTES)} "
                    "(a damaged record, or not WARC data)",
                )
        if self._gzip is not None and self.delivered > GZIP_RATIO_AFTER_BYTES:
            compressed = max(self._raw.tell(), 1)
            if self.delivered / compressed > MAX_GZIP_RATIO:
                raise _StopReading(
                    "gzip_bomb",
                    f"{format_size(self.delivered)} came out of {format_size(compressed)} of gzip "
                    f"data, more than {MAX_GZIP_RATIO}:1 (possibly a gzip bomb)",
                )
        return data

    def tell(self) -> int:
        """Bytes handed to the parser so far; it measures record offsets with this."""
        return self.delivered

    def _read(self, size: int) -> bytes:
        """What one read of the file yields (at most size bytes), errors as _StopReading."""
        try:
            if self._gzip is None:
                return self._raw.read1(size)
            return self._gzip.read1(size)
        except EOFError as err:
            raise _StopReading("corrupt_gzip", f"gzip data cut short ({err})") from None
        except zlib.error as err:
            raise _StopReading("corrupt_gzip", f"damaged gzip data ({err})", damaged=True) from None
        except OSError as err:
            raise _StopReading("unreadable", f"read failed: {err.strerror or err}") from None


def read_warc(path: str) -> Iterator[RawDocument | Reject | Skipped]:
    """Read a WARC file (plain or gzip, judged by content) record by record, never all at once."""
    uri = file_uri(path)
    shown = display_path(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below; gzip and the parser wrap it
    except OSError as err:
        yield open_error(uri, path, err)
        return
    with raw:
        try:
            source = _ArchiveStream(raw)
            head = source.start(len(WARC_MAGIC))
        except _StopReading as stop:
            yield reject(uri, stop.error_type, f"{shown}: {stop} at the start of the file")
            return
        except OSError as err:
            yield reject(uri, "unreadable", f"{shown}: read failed: {err.strerror or err}")
            return
        if not head:
            what = "decompresses to nothing" if source.is_gzip else "is empty"
            yield reject(uri, "empty", f"{shown}: file {what}, so it holds no records")
            return
        if head != WARC_MAGIC:
            yield reject(
                uri,
                "invalid_warc",
                f"{shown}: not a WARC file: it starts with {head!r}, not {WARC_MAGIC!r}",
            )
            return
        yield from _read_records(source, uri, shown)


def _read_records(
    source: _ArchiveStream, uri: str, shown: str
) -> Iterator[RawDocument | Reject | Skipped]:
    """Each record's outcome, held back until reading past its end has shown it undamaged."""
    records = WARCIterator(source)
    number = 0
    last: RawDocument | Reject | Skipped | None = None
    last_end = 0  # how far into the archive the last record's data had been read
    while True:
        try:
            record = _next_record(records, source)
        except _StopReading as stop:
            # Damaged gzip leaves out the last record unless its member passed the CRC check.
            kept = last is not None and (not stop.damaged or source.verified >= last_end)
            if kept:
                yield last
            yield reject(uri, stop.error_type, _stop_message(shown, stop, number, kept=kept))
            return
        except Exception as err:
            # The parser raises assorted errors for malformed headers (ArchiveLoadFailed for a
            # bad version line, AttributeError for a response without WARC-Target-URI); any of
            # them means the rest of the archive cannot be parsed.
            if last is not None:
                yield last
            yield reject(uri, "invalid_warc", _header_message(shown, err, number))
            return
        if last is not None:
            yield last
        if record is None:
            break
        number += 1
        declared = record.rec_headers.get_header("Content-Length")
        if declared is None or not declared.strip().isdigit():
            # Without it the parser would take the rest of the archive for this record.
            what = (
                "no Content-Length (or the archive ends inside its headers)"
                if declared is None
                else f"Content-Length {declared!r}"
            )
            yield reject(
                f"{uri}#{number}",
                "invalid_warc",
                f"{shown} record {number}: has {what}, so where it ends (and the next record "
                "begins) is unknown; the rest of the archive was not read",
            )
            return
        try:
            last = _outcome(record, f"{uri}#{number}", f"{shown} record {number}")
            _drain(record)
            last_end = source.delivered
        except _StopReading as stop:
            message = f"{shown}: {stop} in record {number}; it and the rest were not read"
            yield reject(uri, stop.error_type, message)
            return
        missing = _bytes_missing(record)
        if missing:
            last = reject(
                f"{uri}#{number}",
                "invalid_warc",
                f"{shown} record {number}: the archive ends inside this record, "
                f"{format_size(missing)} short of its Content-Length",
            )
    # The parser ends quietly when the archive stops inside a record's HTTP headers.
    if records.offset < source.delivered:
        yield reject(
            uri,
            "invalid_warc",
            f"{shown}: the archive ends inside record {number + 1}, after "
            f"{format_size(source.delivered - records.offset)} of it; that record was not read",
        )


def _next_record(records: WARCIterator, source: _ArchiveStream) -> ArcWarcRecord | None:
    """The next record, or None at the end, after reading to the end of the previous one.

    Finishing the previous record reads past its gzip member, so damage there shows before
    that record is handed on. Only headers should be read here, so their size is capped.
    """
    source.header_budget = MAX_HEADER_BYTES
    try:
        records.read_to_end()
        return next(records, None)
    finally:
        source.header_budget = None


def _outcome(record: ArcWarcRecord, uri: str, where: str) -> RawDocument | Reject | Skipped:
    """What one record is: a page's document, a Reject saying why it is not usable, or Skipped."""
    if record.rec_type != "response":
        return Skipped(uri, f"{record.rec_type or 'untyped'} record")
    http = record.http_headers
    if http is None:
        return Skipped(uri, "response without HTTP headers")
    status = http.get_statuscode()
    if not http.protocol.upper().startswith("HTTP/") or not re.fullmatch(r"\d{3}", status):
        line = f"{http.protocol} {http.statusline}"[:_QUOTE_CHARS]
        return reject(uri, "invalid_warc", f"{where}: not an HTTP status line: {line!r}")
    if status != "200":
        return Skipped(uri, f"HTTP {status}")
    media_type, charset = _content_type(http.get_header("Content-Type"))
    if media_type is not None and media_type not in HTML_TYPES:
        return Skipped(uri, media_type)
    encoding = (http.get_header("Content-Encoding") or "").strip().lower()
    supported = encoding in IDENTITY_ENCODINGS or encoding in _DECOMPRESSORS
    if not supported:
        return reject(
            uri,
            "encoding",
            f"{where}: HTTP Content-Encoding {encoding!r} is not supported, so the page "
            "cannot be decompressed",
        )
    stream = _content_stream(record, encoding)
    head = b""
    if media_type is None:
        head = stream.read(HTML_SNIFF_BYTES)
        if not _HTML_START.match(head):
            return Skipped(uri, "no Content-Type, not HTML")
    data = _read_capped(stream, MAX_DOCUMENT_BYTES, head)
    if data is None:
        return reject(
            uri,
            "too_large",
            f"{where}: the page is over the {format_size(MAX_DOCUMENT_BYTES)} limit for a "
            "single document; record skipped",
        )
    if not _decompressed_whole(stream):
        return reject(
            uri,
            "corrupt_gzip",
            f"{where}: the page's {encoding} data (HTTP Content-Encoding) is damaged or cut short",
        )
    if not data.strip():
        return reject(uri, "empty", f"{where}: the page is empty or only whitespace")
    try:
        text = decode(data, is_html=True, declared=charset)
    except BinaryDataError as err:
        if encoding not in IDENTITY_ENCODINGS and getattr(stream, "decompressor", None) is None:
            # The parser passes data on as it is when it does not decompress from the start.
            return reject(
                uri,
                "corrupt_gzip",
                f"{where}: the page is declared {encoding} (HTTP Content-Encoding) but is "
                "neither that nor text",
            )
        return reject(uri, "binary", f"{where}: {err}")
    except DecodeError as err:
        return reject(uri, "encoding", f"{where}: {err}")
    if not text.strip():
        return reject(uri, "empty", f"{where}: the page is empty or only whitespace")
    meta = Metadata(
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        retrieved_at=_capture_time(record.rec_headers.get_header("WARC-Date")),
    )
    return RawDocument(source_uri=uri, kind="html", text=text, meta=meta)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """The lower-case media type and the charset parameter of a Content-Type; None if absent."""
    if value is None:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
            break
    return media_type.strip().lower() or None, charset


def _content_stream(record: ArcWarcRecord, encoding: str) -> BufferedReader | LimitReader:
    """The payload with transfer chunking and Content-Encoding undone.

    The same readers as the parser's own content_stream(), but decompressing in steps of
    CONTENT_BLOCK_BYTES, so that one step of a highly compressed payload cannot balloon.
    """
    decompress = encoding if encoding in _DECOMPRESSORS else None
    transfer = (record.http_headers.get_header("Transfer-Encoding") or "").strip().lower()
    if transfer == "chunked":
        return ChunkedDataReader(
            record.raw_stream, decomp_type=decompress, block_size=CONTENT_BLOCK_BYTES
        )
    if decompress is not None:
        return BufferedReader(
            record.raw_stream, decomp_type=decompress, block_size=CONTENT_BLOCK_BYTES
        )
    return record.raw_stream


def _read_capped(stream: BufferedReader, cap: int, head: bytes) -> bytes | None:
    """head plus the rest of the stream, or None once more than cap bytes have come out."""
    chunks = [head]
    total = len(head)
    while total <= cap and (chunk := stream.read(min(READ_CHUNK_BYTES, cap + 1 - total))):
        chunks.append(chunk)
        total += len(chunk)
    if total > cap:
        return None
    return b"".join(chunks)


def _decompressed_whole(stream: BufferedReader) -> bool:
    """Whether a Content-Encoding decompressor, if any, reached the end of its compressed data.

    On damage after the first block the parser only prints a warning and ends the payload
    early, so the end-of-stream flag is the one sign of a cut-short page.
    """
    decompressor = getattr(stream, "decompressor", None)
    return decompressor is None or getattr(decompressor, "eof", True)


def _drain(record: ArcWarcRecord) -> None:
    """Read what is left of the record in bounded chunks, so the next record can be parsed."""
    while record.raw_stream.read(READ_CHUNK_BYTES):
        pass


def _bytes_missing(record: ArcWarcRecord) -> int:
    """How many bytes the record's Content-Length promised beyond the end of the archive."""
    stream = record.raw_stream
    return stream.limit if isinstance(stream, LimitReader) else 0


def _capture_time(value: str | None) -> datetime | None:
    """WARC-Date (ISO 8601, UTC by the WARC specification) as naive UTC; None if unparseable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _stop_message(shown: str, stop: _StopReading, number: int, *, kept: bool) -> str:
    """Where reading stopped between records, and whether the record before it was kept."""
    if number == 0:
        return f"{shown}: {stop} in record 1; nothing was read"
    if not kept:
        return (
            f"{shown}: {stop} in the gzip member holding the end of record {number}; "
            f"record {number} and the rest were not read"
        )
    return f"{shown}: {stop} after record {number}; the rest of the archive was not read"


def _header_message(shown: str, err: Exception, number: int) -> str:
    """The message for a record whose WARC or HTTP headers the parser could not understand."""
    detail = " ".join(str(err).split())[:_QUOTE_CHARS]
    return (
        f"{shown}: record {number + 1} has headers that are not valid WARC ({detail}); "
        "the rest of the archive was not read"
    )
