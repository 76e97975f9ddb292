"""What a build or a check reports: its diagnostics, counts and timings."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import Diagnostics

if TYPE_CHECKING:
    from .model import Library


@dataclass(frozen=True, eq=False)
class Result:
    """What build() or check() found and did: `ok` (no error), the
    diagnostics, the checked `library` (None after an error, or when an
    unchanged build kept the last site: `reused` holds that build's counts),
    the pages and files written, and the time taken. Each is one run's:
    equal only to itself, and so hashable (a dict of results by project)."""
    diagnostics: Diagnostics
    library: Library | None
    pages: int = 0
    seconds: float = 0.0
    out: Path | None = None
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    links: int = 0  # internal links checked
    # When the inputs are those of the last build and its site is untouched,
    # nothing is rebuilt: these are that build's counts.
    reused: dict[str, int] | None = None
    kept: int = 0  # pages the last build wrote just so, kept rather than rendered again
    files: tuple[str, ...] = ()  # every file of the site this build published, relative to it
    writes: bool = True  # whether the command writes a site: a build, not a check

    @property
    def ok(self) -> bool:
        return not self.diagnostics.errors

    @property
    def counts(self) -> dict[str, int]:
        if self.reused is not None:
            return self.reused
        lib = self.library
        if lib is None:
            return {"sources": 0, "records": 0, "claims": 0, "quotes": 0}
        return {"sources": len(lib.sources), "records": len(lib.records),
                "claims": sum(len(r.claims) for r in lib.records.values()), "quotes": len(lib.anchors)}

    @property
    def claims(self) -> int:
        return self.counts["claims"]

    def summary(self) -> str:
        if not self.ok:
            errors, warnings = len(self.diagnostics.errors), len(self.diagnostics.warnings)
            failed = f"failed: {_count(errors, 'error')}, {_count(warnings, 'warning')}"
            return f"{failed}; nothing written" if self.writes else failed
        counts = self.counts
        if self.reused is not None:
            return (f"up to date: {_count(self.pages, 'page')} from {_count(counts['sources'], 'source')}, "
                    f"{_count(counts['claims'], 'claim')} verified ({_count(counts['quotes'], 'quoted passage')}) "
                    f"by the last build, whose inputs are unchanged; checked in {self.seconds:.2f}s")
        done = (f"built {_count(self.pages, 'page')} from {_count(counts['sources'], 'source')}"
                if self.out else f"checked {_count(counts['records'], 'record')} from {_count(counts['sources'], 'source')}")
        kept = f"; {self.kept} of them unchanged, kept from the last build" if self.kept else ""
        return (f"{done}, {_count(counts['claims'], 'claim')} verified ({_count(counts['quotes'], 'quoted passage')})"
                f" in {self.seconds:.2f}s{kept}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class StageTimer:
    """Times each stage, and tells a waiting editor which one is running."""

    def __init__(self, progress: Callable[[str], None] | None = None) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()
        self._progress = progress or (lambda message: None)

    def lap(self, stage: str, next_step: str = "") -> None:
        now = time.perf_counter()
        self.stages[stage] = now - self._last
        self._last = now
        if next_step:
            self._progress(next_step)
