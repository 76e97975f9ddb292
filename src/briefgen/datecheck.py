"""Weekdays and relative dates in cited quotes must agree with the record's date.

A quote of a record, or of a record that belongs to it (`part_of`, or an
agreement or figure whose `event` it is), may say "on Saturday" or "last
month". Resolved against the source's publication date where that is precise
enough, the phrase names days; when none of them falls within any value of
the record's date, the quote contradicts the date. If another citation states
the date, the two sources disagree: a dispute on the record's date, found
like any other. If the same citation both states the date and contradicts
it, the quote disagrees with itself: a warning at the quote, save where,
in English, the phrase is of a clause with a verb of its own, not the
stated date's ("Shares, which fell 5% on Monday, rebounded on Tuesday.",
"met on Tuesday and will meet again next week"): it dates another deed.

A date right after a verb of saying ("officials said on Wednesday") is when
the words were said, not when the event was (saying.py): it contradicts
no record's date.

A quote that tells of the event moving gives two dates, neither of which
contradicts the record: the one it moved from, marked so ("原定于去年12月",
"originally set for last month", superseded.py), and, for a record
postponed (whose date is the one it moved from), the one it moved to: any
date of a quote that says it was postponed ("postponed to January next
year", "来年1月に延期"), and a date after the record's in any quote ("the
two sides will meet next month").
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

from . import cldrdates, eventstatus, keptobjects, relative, saying, superseded
from .dates import DateSpan, PartialDate, supports
from .diagnostics import Diagnostics
from .model import Cite, Position, Record
from .support import source_readings

# Fields naming the event a record belongs to: it happened within that event's dates.
BELONGS_TO = ("part_of", "event")


@dataclass(frozen=True)
class Conflict:
    """A quote whose weekday or relative date no value of the date allows."""
    position: Position  # what the quote says, with its citation
    detail: str  # "a quote says 'on Saturday', but 2025-12-19 is a Friday"


def check_dates(records: Mapping[str, Record], meta: Mapping[str, Mapping], languages: Mapping[str, str],
                support: Mapping[tuple[str, str, int], tuple[Cite, ...]],
                diagnostics: Diagnostics) -> dict[str, list[Conflict]]:
    """Conflicts per record id that each have their own citation; quotes
    that contradict themselves are reported here as warnings."""
    global _CHECKED, _READINGS
    members: dict[str, list[Record]] = defaultdict(list)
    for record in records.values():
        for name in BELONGS_TO:
            for parent in record.refs(name):
                if parent in records and parent != record.id:
                    members[parent].append(record)
    keeping = keptobjects.keeping()
    readings = source_readings(meta, languages)
    reread = keptobjects.changed(_READINGS, readings)
    checked: dict[str, tuple] = {}
    conflicts: dict[str, list[Conflict]] = {}
    for record in records.values():
        keptobjects.go_on()
        alternatives = record.alternatives("date")
        if not alternatives:
            continue
        stating = {c.key for i in range(len(alternatives)) for c in support.get((record.id, "date", i), ())}
        belonging = tuple(members.get(record.id, ()))
        kept = _CHECKED.get(record.id) if keeping else None
        if kept is not None and kept[0] is record and kept[1] == belonging and kept[2] == stating and (
                not reread or reread.isdisjoint(c.source for r in (record, *belonging) for c in r.cites)):
            if kept[3]:
                conflicts[record.id] = kept[3]
            checked[record.id] = kept
            continue
        said = len(diagnostics)
        # A date no quote states is an error of the support check already, the quote's reading in its hint.
        found = _conflicts(record, alternatives, belonging, stating, meta, languages, diagnostics) if stating else []
        if found:
            conflicts[record.id] = found
        if keeping and len(diagnostics) == said:  # a record whose check says something is checked again
            checked[record.id] = (record, belonging, stating, found)
    _CHECKED, _READINGS = (checked, readings) if keeping else ({}, {})
    return conflicts


# In a process that builds again, each dated record's conflicts as its last
# check found them, with what that check read: the record, the records that
# belong to it, which of their citations state its date, and how each
# source was read (its language and date of publication). Taken again while
# the records are the very objects, the rest is equal and no source they
# cite is read otherwise. Only a record whose check reported nothing is kept.
_CHECKED: dict[str, tuple] = {}
_READINGS: dict[str, tuple] = {}


def _conflicts(record: Record, alternatives, belonging: tuple[Record, ...], stating: set[str],
               meta: Mapping[str, Mapping], languages: Mapping[str, str], diagnostics: Diagnostics) -> list[Conflict]:
    """The conflicts of one dated record's quotes, and theirs that belong to it, with its date."""
    cites = {c.key: c for r in (record, *belonging) for c in r.cites}
    postponed = any(alt.value == "postponed" for alt in record.alternatives("status"))
    grouped: dict[tuple, list] = {}
    for cite in cites.values():
        source = meta.get(cite.source, {})
        published = source.get("published")
        reference = published.start if published else None
        language = languages.get(cite.source, "en")
        mentions = relative.find_relative(cite.quote, reference, language)
        for mention in mentions:
            if saying.of_saying(cite.quote, mention.start, language) \
                    or any(_allows(mention, alt.value) for alt in alternatives) \
                    or _moved(cite.quote, mention, reference, language, alternatives if postponed else ()):
                continue
            detail = _detail(mention, alternatives[0].value if len(alternatives) == 1 else None)
            if cite.key in stating:
                if _of_another_deed(cite.quote, mention, mentions, reference, language, alternatives):
                    continue
                diagnostics.warning(cite.location,
                                    f"the quote contradicts itself about the date of {record.kind} "
                                    f"'{record.id}': {detail}",
                                    "cite the source as it is, and give the date the source means "
                                    "with a note in the claim, or cite a passage that is not self-contradictory")
                continue
            grouped.setdefault((mention.weekday, mention.window), []).append((cite, mention, detail))
    found = []
    for items in grouped.values():
        cite, mention, detail = items[0]
        text = _position_text(mention)
        found.append(Conflict(Position(record.id, text, tuple(c for c, _, _ in items), cite.location),
                              f"{detail} (at {cite.location})"))
    return found


def _of_another_deed(quote: str, mention: relative.RelativeMention, mentions, reference: PartialDate | None,
                     language: str, alternatives) -> bool:
    """Whether the phrase dates another deed than the date the quote states: every date of the quote that
    states the record's is told by a clause of another verb ("Shares, which fell 5% on Monday, rebounded on
    Tuesday."; "met on Tuesday and will meet again next week"), so the quote does not contradict itself."""
    places = [m.start for m in cldrdates.mentions_in(quote, reference, language)
              if m.span is not None and any(supports(alt.value, [m.span]) for alt in alternatives)]
    places += [m.start for m in mentions
               if m.window is not None and any(supports(alt.value, [relative.span_of(m)]) for alt in alternatives)]
    return bool(places) and all(relative.of_other_clauses(quote, place, mention.start, language) for place in places)


def _moved(quote: str, mention: relative.RelativeMention, reference: PartialDate | None, language: str,
           postponed: tuple) -> bool:
    """Whether the quote gives the phrase as a date the event moved from ("原定于去年12月"), or, for a
    record postponed (`postponed`: its dates, else none), as the date it moved to: the quote says it was
    postponed, or the phrase's days all follow the record's date."""
    if postponed and (mention.window is not None and all(mention.window[0] > _days(alt.value)[1] for alt in postponed)
                      or "postponed" in eventstatus.stated(quote, language)):
        return True
    if not superseded.may_mark(quote, language):
        return False
    # The former date's marker is read back to the written date before the phrase, as superseded.read does.
    before = [m.end for m in cldrdates.mentions_in(quote, reference, language) if m.end <= mention.start]
    return superseded.superseded(quote, mention.start, language, before[-1] if before else 0) is not None


def _days(value: DateSpan) -> tuple[date, date]:
    return _first(value.start), _last(value.end)


def _first(d: PartialDate) -> date:
    return date(d.year, d.month or 1, d.day or 1)


def _last(d: PartialDate) -> date:
    month = d.month or 12
    return date(d.year, month, d.day or calendar.monthrange(d.year, month)[1])


def _allows(mention: relative.RelativeMention, value: DateSpan) -> bool:
    """Whether some day of `value` is a day the phrase can mean."""
    if mention.window is None and mention.weekday is None:
        return True  # nothing to compare with
    first, last = _days(value)
    if mention.window is not None:
        first, last = max(first, mention.window[0]), min(last, mention.window[1])
        if first > last:
            return False
    if mention.weekday is None or (last - first).days >= 6:
        return True
    return any((first + timedelta(n)).weekday() == mention.weekday for n in range((last - first).days + 1))


def _weekday(number: int) -> str:
    return calendar.day_name[number]


def _detail(mention: relative.RelativeMention, value: DateSpan | None) -> str:
    said = f"a quote says '{mention.text}'"
    if mention.window is not None:
        said += f" ({relative.span_of(mention).display()} from the source's publication date)"
    if value is None:
        return said + ", which fits none of the dates given"
    if value.start == value.end and value.start.day is not None and mention.weekday is not None:
        day = _first(value.start)
        return f"{said}, but {value.iso()} is a {_weekday(day.weekday())}"
    return f"{said}, but the date is {value.iso()}"


def _position_text(mention: relative.RelativeMention) -> str:
    if mention.weekday is not None and mention.window is None:
        said = f"a {_weekday(mention.weekday)}"
        return said if mention.text.casefold() == _weekday(mention.weekday).casefold() else f"{said} (“{mention.text}”)"
    return f"{relative.span_of(mention).display()} (“{mention.text}”)"
