"""Check raw fact records against the schema and turn them into model records.

Every problem is reported with the file, line and column of the offending value;
checking goes on after a problem so the editor sees all of them in one run.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Container
import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from . import dates, eventstatus, labels, quantities
from .cldr import canonical, currency_problem, language_problem
from .diagnostics import Diagnostics, Location
from .facts import FactFile
from .ids import LONGEST_ID, SLUG, slug_hint, suggested_id
from .model import Alternative, Cite, Claim, Dispute, Places, Position, Record, shared_names
from .renamedseeds import unknown_source_hint
from .schema import CITE_FIELDS, CLAIM_FIELDS, KINDS, REFERENCE_FIELDS, UNQUOTED_YEARS, Field, fields_of
from .suggest import did_you_mean
from .yamlsource import REFUSED, LocatedList, LocatedMap


# http or https in any case, and a host right after '//': "https:// x" and
# "https://\tx" are slips, though Python's URL reader drops the tab. The
# editors' schema (jsonschemas.py) spells the same rule in ECMAScript.
HTTP_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]")


class _Invalid(Exception):
    """A value failed its check; already reported."""


class RecordChecker:
    def __init__(self, path: Path, diagnostics: Diagnostics, source_ids: dict[str, str],
                 broken_sources: Container[str] | None = frozenset()) -> None:
        self.path = path
        self.diagnostics = diagnostics
        self.source_ids = source_ids  # id or alias -> source id
        # Names of sources that exist but failed their own checks, or None when
        # sources.yaml could not be read and any alias may be one of them.
        self.broken_sources = broken_sources
        self.written: dict[Cite, str] = {}  # each citation checked -> the source name it gives
        # Each citation whose source and quote are readable, though it or its record fails: its quote is still
        # proved, so the editor sees that too in the same run.
        self.quoted: list[Cite] = []
        # The valid fields of the record `record` last found failing (None when it passed): see references_of.
        self.valid_of_failed: dict[str, Any] | None = None

    # -- locations --------------------------------------------------------
    def at(self, container: Any, key: Any = None) -> Location:
        return self.diagnostics.where(self.path, *self._line_col(container, key))

    def _line_col(self, container: Any, key: Any = None) -> tuple[int, int]:
        mark = None
        if isinstance(container, LocatedMap):
            mark = container.value_mark(key) if key is not None else container.mark
        elif isinstance(container, LocatedList):
            mark = container.item_mark(key) if key is not None else container.mark
        return (mark.line, mark.col) if mark else (0, 0)

    def places(self, raw: LocatedMap) -> Places:
        """Where each field stands, and each list item as 'name[i]', so a bad
        id in 'countries: [kz, xx]' is shown where 'xx' is; as numbers, not a
        Location each (model.Places)."""
        names, numbers = [], array("q")
        for position, (key, value) in enumerate(raw.items()):
            names.append(key)
            numbers.extend(raw.value_numbers(position))
            if isinstance(value, LocatedList):
                for index in range(len(value)):
                    names.append(f"{key}[{index}]")
                    numbers.extend(value.item_numbers(index))
        return Places(self.diagnostics.where(self.path).path, shared_names(tuple(names)), numbers)

    def key_at(self, mapping: LocatedMap, key: str) -> Location:
        mark = mapping.key_mark(key)
        return self.diagnostics.where(self.path, *(mark or (0, 0)))

    def fail(self, location: Location, message: str, hint: str = "") -> None:
        self.diagnostics.error(location, message, hint)
        raise _Invalid

    @staticmethod
    def every(checks: dict[str, Callable[[], Any]], values: dict[str, Any] | None = None) -> dict[str, Any]:
        """Each check's value, put in `values`, every check run though one
        fails (then _Invalid once all have reported): one slip hides no other."""
        values, failed = {} if values is None else values, False
        for name, check in checks.items():
            try:
                values[name] = check()
            except _Invalid:
                failed = True
        if failed:
            raise _Invalid
        return values

    def each(self, items: list, check: Callable[[Any, Location], Any]) -> tuple:
        """`check` of every item of a list, though one fails."""
        checked = self.every({str(i): (lambda i=i, item=item: check(item, self.at(items, i)))
                              for i, item in enumerate(items)})
        return tuple(checked.values())

    # -- records ----------------------------------------------------------
    def record(self, stem: str, raw: Any, index: int, container: LocatedList | None,
               required: bool = True, name: str = "?") -> dict | None:
        """`name`: the record's id when its fields do not give it (a source's front matter: its file's stem)."""
        kind = KINDS[stem][0]
        if not isinstance(raw, LocatedMap):
            if raw is not REFUSED:  # else reported as read
                self.diagnostics.error(self.at(container, index), f"{kind} record must be a mapping of fields",
                                       "start the record with '- id: ...' and indent its fields")
            return None
        fields = fields_of(stem)
        shown = raw.get("id", name)
        if shown is REFUSED:
            shown = "?"  # its id is refused, and reported: the record's other problems are still told
        ok = True
        for key in raw:
            if key not in fields:
                ok = False
                self.diagnostics.error(self.key_at(raw, key), f"unknown field '{key}' in {kind} '{shown}'",
                                       _named_elsewhere(key, fields)
                                       or did_you_mean(key, fields, f"fields of {_a(kind)}: {', '.join(fields)}"))
        for field in fields.values():
            if required and field.required and field.name not in raw:
                ok = False
                self.diagnostics.error(self.at(raw), f"{kind} '{shown}' is missing required field '{field.name}'",
                                       f"add '{field.name}:' ({field.description})")
        values: dict[str, Any] = {}
        for key, value in raw.items():
            field = fields.get(key)
            if field is not None:
                try:
                    values[field.name] = self.value(field, value, raw, key)  # the schema's string, not one per record
                except _Invalid:
                    ok = False
        self.valid_of_failed = None if ok else values
        return values if ok else None

    def value(self, field: Field, value: Any, parent: Any, key: Any) -> Any:
        where = self.at(parent, key)
        check = getattr(self, "_" + field.type.replace("-", "_"))
        return check(field, value, where, parent, key)

    def _expect(self, field: Field, value: Any, types: tuple, where: Location, what: str) -> None:
        if value is REFUSED:  # every value is checked here first; the YAML reader told why it is refused
            raise _Invalid
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            self.fail(where, f"'{field.name}' must be {what}, not {_what_it_is(value)}", _type_hint(field, value, what))

    def _slug(self, field, value, where, *_):
        self._expect(field, value, (str,), where, "an id")
        if not SLUG.fullmatch(value):
            self.fail(where, f"'{field.name}' value '{value}' is not a valid id", slug_hint(value))
        if len(value) > LONGEST_ID and field.type == "slug":  # a reference to it is not a second mistake
            self.fail(where, f"'{field.name}' value '{value[:40]}…' is {len(value)} characters long",
                      f"an id names its record's page folder: shorten it to at most {LONGEST_ID}, "
                      f"e.g. '{suggested_id(value, LONGEST_ID)}'")
        return value

    def _text(self, field, value, where, *_):
        self._expect(field, value, (str,), where, "text")
        if not value.strip():
            self.fail(where, f"'{field.name}' is empty", f"write the {field.name}, or remove the field")
        return value.strip()

    def _url(self, field, value, where, *_):
        url = self._text(field, value, where)
        if not HTTP_URL.match(url) or not _readable_url(url):
            self.fail(where, f"'{field.name}' must be an http(s) URL, not '{value}'",
                      "write the full address, starting with https://")
        unwritten = _unwritten_in_url(url)
        if unwritten:
            self.fail(where, f"'{field.name}' has {unwritten} in it, which a web address never holds",
                      "copy the address from the browser's address bar, or remove the character")
        return url

    def _iso_date(self, field, value, where, *_):
        if isinstance(value, int) and not isinstance(value, bool) and value in UNQUOTED_YEARS:
            value = str(value)  # an unquoted year, `date: 2024`: YAML reads it as a number
        self._expect(field, value, (str,), where, "an ISO date")
        try:
            return dates.parse_iso(value)
        except ValueError as exc:
            self.fail(where, f"invalid date in '{field.name}': {exc}",
                      _date_hint(field.name, value) or "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end")

    def _date(self, field, value, where, parent, key):
        return self._disputable(field, value, where, self._iso_date)

    def _amount(self, field, value, where, parent, key):
        return self._disputable(field, value, where, self._number)

    def _status(self, field, value, where, parent, key):
        return self._disputable(field, value, where, self._choice)

    def _number(self, field, value, where, *_):
        self._expect(field, value, (int, float), where, "a number")
        number = Decimal(str(value))
        if not number.is_finite():  # .inf, .nan
            self.fail(where, f"'{field.name}' must be a finite number, not {value}",
                      f"write the amount the source states, e.g. {field.name}: 1000000000")
        if abs(number) >= quantities.MAX_AMOUNT:
            self.fail(where, f"'{field.name}' is too large: {number:.3e} is beyond any amount briefgen accepts (10^18)",
                      "check the number of zeros; write the amount in base units, e.g. 1000000000 for $1 billion")
        return number

    def _disputable(self, field, value, where, parse) -> tuple[Alternative, ...]:
        if not isinstance(value, LocatedList):
            return (Alternative(parse(field, value, where), (), where),)
        alternatives = []
        for index, item in enumerate(value):
            item_at = self.at(value, index)
            if not isinstance(item, LocatedMap):
                self.fail(item_at, f"each alternative of '{field.name}' needs 'value' and 'cite'",
                          f"write '- value: ...' and a 'cite:' list under '{field.name}:'")
            # An amount's alternative may carry the qualifier its sources give it ("about" beside "more than");
            # one holding any other key is told which key is not read.
            own = frozenset({"cite", "qualifier"}) if field.type == "amount" else frozenset({"cite"})
            self._mapping(field, item, item_at, required={"value"}, optional=own)
            cites = self._cites(item.get("cite"), self.at(item, "cite"), item, "cite")
            qualifier = (self._choice(fields_of("figures")["qualifier"], item["qualifier"], self.at(item, "qualifier"))
                         if "qualifier" in item else None)
            alternatives.append(Alternative(parse(field, item["value"], self.at(item, "value")), cites, item_at,
                                            qualifier))
        if not alternatives:
            self.fail(where, f"'{field.name}' has no value", "give a value, or remove the field")
        return tuple(alternatives)

    def _bool(self, field, value, where, *_):
        self._expect(field, value, (bool,), where, "true or false")
        return value

    # A reference names one of a few records (a country) in thousands: one string for all of them.
    def _ref(self, field, value, where, *_):
        return sys.intern(self._slug(field, value, where))

    def _refs(self, field, value, where, parent, key):
        self._expect(field, value, (list,), where, "a list of ids")
        return self.each(value, lambda item, at: sys.intern(self._slug(field, item, at)))

    def _strings(self, field, value, where, parent, key):
        self._expect(field, value, (list,), where, "a list of text")
        return self.each(value, lambda item, at: self._text(field, item, at))

    def _choice(self, field, value, where, *_):
        self._expect(field, value, (str,), where, "text")
        if value not in field.choices:
            same_letters = [c for c in field.choices if c.casefold() == value.casefold()]
            hint = (f"did you mean '{same_letters[0]}'? (capitals matter)" if same_letters
                    else did_you_mean(value, field.choices, "")
                    or _status_told(field.name, value) or f"write one of: {', '.join(field.choices)}")
            self.fail(where, f"'{field.name}' must be one of {', '.join(field.choices)}; got '{value}'", hint)
        return value

    def _language(self, field, value, where, *_):
        value = self._text(field, value, where)
        problem = language_problem(value)
        if problem:
            self.fail(where, f"{problem[0]} in '{field.name}'", problem[1])
        return canonical(value)

    def _currency(self, field, value, where, *_):
        value = self._text(field, value, where)
        problem = currency_problem(value)
        if problem:
            meant = None if problem[1].startswith("did you mean") else _currency_of_sign(value)
            self.fail(where, problem[0], f"write its ISO 4217 code: {field.name}: {meant}" if meant else problem[1])
        return value

    def _equivalent(self, field, value, where, *_):
        self._mapping(field, value, where, {"amount", "currency"}, frozenset({"qualifier"}))
        amount = self._number(Field("amount", "amount", ""), value["amount"], self.at(value, "amount"))
        figure = fields_of("figures")
        currency = self._currency(figure["currency"], value["currency"], self.at(value, "currency"))
        if "qualifier" not in value:
            return MappingProxyType({"amount": amount, "currency": currency})
        qualifier = self._choice(figure["qualifier"], value["qualifier"], self.at(value, "qualifier"))
        return MappingProxyType({"amount": amount, "currency": currency, "qualifier": qualifier})

    def _mapping(self, field, value, where, required: set[str], optional: frozenset = frozenset()) -> None:
        """Every unknown and every missing key of `value` reported, then _Invalid if there was one."""
        self._expect(field, value, (dict,), where, "a mapping")
        known = required | optional
        problems = [(self.key_at(value, key), f"unknown field '{key}' in '{field.name}'",
                     did_you_mean(key, known, f"expected: {', '.join(sorted(known))}"))
                    for key in value if key not in known]
        # A claim or an equivalent has no key of its own to be under: the fields it has show where.
        beside = next(iter(value), None)
        problems += [(where, f"'{field.name}' is missing '{key}'",
                      f"add '{key}:' beside its '{beside}:'" if beside else f"add '{key}:' to it")
                     for key in sorted(required - set(value))]
        for problem in problems:
            self.diagnostics.error(*problem)
        if problems:
            raise _Invalid

    def _claims(self, field, value, where, parent, key):
        self._expect(field, value, (list,), where, "a list of claims")
        if field.required and not value:
            self.fail(where, f"'{field.name}' is empty; this record must state at least one claim",
                      "add '- text: ...' with a 'cite:' list under it")
        return self.each(value, self.claim)

    def _positions(self, field, value, where, parent, key):
        self._expect(field, value, (list,), where, "a list of positions")
        if len(value) < 2:
            self.fail(where, "a dispute needs at least two positions", "add each source's answer under 'positions:'")
        return self.each(value, lambda item, at: self.position(field, item, at))

    def position(self, field, item, where) -> Position:
        self._expect(field, item, (dict,), where, "a mapping")
        checked = self.every({
            "keys": lambda: self._mapping(field, item, where, {"record", "text", "cite"}),
            "record": self._present(item, "record", lambda: self._slug(Field("record", "", ""), item["record"],
                                                                       self.at(item, "record"))),
            "text": self._present(item, "text", lambda: self._text(Field("text", "", ""), item["text"],
                                                                   self.at(item, "text"))),
            "cite": self._present(item, "cite", lambda: self._cites(item["cite"], self.at(item, "cite"), item,
                                                                    "cite")),
        })
        return Position(checked["record"], checked["text"], checked["cite"], self.at(item, "record"),
                        self.at(item, "text"))

    @staticmethod
    def _present(item, key: str, check: Callable[[], Any]) -> Callable[[], Any]:
        """`check`, when `item` has `key`; its absence is _mapping's to report."""
        return check if key in item else lambda: None

    def _resolution(self, field, value, where, parent, key):
        return self.claim(value, where)

    def claim(self, item, where) -> Claim:
        required = {"text", "cite"}
        field = Field("claim", "", "")
        self._expect(field, item, (dict,), where, "a mapping")
        checked = self.every({
            "keys": lambda: self._mapping(field, item, where, required, frozenset(CLAIM_FIELDS) - required),
            "text": self._present(item, "text", lambda: self._text(Field("text", "", ""), item["text"],
                                                                   self.at(item, "text"))),
            "id": self._present(item, "id", lambda: self._slug(Field("id", "", ""), item["id"], self.at(item, "id"))),
            "cite": self._present(item, "cite", lambda: self._cites(item["cite"], self.at(item, "cite"), item,
                                                                    "cite")),
        })
        return Claim(checked["text"], checked["cite"], where, text_location=self.at(item, "text"),
                     id=checked["id"] or "")

    def _cites(self, value, where, parent, key) -> tuple[Cite, ...]:
        field = Field("cite", "", "")
        if value is None:
            self.fail(where, "a citation list is required", "add 'cite:' with '- source: ...' and 'quote: ...'")
        self._expect(field, value, (list,), where, "a list of citations")
        if not value:
            self.fail(where, "every claim needs at least one citation", "add '- source: ...' and 'quote: ...'")
        return self.each(value, self.cite)

    def cite(self, item, where) -> Cite:
        required = {"source", "quote"}
        field = Field("citation", "", "")
        self._expect(field, item, (dict,), where, "a mapping")
        checks = {"keys": lambda: self._mapping(field, item, where, required, frozenset(CITE_FIELDS) - required),
                  "source": self._present(item, "source", lambda: self._source(item)),
                  "quote": self._present(item, "quote", lambda: self._text(Field("quote", "", ""), item["quote"],
                                                                           self.at(item, "quote")))}
        checks.update((k, lambda k=k: self._text(Field(k, "", ""), item[k], self.at(item, k)))
                      for k in ("prefix", "suffix", "translation") if k in item)
        checked: dict[str, Any] = {}
        try:
            self.every(checks, checked)
        finally:
            cite = self._readable_cite(item, checked)
        assert cite is not None  # its source and quote passed
        self.written[cite] = checked["source"]
        return cite

    def _readable_cite(self, item, checked: dict[str, Any]) -> Cite | None:
        """The citation of what passed of `item`, kept in `quoted` when its source and quote did."""
        if checked.get("source") is None or checked.get("quote") is None:
            return None
        extra = {k: checked[k] for k in ("prefix", "suffix", "translation") if k in checked}
        cite = Cite(self.source_ids[checked["source"]], checked["quote"], self.at(item, "quote"), **extra)
        self.quoted.append(cite)
        return cite

    def _source(self, item) -> str:
        source_at = self.at(item, "source")
        source = self._text(Field("source", "", ""), item["source"], source_at)
        if source not in self.source_ids:
            if self.broken_sources is None or source in self.broken_sources:
                raise _Invalid  # the source's own error is reported; one mistake, one message
            self.fail(source_at, f"unknown source '{source}'",
                      unknown_source_hint(source, self.source_ids))
        return source


def check_files(files: list[FactFile], source_ids: dict[str, str], diagnostics: Diagnostics,
                broken_sources: Container[str] | None = frozenset()):
    """Return (records, source metadata, disputes) for everything that passed."""
    records: list[Record] = []
    source_meta: dict[str, dict] = {}
    disputes: list[Dispute] = []
    for file in files:
        checked = check_file(file, RecordChecker(file.path, diagnostics, source_ids, broken_sources))
        records += checked.records
        source_meta.update(checked.source_meta)
        disputes += checked.disputes
    return records, source_meta, disputes


@dataclass
class FileCheck:
    """What passed in one file, the source name each citation was
    written with (an id or an alias), and of the records that failed, the
    readable citations, whose quotes are proved all the same, and the
    references, each record's as a record holding only its valid ones
    (`references_of`), which are checked all the same."""
    records: list[Record]
    source_meta: dict[str, dict]
    disputes: list[Dispute]
    written: dict[Cite, str]
    of_failed: list[Cite]
    refs_of_failed: list[Record] = dataclasses.field(default_factory=list)


def check_file(file: FactFile, checker: RecordChecker) -> FileCheck:
    checked = FileCheck([], {}, [], checker.written, [])
    kind = KINDS[file.stem][0]
    container = file.records
    for index, raw in enumerate(container):
        quoted_before = len(checker.quoted)
        values = checker.record(file.stem, raw, index, container)
        if values is None:
            checked.of_failed += checker.quoted[quoted_before:]
            if checker.valid_of_failed and kind not in ("source", "dispute"):
                checked.refs_of_failed.append(references_of(kind, raw, checker))
            continue
        where = checker.at(container, index)
        if kind == "source":
            values["location"] = where
            values["field_locations"] = checker.places(raw)
            checked.source_meta[values["id"]] = values
        elif kind == "dispute":
            checked.disputes.append(_dispute(values, where))
        else:
            claims = values.pop("claims", ())
            record_id, name = values.pop("id"), values.pop("name")
            checked.records.append(Record(kind, record_id, name, MappingProxyType(values), claims, where,
                                          checker.places(raw)))
    return checked


def references_of(kind: str, raw: LocatedMap, checker: RecordChecker) -> Record:
    """A record that failed its checks, as far as its references go: those
    of its reference fields that were valid, where each stands, under its id
    as written (a record that fails often has a mistyped reference too, and
    the editor is told of every problem of the record in one run)."""
    valid = checker.valid_of_failed or {}
    written_id = raw.get("id")
    return Record(kind, written_id if isinstance(written_id, str) else "?", "",
                  MappingProxyType({name: valid[name] for name in REFERENCE_FIELDS[kind] if name in valid}), (),
                  checker.at(raw), checker.places(raw))


def declared_names(file: FactFile, key: str) -> set[str]:
    """Every valid id the file's records give as `key`, whether or not the
    record passed its checks: a name that exists but is broken must not also
    be reported as unknown. An id not valid counts as the one its error
    suggests ('UK' as 'uk'), which the references to it are likely to give:
    told to add a record 'uk', an editor would give the id twice."""
    given = (raw[key] for raw in file.records if isinstance(raw, dict) and isinstance(raw.get(key), str))
    return {name for name in (value if SLUG.fullmatch(value) else suggested_id(value) for value in given)
            if SLUG.fullmatch(name)}


def refuses_a_name(file: FactFile, key: str) -> bool:
    """Whether a record's `key` was refused as read (reported there): the
    name it meant may be any, so none is reported as unknown for it."""
    return any(isinstance(raw, dict) and raw.get(key) is REFUSED for raw in file.records)


# Fields as blogs, CMS exports and other site generators name them, in front matter an article
# arrives with: Hugo and Jekyll date a post by `date`, which spelling alone would not lead to `published`.
_NAMES_ELSEWHERE = {"date": "published", "lang": "language", "link": "url", "accessed": "retrieved"}


def _named_elsewhere(key: str, fields: Container[str]) -> str | None:
    meant = _NAMES_ELSEWHERE.get(key)
    return f"did you mean '{meant}'?" if meant in fields else None


_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})")  # 9/8/2024, 16.10.2024
# An ISO date without the zeros that pad its month and day to two figures: "2025-9-5", "2025-9".
_UNPADDED_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?")
# A time stamp, as a CMS exports an article's date: "2026-04-15T09:30:00+02:00", "2026-04-15 09:30".
# Its day is the one the source dates itself by, whatever the zone.
_DATE_AND_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?"
                            r" ?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?")
# Two ISO dates joined by a dash or "to", as a span is said: "2024-10-21–2024-10-22".
_DASHED_SPAN = re.compile(r"([0-9]{4}(?:-[0-9]{2}){0,2})\s*(?:[-–—]|to)\s*([0-9]{4}(?:-[0-9]{2}){0,2})")
# A quarter or half year as reports and spreadsheets write it, "2024-Q3", "2024Q3", "Q3/2024", "2024-H2",
# which ISO lacks: put as "Q3 2024", the way the date reader knows it, to hint the span of months it is.
_YEAR_PART = re.compile(r"([0-9]{4})\s*[-/ ]?\s*(Q[1-4]|H[12])", re.I)
_PART_YEAR = re.compile(r"(Q[1-4]|H[12])\s*[-/]\s*([0-9]{4})", re.I)


def _date_hint(name: str, value: str) -> str | None:
    """The ISO date a date written otherwise means ("16 October 2024", "October 2024", a span joined by a
    dash), as the hint to write it; for a day and month in figures, both readings; None if it tells none."""
    text = value.strip()
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        first, second, year = (int(n) for n in numeric.groups())
        readings = [f"{year}-{month:02}-{day:02}" for day, month in ((first, second), (second, first))
                    if 1 <= month <= 12 and 1 <= day <= 31]
        if len(set(readings)) == 2:
            return (f"'{text}' is {readings[0]} as most of the world reads it, {readings[1]} as the US does: "
                    f"write {name}: {readings[0]} or {readings[1]}, as the source means")
        return f"write {name}: {readings[0]}" if readings else None
    unpadded = _UNPADDED_DATE.fullmatch(text)
    if unpadded and any(len(part) == 1 for part in unpadded.groups()[1:] if part):
        year, month, day = unpadded.groups()
        padded = f"{year}-{int(month):02}" + (f"-{int(day):02}" if day else "")
        try:
            dates.parse_iso(padded)  # "2024-2-30" is no date, padded or not
        except ValueError:
            return None
        return f"write {name}: {padded}"
    timed = _DATE_AND_TIME.fullmatch(text)
    if timed:
        try:
            dates.parse_iso(timed[1])
        except ValueError:
            return None
        return f"briefgen's dates hold no time of day: write {name}: {timed[1]}"
    dashed = _DASHED_SPAN.fullmatch(text)
    if dashed:
        return f"write a span as start/end: {name}: {dashed[1]}/{dashed[2]}"
    if part := _YEAR_PART.fullmatch(text):
        text = f"{part[2].upper()} {part[1]}"
    elif part := _PART_YEAR.fullmatch(text):
        text = f"{part[1].upper()} {part[2]}"
    said = [m for m in dates.find_date_mentions(text) if m.span is not None]
    if len(said) == 1 and (said[0].start, said[0].end) == (0, len(text)):
        return f"write {name}: {said[0].span.iso()}"
    return None


def _status_told(name: str, value: str) -> str:
    """For a status written in a news report's words ("took place", "called off") or in another language's
    ("tenu", as a French brief's pages show held; "abgesagt"), the one it is; else "". The fact files'
    statuses are the same words in every brief, whatever its language."""
    if name != "status":
        return ""
    told = eventstatus.stated(value, "en") or _status_in_another_language(value)
    return f"'{value}' is the status {min(told)}: write status: {min(told)}" if len(told) == 1 else ""


def _status_in_another_language(value: str) -> set[str]:
    """The statuses `value` names in a built-in catalogue's language: as its pages show one, or as a
    quote in that language states it."""
    wanted = value.strip().casefold()
    found = set()
    for language, words in labels.every_catalogue().items():
        found |= {status for status in eventstatus.STATUSES if str(words.get(f"status_{status}", "")).casefold() == wanted}
        found |= eventstatus.stated(value, language)
    return found


def _currency_of_sign(written: str) -> str | None:
    """The code of a currency written as an article writes it ('€', '£', 'R$', 'euros'), as a quote's amount is
    read; None if it names none."""
    said = quantities.find_quantities(f"{written}1") + quantities.find_quantities(f"1 {written}")
    return next((q.currency for q in said if q.currency), None)


_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")  # a number quoted, which YAML reads as text
# "1,5": a decimal comma, as most of Europe writes one; "1 500 000", "1.500.000", "1'500'000": thousands set apart.
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")
_GROUPED = re.compile(r"[0-9]{1,3}(?:([ .'\u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*")


def _number_hint(name: str, value: str) -> str:
    """What to write for an amount given as text ("$1.5bn", "739,386", "1,5"): the plain number in base units,
    as YAML reads one, where the text says which."""
    text = value.strip()
    if _PLAIN_NUMBER.fullmatch(text):
        return f"a quoted value is text: write {name}: {text}, without quotes"
    said = quantities.find_quantities(text)
    if len(said) == 1 and said[0].text == text:
        number = format(said[0].amount.normalize(), "f")
        moved = (f", and currency: {said[0].currency}" if said[0].currency else
                 ", and unit: percent" if said[0].unit == quantities.PERCENT else "")
        return f"write {name}: {number}, a plain number in base units{moved}"
    if _DECIMAL_COMMA.fullmatch(text):
        return f"YAML takes a point for decimals: write {name}: {text.replace(',', '.')}"
    if _GROUPED.fullmatch(text):
        return f"write {name}: {re.sub('[^0-9]', '', text)}, without separators"
    return (f"write {name} as a plain number in base units, digits only with a '.' for decimals: "
            "1500000 for 1.5 million")


# How each item of a list of mappings starts, for the hint.
_ITEM_EXAMPLE = {
    "a list of citations": "'- source: <source id>' with 'quote: \"<the source's exact words>\"' below it",
    "a list of claims": "'- text: <the claim>' with 'cite:' and its citations below it",
    "a list of positions": "'- record: <record id>' with 'text:' and 'cite:' below it",
}


def _type_hint(field: Field, value: Any, what: str) -> str:
    if what == "a number" and isinstance(value, str):
        return _number_hint(field.name, value)
    if what == "text":
        return f"write {field.name}: \"...\"; quotes keep a value that starts with [ or {{ or contains ': ' as text"
    if what in _ITEM_EXAMPLE:
        return f"write each item on its own lines below '{field.name}:', starting {_ITEM_EXAMPLE[what]}"
    if what.startswith("a list") and isinstance(value, str):
        return f"put even a single item in brackets: {field.name}: [{value}]"
    if field.name == "citation":
        return f"write it as {_ITEM_EXAMPLE['a list of citations']}"
    return f"write {field.name} as {what}"


def _what_it_is(value: Any) -> str:
    """Name a parsed YAML value the way the content format does."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "a mapping"


def _unwritten_in_url(url: str) -> str:
    """The first line break or invisible format character inside `url`, named, or ''.
    A page shows the address as the text of its link: U+202E would show it
    reversed and U+200B hide in it, so the link would not read as where it leads."""
    for ch in url:
        if len(f"a{ch}b".splitlines()) > 1:
            return f"a line break (U+{ord(ch):04X})"
        if unicodedata.category(ch) == "Cf":
            return f"an invisible character (U+{ord(ch):04X} {unicodedata.name(ch, 'format character')})"
    return ""


def _readable_url(url: str) -> bool:
    try:
        urlsplit(url)
    except ValueError:  # a host in brackets that is no IPv6 address, or a bracket unclosed: "http://[x"
        return False
    return True


def _dispute(values: dict, where: Location) -> Dispute:
    return Dispute(values["id"], values["question"], values.get("positions", ()), where, values.get("resolution"))


def _a(noun: str) -> str:
    """"a forum", "an agreement", "an organisation": the kinds' names are English."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
