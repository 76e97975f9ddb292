"""What a page says about itself to machines: a one-line description (meta
description and Open Graph) and schema.org JSON-LD.

Records become `Event`, `Country`, `Organization` or `CreativeWork`; sources
become `Article`, and the pages that state facts list them as `citation`;
the data exports are `Dataset`s. Nothing here is `ClaimReview`: the brief
reports what sources say, it does not rate claims. Templates print the
result with Jinja's `tojson`, which escapes `<`, `>`, `&` and `'`, so no text
can close the script element."""
from __future__ import annotations

import re

from .model import Record
from .schema import EVENT_KINDS

SCHEMA = "https://schema.org"
DESCRIPTION_LIMIT = 200

# What each export holds, for the Dataset entries and the pages that link them.
DATA_FORMATS = {".json": "application/json", ".csv": "text/csv", ".bib": "application/x-bibtex"}


_SPACES = re.compile(r"(?:(?![\u00a0\u202f\u2007])\s)+")


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Cut at a word boundary so a link preview never ends mid-word; its spaces
    made one, but for the no-break spaces French writes before a colon."""
    text = _SPACES.sub(" ", text).strip(" ")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:·–—")
    return cut + "…"


def graph(*nodes: dict) -> dict:
    nodes = tuple(n for n in nodes if n)
    if len(nodes) == 1:
        return {"@context": SCHEMA, **nodes[0]}
    return {"@context": SCHEMA, "@graph": list(nodes)}


def web_page(title: str, description: str, url: str, kind: str = "WebPage", **more) -> dict:
    node = {"@type": kind, "name": title, "description": description}
    if url:
        node["url"] = url
    return node | {k: v for k, v in more.items() if v}


def place(name: str) -> dict:
    return {"@type": "Place", "name": name}


def party(record: Record) -> dict:
    """A country or organisation as schema.org sees it. A state takes part
    through its government, so as an organiser it is a GovernmentOrganization
    named after the state; a bloc is an Organization."""
    if record.kind == "organisation":
        return {"@type": "Organization", "name": record.name}
    if record.get("type") == "bloc":
        return {"@type": "Organization", "name": record.name}
    return {"@type": "GovernmentOrganization", "name": record.name}


def subject(record: Record) -> dict:
    if record.kind == "country":
        return {"@type": "Organization" if record.get("type") == "bloc" else "Country", "name": record.name}
    if record.kind == "organisation":
        return {"@type": "Organization", "name": record.name}
    return {"@type": "Thing", "name": record.name}


def article(meta, url: str) -> dict:
    """A source document. `url` is its original address when known."""
    node = {"@type": "Article", "headline": str(meta.get("title", "")), "name": str(meta.get("title", ""))}
    if meta.get("publisher"):
        node["publisher"] = {"@type": "Organization", "name": str(meta["publisher"])}
    if meta.get("author"):
        node["author"] = {"@type": "Person", "name": str(meta["author"])}
    if meta.get("published"):
        node["datePublished"] = meta["published"].iso()
    if meta.get("language"):
        node["inLanguage"] = str(meta["language"])
    if url:
        node["url"] = url
    return node


def date_fields(record: Record, disputed: bool = False) -> dict:
    """startDate/endDate with the precision the sources give (ISO 8601 allows
    2024-08 and 2024). A date the sources disagree on (`disputed`, or values
    of its own that differ) has none: schema.org cannot say a date is
    disputed, and one side given as the date would settle what the page
    leaves open (the description gives both, marked disputed)."""
    dates = record.alternatives("date")
    if not dates or disputed or len({alt.value for alt in dates}) > 1:
        return {}
    span = dates[0].value
    fields = {"startDate": span.start.iso()}
    if span.end != span.start:
        fields["endDate"] = span.end.iso()
    return fields


EVENT_STATUS = {"planned": "https://schema.org/EventScheduled", "held": "https://schema.org/EventScheduled",
                "postponed": "https://schema.org/EventPostponed", "cancelled": "https://schema.org/EventCancelled"}


def record_node(record: Record, parties: list[Record], about: list[Record], description: str,
                date_disputed: bool = False, status: str = "") -> dict:
    """`date_disputed`: sources disagree on the record's date (see date_fields); `status`: an
    event's status as its page shows it (SiteViews.status_value), none told when "disputed" or
    "resolved" (two statuses: the resolution's words, not either one, say what happened)."""
    if record.kind in EVENT_KINDS:
        node = {"@type": "Event", "name": record.name, "description": description,
                **date_fields(record, date_disputed)}
        if record.get("place"):
            node["location"] = place(record.get("place"))
        if parties:
            # The brief names who took part, not who convened: for these
            # intergovernmental meetings the participating governments and
            # organisations are the organisers.
            node["organizer"] = [party(p) for p in parties]
        if status in EVENT_STATUS:
            node["eventStatus"] = EVENT_STATUS[status]
        return node
    if record.kind == "country":
        return subject(record) | {"description": description}
    if record.kind == "organisation":
        return {"@type": "Organization", "name": record.name, "description": description}
    node = {"@type": "CreativeWork", "name": record.name, "description": description}
    dates = date_fields(record, date_disputed)
    if dates:
        node["dateCreated"] = dates["startDate"]
    if about:
        node["about"] = [subject(r) for r in about]
    return node


def dataset(name: str, description: str, files: list[tuple[str, str]], url: str = "") -> dict:
    """`files` are (name, link) pairs; links are relative unless the site's address is known."""
    node = {"@type": "Dataset", "name": name, "description": description,
            "distribution": [{"@type": "DataDownload", "name": file,
                              "encodingFormat": DATA_FORMATS["." + file.rsplit(".", 1)[-1]], "contentUrl": link}
                             for file, link in files]}
    if url:
        node["url"] = url
    return node
