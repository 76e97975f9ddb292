"""Run the briefgen CLI in this process, then record its peak memory, its
largest worker's (forked render and parse processes) and Pagefind's apart.

    python benchmarks/measure.py REPORT.json [briefgen arguments…]

A parent's rusage cannot tell them apart: a child's peak starts from the
parent's resident size at spawn. So children are watched instead: their
VmHWM (the peak of their own program, reset at exec) is sampled from /proc.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import threading
from pathlib import Path

from briefgen.cli import end, main


class ChildPeak(threading.Thread):
    """Peaks of the descendants: Pagefind (by its command line) and the
    largest of the others (briefgen's forked workers, which share most of
    their memory with the parent until they write to it)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.pagefind_kb = 0
        self.worker_kb = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            for pid in _descendants(os.getpid()):
                if b"pagefind" in _command_line(pid):  # also its launcher, before it execs
                    self.pagefind_kb = max(self.pagefind_kb, _hwm_kb(pid))
                else:
                    self.worker_kb = max(self.worker_kb, _hwm_kb(pid))


def _descendants(pid: int) -> list[int]:
    found = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _run() -> int:
    report, arguments = Path(sys.argv[1]), sys.argv[2:]
    watcher = ChildPeak()
    watcher.start()
    try:
        return main(arguments)
    finally:
        watcher.stopped.set()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report.write_text(json.dumps({"self_mb": own, "workers_mb": watcher.worker_kb / 1024,
                                      "pagefind_mb": watcher.pagefind_kb / 1024}))


if __name__ == "__main__":
    end(_run())  # as the `briefgen` command ends
