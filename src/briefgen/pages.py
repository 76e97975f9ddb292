"""Every page of the site as (path, template, view data)."""
from __future__ import annotations

import math
from collections import defaultdict

from . import quantities
from .marks import paragraph_html
from .model import Library, Record
from .routes import href, record_page, source_page
from .schema import EVENT_KINDS
from .views import KIND_LABEL, Page, SiteViews, money_in_usd, sort_key


def all_pages(views: SiteViews) -> list[Page]:
    lib = views.lib
    pages = [home(views), timeline(views), figures(views), sources_index(views)]
    sections = (("countries", ("country",), "Countries"), ("events", EVENT_KINDS, "Events"),
                ("agreements", ("agreement",), "Agreements"), ("organisations", ("organisation",), "Organisations"))
    for section, kinds, title in sections:
        records = sorted(lib.of_kind(*kinds), key=sort_key)
        pages.append(section_index(views, section, title, records))
        for record in records:
            pages.append(record_detail(views, record))
    for source_id in lib.sources:
        pages.append(source_detail(views, source_id))
    pages.append(views.page("404.html", "404.html", "Page not found"))
    pages.append(views.page("search/index.html", "search.html", "Search"))
    return pages


def record_detail(views: SiteViews, record: Record) -> Page:
    at = record_page(record)
    context = views.record_context(record, at)
    if record.kind == "country":
        # Every dated record naming the country; only undated organisations name it otherwise.
        own = [views.lib.records[i] for i in views.inbound[record.id] if views.lib.records[i].alternatives("date")]
        context["timeline"] = [views.summary(r, at) for r in sorted(own, key=sort_key)]
        context["focus"] = bool(record.get("focus"))
    return views.page(at, f"{record.kind if record.kind in ('country', 'agreement', 'organisation') else 'event'}.html",
                      record.name, **context)


def section_index(views: SiteViews, section: str, title: str, records: list[Record]) -> Page:
    at = f"{section}/index.html"
    entries = [views.summary(r, at) | {"claims": len(r.claims), "focus": bool(r.get("focus"))} for r in records]
    return views.page(at, "list.html", title, entries=entries, section=section)


def timeline(views: SiteViews) -> Page:
    at = "timeline/index.html"
    dated = sorted((r for r in views.lib.records.values() if r.alternatives("date")), key=sort_key)
    years: dict[int, list[dict]] = defaultdict(list)
    for record in dated:
        first = min((alt.value for alt in record.alternatives("date")), key=lambda d: d.sort_key())
        entry = views.summary(record, at)
        entry["countries"] = " ".join(record.refs("countries"))
        entry["kind_id"] = record.kind
        entry["disputed"] = entry["date_disputed"]
        years[first.start.year].append(entry)
    kinds = sorted({r.kind for r in dated}, key=list(KIND_LABEL).index)
    countries = sorted({c for r in dated for c in r.refs("countries") if c in views.lib.records})
    return views.page(at, "timeline.html", "Timeline",
                      years=[{"year": y, "entries": e} for y, e in sorted(years.items())],
                      kinds=[{"id": k, "label": KIND_LABEL[k]} for k in kinds],
                      countries=[{"id": c, "name": views.lib.records[c].name} for c in countries])


def figures(views: SiteViews) -> Page:
    at = "figures/index.html"
    rows = []
    for record in sorted(views.lib.of_kind("figure"), key=lambda r: (r.get("currency") is None, r.name.lower())):
        equivalent = record.get("equivalent")
        rows.append(views.record(record, at) | {
            "amount": views.amount(record, at),
            "unit": record.get("unit", "") if not record.get("currency") else "",
            "equivalent": quantities.display(equivalent["amount"], equivalent["currency"], None, None) if equivalent else "",
            "equivalent_cites": views.cites(views.lib.support.get((record.id, "equivalent", 0), ()), at),
            "period": record.get("period", ""),
            "by": views.links(record.refs("by"), at), "to": views.links(record.refs("to"), at),
            "event": views.links(record.refs("event"), at), "agreement": views.links(record.refs("agreement"), at),
            "disputes": views.disputes_of(record, at),
        })
    return views.page(at, "figures.html", "Figures", rows=rows, chart=money_chart(views.lib))


def money_chart(lib: Library) -> dict:
    """Bars on a log scale: the amounts span $7.5 million to $19 billion."""
    bars = [(r, money_in_usd(r)) for r in lib.of_kind("figure")]
    bars = sorted(((r, v) for r, v in bars if v), key=lambda b: (-b[1], b[0].id))
    if not bars:
        return {"bars": []}
    low = math.floor(math.log10(min(v for _, v in bars)))
    high = math.ceil(math.log10(max(v for _, v in bars)))
    span = max(high - low, 1)
    return {"bars": [{"id": r.id, "name": r.name, "label": quantities.display(v, "USD", None, None),
                      "converted": r.get("currency") != "USD",
                      "percent": round(100 * (math.log10(v) - low) / span, 1)} for r, v in bars],
            "scale": [quantities.display(10 ** e, "USD", None, None) for e in range(low, high + 1)]}


def home(views: SiteViews) -> Page:
    at = "index.html"
    lib = views.lib
    dated = sorted((r for r in lib.of_kind(*EVENT_KINDS) if r.alternatives("date")), key=sort_key, reverse=True)
    headline = sorted((r for r in lib.of_kind("figure") if money_in_usd(r)), key=lambda r: -money_in_usd(r))
    claims = sum(len(r.claims) for r in lib.records.values())
    return views.page(at, "home.html", views.project.title,
                      latest=[views.summary(r, at) for r in dated[:6]],
                      headline=[views.summary(r, at) for r in headline[:4]],
                      focus=[views.link(r, at) for r in sorted(lib.of_kind("country"), key=lambda r: r.name)
                             if r.get("focus")],
                      disputes=[views.dispute(d, at) for d in lib.disputes],
                      stats={"sources": len(lib.sources), "claims": claims, "records": len(lib.records),
                             "events": len(lib.of_kind(*EVENT_KINDS))})


def sources_index(views: SiteViews) -> Page:
    at = "sources/index.html"
    entries = []
    for source_id in views.lib.sources:
        meta = views.lib.source_meta[source_id]
        published = meta.get("published")
        entries.append({"id": source_id, "href": href(at, source_page(source_id)), "title": views.source_title(source_id),
                        "publisher": meta.get("publisher", ""), "author": meta.get("author", ""),
                        "published": published.display() if published else "",
                        "datetime": published.datetime_attr() if published else "",
                        "passages": len(views.anchors_in[source_id])})
    return views.page(at, "sources.html", "Sources", entries=entries)


def source_detail(views: SiteViews, source_id: str) -> Page:
    at = source_page(source_id)
    lib = views.lib
    source, meta = lib.sources[source_id], lib.source_meta[source_id]
    anchors = views.anchors_in[source_id]
    counts = {a.key: len(views.citing[a.key]) for a in anchors}
    paragraphs = [{"number": p.number, "tag": p.tag, "html": paragraph_html(source, p, anchors, counts)}
                  for p in source.paragraphs]
    passages = [{"key": a.key, "paragraph": a.paragraph, "text": source.text[a.start:a.end],
                 "claims": [{"text": text, "record": views.link(record, at),
                             "href": href(at, record_page(record), anchor if record.kind != "figure" else record.id)}
                            for record, text, anchor in views.citing[a.key]]} for a in anchors]
    published = meta.get("published")
    retrieved = meta.get("retrieved")
    info = {"title": views.source_title(source_id), "publisher": meta.get("publisher", ""),
            "author": meta.get("author", ""), "url": meta.get("url", ""), "language": meta.get("language", ""),
            "published": published.display() if published else "",
            "published_datetime": published.datetime_attr() if published else "",
            "published_basis": meta.get("published_basis", ""),
            "retrieved": retrieved.display() if retrieved else "",
            "retrieved_datetime": retrieved.datetime_attr() if retrieved else "",
            "file": source.path.name}
    return views.page(at, "source.html", info["title"], source=info, paragraphs=paragraphs, passages=passages)
