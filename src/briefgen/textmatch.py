"""Quote matching that forgives typography and line breaks, nothing else."""
from __future__ import annotations

import bisect
import re

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # Guillemets, CJK corner brackets and full-width marks: other languages' quotation marks.
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'", "\u300c": '"', "\u300d": '"',
    "\u300e": '"', "\u300f": '"', "\uff02": '"', "\uff07": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_LEADING_SPACE = re.compile(r"\s*")
# Only a run of two or more whitespace characters shortens the text: a single
# one becomes the single space of the normalised text, one for one.
_LONG_SPACE = re.compile(r"\s\s+")


def normalise(text: str) -> str:
    # str.split() splits at exactly the characters regex \s matches, drops
    # them at both ends, and is four times faster than re.sub over a source.
    return " ".join(text.translate(_TYPOGRAPHY).split())


class OffsetMap:
    """Where each character of a normalised text was in the original.

    Normalising shifts a stretch of text as a whole: between two long
    whitespace runs, character i of the normalised text is character
    i + shift of the original. So the map keeps one (start, shift) pair per
    stretch, a few per paragraph, instead of one number per character, and
    finds a character's stretch by bisection. The space that stands for a
    run maps to the run's last character, as the words after it do."""

    __slots__ = ("_starts", "_shifts", "_length")

    def __init__(self, starts: list[int], shifts: list[int], length: int) -> None:
        self._starts = starts  # normalised offset where each stretch begins, ascending, the first 0
        self._shifts = shifts  # original offset minus normalised offset, within that stretch
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._length:
            raise IndexError(f"offset {index} outside a normalised text of {self._length} characters")
        return index + self._shifts[bisect.bisect_right(self._starts, index) - 1]


def normalise_with_offsets(text: str) -> tuple[str, OffsetMap]:
    """Normalise `text` and map every normalised character to its offset in
    `text`, so a match can be located in the original."""
    translated = text.translate(_TYPOGRAPHY)  # one character for one, so offsets hold
    normalised = " ".join(translated.split())
    shift = _LEADING_SPACE.match(translated).end()
    starts, shifts = [0], [shift]
    for run in _LONG_SPACE.finditer(translated, shift):
        if run.end() == len(translated):
            break  # trailing whitespace: stripped, nothing after it to map
        # The run's space stands at its start in the normalised text, and
        # maps to the run's last character, as the word after it does.
        starts.append(run.start() - shift)
        shift += run.end() - run.start() - 1
        shifts.append(shift)
    return normalised, OffsetMap(starts, shifts, len(normalised))
