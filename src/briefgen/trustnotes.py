"""Why a claim bears its trust badges, as the counts behind them found it.

A reader who sees "[2] [3] single source" asks why two citations are one
source; one who sees "low-reliability sources" beside an A-graded source asks
why it does not count. The reasons are the ones corroboration.voices and
corroboration.bearing used, never worked out again: citations counted as one
voice and why (corroboration.REASONS), sources none of whose citations bears
on the claim (left out of the count, and why: corroboration.LEFT_OUT), or
that none does (then the claim counts as one source, the least it may), and
the grades of the sources a low-reliability claim rests on. Each note names sources, not citations: a
page numbers sources, so two citations of one source show one number.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .corroboration import LEFT_OUT, REASONS
from .model import Claim


# The reasons a note names: citations of one source show one number, which says so itself.
SHOWN_REASONS = tuple(reason for reason in REASONS if reason != "same_source")


@dataclass(frozen=True, slots=True)
class Note:
    # the page's label is "why_" + kind: "one_voice", a LEFT_OUT reason, "none_bears" or "graded"
    kind: str
    sources: tuple[str, ...]  # in the order the claim cites them
    reasons: tuple[str, ...] = ()  # one_voice: SHOWN_REASONS, in their order
    grade: str = ""  # graded: the source's letter, "D"


def badge_reasons(library, claim: Claim, single: bool, low: bool, grade: Mapping[str, str]) -> list[Note]:
    """The notes that explain the "single source" (`single`) and "low-reliability sources" (`low`) badges of
    `claim`; `grade`: each cited source's grade ("D"; "" when not graded)."""
    cited = list(dict.fromkeys(c.source for c in claim.cites))
    notes: list[Note] = []
    out: dict[int, str] = {}  # a citation left out of the count -> why (corroboration.LEFT_OUT)
    if single:
        voices = library.voices(claim)
        if len(voices.left_out) == len(claim.cites):  # none bears: counted as one, the least a claim has
            notes.append(Note("none_bears", tuple(cited)))
        else:
            out.update(voices.left_out)
        for ats, why in voices.together:
            sources = tuple(dict.fromkeys(claim.cites[at].source for at in ats))
            if len(sources) > 1:  # one source's citations show one number: nothing to explain
                notes.append(Note("one_voice", sources, tuple(r for r in SHOWN_REASONS if r in why)))
    if low:
        found = library.left_out(claim)
        if len(found) < len(claim.cites):  # where none bears, the claim rests on them all (bearing_cites)
            out.update(found)
    counted = {cite.source for at, cite in enumerate(claim.cites) if at not in out}
    why_of: dict[str, str] = {}  # a source none of whose citations counted -> why its first did not
    for at, cite in enumerate(claim.cites):
        if cite.source not in counted:
            why_of.setdefault(cite.source, out[at])
    for why in LEFT_OUT:
        sources = tuple(sid for sid, its in why_of.items() if its == why)
        if sources:
            notes.append(Note(why, sources))
    if low:
        by_grade: dict[str, list[str]] = {}  # the sources of one grade in one note: "[1] [2] graded D"
        for sid in dict.fromkeys(c.source for c in library.bearing_cites(claim)):
            by_grade.setdefault(grade.get(sid, ""), []).append(sid)
        notes.extend(Note("graded", tuple(sources), grade=letter) for letter, sources in sorted(by_grade.items()))
    return notes
