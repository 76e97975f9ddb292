"""The timeline page: every dated record in order, with filters (country,
group, organisation, kind, status, year) and a time axis that shows each date's true precision;
then the events no source dates, so that none is left out unseen.

Order within a year. A date is only as precise as its source, so an entry
known only to the year (or month) cannot honestly be put before or between
entries with exact days. Entries are ordered by the start of their date at
the precision given, and a less precise date comes *after* the more precise
ones it contains: "Aug 2024" after "9 Aug 2024" and "20 Aug 2024", and "2024"
after every dated 2024 entry, in its own "month not reported" list. The time
axis then draws each entry as the span it may fall in (a day, a month, the
whole year), never as a single day."""
from __future__ import annotations

import calendar
import datetime
from collections import defaultdict

from . import eventstatus, metadata
from .collation import name_key
from .dates import DateSpan
from .model import Record
from .schema import EVENT_KINDS
from .views import KINDS, SiteViews, kind_key

STATUSES = (*eventstatus.STATUSES, "disputed", "resolved", "not-reported")  # in the order the filter lists them


def first_date(record: Record) -> DateSpan:
    dates = record.alternatives("date")
    if len(dates) == 1:  # most records: no key to work out
        return dates[0].value
    return min((alt.value for alt in dates), key=lambda d: d.sort_key())


def order_key(record: Record, span: DateSpan) -> tuple:
    """Less precise dates after the precise ones they contain (see above); `span`: its first_date."""
    start = span.start
    return (start.year, start.month or 13, start.day or 32, span.end.year, span.end.month or 13,
            span.end.day or 32, *name_key(record.name), record.id)


def _day_of_year(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).timetuple().tm_yday - 1


def axis(span: DateSpan, year: int) -> dict | None:
    """Where in `year` the entry's date may fall, as percentages of the year:
    a day is a sliver, a month a twelfth, a year-only date the whole bar;
    None when the date falls in another year."""
    length = 366 if calendar.isleap(year) else 365
    start = span.start
    first = (start.year, start.month or 1, start.day or 1)
    end = span.end
    last_month = end.month or 12
    last = (end.year, last_month, end.day or calendar.monthrange(end.year, last_month)[1])
    if first[0] > year or last[0] < year:
        return None
    begin = 0 if first[0] < year else _day_of_year(*first)
    finish = length if last[0] > year else _day_of_year(*last) + 1
    return {"from": round(100 * begin / length, 2), "len": round(100 * (finish - begin) / length, 2)}


def axes(record: Record, year: int) -> list[dict]:
    """The bar of an entry listed under `year`: every date its sources give
    that falls in that year (two when they disagree), each as its span, and
    one mark at the bar's end for the dates that fall in a later year only
    (30 Dec 2024 or 2 Jan 2025): the bar never shows one side alone. The
    entry is listed under its earliest date's year, so none is earlier."""
    spans = sorted({alt.value for alt in record.alternatives("date")}, key=lambda d: d.sort_key())
    found = [axis(span, year) or LATER for span in spans]
    return list(dict.fromkeys(tuple(a.items()) for a in found))


# A date past the end of the year the bar spans: drawn as a mark beyond its end (style.css `.axis > .later`).
LATER = {"from": 100.0, "len": 0.0, "later": True}


def timeline_page(views: SiteViews):
    at = "timeline/index.html"
    firsts = [(record, first_date(record)) for record in views.lib.records.values() if record.alternatives("date")]
    firsts.sort(key=lambda pair: order_key(*pair))
    dated = [record for record, _ in firsts]
    years: dict[int, dict[str, list[dict]]] = defaultdict(lambda: {"entries": [], "vague": []})
    # A span's bar, and the years it covers, alike for every record of that one date (most share theirs).
    alone: dict[tuple, tuple[dict, str]] = {}
    named: dict[str, None] = {}  # the countries the entries name, in the order they first do
    bodies: dict[str, None] = {}  # the organisations likewise
    groups_named: dict[str, str] = {}  # the groups of the entries' countries that have a name to show: id → name
    statuses_given: set[str] = set()
    # Every year an entry covers, so that a span listed under its first year (Dec 2023 – Feb 2024)
    # can be chosen by its later years too: the filter matches an entry by any year it covers.
    years_covered: set[str] = set()
    for record, span in firsts:
        year = span.start.year
        spans = [alt.value for alt in record.alternatives("date")]
        if len(spans) == 1:
            key = span.sort_key()
            if key not in alone:
                alone[key] = (axis(span, year), " ".join(map(str, range(year, span.end.year + 1))))
            bar, covered = alone[key]
            bars, disputed = [bar], False
        else:
            bar, covered = axis(span, year), " ".join(map(str, sorted({y for s in spans
                                                                        for y in range(s.start.year, s.end.year + 1)})))
            bars, disputed = [dict(a) for a in axes(record, year)], len(set(spans)) > 1
        entry = _filterable(views, record, at, named, bodies, groups_named, statuses_given)
        years_covered.update(covered.split())
        entry.update({
            "years": covered, "precision": span.start.precision, "axis": bar,
            # Every date the sources give, where they disagree: the bar never shows one side alone.
            "axes": bars, "disputed_date": disputed or record.id in views.disputed_dates,
        })
        years[year]["vague" if span.start.precision == "year" else "entries"].append(entry)
    # Events no source dates: listed after the years, not left out unseen (a plan with no date yet is news too).
    undated = []
    for record in sorted((r for r in views.lib.records.values() if r.kind in EVENT_KINDS and not r.alternatives("date")),
                         key=lambda r: (*name_key(r.name), r.id)):
        undated.append(_filterable(views, record, at, named, bodies, groups_named, statuses_given))
    kinds = sorted({r.kind for r in dated} | {e["kind_id"] for e in undated}, key=KINDS.index)
    countries = sorted((c for c in named if c in views.lib.records), key=lambda c: name_key(views.lib.records[c].name))
    organisations = sorted(bodies, key=lambda o: name_key(views.lib.records[o].name))
    groups = sorted(groups_named.items(), key=lambda pair: (*name_key(pair[1]), pair[0]))
    statuses = sorted(statuses_given - {""}, key=STATUSES.index)
    title = views.labels["timeline"]
    description = views.label(_description_key(views, bool(groups), bool(organisations)),
                              count=views.count("count_dated_record", len(dated)), title=views.project.title)
    files = [views.data_file(at, f"{kind}.csv") for kind in sorted({r.kind for r in dated} | {e["kind_id"] for e in undated})]
    jsonld = metadata.graph(metadata.web_page(title, description, views.absolute(at), "CollectionPage"),
                            metadata.dataset(views.dataset_name(title), description, files) if files else {})
    return views.page(at, "timeline.html", title, description=description, jsonld=jsonld,
                      data=views.downloads(at, files), total=len(dated) + len(undated), undated=undated,
                      years=[{"year": y, **groups} for y, groups in sorted(years.items())],
                      filter_years=sorted(years_covered, key=int),
                      kinds=[{"id": k, "label": views.labels[kind_key(k)]} for k in kinds],
                      statuses=[{"id": s, "label": views.labels[f"status_{s.replace('-', '_')}"]} for s in statuses],
                      countries=[{"id": c, "name": views.lib.records[c].name} for c in countries],
                      organisations=[{"id": o, "name": views.lib.records[o].name} for o in organisations],
                      groups=[{"id": g, "name": name} for g, name in groups])


def _description_key(views: SiteViews, groups: bool, organisations: bool) -> str:
    """The description that names the filters the page has (its Group and Organisation menus, where it has
    them). A brief that rewords only the plain description keeps its words on every timeline, not a
    built-in sentence, unless it rewords the one the page would take too."""
    key = "timeline_description" + "_groups" * groups + "_organisations" * organisations
    own = {key for key, _ in views.project.labels}
    return "timeline_description" if "timeline_description" in own and key not in own else key


def _filterable(views: SiteViews, record: Record, at: str, named: dict, bodies: dict, groups: dict,
                statuses: set) -> dict:
    """A record's timeline entry with what the filters read (its countries, organisations, the groups of
    its countries, kind and status), each noted among those the filters offer (`named`, `bodies`, `groups`,
    `statuses`). A group is offered only where the site shows it by a name (views.named_group): an id of a
    `groups` list is shown nowhere, so no menu names it either."""
    entry = views.summary(record, at)
    (its_countries, its_organisations), its_status = views.concerned(record), views.status_value(record)
    its_groups: dict[str, None] = {}
    for country in its_countries:
        if named_group := views.named_group(country):
            its_groups[named_group[0]] = None
            groups[named_group[0]] = named_group[1]
    named.update(dict.fromkeys(its_countries))
    bodies.update(dict.fromkeys(its_organisations))
    statuses.add(its_status)
    # A group written as free text may hold spaces ("South America"): the list is JSON, not space-separated.
    entry.update({"countries": " ".join(its_countries), "organisations": " ".join(its_organisations),
                  "groups": list(its_groups), "kind_id": record.kind, "status_id": its_status})
    return entry
