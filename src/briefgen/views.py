"""Read-only view data for templates: every link already relative, every
date already displayed, so templates only lay things out."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from . import assessment, datefmt, quantities
from .anchors import claim_anchor
from .references import Citation, PageCitations, as_of
from .config import Project
from .eventstatus import LABELS as STATUS_LABELS
from .model import Cite, Claim, Dispute, Library, Record
from .routes import href, record_fragment, record_page, root_of, source_page, url_path
from .schema import EVENT_KINDS
from .timing import BEFORE_EVENT, published_before

KIND_LABEL = {"country": "Country", "summit": "Summit", "forum": "Forum", "meeting": "Meeting",
              "agreement": "Agreement", "figure": "Figure", "organisation": "Organisation"}
# countries.yaml records may be blocs (the EU) or states that no longer exist (the USSR).
COUNTRY_TYPE_LABEL = {"country": "Country", "bloc": "Bloc", "former-state": "Former state"}


def kind_id(record: Record) -> str:
    """The kind a reader filters by: a country's type (bloc, former-state) counts as its own kind."""
    return (record.get("type") or "country") if record.kind == "country" else record.kind


FACET_LABEL = {**KIND_LABEL, **{k: v for k, v in COUNTRY_TYPE_LABEL.items()}, "source": "Source"}


def kind_label(record: Record) -> str:
    if record.kind == "country":
        return COUNTRY_TYPE_LABEL[record.get("type") or "country"]
    return KIND_LABEL[record.kind]


NAV = (("Home", "index.html"), ("Countries", "countries/index.html"), ("Events", "events/index.html"),
       ("Agreements", "agreements/index.html"), ("Figures", "figures/index.html"),
       ("Timeline", "timeline/index.html"), ("Organisations", "organisations/index.html"),
       ("Sources", "sources/index.html"), ("Search", "search/index.html"))


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict


class SiteViews:
    def __init__(self, library: Library, project: Project) -> None:
        self.lib = library
        self.project = project
        self.inbound: dict[str, set[str]] = defaultdict(set)  # id -> ids of records naming it
        for record in library.records.values():
            for ref in record.named():
                self.inbound[ref].add(record.id)
        self.as_of = as_of(library.source_meta, project.language)
        self.ledgers: dict[str, PageCitations] = {}  # page -> its citations, numbered as rendered
        self.anchors_in: dict[str, list] = defaultdict(list)  # source id -> anchors in reading order
        for anchor in sorted(library.anchors.values(), key=lambda a: (a.source, a.start, -a.end)):
            self.anchors_in[anchor.source].append(anchor)
        # Also a date with one value, when a quote's weekday or relative date contradicts it (datecheck).
        self.disputed_dates = {d.positions[0].record for d in library.disputes if d.field == "date"}
        # Prose pages (pages/*.md) come after the sections, before Search.
        self.nav_items = NAV[:-1] + tuple((page.title, page.output) for page in library.pages) + NAV[-1:]
        # quote key -> (prose page, the words it backs) for backlinks
        self.prose_citing: dict[str, list] = defaultdict(list)
        for prose in library.pages:
            for group, statement in zip(prose.citations, prose.statements):
                for key in dict.fromkeys(c.key for c in group):
                    self.prose_citing[key].append((prose, statement))
        # quote key -> (record, statement, anchor on the record's page) for backlinks
        self.citing: dict[str, list[tuple[Record, str, str]]] = defaultdict(list)
        for record in library.records.values():
            for claim in record.claims:
                for key in dict.fromkeys(c.key for c in claim.cites):
                    self.citing[key].append((record, claim.text, claim_anchor(record, claim)))
            for field in ("date", "amount", "status"):
                for alt in record.alternatives(field):
                    for key in dict.fromkeys(c.key for c in alt.cites):
                        shown = self.show_date(alt.value) if field == "date" else _show_value(field, alt.value)
                        self.citing[key].append((record, f"{field.capitalize()}: {shown}", f"field-{field}"))
        for dispute in library.disputes:
            for position in dispute.positions:
                for key in dict.fromkeys(c.key for c in position.cites):
                    record = library.records[position.record]
                    self.citing[key].append((record, position.text, f"dispute-{dispute.id}"))
            if dispute.resolution:  # shown in the dispute's box, on its first record's page
                record = library.records[dispute.positions[0].record]
                for key in dict.fromkeys(c.key for c in dispute.resolution.cites):
                    self.citing[key].append((record, dispute.resolution.text, f"dispute-{dispute.id}"))

    # -- building blocks ----------------------------------------------------
    def page(self, path: str, template: str, title: str, description: str = "", jsonld: dict | None = None,
             og_type: str = "website", facets: list[tuple[str, str]] = (), **context: Any) -> Page:
        """`description` feeds the meta description and Open Graph; `jsonld`
        is the page's schema.org data (see metadata.py); `facets` are the
        (key, value) search filters of the page (kind, country)."""
        base = self.base
        if path == "404.html" and base:
            # Hosts serve the 404 page at any depth, so its links must be absolute.
            link, root = (lambda target: base + url_path(target)), base
        else:
            link, root = (lambda target: href(path, target)), root_of(path)
        canonical = base + url_path(path) if base and path.endswith("index.html") else ""
        nav = [{"label": label, "href": link(target), "current": target == path} for label, target in self.nav_items]
        return Page(path, template, {
            "page": {"path": path, "title": title, "root": root, "canonical": canonical, "nav": nav,
                     "home": link("index.html"), "description": description or self.project.description or title,
                     "jsonld": jsonld or {}, "og_type": og_type,
                     "facets": [{"key": key, "value": value} for key, value in facets],
                     "references": self.ledger(path), "as_of": self.as_of},
            "site": {"title": self.project.title, "description": self.project.description,
                     "language": self.project.language},
            **context,
        })

    @property
    def base(self) -> str:
        """The site's absolute address with a final slash, or "" when unknown."""
        return self.project.base_url.rstrip("/") + "/" if self.project.base_url else ""

    def absolute(self, path: str) -> str:
        return self.base + url_path(path) if self.base else ""

    def facets(self, kind: str, records) -> list[tuple[str, str]]:
        """What search filters on: the page's kind, and the ids of the
        countries its records concern (space-separated), as Pagefind metadata."""
        countries: dict[str, None] = {}
        for record in records:
            ids = (record.id,) if record.kind == "country" else (*record.refs("countries"), *record.refs("country"))
            countries.update(dict.fromkeys(i for i in ids if i in self.lib.records))
        return [("kind", kind)] + ([("countries", " ".join(sorted(countries)))] if countries else [])

    def data_file(self, at: str, name: str) -> tuple[str, str]:
        """(file name, its address for JSON-LD: absolute when the site's address is known)."""
        path = f"data/{name}"
        return name, self.absolute(path) or href(at, path)

    @staticmethod
    def downloads(at: str, files: list[tuple[str, str]]) -> list[dict]:
        """Download links on the page itself stay relative, like every page link."""
        return [{"name": name, "href": href(at, f"data/{name}")} for name, _ in files]

    def show_date(self, span) -> str:
        return datefmt.display(span, self.project.language)

    def source_title(self, source_id: str) -> str:
        return str(self.lib.source_meta[source_id].get("title", source_id))

    def ledger(self, at: str) -> PageCitations:
        if at not in self.ledgers:
            self.ledgers[at] = PageCitations(at, self.lib.source_meta, self.project.base_url,
                                             self.project.language)
        return self.ledgers[at]

    def cite(self, cite: Cite, at: str, record: Record | None = None) -> Citation:
        """`record` is the record the citation speaks for: a source published
        before that event is marked, since it can only tell of a plan."""
        early = record is not None and published_before(record, self.lib.source_meta[cite.source])
        meta = self.lib.source_meta[cite.source]
        return self.ledger(at).cite(cite.source, cite.key, cite.quote, self.lib.anchors[cite.key].paragraph,
                                    source_label=assessment.label(meta), timing=BEFORE_EVENT if early else "",
                                    language=meta.get("language") or self.project.language,
                                    translation=cite.translation)

    def cites(self, cites, at: str, record: Record | None = None) -> list[Citation]:
        unique = {c.key: c for c in cites}
        return [self.cite(c, at, record) for c in unique.values()]

    def claim(self, claim: Claim, at: str, record: Record | None = None) -> dict:
        sources = self.lib.independent_sources(claim.cites)
        return {"text": claim.text, "anchor": claim_anchor(record, claim) if record else "",
                "cites": self.cites(claim.cites, at, record), "sources": sources, "single_source": sources == 1}

    def link(self, record: Record, at: str) -> dict:
        return {"name": record.name, "href": href(at, record_page(record), record_fragment(record)),
                "kind": kind_label(record), "id": record.id}

    def links(self, ids, at: str) -> list[dict]:
        return [self.link(self.lib.records[i], at) for i in ids if i in self.lib.records]

    def field_values(self, record: Record, field: str, at: str, show) -> list[dict]:
        return [{"display": show(alt.value), "value": alt.value,
                 "cites": self.cites(self.lib.support.get((record.id, field, i), alt.cites), at, record)}
                for i, alt in enumerate(record.alternatives(field))]

    def status(self, record: Record, at: str) -> dict | None:
        """An event's status in words; None for records that are not events.
        No stated status is "not reported", never "held"."""
        if record.kind not in EVENT_KINDS:
            return None
        values = self.field_values(record, "status", at, STATUS_LABELS.get)
        stated = list(dict.fromkeys(v["value"] for v in values))
        if not stated:
            value, label = "not-reported", "Status not reported"
        elif len(stated) > 1:
            value, label = "disputed", "Status disputed: " + " or ".join(STATUS_LABELS[s].lower() for s in stated)
        else:
            value, label = stated[0], STATUS_LABELS[stated[0]]
        return {"value": value, "label": label, "stated": values, "disputed": len(stated) > 1}

    def dates(self, record: Record, at: str) -> list[dict]:
        values = self.field_values(record, "date", at, self.show_date)
        for value in values:
            value["datetime"] = value.pop("value").datetime_attr()
        return values

    def amount(self, record: Record, at: str) -> list[dict]:
        currency, unit, qualifier = record.get("currency"), record.get("unit"), record.get("qualifier")
        return self.field_values(record, "amount", at, lambda v: quantities.display(v, currency, unit, qualifier))

    def disputes_of(self, record: Record, at: str) -> list[dict]:
        return [self.dispute(d, at) for d in self.lib.disputes
                if any(p.record == record.id for p in d.positions)]

    def dispute(self, dispute: Dispute, at: str) -> dict:
        positions = [{"text": p.text, "record": self.link(self.lib.records[p.record], at),
                      "sources": sorted({self.source_title(c.source) for c in p.cites}),
                      "cites": self.cites(p.cites, at, self.lib.records[p.record])} for p in dispute.positions]
        resolution = self.claim(dispute.resolution, at) if dispute.resolution else None
        return {"id": dispute.id, "question": dispute.question, "positions": positions,
                "resolution": resolution, "field": dispute.field}

    def summary(self, record: Record, at: str) -> dict:
        """What a list entry shows: link, kind, date and place."""
        equivalent = record.get("equivalent")
        return {**self.link(record, at), "dates": self.dates(record, at), "place": record.get("place", ""),
                "date_disputed": record.id in self.disputed_dates, "status": self.status(record, at),
                "amount": self.amount(record, at) if record.kind == "figure" else [],
                "unit": record.get("unit", "") if not record.get("currency") else "",
                "equivalent": quantities.display(equivalent["amount"], equivalent["currency"], None, None)
                if equivalent else ""}

    def related(self, record: Record, at: str) -> dict[str, list[dict]]:
        """Records linked to this one in either direction, grouped by section."""
        ids = (self.inbound[record.id] | record.named()) - {record.id}
        groups: dict[str, list[dict]] = defaultdict(list)
        for other in sorted((self.lib.records[i] for i in ids if i in self.lib.records), key=sort_key):
            groups[group_of(other)].append(self.summary(other, at))
        return {name: groups[name] for name in GROUP_ORDER if groups.get(name)}

    def record(self, record: Record, at: str) -> dict:
        return {
            "id": record.id, "name": record.name, "kind": kind_label(record),
            # A country's type is already its kind label (Bloc, Former state).
            "type": record.get("type", "") if record.kind != "country" else "", "place": record.get("place", ""),
            "people": list(record.get("people", ())), "topics": list(record.get("topics", ())),
            "dates": self.dates(record, at),
            "date_disputed": record.id in self.disputed_dates, "status": self.status(record, at),
            "claims": [self.claim(c, at, record) for c in record.claims],
        }

    def record_context(self, record: Record, at: str) -> dict:
        return {
            "record": self.record(record, at),
            "related": self.related(record, at),
            "disputes": self.disputes_of(record, at),
        }


def _show_value(field: str, value) -> str:
    """An amount or a status as a backlink names it."""
    return STATUS_LABELS[value] if field == "status" else str(value)


GROUP_ORDER = ("Countries", "Events", "Agreements", "Figures", "Organisations")


def group_of(record: Record) -> str:
    return {"country": "Countries", "agreement": "Agreements", "figure": "Figures",
            "organisation": "Organisations"}.get(record.kind, "Events")


def sort_key(record: Record) -> tuple:
    """Chronological by earliest stated date; undated records last, by name."""
    spans = [alt.value for alt in record.alternatives("date")]
    first = min((s.sort_key() for s in spans), default=None)
    return (first is None, first or (), record.name.lower(), record.id)
