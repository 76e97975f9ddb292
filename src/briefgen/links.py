"""Cross-record checks: unique ids, and every id a record names exists and
is of a kind that fits the field."""
from __future__ import annotations

import itertools
from collections.abc import Callable, Container, Iterable, Mapping
from functools import cache

from .diagnostics import Diagnostics, Location
from .ids import slugify
from .model import Dispute, Record
from .schema import FIELDS_OF_KIND, KINDS, REFERENCE_FIELDS
from .suggest import did_you_mean



def unique_records(records: list[Record], diagnostics: Diagnostics) -> dict[str, Record]:
    by_id: dict[str, Record] = {}
    for record in records:
        first = by_id.get(record.id)
        if first is not None:
            diagnostics.error(_id_location(record),
                              f"duplicate id '{record.id}' ({record.kind}); first defined at {_id_location(first)}",
                              "ids must be unique across all fact files; rename one of them")
            continue
        by_id[record.id] = record
    return dict(sorted(by_id.items()))


def _id_location(record: Record):
    return record.field_locations.get("id", record.location)


def check_references(records: dict[str, Record], disputes: list[Dispute], diagnostics: Diagnostics,
                     declared: Container[str] | None = frozenset(), failed: Iterable[Record] = (),
                     renamed: Callable[[], Mapping[str, Record]] = dict) -> None:
    """`declared`: every id the fact files give, including those of records
    that failed their own checks, or None when a fact file could not be read
    and any id may be in it. A declared id whose record is broken is not
    reported again as unknown: one mistake, one message. `failed`: the
    records that failed their own checks, as far as their valid references
    go (validate.references_of): those are checked too. `renamed` gives
    the records renamed since the last build by their old ids, asked only
    when a reference is unknown."""
    candidates = _candidate_ids(records)
    renamed = cache(renamed)  # the store is read once, and only for a reference unknown
    for record in itertools.chain(records.values(), failed):
        for name in REFERENCE_FIELDS[record.kind]:
            kinds = FIELDS_OF_KIND[record.kind][name].refs
            for index, ref in enumerate(record.refs(name)):
                target = records.get(ref)
                if target is not None and (not kinds or target.kind in kinds):
                    continue  # most references: found, of a kind the field takes (no problem worded, no call)
                problem = _ref_problem(ref, kinds, records, declared, candidates,
                                       f"{record.kind} '{record.id}' field '{name}'", renamed)
                if problem is not None:  # only then where it stands is worked out (model.Places)
                    diagnostics.error(_item_place(record, name, index), *problem)
    _check_part_of_cycles(records, diagnostics)
    for dispute in disputes:
        for position in dispute.positions:
            problem = _ref_problem(position.record, (), records, declared, candidates, f"dispute '{dispute.id}' position",
                                   renamed)
            if problem is not None:
                diagnostics.error(position.location, *problem)


def _item_place(record: Record, name: str, index: int) -> Location:
    """Where item `index` of the list field `name` stands, else the field."""
    places = record.field_locations
    return places.get(f"{name}[{index}]") or places[name]


def _candidate_ids(records: dict[str, Record]) -> Callable[[tuple[str, ...]], list[str]]:
    """The ids of the records of some kinds (all for none), each list made
    once a check: an id renamed under thousands of references made it again
    for each, every record for every reference."""
    @cache
    def of_kinds(kinds: tuple[str, ...]) -> list[str]:
        return [r.id for r in records.values() if not kinds or r.kind in kinds]
    return of_kinds


def _ref_problem(ref, kinds, records, declared, candidates, what, renamed) -> tuple[str, str] | None:
    """What is wrong with a reference (message, hint), if anything."""
    target = records.get(ref)
    if target is None:
        if declared is None or ref in declared:
            return None
        return (f"{what} refers to unknown id '{ref}'",
                _renamed_hint(ref, kinds, renamed())
                or did_you_mean(ref, candidates(kinds), _named_hint(ref, kinds, records)
                                or _add_hint(ref, kinds)))
    if kinds and target.kind not in kinds:
        return (f"{what} refers to '{ref}', a {target.kind}; expected {' or '.join(kinds)}",
                "point it at a record of the right kind")
    return None


def _add_hint(ref: str, kinds: tuple[str, ...]) -> str:
    """Where a record the reference may name goes: a new brief's editor, who writes `countries: [kz]`
    before any country 'kz', knows neither that it must be a record nor which fact file holds it."""
    if not kinds:
        return f"add a record with id '{ref}', or fix the id"
    records = _either([f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" for kind in kinds])
    files = _either([f"content/{stem}.yaml" for stem, (kind, _) in KINDS.items() if kind in kinds])
    return f"add {records} with id '{ref}' to {files}, or fix the id"


def _either(names: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    *others, last = names
    return f"{', '.join(others)} or {last}" if others else last


def _renamed_hint(ref: str, kinds, renamed: Mapping[str, Record]) -> str | None:
    """The hint for a reference left under the old id of a record renamed since the last build ('lv' for the
    country now 'latvia'), which spelling alone does not find when the new id is far from the old."""
    record = renamed.get(ref)
    if record is None or kinds and record.kind not in kinds:
        return None
    return f"did you mean '{record.id}'? the {record.kind} '{ref}' of the last build is now '{record.id}'"


def _named_hint(ref: str, kinds, records: dict[str, Record]) -> str | None:
    """The hint for a reference that is a record's name, not its id ('brasil' for the country 'br' named
    "Brasil"): an editor names a record as its pages do, and spelling alone finds no id so far from it."""
    named = [r.id for r in records.values() if (not kinds or r.kind in kinds)
             and slugify(r.name) == slugify(ref)]
    return f"'{ref}' is the name of '{named[0]}': write its id, {named[0]}" if len(named) == 1 else None


def _check_part_of_cycles(records: dict[str, Record], diagnostics: Diagnostics) -> None:
    """An event cannot be part of itself, directly or through others: pages
    would list it inside itself and timelines would never find the top."""
    for chain in _part_of_loops(records):
        record = records[chain[0]]
        loop = " → ".join(chain + [record.id])
        diagnostics.error(record.field_locations.get("part_of", record.location),
                          f"{record.kind} '{record.id}' is part of itself ({loop})" if len(chain) > 1
                          else f"{record.kind} '{record.id}' is part_of itself",
                          "point part_of at the larger event this one belonged to, or remove it")


def _part_of_loops(records: dict[str, Record]) -> list[list[str]]:
    """Each loop of part_of once, as its ids from the one that comes first in
    `records`. Each record is walked through once, a walk ending at a record
    an earlier one went through: following every record's chain to its top
    took time growing with the square of a long chain."""
    order = {record_id: index for index, record_id in enumerate(records)}
    walked: set[str] = set()
    loops = []
    for record_id in records:
        path: dict[str, int] = {}  # the ids of this walk, each with its step
        current = record_id
        while current in records and current not in walked:
            walked.add(current)
            path[current] = len(path)
            current = records[current].get("part_of")
        if current in path:
            loop = list(path)[path[current]:]
            first = min(range(len(loop)), key=lambda step: order[loop[step]])
            loops.append(loop[first:] + loop[:first])
    return loops
