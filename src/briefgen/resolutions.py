"""A resolution settles a dispute the build found in a record's field (its
date, amount or status) by saying which of the sources' values holds, in
the editor's words, in the brief's language (the overreach check holds them
to the resolution's quotes). One that gives a value of that field which is
none of the sources' ("Estonia pledged $300 million for electrolysers" for
a dispute between $1.2 billion and $1.5 billion) speaks of something else,
yet would mark the field resolved on every page and in every export. One
that gives no such value may settle it by reasoning ("the later report
corrects the first"), and is left to the editor."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation

from . import cldrdates, dates, eventstatus
from .diagnostics import Diagnostics
from .disputes import position_text
from .model import Dispute, Record
from .support import amounts_read


def check_resolutions(disputes: Iterable[Dispute], records: Mapping[str, Record], language: str,
                      diagnostics: Diagnostics) -> None:
    """Warn of each resolution of a field's dispute that gives values of its field, none of them the sources'."""
    for dispute in disputes:
        resolution = dispute.resolution
        record = records.get(dispute.positions[0].record) if dispute.positions else None
        if resolution is None or record is None or dispute.field not in ("date", "amount", "status"):
            continue
        values = [alt.value for alt in record.alternatives(dispute.field)]
        if len(values) < 2:  # the other side is a quote contradicting the one value (datecheck, statusconflicts)
            continue
        given = _given(resolution.text, dispute.field, values, record, language)
        if not given or any(_same(dispute.field, one, value) for one in given for value in values):
            continue
        shown = ", ".join(position_text(record, alt) for alt in record.alternatives(dispute.field))
        diagnostics.warning(resolution.text_location or resolution.location,
                            f"the resolution of dispute '{dispute.id}' gives {_A[dispute.field]} {dispute.field} that none of its "
                            f"sources does ({shown})",
                            "say in the resolution which value holds, as its quote does, or resolve the dispute "
                            "it speaks of")


_A = {"date": "a", "status": "a", "amount": "an"}


def _given(text: str, field: str, values: list, record: Record, language: str) -> list:
    """The values of `field` the text gives: dates (a date without its year in the values' year), statuses, or
    amounts in the record's currency."""
    if field == "date":
        year = dates.PartialDate(min(value.start.year for value in values))
        return [m.span for m in cldrdates.mentions_in(text, year, language) if m.span is not None]
    if field == "status":
        return sorted(eventstatus.stated(text, language))
    return [q.amount for q in amounts_read(text, language, record.get("currency"))]


def _same(field: str, given, value) -> bool:
    """Whether a value the resolution gives speaks of a value of the field: a date that meets it (the last
    day of a span), the status, the amount."""
    if field == "date":
        return given.meets(value)
    if field == "status":
        return given == value
    return given == _decimal(value)


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
