"""Read JSON Lines inputs (.jsonl, .json, their .gz, standard input) one record per line."""

import codecs
import gzip
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO, Protocol

from pipeline.sources.decode import BinaryDataError, DecodeError, decode
from pipeline.sources.files import (
    GZIP_ERRORS,
    READ_CHUNK_BYTES,
    display_path,
    file_uri,
    format_size,
    is_gzip_name,
    open_error,
    reject,
)
from pipeline.types import Kind, Metadata, RawDocument, Reject

# Chosen in the sources design brief: one article with its HTML fits easily; a larger line is a
# broken export (a missing newline joining records), and must not be held in memory.
MAX_LINE_BYTES = 10 * 1024 * 1024

# Deflate cannot exceed about 1032:1 (zlib FAQ, "maximum compression factor"); news text and
# JSON compress about 3-10:1. A stream still above 200:1 after GZIP_RATIO_AFTER_BYTES is a bomb.
MAX_GZIP_RATIO = 200

# Judge the ratio only after 1 MiB of output: enough that a small, repetitive file is not taken
# for a bomb; early enough that a bomb of blank lines (slow to iterate) stops in seconds.
GZIP_RATIO_AFTER_BYTES = 1024 * 1024

# Where the article body may be, in order of preference: text someone already extracted wins.
_BODY_FIELDS: tuple[tuple[str, Kind], ...] = (("text", "text"), ("html", "html"))

_JSON_TYPE_NAMES = {dict: "object", list: "array", str: "string", int: "number", float: "number"}


class LineSource(Protocol):
    """Anything with a binary readline(limit): a file, a GzipFile, sys.stdin.buffer."""

    def readline(self, limit: int, /) -> bytes:
        """At most limit bytes, up to and including the next newline."""
        ...


class _GzipBombError(Exception):
    """Raised inside the reader when a gzip stream expands beyond MAX_GZIP_RATIO."""


class _RatioGuard:
    """A readline() source over a gzip stream that stops when it expands like a gzip bomb."""

    def __init__(self, stream: gzip.GzipFile, raw: BinaryIO) -> None:
        self._stream = stream
        self._raw = raw
        self._out = 0

    def readline(self, limit: int, /) -> bytes:
        """The next line (at most limit bytes), after checking the expansion ratio so far."""
        line = self._stream.readline(limit)
        self._out += len(line)
        if self._out > GZIP_RATIO_AFTER_BYTES:
            compressed = max(self._raw.tell(), 1)
            if self._out / compressed > MAX_GZIP_RATIO:
                raise _GzipBombError(
                    f"{format_size(self._out)} came out of {format_size(compressed)} of gzip data, "
                    f"more than {MAX_GZIP_RATIO}:1 (possibly a gzip bomb); stopped reading there"
                )
        return line


def read_jsonl(path: str) -> Iterator[RawDocument | Reject]:
    """Read a JSON Lines file (plain or .gz) record by record, never the whole file at once."""
    uri = file_uri(path)
    is_json = path.lower().removesuffix(".gz").endswith(".json")
    hint = " (.json files are read as JSON Lines: one object per line)" if is_json else ""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below; gzip wraps it
    except OSError as err:
        yield open_error(uri, path, err)
        return
    with raw:
        if is_gzip_name(path):
            guard = _RatioGuard(gzip.GzipFile(fileobj=raw, mode="rb"), raw)
            yield from read_jsonl_stream(guard, uri_prefix=uri, label=display_path(path), hint=hint)
        else:
            yield from read_jsonl_stream(raw, uri_prefix=uri, label=display_path(path), hint=hint)


def read_stdin() -> Iterator[RawDocument | Reject]:
    """Read JSON Lines from standard input, as bytes so that decoding follows our rules."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield reject("stdin:", "unreadable", "standard input is not available as a byte stream")
        return
    yield from read_jsonl_stream(stream, uri_prefix="stdin:", label="standard input")


def read_jsonl_stream(
    stream: LineSource, *, uri_prefix: str, label: str, hint: str = ""
) -> Iterator[RawDocument | Reject]:
    """Parse a byte stream as JSON Lines; record N gets uri_prefix + "#N", messages name label.

    hint is appended to "not valid JSON" messages (e.g. to explain how .json files are read).
    """
    line_no = 0
    has_content = False
    try:
        while line := stream.readline(MAX_LINE_BYTES + 1):
            line_no += 1
            uri = f"{uri_prefix}#{line_no}"
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                has_content = True
                size = len(line) + _skip_rest_of_line(stream)
                yield reject(
                    uri,
                    "too_large",
                    f"{label} line {line_no}: {format_size(size)}, over the "
                    f"{format_size(MAX_LINE_BYTES)} limit for one JSON Lines record; line skipped",
                )
                continue
            if line_no == 1:
                foreign = _foreign_bom(line)
                if foreign is not None:
                    message = f"{label}: starts with a {foreign} byte-order mark; must be UTF-8"
                    yield reject(uri_prefix, "encoding", message)
                    return
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            has_content = True
            yield _parse_record(line.rstrip(b"\r\n"), uri, f"{label} line {line_no}", hint)
    except _GzipBombError as err:
        yield reject(uri_prefix, "gzip_bomb", f"{label}: while reading line {line_no + 1}: {err}")
        return
    except GZIP_ERRORS as err:
        where = f"after line {line_no}" if line_no else "before the first line"
        yield reject(uri_prefix, "corrupt_gzip", f"{label}: damaged gzip data {where}: {err}")
        return
    except OSError as err:
        where = f"after line {line_no}" if line_no else "before the first line"
        message = f"{label}: read failed {where}: {err.strerror or err}"
        yield reject(uri_prefix, "unreadable", message)
        return
    if not has_content:
        yield reject(uri_prefix, "empty", f"{label}: no records (empty or only blank lines)")


def _foreign_bom(first_line: bytes) -> str | None:
    """The name of a UTF-16/32 byte-order mark at the start of the input, if there is one."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if first_line.startswith(bom):
            return name
    return None


def _skip_rest_of_line(stream: LineSource) -> int:
    """Consume the rest of an over-long line in bounded chunks; return how many bytes that was."""
    skipped = 0
    while chunk := stream.readline(READ_CHUNK_BYTES):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _parse_record(line: bytes, uri: str, where: str, hint: str) -> RawDocument | Reject:
    """Turn one non-blank line into a RawDocument, or a Reject saying what is wrong with it."""
    try:
        text = decode(line, is_html=False)
    except BinaryDataError as err:
        return reject(uri, "binary", f"{where}: {err}")
    except DecodeError as err:
        return reject(uri, "encoding", f"{where}: {err}")
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as err:
        return reject(uri, "invalid_json", f"{where}: not valid JSON: {err}{hint}")
    if not isinstance(record, dict):
        return reject(
            uri, "not_an_object", f"{where}: expected a JSON object, got {_json_type(record)}"
        )
    body = _pick_body(record, uri, where)
    if isinstance(body, Reject):
        return body
    kind, content = body
    return RawDocument(source_uri=uri, kind=kind, text=content, meta=_metadata(record))


def _pick_body(record: dict[str, Any], uri: str, where: str) -> tuple[Kind, str] | Reject:
    """The article body: "text" if it is a non-empty string, else "html"; null counts as absent."""
    empty: list[str] = []
    for key, kind in _BODY_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return reject(
                uri, "invalid_field", f'{where}: "{key}" must be a string, got {_json_type(value)}'
            )
        if _has_surrogate(value):
            return reject(
                uri,
                "encoding",
                f'{where}: "{key}" contains an unpaired surrogate escape, not valid Unicode',
            )
        if not value.strip():
            empty.append(key)
            continue
        return kind, value
    if empty:
        return reject(uri, "empty", f'{where}: "{empty[0]}" is empty or only whitespace')
    return reject(
        uri, "missing_text", f'{where}: the object has neither a "text" nor an "html" field'
    )


def _metadata(record: dict[str, Any]) -> Metadata:
    """Optional metadata fields; a missing, mistyped or unparseable value becomes None."""
    raw_id = record.get("id")
    external_id = (
        str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else None
    )
    return Metadata(
        url=_string(record.get("url")),
        title=_string(record.get("title")),
        outlet=_string(record.get("outlet")),
        language=_string(record.get("language")),
        published_at=_published(record.get("published")),
        external_id=_string(external_id),
    )


def _string(value: Any) -> str | None:
    """A stripped non-empty string, or None for anything else."""
    if not isinstance(value, str) or _has_surrogate(value):
        return None
    return value.strip() or None


# Surrogates are exactly the code points UTF-8 cannot encode, so encoding finds them, about 6x
# faster than a regular expression searching for them: 3.3 against 19.9 us for a generated
# 600-word body (bench/throughput.py's corpus, time.process_time over 5,000 bodies).
def _has_surrogate(value: str) -> bool:
    """Whether a JSON escape left a lone surrogate ("\\ud800"): not text, and not storable as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _published(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as naive UTC (aware values converted), or None if unparseable."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
    return parsed


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    name = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"
