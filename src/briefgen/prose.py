"""Prose pages: `pages/*.md` (about, method, key judgments), with the same
citations as claims.

A citation is a shortcode in the Markdown text:

    Japan pledged money for an airport [[cite source="001_169d24ce2ef1f331" quote="$1 billion"]].

with `source` and `quote`, and optional `prefix` and `suffix` (values in
double or single quotes). Each becomes a `Cite` located at its own line and
column in the .md file, so it is anchored and verified with every other
citation, and a quote that is not in the source is an error there.
"""
from __future__ import annotations

import bisect
import html
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import markdown

from . import frontmatter_split, inputs
from .diagnostics import Diagnostics, Location, os_reason
from .ids import SLUG
from .model import Cite
from .renamedseeds import unknown_source_hint
from .schema import CITE_FIELDS
from .suggest import did_you_mean
from .sources import crowded, stray_control
from .textfile import read_utf8
from .yamlsource import REFUSED

SHORTCODE = re.compile(r"\[\[cite\b(?P<body>[^\]]*)\]\]")
_CITATION_START = re.compile(r"\[\[\s*cite\b", re.IGNORECASE)
ATTRIBUTE = re.compile(r"\s*(?P<name>[A-Za-z_]+)\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')")
# A page may not take the address of a section, an asset folder or a data file.
RESERVED = {"countries", "events", "agreements", "organisations", "figures", "timeline", "sources", "search",
            "data", "assets", "pagefind", "index", "404", "feed", "sitemap"}
# A run of citations stands in the Markdown as the marker, its number and "X":
# letters and digits, which Markdown leaves as they are, replaced by the
# citations once rendered. The marker is one the page does not write, so no
# words of the page can pass for a citation.
MARKER = "BRIEFGENCITE"
_WRONG_VALUE = {"title": ("a page's 'title' must be text", "e.g. title: About this brief"),
                "order": ("a page's 'order' must be a whole number", "e.g. order: 1")}
SAFE_SCHEMES = ("", "http", "https", "mailto")


@dataclass(frozen=True)
class ProsePage:
    slug: str
    title: str
    order: int | None  # pages with an order come first, then the others by name
    path: Path
    html: str  # Markdown rendered with raw HTML escaped, holding the marker's placeholders
    citations: tuple[tuple[Cite, ...], ...]  # per placeholder: adjacent shortcodes together
    statements: tuple[str, ...]  # per placeholder: the words it backs, for the source page's backlinks
    statement_places: tuple[Location, ...]  # per placeholder: where those words begin in the file
    marker: str = MARKER
    title_location: Location | None = None  # where the title is written: its front matter's line, or the file

    @property
    def cites(self) -> tuple[Cite, ...]:
        return tuple(c for group in self.citations for c in group)

    @property
    def output(self) -> str:
        return f"{self.slug}/index.html"


def load_pages(folder: Path, source_ids: dict[str, str], broken_sources, diagnostics: Diagnostics,
               max_bytes: int | None = None) -> list[ProsePage]:
    """`max_bytes`: a page may be no longer than a source (max_source_bytes)."""
    if not folder.is_dir():
        return []
    try:
        listed = sorted(path for path in folder.iterdir() if path.suffix == ".md")
    except OSError as exc:  # glob and os.walk find nothing in it, and the site would lose its pages unsaid
        diagnostics.error(diagnostics.where(folder), f"cannot list the folder: {os_reason(exc)}",
                          "check the folder's permissions")
        return []
    _warn_unread(folder, diagnostics)
    pages = []
    for path in listed:
        if path.name.startswith("."):  # as in every input folder: an editor's lock link (.#about.md), a draft set aside
            continue
        page = _read_page(path, source_ids, broken_sources, diagnostics, max_bytes)
        if page is not None:
            pages.append(page)
    return sorted(pages, key=lambda p: (p.order is None, p.order or 0, p.slug))


def warn_twin_titles(pages: list[ProsePage], sections: list[str], diagnostics: Diagnostics) -> None:
    """A page titled as a section of the site, or as a page before it, is
    a second link of that name in the navigation every page shows: a reader
    (and a screen reader's list of links) cannot tell which is which.
    `sections`: the sections' names in the navigation, in the brief's language."""
    named = {title.casefold(): f"the section {title}" for title in sections}
    for page in pages:
        twin = named.get(page.title.casefold())
        if twin is not None:
            diagnostics.warning(page.title_location or diagnostics.where(page.path),
                                f"page '{page.slug}' is titled '{page.title}', as {twin} is: the navigation shows "
                                "two links of that name", "give the page a title of its own: title: … in its "
                                "front matter")
        else:
            named[page.title.casefold()] = f"page '{page.slug}'"


def _warn_unread(folder: Path, diagnostics: Diagnostics) -> None:
    """A Markdown file that is not made a page (in a sub-folder of pages/, or
    named `.markdown` or `.MD`) would otherwise be left out of the site
    without a word. Hidden files and folders are passed by, as drafts set aside."""
    for parent, names, files in os.walk(folder):
        names[:] = sorted(name for name in names if not name.startswith("."))
        for name in sorted(files):
            path = Path(parent, name)
            if name.startswith(".") or path.suffix.lower() not in (".md", ".markdown"):
                continue
            if parent != os.fspath(folder):
                diagnostics.warning(diagnostics.where(path),
                                    "not built: pages are the .md files directly in pages/, not in its sub-folders",
                                    f"move it to pages/{path.stem}.md to make it the page {path.stem}/")
            elif path.suffix != ".md":
                diagnostics.warning(diagnostics.where(path), "not built: a page's file name ends in .md",
                                    f"rename it to {path.stem.lower()}.md")


def _read_page(path: Path, source_ids, broken_sources, diagnostics: Diagnostics,
               max_bytes: int | None = None) -> ProsePage | None:
    slug = path.stem
    if not SLUG.fullmatch(slug) or slug in RESERVED:
        problem = (f"'{slug}' is taken by the site's own pages" if slug in RESERVED
                   else f"'{slug}' is not a valid page name")
        diagnostics.error(diagnostics.where(path, 1, 1), f"page {path.name}: {problem}",
                          "rename the file: lowercase letters, digits and '-', e.g. pages/about.md"
                          if slug not in RESERVED else f"rename it, e.g. pages/about-{slug}.md")
        return None
    # As every input: a link is followed only to a regular file inside the project.
    problem = inputs.refusal(path, path.parent.parent.resolve())
    if problem is not None:
        diagnostics.error(diagnostics.where(path), problem.message, problem.hint)
        return None
    text = read_utf8(path, "page", diagnostics, max_bytes)
    # Published as it is, as a source's text is: a NUL would make the page invalid HTML.
    if text is None or stray_control(text, path, diagnostics, "page's"):
        return None
    meta, body, body_line = _front_matter(text, path, diagnostics)
    if meta is None:
        return None
    if crowded(path, body, body_line, diagnostics, "split the paragraph"):
        return None
    reader = _Shortcodes(path, body, body_line, source_ids, broken_sources, diagnostics)
    dropped: list[str] = []
    html = _markdown(reader.marked_text, dropped)
    for number in _inside_links(html, reader.marker):
        diagnostics.error(reader.citations[number][0].location,
                          "a citation may not stand in a link's text, an image's description or a link's title",
                          "put it after the link or image, [words](address) [[cite …]]: its own link "
                          "would break the one around it")
    for address in dict.fromkeys(dropped):
        for at in _link_places(text, address):
            line = text.count("\n", 0, at) + 1 if at >= 0 else 0
            diagnostics.warning(diagnostics.where(path, line, at - text.rfind("\n", 0, at) if at >= 0 else 0),
                                f"link to '{address}' dropped: a page links only to web addresses (http, https, "
                                "mailto) or within the site", "write the link's address in full, e.g. https://…, "
                                "or remove the link")
    # A value refused as read is reported there, and stops the build: the page is still checked without it.
    read = {key: value for key, value in meta.items() if value is not REFUSED}
    # A wrong value is told at its own line and set aside, as a refused one is:
    # the page's other problems, its quotes among them, are still told in the same run.
    wrong = {key for key, bad in (("title", not isinstance(read.get("title"), (str, type(None)))),
                                  ("order", not isinstance(read.get("order"), (int, type(None)))
                                   or isinstance(read.get("order"), bool)))
             if bad}
    for key in sorted(wrong):
        mark = meta.value_mark(key) or (0, 0)
        diagnostics.error(diagnostics.where(path, *mark), _WRONG_VALUE[key][0], _WRONG_VALUE[key][1])
        del read[key]
    title = read.get("title") or _first_heading(html, reader.marker) or slug.replace("-", " ").capitalize()
    title_mark = meta.value_mark("title") if read.get("title") else None
    title_location = diagnostics.where(path, *(title_mark or (0, 0)))
    order = read.get("order")
    unknown = set(meta) - {"title", "order"}
    for key in sorted(unknown):
        mark = meta.key_mark(key) or (0, 0)
        diagnostics.error(diagnostics.where(path, *mark), f"unknown field '{key}' in page front matter",
                          did_you_mean(key, ("title", "order"), "a page knows 'title' and 'order'"))
    # A page with a bad citation still hands on its good ones, so every quote
    # is checked in the same run; the errors already stop the build.
    return ProsePage(slug, title.strip(), order, path, html, tuple(reader.citations), tuple(reader.statements),
                     tuple(reader.statement_places), reader.marker, title_location)


def _inside_links(html_text: str, marker: str) -> list[int]:
    """The placeholders a citation's link may not replace: inside an `<a>`
    (a link in a link, which the browser splits) or inside a tag (an image's
    `alt`, a link's `title`, whose quotes the citation's HTML would break)."""
    placeholder = re.escape(marker) + r"(\d+)X"
    in_tags = re.findall(rf"<[^<>]*?{placeholder}", html_text)
    in_links = [number for text in re.findall(r"<a\b[^>]*>(.*?)</a>", html_text, flags=re.S)
                for number in re.findall(placeholder, text)]
    return sorted({int(number) for number in in_tags + in_links})


def _link_places(text: str, address: str) -> list[int]:
    """Where `address` is written as a link's destination (`](…`, a reference's
    `]: …`): the same words in a sentence or a code span before it are no link.
    Else (never met) where it is first written, or -1."""
    written = re.finditer(r"\](?:\(|:)[ \t]*<?(?=" + re.escape(address) + ")", text)
    return [match.end() for match in written] or [text.find(address)]


def _front_matter(text: str, path: Path, diagnostics: Diagnostics):
    """(metadata, body, line of the body's first line), or (None, …) after an error."""
    meta, body = frontmatter_split.split(path, text, diagnostics)
    if meta is None:
        return None, "", 1
    return meta, body, text.count("\n", 0, len(text) - len(body)) + 1


def _first_heading(html_text: str, marker: str) -> str:
    """The words of the page's first `<h1>` as rendered: a `# ` line in a code
    block is none, and the heading's emphasis, code, links and citations are
    no part of a title ('# The *Long* River' is 'The Long River')."""
    match = re.search(r"<h1>(.*?)</h1>", html_text, flags=re.S)
    if match is None:
        return ""
    words = re.sub(rf"<[^>]*>|{re.escape(marker)}\d+X", "", match.group(1))
    return " ".join(html.unescape(words).split())


class _Shortcodes:
    """Replaces each run of adjacent cite shortcodes with one placeholder and
    turns them into located Cites; reports every malformed one."""

    def __init__(self, path: Path, body: str, first_line: int, source_ids, broken_sources,
                 diagnostics: Diagnostics) -> None:
        self.path, self.body, self.first_line = path, body, first_line
        self.source_ids, self.broken_sources, self.diagnostics = source_ids, broken_sources, diagnostics
        self.citations: list[tuple[Cite, ...]] = []
        self.statements: list[str] = []
        self.statement_places: list[Location] = []
        self.failed = False
        self.line_starts = [0] + [newline.end() for newline in re.finditer("\n", body)]
        self.marker = _marker(body)
        starts = list(_CITATION_START.finditer(body))
        shown = _shown_as_code(body, starts, self.marker)
        written: list[re.Match] = []
        for start in starts:
            if start.start() in shown:
                continue
            match = SHORTCODE.match(body, start.start()) if not written or start.start() >= written[-1].end() else None
            if match is not None:
                written.append(match)
            else:  # what is left of one would be published as text
                self._error(start.start(), "a citation must end with ']]'" if start.group() == "[[cite"
                            else "a citation must start with '[[cite ' exactly")
        self.marked_text = self._replace(written)

    def where(self, offset: int) -> Location:
        # Each citation is located: counting the lines from the top for each took a page
        # of 6,000 citations 3 s, a line start found by halving its list takes none.
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return self.diagnostics.where(self.path, self.first_line + line, offset - self.line_starts[line] + 1)

    def _error(self, offset: int, message: str, hint: str = "") -> None:
        self.failed = True
        self.diagnostics.error(self.where(offset), message,
                               hint or 'write [[cite source="source-id" quote="exact words of the source"]]')

    def _replace(self, matches: list[re.Match]) -> str:
        out, last, group, group_start = [], 0, [], 0
        for index, match in enumerate(matches):
            if not group:
                out.append(self.body[last:match.start()])
                group_start = match.start()
            cite = self._cite(match)
            if cite is not None:
                group.append(cite)
            following = matches[index + 1] if index + 1 < len(matches) else None
            adjacent = following is not None and not self.body[match.end():following.start()].strip()
            if not adjacent:
                if group:
                    out.append(f"{self.marker}{len(self.citations)}X")
                    self.citations.append(tuple(group))
                    # The words since the citation before, if that stands in the same sentence: what it
                    # backs is not this one's to state.
                    before = self.body[last:group_start]
                    self.statements.append(_statement(before))
                    self.statement_places.append(self.where(last + _sentence_start(before)))
                group = []
                last = match.end()
        out.append(self.body[last:])
        return "".join(out)

    def _cite(self, match: re.Match) -> Cite | None:
        body, offset = match.group("body"), match.start("body")
        values: dict[str, tuple[str, int]] = {}
        position = 0
        for attribute in ATTRIBUTE.finditer(body):
            if body[position:attribute.start()].strip():
                break
            quoting = "double" if attribute.group("double") is not None else "single"
            value, name = attribute.group(quoting), attribute.group("name")
            if name not in CITE_FIELDS:
                self._error(offset + attribute.start("name"), f"unknown citation field '{name}'",
                            did_you_mean(name, CITE_FIELDS, f"a citation has {', '.join(CITE_FIELDS)}"))
                return None
            values[name] = (value, offset + attribute.start(quoting))  # diagnostics point at the value
            position = attribute.end()
        if body[position:].strip():
            self._error(offset + position + (len(body[position:]) - len(body[position:].lstrip())),
                        "cannot read this citation",
                        'write each field as name="value" (or name=\'value\' when the value holds a ")')
            return None
        for required in ("source", "quote"):
            if not values.get(required, ("", 0))[0].strip():
                self._error(match.start(), f"citation is missing '{required}'")
                return None
        source, source_at = values["source"]
        if source not in self.source_ids:
            if self.broken_sources is None or source in self.broken_sources:
                self.failed = True  # the source's own error is reported
                return None
            self._error(source_at, f"unknown source '{source}'",
                        unknown_source_hint(source, self.source_ids))
            return None
        quote, quote_at = values["quote"]
        return Cite(self.source_ids[source], quote, self.where(quote_at),
                    **{field: values[field][0] for field in ("prefix", "suffix", "translation") if field in values})


# What code in a page starts with: a backtick (a span or a fence), a tilde
# fence, or a line indented as a code block.
_MAY_HOLD_CODE = re.compile(r"`|~~~|^(?: {4}|\t)", re.M)
_CODE = re.compile(r"<code(?: class=\"[^\"]*\")?>(.*?)</code>", re.S)


def _shown_as_code(body: str, starts: list[re.Match], marker: str) -> set[int]:
    """Where the citations written in a code span or block start: a page that
    explains the syntax shows them as written, not as citations. Markdown
    decides what is code, so each '[[cite' stands in as a placeholder of
    letters and digits, which it leaves as they are, and the page is read once."""
    if not starts or not _MAY_HOLD_CODE.search(body):
        return set()  # the page is read once, not twice
    pieces, last = [], 0
    for number, start in enumerate(starts):
        pieces += [body[last:start.start()], f"{marker}{number}X"]
        last = start.end()
    pieces.append(body[last:])
    placeholder = re.compile(re.escape(marker) + r"(\d+)X")
    return {starts[int(number)].start() for code in _CODE.findall(_markdown("".join(pieces)))
            for number in placeholder.findall(code)}


def _marker(body: str) -> str:
    """MARKER, followed by as many Qs as it takes for the page not to
    write it. Its last letter is never its first (B), so it cannot overlap
    itself: words just before a placeholder cannot run on into one."""
    marker = MARKER
    while marker in body:
        marker += "Q"
    return marker


# A list item's marker starts its line; the item is a sentence of its own.
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE)


# A heading's line is a block of its own, a blank line before the text under it or not.
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?\n", re.MULTILINE)
# The line under a table's header row ("|---|:--:|"): the rows after it are cells, not a sentence.
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)


def _block_start(before: str) -> int:
    """Where the block a citation stands in begins in `before`: its paragraph,
    list item, the line under a heading, or its table row (the row's cells
    are what a citation in the last one backs; the header is no part of them)."""
    start = max((match.end() for match in re.finditer(r"\n\s*\n", before)), default=0)
    start = max((match.end() for match in _HEADING_LINE.finditer(before, start)), default=start)
    if _TABLE_DELIMITER.search(before, start):
        return before.rfind("\n") + 1
    return max((item.end() for item in _LIST_ITEM.finditer(before, start)), default=start)


def _statement(before: str) -> str:
    """The words a citation backs: the sentence just before it, as plain text."""
    paragraph = before[_block_start(before):]
    plain = re.sub(r"[*_`#>\[\]|]|\(\S*\)", "", SHORTCODE.sub("", paragraph))
    plain = " ".join(plain.split())
    sentence = re.split(r"(?<=[.!?])\s+", plain)[-1].lstrip(_LEADING) if plain else ""
    return sentence if len(sentence) <= 160 else "…" + sentence[-159:]


def _sentence_start(before: str) -> int:
    """Where in `before` the sentence just before a citation begins, as
    _statement reads it: after the last sentence end in its paragraph."""
    start = paragraph = _block_start(before)
    for end in re.finditer(r"(?<=[.!?])\s+", before[paragraph:]):
        if before[paragraph + end.end():].strip():
            start = paragraph + end.end()
    return start + len(before[start:]) - len(before[start:].lstrip(_LEADING + "| \t\r\n"))


# What may stand between a citation and the words after it in the same sentence.
_LEADING = ",;:\u2013\u2014 "


class _SafeLinks(markdown.treeprocessors.Treeprocessor):
    """Links and images may point only at web addresses or within the site;
    the addresses dropped are added to `dropped`."""

    def __init__(self, md: markdown.Markdown, dropped: list[str]) -> None:
        super().__init__(md)
        self.dropped = dropped

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and _scheme_read(value) not in SAFE_SCHEMES:
                    del element.attrib[attribute]
                    self.dropped.append(value)


# Markdown writes a link's character references as the editor wrote them
# ("&#106;avascript:"), and the browser decodes them; it then drops tabs and
# line breaks anywhere in the address, and controls and spaces at its ends.
_DROPPED = re.compile(r"[\t\n\r]")
_ENDS = "".join(map(chr, range(0x21)))


def _scheme_read(value: str) -> str | None:
    """The scheme a browser reads in the attribute `value`, lower-cased;
    None for an address it cannot be sure of, and for one that names a host
    without a scheme ("//evil.example/"): it takes the scheme of the page, so
    from a site opened from disk it is a file on another computer."""
    try:
        parts = urlsplit(_DROPPED.sub("", html.unescape(value)).strip(_ENDS))
    except ValueError:  # "http://[": an address no browser would follow either
        return None
    return None if parts.netloc and not parts.scheme else parts.scheme.lower()


def _markdown(text: str, dropped: list[str] | None = None) -> str:
    """Markdown without raw HTML: tags in a page are shown as text, never run;
    a link to an address of another kind loses it (added to `dropped`)."""
    converter = markdown.Markdown(extensions=["tables", "fenced_code"], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    converter.treeprocessors.register(_SafeLinks(converter, [] if dropped is None else dropped),
                                      "briefgen-safe-links", 0)
    return converter.convert(text)


def placeholder_parts(page: ProsePage) -> list[tuple[str, int | None]]:
    """The page's HTML split at its placeholders: (html, None) and ("", group index)."""
    parts: list[tuple[str, int | None]] = []
    for index, chunk in enumerate(re.split(re.escape(page.marker) + r"(\d+)X", page.html)):
        parts.append((chunk, None) if index % 2 == 0 else ("", int(chunk)))
    return parts
