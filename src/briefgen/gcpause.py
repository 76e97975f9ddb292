"""The cyclic garbage collector paused while a stage builds many objects,
and kept off the objects that live to the end of the build; the memory a
stage freed given back to the system before the next one grows."""
from __future__ import annotations

import ctypes
import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading and the page views make hundreds of thousands of small
    objects that live until the end of the build and form almost no garbage
    cycles; the collector would only walk the whole heap again and again
    (a third of the views stage at 1,000 sources). It runs as before
    afterwards, so nothing is kept that it would have freed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    except BaseException:
        # What the stage made may live on (serve keeps what a reading ahead decoded when an edit
        # ends it): within a collector_frozen block it is left out of collections, as settle()
        # leaves it, or the first collection after this would walk all of it (0.3 s at 4,000
        # sources, while the edit's rebuild waits).
        if _frozen:
            gc.freeze()
        raise
    finally:
        if was_enabled:
            gc.enable()


_frozen = 0  # how many collector_frozen() blocks are open


def settle() -> None:
    """The objects alive now live to the end of the build: inside a
    collector_frozen block they are left out of every collection until it
    ends. Called while the collector is paused, before it would walk them:
    the first collections after loading 4,000 sources took a second.
    Outside such a block nothing changes. What was freed is given back."""
    if _frozen:
        gc.freeze()
    give_back()


def give_back() -> None:
    """Return to the system the memory freed so far, where the C library
    can (glibc): it keeps what a stage freed (the parse results of every
    source, a fact file's located YAML) among what lives on, and the
    process's peak would add each stage's to the last's. At 4,000 sources
    reading the sources freed 40 MB it kept."""
    if _trim is not None:
        _trim(0)


try:
    _trim = ctypes.CDLL(None).malloc_trim
except (OSError, AttributeError):  # not glibc
    _trim = None


@contextmanager
def collector_frozen() -> Iterator[None]:
    """The objects alive when the block begins are left out of every
    collection until the outermost such block ends: a forked worker then
    never writes to their collector headers, so it shares their memory pages
    with the build instead of copying them. They are collected as before
    afterwards, so a long `serve` session frees each build's."""
    global _frozen
    gc.freeze()
    _frozen += 1
    try:
        yield
    finally:
        _frozen -= 1
        if not _frozen:
            gc.unfreeze()
