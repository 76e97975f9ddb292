"""Read a text file as UTF-8, or say exactly where it is not."""
from __future__ import annotations

from pathlib import Path

from .diagnostics import Diagnostics


def read_utf8(path: Path, what: str, diagnostics: Diagnostics) -> str | None:
    return decode_utf8(path.read_bytes(), path, what, diagnostics)


def decode_utf8(raw: bytes, path: Path | str, what: str, diagnostics: Diagnostics) -> str | None:
    """`path` names the text in a diagnostic; it may be '<stdin>'."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        diagnostics.error(diagnostics.where(path, line, col), f"{what} is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                          "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8")
        return None
