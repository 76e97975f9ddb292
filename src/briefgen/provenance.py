"""Anchor every citation in its source text, after the W3C Web Annotation
text-quote selector: exact quote, optional prefix/suffix to pick an occurrence.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from typing import Callable, Container, Iterable

from . import chinesescript, keptobjects
from .closestmemo import ClosestPassages
from .current import working_on
from .diagnostics import Diagnostics
from .model import Anchor, Cite
from .quotediffs import BROKEN_WORD, OTHER_DIGIT, other_digit_forms, other_script, told_apart
from .quoteplaces import QuotePlaces
from .sources import Source
from .suggest import closest_passage, fitted
from .textmatch import comparable, comparable_with_offsets


@dataclass(frozen=True)
class Closest:
    paragraph: int
    score: int
    text: str


class SourceIndex:
    """A source's text as quotes are compared with it (textmatch.comparable),
    with a map back to original offsets."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.text, self.offsets = comparable_with_offsets(source.text)
        self._compared_paragraphs: list[str] | None = None
        self._longest: int | None = None
        self._other_digits: bool | None = None
        self._simplified: str | None = None
        self._broken: list[tuple[str, str]] | None = None

    def occurrences(self, quote: str, prefix: str = "", suffix: str = "") -> list[tuple[int, int]]:
        """Original (start, end) of every occurrence that fits prefix and suffix."""
        needle = comparable(quote)
        prefix, suffix = comparable(prefix), comparable(suffix)
        found = []
        at = self.text.find(needle)
        while at != -1 and needle:
            end = at + len(needle)
            if (not prefix or self._prefixed(at, prefix)) and (not suffix or self._suffixed(end, suffix)):
                found.append((self.offsets[at], self.offsets[end - 1] + 1))
            at = self.text.find(needle, at + 1)
        return found

    # The text is normalised, so at most one space lies between a quote and its
    # prefix or suffix; checked in place, without copying the text around it.
    def _prefixed(self, at: int, prefix: str) -> bool:
        if at and self.text[at - 1] == " ":
            at -= 1
        return self.text.endswith(prefix, 0, at)

    def _suffixed(self, end: int, suffix: str) -> bool:
        if end < len(self.text) and self.text[end] == " ":
            end += 1
        return self.text.startswith(suffix, end)

    def closest(self, quote: str, kept: ClosestPassages | None = None) -> Closest | None:
        """The passage most like the quote; `kept`: those found by the last check."""
        needle = comparable(quote)
        near = kept.passage(needle, self.source, partial(self._searched, needle)) if kept is not None \
            else self._searched(needle)
        return Closest(*near) if near is not None else None

    def _searched(self, needle: str) -> tuple[int, int, str] | None:
        texts = self._paragraph_texts()
        near = closest_passage(needle, texts)
        if near is None:
            return None
        paragraph = self.source.paragraphs[near.index]
        written = self.source.text[paragraph.start:paragraph.end]
        if len(needle) > len(texts[near.index]):
            passage = written
        elif near.end > near.start:
            offsets = comparable_with_offsets(written)[1]
            start, end = fitted(needle, texts[near.index], near.start, near.end)
            passage = _whole_words(written, offsets[start], offsets[end - 1] + 1)
        else:
            passage = ""  # nothing aligned
        # As the source writes it ('« équitable »', not '"équitable"'), on one line: it is copied as the quote.
        return paragraph.number, near.score, " ".join(passage.split())

    def broken_words(self) -> list[tuple[str, str]]:
        """Where the compared text breaks a word with a hyphen and a space, as at a line's end ('infra-
        structure'), and its two parts; found once for every quote not found in the source."""
        if self._broken is None:
            self._broken = [(m.group(1), m.group(2)) for m in BROKEN_WORD.finditer(self.text)]
        return self._broken

    def longest_paragraph(self) -> int:
        """The characters of the longest paragraph, as written: no shorter than as compared."""
        if self._longest is None:
            self._longest = max((p.end - p.start for p in self.source.paragraphs), default=0)
        return self._longest

    def writes_other_digits(self) -> bool:
        """Whether the text writes a digit not in 0-9, looked for once for every
        quote not found in the source: 200 of them in a source of 1 MB spent 5 s
        looking again for each."""
        if self._other_digits is None:
            self._other_digits = OTHER_DIGIT.search(self.text) is not None
        return self._other_digits

    def simplified_text(self) -> str:
        """The compared text in Simplified Chinese characters, one for one, made once for every quote not found."""
        if self._simplified is None:
            self._simplified = chinesescript.simplified(self.text)
        return self._simplified

    def _paragraph_texts(self) -> list[str]:
        """Each paragraph's text as compared, made once for every quote not found in the source."""
        if self._compared_paragraphs is None:
            text = self.source.text
            self._compared_paragraphs = [comparable(text[p.start:p.end]) for p in self.source.paragraphs]
        return self._compared_paragraphs


def _whole_words(text: str, start: int, end: int) -> str:
    """Widen a fuzzy match in a paragraph to whole words, so the hint can
    be pasted as the quote: to the spaces around it, but in a script
    written without them, no further than the match (not to the paragraph).
    Korean spaces its words, so a match begun inside one ("상금" of "보상금")
    widens to it. A vowel or tone mark stays with its letter in every script
    (Thai "ปี", not "ป"): a match never begins or ends between them."""
    def widens(before: str, after: str) -> bool:
        return unicodedata.category(after).startswith("M") or not (
            before.isspace() or after.isspace() or _WRITTEN_UNSPACED.match(before) or _WRITTEN_UNSPACED.match(after))
    while 0 < start < len(text) and widens(text[start - 1], text[start]):
        start -= 1
    while 0 < end < len(text) and widens(text[end - 1], text[end]):
        end += 1
    return text[start:end].strip().strip("\u3001\u3002\uff0c").strip()  # and the ideographic comma a match may take in


def anchor_cites(cites: Iterable[Cite], sources: dict[str, Source], diagnostics: Diagnostics,
                 places: QuotePlaces | None = None, spaced: Container[str] = (),
                 closest: ClosestPassages | None = None) -> dict[str, Anchor]:
    """Locate every cited passage; report quotes that are missing, ambiguous,
    span paragraphs, or overlap another passage partially. `places`: where
    the last check found them (quoteplaces.py); `spaced`: the sources whose
    language groups a number's digits with spaces ("1 500" is one number in
    French, two in English); `closest`: the passages the last check found
    closest to quotes not found (closestmemo.py)."""
    global _ANCHORED
    cites = list(cites)
    by_source: dict[str, list[Cite]] = {}
    for cite in cites:
        if cite.source in sources:
            by_source.setdefault(cite.source, []).append(cite)
    keeping = keptobjects.keeping()
    anchored: dict[str, tuple] = {}
    # One source at a time, so only one normalised copy of a text is alive.
    found_by_key: dict[str, Anchor] = {}
    normalised: dict[tuple[str, bool], str] = {}  # the sources' texts, compared once only when a quote is not found
    for sid, cited in by_source.items():
        keptobjects.go_on()
        source = sources[sid]
        grouped = sid in spaced
        # A quote found once where digits grouped by spaces make one number ("500" cut from "1 500") may be
        # found twice where they do not: a place is kept for one reading of the text only.
        text_key = source.text_digest.hex() + ("/spaced" if grouped else "")
        index: SourceIndex | None = None  # made when a quote must be searched for
        for cite in cited:
            if cite.key in found_by_key:
                continue  # a key names its source, so its other citations are in this group too
            kept = _ANCHORED.get(cite.key) if keeping else None
            if kept is not None and kept[0] is cite and kept[1] is source and kept[4] == grouped:
                if places is not None and kept[3] is not None:
                    places.put(text_key, cite, kept[3])
                found_by_key[cite.key] = kept[2]
                anchored[cite.key] = kept
                continue
            span = places.get(text_key, source, cite) if places is not None else None
            with working_on(cite.location):
                if span is not None:
                    found = placed(cite, source, [span], diagnostics, grouped)
                else:
                    index = index or SourceIndex(source)
                    found_once = partial(places.put, text_key, cite) if places is not None else None
                    found = anchor(cite, index, diagnostics, found_once, grouped,
                                   partial(_elsewhere, sources, normalised), closest)
            if found is not None:
                found_by_key[cite.key] = found
                if keeping:
                    anchored[cite.key] = (cite, source, found, places.told(text_key, cite) if places else None,
                                          grouped)
    _ANCHORED = anchored
    # In the citations' order, as the pages and exports list them.
    anchors = {cite.key: found_by_key[cite.key] for cite in cites if cite.key in found_by_key}
    _report_partial_overlaps(anchors.values(), cites, diagnostics)
    return anchors


def _elsewhere(sources: dict[str, Source], normalised: dict[tuple[str, bool], str], cite: Cite,
               loose: bool = False) -> list[str]:
    """The other sources whose text holds the quote (as matching forgives
    spaces and typography; `loose`: also capitals and quotation marks turned
    single or double), in id order. Asked only of a quote not found;
    `normalised` keeps each text as compared for the next such quote."""
    compare = _loosened if loose else comparable
    wanted = compare(cite.quote)
    if not wanted:
        return []
    holding = []
    for sid, source in sources.items():
        if sid != cite.source:
            text = normalised.get((sid, loose))
            if text is None:
                text = normalised[sid, loose] = compare(source.text)
            if wanted in text:
                holding.append(sid)
    return sorted(holding)


def _loosely_in(quote: str, index: SourceIndex) -> str:
    """The passage of the source that is the quote but for capitals and quotation marks turned single or double,
    which no closest passage shows where every letter's case differs ('THE MINISTER SAID'); or ""."""
    text = index.text.lower().replace('"', "'")
    at = text.find(_loosened(quote))
    if at == -1 or len(text) != len(index.text):  # lower() wrote a letter as two ('İ'): no place to show
        return ""
    start, end = index.offsets[at], index.offsets[at + len(_loosened(quote)) - 1] + 1
    passage = " ".join(index.source.text[start:end].split())
    return (f'the source writes it with other capitals or quotation marks in ¶{index.source.paragraph_at(start).number}:'
            f' "{passage}"; write it as the source does')


def _loosened(text: str) -> str:
    """`text` as compared, with what a writer changes in a quotation they copy: its first capital ('The port'
    for 'the port'), or any, and its quotation marks turned single or double. lower(), not casefold(), which
    also folds what no capital is ('ﬁ', 'ß')."""
    return comparable(text).lower().replace('"', "'")


# In a process that builds again, where each citation's quote was found by
# the last check, with the place the quote places were told (if any): taken
# again while the citation and its source are the very objects (the quote
# and the text are then those found, and a quote found stands alone: the
# check reported nothing of it).
_ANCHORED: dict[str, tuple] = {}


def anchor(cite: Cite, index: SourceIndex, diagnostics: Diagnostics,
           found_once: Callable[[tuple[int, int]], None] | None = None, spaced: bool = False,
           elsewhere: Callable[..., list[str]] | None = None,
           closest: ClosestPassages | None = None) -> Anchor | None:
    """`found_once` is told the place of a quote found exactly once;
    `spaced`: the source's language groups digits with spaces; `elsewhere`:
    the other sources that hold a quote not found in its own; `closest`:
    the passages closest to quotes not found at the last check."""
    source = index.source
    spans = index.occurrences(cite.quote, cite.prefix, cite.suffix)
    if not spans:
        without_context = index.occurrences(cite.quote) if cite.prefix or cite.suffix else []
        if without_context:
            hint = (f"the quote is in {_paragraphs(source, without_context)}, but not with this prefix/suffix; "
                    "copy the words just before or after it from the source")
        elif elsewhere is not None and (holding := elsewhere(cite)):
            hint = f"the quote is in {_named_sources(holding)}, word for word: is that the source you meant? fix 'source:'"
        else:
            hint = _gap_hint(cite.quote, index, closest) or _closest_hint(cite.quote, index, closest)
            if hint == _far(source) and (loosely := _loosely_in(cite.quote, index)):
                hint = loosely
            elif hint == _far(source) and elsewhere is not None and (holding := elsewhere(cite, loose=True)):
                hint = (f"no passage of {source.id} is close to it, but {_named_sources(holding)} holds it with "
                        "other capitals or quotation marks: is that the source you meant? fix 'source:', and write "
                        "the quote as that source does")
        diagnostics.error(cite.location, f"quote not found in {source.id}", hint)
        return None
    whole = [span for span in spans if _cut_word(source.text, *span, spaced) is None]
    spans = whole or spans  # found only inside longer words: placed() says which
    if len(spans) == 1 and whole and found_once is not None:
        found_once(spans[0])
    picks = _picking_contexts(cite.quote, spans, index) if len(spans) > 1 and not (cite.prefix or cite.suffix) else ""
    return placed(cite, source, spans, diagnostics, spaced, picks)


# The most occurrences of a quote and the most words before or after each that a hint offers to pick them by.
_PICKED_AT_MOST = 4
_CONTEXT_WORDS = 6


def _picking_contexts(quote: str, spans: list[tuple[int, int]], index: SourceIndex) -> str:
    """The fewest words just before (or else after) each occurrence of the quote that pick it alone, as
    'prefix:' or 'suffix:' lines to paste, each checked to pick only its own; or ""."""
    if len(spans) > _PICKED_AT_MOST:
        return ""
    text = index.source.text
    paragraphs = [index.source.paragraph_at(start) for start, _ in spans]
    befores = [text[p.start:start].split() for p, (start, _) in zip(paragraphs, spans)]
    afters = [text[end:p.end].split() for p, (_, end) in zip(paragraphs, spans)]
    for key, contexts, cut in (("prefix", befores, lambda words, n: words[-n:]), ("suffix", afters,
                                                                                 lambda words, n: words[:n])):
        for count in range(1, _CONTEXT_WORDS + 1):
            picked = [" ".join(cut(words, count)) for words in contexts]
            if not all(picked) or len(set(map(comparable, picked))) < len(picked):
                continue
            found = [index.occurrences(quote, **{key: words}) for words in picked]
            if all(places == [span] for places, span in zip(found, spans)):
                return ", e.g. " + ", or ".join(f"{key}: {json.dumps(words, ensure_ascii=False)} for ¶{p.number}"
                                                 for words, p in zip(picked, paragraphs))
    return ""


# An ellipsis, as editors mark words left out of a quote: '…', '...', '. . .' (as Chicago style spaces it),
# '[…]', '(...)'.
_DOTS = r"(?:…|\.{3,}|\.(?: \.){2,})"
_ELLIPSIS = re.compile(rf"\[\s*{_DOTS}\s*\]|\(\s*{_DOTS}\s*\)|{_DOTS}")
_NO_GAP = "a quote is the source's words without a gap"


def _gap_hint(quote: str, index: SourceIndex, kept: ClosestPassages | None) -> str:
    """What a quote that leaves words out at an ellipsis is told ('' if it
    holds none): whether its parts are the source's, each to be cited alone."""
    mark = _ELLIPSIS.search(quote)
    if mark is None:
        return ""
    mark = mark.group()
    parts = [part.strip() for part in _ELLIPSIS.split(quote) if comparable(part)]
    if own := _own_ellipsis(quote, index):
        return own
    places = [index.occurrences(part) for part in parts]
    if len(parts) == 1:
        # At an end only: the quote begins or ends in mid-sentence, which a quote may.
        return (f"the quote is in the source without its '{mark}' ({_paragraphs(index.source, places[0])}): "
                f"a quote may begin and end anywhere, with no '{mark}'; leave it out") if places[0] else ""
    missing = [part for part, found in zip(parts, places) if not found]
    if missing and mark in index.source.text:
        return ""  # the source writes it too: a quote may hold it, and a slip elsewhere is only the closest passage's
    if missing:
        return (f"the quote leaves words out at '{mark}', and {_NO_GAP}: cite each part as a quote of its own; "
                f"its part \"{missing[0]}\" is not in the source: {_closest_hint(missing[0], index, kept)}")
    in_order = _in_order(places)
    where = ", ".join(f"¶{index.source.paragraph_at(start).number}" for start, _ in in_order or [p[0] for p in places])
    return (f"the quote leaves words out at '{mark}', and {_NO_GAP}: its {len(parts)} parts are each in the source"
            + (f", in this order ({where})" if in_order else f" ({where}), but not in this order")
            + ": cite each part as a quote of its own")


# An ellipsis as a source may write it, and the spaces it may stand between.
_ELLIPSES = ("…", "...", ". . .", "[…]", "[...]", "(…)", "(...)")
_AROUND = (("", " "), (" ", " "), ("", ""), (" ", ""))


def _own_ellipsis(quote: str, index: SourceIndex) -> str:
    """Where the source writes an ellipsis of its own (a speaker's pause, its own cut) at the quote's, in
    another form or spacing ('The talks... were long' for 'The talks… were long'), which is no gap: the
    passage as the source writes it, to paste; or ""."""
    pieces = _ELLIPSIS.split(quote)
    for form in _ELLIPSES:
        for before, after in _AROUND:
            written = (before + form + after).join(piece.strip() if 0 < at < len(pieces) - 1 else
                                                   piece.rstrip() if at == 0 else piece.lstrip()
                                                   for at, piece in enumerate(pieces))
            if written != quote and (spans := index.occurrences(written)):
                start, end = spans[0]
                passage = " ".join(index.source.text[start:end].split())
                return (f'the source writes its own ellipsis there: "{passage}" in '
                        f"{_paragraphs(index.source, spans)}; write it as the source does")
    return ""


def _in_order(places: list[list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """A place for each part, each after the one before, if there is one: the first such."""
    chosen: list[tuple[int, int]] = []
    for spans in places:
        after = [span for span in spans if not chosen or span[0] >= chosen[-1][1]]
        if not after:
            return None
        chosen.append(after[0])
    return chosen


# Below this score the closest passage shares no more with a quote than any passage of
# the same language does (an unrelated sentence scores 35–55): naming it would only mislead.
CLOSE_ENOUGH = 60


def _closest_hint(quote: str, index: SourceIndex, kept: ClosestPassages | None) -> str:
    """The passage of the source the quote is closest to, or why none is named."""
    needle, longest = comparable(quote), index.longest_paragraph()
    within_one = "a quote lies within one paragraph: cite each paragraph's part as a quote of its own"
    if spanned := _spanned(needle, index):  # whatever passage of one paragraph is closest, it is not the quote
        return f"the quote's first words are in ¶{spanned[0]} and its last in ¶{spanned[1]}, and {within_one}"
    if broken := _across_a_broken_word(needle, index):
        return broken
    if digits := other_digit_forms(quote, index):
        return digits
    if script := other_script(quote, index):
        return script
    # No paragraph shorter than the quote can reach CLOSE_ENOUGH: not searched for.
    near = None if longest and 200 * longest // (len(needle) + longest) < CLOSE_ENOUGH else index.closest(quote, kept)
    if near is not None and near.score >= CLOSE_ENOUGH:
        return f'closest ({near.score}%) in ¶{near.paragraph}: "{near.text}"{told_apart(quote, near.text)}'
    if len(needle) > longest:
        return f"the quote is longer than any paragraph of {index.source.id}, and {within_one}"
    return _far(index.source)


def _far(source: Source) -> str:
    return f"no passage of {source.id} is close to it; check that it cites the right source"


def _named_sources(ids: list[str]) -> str:
    return ", ".join(f"'{sid}'" for sid in ids[:3]) + (" and others" if len(ids) > 3 else "")


def _across_a_broken_word(needle: str, index: SourceIndex) -> str:
    """Where the quote writes whole ('infrastructure', 'infra-structure') a word that a .txt source breaks at a
    line's end, each line a paragraph ('infra-' ending ¶6, 'structure' starting ¶7): the parts to cite; or ""."""
    for before, after in index.broken_words():
        written = next((word for word in (before + after, f"{before}-{after}") if word in needle), None)
        if written is None:
            continue
        as_written = needle.replace(written, f"{before}- {after}")
        found = index.text.find(as_written)
        if found == -1:
            continue
        start, end = index.offsets[found], index.offsets[found + len(as_written) - 1] + 1
        first, last = index.source.paragraphs.number_at(start), index.source.paragraphs.number_at(end - 1)
        if first != last:
            return (f"the source breaks a word at a line's end, '{before}-' ending ¶{first} and '{after}' "
                    f"starting ¶{last}, and a quote lies within one paragraph: cite each paragraph's part "
                    f"as a quote of its own{_parts(index.source, start, end, first, last)}")
    return ""


def _spanned(needle: str, index: SourceIndex) -> tuple[int, int] | None:
    """The paragraphs the quote's first and last words are in, if each is
    found once and the last in a later paragraph than the first."""
    words = needle.split()
    if len(words) < 2 * _END_WORDS:
        return None
    first = index.occurrences(" ".join(words[:_END_WORDS]))
    last = index.occurrences(" ".join(words[-_END_WORDS:]))
    if len(first) != 1 or len(last) != 1:
        return None
    first_paragraph = index.source.paragraph_at(first[0][0]).number
    last_paragraph = index.source.paragraph_at(last[0][1] - 1).number  # where they end: they may start before
    return (first_paragraph, last_paragraph) if first_paragraph < last_paragraph else None


_END_WORDS = 6  # enough words to be found once in a long source


def placed(cite: Cite, source: Source, spans: list[tuple[int, int]], diagnostics: Diagnostics,
           spaced: bool = False, picks: str = "") -> Anchor | None:
    """The anchor of a quote found at `spans`: one place, in one paragraph,
    beginning and ending at the edges of words. `picks`: the contexts that
    pick each of several places, as the hint offers them."""
    word = _cut_word(source.text, *spans[0], spaced)
    if word is not None and all(_cut_word(source.text, *span, spaced) for span in spans[1:]):
        paragraph = source.paragraph_at(spans[0][0]).number
        diagnostics.error(cite.location, f"quote cuts the word '{word}' in ¶{paragraph} of {source.id}",
                          "a quote keeps the source's words whole: extend it to the whole word, or end it "
                          "before that word")
        return None
    if len(spans) > 1:
        where = _paragraphs(source, spans)
        hint = ("the prefix/suffix fits each of them; lengthen it until it fits only the passage you mean"
                if cite.prefix or cite.suffix else
                "add 'prefix:' or 'suffix:' with the words just before or after the passage you mean" + picks)
        diagnostics.error(cite.location, f"quote occurs {len(spans)} times in {source.id} ({where})", hint)
        return None
    start, end = spans[0]
    first, last = source.paragraphs.number_at(start), source.paragraphs.number_at(end - 1)
    if first != last:
        diagnostics.error(cite.location, f"quote spans ¶{first}–¶{last} of {source.id}",
                          "cite each paragraph's part as its own quote" + _parts(source, start, end, first, last)
                          + _wrapped(source, first))
        return None
    return Anchor(cite.key, source.id, start, end, first)


_PARTS_SHOWN = 3


def _parts(source: Source, start: int, end: int, first: int, last: int) -> str:
    """The part of the passage in each of paragraphs `first` to `last`, as the source writes it, to paste as the
    quotes (the first few, for a passage of many paragraphs)."""
    parts = []
    for number in range(first, last + 1):
        paragraph = source.paragraphs[number - 1]
        words = " ".join(source.text[max(start, paragraph.start):min(end, paragraph.end)].split())
        if words:
            parts.append(f'"{words}" (¶{number})')
    more = len(parts) - _PARTS_SHOWN
    return ": " + ", ".join(parts[:_PARTS_SHOWN]) + (f" and {more} more" if more > 0 else "")


def _wrapped(source: Source, first: int) -> str:
    """A plain-text source whose sentence runs on from paragraph `first` into the next line (no blank line
    between) was likely wrapped at a fixed width, where each line is a paragraph: what the hint adds, or ""."""
    if source.path.suffix != ".txt":
        return ""
    this, after = source.paragraphs[first - 1], source.paragraphs[first]
    ending = source.text[this.start:this.end].rstrip("\"'”’»)]")[-1:]
    if source.text[this.end:after.start].count("\n") != 1 or not ending or ending in ".!?:;…":
        return ""
    return (f"; in a .txt source each line is a paragraph, and ¶{first} stops before its sentence does: if the "
            "document was wrapped at a fixed width, add it again with one paragraph per line")


# Scripts written without spaces between words, and Hangul, whose particles join the word
# before them: any character may end a word.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                       r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")


# The scripts of _UNSPACED written without spaces between words: all but Hangul.
_WRITTEN_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                               r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _joined(before: str, after: str) -> bool:
    """Whether the boundary between two characters lies inside one word."""
    if unicodedata.category(after).startswith("M"):
        return True  # an accent belongs to the letter before it
    if before.islower() and after.isupper():
        return False  # a capital after a small letter starts a word run on to the last ("…dbThe")
    return before.isalnum() and after.isalnum() and not (_UNSPACED.match(before) or _UNSPACED.match(after))


_NUMBER_SIGNS = "%‰°"
# Arabic's decimal and group signs (٫ ٬) join digits as the point and the comma do.
_NUMBER_JOINS = ".,/-\u2010\u2011\u2013\u066b\u066c"
# Characters no one sees that stand inside a word, not between two: a soft hyphen marks where it may
# break ("ad\u00admin"), a zero-width (non-)joiner or word joiner how its letters join.
_UNSEEN_IN_WORDS = "\u00ad\u200c\u200d\u2060"
_JOINS = _NUMBER_JOINS + _NUMBER_SIGNS
# A group separator only between digits: "1’500" (Swiss), "1 500" where a language groups with spaces.
_DIGIT_GROUPS = "'\u2019"
_SPACES = " \u00a0\u202f"
# Scale words a number in Chinese, Japanese or Korean runs on through: "4兆|2900億", "4조 |2900억".
_CJK_SCALES = "万萬億亿兆京만억조경"


def _cut_word(text: str, start: int, end: int, spaced: bool = False) -> str | None:
    """The word a quote at text[start:end] begins or ends inside ("Japan"
    in "Japanese", "$1.5" in "$1.5bn", "1,000" in "1,000,000", "2900億" in
    "4兆2900億"), or None. `spaced`: digits grouped by spaces are one number
    ("1 500" in a French source)."""
    if _plainly_apart(text, start) and _plainly_apart(text, end):
        return None
    def inside(at: int) -> bool:
        if not 0 < at < len(text):
            return False
        before, after = text[at - 1], text[at]
        if _joined(before, after):
            return True
        following = text[at + 1] if at + 1 < len(text) else ""
        preceding = text[at - 2] if at > 1 else ""
        # A number runs on through its separators and signs: "1,000|,000", "21|.5", "12|%", "1|/2",
        # "$1.5|-billion", "12|-fold", "40|°C"; and an abbreviation through its points: "U|.S."
        return (before.isdigit() and (after in _NUMBER_SIGNS or after in _NUMBER_JOINS and following.isalnum())
                or after.isdigit() and (before in _NUMBER_SIGNS or before in _NUMBER_JOINS and preceding.isdigit())
                or before.isalpha() and after == "." and following.isalpha()
                or before == "." and after.isalpha() and preceding.isalpha()
                or after in _UNSEEN_IN_WORDS and before.isalnum() and following.isalnum()
                or before in _UNSEEN_IN_WORDS and after.isalnum() and preceding.isalnum()
                or _in_grouped_number(text, at, spaced))
    at = start if inside(start) else end if inside(end) else None
    if at is None:
        return None
    first = at
    while first > 0 and (inside(first) or text[first - 1] in _JOINS and inside(first - 1)):
        first -= 1
    last = at
    while last < len(text) and (inside(last) or text[last] in _JOINS and inside(last + 1)):
        last += 1
    while first > 0 and text[first - 1].isalnum():  # the words a number runs into: "1.5-billion", "40°C"
        first -= 1
    while last < len(text) and text[last].isalnum():
        last += 1
    return text[first:last]


def _plainly_apart(text: str, at: int) -> bool:
    """Whether text[:at] and text[at:] are two words by what is plain from the two characters around `at`
    (most quotes' edges), where _cut_word's test reads up to three on either side: the text's end; a
    space after anything but a digit (of "1 500"); a letter after what is no letter, digit or point
    (of "U.S.")."""
    if not 0 < at < len(text):
        return True
    before, after = text[at - 1], text[at]
    return after.isspace() and not before.isdigit() or after.isalpha() and not before.isalnum() and before != "."


def _in_grouped_number(text: str, at: int, spaced: bool) -> bool:
    """Whether `at` lies within one number written in groups: at a group
    separator between digits ("1’|500", and "1 |500" when `spaced`: a run of
    at most three digits, then exactly three), or after a CJK scale word
    that follows a digit ("4兆|2900億", "4조 |2900억")."""
    digits_after = at < len(text) and text[at].isdigit()
    joins = _DIGIT_GROUPS + (_SPACES if spaced else "")
    for gap in (0, 1):  # the boundary on either side of the separator
        mark = at - 1 + gap
        if 0 < mark < len(text) - 1 and text[mark] in joins and text[mark - 1].isdigit() \
                and _group_of_three(text, mark + 1) and (text[mark] not in _SPACES or _short_run(text, mark)):
            return True
    if not digits_after:
        return False
    scale = at - 1 if text[at - 1] in _CJK_SCALES else at - 2 if at > 1 and text[at - 1] == " " \
        and text[at - 2] in _CJK_SCALES else None
    return scale is not None and scale > 0 and text[scale - 1].isdigit()


def _group_of_three(text: str, at: int) -> bool:
    return text[at:at + 3].isdigit() and len(text[at:at + 3]) == 3 and not text[at + 3:at + 4].isdigit()


def _short_run(text: str, mark: int) -> bool:
    """A run of one to three digits ends before `mark`, as a number's groups do ("1 500", never "2024 500")."""
    first = mark
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    return mark - first <= 3


MAX_LISTED = 10  # places named in one message


def _paragraphs(source: Source, spans: list[tuple[int, int]]) -> str:
    listed = ", ".join(f"¶{source.paragraph_at(start).number}" for start, _ in spans[:MAX_LISTED])
    return listed if len(spans) <= MAX_LISTED else f"{listed} and {len(spans) - MAX_LISTED:,} more"


def _report_partial_overlaps(anchors: Iterable[Anchor], cites: Iterable[Cite], diagnostics: Diagnostics) -> None:
    """Marks on a source page must nest; two passages that cross cannot both be one element."""
    first_cite = {}
    for cite in cites:
        first_cite.setdefault(cite.key, cite)
    ordered = sorted(anchors, key=lambda a: (a.source, a.start, -a.end))
    for i, outer in enumerate(ordered):
        # By index: a slice of the rest would copy it for every passage (quadratic).
        for j in range(i + 1, len(ordered)):
            inner = ordered[j]
            if inner.source != outer.source or inner.start >= outer.end:
                break
            if inner.end > outer.end:
                other = first_cite[outer.key]
                diagnostics.error(first_cite[inner.key].location,
                                  f"quote overlaps another cited passage of {inner.source} without containing it",
                                  f"extend or shorten it so it contains or avoids the quote at {other.location}")
