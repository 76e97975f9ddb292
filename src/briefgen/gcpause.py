"""The cyclic garbage collector paused while a stage builds many objects."""
from __future__ import annotations

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
    finally:
        if was_enabled:
            gc.enable()
