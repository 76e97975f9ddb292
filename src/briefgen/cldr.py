"""The CLDR data briefgen relies on, through babel: a locale for a BCP 47
language tag, and the ISO 4217 currency codes."""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import get_decimal_symbol, get_group_symbol, list_currencies

from .suggest import did_you_mean


@lru_cache(maxsize=None)
def locale_of(language: str) -> Locale:
    """The CLDR locale of a BCP 47 tag ("en", "pt-BR"); ValueError when CLDR has none."""
    try:
        return Locale.parse(language.strip(), sep="-")
    except (ValueError, TypeError, UnknownLocaleError) as exc:
        raise ValueError(f"unknown language '{language}'") from exc


# The languages whose words briefgen reads as written without spaces between them (Chinese, Japanese):
# a word of theirs may stand anywhere in a text.
UNSPACED = frozenset({"ja", "zh"})


def primary(language: str | None) -> str:
    """A language tag's primary subtag, in lower case, by which the tables of words are kept: "zh" of
    "zh-TW", "pt" of "pt_BR"; "" for none."""
    return (language or "").replace("_", "-").split("-")[0].lower()


def lowered(text: str) -> str:
    """`text` in lower case as a pattern matching in any case reads it: Turkish "İ" as "i", where
    Python's lower() writes "i" and a combining dot that no word written in lower case has."""
    lower = text.lower()
    return lower.replace("i\u0307", "i") if "\u0307" in lower else lower


def english_name(language: str) -> str:
    """A language's name in English, for a message ("Swedish" for sv-SE); the tag when CLDR has none."""
    try:
        return Locale("en").languages.get(locale_of(language).language) or language  # not "Swedish (Sweden)"
    except ValueError:
        return language


# A BCP 47 tag without extensions or private use: language, script, region,
# variants, in any case (also the editors' JSON schema's pattern).
TAG_PATTERN = (r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
               r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")
_TAG = re.compile(TAG_PATTERN)


def canonical(language: str) -> str:
    """`language` in the case BCP 47 writes it ("pt-BR", "zh-Hant-TW",
    "es-419"): case means nothing in a tag, so "pt-br" is the same tag; a
    language's deprecated or overlong code is its current one, as CLDR's
    aliases have it ("in-ID": "id-ID", "eng": "en", "sh-BA": "sr-Latn-BA")."""
    first, *rest = language.strip().split("-")
    rest = [part.title() if len(part) == 4 and part.isalpha() else part.upper() if len(part) == 2 else part.lower()
            for part in rest]
    current, *implied = get_global("language_aliases").get(first.lower(), first.lower()).split("_")
    # An alias may imply a script or a region ("sh": sr_Latn), which the tag's own replaces.
    script = rest.pop(0) if rest and _is_script(rest[0]) else next(filter(_is_script, implied), None)
    region = rest.pop(0) if rest and _is_region(rest[0]) else next(filter(_is_region, implied), None)
    return "-".join(filter(None, [current, script, region, *rest]))


def _is_script(part: str) -> bool:
    return len(part) == 4 and part.isalpha()


def _is_region(part: str) -> bool:
    return len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit()


def language_problem(language: str) -> tuple[str, str] | None:
    """(message, hint) when `language` is not a tag CLDR knows a language
    of (in any case, with any region: "zh-CN", "pt-br", "es-419"), else None."""
    if _TAG.fullmatch(language) and language.split("-")[0].lower() != "und":
        try:
            locale_of(canonical(language))
            return None
        except ValueError:
            pass
    return f"unknown language '{language}'", _language_hint(language)


def meant_language(language: str) -> str | None:
    """The tag a language CLDR does not know most likely means ("fr_FR": fr-FR, "français": fr, "es-XX" or
    "es_XX": es), or None where none is clear."""
    meant = _meant(language)
    return meant[0] if meant else None


def _meant(language: str) -> tuple[str, str] | None:
    """The tag `language` most likely means, and why it is not that tag as written."""
    named = _named().get(language.strip().casefold())
    if named:
        return named, "the tag, not the name"
    joined = language.strip().replace("_", "-")
    if joined != language.strip() and _TAG.fullmatch(joined) and not language_problem(joined):
        return canonical(joined), "a tag joins its parts with -"
    # "es-XX", "fr_419": a region or variant CLDR does not know of a language it does.
    first = joined.split("-")[0]
    if first != language.strip() and first.lower() != "und" and not language_problem(first):
        return canonical(first), f"CLDR has no '{language}'"
    return None


def _language_hint(language: str) -> str:
    general = "write a BCP 47 language tag such as en, es, pt-BR or ja"
    if language.split("-")[0].lower() == "und":
        return f"'und' means an undetermined language: {general}"
    meant = _meant(language)
    if meant:
        return f"did you mean '{meant[0]}'? ({meant[1]})"
    return did_you_mean(language, _language_tags(), general)


@lru_cache(maxsize=1)
def _named() -> dict[str, str]:
    """Each language's name in English and in itself, casefolded, to its tag: "german" and "deutsch" are de."""
    found: dict[str, str] = {}
    for tag in (tag for tag in locale_identifiers() if "_" not in tag and tag != "root"):
        locale = Locale.parse(tag)
        for name in (locale.english_name, locale.display_name):
            if name:
                found.setdefault(name.casefold(), tag)
    return found


def script(language: str) -> str:
    """The script `language` is written in: the tag's own ("sr-Latn"), else
    the one CLDR finds likely for its language and region (zh-TW: Hant)."""
    locale = locale_of(language)
    if locale.script:
        return locale.script
    likely = get_global("likely_subtags")
    found = likely.get(f"{locale.language}_{locale.territory}") or likely.get(locale.language) or ""
    parts = [part for part in found.split("_") if len(part) == 4]
    return parts[0] if parts else ""


# News in Serbian, Bosnian, Uzbek and Azerbaijani is written in Cyrillic or Latin letters, whichever the
# language's tag says: each script's words are the language's.
_TWIN_SCRIPTS = ("Cyrl", "Latn")


def other_script(language: str) -> Locale | None:
    """`language` in the other of Cyrillic and Latin letters, where CLDR writes it in both ("sr": sr_Latn,
    "sr-Latn": sr_Cyrl); None for any other."""
    written = script(language)
    if written not in _TWIN_SCRIPTS:
        return None
    code = locale_of(language).language
    other = next(each for each in _TWIN_SCRIPTS if each != written)
    return Locale.parse(f"{code}_{other}") if f"{code}-{other}" in _language_tags() else None


@lru_cache(maxsize=1)
def _language_tags() -> frozenset[str]:
    """Every tag CLDR has data for, spelt as BCP 47 does ("pt-BR"): what an unknown tag is likened to."""
    return frozenset(identifier.replace("_", "-") for identifier in locale_identifiers()
                     if identifier != "root" and "POSIX" not in identifier)


@lru_cache(maxsize=64)
def direction(language: str) -> str:
    """"rtl" for a language written right to left (Arabic, Hebrew, Persian,
    Urdu…), else "ltr"."""
    try:
        order = locale_of(language).character_order
    except ValueError:
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


@lru_cache(maxsize=64)
def number_format(language: str) -> dict:
    """How `language` writes a number in Latin digits: its group and
    decimal symbols and its grouping (3 then 3; Hindi 3 then 2). Pages and
    their scripts both write numbers by it (babel's own formatting groups
    some locales wrongly, de-CH's 1000000'001, and browsers differ again)."""
    try:
        locale = locale_of(language)
    except ValueError:
        locale = locale_of("en")
    primary, secondary = locale.decimal_formats[None].grouping
    return {"group": get_group_symbol(locale), "decimal": get_decimal_symbol(locale),
            "primary": primary, "secondary": secondary}


def groups_with_spaces(language: str) -> bool:
    """Whether `language` groups a number's digits with a space ("1 500" in French, Russian, Polish)."""
    return number_format(language)["group"].isspace()


def written(number: str, language: str) -> str:
    """`number` (plain digits, an optional sign and point: "-1234567.5") as `language` writes it."""
    form = number_format(language)
    sign = "-" if number.startswith("-") else ""
    whole, _, fraction = number.lstrip("-").partition(".")
    groups = []
    if len(whole) > form["primary"]:
        groups.append(whole[-form["primary"]:])
        whole = whole[:-form["primary"]]
        while len(whole) > form["secondary"]:
            groups.append(whole[-form["secondary"]:])
            whole = whole[:-form["secondary"]]
    groups.append(whole)
    return sign + form["group"].join(reversed(groups)) + (form["decimal"] + fraction if fraction else "")


def is_english(language: str) -> bool:
    return locale_of(language).language == "en"


@lru_cache(maxsize=1)
def known_tag_pattern() -> str:
    """TAG_PATTERN, with a language CLDR knows in place of any two or three
    letters, in any case: the editors' schema rejects "xx-yy" as the check
    does (which also asks CLDR of the region: "pt-XX" passes only this)."""
    primaries = sorted({tag.split("_")[0] for tag in locale_identifiers()
                        if re.fullmatch(r"[a-z]{2,3}", tag.split("_")[0]) and tag.split("_")[0] != "und"})
    any_case = ("".join(f"[{c.upper()}{c}]" for c in primary) for primary in primaries)
    return "^(" + "|".join(any_case) + ")" + TAG_PATTERN.removeprefix("^[A-Za-z]{2,3}")


def currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def currency_problem(code: str) -> tuple[str, str] | None:
    if code in currency_codes():
        return None
    return (f"unknown currency '{code}'",
            did_you_mean(code.upper(), currency_codes(), "write an ISO 4217 code such as USD, EUR, JPY or BRL"))
