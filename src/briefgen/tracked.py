"""The library as the page views see it: every read noted in the read set of
the page being made, so a rebuild can tell which pages read only what is
unchanged (pageinputs.py).

A read of one entry notes "table\x1fkey"; a read of a whole table
(iterating it, its length) notes "table\x1f\x00". Keys are text so that a
page's read set is kept as one string and read back with one split. Nothing
is noted between pages: the plans, the data files and the checks read the
library freely."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .model import Library

ALL = None  # the key of a read of a whole table
WHOLE = "\x00"  # how ALL is written in a noted key
KEY_END, SEPARATOR = "\x1f", "\x1e"  # after a table's name; between the keys of a read set


class UnknownTable(LookupError):
    """A read of a table pageinputs.py keeps no entries of: in the last build's record of a page (written
    by another version of briefgen, or damaged) the page is made again; noted while a page is made, a bug."""


def key_of(table: str, key: Any) -> str:
    return f"{table}{KEY_END}{WHOLE if key is ALL else key}"


class Reads:
    """The read set of the page being made, or None between pages."""
    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current: dict[str, None] | None = None

    @contextmanager
    def page(self) -> Iterator[dict[str, None]]:
        self.current = read = {}
        try:
            yield read
        finally:
            self.current = None

    def note(self, table: str, key: Any = ALL) -> None:
        if self.current is not None:
            self.current[key_of(table, key)] = None


class Tracked(Mapping):
    """A read-only mapping whose reads are noted under `table`."""
    __slots__ = ("_data", "_table", "_reads")

    def __init__(self, data: Mapping, table: str, reads: Reads) -> None:
        self._data, self._table, self._reads = data, table + KEY_END, reads

    def _note(self, key: Any) -> None:
        current = self._reads.current
        if current is not None:
            current[f"{self._table}{WHOLE if key is ALL else key}"] = None

    def __getitem__(self, key):
        self._note(key)
        return self._data[key]

    def get(self, key, default=None):
        self._note(key)
        return self._data.get(key, default)

    def __contains__(self, key) -> bool:
        self._note(key)
        return key in self._data

    def __iter__(self):
        self._note(ALL)
        return iter(self._data)

    def __len__(self) -> int:
        self._note(ALL)
        return len(self._data)

    def keys(self):
        self._note(ALL)
        return self._data.keys()

    def values(self):
        self._note(ALL)
        return self._data.values()

    def items(self):
        self._note(ALL)
        return self._data.items()


class TrackedSupport(Tracked):
    """`support` is keyed by (record, field, alternative), and a record's
    digest holds its support: a read of one entry is a read of its record."""
    __slots__ = ()

    def _note(self, key: Any) -> None:
        current = self._reads.current
        if current is not None:
            current[key_of("rec", key[0]) if key is not ALL else key_of("support", ALL)] = None


class TrackedSequence:
    """A tuple read only as a whole."""
    __slots__ = ("_data", "_table", "_reads")

    def __init__(self, data: tuple, table: str, reads: Reads) -> None:
        self._data, self._table, self._reads = data, table, reads

    def __iter__(self):
        self._reads.note(self._table)
        return iter(self._data)

    def __len__(self) -> int:
        self._reads.note(self._table)
        return len(self._data)

    def __getitem__(self, index):
        self._reads.note(self._table)
        return self._data[index]

    def __bool__(self) -> bool:
        self._reads.note(self._table)
        return bool(self._data)


class TrackedLibrary:
    """A Library whose reads are noted. Prose pages are not tracked: their
    titles and places are part of every page (the navigation), and a prose
    page's own content is part of its plan."""

    def __init__(self, library: Library, reads: Reads) -> None:
        self._library, self._reads = library, reads
        self.records = Tracked(library.records, "rec", reads)
        self.sources = Tracked(library.sources, "src", reads)
        self.source_meta = Tracked(library.source_meta, "meta", reads)
        self.anchors = Tracked(library.anchors, "anchor", reads)
        self.support = TrackedSupport(library.support, "support", reads)
        self.disputes = TrackedSequence(library.disputes, "disputes", reads)
        self.source_groups = Tracked(library.source_groups, "group", reads)
        self.group_links = Tracked(library.group_links, "group", reads)  # a source's group, with its links
        self.datelines = Tracked(library.datelines, "src", reads)  # read in the source's text, its entry
        self.outlet_groups = Tracked(library.outlet_groups, "outlet", reads)
        self.pages = library.pages
        self.language = library.language

    def of_kind(self, *kinds: str) -> list:
        """The records of `kinds`, read as the entries of those kinds ("kind"),
        not as the whole table: the figures page stays the same when a
        forum is added."""
        for kind in kinds:
            self._reads.note("kind", kind)
        return self._library.of_kind(*kinds)

    independent_sources = Library.independent_sources
    voices = Library.voices
    low_reliability = Library.low_reliability
    bearing_cites = Library.bearing_cites
    left_out = Library.left_out
