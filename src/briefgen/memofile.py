"""One cache file of what a check found, kept for the next run: tables of
answers under the keys of their questions, and the identity of the code
that found them (the file's format, Python, briefgen's code, the versions
of the packages it runs on, such as Babel, whose CLDR data reads dates and
amounts, and whatever else the answers depend on). A file of another
identity is not read.

The file is untrusted input like every cache: JSON only, read through no
link; each user checks every entry it takes. It holds only what this run
put in, so it grows with the brief, never with its history; `reuse=False`
(`--clean`) reads nothing from it."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from .buildstate import code_identity, dependency_versions, folder_inode, load_json, save_json
from .gcpause import collector_paused


class MemoFile:
    def __init__(self, cache: Path | None, name: str, identity: list, tables: tuple[str, ...],
                 reuse: bool = True) -> None:
        """`identity`: JSON-able values besides the format of `name`'s
        entries, Python's version and briefgen's code."""
        self._cache = cache
        self._name = name
        self._code = json.dumps([*identity, sys.version, dependency_versions()]).encode() + code_identity()
        state = {}
        if cache is not None and reuse:
            with collector_paused():  # many small lists, kept to the end of the check
                state = load_json(cache / name)
        known = state.get("identity") == self._identity()
        self.before: dict[str, dict] = {table: _mapping(state.get(table)) if known else {} for table in tables}
        self.now: dict[str, dict] = {table: {} for table in tables}

    def _identity(self) -> str:
        """The code's identity and the cache folder's: answers anyone can forge for the code alone
        (an overreach verdict emptied, committed with a pull request) are never taken from a
        cache that arrives with the project, keyed for the folder it was made in."""
        folder = folder_inode(self._cache) if self._cache is not None else None
        return hashlib.blake2b(self._code + f"\0{folder}".encode(), digest_size=20).hexdigest()

    @staticmethod
    def key(question: tuple) -> str:
        """The key of an answer: the hash of everything it depends on, whose
        repr tells questions apart (strings, numbers, dates, tuples of them)."""
        return hashlib.blake2b(repr(question).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()

    def save(self) -> None:
        if self._cache is not None:
            # In key order: the same answers make the same file, whatever order they came in.
            save_json(self._cache, self._name, {"identity": self._identity(),
                                                **{table: _in_order(kept) for table, kept in self.now.items()}})


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def _in_order(table: dict) -> dict:
    return {key: dict(sorted(value.items())) if isinstance(value, dict) else value
            for key, value in sorted(table.items())}
