"""The checked-records cache: the records of each fact file that passed every
check, as recordjson.py writes them, in `.briefgen-cache/checked/content/`.

It is kept like the parse cache (parsecache.py: keyed by the file's bytes,
untrusted, data only) and keyed also by all of briefgen's code and the
versions of its dependencies, which decide what checking gives. A file whose
records a rebuild takes from here is neither parsed nor checked again."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import parsed
from .buildstate import code_identity, dependency_versions
from .parsecache import ParseCache, parse_identity

TOP = "checked"
FORMAT = 1  # raise when recordjson's form changes shape or meaning


def store(cache: Path | None, reuse: bool = True) -> ParseCache:
    return ParseCache(cache, "content", reuse, top=TOP, identity=_identity)


def get(entries: ParseCache, name: str, raw: bytes) -> list | None:
    """The plain records stored for the file `name` with the bytes `raw`;
    None when there are none, or any doubt."""
    text = entries.get(name, entries.key(name, raw), parsed.largest(len(raw)))
    if text is None:
        return None
    try:
        plain = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return plain if type(plain) is list else None


def put(entries: ParseCache, name: str, raw: bytes, plain: list) -> None:
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    if len(text.encode("utf-8")) <= parsed.largest(len(raw)):
        entries.put(name, entries.key(name, raw), text)


def _identity() -> bytes:
    return parse_identity() + json.dumps([FORMAT, sys.version, dependency_versions()]).encode() + code_identity()
