"""A date of saying: when a quote's words were said, not when what they tell
happened. News dates a report by its verb of saying ("officials said on
Wednesday", "Reuters reported on Wednesday", "told reporters on 3
December", "said Wednesday that …"); the event the words tell may be next
month's summit or last year's deal, so the date right after the verb does
not contradict the date of a record the quote tells of (datecheck.py). It
still dates a record of the saying (remarks, an announcement): one whose
claims tell the saying ("Bahlil said on Tuesday that …", tells_saying).
The date of an attribution closing the sentence ("…, officials said on
Monday.") dates no other record where the quote gives its event a date of
its own that excludes that day ("Finance ministers will meet on Friday, …",
"The summit will be held in January, …"; not "… until June 2031, …":
support.py), and neither does the date of a wire's dateline opening the
quote ("TOKYO, March 5 (Reuters) - … met on Tuesday"), the day the story
was filed. Read in English; other languages' dates are left as they are.
Pure functions, no I/O.
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
# An attribution closes its sentence: a comma sets it off from the words said, few words (who said them)
# come between the comma and the verb, and after it only whom, where and when ("on Monday", "on 16 December
# 2026", "late on Wednesday") before the sentence's end.
_SET_OFF = re.compile(r",[^,.;:!?]{0,60}$")
_SET_OFF_REACH = 61  # the comma and the 60 characters after it
_SENTENCE_END = re.compile(r"[\s\"'”’)\]]*(?:[.!?…]|$)")
_DATE_WORDS = r"(?:(?:last|this|next|on|yesterday|today|tonight|\d{1,4}(?:st|nd|rd|th)?|[A-Z][a-z]+)[.,]?\s*)*"
_CLOSING = re.compile(rf"\s*(?:{_TOLD}\s+)?{_WHERE}{_WHEN}{_DATE_WORDS}{_SENTENCE_END.pattern}")


def _set_off(text: str, verb: int) -> bool:
    """Whether the verb of saying at `verb` of `text` is set off by a comma, few words (who said it) between."""
    return _SET_OFF.search(text, max(0, verb - _SET_OFF_REACH), verb) is not None


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


def of_attribution(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the date from `start` to `end` of `text` dates an attribution closing the sentence ("Finance
    ministers will meet on Friday, officials said on Monday."): the sentence tells the event, and its date of
    saying dates only the saying, which no record of the event is. A sentence that opens with the saying
    ("Genevard said last Tuesday that …") tells the saying itself, whose date it is."""
    if cldr.primary(language) != "en" or _SENTENCE_END.match(text, end) is None:
        return False
    verb = _BEFORE_DATE.search(text, max(0, start - _REACH), start)
    return verb is not None and _set_off(text, verb.start())


def of_dateline(text: str, end: int, language: str = "en") -> bool:
    """Whether the date ending at `end` of the English `text` is that of a wire's dateline opening it
    ("TOKYO, March 5 (Reuters) -", as corroboration.py reads datelines): like an attribution's closing the
    sentence (of_attribution), it dates the telling, the day the story was filed, and no record of the event
    where the quote gives the event a date of its own (support.py)."""
    if cldr.primary(language) != "en":
        return False
    from .corroboration import dateline_end  # which reads claims, whose checks read this module
    ends = dateline_end(text)
    return ends is not None and end <= ends


def tells_saying(text: str, language: str = "en") -> bool:
    """Whether the English `text` (a claim) tells a saying: a verb of saying is its main verb, what was said
    following it ("Bahlil said on Tuesday that Indonesia is considering a ban"), and none closes it as an
    attribution, the words said before it ("Finance ministers will meet, officials said on Monday.")."""
    if cldr.primary(language) != "en":
        return False
    verbs = list(_VERB.finditer(text))
    return bool(verbs) and not any(_set_off(text, verb.start()) and _CLOSING.match(text, verb.end())
                                   for verb in verbs)
