"""What parsing one file produced, as JSON text: its value (plain data) and
the diagnostics it reported, located by line and column only, so that the
same outcome can be reported for the file wherever it is.

A fresh parse and a cached one go through this same text, so a cached file
reports exactly what a fresh parse would. `loads` reads untrusted text (the
parse cache): anything `dumps` could not have written raises `BadShape`.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import jsontext
from .diagnostics import Diagnostic, Diagnostics, Location, clipped, printable
from .locatedjson import BadShape

SEVERITIES = ("error", "warning")


def recorder() -> Diagnostics:
    """Where a parse reports, for `dumps`."""
    return Diagnostics()


def largest(size: int) -> int:
    """The most bytes (UTF-8) the outcome of parsing `size` bytes may take: the
    text, a few numbers for each paragraph and YAML value, and diagnostics.
    A larger outcome (many problems, YAML aliases) is not stored, and a
    larger stored entry is not ours."""
    return 32 * size + 65_536


def dumps(value, reported: Diagnostics, size: int) -> str | None:
    """The outcome of parsing `size` bytes, or None when it is larger than allowed."""
    problems = [[d.severity, d.location.line, d.location.col, d.message, d.hint] for d in reported.items]
    text = json.dumps({"value": value, "diagnostics": problems}, ensure_ascii=False, separators=(",", ":"))
    return text if len(text.encode("utf-8")) <= largest(size) else None


def loads(text: str) -> tuple[object, list[Diagnostic]]:
    """(value, diagnostics with an empty path: `relocate` them)."""
    try:
        data = jsontext.loads(text)
    except ValueError:
        raise BadShape("not JSON") from None
    if type(data) is not dict or data.keys() != {"value", "diagnostics"} or type(data["diagnostics"]) is not list:
        raise BadShape("not a parse outcome")
    return data["value"], [_diagnostic(item) for item in data["diagnostics"]]


def _diagnostic(item) -> Diagnostic:
    if type(item) is not list or len(item) != 5:
        raise BadShape("not a diagnostic")
    severity, line, col, message, hint = item
    if severity not in SEVERITIES or type(line) is not int or type(col) is not int or line < 0 or col < 0 \
            or type(message) is not str or type(hint) is not str \
            or _shown(message) != message or _shown(hint) != hint:  # no terminal escapes, no forged lines
        raise BadShape("not a diagnostic")
    return Diagnostic(Location("", line, col), severity, message, hint)


def _shown(text: str) -> str:
    return printable(clipped(text))


def relocate(problems: list[Diagnostic], path: Path, diagnostics: Diagnostics) -> None:
    """Report `problems` in `diagnostics`, as about the file at `path`."""
    diagnostics.replay([Diagnostic(diagnostics.where(path, d.location.line, d.location.col), d.severity, d.message,
                                   d.hint) for d in problems])


def has_error(problems: list[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in problems)
