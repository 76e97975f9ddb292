"""The CLDR data briefgen relies on, through babel: a locale for a BCP 47
language tag, and the ISO 4217 currency codes."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
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


@lru_cache(maxsize=1)
def language_tags() -> frozenset[str]:
    """Every BCP 47 tag CLDR has data for, spelt as CLDR does ("pt-BR")."""
    return frozenset(identifier.replace("_", "-") for identifier in locale_identifiers()
                     if identifier != "root" and "POSIX" not in identifier)


def language_problem(language: str) -> tuple[str, str] | None:
    """(message, hint) when `language` is not a tag CLDR knows, else None."""
    if language in language_tags():
        return None
    spelt = {tag.casefold(): tag for tag in language_tags()}.get(language.casefold())
    return (f"unknown language '{language}'",
            f"did you mean '{spelt}'?" if spelt else
            did_you_mean(language, language_tags(), "write a BCP 47 language tag such as en, es, pt-BR or ja"))


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
def currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def currency_problem(code: str) -> tuple[str, str] | None:
    if code in currency_codes():
        return None
    return (f"unknown currency '{code}'",
            did_you_mean(code.upper(), currency_codes(), "write an ISO 4217 code such as USD, EUR, JPY or BRL"))
