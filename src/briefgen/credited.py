"""Who a figure credits: its givers (`by`) and a single receiver (`to`)
must be named in one of its quotes, in a form the quote's language writes
the name in, and not the other way round (givers.py). What names a country
in a text, in any of the languages briefgen reads, is this module's one job."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Mapping

import stopwords

from . import cldr
from . import givers as givers_module
from .diagnostics import Diagnostics
from .model import Record
from .names import initials
from .textmatch import normalise


def check_credited(records: Mapping[str, Record], languages: Mapping[str, str], brief_language: str,
                   diagnostics: Diagnostics) -> None:
    """Who a figure credits with giving (`by`), and a single receiver (`to`),
    must be named in one of its quotes: "Japan pledged" credited to Korea
    is a false claim. A name counts whole, as words of their own (or, in a
    script that writes no spaces, anywhere), unless it is part of a longer
    territory's name CLDR gives at that place ("South Sudan" and 南苏丹 do
    not name Sudan, 印度尼西亚 does not name 印度); in a form its language
    gives it, the name or its stem with one of that language's endings
    (_FORMS: "Japanese", "Kazakh", "japonaises", "Niemcom", "giapponese",
    "Alman", "japanischen", "японском", "Kazachstaanse"), or an adjective
    no ending makes ("немецкие", "estadounidense", "polacche":
    _OTHER_NAMES), never a word that merely starts like it ("niemal",
    "alması", "porto" for Portugal); in Arabic, with the particles glued
    before it or as a nisba adjective ("لمصر", "للسعودية", "السوق المصرية":
    _arabic_forms); by its initials as written ("EU" for European Union,
    "ABD" for Amerika Birleşik Devletleri); by a short name the sources
    write (_OTHER_NAMES: "USA", "Usa", 中方, 한국, 対印); or by another
    English name, as written (_ENGLISH_NAMES: "Czech Republic" for Czechia,
    "Ivory Coast", "Turkey"; not inside another's longer one: "U.S. Virgin
    Islands", "Democratic Republic of the Congo"; nor, for a one-word
    name, ending a longer proper name: "Bank of America", "New Britain",
    "Wild Turkey": _ends_proper_name). For a country or
    union CLDR names, its name in the language of a cited source counts
    too, with that language's forms (`languages`: each source's). A group
    of receivers ("five Central Asian countries") is not judged name by
    name, nor are names in a script none of the quotes writes (scripts():
    "Tokyo" beside a Japanese quote; but a katakana インド is judged beside
    one in kanji and hiragana).

    The trade-off: an adjective neither the endings nor _OTHER_NAMES make
    ("Korean" for South Korea, "américain") warns, a false warning the
    editor answers by citing a passage that names the country; in exchange,
    a word that only shares the name's first letters no longer lets a wrong
    giver pass. "American" and "Korean" stay out: "Latin American" and
    "North Korean" would let the wrong one pass (but German, Polish and
    Russian write "lateinamerikanisch" as one word, and their "American"
    counts: "amerikanische", "amerykański", "американские"). Initials are
    read as written, or as the table writes them ("Usa"): "usa" is a verb
    in Italian. A language without forms of its own is read with every
    language's."""
    for record in records.values():
        credited = [("by", i, ref) for i, ref in enumerate(record.refs("by"))]
        receivers = record.refs("to")
        if len(receivers) == 1:
            credited.append(("to", 0, receivers[0]))
        if not credited:
            continue
        written = _joined([text for c in record.cites for text in (c.quote, c.translation)])
        texts = _unaccented(written.casefold())
        cited_in = frozenset(languages.get(c.source) or brief_language for c in record.cites)
        scope = tuple(sorted(cited_in | {brief_language}))
        for field, index, ref in credited:
            other = records.get(ref)
            if other is None:
                continue
            names, shorts = _names_of(other.name, brief_language, cited_in)
            if _any_named(names, shorts, written, texts, scope) \
                    or not set().union(*(scripts(name) for name, _ in names)) & scripts(texts):
                continue
            where = record.field_locations.get(f"{field}[{index}]") or record.field_locations.get(field, record.location)
            diagnostics.warning(where, f"{field} '{ref}' ({other.name}) of {record.kind} '{record.id}' is named in "
                                "none of its quotes", f"cite a passage that names who {'gives' if field == 'by' else 'receives'} "
                                "it, as the page credits them")
        _warn_reversed(record, records, languages, brief_language, diagnostics)


def _any_named(names: tuple[tuple[str, str], ...], shorts: tuple[str, ...], written: str, texts: str,
               scope: tuple[str, ...]) -> bool:
    """Whether `written` (`texts`: it casefolded and unaccented) writes one of
    `names` (each in a form of its language) or of `shorts` as listed ("UE",
    "JICA", "USA"; not the "U.S." of "U.S. Virgin Islands": _holding; nor the
    "America" of "Bank of America": _ends_proper_name)."""
    return any(_named_in(name, texts, language, scope) for name, language in names) \
        or any(not _ends_proper_name(written, start, short)
               for short in shorts for start in _places_written(short, written, _holding(short), False))


def _joined(texts: list[str]) -> str:
    """`texts` normalised, a line each: a quote's last word is no part of a
    name the next one opens with ("... told Reuters" and "Turkey will")."""
    return "\n".join(normalise(text) for text in texts if text)


def territories_named(text: str, language: str) -> list[tuple[int, int, str]]:
    """Where `text` (normalised) writes a territory's name, with its CLDR
    code: a name CLDR gives in English or in `language` (in any case; "&" as
    "and", "St." as "Saint": "Bosnia and Herzegovina"), one the English
    press writes beside it (_ENGLISH_NAMES: "Czech Republic", "Burma") or a
    short name or adjective of _OTHER_NAMES ("UK", "U.S.", "British"). The
    longest name at a place counts: "Latin America" is no "America", nor
    "Democratic Republic of the Congo" a "Republic of the Congo"; nor is a
    one-word name ending a longer proper name ("Bank of America":
    _ends_proper_name)."""
    pattern, codes = _territory_pattern(cldr.primary(language) or "en")
    return [(match.start(), match.end(), codes[match.lastindex - 1]) for match in pattern.finditer(text)
            if not _ends_proper_name(text, match.start(), match.group())]


def names_territory(code: str, texts: list[tuple[str, str]]) -> bool:
    """Whether one of `texts`, each with its language, names the territory
    `code` as check_credited reads a quote for a country: by a name in one
    of those languages or in English, in a form the language gives it
    ("Türkei", "türkische", "Czechia", "Czech Republic", "USA")."""
    written = _joined([text for text, _ in texts])
    languages = frozenset(language for _, language in texts)
    names, shorts = _names_of(_territory_name(code, "en"), "en", languages)
    return _any_named(names, shorts, written, _unaccented(written.casefold()), tuple(sorted(languages | {"en"})))


def _warn_reversed(record: Record, records: Mapping[str, Record], languages: Mapping[str, str], brief_language: str,
                   diagnostics: Diagnostics) -> None:
    """A figure with one giver and one receiver whose English quotes say only
    that the receiver gives to the giver (givers.py)."""
    givers, receivers = record.refs("by"), record.refs("to")
    if len(givers) != 1 or len(receivers) != 1 or givers[0] not in records or receivers[0] not in records:
        return
    giver, receiver = records[givers[0]], records[receivers[0]]
    said = [givers_module.reversed_in(normalise(c.quote), _naming(giver.name), _naming(receiver.name))
            for c in record.cites if cldr.is_english(languages.get(c.source) or brief_language)]
    if True not in said or False in said:
        return
    where = record.field_locations.get("by[0]") or record.field_locations.get("by", record.location)
    diagnostics.warning(where, f"by '{giver.id}' ({giver.name}) and to '{receiver.id}' ({receiver.name}) of "
                        f"{record.kind} '{record.id}' are the other way round in its quotes: they say "
                        f"{receiver.name} gives to {giver.name}",
                        "swap `by` and `to`, or cite a passage that says who gives it to whom")


def _naming(name: str) -> Callable[[str], bool]:
    return lambda text: _named_in(name, _unaccented(text.casefold()))


@lru_cache(maxsize=4096)
def _names_of(name: str, brief_language: str, languages: frozenset[str]) -> tuple[tuple[tuple[str, str], ...],
                                                                                   tuple[str, ...]]:
    """The names `name` is written by, each with the language whose forms
    it takes, and the initials and short names written as they are ("EU",
    "ABD", "USA"). `name` in the brief's language; and, if CLDR knows it as a
    territory's (in English or in the brief's language: "Japan", "Japon"),
    that territory's name in each of `languages` ("Japon", "Japón", "日本"),
    and its short names (_OTHER_NAMES: 中方, 한국)."""
    found = [(name, brief_language)]
    shorts = [initials(name)]
    code = _territory_code(normalise(name).casefold(), brief_language) or _formal_code(name)
    if code is not None:
        for language in sorted(languages):
            named = _territory_name(code, language)
            if named:
                found.append((named, language))
                # Two letters of another language's name are too often something else ("AA", Anadolu Ajansı).
                shorts.append(initials(named) if len(initials(named)) > 2 else "")
        # "Czech Republic" beside "Czechia"; CLDR's own in English is read as found names are ("Sud Sudan").
        cldr_name = normalise(_territory_name(code, "en"))
        shorts.extend(other for other in _english_names().get(code, ()) if other != cldr_name)
        for other in _OTHER_NAMES.get(code, "").split():
            # One with capitals is an abbreviation, written as listed ("USA", "Usa", "США"); else read in any case.
            (shorts.append(other) if any(ch.isupper() for ch in other) else found.append((other, "")))
    return tuple(dict.fromkeys(found)), tuple(short for short in dict.fromkeys(shorts) if short)


# A state's formal name, in English, around the name news writes: "Kingdom of Saudi Arabia", "Republic of
# Kazakhstan", "State of Qatar", "Federal Republic of Germany".
_FORMAL = re.compile(r"(?:the\s+)?(?:(?:federal|democratic|islamic|arab|socialist|united|hashemite|plurinational"
                     r"|bolivarian|cooperative)\s+)*(?:republic|kingdom|state|sultanate|principality|grand\s+duchy"
                     r"|commonwealth|federation|emirate)\s+of\s+(?:the\s+)?(?P<name>.+)")
# Formal names whose short name is another state's: the Republic of China is not China.
_FORMAL_ELSEWHERE = frozenset({"china"})


def _formal_code(name: str) -> str | None:
    """The territory a state's formal name CLDR does not give names, by the name within it."""
    formal = _FORMAL.fullmatch(normalise(name).casefold())
    if formal is None or formal["name"] in _FORMAL_ELSEWHERE:
        return None
    return _territory_codes("en").get(formal["name"])


def _territory_code(name: str, brief_language: str) -> str | None:
    return (_territory_codes("en").get(name) or _territory_codes(brief_language).get(name)
            or _OTHER_CODES.get(name))


@lru_cache(maxsize=32)
def _territory_codes(language: str) -> dict[str, str]:
    """A territory's name in `language`, casefolded -> its CLDR code ("japan" -> "JP")."""
    return {normalise(text).casefold(): code for code, texts in _territory_names(language).items() if code.isalpha()
            for text in texts}


@lru_cache(maxsize=1024)
def _territory_name(code: str, language: str) -> str:
    try:
        return cldr.locale_of(language).territories.get(code, "")
    except ValueError:
        return ""


@lru_cache(maxsize=64)
def _territory_names(language: str) -> dict[str, tuple[str, ...]]:
    """Each territory's (or region's) names in `language`, by CLDR code: CLDR's, and in English also
    _english_names'."""
    if cldr.primary(language) == "en":
        return _english_names()
    try:
        return {code: (normalise(text),) for code, text in cldr.locale_of(language).territories.items()}
    except ValueError:  # checked where the language is read: no names to add
        return {}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, tuple[str, ...]]:
    """Each territory's (or region's) English names as written: CLDR's, as
    briefs and the press also write it ("&" as "and", "St." as "Saint",
    without a parenthesis: "Bosnia and Herzegovina", "Saint Lucia",
    "Congo-Kinshasa"), and _ENGLISH_NAMES'."""
    names = {code: (normalise(text),) for code, text in cldr.locale_of("en").territories.items()}
    for code, (text,) in list(names.items()):
        plain = re.sub(r"\s*\(.*?\)", "", text).replace(" & ", " and ").replace(" - ", "-")
        names[code] = tuple(dict.fromkeys([text, plain, re.sub(r"\bSt\. ", "Saint ", plain)]))
    for code, others in _ENGLISH_NAMES.items():
        names[code] = tuple(dict.fromkeys(names.get(code, ()) + others))
    return names


# The English names the press writes for a country beside the one CLDR
# gives (above): older or longer names ("Czech Republic" for Czechia,
# "Ivory Coast", "Swaziland", "East Timor", "Russian Federation"), the
# usual short ones ("Britain", "America", "Holland", "DPRK"), and CLDR's of
# a former release ("Turkey", now "Türkiye"; "Cabo Verde"). Written as
# listed: "turkey" is a bird. A name is read whole, not with an adjective's
# endings ("American" of "Latin American"). Left out: a name now another
# state's or place's ("Zaire", the DR Congo's until 1997, is read as
# history, not as today's country; "Macedonia" is also Greece's region, so
# only "FYROM" and the long names stand for North Macedonia), and one of
# two countries ("Korea", "Congo").
_ENGLISH_NAMES: dict[str, tuple[str, ...]] = {
    "TR": ("Turkey", "Republic of Turkey"),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "SZ": ("Swaziland", "Kingdom of Eswatini"),
    "MK": ("FYROM", "Former Yugoslav Republic of Macedonia", "Republic of North Macedonia"),
    "NL": ("Holland",),
    "TL": ("East Timor",),
    "CV": ("Cabo Verde",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo"),
    "CG": ("Republic of the Congo", "Republic of Congo"),
    "KR": ("Republic of Korea", "ROK"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "RU": ("Russian Federation",),
    "GB": ("Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "US": ("America", "United States of America"),
    "CN": ("People's Republic of China", "PRC"),
    "VN": ("Viet Nam",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "PS": ("Palestine", "State of Palestine"),
    "VA": ("Vatican", "Holy See"),
    "HK": ("Hong Kong",),
    "MO": ("Macau", "Macao"),
    "MD": ("Republic of Moldova",),
    "TZ": ("United Republic of Tanzania",),
    "LA": ("Lao PDR",),
    "ST": ("Sao Tome and Principe",),
}


@lru_cache(maxsize=1024)
def _holding(short: str) -> tuple[tuple[str, int], ...]:
    """The English names of other territories (and regions) that hold `short`
    as written, each with where it holds it: ("U.S. Virgin Islands", 0) for
    "U.S.", ("Latin America", 6) for "America", ("Democratic Republic of the
    Congo", 11) for "Republic of the Congo"."""
    own = _territory_code(normalise(short).casefold(), "en")
    return tuple(dict.fromkeys((text, text.find(short)) for code, texts in _english_names().items() for text in texts
                               if short in text and text != short and code != own))


@lru_cache(maxsize=64)
def _territory_pattern(language: str) -> tuple[re.Pattern, tuple[str, ...]]:
    """What territories_named finds in `language`: one group for each name (the longest first), and each group's
    code. CLDR's names and lower-case adjectives are read in any case, the names and abbreviations listed with
    capitals as written ("Turkey", "UK")."""
    names = {(text, code) for table in (_territory_names("en"), _territory_names(language))
             for code, texts in table.items() for text in texts}
    names |= {(text, code) for code, texts in _OTHER_NAMES.items() for text in texts.split()}
    as_written = {text for texts in _ENGLISH_NAMES.values() for text in texts} | {
        text for texts in _OTHER_NAMES.values() for text in texts.split() if any(ch.isupper() for ch in text)}
    ordered = sorted(((text, code) for text, code in names if not _glued(text)),
                     key=lambda named: (-len(named[0]), named))
    alternatives = [f"({re.escape(text)})" if text in as_written else f"((?i:{re.escape(text)}))"
                    for text, _ in ordered]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)"), tuple(code for _, code in ordered)


# Names of a territory that CLDR (as babel holds it) gives none of: the short
# or long name the sources write beside CLDR's one ("한국" for 대한민국, 中方,
# "the Chinese side", السعودية for المملكة العربية السعودية), abbreviations,
# written as listed ("Usa" of the Italian press, "EE.UU.", "ABD"), the
# one-letter names Japanese writes in compounds (対印 "towards India", 日米
# "Japan and the US"; 印 or 米 alone is also "seal" or "rice"), and
# adjectives no ending makes of a name ("Dutch", "tedesco",
# "немецкий"), in lower case: read in any case, with the endings of every
# language's adjectives ("немецкие", "amerykańskiej"), so none that is also
# a common word or name ("Poles", Dutch "Frans"). By CLDR code;
# space-separated.
# "American" is not one: "Latin American" is not the US; but German,
# Polish and Russian write "lateinamerikanisch", "latynoamerykański",
# "латиноамериканский" as one word, so their "American" is. Nor is French
# "britannique": "Colombie-Britannique" is a province of Canada.
_OTHER_NAMES = {
    "US": "USA Usa U.S. U.S.A. US EUA EE.UU. EEUU VS ABD США 美方 美國 米国 米側 対米 日米 訪米 駐米 アメリカ 미국 "
          "statunitense statunitensi estadounidense estadounidenses amerikanisch amerykański американский",
    "GB": "UK U.K. 英方 british britisch britse brytyjski британский britannico britannica britannici britanniche "
          "británico británica británicos británicas britânico britânica britânicos britânicas",
    "FR": "french français française françaises francese francesi französisch französische französischen "
          "französischer französisches franse",
    "DE": "tedesco tedesca tedeschi tedesche aleman немецкий",
    "ES": "spanish spaniards",
    "NL": "dutch",
    "CH": "swiss svizzero svizzera svizzeri svizzere",
    "AR": "argentine argentines",
    "GR": "greek greeks",
    "PL": "polish poolse polaco polaca polacos polacas polacco polacca polacchi polacche",
    "PT": "portoghese portoghesi",
    "TR": "turc turque turcs turques turco turca turcos turcas turecki турецкий",
    "SA": "saudi saudis السعودية",
    "CZ": "czech czechs",
    "EG": "egipcio egipcia egipcios egipcias egiziano egiziana egiziani egiziane egipski",
    "IT": "итальянский",
    "SK": "slovak slovaks",
    "RS": "serb serbs",
    "HR": "croat croats",
    "TH": "thai thais",
    "EU": "EU UE Ue ЕС 欧盟 歐盟 евросоюз",
    "AE": "UAE EAU BAE ОАЭ الإمارات",
    "RU": "РФ 俄方 rus",
    "JP": "日方",
    "IN": "対印 日印 訪印 駐印",
    "CN": "中方 中华人民共和国 中華人民共和國 中華人民共和国 중화인민공화국 КНР",
    # The names Russian news writes beside CLDR's ("Киргизия", "Туркменистан", "Беларусь", "Молдова"), and the
    # Kyrgyz state's own, which its and Kazakhstan's Russian-language press writes.
    "KG": "кыргызстан киргизстан",
    "TM": "туркмения",
    "BY": "белоруссия",
    "MD": "молдавия",
    "KR": "한국 대한민국 남한 韩国 韓国 韓國 南韩 南韓 大韩民国 大韓民国 大韓民國 韩方 韓方",
    "KP": "북한 朝鲜 北韩 北韓 北朝鮮",
}
_OTHER_CODES = {normalise(name).casefold(): code
                for code, names in _OTHER_NAMES.items() for name in names.split()}


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _named_in(name: str, text: str, language: str | None = None, scope: tuple[str, ...] = ()) -> bool:
    """Whether `text` (casefolded, its Latin letters without accents:
    _unaccented) names `name`, accents aside ("kényanes" for Kenya): whole,
    as words of their own and not part of a longer territory's name CLDR
    gives, in English or a language of `scope`, at that place ("Sudan" is
    not named by "South Sudan", 苏丹 not by 南苏丹; in a script that writes
    no spaces, 한국은, anywhere else), or, for a one-word name, by a word
    that is one of its forms in `language` (_forms: "Japanese", "Uzbek",
    "Niemcom"; in every language briefgen has forms of when None):
    "Nigeria" does not name Niger, nor "porto" Portugal."""
    wanted, glued, longer, forms, rest = _reading(name, language, scope)
    if not wanted:
        return False
    if _written_in(wanted, text, longer, glued):
        return True
    return bool(forms) and any(_written_in(form + rest, text, longer, False) for form in forms & _own_words(text))


@lru_cache(maxsize=8192)
def _reading(name: str, language: str | None, scope: tuple[str, ...]) \
        -> tuple[str, bool, tuple[tuple[str, int], ...], frozenset[str], str]:
    """What _named_in looks for, once for each name: the name casefolded and
    unaccented, whether its script glues words on, the longer names that
    hold it, the forms of its first word (none for a name of several words
    or glued, but an Arabic one's, with particles glued before it:
    "بالمملكة"), and the words after that one (" العربية السعودية")."""
    wanted = _unaccented(normalise(name).casefold())
    glued = _glued(wanted) or _UNSPACED_LETTER.search(wanted) is not None
    longer = _longer_names(wanted, tuple(sorted({"en", *scope, *([language] if language else [])})))
    first, space, rest = wanted.partition(" ")
    if space and _ARABIC_NAME.match(first) and all(_ARABIC_NAME.match(word) for word in rest.split()):
        return wanted, glued, longer, _arabic_forms(first, False), space + rest
    forms = _forms(wanted, language) if wanted.isalpha() and not glued else frozenset()
    return wanted, glued, longer, forms, ""


def _written_in(word: str, text: str, longer: tuple[tuple[str, int], ...], glued: bool) -> bool:
    """Whether `text` writes `word` (a name, a form or initials of it, "USA" not in "USAID") as a word of
    its own (anywhere, if `glued`), somewhere not part of one of the
    `longer` names (each with where it holds the name)."""
    return next(_places_written(word, text, longer, glued), None) is not None


def _places_written(word: str, text: str, longer: tuple[tuple[str, int], ...], glued: bool) -> Iterator[int]:
    """Where `text` writes `word` as _written_in reads it."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (glued or not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end]))) \
                and not any(start >= at and text.startswith(other, start - at) for other, at in longer):
            yield start
        start = text.find(word, start + 1)


def _ends_proper_name(text: str, start: int, name: str) -> bool:
    """Whether `name`, one of the press's one-word names of a country
    (_PRESS_NAMES: "America", "Britain", "Turkey"), at `start` of `text`
    ends a longer proper name that is not the country: directly after a
    word of a name ("Captain America", "New Britain", "New Holland", "Wild
    Turkey"), or for a name in _OF_NAMES after one and "of" ("Bank of
    America", "Voice of America", "Boy Scouts of America"). The country's
    own longer names are listed whole ("United States of America",
    "Republic of Turkey"); "ANKARA, Turkey", "Turkey's", "In Britain",
    "Erdogan's Turkey" and "President of Turkey" name it."""
    if name not in _PRESS_NAMES:
        return False
    word, at = _word_before(text, start)
    if name in _OF_NAMES and word.casefold() == "of":
        word, _ = _word_before(text, at)
    return _name_word(word)


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The word that ends one space before `end` in `text` (normalised), and
    where it starts; none ("") after a line's start, the next quote's."""
    if end < 2 or text[end - 1] != " ":
        return "", end
    start = end - 1
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end - 1], start


def _name_word(word: str) -> bool:
    """Whether `word` may be part of a proper name: capitalised ("New",
    "Captain", "Scouts"; after an opening quote too), but no function word or
    date, which a sentence opens capitalised ("In", "Across", "Today",
    "Monday"), nor a possessive ("Erdogan's") or a word a mark ends
    ("ANKARA,")."""
    word = word.lstrip("\"'(")
    return word[:1].isupper() and bool(_NAME_WORD.fullmatch(word)) and word.casefold() not in _OPENING_WORDS


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")
# The press's one-word names of a country, which longer proper names also end
# with ("Bank of America", "New Britain", "Wild Turkey", "Sands Macau").
_PRESS_NAMES = frozenset(text for texts in _ENGLISH_NAMES.values() for text in texts if " " not in text)
# Of those, the one "<Name> of" makes another's name: American bodies other
# than the state call themselves "... of America" (Bank, Voice, Boy Scouts,
# Communications Workers of America), while the press calls the state "the
# United States", so its head is seldom "the President of America". Not so
# "of Britain", "of Turkey": "the Prime Minister of Britain", "the President
# of Turkey", "the Battle of Britain" name the country.
_OF_NAMES = frozenset({"America"})
# Words a sentence or clause opens with, capitalised, before a country's name
# ("In Britain", "Across America, ...", "Today Turkey", "On Monday Britain",
# "Much of America"): the `stopwords` package's English list (articles,
# pronouns, prepositions, conjunctions) and the prepositions, quantifiers,
# adverbs, weekdays and months it lacks.
_OPENING_WORDS = frozenset(stopwords.get_stopwords("english")) | frozenset(
    "across along amid amidst among amongst around beneath beside besides beyond despite except inside like near"
    " onto opposite outside past per since throughout till toward towards underneath unlike upon via within without"
    " although though unless whereas whether yet also even still now today tonight yesterday tomorrow meanwhile"
    " moreover however indeed instead elsewhere earlier later recently currently already never always often soon"
    " thus hence therefore overall separately once again ever every many much several half rest another either"
    " neither monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december".split())


def _glued(name: str) -> bool:
    """Whether `name` is written in a script that glues words or particles to it (CJK, kana, Hangul)."""
    return any(ord(ch) >= 0x2E80 for ch in name)


# Thai, Lao, Tibetan, Myanmar and Khmer write no spaces between words either ("รัฐบาลไทย": the Thai government).
_UNSPACED_LETTER = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")


@lru_cache(maxsize=4096)
def _longer_names(wanted: str, languages: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """The names of other territories in `languages` that hold `wanted`
    (casefolded, unaccented), each with where it holds it: ("south sudan",
    6) for "sudan", ("印度尼西亚", 0) for "印度"."""
    tables = [_territory_table(language) for language in languages]
    own = {code for table in tables for text, code in table if text == wanted}
    return tuple(dict.fromkeys([*((text, text.find(wanted)) for table in tables for text, code in table
                                  if wanted in text and text != wanted and code not in own),
                                *((word, word.find(wanted)) for word in _NOT_NAMES.get(wanted, "").split())]))


# Words that hold a name in a script that writes no spaces and are not it:
# Korean 인도적 ("humanitarian", of aid) and 인도하다 ("to hand over") are not
# India, nor the Indian Ocean (印度洋, 인도양); 其中方案 ("of which the plan")
# and 完美方案 ("a perfect plan") hold no 中方 (the Chinese side) nor 美方;
# 本日印刷 ("printed today") no 日印 (Japan and India).
_NOT_NAMES = {"인도": "인도적 인도주의 인도하 인도했 인도한 인도할 인도된 인도될 인도받 인도양", "印度": "印度洋",
              "日印": "日印刷 日印象",
              "中方": "其中方 集中方", "美方": "完美方 甜美方", "日方": "今日方 昨日方 明日方", "英方": "精英方"}


@lru_cache(maxsize=64)
def _territory_table(language: str) -> tuple[tuple[str, str], ...]:
    """Each territory's name in `language` (casefolded, unaccented), with its CLDR code."""
    return tuple((_unaccented(normalise(text).casefold()), code) for code, texts in _territory_names(language).items()
                 if code.isalpha() for text in texts)


@lru_cache(maxsize=8)
def _own_words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


@lru_cache(maxsize=8192)
def _forms(wanted: str, language: str | None) -> frozenset[str]:
    """The words that write the one-word name `wanted` (casefolded,
    unaccented) in `language`: itself with an adjective's ending of the
    languages sources are most often in (_ADJECTIVE_ENDINGS: "japanese",
    "kenyan"); and, by `language`'s _FORMS (every language's when it has
    none), itself or its stem with an ending that language gives names:
    Polish "niemcy" -> "niemcom", "niemiec", "niemieckie"; Turkish "almanya"
    -> "alman". A stem keeps at least three letters and half the name, and
    stands bare only with four ("Alman"; not "ice" of Iceland). A word that
    is, or starts with, another territory's one-word name is no form of
    this one ("niger" of Nigeria, "nigerian" of Niger), nor is a common word
    the endings make (_NOT_FORMS: "franco", "Roman")."""
    if _ARABIC_NAME.match(wanted):
        return _arabic_forms(wanted)
    rules = _FORMS.get((language or "").split("-")[0].lower()) or _EVERY_FORM
    forms = {wanted + ending for ending in _ADJECTIVE_ENDINGS}
    least = max(3, len(wanted) // 2)
    for tail, endings in rules.items():
        stem = wanted[:len(wanted) - len(tail)]
        if wanted.endswith(tail) and len(stem) >= least:
            # A bare stem of three letters is too often a word of its own ("ice" of Iceland, "sur" of Suriye).
            forms.update(stem + ending for ending in endings if ending or len(stem) > 3)
    others = {text for table in (_territory_table("en"), _territory_table(language or "en"))
              for text, _ in table if text.isalpha() and text != wanted}
    longer = tuple(other for other in others if len(other) > len(wanted) and other.startswith(wanted[:least]))
    return frozenset(form for form in forms
                     if form not in others and form not in _NOT_FORMS and not form.startswith(longer))


_WORD = re.compile(r"\w+")
_ARABIC_NAME = re.compile("[\u0621-\u064a]+$")
# Arabic glues "and", "so", "with/in", "to/for" and "like" (و ف ب ل ك) to the word after them, and its
# article ال, which ل takes as لل ("للسعودية"). A nisba adjective is the name's stem with ي, ية, يون…
# ("مصري", "المصرية", "ودائع سعودية"; "ليبي" of ليبيا, "سعودي" of السعودية).
_AR_PROCLITICS = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")
_AR_TO = ("ل", "ول", "فل")
_AR_NISBA = ("ي", "ية", "يون", "يين", "يان", "يتان", "يتين", "يات")
_AR_STEM_TAILS = ("ية", "يا", "ا", "ة")


@lru_cache(maxsize=1024)
def _arabic_forms(wanted: str, nisba: bool = True) -> frozenset[str]:
    """The words that write the Arabic word `wanted` of a name: itself with
    the particles glued before it ("بمصر", "ومصر", "للسعودية", "لمصر"),
    and, if `nisba` (a one-word name), the nisba adjectives of its stem,
    with or without the article ("مصرية", "المصرية", "والمصريين",
    "سعودية"). The stem is the name without its article and a last ية, يا,
    ا or ة, and keeps three letters: "ليبيا" -> "ليبي". The trade-off: a
    nisba also names a people's language or a person ("هندي", Hindi), and
    counts for the country, as "Japanese" does in English."""
    bare = wanted[2:] if wanted.startswith("ال") and len(wanted) > 4 else wanted
    stem = next((bare[:-len(tail)] for tail in _AR_STEM_TAILS if bare.endswith(tail) and len(bare) - len(tail) >= 3),
                bare)
    nisbas = [stem + ending for ending in _AR_NISBA] if nisba else []
    words = {particle + word for particle in _AR_PROCLITICS for word in (wanted, *nisbas, *("ال" + n for n in nisbas))}
    for particle in _AR_TO:  # ل before the article drops its alef: "لل"
        words.update(particle + (word[1:] if word.startswith("ال") else word)
                     for word in (wanted, *nisbas, *("ال" + n for n in nisbas)))
    return frozenset(words)
# What the adjectives and demonyms of the languages sources are most often
# in add to a whole name, whatever a source's language: English ("Japanese",
# "Congolese"), French ("kényanes", "japonais", "malienne"), Spanish and
# Portuguese ("japonés", "peruanos"), Italian ("coreani"), German ("japanisch").
_ADJECTIVE_ENDINGS = frozenset({
    "", "n", "an", "ian", "ean", "ese", "lese", "i", "ish", "ic", "ite", "er", "s",
    "e", "es", "ne", "nes", "ns", "ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne", "iens",
    "iennes", "ain", "aine", "ains", "aines", "ane", "anes", "ans",
    "o", "a", "os", "as", "no", "na", "nos", "nas", "esa", "esas", "eses", "ano", "ana", "anos", "anas",
    "ense", "enses", "esi", "ani", "ni",
    "isch", "ische", "ischen", "ischer", "isches", "ern", "ers"})


# Words the endings make of a name that are common words of their own:
# Spanish and Italian "franco" (frank; the franc) is not France, "Roman" and
# Italian "romano" (of Rome) not Romania, "green" not Greenland, "Indiana"
# and Portuguese "indo" (going) not India, "servo" (servant) not Serbia.
_NOT_FORMS = frozenset({"franco", "franca", "francos", "francas", "franchi", "franche", "franc", "francs", "roman",
                        "romans", "romano", "romana", "romani", "romane", "romanos", "romanas", "green", "indiana",
                        "indianas", "cubo", "cubos", "indo", "indos", "servo", "servos"})


def _endings(*groups: str) -> tuple[str, ...]:
    """Space-separated endings, "-" for none (the bare stem: "Alman", "Kazakh")."""
    return tuple("" if ending == "-" else ending for group in groups for ending in group.split())


_SKI = "ski ska skie skiego skiej skim skich skimi skiemu"
_ISCH = "isch ische ischen ischer isches ischem"
_SKIJ = "ский ская ское ские ского ской скому ским ских скими скую ском"


def _isch(lead: str) -> str:
    """German adjectives' endings with `lead` before "isch": "an" for "mexikanisch", "es" for "vietnamesisch"."""
    return " ".join(lead + ending for ending in _ISCH.split())


# By language: what it drops from the end of a name ("" for nothing), and
# the endings it then writes, of its cases and of the adjectives and
# demonyms it makes of names. English "china" drops "a" for "Chinese";
# Polish "niemcy" drops "cy" for "Niemiec" and "niemiecki", "chiny" "y" for
# "Chin" and "chiński"; Turkish "almanya" drops "ya" for "Alman" (its case
# endings follow an apostrophe, "Türkiye'nin": a word of their own);
# Italian "giappone" drops "e" for "giapponese".
_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"a": _endings("ese ian ians"), "ium": _endings("ian ians"), "iye": _endings("ish"),
           "al": _endings("uese"), "o": _endings("an ans"), "e": _endings("ian ians"),
           "y": _endings("- s ian ians"), "ey": _endings("ish"), "en": _endings("ish"), "on": _endings("ese"),
           "um": _endings("ian ians"),
           "stan": _endings("- s i is"), "istan": _endings("- s i is")},
    "fr": {"": _endings("ien ienne iens iennes en enne ens ennes i ie is ies"),
           "e": _endings("ois oise oises ien ienne iens iennes en enne ens ennes ol ole ols oles ais aise aises"),
           "ie": _endings("e es"), "a": _endings("ien ienne iens iennes"), "agne": _endings("and ande ands andes"),
           "gne": _endings("nais naise naises"),
           "al": _endings("ais aise aises"), "stan": _endings("- e s es"), "istan": _endings("- e s es")},
    "es": {"": _endings("eno ena enos enas i ies"),
           "a": _endings("o os as ol ola oles olas es esa eses esas ano anos anas"),
           "ia": _endings("a o os as es esa eses esas ano ana anos anas"), "o": _endings("ano ana anos anas"),
           "al": _endings("ues uesa ueses uesas"), "stan": _endings("- o a os as"), "istan": _endings("- o a os as")},
    "pt": {"": _endings("iano iana ianos ianas eiro eira eiros eiras"),
           "a": _endings("es esa eses esas ol ola ois olas o os as"), "ia": _endings("o a os as es esa eses esas"),
           "ao": _endings("anes anesa aneses anesas ones onesa oneses onesas"), "nha": _endings("- o es aes aos"),
           "que": _endings("cano cana canos canas"),
           "al": _endings("ues uesa ueses uesas"), "istao": _endings("e es")},
    "it": {"": _endings("ni ne iano iana iani iane ita ite iti ensi"),
           "a": _endings("ese esi olo ola oli ole ano ani ane"), "ina": _endings("ino ini ine"),
           "e": _endings("ese esi iano iana iani iane"),
           "ia": _endings("ese esi o a i e ano ana ani ane ino ina ini ine"),
           "o": _endings("ano ana ani ane hino hina hini hine"), "stan": _endings("o a i e"),
           "istan": _endings("o a i e")},
    "de": {"": _endings(_ISCH, "er ern erin erinnen en", _isch("er"), _isch("es"), _isch("n")),
           "a": _endings(_isch("es"), "ese esen"), "o": _endings(_isch("an")), "n": _endings(_ISCH),
           "land": _endings("- e en er es em", _ISCH), "ien": _endings(_ISCH, _isch("ian"), "er ern"),
           "en": _endings("er ern", _ISCH, _isch("an"), _isch("n")),
           "al": _endings("iesisch iesische iesischen iesischer iesisches iese iesen"), "ei": _endings(_ISCH, "e en"),
           "e": _endings(_ISCH), "stan": _endings(_ISCH, "e en"), "istan": _endings(_ISCH, "e en")},
    "nl": {"": _endings("se ees ese anse aans aanse ase"), "a": _endings("ees ese"),
           "land": _endings("- e s se sisch sische"), "e": _endings("aans aanse isch ische"),
           "ie": _endings("isch ische"), "ije": _endings("s se"), "nje": _endings("ans anse"),
           "al": _endings("ees ese"),
           "stan": _endings("- s se staans staanse"), "istan": _endings("- s se")},
    "pl": {"": _endings("u owi em ie", _SKI, "nski nska nskie nskiego nskiej nskim nskich"),
           "a": _endings("i y e ie ii iego iej im ich imi", _SKI, "jski jska jskie jskiego jskiej jskim jskich"),
           "ia": _endings(_SKI, "ijski ijska ijskie ijskiego ijskiej ijskim ijskich"),
           "ja": _endings("yjski yjska yjskie yjskiego yjskiej yjskim yjskich uski uska uskie uskiego uskiej uskim "
                          "uskich"),
           "ka": _endings("ce"), "y": _endings("- om ach ami zech", _SKI),
           "cy": _endings("iec iecki iecka ieckie ieckiego ieckiej ieckim ieckich ieckimi"),
           "chy": _endings(_SKI, "szech"), "e": _endings("ii om ach ami"),
           "ie": _endings("yjski yjska yjskie yjskiego yjskiej yjskim yjskich"), "stan": _endings(_SKI),
           "ki": _endings("ka kie kiego kiej kim kich kimi kiemu")},  # of an adjective _OTHER_NAMES lists
    "tr": {"": _endings("li lı lu lü lar ler"), "ya": _endings("- lar ler ca ce"), "a": _endings("ol an ız"),
           "iye": _endings("- ler"), "istan": _endings("- lar ler lı li")},
    "ru": {"": _endings("а у ом е ы и ец цы ца", _SKIJ),
           "я": _endings("и ю ей е", _SKIJ.replace("с", "йс")),
           "ия": _endings(_SKIJ, _SKIJ.replace("с", "ьс"), _SKIJ.replace("с", "узс"), "цы ец"),
           "а": _endings("ы и у ой е", _SKIJ), "ша": _endings(_SKIJ),
           "й": _endings("я ю ем е"), "стан": _endings(_SKIJ), "истан": _endings(_SKIJ),
           "ий": _endings("ая ое ие ого ой ому им их ими ую ом")},  # of an adjective _OTHER_NAMES lists
}


def _every_form() -> dict[str, tuple[str, ...]]:
    """Every language's endings for each tail: the forms of a language without its own."""
    every: dict[str, tuple[str, ...]] = {}
    for rules in _FORMS.values():
        for tail, endings in rules.items():
            every[tail] = tuple(dict.fromkeys(every.get(tail, ()) + endings))
    return every


_EVERY_FORM = _every_form()


def _unaccented(text: str) -> str:
    """`text` with each accented Latin letter as its base letter ("é" as
    "e"), and without the dot a casefolded Turkish "İ" keeps ("i̇"); other
    scripts as they are (a kana's voicing mark tells two words apart). An
    apostrophe that is a letter as the plain one (normalise made ‘ and ’ so):
    CLDR's Uzbek "Oʻzbekiston" is the press's "O'zbekiston", "O‘zbekiston"."""
    return text.translate(_BASE_LETTERS)


_BASE_LETTERS: dict[int, str | None] = {code: unicodedata.normalize("NFD", chr(code))[0] for code in range(0xC0, 0x250)
                                         if unicodedata.normalize("NFD", chr(code))[0].isascii()
                                         and unicodedata.normalize("NFD", chr(code)) != chr(code)}
_BASE_LETTERS[0x307] = None  # COMBINING DOT ABOVE
_BASE_LETTERS.update({0x2BB: "'", 0x2BC: "'"})  # MODIFIER LETTER TURNED COMMA, MODIFIER LETTER APOSTROPHE


def scripts(text: str) -> set[str]:
    """The scripts of `text`'s letters ("LATIN", "CJK", "ARABIC"…), by their
    Unicode names, Japanese kana as one ("KANA"): Japanese writes hiragana
    and katakana in one sentence, so a name in katakana (インド) is judged
    against a quote with hiragana and kanji only (日本政府は…を目指す). Han
    letters stay a script of their own: a quote of kanji alone may be
    Chinese, which writes no katakana name, and is not judged by one."""
    return {_KANA.get(script, script) for script in (unicodedata.name(ch, " ").split(" ")[0]
                                                     for ch in set(text) if ch.isalpha())}


_KANA = {"HIRAGANA": "KANA", "KATAKANA": "KANA", "KATAKANA-HIRAGANA": "KANA"}
