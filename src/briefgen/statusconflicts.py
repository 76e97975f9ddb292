"""An event's status that another of its own quotes contradicts.

A record gives one status ("held") and a quote that states it; another quote
the record cites (for a claim) may say the event was postponed or called off.
That is two sources disagreeing on the status: a dispute, found like one
between two given values, so the page shows both instead of silently
picking the record's (DESIGN: disputes).

A plan contradicts nothing (it is what came before); held, postponed and
cancelled contradict one another, but for a postponement told by a source
published before the held event's date: that too is what came before (the
summit postponed in October and held in February), not a disagreement,
unless it gives the held event's date as the one the event moved from
("originally scheduled for 14 October", held on 14 October). A quote states
what its sentence does: "[the summit had been cancelled]" cut from "He
denied reports that the summit had been cancelled" contradicts nothing.
eventstatus.py says which statuses a quote states, never whose: a quote that
also speaks of another event is better cut to the passage about this one.
"""
from __future__ import annotations

from collections.abc import Mapping

from . import eventstatus, quotecontext
from .support import former_marker
from .datecheck import Conflict
from .model import Anchor, Cite, Position, Record, Source
from .timing import published_before

_HAPPENINGS = frozenset({"held", "postponed", "cancelled"})


def find(records: Mapping[str, Record], languages: Mapping[str, str],
         support: Mapping[tuple[str, str, int], tuple[Cite, ...]],
         source_meta: Mapping[str, Mapping], anchors: Mapping[str, Anchor],
         sources: Mapping[str, Source]) -> dict[str, list[Conflict]]:
    """Per record id, the quotes that state a status contradicting its one status, as their sentences do
    (quotecontext.py warns of a quote cut from a sentence that denies it)."""
    found: dict[str, list[Conflict]] = {}
    for record in records.values():
        alternatives = record.alternatives("status")
        if len(alternatives) != 1 or alternatives[0].value not in _HAPPENINGS:
            continue
        given = alternatives[0].value
        stating = {c.key for c in support.get((record.id, "status", 0), ())}
        by_status: dict[str, list[Cite]] = {}
        for claim in record.claims:
            for cite in claim.cites:
                if cite.key in stating or cite.key not in anchors:
                    continue  # a quote not found says nothing of its source: its own error is the message
                language = languages.get(cite.source, "en")
                said = eventstatus.stated(cite.quote, language) & _HAPPENINGS
                if said:
                    said &= quotecontext.statuses_in_sentence(anchors[cite.key], sources, language)
                if given == "held" and _postponed_before(record, cite, source_meta):
                    said -= {"postponed"}
                for status in sorted(said - {given}):
                    if cite not in by_status.setdefault(status, []):
                        by_status[status].append(cite)
        if by_status:
            found[record.id] = [
                Conflict(Position(record.id, eventstatus.LABELS[status], tuple(cites), cites[0].location),
                         f"a quote says it was {status}, but the status is '{given}' (at {cites[0].location})")
                for status, cites in by_status.items()]
    return found


def _postponed_before(record: Record, cite: Cite, source_meta: Mapping[str, Mapping]) -> bool:
    """Whether `cite` tells a postponement that came before the held `record`: its
    source was published before the event, and it moved the event from no date
    the record gives."""
    return (published_before(record, source_meta.get(cite.source, {}))
            and not any(former_marker(alt.value, cite, source_meta) for alt in record.alternatives("date")))
