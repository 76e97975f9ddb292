"""Stage timings (or a profile) of `briefgen build` in this process, on the
synthetic brief of corpus.py (run by hand; run.py compares with the peers).

    python benchmarks/build_bench.py 1000 [--out /dev/shm/bench] [--profile]

Prints the stage timings of a cold build, a second identical build, and a
one-claim edit.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import time
from pathlib import Path

from briefgen.build import build

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402

def timed(label: str, root: Path, out: Path) -> float:
    started = time.perf_counter()
    result = build(root, out=out)
    seconds = time.perf_counter() - started
    assert result.ok, [d.format() for d in result.diagnostics.errors[:5]]
    stages = "  ".join(f"{stage} {secs:.2f}" for stage, secs in result.stages.items())
    print(f"{label:<20} {seconds:6.2f}s  [{stages}]  {result.summary()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", type=int)
    parser.add_argument("--out", type=Path, default=Path("/dev/shm/briefgen-bench"))
    parser.add_argument("--profile", action="store_true", help="print the 15 costliest functions of a cold build")
    args = parser.parse_args()
    make_corpus(args.out / "corpus", args.sources)
    root, out = args.out / "corpus" / "brief", args.out / "site"
    shutil.rmtree(out, ignore_errors=True)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(build, root, out=out)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
        return
    timed("cold build", root, out)
    timed("unchanged rebuild", root, out)
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace(" was held in ", " was held, in ", 1))
    timed("one claim edited", root, out)


if __name__ == "__main__":
    main()
