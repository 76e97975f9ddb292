"""Pages of the last build that a rebuild keeps instead of rendering them again.

A page's HTML follows from its view data, its template with every template
that one extends, includes or imports, the entries of the sources it cites
(its reference list is made while it renders), and the code of briefgen and
Jinja. A page's fingerprint hashes all of them; the view data is hashed as
pickle writes it, which is the same bytes for the same values (it is never
unpickled). When a page's fingerprint is the one the last build recorded for
it, and the file at its place in the site is still the file that build wrote
(a regular file of the same size, modification time and inode, reached
through no link), that file is hard-linked into the new site, or copied where
links cannot be made, and its recorded link-check summary stands for it: it
is not rendered, written or read. An unchanged page so keeps its file and its
modification time, and a deployment sees only the pages that changed.

Before that, a page whose inputs (what its view data read, pageinputs.py)
have the digest the last build recorded is kept the same way without its
view data being made at all.

The record, `.briefgen-cache/pages.json`, is JSON Lines (a line a page,
read one at a time) and untrusted input: JSON data only, read through no
link, every entry checked; a doubtful entry means the page is rendered. It
is replaced after each build that publishes a site."""
from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import re
import stat
import sys
from array import array
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

import jinja2
import jinja2.meta

from .buildstate import (code_identity, dependency_versions, discard_aside, is_kept, load_json, out_key,
                         put_in_place, save_json, write_aside)
from .gcpause import collector_paused, give_back, settle
from .keptobjects import go_on
from .linkcheck import PageSummary
from .model import META_LOCATIONS
from .nofollow import DIRECTORY
from .references import Citation, PageCitations
from .render import compile_templates, every_template
from .tracked import SEPARATOR, UnknownTable
from .views import Page
from .write import Staging

STATE_FILE = "pages.json"
FORMAT = 5  # raise when an entry's shape or meaning changes


class Fingerprints:
    """The fingerprint of each page of one build."""

    def __init__(self, env: jinja2.Environment, source_meta: Mapping[str, Mapping]) -> None:
        self._env = env
        self._meta = source_meta
        # Babel words dates and amounts, Jinja and MarkupSafe render: every dependency's version counts.
        self._engine = hashlib.blake2b(json.dumps(
            [FORMAT, sys.version, dependency_versions()]).encode() + code_identity(),
            digest_size=20)
        self._templates: dict[str, bytes | None] = {}
        self._reached: dict[str, tuple[str, list[str | None]]] = {}  # template -> (its text, the names it names)
        self._sources: dict[str, bytes] = {}

    def prepare(self, templates: Iterable[str]) -> None:
        """Hash the templates once, before worker processes are forked."""
        for name in templates:
            self.template(name)

    def of(self, page: Page) -> str | None:
        """None when the page cannot be fingerprinted: it is then rendered."""
        template = self.template(page.template)
        if template is None:
            return None
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        # Made for each pickler, not kept on self: see PageInputs._digest.
        pickler.dispatch_table = {Citation: self._citation, PageCitations: _ledger, MappingProxyType: mapping_as_dict}
        try:
            pickler.dump((page.path, page.template, page.context))
        except (pickle.PicklingError, TypeError, AttributeError, ValueError):
            return None
        digest = hashlib.blake2b(template, digest_size=20)
        digest.update(buffer.getbuffer())
        return digest.hexdigest()

    def _citation(self, citation: Citation) -> tuple:
        """A citation by its values and its source's entry, not by its page's
        ledger, which holds every source's meta (the page, language and base
        address of the ledger are kept: see _ledger)."""
        return (Citation, (citation.ledger, citation.source, citation.key, citation.quote, citation.paragraph,
                           citation.source_label, citation.timing, citation.language, citation.translation,
                           self.source_entry(citation.source)))

    def source_entry(self, source: str) -> bytes:
        """The digest of a source's entry (its meta), without where it stands in sources.yaml."""
        digest = self._sources.get(source)
        if digest is None:
            meta = self._meta.get(source)
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=5)
            pickler.dispatch_table = {MappingProxyType: mapping_as_dict}
            pickler.dump({k: v for k, v in meta.items() if k not in META_LOCATIONS} if meta is not None else None)
            digest = self._sources[source] = hashlib.blake2b(buffer.getbuffer(), digest_size=20).digest()
        return digest

    def template(self, name: str) -> bytes | None:
        """The digest of a template, every template it reaches and the engine;
        None when one cannot be read or parsed."""
        if name not in self._templates:
            self._templates[name] = self._template_digest(name)
        return self._templates[name]

    def _template_digest(self, name: str) -> bytes | None:
        """The engine's identity and the text of `name` and of every template
        it reaches; a name made while rendering may reach any template. None
        when one of them cannot be read or parsed: rendering reports it."""
        digest = self._engine.copy()
        seen: set[str] = set()
        pending = [name]
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            try:
                source, reached = self._read(current)
            except (jinja2.TemplateError, OSError):
                return None
            digest.update(f"{current}\0{len(source)}\0".encode() + source.encode("utf-8", "surrogatepass"))
            if None in reached:
                reached = self._env.list_templates()
            pending += sorted(set(reached) - seen, reverse=True)
        return digest.digest()

    def _read(self, name: str) -> tuple[str, list[str | None]]:
        """A template's text and the templates it names (None: a name made while rendering)."""
        if name not in self._reached:
            source, _, _ = self._env.loader.get_source(self._env, name)
            named = _NAMED.get(source)
            if named is None:
                if len(_NAMED) >= _NAMED_MOST:
                    _NAMED.clear()
                named = _NAMED[source] = list(jinja2.meta.find_referenced_templates(self._env.parse(source)))
            self._reached[name] = (source, named)
        return self._reached[name]


# A template's text -> the templates it names, as this process parsed it
# (environment() parses every template alike): serve's rebuilds parse only
# the templates that changed.
_NAMED: dict[str, list[str | None]] = {}
_NAMED_MOST = 1000


def _ledger(ledger: PageCitations) -> tuple:
    return (PageCitations, (ledger.page, ledger.language, ledger.base))


def mapping_as_dict(mapping: MappingProxyType) -> tuple:
    """A pickle reducer: a read-only mapping hashes as the dict it shows."""
    return (dict, (dict(mapping),))


def read_ahead(env: jinja2.Environment, cache: Path, out: Path) -> None:
    """What a rebuild in this process then takes at once, made beforehand
    (`serve`, while it waits for the first edit): every template compiled
    (render.py keeps the code) and parsed for the templates it names, and
    the last build's record of its pages decoded (load_json keeps it).
    An edit ends it between templates (keptobjects.abandoned_when)."""
    names = every_template(env)
    fingerprints = Fingerprints(env, {})
    for name in names:
        go_on()
        compile_templates(env, [name])
        fingerprints.template(name)
    LastPages(cache, out)


class LastPages:
    """What the last build recorded of the pages it published in `out`."""

    def __init__(self, cache: Path, out: Path, use: bool = True) -> None:
        with collector_paused():  # a record of many small lists that live to the end of the build
            state = load_json(cache / STATE_FILE, kept=True, rows="pages") if use else {}  # read-only here
            pages, leads = state.get("pages"), state.get("leads")
            if state.get("format") != FORMAT or state.get("out") != out_key(out) or not isinstance(pages, dict) \
                    or not isinstance(leads, list) or not all(isinstance(lead, str) for lead in leads):
                pages, leads = {}, []
            self._pages: dict = pages
            self._shared = is_kept(state)
            self.leads: list[str] = leads  # the table of leads the pages' summaries number (linkcheck.py)
            self._numbered = _numbers_below(len(leads))
            settle()
        self._folders = _Folders(out)

    def done(self, path: str) -> None:
        """Let go of the entry of `path`, a page now made: a build that makes
        every page again (a template edited) held the last record and the
        new one whole, 78 MB more at 10,000 sources. Not when the record is
        kept for the next build in this process (buildstate.is_kept), which
        must find it as it was read."""
        if not self._shared:
            self._pages.pop(path, None)

    def release(self) -> None:
        """Forget the record once every page is written (and close what was opened to read the last site)."""
        self._pages, self.leads = {}, []
        self._folders.close()

    def recorded_size(self, path: str) -> int:
        """The size of the file the last build wrote for `path`, as recorded
        (only an estimate of the work a page is: an entry is checked when used); 0 when none is."""
        entry = self._pages.get(path)
        return entry[1] if type(entry) is list and len(entry) > 1 and type(entry[1]) is int else 0

    def keep_unmade(self, path: str, inputs: Callable[[list[str]], str | None],
                    site: Staging) -> tuple[PageSummary, list] | None:
        """Put the last build's file for `path` into `site` without making the
        page, if `inputs(what it read)` is the digest of its inputs recorded
        then: its summary and record entry; else None."""
        if not self.inputs_unchanged(path, inputs):
            return None
        entry = self._pages[path]
        return self._placed(path, entry, site, entry[0], (entry[7], entry[8]))

    def inputs_unchanged(self, path: str, inputs: Callable[[list[str]], str | None]) -> bool:
        """Whether `inputs(what the page at `path` read)` is the digest of its inputs the last build recorded."""
        entry = self._pages.get(path)
        try:
            return _valid(entry) and entry[7] is not None and \
                inputs(entry[8].split(SEPARATOR) if entry[8] else []) == entry[7]
        except UnknownTable:  # a record of another version of briefgen's, or damaged: the page is made again
            return False

    def as_recorded(self, path: str, summary: PageSummary, entry: list) -> list | None:
        """Of a page kept with the summary and inputs the record gives it
        (keep_unmade), the new file's [size, mtime_ns, inode]: all a render
        worker need send, the build's process holding the same record
        (`recorded`); None for any other page."""
        last = self._pages.get(path)
        if last is None or entry[0] is not last[0] or entry[4] is not last[7] or entry[5] is not last[8] \
                or summary.leads is not last[5]:
            return None
        return entry[1:4]

    def recorded(self, path: str, placed: list) -> tuple[PageSummary, list]:
        """The summary and record entry of a page kept as recorded (`as_recorded`),
        made of this process's record rather than of copies sent by a worker."""
        last = self._pages[path]
        ids = last[6] if isinstance(last[6], str) else frozenset(last[6])
        return PageSummary(last[4], last[5], ids), [last[0], *placed, last[7], last[8]]

    def keep(self, path: str, fingerprint: str | None, site: Staging,
             inputs: tuple[str | None, str]) -> tuple[PageSummary, list] | None:
        """Put the last build's file for `path` into `site`, if it is still
        the page with this fingerprint: its summary and record entry (with
        `inputs`, the digest of the page's inputs and what it read); else None."""
        entry = self._pages.get(path)
        if fingerprint is None or not _valid(entry) or entry[0] != fingerprint:
            return None
        return self._placed(path, entry, site, fingerprint, inputs)

    def _placed(self, path: str, entry: list, site: Staging, fingerprint: str,
                inputs: tuple[str | None, str]) -> tuple[PageSummary, list] | None:
        """The recorded file of `path` linked into `site`: its summary and new record entry."""
        summary = self._summary(entry)
        if summary is None:
            return None
        placed = _place(self._folders, path, entry[1:4], site)
        return (summary, [fingerprint, *placed, *inputs]) if placed is not None else None

    def _summary(self, entry: list) -> PageSummary | None:
        """The recorded summary, its leads numbered in the record's table."""
        checked, leads, ids = entry[4:7]
        if leads and not self._numbered.fullmatch(leads):
            return None
        if isinstance(ids, list):
            if not all(isinstance(i, str) for i in ids):
                return None
            ids = frozenset(ids)
        return PageSummary(checked, leads, ids)


def _numbers_below(count: int) -> re.Pattern:
    """What a page's leads are in a table of `count`: numbers in it, "3,17,240".
    One string rather than a list of numbers for each page keeps the record
    small in memory; written one way only (no leading zero), so that the
    same lead is the same string. The pattern tells a number past the
    table's end too, rather than a max() of the numbers (a quarter of the
    time of keeping a page unmade)."""
    if count == 0:
        return re.compile(r"(?!)")
    most = str(count - 1)
    # Those as long as the greatest first (each alternative is atomic: none may match the start of
    # a longer number), each below it from one digit on; then the shorter ones.
    below = []
    for at, digit in enumerate(most):
        least = 1 if at == 0 and len(most) > 1 else 0  # no leading zero
        if int(digit) > least:
            below.append(f"{most[:at]}[{least}-{int(digit) - 1}][0-9]{{{len(most) - at - 1}}}")
    shorter = [f"0|[1-9][0-9]{{0,{len(most) - 2}}}"] if len(most) > 1 else []
    number = "(?>" + "|".join([most, *below, *shorter]) + ")"
    return re.compile(f"{number}(?:,{number})*")


def _valid(entry) -> bool:
    return (isinstance(entry, list) and len(entry) == 9 and isinstance(entry[0], str)
            and type(entry[1]) is type(entry[2]) is type(entry[3]) is type(entry[4]) is int and isinstance(entry[5], str)
            and isinstance(entry[6], (str, list)) and isinstance(entry[7], (str, type(None)))
            and isinstance(entry[8], str))


class _Folders:
    """The folders of the last site, opened one step at a time, never
    through a link; those above the pages' own folders are held open for
    the build (a section's folder serves thousands of pages)."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._held: dict[tuple[str, ...], int] = {}

    def open(self, parts: tuple[str, ...]) -> int:
        """A new descriptor of the folder `parts` of the last site, the
        caller's to close; OSError if it is not a folder reached through no link."""
        if not parts:
            return os.open(self._out, DIRECTORY)
        return os.open(parts[-1], DIRECTORY, dir_fd=self._holding(parts[:-1]))

    def _holding(self, parts: tuple[str, ...]) -> int:
        held = self._held.get(parts)
        if held is None:
            held = self._held[parts] = self.open(parts)
        return held

    def close(self) -> None:
        for held in self._held.values():
            os.close(held)
        self._held.clear()


def _place(folders: _Folders, path: str, known: list, site: Staging) -> list | None:
    """Link (or copy) the last site's `path` into the new one if it is the
    regular file `known` describes ([size, mtime_ns, inode]), reached
    through no link: the new file's [size, mtime_ns, inode], else None."""
    *parts, name = path.split("/")
    try:
        folder = folders.open(tuple(parts))
    except OSError:
        return None
    try:
        info = os.stat(name, dir_fd=folder, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or [info.st_size, info.st_mtime_ns, info.st_ino] != known:
            return None
        placed = site.link(path, name, folder) or info
    except (OSError, ValueError):
        return None
    finally:
        os.close(folder)
    return [placed.st_size, placed.st_mtime_ns, placed.st_ino]


class NewPages:
    """The record of the pages a build writes, saved once the site is published."""

    def __init__(self) -> None:
        self._pages: dict[str, list] = {}
        self.kept = 0  # pages taken from the last build
        self._aside: Path | None = None  # the record, written ahead (write_ahead)
        self._ahead = False

    def add(self, path: str, entry: list | None, summary: PageSummary, kept: bool) -> None:
        """`entry`: [fingerprint, size, mtime_ns, inode, digest of the inputs
        (or None), what the page read (tracked.py)], None for a page with no
        fingerprint; `summary` as the link checker keeps it."""
        self.kept += kept
        if entry is None:
            return
        assert isinstance(summary.leads, str)
        ids = summary.ids if isinstance(summary.ids, str) else sorted(summary.ids)
        self._pages[path] = [*entry[:4], summary.checked, summary.leads, ids, entry[4], entry[5]]

    def write_ahead(self, cache: Path, out: Path, leads: list[str]) -> None:
        """Every page made: the record written now, beside its place, and let
        go of; `save` puts it in place once the site is published, and
        `discard` removes it should the build fail first. A build in a
        process that builds once does so: the search index and the link
        check come meanwhile, and the record (36 MB at 10,000 sources) held
        beside them made the build's peak."""
        self._aside = write_aside(cache, STATE_FILE, self._state(out, leads), rows="pages")
        self._pages, self._ahead = {}, True
        give_back()

    def save(self, cache: Path, out: Path, leads: list[str]) -> None:
        """`leads`: the table the pages' leads are numbered in."""
        if self._ahead:
            put_in_place(self._aside, cache, STATE_FILE)
            self._aside = None
            return
        save_json(cache, STATE_FILE, self._state(out, leads), keep=True, rows="pages")  # nothing changes it after

    def discard(self) -> None:
        discard_aside(self._aside)
        self._aside = None

    def _state(self, out: Path, leads: list[str]) -> dict:
        return {"format": FORMAT, "out": out_key(out), "leads": list(self._compacted(leads)), "pages": self._pages}

    def _compacted(self, leads: list[str]) -> list[str]:
        """The table, without the leads of pages since changed or gone once
        they are a quarter of it (the pages renumbered): it grows with the
        site, not with its history."""
        # A byte a lead, page by page: the set of every number in use was 440,000 strings,
        # 40 MB at the build's peak, at 10,000 sources.
        used = bytearray(len(leads))
        for entry in self._pages.values():
            if entry[5]:
                for number in map(int, entry[5].split(",")):
                    used[number] = 1
        count = used.count(1)
        if len(leads) - count <= len(leads) // 4:
            return leads
        kept = [number for number in range(len(leads)) if used[number]]
        renumbered = array("q", bytes(8 * len(leads)))  # old number -> new: no string for each of them
        for new, old in enumerate(kept):
            renumbered[old] = new
        for entry in self._pages.values():
            if entry[5]:
                entry[5] = ",".join([str(renumbered[int(old)]) for old in entry[5].split(",")])
        return [leads[number] for number in kept]


def written(site: Staging, path: str, fingerprint: str | None, inputs: tuple[str | None, str]) -> list | None:
    """The record entry of a page just rendered into the site."""
    if fingerprint is None:
        return None
    info = os.stat(site.folder / path, follow_symlinks=False)
    return [fingerprint, info.st_size, info.st_mtime_ns, info.st_ino, *inputs]
