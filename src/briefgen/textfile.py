"""Read a text file as UTF-8, or say exactly where it is not; find the
characters that XML (the feed, the sitemap) cannot carry."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .diagnostics import Diagnostics, os_reason
from .inputs import read_regular


def read_utf8(path: Path, what: str, diagnostics: Diagnostics, limit: int | None = None) -> str | None:
    raw = read_bytes(path, what, diagnostics, limit)
    return None if raw is None else decode_utf8(raw, path, what, diagnostics)


def read_bytes(path: Path, what: str, diagnostics: Diagnostics, limit: int | None = None) -> bytes | None:
    """The file's bytes; with `limit`, a file longer than that is an error
    (the limit of a source, max_source_bytes: read no further than it)."""
    try:
        raw = read_regular(path, limit)
    except OSError as exc:
        diagnostics.error(diagnostics.where(path), f"cannot read the {what}: {os_reason(exc)}",
                          "check that it is a readable file")
        return None
    if limit is not None and len(raw) > limit:
        diagnostics.error(diagnostics.where(path), f"the {what} is over the limit of {limit:,} bytes",
                          "split it, or raise max_source_bytes in briefgen.toml")
        return None
    return raw


def decode_utf8(raw: bytes, path: Path | str, what: str, diagnostics: Diagnostics) -> str | None:
    """`path` names the text in a diagnostic; it may be '<stdin>'. A
    byte-order mark that starts the file (Windows editors write one) is no
    part of its text: front matter after it would be read as the body."""
    document = _document_kind(raw)
    if document is not None:
        diagnostics.error(diagnostics.where(path), f"{what} is {document[0]}, not text", document[1])
        return None
    if b"\0" in raw[:2]:  # UTF-16 without its mark: ASCII text would decode, a NUL after each letter
        order = _utf16_without_mark(raw)
        if order:
            diagnostics.error(diagnostics.where(path, 1, 1), f"{what} is UTF-16 ({order}), not UTF-8",
                              f"re-save it as UTF-8, e.g. iconv -f UTF-16{order} -t UTF-8")
            return None
    try:
        text = raw.decode("utf-8")
        return text[1:] if text.startswith("\ufeff") else text
    except UnicodeDecodeError as exc:
        before = raw[:exc.start].removeprefix(_UTF8_BOM)  # UTF-8, as the error is at the first byte that is not
        line = before.count(b"\n") + 1
        # Columns count characters, as editors and every other diagnostic do.
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8")) + 1
        diagnostics.error(diagnostics.where(path, line, col), f"{what} is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                          _resave_hint(raw, before))
        return None


_UTF8_BOM = "\ufeff".encode()


def _utf16_without_mark(raw: bytes) -> str | None:
    """"LE" or "BE" when `raw` starts as UTF-16 of Latin text does: every other byte NUL
    (the high byte of each letter), the bytes between not."""
    head = raw[:512 - 512 % 2] if len(raw) > 1 else b""
    for order, high, low in (("LE", head[1::2], head[0::2]), ("BE", head[0::2], head[1::2])):
        if high and high.count(0) >= 0.9 * len(high) and low.count(0) <= 0.1 * len(low):
            return order
    return None


# Files that start with these bytes are not text in a single-byte encoding, which iconv's usual advice assumes.
_NOT_SINGLE_BYTE = ((b"\xff\xfe", "it was saved as UTF-16 (\"Unicode\" in Notepad): re-save it as UTF-8, "
                                  "e.g. iconv -f UTF-16 -t UTF-8"),
                    (b"\xfe\xff", "it was saved as UTF-16: re-save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8"))

# Documents that are no text, by the bytes they start with: given as a
# source, each was told of its first byte that is not UTF-8 or its first
# control character, and to remove it. RTF is text, but its markup would be
# read as the document's words.
_SAVE_AS_TEXT = "save it from its editor as plain text, UTF-8, and use that file instead"
_DOCUMENTS = ((b"%PDF-", ("a PDF document", "copy its text into a file saved as plain text, UTF-8, and use that "
                                            "file instead (pdftotext, of poppler-utils, does it)")),
              (b"PK\x03\x04", ("a ZIP archive (a Word, OpenDocument or EPUB file)", _SAVE_AS_TEXT)),
              (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ("a Microsoft Office file (.doc, .xls, .ppt)", _SAVE_AS_TEXT)),
              (b"{\\rtf", ("an RTF document", _SAVE_AS_TEXT)))


def _document_kind(raw: bytes) -> tuple[str, str] | None:
    """(what the document is, what to do) when `raw` is a document that is
    no text; a byte-order mark before RTF's brace is passed by."""
    start = raw.removeprefix(_UTF8_BOM)
    return next((found for signature, found in _DOCUMENTS if start.startswith(signature)), None)


def _resave_hint(raw: bytes, utf8: bytes) -> str:
    """`utf8`: the text before the first byte that is not UTF-8."""
    for start, hint in _NOT_SINGLE_BYTE:
        if raw.startswith(start):
            return hint
    if b"\0" in raw[:4096]:
        return ("it holds NUL bytes: a binary file, or text saved as UTF-16; give text saved as UTF-8 "
                "(iconv -f UTF-16 -t UTF-8 converts UTF-16)")
    if not utf8.isascii():
        # Text pasted in from a Windows document into a UTF-8 one: converting the whole file from
        # Windows-1252 would garble the letters already in UTF-8 ("café" to "cafÃ©").
        return ("the text before it is UTF-8 with letters beyond ASCII, so the file mixes two encodings: "
                "retype the character here, and any like it after it, rather than converting the file")
    return "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"


# Everything outside XML 1.0's Char production: C0 controls but tab and line
# breaks, surrogates, U+FFFE and U+FFFF. One in a name makes feed.xml malformed.
# Compiled when first used: that takes 10 ms, a fiftieth of an unchanged build.
@cache
def _not_xml() -> re.Pattern[str]:
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def not_xml(text: str) -> str | None:
    """How to name the first character XML 1.0 does not allow in `text`, or None."""
    match = _not_xml().search(text)
    if match is None:
        return None
    code = ord(match.group())
    return f"{'control character' if code < 0x20 else 'character'} U+{code:04X}"
