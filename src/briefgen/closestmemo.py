"""The passage of its source each quote not found was closest to at the last
check, so the hint is not searched for again while neither the quote nor the
source changed (three seconds for 100 such quotes in a source of 1.9 MB, and
`serve` checks after every save): `.briefgen-cache/closest-passages.json`.

The closest passage is a pure function of the compared quote and the
source's text and paragraphs (and of briefgen's code and rapidfuzz's
version, which the file's identity holds); it is kept under a hash of them.
The file (memofile.py) is untrusted input like every cache: an entry is used
only if its passage is in the paragraph it names, with a score a match may have."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from .memofile import MemoFile
from .sources import Source

FILE = "closest-passages.json"
FORMAT = 2  # raise when an entry's shape or meaning changes

Near = tuple[int, int, str]  # the paragraph's number, the score out of 100, the passage as written, on one line


class ClosestPassages(MemoFile):
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        super().__init__(cache, FILE, [FORMAT], ("passages",), reuse)

    def passage(self, needle: str, source: Source, search: Callable[[], Near | None]) -> Near | None:
        """The passage of `source` closest to `needle` (a quote as compared, textmatch.comparable),
        as `search()` finds it, or as it found it last time."""
        key = self.key((needle, source.text_digest, hashlib.blake2b(source.paragraphs.key()).digest()))
        near = self._known(key, source)
        if near is None:
            near = search()
        if near is not None:
            self.now["passages"][key] = list(near)
        return near

    def _known(self, key: str, source: Source) -> Near | None:
        known = self.before["passages"].get(key)
        if not (isinstance(known, list) and len(known) == 3 and type(known[0]) is int and type(known[1]) is int
                and isinstance(known[2], str) and 1 <= known[0] <= len(source.paragraphs) and 0 <= known[1] <= 100):
            return None
        paragraph = source.paragraphs[known[0] - 1]
        if known[2] not in " ".join(source.text[paragraph.start:paragraph.end].split()):
            return None
        return known[0], known[1], known[2]
