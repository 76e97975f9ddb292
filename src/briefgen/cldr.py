"""The CLDR data briefgen relies on, through babel: a locale for a BCP 47
language tag, and the ISO 4217 currency codes."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers
from babel.numbers import list_currencies

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
