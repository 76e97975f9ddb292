"""How many independent sources stand behind each claim.

Sources are one voice when they share a publisher (compared case- and
space-insensitively), when one `republishes` another, or when they carry the
same `wire_id`; these links are followed transitively, so a newspaper that
reprints an agency story counts with the agency. A source that names no
publisher is its own voice: nothing says it is another's.
"""
from __future__ import annotations

from typing import Mapping


def groups(meta: Mapping[str, Mapping], source_ids: Mapping[str, str]) -> dict[str, str]:
    """Source id -> id of the source its independent group is counted as:
    the original (one that republishes no other), the earliest published,
    then the first in id order."""
    parent = {sid: sid for sid in meta}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    def join(a: str, b: str) -> None:
        first, second = sorted((root(a), root(b)))
        parent[second] = first

    shared: dict[tuple[str, str], str] = {}
    for sid in sorted(meta):
        values = meta[sid]
        original = source_ids.get(values.get("republishes", ""))
        if original in parent:
            join(sid, original)
        for key in ("publisher", "wire_id"):
            name = " ".join(str(values.get(key) or "").casefold().split())
            if name:
                join(sid, shared.setdefault((key, name), sid))
    members: dict[str, list[str]] = {}
    for sid in sorted(meta):
        members.setdefault(root(sid), []).append(sid)
    counted_as = {group: min(ids, key=lambda sid: _originality(meta[sid], sid)) for group, ids in members.items()}
    return {sid: counted_as[root(sid)] for sid in sorted(meta)}


def _originality(values: Mapping, sid: str) -> tuple:
    published = values.get("published")
    return (bool(values.get("republishes")), published is None,
            published.sort_key() if published is not None else (), sid)

