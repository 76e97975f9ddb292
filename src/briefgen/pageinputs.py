"""The digest of what a page's view data read: a rebuild keeps a page
without making it when everything it read last time is as it was (Lektor's
build state, at the grain of records, sources and index entries).

A page's inputs are:
- the site-wide settings every page shows (title, address, language, the
  navigation, the date the references stand at, the country groups' names);
- its template, with every template that one reaches, and briefgen's code
  (pagereuse.Fingerprints);
- its plan: the function that makes it and the values it is given;
- each (table, key) its view data read (tracked.py), by the digest of what
  that entry holds now (the records of one kind are an entry of their own,
  "kind", each record in it by its entry). A record's digest holds the record (never where it
  stands in its file), the quotes that state its fields (support) and the
  disputes it takes part in, which is what views.py works out once per
  record and remembers for every page; its claims' words (and the anchors
  made of them) are their own entry, read only where a claim is shown.

The view data follows from these alone, so the same digest means the same
page. Each entry's digest is worked out once per build, when a page asks.
A process that builds again (`serve`) keeps the digests of the entries
that cost most (records, their claims, sources) with the objects each was
made of, and takes one again while those are the same objects and the
values beside them (the quotes that state the record's fields, its
disputes) are equal: a rebuild works out afresh only the entries of what
changed, in whichever process asks (the workers send theirs back)."""
from __future__ import annotations

import hashlib
import io
import pickle
from collections import defaultdict
from functools import partial
from types import MappingProxyType
from typing import Any

from .diagnostics import Location
from .keptobjects import go_on, keeping
from .model import Alternative, Record
from .pagereuse import Fingerprints, mapping_as_dict
from .tracked import ALL, KEY_END, SEPARATOR, WHOLE, UnknownTable, key_of
from .views import PagePlan, SiteViews

ABSENT = bytes(16)  # the digest of an entry that does not exist


class PageInputs:
    def __init__(self, views: SiteViews, fingerprints: Fingerprints) -> None:
        self._views = views
        self._fingerprints = fingerprints
        self._lib = views.raw
        self._digests: dict[str, bytes] = {}
        self._support: dict[str, list] | None = None  # record id -> its support entries
        self._keeping = keeping()
        self._fresh: dict[str, bytes] = {}  # kept tables' entries worked out afresh in this process
        # briefgen's code and its dependencies' versions are in each template's digest (Fingerprints).
        # The country groups' setting too: the pages show a country's group by the name it gives (views.group_name).
        project = views.project
        self.site = self._digest((views.site, views.base, views.nav_items, views.as_of, self._lib.language,
                                  project.groups, project.group_names))

    def of(self, plan: PagePlan, template: bytes, reads) -> str | None:
        """The digest of a page's inputs; None for a plan not made from known values."""
        make = plan.make
        if not (isinstance(make, partial) and make.args and make.args[0] is self._views):
            return None
        try:
            given = self._digest((plan.path, plan.template, plan.facets, make.func.__module__, make.func.__qualname__,
                                  make.args[1:], make.keywords))
        except (pickle.PicklingError, TypeError, AttributeError, ValueError):  # a value pickle cannot write
            return None
        parts = [self.site, template, given, *map(self._digests.get, reads)]  # hundreds of thousands a build
        try:
            joined = b"".join(parts)
        except TypeError:  # entries not worked out yet (None), most often the page's own few: the others are known
            joined = b"".join(self._filled_in(parts, reads))
        return hashlib.blake2b(joined, digest_size=20).hexdigest()

    def _filled_in(self, parts: list, reads) -> list:
        """`parts` ([site, template, given, *the digests of `reads`]) with each None worked out."""
        at = 2
        while True:
            try:
                at = parts.index(None, at + 1)
            except ValueError:  # none left
                return parts
            parts[at] = self.entry(reads[at - 3])

    def reading(self):
        """The read set of the page made within (tracked.py)."""
        return self._views.reads.page()

    def recorded(self, plan: PagePlan, template: bytes | None, read: list[str]) -> tuple[str | None, str]:
        """What the record keeps of a page just made: the digest of its
        inputs (None: it cannot be kept unmade) and its read set as one string."""
        text = SEPARATOR.join(read)
        if template is None or text.count(SEPARATOR) != max(len(read) - 1, 0):  # a key holding the separator
            return None, ""
        return self.of(plan, template, read), text

    def entry(self, key: str) -> bytes:
        """The key, and the digest of what its entry holds now."""
        digest = self._digests.get(key)
        if digest is None:
            table, _, name = key.partition(KEY_END)
            digest = self._digests[key] = key.encode("utf-8", "surrogatepass") + b"\0" + self._taken_or_made(
                key, table, name)
        return digest

    def _taken_or_made(self, key: str, table: str, name: str) -> bytes:
        """The digest the last build in this process worked out for `key`,
        if what it was made of is the same; else worked out now."""
        if name == WHOLE:
            return self._entry(table, ALL)
        kept = self._keeping and table in _WITNESSED
        if kept:
            last = _KEPT.get(key)
            if last is not None and _same(last[0], self._witness(table, name)):
                return last[1]
        digest = self._entry(table, name)
        if kept:
            self._fresh[key] = digest
        return digest

    def _witness(self, table: str, name: str) -> tuple[tuple, Any]:
        """What entry `name` of `table` is made of: objects nothing changes,
        the same only if they are the very ones, and values, the same if
        they are equal (strings, numbers, quotes and disputes, compared field by field)."""
        if table == "rec":
            return (self._lib.records.get(name),), (self._support_of(name),
                                                    self._views.disputes_by_record.get(name, ()))
        if table == "claims":
            return (self._lib.records.get(name),), None
        return (self._lib.sources.get(name),), None  # "src"

    def prime(self) -> None:
        """Work out and keep the digest of every record, its claims and every
        source, as pages would ask (`serve` reads ahead for the first edit);
        those worked out are kept even when the edit comes first."""
        try:
            for table, names in (("rec", self._lib.records), ("claims", self._lib.records),
                                 ("src", self._lib.sources)):
                for name in names:
                    go_on()
                    self.entry(key_of(table, name))
        finally:
            self.keep({})

    def shared_part(self, part: int, parts: int) -> dict[str, bytes]:
        """Part `part` of `parts` of the entries many pages read (every
        record's, anchor's and source's: the pages that list the brief read
        them all), worked out here: render workers each work out one part
        and take in the others' (`take_in`), rather than each all of them."""
        lib = self._lib
        keys = [key_of(table, name) for table, names in (("rec", lib.records), ("anchor", lib.anchors),
                                                         ("meta", lib.source_meta)) for name in names]
        return {key: self.entry(key) for key in keys[part::parts]}

    def take_in(self, entries: dict[str, bytes]) -> None:
        """Entries another process worked out from the same views (shared_part)."""
        self._digests.update(entries)

    def made_afresh(self) -> dict[str, bytes]:
        """The kept tables' digests worked out afresh in this process since
        the last call (a render worker sends them to the build's process)."""
        fresh, self._fresh = self._fresh, {}
        return fresh

    def keep(self, fresh: dict[str, bytes]) -> None:
        """In the build's process, once every page is made: the digests
        worked out afresh (`fresh`: in the workers) kept for the next build,
        with what each was made of, in a process that builds again."""
        if not self._keeping:
            return
        fresh = {**self.made_afresh(), **fresh}
        if len(_KEPT) + len(fresh) > _KEPT_PER_ITEM * (len(self._lib.records) + len(self._lib.sources)) + 1000:
            _KEPT.clear()  # it grows with the project, not with its history (deleted records, other projects)
        for key, digest in fresh.items():
            table, _, name = key.partition(KEY_END)
            _KEPT[key] = (self._witness(table, name), digest)

    def _entry(self, table: str, key: Any) -> bytes:
        """What entry `key` of `table` holds now: plain values by their repr,
        which tells them apart as pickle would, and faster; others as pickled."""
        lib, index = self._lib, self._views.index
        if key is ALL:
            return self._whole(table)
        if table == "rec":
            record = lib.records.get(key)
            if record is None:
                return ABSENT
            return _hash(_record_form(record, self._support_of(key), self._views.disputes_by_record.get(key, ())))
        if table == "claims":
            record = lib.records.get(key)
            return ABSENT if record is None else _hash(repr([(claim.text, claim.id) for claim in record.claims]))
        if table == "anchor":
            anchor = lib.anchors.get(key)
            return ABSENT if anchor is None else _hash(repr((anchor.source, anchor.start, anchor.end, anchor.paragraph,
                                                             lib.passage(key))))
        if table == "kind":  # the records of one kind, in order, each by its entry
            return _hash_bytes(b"".join(self.entry(f"rec{KEY_END}{record.id}") for record in lib.records.values()
                                        if record.kind == key))
        if table == "citing":
            return _hash(repr([(record.id, self.entry(f"rec{KEY_END}{record.id}"), text, fragment)
                               for record, text, fragment in index["citing"].get(key, ())]))
        if table == "anchors_in":
            return _hash(repr([(a.key, a.start, a.end, a.paragraph) for a in index["anchors_in"].get(key, ())]))
        if table == "inbound":
            return _hash(repr(sorted(index["inbound"].get(key, ()))))
        if table == "prose_citing":
            citing = index["prose_citing"].get(key)
            return self._digest(citing) if citing else ABSENT
        if table == "group":
            return _hash(repr((lib.source_groups.get(key), lib.group_links.get(key, ()))))
        if table == "outlet":
            return _hash(repr(lib.outlet_groups.get(key)))
        if table == "groupmates":
            return _hash(repr(self._views.groupmates(key)))
        if table == "dated_in":
            return _hash(repr(self._views.on_timeline(key)))
        if table == "meta":
            return ABSENT if key not in lib.source_meta else self._fingerprints.source_entry(key)
        if table == "src":
            # Its front matter is read as its entry ("meta"); its paragraphs and file name as they are.
            source = lib.sources.get(key)
            return ABSENT if source is None else _hash_bytes(
                source.text_digest + repr((source.id, source.path.name)).encode() + source.paragraphs.key())
        raise UnknownTable(table)

    def _whole(self, table: str) -> bytes:
        lib, index = self._lib, self._views.index
        if table in ("rec", "src", "meta", "anchor", "group", "outlet"):
            keys = {"rec": lib.records, "src": lib.sources, "meta": lib.source_meta, "anchor": lib.anchors,
                    "group": lib.source_groups, "outlet": lib.outlet_groups}[table]
            return _hash_bytes(b"".join(self.entry(f"{table}{KEY_END}{key}") for key in keys))
        if table in index:
            return _hash_bytes(b"".join(self.entry(f"{table}{KEY_END}{key}") for key in sorted(index[table])))
        if table == "support":
            return self._digest(lib.support)
        if table == "disputes":
            return self._digest(lib.disputes)
        raise UnknownTable(table)

    def _support_of(self, record_id: str) -> list:
        if self._support is None:
            self._support = defaultdict(list)
            for (record, field, alternative), cites in self._lib.support.items():
                self._support[record].append((field, alternative, cites))
        return self._support.get(record_id, [])

    def _record_reference(self, record: Record) -> tuple:
        """A record inside an index entry stands for its digest."""
        return (str, ("record " + record.id + " " + self.entry(f"rec{KEY_END}{record.id}").hex(),))

    def _digest(self, value) -> bytes:
        """The hash of `value` as pickle writes it (it is never unpickled)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        # Made for each pickler: a table kept on self would hold a bound method of self, a cycle
        # that kept each build's views and library alive until a full collection (serve).
        pickler.dispatch_table = {Location: _nothing, MappingProxyType: mapping_as_dict, Record: self._record_reference}
        pickler.dump(value)
        return _hash_bytes(buffer.getbuffer())


# The tables whose entries' digests a process that builds again keeps:
# key -> (what the entry was made of, see PageInputs._witness; its digest).
_WITNESSED = frozenset({"rec", "claims", "src"})
_KEPT: dict[str, tuple[tuple[tuple, Any], bytes]] = {}
_KEPT_PER_ITEM = 4  # a record's entry and its claims', a source's, and room for those since deleted


def _same(last: tuple[tuple, Any], now: tuple[tuple, Any]) -> bool:
    return all(a is b for a, b in zip(last[0], now[0])) and last[1] == now[1]


def _record_form(record: Record, support: list, disputes) -> str:
    """A record as pages show it, with the quotes that state its fields and
    the disputes it takes part in; never where any of it stands in its file.
    Its claims' words and ids are an entry of their own ("claims"): the many
    pages that list the record never show them."""
    return repr((record.kind, record.id, record.name,
                 [(name, _value_form(value)) for name, value in record.fields.items()],
                 [_cites_form(claim.cites) for claim in record.claims],
                 [(field, alternative, _cites_form(cites)) for field, alternative, cites in support],
                 [(d.id, d.question, d.field, [(p.record, p.text, _cites_form(p.cites)) for p in d.positions],
                   d.resolution and (d.resolution.text, d.resolution.id, _cites_form(d.resolution.cites)))
                  for d in disputes]))


def _value_form(value):
    if isinstance(value, tuple) and value and isinstance(value[0], Alternative):
        # Its qualifier too: pages show each amount with its own ("about $1 billion").
        return [(alternative.value, alternative.qualifier, _cites_form(alternative.cites)) for alternative in value]
    return value


def _cites_form(cites) -> list[tuple]:
    return [(c.source, c.quote, c.prefix, c.suffix, c.translation) for c in cites]


def _hash(text: str) -> bytes:
    return _hash_bytes(text.encode("utf-8", "surrogatepass"))


def _hash_bytes(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _nothing(_) -> tuple:
    return (type(None), ())
