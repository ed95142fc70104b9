"""Read single-document inputs (.txt, .html, .htm, optionally gzipped) into one RawDocument."""

import gzip
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.sources.decode import BinaryDataError, DecodeError, decode
from pipeline.types import Kind, RawDocument, Reject

# Chosen in the sources design brief: far above any real article page (tens to hundreds of KB,
# a few MB with inline scripts), small enough that holding several at once is harmless.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

# Read granularity for streaming: bounds how far past a cap we read before stopping.
READ_CHUNK_BYTES = 1024 * 1024

# What a damaged gzip stream raises: bad header/CRC, truncated stream, bad deflate data.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def file_uri(path: str) -> str:
    """The source_uri of a file, so every stage names an input the same way."""
    return Path(path).absolute().as_uri()


def display_path(path: str) -> str:
    """A path safe to put in a message, even if the file name is not valid UTF-8."""
    return os.fsencode(path).decode("utf-8", "replace")


def format_size(size: int) -> str:
    """A byte count in words a person reads at a glance (MiB above one MiB)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{size:,} bytes"


def is_gzip_name(path: str) -> bool:
    """Whether the file name says the content is gzip-compressed."""
    return path.lower().endswith(".gz")


def reject(uri: str, error_type: str, message: str) -> Reject:
    """A reading-stage Reject; every reader problem goes through here."""
    return Reject(source_uri=uri, stage="read", error_type=error_type, message=message)


def open_error(uri: str, path: str, err: OSError) -> Reject:
    """The Reject for a file that cannot be opened, with the operating system's reason."""
    if isinstance(err, FileNotFoundError):
        return reject(uri, "not_found", f"{display_path(path)}: no such file (was it removed?)")
    return reject(uri, "unreadable", f"{display_path(path)}: cannot open: {err.strerror or err}")


def read_document(path: str, kind: Kind) -> Iterator[RawDocument | Reject]:
    """Read a whole .txt/.html file (or its .gz) as one document, within MAX_DOCUMENT_BYTES."""
    uri = file_uri(path)
    shown = display_path(path)
    data = load_bytes(path)
    if isinstance(data, Reject):
        yield data
        return
    try:
        text = decode(data, is_html=kind == "html")
    except BinaryDataError as err:
        yield reject(uri, "binary", f"{shown}: {err}")
        return
    except DecodeError as err:
        yield reject(uri, "encoding", f"{shown}: {err}")
        return
    if not text.strip():
        yield reject(uri, "empty", f"{shown}: file is empty or only whitespace")
        return
    yield RawDocument(source_uri=uri, kind=kind, text=text)


def load_bytes(path: str) -> bytes | Reject:
    """A whole file's bytes (decompressed if .gz), or the Reject saying why not: missing,
    unreadable, damaged, empty, or over MAX_DOCUMENT_BYTES."""
    uri = file_uri(path)
    shown = display_path(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below; gzip wraps it
    except OSError as err:
        return open_error(uri, path, err)
    with raw:
        limit = f"the {format_size(MAX_DOCUMENT_BYTES)} limit for a single document"
        if is_gzip_name(path):
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb")
        else:
            stream = raw
            size = os.fstat(raw.fileno()).st_size
            if size > MAX_DOCUMENT_BYTES:
                return reject(
                    uri, "too_large", f"{shown}: file is {format_size(size)}, over {limit}"
                )
        try:
            data = _read_at_most(stream, MAX_DOCUMENT_BYTES)
        except GZIP_ERRORS as err:
            return reject(uri, "corrupt_gzip", f"{shown}: damaged gzip data: {err}")
        except OSError as err:
            return reject(uri, "unreadable", f"{shown}: read failed: {err.strerror or err}")
    if data is None:
        what = "decompressed content" if is_gzip_name(path) else "content"
        hint = " (stopped reading there; possibly a gzip bomb)" if is_gzip_name(path) else ""
        return reject(uri, "too_large", f"{shown}: {what} exceeds {limit}{hint}")
    if not data.strip():
        return reject(uri, "empty", f"{shown}: file is empty or only whitespace")
    return data


def _read_at_most(stream: BinaryIO, cap: int) -> bytes | None:
    """All bytes of the stream, or None as soon as more than cap bytes have come out."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(READ_CHUNK_BYTES, cap + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            return None
    return b"".join(chunks)
