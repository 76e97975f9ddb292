"""The figures table: one row per figure, the same rows for the page and for
data/figure.csv, so the download says exactly what the table shows, with
the citations behind each number."""
from __future__ import annotations

import csv
import io
import math
from collections import Counter
from decimal import Decimal
from typing import Callable, Container, Mapping

from . import labels, quantities
from .collation import name_key
from .csvsafe import safe_row
from .model import Library, Record
from .routes import source_page, url_path
from .urls import page_address

TYPE_ORDER = ("target", "pledge", "investment", "loan", "grant", "percentage", "count", "other")
CSV_COLUMNS = ("id", "name", "type", "disputed", "amount", "currency", "unit", "qualifier", "shown",
               "equivalent_amount", "equivalent_currency", "equivalent_qualifier", "equivalent_source", "period",
               "date", "by", "to", "event", "agreement", "sources", "citations", "page", "url")


def figure_type(record: Record) -> str:
    """The figure's type, or without one: a percentage (a growth rate, a share) is no count of things."""
    if record.get("type"):
        return record.get("type")
    unit = record.get("unit")
    return "percentage" if unit in (quantities.PERCENT, quantities.PERCENTAGE_POINTS) else "count" if unit else "other"


def main_currency(library: Library) -> str:
    """The currency the brief's money is compared and charted in: the one most
    of its figures are stated in or converted to by their source (an EU
    brief's euros, a Japanese one's yen), US dollars on a tie or with no money
    at all. briefgen converts nothing: amounts in other currencies that no
    source converts keep a chart of their own (other_charts)."""
    counts: Counter[str] = Counter()
    for record in library.of_kind("figure"):
        equivalent = record.get("equivalent") or {}
        counts.update({code for code in (record.get("currency"), equivalent.get("currency")) if code})
    return min(counts, key=lambda code: (-counts[code], code != "USD", code), default="USD")


def rate(record: Record) -> str | None:
    """The period a figure's amount is per ("year" for `period: a year`), or None for a total, whether over a
    stretch ("5 years") or of no period given: an amount a year and a total never share an axis or a sort."""
    return quantities.rate_of(record.get("period"))


def per_period(fill: Callable[..., str], amount: str, record: Record) -> str:
    """`amount` in words with the rate the figure's `period` gives, in its words ("$500 million a year"), so
    that it never reads as a total; as it is for a total."""
    return fill("amount_per", amount=amount, period=record.get("period")) if rate(record) else amount


def value_in(record: Record, currency: str) -> Decimal | None:
    """The amount in `currency` only as the record or its source states it:
    never converted here."""
    if record.get("currency") == currency:
        return record.alternatives("amount")[0].value
    equivalent = record.get("equivalent")
    if equivalent and equivalent["currency"] == currency:
        return equivalent["amount"]
    return None


def _values_in(record: Record, currency: str) -> list[float]:
    """Every value of a figure's amount in `currency` as its sources give them (more than one where they
    disagree)."""
    if record.get("currency") == currency:
        return [float(a.value) for a in record.alternatives("amount")]
    value = value_in(record, currency)
    return [float(value)] if value is not None else []


def ordered(library: Library) -> list[Record]:
    """By type; within a type, the brief's main currency (stated or as a
    source converts it) first, then each other currency, then each unit of
    count (sort_group), largest first within each: yen and euros never
    compare as numbers."""
    main = main_currency(library)

    def key(record: Record) -> tuple:
        value = value_in(record, main)
        amount = value if value is not None else record.alternatives("amount")[0].value
        return (TYPE_ORDER.index(figure_type(record)), sort_group(record, value), -amount, *name_key(record.name),
                record.id)
    return sorted(library.of_kind("figure"), key=key)


def shown(record: Record, language: str, fill: labels.Filler) -> str:
    """The amount as the figures page shows it, in the brief's language
    (`fill`: its labels filled): "more than 350 companies", "1 000 000 $ US"."""
    unit = record.get("unit") if not record.get("currency") else None
    amounts = []
    for alternative in record.alternatives("amount"):
        number = quantities.display(alternative.value, record.get("currency"), None, None, language)
        qualifier = record.qualifier_of(alternative)
        if unit == quantities.PERCENT:  # "5 %", "%5": the sign as the language sets it, not the word "percent"
            amounts.append(labels.amount_phrase(fill, quantities.percent(number, language), qualifier, None))
        else:
            amounts.append(labels.amount_phrase(fill, number, qualifier, unit))
    return f" {fill('or_between')} ".join(per_period(fill, amount, record) for amount in amounts)


def csv_bytes(library: Library, words: Mapping, disputed: set[str] = frozenset(),
              resolved: set[str] = frozenset(), base: str = "") -> bytes:
    """`words`: the brief's labels (the `shown` column is in its language);
    `disputed`: ids of records whose sources disagree about a field;
    `resolved`: those whose every such disagreement the brief resolves;
    `base`: the site's address, or "" (the `url` column is then empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    fill = labels.Filler(words)
    page = url_path("figures/index.html")
    for record in ordered(library):
        row = _row(record, library, fill, disputed, resolved, page)
        writer.writerow(safe_row(map(str, (*row, page_address(base, row[-1])))))
    return out.getvalue().encode("utf-8")


def _row(record: Record, library: Library, fill: labels.Filler, disputed: set[str], resolved: set[str],
         page: str) -> tuple:
    """A figure's row of data/figure.csv (`page`: the figures page's address). Its fields are read from
    the mapping itself, not by Record.get: a row reads fifteen, of 4,000 figures at 4,000 sources."""
    get = record.fields.get
    amounts, dates, equivalent = get("amount", ()), get("date", ()), get("equivalent")
    equivalent_cites = library.support.get((record.id, "equivalent", 0), ())
    cites = {c.key: c for c in record.cites}.values()
    return (
        record.id, record.name, figure_type(record),
        "resolved" if record.id in resolved else "yes" if record.id in disputed or
        len(amounts) > 1 or len(dates) > 1 else "",
        " | ".join([plain_number(a.value) for a in amounts]),
        get("currency", ""), get("unit", ""), _qualifiers(record, amounts), shown(record, library.language, fill),
        plain_number(equivalent["amount"]) if equivalent else "", equivalent["currency"] if equivalent else "",
        equivalent.get("qualifier", "") if equivalent else "",
        " | ".join([_cite_ref(c, library) for c in equivalent_cites]),
        get("period", ""),
        " | ".join([a.value.iso() for a in dates]),
        " ".join(record.refs("by")), " ".join(record.refs("to")), get("event", ""),
        get("agreement", ""),
        " | ".join(_source_titles(cites, library)),
        " | ".join([f"{_cite_ref(c, library)} \u201c{library.passage(c.key)}\u201d" for c in cites]),
        page + f"#{record.id}")


def _source_titles(cites, library: Library) -> list[str]:
    """Each cited source's title, once per source: two articles of one headline ("River deal") are two
    sources, told apart after the title by their publisher, or by their id where that is shared too."""
    titles = {sid: str(library.source_meta[sid].get("title", sid)) for sid in dict.fromkeys(c.source for c in cites)}
    named = {sid: (title, str(library.source_meta[sid].get("publisher") or sid)) for sid, title in titles.items()}
    return [title if list(titles.values()).count(title) == 1
            else f"{title} ({named[sid][1] if list(named.values()).count(named[sid]) == 1 else sid})"
            for sid, title in titles.items()]


def _cite_ref(cite, library: Library) -> str:
    paragraph = library.anchors[cite.key].paragraph
    return f"{url_path(source_page(cite.source))}#q-{cite.key} (¶{paragraph})"


def sort_group(record: Record, main_value: Decimal | None) -> str:
    """The amounts a figure's sorts among: the main currency's (stated or as a
    source converts them; `main_value`) first, then each other currency, then
    each unit of count; an amount per a period (rate) only among those per the same."""
    per = f" per {rate(record)}" if rate(record) else ""
    if main_value is not None:
        return "0" + per
    currency = record.get("currency")
    return (f"1 {currency}" if currency else f"2 {record.get('unit', '')}") + per


def plain_number(value: Decimal) -> str:
    """A number as written plainly: '2000000' for 2e6, '1.5'."""
    return str(int(value)) if value == value.to_integral_value() else str(value)


# -- the chart ----------------------------------------------------------------

def nice_ticks(top: float, count: int = 5, bottom: float = 0.0) -> list[float]:
    """Round tick values from `bottom` (0, or below it for negative amounts) to `top`, through 0: steps of 1, 2
    or 5 × 10^n."""
    top, bottom = max(top, 0.0), min(bottom, 0.0)  # the axis runs through 0: "−$5 million" alone reaches up to it
    if top == bottom:
        return [0.0]
    raw = (top - bottom) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[0] > bottom:
        ticks.insert(0, ticks[0] - step)
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _qualifiers(record: Record, amounts) -> str:
    """The qualifier column: the figure's, or each amount's, in the amount column's order, where its sources
    qualify them differently ("about | more-than")."""
    if not any(a.qualifier for a in amounts):
        return record.get("qualifier", "")
    return " | ".join([record.qualifier_of(a) or "" for a in amounts])


def chart_qualifier(record: Record, value: float, currency: str) -> str | None:
    """The qualifier of the amount `value` in `currency` a bar shows: the figure's own for
    that currency (that of the amount it is, where its sources qualify each differently), the
    conversion's for an amount its source converts ("about $19 billion" for "3 trillion yen")."""
    if record.get("currency") == currency:
        return own_qualifier(record, value)
    equivalent = record.get("equivalent")
    return equivalent.get("qualifier") if equivalent else None


def own_qualifier(record: Record, value: float) -> str | None:
    """The qualifier of the figure's amount `value`: that of the alternative it is."""
    return next((record.qualifier_of(a) for a in record.alternatives("amount") if float(a.value) == value),
                record.get("qualifier"))


def money_chart(library: Library, title: Callable[[str], str], language: str = "en",
                fill: Callable[..., str] | None = None, resolved: Container[str] = frozenset()) -> dict:
    """Amounts in the brief's main currency on a linear axis, grouped by type (`title`: a type's
    group in words; amounts as `language` writes them, each with its
    qualifier in words as `fill`, the brief's labels filled, gives them);
    the same bars on a log axis for a reader who asks for it. Amounts in
    other currencies appear here only through a conversion their source
    gives (the others: other_charts). `resolved`: the figures whose
    disputed amount the brief resolves, marked so rather than disputed."""
    main = main_currency(library)
    bars = [(r, _values_in(r, main)) for r in ordered(library) if rate(r) is None]
    return _chart(bars, main, lambda record, value: chart_qualifier(record, value, main), title, language, fill,
                  resolved)


def other_charts(library: Library, title: Callable[[str], str], language: str = "en",
                 fill: Callable[..., str] | None = None, resolved: Container[str] = frozenset()) -> list[dict]:
    """A chart of its own for each other currency, of the amounts no source
    converts to the main currency, so no figure is left off silently (briefgen
    converts nothing, and yen and euros share no axis), by currency code;
    then one for each rate and currency of the amounts per a period ("$500
    million a year"), which no total compares with, its `per` the period in
    the words of its first figure."""
    charts = []
    main = main_currency(library)
    by_currency: dict[tuple[str, str], list[Record]] = {}
    for record in ordered(library):
        charted = main if value_in(record, main) is not None else record.get("currency")
        if charted and (charted != main or rate(record)):
            by_currency.setdefault((rate(record) or "", charted), []).append(record)
    for per, currency in sorted(by_currency):
        records = by_currency[per, currency]
        bars = [(r, _values_in(r, main) if currency == main else [float(a.value) for a in r.alternatives("amount")])
                for r in records]
        chart = _chart(bars, currency, (lambda record, value: chart_qualifier(record, value, main))
                       if currency == main else own_qualifier, title, language, fill, resolved)
        if chart["groups"]:
            charts.append(chart | {"per": records[0].get("period") if per else ""})
    return charts


def _chart(bars: list[tuple[Record, list[float]]], currency: str, qualifier: Callable[[Record, float], str | None],
           title: Callable[[str], str], language: str, fill: Callable[..., str] | None,
           resolved: Container[str] = frozenset()) -> dict:
    """The bars of amounts in `currency` (each record with its values) on a linear and a log axis.

    The linear axis runs through 0 to the lowest amount when one is negative (a deficit, a fall): a bar
    goes from 0 to its amount, leftwards below 0, and a bar of 0 is a line at 0. A log axis has no 0 nor
    negative numbers: the figures of such amounts are left off it and named in its `log_left_off`, with
    their amounts, so that none is left off unsaid."""
    fill = fill or labels.Filler(labels.english())
    bars = [(r, values) for r, values in bars if values]
    if not bars:
        return {"currency": currency, "groups": [], "ticks": [], "log_ticks": [], "log_left_off": []}

    def label(record: Record, values: list[float]) -> str:
        return " – ".join(per_period(fill, labels.amount_phrase(fill, quantities.display(value, currency, None, None,
                                                                                       language),
                                                                qualifier(record, value), None), record)
                          for value in sorted(set(values)))

    ticks = nice_ticks(max(max(values) for _, values in bars), bottom=min(min(values) for _, values in bars))
    bottom, top = ticks[0], ticks[-1]

    def linear(value: float) -> float:
        return round(100 * (value - bottom) / (top - bottom), 2) if top > bottom else 0.0

    logged = [(r, values) for r, values in bars if min(values) > 0]
    low = math.floor(math.log10(min(min(values) for _, values in logged))) if logged else 0
    high = math.ceil(math.log10(max(max(values) for _, values in logged))) if logged else 0
    span = max(high - low, 1)

    def log(value: float) -> float | None:
        return round(100 * (math.log10(value) - low) / span, 2) if value > 0 else None

    zero = linear(0.0)
    groups: dict[str, list[dict]] = {}
    for record, values in bars:
        # A disputed amount is every value its sources give: its bar reaches the one nearest 0, shaded on to
        # the one farthest from it.
        near, far = min(values, key=abs), max(values, key=abs)
        least, most = min(values), max(values)
        groups.setdefault(figure_type(record), []).append({
            "id": record.id, "name": record.name,
            "label": label(record, values),
            "disputed": least != most and record.id not in resolved,
            "resolved": least != most and record.id in resolved,
            "converted": record.get("currency") != currency,
            # where the label stands: after the bar's end, or after 0 for a bar that goes left of it
            "linear": max(linear(far), zero), "linear_least": linear(near),
            "linear_from": min(zero, linear(near)) or 0, "linear_solid": abs(linear(near) - zero),
            "linear_shade_from": min(linear(near), linear(far)), "linear_shade": abs(linear(far) - linear(near)),
            "log": log(most), "log_least": log(least)})  # None: left off the log axis
    return {
        "currency": currency,
        "groups": [{"type": t, "title": title(t), "bars": groups[t]} for t in TYPE_ORDER if t in groups],
        "ticks": [{"at": linear(t), "label": quantities.display(t, currency, None, None, language)} for t in ticks],
        "log_ticks": [{"at": round(100 * (e - low) / span, 2),
                       "label": quantities.display(10 ** e, currency, None, None, language)}
                      for e in range(low, high + 1)] if logged else [],
        "log_left_off": [{"id": r.id, "name": r.name, "label": label(r, values)}
                         for r, values in bars if min(values) <= 0]}
