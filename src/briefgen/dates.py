"""Partial dates with honest precision, and the date phrases of English prose.

A date is only ever as precise as its source: "in 2023" is the year 2023,
never 2023-01-01.
"""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .cldr import lowered, primary

_MONTHS = list(calendar.month_name)[1:]
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True, order=True, slots=True)  # slots: one or two for every dated record
class PartialDate:
    year: int = field(compare=False)
    month: int | None = field(default=None, compare=False)
    day: int | None = field(default=None, compare=False)
    # Ordering and equality use this key rather than the fields: None does not
    # compare with int, and a period must sort before its refinements
    # (2024 < 2024-08 < 2024-08-09).
    _key: tuple[int, int, int] = field(init=False, repr=False)

    def __repr__(self) -> str:
        # As the dataclass writes it, without its guard against recursion: page digests take the repr of
        # every dated record (a third of the time of working out a record's entry, pageinputs.py).
        return f"PartialDate(year={self.year!r}, month={self.month!r}, day={self.day!r})"

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"{self.year:04d} is not a valid date: the year must be 0001 to 9999")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(
                f"{self.year:04d}-{self.month:02d} is not a valid date: "
                "the month must be 01 to 12"
            )
        if self.day is not None:
            if self.month is None:
                raise ValueError("a date with a day must also have a month")
            length = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= length:
                raise ValueError(
                    f"{self.year:04d}-{self.month:02d}-{self.day:02d} is not a valid date: "
                    f"{_MONTHS[self.month - 1]} {self.year} has {length} days"
                )
        object.__setattr__(self, "_key", (self.year, self.month or 0, self.day or 0))

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def _first_day(self) -> tuple[int, int, int]:
        return (self.year, self.month or 1, self.day or 1)

    def _last_day(self) -> tuple[int, int, int]:
        month = self.month or 12
        return (self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def _words(self) -> list[str]:
        words = [str(self.year)]
        if self.month is not None:
            words.insert(0, _MONTH_ABBR[self.month - 1])
        if self.day is not None:
            words.insert(0, str(self.day))
        return words


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: PartialDate
    end: PartialDate  # == start for a single date

    def __repr__(self) -> str:
        return f"DateSpan(start={self.start!r}, end={self.end!r})"  # see PartialDate.__repr__

    def __post_init__(self) -> None:
        # Compare whole periods so "2024-08-09/2024-08" (a day, then later that
        # month) is accepted and only a true reversal is rejected.
        if self.end._last_day() < self.start._first_day():
            raise ValueError(
                f"{self.start.iso()}/{self.end.iso()} ends before it starts; "
                "write the earlier date first"
            )

    def iso(self) -> str:
        if self.start == self.end:
            return self.start.iso()
        return f"{self.start.iso()}/{self.end.iso()}"

    def meets(self, other: "DateSpan") -> bool:
        """Whether the two spans share a day: "December 2026" meets 9 December 2026, "January 2027" does not."""
        return (self.start._first_day() <= other.end._last_day()
                and other.start._first_day() <= self.end._last_day())

    def sort_key(self) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        # Plain ints, so keys compare and serialise anywhere.
        return (self.start._key, self.end._key)

    def display(self) -> str:
        """Human form: "2023", "Dec 2022", "9–10 Aug 2024", "30 Aug – 2 Sep 2024"."""
        first, last = self.start._words(), self.end._words()
        if self.start == self.end:
            return " ".join(first)
        shared: list[str] = []
        if self.start.precision == self.end.precision:
            # Say the common month and year once, at the end.
            while len(first) > 1 and first[-1] == last[-1]:
                shared.insert(0, last.pop())
                first.pop()
        # An unspaced dash joins single words ("9–10", "2022–2023"); a spaced one
        # keeps multi-word sides readable ("30 Aug – 2 Sep").
        dash = "–" if len(first) == len(last) == 1 else " – "
        return " ".join([dash.join([" ".join(first), " ".join(last)]), *shared])

    def datetime_attr(self) -> str:
        return self.start.iso()

    def ends_before(self, other: "DateSpan") -> bool:
        """True only when every day this span may mean precedes every day
        `other` may mean: "2024-07" ends before "2024-08-09", "2024" does not."""
        return self.end._last_day() < other.start._first_day()


_ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_HINT = "write 2024-08-09, 2024-08 or 2024"


@functools.lru_cache(maxsize=4096)  # a brief's records share a few thousand dates; a span is immutable
def parse_iso(text: str) -> DateSpan:
    """Parse "2024", "2024-08", "2024-08-09" or "start/end" of any precisions."""
    parts = text.strip().split("/")
    if len(parts) > 2:
        raise ValueError(f"{text!r} is not an ISO date; {_ISO_HINT}")
    dates = []
    for part in parts:
        match = _ISO_PART.fullmatch(part)
        if not match:
            raise ValueError(f"{part or text!r} is not an ISO date; {_ISO_HINT}")
        year, month, day = (int(g) if g else None for g in match.groups())
        dates.append(PartialDate(year, month, day))
    return DateSpan(dates[0], dates[-1])


def supports(value: DateSpan, found: Iterable[DateSpan]) -> bool:
    """True when a found mention states the value at its precision or finer.

    "In December 2022" supports 2022, but "in 2024" never supports 2024-08-09:
    a value may not be more precise than what the source says.
    """
    return any(
        _truncate(mention.start, value.start.precision) == value.start
        and _truncate(mention.end, value.end.precision) == value.end
        for mention in found
    )


def _truncate(date: PartialDate, precision: str) -> PartialDate | None:
    rank = _PRECISIONS.index(precision)
    if _PRECISIONS.index(date.precision) < rank:
        return None
    return PartialDate(
        date.year,
        date.month if rank >= 1 else None,
        date.day if rank >= 2 else None,
    )


# --- Date phrases in prose ------------------------------------------------

@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets of the phrase in the text
    end: int
    span: DateSpan | None  # None when the phrase needs a reference that was not given


def _group(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _month(name: str | None) -> int | None:
    if not name:
        return None
    name = name.rstrip(".")
    return _ABBREVIATED[name] if name in _ABBREVIATED else _MONTHS.index(name) + 1


def _day(text: str) -> int:
    return int(text.rstrip("stndrdh"))  # "9th" -> 9


def _single(date: PartialDate) -> DateSpan:
    return DateSpan(date, date)


def nearest_year(reference: PartialDate, month: int, day: int | None = None, side: int | None = None,
                 coming: bool = False) -> int:
    """The year of a date written without one ("28 December", "in June"):
    of the years around the publication date `reference`, the one that puts
    it nearest, the earlier where two are as near (news reports what
    happened more than what will), the later where the clause's tense says
    the future (`side` 1: "will meet in August" in a story of February).
    `coming`: a verb of the future tells the date ("will meet in January"
    in a story of February), so its month is not one already gone.
    A reference of a year only gives that year."""
    if reference.month is None:
        return reference.year
    years = [reference.year + shift for shift in (-1, 0, 1)
             if not (coming and (reference.year + shift, month) < (reference.year, reference.month))]
    if day is None:  # in months
        now = reference.year * 12 + reference.month
        return min(years, key=lambda year: (abs(year * 12 + month - now), _tie(year, side)))
    now = datetime.date(reference.year, reference.month, reference.day or 15)

    def distance(year: int) -> int:
        try:
            return abs((datetime.date(year, month, day) - now).days)
        except ValueError:  # 29 February of a year without one
            return 10 ** 6
    return min(years, key=lambda year: (distance(year), _tie(year, side)))


def _tie(year: int, side: int | None) -> int:
    """Which of two years as near comes first: the earlier, or the later where the tense says the future
    (`side` 1). Only a tie: a past verb may name a coming date ("was postponed to June")."""
    return -year if side == 1 else year


def part_of_year(reference: PartialDate | None, number: int, months: int, year: int | None = None,
                 side: int | None = None) -> DateSpan | None:
    """The `number`th part of `months` months of a year ("the second half": 2, 6), as the months it
    spans. Without `year`, that of the parts around the publication date `reference` nearest it, the
    earlier where two are as near, the later where `side` says the future (as nearest_year); with
    neither, None."""
    first, last = months * (number - 1) + 1, months * number
    if year is None:
        if reference is None:
            return None
        if reference.month is None:
            year = reference.year
        else:
            now = reference.year * 12 + reference.month

            def distance(candidate: int) -> int:
                start, end = candidate * 12 + first, candidate * 12 + last
                return max(start - now, now - end, 0)
            year = min((reference.year + shift for shift in (-1, 0, 1)), key=lambda y: (distance(y), _tie(y, side)))
    return DateSpan(PartialDate(year, first), PartialDate(year, last))


def _day_span(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """A day or day range from groups d1 m1 y1 (start) and d2 m2 y2 (end).

    Whichever side omits its month or year borrows it from the other; with no
    year at all the reference's year is used.
    """
    g = m.groupdict()
    start_month = _month(g.get("m1")) or _month(g.get("m2"))
    end_month = _month(g.get("m2")) or start_month
    d1 = _day(g["d1"])
    d2 = _day(g["d2"]) if g.get("d2") else d1
    if g.get("y2") or g.get("y1"):
        end_year = int(g.get("y2") or g["y1"])
    elif reference is not None:
        end_year = nearest_year(reference, end_month, d2, _side(m, reference), _coming(m, reference))
    else:
        return None
    # "30 December – 2 January 2025" can only start in the year before.
    if g.get("y1"):
        start_year = int(g["y1"])
    else:
        start_year = end_year if (start_month, d1) <= (end_month, d2) else end_year - 1
    return DateSpan(PartialDate(start_year, start_month, d1),
                    PartialDate(end_year, end_month, d2))


def _day_pair(m: re.Match, reference: PartialDate | None) -> DateSpan | list[DateSpan] | None:
    """Two days of one month joined by "and": the span of both when they
    follow each other ("3 and 4 April": a two-day meeting), else each day."""
    span = _day_span(m, reference)
    if span is None or span.end.day - span.start.day == 1:
        return span
    return [_single(span.start), _single(span.end)]


def _month_pair(m: re.Match, reference: PartialDate | None) -> list[DateSpan] | None:
    """Two months joined by "and", the year written once ("July and August 2026"): each month of
    the year written, the first of the year before when it comes later in the year ("December
    and January 2026"), as a span of the two reads them."""
    span = _month_span(m, reference)
    return None if span is None else [_single(span.start), _single(span.end)]


def _month_year(m: re.Match, reference: PartialDate | None) -> DateSpan:
    return _single(PartialDate(int(m["year"]), _month(m["month"])))


def _month_span(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """The months from m1 to m2 ("July–September 2026"): a year written on one side only is the other's too,
    save that a span into the next year ("November 2025 to February") crosses it; with no year, the one that
    puts its last month nearest the reference."""
    first, last = _month(m["m1"]), _month(m["m2"])
    crosses = int(last < first)
    if m["y2"]:
        end_year = int(m["y2"])
    elif m["y1"]:
        end_year = int(m["y1"]) + crosses
    elif reference is not None:
        end_year = nearest_year(reference, last, side=_side(m, reference), coming=_coming(m, reference))
    else:
        return None
    start_year = int(m["y1"]) if m["y1"] else end_year - crosses
    return DateSpan(PartialDate(start_year, first), PartialDate(end_year, last))


# "The final quarter", "the latter half": the last of the year's parts (0, as cldrdates.py numbers it).
_ORDINAL_PARTS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "final": 0, "last": 0, "latter": 0}


def _ordinal_part(which: str) -> int:
    """"3", "third", "THİRD": the pattern, matching in any case, also takes a Turkish
    capital İ for "i", which lower() writes with a combining dot no key has."""
    return int(which) if which.isdigit() else _ORDINAL_PARTS[lowered(which)]


def _part_of_year(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """A quarter or a half of a year, as the months it spans: "Q3 2027" is
    July to September 2027, "the first half of 2026" January to June. "The
    second half of this year" is the publication year's, "of last year" the one before."""
    months = 3 if m["q"] or m["quarter"] else 6
    number = _ordinal_part(m["q"] or m["h"] or m["part"] or m["half"]) or 12 // months
    year = int(m["year"]) if m["year"] else _placed_year(m, reference)
    return None if year is None else part_of_year(reference, number, months, year)


def _nearest_part_of_year(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """"In the first quarter", "Q3" without a year: the quarter nearest the
    publication date, the coming one of two as near where its clause speaks of the future (part_of_year);
    none without it."""
    which = m["q"] or m["part"]
    return part_of_year(reference, _ordinal_part(which), 3, side=_side(m, reference))


def _side(m: re.Match, reference: PartialDate | None) -> int | None:
    """1 where the clause of a date written without its year speaks of the future, -1 of the past (relative.tense):
    "will open in the third quarter" in a story of February 2025 is the coming one, not 2024's as near."""
    if reference is None or reference.month is None:
        return None
    from .relative import tense  # relative.py reads this module's dates
    return tense(m.string, m.start(), m.end())


def _coming(m: re.Match, reference: PartialDate | None) -> bool:
    """Whether a verb of the future tells the date written without its year (relative.foretold): "will meet in
    January" in a story of February is next January's, where the nearest is past."""
    if reference is None or reference.month is None:
        return False
    from .relative import foretold  # relative.py reads this module's dates
    return foretold(m.string, m.start(), m.end())


# The holidays of a fixed day that English news dates events by, as month and day.
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
             "christmas day": (12, 25), "boxing day": (12, 26)}


def _holiday(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """"On New Year's Eve", "Christmas Day 2025": that day, of the year written, else of the year nearest the
    publication, as a day written without its year ("28 December")."""
    month, day = _HOLIDAYS[" ".join(m["holiday"].replace("’", "'").lower().split())]
    if m["year"]:
        return _single(PartialDate(int(m["year"]), month, day))
    if reference is None:
        return None
    return _single(PartialDate(nearest_year(reference, month, day, _side(m, reference), _coming(m, reference)),
                               month, day))


def _iso_day(m: re.Match, reference: PartialDate | None) -> DateSpan:
    """"2024-11-05", as press releases and data tables write a day."""
    return _single(PartialDate(int(m["year"]), int(m["month"]), int(m["day"])))


def _month_last_year(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    if reference is None:
        return None
    return _single(PartialDate(reference.year - 1, _month(m["month"])))


def _last_month(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """"Last September": the latest September before the reference's month.

    A reference with only a year gives the previous year's September, since
    nothing says that year's September had already passed.
    """
    if reference is None:
        return None
    month = _month(m["month"])
    passed = reference.month is not None and reference.month > month
    return _single(PartialDate(reference.year if passed else reference.year - 1, month))


def _cued_month(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    if reference is None:
        return None
    month = _month(m["month"])
    return _single(PartialDate(nearest_year(reference, month, side=_side(m, reference), coming=_coming(m, reference)),
                               month))


_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _placed_year(m: re.Match, reference: PartialDate | None) -> int | None:
    """The year group `which` names ("last"), or, without it, "the year": the publication's, as other
    languages read "del año", "des Jahres" (cldrdates._THE_YEAR). None without the publication's."""
    if reference is None:
        return None
    which = m.groupdict().get("which")
    return reference.year + (_YEAR_OFFSETS[lowered(which)] if which else 0)


def _relative_year(m: re.Match, reference: PartialDate | None) -> DateSpan | None:
    """"Last year", "the end of the year", "mid-year": the year, no month, as
    "late this year" is (the year is all they say)."""
    year = _placed_year(m, reference)
    return None if year is None else _single(PartialDate(year))


def _year_range(m: re.Match, reference: PartialDate | None) -> DateSpan:
    return DateSpan(PartialDate(int(m["y1"])), PartialDate(int(m["y2"])))


def _bare_year(m: re.Match, reference: PartialDate | None) -> DateSpan:
    return _single(PartialDate(int(m["year"])))


def _decade(m: re.Match, reference: PartialDate | None) -> DateSpan:
    return decade_span(int(m["decade"]))


def decade_span(first: int) -> DateSpan:
    """The ten years of the decade from year `first`: "the 2020s" are 2020 to 2029."""
    return DateSpan(PartialDate(first), PartialDate(first + 9))


_MONTH = "(?:" + "|".join(_MONTHS) + r")\b"
# Beside a day or a year, a month may be abbreviated as wires write it ("Oct 16, 2025", "16 Sept. 2025",
# "Dec 2022"); alone ("in Jan") it is not read: "Jan" and "Mar" are also words.
_ABBREVIATED = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
                "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_D = "(?:" + "|".join(_MONTHS + sorted(_ABBREVIATED, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"\d{4}\b"
# A bare four-digit number is a year only in this range, so "350 companies"
# or "5000 workers" stay quantities.
_BARE_YEAR = r"(?:19\d\d|20\d\d|2100)"
_YEAR_END = r"(?![\w%])(?![.,/–-]\d)"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+)"
_BETWEEN, _AND = r"\b(?i:between)\s+", r"\s+and\s+"
# Numbers glued to words, decimals, paths or number ranges are not dates:
# "C5", "12.31.2024", "/2023/03/", the "08" of "2024-08-09" (which is read whole), "$ 2024".
_FREE = r"(?<![\w.,/$€¥+])(?<!\d[-–])(?<![$€¥]\s)"
# "planned for April", "scheduled for May", "postponed to June": for a month, that month. "To" only after an
# event's moving, where it names the month it moved to: "from May to June" is a range, "close to June" none.
# The English verbs that move an event to another date (superseded.py reads them before "from" and "to" too).
MOVING_VERBS = ("postponed", "delayed", "deferred", "moved", "rescheduled", "shifted", "pushed back", "put off",
                "brought forward", "advanced")
_MOVED_TO = "|".join(rf"(?<={verb}\s)" for verb in MOVING_VERBS)
_CUE = rf"(?i:in|since|until|till|by|of|during|before|after|from|through|throughout|for|(?:{_MOVED_TO})to)"
_PART = r"(?i:early|late|mid)"
# "This year", "last year", "next year", or "the year" (the publication's), in group `which`. Not "the year
# before" (the year before another), nor "year two" of a programme, nor "the year 2025" (read as 2025).
_PLACED_YEAR = (r"(?i:(?:(?P<which>this|last|next)|the)\s+year)(?![\w-])"
                r"(?!\s*\d|\s+(?i:before|after|earlier|later|prior|previously|ago)\b)")
# Words that make "year-end", "mid-year" a time, not a thing's ("the year-end results"): "at year-end". Not
# "in", which a thing's takes too ("in year-end trading", of the year before a January report).
_AT = r"(?i:at|by|before|after|until|till|around|towards?|near|from|since|through|ahead\s+of|prior\s+to)"

# A decade, written as its first year and the words before it ("les années 2020", "la década de 2020") or the
# marks after it ("the 2020s", "в 2020-х годах", "2020-е годы", "у 2020-ті роки", "2020-talet", "2020'erne",
# "2020-tallet", "2020-luvulla", "2020'li yıllarda", "2020'lerde", "a 2020-as években"): its ten years, not the
# year it writes. Not "в 2020-м году" (in 2020), nor Bulgarian "2020-та година" (the year 2020).
_DECADE_AFTER = {
    "en": r"s(?![\w-])",
    "ru": r"-(?:х|е|ми)(?!\w)|-м\s+годам(?!\w)",
    "uk": r"-(?:х|ті|ми)(?!\w)|-м\s+рокам(?!\w)",
    "bg": r"-те(?!\w)",
    "sv": r"-tal(?:et|en)?(?!\w)",
    "da": r"['’]erne(?!\w)|-årene(?!\w)",
    "nb": r"-tallet(?!\w)|-årene(?!\w)",
    "nn": r"-talet(?!\w)|-åra(?!\w)",
    "fi": r"-lu(?:ku|vu)\w*",
    "tr": r"['’]l[ıiuü]\s+yıl\w*|['’]l[ae]r\w*",
    "hu": r"-[ae]s\s+év\w*",
}
_DECADE_AFTER["no"] = _DECADE_AFTER["nb"]
# English also writes a decade "the 2020's", but a year's possessive so too ("2020's budget"): that one only
# after "the".
_THE_DECADE = r"(?i:the)\s+(?:(?i:early|mid|late)[-\s]+)?"
_DECADE_APOSTROPHE = re.compile(r"['’]s(?![\w-])")
_DECADE_THE = re.compile(rf"(?<![\w-]){_THE_DECADE}$")
# Before a year, those words are also the plural of "year" ("les années 2020 et 2021": two years): not
# before another year.
_DECADE_BEFORE = {
    "fr": r"années",
    "es": r"década\s+de(?:\s+los)?|los\s+años",
    "pt": r"década\s+de|(?:os|nos|dos)\s+anos",
    "it": r"anni",
    "nl": r"jaren",
    "ro": r"anii",
}
# What joins a second year to the first: "années 2020 et 2021", "anos 2020 a 2022", "jaren 2020 tot 2022".
_ANOTHER_YEAR = re.compile(r"\s*(?:[-–—/,&]|(?:et|e|y|i|și|en|tot|a|à|al|ao)\s)\s*\d", re.IGNORECASE)


# The tables of patterns by language below are compiled for a language when it is first read: most processes
# read one or two of their dozens, and a rebuild answers most of its date checks from its caches.
@functools.lru_cache(maxsize=None)
def _decade_marks(code: str) -> re.Pattern | None:
    """The marks after a decade's first year in language `code` (_DECADE_AFTER); None if it has none."""
    marks = _DECADE_AFTER.get(code)
    return None if marks is None else re.compile(marks, re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _decade_words(code: str) -> re.Pattern | None:
    """The words before a decade's first year in language `code` (_DECADE_BEFORE); None if it has none."""
    words = _DECADE_BEFORE.get(code)
    return None if words is None else re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


def decade_end(text: str, start: int, end: int, language: str = "en") -> int | None:
    """Where the decade whose first year is written at text[start:end] ends, past its marks ("2020s", "2020-х";
    "années 2020": the year's end), or None where the number is a year's ("in 2020", "в 2020-м году", "2025-х").
    The one reading of it for the date checks of every language (cldrdates.py) and the overreach check's numbers."""
    if not text.endswith("0", start, end):
        return None
    code = primary(language)
    marks = _decade_marks(code)
    after = marks.match(text, end) if marks is not None else None
    if after:
        return after.end()
    if code == "en" and _DECADE_THE.search(text, max(0, start - 20), start):
        apostrophe = _DECADE_APOSTROPHE.match(text, end)
        return apostrophe.end() if apostrophe else None
    before = _decade_words(code)
    if before and before.search(text, max(0, start - 20), start) and not _ANOTHER_YEAR.match(text, end):
        return end
    return None


_Resolver = Callable[[re.Match, PartialDate | None], DateSpan | list[DateSpan] | None]
# What a rule cannot match without: a spelled-out month, a digit, the word
# "year", a decade's "0s", "between". A text lacking one is not searched with the rules that need it.
_NEEDS_MONTH, _NEEDS_DIGIT, _NEEDS_YEAR, _NEEDS_DECADE, _NEEDS_BETWEEN = "month", "digit", "year", "decade", "between"
_NEEDS_HOLIDAY = "holiday"
_RULE_SOURCES: list[tuple[str, _Resolver, tuple[str, ...]]] = [
    # "between 9 and 12 August 2024", "between August 9 and 12", "between July and September 2026", "between
    # 2024 and 2026": the span from the one to the other, as "from ... to" says it, not its two ends
    (_BETWEEN + _group("d1", _DAY) + rf"(?:\s+{_group('m1', _MONTH_D)})?(?:,?\s+{_group('y1', _YEAR)})?" + _AND
     + _group("d2", _DAY) + rf"\s+{_group('m2', _MONTH_D)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_BETWEEN, _NEEDS_DIGIT, _NEEDS_MONTH)),
    (_BETWEEN + _group("m1", _MONTH_D) + rf"\s+{_group('d1', _DAY)}(?:,?\s+{_group('y1', _YEAR)})?" + _AND
     + rf"(?:{_group('m2', _MONTH_D)}\s+)?{_group('d2', _DAY)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_BETWEEN, _NEEDS_DIGIT, _NEEDS_MONTH)),
    (_BETWEEN + _group("m1", _MONTH_D) + rf"(?:,?\s+{_group('y1', _YEAR)})?" + _AND
     + _group("m2", _MONTH_D) + rf"(?:,?\s+{_group('y2', _YEAR)})?(?!\s*\d)", _month_span,
     (_NEEDS_BETWEEN, _NEEDS_MONTH)),
    (_BETWEEN + _group("y1", _BARE_YEAR) + _AND + _group("y2", _BARE_YEAR) + _YEAR_END, _year_range,
     (_NEEDS_BETWEEN, _NEEDS_DIGIT)),
    # "9-10 August 2024", "30 August – 2 September 2024"
    (_FREE + _group("d1", _DAY) + rf"(?:\s+{_group('m1', _MONTH_D)})?(?:,?\s+{_group('y1', _YEAR)})?"
     + _TO + _group("d2", _DAY) + rf"\s+{_group('m2', _MONTH_D)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "August 9 to 12", "August 30 – September 2, 2024"
    (r"\b" + _group("m1", _MONTH_D) + rf"\s+{_group('d1', _DAY)}(?:,?\s+{_group('y1', _YEAR)})?"
     + _TO + rf"(?:{_group('m2', _MONTH_D)}\s+)?{_group('d2', _DAY)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "3 and 4 April 2025", "April 3 and 4, 2025": one month's two days
    (_FREE + _group("d1", _DAY) + r"\s+and\s+" + _group("d2", _DAY) + rf"\s+(?:of\s+)?{_group('m2', _MONTH_D)}"
     + rf"(?:,?\s+{_group('y2', _YEAR)})?", _day_pair, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    (r"\b" + _group("m2", _MONTH_D) + rf"\s+{_group('d1', _DAY)}\s+and\s+{_group('d2', _DAY)}"
     + rf"(?:,?\s+{_group('y2', _YEAR)})?", _day_pair, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "9 August 2024", "9th of August"
    (_FREE + _group("d1", _DAY) + rf"\s+(?:of\s+)?{_group('m2', _MONTH_D)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "August 9, 2024", "December 19"
    (r"\b" + _group("m2", _MONTH_D) + rf"\s+{_group('d1', _DAY)}(?:,?\s+{_group('y2', _YEAR)})?",
     _day_span, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "July–September 2026", "from December 2025 to March 2026", "in July to September": not "July to September 2"
    (r"\b" + _group("m1", _MONTH_D) + rf"(?:,?\s+{_group('y1', _YEAR)})?" + _TO
     + _group("m2", _MONTH_D) + rf"(?:,?\s+{_group('y2', _YEAR)})?(?!\s*\d)", _month_span, (_NEEDS_MONTH,)),
    # "July and August 2026": each month, of the year written after the second
    (r"\b" + _group("m1", _MONTH_D) + _AND + _group("m2", _MONTH_D) + rf",?\s+{_group('y2', _YEAR)}(?P<y1>)",
     _month_pair, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "December 2022"
    (r"\b" + _group("month", _MONTH_D) + rf"\s+{_group('year', _YEAR)}", _month_year, (_NEEDS_DIGIT, _NEEDS_MONTH)),
    # "Q3 2027", "H1 2026", "the first quarter of 2026", "the second half of 2025"
    (r"\b(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?i:(?P<part>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+"
     r"(?P<quarter>quarter)\s+of|(?P<half>first|second|1st|2nd|final|last|latter)\s+half\s+of))\s+"
     + _group("year", _YEAR), _part_of_year, (_NEEDS_DIGIT,)),
    # "the second half of this year", "the first quarter of the year" (the publication's), "Q4 last year".
    (r"\b(?:(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?:\s+of)?|(?i:(?P<part>first|second|third|fourth|final|last)\s+"
     r"(?P<quarter>quarter)|(?P<half>first|second|final|last|latter)\s+half)\s+of)\s+" + _PLACED_YEAR
     + "(?P<year>)", _part_of_year, (_NEEDS_YEAR,)),
    # "in the first quarter", "Q3" with no year: the one nearest the publication (as "el cuarto trimestre").
    # Not a quarter "of" anything else; nor a half alone ("the first half" of a match, of a speech).
    (r"\b(?:Q(?P<q>[1-4])\b|(?i:(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<quarter>quarter))\b)"
     r"(?!\s+of\b|\s*\d)(?P<half>)",
     _nearest_part_of_year, ()),
    # "on New Year's Eve", "Christmas Day 2025": the holiday's day
    (r"\b" + _group("holiday", r"New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Boxing\s+Day")
     + rf"(?:,?\s+{_group('year', _BARE_YEAR)}{_YEAR_END})?", _holiday, (_NEEDS_HOLIDAY,)),
    # "2024-11-05"
    (_FREE + _group("year", _YEAR[:-2]) + "-" + _group("month", r"0[1-9]|1[0-2]") + "-"
     + _group("day", r"0[1-9]|[12]\d|3[01]") + r"(?!(?!T\d)[\w-]|[.,/]\d)", _iso_day, (_NEEDS_DIGIT,)),
    # "September last year"
    (r"\b" + _group("month", _MONTH) + r"\s+(?:of\s+)?last\s+year\b", _month_last_year, (_NEEDS_MONTH, _NEEDS_YEAR)),
    # "Last September"
    (r"\b[Ll]ast\s+" + _group("month", _MONTH), _last_month, (_NEEDS_MONTH,)),
    # "this year", "last year", "next year": the reference's year, or the one before or after
    (r"\b" + _group("which", "(?i:this|last|next)") + r"\s+year\b", _relative_year, (_NEEDS_YEAR,)),
    # "at the end of the year", "the start of last year", "at end of year"; "by the end of the year" is a bound
    (r"\b(?i:start|beginning|middle|end|close)\s+of\s+(?:" + _PLACED_YEAR + r"|(?i:year)(?![\w-])"
     r"(?!\s*\d|\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b))", _relative_year, (_NEEDS_YEAR,)),
    # "at year-end", "by mid-year", "due to open mid-year.": the year. Not before a year's number ("mid-year
    # 2024": 2024), nor a fiscal year's ("at financial year-end") or a thing's ("a mid-year review").
    (rf"\b{_AT}\s+(?i:mid-?year|year[-\s]?end)(?![\w-])(?!\s*[-–]?\s*\d)"
     r"|\b(?i:mid-?year)(?=\s*(?:[.,;:!?)]|$))", _relative_year, (_NEEDS_YEAR,)),
    # "in June", "in early August", "the first half of August", "mid-July". The
    # lookahead leaves "in June 2025", "in June last year" and "in June to August" to the rules above.
    (rf"\b(?:{_CUE}\s+(?:{_PART}[-\s]+)?|{_PART}[-\s]+)" + _group("month", _MONTH)
     + rf"(?!,?\s+\d|\s+(?:of\s+)?last\s+year|{_TO}{_MONTH_D}|{_AND}{_MONTH_D},?\s+\d)",
     _cued_month, (_NEEDS_MONTH,)),
    # "the 2020s", "the mid-1990s", "the 2020's": the decade's years, not the year 2020
    (_FREE + r"(?:(?i:early|mid|late)[-\s]+)?" + _group("decade", r"(?:19|20)\d0") + _DECADE_AFTER["en"],
     _decade, (_NEEDS_DECADE,)),
    (r"(?<![\w-])" + _THE_DECADE + _group("decade", r"(?:19|20)\d0") + _DECADE_APOSTROPHE.pattern,
     _decade, (_NEEDS_DECADE,)),
    # "2022-2023", "from 2004 to 2024"
    (_FREE + _group("y1", _BARE_YEAR) + _TO + _group("y2", _BARE_YEAR) + _YEAR_END, _year_range, (_NEEDS_DIGIT,)),
    # "in 2023"
    (_FREE + _group("year", _BARE_YEAR) + _YEAR_END, _bare_year, (_NEEDS_DIGIT,)),
]


@functools.lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, _Resolver, frozenset[str]]]:
    """The rules, compiled on first use (9 ms): a rebuild answers most date checks from its caches."""
    return [(re.compile(p), r, frozenset(needs)) for p, r, needs in _RULE_SOURCES]


_ANY_MONTH = re.compile(_MONTH_D)  # case as in the rules: they read only capitalised month names
_ANY_DIGIT = re.compile(r"\d")
_ANY_BETWEEN = re.compile(_BETWEEN)


def _present(text: str) -> frozenset[str]:
    """Which of the rules' needs `text` has."""
    return frozenset(need for need, there in (
        (_NEEDS_MONTH, _ANY_MONTH.search(text) is not None),
        (_NEEDS_DIGIT, _ANY_DIGIT.search(text) is not None),
        (_NEEDS_YEAR, "year" in text),
        (_NEEDS_BETWEEN, _ANY_BETWEEN.search(text) is not None),
        (_NEEDS_HOLIDAY, "Christmas" in text or "New Year" in text or "Boxing" in text),
        # A decade is written "1990s", "2020's" or "2020’s": most texts hold none, and its two rules cost
        # a sixth of the reader's time on those.
        (_NEEDS_DECADE, "0s" in text or "0's" in text or "0’s" in text)) if there)


def find_date_mentions(text: str, reference: PartialDate | None = None) -> list[DateMention]:
    """Every date phrase in order, resolved where possible.

    Phrases that need a year are resolved against `reference` (the source's
    publication date) or left unresolved, never guessed. A month may be
    abbreviated beside a day or a year ("Oct 16", "Dec 2022"), never alone. A year may be relative to
    `reference` ("last year", "the end of the year", "mid-year"). Weekdays ("on Saturday"), days and months
    relative to it ("yesterday", "next month": relative.py), URLs and dotted dates ("12.31.2024") are
    not read as dates, nor is a fiscal year ("fiscal 2025", "FY 2025", "financial year 2025"), which is no
    calendar year, or a part of one ("Q1 FY2025"), nor the end of a reporting period ("in the year to March
    2026"). A decade ("the 2020s", "the 2020's") is its ten years, and a span of months ("July–September
    2026", "between July and September 2026") the months between; two months sharing their year ("July and
    August 2026") are each of that year. A holiday of a fixed day ("on New Year's Eve", "Christmas Day
    2025") is that day.
    """
    mentions: list[DateMention] = []
    # Each rule's next match from `pos`. A rule searches again only once the
    # phrase taken has passed its match, and from there on, so no rule reads
    # any part of the text twice: the scan is linear in the text's length.
    present = _present(text)
    upcoming = [(pattern, pattern.search(text), resolve) for pattern, resolve, needs in _rules() if needs <= present]
    while True:
        candidates = [(match, resolve) for _, match, resolve in upcoming if match is not None]
        if not candidates:
            return mentions
        # Leftmost, then longest: "9-10 August 2024" is one span, not the
        # single date "10 August 2024".
        match, resolve = min(candidates, key=lambda c: (c[0].start(), -c[0].end()))
        try:
            span = resolve(match, reference)
        except ValueError:  # "31 June", or an end before its start
            span = None
        if isinstance(span, DateSpan) and _WEEK_OF.search(text, max(0, match.start() - 20), match.start()):
            span = _week_of(span)  # "in the week of 13 October 2025": that week, or no day of it
        elif _bounded(text, match):
            span = None  # "before 13 May 2026" states no date the event had
        elif fiscal_year(text, match.start(), match.end()):
            span = None  # "fiscal 2025" may run from April 2025 to March 2026: no calendar year
        elif period_end(text, match.start(), match.end()):
            span = None  # "in the year to March 2026": when the year ends, not when what is told happened
        for one in span if isinstance(span, list) else [span]:  # "3 and 5 April": two dates
            mentions.append(DateMention(match.start(), match.end(), one))
        pos = match.end()
        upcoming = [(pattern, pattern.search(text, pos) if m is not None and m.start() < pos else m, resolve)
                    for pattern, m, resolve in upcoming]


# Words that make a date a bound, not the date of what is told: "met before 13 May", "signed by 20 May"; "could
# decide as early as next week" gives the first day it may happen on.
_BOUND = (r"(?:before|after|by|until|till|prior\s+to|ahead\s+of|no\s+later\s+than|not\s+later\s+than|week\s+of"
          r"|as\s+(?:early|soon)\s+as)")
# Between the bound and the date, the part of the period it ends at: "by the end of May", "before early June".
_BOUND_BEFORE = re.compile(rf"(?<![\w-]){_BOUND}\s+(?:the\s+)?(?:(?:end|beginning|start|middle)(?:\s+of)?\s+(?:the\s+)?)?"
                           r"(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)
_BOUND_START = re.compile(rf"{_BOUND}\s", re.IGNORECASE)


def bound_before(text: str, start: int) -> bool:
    """Whether a bound's word stands just before the English date at `start` of `text` ("by Friday", "until
    the end of June"): the date bounds the event, and is none it had; save "until" after an event's moving
    ("postponed until next month"), which names the date it moved to."""
    found = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and not _moved_until(text, found.start())


# A fiscal year's words, before its number or after it: "fiscal 2025", "fiscal year 2025", "FY 2025", "the
# 2025 fiscal year", "the 2025-26 financial year" (as the UK, India and Australia write it). A list of years
# shares the words: "fiscal years 2024 and 2025", "the 2024 and 2025 fiscal years". ("FY2025" is no date
# already: a number glued to a word; fiscal_year_named reads it.)
_ITS_SECOND_YEAR = r"(?:[-–/]\d\d(?:\d\d)?)?"  # "2025-26", "2025/2026": one fiscal year
# The words joining a list of years, in the languages whose fiscal words are read (_FISCAL_WORDS_BEFORE):
# "Geschäftsjahre 2024 und 2025", "2024 و2025".
_LISTED = (r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|und|oder|et|ou|y|o|e|en|of|и|или|ve|veya|i|lub"
           r"|oraz|och|eller|og|dan|atau|và|hoặc|और|या|ja|tai|أو)\s+|\s+و\s*|\s*[-–]\s*)")
# After the year: the fiscal words, or a fiscal year that a part of a year is of ("Q1 FY2025", "the first
# quarter fiscal 2025", "H1 of the financial year 2025"), which is no calendar quarter.
_FISCAL_AFTER = re.compile(
    rf"{_ITS_SECOND_YEAR}(?:{_LISTED}\d{{4}}{_ITS_SECOND_YEAR})*\s+(?:fiscal|financial)\s+years?\b"
    r"|\s+(?:of\s+(?:the\s+)?)?(?:fiscal\s+(?:years?\b|\d)|financial\s+years?\b|FY\s*\d)",
    re.IGNORECASE)
# The window before a year in which its fiscal words and the years listed before it stand.
_FISCAL_REACH = 60


# What makes a year a fiscal one written after it, its "年" perhaps between: Japanese "2025年度", "今年度",
# "2025会計年度" run from April to March; Chinese "2025财年", "2025年财政年度", Korean "2025 회계연도",
# "2025년 회계연도". Chinese and Korean "年度", "년도" alone are the calendar year there. Russian, Ukrainian and
# Turkish write the fiscal words after the year's number ("в 2025 финансовом году", "2025 mali yılında"); the
# Romance languages after the word for this or next year ("este año fiscal", "cette année fiscale"), in the
# singular only where the plural is a noun too ("este año fiscales y jueces": prosecutors).
_FISCAL_AFTER_YEAR = {
    "ja": r"(?:年\s?)?(?:度|会計年度|事業年度)",
    "zh": r"(?:年\s?)?(?:财年|財年|财政年度|財政年度|会计年度|會計年度)",  # and "2025/26财政年度"
    "ko": r"(?:년\s?)?\s?(?:회계\s?연도|회계\s?년도|재정\s?연도|사업\s?연도)",
    "ru": r"\s+(?:финансов|бюджетн)\w*\s+год",
    "uk": r"\s+(?:фінансов|бюджетн)\w*\s+р(?:ік|оку|оці|оком)",
    "tr": r"\s+(?:mali|bütçe)\s+yıl",
    "es": r"\s+(?:fiscal|financiero|presupuestario)(?!\w)",
    "pt": r"\s+(?:fiscal|financeiro|orçamentário|orçamental)(?!\w)",
    "fr": r"\s+(?:fiscale|budgétaire|financière|comptable)(?!\w)",
    "it": r"\s+(?:fiscale|finanziario)(?!\w)",
}


@functools.lru_cache(maxsize=None)
def _fiscal_after_year(language: str) -> re.Pattern | None:
    """What makes a year a fiscal one written after it in `language` (_FISCAL_AFTER_YEAR); None if nothing."""
    mark = _FISCAL_AFTER_YEAR.get(language)
    return None if mark is None else re.compile(_ITS_SECOND_YEAR + mark, re.IGNORECASE)


# Each language's fiscal words before the year: "fiscal 2025", "im Geschäftsjahr 2025", "l'exercice 2024-2025",
# "el año fiscal 2025", "w roku obrotowym 2025", "السنة المالية 2025", "в финансовом 2025 году"; "FY" in any
# language. English "fiscal" is read only in English: in Spanish or Portuguese it is a word of the tax ("la
# reforma fiscal 2025"). The words that also name an exercise or a drill ("exercice", "ejercicio", "esercizio",
# "exercício": "l'exercice militaire 2025", "el ejercicio de 2025") are a fiscal year's only right before the
# year, or with a fiscal adjective ("ejercicio fiscal de 2025"). A tax year is left out: in most of these
# countries it is the calendar year.
_FISCAL_WORDS_BEFORE = {
    "en": r"fiscal(?:\s+years?)?|financial\s+years?",
    "de": r"\w*(?:geschäfts|haushalts|wirtschafts|fiskal|finanz)jahr(?:es|s|e|en)?|(?-i:GJ)",
    "fr": r"(?:exercices?|années?)\s+(?:budgétaires?|fiscal(?:e|es|s)?|financi(?:er|ère)s?|comptables?)(?:\s+de)?"
          r"|exercices?",
    "es": r"(?:años?|ejercicios?)\s+(?:fiscal(?:es)?|financieros?|presupuestarios?)(?:\s+de)?"
          r"|ejercicios?(?:\s+(?:económicos?|contables?|social(?:es)?)(?:\s+de)?)?",
    "pt": r"(?:anos?|exercícios?)\s+(?:fisca(?:l|is)|financeiros?|orçament(?:ário|al|ais)s?)(?:\s+de)?"
          r"|exercícios?(?:\s+(?:econ[óô]micos?|sociais|social|contábe?(?:il|is))(?:\s+de)?)?",
    "it": r"(?:anni|anno|esercizi|esercizio)\s+(?:fiscal[ei]|finanziari[oi]?)(?:\s+del)?"
          r"|esercizi[oi]?(?:\s+(?:contabil[ei]|social[ei]|di\s+bilancio)(?:\s+del)?)?",
    "ca": r"(?:anys?|exercicis?)\s+(?:fiscals?|financers?|pressupostaris?)(?:\s+de)?",
    "ro": r"an(?:ul|ului|ii|ilor)?\s+(?:fiscal|financiar|bugetar)(?:e)?|exerci[țţ]iu(?:l|lui)?\s+(?:financiar|bugetar)",
    "nl": r"\w*(?:boek|begrotings)ja(?:ar|ren)|(?:fiscale?|financi(?:eel|ële))\s+jaar",
    "ru": r"(?:финансов|бюджетн)(?:ый|ого|ом|ому|ым|ые|ых)(?:\s+год(?:а|у|ом|ы|ов)?)?",
    "uk": r"(?:фінансов|бюджетн)(?:ий|ого|ому|им|і|их)(?:\s+р(?:ік|оку|оці|оком))?",
    "tr": r"(?:mali|bütçe)\s+yıl(?:ı|ın|da|ında)?",
    "ar": r"\w*(?:سنة|عام)\s+(?:ال)?مالي(?:ة)?(?:\s+ل(?:عام|سنة))?",
    "pl": r"(?:rok|roku|rokiem|lata|latach)\s+(?:budżetow|obrotow|finansow)(?:y|ego|ym|emu|e|ych)",
    "sv": r"\w*(?:räkenskaps|budget|verksamhets)år(?:et|en)?",
    "da": r"\w*(?:regnskabs|budget|finans)år(?:et)?",
    **dict.fromkeys(("nb", "nn", "no"), r"\w*(?:regnskaps|budsjett)år(?:et)?"),
    "fi": r"tilikau(?:si|den|della|delta|teen|tena)|varainhoitovuo(?:si|den|nna)",
    "id": r"tahun\s+(?:anggaran|fiskal|buku)|(?-i:TA)",
    "ms": r"tahun\s+(?:kewangan|fiskal)",
    "vi": r"năm\s+(?:tài\s+(?:chính|khóa|khoá)|ngân\s+sách)",
    "hi": r"वित्त(?:ीय)?\s+वर्ष",
}


@functools.lru_cache(maxsize=None)
def _fiscal_before(language: str) -> re.Pattern:
    """`language`'s fiscal words before a year (_FISCAL_WORDS_BEFORE), or "FY" alone in a language with none."""
    words = _FISCAL_WORDS_BEFORE.get(language, "(?!)")
    return re.compile(rf"(?<![\w-])(?:{words}|(?-i:FY))\s*(?:\d{{4}}{_ITS_SECOND_YEAR}{_LISTED})*$", re.IGNORECASE)


def fiscal_year(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the year written at text[start:end] (its number, "2025年", or a word such as "今年") is a
    fiscal year's, which names no calendar date: "fiscal 2025", "FY 2025", "the 2025 fiscal year", "financial
    year 2025", one of "fiscal years 2024 and 2025", and in `language` its words before the year ("im
    Geschäftsjahr 2025", "l'exercice 2025") or after it ("2025年度", "2025年财政年度", "в 2025 финансовом
    году"); or a part of a year is a fiscal year's ("Q1 FY2025"). The one reading of it for the date checks
    of every language (cldrdates.py, relative.py) and the overreach check's numbers."""
    before = _fiscal_before(primary(language))
    after = _fiscal_after_year(primary(language))
    return (before.search(text, max(0, start - _FISCAL_REACH), start) is not None
            or _FISCAL_AFTER.match(text, end) is not None
            or (after is not None and after.match(text, end) is not None))


# A year written with the next one's: "2025-26", "2025/26", "2025–2026", how a fiscal year is written.
_SPLIT_YEAR = re.compile(r"(?<![\w./-])(\d{4})[-–/](\d\d(?:\d\d)?)(?![\w./-])")


def split_year(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is one of a split year's two ("2025-26", "2025/26", "2024–2025"),
    which is how a fiscal year is written, not a range of years ("2025-30")."""
    for found in _SPLIT_YEAR.finditer(text, max(0, start - 5), min(len(text), end + 5)):
        first, second = int(found[1]), found[2]
        if found.start() <= start and end <= found.end() and int(second) == (first + 1) % 10 ** len(second):
            return True
    return False


# A fiscal year written as one word: "FY2025", "FY25" (and the first word of "FY2025-26").
_FY_WORD = re.compile(r"FY(\d\d(?:\d\d)?)")


def fiscal_year_named(word: str) -> int | None:
    """The number of the fiscal year a word names ("FY2025", "FY25": 2025), which "fiscal 2025" names too;
    None for any other word. Two digits are of the century strptime's "%y" gives them (69 to 99: the 1900s)."""
    # Asked of every word of every quote and claim (overreach.py): most start otherwise.
    found = _FY_WORD.fullmatch(word) if word.startswith("FY") else None
    if found is None:
        return None
    digits = found[1]
    return int(digits) if len(digits) == 4 else datetime.datetime.strptime(digits, "%y").year


# Words that make a date the end of a reporting period something is placed in, not the date of what is told:
# "in the fiscal year ending March 2026", "for the quarter ended 30 June", "profits for the year to March 2026",
# "during the six months ended 30 September". Only the periods accounts report on (a year, a quarter, a half, a
# count of months), and only after a word placing something in one: "the transition period ended on 31 December
# 2020" and "the year ended on 31 December with a record harvest" tell when a period ended, and "extended by a
# year to March 2026", "extended for six months to March 2026" a deadline ("to" only after "the" or an owner).
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)"
_REPORTING_PERIOD = (rf"(?:(?:fiscal|financial)\s+)?(?:year|quarter|half|half-year|FY)"
                     rf"|{_COUNT}[-\s]+months?(?:\s+period)?")
_WHOSE = r"(?:the|its|their|his|her|our|this|that|[\w.&-]+['’]s)\s+"  # "in Toyota's fiscal year ending March"
_WHICH = r"(?:(?:first|second|third|fourth|final|last|latest|past|previous|prior|same|current|full|most\s+recent)\s+)?"
_PERIOD_END_BEFORE = re.compile(
    r"(?<![\w-])(?:in|for|during|over|throughout|across|within)\s+"
    rf"(?:(?:{_WHOSE})?{_WHICH}(?:{_REPORTING_PERIOD})\s+(?:ending|ended)(?:\s+(?:on|in))?"
    rf"|{_WHOSE}{_WHICH}(?:{_REPORTING_PERIOD})\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE)
# The window before a date in which those words stand: "during Toyota Motor's most recent fiscal year ending on ".
_PERIOD_END_REACH = 70
# The mark after a month that makes it a fiscal year's end: Japanese "2025年3月期" (the fiscal year ending
# March 2025), not "期間" (a period), "期限" (a deadline), "期日" (a due date), "期待" (hope).
# German writes the period after the date that ends it: "des am 31. März 2026 endenden Geschäftsjahres".
_PERIOD_END_AFTER = {
    "ja": r"\s?期(?![間间限日待])",
    "de": r"\s+(?:endend|abgelaufen|abgeschlossen|beendet)e[nrs]?\s+\w*(?:jahr|quartal|zeitraum)(?:e?s)?(?!\w)",
}
# The Romance languages and Dutch write it before, as English does: "l'exercice clos le 31 décembre 2025",
# "el ejercicio cerrado el 31 de marzo de 2026", "o exercício findo em 31 de dezembro de 2025", "l'esercizio
# chiuso al 31 dicembre 2025", "het boekjaar eindigend op 31 maart 2026". The period is named, so "le contrat
# clos le 31 mars" stays the contract's date.
_PERIOD_END_BEFORE_IN = {
    "fr": (r"exercice|année\s+(?:fiscale|budgétaire)|trimestre|semestre|période",
           r"(?:clos|clôturé|terminé|achevé|arrêté)e?|se\s+terminant|qui\s+(?:se\s+termine|s['’]achève|prend\s+fin)",
           r"le|au|à\s+fin|fin"),
    "es": (r"ejercicio|año\s+fiscal|trimestre|semestre|per[ií]odo",
           r"(?:cerrado|terminado|finalizado|concluido)"
           r"|que\s+(?:termina|terminó|finaliza|finalizó|cierra|cerró|concluye)",
           r"el|a|al"),
    "pt": (r"exerc[ií]cio|ano\s+fiscal|trimestre|semestre|per[ií]odo",
           r"(?:encerrado|findo|terminado)|que\s+(?:termina|terminou|encerra|encerrou)", r"em|a"),
    "it": (r"esercizio|anno\s+fiscale|trimestre|semestre|periodo",
           r"(?:chiuso|terminato|concluso)|che\s+si\s+(?:chiude|conclude)", r"il|al"),
    "nl": (r"boekjaar|kwartaal|halfjaar|periode", r"eindigend|geëindigd|afgesloten|dat\s+eindigt", r"op|per"),
}


@functools.lru_cache(maxsize=None)
def _period_end_before_in(language: str) -> re.Pattern | None:
    """`language`'s words before the date that ends a reporting period (_PERIOD_END_BEFORE_IN); None if none."""
    if language not in _PERIOD_END_BEFORE_IN:
        return None
    period, ended, at = _PERIOD_END_BEFORE_IN[language]
    return re.compile(rf"(?<![\w-])(?:{period})\s+(?:{ended})\s+(?:{at})\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _period_end_after(language: str) -> re.Pattern | None:
    """`language`'s mark after the date that ends a reporting period (_PERIOD_END_AFTER); None if none."""
    mark = _PERIOD_END_AFTER.get(language)
    return None if mark is None else re.compile(mark, re.IGNORECASE)


def period_end(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the date at text[start:end] is the end of a reporting period, which dates no event in it:
    English words before it ("in the fiscal year ending March 2026"), or `language`'s before it ("l'exercice
    clos le 31 décembre 2025") or after it ("2025年3月期", "des am 31. März 2026 endenden Geschäftsjahres");
    not the end of a period told ("the consultation period ended on 3 March 2026")."""
    before = _period_end_before_in(primary(language))
    after = _period_end_after(primary(language))
    return (_PERIOD_END_BEFORE.search(text, max(0, start - _PERIOD_END_REACH), start) is not None
            or (before is not None and before.search(text, max(0, start - 40), start) is not None)
            or (after is not None and after.match(text, end) is not None))


# A date that qualifies the noun after it names the period a figure is reported for ("Acme's third-quarter
# revenue rose 8%", "2025 sales"), not when anything told happened: no word placing it in time stands before it,
# and the word after it is no function word ("next month in Lima", "in January, officials") nor a part of the
# day ("met Tuesday night"). Not a possessive, which is the event's own as often ("next month's summit").
_PLACED_BY = re.compile(r"(?<![\w-])(?:in|on|at|by|for|from|to|since|during|until|till|through|over|within|of"
                        r"|before|after|between|around)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)
_QUALIFIED_NOUN = re.compile(r"\s+(?!(?:in|on|at|by|for|from|to|with|and|or|but|nor|after|before|when|while|as|of"
                             r"|than|that|which|who|the|a|an|this|next|last|is|are|was|were|will|would|has|have|had"
                             r"|morning|afternoon|evening|night|overnight)\b)[a-z][\w-]*")


def period_reported(text: str, start: int, end: int) -> bool:
    """Whether the English date at text[start:end] qualifies the noun after it, the period a figure is reported
    for ("third-quarter revenue", "2025 sales"), which dates no event."""
    return (_PLACED_BY.search(text, max(0, start - 30), start) is None
            and _QUALIFIED_NOUN.match(text, end) is not None)


_WEEK_OF = re.compile(r"(?<![\w-])week\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _week_of(span: DateSpan) -> DateSpan | None:
    """The Monday-to-Sunday week of a day ("the week of 13 October 2025" is
    13–19 October); what is not one day names no week."""
    if span.start != span.end or span.start.day is None:
        return None
    day = datetime.date(span.start.year, span.start.month, span.start.day)
    monday = day - datetime.timedelta(days=day.weekday())
    sunday = monday + datetime.timedelta(days=6)
    return DateSpan(PartialDate(monday.year, monday.month, monday.day),
                    PartialDate(sunday.year, sunday.month, sunday.day))


# An event moved until a date is set for it: "postponed until 22 April" (not "extended until": a deadline's).
_MOVED_UNTIL = re.compile(r"(?<![\w-])(?:postponed|delayed|deferred|pushed\s+back|put\s+off|adjourned|rescheduled"
                          r"|moved)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"(?:until|till)\s", re.IGNORECASE)


def _bounded(text: str, match: re.Match) -> bool:
    """Whether a bound's word stands just before the date, or begins it ("before June"), save
    "until" after an event's moving ("postponed until 22 April")."""
    if _BOUND_START.match(match.group()) is not None:
        start = match.start()
    else:
        found = _BOUND_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if found is None:
            return False
        start = found.start()
    return not _moved_until(text, start)


def _moved_until(text: str, start: int) -> bool:
    """Whether the bound's word at `start` is the "until" of an event's moving ("postponed until")."""
    return _UNTIL.match(text, start) is not None and _MOVED_UNTIL.search(text, max(0, start - 30), start) is not None


def find_dates(text: str, reference: PartialDate | None = None) -> list[DateSpan]:
    """The dates stated in `text`, in order of appearance (repeats kept)."""
    return [m.span for m in find_date_mentions(text, reference) if m.span is not None]
