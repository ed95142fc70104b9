"""Find and read the pipeline's inputs: files, folders of files, web addresses, standard input.

``discover`` turns command-line sources into locators (absolute paths, "-" for standard
input, a Link for an http(s) address); ``read`` turns one file locator into RawDocuments, and
a feed file into its items (documents, or Links to the items' pages). Neither raises for bad
input: every problem is a ``Reject`` with stage "read" and one of these error types:

not_found, unreadable, broken_link, unsupported_kind, too_large, gzip_bomb, corrupt_gzip,
empty, binary, encoding, invalid_json, not_an_object, missing_text, invalid_field,
invalid_feed, invalid_warc. A WARC record that is not a page is ``Skipped``, with why.
"""

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

from pipeline.sources.files import display_path, file_uri, load_bytes, read_document, reject
from pipeline.sources.jsonl import read_jsonl, read_stdin
from pipeline.sources.warc import read_warc
from pipeline.types import Link, RawDocument, Reject, Skipped
from pipeline.web.feeds import read_feed

InputKind = Literal["text", "html", "jsonl", "feed", "warc"]

STDIN = "-"

# Supported file name endings (compared lower-case), each also accepted with ".gz" after it.
SUFFIX_KINDS: dict[str, InputKind] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}

WEB_SCHEMES = ("http://", "https://")

_SUPPORTED = ", ".join(SUFFIX_KINDS) + " (each optionally followed by .gz)"

__all__ = ["STDIN", "SUFFIX_KINDS", "InputKind", "discover", "input_kind", "read"]


def input_kind(name: str) -> InputKind | None:
    """What a file holds, judged by its name (case-insensitive), or None if unsupported."""
    lowered = name.lower().removesuffix(".gz")
    for suffix, kind in SUFFIX_KINDS.items():
        if lowered.endswith(suffix):
            return kind
    return None


def discover(
    sources: Sequence[str], *, on_skip: Callable[[str], None] | None = None
) -> Iterator[str | Link | Reject]:
    """Expand sources into locators in a stable order, or Rejects for sources that cannot be read.

    A file becomes its absolute path; a folder becomes every supported file below it, depth
    first, sorted by name, leaving out hidden entries and folders already walked (so symlink
    loops end); "-" stays "-" for standard input; an http(s) address becomes a Link, fetched
    later as a page or a feed. Files of unsupported kinds inside folders
    are not rejected: each one's path is passed to on_skip, so
    ``skipped = []; discover(sources, on_skip=skipped.append)`` lets a caller count them.
    """
    if isinstance(sources, str):
        raise TypeError("discover() takes a sequence of sources, not one string")
    for source in sources:
        if source == STDIN:
            yield STDIN
            continue
        if source.lower().startswith(WEB_SCHEMES):
            yield Link(url=source)
            continue
        if source == "":  # abspath("") would silently mean the current folder
            yield reject("file:", "not_found", f"empty path {source!r} given as a source")
            continue
        path = os.path.abspath(source)
        try:
            path_stat = os.stat(path)
        except OSError as err:
            yield _stat_error(path, err)
            continue
        if stat.S_ISDIR(path_stat.st_mode):
            yield from _walk(path, path_stat, on_skip)
            continue
        if input_kind(path) is None:
            yield reject(
                file_uri(path),
                "unsupported_kind",
                f"{display_path(path)}: unsupported kind of file; supported: {_SUPPORTED}",
            )
            continue
        yield path


def read(locator: str) -> Iterator[RawDocument | Link | Reject | Skipped]:
    """Read one file locator from discover(): one document per .txt/.html file, one per JSON
    line or WARC page record, and a feed's items."""
    if locator == STDIN:
        return read_stdin()
    kind = input_kind(locator)
    if kind is None:
        message = f"{display_path(locator)}: unsupported kind of file; supported: {_SUPPORTED}"
        return iter([reject(file_uri(locator), "unsupported_kind", message)])
    if kind == "jsonl":
        return read_jsonl(locator)
    if kind == "feed":
        return _read_feed_file(locator)
    if kind == "warc":
        return read_warc(locator)
    return read_document(locator, kind)


def _read_feed_file(path: str) -> Iterator[RawDocument | Link | Reject]:
    """The items of an RSS/Atom file; its links are fetched like the items of a fetched feed."""
    data = load_bytes(path)
    if isinstance(data, Reject):
        return iter([data])
    return iter(read_feed(data, file_uri(path)))


def _stat_error(path: str, err: OSError) -> Reject:
    """The Reject for a named path that does not exist, dangles, or cannot be looked at."""
    uri, shown = file_uri(path), display_path(path)
    if isinstance(err, FileNotFoundError):
        if os.path.islink(path):
            return reject(uri, "broken_link", f"{shown}: symbolic link to a missing target")
        return reject(uri, "not_found", f"{shown}: no such file or folder")
    return reject(uri, "unreadable", f"{shown}: cannot access: {err.strerror or err}")


def _walk(
    root: str, root_stat: os.stat_result, on_skip: Callable[[str], None] | None
) -> Iterator[str | Reject]:
    """Supported files below root, depth first in name order, each real folder visited once."""
    listing = _list_dir(root)
    if isinstance(listing, Reject):
        yield listing
        return
    visited = {(root_stat.st_dev, root_stat.st_ino)}
    stack = [iter(listing)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:  # e.g. a symlink that points to itself (ELOOP)
            is_dir = is_file = False
        if is_dir:
            try:
                target = entry.stat()
            except OSError as err:
                yield _stat_error(entry.path, err)
                continue
            key = (target.st_dev, target.st_ino)
            if key in visited:  # a symlink back to a folder already walked: a loop or a repeat
                continue
            visited.add(key)
            sub = _list_dir(entry.path)
            if isinstance(sub, Reject):
                yield sub
            else:
                stack.append(iter(sub))
        elif input_kind(entry.name) is None or not (is_file or entry.is_symlink()):
            if on_skip is not None:
                on_skip(entry.path)
        elif is_file:
            yield entry.path
        else:
            yield reject(
                file_uri(entry.path),
                "broken_link",
                f"{display_path(entry.path)}: symbolic link to a missing target, or a link loop",
            )


def _list_dir(path: str) -> list[os.DirEntry[str]] | Reject:
    """A folder's entries sorted by name, or the Reject saying why it cannot be listed."""
    try:
        with os.scandir(path) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as err:
        return _stat_error(path, err)
