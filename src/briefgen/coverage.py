"""How much of each source the brief cites, and which records say less than
their quotes could prove: the editor's to-do list (`briefgen check --coverage`).

Dates and amounts are not listed: one that no quote states is already an
error. Coverage reports what the build does not enforce:

- per source, the paragraphs that no cited passage lies in;
- per record, `place` and `people` values (written as the source writes
  them) that none of the record's quotes contains, and records without claims;
- per event without a `status`, the statuses its quotes state (often none):
  it is shown as "status not reported" until an editor gives one;
- per record, the claims that rest on a single independent source (sources
  of one publisher, or a story and its republications, count once);
- per record, the claims whose every cited source is graded D or E (not
  usually reliable, unreliable): the page marks them "low-reliability sources".

`--format json` prints this structure; keys may be added, never renamed:

    {
      "sources": [{"id": str, "paragraphs": int, "cited": [int], "uncited": [int],
                   "share": float}],
      "records": [{"id": str, "kind": str, "claims": int,
                   "unsupported": [{"field": str, "value": str}],
                   "status_missing": bool, "status_in_quotes": [str],
                   "single_source": [{"claim": int, "text": str, "source": str, "why": str}],
                   "low_reliability": [{"claim": int, "text": str,
                                        "sources": [{"id": str, "reliability": str}]}]}],
      "totals": {"sources": int, "paragraphs": int, "cited": int, "share": float,
                 "records": int, "records_without_claims": int, "unsupported_fields": int,
                 "events_without_status": int, "single_source_claims": int,
                 "low_reliability_claims": int}
    }

Paragraph numbers are the ¶ numbers of the source page. `share` is
cited / paragraphs (0 to 1, four decimals). `records` lists only records with
something to report, by id. A single-source claim that cites more than one
source says `why` they count as one (as its page does, in English); "" for
a claim of one source.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import eventstatus, labels, trustnotes
from .model import Claim, Library, Record
from .schema import EVENT_KINDS
from .support import named_texts, written_in

VERBATIM_FIELDS = ("place", "people")  # the schema says: as the source writes them


@dataclass(frozen=True)
class SourceCoverage:
    id: str
    paragraphs: int
    cited: tuple[int, ...]
    uncited: tuple[int, ...]


@dataclass(frozen=True)
class Unsupported:
    field: str
    value: str


@dataclass(frozen=True)
class RecordCoverage:
    id: str
    kind: str
    claims: int
    unsupported: tuple[Unsupported, ...]
    status_missing: bool = False  # an event without `status`
    status_in_quotes: tuple[str, ...] = ()  # what its quotes state, to help the editor add it
    single_source: tuple["SingleSource", ...] = ()
    low_reliability: tuple["LowReliability", ...] = ()


@dataclass(frozen=True)
class SingleSource:
    claim: int  # 1-based position among the record's claims
    text: str
    source: str  # the one independent source (the first the claim cites of those that bear on it)
    why: str = ""  # why its sources count as one, as the page says it (trustnotes.py); "" for one source


@dataclass(frozen=True)
class LowReliability:
    claim: int  # 1-based position among the record's claims
    text: str
    sources: tuple[tuple[str, str], ...]  # (source id, its grade), each source the claim cites once


@dataclass(frozen=True)
class Coverage:
    sources: tuple[SourceCoverage, ...]
    records: tuple[RecordCoverage, ...]  # only records with something to report
    record_count: int

    @property
    def paragraphs(self) -> int:
        return sum(s.paragraphs for s in self.sources)

    @property
    def cited(self) -> int:
        return sum(len(s.cited) for s in self.sources)

    @property
    def records_without_claims(self) -> int:
        return sum(1 for r in self.records if not r.claims)

    @property
    def unsupported_fields(self) -> int:
        return sum(len(r.unsupported) for r in self.records)

    @property
    def events_without_status(self) -> int:
        return sum(1 for r in self.records if r.status_missing)

    @property
    def single_source_claims(self) -> int:
        return sum(len(r.single_source) for r in self.records)

    @property
    def low_reliability_claims(self) -> int:
        return sum(len(r.low_reliability) for r in self.records)


def coverage(library: Library) -> Coverage:
    cited_in: dict[str, set[int]] = {sid: set() for sid in library.sources}
    for anchor in library.anchors.values():
        cited_in[anchor.source].add(anchor.paragraph)
    sources = tuple(
        SourceCoverage(sid, len(source.paragraphs), tuple(sorted(cited_in[sid])),
                       tuple(p.number for p in source.paragraphs if p.number not in cited_in[sid]))
        for sid, source in library.sources.items())
    records = []
    for record in sorted(library.records.values(), key=lambda r: r.id):
        unsupported = _unsupported(record)
        status_missing = record.kind in EVENT_KINDS and not record.alternatives("status")
        single = tuple(SingleSource(number, claim.text, library.bearing_cites(claim)[0].source,
                                    _why_one(library, claim))
                       for number, claim in enumerate(record.claims, start=1)
                       if library.independent_sources(claim) == 1)
        low = tuple(LowReliability(number, claim.text, _grades(library, claim))
                    for number, claim in enumerate(record.claims, start=1) if library.low_reliability(claim))
        if unsupported or not record.claims or status_missing or single or low:
            records.append(RecordCoverage(record.id, record.kind, len(record.claims), unsupported, status_missing,
                                          _statuses_in_quotes(library, record) if status_missing else (), single,
                                          low))
    return Coverage(sources, tuple(records), len(library.records))


def _unsupported(record: Record) -> tuple[Unsupported, ...]:
    # Read as the build reads them, so the report lists no name the build found ("w Warszawie" for Warszawa)
    quotes = named_texts(record.cites)
    missing = []
    for field in VERBATIM_FIELDS:
        value = record.get(field)
        for item in (value,) if isinstance(value, str) else value or ():
            if not written_in(item, quotes):
                missing.append(Unsupported(field, item))
    return tuple(missing)


def _grades(library: Library, claim: Claim) -> tuple[tuple[str, str], ...]:
    return tuple((sid, str(library.source_meta.get(sid, {}).get("reliability")))
                 for sid in dict.fromkeys(c.source for c in claim.cites))


def _statuses_in_quotes(library: Library, record: Record) -> tuple[str, ...]:
    found = set()
    for cite in record.cites:
        found |= eventstatus.stated(cite.quote, library.source_meta[cite.source].get("language") or library.language)
    return tuple(s for s in eventstatus.STATUSES if s in found)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _percent(part: int, whole: int) -> str:
    # Rounded down, so a source is never shown as 100% cited while a paragraph is not.
    return f"{100 * part // whole if whole else 0}%"


def as_data(report: Coverage) -> dict:
    return {
        "sources": [{"id": s.id, "paragraphs": s.paragraphs, "cited": list(s.cited), "uncited": list(s.uncited),
                     "share": _share(len(s.cited), s.paragraphs)} for s in report.sources],
        "records": [{"id": r.id, "kind": r.kind, "claims": r.claims,
                     "unsupported": [{"field": u.field, "value": u.value} for u in r.unsupported],
                     "status_missing": r.status_missing, "status_in_quotes": list(r.status_in_quotes),
                     "single_source": [{"claim": c.claim, "text": c.text, "source": c.source, "why": c.why}
                                       for c in r.single_source],
                     "low_reliability": [{"claim": c.claim, "text": c.text,
                                          "sources": [{"id": sid, "reliability": grade} for sid, grade in c.sources]}
                                         for c in r.low_reliability]}
                    for r in report.records],
        "totals": {"sources": len(report.sources), "paragraphs": report.paragraphs, "cited": report.cited,
                   "share": _share(report.cited, report.paragraphs), "records": report.record_count,
                   "records_without_claims": report.records_without_claims,
                   "unsupported_fields": report.unsupported_fields,
                   "events_without_status": report.events_without_status,
                   "single_source_claims": report.single_source_claims,
                   "low_reliability_claims": report.low_reliability_claims},
    }


def as_text(report: Coverage) -> str:
    width = max((len(s.id) for s in report.sources), default=0)
    lines = []
    for s in report.sources:
        line = (f"{s.id:<{width}}  {len(s.cited)}/{s.paragraphs} paragraphs cited "
                f"({_percent(len(s.cited), s.paragraphs)})")
        if s.uncited:
            line += "  uncited: " + ", ".join(f"¶{n}" for n in s.uncited)
        lines.append(line)
    for r in report.records:
        if not r.claims:
            lines.append(f"{r.kind} '{r.id}' has no claims")
        for u in r.unsupported:
            lines.append(f"{r.kind} '{r.id}': {u.field} '{u.value}' is in none of its quotes")
        if r.status_missing:
            said = " or ".join(r.status_in_quotes)
            lines.append(f"{r.kind} '{r.id}' has no status (shown as 'status not reported')"
                         + (f"; its quotes say it was {said}" if said else "; no quote says whether it happened"))
        for c in r.single_source:
            lines.append(f"{r.kind} '{r.id}' claim {c.claim} rests on a single source ({c.source}{'; ' + c.why if c.why else ''}): {c.text}")
        for c in r.low_reliability:
            graded = ", ".join(f"{sid}: {grade}" for sid, grade in c.sources)
            lines.append(f"{r.kind} '{r.id}' claim {c.claim} rests only on low-reliability sources ({graded}): {c.text}")
    lines.append(f"total: {report.cited}/{report.paragraphs} paragraphs cited "
                 f"({_percent(report.cited, report.paragraphs)}) in {_count(len(report.sources), 'source')}; "
                 f"{report.records_without_claims} of {_count(report.record_count, 'record')} without claims; "
                 f"{_count(report.unsupported_fields, 'unsupported field value')}; "
                 f"{_count(report.events_without_status, 'event')} without a status; "
                 f"{_count(report.single_source_claims, 'single-source claim')}; "
                 f"{_count(report.low_reliability_claims, 'claim')} on low-reliability sources only")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def report(library: Library, fmt: str) -> dict | str:
    """The coverage report as `check --coverage` prints it: JSON data or text."""
    found = coverage(library)
    return as_data(found) if fmt == "json" else as_text(found)


def _why_one(library: Library, claim: Claim) -> str:
    """Why the sources of a claim citing more than one count as one, in the words of its page's note in
    English, sources named by id; "" for a claim of one source."""
    if len({c.source for c in claim.cites}) <= 1:
        return ""
    words = labels.table("en")
    notes = trustnotes.badge_reasons(library, claim, True, False, {})
    return words["why_between"].join(
        labels.fill(words[f"why_{note.kind}"], {"cites": ", ".join(note.sources), "grade": note.grade, "words": "",
                                               "reasons": words["comma"].join(words[f"why_{r}"] for r in note.reasons)})
        for note in notes)
