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
# The signals that end briefgen, which a step done whole or not at all holds back (held).
_ENDING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


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


@contextmanager
def held() -> Iterator[None]:
    """Within: a signal that would end briefgen waits, and takes effect on the
    way out, so that what is done within is done whole and known to be done
    (a site swapped into place, and counted: cli.py tells which site an
    interrupted build leaves)."""
    before = hold_ending_signals()
    try:
        yield
    finally:
        if before is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


def hold_ending_signals() -> set | None:
    """From now on, a signal that would end briefgen waits (see held); the
    signal mask before, or None where there are no POSIX signal masks."""
    try:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    except (AttributeError, ValueError, OSError):
        return None
