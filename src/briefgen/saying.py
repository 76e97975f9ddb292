"""A date of saying: when a quote's words were said, not when what they tell
happened. News dates a report by its verb of saying ("officials said on
Wednesday", "Reuters reported on Wednesday", "told reporters on 3
December", "said Wednesday that …"); the event the words tell may be next
month's summit or last year's deal, so the date right after the verb does
not contradict the date of a record the quote tells of (datecheck.py). It
still dates a record of the saying (remarks, an announcement), so it is
read as a date as before. Read in English; other languages' dates are left
as they are. Pure functions, no I/O.
"""
from __future__ import annotations

import re

from . import cldr

# The verbs whose deed is only words: said, not done ("announced" a plan, "confirmed" a report).
_SAYING = (r"said|says|told|tells|reported|announced|announces|added|adds|stated|wrote|writes|noted|notes|warned"
           r"|warns|insisted|insists|argued|argues|explained|explains|confirmed|confirms|acknowledged|admitted"
           r"|revealed|disclosed|tweeted|posted on \w+")
# Whom one tells ("told Reuters", "told the BBC", "told reporters"): a name, or the audiences news names.
_TOLD = (r"(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?|reporters|journalists|lawmakers|legislators"
         r"|parliament|delegates|investors|analysts|supporters|state\s+media|state\s+television"
         r"|a\s+(?:news|press)\s+conference)")
# Where it was said ("in a statement", "at a news conference", "in an interview with Reuters") and when in the
# day ("late on Wednesday", "earlier on Wednesday"), between the verb and its date.
_WHERE = r"(?:(?:in|at|during)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+with\s+[A-Z][\w.&'’-]*)?\s+)?"
_WHEN = r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?"
_BEFORE_DATE = re.compile(rf"\b(?:{_SAYING}|(?:told|tells)\s+{_TOLD})\s+{_WHERE}{_WHEN}$")
# How far before a date its verb of saying may be: the verb, whom, where and when.
_REACH = 80
_VERB = re.compile(rf"\b(?:{_SAYING})\b")


def says(word: str) -> bool:
    """Whether the English `word` is a verb of saying ("said", "told", "reported")."""
    return _VERB.fullmatch(word) is not None


def reports(text: str, position: int) -> bool:
    """Whether what `text` writes at `position` is reported: a verb of saying comes before it ("officials
    said the bank would …")."""
    return _VERB.search(text, 0, position) is not None


def of_saying(text: str, start: int, language: str = "en") -> bool:
    """Whether the date at `start` of `text` dates the saying of its words: it follows a verb of saying, with
    at most whom they were told, where and when in the day between ("said on Wednesday", "told reporters
    late on Wednesday", "said in a statement on Wednesday that …")."""
    if cldr.primary(language) != "en":
        return False
    return _BEFORE_DATE.search(text, max(0, start - _REACH), start) is not None
