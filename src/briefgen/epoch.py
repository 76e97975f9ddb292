"""SOURCE_DATE_EPOCH, the reproducible-builds time a build writes instead of now."""
from __future__ import annotations

import os

# The last second of year 9999: Atom dates have four-digit years.
_LATEST_EPOCH = 253402300799


def source_date_epoch_problem() -> tuple[str, str] | None:
    """(message, hint) when SOURCE_DATE_EPOCH is set but is not a time
    briefgen can write; the reproducible-builds spec asks to fail then
    (build.py reports it before anything is rendered)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    whole = epoch.isascii() and epoch.isdigit()
    if epoch == "" or whole and int(epoch) <= _LATEST_EPOCH:
        return None
    hint = "set it to the output of date +%s (or git log -1 --format=%ct), or unset it"
    if whole:  # a time after 9999, which no Atom date can write
        return f"must be at most {_LATEST_EPOCH} (the last second of 9999), not '{epoch}'", hint
    return f"must be a whole number of seconds since 1970-01-01, not '{epoch}'", hint
