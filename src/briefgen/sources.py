"""Read source documents from seeds/: verbatim text, metadata and paragraphs.

A source body is never altered; every offset refers to the text as stored.
Plain-text sources keep one paragraph per line (how news text is stored);
Markdown sources are rendered and split into their block elements' text.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import re
import stat
import threading
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from typing import Mapping

import markdown
from markdown.inlinepatterns import SubstituteTagInlineProcessor
from markdown.treeprocessors import InlineProcessor

from . import frontmatter_split, inputs, keptobjects, locatedjson, parsed, parsepool
from .buildstate import status, unchanged_since
from .current import working_on
from .diagnostics import Diagnostic, Diagnostics, Location, os_reason
from .ids import SLUG, slug_hint, suggested_id
from .keptobjects import KeptObjects
from .locatedjson import BadShape
from .parsecache import ParseCache, bytes_digest
from .textfile import decode_utf8
from .yamlsource import LocatedMap

SOURCE_SUFFIXES = (".txt", ".md")
# Documents an article is downloaded or written as, whose text a source is.
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".html", ".htm")
# python-markdown parses nested blocks recursively: hundreds of levels
# exhaust Python's stack, and take seconds before they do. Real documents
# nest a few levels.
MAX_MARKDOWN_DEPTH = 50
# Python-Markdown reads a paragraph's "[" in time growing with their square (4,000 take 5 s, 50,000 hours):
# no article holds so many, so a paragraph with more is refused rather than read.
MAX_BRACKETS = 1000
_INDENT_WIDTH = 4  # python-markdown's tab_length: one level of nesting
_TAG_LIST = ("p", "h1", "h2", "h3", "h4", "h5", "h6")
_TAGS = frozenset(_TAG_LIST)
_TAG_INDEX = {tag: index for index, tag in enumerate(_TAG_LIST)}
_PARSING = Path("-")  # parse_source reports about no file in particular: its caller relocates
_DECODED = KeptObjects()  # (parse key, path, path as shown) -> (problems, source): see _parse_all
# In a process that builds again, each source file as it was last read, by
# path: (its status, when it was read, the digest of its bytes); see _unread.
_READ: dict[str, tuple[list[int], int, bytes]] = {}


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as shown to readers (¶3)
    start: int  # offsets into Source.text
    end: int
    tag: str = "p"  # "p", "h2", "li"…


class Paragraphs(Sequence[Paragraph]):
    """A source's paragraphs in order, numbered from 1, held as their
    offsets and a byte for each tag rather than as an object each (a tenth
    of the memory: 10,000 sources have 230,000 paragraphs, 70 MB as
    objects); a Paragraph is made when one is asked for."""
    __slots__ = ("_offsets", "_tags")

    def __init__(self, offsets: array, tags: bytearray) -> None:
        """`offsets`: the start and end of each paragraph in turn; `tags`: the index of each one's in _TAG_LIST."""
        self._offsets, self._tags = offsets, tags

    @classmethod
    def of(cls, paragraphs: Iterable[Paragraph]) -> Paragraphs:
        offsets, tags = array("q"), bytearray()
        for paragraph in paragraphs:
            offsets.extend((paragraph.start, paragraph.end))
            tags.append(_TAG_INDEX[paragraph.tag])
        return cls(offsets, tags)

    def __len__(self) -> int:
        return len(self._tags)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("paragraph index out of range")
        return Paragraph(index + 1, self._offsets[2 * index], self._offsets[2 * index + 1],
                         _TAG_LIST[self._tags[index]])

    def __iter__(self) -> Iterator[Paragraph]:
        offsets = iter(self._offsets)
        for number, (start, end, tag) in enumerate(zip(offsets, offsets, self._tags), 1):
            yield Paragraph(number, start, end, _TAG_LIST[tag])

    def __eq__(self, other) -> bool:
        if isinstance(other, Paragraphs):
            return self._offsets == other._offsets and self._tags == other._tags
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.key())

    def __repr__(self) -> str:
        return f"Paragraphs({list(self)!r})"

    def key(self) -> bytes:
        """The paragraphs as bytes: equal exactly when the paragraphs are."""
        return self._offsets.tobytes() + b"\0" + bytes(self._tags)

    def index_ending_after(self, offset: int) -> int:
        """The index of the first paragraph that ends after `offset` (len(self) if none)."""
        return bisect.bisect_right(memoryview(self._offsets)[1::2], offset)

    def number_at(self, offset: int) -> int:
        """The number of the paragraph holding `offset`, else the last one's (0: there is none); told
        without making the paragraph, as an anchor needs only its number (20,000 quotes each build)."""
        index = self.index_ending_after(offset)
        if index < len(self._tags) and self._offsets[2 * index] <= offset:
            return index + 1
        return len(self._tags)


@dataclass(frozen=True)
class Source:
    id: str
    path: Path
    location: Location
    text: str  # the body readers see: verbatim for .txt, block text for .md
    paragraphs: Paragraphs
    front_matter: Mapping[str, object]  # located and unchecked; validated with sources.yaml
    # Reading the front matter reported nothing: else a value in it may be
    # refused (REFUSED) or repeated, and what its metadata says is uncertain.
    clean: bool = True

    @cached_property  # asked for by the quote places and the page inputs of every build
    def text_digest(self) -> bytes:
        return hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=20).digest()

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph holding `offset`, else the last one."""
        return self.paragraphs[self.paragraphs.number_at(offset) - 1]  # each one asked for is made: once


def load_sources(seeds: Path, max_bytes: int, diagnostics: Diagnostics, root: Path | None = None,
                 cache: Path | None = None, reuse: bool = True) -> dict[str, Source]:
    """Every source in `seeds`; `root` is the project folder they must stay in.
    With `cache` (the project's cache folder), each file is parsed only when
    its bytes are not those of the last parse (`reuse=False`: parse them all)."""
    sources: dict[str, Source] = {}
    if not seeds.is_dir():
        diagnostics.error(diagnostics.where(seeds), "no seeds/ folder with source documents",
                          "create seeds/ and add a .txt or .md source (briefgen new source FILE)")
        return sources
    root = root or seeds.parent.resolve()
    files = inputs.entries(seeds, root, diagnostics)
    by_stem = _source_files_by_stem(files)
    if inputs.refusal(seeds, root, folder_ok=True) is None:  # a seeds/ linked out of the project (to /) is not walked
        _warn_nested(seeds, by_stem, diagnostics)
    read: list[tuple[Path, bytes | None, bytes]] = []  # each file, its bytes (None: left unread), their digest
    noted: dict[str, tuple[list[int], int, bytes]] = {}
    for path in files:
        if path.suffix not in SOURCE_SUFFIXES:
            _warn_ignored(path, by_stem.get(path.stem, []), diagnostics)
        elif _unique_stem(path, by_stem[path.stem], diagnostics):
            found = _unread(path, max_bytes, reuse, noted) or _read_noted(path, max_bytes, diagnostics, noted)
            if found is not None:
                read.append((path, *found))
    _READ.clear()
    _READ.update(noted)  # the files of this build only
    outcomes = _parse_all(read, cache, reuse, diagnostics, max_bytes)
    for (path, _, _), (problems, source) in zip(read, outcomes):
        parsed.relocate(problems, path, diagnostics)
        if source is not None:
            sources[source.id] = source
    return sources


def _warn_ignored(path: Path, sources_of_its_stem: list[Path], diagnostics: Diagnostics) -> None:
    """A file in seeds/ that is no source. Some Windows tools save `.TXT` or
    `.MD`: told only that sources are .txt files, an editor thinks it is one."""
    lower = path.suffix.lower()
    if lower in DOCUMENT_SUFFIXES:  # the article as downloaded: its text is what a source holds
        hint = (f"seeds/{sources_of_its_stem[0].name} is the source '{path.stem}': keep the original out of seeds/"
                if sources_of_its_stem else f"a source is text: save its text as seeds/{path.stem}.txt (plain text, "
                f"UTF-8) to cite it as '{path.stem}', and keep the original out of seeds/")
    elif lower not in SOURCE_SUFFIXES:
        hint = ""
    elif sources_of_its_stem:  # renamed, it would clash with the source read under its name
        hint = f"seeds/{sources_of_its_stem[0].name} is the source '{path.stem}': merge this file into it, or remove it"
    else:
        hint = f"rename it to {path.stem}{lower}: a source's extension is in lower case"
    diagnostics.warning(diagnostics.where(path), f"ignored: sources must be {' or '.join(SOURCE_SUFFIXES)} files", hint)


def _warn_nested(seeds: Path, by_stem: dict[str, list[Path]], diagnostics: Diagnostics) -> None:
    """A source file in a sub-folder of seeds/ is not read: each citing it
    would only say "unknown source", and the file itself nothing at all.
    One named as a source in seeds/ (`by_stem`) is not told to be moved
    there: it would replace that source, or be a second file of its id.
    Hidden folders and linked ones are passed by: a link is never followed out of the project."""
    for folder, names, files in os.walk(seeds):
        names[:] = sorted(name for name in names if not name.startswith("."))
        if folder == os.fspath(seeds):
            continue
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix in SOURCE_SUFFIXES and not name.startswith("."):
                there = by_stem.get(path.stem)
                hint = (f"seeds/{there[0].name} is the source '{path.stem}': merge this file into it, "
                        "or move it out of seeds/") if there else \
                    f"move it to seeds/{name} to cite it as '{path.stem}', or out of seeds/ if it is not a source"
                diagnostics.warning(diagnostics.where(path),
                                    "not read: sources are the files directly in seeds/, not in its sub-folders", hint)


def _parse_all(read: list[tuple[Path, bytes | None, bytes]], cache: Path | None, reuse: bool,
               diagnostics: Diagnostics, max_bytes: int) -> list[tuple[list[Diagnostic], Source | None]]:
    """The outcome of parsing each file: from the parse cache when its bytes
    were parsed before, else parsed afresh (on all cores when there are many).
    A file left unread is read when its outcome was not kept after all."""
    with ParseCache(cache, "seeds", reuse) as store, _DECODED.using(reuse=reuse) as decoded:
        keys = [store.key_of(path.name, digest) for path, _, digest in read]
        # The outcome as this process last decoded it from the same entry
        # (as the file stands: one damaged since is read, and stored again).
        kept_as = [_kept_as(path, key, store, diagnostics) for (path, _, _), key in zip(read, keys)]
        outcomes: list = [decoded.get(kept) if kept is not None else None for kept in kept_as]
        for index, ((path, raw, _), key) in enumerate(zip(read, keys)):
            if outcomes[index] is not None:
                continue
            if raw is None:
                raw = _read_raw(path, max_bytes, diagnostics)
                if raw is None:  # gone or changed since its status was read: reported
                    outcomes[index] = ([], None)
                    continue
                digest = bytes_digest(raw)
                key = keys[index] = store.key_of(path.name, digest)
                read[index] = (path, raw, digest)
            stored = store.get(path.name, key, parsed.largest(len(raw)))
            if stored is not None:
                try:
                    outcomes[index] = _outcome(path, stored, diagnostics)
                except BadShape:  # damaged, truncated or not ours: parse the file afresh
                    pass
        missing = [index for index, outcome in enumerate(outcomes) if outcome is None]
        with parsepool.ordered(parse_source, [(read[i][1], read[i][0].suffix) for i in missing]) as fresh:
            for index in missing:
                path, raw, _ = read[index]
                with working_on(path):
                    text = next(fresh)
                    outcomes[index] = _fresh(path, raw, text, diagnostics)
                if text is not None:
                    store.put(path.name, keys[index], text)
                    kept_as[index] = _kept_as(path, keys[index], store, diagnostics)
        store.keep_only({path.name for path, _, _ in read})
        for kept, outcome in zip(kept_as, outcomes):
            if kept is not None:
                decoded.put(kept, outcome)
    return outcomes


def _unread(path: Path, max_bytes: int, reuse: bool, noted: dict) -> tuple[None, bytes] | None:
    """In a process that builds again, a source file unchanged since this
    process read it (buildstate.unchanged_since) is not read again: (None,
    the digest of its bytes). Else None."""
    last = _READ.get(str(path)) if reuse and keptobjects.keeping() else None
    if last is None:
        return None
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes or not unchanged_since(info, last[0], last[1]):
        return None
    noted[str(path)] = last
    return None, last[2]


def _read_noted(path: Path, max_bytes: int, diagnostics: Diagnostics, noted: dict) -> tuple[bytes, bytes] | None:
    """The file's bytes (_read_raw) and their digest; noted with its status
    in a process that builds again."""
    reading = time.time_ns()
    try:
        info = os.lstat(path) if keptobjects.keeping() else None
    except OSError:
        info = None
    raw = _read_raw(path, max_bytes, diagnostics)
    if raw is None:
        return None
    digest = bytes_digest(raw)
    if info is not None:
        noted[str(path)] = (status(info), reading, digest)
    return raw, digest


def _kept_as(path: Path, key: str | None, store: ParseCache, diagnostics: Diagnostics) -> tuple | None:
    """The key of a file's outcome among those this process decoded: its
    entry's key, and the entry as it stands; its path, also as shown. None
    in a process that builds once (nothing is kept: no file is looked at)."""
    stamp = store.stamp(path.name) if key is not None and keptobjects.keeping() else None
    return None if stamp is None else (key, stamp, str(path), diagnostics.where(path).path)


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


def source_stems(seeds: Path) -> set[str] | None:
    """Names of all source files in seeds/, including those that fail to load
    or may not be read; None when seeds/ cannot be listed (chmod 000), as
    loading the sources reports."""
    if not seeds.is_dir():
        return set()
    try:
        listed = list(seeds.iterdir())
    except OSError:
        return None
    return {path.stem for path in listed if path.suffix in SOURCE_SUFFIXES and not path.name.startswith(".")}


def read_source(path: Path, max_bytes: int, diagnostics: Diagnostics) -> Source | None:
    """One source file, parsed afresh."""
    raw = _read_raw(path, max_bytes, diagnostics)
    if raw is None:
        return None
    problems, source = _fresh(path, raw, parse_source(raw, path.suffix), diagnostics)
    parsed.relocate(problems, path, diagnostics)
    return source


def _source_slug_hint(path: Path) -> str:
    """How to give a source a slug: a name with nothing to spell in ASCII ("岸田訪問.txt", "زيارة.txt") gets
    no suggestion, and its editor may not know the id is the file's name, so say that it is."""
    suggestion = suggested_id(path.stem)
    if suggestion and SLUG.fullmatch(suggestion):
        return slug_hint(path.stem)
    return (f"a source's id is its file name without '{path.suffix}': rename the file with lowercase letters, "
            f"digits, '-' and '_', e.g. kyodo-2024-08-09{path.suffix}")


def _read_raw(path: Path, max_bytes: int, diagnostics: Diagnostics) -> bytes | None:
    where = diagnostics.where(path)
    if not SLUG.fullmatch(path.stem):
        diagnostics.error(where, f"source id '{path.stem}' is not a slug", _source_slug_hint(path))
        return None
    try:
        raw = inputs.read_regular(path, max_bytes)
    except OSError as exc:
        diagnostics.error(where, f"cannot read the source: {os_reason(exc)}", "check that it is a readable file")
        return None
    if len(raw) > max_bytes:
        diagnostics.error(where, f"source is {path.stat().st_size:,} bytes, over the limit of {max_bytes:,}",
                          "split the document, or raise max_source_bytes in briefgen.toml")
        return None
    return raw


def parse_source(raw: bytes, suffix: str) -> str | None:
    """What the bytes of a source file (.txt or .md) give, as the JSON text
    of parsed.py; None when that would be too large to pass on or store. A
    pure function, run in worker processes and cached."""
    reported = parsed.recorder()
    source = _parse(raw, suffix, reported)
    try:
        value = None if source is None else {
            "text": source[0], "paragraphs": [[p.start, p.end, p.tag] for p in source[1]],
            "front_matter": locatedjson.to_plain(source[2], parsed.largest(len(raw)))}
    except locatedjson.TooLarge:
        return None
    return parsed.dumps(value, reported, len(raw))


# Control characters HTML reads as errors (NUL becomes U+FFFD) and XML 1.0
# cannot hold at all: a sign of a damaged or binary file, not of news text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# C1 control characters: in news text, the bytes of Windows-1252's quotes and dashes (0x80-0x9F)
# converted as if they were Latin-1, which has controls there ("iconv -f ISO-8859-1"). Not U+0085,
# which is also Unicode's next line, read as a space within a line like U+2028.
_C1_CONTROL = re.compile("[\x80-\x84\x86-\x9f]")
# Lines and paragraphs are counted at LF: a file broken by CR alone would be one line.
_LONE_CR = re.compile("\r(?!\n)")

def stray_control(text: str, path: Path | str, reported: Diagnostics, whose: str) -> bool:
    """Whether `text`, of the file `path`, holds a control character no page
    or feed can show; the first is then reported where it stands."""
    stray = _CONTROL.search(text)
    if stray is None:
        return False
    at = stray.start()
    reported.error(reported.where(path, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)),
                   f"control character U+{ord(stray.group()):04X} in the {whose} text",
                   "remove it: no page or feed can show it (tabs, line breaks and form feeds may stay)")
    return True


def _windows_meant(control: str) -> str:
    """What a Windows document writes with the byte of a C1 `control`, as said after its name."""
    try:
        return f", where a Windows document writes '{control.encode('latin-1').decode('cp1252')}'"
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves unassigned
        return ""


def _parse(raw: bytes, suffix: str, reported: Diagnostics) -> tuple[str, list[Paragraph], LocatedMap] | None:
    """The text readers see, its paragraphs, and the front matter; None
    after a problem, which is reported."""
    text = decode_utf8(raw, _PARSING, "source", reported)
    if text is None:
        return None
    if stray_control(text, _PARSING, reported, "source's"):
        return None
    mangled = _C1_CONTROL.search(text)
    if mangled is not None:
        at = mangled.start()
        control = mangled.group()
        reported.error(reported.where(_PARSING, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)),
                       f"control character U+{ord(control):04X} in the source's text{_windows_meant(control)}",
                       "the file was converted from Windows-1252 as if it were Latin-1: convert the original again "
                       "with iconv -f WINDOWS-1252 -t UTF-8, or retype the character")
        return None
    lone = _LONE_CR.search(text)
    if lone is not None:
        at = lone.start()
        reported.error(reported.where(_PARSING, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)),
                       "a line ends in a carriage return alone (old Mac line endings)",
                       "save the file with LF or CRLF line endings")
        return None
    meta, body = frontmatter_split.split(_PARSING, text, reported)
    if meta is None:
        return None
    body_line = text.count("\n", 0, len(text) - len(body)) + 1
    if suffix == ".md":
        blocks = _markdown_blocks(_PARSING, body, body_line, reported)
        if blocks is None:
            return None
        body, paragraphs = blocks
    else:
        paragraphs = _line_paragraphs(body)
    if not paragraphs:
        # Where the text belongs: below the front matter, if any.
        reported.error(reported.where(_PARSING, body_line, 1), "source has no text",
                       "add the document's text below its front matter" if meta else "add the document's text")
        return None
    return body, paragraphs, meta


def _fresh(path: Path, raw: bytes, text: str | None, diagnostics: Diagnostics) -> tuple[list[Diagnostic], Source | None]:
    """The outcome of parsing `raw`, given as `text` by parse_source; when
    that was too large, `raw` is parsed once more to use its objects directly."""
    if text is not None:
        return _outcome(path, text, diagnostics)
    reported = parsed.recorder()
    source = _parse(raw, path.suffix, reported)
    if source is None:
        return reported.items, None
    body, paragraphs, meta = source
    return reported.items, Source(path.stem, path, diagnostics.where(path), body, Paragraphs.of(paragraphs), meta,
                                  clean=not reported.errors)


def _outcome(path: Path, text: str, diagnostics: Diagnostics) -> tuple[list[Diagnostic], Source | None]:
    """The problems and the source that `parse_source` gave as `text`; raises
    BadShape for anything it cannot have written."""
    value, problems = parsed.loads(text)
    failed = parsed.has_error(problems)  # a source with errors is read only when they are its front matter's values'
    if value is None:
        if not failed:  # no source only for a reason
            raise BadShape("neither a source nor errors")
        return problems, None
    if type(value) is not dict or value.keys() != {"text", "paragraphs", "front_matter"} \
            or type(value["text"]) is not str:
        raise BadShape("not a parsed source")
    front_matter = locatedjson.from_plain(value["front_matter"], refusing=failed)
    if not isinstance(front_matter, LocatedMap):
        raise BadShape("front matter is not a map")
    body = value["text"]
    return problems, Source(path.stem, path, diagnostics.where(path), body,
                            _paragraphs(value["paragraphs"], len(body)), front_matter, clean=not failed)


def _paragraphs(items, length: int) -> Paragraphs:
    """Paragraphs in order, each a non-empty span of the text."""
    if type(items) is not list or not items:
        raise BadShape("no paragraphs")
    offsets, tags, previous = array("q"), bytearray(), 0
    for item in items:
        if type(item) is not list or len(item) != 3:
            raise BadShape("not a paragraph")
        start, end, tag = item
        if type(start) is not int or type(end) is not int or type(tag) is not str \
                or not previous <= start < end <= length or tag not in _TAGS:
            raise BadShape("not a paragraph of this text")
        offsets.append(start)
        offsets.append(end)
        tags.append(_TAG_INDEX[tag])
        previous = end
    return Paragraphs(offsets, tags)


# A quote or list marker opening a line, after its indentation: one level each ("> > text", "- - item").
_NESTING_MARKER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
_RULE = re.compile(r" {0,3}(?:(?:\* ?){3,}|(?:- ?){3,}|(?:_ ?){3,})[ \t]*$")  # "- - -": a line across, no list


def crowded(path: Path, body: str, body_line: int, diagnostics: Diagnostics, remedy: str) -> bool:
    """Whether a paragraph of the Markdown `body` (starting at `body_line`
    of `path`) holds more than MAX_BRACKETS '[', reported with `remedy`."""
    line = too_many_brackets(body)
    if line is not None:
        diagnostics.error(diagnostics.where(path, body_line + line, 1),
                          f"a paragraph holds more than {MAX_BRACKETS:,} '[': Markdown would take minutes to read it",
                          f"write them as \\[ , or {remedy}")
    return line is not None


def too_many_brackets(body: str) -> int | None:
    """Index of the first line of the first paragraph holding more than MAX_BRACKETS '['."""
    if body.count("[") <= MAX_BRACKETS:
        return None
    line = 0
    for block in re.split(r"(\n[ \t]*\n)", body):
        if block.count("[") > MAX_BRACKETS and block.strip():
            # The body after front matter starts with the newline that ends its closing ---.
            return line + block[:len(block) - len(block.lstrip())].count("\n")
        line += block.count("\n")
    return None


def _too_deep(body: str) -> int | None:
    """Index of the first line nested deeper than MAX_MARKDOWN_DEPTH levels,
    by its indentation and the quote and list markers that open it."""
    for index, line in enumerate(body.split("\n")):
        indent = len(line) - len(line.lstrip(" \t"))
        levels = len(line[:indent].expandtabs(_INDENT_WIDTH)) // _INDENT_WIDTH if indent else 0
        if line[indent:indent + 1] in _MARKER_STARTS and not _RULE.match(line):
            at = indent
            while levels <= MAX_MARKDOWN_DEPTH and (marker := _NESTING_MARKER.match(line, at)):
                levels, at = levels + 1, marker.end()
        if levels > MAX_MARKDOWN_DEPTH:
            return index
    return None


_MARKER_STARTS = frozenset(">-*+0123456789")


def _line_paragraphs(body: str) -> list[Paragraph]:
    """Each non-blank line of a plain text, as LF (or CRLF) ends it: a U+2028
    or form feed within a line, which splitlines() would break at, shows
    in an editor as no new line, and reads in a quote as a space."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + (len(line) - len(line.lstrip()))
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, start + len(stripped)))
        offset += len(line) + 1
    return paragraphs


_Hidden = tuple[str, dict[str, str | None], str]  # a tag as written, its attributes, what it left out


class _BlockText(HTMLParser):
    """The text a browser shows of the HTML Markdown makes of a source, as
    its blocks' text: each stretch of text between the start or end of one
    block element (a paragraph, a div, a figure's caption…) and the next is
    a paragraph, so a block's text is read once, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        # Raw HTML tags that took words out of the text: each as written, its attributes, and what was
        # left out: an element whose content a browser does not show ("with all it holds"), or a tag
        # no HTML has, which reads as a word in angle brackets ("the <Rail> Authority": "as a tag").
        self.hidden: list[_Hidden] = []
        self._parts: list[str] = []  # the text of the paragraph being read
        self._heading: str | None = None  # the heading being read, whose text is a heading
        self._unshown: list[str] = []  # the elements open whose content is not shown, outermost first
        self._unshown_tag: tuple[str, dict[str, str | None]] = ("", {})  # the outermost's, as written
        self._unshown_words = False  # whether the outermost holds words
        self._foreign = 0  # depth in SVG or MathML, whose elements are no HTML's
        self._links: list[bool] = []  # each link open: whether it leads within the page ("#fn1")
        self._sups: list[list] = []  # each <sup> open: where its text starts in _parts, whether linked in the page

    def handle_starttag(self, tag, attrs):
        if tag in _UNSHOWN:
            if not self._unshown:
                self._unshown_tag, self._unshown_words = (self.get_starttag_text(), dict(attrs)), False
            self._unshown.append(tag)
        if self._unshown:
            return
        if not self._foreign and not (tag in _HTML_ELEMENTS or "-" in tag):  # "my-widget": a custom element
            self.hidden.append((self.get_starttag_text(), dict(attrs), "as a tag"))
        if tag in _FOREIGN:
            self._foreign += 1
        elif tag in _BLOCK_ELEMENTS:
            self._end_paragraph()
            self._heading = tag if tag in _HEADINGS else None
        elif tag == "br":
            self._parts.append(" ")  # a line break, as a Markdown hard break: between words, never joining them
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "").startswith("#"))
            if self._links[-1] and self._sups:
                self._sups[-1][1] = True
        elif tag == "sup":
            self._sups.append([len(self._parts), any(self._links)])

    def handle_endtag(self, tag):
        if self._unshown:
            if tag in self._unshown:
                del self._unshown[self._unshown.index(tag):]
                if not self._unshown and self._unshown_words:
                    self.hidden.append((*self._unshown_tag, "with all it holds"))
        elif tag in _FOREIGN:
            self._foreign = max(self._foreign - 1, 0)
        elif tag in _BLOCK_ELEMENTS:
            self._end_paragraph()
        elif tag == "a" and self._links:
            self._links.pop()
        elif tag == "sup" and self._sups:
            start, linked = self._sups.pop()
            text = "".join(self._parts[start:]).strip()
            if _NOTE_MARK.fullmatch(text) or linked and _NOTE_NUMBER.fullmatch(text):
                del self._parts[start:]  # "The treaty¹ was signed": the sentence is "The treaty was signed"

    def handle_data(self, data):
        if self._unshown:
            self._unshown_words = self._unshown_words or not data.isspace()
        else:
            self._parts.append(data)

    def close(self):
        super().close()
        if self._unshown:  # never closed: all after its tag was left out
            self.handle_endtag(self._unshown[0])
        self._end_paragraph()

    def _end_paragraph(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append((self._heading or "p", text))
        self._parts.clear()
        self._heading = None
        self._links.clear()  # one left open ends with its block: it marks no superscript after
        for sup in self._sups:  # a block inside a superscript: what follows it is the superscript's text
            sup[0] = 0


# HTML's elements that are blocks of text (its flow content that is no phrasing content): one
# starting or ending ends the paragraph before it. Any other element is read as part of a paragraph.
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCK_ELEMENTS = _HEADINGS | frozenset("""
address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption
figure footer form frameset header hgroup hr html legend li main menu nav ol optgroup option p pre search
section summary table tbody td tfoot th thead tr ul
""".split())
# Elements whose content a browser does not show: code, a page's title, and what it shows only
# where it cannot show the element (a video's fallback text, a noscript's, a frame's).
_UNSHOWN = frozenset("script style template title iframe noscript noembed noframes object video audio canvas".split())
_FOREIGN = frozenset(("svg", "math"))  # their elements (an SVG's <text>, MathML's <mi>) show their words
# A superscript that marks a note, not a word's end: "[2]", "[note 1]", "*", "†"; or, linked
# within the page ("#fn1"), a note's number or letter. "km<sup>2</sup>", "1<sup>st</sup>" are words'.
_NOTE_MARK = re.compile(r"\[[^\[\]]{1,20}\]|[*†‡§¶]+")
_NOTE_NUMBER = re.compile(r"\w{1,4}")


def _convert(body: str) -> str:
    """`body` as HTML by this thread's Markdown converter: making one for
    each source (as markdown.markdown does) was a tenth of parsing it; reset,
    it converts as new. One that fails is not used again: a conversion cut
    short (a RecursionError) leaves its block parser's state behind."""
    converter = getattr(_converters, "markdown", None) or _new_converter()
    _converters.markdown = None
    html = converter.reset().convert(body)
    _converters.markdown = converter
    return html


_converters = threading.local()


def _new_converter() -> markdown.Markdown:
    """A Markdown converter that leaves alone the text no inline pattern
    can match, when its patterns are those _MARKUP knows."""
    # A table's cells read as paragraphs, and a fenced code block as the code it shows, as a page's do;
    # a footnote's mark ("[^1]") is no part of its sentence, and its note a paragraph at the end, with
    # no "↩" back to the mark, which is no text of the article
    converter = markdown.Markdown(extensions=["tables", "fenced_code", "footnotes"],
                                  extension_configs={"footnotes": {"BACKLINK_TEXT": ""}})
    patterns = converter.inlinePatterns
    # A backslash ending a line is a line break in CommonMark, as Pandoc and most editors write one;
    # after the escapes, so that an escaped backslash ending a line ("\\") stays a backslash
    patterns.register(SubstituteTagInlineProcessor(r"\\\n", "br"), "backslash_linebreak", _BACKSLASH_BREAK_PRIORITY)
    if len(patterns) == len(_INLINE_PATTERNS) and all(name in patterns for name in _INLINE_PATTERNS):
        converter.treeprocessors.register(_InlineUnlessPlain(converter), "inline", _INLINE_PRIORITY)
    return converter


# Python-Markdown's inline patterns, and what each needs to match: a
# backslash or backtick (escape, code), "[" (footnote marks, links,
# references, images), "<" (autolinks, HTML), "&" (entities), "*" or "_"
# (emphasis), or two spaces or a backslash ending a line (a line break).
# Most paragraphs of an article have none, and trying every pattern at
# every character was 40 % of a conversion.
_INLINE_PATTERNS = frozenset({"backtick", "escape", "footnote", "backslash_linebreak", "reference", "link",
                              "image_link", "image_reference", "short_reference", "short_image_ref", "autolink",
                              "automail", "linebreak", "html", "entity", "em_strong"})
_MARKUP = re.compile(r"[\\`\[<&*_]|  \n")
_BACKSLASH_BREAK_PRIORITY = 177  # after "escape" (180), before links and emphasis read the text
_INLINE_PRIORITY = 20  # the inline treeprocessor's, after the block parser's tree, before prettifying


class _InlineUnlessPlain(InlineProcessor):
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if patternIndex == 0 and not _MARKUP.search(data):
            return data  # what every pattern, failing to match, leaves
        return super()._InlineProcessor__handleInline(data, patternIndex)


def _markdown_blocks(path: Path, body: str, body_line: int,
                     diagnostics: Diagnostics) -> tuple[str, list[Paragraph]] | None:
    """The block elements' text; None (reported) when the nesting is too deep to parse."""
    if crowded(path, body, body_line, diagnostics, "save the document as .txt, whose text is read as it is"):
        return None
    deep = _too_deep(body)
    try:
        html = _convert(body) if deep is None else None
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
    _report_hidden(path, body, body_line, parser.hidden, diagnostics)
    text, paragraphs = "", []
    for tag, block in parser.blocks:
        if text:
            text += "\n\n"
        shown_as = tag if tag.startswith("h") else "p"  # list items and cells read as paragraphs
        paragraphs.append(Paragraph(len(paragraphs) + 1, len(text), len(text) + len(block), shown_as))
        text += block
    return text, paragraphs


# The elements of HTML, and of its earlier versions that browsers still read: any other tag in a
# Markdown source is no markup its writer meant, but words in angle brackets.
_HTML_ELEMENTS = frozenset("""
a abbr acronym address area article aside audio b base basefont bdi bdo big blink blockquote body br button
canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed
fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i
iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav nobr noembed
noframes noscript object ol optgroup option output p param picture pre progress q rb rp rt rtc ruby s samp
script search section select slot small source span strike strong style sub summary sup svg table tbody td
template textarea tfoot th thead time title tr track tt u ul var video wbr
""".split())
_HIDDEN_MOST = 5  # tags reported for one source: the first show what to mend
_AT = "data-briefgen-at"  # an attribute marking where the body writes a tag: see _where_written
_TAG_NAME = re.compile(r"<[^\s/>]*")


def _report_hidden(path: Path, body: str, body_line: int, hidden: list[_Hidden], diagnostics: Diagnostics) -> None:
    """A warning at each raw HTML tag that took words out of a Markdown
    source's text (_BlockText.hidden), where it is written: the page shows
    the source without them, and a quote of them is not found."""
    if not hidden:
        return
    for at, tag, left_out in _where_written(body, hidden)[:_HIDDEN_MOST]:
        line = body.count("\n", 0, at)
        column = at - body.rfind("\n", 0, at)
        shown = tag if len(tag) <= 40 else tag[:39] + "…"
        diagnostics.warning(diagnostics.where(path, body_line + line, column),
                            f"{shown} in a Markdown source is read as HTML and left out of the source's text {left_out}",
                            "if the article shows it as text, write '&lt;' for its '<', or save the document as "
                            ".txt, whose text is read as it is")


def _where_written(body: str, hidden: list[_Hidden]) -> list[tuple[int, str, str]]:
    """Each tag that took words out of `body`'s text, in order, as (its
    offset in `body`, the tag, what was left out). A tag's text may also be
    written where it is no tag (in a code span, a comment): the body is read
    once more with each place that writes one marked with its offset, and
    the marks read back on tags are theirs."""
    def marked(match: re.Match) -> str:
        name_end = _TAG_NAME.match(match.group()).end()
        return f"{match.group()[:name_end]} {_AT}={match.start()}{match.group()[name_end:]}"

    written = sorted({tag for tag, _, _ in hidden}, key=len, reverse=True)
    parser = _BlockText()
    parser.feed(_convert(re.sub("|".join(map(re.escape, written)), marked, body)))
    parser.close()
    found = []
    for tag, attributes, left_out in parser.hidden:
        at = attributes.get(_AT) or ""
        if at.isdigit() and int(at) < len(body):
            found.append((int(at), tag.replace(f" {_AT}={at}", "", 1), left_out))
        else:  # written otherwise than the converter gives it back: at the body's first line
            found.append((0, tag, left_out))
    return sorted(found)
