"""The single map from records to output paths, and relative links between them."""
from __future__ import annotations

import posixpath

from .diagnostics import Diagnostics
from .model import Library, Record
from .schema import EVENT_KINDS

SECTION = {"country": "countries", "agreement": "agreements", "organisation": "organisations"}
SECTION.update({kind: "events" for kind in EVENT_KINDS})


def record_page(record: Record) -> str:
    if record.kind == "figure":
        return "figures/index.html"
    return f"{SECTION[record.kind]}/{record.id}/index.html"


def has_page(record: Record, named_by_a_record: bool) -> bool:
    """A country no claim describes and no record names would be an empty
    shell: it gets no page (nothing links to it either)."""
    return record.kind != "country" or bool(record.claims) or named_by_a_record


def record_fragment(record: Record) -> str:
    return record.id if record.kind == "figure" else ""


def source_page(source_id: str) -> str:
    return f"sources/{source_id}/index.html"


def url_path(page: str) -> str:
    """How a page is addressed from the site root: 'events/x/' for events/x/index.html."""
    return page[: -len("index.html")] if page.endswith("index.html") else page


def href(from_page: str, to_page: str, fragment: str = "") -> str:
    """Relative link, directory style ('../../sources/x/'), so the site works
    under any sub-path and on any static host."""
    return relative(from_page, url_path(to_page)) + (f"#{fragment}" if fragment else "")


def relative(from_page: str, target: str) -> str:
    """The link from page `from_page` to the URL path `target` ('' is the
    root, a final '/' a folder), as os.path.relpath gives it, by string work:
    a site path is plain ('a/b/c.html': no '.', '..', empty or absolute
    segments), so the link climbs '..' out of each folder of the page below
    their common prefix, then goes down the rest of the target. Any other
    path goes to posixpath.relpath, which normalises first."""
    if plain(from_page) and plain(target):
        folder, inside, _ = from_page.partition("/")
        if target and (not inside or target.partition("/")[0] != folder):
            # No folder in common (a list's links to records in another section): climb to the root.
            return "../" * from_page.count("/") + target
        up = from_page.split("/")
        up.pop()  # the page's own name
        down = target.split("/") if target else []
        if down and not down[-1]:
            down.pop()  # 'events/x/' is folder 'events/x'
        common = 0
        for a, b in zip(up, down):
            if a != b:
                break
            common += 1
        link = "/".join([".."] * (len(up) - common) + down[common:]) or "."
    else:
        link = posixpath.relpath(target or ".", posixpath.dirname(from_page) or ".")
    if target.endswith("/") or not target:
        link = "./" if link == "." else link + "/"
    return link


def plain(path: str) -> bool:
    """A site path as routes.py makes them: no segment relpath would normalise away: '.', '..', '' (from '//'), or a leading '/'."""
    return not (path.startswith(("/", ".")) or "/." in path or "//" in path)


def root_of(page: str) -> str:
    depth = page.count("/")
    return "../" * depth


# A figure's id is the id of its row on the figures page (figures/#id), beside
# the ids the page gives its own parts: the skip link's target, the reference
# list, each source's reference, disputes and claims.
FIGURES_PAGE_IDS = ("main", "references-title")
FIGURES_PAGE_ID_STARTS = ("ref-", "dispute-", "c-")


def names_a_figures_page_part(figure_id: str) -> bool:
    """Whether a figure with this id would take the id of a part of the figures page."""
    return figure_id in FIGURES_PAGE_IDS or figure_id.startswith(FIGURES_PAGE_ID_STARTS)


def check_collisions(library: Library, diagnostics: Diagnostics) -> None:
    """Two inputs must never claim one output path, nor a figure an id of its page."""
    claimed: dict[str, str] = {}
    for record in library.records.values():
        if record.kind == "figure":
            if names_a_figures_page_part(record.id):
                diagnostics.error(record.field_locations.get("id", record.location),
                                  f"figure '{record.id}' takes an id the figures page gives one of its own parts",
                                  "rename it: 'main', 'references-title' and ids starting 'ref-', 'dispute-' "
                                  "or 'c-' name parts of that page, and a link to the figure would land there")
            continue
        _claim(claimed, record_page(record), f"{record.kind} '{record.id}'", record.location, diagnostics)
    for source in library.sources.values():
        _claim(claimed, source_page(source.id), f"source '{source.id}'", source.location, diagnostics)


def _claim(claimed, path, owner, location, diagnostics) -> None:
    if path in claimed:
        diagnostics.error(location, f"{owner} and {claimed[path]} both produce {path}", "rename one of the ids")
    claimed[path] = owner
