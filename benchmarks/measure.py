"""Run the briefgen CLI in this process, then record its peak memory and its
largest child's (Pagefind) apart.

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

from briefgen.cli import main


class ChildPeak(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            for pid in _children(os.getpid()):
                self.peak_kb = max(self.peak_kb, _hwm_kb(pid))


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


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
        report.write_text(json.dumps({"self_mb": own, "children_mb": watcher.peak_kb / 1024}))


if __name__ == "__main__":
    sys.exit(_run())
