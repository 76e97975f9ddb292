"""How fast the link check's page scan reads a built site's pages, against
the alternatives it was chosen over (run by hand; timings are not tests).

    python3 benchmarks/build_bench.py 1000 --out /dev/shm/bench   # makes a site
    python3 benchmarks/linkcheck_bench.py /dev/shm/bench/corpus/brief/site

Prints seconds to read every page's links and ids with selectolax (lexbor,
what linkcheck.py uses), the standard library's html.parser, and the regular
expressions the link check used before, and how many pages each reads
differently from html.parser."""
from __future__ import annotations

import re
import sys
import time
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from briefgen.linkcheck import PageScan


class _Standard(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src"):
                self.links.append(value or "")
            elif name == "id":
                self.ids.add(value or "")

    handle_startendtag = handle_starttag


def standard(html: str):
    parser = _Standard()
    parser.feed(html)
    parser.close()
    return parser.links, parser.ids


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[A-Za-z][^>]*>")
_ATTRIBUTE = re.compile(r"""\s(href|src|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)


def regular_expressions(html: str):
    links, ids = [], set()
    for tag in _TAG.finditer(_COMMENT.sub("", html)):
        for match in _ATTRIBUTE.finditer(tag.group()):
            value = unescape(match.group(2) or match.group(3) or match.group(4) or "")
            (ids.add(value) if match.group(1).lower() == "id" else links.append(value))
    return links, ids


def selectolax(html: str):
    scan = PageScan(html)
    return scan.links, scan.ids


def main(site: Path) -> None:
    pages = [path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))]
    print(f"{len(pages):,} pages, {sum(map(len, pages)) / 1e6:.0f} MB")
    reference = [standard(page) for page in pages]
    for name, scan in (("selectolax (lexbor)", selectolax), ("html.parser", standard),
                       ("regular expressions", regular_expressions)):
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            found = [scan(page) for page in pages]
            best = min(best, time.perf_counter() - started)
        differing = sum(1 for mine, theirs in zip(found, reference) if mine != theirs)
        print(f"{name:<22} {best:6.2f} s   pages read differently from html.parser: {differing}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
