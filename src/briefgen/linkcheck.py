"""Internal links of a finished build: every relative href/src must name a
file the build writes, and every #fragment an element id on that page.

Each page is read once, as it is written, into a compact summary: where its
distinct internal links lead, and its element ids, but not its HTML. The
check runs over those summaries once every file is written and before the
new site is swapped in, so a broken template never reaches the output. Only
a page found to hold a broken link is read again, to report each of its
links as written."""
from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser

from .diagnostics import Diagnostics
from .urls import site_base

FROM_ROOT = "a link from the server root breaks when the site is served under a sub-path"
OUTSIDE = "it points outside the site"

# Where a link leads, as one short string shared by every page that has it:
# "=" + path + "\0" + fragment names exactly that file; "~" the same, or
# path/index.html when only that is built (static hosts redirect 'x' to
# 'x/'); BROKEN a link broken whatever the site holds.
EXACT, OR_FOLDER, BROKEN = "=", "~", "!"


@dataclass(frozen=True)
class BrokenLink:
    page: str  # output path of the page holding the link
    link: str  # as written in the page
    problem: str  # why it is broken, said to the editor as the hint


class PageScan:
    """Links (in document order) and element ids of one page, read by an
    HTML5 parser (lexbor, through selectolax): only real attributes count, so
    text such as a title holding "src=x", inside another attribute's value,
    is never taken for a link. On 5,016 pages (40 MB) it reads them in
    2.0-2.2 s, against 2.4-4.5 s for the former regular expressions and
    13-16 s for the standard library's html.parser (benchmarks/linkcheck_bench.py)."""
    __slots__ = ("links", "ids")

    def __init__(self, html: str) -> None:
        self.links: list[str] = []
        self.ids: set[str] = set()
        for node in LexborHTMLParser(html).css("[href], [src], [id]"):
            attributes = node.attributes
            self.links += [attributes[name] or "" for name in ("href", "src") if name in attributes]
            if "id" in attributes:
                self.ids.add(attributes["id"] or "")


class PageSummary(NamedTuple):
    """What the check keeps of one page."""
    checked: int  # internal links, repeats included
    # Where its distinct internal links lead (EXACT, OR_FOLDER, BROKEN), but those
    # found good on the page itself (summarise); once a
    # LinkChecker holds it, their numbers in its table, joined by commas ("3,17,240").
    leads: tuple[str, ...] | str
    ids: str | frozenset[str]  # its element ids, joined by "\0" (a set if one holds "\0")


def summarise(page: str, html: str | bytes, base: str) -> PageSummary:
    """The summary of `page` (its output path) holding `html`; `base` as
    `site_base` gives it. Runs where the page is rendered, worker processes included.
    A link to the page itself, to no element or to one of its ids, is good
    whatever else the site holds: it is checked here and leaves no lead (a
    source page's links to its own paragraphs were 280,000 of the 440,000
    leads at 10,000 sources)."""
    scan = PageScan(_text(html))
    folder = posixpath.dirname(page)
    here = f"{page}\0"  # after the kind: this page, as EXACT or OR_FOLDER (the page itself is built)
    checked, leads = 0, {}
    for link in scan.links:
        lead = _lead_from(page, folder, link, base)
        if lead is not None:
            checked += 1
            if not (lead.startswith(here, 1) and _on_the_page(lead[len(here) + 1:], scan.ids)):
                leads[lead] = None
    return PageSummary(checked, tuple(leads), _packed(scan.ids))


def _on_the_page(fragment: str, ids: set[str]) -> bool:
    return not fragment or fragment in ids


# Where a link leads from a folder: its lead, None for a link out of the
# site, or THIS_PAGE and the fragment for a link with no path. Most links on
# a page are written on other pages too: the navigation, and links to
# records, sources and paragraphs. A page has a folder of its own, so each
# is kept under only the part of the folder it depends on (_leads_key),
# once for every page that shares that part. A process keeps what it worked
# out, up to a bound.
_LEADS: dict[tuple[int, str, str, str], str | tuple[object, str, bool] | None] = {}
_LEADS_MOST = 200_000
_CLIMB = re.compile(r"(?:\.\./)*")


def _leads_key(folder: str, link: str, base: str) -> tuple[int, str, str, str]:
    """What the lead of `link` in `folder` depends on. A link with no path
    ("#x") stays on its page, wherever that is. A link that climbs k folders
    ("../../x") leads from a folder as it does from the folder's first
    (depth - k) parts, whatever the others are called: "../y/" from
    "events/a" and from "events/b" leads to "events/y/"; one that climbs to
    the top or beyond, from every folder as deep alike."""
    if link.startswith("#"):
        return -1, "", link, base
    depth = folder.count("/") + 1 if folder else 0
    climbs = _CLIMB.match(link).end() // 3
    if climbs >= depth:
        return depth, "", link, base
    return depth, folder.rsplit("/", climbs)[0] if climbs else folder, link, base


def _lead_from(page: str, folder: str, link: str, base: str) -> str | None:
    """The lead of `link` on `page` (in `folder`), None if it is not internal."""
    key = _leads_key(folder, link, base)
    lead = _LEADS.get(key, _UNKNOWN)
    if lead is _UNKNOWN:
        if len(_LEADS) >= _LEADS_MOST:
            _LEADS.clear()
        located = _located_from(folder, link, base) if _internal(link, base) else None
        lead = _LEADS[key] = located if located is None or _on_this_page(located) else _lead(located)
    if type(lead) is tuple:  # the page it is on
        return _lead((page, lead[1], False))
    return lead


_UNKNOWN = object()  # not yet worked out


def _packed(ids: set[str]) -> str | frozenset[str]:
    """One string instead of a set of many: a tenth of the memory."""
    joined = "\0".join(ids)
    return joined if joined.count("\0") == max(len(ids) - 1, 0) else frozenset(ids)


class LinkChecker:
    """The summaries of a site's pages, and the check over them.

    Each distinct lead is kept once, in a table, and a page's leads as their
    numbers in it: one short string a page. The table may start as the last
    build's (pagereuse.py), so that a page kept from that build brings its
    leads as they were recorded, with nothing to look up."""

    def __init__(self, base_url: str = "", leads: Sequence[str] = ()) -> None:
        self.base = site_base(base_url)  # absolute links into the site (the 404 page's) are checked as relative ones
        self._pages: dict[str, PageSummary] = {}
        self.leads: list[str] = list(leads)  # the table: every lead a page has (or had last build), by number
        self._numbers: dict[str, int] | None = None  # made when a fresh summary comes: after workers are forked
        self.checked = 0

    @classmethod
    def of(cls, files: Mapping[str, bytes], base_url: str = "") -> LinkChecker:
        """The checker of a site held in memory (relative path -> bytes)."""
        checker = cls(base_url)
        for path in files:
            if path.endswith(".html"):
                checker.add(path, files[path])
        return checker

    def add(self, page: str, html: str | bytes) -> None:
        self.adopt(page, summarise(page, html, self.base))

    def adopt(self, page: str, summary: PageSummary) -> PageSummary:
        """A page summarised elsewhere (a worker process), or recorded by the
        last build with its leads' numbers in the table this checker started
        with: the summary as the checker keeps it."""
        leads = summary.leads
        if not isinstance(leads, str):
            leads = ",".join([str(self._number(lead)) for lead in leads])
        replaced = self._pages.get(page)
        self.checked += summary.checked - (replaced.checked if replaced else 0)
        held = self._pages[page] = PageSummary(summary.checked, leads, summary.ids)
        return held

    def _number(self, lead: str) -> int:
        if self._numbers is None:
            self._numbers = {known: number for number, known in enumerate(self.leads)}
        number = self._numbers.get(lead)
        if number is None:
            number = self._numbers[lead] = len(self.leads)
            self.leads.append(lead)
        return number

    def broken_links(self, files: Mapping[str, bytes]) -> list[BrokenLink]:
        """Every broken link, page by page in path order, each distinct link of
        a page once (a bad nav link is one mistake); `files` is the whole site."""
        bad = self._bad_leads(files)
        numbers = {str(number) for number, lead in enumerate(self.leads) if lead in bad}
        broken: list[BrokenLink] = []
        if not numbers:
            return broken
        for page in sorted(self._pages):
            leads = self._pages[page].leads
            if leads and not numbers.isdisjoint(leads.split(",")):
                broken += self._report(page, files)
        return broken

    def _bad_leads(self, files: Mapping[str, bytes]) -> set[str]:
        """The leads that fail, each looked at once; each path they lead to
        is looked for once (a source page is the lead of every passage cited
        on it), and its ids unpacked once for all the fragments wanted on it."""
        bad = {BROKEN}
        # Kind and path -> its leads; each lead's fragment is cut again when needed rather than
        # held beside it (at 10,000 sources, 440,000 leads: 45 MB more at the build's peak).
        by_path: dict[str, list[str]] = defaultdict(list)
        for lead in self.leads:
            if lead != BROKEN:
                by_path[lead.partition("\0")[0]].append(lead)
        for kind_and_path, leads in by_path.items():
            target = _target(kind_and_path[1:], kind_and_path[0] == OR_FOLDER, files)
            if target not in files:
                bad.update(leads)
                continue
            fragments = [(lead, fragment) for lead in leads if (fragment := lead.partition("\0")[2])]
            if fragments and target.endswith(".html"):
                ids = self._ids(target, files)
                bad.update(lead for lead, fragment in fragments if fragment not in ids)
        return bad

    def _report(self, page: str, files: Mapping[str, bytes]) -> list[BrokenLink]:
        """The page's broken links as written, read again from `files`."""
        scan = PageScan(_text(files[page]))
        internal = dict.fromkeys(link for link in scan.links if _internal(link, self.base))
        found = ((link, self.problem(page, link, files)) for link in internal)
        return [BrokenLink(page, link, problem) for link, problem in found if problem]

    def problem(self, page: str, link: str, files: Mapping[str, bytes]) -> str:
        """Why the internal `link` on `page` is broken; "" when it works."""
        located = _locate(page, link, self.base)
        if isinstance(located, str):
            return located
        path, fragment, or_folder = located
        target = _target(path, or_folder, files)
        if target not in files:
            return f"nothing is built at {target}"
        if fragment and target.endswith(".html") and fragment not in self._ids(target, files):
            return f"{target} has no element with id '{fragment}'"
        return ""

    def nearest(self, page: str, link: str, files: Mapping[str, bytes]) -> str | None:
        """For a link to a record's or source's page that is not built (an id mistyped, or renamed since),
        the link to the page of that section whose id is nearest, as `page` would write it; else None."""
        located = _locate(page, link, self.base)
        if isinstance(located, str):
            return None
        target = _target(located[0], located[2], files)
        section, _, rest = target.partition("/")
        name, _, last = rest.partition("/")
        if target in files or not name or last != "index.html":
            return None
        from .suggest import closest  # only a broken link asks
        built = {path[len(section) + 1:-len("/index.html")] for path in files
                 if path.startswith(section + "/") and path.count("/") == 2 and path.endswith("/index.html")}
        match = closest(name, built)
        if match is None:
            return None
        return posixpath.relpath(f"{section}/{match}", posixpath.dirname(page) or ".") + "/"

    def _ids(self, page: str, files: Mapping[str, bytes]) -> set[str] | frozenset[str]:
        summary = self._pages.get(page)
        if summary is None:  # an HTML file nobody summarised
            summary = summarise(page, files[page], self.base)
        if isinstance(summary.ids, frozenset):
            return summary.ids
        return set(summary.ids.split("\0")) if summary.ids else set()


def _text(html: str | bytes) -> str:
    return html if isinstance(html, str) else html.decode("utf-8", errors="replace")


def _internal(link: str, base: str) -> bool:
    if _FOLDER_LINK.fullmatch(link):  # most links: see _folder_link
        return True
    parts = urlsplit(link)
    # http(s):, mailto:, data: and //host links lead elsewhere.
    return not (parts.scheme or parts.netloc) or bool(base and link.startswith(base))


def _locate(page: str, link: str, base: str) -> tuple[str, str, bool] | str:
    """Where an internal `link` on `page` leads, as far as the link alone
    tells: (path, fragment, whether path/index.html may stand for path), or
    why it is broken wherever it leads."""
    located = _located_from(posixpath.dirname(page), link, base)
    return (page, located[1], False) if _on_this_page(located) else located


def _located_from(folder: str, link: str, base: str) -> tuple[str, str, bool] | tuple[object, str, bool] | str:
    """_locate for a page in `folder`: (THIS_PAGE, fragment, False) for a
    link with no path, which stays on the page it is on."""
    if base and link.startswith(base):
        folder, link = "", "./" + link[len(base):]
    elif link.startswith("/"):
        return FROM_ROOT
    elif (located := _folder_link(folder, link)) is not None:
        return located
    parts = urlsplit(link)
    path, fragment = unquote(parts.path), unquote(parts.fragment)
    if not path:
        return THIS_PAGE, fragment, False  # "#fragment" alone
    joined = posixpath.normpath(posixpath.join(folder, path))
    if joined == ".." or joined.startswith("../"):
        return OUTSIDE
    directory = "" if joined == "." else joined
    if path.endswith("/") or not directory:
        return posixpath.join(directory, "index.html"), fragment, False
    return joined, fragment, True


THIS_PAGE = object()  # where a link with no path leads: whichever page it is on

# A link to a folder as the views write most ('../../events/x/#c-1'): climbs,
# then names of letters, digits, '_' and '-' only, so nothing to unquote, no
# scheme, query or '.' segment, and a fragment of the same letters.
_FOLDER_LINK = re.compile(r"((?:\.\./)*)((?:[\w-]+/)+)(?:#([\w-]*))?", re.ASCII)


def _folder_link(folder: str, link: str) -> tuple[str, str, bool] | str | None:
    """What _located_from gives such a link, by string work alone (a list of
    the brief links each of thousands of records once, and urlsplit and
    normpath took most of its summary's time); None for any other link."""
    found = _FOLDER_LINK.fullmatch(link)
    if found is None:
        return None
    climbs, down, fragment = found.group(1, 2, 3)
    up = folder.split("/") if folder else []
    kept = len(up) - len(climbs) // 3
    if kept < 0:
        return OUTSIDE
    return "/".join(up[:kept] + [down + "index.html"]), fragment or "", False


def _on_this_page(located) -> bool:
    return isinstance(located, tuple) and located[0] is THIS_PAGE


def _written_at(path: Path | None, link: str) -> tuple[Path, int, int] | None:
    """Where `link` is written in the Markdown file `path` (its first
    occurrence as a link's target), or None."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r"(?:(?<=\]\()|(?<=\]:))[ \t]*<?" + _as_markdown_writes(link), text)  # [text](link), [ref]: link
    if found is None:
        return None
    start = found.start() + len(found.group()) - len(found.group().lstrip(" \t<"))
    line = text.count("\n", 0, start) + 1
    return path, line, start - (text.rfind("\n", 0, start) + 1) + 1


def _as_markdown_writes(link: str) -> str:
    """A pattern of `link` as Markdown may write it: any ASCII punctuation
    escaped with a backslash or not ("annual\\_report/" is "annual_report/")."""
    return "".join(rf"\\?{re.escape(c)}" if c in _ESCAPABLE else re.escape(c) for c in link)


_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _lead(located: tuple[str, str, bool] | str) -> str:
    if isinstance(located, str):
        return BROKEN
    path, fragment, or_folder = located
    if "\0" in path:  # no file name holds one; the report says what is built instead
        return BROKEN
    return f"{OR_FOLDER if or_folder else EXACT}{path}\0{fragment}"


def _target(path: str, or_folder: bool, files: Mapping[str, bytes]) -> str:
    if or_folder and path not in files and posixpath.join(path, "index.html") in files:
        return posixpath.join(path, "index.html")
    return path


def check_links(checker: LinkChecker, files: Mapping[str, bytes], templates: Mapping[str, str], out: Path,
                diagnostics: Diagnostics, written: Mapping[str, Path] = MappingProxyType({})) -> int:
    """Report each broken internal link of the site `files` as an error
    where it is written: in the file of a prose page that holds it
    (`written`: page path -> its Markdown file), else naming the template
    that made its page; return how many links were checked."""
    for broken in checker.broken_links(files):
        place = _written_at(written.get(broken.page), broken.link)
        if place is not None:
            path, line, col = place
            nearest = checker.nearest(broken.page, broken.link, files)
            diagnostics.error(diagnostics.where(path, line, col), f"broken link {broken.link}",
                              f"{broken.problem}; " + (f"did you mean '{nearest}'? " if nearest else "")
                              + "fix the link (it is relative to the page's own address, "
                              f"{posixpath.dirname(broken.page) + '/' if '/' in broken.page else '/'})")
            continue
        template = templates.get(broken.page)
        origin = f"template {template}" if template else f"templates/{broken.page}, copied as it is"
        fix = (f"fix the link in {template} or a template it extends or imports" if template
               else "fix the link in that file")
        diagnostics.error(diagnostics.where(out / broken.page), f"broken link {broken.link} (from {origin})",
                          f"{broken.problem}; {fix}")
    return checker.checked
