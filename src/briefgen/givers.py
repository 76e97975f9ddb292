"""Who gives to whom in an English quote: a figure whose `by` and `to` its
quotes say the other way round ("Kazakhstan pledged $1 billion to Japan"
for `by: [jp]`, `to: [kz]`) credits the wrong side (credited.check_credited).

Read only where English says it plainly: a giving verb in the active voice
("pledged", "will invest"), who gives it named before the verb in its
clause, and who receives it after "to", "for", "in" or "into" within a few
words. A passive ("was pledged by Japan"), a receiving verb ("received
from") or a noun ("Japan's pledge to") tells nothing here, and a quote
that names the giver before the verb as well tells nothing either ("Astana
said Japan pledged $1 billion to it")."""
from __future__ import annotations

import re
from collections.abc import Callable

_GIVING = re.compile(
    r"(?<![\w-])(?:(?:will|would|to|shall)\s+(?:also\s+)?)?"
    r"(?:pledge[sd]?|grant(?:s|ed)?|provide[sd]?|invest(?:s|ed)?|lend|lends|lent|give[sn]?|gave|allocate[sd]?"
    r"|commit(?:s|ted)?|offer(?:s|ed)?|donate[sd]?|extend(?:s|ed)?|earmark(?:s|ed)?|promise[sd]?|disburse[sd]?"
    r"|transfer(?:s|red)?)(?!\w)", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<!\w)(?:was|were|is|are|be|been|being|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
                      re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")
_RECIPIENT = re.compile(r"(?<!\w)(?:to|for|in|into)\s+(?:the\s+)?(?P<name>(?:\S+\s+){0,2}\S+)", re.IGNORECASE)
_RECIPIENT_WITHIN = 80  # characters after the verb
_GIVER_WITHIN = 60  # characters before it


def reversed_in(quote: str, names_giver: Callable[[str], bool], names_receiver: Callable[[str], bool]) -> bool | None:
    """True if `quote` says the receiver gives to the giver, False if it
    says the giver gives (to the receiver or to no one named), None if it
    says neither plainly. `names_giver(text)`: whether `text` names the
    giver (credited._named_in, with the giver's names)."""
    said = None
    for verb in _GIVING.finditer(quote):
        if _PASSIVE.search(quote, max(0, verb.start() - 30), verb.start()):
            continue
        start = max([m.end() for m in _CLAUSE_END.finditer(quote, 0, verb.start())], default=0)
        before = quote[max(start, verb.start() - _GIVER_WITHIN):verb.start()]
        end = next((m.start() for m in _CLAUSE_END.finditer(quote, verb.end())), len(quote))
        after = quote[verb.end():min(end, verb.end() + _RECIPIENT_WITHIN)]
        recipients = [m["name"] for m in _RECIPIENT.finditer(after)]
        if names_giver(before):
            return False
        if names_receiver(before) and any(names_giver(name) for name in recipients):
            said = True
    return said
