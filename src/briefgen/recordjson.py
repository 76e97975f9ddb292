"""Checked records (model.py) as plain JSON data, and back.

A fact file that passed every check is stored this way (factcheck.py), so
that a rebuild takes its records instead of checking the file again. A
citation keeps its source as the file wrote it (an id or an alias) and is
resolved when read back, as checking resolves it; a name that no longer
resolves makes the entry unusable, and the file is checked afresh. Locations
are kept as line and column, and given the file's path when read back.

The way back reads the cache, which is untrusted: anything `to_plain` cannot
have written raises `BadShape`, so the file is checked afresh instead.
"""
from __future__ import annotations

import dataclasses
import re
import sys
from array import array
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import MappingProxyType

from . import dates, quantities
from .diagnostics import Location
from .ids import SLUG
from .locatedjson import BadShape
from .model import Alternative, Cite, Claim, Dispute, Places, Position, Record, shared_names
from .schema import FIELDS_OF_KIND, KINDS, Field


_KEY = re.compile(r"[0-9a-f]{10}")  # Cite.key
# The tuples of field names decoding found well formed: a kind's fields in the
# order its files write them, the same for thousands of records.
_NAMES_SEEN: set[tuple[str, ...]] = set()
_NAMES_SEEN_MOST = 1000
_INT = {int}  # a line or column: never a bool, float or text


def _assembler(cls):
    """A function making a `cls` (a frozen dataclass with slots) of every
    field's value in order, without its __init__ or __post_init__, for what
    the decoder gives whole (a citation's key, a record's citations): a
    frozen dataclass sets each field through object.__setattr__, which made
    half of a decoded Location's cost. Written as dataclasses writes an
    __init__, of the class's own field names (never of the cache's)."""
    names = [f.name for f in dataclasses.fields(cls)]
    code = f"def assemble({', '.join(names)}):\n    made = new(cls)\n" \
           + "".join(f"    set_{name}(made, {name})\n" for name in names) + "    return made\n"
    scope = {"new": object.__new__, "cls": cls} | {f"set_{name}": getattr(cls, name).__set__ for name in names}
    exec(code, scope)
    return scope["assemble"]


_LOCATION = _assembler(Location)
_CITE = _assembler(Cite)  # with its key
_CLAIM = _assembler(Claim)
_ALTERNATIVE = _assembler(Alternative)
_RECORD = _assembler(Record)  # with its citations


class Unresolved(Exception):
    """A citation names a source that the project no longer has."""


def to_plain(stem: str, items: list, written: dict[Cite, str], shift: int = 0) -> list:
    """The records (or disputes) of the fact file `stem`, lines counted from
    line `shift` + 1; `written` gives the source name each citation was
    written with."""
    encode = _Encoder(written, shift)
    kind = KINDS[stem][0]
    if kind == "dispute":
        return [encode.dispute(d) for d in items]
    fields = FIELDS_OF_KIND[kind]
    return [encode.record(r, fields) for r in items]


def from_plain(stem: str, plain, path: str, source_ids: dict[str, str], shift: int = 0) -> list:
    """The records (or disputes) `to_plain` was given, located in the file
    shown as `path` at lines `shift` further on, their citations resolved by
    `source_ids` (raises Unresolved when one is not)."""
    if type(plain) is not list:
        raise BadShape("not a list of records")
    decode = _Decoder(path, source_ids, shift)
    kind = KINDS[stem][0]
    try:
        if kind == "dispute":
            return [decode.dispute(item) for item in plain]
        fields = FIELDS_OF_KIND[kind]
        return [decode.record(kind, fields, item) for item in plain]
    except (TypeError, ValueError, KeyError) as exc:  # a wrong count or type of items; ValueError holds BadShape
        raise BadShape(str(exc)) from None


class _Encoder:
    def __init__(self, written: dict[Cite, str], shift: int) -> None:
        self._written = written
        self._shift = shift

    def record(self, record: Record, fields: dict[str, Field]) -> list:
        return [*self._at(record.location), record.id, record.name,
                [[name, self._value(fields[name], value)] for name, value in record.fields.items()],
                [self.claim(c) for c in record.claims],
                [list(record.field_locations),
                 [number for location in record.field_locations.values() for number in self._at(location)]]]

    def dispute(self, dispute: Dispute) -> list:
        return [*self._at(dispute.location), dispute.id, dispute.question,
                [[p.record, p.text, self._cites(p.cites), *self._at(p.location), *self._at(p.text_location)]
                 for p in dispute.positions],
                self.claim(dispute.resolution) if dispute.resolution else None]

    def claim(self, claim: Claim) -> list:
        return [*self._at(claim.location), claim.text, claim.id, *self._at(claim.text_location), self._cites(claim.cites)]

    def _cites(self, cites: tuple[Cite, ...]) -> list:
        # A key is kept only when the name written is the source's own: see _Decoder._cites.
        return [[written, c.quote, *self._at(c.location), c.prefix, c.suffix, c.translation,
                 c.key if written == c.source else ""] for c in cites for written in (self._written[c],)]

    def _at(self, location: Location) -> tuple[int, int]:
        return location.line - self._shift if location.line else 0, location.col

    def _value(self, field: Field, value):
        kind = field.type
        if kind in ("date", "amount", "status"):
            return [[_scalar(kind, a.value), self._cites(a.cites), *self._at(a.location),
                     *([a.qualifier] if a.qualifier else [])] for a in value]
        if kind == "iso-date":
            return value.iso()
        if kind == "equivalent":
            return [str(value["amount"]), value["currency"], *([value["qualifier"]] if "qualifier" in value else [])]
        return list(value) if isinstance(value, tuple) else value  # refs, strings; text, ids, choices, true/false


def _scalar(kind: str, value) -> str:
    return value.iso() if kind == "date" else str(value)


class _Decoder:
    def __init__(self, path: str, source_ids: dict[str, str], shift: int) -> None:
        self._path = path
        self._source_ids = source_ids
        self._shift = shift

    def record(self, kind: str, fields: dict[str, Field], item) -> Record:
        line, col, record_id, name, values, claims, locations = item
        claims = tuple([self.claim(c) for c in _list(claims)])
        # The record's citations, as Record.__post_init__ finds them: its claims', then its alternatives' by field.
        cites = [c for claim in claims for c in claim.cites]
        decoded = {}
        for key, value in _list(values):
            field = fields[key]
            decoded[field.name] = self._value(field, value, cites)
        if len(decoded) != len(values):
            raise BadShape("a field given twice")
        return _RECORD(kind, _slug(record_id), _text(name), MappingProxyType(decoded), claims, self._at(line, col),
                       self._field_places(locations), tuple(cites))

    def _field_places(self, item) -> Places:
        """[the names, [line, column, line, column, …]] as _Encoder writes them."""
        names, numbers = _list(item)
        names = tuple(_list(names))
        if names not in _NAMES_SEEN:  # thousands of records share a few: each checked once
            if not all(type(name) is str and name for name in names):
                raise BadShape("not a field's name")
            if len(set(names)) != len(names):
                raise BadShape("a field placed twice")
            if len(_NAMES_SEEN) >= _NAMES_SEEN_MOST:
                _NAMES_SEEN.clear()
            _NAMES_SEEN.add(names)
        # Types by set rather than number by number: a record's places are its largest part.
        if len(_list(numbers)) != 2 * len(names) or not set(map(type, numbers)) <= _INT:
            raise BadShape("not a line and column")
        try:
            places = array("q", numbers)
        except OverflowError:
            raise BadShape("not a line and column") from None
        if places and min(places) < 0:
            raise BadShape("not a line and column")
        return Places(self._path, shared_names(names), places, self._shift)

    def dispute(self, item) -> Dispute:
        line, col, dispute_id, question, positions, resolution = item
        return Dispute(_slug(dispute_id), _text(question), tuple(self._position(p) for p in _list(positions)),
                       self._at(line, col), None if resolution is None else self.claim(resolution))

    def _position(self, item) -> Position:
        record, text, cites, line, col, text_line, text_col = item
        return Position(_slug(record), _text(text), self._cited(cites), self._at(line, col), self._at(text_line, text_col))

    def claim(self, item) -> Claim:
        line, col, text, claim_id, text_line, text_col, cites = item
        return _CLAIM(_text(text), self._cited(cites), self._at(line, col), self._at(text_line, text_col),
                      _slug(claim_id) if claim_id != "" else "")

    def _cites(self, items) -> tuple[Cite, ...]:
        if items == []:  # most alternatives': nothing to loop over
            return ()
        cites = []
        for written, quote, line, col, prefix, suffix, translation, key in _list(items):
            source = self._source_ids.get(_text(written))
            if source is None:
                raise Unresolved(written)
            # The key is made of the source the citation resolves to: one kept for a name that resolved to
            # itself is that of the same source now, else it is made again (an alias, whichever it names now).
            if type(key) is not str or key and not _KEY.fullmatch(key):
                raise BadShape("not a citation's key")
            if type(prefix) is not str or type(suffix) is not str or type(translation) is not str:
                raise BadShape("not text")
            if key and source == written:
                cites.append(_CITE(source, _text(quote), self._at(line, col), prefix, suffix, translation, key))
            else:
                cites.append(Cite(source, _text(quote), self._at(line, col), prefix, suffix, translation))
        return tuple(cites)

    def _cited(self, items) -> tuple[Cite, ...]:
        """A claim's or a position's citations: one at least."""
        cites = self._cites(items)
        if not cites:
            raise BadShape("no citation")
        return cites

    def _value(self, field: Field, value, cites: list[Cite]):
        """The value of `field`; the citations of its alternatives, if it has any, are added to `cites`."""
        kind = field.type
        if kind in ("date", "amount", "status"):
            alternatives = []
            for scalar, stating, line, col, *qualifier in _list(value):
                if len(qualifier) > 1:
                    raise BadShape("not an alternative")
                stating = self._cites(stating)
                cites += stating
                alternatives.append(_ALTERNATIVE(self._scalar(field, scalar), stating, self._at(line, col),
                                                 _text(qualifier[0]) if qualifier else None))
            if not alternatives:
                raise BadShape("no value")
            return tuple(alternatives)
        if kind == "iso-date":
            return _iso_date(_text(value))
        if kind == "equivalent":
            amount, currency, *qualifier = _list(value)
            if len(qualifier) > 1:
                raise BadShape("not an equivalent")
            return MappingProxyType({"amount": _number(amount), "currency": _text(currency)}
                                    | {"qualifier": _text(q) for q in qualifier})
        if kind == "refs":
            return tuple([_ref(item) for item in _list(value)])
        if kind == "strings":
            return tuple([_text(item) for item in _list(value)])
        if kind == "bool":
            if type(value) is not bool:
                raise BadShape("not true or false")
            return value
        if kind == "choice":
            if value not in field.choices:
                raise BadShape("not a choice")
            return value
        if kind == "ref":
            return _ref(value)
        return _slug(value) if kind == "slug" else _text(value)  # text, url, language, currency

    def _scalar(self, field: Field, value):
        if field.type == "date":
            return _iso_date(_text(value))
        if field.type == "amount":
            return _number(value)
        if value not in field.choices:
            raise BadShape("not a status")
        return value

    def _at(self, line, col) -> Location:
        if type(line) is not int or type(col) is not int or line < 0 or col < 0:
            raise BadShape("not a line and column")
        return _LOCATION(self._path, line + self._shift if line else 0, col)


def _str(value) -> str:
    if type(value) is not str:
        raise BadShape("not text")
    return value


def _text(value) -> str:
    """Checked text: never empty, as checking leaves it."""
    if type(value) is str and value:  # by far the most asked: no call to _str
        return value
    raise BadShape("empty text" if _str(value) == "" else "not text")


def _slug(value) -> str:
    if not SLUG.fullmatch(_str(value)):
        raise BadShape("not an id")
    return value


def _list(value) -> list:
    if type(value) is not list:
        raise BadShape("not a list")
    return value


@lru_cache(maxsize=4096)  # a date is written on many records: parsed once each
def _iso_date(text: str) -> dates.DateSpan:
    return dates.parse_iso(text)


@lru_cache(maxsize=4096)  # a reference names one of a few records in thousands: one string for all
def _ref(value) -> str:
    return sys.intern(_slug(value))


def _number(value) -> Decimal:
    try:
        number = Decimal(_str(value))
    except InvalidOperation:
        raise BadShape("not a number") from None
    if not number.is_finite() or abs(number) >= quantities.MAX_AMOUNT:
        raise BadShape("not an amount")
    return number
