"""What tells a quote not found in its source from the passage closest to
it, when the hint's passage would otherwise look like the quote itself:
characters no one sees, marks kept or turned, compatibility forms
(ligatures, full-width letters), accents typed for an apostrophe, capitals,
Markdown or HTML copied with the words, an editor's brackets, a word broken
at a line's end, letters whose marks alone differ, digits of another script,
and the other Chinese script. Each gives the reason in words an editor can
act on, or "" when it is not the difference (provenance.py asks them in turn)."""
from __future__ import annotations

import html
import re
import unicodedata
from typing import TYPE_CHECKING

from . import chinesescript
from .collation import STROKED
from .textmatch import comparable, normalise

if TYPE_CHECKING:
    from .provenance import SourceIndex


def told_apart(quote: str, passage: str) -> str:
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
BROKEN_WORD = re.compile(r"(?<!\w)(\w+)- ([a-z]\w*)")


def _broken_word(quote: str, passage: str) -> str:
    """A quote that writes whole ('infrastructure', 'infra-structure') a word its source breaks with a hyphen
    and a space ('infra- structure')."""
    compared = comparable(passage)
    broken = BROKEN_WORD.search(compared)
    if broken is None:
        return ""
    wanted = comparable(quote)
    if wanted not in BROKEN_WORD.sub(r"\1\2", compared) and wanted not in BROKEN_WORD.sub(r"\1-\2", compared):
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


def other_digit_forms(quote: str, index: SourceIndex) -> str:
    """Where the source writes the quote with only its digits in another form
    (full-width '２０２４', Arabic-Indic '٢٠٢٤', ASCII '2024'), which no
    comparison takes as equal, and so no closest passage shows whole; or ""."""
    needle = comparable(quote)
    if not needle or not (OTHER_DIGIT.search(needle) or index.writes_other_digits()):
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


def other_script(quote: str, index: SourceIndex) -> str:
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
OTHER_DIGIT = re.compile(r"(?![0-9])\d")


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
