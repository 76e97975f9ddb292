"""Quote matching that forgives typography and line breaks, nothing else."""
from __future__ import annotations

import re

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise `text` and map every normalised character to its offset in
    `text`, so a match can be located in the original."""
    translated = text.translate(_TYPOGRAPHY)  # one character for one, so offsets hold
    parts: list[str] = []
    offsets: list[int] = []
    for word in _WORD.finditer(translated):
        if parts:
            parts.append(" ")
            offsets.append(word.start() - 1)
        parts.append(word.group())
        offsets.extend(range(word.start(), word.end()))
    return "".join(parts), offsets
