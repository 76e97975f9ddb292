"""Read-only view data for templates: every link already relative, every
date already displayed, so templates only lay things out."""
from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from operator import attrgetter, itemgetter
from typing import Any, Callable

from . import assessment, cldr, datefmt, disputes, figuretable, labels, quantities, reportorder, trustnotes
from .eventstatus import LABELS as STATUS_LABELS
from .collation import name_key
from .anchors import claim_anchor
from .references import Citation, PageCitations, as_of, standing_at
from .config import Project
from .model import Alternative, Cite, Claim, Dispute, Library, Record
from .routes import href, plain, record_fragment, record_page, root_of, source_page, url_path
from .schema import EVENT_KINDS
from .timing import overtaken, published_before, status_citations
from .tracked import Reads, Tracked, TrackedLibrary
from .urls import site_base

# The kinds of record in the order filters list them.
KINDS = ("country", "summit", "forum", "meeting", "agreement", "figure", "organisation")


def kind_id(record: Record) -> str:
    """The kind a reader filters by: a country's type (bloc, former-state) counts as its own kind."""
    return (record.get("type") or "country") if record.kind == "country" else record.kind


def kind_key(kind: str) -> str:
    """The label of a kind (or a country's type, or "source"): kind_former_state."""
    return "kind_" + kind.replace("-", "_")


VOICES_SHOWN = 10  # sources a source's page names among those counted as one voice with it

# The fields that name the countries a record concerns (SiteViews.countries_of).
_COUNTRY_FIELDS = ("countries", "country", "parties", "by", "to")


def named_countries(record: Record) -> tuple[str, ...]:
    """The ids a record names in its fields of countries, once each, in order; a country's own."""
    if record.kind == "country":
        return (record.id,)
    return tuple(dict.fromkeys(ref for field in _COUNTRY_FIELDS for ref in record.refs(field)))
NAV = (("home", "index.html"), ("countries", "countries/index.html"), ("events", "events/index.html"),
       ("agreements", "agreements/index.html"), ("figures", "figures/index.html"),
       ("timeline", "timeline/index.html"), ("organisations", "organisations/index.html"),
       ("sources", "sources/index.html"), ("search", "search/index.html"))  # (label, page)
# The kinds of record a section lists: a brief with none of them (a brief of no agreements) links no empty
# section from its navigation; the section's page is still made, so an address kept of it still answers.
SECTION_KINDS = {"countries": ("country",), "events": EVENT_KINDS, "agreements": ("agreement",),
                 "figures": ("figure",), "organisations": ("organisation",)}


# A dispute's position names a status by its English label (disputes.position_text).
STATUS_OF_LABEL = {label: status for status, label in STATUS_LABELS.items()}

class _SourceMeta(Mapping):
    """The library's sources' metadata, as a page's ledger reads it, held
    weakly: Jinja keeps a rendered page's context in reference cycles, and
    through its ledger the whole metadata of a build (60,000 objects at
    10,000 sources) waited for a full collection, which walks all that
    `serve` keeps. Pages are made while their views hold the library."""

    def __init__(self, library: Library) -> None:
        self._library = weakref.ref(library)

    def __getitem__(self, source: str) -> Mapping[str, Any]:
        return self._library().source_meta[source]

    def __iter__(self) -> Iterator[str]:
        return iter(self._library().source_meta)

    def __len__(self) -> int:
        return len(self._library().source_meta)


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict


@dataclass(frozen=True, slots=True)  # slots: one for every page
class PagePlan:
    """A page before its view data is made: `build()` makes it when the page
    is rendered, so a build holds one page's view data at a time, and worker
    processes make theirs in parallel. `facets` are the page's search
    filters, known beforehand for the search page's choices."""
    path: str
    template: str
    facets: tuple | list
    make: Callable[[], Page]

    def build(self) -> Page:
        page = self.make()
        if (page.path, page.template) != (self.path, self.template):
            raise RuntimeError(f"the plan of {self.path} ({self.template}) made {page.path} ({page.template})")
        return page


class SiteViews:
    """Builds the view data of every page. What does not depend on the page
    (a record's dates in words, a source's citation label, the navigation
    of pages at one place in the tree) is worked out once and kept here, so
    the stage grows with the number of pages and links, not their product."""

    def __init__(self, library: Library, project: Project) -> None:
        # Pages read the library through `lib`, which notes each read in the
        # page's read set (tracked.py); the indexes below are built from it
        # untracked, and each is read through a Tracked mapping of its own.
        self.raw = library
        self.reads = Reads()
        self.lib = TrackedLibrary(library, self.reads)
        self.project = project
        # The site's absolute address with a final slash, or "" when unknown.
        self.base = site_base(project.base_url)
        # The interface's words in the brief's language (labels.py): every page reads them as site.labels.
        self.labels = labels.table(project.language, project.labels)
        self._fill = labels.Filler(self.labels)  # see label()
        self.site = {"title": project.title, "description": project.description, "language": project.language,
                     "direction": cldr.direction(project.language), "labels": self.labels,
                     "number": cldr.number_format(project.language)}
        self._navs: dict[tuple, list[dict]] = {}  # see nav()
        self._shown_dates: dict[tuple, tuple[str, str]] = {}  # see _date_words()
        self._sort_keys: dict[str, tuple] = {}  # record id -> sort_key
        self._links: dict[str, tuple[str, str, str]] = {}  # record id -> see _link_parts()
        self._values: dict[tuple[str, str], list[tuple]] = {}  # see _stated()
        self._statuses: dict[str, tuple | None] = {}  # record id -> (value, label, disputed, resolved)
        self._summaries: dict[str, tuple] = {}  # record id -> the page-independent part of summary()
        self._source_notes: dict[str, tuple[str, str, str]] = {}  # source id -> (citation label, language, direction)
        self._early: dict[tuple[str, str], bool] = {}  # (record id, source id) -> published before the event
        self._groups: dict[str, list[str]] | None = None  # see counted_with()
        self._on_timeline: dict[str, int] | None = None  # see on_timeline()
        self._voice_links: dict[str, dict] = {}  # see voice_links()
        self._facets: dict[tuple[str, str, str], list[tuple[str, str]]] = {}  # see facets()
        self._known_countries: dict[tuple[str, ...], tuple[str, ...]] = {}  # see countries_of()
        self._known_organisations: dict[tuple, tuple[str, ...]] = {}  # see organisations_of()
        self._group_names = dict(project.group_names)  # see group_name()
        # A record's disputes are part of its digest (pageinputs.py), like the memos below keyed by its id.
        self.disputes_by_record: dict[str, list[Dispute]] = defaultdict(list)
        for dispute in library.disputes:
            for record_id in dict.fromkeys(p.record for p in dispute.positions):
                self.disputes_by_record[record_id].append(dispute)
        inbound: dict[str, set[str]] = defaultdict(set)  # id -> ids of records naming it
        for record in library.records.values():
            for ref in record.named():
                inbound[ref].add(record.id)
        self.as_of = as_of(library.source_meta, project.language)
        self._standing_at = standing_at(library.source_meta)  # the date of as_of (in every page's digest)
        self._overtaken: dict[str, tuple[bool, tuple[str, ...]]] = {}  # record id -> (overtaken, sources read)
        self._ledger: PageCitations | None = None  # the citations of the page being made, numbered as rendered
        anchors_in: dict[str, list] = defaultdict(list)  # source id -> anchors in reading order
        for anchor in sorted(library.anchors.values(), key=lambda a: (a.source, a.start, -a.end)):
            anchors_in[anchor.source].append(anchor)
        # Also a date with one value, when a quote's weekday or relative date contradicts it (datecheck).
        date_disputes = [d for d in library.disputes if d.field == "date"]
        self.disputed_dates = {d.positions[0].record for d in date_disputes if d.resolution is None}
        # A date whose sources disagree, every such dispute resolved by the editor: shown as resolved.
        self.resolved_dates = {d.positions[0].record for d in date_disputes} - self.disputed_dates
        # A figure's amounts likewise, as data/figure.csv marks them "resolved".
        amount_disputes = [d for d in library.disputes if d.field == "amount"]
        self.resolved_amounts = ({d.positions[0].record for d in amount_disputes}
                                 - {d.positions[0].record for d in amount_disputes if d.resolution is None})
        # Also a status with one value, when another of the record's quotes contradicts it (statusconflicts).
        status_disputes = [d for d in library.disputes if d.field == "status"]
        self.disputed_statuses = {d.positions[0].record: [(STATUS_OF_LABEL.get(p.text), p.cites) for p in d.positions]
                                  for d in status_disputes if d.resolution is None}
        # A status likewise, as data/<kind>.csv marks it "resolved": its values shown as the record gives them.
        self.resolved_statuses = {d.positions[0].record for d in status_disputes} - set(self.disputed_statuses)
        # Prose pages (pages/*.md) come after the sections, before Search.
        kinds = {record.kind for record in library.records.values()}
        nav = tuple((self.labels[key], target) for key, target in NAV
                    if key not in SECTION_KINDS or kinds.intersection(SECTION_KINDS[key]))
        self.nav_items = nav[:-1] + tuple((page.title, page.output) for page in library.pages) + nav[-1:]
        self._nav_targets = {target for _, target in self.nav_items}
        # How many of a page's first folders can matter to a link to a nav target:
        # its most segments ('events/' has one). None: a target is no plain path; nothing is shared.
        self._nav_depth = (max(len(url_path(t).rstrip("/").split("/")) if url_path(t) else 0
                               for t in self._nav_targets)
                           if all(plain(target) for target in self._nav_targets) else None)
        # quote key -> (prose page, the words it backs) for backlinks
        prose_citing: dict[str, list] = defaultdict(list)
        for prose in library.pages:
            for group, statement in zip(prose.citations, prose.statements):
                for key in dict.fromkeys(c.key for c in group):
                    prose_citing[key].append((prose, statement))
        # quote key -> (record, statement, anchor on the record's page) for backlinks
        citing: dict[str, list[tuple[Record, str, str]]] = defaultdict(list)
        for record in library.records.values():
            for claim in record.claims:
                for key in dict.fromkeys(c.key for c in claim.cites):
                    citing[key].append((record, claim.text, claim_anchor(record, claim)))
            for field in ("date", "amount", "status"):
                for alt in record.alternatives(field):
                    if not alt.cites:  # as most values: skipped before a generator is made for each
                        continue
                    for key in dict.fromkeys(c.key for c in alt.cites):
                        shown = self._show(record, field, alt)
                        said = self.label("field_value", field=self.labels[f"field_{field}"], value=shown)
                        citing[key].append((record, said, f"field-{field}"))
        for dispute in library.disputes:
            # A field's dispute states the field's values, whose passages are listed above as the
            # record's (in the brief's words): listed again, the same passage read twice.
            for position in (() if dispute.field else dispute.positions):
                for key in dict.fromkeys(c.key for c in position.cites):
                    record = library.records[position.record]
                    citing[key].append((record, position.text, f"dispute-{dispute.id}"))
            if dispute.resolution:  # shown in the dispute's box, on its first record's page
                record = library.records[dispute.positions[0].record]
                for key in dict.fromkeys(c.key for c in dispute.resolution.cites):
                    citing[key].append((record, dispute.resolution.text, f"dispute-{dispute.id}"))
        self.index = {"inbound": inbound, "anchors_in": anchors_in, "prose_citing": prose_citing, "citing": citing}
        self.inbound: Mapping[str, set[str]] = Tracked(inbound, "inbound", self.reads)
        self.anchors_in: Mapping[str, list] = Tracked(anchors_in, "anchors_in", self.reads)
        self.prose_citing: Mapping[str, list] = Tracked(prose_citing, "prose_citing", self.reads)
        self.citing: Mapping[str, list[tuple[Record, str, str]]] = Tracked(citing, "citing", self.reads)

    # -- building blocks ----------------------------------------------------
    def page(self, path: str, template: str, title: str, description: str = "", jsonld: dict | None = None,
             og_type: str = "website", facets: list[tuple[str, str]] = (), **context: Any) -> Page:
        """`description` feeds the meta description and Open Graph; `jsonld`
        is the page's schema.org data (see metadata.py); `facets` are the
        (key, value) search filters of the page (kind, country)."""
        base = self.base
        if path == "404.html" and base:
            # Hosts serve the 404 page at any depth, so its links must be absolute.
            home, root = base, base
            nav = [{"label": label, "href": base + url_path(target), "current": target == path}
                   for label, target in self.nav_items]
        else:
            home, root, nav = href(path, "index.html"), root_of(path), self.nav(path)
        canonical = base + url_path(path) if base and path.endswith("index.html") else ""
        return Page(path, template, {
            "page": {"path": path, "title": title, "root": root, "canonical": canonical, "nav": nav,
                     "home": home, "description": description or self.project.description or title,
                     "jsonld": jsonld or {}, "og_type": og_type,
                     "facets": [{"key": key, "value": value} for key, value in facets],
                     "references": self.ledger(path), "as_of": self.as_of},
            "site": self.site,
            **context,
        })

    def nav(self, path: str) -> list[dict]:
        """The navigation as seen from `path`. A link to a nav target depends
        only on the page's first folders (as many as the deepest target has)
        and its depth, and the current item on the page itself, so pages that
        agree on those share one list (read-only, like all view data)."""
        depth = path.count("/")
        if self._nav_depth is None or not plain(path):
            key: tuple = (path,)
        else:
            key = (tuple(path.split("/", self._nav_depth)[:min(depth, self._nav_depth)]), depth,
                   path if path in self._nav_targets else None)
        nav = self._navs.get(key)
        if nav is None:
            nav = self._navs[key] = [{"label": label, "href": href(path, target), "current": target == path}
                                     for label, target in self.nav_items]
        return nav

    def absolute(self, path: str) -> str:
        return self.base + url_path(path) if self.base else ""

    def facets(self, kind: str, records) -> list[tuple[str, str]]:
        """What search filters on: the page's kind, and the ids of the
        countries and of the organisations its records concern (each
        space-separated), as Pagefind metadata: as the timeline filters."""
        countries: set[str] = set()
        organisations: set[str] = set()
        for record in records:
            its_countries, its_organisations = self.concerned(record)
            countries.update(its_countries)
            organisations.update(its_organisations)
        # Thousands of pages have the same few: one list each, which nothing changes (pages.py gives it to
        # the page's plan and view data), instead of one a page (10 MB at 10,000 sources).
        key = (kind, " ".join(sorted(countries)), " ".join(sorted(organisations)))
        facets = self._facets.get(key)
        if facets is None:
            facets = self._facets[key] = [("kind", kind)] + ([("countries", key[1])] if countries else []) \
                + ([("organisations", key[2])] if organisations else [])
        return facets

    def countries_of(self, record: Record) -> tuple[str, ...]:
        """The countries of the brief a record concerns, as the filters of the
        timeline and search take them: those it names as its `countries`, its
        country, and its parties, givers and receivers that are countries (an
        agreement of Japan and Kazakhstan concerns Kazakhstan, whose page lists
        it, though its editor gave no `countries`); a country concerns itself.
        Thousands of records name the same few: each naming is looked up once.
        Whether the brief has a country is a read of its record's entry, noted
        on the page that asks."""
        named = named_countries(record)
        if self.reads.current is not None:
            for country in named:
                self.reads.note("rec", country)
        return self._countries_among(named)

    def organisations_of(self, record: Record) -> tuple[str, ...]:
        """The organisations of the brief a record concerns, as the timeline's organisation filter takes them:
        those it names as its `organisations`, and its parties, givers and receivers that are organisations
        (a board's meeting no country attends, a memorandum a commission signs); an organisation concerns
        itself. As its CSV row lists them (exports.py)."""
        return self.concerned(record)[1]

    def concerned(self, record: Record) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(countries_of, organisations_of) the record, its names read once for both: the filters of
        search and the timeline ask both of thousands of records. Whether the brief has each record it
        names is a read of its entry, noted on the page that asks."""
        named = named_countries(record)
        if self.reads.current is not None:
            for other in (*named, *record.refs("organisations")):
                self.reads.note("rec", other)
        return self._countries_among(named), self._organisations_among(record, named)

    def _organisations_among(self, record: Record, named: tuple[str, ...]) -> tuple[str, ...]:
        if record.kind == "organisation":
            return (record.id,)
        key = (record.refs("organisations"), named)  # thousands of records name the same few, or none
        known = self._known_organisations.get(key)
        if known is None:
            records = self.raw.records
            known = self._known_organisations[key] = tuple(
                o for o in dict.fromkeys((*key[0], *named)) if o in records and records[o].kind == "organisation")
        return known

    def _countries_among(self, named: tuple[str, ...]) -> tuple[str, ...]:
        known = self._known_countries.get(named)
        if known is None:
            records = self.raw.records
            known = self._known_countries[named] = tuple(c for c in named if c in records
                                                         and records[c].kind == "country")
        return known

    def data_file(self, at: str, name: str) -> tuple[str, str]:
        """(file name, its address for JSON-LD: absolute when the site's address is known)."""
        path = f"data/{name}"
        return name, self.absolute(path) or href(at, path)

    @staticmethod
    def downloads(at: str, files: list[tuple[str, str]]) -> list[dict]:
        """Download links on the page itself stay relative, like every page link."""
        return [{"name": name, "href": href(at, f"data/{name}")} for name, _ in files]

    def show_date(self, span) -> str:
        return self._date_words(span)[0]

    def _date_words(self, span) -> tuple[str, str]:
        """A date in words and as a datetime attribute. Kept by the span's
        sort key, which is its equality: hashing the span itself took
        longer than writing it (a list of the brief asks for every date)."""
        key = span.sort_key()
        words = self._shown_dates.get(key)
        if words is None:
            words = self._shown_dates[key] = (datefmt.display(span, self.project.language), span.datetime_attr())
        return words

    def source_title(self, source_id: str) -> str:
        return str(self.lib.source_meta[source_id].get("title", source_id))

    def voice_links(self, source_id: str) -> tuple[list[dict], int]:
        """Links from a source's page to the first VOICES_SHOWN sources
        counted as one voice with it, and how many more there are. A brief
        with few publishers would otherwise list hundreds on every source
        page: unreadable, and the site would grow with the square of its
        sources. Source pages are siblings (sources/<id>/), so a link to one
        reads the same ('../<id>/') from each of the others: it is made once
        and shared."""
        at = source_page(source_id)
        others = self.counted_with(source_id)
        links = []
        for other in others[:VOICES_SHOWN]:
            self.reads.note("meta", other)  # its title, also when the link is shared
            target = source_page(other)
            link = self._voice_links.get(other) if plain(at) and plain(target) else None
            if link is None:
                link = {"title": self.source_title(other), "href": href(at, target)}
                if plain(at) and plain(target):
                    self._voice_links[other] = link
            links.append(link)
        return links, len(others) - len(links)

    def counted_with(self, source_id: str) -> list[str]:
        """The other sources counted as one voice with this one, in the order of source_groups."""
        return [other for other in self.groupmates(self.lib.source_groups.get(source_id)) if other != source_id]

    def groupmates(self, group: str | None) -> list[str]:
        """The sources of one group, in the order of source_groups."""
        if self._groups is None:
            self._groups = defaultdict(list)
            for other, its_group in self.raw.source_groups.items():
                self._groups[its_group].append(other)
        self.reads.note("groupmates", group)
        return self._groups.get(group, [])

    def on_timeline(self, record_id: str) -> int:
        """How many entries the timeline filtered to this country or organisation lists: the dated records
        and the undated events (timeline.py) that concern it (countries_of, organisations_of)."""
        # The table keeps the name earlier briefgens recorded in a build cache's read sets (pageinputs.py).
        self.reads.note("dated_in", record_id)
        if self._on_timeline is None:
            self._on_timeline = defaultdict(int)
            for record in self.raw.records.values():  # the page reads the count, not each record
                if record.alternatives("date") or record.kind in EVENT_KINDS:
                    named = named_countries(record)
                    for concerned in (*self._countries_among(named), *self._organisations_among(record, named)):
                        self._on_timeline[concerned] += 1
        return self._on_timeline.get(record_id, 0)

    def ledger(self, at: str) -> PageCitations:
        """Pages are made one at a time (PagePlan), so only the current page's is kept."""
        if self._ledger is None or self._ledger.page != at:
            # The entries of the sources cited on the page are noted as each is cited (cite()).
            self._ledger = PageCitations(at, _SourceMeta(self.raw), self.base, self.project.language,
                                         partial(publisher_word, self.labels))
        return self._ledger

    def cite(self, cite: Cite, at: str, record: Record | None = None) -> Citation:
        """`record` is the record the citation speaks for: a source published
        before that event is marked, since it can only tell of a plan."""
        spec = self._cite_spec(cite, record)
        self._note_cited((spec,))
        return Citation(self.ledger(at), *spec)

    def _cite_spec(self, cite: Cite, record: Record | None) -> tuple:
        """A Citation's arguments after its ledger: the same on every page.
        What it reads is noted by the caller (_note_cited), also when the
        arguments are remembered (_stated)."""
        source = cite.source
        notes = self._source_notes.get(source)
        if notes is None:
            meta = self.raw.source_meta[source]
            language = meta.get("language") or self.project.language
            notes = self._source_notes[source] = (assessment.label(meta, partial(publisher_word, self.labels)), language,
                                                  self.direction_apart(language))
        early = False
        if record is not None:
            early = self._early.get((record.id, source))
            if early is None:
                early = self._early[record.id, source] = published_before(record, self.raw.source_meta[source])
        # The passage as the source writes it; the page reads it with the anchor's entry (pageinputs.py).
        return (source, cite.key, self.raw.passage(cite.key), self.raw.anchors[cite.key].paragraph, notes[0],
                self.labels["reported_before_event"] if early else "", notes[1], notes[2], cite.translation)

    def _note_cited(self, specs) -> None:
        """What citing reads: each source's entry (its label, language and
        reference) and each passage's anchor."""
        note = self.reads.note
        for spec in specs:
            note("meta", spec[0])
            note("anchor", spec[1])

    def _citations(self, specs: tuple, at: str) -> list[Citation]:
        """The citations of `specs` (_cite_spec) as this page makes them."""
        self._note_cited(specs)
        ledger = self.ledger(at)
        return [Citation(ledger, *spec) for spec in specs]

    def label(self, key: str, **values: Any) -> str:
        """A label with its {placeholders} filled: plain text, escaped where a template shows it."""
        return self._fill(key, **values)

    def dataset_name(self, title: str) -> str:
        """"Brief: Agreements", a section's data as the brief names it: its colon as the brief's language writes
        it (French sets a no-break space before it, Japanese writes "："), and the section's name as its label
        does (lowered, German nouns lost their capitals)."""
        return self.label("field_value", field=self.project.title, value=title)

    def count(self, key: str, number: int) -> str:
        """"3 claims": the count label `key` in the number's plural form."""
        return labels.count(self.labels, self.project.language, key, number)

    def kind_label(self, record: Record) -> str:
        return self.labels[kind_key(kind_id(record))]

    def type_label(self, record: Record) -> str:
        """A record's type beside its kind: a figure's in words; a country's
        is its kind already (Bloc, Former state); another kind's in the
        brief's words where the catalogue has the editor's word (the types
        briefgen suggests: "agency" is "agence" in French), else as the
        editor wrote it."""
        if record.kind == "country":
            return ""
        if record.kind == "figure" and record.get("type"):
            return self.labels[f"figure_type_{record.get('type')}"]
        written = str(record.get("type", ""))
        key = "type_" + "_".join(written.casefold().replace("-", " ").split())
        return self.labels.get(key, written) if written else ""


    def direction_apart(self, language: str) -> str:
        """The direction `language` is written in, when not the brief's; else ""."""
        written = cldr.direction(language)
        return "" if written == self.site["direction"] else written

    def cites(self, cites, at: str, record: Record | None = None) -> list[Citation]:
        return [self.cite(c, at, record) for c in _unique(cites)]

    def claim(self, claim: Claim, at: str, record: Record | None = None) -> dict:
        if record is not None:
            self.reads.note("claims", record.id)  # its words and anchor: not part of the record's entry
        sources = self.lib.independent_sources(claim)
        low = self.lib.low_reliability(claim)
        cites = self.cites(claim.cites, at, record)
        return {"text": claim.text, "anchor": claim_anchor(record, claim) if record else "",
                "cites": cites, "sources": sources, "single_source": sources == 1,
                "low_reliability": low, "why": self.badge_reasons(claim, cites, sources == 1, low)}

    def badge_reasons(self, claim: Claim, cites: list[Citation], single: bool, low: bool) -> list[dict]:
        """Why a claim of more than one source bears its badges (trustnotes.py), each reason with the
        citations it is about, one a source (a page numbers sources): the page asks their numbers as it
        shows them, after the claim's own citations."""
        if not (single or low) or len({c.source for c in claim.cites}) <= 1:
            return []  # one source: its one number beside the badge says why
        first_of = {}
        for citation in cites:
            first_of.setdefault(citation.source, citation)
        grade = {sid: str(self.raw.source_meta[sid].get("reliability") or "") for sid in first_of}
        found = trustnotes.badge_reasons(self.lib, claim, single, low, grade)
        return [{"key": f"why_{note.kind}", "cites": [first_of[sid] for sid in note.sources],
                 "reasons": self.label("comma").join(self.labels[f"why_{reason}"] for reason in note.reasons),
                 "grade": note.grade, "grade_words": self.labels[f"reliability_{note.grade.lower()}"] if note.grade else ""}
                for note in found]

    def link(self, record: Record, at: str) -> dict:
        target, fragment, kind = self._link_parts(record)
        return {"name": record.name, "href": href(at, target, fragment), "kind": kind, "id": record.id}

    def _link_parts(self, record: Record) -> tuple[str, str, str]:
        """A record's page, fragment and kind in words: the same on every page
        that links it (the lists of the brief link every record)."""
        parts = self._links.get(record.id)
        if parts is None:
            parts = self._links[record.id] = (record_page(record), record_fragment(record), self.kind_label(record))
        return parts

    def links(self, ids, at: str) -> list[dict]:
        return [self.link(self.lib.records[i], at) for i in ids if i in self.lib.records]

    def field_values(self, record: Record, field: str, at: str) -> list[dict]:
        """Each value of a date, amount or status field in words, with the
        citations whose quotes state it (support.py), else the value's own."""
        return [{"display": display, "value": value, "cites": self._citations(specs, at)}
                for display, _, value, specs in self._stated(record, field)]

    def _stated(self, record: Record, field: str) -> list[tuple]:
        """(in words, datetime attribute, value, its unique citations' _cite_spec) per value; the same on
        every page, which notes what they read when it cites them."""
        key = (record.id, field)
        stated = self._values.get(key)
        if stated is None:
            stating = [(alt, _unique(self.lib.support.get((record.id, field, i), alt.cites)))
                       for i, alt in enumerate(record.alternatives(field))]
            if field == "status":  # in the order the news reported them (reportorder.py)
                stating = reportorder.by_report(stating, itemgetter(1), self.raw.source_meta)
            stated = self._values[key] = [
                (*(self._date_words(alt.value) if field == "date" else (self._show(record, field, alt), None)),
                 alt.value, tuple(self._cite_spec(c, record) for c in cites))
                for alt, cites in stating]
        return stated

    def _show(self, record: Record, field: str, alt: Alternative) -> str:
        if field == "date":
            return self.show_date(alt.value)
        if field == "status":
            return self.labels[f"status_{alt.value}"]
        return figuretable.per_period(self.label, self.amount_words(alt.value, record.get("currency"),
                                                                     record.qualifier_of(alt), record.get("unit")),
                                      record)

    def amount_words(self, amount, currency: str | None, qualifier: str | None, unit: str | None = None) -> str:
        """An amount as pages show it: its qualifier in words ("more than 350":
        "350+" would read as 350 or more), the number as the brief's language
        writes it, and a count's unit with it, inside the qualifier ("more
        than 350 companies", "300社以上")."""
        number = quantities.display(amount, currency, None, None, self.project.language)
        if unit == quantities.PERCENT and not currency:  # "5 %", "%5": the sign as the language sets it
            number, unit = quantities.percent(number, self.project.language), None
        return labels.amount_phrase(self.label, number, qualifier, None if currency else unit)

    @staticmethod
    def equivalent_qualified(record: Record) -> bool:
        """The source's conversion has a qualifier of its own ("about $19
        billion"): shown without "≈", which would say "about" twice."""
        equivalent = record.get("equivalent")
        return bool(equivalent and equivalent.get("qualifier"))

    def equivalent(self, record: Record) -> str:
        """The conversion a figure's source gives, as pages show it ("about $19 billion"; "$3 billion a year"
        for an amount a year), or ""."""
        equivalent = record.get("equivalent")
        return figuretable.per_period(self.label, self.amount_words(equivalent["amount"], equivalent["currency"],
                                                                    equivalent.get("qualifier")),
                                      record) if equivalent else ""

    def status(self, record: Record, at: str) -> dict | None:
        """An event's status in words; None for records that are not events.
        No stated status is "not reported", never "held"."""
        if record.kind not in EVENT_KINDS:
            return None
        said = self._status_said(record)
        for source in said[5]:  # their dates order the statuses
            self.reads.note("meta", source)
        return {"value": said[0], "label": said[1], "stated": self.field_values(record, "status", at),
                "disputed": said[2], "resolved": said[3], "overtaken": self._status_overtaken(record),
                "latest": said[4] and {"label": labels.lower(self.labels[f"status_{said[4][0]}"], self.project.language),
                                       "display": self.show_date(said[4][1]), "datetime": said[4][1].datetime_attr()}}

    @property
    def standing(self):
        """The day the brief stands at (its as-of date: references.standing_at), or None."""
        return self._standing_at

    def _status_overtaken(self, record: Record) -> bool:
        """Whether the news has moved past the event's status (timing.overtaken), worked out once; the
        page notes the metadata (publication dates) of the sources that state it each time it asks."""
        found = self._overtaken.get(record.id)
        if found is None:
            found = self._overtaken[record.id] = (
                overtaken(record, self.raw.support, self.raw.source_meta, self._standing_at),
                tuple(dict.fromkeys(c.source for c in status_citations(record, self.raw.support))))
        for source in found[1]:
            self.reads.note("meta", source)
        return found[0]

    def status_value(self, record: Record) -> str:
        """The status an event's page shows ("held", "disputed" when a quote contradicts the one it
        gives, "resolved" when the brief resolves its sources' two statuses, "not-reported"): the
        timeline's filter and the page's JSON-LD say the same; "" for records that are not events."""
        return self._status_said(record)[0] if record.kind in EVENT_KINDS else ""

    def _status_said(self, record: Record) -> tuple[str, str, bool, bool, tuple | None, tuple[str, ...]]:
        """An event's status value, its label, whether it is disputed, whether the brief resolves
        that dispute, the newest report of its statuses where one plainly is (reportorder.newest: the
        status and the day) and the sources whose dates order them, worked out once. Its statuses
        are listed in the order the news reported them. A resolved dispute names no winner: the
        record's statuses stand."""
        said = self._statuses.get(record.id)
        if said is None:
            given: dict[str, list] = {}  # status -> the citations that state it
            for i, alt in enumerate(record.alternatives("status")):
                given.setdefault(alt.value, []).extend(self.lib.support.get((record.id, "status", i), alt.cites))
            for status, cites in self.disputed_statuses.get(record.id, ()):
                if status and status not in given:
                    given[status] = list(cites)
            pairs = reportorder.by_report(list(given.items()), itemgetter(1), self.raw.source_meta)
            stated = [status for status, _ in pairs]
            newest = reportorder.newest(pairs, itemgetter(1), self.raw.source_meta)
            sources = tuple(dict.fromkeys(c.source for _, cites in pairs for c in cites))
            resolved = record.id in self.resolved_statuses
            if not stated:
                value, label = "not-reported", self.labels["status_not_reported"]
            elif len(stated) > 1:
                said_as = [labels.lower(self.labels[f"status_{s}"], self.project.language) for s in stated]
                if resolved:  # "Held or postponed", then the mark a resolved date has: no longer "disputed"
                    said_as[0] = self.labels[f"status_{stated[0]}"]
                between = f" {self.labels['or_between']} ".join(said_as)
                value, label = (("resolved", between) if resolved
                                else ("disputed", self.label("status_disputed_between", statuses=between)))
            else:
                value, label = stated[0], self.labels[f"status_{stated[0]}"]
            said = self._statuses[record.id] = (value, label, len(stated) > 1 and not resolved, resolved,
                                                newest and (newest[0][0], newest[1]), sources)
        return said

    def dates(self, record: Record, at: str) -> list[dict]:
        return [{"display": display, "cites": self._citations(specs, at), "datetime": datetime}
                for display, datetime, _, specs in self._stated(record, "date")]

    def amount(self, record: Record, at: str) -> list[dict]:
        return self.field_values(record, "amount", at)

    def disputes_of(self, record: Record, at: str) -> list[dict]:
        return [self.dispute(d, at) for d in self.disputes_by_record.get(record.id, ())]

    def dispute(self, dispute: Dispute, at: str) -> dict:
        in_words = {}  # a field's value as disputes.py states it -> as this brief says it
        if dispute.field:
            record = self.lib.records[dispute.positions[0].record]
            in_words = {disputes.position_text(record, alt): self._show(record, dispute.field, alt)
                        for alt in record.alternatives(dispute.field)}
        positions = [{"text": in_words.get(p.text, p.text), "record": self.link(self.lib.records[p.record], at),
                      "sources": sorted({self.source_title(c.source) for c in p.cites}, key=name_key),
                      "cites": self.cites(p.cites, at, self.lib.records[p.record])}
                     for p in (reportorder.by_report(dispute.positions, attrgetter("cites"), self.raw.source_meta)
                               if dispute.field == "status" else dispute.positions)]
        resolution = self.claim(dispute.resolution, at) if dispute.resolution else None
        question, first = dispute.question, self.lib.records[dispute.positions[0].record].name
        if dispute.field and question == disputes.question_of(dispute.field, first):  # briefgen's words, not an editor's
            question = disputes.question_of(dispute.field, first, self.labels)
        return {"id": dispute.id, "question": question, "positions": positions,
                "resolution": resolution, "field": dispute.field}

    def group_name(self, record: Record) -> str:
        """A country's group as pages show it: its name in the `groups` table; free text (no `groups` set)
        as written; "" for an id of a `groups` list, which names none, and for any other record."""
        group = record.get("group") if record.kind == "country" else None
        if not isinstance(group, str):
            return ""
        if self._group_names:
            return self._group_names.get(group, "")
        return "" if self.project.groups else group

    def named_group(self, country: str) -> tuple[str, str] | None:
        """(id, name) of the group of the country with id `country` where pages show it by a name
        (group_name), else None: the groups the Group menus of search and the timeline offer (an id of a
        `groups` list is shown nowhere, so no menu names it either)."""
        record = self.lib.records[country]
        name = self.group_name(record)
        return (record.get("group"), name) if name else None

    def summary(self, record: Record, at: str) -> dict:
        """What a list entry shows: link, kind, date and place."""
        fixed = self._summaries.get(record.id)
        if fixed is None:
            fixed = self._summaries[record.id] = (
                record.get("place", ""), record.id in self.disputed_dates, record.id in self.resolved_dates,
                self.equivalent(record), self.equivalent_qualified(record), self.group_name(record))
        place, date_disputed, date_resolved, equivalent, equivalent_qualified, group = fixed
        return {**self.link(record, at), "dates": self.dates(record, at), "place": place, "group": group,
                "date_disputed": date_disputed, "date_resolved": date_resolved,
                "status": self.status(record, at), "amount": self.amount(record, at) if record.kind == "figure" else [],
                "amount_resolved": record.id in self.resolved_amounts,
                "unit": "",  # shown within the amount (amount_words); kept for themes that write it
                "equivalent": equivalent, "equivalent_qualified": equivalent_qualified}

    def sort_key(self, record: Record) -> tuple:
        """sort_key(record), worked out once per record."""
        key = self._sort_keys.get(record.id)
        if key is None:
            key = self._sort_keys[record.id] = sort_key(record)
        return key

    def related(self, record: Record, at: str) -> dict[str, list[dict]]:
        """Records linked to this one in either direction, grouped by section."""
        ids = (self.inbound[record.id] | record.named()) - {record.id}
        groups: dict[str, list[dict]] = defaultdict(list)
        for other in sorted((self.lib.records[i] for i in ids if i in self.lib.records), key=self.sort_key):
            groups[group_of(other)].append(self.summary(other, at))
        return {self.labels[name]: groups[name] for name in GROUP_ORDER if groups.get(name)}

    def record(self, record: Record, at: str) -> dict:
        return {
            "id": record.id, "name": record.name, "kind": self.kind_label(record), "type": self.type_label(record),
            "place": record.get("place", ""), "group": self.group_name(record),
            "people": list(record.get("people", ())), "topics": list(record.get("topics", ())),
            "dates": self.dates(record, at),
            "date_disputed": record.id in self.disputed_dates, "date_resolved": record.id in self.resolved_dates,
            "amount_resolved": record.id in self.resolved_amounts,
            "status": self.status(record, at), "claims": [self.claim(c, at, record) for c in record.claims],
        }

    def record_context(self, record: Record, at: str) -> dict:
        return {
            "record": self.record(record, at),
            "related": self.related(record, at),
            "disputes": self.disputes_of(record, at),
        }


def publisher_word(words: Mapping[str, Any], kind: str) -> str:
    """A publisher type in the brief's words (`words`: labels.table): a
    function of the labels alone, since a page's ledger keeps it, and the
    views must not be kept in a cycle through it."""
    return words.get(f"publisher_{kind.replace('-', '_')}", kind)


GROUP_ORDER = ("countries", "events", "agreements", "figures", "organisations")  # labels of the related groups


_GROUP = {"country": "countries", "agreement": "agreements", "figure": "figures", "organisation": "organisations"}


def group_of(record: Record) -> str:
    return _GROUP.get(record.kind, "events")


def _unique(cites) -> list[Cite]:
    """One citation per passage: the last of those with one key, where the first stood."""
    return list({c.key: c for c in cites}.values())


def sort_key(record: Record) -> tuple:
    """Chronological by earliest stated date; undated records last, by name.
    The date's numbers stand in the key itself, not in tuples within it:
    the lists of thousands of records sort a third faster."""
    dates = record.alternatives("date")
    if not dates:
        return (True, *name_key(record.name), record.id)
    start, end = min(alt.value.sort_key() for alt in dates)
    return (False, *start, *end, *name_key(record.name), record.id)
