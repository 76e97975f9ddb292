"""The linked model: plain, frozen data built once and handed to the renderer."""
from __future__ import annotations

import hashlib
import sys
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Mapping

from .diagnostics import Location
from .schema import REFERENCE_FIELDS
from .sources import Source
from .textmatch import normalise


# The names of records' places: the same few tuples for thousands of records
# (a kind's fields, in the order its files write them), held once each.
_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}
_NAMES_MOST = 1000  # the project's kinds and field orders; a long test run makes many


def shared_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The one tuple equal to `names` (strings) that the records share, its names interned."""
    shared = _NAMES.get(names)
    if shared is None:
        if len(_NAMES) >= _NAMES_MOST:
            _NAMES.clear()
        shared = _NAMES[names] = tuple(map(sys.intern, names))
    return shared


class Places(Mapping[str, Location]):
    """Where each field of a record stands in its file, and each item of a
    list field as 'name[i]': the names, and their lines and columns as
    numbers, a Location made when one is asked for. A brief holds hundreds
    of thousands; as a dict of Locations they were a fifth of a record's
    memory. Read-only, like the record."""
    __slots__ = ("_path", "_names", "_numbers", "_shift")

    def __init__(self, path: str, names: tuple[str, ...], numbers: array, shift: int = 0) -> None:
        """`numbers`: the line and column of each name in turn, lines
        counted from line `shift` + 1 (a line 0, the whole file, stays 0):
        a cache entry keeps an item's lines so, and a rebuild reads back
        hundreds of thousands, of which few are ever asked for."""
        self._path, self._names, self._numbers, self._shift = path, names, numbers, shift

    def __getitem__(self, name: str) -> Location:
        try:
            index = self._names.index(name)
        except ValueError:
            raise KeyError(name) from None
        line = self._numbers[2 * index]
        return Location(self._path, line + self._shift if line else 0, self._numbers[2 * index + 1])

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"Places({dict(self.items())!r})"


# slots: a brief holds one of each of these for every record, claim, citation and
# alternative (250,000 at 10,000 sources), and an instance's dict doubles its size.
@dataclass(frozen=True, slots=True)
class Cite:
    source: str  # resolved source id (aliases already replaced)
    quote: str
    location: Location
    prefix: str = ""
    suffix: str = ""
    translation: str = ""  # the editor's, shown beside a quote in another language; not part of the key
    # Derived from the source and the passage only, so permalinks survive edits
    # elsewhere in the source and in the fact files. Made at once: every build
    # asks for every citation's (anchoring it), and a slot holds no cache.
    # Given only by what kept the key this code made of the same values
    # (recordjson.py): a rebuild decodes every citation, and making the key
    # was half of that (0.2 s at 4,000 sources). Never carried over by
    # dataclasses.replace with other values: it would not be made again.
    key: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.key:
            return
        # Most citations have no prefix or suffix: nothing to normalise.
        basis = "\x1f".join((self.source, normalise(self.quote), self.prefix and normalise(self.prefix),
                              self.suffix and normalise(self.suffix)))
        object.__setattr__(self, "key", hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10])


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    cites: tuple[Cite, ...]
    location: Location
    text_location: Location | None = None  # of the text itself, for checks of its words
    id: str = ""  # the editor's own permalink id; empty means "use the hash of the wording"


@dataclass(frozen=True, slots=True)
class Alternative:
    """One value of a structured field, with the citations that state it."""
    value: Any
    cites: tuple[Cite, ...]
    location: Location
    # An amount's own qualifier, when its sources qualify it differently ("about $1 billion" beside
    # "more than $2 billion"); None: the figure's `qualifier` holds for it.
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    kind: str
    id: str
    name: str
    fields: Mapping[str, Any]
    claims: tuple[Claim, ...]
    location: Location
    field_locations: Mapping[str, Location]
    # Every citation of its claims and alternatives: asked for by a dozen checks,
    # views and exports of every record in every build, so made at once.
    cites: tuple[Cite, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found = [c for claim in self.claims for c in claim.cites]
        for value in self.fields.values():
            if isinstance(value, tuple):
                found += [c for alt in value if isinstance(alt, Alternative) for c in alt.cites]
        object.__setattr__(self, "cites", tuple(found))

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    def alternatives(self, name: str) -> tuple[Alternative, ...]:
        return self.fields.get(name, ())

    def qualifier_of(self, alternative: Alternative) -> str | None:
        """The qualifier an amount's value is stated with: its own, else the figure's."""
        return alternative.qualifier or self.fields.get("qualifier")

    def refs(self, name: str) -> tuple[str, ...]:
        value = self.fields.get(name, ())
        return (value,) if isinstance(value, str) else tuple(value)

    def named(self) -> set[str]:
        """Ids of every record this one names in its reference fields."""
        # Asked of every record by two checks and the views: added field by field, with no tuple made of each.
        found: set[str] = set()
        for name in REFERENCE_FIELDS[self.kind]:
            value = self.fields.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                found.add(value)
            else:
                found.update(value)
        return found


@dataclass(frozen=True, slots=True)
class Position:
    record: str
    text: str
    cites: tuple[Cite, ...]
    location: Location  # of the position's record id, or of the field value it came from
    text_location: Location | None = None  # of an editor's position text


@dataclass(frozen=True, slots=True)
class Dispute:
    id: str
    question: str
    positions: tuple[Position, ...]
    location: Location
    resolution: Claim | None = None
    field: str = ""  # set when found automatically in a record's field


@dataclass(frozen=True, slots=True)
class Anchor:
    key: str
    source: str
    start: int
    end: int
    paragraph: int


# The keys of a source's meta that say where in sources.yaml its entry stands:
# for diagnostics only, never published.
META_LOCATIONS = frozenset({"location", "field_locations"})


@dataclass(frozen=True)
class Library:
    records: Mapping[str, Record]
    sources: Mapping[str, Source]
    source_meta: Mapping[str, Mapping[str, Any]]
    anchors: Mapping[str, Anchor]
    support: Mapping[tuple[str, str, int], tuple[Cite, ...]]  # (record, field, alternative) -> stating cites
    disputes: tuple[Dispute, ...] = field(default=())
    # source id -> its independent group (corroboration.py): sources of one
    # publisher, or a story and its republications, count once
    source_groups: Mapping[str, str] = field(default_factory=dict)
    # source id -> the links (source, source, why: corroboration.REASONS) that joined its group, for a source of a
    # group of two or more: a claim's note says why two of them count as one voice
    group_links: Mapping[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    # source id -> the agency its dateline names (corroboration.dateline_agency), for a source that has one
    datelines: Mapping[str, str] = field(default_factory=dict)
    # outlet (as corroboration.outlet_groups names it) -> the group of the brief's sources it publishes: a quote
    # crediting it ("according to The Herald") is that group's voice, cited by the claim or not
    outlet_groups: Mapping[str, str] = field(default_factory=dict)
    pages: tuple[Any, ...] = field(default=())  # prose.ProsePage, in navigation order
    language: str = "en"  # the brief's: its claims are written in it
    # country group id -> the name pages show it by (the `groups` table of briefgen.toml): a claim may name it
    group_names: Mapping[str, str] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> list[Record]:
        return [r for r in self.records.values() if r.kind in kinds]

    def passage(self, key: str) -> str:
        """The source's own words a quote (by its key) stands for: matching
        forgives the quote its spaces, quotation marks and dashes, and what
        is shown as the source's words is what the source writes."""
        anchor = self.anchors[key]
        return self.sources[anchor.source].text[anchor.start:anchor.end]

    def low_reliability(self, claim: Claim) -> bool:
        """assessment.py: every source the claim cites for what it says (corroboration.bearing) is graded D or E."""
        from . import assessment
        return assessment.all_low(self.source_meta.get(sid, {})
                                  for sid in dict.fromkeys(c.source for c in self.bearing_cites(claim)))

    def bearing_cites(self, claim: Claim) -> tuple[Cite, ...]:
        """corroboration.bearing: the citations whose quotes bear on the claim."""
        if len(claim.cites) <= 1:
            return claim.cites
        from . import corroboration
        return corroboration.bearing(claim, lambda sid: self.source_meta.get(sid, {}).get("language") or self.language,
                                     self.language)

    def left_out(self, claim: Claim) -> tuple[tuple[int, str], ...]:
        """corroboration.left_out: the citations (indexes) whose quotes do not bear on the claim, and why."""
        from . import corroboration
        return corroboration.left_out(claim, lambda sid: self.source_meta.get(sid, {}).get("language") or self.language,
                                      self.language)

    def independent_sources(self, claim: Claim) -> int:
        """corroboration.py: the sources of one voice, and the citations that do not bear on the claim, count once or not at all."""
        if len(claim.cites) <= 1:  # its one source (corroboration counts at least one): asked of most claims, without the set-up
            return 1
        return self.voices(claim).count

    def voices(self, claim: Claim):
        """corroboration.voices: the count of independent_sources, and which citations it counted as one voice and
        why, and which it left out."""
        from . import corroboration  # it reads quotes as claimreader.py does, which needs this module
        from .quotecontext import sentence_of

        def sentence(cite: Cite) -> str:
            anchor = self.anchors.get(cite.key)
            return cite.quote if anchor is None else sentence_of(anchor, self.sources)

        return corroboration.voices(claim, self.source_groups,
                                    lambda sid: self.source_meta.get(sid, {}).get("language") or self.language,
                                    self.language, lambda sid: self.source_meta.get(sid, {}).get("publisher"),
                                    self.datelines.get, self.outlet_groups, sentence, self.group_links)
