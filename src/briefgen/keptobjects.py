"""What one build decoded from its caches, kept in this process for the
next build, under the keys its entries have on disk: a rebuild takes the
same objects instead of decoding the same entry again. Only a process that
builds again keeps anything (`serve` says so, keep_between_builds): for one
build, keeping would only cost memory (22 MB at 10,000 sources).

Only what nothing changes is kept (frozen dataclasses, tuples, read-only
mappings), so two builds may share it. A table keeps only what its last
use took or made: it grows with the project, never with its history. A
table may depend on a context besides its keys (the sources that citations
resolve to): under another context it keeps nothing."""
from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


class Abandoned(Exception):
    """The work a table was used for is no longer wanted (see abandoned_when)."""


class _Abandoning(threading.local):
    # A class default: getattr(local, name, None) of a name a thread never
    # set raises and catches within, 0.4 µs, and every table's get and put
    # asks (80,000 times a rebuild at 4,000 sources).
    event: threading.Event | None = None


_abandoning = _Abandoning()
_keeping = False


def keep_between_builds(keep: bool = True) -> None:
    """This process builds again: keep what each build decodes for the next."""
    global _keeping
    _keeping = keep


def keeping() -> bool:
    return _keeping


@contextmanager
def abandoned_when(wanted_no_more: threading.Event) -> Iterator[None]:
    """Within, this thread's uses of any table raise Abandoned once the
    event is set: `serve` reads ahead for the first edit, and gives way to it."""
    _abandoning.event = wanted_no_more
    try:
        yield
    finally:
        _abandoning.event = None


def go_on() -> None:
    """Raises Abandoned when this thread's work is no longer wanted (abandoned_when)."""
    if abandoned():
        raise Abandoned


def abandoned() -> bool:
    """Whether this thread's work is no longer wanted (abandoned_when), for a wait to end on."""
    event = _abandoning.event
    return event is not None and event.is_set()


def changed(last: Mapping, now: Mapping) -> set:
    """The keys whose value in `now` is not the one in `last`, and those `now` has lost."""
    return {key for key, value in now.items() if last.get(key, _NONE) != value} | (last.keys() - now.keys())


_NONE = object()


class KeptObjects:
    def __init__(self) -> None:
        self._last: dict = {}
        self._now: dict = {}
        self._context = None

    @contextmanager
    def using(self, context=None, reuse: bool = True) -> Iterator[KeptObjects]:
        """One build's use: within it `get` finds what the last use kept
        under an equal `context` (nothing when `reuse` is false), and the
        table then keeps what this use took or made."""
        last = self._last if _keeping and reuse and context == self._context else {}
        self._last, self._now, self._context = last, {}, context
        try:
            yield self
        finally:
            self._last, self._now = self._now, {}

    def get(self, key):
        """What is kept under `key`, or None."""
        go_on()
        value = self._last.get(key)
        if value is not None:
            self._now[key] = value
        return value

    def put(self, key, value) -> None:
        go_on()
        if _keeping:
            self._now[key] = value
