"""How far each source is trusted, as its editor assessed it: publisher type,
reliability grade on the NATO Admiralty scale, and the reason for it.

The grade rates the source, not a claim (the scale's second half, the
credibility of a piece of information, is what corroboration and disputes
show). A grade without a reason is refused: a letter alone cannot be checked.
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

from .diagnostics import Diagnostics
from .renamedseeds import renamed_hint, renames_of

# A label follows every citation; a longer publisher name would crowd the
# claim it supports (the reference list at the page's foot gives it whole).
SHORT_NAME = 24


def label(meta: Mapping, publisher_type: Callable[[str], str] = str) -> str:
    """The short form a citation shows: publisher (else alias, else id), type
    (in words: `publisher_type`) and grade, e.g. "AFP · wire · B". A long
    publisher gives way to the source's alias, or is cut short when there is none."""
    parts = [_short_name(meta)]
    if meta.get("publisher_type"):
        parts.append(publisher_type(str(meta["publisher_type"])))
    if meta.get("reliability"):
        parts.append(str(meta["reliability"]))
    return " · ".join(parts)


def _short_name(meta: Mapping) -> str:
    publisher, alias = str(meta.get("publisher") or ""), meta.get("alias")
    if not publisher:
        return str(alias or meta["id"])
    if len(publisher) <= SHORT_NAME:
        return publisher
    return str(alias) if alias else publisher[:SHORT_NAME - 1].rstrip() + "…"


# The grades of sources not to be relied on: D "not usually reliable", E "unreliable" (F is "cannot be judged").
LOW_GRADES = frozenset({"D", "E"})


def all_low(metas: Iterable[Mapping]) -> bool:
    """Whether every source of `metas` (one at least) is graded D or E: a
    claim resting on them alone is marked so, as a claim on one voice is."""
    grades = [str(meta.get("reliability") or "") for meta in metas]
    return bool(grades) and all(grade in LOW_GRADES for grade in grades)


def grade_words(meta: Mapping, words: Callable[[str], str]) -> str:
    """"B — usually reliable" (`words`: a grade of the NATO Admiralty code,
    AJP-2.1, in words), or "" when the source is not graded."""
    grade = meta.get("reliability")
    return f"{grade} — {words(grade)}" if grade else ""


def check_sources(meta: Mapping[str, Mapping], source_ids: Mapping[str, str], diagnostics: Diagnostics) -> None:
    """Cross-field rules the schema cannot express: a grade needs its reason,
    and `republishes` names another source that exists."""
    for sid, values in meta.items():
        at = values.get("field_locations", {})
        if values.get("reliability") and not values.get("assessment"):
            diagnostics.error(at.get("reliability", values.get("location")),
                              f"source '{sid}' has reliability {values['reliability']} but no assessment",
                              "add 'assessment:' saying why, from what the text shows (its sourcing, "
                              "errors, who publishes it), or remove the grade")
        original = values.get("republishes")
        if original is None:
            continue
        where = at.get("republishes", values.get("location"))
        if original not in source_ids:
            known = ", ".join(sorted(source_ids)) or "none"
            diagnostics.error(where, f"source '{sid}' republishes unknown source '{original}'",
                              renamed_hint(original, renames_of(source_ids), "republishes")
                              or f"give the id or alias of a source in seeds/ (known: {known}), or use 'wire_id' "
                              "when the original is not in the brief")
        elif source_ids[original] == sid:
            diagnostics.error(where, f"source '{sid}' cannot republish itself",
                              "name the source whose story it reproduces, or remove 'republishes'")
    _check_circles(meta, source_ids, diagnostics)


def _check_circles(meta: Mapping[str, Mapping], source_ids: Mapping[str, str], diagnostics: Diagnostics) -> None:
    """Sources that republish one another in a circle leave none of them the
    original: reported once, at the first of them in name order. Each source
    is walked through once, a walk ending at a source an earlier one went
    through (which reported its circle): following every source's chain to
    the original took time growing with the square of a long chain."""
    def next_of(sid: str) -> str | None:
        original = source_ids.get(meta.get(sid, {}).get("republishes", ""))
        return original if original != sid else None

    walked: set[str] = set()
    for sid in sorted(meta):
        path: dict[str, int] = {}  # the sources of this walk, each with its step
        at: str | None = sid
        while at is not None and at not in walked:
            walked.add(at)
            path[at] = len(path)
            at = next_of(at)
        if at not in path:
            continue  # an original reached, or a circle an earlier walk reported
        circle = list(path)[path[at]:]
        first = min(circle)
        values = meta[first]
        where = values.get("field_locations", {}).get("republishes", values.get("location"))
        named = ", ".join(f"'{s}'" for s in sorted(circle))
        diagnostics.error(where, f"sources {named} republish one another in a circle: none of them is the original",
                          "remove 'republishes' from the source that first published the story")
