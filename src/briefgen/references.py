"""One page's citations: numbered in the order a reader meets them, with the
reference list that closes the page.

Templates ask each citation for its label while they render, so the numbering
follows the page as laid out (a dispute box above the claims is met first),
not the order the view data happened to be computed in.
"""
from __future__ import annotations

import os
import time
from typing import Any, Callable, Mapping

from . import datefmt, dates
from .epoch import source_date_epoch_problem
from .routes import href, source_page, url_path


def about(meta: Mapping[str, Any], publisher_type: Callable[[str], str] = str) -> str:
    """'AFP · wire · B': who, what kind of publisher (in words: `publisher_type`),
    how reliable, as far as sources.yaml says (the reference already names the source by its title)."""
    kind = str(meta.get("publisher_type", "")).strip()
    parts = [str(meta.get("publisher", "")).strip(), publisher_type(kind) if kind else "",
             str(meta.get("reliability", "")).strip()]
    return " · ".join(p for p in parts if p)


class Citation:
    """One citation link on one page. Views make many that no template shows
    (a list entry's date carries its citations), so the link is worked out
    only when asked for."""

    __slots__ = ("ledger", "source_label", "timing", "language", "direction", "translation", "source", "key",
                 "quote", "paragraph", "_href")

    def __init__(self, ledger: "PageCitations", source: str, key: str, quote: str, paragraph: int,
                 source_label: str = "", timing: str = "", language: str = "", direction: str = "",
                 translation: str = "") -> None:
        self.ledger = ledger
        self.source_label = source_label  # "AFP · wire · B" (assessment.label), shown beside the number
        self.timing = timing  # e.g. "reported before the event", set by views
        self.language = language  # of the quote, for <q lang>
        self.direction = direction  # of the quote's writing when not the page's ("rtl", "ltr"), for <q dir>
        self.translation = translation
        self.source = source
        self.key = key
        self.quote = quote
        self.paragraph = paragraph
        self._href = ""

    @property
    def href(self) -> str:
        """The passage on the source's page, relative to this page."""
        if not self._href:
            self._href = href(self.ledger.page, source_page(self.source), f"q-{self.key}")
        return self._href

    @property
    def title(self) -> str:
        return self.ledger.title(self.source)

    @property
    def title_language(self) -> str:
        return self.ledger.title_language(self.source)

    @property
    def label(self) -> str:
        """The source's number on this page. Asking registers the citation:
        the first label asked for numbers its source."""
        return self.ledger.use(self)

    @property
    def where(self) -> str:
        """The passage as the page's reference list names it: ¶4, or ¶4b when the page cites several
        passages of that paragraph (printed after the citation, so paper tells them apart)."""
        return self.ledger.where(self)


class PageCitations:
    def __init__(self, page: str, source_meta: Mapping[str, Mapping[str, Any]], base: str = "",
                 language: str = "en", publisher_type: Callable[[str], str] = str) -> None:
        self.page = page
        self.publisher_type = publisher_type  # a publisher type in the brief's words
        self.language = language  # dates are written as the brief's readers write them
        self.base = base  # the site's address as pages are appended to it (urls.site_base), for paper
        self.meta = source_meta
        self._order: list[str] = []  # source ids in order of first use
        self._labels: dict[str, str] = {}  # source id -> its number on this page
        self._passages: dict[str, dict[str, Citation]] = {}  # source -> key -> first citation of it
        self._entries: list[dict] | None = None  # the reference list as it stands, until a new passage is cited
        # A passage's letter (¶4b) is known only once the whole page has cited what it cites: the first
        # render notes which passages it printed, settle() gives the letters to a second one if any needs one.
        self._printed: set[tuple[str, str]] = set()
        self._settled: dict[tuple[str, str], str] | None = None

    def cite(self, source: str, key: str, quote: str, paragraph: int, **notes: str) -> Citation:
        """`notes`: source_label, timing, language, direction and translation, as views.py finds them."""
        return Citation(self, source, key, quote, paragraph, **notes)

    def title(self, source: str) -> str:
        return str(self.meta[source].get("title", source))

    def title_language(self, source: str) -> str:
        """The language of the source's title (the document's) when not the
        brief's, for its lang: else a screen reader reads it in the page's voice."""
        written = str(self.meta[source].get("language") or self.language)
        return written if written != self.language else ""

    def about(self, source: str) -> str:
        return about(self.meta[source], self.publisher_type)

    def use(self, citation: Citation) -> str:
        passages = self._passages.get(citation.source)
        if passages is None:
            self._order.append(citation.source)
            self._labels[citation.source] = str(len(self._order))
            passages = self._passages[citation.source] = {}
        if citation.key not in passages:
            passages[citation.key] = citation
            self._entries = None
        return self.label_of(citation.source)

    def where(self, citation: Citation) -> str:
        self.use(citation)
        if self._settled is not None:
            return self._settled[citation.source, citation.key]
        self._printed.add((citation.source, citation.key))
        return f"¶{citation.paragraph}"

    def settle(self) -> bool:
        """After a render: True when every passage it printed was named as the reference list names it;
        else the list's names are kept for the page's next render, which prints them (False)."""
        if self._settled is not None or not self._printed:
            return True
        named = {(entry["id"], passage["key"]): passage["label"]
                 for entry in self.entries for passage in entry["passages"]}
        if all(named[key] == f"¶{self._passages[key[0]][key[1]].paragraph}" for key in self._printed):
            return True
        self._settled = named
        return False

    def label_of(self, source: str) -> str:
        return self._labels[source]

    @property
    def entries(self) -> list[dict]:
        """The reference list, in the order the sources were first cited."""
        if self._entries is not None:
            return self._entries
        entries = []
        for number, source in enumerate(self._order, start=1):
            meta = self.meta[source]
            published = meta.get("published")
            passages = sorted(self._passages[source].values(), key=lambda c: (c.paragraph, c.key))
            entries.append({
                "number": number, "label": self.label_of(source), "id": source, "title": self.title(source),
                "title_language": self.title_language(source),
                "publisher": str(meta.get("publisher", "")), "about": self.about(source),
                "author": str(meta.get("author", "")),
                "published": datefmt.display(published, self.language) if published else "",
                "datetime": published.datetime_attr() if published else "",
                "url": str(meta.get("url", "")),
                "href": href(self.page, source_page(source)),
                "address": self.base + url_path(source_page(source)) if self.base else "",
                "passages": _passage_labels(passages),
            })
        self._entries = entries
        return entries


def _passage_labels(passages: list[Citation]) -> list[dict]:
    """¶4, or ¶4a, ¶4b when one paragraph holds several cited passages."""
    per_paragraph: dict[int, int] = {}
    for c in passages:
        per_paragraph[c.paragraph] = per_paragraph.get(c.paragraph, 0) + 1
    labels, seen = [], {}
    for c in passages:
        index = seen.get(c.paragraph, 0)
        seen[c.paragraph] = index + 1
        letter = "abcdefghijklmnopqrstuvwxyz"[index % 26] if per_paragraph[c.paragraph] > 1 else ""
        labels.append({"paragraph": c.paragraph, "label": f"¶{c.paragraph}{letter}", "href": c.href, "key": c.key})
    return labels


def as_of(source_meta: Mapping[str, Mapping[str, Any]], language: str = "en") -> dict | None:
    """The date the references stand at, never the wall clock (builds stay
    byte-identical): the newest date any source was published or retrieved,
    or SOURCE_DATE_EPOCH when set and later. An epoch earlier than a source
    (a build pinned to an old commit's time) would say the references stand
    at a day before one of them was written; the feed's `updated` takes the
    later of the two alike (exports.feed)."""
    span = standing_at(source_meta)
    if span is None:
        return None
    return {"display": datefmt.display(span, language), "datetime": span.datetime_attr()}


def standing_at(source_meta: Mapping[str, Mapping[str, Any]]) -> dates.DateSpan | None:
    """The date the brief stands at (as_of): the newest date a source was published or retrieved, or
    SOURCE_DATE_EPOCH when set and later; None when none is known."""
    return _newest(_source_days(source_meta) + _epoch_days())


def newest_source_date(source_meta: Mapping[str, Mapping[str, Any]]) -> dates.DateSpan | None:
    """The newest date a source was published or retrieved, SOURCE_DATE_EPOCH aside: what a
    diagnostic may call the brief's newest source."""
    return _newest(_source_days(source_meta))


def _source_days(source_meta: Mapping[str, Mapping[str, Any]]) -> list:
    return [meta[name].end for meta in source_meta.values() for name in ("published", "retrieved") if meta.get(name)]


def _epoch_days() -> list:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit() and source_date_epoch_problem() is None:  # one it cannot write is the build's error
        return [dates.parse_iso(time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))).end]
    return []


def _newest(known: list) -> dates.DateSpan | None:
    if not known:
        return None
    newest = max(known, key=lambda day: dates.DateSpan(day, day).sort_key()[1])
    return dates.DateSpan(newest, newest)
