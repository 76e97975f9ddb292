"""Read source documents from seeds/: verbatim text, metadata and paragraphs.

A source body is never altered; every offset refers to the text as stored.
Plain-text sources keep one paragraph per line (how news text is stored);
Markdown sources are rendered and split into their block elements' text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Mapping

import markdown

from . import frontmatter_split, inputs
from .diagnostics import Diagnostics, Location
from .ids import SLUG, slug_hint
from .textfile import decode_utf8

SOURCE_SUFFIXES = (".txt", ".md")
# python-markdown parses nested blocks recursively: hundreds of levels
# exhaust Python's stack, and take seconds before they do. Real documents
# nest a few levels.
MAX_MARKDOWN_DEPTH = 50
_INDENT_WIDTH = 4  # python-markdown's tab_length: one level of nesting


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as shown to readers (¶3)
    start: int  # offsets into Source.text
    end: int
    tag: str = "p"  # "p", "h2", "li"…


@dataclass(frozen=True)
class Source:
    id: str
    path: Path
    location: Location
    text: str  # the body readers see: verbatim for .txt, block text for .md
    paragraphs: tuple[Paragraph, ...]
    front_matter: Mapping[str, object]  # located and unchecked; validated with sources.yaml

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph holding `offset`, else the last one."""
        index = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.end)  # first ending after it
        if index < len(self.paragraphs) and self.paragraphs[index].start <= offset:
            return self.paragraphs[index]
        return self.paragraphs[-1]


def load_sources(seeds: Path, max_bytes: int, diagnostics: Diagnostics, root: Path | None = None) -> dict[str, Source]:
    """Every source in `seeds`; `root` is the project folder they must stay in."""
    sources: dict[str, Source] = {}
    if not seeds.is_dir():
        diagnostics.error(diagnostics.where(seeds), "no seeds/ folder with source documents",
                          "create seeds/ and add a .txt or .md source (briefgen new source FILE)")
        return sources
    files = inputs.entries(seeds, root or seeds.parent.resolve(), diagnostics)
    by_stem = _source_files_by_stem(files)
    for path in files:
        if path.suffix not in SOURCE_SUFFIXES:
            diagnostics.warning(diagnostics.where(path), f"ignored: sources must be {' or '.join(SOURCE_SUFFIXES)} files")
        elif _unique_stem(path, by_stem[path.stem], diagnostics):
            source = read_source(path, max_bytes, diagnostics)
            if source is not None:
                sources[source.id] = source
    return sources


def _source_files_by_stem(files: list[Path]) -> dict[str, list[Path]]:
    """Source files grouped by id, in listing order: one pass over the folder,
    not one per file (that was quadratic in the number of sources)."""
    by_stem: dict[str, list[Path]] = {}
    for path in files:
        if path.suffix in SOURCE_SUFFIXES:
            by_stem.setdefault(path.stem, []).append(path)
    return by_stem


def _unique_stem(path: Path, same: list[Path], diagnostics: Diagnostics) -> bool:
    """x.txt and x.md would both be source 'x': neither is read, one error says why.
    `same` is every source file with path's id, path included."""
    if len(same) == 1:
        return True
    if path == same[0]:
        diagnostics.error(diagnostics.where(path), f"source id '{path.stem}' is taken by two files: "
                          + " and ".join(other.name for other in same),
                          "a source's id is its file name without the extension; rename or remove one of them")
    return False


def source_stems(seeds: Path) -> set[str]:
    """Names of all source files in seeds/, including those that fail to load
    or may not be read."""
    if not seeds.is_dir():
        return set()
    return {path.stem for path in seeds.iterdir() if path.suffix in SOURCE_SUFFIXES and not path.name.startswith(".")}


def read_source(path: Path, max_bytes: int, diagnostics: Diagnostics) -> Source | None:
    where = diagnostics.where(path)
    if not SLUG.fullmatch(path.stem):
        diagnostics.error(where, f"source id '{path.stem}' is not a slug", slug_hint(path.stem))
        return None
    try:
        raw = inputs.read_regular(path, max_bytes)
    except OSError as exc:
        diagnostics.error(where, f"cannot read the source: {exc.strerror}", "check that it is a readable file")
        return None
    if len(raw) > max_bytes:
        diagnostics.error(where, f"source is {path.stat().st_size:,} bytes, over the limit of {max_bytes:,}",
                          "split the document, or raise max_source_bytes in briefgen.toml")
        return None
    text = decode_utf8(raw, path, "source", diagnostics)
    if text is None:
        return None
    meta, body = frontmatter_split.split(path, text, diagnostics)
    if meta is None:
        return None
    if path.suffix == ".md":
        body_line = text.count("\n", 0, len(text) - len(body)) + 1
        blocks = _markdown_blocks(path, body, body_line, diagnostics)
        if blocks is None:
            return None
        body, paragraphs = blocks
    else:
        paragraphs = _line_paragraphs(body)
    if not paragraphs:
        diagnostics.error(where, "source has no text", "add the document's text below its front matter")
        return None
    return Source(path.stem, path, where, body, tuple(paragraphs), meta)


def _too_deep(body: str) -> int | None:
    """Index of the first line indented deeper than MAX_MARKDOWN_DEPTH levels."""
    limit = MAX_MARKDOWN_DEPTH * _INDENT_WIDTH
    for index, line in enumerate(body.split("\n")):
        indent = len(line) - len(line.lstrip(" \t"))
        if indent > limit // _INDENT_WIDTH and len(line[:indent].expandtabs(_INDENT_WIDTH)) > limit:
            return index
    return None


def _line_paragraphs(body: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in body.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = offset + (len(content) - len(content.lstrip()))
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, start + len(stripped)))
        offset += len(line)
    return paragraphs


class _BlockText(HTMLParser):
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th"}
    CODE = {"script", "style"}  # raw HTML in Markdown: its content is not text a reader sees

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._stack: list[tuple[str, list[str]]] = []
        self._in_code = False

    def handle_starttag(self, tag, attrs):
        self._in_code = tag in self.CODE
        if tag in self.BLOCKS:
            self._stack.append((tag, []))

    def handle_endtag(self, tag):
        self._in_code = False
        if self._stack and self._stack[-1][0] == tag:
            tag, parts = self._stack.pop()
            text = " ".join("".join(parts).split())
            if text:
                self.blocks.append((tag, text))

    def handle_data(self, data):
        if self._stack and not self._in_code:
            self._stack[-1][1].append(data)


def _markdown_blocks(path: Path, body: str, body_line: int,
                     diagnostics: Diagnostics) -> tuple[str, list[Paragraph]] | None:
    """The block elements' text; None (reported) when the nesting is too deep to parse."""
    deep = _too_deep(body)
    try:
        html = markdown.markdown(body) if deep is None else None
    except RecursionError:  # nesting that indentation does not show ("- - - - …")
        html = None
    if html is None:
        diagnostics.error(diagnostics.where(path, body_line + deep if deep is not None else 0, 1),
                          f"Markdown nests more than {MAX_MARKDOWN_DEPTH} levels deep",
                          "lists and quotes in a document nest a few levels; flatten the nesting")
        return None
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    text, paragraphs = "", []
    for tag, block in parser.blocks:
        if text:
            text += "\n\n"
        shown_as = tag if tag.startswith("h") else "p"  # list items and cells read as paragraphs
        paragraphs.append(Paragraph(len(paragraphs) + 1, len(text), len(text) + len(block), shown_as))
        text += block
    return text, paragraphs
