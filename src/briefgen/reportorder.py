"""The statuses sources give an event, in the order the news reported them.

A summit planned (a source of 10 January), then postponed (20 February),
then held (3 March) is a disagreement only in the sense that each source
tells what it knew on its day. Written in the fact file's order ("planned
or held or postponed") the reader cannot tell which report is the newest.
Each status is therefore placed by the newest `published` date of the
sources that state it, the fact file's order kept among equals, and the
newest report is named when one is plainly the latest. This orders what
the sources said; it never says which of them is right (DESIGN: disputes).

Where a status rests only on sources with no `published` date, its place
in time is unknown: the statuses then keep the fact file's order, and no
report is named as the newest."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from .dates import DateSpan
from .model import Cite

T = TypeVar("T")


def reported(cites: Iterable[Cite], source_meta: Mapping[str, Mapping]) -> DateSpan | None:
    """The newest `published` date of the sources of `cites`; None when none of them has one."""
    days = [meta["published"] for meta in (source_meta.get(c.source, {}) for c in cites) if meta.get("published")]
    return max(days, key=lambda day: day.sort_key()[::-1]) if days else None


def by_report(items: Sequence[T], cites_of: Callable[[T], Iterable[Cite]],
              source_meta: Mapping[str, Mapping]) -> list[T]:
    """`items` (a status each, its citations `cites_of(item)`) oldest report first; as given
    when any of them has no dated source (see above)."""
    days = [reported(cites_of(item), source_meta) for item in items]
    if len(items) < 2 or None in days:
        return list(items)
    order = sorted(range(len(items)), key=lambda i: days[i].sort_key()[::-1])  # by its end first: the newest day
    return [items[i] for i in order]


def newest(items: Sequence[T], cites_of: Callable[[T], Iterable[Cite]],
           source_meta: Mapping[str, Mapping]) -> tuple[T, DateSpan] | None:
    """The last of `items` in report order and its date, when that date plainly follows every
    other item's newest: "2026-03" does not follow "2026-03-03"."""
    ordered = by_report(items, cites_of, source_meta)
    days = [reported(cites_of(item), source_meta) for item in ordered]
    if len(ordered) < 2 or None in days or not all(day.ends_before(days[-1]) for day in days[:-1]):
        return None
    return ordered[-1], days[-1]
