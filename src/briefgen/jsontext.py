"""JSON text of the site's data files and of the build's records, by orjson.

The standard library encodes in Python whenever it indents: 1.4 of the 1.9
seconds of the data files at 4,000 sources went to data/briefgen.json.
orjson writes the same text, apart from floats in exponent form ("1e-7"
rather than "1e-07"), and refuses what JSON libraries disagree about; that
(an integer beyond 64 bits, a string with a lone surrogate, a key that is
not a string) is left to the standard library, which writes it as before."""
from __future__ import annotations

import json

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
