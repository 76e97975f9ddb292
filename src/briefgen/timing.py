"""Whether a source was published before the event it reports: such a source
can tell of a plan, never of what happened."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Mapping

from .dates import DateSpan
from .model import Cite, Record
from .schema import EVENT_KINDS

BEFORE_EVENT = "reported before the event"


def published_before(record: Record, source_meta: Mapping) -> bool:
    """True when the source's `published` date certainly precedes every date
    the record is given; unknown or too coarse a date is never "before"."""
    published = source_meta.get("published")
    dated = record.alternatives("date")
    if record.kind not in EVENT_KINDS or published is None or not dated:
        return False
    return all(published.ends_before(alt.value) for alt in dated)


# Statuses of what is still to come: once the brief stands past its date, no source may have said what became of it.
TO_COME = frozenset({"planned", "postponed"})


def overtaken(record: Record, support: Mapping[tuple[str, str, int], Iterable[Cite]],
              source_meta: Mapping[str, Mapping], now: DateSpan | None) -> bool:
    """Whether an event still planned (or put off to a new date), told so
    only by sources published before it (the citations `support` gives for
    its status), has every date passed by `now`, the date the brief stands at
    (references.standing_at): the news has moved past what its status says.
    A source published since that still calls it planned speaks for the plan."""
    statuses = {alt.value for alt in record.alternatives("status")}
    dated = record.alternatives("date")
    if now is None or record.kind not in EVENT_KINDS or not statuses or not statuses <= TO_COME or not dated:
        return False
    stating = status_citations(record, support)
    return bool(stating) and all(published_before(record, source_meta.get(c.source, {})) for c in stating) \
        and all(alt.value.ends_before(now) for alt in dated)


def still_to_come(record: Record, now: DateSpan | None) -> bool:
    """Whether an event is still to come on `now`, the day the brief stands at: every date it is given
    lies after that day, or its sources give it only as a plan (planned, or put off to a new date) for
    dates none of which has wholly passed ("planned for 2026" on 3 March 2026). A date that takes in
    `now` without a plan ("held in 2026") is not to come: it may have passed."""
    dated = record.alternatives("date")
    if now is None or not dated:
        return False
    if all(now.ends_before(alt.value) for alt in dated):
        return True
    statuses = {alt.value for alt in record.alternatives("status")}
    return bool(statuses) and statuses <= TO_COME and not any(alt.value.ends_before(now) for alt in dated)


def status_citations(record: Record, support: Mapping[tuple[str, str, int], Iterable[Cite]]) -> list[Cite]:
    """The citations that state any of the record's statuses (support.check_fields)."""
    return [c for index in range(len(record.alternatives("status")))
            for c in support.get((record.id, "status", index), ())]


def planned_since(record: Record, support: Mapping[tuple[str, str, int], Iterable[Cite]],
                  source_meta: Mapping[str, Mapping]) -> list[Cite]:
    """The citations stating the record `planned` from sources published after every date it is given: a
    source of 10 March cannot tell of a plan for 2 March as still to come. Either the event moved and its
    date is the one it left, or the quote retells the plan after the fact ("the summit, scheduled for 2
    March, ..."), which says nothing of whether it took place."""
    dated = record.alternatives("date")
    if record.kind not in EVENT_KINDS or not dated:
        return []
    late = []
    for index, alt in enumerate(record.alternatives("status")):
        if alt.value != "planned":
            continue
        for cite in support.get((record.id, "status", index), ()):
            published = source_meta.get(cite.source, {}).get("published")
            if published is not None and all(day.value.ends_before(published) for day in dated):
                late.append(cite)
    return late
