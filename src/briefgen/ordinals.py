"""Ordinals written with digits or Roman numerals, as each language writes
them, beside the ordinal spelled out ("fünfte", "пятый", "decimoquinta").

- Digits and a full stop, in the languages that write an ordinal so ("der
  5. Gipfel", "5. szczyt", "5. zirve", "5. topmøde"; never in English).
  Before a word in lower case it can only be an ordinal; before a capital it
  may be one (German capitalises its nouns: "der 5. Gipfel") or a number
  ending its sentence ("stieg auf 5. Danach"), and is read as either.
- Digits, a colon and the ordinal's last letter in Swedish ("det 5:e
  toppmötet", "1:a", "22:a").
- Digits, a hyphen and the ordinal's ending in Russian, Ukrainian and
  Bulgarian ("5-й", "5-го", "в 5-м", "5-ї", "5-ия"), not the endings a
  cardinal takes as often ("2-х", "5-ти": двух, пяти).
- Roman numerals in capitals before the word of an event ("XV Cumbre",
  "the XV Ibero-American Summit", "IV Forum", "la XIIe édition", "V
  саммит") or after it capitalised ("Cumbre XV"): nowhere else, so "I", "MIX", "CIVIL" or "DC" are words;
  "I" only before the event's word in capitals ("I Cumbre", not "I round").
- Digits, a full stop and an ordinal indicator, as the Spanish and
  Portuguese academies write them ("la 21.ª cumbre", "o 3.º encontro"),
  in any language: no number is written so.
- Ordinals spelled in several words (spelled_compounds): French
  "vingt-et-unième", "vingt et unième", "dix-septième", "soixante-dixième",
  "cent unième"; English "twenty-first", "ninety ninth". The one-word
  ordinals of every language are spelled.py's table.

Pure functions over a text; the caller keeps dates out (`taken`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from . import cldr
from .quantities import TakenSpans


class Written(NamedTuple):
    start: int
    end: int  # past the ordinal's mark ("5.", "5-й", "XIIe")
    value: int
    sure: bool  # False where it may as well be a number ending its sentence ("auf 5. Danach")


# Languages that mark an ordinal in digits by a full stop after them.
_FULL_STOP = frozenset({"de", "lb", "da", "nb", "nn", "no", "is", "fi", "et", "hu", "pl", "cs", "sk", "sl", "hr",
                        "bs", "sr", "tr", "lv"})
# At most three digits: a year ends a sentence as often ("im Jahr 2025. Danach"), and dates are read apart.
_DIGITS_FULL_STOP = re.compile(r"(?<![\w.,])(\d{1,3})\.(?=[ \t\u00a0]+([^\W\d_]))")
# Languages that mark an ordinal in digits by a colon and its last letter: Swedish "5:e" (femte), "1:a" (första).
# Not Finnish, whose colon is before any case ending of a number ("5:ssä", in five) as often as an ordinal's.
_COLON = frozenset({"sv"})
# "21.ª", "3.º": the academies' spelling of "21ª", "3º" (spelled.py reads those).
_DIGITS_INDICATOR = re.compile(r"(?<![\w.,])(\d{1,3})\.[ºª](?!\w)")
_DIGITS_COLON = re.compile(r"(?<![\w.,:])(\d{1,3}):[ae](?!\w)", re.IGNORECASE)
# The endings after the hyphen. Russian: "-й", "-го", "-му", "-м", "-е", "-я", "-ю" and their long forms ("-ый",
# "-ого"), not "-х", "-ти", "-ми" (cardinals' as often). Ukrainian adds "-ї", "-та", "-ту", "-у", "-а", "-і".
# Bulgarian writes its ordinal's last letters before the ending ("1-ви", "2-ра", "3-ти", "7-ми") and its
# article after ("5-ия", "5-ият", "3-тата"); not "-ма" ("2-ма", "3-ма": двама, трима, a count of people).
_HYPHEN_ENDINGS = {
    "ru": r"[ыио]?й|[ыо]?го|[ыо]?му|[ыо]?м|[оы]?е|а?я|у?ю|ых|ыми",
    "uk": r"и?й|о?го|о?му|и?м|[ао]?ї|т?а|т?у|у?ю|і|е|ою",
    "bg": r"[вртм]?(?:ия|ият|ите|и)|[врт]?(?:ата|ото|а|о)",
}
# To 89: events numbered past it are rare, and C, D and M write initials too ("DC", "MD", "CD").
# French glues its ordinal's ending on ("XIIe", "Ier"); not on one letter but I ("Le", Turkish "Ve": words).
_ROMAN = re.compile(r"(?<![\w-])(?:(I)(?:er|re|ère)|([IVXL]{2,})(?:e|ème|eme)|([IVXL]+)[ºª]?)(?![\w-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_VALID_ROMAN = re.compile(r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Words of an event a Roman numeral numbers, by their stems in the languages news writes them in; the
# short ones whole ("top", Dutch summit, not "topic"; Polish "runda", not German "Rundfunk").
_EVENT_STEMS = (
    "summit|forum|fórum|foro|conferenc|conferênc|conférenc|conferenz|konferenc|konferenz|konferans|congres|congrès"
    "|kongres|kongre|meeting|session|sessão|sesión|sesj|zasedán|sitzung|edition|edición|edição|édition|edizion"
    "|edycj|ročník|ausgabe|cumbre|cimeira|cúpula|sommet|vertic|gipfel|szczyt|szczyc|zirve|assembl|asamble"
    "|versammlung|plenum|pleno|plenar|plénum|plénièr|symposi|convention|convención|convenção|dialog|diálogo"
    "|reuni|réunion|riunion|encuentro|encontro|rencontre|incontro|spotkan|setkán|treffen|tagung|toplantı"
    "|round|ronda|rodada|runde|ronde|festival|bijeenkomst|zitting|editie|zjazd|sjezd"
    "|саммит|саміт|форум|конференц|съезд|з'їзд|заседан|засідан|сесси|сесі|раунд|встреч|зустріч|пленум|среща")
_EVENT_WORDS = "top|topp|tour|tours|runda|rundy|rundzie|rundę"
_EVENT = re.compile(rf"(?:{_EVENT_STEMS})[\w']*|(?:{_EVENT_WORDS})(?!\w)", re.IGNORECASE)
# How many capitalised words of a title may stand between a Roman numeral and its event: "the XV Ibero-American
# Summit", "II Russia–Africa Summit".
_TITLE_WORDS = 3


def find(text: str, languages: Iterable[str], taken: TakenSpans | None = None) -> list[Written]:
    """The ordinals `text` writes in digits or Roman numerals, read as the `languages` write them (a quote's
    source's and the brief's), outside the spans `taken` (dates: "am 5. Mai", "5. května") holds."""
    codes = {cldr.primary(language) for language in languages}
    found = [*_full_stops(text, codes), *_colons(text, codes), *_hyphened(text, codes), *_indicated(text),
             *_romans(text)]
    return sorted(w for w in found if taken is None or not taken.overlaps(w.start, w.end))


def _full_stops(text: str, codes: set[str]) -> Iterable[Written]:
    if codes.isdisjoint(_FULL_STOP):
        return
    for match in _DIGITS_FULL_STOP.finditer(text):
        yield Written(match.start(), match.end(), int(match[1]), match[2].islower())


def _colons(text: str, codes: set[str]) -> Iterable[Written]:
    if codes.isdisjoint(_COLON):
        return
    for match in _DIGITS_COLON.finditer(text):
        yield Written(match.start(), match.end(), int(match[1]), True)


def _indicated(text: str) -> Iterable[Written]:
    for match in _DIGITS_INDICATOR.finditer(text):
        yield Written(match.start(), match.end(), int(match[1]), True)


def _hyphened(text: str, codes: set[str]) -> Iterable[Written]:
    endings = [_HYPHEN_ENDINGS[code] for code in sorted(codes) if code in _HYPHEN_ENDINGS]
    if not endings:
        return
    pattern = _hyphen_pattern("|".join(endings))
    for match in pattern.finditer(text):
        yield Written(match.start(), match.end(), int(match[1]), True)


@lru_cache(maxsize=None)
def _hyphen_pattern(endings: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.,])(\d{{1,3}})-(?:{endings})(?!\w)", re.IGNORECASE)


def _romans(text: str) -> Iterable[Written]:
    for match in _ROMAN.finditer(text):
        numeral = match[1] or match[2] or match[3]
        if _VALID_ROMAN.fullmatch(numeral) and _numbers_an_event(text, match.start(), match.end(), numeral == "I"):
            yield Written(match.start(), match.end(), roman_value(numeral), True)


def roman_value(numeral: str) -> int:
    """The value of a valid Roman numeral: "XIV" is 14."""
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-value if value < after else value for value, after in zip(values, values[1:] + [0]))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t\u00a0]+$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’–-]*)")


def _numbers_an_event(text: str, start: int, end: int, pronoun: bool = False) -> bool:
    """Whether the word of an event, in capitals, stands just before `start` ("Cumbre XV", not "at the summit
    V…") or one after `end`, past the capitalised words of a title ("XV Cumbre", "the XV Ibero-American
    Summit", "V саммит"); for a numeral that is also a `pronoun` ("I"), only one in capitals after it ("I Cumbre",
    not "I round"). Not in a line in capitals, whose words' letters may be a numeral's ("XI JINPING AT SUMMIT")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not pronoun and before and before[1][0].isupper() and _is_event(before[1]):
        return True
    pos = end
    for _ in range(_TITLE_WORDS + 1):
        word = _NEXT_WORD.match(text, pos)
        if word is None:
            return False
        if _is_event(word[1]):
            return not pronoun or word[1][0].isupper()
        if not word[1][0].isupper():
            return False
        pos = word.end()
    return False


def _is_event(word: str) -> bool:
    return _EVENT.fullmatch(word) is not None and not word.isupper()


# French numbers' words, as the words of a compound ordinal ("vingt-deuxième", "quatre-vingt-dixième") write them.
_FRENCH_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                   "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                   "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
                   "soixante": 60, "cent": 100, "cents": 100}
# Between its words: hyphens (and the 1990 spelling's "vingt-et-un"), "et" before "un" and "onze" in the
# traditional one ("vingt et unième"), a space after "cent" ("cent unième"). Not a space alone: "les trois
# cinquièmes" are three fifths.
_FRENCH_JOIN = r"(?:-et-|\s+et\s+|-|(?<=cent)\s+|(?<=cents)\s+)"
_FRENCH_NUMBER = "|".join(sorted(_FRENCH_NUMBERS, key=len, reverse=True))
# The words before the last (group 1), and the last's stem before "ième" (group 2).
_FRENCH_COMPOUND = re.compile(
    rf"(?<![\w-])((?:{_FRENCH_NUMBER})(?:{_FRENCH_JOIN}(?:{_FRENCH_NUMBER}))*){_FRENCH_JOIN}(\w+)ièmes?(?![\w-])",
    re.IGNORECASE)
_FRENCH_WORD = re.compile(r"\w+")


# English tens, and the ordinals of a unit after them ("twenty-first", "ninety ninth").
_ENGLISH_TENS = {word: n for n, word in zip(range(20, 100, 10),
                                           "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_ENGLISH_UNITS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth".split(), start=1)}
_ENGLISH_UNIT = "|".join(_ENGLISH_UNITS)
# A hyphen or a space between them, not a line's end: a heading's "Twenty" above "First steps" is no ordinal.
# Hyphened, it may go on to a compound adjective ("twenty-first-century"); spaced, a hyphen after it makes the
# unit's adjective and the tens a count ("twenty first-time buyers").
_ENGLISH_COMPOUND = re.compile(rf"(?<![\w-])({'|'.join(_ENGLISH_TENS)})"
                               rf"(?:-({_ENGLISH_UNIT})(?!\w)|[ \t\u00a0]({_ENGLISH_UNIT})(?![\w-]))", re.IGNORECASE)


def spelled_compounds(text: str, languages: Iterable[str]) -> list[Written]:
    """The ordinals `text` spells in several words, as the `languages` write them: French "vingt-et-unième" (21),
    "dix-septième" (17), English "twenty-first", whose last word alone is another ordinal ("septième", "first")."""
    codes = {cldr.primary(language) for language in languages}
    return [*(_french_compounds(text) if "fr" in codes else []),
            *(_english_compounds(text) if "en" in codes else [])]


def _english_compounds(text: str) -> list[Written]:
    return [Written(match.start(), match.end(),
                    _ENGLISH_TENS[match[1].lower()] + _ENGLISH_UNITS[(match[2] or match[3]).lower()], True)
            for match in _ENGLISH_COMPOUND.finditer(text)]


def _french_compounds(text: str) -> list[Written]:
    found = []
    for match in _FRENCH_COMPOUND.finditer(text):
        last = _french_cardinal(match[2].lower())
        if last is not None:
            words = [word.lower() for word in _FRENCH_WORD.findall(match[1]) if word.lower() != "et"]
            found.append(Written(match.start(), match.end(), _french_value([*words, last]), True))
    return found


def _french_cardinal(stem: str) -> str | None:
    """The cardinal an ordinal's stem (before "ième") is of: "cinqu" of "cinq", "neuv" of "neuf", "quatr" of
    "quatre", "un" of "un"."""
    for cardinal in (stem, stem + "e", {"cinqu": "cinq", "neuv": "neuf"}.get(stem)):
        if cardinal in _FRENCH_NUMBERS:
            return cardinal
    return None


def _french_value(words: list[str]) -> int:
    """The value of a French number's words: "quatre vingt dix sept" is 97, "deux cent un" 201."""
    value = 0
    for previous, word in zip(["", *words], words):
        if word.startswith("cent"):
            value = max(value, 1) * 100
        elif word.startswith("vingt") and previous == "quatre":
            value += 80 - 4  # "quatre-vingt": four twenties, its "quatre" already counted
        else:
            value += _FRENCH_NUMBERS[word]
    return value
