"""Whether a passage says an event is planned, held, postponed or cancelled.

Like a date, an event's `status` must be stated by a cited quote; this module
finds the phrases that state one. It is a check of the editor's value, not an
author of it: it says which statuses a quote states, never whose status (a
quote naming two events states both events' phrases), so editors cite the
shortest passage that makes the point.

Phrases live in one table per language (BCP 47 primary subtag, e.g. `en`).
Each phrase is a regular-expression fragment matched case-insensitively on
whole words, with any run of spaces standing for any whitespace. A language
is added by adding its table to PHRASES; sources whose language has no table
are read with the English one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .textmatch import normalise

STATUSES = ("planned", "held", "postponed", "cancelled")
LABELS = {"planned": "Planned", "held": "Held", "postponed": "Postponed", "cancelled": "Cancelled"}
DEFAULT_LANGUAGE = "en"
EXAMPLES = {  # for hints: what a passage stating each status reads like
    "planned": ("will attend", "is scheduled", "plans to"),
    "held": ("took place", "was held", "hosted"),
    "postponed": ("postponed", "put off"),
    "cancelled": ("cancelled", "called off"),
}

# What a reader of the source would take as the status. A negated "held" is a
# cancellation ("was not held"), a future "held" a plan ("will be held"); the
# longer phrase wins where two start at the same word, and scanning moves on
# past a match, so "will be held" is never also read as "held".
_EN_VERBS = r"(?:attend|visit|host|hold|meet|travel|take\s+part|participate|convene|go\s+ahead|take\s+place|be\s+held)"
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "planned": (
            rf"will (?:also |now |then |soon )?{_EN_VERBS}",
            rf"would (?:also )?{_EN_VERBS}",
            rf"(?:is|are|was|were) (?:also )?to {_EN_VERBS}",
            r"to be held",
            r"scheduled", r"planned", r"plans? to", r"planning to", r"plans? for",
            r"expected to", r"(?:is|was) expected that", r"due to (?:attend|visit|host|hold|meet|travel|take\s+place|be\s+held)",
            r"(?:is|are|was|were) set to", r"intends? to", r"upcoming", r"forthcoming",
            r"prepar(?:es|ing) for", r"(?:is|are) going to",
        ),
        "held": (
            r"took place", r"(?:has|have|had) taken place", r"(?:is|are) taking place",
            r"held", r"hosted", r"met", r"visited", r"attended", r"took part", r"participated",
            r"convened", r"coincided with", r"wrapped up",
        ),
        "postponed": (
            r"postpone(?:d|s|ment)?", r"delayed", r"deferred", r"put off", r"pushed back", r"rescheduled",
        ),
        "cancelled": (
            r"cancell?ed", r"cancell?ation", r"cancels?", r"called off", r"calls? off", r"scrapped",
            r"did not (?:take place|go ahead)", r"didn't (?:take place|go ahead)", r"never took place",
            r"(?:was|were) not held", r"(?:will|would) not (?:take place|be held|go ahead)",
        ),
    },
}


@dataclass(frozen=True)
class StatusMention:
    status: str
    text: str  # the phrase as it stands in the (normalised) quote


def table_language(language: str | None) -> str:
    """The table a source's language is read with: its primary subtag's, else English."""
    primary = (language or "").split("-")[0].split("_")[0].lower()
    return primary if primary in PHRASES else DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def _pattern(language: str) -> tuple[re.Pattern, tuple[str, ...]]:
    entries = [(phrase, status) for status, phrases in PHRASES[language].items() for phrase in phrases]
    # Longest first, so that at one position the fuller phrase is the one taken.
    entries.sort(key=lambda e: -len(e[0]))
    groups = "|".join(f"(?P<p{i}>{_whitespace_tolerant(phrase)})" for i, (phrase, _) in enumerate(entries))
    return re.compile(rf"(?<![\w'])(?:{groups})(?![\w'])", re.IGNORECASE), tuple(s for _, s in entries)


def _whitespace_tolerant(phrase: str) -> str:
    return phrase.replace(" ", "\\s+")


def find_statuses(text: str, language: str | None = None) -> list[StatusMention]:
    pattern, statuses = _pattern(table_language(language))
    found = []
    for match in pattern.finditer(normalise(text)):
        index = int(match.lastgroup[1:])
        found.append(StatusMention(statuses[index], match.group()))
    return found


def stated(text: str, language: str | None = None) -> set[str]:
    return {mention.status for mention in find_statuses(text, language)}
