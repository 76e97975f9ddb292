"""Dates as the brief's readers write them, from CLDR through babel, at
their true precision: a year stays a year, a month a month-year."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_interval, format_skeleton

from .cldr import locale_of
from .dates import DateSpan, PartialDate

_SKELETONS = {"year": "y", "month": "yMMM", "day": "yMMMd"}
# The default brief keeps the form its pages have always had ("9–10 Aug 2024");
# any other tag, en-US included, is written as CLDR has it.
_BUILT_IN = "en"


def display(span: DateSpan, language: str = _BUILT_IN) -> str:
    if language == _BUILT_IN:
        return span.display()
    return _display(span, language)


@lru_cache(maxsize=4096)  # a page shows the same few dates many times
def _display(span: DateSpan, language: str) -> str:
    locale = locale_of(language)
    start, end = span.start, span.end
    if start == end:
        return format_skeleton(_SKELETONS[start.precision], _day(start), locale=locale)
    if start.precision == end.precision:
        return format_interval(_day(start), _day(end), _SKELETONS[start.precision], locale=locale)
    return f"{display(DateSpan(start, start), language)} – {display(DateSpan(end, end), language)}"


def _day(value: PartialDate) -> date:
    return date(value.year, value.month or 1, value.day or 1)
