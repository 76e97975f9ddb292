"""The least a cold build of the benchmark corpus can take with the libraries
briefgen is made of, whatever briefgen itself does, next to Hugo's build of
the same articles.

    python3 benchmarks/floors.py 4000 [--work /dev/shm/briefgen-bench]

It writes the corpus (corpus.py) into `--work`/N, then measures, in CPU
seconds of one process:

- every source's Markdown converted to HTML as briefgen converts it
  (python-markdown, with the shortcut briefgen gives it for text no inline
  pattern can match), and, for comparison, with plain python-markdown and
  with cmarkgfm (a C parser) where it is installed;
- every fact file composed by PyYAML into its nodes (with the line and
  column of each value, which briefgen's errors name), by the C loader where
  PyYAML has it, as briefgen reads them;
- a one-line Jinja layout rendered once for each page a cold build writes
  (the least any page costs through Jinja);

and Hugo's wall time over the same articles (the best of three). A build
on C cores can do no better than the CPU seconds above divided by C; the
target for a cold build without search is 3 × Hugo's time. Nothing here
reads, checks, plans or writes a page: the real build does all of that
besides."""
from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
import time
from pathlib import Path

import frontmatter
import jinja2
import markdown
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402
from run import _hugo_binary, _timed  # noqa: E402

from briefgen import sources  # noqa: E402

PAGES_PER_SOURCE = 5  # corpus.py: a source's page and the four records citing it
LAYOUT = jinja2.Environment(autoescape=True).from_string(
    '<!doctype html><html lang="{{ lang }}"><head><title>{{ title }}</title></head>'
    '<body><nav>{% for link in nav %}<a href="{{ link.href }}">{{ link.label }}</a>{% endfor %}</nav>'
    '<main><h1>{{ title }}</h1>{% for claim in claims %}<p id="{{ claim.id }}">{{ claim.text }} '
    '<a href="{{ claim.href }}">{{ claim.quote }}</a></p>{% endfor %}</main></body></html>')


def cpu_seconds(work) -> float:
    """CPU seconds of `work()`, with the cyclic collector paused as a build
    pauses it: otherwise it walks what the work made, and times that."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        gc.enable()


def each(function, items) -> None:
    """`function` on every item, keeping no result (a build keeps none of these alive either)."""
    for item in items:
        function(item)


def markdown_floors(bodies: list[str]) -> dict[str, float]:
    """CPU seconds converting every body, by each parser at hand."""
    plain = markdown.Markdown(extensions=["tables"])
    # sources._convert is briefgen's own conversion, private: what a build runs for each .md source.
    floors = {"python-markdown as briefgen converts": cpu_seconds(lambda: each(sources._convert, bodies)),
              "python-markdown, plain": cpu_seconds(lambda: each(lambda b: plain.reset().convert(b), bodies))}
    if importlib.util.find_spec("cmarkgfm"):
        import cmarkgfm
        floors["cmarkgfm (C)"] = cpu_seconds(lambda: each(cmarkgfm.github_flavored_markdown_to_html, bodies))
    return floors


def yaml_floor(texts: list[str]) -> float:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cpu_seconds(lambda: each(lambda text: yaml.compose(text, Loader=loader), texts))


def jinja_floor(pages: int) -> float:
    nav = [{"href": f"section-{n}/", "label": f"Section {n}"} for n in range(8)]
    claims = [{"id": f"c-{n}", "text": "A claim of a dozen words or so, as a record shows it.",
               "href": "../../sources/s/#p-3", "quote": "the words of the source it cites"} for n in range(3)]
    return cpu_seconds(lambda: each(lambda n: LAYOUT.render(lang="en", title=f"Page {n}", nav=nav, claims=claims),
                                    range(pages)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=int, help="number of sources, e.g. 4000")
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/briefgen-bench"))
    args = parser.parse_args()
    root = args.work / str(args.sources)
    make_corpus(root, args.sources)
    bodies = [frontmatter.loads(path.read_text(encoding="utf-8")).content
              for path in sorted((root / "brief" / "seeds").iterdir())]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    pages = PAGES_PER_SOURCE * args.sources
    rows = {f"Markdown: {name}": seconds for name, seconds in markdown_floors(bodies).items()}
    facts = [path.read_text(encoding="utf-8") for path in sorted((root / "brief" / "content").glob("*.yaml"))]
    rows["PyYAML: the fact files composed"] = yaml_floor(facts)
    rows[f"Jinja: a one-line layout, {pages:,} times"] = jinja_floor(pages)
    least = sum(seconds for name, seconds in rows.items()
                if not name.startswith("Markdown") or name.endswith("as briefgen converts"))
    rows["all three, as briefgen uses them"] = least
    print(f"| {args.sources:,} sources | CPU s | on {cores} cores, s |")
    print("|---|---|---|")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {seconds / cores:.2f} |")
    hugo = _hugo_binary()
    if hugo:
        out = root / "hugo-public"
        best = min(_timed([hugo, "--quiet", "--source", str(root / "hugo"), "--destination", str(out)], root)[0]
                   for _ in range(3))
        print(f"| Hugo over the same articles (wall, best of 3) | | {best:.2f} |")
        print(f"| the target for a cold build without search: 3 × Hugo | | {3 * best:.2f} |")


if __name__ == "__main__":
    main()
