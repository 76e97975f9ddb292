"""Read built HTML the way a checker would: elements, attributes, and the
text content of every element that has an id."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text_by_id: dict[str, str] = {}
        self.tag_by_id: dict[str, tuple[str, dict]] = {}
        self._open: list[tuple[str, dict, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.tag_by_id[attributes["id"]] = (tag, attributes)
        if tag not in VOID:
            self._open.append((tag, attributes, []))

    def handle_endtag(self, tag):
        while self._open:
            open_tag, attributes, parts = self._open.pop()
            text = "".join(parts)
            if self._open:
                self._open[-1][2].append(text)
            if "id" in attributes:
                self.text_by_id[attributes["id"]] = text
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)


def scan(path: Path) -> Scan:
    parser = Scan()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def resolve(site: Path, page: Path, link: str) -> tuple[Path, str]:
    """File and fragment a relative link points at (directory links → index.html)."""
    target, _, fragment = link.partition("#")
    resolved = (page.parent / target).resolve() if target else page
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return resolved, fragment
