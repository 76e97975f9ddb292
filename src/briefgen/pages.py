"""Every page of the site: its path, template and search filters at once, its view data when it is rendered."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import partial

from . import assessment, figuretable, metadata, routes
from .collation import name_key
from .marks import paragraph_html
from .prose import ProsePage, placeholder_parts
from .render import bidi_closed
from .model import Record
from .routes import href, record_page, source_page
from .schema import EVENT_KINDS
from .timeline import first_date, order_key, timeline_page
from .timing import still_to_come
from .views import Page, PagePlan, SiteViews, kind_id, kind_key, publisher_word, sort_key


# Whole-brief exports every build writes (exports.py); the CSVs depend on the kinds present.
EXPORTS = ("briefgen.json", "sources.json", "sources.bib")


# Each section's folder (its title's label too), the kinds of record it lists (one page each)
# and the count its description gives.
SECTIONS = (("countries", ("country",), "count_country"), ("events", EVENT_KINDS, "count_event"),
            ("agreements", ("agreement",), "count_agreement"), ("organisations", ("organisation",), "count_organisation"))


def all_pages(views: SiteViews) -> list[PagePlan]:
    """Every page of the site, in order, as plans: a page's view data is made
    only when it is rendered (pagewriter.py), so it is never all held at once."""
    lib = views.lib
    plans = [PagePlan("index.html", "home.html", (), partial(home, views)),
             PagePlan("timeline/index.html", "timeline.html", (), partial(timeline_page, views)),
             PagePlan("figures/index.html", "figures.html", figure_facets(views), partial(figures, views)),
             PagePlan("sources/index.html", "sources.html", (), partial(sources_index, views))]
    for section, kinds, _ in SECTIONS:
        records = sorted((r for r in lib.of_kind(*kinds) if has_page(views, r)), key=sort_key)
        plans.append(PagePlan(f"{section}/index.html", "list.html", (),
                              partial(section_index, views, section, tuple(r.id for r in records))))
        plans += [_record_plan(views, record) for record in records]
    plans += [_source_plan(views, source_id) for source_id in lib.sources]
    plans += [_prose_plan(views, prose) for prose in lib.pages]
    plans.append(PagePlan("404.html", "404.html", (), partial(not_found, views)))
    # Plans share their facets' lists (views.facets): each list is read once.
    shared = {id(plan.facets): plan.facets for plan in plans}.values()
    found = sorted({(key, value) for facets in shared for key, values in facets for value in values.split()})
    plans.append(PagePlan("search/index.html", "search.html", (), partial(search_page, views, found)))
    return plans


def planned_alone(views: SiteViews, paths: Collection[str]) -> dict[str, PagePlan]:
    """The plans all_pages gives those of `paths` that show one record,
    source or prose page, each made without planning the rest of the site
    (`serve` shows the pages open in a browser before the site is planned,
    a fifth of a second at 4,000 sources). Pages that list many are planned
    with the site."""
    lib = views.lib
    plans = {}
    for _, kinds, _ in SECTIONS:
        plans.update((path, _record_plan(views, record)) for record in lib.of_kind(*kinds)
                     if (path := record_page(record)) in paths and has_page(views, record))
    plans.update((path, _source_plan(views, source_id)) for source_id in lib.sources
                 if (path := source_page(source_id)) in paths)
    plans.update((prose.output, _prose_plan(views, prose)) for prose in lib.pages if prose.output in paths)
    return plans


def _record_plan(views: SiteViews, record: Record) -> PagePlan:
    facets = views.facets(kind_id(record), [record])
    return PagePlan(record_page(record), record_template(record), facets,
                    partial(record_detail, views, record.id, facets))


def _source_plan(views: SiteViews, source_id: str) -> PagePlan:
    facets = source_facets(views, source_id)
    return PagePlan(source_page(source_id), "source.html", facets, partial(source_detail, views, source_id, facets))


def _prose_plan(views: SiteViews, prose: ProsePage) -> PagePlan:
    return PagePlan(prose.output, "prose.html", (), partial(prose_page, views, prose))


def not_found(views: SiteViews) -> Page:
    title, description = views.labels["not_found"], views.labels["not_found_text"]
    # Hosts serve it at whatever address was asked for: with no base URL to make its links absolute, a
    # script finds the site's root from there (themes/default/404.html).
    return views.page("404.html", "404.html", title, description=description,
                      jsonld=metadata.graph(metadata.web_page(title, description, "")), find_root=not views.base)


def search_page(views: SiteViews, found: list[tuple[str, str]]) -> Page:
    """Its kind, country, group and organisation filters offer exactly the values the indexed pages carry
    (`found`)."""
    kinds = sorted((v for k, v in found if k == "kind"), key=lambda v: name_key(views.labels[kind_key(v)]))
    countries = sorted((v for k, v in found if k == "countries"), key=lambda v: name_key(views.lib.records[v].name))
    organisations = sorted((v for k, v in found if k == "organisations"),
                           key=lambda v: (*name_key(views.lib.records[v].name), v))
    # A page is of a group when a country it concerns is, as on the timeline: a group is offered, with
    # those of its countries, where the site shows it by a name (views.named_group).
    members: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for country in countries:
        if named := views.named_group(country):
            members.setdefault(named[0], []).append(country)
            shown[named[0]] = named[1]
    groups = sorted(shown, key=lambda g: (*name_key(shown[g]), g))
    title, description = views.labels["search"], views.label("search_description", title=views.project.title)
    jsonld = metadata.graph(metadata.web_page(title, description, views.absolute("search/index.html"),
                                              "SearchResultsPage"))
    return views.page("search/index.html", "search.html", title, description=description, jsonld=jsonld,
                      kinds=[{"id": k, "label": views.labels[kind_key(k)]} for k in kinds],
                      countries=[{"id": c, "name": views.lib.records[c].name} for c in countries],
                      organisations=[{"id": o, "name": views.lib.records[o].name} for o in organisations],
                      groups=[{"id": g, "name": shown[g], "countries": " ".join(members[g])} for g in groups])


def prose_page(views: SiteViews, prose: ProsePage) -> Page:
    """A page of pages/*.md in the site's layout; its citations are links like a claim's."""
    at = prose.output
    parts = [{"html": html} if group is None else {"cites": views.cites(prose.citations[group], at)}
             for html, group in placeholder_parts(prose)]
    return views.page(at, "prose.html", prose.title, parts=parts, heading=not prose.html.startswith("<h1"),
                      jsonld=metadata.graph(metadata.web_page(prose.title, "", views.absolute(at))))


def has_page(views: SiteViews, record: Record) -> bool:
    """routes.has_page, with the records naming it as the views know them."""
    return routes.has_page(record, bool(views.inbound[record.id]))


def record_template(record: Record) -> str:
    return f"{record.kind if record.kind in ('country', 'agreement', 'organisation') else 'event'}.html"


def record_detail(views: SiteViews, record_id: str, facets: list[tuple[str, str]]) -> Page:
    record = views.lib.records[record_id]
    at = record_page(record)
    context = views.record_context(record, at)
    if record.kind in ("country", "organisation"):
        # The timeline filtered to this country or organisation, instead of a copy of it.
        context["timeline"] = {"count": views.on_timeline(record.id),
                               "href": href(at, "timeline/index.html") + f"?{record.kind}={record.id}"}
    if record.kind == "country":
        context["focus"] = bool(record.get("focus"))
    description = record_description(views, record)
    parties = [views.lib.records[i] for i in (*record.refs("countries"), *record.refs("organisations"))
               if i in views.lib.records]
    # An agreement's parties are most often also its countries: each is what it is about once.
    about = [views.lib.records[i] for i in dict.fromkeys((*record.refs("parties"), *record.refs("countries")))
             if i in views.lib.records]
    sources = dict.fromkeys(c.source for c in record.cites)
    page_node = metadata.web_page(record.name, description, views.absolute(at),
                                  citation=[metadata.article(views.lib.source_meta[s], source_url(views, s))
                                            for s in sources])
    jsonld = metadata.graph(metadata.record_node(record, parties, about, description, date_disagreed(views, record),
                                                 views.status_value(record)),
                            page_node)
    return views.page(at, record_template(record), record.name, description=description, jsonld=jsonld,
                      facets=facets, **context)


def record_description(views: SiteViews, record: Record) -> str:
    """"Summit · 9 Aug 2024 · Astana: <first claim>" — what a link preview shows."""
    head = [views.kind_label(record)]
    dates = record.alternatives("date")
    if dates:
        head.append(f" {views.labels['or_between']} ".join(views.show_date(alt.value) for alt in dates))
        if date_disagreed(views, record) and record.id not in views.resolved_dates:
            head.append(views.labels["date_disputed"])  # never one side stated as the date
    if record.get("place"):
        # Closed here, not only at the description's end: the first claim follows it.
        head.append(bidi_closed(str(record.get("place"))))
    if record.claims:
        views.reads.note("claims", record.id)
        return metadata.shorten(views.label("field_value", field=" · ".join(head), value=record.claims[0].text))
    named = views.count("count_record", len(views.inbound[record.id]))
    return metadata.shorten(views.label("field_value", field=" · ".join(head),
                                        value=views.label("named_by", count=named)))


def date_disagreed(views: SiteViews, record: Record) -> bool:
    """The sources disagree on the record's date: values that differ, or a
    quote that contradicts its one value (datecheck), resolved or not."""
    return (record.id in views.disputed_dates or record.id in views.resolved_dates
            or len({alt.value for alt in record.alternatives("date")}) > 1)


def source_url(views: SiteViews, source_id: str) -> str:
    """Where a reader finds the source: its original when known, else our copy."""
    return str(views.lib.source_meta[source_id].get("url", "")) or views.absolute(source_page(source_id))


def section_index(views: SiteViews, section: str, ids: tuple[str, ...]) -> Page:
    at = f"{section}/index.html"
    records = [views.lib.records[i] for i in ids]
    entries = [views.summary(r, at) | {"claims": len(r.claims), "focus": bool(r.get("focus"))} for r in records]
    title, counted = views.labels[section], next(count for name, _, count in SECTIONS if name == section)
    description = views.label("list_description", count=views.count(counted, len(records)), title=views.project.title)
    files = [views.data_file(at, f"{kind}.csv") for kind in sorted({r.kind for r in records})]
    jsonld = metadata.graph(
        metadata.web_page(title, description, views.absolute(at), "CollectionPage"),
        metadata.dataset(views.dataset_name(title), description, files) if files else {})
    return views.page(at, "list.html", title, description=description, jsonld=jsonld,
                      entries=entries, section=section, count_key=counted, data=views.downloads(at, files))


def figures(views: SiteViews) -> Page:
    at = "figures/index.html"
    rows = []
    main = figuretable.main_currency(views.lib)
    for record in figuretable.ordered(views.lib):
        kind = figuretable.figure_type(record)
        main_value = figuretable.value_in(record, main)
        dates = record.alternatives("date")
        first_per_source: dict = {}
        for cite in record.cites:
            first_per_source.setdefault(cite.source, cite)
        rows.append(views.record(record, at) | {
            "amount": views.amount(record, at),
            "unit": "",  # shown within the amount (views.amount_words); kept for themes that write it
            "equivalent": views.equivalent(record), "equivalent_qualified": views.equivalent_qualified(record),
            "equivalent_cites": views.cites(views.lib.support.get((record.id, "equivalent", 0), ()), at),
            # A rate ("a year") is said with the amount ("$500 million a year"); a stretch ("5 years") here.
            "period": "" if figuretable.rate(record) else record.get("period", ""),
            "figure_type": kind, "type_title": views.labels[f"figure_type_{kind}"],
            "type_order": figuretable.TYPE_ORDER.index(kind),
            # Sort keys: the brief's main currency where a source states it, else the plain number, among
            # amounts of one currency or unit only (the group): yen and dollars, or dollars and companies, do
            # not compare.
            "amount_sort": figuretable.plain_number(main_value if main_value is not None
                                                    else record.alternatives("amount")[0].value),
            "amount_group": figuretable.sort_group(record, main_value),
            "date_sort": min(d.value.iso() for d in dates) if dates else "",
            "by": views.links(record.refs("by"), at), "to": views.links(record.refs("to"), at),
            "event": views.links(record.refs("event"), at), "agreement": views.links(record.refs("agreement"), at),
            "sources": views.cites(first_per_source.values(), at),
            "disputes": views.disputes_of(record, at),
        })
    title = views.labels["figures"]
    description = views.label("figures_description", count=views.count("count_figure", len(rows)),
                              title=views.project.title)
    jsonld = metadata.graph(metadata.web_page(title, description, views.absolute(at)),
                            metadata.dataset(views.dataset_name(title), description,
                                             [views.data_file(at, "figure.csv")]) if rows else {})
    return views.page(at, "figures.html", title, description=description, jsonld=jsonld,
                      facets=figure_facets(views), rows=rows,
                      chart=figuretable.money_chart(views.lib, lambda kind: views.labels[f"figures_{kind}"],
                                                    views.project.language, views.label, views.resolved_amounts),
                      other_charts=figuretable.other_charts(views.lib, lambda kind: views.labels[f"figures_{kind}"],
                                                            views.project.language, views.label,
                                                            views.resolved_amounts))


def figure_facets(views: SiteViews) -> list[tuple[str, str]]:
    return views.facets("figure", views.lib.of_kind("figure"))


def home(views: SiteViews) -> Page:
    at = "index.html"
    lib = views.lib
    dated = sorted((r for r in lib.of_kind(*EVENT_KINDS) if r.alternatives("date")), key=sort_key, reverse=True)
    # What happened lately, apart from what is still to come on the day the brief stands at (its "as
    # of"): those are listed as coming up, soonest first, not as the latest (timing.still_to_come).
    ahead = {r.id for r in dated if still_to_come(r, views.standing)}
    past = [r for r in dated if r.id not in ahead]
    # In the timeline's order: "2026" after "Jun 2026", which it contains (timeline.py).
    coming = sorted((r for r in dated if r.id in ahead), key=lambda r: order_key(r, first_date(r)))
    # Money first (largest where a source states the brief's main currency), then counts: every currency.
    main = figuretable.main_currency(lib)
    headline = sorted(lib.of_kind("figure"), key=lambda r: (
        r.get("currency") is None, figuretable.value_in(r, main) is None, -(figuretable.value_in(r, main) or 0),
        name_key(r.name)))
    claims = sum(len(r.claims) for r in lib.records.values())
    description = views.project.description or views.label("home_description", title=views.project.title)
    files = [views.data_file(at, name) for name in EXPORTS]
    files += [views.data_file(at, f"{kind}.csv") for kind in sorted({r.kind for r in lib.records.values()})]
    jsonld = metadata.graph(
        {"@type": "WebSite", "name": views.project.title, "description": description,
         **({"url": views.base} if views.base else {})},
        metadata.dataset(views.project.title, views.label("home_dataset", title=views.project.title), files))
    return views.page(at, "home.html", views.project.title, description=description, jsonld=jsonld,
                      latest=[views.summary(r, at) for r in past[:6]],
                      coming=[views.summary(r, at) for r in coming[:6]],
                      headline=[views.summary(r, at) for r in headline[:4]],
                      focus=[views.link(r, at) for r in sorted(lib.of_kind("country"), key=lambda r: name_key(r.name))
                             if r.get("focus") and has_page(views, r)],
                      disputes=[views.dispute(d, at) for d in lib.disputes],
                      stats={"sources": len(lib.sources), "claims": claims, "records": len(lib.records),
                             "events": len(lib.of_kind(*EVENT_KINDS))})


def sources_index(views: SiteViews) -> Page:
    at = "sources/index.html"
    entries = []
    for source_id in views.lib.sources:
        meta = views.lib.source_meta[source_id]
        published = meta.get("published")
        written_in = meta.get("language") or views.site["language"]
        entries.append({"id": source_id, "href": href(at, source_page(source_id)), "title": views.source_title(source_id),
                        "title_language": written_in if written_in != views.site["language"] else "",
                        "publisher": meta.get("publisher", ""), "author": meta.get("author", ""),
                        "published": views.show_date(published) if published else "",
                        "datetime": published.datetime_attr() if published else "",
                        "sort_date": published.sort_key() if published else None,
                        "passages": len(views.anchors_in[source_id]), "file": ""})
    # By date published, oldest first as events are listed, the undated last, by title: a brief's file names
    # order nothing unless its editor numbered them (and order only what ties, the sort being stable).
    entries.sort(key=lambda e: (e["sort_date"] is None, e["sort_date"] or (), name_key(e["title"])))
    # Two sources listed alike (the same article saved twice, or two front pages titled "Press release"
    # with no publisher) would be two identical lines: each then names its file, as its page does.
    alike = Counter((e["title"], e["publisher"], e["author"], e["published"]) for e in entries)
    for entry in entries:
        if alike[entry["title"], entry["publisher"], entry["author"], entry["published"]] > 1:
            entry["file"] = views.lib.sources[entry["id"]].path.name
    title = views.labels["sources"]
    description = views.label("sources_description", count=views.count("count_source_document", len(entries)),
                              title=views.project.title)
    files = [views.data_file(at, name) for name in ("sources.json", "sources.bib")]
    jsonld = metadata.graph(
        metadata.web_page(title, description, views.absolute(at), "CollectionPage",
                          hasPart=[metadata.article(views.lib.source_meta[s], source_url(views, s))
                                   for s in views.lib.sources]),
        metadata.dataset(views.dataset_name(title), views.labels["sources_dataset"], files))
    return views.page(at, "sources.html", title, description=description, jsonld=jsonld,
                      entries=entries, data=views.downloads(at, files))


def source_facets(views: SiteViews, source_id: str) -> list[tuple[str, str]]:
    """A source's page is found by the countries of the records citing it."""
    return views.facets("source", [record for a in views.anchors_in[source_id] for record, _, _ in views.citing[a.key]])


def source_detail(views: SiteViews, source_id: str, facets: list[tuple[str, str]]) -> Page:
    at = source_page(source_id)
    lib = views.lib
    source, meta = lib.sources[source_id], lib.source_meta[source_id]
    anchors = views.anchors_in[source_id]
    counts = {a.key: len(views.citing[a.key]) + len(views.prose_citing[a.key]) for a in anchors}

    def cited_by(count: int) -> str:
        return views.label("passage_cited_by", count=views.count("count_claim", count))

    def citing(anchor) -> list[dict]:
        return ([{"text": text, "record": views.link(record, at),
                  "href": href(at, record_page(record), _claim_target(record, fragment))}
                 for record, text, fragment in views.citing[anchor.key]]
                + [{"text": text or prose.title, "record": {"name": prose.title}, "href": href(at, prose.output)}
                   for prose, text in views.prose_citing[anchor.key]])

    passages = [{"key": a.key, "paragraph": a.paragraph, "text": source.text[a.start:a.end], "claims": citing(a)}
                for a in anchors]
    # A passage's paragraph is the one holding it (provenance.py rejects quotes across two).
    in_paragraph: dict[int, list[dict]] = {}
    anchors_in: dict[int, list] = {}
    for q, a in zip(passages, anchors):
        in_paragraph.setdefault(q["paragraph"], []).append(q)
        anchors_in.setdefault(a.paragraph, []).append(a)
    paragraphs = []
    for p in source.paragraphs:
        inside = in_paragraph.get(p.number, ())
        # Each claim once per paragraph, in the order of its first passage.
        margin = list({c["href"]: c for q in inside for c in q["claims"]}.values())
        paragraphs.append({"number": p.number, "tag": _within_page(p.tag),
                           "html": paragraph_html(source, p, anchors_in.get(p.number, ()), counts, cited_by),
                           "claims": margin})
    published = meta.get("published")
    retrieved = meta.get("retrieved")
    counted_with, counted_with_more = views.voice_links(source_id)
    written_in = meta.get("language") or views.site["language"]
    info = {"title": views.source_title(source_id), "publisher": meta.get("publisher", ""),
            "author": meta.get("author", ""), "url": meta.get("url", ""), "language": meta.get("language", ""),
            # The text's language and direction, when not the brief's.
            "text_language": written_in if written_in != views.site["language"] else "",
            "text_direction": views.direction_apart(written_in),
            "published": views.show_date(published) if published else "",
            "published_datetime": published.datetime_attr() if published else "",
            "published_basis": meta.get("published_basis", ""),
            "retrieved": views.show_date(retrieved) if retrieved else "",
            "retrieved_datetime": retrieved.datetime_attr() if retrieved else "",
            "file": source.path.name,
            "publisher_type": publisher_word(views.labels, meta["publisher_type"]) if meta.get("publisher_type") else "",
            "reliability": assessment.grade_words(meta, lambda grade: views.labels[f"reliability_{grade.lower()}"]),
            "assessment": meta.get("assessment", ""), "wire_id": meta.get("wire_id", ""),
            # Sources counted as one voice with this one (same publisher, republication, wire story).
            "counted_with": counted_with, "counted_with_more": counted_with_more,
            "first": f"q-{anchors[0].key}" if anchors else "", "last": f"q-{anchors[-1].key}" if anchors else ""}
    said = [info["publisher"], info["published"]]
    described = views.label("source_description", count=views.count("count_cited_passage", len(anchors)))
    if any(said):
        described = views.label("field_value", field=views.label("comma").join(x for x in said if x), value=described)
    description = metadata.shorten(described)
    description = description[0].upper() + description[1:]
    node = metadata.article(meta, info["url"] or views.absolute(at))
    jsonld = metadata.graph(metadata.web_page(info["title"], description, views.absolute(at), mainEntity=node))
    return views.page(at, "source.html", info["title"], description=description, jsonld=jsonld, og_type="article",
                      facets=facets, source=info, paragraphs=paragraphs, passages=passages)


def _claim_target(record: Record, fragment: str) -> str:
    """Claims have anchors on every page; a figure's field values only have its row."""
    if record.kind == "figure" and not fragment.startswith("c-"):
        return record.id
    return fragment


def _within_page(tag: str) -> str:
    """A source's own headings one level down: its page's one h1 is the source's title (a Markdown
    source's "# Title" would be a second, and a search result of its own)."""
    if len(tag) == 2 and tag[0] == "h" and tag[1] in "12345":
        return f"h{int(tag[1]) + 1}"
    return tag
