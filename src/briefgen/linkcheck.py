"""Internal links of a finished build: every relative href/src must name a
file the build writes, and every #fragment an element id on that page.

Runs on the in-memory output, after rendering and before writing, so a
broken template never reaches site/."""
from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .diagnostics import Diagnostics

LINK_ATTRIBUTES = ("href", "src")


@dataclass(frozen=True)
class BrokenLink:
    page: str  # output path of the page holding the link
    link: str  # as written in the page
    problem: str  # why it is broken, said to the editor as the hint


class _PageScan(HTMLParser):
    """Links (in document order) and element ids of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append(value)
            elif name == "id" and value:
                self.ids.add(value)

    handle_startendtag = handle_starttag


class LinkChecker:
    def __init__(self, files: Mapping[str, bytes], base_url: str = "") -> None:
        self.files = files
        # Absolute links into the site itself (the 404 page's, when the base
        # URL is known) are checked like relative ones.
        self.base = base_url.rstrip("/") + "/" if base_url else ""
        self._scans: dict[str, _PageScan] = {}
        self.checked = 0

    def broken_links(self) -> list[BrokenLink]:
        broken: list[BrokenLink] = []
        for page in sorted(p for p in self.files if p.endswith(".html")):
            links = [link for link in self._scan(page).links if self._internal(link)]
            self.checked += len(links)
            # One report per distinct link on a page: a bad nav link is one mistake.
            for link in dict.fromkeys(links):
                problem = self.problem(page, link)
                if problem:
                    broken.append(BrokenLink(page, link, problem))
        return broken

    def problem(self, page: str, link: str) -> str:
        """Why the internal `link` on `page` is broken; "" when it works."""
        if self.base and link.startswith(self.base):
            folder, link = "", "./" + link[len(self.base):]
        elif link.startswith("/"):
            return "a link from the server root breaks when the site is served under a sub-path"
        else:
            folder = posixpath.dirname(page)
        parts = urlsplit(link)
        target = self._target(page, folder, unquote(parts.path))
        if target is None:
            return "it points outside the site"
        if target not in self.files:
            return f"nothing is built at {target}"
        fragment = unquote(parts.fragment)
        if fragment and target.endswith(".html") and fragment not in self._scan(target).ids:
            return f"{target} has no element with id '{fragment}'"
        return ""

    def _internal(self, link: str) -> bool:
        parts = urlsplit(link)
        # http(s):, mailto:, data: and //host links lead elsewhere.
        return not (parts.scheme or parts.netloc) or bool(self.base and link.startswith(self.base))

    def _target(self, page: str, folder: str, path: str) -> str | None:
        if not path:
            return page  # "#fragment" alone stays on this page
        joined = posixpath.normpath(posixpath.join(folder, path))
        if joined == ".." or joined.startswith("../"):
            return None
        directory = "" if joined == "." else joined
        if path.endswith("/") or not directory:
            return posixpath.join(directory, "index.html")
        if joined not in self.files and posixpath.join(joined, "index.html") in self.files:
            return posixpath.join(joined, "index.html")  # static hosts redirect 'x' to 'x/'
        return joined

    def _scan(self, page: str) -> _PageScan:
        scan = self._scans.get(page)
        if scan is None:
            scan = self._scans[page] = _PageScan()
            scan.feed(self.files[page].decode("utf-8", errors="replace"))
            scan.close()
        return scan


def check_links(files: Mapping[str, bytes], templates: Mapping[str, str], out: Path,
                diagnostics: Diagnostics, base_url: str = "") -> int:
    """Report each broken internal link as an error naming the template that
    made its page; return how many links were checked."""
    checker = LinkChecker(files, base_url)
    for broken in checker.broken_links():
        template = templates.get(broken.page)
        origin = f"template {template}" if template else f"templates/{broken.page}, copied as it is"
        fix = (f"fix the link in {template} or a template it extends or imports" if template
               else "fix the link in that file")
        diagnostics.error(diagnostics.where(out / broken.page), f"broken link {broken.link} (from {origin})",
                          f"{broken.problem}; {fix}")
    return checker.checked
