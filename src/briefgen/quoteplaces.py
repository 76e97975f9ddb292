"""Where each quote stood in its source at the last check, so a source whose
text is unchanged is not normalised again to find its quotes (0.6 of the 0.7
seconds of anchoring at 4,000 sources).

A place is kept under the hash of the source's text (and whether its
language groups digits with spaces, which decides where a number ends) and
the citation's key (its quote, prefix and suffix), and only when the quote
was found exactly once. It is used only after the words at that place are seen to be the
quote's. The file, `.briefgen-cache/quote-places.json` (memofile.py), is
untrusted input like every cache: every entry is checked."""
from __future__ import annotations

from pathlib import Path

from .memofile import MemoFile
from .model import Cite
from .sources import Source
from .textmatch import comparable

FILE = "quote-places.json"
FORMAT = 2  # raise when an entry's shape or meaning changes


class QuotePlaces(MemoFile):
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        super().__init__(cache, FILE, [FORMAT], ("places",), reuse)

    def get(self, text_key: str, source: Source, cite: Cite) -> tuple[int, int] | None:
        """The (start, end) the quote had in this text, if the text there is still the quote."""
        known = self.before["places"].get(text_key)
        span = known.get(cite.key) if isinstance(known, dict) else None
        if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)
                and 0 <= span[0] < span[1] <= len(source.text)):
            return None
        there = source.text[span[0]:span[1]]
        if there != cite.quote and comparable(there) != comparable(cite.quote):
            return None
        self.put(text_key, cite, (span[0], span[1]))
        return span[0], span[1]

    def told(self, text_key: str, cite: Cite) -> list[int] | None:
        """The place this run was told for the quote in this text, if any."""
        return self.now["places"].get(text_key, {}).get(cite.key)

    def put(self, text_key: str, cite: Cite, span: tuple[int, int]) -> None:
        self.now["places"].setdefault(text_key, {})[cite.key] = [span[0], span[1]]
