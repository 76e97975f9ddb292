"""Anchor every citation in its source text, after the W3C Web Annotation
text-quote selector: exact quote, optional prefix/suffix to pick an occurrence.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from typing import Callable, Container, Iterable

from . import chinesescript, keptobjects
from .collation import STROKED
from .closestmemo import ClosestPassages
from .current import working_on
from .diagnostics import Diagnostics
from .model import Anchor, Cite
from .quoteplaces import QuotePlaces
from .sources import Source
from .suggest import closest_passage, fitted
from .textmatch import comparable, comparable_with_offsets, normalise


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
            self._broken = [(m.group(1), m.group(2)) for m in _BROKEN_WORD.finditer(self.text)]
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
            self._other_digits = _OTHER_DIGIT.search(self.text) is not None
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


def _told_apart(quote: str, passage: str) -> str:
    """What tells the quote from its closest passage when the hint would
    otherwise look like the quote itself, or ""."""
    return (_unseen(quote, passage) or _kept_quotation_marks(quote, passage) or _compatibility_forms(quote, passage)
            or _quotation_mark_kinds(quote, passage) or _apostrophe_look_alikes(quote, passage)
            or _capitals(quote, passage) or _markup(quote, passage) or _entity(quote, passage)
            or _bracketed(quote, passage) or _broken_word(quote, passage))


# Markdown a quote copied from a .md source's file keeps: a link, emphasis ('**', '__', or a '*' opening a
# word), code, a heading's or item's mark.
# Not a backtick between two letters, typed for an apostrophe ('port`s').
_MARKUP = re.compile(r"\]\([^)\s]*\)|\*\*|__|(?<![\w*])\*(?=\w)|(?<!\w)`|`(?!\w)|^\s*(?:#{1,6}|[-*+]|>)\s")


def _markup(quote: str, passage: str) -> str:
    """Markdown the quote copies from the source's file, which is no text of the source (read as a page shows it)."""
    found = next((m.group().strip() for m in _MARKUP.finditer(quote) if m.group().strip() not in passage), None)
    if found is None:
        return ""
    if found.startswith("]("):
        found = "[…](…)"  # a link: its words are the source's, its address is not
    return (f"; the quote holds Markdown ('{found}'), which is not the source's text: quote the words as its "
            "page shows them")


# A character reference an HTML page's source writes ('&amp;', '&#8217;'), copied with the quote from it.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")


def _entity(quote: str, passage: str) -> str:
    """An HTML character reference in the quote that the source does not write, which its page shows as a character."""
    found = next((m.group() for m in _ENTITY.finditer(quote) if m.group() not in passage), None)
    if found is None or html.unescape(found) == found:
        return ""
    shown = html.unescape(found)
    written = "a space" if shown.isspace() else f"'{shown}'"
    return f"; the quote holds the HTML entity '{found}', which a page shows as {written}: write {written}"


# Words an editor puts in a quote in square brackets: "[the minister]", "[sic]"; not a Markdown link's.
_BRACKETED = re.compile(r"\[[^\[\]]+\](?!\()")


def _bracketed(quote: str, passage: str) -> str:
    """Words in square brackets the source does not write, as news marks its own words within a quotation."""
    added = [words for words in _BRACKETED.findall(quote) if words not in passage]
    if not added:
        return ""
    return (f"; the quote adds '{added[0]}', which the source does not write: a quote holds only the source's "
            "words, and the claim says the rest")


# A word hyphenated at a line's end in the document the source was copied from ('infra-' / 'structure'),
# which its text reads with the line break as a space. A word is tried from its start only: tried from each of
# its letters, a source's run of 2 million letters without a space took hours.
_BROKEN_WORD = re.compile(r"(?<!\w)(\w+)- ([a-z]\w*)")


def _broken_word(quote: str, passage: str) -> str:
    """A quote that writes whole ('infrastructure', 'infra-structure') a word its source breaks with a hyphen
    and a space ('infra- structure')."""
    compared = comparable(passage)
    broken = _BROKEN_WORD.search(compared)
    if broken is None:
        return ""
    wanted = comparable(quote)
    if wanted not in _BROKEN_WORD.sub(r"\1\2", compared) and wanted not in _BROKEN_WORD.sub(r"\1-\2", compared):
        return ""
    return (f"; the source writes '{broken.group()}', a word broken as at a line's end: quote it as the source "
            "writes it, or mend the source")


# Accents typed for an apostrophe, which a keyboard without one puts beside it ('port´s', 'port`s').
_APOSTROPHE_LOOK_ALIKES = str.maketrans({"\u00b4": "'", "`": "'"})


def _apostrophe_look_alikes(quote: str, passage: str) -> str:
    """An accent the quote writes for the source's apostrophe, which looks alike in a hint."""
    wanted, compared = comparable(quote), comparable(passage)
    if wanted in compared or wanted.translate(_APOSTROPHE_LOOK_ALIKES) not in compared:
        return ""
    typed = sorted({c for c in wanted if c in "\u00b4`"})
    return f"; the quote writes {_named_forms_of(typed)} where the source has an apostrophe: write ' or ’"


def _named_forms_of(characters: list[str]) -> str:
    return ", ".join(f"'{c}' ({_named([c])})" for c in characters)


_KIND = {"'": "single", '"': "double"}


def _quotation_mark_kinds(quote: str, passage: str) -> str:
    """Single quotation marks where the source writes double ones, or the other way round, as a writer turns
    the marks of a quotation inside their own ('officials called 'the best option'' for «the best option»)."""
    wanted, compared = comparable(quote), comparable(passage)
    at = compared.replace('"', "'").find(wanted.replace('"', "'"))
    if at == -1 or wanted in compared:
        return ""
    ours, theirs = next((q, s) for q, s in zip(wanted, compared[at:]) if q != s)
    return (f"; only the quotation marks differ: the source's are {_KIND[theirs]} where the quote's are "
            f"{_KIND[ours]}: write them as the source does")


def _capitals(quote: str, passage: str) -> str:
    """Capitals written otherwise than the source writes them ("iceland and the faroe islands"), which a
    hint of a long passage does not make plain: a quote is the source's words as written."""
    wanted = comparable(quote)
    # lower(), not casefold(), which also folds what no capital is: 'ﬁ' to 'fi', 'ß' to 'ss'.
    if wanted.lower() in comparable(passage).lower() and wanted not in comparable(passage):
        return "; only capital letters differ: write them as the source does"
    return ""


def _compatibility_forms(quote: str, passage: str) -> str:
    """A letter written in one text as a ligature ('ﬁ' of 'ﬁnancing', as text copied from a PDF keeps it)
    or another compatibility form (Unicode NFKC: '²', '…') and in the other in the plain form it stands for,
    which look alike in a hint."""
    if _compatible(quote) not in _compatible(passage):
        return ""
    in_source = _compatibility_characters(passage, quote)
    if in_source:
        return f"; the source writes {_named_forms(in_source)}, the quote the plain form: copy the quote from the " \
            "source file"
    in_quote = _compatibility_characters(quote, passage)
    if in_quote:
        return f"; the quote writes {_named_forms(in_quote)}, the source the plain form: write it as the source does"
    return ""


def _compatible(text: str) -> str:
    # NFKC first: a full-width letter ('ＡＢＣ') is compared as a Chinese or Japanese one, beside which a space is
    # loose, so comparing first took the spaces around 'ＡＢＣ' out of the passage but not around 'ABC'.
    return comparable(unicodedata.normalize("NFKC", text))


def _compatibility_characters(text: str, other: str) -> list[str]:
    """The characters of `text`, not in `other`, that NFKC writes otherwise (no space: matching forgives those)."""
    return sorted({c for c in text if not c.isspace() and unicodedata.normalize("NFKC", c) != c} - set(other))


def _named_forms(characters: list[str]) -> str:
    return ", ".join(f"'{c}' ({_named([c])}) for '{unicodedata.normalize('NFKC', c)}'" for c in characters)


def _kept_quotation_marks(quote: str, passage: str) -> str:
    """Quotation marks around the whole quote that the source does not
    write there: YAML quotes a value only with ASCII ' and ", so a value
    written “…”, «…», „…“ or 「…」 keeps its marks as text."""
    quote = quote.strip()
    compared = comparable(quote)
    if len(compared) < 3 or compared[0] not in "\"'" or compared[-1] not in "\"'" or quote[0] in "\"'":
        return ""
    if comparable(passage)[:1] == compared[0]:
        return ""  # the source's passage opens with such a mark too: it is the words that differ
    return (f"; the quote starts and ends with {quote[0]} {quote[-1]}: YAML keeps them as part of the text; "
            "use straight quotes \"…\" or none")


def _other_digit_forms(quote: str, index: SourceIndex) -> str:
    """Where the source writes the quote with only its digits in another form
    (full-width '２０２４', Arabic-Indic '٢٠٢٤', ASCII '2024'), which no
    comparison takes as equal, and so no closest passage shows whole; or ""."""
    needle = comparable(quote)
    if not needle or not (_OTHER_DIGIT.search(needle) or index.writes_other_digits()):
        return ""
    # One character for one: a place in the folded text is the same place in the compared one.
    at = _as_ascii_digits(index.text).find(_as_ascii_digits(needle))
    if at == -1:
        return ""
    compared = index.text[at:at + len(needle)]
    ours, theirs = next((q, s) for q, s in zip(_DIGITS.findall(needle), _DIGITS.findall(compared)) if q != s)
    start, end = index.offsets[at], index.offsets[at + len(needle) - 1] + 1
    written = " ".join(index.source.text[start:end].split())
    return (f'in ¶{index.source.paragraph_at(start).number} only the digits differ: "{written}"; the source writes '
            f'"{theirs}" ({_digit_form(theirs)}) where the quote writes "{ours}" ({_digit_form(ours)}): copy the '
            "quote from the source file")


def _other_script(quote: str, index: SourceIndex) -> str:
    """Where the source writes the quote in the other Chinese script (Traditional "對台灣業者" for Simplified
    "对台湾业者", or the other way round), which no comparison takes as equal, and a short quote then has no
    closest passage at all; or ""."""
    needle = comparable(quote)
    if not _HAN.search(needle):
        return ""
    # One character for one: a place in the folded text is the same place in the compared one.
    at = index.simplified_text().find(chinesescript.simplified(needle))
    if at == -1:
        return ""
    compared = index.text[at:at + len(needle)]
    differing = [(ours, theirs) for ours, theirs in zip(needle, compared) if ours != theirs]
    ours, theirs = "".join(dict.fromkeys(q for q, _ in differing)), "".join(dict.fromkeys(t for _, t in differing))
    source_script, quote_script = ("Traditional", "Simplified") if chinesescript.is_traditional(theirs[0]) \
        else ("Simplified", "Traditional")
    start, end = index.offsets[at], index.offsets[at + len(needle) - 1] + 1
    written = " ".join(index.source.text[start:end].split())
    return (f'in ¶{index.source.paragraph_at(start).number} only the script differs: "{written}"; the source '
            f'writes {source_script} characters ("{theirs[:5]}") where the quote writes {quote_script} ("{ours[:5]}"): '
            "copy the quote from the source file")


_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGITS = re.compile(r"\d+")  # any script's decimal digits
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _as_ascii_digits(text: str) -> str:
    return _DIGITS.sub(lambda run: "".join(str(unicodedata.decimal(c)) for c in run.group()), text)


def _digit_form(run: str) -> str:
    """'ASCII digits', 'full-width digits', 'Arabic-Indic digits': from the Unicode name of its first digit."""
    script = unicodedata.name(run[0], "").rsplit(" DIGIT ", 1)[0]
    if not script or script.startswith("DIGIT"):
        return "ASCII digits"
    return ("full-width" if script == "FULLWIDTH" else script.title()) + " digits"


def _unseen(quote: str, passage: str) -> str:
    """What tells the quote from the passage that no one can see: characters
    with no glyph (a soft hyphen, a zero-width space), or accents written as
    a letter and a combining mark on one side only (Unicode NFD, as some
    systems save files). Said after a hint that would otherwise look like
    the quote itself."""
    in_quote = sorted({c for c in quote if unicodedata.category(c) == "Cf"} - set(passage))
    in_source = sorted({c for c in passage if unicodedata.category(c) == "Cf"} - set(quote))
    if in_quote:
        return f"; the quote holds characters no one sees ({_named(in_quote)}): type the quote again without them"
    if in_source:
        # A quote matches what the source writes: those characters are part of the words it cites.
        return (f"; the source holds characters no one sees ({_named(in_source)}) inside these words: copy the "
                "quote from the source file, or quote the words around them")
    if unicodedata.is_normalized("NFC", quote) != unicodedata.is_normalized("NFC", passage):
        return ("; the quote and the source write accented letters differently (one as a letter and a combining "
                "mark): copy the quote from the source file")
    differing = _differing_marks(quote, passage)
    if not differing:
        return ""
    # Accents and tone marks written in one character with their letter ("ё" typed "е", "Các" typed "Cac", "sẽ"
    # typed "sẻ"), which a hint of a long passage does not make plain, are told as the letters; marks written
    # apart from theirs (Arabic harakat, Hebrew niqqud), which no one sees at a glance, by their names.
    if all(len(cluster) == 1 for pair in differing for cluster in pair):
        told = [f"'{theirs}' where the quote writes '{ours}'" for ours, theirs in sorted(set(differing))]
        return f"; only letters' marks differ (the source writes {_few(told)}): write them as the source does"
    left_out = sorted({mark for ours, theirs in differing for mark in _marks(theirs) if mark not in _marks(ours)})
    added = sorted({mark for ours, theirs in differing for mark in _marks(ours) if mark not in _marks(theirs)})
    if left_out and added:
        return (f"; the quote writes other marks on its letters than the source ({_few(_names(added))} where the "
                f"source writes {_few(_names(left_out))}): copy the quote from the source file, marks and all")
    if left_out:
        return (f"; the source writes marks on its letters that the quote leaves out ({_few(_names(left_out))}): "
                "copy the quote from the source file, marks and all")
    return (f"; the quote writes marks on its letters that the source does not ({_few(_names(added))}): "
            "type the quote without them, as the source writes it")


# Letters whose stroke no decomposition takes off, which a writer leaving out marks types as the letter under it.
_STROKED = str.maketrans(STROKED)


def _differing_marks(quote: str, passage: str) -> list[tuple[str, str]] | None:
    """Where the quote's letters, marks aside, are the passage's: each letter whose marks differ, as the quote
    writes it and as the passage does (composed: "е" and "ё"; a mark no letter takes in one character stays
    beside it, as Arabic's shadda); else None."""
    quoted, written = _letters(quote), _letters(passage)
    at = "".join(base for base, _ in written).find("".join(base for base, _ in quoted))
    if at == -1:
        return None
    return [(ours, theirs) for (_, ours), (_, theirs) in zip(quoted, written[at:at + len(quoted)]) if ours != theirs]


def _letters(text: str) -> list[tuple[str, str]]:
    """Each letter of `text` as (the letter under its marks, the letter as written, composed): a stroked
    letter's is the letter under the stroke ("đ": "d")."""
    letters: list[tuple[str, str]] = []
    for c in unicodedata.normalize("NFD", normalise(text)):
        if unicodedata.category(c) == "Mn" and letters:
            letters[-1] = (letters[-1][0], letters[-1][1] + c)
        else:
            letters.append((c.translate(_STROKED), c))
    return [(base, unicodedata.normalize("NFC", written)) for base, written in letters]


def _marks(letter: str) -> set[str]:
    """The marks of a letter as written: its combining marks, decomposed, or a stroked letter itself."""
    decomposed = unicodedata.normalize("NFD", letter)
    marks = {c for c in decomposed if unicodedata.category(c) == "Mn"}
    return marks | ({decomposed[0]} if decomposed[0].translate(_STROKED) != decomposed[0] else set())


def _named(characters: list[str]) -> str:
    return ", ".join(_names(characters))


def _names(characters: list[str]) -> list[str]:
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'FORMAT CHARACTER').lower()}" for c in characters]


def _few(told: list[str], most: int = 3) -> str:
    """The first `most` items told, and how many more: a quote typed without Vietnamese tone marks differs in a
    dozen letters, whose every one would bury the hint."""
    more = len(told) - most
    return ", ".join(told[:most]) + (f" and {more} more" if more > 0 else "")


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
    if digits := _other_digit_forms(quote, index):
        return digits
    if script := _other_script(quote, index):
        return script
    # No paragraph shorter than the quote can reach CLOSE_ENOUGH: not searched for.
    near = None if longest and 200 * longest // (len(needle) + longest) < CLOSE_ENOUGH else index.closest(quote, kept)
    if near is not None and near.score >= CLOSE_ENOUGH:
        return f'closest ({near.score}%) in ¶{near.paragraph}: "{near.text}"{_told_apart(quote, near.text)}'
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
