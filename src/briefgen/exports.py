"""Machine-readable outputs: JSON and CSV data, the sources as CSL-JSON and
BibTeX, the Atom feed, and (when the site's address is known) the sitemap."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import time
from decimal import Decimal
from operator import attrgetter, itemgetter
from typing import Callable, Mapping

import jinja2

from . import assessment, citations, dataschema, figuretable, jsontext, labels, reportorder, timing, trustnotes
from .anchors import claim_anchor
from .config import Project
from .ids import slugify
from .render import bidi_closed
from .model import META_LOCATIONS, Alternative, Cite, Claim, Dispute, Library, Record
from .routes import has_page, record_fragment, record_page, source_page, url_path
from .epoch import source_date_epoch_problem
from .csvsafe import safe_row
from .schema import EVENT_KINDS
from .dates import DateSpan
from .references import standing_at
from .timing import published_before
from .urls import page_address, site_base
from .views import STATUS_OF_LABEL, named_countries, sort_key

CSV_COLUMNS = ("id", "kind", "name", "date", "disputed", "status", "place", "amount", "currency", "unit", "qualifier",
               "countries", "organisations", "claims", "page", "url", "group")


def data_files(library: Library, project: Project, env: jinja2.Environment) -> dict[str, bytes]:
    # A status dispute by its record, found once: each event's data would otherwise scan every dispute.
    status_disputes = {d.positions[0].record: d for d in library.disputes if d.field == "status"}
    shared = _Shared(library)
    # A country that gets no page (routes.has_page) has no page to point to: its `page` is null.
    named = {ref for r in library.records.values() for ref in r.named()}
    # The date the brief stands at, as its pages' "as of": what an event's plan is judged overtaken by.
    now = standing_at(library.source_meta)
    records = [record_data(r, library, shared, status_disputes.get(r.id), has_page(r, r.id in named), now)
               for r in sorted(library.records.values(), key=attrgetter("kind", "id"))]
    cite_of = shared.speaking_for(None)
    document = {
        "title": project.title,
        "as_of": now and now.iso(),
        # Every `page` and `href` below is from the site's root, not from data/: a script joins them to this.
        "base_url": _base(project) or None,
        "records": records,
        "sources": [source_data(sid, library) for sid in library.sources],
        "disputes": [{"id": d.id, "question": d.question, "field": d.field, "resolved": d.resolution is not None,
                      "page": _dispute_page(d, library, named),
                      "positions": [{"record": p.record, "text": p.text, "cite": [cite_of(c) for c in p.cites]}
                                    for p in _positions(d, library)],
                      "resolution": d.resolution and {"text": d.resolution.text,
                                                      "cite": [cite_of(c) for c in d.resolution.cites]}}
                     for d in library.disputes],
    }
    field_disputes = [d for d in library.disputes if d.field]  # a field the sources disagree about
    disputed = {d.positions[0].record for d in field_disputes if d.resolution is None}
    resolved = {d.positions[0].record for d in field_disputes} - disputed  # every one resolved by the editor
    files = {"data/briefgen.json": jsontext.indented(document), dataschema.FILE: jsontext.indented(dataschema.data_schema())}
    of_kind: dict[str, list[dict]] = {}
    for r in records:
        of_kind.setdefault(r["kind"], []).append(r)
    concerned = _concerned(library)
    organisations = _organisations_concerned(library)
    for kind in sorted(of_kind):
        # The figures table as shown, with its citations, in place of the figures' rows as other records have them.
        files[f"data/{kind}.csv"] = (figuretable.csv_bytes(library, labels.table(project.language, project.labels),
                                                           disputed, resolved, _base(project))
                                     if kind == "figure"
                                     else _csv(of_kind[kind], disputed, resolved, concerned, organisations,
                                               _base(project)))
    files["data/sources.json"] = citations.csl_json(library.source_meta)
    files["data/sources.bib"] = citations.bibtex(library.source_meta)
    files["feed.xml"] = feed(library, project, env, _base(project))
    return files


def _dispute_page(dispute: Dispute, library: Library, named: set[str]) -> str:
    """Where the site shows a dispute, its box's anchor: on the page of the (first) record it concerns, as
    that page shows it, else on the home page, which lists every dispute."""
    record = library.records[dispute.positions[0].record]
    page = url_path(record_page(record)) if has_page(record, record.id in named) else ""
    return f"{page}#dispute-{dispute.id}"


def sitemap(project: Project, env: jinja2.Environment, page_paths: list[str]) -> dict[str, bytes]:
    """A sitemap must list absolute URLs, so it exists only when the site's
    address is known; it lists the pages pages.py made."""
    base = _base(project)
    if not base:
        return {}
    pages = sorted(p for p in page_paths if p.endswith("index.html"))
    return {"sitemap.xml": env.get_template("sitemap.xml").render(urls=[base + url_path(p) for p in pages]).encode()}


def _base(project: Project) -> str:
    return site_base(project.base_url)


def feed(library: Library, project: Project, env: jinja2.Environment, base: str) -> bytes:
    """Atom (RFC 4287). `updated` means "changed": an entry changed when the
    newest of its sources was published or retrieved; SOURCE_DATE_EPOCH stands
    in when no source is dated. Never the wall clock, so builds stay identical."""
    epoch = _epoch()
    dated = sorted((r for r in library.records.values() if r.kind != "figure" and r.alternatives("date")),
                   key=sort_key, reverse=True)
    newest = _newest_dates(library)
    # Each entry's date first, for the feed's own: "" (undated) is less than any date.
    changed = [max([newest[c.source] for c in record.cites], default="") for record in dated]
    updated = max([*changed, epoch]) or "1970-01-01T00:00:00Z"
    entries = []
    for record, record_changed in zip(dated, changed):
        path = url_path(record_page(record))
        page = base + path
        entries.append({"title": record.name, "link": page or path,
                        # An entry's id is its page's URL when the site's address is known, else a stable URN.
                        "id": page if base else f"urn:briefgen:{record.kind}:{record.id}",
                        "updated": record_changed or epoch or updated,
                        # Each claim closed where it ends: an unclosed U+202E would write the claims after it backwards.
                        "summary": " ".join([bidi_closed(c.text) for c in record.claims])})
    # A title of no Latin letters ("موجز", "予算") makes no slug: its own digest tells two briefs apart.
    feed_id = base or f"urn:briefgen:{slugify(project.title) or hashlib.sha1(project.title.encode()).hexdigest()[:16]}"
    return env.get_template("feed.xml").render(title=project.title, feed_id=feed_id, base=base, updated=updated,
                                               entries=entries, author=project.title, language=project.language).encode()


def _epoch() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch == "" or source_date_epoch_problem() is not None:
        return ""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch)))


def _newest_dates(library: Library) -> dict[str, str]:
    """Each source's newest published or retrieved date as Atom writes it, "" if it has none."""
    newest = {}
    for sid, meta in library.source_meta.items():
        dates = [meta[key].end.iso() for key in ("published", "retrieved") if meta.get(key)]
        newest[sid] = _atom_date(max(dates)) if dates else ""
    return newest


def _atom_date(iso: str) -> str:
    parts = (iso.split("-") + ["01", "01"])[:3]
    return "-".join(parts) + "T00:00:00Z"


class _Shared:
    """What the data files give again and again, made once for all of them:
    each citation's data (a citation is given again for each field its quote
    supports, and its source's page and label are the same for every
    citation of the source), and each field value's plain form (16,000
    records at 4,000 sources share 1,008 dates, and a date's ISO text takes
    microseconds)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._made: dict[tuple, dict] = {}
        self._sources: dict[str, tuple[str, str, bool]] = {}  # source id -> its page's link, label, low grade
        self._plain: dict[int, tuple[object, object]] = {}  # id(value) -> the value, its plain form

    def speaking_for(self, record: Record | None) -> Callable[[Cite], dict]:
        """The data of each citation as it speaks for `record` (None: for
        none, as a dispute's); for an event, whether the source was
        published before it."""
        event = record if record is not None and record.kind in EVENT_KINDS else None
        # An event's citations are made for it alone (whether each source was published before it).
        made = self._made if event is None else {}
        made_of = self._made_of

        def of(cite: Cite) -> dict:
            made_as = (cite.source, cite.key, cite.translation)
            data = made.get(made_as)
            if data is None:
                data = made[made_as] = made_of(cite, event)
            return data
        return of

    def _made_of(self, cite: Cite, event: Record | None) -> dict:
        link, label, _ = self._source(cite.source)
        anchor = self._library.anchors[cite.key]
        data = {"source": cite.source, "quote": self._library.passage(cite.key), "paragraph": anchor.paragraph,
                "href": link + cite.key, "label": label}
        if event is not None:
            data["reported_before_event"] = published_before(event, self._library.source_meta[cite.source])
        if cite.translation:
            data["translation"] = cite.translation
        return data

    def low_reliability(self, claim: Claim) -> bool:
        """Library.low_reliability, each source's grade looked at once."""
        for cite in self._library.bearing_cites(claim):
            if not self._source(cite.source)[2]:
                return False
        return bool(claim.cites)

    def _source(self, source_id: str) -> tuple[str, str, bool]:
        known = self._sources.get(source_id)
        if known is None:
            meta = self._library.source_meta[source_id]
            known = self._sources[source_id] = (url_path(source_page(source_id)) + "#q-", assessment.label(meta),
                                                assessment.all_low([meta]))
        return known

    def plain(self, value):
        """_plain(value), worked out once for each value (held by the library meanwhile, so no other takes its id)."""
        if type(value) is str:  # most values: nothing to look for
            return value
        known = self._plain.get(id(value))
        if known is None or known[0] is not value:
            known = self._plain[id(value)] = (value, _plain(value))
        return known[1]


def claim_data(claim: Claim, library: Library, record: Record, cite_of: Callable[[Cite], dict],
               shared: _Shared, page: str | None) -> dict:
    """`cite_of`: each citation's data as it speaks for `record` (_Shared.speaking_for);
    `page`: the record's page without its fragment (None when it has none), the claim's permalink is
    there at its anchor;
    `sources` counts independent sources: one publisher, or a story and its
    republications, count once (corroboration.py); `low_reliability`: every
    source it cites for what it says is graded D or E (assessment.py)."""
    sources = library.independent_sources(claim)
    anchor = claim_anchor(record, claim)
    low = shared.low_reliability(claim)
    data = {"id": claim.id or None, "anchor": anchor, "page": page and f"{page}#{anchor}", "text": claim.text,
            "cite": [cite_of(c) for c in claim.cites],
            "sources": sources, "single_source": sources == 1, "low_reliability": low}
    if (sources == 1 or low) and len({c.source for c in claim.cites}) > 1:
        grade = {c.source: str(library.source_meta[c.source].get("reliability") or "") for c in claim.cites}
        why = [{"kind": note.kind, "sources": list(note.sources)} | ({"reasons": list(note.reasons)} if note.reasons else {})
               | ({"grade": note.grade} if note.grade else {})
               for note in trustnotes.badge_reasons(library, claim, sources == 1, low, grade)]
        if why:
            data["why"] = why
    return data


def status_data(record: Record, library: Library, cite_of: Callable[[Cite], dict],
                dispute: Dispute | None = None, now: DateSpan | None = None) -> dict:
    """An event's status as its page shows it (SiteViews.status): "not-reported"
    when no source states one (never "held"), "disputed" when sources give
    different ones, "resolved" when they do and the brief's dispute resolves
    it. `values` lists each stated status with the citations whose quotes
    state it; `dispute`: the record's dispute on its status, if any, whose
    `resolution` it then carries when resolved. `cite_of`: as for claim_data.
    `overtaken`: the news has moved past it, as the timeline marks it (timing.overtaken
    at `now`, the date the brief stands at)."""
    alternatives = record.alternatives("status")
    if not alternatives and dispute is None:  # most events: no source states a status, none contradicts one
        return {"value": "not-reported", "disputed": False, "values": [], "overtaken": False}
    overtaken = timing.overtaken(record, library.support, library.source_meta, now)
    stating = [(alt.value, library.support.get((record.id, "status", i), alt.cites))
               for i, alt in enumerate(alternatives)]
    resolution = dispute and dispute.resolution
    if resolution:  # the record's statuses stand, as its page shows them, marked resolved
        values = _reported(stating, library.source_meta, cite_of)
        stated = {v["value"] for v in values}
        value = "resolved" if len(stated) > 1 else values[0]["value"]
        return {"value": value, "disputed": False, "values": values, "overtaken": overtaken,
                "resolution": {"text": resolution.text, "cite": [cite_of(c) for c in resolution.cites]}}
    # Another of the record's quotes may contradict its one status (statusconflicts): a position of its dispute.
    if dispute is not None:
        stating += [(STATUS_OF_LABEL[p.text], p.cites) for p in dispute.positions[len(stating):]
                    if p.text in STATUS_OF_LABEL]
    values = _reported(stating, library.source_meta, cite_of)
    stated = {v["value"] for v in values}
    value = "not-reported" if not stated else "disputed" if len(stated) > 1 else values[0]["value"]
    return {"value": value, "disputed": len(stated) > 1, "values": values, "overtaken": overtaken}


def _positions(dispute: Dispute, library: Library) -> list:
    """A dispute's positions as its page lists them: a status's in the order the news reported them."""
    if dispute.field != "status":
        return list(dispute.positions)
    return reportorder.by_report(dispute.positions, attrgetter("cites"), library.source_meta)


def _reported(stating: list, source_meta: Mapping, cite_of: Callable[[Cite], dict]) -> list[dict]:
    """Each (status, citations) of `stating` as data, in the order the news reported them (as the
    event's page lists them), with the newest date its sources were published (`reported`, or None)."""
    return [{"value": status, "cite": [cite_of(c) for c in cites],
             "reported": (day := reportorder.reported(cites, source_meta)) and day.iso()}
            for status, cites in reportorder.by_report(stating, itemgetter(1), source_meta)]


def record_data(record: Record, library: Library, shared: _Shared, status_dispute: Dispute | None,
                with_page: bool, now: DateSpan | None = None) -> dict:
    cite_of = shared.speaking_for(record)
    plain = shared.plain
    support = library.support
    fields = {}
    for name, value in record.fields.items():
        if type(value) is str:  # most values: as they are
            fields[name] = value
        elif isinstance(value, tuple) and value and isinstance(value[0], Alternative):
            # Each value with the quotes that state it, as its page cites them (support.py).
            fields[name] = [{"value": plain(alt.value),
                             **({"qualifier": alt.qualifier} if alt.qualifier else {}),
                             "cite": [cite_of(c) for c in support.get((record.id, name, i), alt.cites)]}
                            for i, alt in enumerate(value)]
        elif name == "equivalent":
            # The source's own conversion, with the passages that state it, as the figures table cites them.
            fields[name] = _plain(value) | {"cite": [cite_of(c) for c in support.get((record.id, name, 0), ())]}
        else:
            fields[name] = _plain(value)
    page = url_path(record_page(record)) if with_page else None
    fragment = record_fragment(record)
    data = {"id": record.id, "kind": record.kind, "name": record.name,
            "page": page and page + (f"#{fragment}" if fragment else ""),
            "fields": fields,
            "claims": [claim_data(c, library, record, cite_of, shared, page) for c in record.claims]}
    if record.kind in EVENT_KINDS:
        data["status"] = status_data(record, library, cite_of, status_dispute, now)
    return data


def source_data(source_id: str, library: Library) -> dict:
    meta = {k: _plain(v) for k, v in library.source_meta[source_id].items() if k not in META_LOCATIONS}
    return meta | {"id": source_id, "page": url_path(source_page(source_id)),
                   "paragraphs": len(library.sources[source_id].paragraphs),
                   # Always present, null when the editor has not assessed the source.
                   **{key: meta.get(key) for key in ("publisher_type", "reliability", "assessment")},
                   "label": assessment.label(library.source_meta[source_id]),
                   "counted_as": library.source_groups.get(source_id, source_id)}


def _plain(value):
    if type(value) is str:  # most values: nothing to look for
        return value
    if type(value) is tuple:  # a list field's: text mostly, and no Decimal, date or mapping
        return [v if type(v) is str else _plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "iso"):
        return value.iso()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _concerned(library: Library) -> dict[str, str]:
    """Each record's countries as its CSV row gives them: those it concerns as the timeline's country filter
    and the countries' pages take them (views.named_countries: its `countries`, and its parties, givers and
    receivers that are countries), an organisation's own country first, as its page lists it; none for a
    country's own row."""
    country = {rid for rid, r in library.records.items() if r.kind == "country"}
    concerned = {}
    known: dict[tuple[str, ...], str] = {}  # thousands of records name the same few: each naming worked out once
    for record in library.records.values():
        if record.kind != "country":
            named = (*record.refs("country"), *named_countries(record))
            row = known.get(named)
            if row is None:
                row = known[named] = " ".join([c for c in dict.fromkeys(named) if c in country])
            concerned[record.id] = row
    return concerned


def _organisations_concerned(library: Library) -> dict[str, str]:
    """Each record's organisations as its CSV row gives them: its `organisations`, and its parties, givers and
    receivers that are organisations, as its page lists them (a board's meeting, which no country attends, a
    memorandum a commission signs); none for an organisation's own row."""
    organisation = {rid for rid, r in library.records.items() if r.kind == "organisation"}
    return {record.id: " ".join([o for o in dict.fromkeys((*record.refs("organisations"), *named_countries(record)))
                                 if o in organisation])
            for record in library.records.values() if record.kind != "organisation"}


def _group(record: dict) -> str:
    """A country's `group` as written: the id a `groups` setting names, or free text where none is set."""
    group = record["fields"].get("group") if record["kind"] == "country" else None
    return group if isinstance(group, str) else ""


def _csv(records: list[dict], disputed: set[str], resolved: set[str], concerned: dict[str, str],
         organisations: dict[str, str], base: str) -> bytes:
    """`disputed`: records a field of which the sources disagree about; `resolved`: those whose every such
    disagreement the brief resolves ("resolved" in the column); `concerned`: _concerned(); `organisations`:
    _organisations_concerned(); `base`: the site's address, or "" (the `url` column is then empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        f = r["fields"]
        dates = f.get("date", [])
        amounts = f.get("amount", [])
        row = [r["id"], r["kind"], r["name"], " | ".join([str(d["value"]) for d in dates]),
               "yes" if r["id"] in disputed else "resolved" if r["id"] in resolved else "",
               r["status"]["value"] if "status" in r else "", f.get("place", ""),
               " | ".join([str(a["value"]) for a in amounts]), f.get("currency", ""), f.get("unit", ""),
               f.get("qualifier", ""), concerned.get(r["id"], ""), organisations.get(r["id"], ""), len(r["claims"]),
               r["page"] or "", page_address(base, r["page"]), _group(r)]
        writer.writerow(safe_row(row))
    return out.getvalue().encode("utf-8")
