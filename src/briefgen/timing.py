"""Whether a source was published before the event it reports: such a source
can tell of a plan, never of what happened."""
from __future__ import annotations

from typing import Mapping

from .model import Record
from .schema import EVENT_KINDS

BEFORE_EVENT = "reported before the event"


def published_before(record: Record, source_meta: Mapping) -> bool:
    """True when the source's `published` date certainly precedes every date
    the record is given; unknown or too coarse a date is never "before"."""
    published = source_meta.get("published")
    dated = record.alternatives("date")
    if record.kind not in EVENT_KINDS or published is None or not dated:
        return False
    return all(published.ends_before(alt.value) for alt in dated)
