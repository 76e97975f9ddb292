"""JSON text of the site's data files and of the build's records, by orjson.

The standard library encodes in Python whenever it indents: 1.4 of the 1.9
seconds of the data files at 4,000 sources went to data/briefgen.json.
orjson writes the same text, apart from floats in exponent form ("1e-7"
rather than "1e-07"), and refuses what JSON libraries disagree about; that
(an integer beyond 64 bits, a string with a lone surrogate, a key that is
not a string) is left to the standard library, which writes it as before.
Reading is the same: orjson first, and the standard library for what
orjson refuses. One difference remains: an integer beyond 64 bits reads as
a float. briefgen writes none (sizes, times, inodes, lines, counts), and
every reader of a cache refuses a float where it wrote an integer, so such
a file is read afresh, as any file that is not ours."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import orjson

_INDENTED = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def indented(value) -> bytes:
    """Two-space indented, keys sorted, one final newline, UTF-8 unescaped."""
    try:
        return orjson.dumps(value, option=_INDENTED)
    except TypeError:
        return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def compact(value) -> bytes:
    """No spaces, keys in their own order: for records read back by json.loads."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def compact_parts(record: dict, most: int = 256) -> Iterator[bytes | memoryview]:
    """The text of compact(record), a mapping with text keys, in parts: each
    member by itself, and a long list or mapping `most` items at a time. A
    build's record is then never one string (the pages' at 10,000 sources
    is 70 MB, written while every page's summary is still held), and no
    part is large enough to grow the heap for good (malloc serves a part of
    megabytes from the heap once one such has been freed: 4,096 pages at a
    time raised the peak of a build at 10,000 sources by 38 MB)."""
    yield b"{"
    for number, (key, value) in enumerate(record.items()):
        yield (b"," if number else b"") + compact(key) + b":"
        if not isinstance(value, (list, dict)) or len(value) <= most:
            yield compact(value)
            continue
        items = list(value.items()) if isinstance(value, dict) else value
        brackets = b"{}" if isinstance(value, dict) else b"[]"
        yield brackets[:1]
        for start in range(0, len(items), most):
            part = items[start:start + most]
            text = compact(dict(part) if isinstance(value, dict) else part)
            if start:
                yield b","
            yield memoryview(text)[1:-1]
        yield brackets[1:]
    yield b"}"


def lines(state: dict, rows: str) -> Iterator[bytes]:
    """`state` as JSON Lines: its other members as one object on the first
    line, then each entry of the mapping state[rows], a list, as [key,
    *value] on a line of its own. Read back by read_lines one line at a
    time: reading the pages' record at 10,000 sources as one text held the
    text, orjson's own tree of it and the objects at once, 185 MB at the
    build's peak for 68 MB of objects. Written a line at a time too, never
    joined: the line of a page that lists the brief is megabytes."""
    yield compact({key: value for key, value in state.items() if key != rows})
    for key, value in state[rows].items():
        yield b"\n"
        yield compact([key, *value])
    yield b"\n"


def read_lines(text: Iterable[bytes], rows: str) -> dict:
    """The state `lines` wrote, from its lines; ValueError for anything else."""
    text = iter(text)
    state = loads(next(text, b""))
    if type(state) is not dict or rows in state:
        raise ValueError("not a head line")
    table = state[rows] = {}
    for line in text:
        row = loads(line)
        if type(row) is not list or not row or type(row[0]) is not str:
            raise ValueError("not a row")
        table[row.pop(0)] = row
    return state


def loads(data: bytes | str):
    """The value of JSON text; ValueError for anything else, however deeply
    nested (a cache file is untrusted: it must never end a build)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
