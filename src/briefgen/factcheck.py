"""Check the fact files' records (validate.py), or take them as an earlier
build checked them (checkedcache.py), item by item: a file with the same
bytes is neither parsed nor checked, and in an edited one only the items
whose text changed are (factchunks.py). Taken records are resolved against
the sources as checking resolves them; when a source one cites went or
moved, the file is checked afresh, whole, and reports what a clean build
reports. Each file that passed every check is stored for the next build."""
from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import checkedcache, factchunks, keptobjects, recordjson, yamlsource
from .checkedcache import Chunk
from .diagnostics import Diagnostics
from .facts import FactFile, Take, located
from .gcpause import give_back
from .keptobjects import KeptObjects
from .locatedjson import BadShape
from .model import Cite, Dispute, Record
from .parsecache import ParseCache
from .schema import KINDS
from .validate import FileCheck, RecordChecker, check_file, declared_names, refuses_a_name

# (file, path as shown, first line, digest of its text) -> a chunk's records, decoded; see _taken
_DECODED = KeptObjects()
# (file name, its entry file's stamp) -> the entry decoded (its chunks' plain
# records are only read: by recordjson and by the next entry written); see _entry
_ENTRIES = KeptObjects()


@dataclass
class CheckedFacts:
    records: list[Record]
    disputes: list[Dispute]
    # Every valid id the files give, whether or not its record passed; None
    # when a file could not be read, so any id may be in it.
    declared: set[str] | None
    every_record_valid: bool
    # The readable citations of the records that failed: their quotes are proved all the same.
    of_failed: list[Cite]
    # Record id -> the digest of the fact file item it was taken from (factchunks.py), for a record
    # taken item by item under an id no other record has: what a check of it alone found may be
    # taken again while the item's text and what the check read besides are the same (support.py).
    # Where the records came from, not what they are: facts taken equal those checked afresh.
    origins: dict[str, str] = field(default_factory=dict, compare=False)
    # The records that failed, each as far as its valid references go: they are checked all the same
    # (validate.references_of).
    refs_of_failed: list[Record] = field(default_factory=list)


class _AnySource(dict):
    """The sources as an item checked alone sees them: every name is one, by
    that name. Its records keep the names as written, resolved when taken."""

    def __contains__(self, name) -> bool:
        return True

    def __getitem__(self, name):
        return name


@contextmanager
def taking(cache: Path | None, reuse: bool = True) -> Iterator[Take]:
    """What facts.fact_files may `take`: a file's chunks, each stored or
    checked alone; None when it must be read whole (no entry for the file,
    or an item that does not check cleanly on its own)."""
    with checkedcache.store(cache, reuse) as entries, _ENTRIES.using(reuse=reuse) as kept:
        def take(path: Path, raw: bytes) -> list[Chunk] | None:
            stored = _entry(entries, kept, path.name, len(raw))
            if stored is None:
                return None
            digest, chunks = stored
            now = checkedcache.bytes_digest(raw)
            if digest == now:
                return chunks
            chunks = _rechunked(path, raw, {c.digest: c.items for c in chunks if c.digest})
            if chunks is not None:
                checkedcache.put(entries, path.name, raw, chunks)
                _entry(entries, kept, path.name, len(raw), (now, chunks))
            return chunks
        yield take


def _entry(entries: ParseCache, kept: KeptObjects, name: str, size: int,
           written: tuple[str, list[Chunk]] | None = None) -> tuple[str, list[Chunk]] | None:
    """The stored entry of the file `name` (`size` bytes long), as this
    process last decoded or `written` it while the entry file is that one
    (in a process that keeps), else decoded now."""
    stamp = entries.stamp(name) if keptobjects.keeping() else None
    stored = written or (kept.get((name, stamp)) if stamp is not None else None) \
        or checkedcache.get(entries, name, size)
    if stored is not None and stamp is not None:
        kept.put((name, stamp), stored)
    return stored


def _rechunked(path: Path, raw: bytes, known: dict[str, list]) -> list[Chunk] | None:
    try:
        cut = factchunks.cut(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None
    if cut is None:
        return None
    digests = [factchunks.digest(text) for _, text in cut]
    if sum(digest not in known for digest in digests) > len(cut) // 2 + 1:
        return None  # mostly new: reading it whole is faster than item by item
    chunks = []
    for (start, text), digest in zip(cut, digests):
        items = known.get(digest)
        if items is None:
            items = known[digest] = _checked_alone(path, text)
            if items is None:
                return None
        chunks.append(Chunk(digest, start, items))
    return chunks


def _checked_alone(path: Path, text: str) -> list | None:
    """One item's text, parsed and checked on its own: its checked records,
    or None if anything is reported (the whole file then says where)."""
    try:
        items = yamlsource.parse(text)
    except yamlsource.YamlError:
        return None
    if not isinstance(items, yamlsource.LocatedList) or len(items) != 1:
        return None
    reported = Diagnostics()
    checked = check_file(FactFile(path.stem, path, items), RecordChecker(path, reported, _AnySource()))
    passed = checked.disputes if KINDS[path.stem][0] == "dispute" else checked.records
    if reported or len(passed) != 1:
        return None
    return recordjson.to_plain(path.stem, passed, checked.written)


def check_fact_files(files: Iterable[FactFile], source_ids: dict[str, str], diagnostics: Diagnostics,
                     broken_sources: Container[str] | None, cache: Path | None, reuse: bool = True) -> CheckedFacts:
    """The records and disputes of `files` (none of them sources.yaml) that
    pass, citations resolved by `source_ids`. Each file is let go before
    the next is asked for (facts.fact_files reads it then)."""
    records: list[Record] = []
    disputes: list[Dispute] = []
    declared: set[str] | None = set()
    names: set[str] = set()
    of_failed: list[Cite] = []
    refs_of_failed: list[Record] = []
    origins: dict[str, str] = {}
    given = 0
    readable = clean = True
    with checkedcache.store(cache, reuse) as entries, ParseCache(cache, "content", reuse) as parses, \
            _DECODED.using(source_ids, reuse) as decoded:
        for file in files:
            names.add(file.path.name)
            into = disputes if KINDS[file.stem][0] == "dispute" else records
            checked = _checked(file, source_ids, diagnostics, broken_sources, entries, parses, decoded, origins)
            del file  # its located YAML, before the next file is read
            give_back()
            readable &= checked.readable
            clean &= checked.clean
            given += checked.given
            into += checked.items
            of_failed += checked.of_failed
            refs_of_failed += checked.refs_of_failed
            declared = None if declared is None or checked.declared is None else declared | checked.declared
        entries.keep_only(names)
    given_ids = Counter(record.id for record in records)
    if len(given_ids) != len(records):  # a record id given twice (an error): neither is taken by its item
        origins = {rid: origin for rid, origin in origins.items() if given_ids[rid] == 1}
    return CheckedFacts(records, disputes, declared if readable else None,
                        readable and clean and bool(names) and given == len(records) + len(disputes), of_failed,
                        origins, refs_of_failed)


class _Checked(NamedTuple):
    """What one fact file gave, as read in the end (from the cache, or parsed afresh)."""
    items: list  # its records (or disputes) that pass
    declared: set[str] | None  # the ids it declares; None when one was refused as read, so may be any
    readable: bool
    clean: bool  # YAML read it whole: a key left out (a repeat, a merge) may leave its record passing
    given: int  # how many records it holds
    of_failed: list[Cite]  # the readable citations of its records that failed
    refs_of_failed: list[Record]  # its records that failed, as far as their valid references go


def _checked(file: FactFile, source_ids: dict[str, str], diagnostics: Diagnostics,
             broken_sources: Container[str] | None, entries: ParseCache, parses: ParseCache,
             decoded: KeptObjects, origins: dict[str, str]) -> _Checked:
    taken = _taken(file, source_ids, diagnostics, decoded, origins) if file.checked is not None else None
    if taken is not None:
        return _Checked(taken, {item.id for item in taken}, file.readable, True, file.count, [], [])
    if file.checked is not None:  # its items cannot be taken (a source it cites went or moved, say):
        # it is checked afresh, and may now not parse
        file = located(file.path, file.raw, diagnostics, parses)
    # First: _check lets go of the file's records.
    named = None if refuses_a_name(file, "id") else declared_names(file, "id")
    readable, clean, given = file.readable, file.clean, file.count
    passed, failed = _check(file, source_ids, diagnostics, broken_sources, entries, origins)
    return _Checked(passed, named, readable, clean, given, failed.of_failed, failed.refs_of_failed)


def _taken(file: FactFile, source_ids: dict[str, str], diagnostics: Diagnostics, decoded: KeptObjects,
           origins: dict[str, str]) -> list | None:
    """The file's checked records, each chunk's as this process last
    decoded it (under the same sources) or decoded now; the origin of each
    record of an item's chunk noted in `origins`."""
    shown = diagnostics.where(file.path).path
    whole = ""  # the digest of a chunk that is the whole file: its bytes' (only if it is kept)
    taken = []
    of_items = {}
    try:
        for chunk in file.checked:
            if not chunk.digest and not whole and keptobjects.keeping():
                whole = checkedcache.bytes_digest(file.raw)
            key = (file.stem, shown, chunk.start, chunk.digest or whole)
            items = decoded.get(key)
            if items is None:
                items = tuple(recordjson.from_plain(file.stem, chunk.items, shown, source_ids, chunk.start - 1))
            decoded.put(key, items)
            taken += items
            if chunk.digest and len(items) == 1 and isinstance(items[0], Record):
                of_items[items[0].id] = chunk.digest
    except (BadShape, recordjson.Unresolved):
        return None
    origins.update(of_items)
    return taken


def _check(file: FactFile, source_ids: dict[str, str], diagnostics: Diagnostics,
           broken_sources: Container[str] | None, entries: ParseCache,
           origins: dict[str, str]) -> tuple[list, FileCheck]:
    """The records of `file` that pass, and the file's check (what it found of those that fail); lets go of its located YAML once
    checked, before the cache's entry is made of the records: at 10,000
    sources the located forums.yaml (126 MB) and its entry (45 MB) made the
    peak of a clean build."""
    reported = len(diagnostics)
    checked = check_file(file, RecordChecker(file.path, diagnostics, source_ids, broken_sources))
    passed = checked.disputes if KINDS[file.stem][0] == "dispute" else checked.records
    whole = file.readable and file.clean and len(diagnostics) == reported and len(passed) == len(file.records)
    file.records.clear()
    if whole:
        chunks = _chunks(file, passed, checked.written)
        checkedcache.put(entries, file.path.name, file.raw, chunks)
        # Item by item, as the next build takes them: what checks of each find is kept from this build on.
        if len(chunks) == len(passed) and KINDS[file.stem][0] != "dispute":
            origins.update((record.id, chunk.digest) for chunk, record in zip(chunks, passed) if chunk.digest)
    return passed, checked


def _chunks(file: FactFile, passed: list, written) -> list[Chunk]:
    """A file's checked records by item, when it cuts cleanly into as many
    items as it has records; else one chunk from its first line."""
    cut = factchunks.cut(file.raw.decode("utf-8"))
    if cut is not None and len(cut) == len(passed):
        starts = [start for start, _ in cut]
        ends = starts[1:] + [float("inf")]
        if all(start <= item.location.line < end for start, end, item in zip(starts, ends, passed)):
            return [Chunk(factchunks.digest(text), start, recordjson.to_plain(file.stem, [item], written, start - 1))
                    for (start, text), item in zip(cut, passed)]
    return [Chunk("", 1, recordjson.to_plain(file.stem, passed, written))]
