"""Check the fact files' records (validate.py), or take a file's records as
an earlier build checked them (checkedcache.py) when its bytes are the same
and every source its citations name still resolves. A file that passed every
check is stored for the next build."""
from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

from . import checkedcache, recordjson
from .diagnostics import Diagnostics
from .facts import FactFile, located
from .locatedjson import BadShape
from .model import Dispute, Record
from .parsecache import ParseCache
from .validate import RecordChecker, check_file, declared_names


@dataclass
class CheckedFacts:
    records: list[Record]
    disputes: list[Dispute]
    # Every valid id the files give, whether or not its record passed; None
    # when a file could not be read, so any id may be in it.
    declared: set[str] | None
    every_record_valid: bool


def check_fact_files(files: list[FactFile], source_ids: dict[str, str], diagnostics: Diagnostics,
                     broken_sources: Container[str] | None, cache: Path | None, reuse: bool = True) -> CheckedFacts:
    """The records and disputes of `files` (none of them sources.yaml) that
    pass, citations resolved by `source_ids`."""
    records: list[Record] = []
    disputes: list[Dispute] = []
    declared: set[str] = set()
    given = 0
    with checkedcache.store(cache, reuse) as entries, ParseCache(cache, "content", reuse) as parses:
        for file in files:
            taken = _taken(file, source_ids, diagnostics) if file.checked is not None else None
            if taken is None:
                if file.checked is not None:  # the sources changed under it: check it afresh
                    file = located(file.path, file.raw, diagnostics, parses)
                file_records, file_disputes = _check(file, source_ids, diagnostics, broken_sources, entries)
                declared |= declared_names(file, "id")
            else:
                file_records, file_disputes = taken
                declared |= {r.id for r in file_records} | {d.id for d in file_disputes}
            records += file_records
            disputes += file_disputes
            given += file.count
    readable = all(f.readable for f in files)
    return CheckedFacts(records, disputes, declared if readable else None,
                        bool(files) and readable and given == len(records) + len(disputes))


def _taken(file: FactFile, source_ids: dict[str, str], diagnostics: Diagnostics):
    try:
        return recordjson.from_plain(file.stem, file.checked, diagnostics.where(file.path).path, source_ids)
    except (BadShape, recordjson.Unresolved):
        return None


def _check(file: FactFile, source_ids: dict[str, str], diagnostics: Diagnostics,
           broken_sources: Container[str] | None, entries: ParseCache) -> tuple[list[Record], list[Dispute]]:
    reported = len(diagnostics)
    checked = check_file(file, RecordChecker(file.path, diagnostics, source_ids, broken_sources))
    if file.readable and file.clean and len(diagnostics) == reported \
            and len(checked.records) + len(checked.disputes) == len(file.records):
        checkedcache.put(entries, file.path.name, file.raw,
                         recordjson.to_plain(file.stem, checked.records, checked.disputes, checked.written))
    return checked.records, checked.disputes
