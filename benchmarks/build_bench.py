"""Time `briefgen build` on a synthetic brief of N sources (run by hand).

    python benchmarks/build_bench.py 1000 [--out /dev/shm/bench]

Each source is ~1,000 words in 20 paragraphs; each has two events and one
figure citing it (three claims each), plus countries. Prints the stage
timings of a cold build, a second identical build, and a one-file edit.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import time
from pathlib import Path

from briefgen import build

WORDS = ("japan central asia investment forum summit cooperation energy transport logistics digital "
         "minerals agreement ministry delegation memorandum corridor railway trade bank loan grant").split()


def make_corpus(root: Path, sources: int) -> None:
    rng = random.Random(7)
    shutil.rmtree(root, ignore_errors=True)
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    (root / "content" / "countries.yaml").write_text(
        "- id: kz\n  name: Kazakhstan\n  focus: true\n- id: jp\n  name: Japan\n  focus: true\n")
    events, figures = [], []
    for n in range(sources):
        paragraphs = [" ".join(rng.choice(WORDS) for _ in range(50)) + f" marker{n}x{p}." for p in range(20)]
        paragraphs[3] = f"On {1 + n % 28} March 2025, forum {n} met in Astana with {100 + n} companies."
        (root / "seeds" / f"s{n:05d}.txt").write_text("\n".join(paragraphs) + "\n")
        for e in range(2):
            claims = "".join(
                f"    - text: Claim {c} of event {n}-{e}.\n      cite:\n        - source: s{n:05d}\n"
                f"          quote: \"marker{n}x{5 + e * 5 + c}.\"\n" for c in range(2))
            events.append(
                f"- id: event-{n}-{e}\n  name: Event {n}-{e}\n  date: 2025-03-{1 + n % 28:02d}\n  countries: [kz, jp]\n"
                f"  claims:\n    - text: Forum {n} met on {1 + n % 28} March 2025.\n      cite:\n"
                f"        - source: s{n:05d}\n          quote: \"On {1 + n % 28} March 2025, forum {n} met in Astana\"\n"
                + claims)
        figures.append(
            f"- id: companies-{n}\n  name: Companies at forum {n}\n  amount: {100 + n}\n  unit: companies\n"
            f"  countries: [kz]\n  claims:\n    - text: {100 + n} companies took part.\n      cite:\n"
            f"        - source: s{n:05d}\n          quote: \"with {100 + n} companies\"\n")
    (root / "content" / "forums.yaml").write_text("".join(events))
    (root / "content" / "figures.yaml").write_text("".join(figures))


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
    root, out = args.out / "project", args.out / "site"
    make_corpus(root, args.sources)
    shutil.rmtree(out, ignore_errors=True)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(build, root, out=out)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
        return
    timed("cold build", root, out)
    timed("unchanged rebuild", root, out)
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("Claim 0 of event 0-0.", "Claim 0 of event 0-0, edited."))
    timed("one claim edited", root, out)


if __name__ == "__main__":
    main()
