"""The single map from records to output paths, and relative links between them."""
from __future__ import annotations

import functools
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
    return _relative(posixpath.dirname(from_page), to_page) + (f"#{fragment}" if fragment else "")


@functools.lru_cache(maxsize=65536)  # pages link to the same few targets from the same few folders
def _relative(start: str, to_page: str) -> str:
    target = url_path(to_page)
    link = posixpath.relpath(target or ".", start or ".")
    if target.endswith("/") or not target:
        link = "./" if link == "." else link + "/"
    return link


def root_of(page: str) -> str:
    depth = page.count("/")
    return "../" * depth


def check_collisions(library: Library, diagnostics: Diagnostics) -> None:
    """Two inputs must never claim one output path."""
    claimed: dict[str, str] = {}
    for record in library.records.values():
        if record.kind == "figure":
            continue
        _claim(claimed, record_page(record), f"{record.kind} '{record.id}'", record.location, diagnostics)
    for source in library.sources.values():
        _claim(claimed, source_page(source.id), f"source '{source.id}'", source.location, diagnostics)


def _claim(claimed, path, owner, location, diagnostics) -> None:
    if path in claimed:
        diagnostics.error(location, f"{owner} and {claimed[path]} both produce {path}", "rename one of the ids")
    claimed[path] = owner
