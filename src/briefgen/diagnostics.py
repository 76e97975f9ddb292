"""Diagnostics: located, hinted messages collected across a whole run."""
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

# Text a diagnostic shows may come from file names and content; control
# characters, line breaks, bidirectional overrides and marks, and undecodable
# bytes of a file name would forge lines or recolour the terminal, and
# characters of no width would hide what makes an id invalid or a quote
# differ ('kz\u200b'), so they are shown escaped (\x1b, \n, \u202e, \u200b,
# \udcff). The joiners of Persian and Indic words (U+200C, U+200D) are letters'
# business and are left as they are.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
                          "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A message or hint quotes content (a value, a passage, a list of places); its
# first and last characters are enough to recognise it.
MAX_TEXT = 400
_HEAD, _TAIL = 300, 60
_UNNORMAL = re.compile(r"/\.{1,2}(?:/|$)|//|/$")  # a path os.path.abspath would change


def printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda m: _ESCAPES.get(m.group()) or
                            (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"),
                            text)


def printable_json(value) -> str:
    """Indented JSON whose text is safe to print as well: a character
    `printable` escapes is written as its JSON escape (\\u202e), which a
    parser reads back as the same character. JSON escapes only those below
    U+0020 itself, so a raw line break left is the indentation's."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: m.group() if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text)


def os_reason(exc: OSError, with_file: bool = False) -> str:
    """Why the system refused, in its words ("Permission denied"), never
    "None"; with `with_file`, followed by the file it names, if it names one."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{reason} ({exc.filename})" if with_file and exc.filename is not None else reason


def clipped(text: str) -> str:
    if len(text) <= MAX_TEXT:
        return text
    return f"{text[:_HEAD]} … [{len(text) - _HEAD - _TAIL:,} characters left out] … {text[-_TAIL:]}"


@dataclass(frozen=True, order=True, slots=True)  # slots: a brief holds millions (each field, item and citation)
class Location:
    path: str
    line: int = 0  # 1-based; 0 when the problem concerns the whole file
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col or 1}"
        return self.path


@dataclass(frozen=True)
class Diagnostic:
    location: Location
    severity: str  # "error" | "warning"
    message: str
    hint: str = ""

    def format(self) -> str:
        # Escaped again here: not every place is named through Diagnostics.where (--out, a document's name).
        text = f"{printable(str(self.location))}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def as_dict(self) -> dict:
        data = asdict(self)
        data.update(data.pop("location"))
        return data


class Diagnostics:
    """Collects every problem of a run so the editor sees them all at once."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root.resolve() if root is not None else None
        self._root_slash = os.fspath(self.root).rstrip("/") + "/" if root is not None else ""
        self._items: list[Diagnostic] = []
        self._shown: dict[Path | str, str] = {}
        self._environment = False  # a problem outside the content: exit 2, not 1

    def fresh(self) -> "Diagnostics":
        """An empty collector that names places as this one does (its root
        and the paths it has shown), to tell what one step found."""
        other = Diagnostics()
        other.root, other._root_slash, other._shown = self.root, self._root_slash, self._shown
        return other

    def where(self, path: Path | str, line: int = 0, col: int = 0) -> Location:
        return Location(self._display_path(path), line, col)

    def _display_path(self, path: Path | str) -> str:
        # Called for every located value; resolving paths each time dominated loading.
        shown = self._shown.get(path)
        if shown is None:
            shown = self._shown[path] = printable(self._relative(Path(path)))
        return shown

    def _relative(self, path: Path) -> str:
        if self.root is not None:
            text = os.fspath(path)
            if os.sep == "/" and text.startswith(self._root_slash) and not _UNNORMAL.search(text):
                return text[len(self._root_slash):]  # already absolute and normal: no Path needed
            # The path as named first: a symbolic link is shown as the link,
            # not as the file it leads to.
            named = Path(os.path.abspath(path))
            if named.is_relative_to(self.root):
                return named.relative_to(self.root).as_posix()
            try:
                return path.resolve().relative_to(self.root).as_posix()
            except (ValueError, OSError, RuntimeError):  # elsewhere; a link loop
                pass
        return path.as_posix()

    def error(self, location: Location, message: str, hint: str = "") -> None:
        self._items.append(Diagnostic(location, "error", _shown(message), _shown(hint)))

    def environment_error(self, location: Location, message: str, hint: str = "") -> None:
        """An error in how briefgen was run or where it writes (the output
        folder, the disk, a lock), not in the content: the run exits 2."""
        self._environment = True
        self.error(location, message, hint)

    @property
    def exit_code(self) -> int:
        """0 ok, 1 content errors, 2 usage or environment errors."""
        if not self.errors:
            return 0
        return 2 if self._environment else 1

    def warning(self, location: Location, message: str, hint: str = "") -> None:
        self._items.append(Diagnostic(location, "warning", _shown(message), _shown(hint)))

    def extend(self, other: "Diagnostics") -> None:
        self._items.extend(other._items)
        self._environment |= other._environment

    def replay(self, items: list[Diagnostic]) -> None:
        """Diagnostics of an earlier run over the same inputs (build state)."""
        self._items.extend(items)

    def escalate_warnings(self) -> None:
        """--strict: a warning stops the build like an error."""
        self._items = [
            Diagnostic(d.location, "error", d.message, d.hint) for d in self._items
        ]

    @property
    def items(self) -> list[Diagnostic]:
        # Sorted so output is stable whatever order the checks ran in.
        return sorted(self._items, key=lambda d: (d.location, d.severity, d.message))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def __bool__(self) -> bool:
        return bool(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def print(self, file=None) -> None:
        """Every diagnostic, compiler style, to stderr unless told otherwise."""
        for diagnostic in self.items:
            print(diagnostic.format(), file=file or sys.stderr, flush=True)

    def to_json(self) -> str:
        return printable_json([d.as_dict() for d in self.items])


def _shown(text: str) -> str:
    return printable(clipped(text))
