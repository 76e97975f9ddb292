"""Located YAML values (yamlsource's maps and lists with their marks) as
plain JSON data, and back.

The way back reads the parse cache, which is untrusted: anything that is not
exactly what `to_plain` writes raises `BadShape`, so the caller parses the
file afresh instead of using it.
"""
from __future__ import annotations

from .yamlsource import MAX_DEPTH, REFUSED, LocatedList, LocatedMap, Mark

_SCALARS = (str, int, float, bool, type(None))


_REFUSED = {"refused": True}


class BadShape(ValueError):
    """Data that `to_plain` cannot have written."""


class TooLarge(ValueError):
    """A value whose plain form would pass the size allowed (YAML aliases
    repeat a value without repeating its text)."""


def to_plain(value, budget: int):
    """A map is {"map": [line, col], "items": [[key, key line, key col, value
    line, value col, value], …]}; a list is {"list": [line, col], "items":
    [[line, col, value], …]}; a refused value is {"refused": true}; scalars
    stay as they are. Raises TooLarge when
    the JSON text would take much more than `budget` characters."""
    return _Plain(budget).convert(value)


class _Plain:
    def __init__(self, budget: int) -> None:
        self.remaining = budget

    def convert(self, value):
        if type(value) is str:
            self._spend(len(value) + 3)
            return value
        if isinstance(value, LocatedMap):
            self._spend(16 + 32 * len(value))
            marks = value.marks
            return {"map": [value.mark.line, value.mark.col],
                    "items": [[self.convert(key), *marks[4 * position:4 * position + 4], self.convert(item)]
                              for position, (key, item) in enumerate(value.items())]}
        if isinstance(value, LocatedList):
            self._spend(16 + 16 * len(value))
            return {"list": [value.mark.line, value.mark.col],
                    "items": [[*value.item_numbers(index), self.convert(item)]
                              for index, item in enumerate(value)]}
        if type(value) in _SCALARS:
            self._spend(24)
            return value
        if value is REFUSED:
            self._spend(24)
            return _REFUSED
        raise TypeError(f"not a located YAML value: {type(value).__name__}")

    def _spend(self, size: int) -> None:
        self.remaining -= size
        if self.remaining < 0:
            raise TooLarge("too large to store")


def from_plain(data, depth: int = 0, refusing: bool = False):
    """`refusing`: whether a refused value may be in it (only where its
    error was reported too: else its record would fail without a word)."""
    if type(data) in _SCALARS:
        return data
    if type(data) is not dict or depth > MAX_DEPTH:
        raise BadShape("not a located value")
    if data.keys() == {"map", "items"}:
        return _map(data, depth, refusing)
    if data.keys() == {"list", "items"}:
        return _list(data, depth, refusing)
    if refusing and data == _REFUSED and data["refused"] is True:  # == alone takes 1 for true
        return REFUSED
    raise BadShape("not a located map or list")


def _map(data: dict, depth: int, refusing: bool) -> LocatedMap:
    items = data["items"]
    if type(items) is not list:
        raise BadShape("map items are not a list")
    result = LocatedMap()
    result.mark = mark(data["map"])
    marks = result.marks
    for item in items:
        if type(item) is not list or len(item) != 6:
            raise BadShape("a map item is not [key, line, col, line, col, value]")
        key, key_line, key_col, value_line, value_col, value = item
        if type(key) is not str or key in result:
            raise BadShape("a map key is not text, or repeats")
        if not (type(key_line) is type(key_col) is type(value_line) is type(value_col) is int
                and key_line > 0 and key_col > 0 and value_line > 0 and value_col > 0):
            raise BadShape("not a [line, col] mark")
        result[key] = value if type(value) in _SCALARS else from_plain(value, depth + 1, refusing)
        _extend(marks, (key_line, key_col, value_line, value_col))
    return result


def _list(data: dict, depth: int, refusing: bool) -> LocatedList:
    items = data["items"]
    if type(items) is not list:
        raise BadShape("list items are not a list")
    result = LocatedList()
    result.mark = mark(data["list"])
    marks = result.marks
    for item in items:
        if type(item) is not list or len(item) != 3:
            raise BadShape("a list item is not [line, col, value]")
        line, col, value = item
        if not (type(line) is type(col) is int and line > 0 and col > 0):
            raise BadShape("not a [line, col] mark")
        _extend(marks, (line, col))
        result.append(value if type(value) in _SCALARS else from_plain(value, depth + 1, refusing))
    return result


def _extend(marks, numbers: tuple[int, ...]) -> None:
    try:
        marks.extend(numbers)
    except OverflowError:  # no file has a line past 2**63
        raise BadShape("not a [line, col] mark") from None


def mark(pair) -> Mark:
    """[line, col], both 1-based."""
    if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not int or type(pair[1]) is not int \
            or pair[0] < 1 or pair[1] < 1:
        raise BadShape("not a [line, col] mark")
    return Mark(pair[0], pair[1])
