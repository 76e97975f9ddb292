"""Run a pure function over many inputs on every usable core, results in
input order, when there are enough inputs to pay for the processes.

Workers are forked (Linux), so they start in milliseconds with briefgen
already imported. They take no part in stopping a build: Ctrl-C, SIGTERM and
SIGHUP (a closed terminal signals the whole process group) are ignored in
them and handled by the build, which cancels the queued work and waits for
every worker to exit, so none is left running or unreaped. Should the build
itself be killed outright, the kernel kills the workers (PR_SET_PDEATHSIG).
pagewriter's render workers start the same way (`forked`, `worker_started`).
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

# Fewer inputs are run in this process. Measured on the benchmark corpus
# (process times, so the machine's other load does not count): a Markdown
# source takes ~3.1 ms to parse; with workers the build spends ~0.3 ms per
# source passing texts and the workers ~10 ms starting, so two cores win
# from about a dozen sources. The margin covers forking a large process
# (serve, after many builds), whose memory map is copied.
PARALLEL_FROM = 50
_CHUNK = 16  # inputs per task: little overhead, and an interrupted worker stops soon
_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@contextlib.contextmanager
def ordered(function: Callable, inputs: list[tuple]) -> Iterator[Iterator]:
    """`with ordered(f, [(a, b), …]) as results:` yields f(a, b), … in order.
    `function` must be a module-level function (workers find it by name)."""
    workers = min(usable_cpus(), len(inputs))
    if len(inputs) < PARALLEL_FROM or workers < 2 or not _can_fork():
        yield (function(*arguments) for arguments in inputs)
        return
    with _pool(workers) as pool:
        chunk = max(1, min(_CHUNK, len(inputs) // (4 * workers)))
        results = forked(lambda: pool.map(function, *zip(*inputs), chunksize=chunk))
        yield _in_order(results, function, inputs)


@contextlib.contextmanager
def ahead(function: Callable, inputs: dict[Hashable, tuple]) -> Iterator[Callable[[Hashable], Any]]:
    """`with ahead(f, {key: (a, b), …}) as result:` starts f(a, b), … at once
    in worker processes, so that this process can do other work first;
    `result(key)` then waits for that call's value. It is None for a key not
    given, where processes cannot be forked, or when the call failed: the
    caller then makes the call itself, and a failure is reported exactly as
    without workers."""
    workers = min(usable_cpus(), len(inputs))
    if not inputs or not _can_fork():
        yield lambda key: None
        return
    with _pool(workers) as pool:
        futures = forked(lambda: {key: pool.submit(function, *arguments) for key, arguments in inputs.items()})

        def result(key: Hashable) -> Any:
            future = futures.get(key)
            try:
                return future.result() if future is not None else None
            except Exception:  # a worker killed, or an input that fails: see above
                return None

        yield result


UNTIL_POLL = 0.1  # seconds between two askings of beside's `until()`


@contextlib.contextmanager
def beside(function: Callable[[], Any], wanted: bool = True) -> Iterator[Callable[[], Any]]:
    """`with beside(f) as result:` starts f() in a forked worker process,
    which inherits whatever f reads, so that this process can do other work
    meanwhile; `result()` then waits for its value. It is None when not
    `wanted`, where processes cannot be forked, or when the call failed: the
    caller then makes the call itself, and a failure is reported exactly as
    without a worker. `result(until)` also gives None as soon as `until()`
    is true (asked every UNTIL_POLL seconds), ending the worker. Leaving the
    block any other way (an error, Ctrl-C) ends the worker at once rather
    than waiting for it."""
    if not wanted or not _can_fork():
        yield lambda until=None: None
        return
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    worker = context.Process(target=_run_beside, args=(function, sending, os.getpid()))
    forked(worker.start)
    sending.close()
    outcome: list = []

    def result(until: Callable[[], bool] | None = None) -> Any:
        if not outcome:
            while until is not None and not receiving.poll(UNTIL_POLL):
                if until():
                    return None  # the worker is ended on the way out
            try:
                done, value = receiving.recv()
            except (EOFError, OSError):  # the worker died
                done, value = False, None
            outcome.append(value if done else None)
        return outcome[0]

    try:
        yield result
    finally:
        if not outcome:
            worker.kill()
        worker.join()
        receiving.close()


def _run_beside(function: Callable[[], Any], sending, parent: int) -> None:
    worker_started(parent)
    try:
        value = (True, function())
    except Exception:  # the build makes the call again, and reports the failure as it would
        value = (False, None)
    try:
        sending.send(value)
    except Exception:  # a value pickle cannot write
        sending.send((False, None))


@contextlib.contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=worker_started, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def forked(start: Callable[[], Any]) -> Any:
    """`start()`, which forks workers (a pool forks them on its first
    submission), with the stop signals blocked meanwhile, so that none can
    reach a worker before it ignores them (worker_started). A signal that
    arrives is held for this process, not lost."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        return start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _in_order(results: Iterator, function: Callable, inputs: list[tuple]) -> Iterator:
    done = 0
    try:
        for result in results:
            yield result
            done += 1
    except Exception:  # a worker killed (BrokenProcessPool: out of memory, a stray signal) or an input that fails
        # The rest is run here, so a failing input fails exactly as it would
        # without workers, while the caller says which file it was.
        for arguments in inputs[done:]:
            yield function(*arguments)


def _can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


def worker_started(parent: int) -> None:
    """The first step of every forked worker (pagewriter's too), `parent`
    being the build's process id: it leaves stopping to the build, dies
    with it, and leaves what it inherits out of its collections."""
    for number in _STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    try:
        prctl = getattr(ctypes.CDLL(None), "prctl", None)
    except OSError:
        prctl = None
    if prctl is not None:
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the build
    if os.getppid() != parent:  # the build ended before the line above
        os._exit(1)
    # What it inherits lives until it exits: its collections leave it alone, and so never write to the
    # pages it shares with the build (serve's search index worker, forked between builds, walked all
    # that serve keeps: 3.5 s at 10,000 sources, beside the next rebuild).
    gc.freeze()
