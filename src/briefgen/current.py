"""What a run is working on: the file (or page, or stage) a crash report names.

Loaders and build stages mark what they are doing with `working_on`; if
something unexpected escapes, the command line reports it in one line naming
that place instead of a traceback. A mark is left in place when an error
passes through it, which is exactly when it is read."""
from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

_current: ContextVar[object] = ContextVar("briefgen_working_on", default=None)


class working_on:
    """`with working_on(what):` — a path, a diagnostics Location, or a few
    words naming a stage. A class, not a generator: it wraps every citation
    and page, and this costs a fraction of a microsecond."""
    __slots__ = ("_what", "_token")

    def __init__(self, what: Path | str | object) -> None:
        self._what = what

    def __enter__(self) -> None:
        self._token = _current.set(self._what)

    def __exit__(self, kind, value, traceback) -> bool:
        if kind is None:  # an error leaves the mark in place: see the module's docstring
            _current.reset(self._token)
        return False


def current() -> object:
    return _current.get()


def forget() -> None:
    """A new run starts with no mark (serve builds many times in one thread)."""
    _current.set(None)
