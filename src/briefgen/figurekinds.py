"""A figure's `type` against the words of the quotes that state its amount:
lent money written as a grant, or a grant as a loan, tells a reader who
compares aid the opposite of what the sources say ("Japan will lend $500
million" shown among the grants). Only the two that exclude each other are
judged; a pledge or an investment may be either.

A quote is read in its source's language, where this module has its words
(English, Japanese, Chinese, French, Spanish, German, Russian); one that
writes words of both ("granted a loan", "a loan and a grant") says nothing
against either. The editor is warned only when every quote read speaks of
the other kind and none of the one given."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from . import cldr
from .diagnostics import Diagnostics
from .model import Cite, Record
from .textmatch import normalise

# The words of each kind, by language: a loan is lent and repaid, a grant given.
_WORDS = {
    "loan": {
        "en": r"loans?|lend(?:s|ing)?|lent|lenders?|credit lines?|lines? of credit|borrow(?:s|ed|ing)?",
        "ja": r"借款|融資|貸し付け|貸付",
        "zh": r"贷款|貸款|借款|信贷|信貸",
        "fr": r"prêts?|prêter[ao]?|prêté|prête",
        "es": r"préstamos?|prestar[áa]|prestado|créditos?",
        "de": r"darlehen|kredite?n?|kreditlinien?",
        "ru": r"кредит\w*|за[ёе]м\w*|займ\w*",
    },
    "grant": {
        "en": r"grant(?:s|ed|ing)?|grant aid|donat(?:e|es|ed|ing|ions?)|free of charge|non-repayable",
        "ja": r"無償資金協力|無償|贈与",
        "zh": r"赠款|贈款|无偿|無償|捐赠|捐贈",
        "fr": r"dons?|subventions?",
        "es": r"donaci(?:ón|ones)|donativos?|subvenci(?:ón|ones)|no reembolsables?",
        "de": r"zuschüsse?n?|schenkung(?:en)?|nicht rückzahlbare?n?",
        "ru": r"грант\w*|безвозмездн\w*",
    },
}
_OTHER = {"loan": "grant", "grant": "loan"}


def check_types(records: Mapping[str, Record], support: Mapping[tuple[str, str, int], tuple[Cite, ...]],
                languages: Mapping[str, str], diagnostics: Diagnostics) -> None:
    """Warn of a loan or grant whose every amount-stating quote read speaks only of the other kind."""
    for record in records.values():
        given = record.get("type") if record.kind == "figure" else None
        if given not in _OTHER:
            continue
        stating = [c for index in range(len(record.alternatives("amount")))
                   for c in support.get((record.id, "amount", index), ())]
        said = [_kinds(c.quote, languages.get(c.source)) for c in stating]
        said = [kinds for kinds in said if kinds is not None]
        other = _OTHER[given]
        if said and all(other in kinds and given not in kinds for kinds in said):
            words = ", ".join(sorted({f"'{word}'" for kinds in said for word in kinds[other]}))
            diagnostics.warning(record.field_locations.get("type", record.location),
                                f"figure '{record.id}' is a {given}, but the quotes stating its amount speak of "
                                f"a {other} ({words})",
                                f"write type: {other} if it is one; otherwise cite the passage that calls it a {given}")


def _kinds(quote: str, language: str | None) -> dict[str, list[str]] | None:
    """The words of each kind the quote writes, by kind; None where its language has no words here."""
    pattern = _pattern(cldr.primary(language) or "en")
    if pattern is None:
        return None
    found: dict[str, list[str]] = {}
    for match in pattern.finditer(normalise(quote)):
        found.setdefault(match.lastgroup, []).append(match.group())
    return found


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern | None:
    if language not in _WORDS["loan"]:
        return None
    alternatives = "|".join(f"(?P<{kind}>{words[language]})" for kind, words in _WORDS.items())
    if language in cldr.UNSPACED:  # a word may stand anywhere
        return re.compile(alternatives)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
