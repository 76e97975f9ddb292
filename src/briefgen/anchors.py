"""Claim permalinks: the anchor each claim gets, one per page, and the
warning when a claim that had an anchor in the last build lost it.

A claim's anchor is `c-<id>` when the editor gave it an `id`, else `c-` and a
hash of its wording (plus the record id, so the figures page, which shows many
records, keeps them apart). The hash changes with every copy-edit; giving the
claim `id: <old hash>` keeps an old link working.

Every successful build stores the anchors it published in
`.briefgen-cache/claim-anchors.json`; `check` and `build` compare against it.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from . import jsontext
from .buildstate import load_json, out_key
from .diagnostics import Diagnostic, Diagnostics
from .model import Claim, Record
from .outguard import target_of
from .renamedseeds import SOURCE_PAGE_MOVED
from .routes import record_page

STORE = "claim-anchors.json"
STORE_VERSION = 2  # 2: the claims under the output folder they were published to
_OUTPUTS_KEPT = 8  # the output folders whose last published permalinks are kept, latest first


def claim_anchor(record: Record, claim: Claim) -> str:
    """Asked four times a build for each claim (checks, views, data, the
    store), and again by every rebuild in the same process of the same
    (kept) records: worked out once for each claim of each record."""
    known = _ANCHORS.get(id(claim))
    if known is not None and known[0] is claim and known[1] is record:
        return known[2]
    if len(_ANCHORS) >= _ANCHORS_MOST:
        _ANCHORS.clear()
    anchor = _anchor(record, claim)
    _ANCHORS[id(claim)] = (claim, record, anchor)  # held, so that no other claim takes its id meanwhile
    return anchor


def _anchor(record: Record, claim: Claim) -> str:
    if claim.id:
        return f"c-{claim.id}"
    anchor = "c-" + hashlib.sha1(f"{record.id}\x1f{claim.text}".encode("utf-8")).hexdigest()[:8]
    copy = _copy_numbers(record).get(id(claim), 0)
    return anchor if copy == 0 else f"{anchor}-{copy + 1}"


def _copy_numbers(record: Record) -> dict[int, int]:
    """Which copy of its wording each claim of `record` without an id is, by
    the claim's id(): a record may repeat a wording (with other citations),
    and later copies are numbered. Worked out once for the record whose
    claims are asked for in turn: looking through its claims for each claim
    grew with the square of a record's claims (8,000 claims: 5 s)."""
    last = _LAST_COPIES[0]
    if last[0] is not record:
        given: dict[str, int] = defaultdict(int)  # wording -> its copies so far
        numbers: dict[int, int] = {}
        for claim in record.claims:
            if not claim.id:
                numbers.setdefault(id(claim), given[claim.text])  # a claim listed twice keeps its first number
                given[claim.text] += 1
        last = _LAST_COPIES[0] = (record, numbers)
    return last[1]


_LAST_COPIES: list[tuple[Record | None, dict[int, int]]] = [(None, {})]  # the last record's, one tuple at a time


_ANCHORS: dict[int, tuple[Claim, Record, str]] = {}  # id(claim) -> (claim, its record, its anchor)
_ANCHORS_MOST = 200_000  # four builds of 50,000 claims; a rebuild in serve adds only the claims it decoded afresh


def check_unique(records: dict[str, Record], diagnostics: Diagnostics) -> None:
    """Two claims on one page must not share an anchor (figures share a page)."""
    seen: dict[tuple[str, str], Record] = {}
    for record in records.values():
        page = record_page(record)
        for claim in record.claims:
            anchor = claim_anchor(record, claim)
            if (page, anchor) in seen:
                other = seen[(page, anchor)]
                what = f"id '{claim.id}'" if claim.id else "wording"
                diagnostics.error(claim.location, f"claim {what} gives anchor #{anchor}, which {other.kind} "
                                  f"'{other.id}' already uses on {page}",
                                  "give one of the claims a different 'id:'" if claim.id
                                  else "reword one of the claims, or give it an 'id:'")
            else:
                seen[(page, anchor)] = record


def published(records: dict[str, Record]) -> list[dict]:
    """What the store keeps per claim: enough to recognise it after a rewording."""
    return [{"record": record.id, "index": index, "anchor": claim_anchor(record, claim),
             "cites": sorted({c.key for c in claim.cites})}
            for record in sorted(records.values(), key=lambda r: r.id) for index, claim in enumerate(record.claims)]


def save(cache: Path, out: Path, records: dict[str, Record]) -> bool:
    """Best effort, like every cache: a read-only project or a full disk
    builds all the same (and leaves nothing half-written); only the next
    check's warning about moved permalinks is lost. True when stored. Kept
    per output folder: a build elsewhere (`--out`) says nothing of what
    site/ published."""
    others = [entry for entry in _stored(cache) if entry["out"] != out_key(target_of(out))][:_OUTPUTS_KEPT - 1]
    text = jsontext.indented({"version": STORE_VERSION,
                              "outputs": [{"out": out_key(target_of(out)), "claims": published(records)}, *others]})
    temporary = cache / (STORE + ".tmp")
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(text)
        os.replace(temporary, cache / STORE)
        return True
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def load(cache: Path, out: Path) -> list[dict]:
    """The anchors the last build into `out` published; nothing when there
    was none or the file is not ours any more (it is a cache: never an error)."""
    claims = next((entry["claims"] for entry in _stored(cache) if entry["out"] == out_key(target_of(out))), [])
    return [c for c in claims if isinstance(c, dict) and isinstance(c.get("record"), str)
            and isinstance(c.get("anchor"), str) and isinstance(c.get("index"), int) and isinstance(c.get("cites"), list)]


def _stored(cache: Path) -> list[dict]:
    data = load_json(cache / STORE)
    if data.get("version") != STORE_VERSION or not isinstance(data.get("outputs"), list):
        return []
    return [entry for entry in data["outputs"] if isinstance(entry, dict) and isinstance(entry.get("out"), str)
            and isinstance(entry.get("claims"), list)]


# How a warning of a permalink moved since the last build begins: once that build is published, the
# permalink no longer moves, and a build with nothing changed does not say it again (build.py).
MOVED = "this claim's permalink changed from "
PAGE_MOVED = "this record's page moved from "


def tells_a_move(diagnostic: Diagnostic) -> bool:
    """Whether `diagnostic` warns of a permalink or a page moved since the last build (warn_changed)."""
    return diagnostic.message.startswith((MOVED, PAGE_MOVED, SOURCE_PAGE_MOVED))


def warn_changed(records: dict[str, Record], previous: list[dict], diagnostics: Diagnostics) -> None:
    """A claim whose old anchor is gone but which is still there (same
    citations, or the same place in an unchanged-length list) moved its
    permalink: every link shared from the last build now misses it. A claim
    whose anchor another claim of the same wording took (copies are
    numbered in order) moved too, and the old links now reach the wrong one."""
    old_by_record: dict[str, list[dict]] = defaultdict(list)
    for entry in previous:
        old_by_record[entry["record"]].append(entry)
    _warn_renamed(records, old_by_record, diagnostics)
    for record_id, old in sorted(old_by_record.items()):
        record = records.get(record_id)
        if record is None:
            continue
        now = [claim_anchor(record, claim) for claim in record.claims]
        cites = [sorted({c.key for c in claim.cites}) for claim in record.claims]
        for entry in old:
            held_by = now.index(entry["anchor"]) if entry["anchor"] in now else None
            if held_by is not None and cites[held_by] == entry["cites"]:
                continue
            twin = _copy_with_its_citations(record, entry, now, cites)
            if held_by is not None:
                if twin is None or twin == held_by:
                    continue
                other_line = record.claims[held_by].location.line
                diagnostics.warning(record.claims[twin].location,
                                    f"{MOVED}#{entry['anchor']} (last build) to "
                                    f"#{now[twin]}; #{entry['anchor']} now leads to another claim of the same "
                                    f"wording (line {other_line})",
                                    f"add 'id: {entry['anchor'].removeprefix('c-')}' to the claim to keep the old "
                                    f"link, and give the claim at line {other_line} an 'id:' of its own")
                continue
            index = twin if twin is not None else _same_claim(record, entry, now, {e["anchor"] for e in old}, len(old))
            if index is None:
                continue
            diagnostics.warning(record.claims[index].location,
                                f"{MOVED}#{entry['anchor']} (last build) to #{now[index]}; "
                                "links shared to the old one now miss it",
                                f"add 'id: {entry['anchor'].removeprefix('c-')}' to the claim to keep the old link")


def _warn_renamed(records: dict[str, Record], old_by_record: dict[str, list[dict]], diagnostics: Diagnostics) -> None:
    """A record renamed since the last build moved its page (and every
    claim's permalink on it): the links shared to it miss."""
    for old_id, record in sorted(_renamed(records, old_by_record).items()):
        page, old_page = record_page(record), record_page(replace(record, id=old_id))
        if page == old_page:  # a figure: on the figures page either way, where its claims' anchors are told of
            continue
        diagnostics.warning(record.field_locations.get("id", record.location),
                            f"{PAGE_MOVED}{old_page.removesuffix('index.html')} (last build) to "
                            f"{page.removesuffix('index.html')}: its id was '{old_id}'; links shared to the old "
                            "page, and to its claims' permalinks, now miss them",
                            f"write 'id: {old_id}' again to keep the old links (the name shown can change freely)")


def renamed(records: dict[str, Record], previous: list[dict]) -> dict[str, Record]:
    """The records renamed since the last build (`previous`, as `load` gives it), by their old ids."""
    old_by_record: dict[str, list[dict]] = defaultdict(list)
    for entry in previous:
        old_by_record[entry["record"]].append(entry)
    return _renamed(records, old_by_record)


def _renamed(records: dict[str, Record], old_by_record: dict[str, list[dict]]) -> dict[str, Record]:
    """A record whose id is new, whose claims cite just what those of one
    record gone since the last build did, is that record renamed."""
    gone = {record_id: _claims_cites(old) for record_id, old in old_by_record.items() if record_id not in records}
    if not gone:
        return {}
    new = [r for r in records.values() if r.id not in old_by_record and r.claims]
    found = {}
    for old_id, cited in gone.items():
        matches = [r for r in new if [sorted({c.key for c in claim.cites}) for claim in r.claims] == cited]
        if len(matches) == 1 and sum(1 for other in gone.values() if other == cited) == 1:
            found[old_id] = matches[0]  # else no record, or several, or one of several gone: not told apart
    return found


def _claims_cites(stored: list[dict]) -> list[list[str]]:
    return [entry["cites"] for entry in sorted(stored, key=lambda entry: entry["index"])]


_COPY_NUMBER = re.compile(r"-\d+$")


def _copy_with_its_citations(record: Record, entry: dict, now: list[str], cites: list[list[str]]) -> int | None:
    """The one claim, if one, of the wording the stored anchor was made from
    (anchors without an editor's id, copy numbers aside) that cites what it cited."""
    wording = _COPY_NUMBER.sub("", entry["anchor"])
    found = [i for i, anchor in enumerate(now) if not record.claims[i].id
             and _COPY_NUMBER.sub("", anchor) == wording and cites[i] == entry["cites"]]
    return found[0] if len(found) == 1 else None


def _same_claim(record: Record, entry: dict, now: list[str], old_anchors: set[str], old_count: int) -> int | None:
    fresh = [i for i, anchor in enumerate(now) if anchor not in old_anchors]
    by_cites = [i for i in fresh if sorted({c.key for c in record.claims[i].cites}) == entry["cites"]]
    if len(by_cites) == 1:
        return by_cites[0]
    if old_count == len(now) and entry["index"] in fresh:
        return entry["index"]
    return None
