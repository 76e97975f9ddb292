"""Dates as the brief's readers write them, from CLDR through babel, at
their true precision: a year stays a year, a month a month-year."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.dates import format_interval, format_skeleton

from .cldr import locale_of, primary
from .dates import DateSpan, PartialDate

_SKELETONS = {"year": "y", "month": "yMMM", "day": "yMMMd"}
# The default brief keeps the form its pages have always had ("9–10 Aug 2024");
# any other tag, en-US included, is written as CLDR has it.
_BUILT_IN = "en"
# The day 1 as babel writes it: a 1 standing alone, never a digit of 11, 21 or a year.
_DAY_ONE = re.compile(r"(?<!\d)1(?!\d)")


def display(span: DateSpan, language: str = _BUILT_IN) -> str:
    if language == _BUILT_IN:
        return span.display()
    return _display(span, language)


@lru_cache(maxsize=4096)  # a page shows the same few dates many times
def _display(span: DateSpan, language: str) -> str:
    locale = locale_of(language)
    start, end = span.start, span.end
    if start == end:
        shown = format_skeleton(_SKELETONS[start.precision], _day(start), locale=locale)
    elif start.precision == end.precision:
        shown = format_interval(_day(start), _day(end), _SKELETONS[start.precision], locale=locale)
    else:
        return f"{display(DateSpan(start, start), language)} – {display(DateSpan(end, end), language)}"
    return _first_of_the_month(shown, language) if 1 in (start.day, end.day) else shown


def _first_of_the_month(shown: str, language: str) -> str:
    """French writes the first day of a month as an ordinal, "1er mars 2026"
    (every other as its number, "2 mars"), which CLDR's patterns cannot say."""
    return _DAY_ONE.sub("1er", shown) if primary(language) == "fr" else shown


def _day(value: PartialDate) -> date:
    return date(value.year, value.month or 1, value.day or 1)
