"""Behaviour of the input stage: which files are found, what text comes out, why inputs fail."""

import gzip
import io
import json
import os
import sys
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.sources import discover, read
from pipeline.sources.decode import DecodeError, decode
from pipeline.sources.files import MAX_DOCUMENT_BYTES
from pipeline.sources.jsonl import MAX_LINE_BYTES
from pipeline.types import Metadata, RawDocument, Reject

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def read_all(path: Path | str) -> list[RawDocument | Reject]:
    """Everything read() produces for one input."""
    return list(read(str(path)))


def only(items: list[RawDocument | Reject]) -> RawDocument | Reject:
    """The single item produced, failing clearly if there are more or none."""
    assert len(items) == 1, items
    return items[0]


def only_doc(path: Path) -> RawDocument:
    """The one document read from a single-document file."""
    item = only(read_all(path))
    assert isinstance(item, RawDocument), item
    return item


def only_reject(path: Path) -> Reject:
    """The one Reject produced for an input that cannot be read."""
    item = only(read_all(path))
    assert isinstance(item, Reject), item
    assert item.stage == "read"
    return item


def write_jsonl(path: Path, *records: object) -> Path:
    """A JSON Lines file with one line per record (str records are written verbatim)."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def gzip_zeros(path: Path, size: int) -> Path:
    """A small gzip file that expands to size zero bytes (a gzip bomb), written in chunks."""
    chunk = bytes(1024 * 1024)
    with gzip.open(path, "wb", compresslevel=9) as out:
        for _ in range(size // len(chunk)):
            out.write(chunk)
    return path


# --- single-document files -------------------------------------------------------------------


def test_txt_file_becomes_one_text_document_named_by_its_file_uri(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\nFirst paragraph.\n", encoding="utf-8")

    doc = only_doc(path)

    assert doc.kind == "text"
    assert doc.text == "Headline\n\nFirst paragraph.\n"
    assert doc.source_uri == path.absolute().as_uri()
    assert doc.meta == Metadata()


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_file_becomes_one_html_document_with_its_source(tmp_path: Path, name: str) -> None:
    source = "<html><head><title>T</title></head><body><p>Grüße</p></body></html>"
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")

    doc = only_doc(path)

    assert doc.kind == "html"
    assert doc.text == source


def test_cp1252_text_is_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"caf\xe9 \x93quoted\x94 \x96 100\x80")

    assert only_doc(path).text == "café “quoted” \u2013 100€"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Ünïcödé text, 日本語".encode("utf-16"))  # Python writes a BOM

    assert only_doc(path).text == "Ünïcödé text, 日本語"


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfhello")

    assert only_doc(path).text == "hello"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Привет, мир</body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))

    assert only_doc(path).text == html


def test_html_declared_latin1_is_read_as_windows_1252_like_browsers(tmp_path: Path) -> None:
    html = '<meta charset="iso-8859-1"><p>\x93quoted\x94 caf\xe9</p>'
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("latin-1"))

    assert "“quoted” café" in only_doc(path).text


def test_invalid_utf8_mixed_with_valid_utf8_is_rejected_with_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("naïve ".encode() + b"caf\xe9")  # the \xe9 is at byte offset 10

    reject = only_reject(path)

    assert reject.error_type == "encoding"
    assert "byte offset 10" in reject.message
    assert "mixed.txt" in reject.message


def test_bytes_neither_utf8_nor_cp1252_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"abc \x81 def")  # 0x81 is undefined in cp1252

    reject = only_reject(path)

    assert reject.error_type == "encoding"
    assert "0x81" in reject.message


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "], ids=["zero-bytes", "whitespace"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl"])
def test_empty_file_is_rejected_as_empty(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    reject = only_reject(path)

    assert reject.error_type == "empty"
    assert reject.source_uri == path.absolute().as_uri()


def test_png_named_txt_is_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG_HEADER + bytes(range(256)) * 4)

    reject = only_reject(path)

    assert reject.error_type == "binary"
    assert "photo.txt" in reject.message


def test_mostly_control_characters_is_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05ab" * 100)

    assert only_reject(path).error_type == "binary"


def test_oversize_file_is_rejected_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: big on paper, instant to create

    reject = only_reject(path)

    assert reject.error_type == "too_large"
    assert "20.0 MiB" in reject.message
    assert "huge.txt" in reject.message


# --- gzip ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "payload", "kind", "text"),
    [
        ("a.txt.gz", b"plain story", "text", "plain story"),
        ("a.html.gz", b"<p>page</p>", "html", "<p>page</p>"),
        ("a.htm.gz", b"<p>page</p>", "html", "<p>page</p>"),
        ("a.jsonl.gz", b'{"text": "line story"}\n', "text", "line story"),
        ("a.json.gz", b'{"html": "<p>x</p>"}\n', "html", "<p>x</p>"),
        ("A.TXT.GZ", b"shouty", "text", "shouty"),
    ],
)
def test_gzipped_inputs_are_decompressed(
    tmp_path: Path, name: str, payload: bytes, kind: str, text: str
) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(payload))

    doc = only(read_all(path))

    assert isinstance(doc, RawDocument), doc
    assert (doc.kind, doc.text) == (kind, text)


@pytest.fixture(scope="module")
def zeros_200mb_gz(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a gzip file (about 200 KB) that expands to 200 MiB of zeros."""
    path = gzip_zeros(tmp_path_factory.mktemp("bomb") / "zeros.gz", 200 * 1024 * 1024)
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "error_type"), [("bomb.txt.gz", "too_large"), ("bomb.jsonl.gz", "gzip_bomb")]
)
def test_gzip_bomb_is_stopped_early_without_holding_it_in_memory(
    tmp_path: Path, zeros_200mb_gz: bytes, name: str, error_type: str
) -> None:
    path = tmp_path / name
    path.write_bytes(zeros_200mb_gz)

    tracemalloc.start()
    started = time.monotonic()
    try:
        items = read_all(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    elapsed = time.monotonic() - started

    assert [item.error_type for item in items if isinstance(item, Reject)][-1] == error_type
    assert not any(isinstance(item, RawDocument) for item in items)
    assert "gzip bomb" in items[-1].message
    assert peak < 80 * 1024 * 1024, f"peak memory {peak:,} bytes: the bomb was not stopped early"
    assert elapsed < 10, f"took {elapsed:.1f}s: the bomb was not stopped early"


@pytest.mark.parametrize("name", ["bad.txt.gz", "bad.jsonl.gz"])
def test_not_gzip_data_named_gz_is_rejected_as_corrupt(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"this was never compressed\n")

    reject = only_reject(path)

    assert reject.error_type == "corrupt_gzip"
    assert name in reject.message


def test_truncated_gzip_text_is_rejected_as_corrupt(tmp_path: Path) -> None:
    data = gzip.compress(os.urandom(4000).hex().encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])

    assert only_reject(path).error_type == "corrupt_gzip"


def test_truncated_gzip_jsonl_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    lines = b"".join(
        json.dumps({"text": f"story {i} " + "x" * 50}).encode() + b"\n" for i in range(2000)
    )
    data = gzip.compress(lines)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) - 20])  # lose the end of the stream and its checksum

    items = read_all(path)

    assert isinstance(items[0], RawDocument)
    assert items[0].text.startswith("story 0 ")
    assert isinstance(items[-1], Reject)
    assert items[-1].error_type == "corrupt_gzip"
    assert "after line" in items[-1].message


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_records_carry_all_optional_metadata(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        {
            "text": "Body one.",
            "url": "https://example.com/a",
            "id": 42,
            "title": "Title one",
            "published": "2024-05-17T12:30:00+02:00",
            "outlet": "Example Times",
            "language": "en",
            "ignored_extra": [1, 2],
        },
        "",
        {"html": "<p>Body two</p>", "id": "abc-7", "published": "2024-05-17T08:00:00Z"},
        {"text": "Body three.", "published": "2024-05-17"},
    )

    one, two, three = read_all(path)

    assert one == RawDocument(
        source_uri=path.absolute().as_uri() + "#1",
        kind="text",
        text="Body one.",
        meta=Metadata(
            url="https://example.com/a",
            title="Title one",
            outlet="Example Times",
            language="en",
            published_at=datetime(2024, 5, 17, 10, 30),  # converted to naive UTC
            external_id="42",
        ),
    )
    assert isinstance(two, RawDocument)
    assert two.source_uri.endswith("#3")  # the blank line 2 still counts
    assert (two.kind, two.text) == ("html", "<p>Body two</p>")
    assert two.meta.external_id == "abc-7"
    assert two.meta.published_at == datetime(2024, 5, 17, 8, 0)
    assert isinstance(three, RawDocument)
    assert three.meta.published_at == datetime(2024, 5, 17)


def test_unparseable_published_date_is_dropped_not_rejected(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", {"text": "Body", "published": "last Tuesday"})

    doc = only(read_all(path))

    assert isinstance(doc, RawDocument)
    assert doc.text == "Body"
    assert doc.meta.published_at is None


def test_bad_jsonl_lines_are_rejected_by_line_number_and_good_lines_still_come_out(
    tmp_path: Path,
) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"text": "good one"},
        "{not json",
        "[1, 2, 3]",
        {"title": "no body here"},
        {"text": 17},
        {"text": "   "},
        {"text": "good two"},
    )

    items = read_all(path)

    docs = [item.text for item in items if isinstance(item, RawDocument)]
    rejects = {
        item.source_uri.rsplit("#", 1)[1]: item for item in items if isinstance(item, Reject)
    }
    assert docs == ["good one", "good two"]
    assert {n: r.error_type for n, r in rejects.items()} == {
        "2": "invalid_json",
        "3": "not_an_object",
        "4": "missing_text",
        "5": "invalid_field",
        "6": "empty",
    }
    for number, reject in rejects.items():
        assert f"mixed.jsonl line {number}:" in reject.message
    assert "got an array" in rejects["3"].message
    assert '"text"' in rejects["4"].message and '"html"' in rejects["4"].message
    assert "got a number" in rejects["5"].message


def test_pretty_printed_json_file_explains_the_one_object_per_line_rule(tmp_path: Path) -> None:
    path = tmp_path / "pretty.json"
    path.write_text('{\n  "text": "x"\n}\n', encoding="utf-8")

    messages = [item.message for item in read_all(path) if isinstance(item, Reject)]

    assert messages
    assert all("one object per line" in message for message in messages)


def test_oversize_jsonl_line_is_rejected_and_the_next_line_still_comes_out(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as out:
        out.write(b'{"text": "before"}\n')
        out.write(b'{"text": "' + b"x" * MAX_LINE_BYTES + b'"}\n')
        out.write(b'{"text": "after"}\n')

    before, too_big, after = read_all(path)

    assert isinstance(before, RawDocument) and before.text == "before"
    assert isinstance(too_big, Reject)
    assert too_big.error_type == "too_large"
    assert too_big.source_uri.endswith("#2")
    assert "line 2" in too_big.message and "10.0 MiB limit" in too_big.message
    assert isinstance(after, RawDocument) and after.text == "after"
    assert after.source_uri.endswith("#3")


def test_jsonl_line_in_legacy_encoding_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n')

    assert only(read_all(path)) == RawDocument(
        source_uri=path.absolute().as_uri() + "#1", kind="text", text="café"
    )


def test_utf16_jsonl_is_rejected_as_a_whole(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "x"}\n{"text": "y"}\n'.encode("utf-16"))

    reject = only_reject(path)

    assert reject.error_type == "encoding"
    assert "UTF-16" in reject.message


def test_standard_input_is_read_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    feed = b'{"text": "from a pipe", "id": 1}\n\nnot json\n{"html": "<b>x</b>"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed), encoding="utf-8"))

    items = list(read("-"))

    assert [item.source_uri for item in items] == ["stdin:#1", "stdin:#3", "stdin:#4"]
    first, bad, last = items
    assert isinstance(first, RawDocument)
    assert (first.text, first.meta.external_id) == ("from a pipe", "1")
    assert isinstance(bad, Reject) and bad.error_type == "invalid_json"
    assert "standard input line 3" in bad.message
    assert isinstance(last, RawDocument) and last.kind == "html"


# --- discovery --------------------------------------------------------------------------------


def make_tree(root: Path, files: dict[str, bytes | str]) -> None:
    """Create files (and their folders) below root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode()
        path.write_bytes(content)


def test_folder_is_expanded_recursively_in_sorted_order_without_hidden_entries(
    tmp_path: Path,
) -> None:
    make_tree(
        tmp_path,
        {
            "b.txt": "b",
            "a/z.html": "<p>z</p>",
            "a/deeper/m.jsonl.gz": gzip.compress(b'{"text": "m"}\n'),
            "a/b.HTM": "<p>b</p>",
            "c.json": '{"text": "c"}\n',
            ".hidden.txt": "secret",
            ".git/objects/x.txt": "secret",
            "a/.cache/y.html": "secret",
        },
    )

    found = list(discover([str(tmp_path)]))

    assert found == [
        str(tmp_path / "a" / "b.HTM"),
        str(tmp_path / "a" / "deeper" / "m.jsonl.gz"),
        str(tmp_path / "a" / "z.html"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.json"),
    ]
    assert found == list(discover([str(tmp_path)]))  # stable from run to run


def test_unsupported_files_are_skipped_and_counted_in_folders(tmp_path: Path) -> None:
    make_tree(tmp_path, {"keep.txt": "k", "photo.png": PNG_HEADER, "notes.md": "# md", "x.gz": ""})
    skipped: list[str] = []

    found = list(discover([str(tmp_path)], on_skip=skipped.append))

    assert found == [str(tmp_path / "keep.txt")]
    assert sorted(Path(p).name for p in skipped) == ["notes.md", "photo.png", "x.gz"]


def test_unsupported_file_named_directly_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG_HEADER)

    (reject,) = discover([str(path)])

    assert isinstance(reject, Reject)
    assert reject.error_type == "unsupported_kind"
    assert reject.source_uri == path.as_uri()
    assert "photo.png" in reject.message and ".txt" in reject.message


def test_missing_path_is_rejected_and_other_sources_still_come_out(tmp_path: Path) -> None:
    good = tmp_path / "here.txt"
    good.write_text("x")

    missing, found, stdin = discover([str(tmp_path / "gone.txt"), str(good), "-"])

    assert isinstance(missing, Reject)
    assert missing.error_type == "not_found"
    assert "gone.txt" in missing.message
    assert missing.source_uri == (tmp_path / "gone.txt").as_uri()
    assert found == str(good)
    assert stdin == "-"


def test_empty_source_is_rejected_rather_than_meaning_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "would_be_found.txt").write_text("x")
    monkeypatch.chdir(tmp_path)

    (reject,) = discover([""])

    assert isinstance(reject, Reject)
    assert reject.error_type == "not_found"
    assert "empty path" in reject.message


def test_relative_file_becomes_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rel.txt").write_text("x")
    monkeypatch.chdir(tmp_path)

    assert list(discover(["rel.txt"])) == [str(tmp_path / "rel.txt")]


def test_symlink_loops_in_a_folder_neither_hang_nor_repeat_files(tmp_path: Path) -> None:
    make_tree(tmp_path, {"top/a.txt": "a", "top/sub/b.txt": "b"})
    (tmp_path / "top" / "sub" / "up").symlink_to(tmp_path / "top")  # a folder loop
    (tmp_path / "top" / "self.txt").symlink_to(tmp_path / "top" / "self.txt")  # a link loop
    (tmp_path / "top" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")

    found = list(discover([str(tmp_path / "top")]))

    paths = [item for item in found if isinstance(item, str)]
    rejects = {
        Path(item.source_uri).name: item.error_type for item in found if isinstance(item, Reject)
    }
    assert paths == [str(tmp_path / "top" / "a.txt"), str(tmp_path / "top" / "sub" / "b.txt")]
    assert rejects == {"dangling.txt": "broken_link", "self.txt": "broken_link"}


def test_discovered_locators_read_end_to_end(tmp_path: Path) -> None:
    make_tree(
        tmp_path, {"one.txt": "first", "two.jsonl": '{"text": "second"}\n{"text": "third"}\n'}
    )

    texts = [
        item.text
        for locator in discover([str(tmp_path)])
        if isinstance(locator, str)
        for item in read(locator)
        if isinstance(item, RawDocument)
    ]

    assert texts == ["first", "second", "third"]


# --- decode() directly ----------------------------------------------------------------------


def test_decode_errors_are_value_errors_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="byte offset 3") as caught:
        decode("é".encode() + b"x\xff", is_html=False)

    assert isinstance(caught.value, DecodeError)
