"""An editor's `translation` of a quote must say what the quote says: a
claim is compared with it (overreach.py), so a translation that adds a
number, or adds or drops a negation, would let a claim say what no source
does. Checked by what every language writes alike: digits (any script's,
with any group or decimal marks: "1.200" is "1,200" is "1 200"), the
numbers a quote spells out in its language ("Двадцать первый" is "21st"),
amounts by their value where both languages' scale words read them ("4,5
милиони" is "450万" and "4,500,000", not "45 million"), and negations, the
quote's read in its language and the translation's in its own (Italian "mai"
is never, French "mai" May; a Japanese quote's by its verbs' endings,
"署名しなかった" is "did not sign"; a French "ne" alone, "ne cesse de", as "does not stop" or "keeps",
"ne peut" as "cannot"); and by what an event's status reads in each language
(eventstatus.py): "a été annulé" translated "was held"; and by the side of an amount each bound leaves its
value, a negation of the verb turning it round: "will grant less than 1 billion" translating "não concederá menos
de 1 bilhão" (at least)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from . import cldrdates, eventstatus, quantities

from .cldrwords import latin_digits
from .diagnostics import Diagnostics
from .model import Cite
from .negations import negated, negation_readings, scant, turned_bounds
from .spelled import spelled_numbers
from .support import amounts_read

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
        quoted = languages.get(cite.source, language)
        added = added_numbers(cite.quote, quoted, cite.translation, language)
        if added:
            diagnostics.warning(cite.location, f"the translation states numbers its quote does not: {', '.join(added)}",
                                "translate the quote as it stands; a claim is compared with its translation")
        said, translated = negation_readings(cite.quote, quoted), negated(cite.translation, language)
        # "hardly" keeps "ne … guère", which French writes with a negation and English without
        if translated not in said and not (scant(cite.quote, quoted) and scant(cite.translation, language)):
            what = "drops the quote's negation" if True in said else "adds a negation the quote does not write"
            diagnostics.warning(cite.location, f"the translation {what}",
                                "translate the quote as it stands; a claim is compared with its translation")
            continue  # one mistake, one message: a negation dropped turns the status round too
        if turned := bounded_otherwise(cite.quote, quoted, cite.translation, language):
            diagnostics.warning(cite.location, f"the translation bounds the other way what its quote bounds: "
                                f"{', '.join(turned)}",
                                "translate the quote as it stands; a claim is compared with its translation")
            continue
        if eventstatus.has_table(quoted) and eventstatus.table_language(quoted) != eventstatus.table_language(language):
            said, translated = eventstatus.stated(cite.quote, quoted), eventstatus.stated(cite.translation, language)
            if translated - said:
                quote_says = f"the quote says {' or '.join(sorted(said))}" if said else "the quote states no status"
                diagnostics.warning(cite.location, f"the translation says the event was "
                                    f"{' or '.join(sorted(translated - said))}; {quote_says}",
                                    "translate the quote as it stands; a claim is compared with its translation")


# Which side of its amount a bound leaves the value: "no less than" and "more than" above, "at most" below.
_SIDES = {"at-least": "above", "more-than": "above", "over": "above", "up-to": "below", "less-than": "below"}


def bounded_otherwise(quote: str, quoted_in: str, translation: str, translated_in: str) -> list[str]:
    """The bounds of `translation` that leave an amount on the other side than `quote` does: "less than 1
    billion" translating "não concederá menos de 1 bilhão" (will not grant less than: at least). A negation
    that turns a bound round denies nothing (negations.turned_bounds), so the bound is where it is told."""
    said = {q.amount: _SIDES[q.qualifier] for q in _bounds(quote, quoted_in)}
    return [q.text for q in _bounds(translation, translated_in)
            if said.get(q.amount, _SIDES[q.qualifier]) != _SIDES[q.qualifier]]


def _bounds(text: str, language: str) -> list[quantities.Quantity]:
    """The amounts of `text` bounded on one side, as their negations leave them."""
    return [q for q in turned_bounds(text, amounts_read(text, language), language) if q.qualifier in _SIDES]


def numbers_in(text: str) -> set[str]:
    """Each number's digits, its marks left out (the quote's language writes them its own way)."""
    return {re.sub(r"\D", "", found) for found in _NUMBER.findall(latin_digits(text))}


def added_numbers(quote: str, quoted_in: str, translation: str, translated_in: str) -> list[str]:
    """The numbers `translation` (in `translated_in`) states that `quote` (in `quoted_in`) does not: an
    amount read with its scale by its value ("45 million" for "4,5 милиони"; "4,500,000" and "450万" are
    it), the rest by their digits. An amount whose scale either side may have left unread (its value is
    its digits) falls back to its digits, as a plain number is compared."""
    said = amounts_read(quote, quoted_in)
    values = {q.amount for q in said}
    # Its numbers spelled out are its numbers too: "The 21st summit" translates "Двадцать первый саммит".
    written = numbers_in(quote) | {str(value) for value in spelled_numbers(quote, quoted_in)} | _years_of(quote, quoted_in)
    # The quote's numbers where it writes no scale that was read: a scale word there may be one not read.
    plain = written - {digits for q in said if not _plain(q) for digits in numbers_in(q.text)}
    added, rest, position, covered = [], [], 0, 0
    for amount in amounts_read(translation, translated_in):
        # Looked for inside the last amount too: a range's lower end is said with the whole range ("300 to 400
        # jobs"), and its higher end within it, judged on its own.
        start = translation.find(amount.text, position)
        if start < 0:
            continue
        rest.append(translation[covered:start])
        position, covered = start + 1, max(covered, start + len(amount.text))
        digits = numbers_in(amount.text)
        if amount.amount in values or digits <= plain or (_plain(amount) and digits <= written):
            continue
        # Digits the quote does not write are told as they are; the quote's digits at another scale, by the amount.
        added += (digits - written) or [amount.text]
    rest.append(translation[covered:])
    added += numbers_in(" ".join(rest)) - written
    return sorted(set(added), key=lambda n: (len(n), n))


def _years_of(quote: str, language: str) -> set[str]:
    """The years of `quote`'s dates in the Common Era, which a translation writes for a year of another era:
    "2025" for Thai "15 มีนาคม 2568" (the Buddhist era) or Japanese "令和7年"."""
    return {str(day.year) for mention in cldrdates.mentions_in(quote, None, language) if mention.span is not None
            for day in (mention.span.start, mention.span.end)}


def _plain(amount: quantities.Quantity) -> bool:
    """Whether `amount` was read without a scale: its value is the number it writes ("1.200", "12")."""
    return {str(amount.amount).replace(".", "")} == numbers_in(amount.text)
