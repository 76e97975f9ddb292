"""Quote matching that forgives typography and line breaks, nothing else.

`normalise` is a text with its typography and whitespace made plain, as
every check compares texts; `wording` is that text with its accented
letters in one form, as a claim's words are compared with its quotes';
`comparable` is that text as a quote is matched against its source, where the space beside a quotation mark and
before ; : ! ? is typography too: French sets them off with a (no-break)
space, '« équitable »', 'dit :', that an editor may type or leave out, and
so are those around a dash ('behind — not now', 'behind—not now') and one
beside a Chinese or Japanese letter, where no space parts words; and
what no reader sees (a soft hyphen, a zero-width space) or sees as one
dash (a typewriter's '--'). The words and marks stay the source's, in
their order: only spaces that a mark already separates from the next
word go, and characters that show nothing."""
from __future__ import annotations

import bisect
import re
import unicodedata

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # Guillemets, CJK corner brackets and full-width marks: other languages' quotation marks.
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'", "\u300c": '"', "\u300d": '"',
    "\u300e": '"', "\u300f": '"', "\uff02": '"', "\uff07": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
# Apostrophes that are letters: Uzbek writes its oʻ and gʻ with the turned comma as often as with ‘ or ' (one
# article "Oʻzbekiston", another "O‘zbekiston"), Ukrainian and Belarusian their apostrophe with U+02BC or ',
# so an editor's keyboard writes either. Only where a quote is matched: their words keep the letter.
_LETTER_APOSTROPHES = str.maketrans({"\u02bb": "'", "\u02bc": "'"})
_LEADING_SPACE = re.compile(r"\s*")
# Only a run of two or more whitespace characters shortens the text: a single
# one becomes the single space of the normalised text, one for one.
_LONG_SPACE = re.compile(r"\s\s+")
# Quotation marks as _TYPOGRAPHY writes them, and the marks French spaces off from the word before.
_QUOTATION_MARKS = "\"'"
_SPACED_OFF = ";:!?"
# A space that comparing ignores, as it stands in a normalised text (one at most between two characters).
_LOOSE_SPACES = (tuple(f" {mark}" for mark in _QUOTATION_MARKS + _SPACED_OFF)
                 + tuple(f"{mark} " for mark in _QUOTATION_MARKS))
# Chinese and Japanese separate no words by spaces: one beside their letters or marks is a line wrapped in the
# source ("置き換えて\nください") or typography, and is loose too. Not beside Hangul: Korean spaces its words.
_UNSPACED_LETTER = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNSPACED_SPACE = re.compile(f" (?:(?=[{_UNSPACED_LETTER}])|(?<=[{_UNSPACED_LETTER}] ))")
# A dash set off by a space on each side ('behind — not now') is the closed dash ('behind—not now') of another
# style guide: both spaces are loose. Not one space alone, as in a word broken at a line's end ('infra- structure').
_DASH_SPACE = re.compile(r" (?=- )|(?<= -) ")
# What a reader never sees: a soft hyphen (web pages put them in long words, "inter\u00adnational", and a text
# copied from one keeps them), a zero-width space or word joiner, a byte-order mark inside the text. Dropped where
# a quote is matched, with a space that dropping them would leave doubled or at an end.
_UNSEEN_CHARACTERS = "\u00ad\u200b\u2060\ufeff"
_UNSEEN = re.compile(f" [{_UNSEEN_CHARACTERS}]+$|(?<= )[{_UNSEEN_CHARACTERS}]+ |^[{_UNSEEN_CHARACTERS}]+ ?|[{_UNSEEN_CHARACTERS}]+")
# A typewriter's dash, two or three hyphens ("behind -- not now"), is the dash a typeset text writes ("behind — not
# now"): the hyphens after the first are unseen. Only hyphens typed as such: "3–−5" (to minus five) stays two marks.
_TYPEWRITER_DASH = re.compile(r"(?<=-)-+")


def _typewriter_dashes_unseen(text: str) -> str:
    """`text` with the hyphens after the first of each run written as a word joiner: one for one, offsets hold."""
    return _TYPEWRITER_DASH.sub(lambda run: "\u2060" * len(run.group()), text) if "--" in text else text


def normalise(text: str) -> str:
    # str.split() splits at exactly the characters regex \s matches, drops
    # them at both ends, and is four times faster than re.sub over a source.
    return " ".join(text.translate(_TYPOGRAPHY).split())


def wording(text: str) -> str:
    """`text` normalised as its words are compared with another text's: each
    accented letter in one form (NFC), as a claim typed as one letter
    ('ä') and a quote copied from a file saved as a letter and a combining
    mark ('a' + U+0308) write the same word. Never for locating a quote in
    its source, which matches what the source writes."""
    normalised = normalise(text)
    return normalised if unicodedata.is_normalized("NFC", normalised) else unicodedata.normalize("NFC", normalised)


def comparable(text: str) -> str:
    """`text` as a quote and its source are compared: normalised, its letters' apostrophes as "'", without its
    loose spaces."""
    compared = normalise(_typewriter_dashes_unseen(text).translate(_LETTER_APOSTROPHES))
    if _has_unseen(compared):
        compared = _UNSEEN.sub("", compared)
    if " - " in compared:
        compared = _DASH_SPACE.sub("", compared)
    for pair in _LOOSE_SPACES:
        # A quarter of a regular expression's time over a source (20 ms for 2 MB); no removal makes another pair.
        compared = compared.replace(pair, pair.strip())
    # A space's neighbours are never spaces in a normalised text: this removes the spaces _loose_spaces finds.
    return compared if compared.isascii() else _UNSPACED_SPACE.sub("", compared)


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

    def without(self, dropped: list[int]) -> "OffsetMap":
        """The map of the text without the characters at `dropped` (ascending
        offsets into this map's text): after each, the original is one further on."""
        starts: list[int] = []
        shifts: list[int] = []

        def begin(start: int, shift: int) -> None:
            if starts and starts[-1] == start:
                shifts[-1] = shift  # two changes at one character: the later holds
            else:
                starts.append(start)
                shifts.append(shift)

        stretch = gone = 0  # this map's stretches begun and characters dropped, before the offset reached
        while stretch < len(self._starts) or gone < len(dropped):
            # A stretch that begins at a dropped character begins before the drop moves what follows.
            if gone == len(dropped) or stretch < len(self._starts) and self._starts[stretch] <= dropped[gone]:
                begin(self._starts[stretch] - gone, self._shifts[stretch] + gone)
                stretch += 1
            else:
                begin(dropped[gone] - gone, self._shifts[stretch - 1] + gone + 1)
                gone += 1
        return OffsetMap(starts, shifts, self._length - len(dropped))


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


def comparable_with_offsets(text: str) -> tuple[str, OffsetMap]:
    """`comparable(text)`, with every character mapped to its offset in `text`."""
    # One character for one, so offsets hold.
    normalised, offsets = normalise_with_offsets(_typewriter_dashes_unseen(text).translate(_LETTER_APOSTROPHES))
    if _has_unseen(normalised):
        unseen = [at for match in _UNSEEN.finditer(normalised) for at in range(match.start(), match.end())]
        normalised, offsets = _without(normalised, unseen), offsets.without(unseen)
    loose = _loose_spaces(normalised)
    if not loose:
        return normalised, offsets
    return _without(normalised, loose), offsets.without(loose)


def _without(text: str, dropped: list[int]) -> str:
    """`text` without the characters at `dropped` (ascending offsets)."""
    return "".join(text[start + 1:end] for start, end in zip([-1] + dropped, dropped + [len(text)]))


def _has_unseen(normalised: str) -> bool:
    # Most texts have none, and an ASCII text none at all.
    return not normalised.isascii() and any(c in normalised for c in _UNSEEN_CHARACTERS)


def _loose_spaces(normalised: str) -> list[int]:
    """Where the loose spaces of a normalised text are, in order."""
    found = set()
    for pair in _LOOSE_SPACES:
        space = pair.index(" ")
        at = normalised.find(pair)
        while at != -1:
            found.add(at + space)
            at = normalised.find(pair, at + 1)
    if " - " in normalised:
        found.update(space.start() for space in _DASH_SPACE.finditer(normalised))
    if not normalised.isascii():
        found.update(space.start() for space in _UNSPACED_SPACE.finditer(normalised))
    return sorted(found)
