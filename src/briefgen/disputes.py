"""Disagreements between sources: found in fields with several values, or
declared by editors in disputes.yaml. Never settled silently."""
from __future__ import annotations

from typing import Container, Iterable, Mapping

from . import labels, quantities
from .datecheck import Conflict
from .diagnostics import Diagnostics
from .eventstatus import LABELS
from .model import Alternative, Cite, Dispute, Position, Record
from .suggest import did_you_mean
from .textmatch import normalise

DISPUTABLE = ("date", "amount", "status")


def question_of(field: str, name: str, words: Mapping | None = None) -> str:
    """The neutral question of a field's dispute no editor has worded, in
    `words` (a label table; English when not given)."""
    return labels.fill((words or labels.english())[f"disagree_on_{field}"], {"name": name})


def field_dispute_id(record: Record, field: str) -> str:
    return f"{record.id}-{field}"


def collect(records: Mapping[str, Record], declared: list[Dispute], diagnostics: Diagnostics,
            support: Mapping[tuple[str, str, int], tuple] | None = None,
            conflicts: Mapping[str, list[Conflict]] | None = None, unjudged: Container[str] = (),
            status_conflicts: Mapping[str, list[Conflict]] | None = None,
            failed: Iterable[str] | None = ()) -> list[Dispute]:
    """Disputes found in fields and declared by editors. `conflicts` are
    quotes that contradict a record's date (datecheck), `status_conflicts`
    its status (statusconflicts): each is one more position on that field,
    beside the citations that state its value. `unjudged`:
    records whose quotes were not checked (a cited source's metadata is
    wrong), so a dispute declared on one of their fields is not judged either;
    nor one on a field of a record in `failed`, the ids of the records that
    failed their own checks, reported (None: any id may be one, a fact file
    could not be read)."""
    marked = {d.id: d for d in declared}
    unsure = {field_dispute_id(records[rid], field) for rid in unjudged if rid in records for field in DISPUTABLE}
    unsure |= {f"{rid}-{field}" for rid in failed or () for field in DISPUTABLE}
    found: list[Dispute] = []
    unacknowledged: list[str] = []  # the ids of field disputes no editor's dispute names
    field_conflicts = {"date": conflicts or {}, "status": status_conflicts or {}}
    for record in records.values():
        for field in DISPUTABLE:
            alternatives = record.alternatives(field)
            extra = field_conflicts.get(field, {}).get(record.id, [])
            if len(alternatives) < 2 and not extra:
                continue  # most fields of most records: no value is repeated, and none disagrees
            _report_repeated_values(record, field, alternatives, diagnostics)
            if len({_answer(record, alt) for alt in alternatives}) < 2 and not extra:
                continue
            _report_shared_passages([(f"{field} {position_text(record, alt)}", alt.cites) for alt in alternatives],
                                    f"{record.kind} '{record.id}'", diagnostics)
            dispute_id = field_dispute_id(record, field)
            editor = marked.pop(dispute_id, None)
            positions = tuple(
                Position(record.id, position_text(record, alt), alt.cites or (support or {}).get((record.id, field, i), ()),
                         alt.location)
                for i, alt in enumerate(alternatives)) + tuple(c.position for c in extra)
            if editor is None:
                said = "".join(f"{c.detail}; " for c in extra)
                diagnostics.warning(record.field_locations[field],
                                    f"sources disagree on the {field} of {record.kind} '{record.id}'",
                                    f"{said}acknowledge it in content/disputes.yaml with id '{dispute_id}' "
                                    "and a neutral question, or add a resolution")
                unacknowledged.append(dispute_id)
                question = question_of(field, record.name)
                found.append(Dispute(dispute_id, question, positions, record.location, None, field))
            else:
                if editor.positions:
                    diagnostics.warning(editor.positions[0].location,
                                        f"the positions of dispute '{dispute_id}' are not shown: the page shows "
                                        f"the {field} values of {record.kind} '{record.id}', each with its citations",
                                        "remove 'positions:' and give each source's value under the record's "
                                        f"'{field}:', or give the dispute an id of its own to show these positions")
                found.append(Dispute(dispute_id, editor.question, positions, editor.location, editor.resolution, field))
    for dispute in marked.values():
        if len(dispute.positions) < 2 and (dispute.id in unsure or failed is None):
            continue
        if len(dispute.positions) < 2:
            # A record renamed leaves its acknowledged dispute under the old id, beside the new one's warning.
            diagnostics.error(dispute.location, f"dispute '{dispute.id}' needs at least two positions",
                              did_you_mean(dispute.id, unacknowledged,
                                           "list each source's answer under 'positions:', or use the id of a "
                                           "record field whose values disagree (<record-id>-date)"))
            continue
        _report_shared_passages([(f"the position '{p.text}'", p.cites) for p in dispute.positions],
                                f"dispute '{dispute.id}'", diagnostics)
        found.append(dispute)
    return sorted(found, key=lambda d: d.id)


def _report_shared_passages(sides: list[tuple[str, tuple[Cite, ...]]], of: str, diagnostics: Diagnostics) -> None:
    """One passage cited for two sides of a disagreement (`sides`: each side in words, with its citations)
    lends each the same words, and a reader finds one source on both sides: warned of at its second citation.
    The same passage is the same citation key, or a quote of the same source within the other."""
    seen: list[tuple[Cite, int, str]] = []
    for index, (said, cites) in enumerate(sides):
        for cite in cites:
            first = next((s for s in seen if s[1] != index and _same_passage(s[0], cite)), None)
            if first is not None:
                diagnostics.warning(cite.location, f"the passage \"{cite.quote}\" of source '{cite.source}' is cited "
                                                   f"for {first[2]} and for {said} of {of}",
                                    "a passage supports the answer it gives: cite it only there, or cite from it "
                                    "the words that give each answer")
                break
        seen += [(cite, index, said) for cite in cites]


def _same_passage(one: Cite, other: Cite) -> bool:
    if one.key == other.key:
        return True
    if one.source != other.source:
        return False
    first, second = normalise(one.quote), normalise(other.quote)
    return first in second or second in first


def _report_repeated_values(record: Record, field: str, alternatives, diagnostics: Diagnostics) -> None:
    """Pages mark a field with several values as disputed; sources that agree
    are one value with several citations."""
    first: dict = {}
    for number, alt in enumerate(alternatives, start=1):
        answer = _answer(record, alt)
        if answer in first:
            shown = alt.value.iso() if field == "date" else position_text(record, alt)
            diagnostics.error(alt.location, f"{field} {shown} of {record.kind} '{record.id}' "
                                            f"is given twice (values {first[answer]} and {number})",
                              "sources that agree are one value: list all their citations under its 'cite:'")
        first.setdefault(answer, number)


def _answer(record: Record, alt: Alternative) -> tuple:
    """What a value says: "about $1 billion" and "more than $1 billion" are two answers; "more than" and
    "over" one bound in two words (quantities.bound_states), so one answer."""
    qualifier = record.qualifier_of(alt)
    return alt.value, quantities.bound(qualifier)


def position_text(record: Record, alternative: Alternative) -> str:
    """A field's value as a dispute's position states it, in English (pages
    say it in the brief's words): "9 Aug 2024", "Held", "$7.5 million", "350+"."""
    value = alternative.value
    if isinstance(value, str):  # an event status
        return LABELS[value]
    if hasattr(value, "display"):
        return value.display()
    return quantities.display(value, record.get("currency"), None, record.qualifier_of(alternative))
