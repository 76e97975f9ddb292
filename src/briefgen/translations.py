"""An editor's `translation` of a quote must say what the quote says: a
claim is compared with it (overreach.py), so a translation that adds a
number, or adds or drops a negation, would let a claim say what no source
does. Checked by what every language writes alike: digits (any script's,
with any group or decimal marks: "1.200" is "1,200" is "1 200"), and
negations from every language's list; and by what an event's status reads
in each language (eventstatus.py): "a été annulé" translated "was held"."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from . import eventstatus

from .cldrwords import latin_digits
from .diagnostics import Diagnostics
from .model import Cite
from .overreach import negated

# A number's digits, with the marks between its groups.
_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f\u066b\u066c ]\d+)*")


def check(cites: Iterable[Cite], diagnostics: Diagnostics, languages: Mapping[str, str] | None = None,
          language: str = "en") -> None:
    """`languages`: each source's language (the quote's); `language`: the
    brief's, which translations are written in."""
    languages = languages or {}
    # A quote cited twice with one translation is told once; with another one, each is checked: the key is
    # the quote's place in its source, not the editor's words for it.
    seen: set[tuple[str, str]] = set()
    for cite in cites:
        if not cite.translation or (cite.key, cite.translation) in seen:
            continue
        seen.add((cite.key, cite.translation))
        added = sorted(numbers_in(cite.translation) - numbers_in(cite.quote), key=lambda n: (len(n), n))
        if added:
            diagnostics.warning(cite.location, f"the translation states numbers its quote does not: {', '.join(added)}",
                                "translate the quote as it stands; a claim is compared with its translation")
        said, translated = negated(cite.quote), negated(cite.translation)
        if said != translated:
            what = "drops the quote's negation" if said else "adds a negation the quote does not write"
            diagnostics.warning(cite.location, f"the translation {what}",
                                "translate the quote as it stands; a claim is compared with its translation")
            continue  # one mistake, one message: a negation dropped turns the status round too
        quoted = languages.get(cite.source, language)
        if eventstatus.has_table(quoted) and eventstatus.table_language(quoted) != eventstatus.table_language(language):
            said, translated = eventstatus.stated(cite.quote, quoted), eventstatus.stated(cite.translation, language)
            if translated - said:
                quote_says = f"the quote says {' or '.join(sorted(said))}" if said else "the quote states no status"
                diagnostics.warning(cite.location, f"the translation says the event was "
                                    f"{' or '.join(sorted(translated - said))}; {quote_says}",
                                    "translate the quote as it stands; a claim is compared with its translation")


def numbers_in(text: str) -> set[str]:
    """Each number's digits, its marks left out (the quote's language writes them its own way)."""
    return {re.sub(r"\D", "", found) for found in _NUMBER.findall(latin_digits(text))}
