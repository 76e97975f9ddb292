"""How signals end briefgen. A process a signal ends exits with 128 + the
signal's number, the status shells, CI runners and `timeout` read as
"stopped by that signal": 130 for Ctrl-C (SIGINT), 143 for SIGTERM, 129 for
SIGHUP.

Ctrl-C while briefgen's modules load ends the process at once, quietly
(exit 130): the KeyboardInterrupt Python would raise there prints a
traceback, and raised inside a C extension's set-up (orjson's) it can crash
the interpreter. Nothing is written while modules load, so nothing is lost."""
from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

INTERRUPTED = 128 + signal.SIGINT


class Stopped(KeyboardInterrupt):
    """A signal other than Ctrl-C (SIGTERM, SIGHUP), raised as Ctrl-C is, so
    that everything unwinds as it does for Ctrl-C: working folders removed,
    Pagefind stopped, the previous site left in place."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)  # in args too, so that it pickles as every exception does
        self.signum = signum


def exit_status(interrupt: KeyboardInterrupt) -> int:
    """128 + the number of the signal that raised `interrupt`."""
    return 128 + getattr(interrupt, "signum", signal.SIGINT)


@contextmanager
def ending_quietly() -> Iterator[None]:
    """Within: Ctrl-C ends the process, unless the program has a Ctrl-C handler of its own."""
    ours = False
    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _end)
            ours = True
    except ValueError:  # not the main thread, which alone is given signals
        pass
    try:
        yield
    finally:
        if ours:
            signal.signal(signal.SIGINT, signal.default_int_handler)


def _end(signum, frame) -> None:
    os.write(2, b"interrupted\n")
    os._exit(INTERRUPTED)
