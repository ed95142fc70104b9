"""Turn the bytes of an input into text, or say precisely why that is not possible."""

import codecs
import re

from bs4.dammit import EncodingDetector

# git's buffer_is_binary() (xdiff-interface.c, FIRST_FEW_BYTES) looks for a NUL in the first
# 8000 bytes; sniffing a bounded prefix keeps the check cheap for multi-megabyte inputs.
BINARY_SNIFF_BYTES = 8000

# perlfunc's -B file test: "If more than a third of the characters are strange, it's a -B file".
BINARY_CONTROL_RATIO = 1 / 3

# C0 control bytes and DEL that never occur in text; tab, LF, VT, FF, CR and ESC (ANSI colour
# codes, ISO-2022 escapes) are left out because real text files contain them.
_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\x0b\x0c\r\x1b")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A well-formed multi-byte UTF-8 sequence (RFC 3629, section 4); its presence means the bytes
# were meant as UTF-8, so they must not be reinterpreted as cp1252.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

# WHATWG Encoding Standard labels that browsers decode differently from Python's codec of the
# same name: pages labelled latin-1/ascii are decoded as windows-1252, a UTF-16/32 label found
# in ASCII-compatible bytes cannot be true, and UTF-7 is not supported, so those are ignored.
_WHATWG_AS_CP1252 = frozenset({"iso8859-1", "ascii"})
_WHATWG_IGNORED = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-7"}
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; the message says where and why."""


class BinaryDataError(DecodeError):
    """The bytes look like a binary file (an image, an archive), not text in some encoding."""


def decode(data: bytes, *, is_html: bool, declared: str | None = None) -> str:
    """Decode input bytes without guessing: BOM, declared charset, UTF-8, else legacy cp1252.

    declared is a charset from outside the bytes (an HTTP Content-Type header); like a
    browser, it wins over the page's own declaration, unless the bytes prove it wrong.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                name = codec.removesuffix("-sig").upper()
                raise DecodeError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"at byte offset {err.start} ({err.reason})"
                ) from None
            if "\x00" in text[:BINARY_SNIFF_BYTES]:
                raise BinaryDataError("contains NUL characters, so it is binary data, not text")
            return text

    _reject_binary(data)

    if declared:
        text = _decode_as(data, declared)
        if text is not None:
            return text

    if is_html:
        text = _decode_as(data, EncodingDetector.find_declared_encoding(data, is_html=True))
        if text is not None:
            return text

    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err

    if _UTF8_MULTIBYTE.search(data) is None:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"is neither UTF-8 (invalid byte 0x{data[utf8_error.start]:02X} at byte offset "
                f"{utf8_error.start}) nor cp1252 (byte 0x{data[err.start]:02X} at byte offset "
                f"{err.start} is undefined in cp1252)"
            ) from None
    raise DecodeError(
        f"stops being valid UTF-8 at byte offset {utf8_error.start} "
        f"(byte 0x{data[utf8_error.start]:02X}: {utf8_error.reason}), although other parts are "
        "valid multi-byte UTF-8: the text is corrupt or mixes encodings"
    )


def _is_utf8_text(data: bytes) -> bool:
    """Whether the bytes hold multi-byte UTF-8 sequences and decode as UTF-8 throughout."""
    if _UTF8_MULTIBYTE.search(data) is None:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _reject_binary(data: bytes) -> None:
    """Raise BinaryDataError when the prefix has a NUL or is mostly control bytes."""
    sample = data[:BINARY_SNIFF_BYTES]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise BinaryDataError(
            f"contains a NUL byte at byte offset {nul}, so it is binary data, not text"
        )
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    if sample and controls / len(sample) > BINARY_CONTROL_RATIO:
        raise BinaryDataError(
            f"{controls} of its first {len(sample)} bytes are control characters "
            f"(more than {BINARY_CONTROL_RATIO:.0%}), so it is binary data, not text"
        )


def _decode_as(data: bytes, declared: str | None) -> str | None:
    """Decode with a declared charset, or None if absent, unknown or wrong."""
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec in _WHATWG_IGNORED:
        return None
    if codec in _WHATWG_AS_CP1252:
        codec = "cp1252"
    if codec != "utf-8" and _is_utf8_text(data):
        # Multi-byte UTF-8 that decodes whole is UTF-8 whatever the label says: read as a
        # single-byte charset it would become mojibake ("Ã©" for "é").
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        # LookupError: a bytes-to-bytes codec such as "base64" or "zlib" is not a text encoding.
        return None
