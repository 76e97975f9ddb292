"""The checked-records cache: the records of each fact file that passed every
check, as recordjson.py writes them, item by item, in
`.briefgen-cache/checked/content/<file name>`.

An entry is the digest of the file's bytes and its chunks: each item's text
digest (factchunks.py; "" when the file does not cut cleanly), the line it
starts at and its checked records, their lines counted from there. A file
with the same bytes takes every chunk; an edited one, those whose text is
unchanged. It is kept like the parse cache (parsecache.py: untrusted, data
only, one entry per file) and keyed by all of briefgen's code and the
versions of its dependencies, which decide what checking gives."""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import jsontext, parsed
from .buildstate import code_identity, dependency_versions
from .parsecache import ParseCache, parse_identity

TOP = "checked"
FORMAT = 3  # raise when the entry's or recordjson's form changes shape or meaning


@dataclass(frozen=True)
class Chunk:
    digest: str  # of the item's text; "" for a file that does not cut cleanly
    start: int  # the line it starts at, 1-based
    items: list  # its checked records (recordjson.py), lines counted from `start`


def store(cache: Path | None, reuse: bool = True) -> ParseCache:
    return ParseCache(cache, "content", reuse, top=TOP, identity=_identity)


def bytes_digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=24).hexdigest()


def holds(entries: ParseCache, name: str) -> bool:
    """Whether checked records of the file `name` are stored (not read)."""
    return entries.holds(name, entries.key(name, b""))


def get(entries: ParseCache, name: str, size: int) -> tuple[str, list[Chunk]] | None:
    """The digest of the bytes and the chunks stored for the file `name`,
    now `size` bytes long; None when there are none, or on any doubt."""
    text = entries.get(name, entries.key(name, b""), parsed.largest(size))
    if text is None:
        return None
    try:
        value = jsontext.loads(text)
    except ValueError:
        return None
    if type(value) is not list or len(value) != 2 or type(value[0]) is not str or type(value[1]) is not list:
        return None
    chunks = []
    for chunk in value[1]:
        if type(chunk) is not list or len(chunk) != 3 or type(chunk[0]) is not str or type(chunk[1]) is not int \
                or chunk[1] < 1 or type(chunk[2]) is not list:
            return None
        chunks.append(Chunk(*chunk))
    return value[0], chunks


def put(entries: ParseCache, name: str, raw: bytes, chunks: list[Chunk]) -> None:
    data = jsontext.compact([bytes_digest(raw), [[c.digest, c.start, c.items] for c in chunks]])
    if len(data) <= parsed.largest(len(raw)):
        entries.put(name, entries.key(name, b""), data.decode("utf-8"))


@lru_cache(maxsize=1)  # the code and packages this process runs: opened three times a build
def _identity() -> bytes:
    return parse_identity() + json.dumps([FORMAT, sys.version, dependency_versions()]).encode() + code_identity()
