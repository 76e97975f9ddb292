"""Whether a quote was cut from a sentence that says otherwise.

A quote proves its own words are in the source, not that the source asserts
them: "It is not true that the summit took place", quoted from "the summit
took place", reads as the opposite of what the source says. So each cited
passage is read again inside its sentence, and a warning names a quote the
rest of the sentence denies, doubts or hedges:

- a negation just before it ("did not [pledge $1 billion]"), in any language
  briefgen knows negations in; in Japanese, the negative ending of its verb
  just after it ("[日本政府は協定に署名]しなかった");
- for a passage cited for an event's status, a status it states that its
  sentence does not ("denied that [the summit took place]"), read with the
  status tables of the source's language;
- a hedge in the rest of the sentence ("reportedly [pledged]"), in the
  source's language ("якобы", "据报道");
- the bound of an amount left outside the passage ("up to [$2 billion]",
  "[$2 billion] or more"), which then reads as exact;
- a word of intent just before a passage that writes none ("are set to
  [sign the agreement]", "may [cost $2 billion]"), which then reads as a deed;
- in English, a frame that denies or doubts what follows ("it is not true
  that", "no evidence that", "unclear whether", a correction's "an earlier
  version of this story said") or what went before ("…, a claim the
  ministry denied", "… proved false").
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping

from . import cldr, eventstatus, negations, quantities, verbforms
from .diagnostics import Diagnostics
from .hedges import hedges_in
from .intents import INTENT_FILLERS, intended, intents_of, plans_any, wants_before
from .model import Anchor, Cite, Source
from .wordtokens import tokens_in

# How far the sentence around a quote is looked for: enough for any sentence of news.
_REACH = 400
_ENDS_IF_SPACED = ".!?;"  # in a script written with spaces, a sentence ends at one of these before a space
_ENDS_ANYWHERE = "。！？；\n"
_ENDS = _ENDS_IF_SPACED + _ENDS_ANYWHERE
_SENTENCE_END = re.compile(rf"[{re.escape(_ENDS_IF_SPACED)}](?=\s|$)|[{_ENDS_ANYWHERE}]")
_SENTENCE_MARKS = ".!?;。！？； \t\r\n\"'”’»)"

_FRAME_BEFORE = re.compile(
    r"(?:(?:is|was|it's)\s+(?:not|n't|never)\s+(?:true|the\s+case|correct|accurate)|untrue|false|incorrect"
    r"|den(?:y|ies|ied|ying)|rejected|dismissed|refuted|disputed|(?:no|little|scant)\s+evidence"
    r"|rumou?rs?|rumou?red|speculation|doubts?|doubted|unclear|uncertain|unknown|not\s+known|whether"
    # a correction's account of what it corrects: "An earlier version of this story said [it was worth $2 billion]"
    r"|(?:earlier|previous|original)\s+version(?:\s+of\s+(?:this|the)\s+(?:story|article|report))?"
    r"\s+(?:incorrectly\s+|wrongly\s+|erroneously\s+|mistakenly\s+)?(?:said|stated|reported|gave|misstated))"
    r"\s+(?:[^\s.!?;,]+\s+){0,3}?(?:that|whether|if)?\s*$", re.IGNORECASE)
# The same frames in other languages: Polish "zaprzeczył jednak, że", "nie jest prawdą, że", "nie wiadomo,
# czy"; Indonesian "membantah bahwa", "menepis kabar bahwa", "tidak benar bahwa", "belum dipastikan apakah".
_FRAMES_BEFORE = {"en": _FRAME_BEFORE} | {language: re.compile(
    rf"(?<!\w)(?:{frame})[,:]?\s+(?:[^\s.!?;]+\s+){{0,3}}?(?:{conjunction})?\s*$", re.IGNORECASE)
    for language, frame, conjunction in (
        ("pl", r"zaprzecz\w*|zdementowa\w*|dementuj\w*|odrzuci\w*|nieprawd\w*|nie\s+jest\s+prawdą"
               r"|(?:nie\s+ma\s+)?dowodów|pogłosk\w*|plotk\w*|spekulacj\w*|wątpliw\w*|niejasne|nie\s+wiadomo",
         r"że|czy|jakoby|iż"),
        ("id", r"membantah|dibantah|menepis|ditepis|menyangkal|disangkal|tidak\s+benar|kabar\s+burung|spekulasi"
               r"|meragukan|diragukan|(?:belum|tidak)\s+(?:dapat\s+|bisa\s+)?(?:dipastikan|jelas)",
         r"bahwa|apakah|jika"),
    )}
_FRAME_AFTER = re.compile(
    r"^[^.!?;]*?(?:,\s*(?:a\s+claim|an\s+account|a\s+report|reports?|claims?|which)\b[^.!?;]{0,40}?"
    r"\b(?:denied|disputed|rejected|refuted|dismissed)\b"
    r"|\b(?:proved|proven|turned\s+out\s+to\s+be|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+)?(?:shown\s+to\s+be)?)"
    r"\s*(?:false|untrue|unfounded|baseless|wrong|denied)\b)", re.IGNORECASE)


def check(cites: Iterable[Cite], anchors: Mapping[str, Anchor], sources: Mapping[str, Source],
          languages: Mapping[str, str], status_keys: Container[str], diagnostics: Diagnostics) -> None:
    """A warning at the first citation of each passage its sentence denies or
    doubts. `status_keys`: the passages cited for an event's status (reading
    statuses is slow: only theirs are read)."""
    seen: set[str] = set()
    for cite in cites:
        anchor = anchors.get(cite.key)
        if anchor is None or cite.key in seen:
            continue
        seen.add(cite.key)
        text = sources[anchor.source].text
        lead, tail = _around(text, anchor.start, anchor.end)
        if not lead.strip() and not tail.strip(_SENTENCE_MARKS):
            continue  # the whole sentence is quoted
        why = _denied_or_doubted(lead, text[anchor.start:anchor.end], tail, languages.get(anchor.source, "en"),
                                 cite.key in status_keys)
        if why:
            sentence = " ".join((lead + text[anchor.start:anchor.end] + tail).split())
            told = "only planned or possible" if why.startswith(_PLANNED) else "denied, doubted or only reported"
            diagnostics.warning(cite.location, f"the source's sentence {why}: \"{sentence}\"",
                                "quote the whole sentence, and let the claim say what the source says "
                                f"(that it is {told})")


def statuses_in_sentence(anchor: Anchor, sources: Mapping[str, Source], language: str) -> set[str]:
    """The event statuses a cited passage states that its whole sentence states too: "[the summit had been
    cancelled]" of "He denied reports that the summit had been cancelled" states none."""
    text = sources[anchor.source].text
    passage = text[anchor.start:anchor.end]
    said = eventstatus.stated(passage, language)
    if not said:
        return said
    lead, tail = _around(text, anchor.start, anchor.end)
    return said & eventstatus.stated(lead + passage + tail, language)


def sentence_of(anchor: Anchor, sources: Mapping[str, Source]) -> str:
    """The whole sentence (or sentences) a cited passage stands in, as its source writes it."""
    text = sources[anchor.source].text
    lead, tail = _around(text, anchor.start, anchor.end)
    return lead + text[anchor.start:anchor.end] + tail


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The rest of the sentence before and after the passage text[start:end]."""
    lead = text[_sentence_start(text, start):start]
    if text[end - 1:end] in _ENDS:
        return lead, ""  # the passage ends its sentence
    after = text[end:end + _REACH]
    stop = _SENTENCE_END.search(after)
    return lead, after[:stop.end() if stop else len(after)]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts (looked for within _REACH)."""
    low = max(0, at - _REACH)
    if at > low and text[at - 1] in _ENDS_IF_SPACED and text[at:at + 1].isspace():
        return at  # a mark just before the passage, whose next character the search below (to `at`) cannot see
    last = _LAST_SENTENCE_END.match(text, low, at)
    return last.end() if last else low


# The last end of a sentence before where it is matched to: the greedy run backs off from there, in one
# regular expression (a search back for each of the ten marks, and again past "1.5", took 0.1 s at 20,000 quotes).
_LAST_SENTENCE_END = re.compile(rf"(?s:.*)(?:[{re.escape(_ENDS_IF_SPACED)}](?=\s)|[{re.escape(_ENDS_ANYWHERE)}])")


def _negated_after(passage: str, tail: str, language: str) -> bool:
    """Whether a Japanese passage is cut inside a verb whose negative ending follows it ("…署名" of "…署名しなかった")."""
    if cldr.primary(language) != "ja" or not tail:
        return False
    return any(start < len(passage) < end for start, end, *_ in verbforms.ja_denied(passage + tail))


def _denied_or_doubted(lead: str, passage: str, tail: str, language: str, status: bool) -> str:
    """Why the sentence does not assert the passage, in words; "" when it does."""
    if status:  # the more telling reason first: "denied that [it took place]" is said not to say it was held
        lost = eventstatus.stated(passage, language) - eventstatus.stated(lead + passage + tail, language)
        if lost:
            return f"does not say the event was {' or '.join(sorted(lost))}"
    if lead.strip() and negations.denies(lead + passage, len(lead), language):
        return "negates this quote just before it"
    if _negated_after(passage, tail, language):
        return "negates this quote just after it"
    hedges = hedges_in(lead + " " + tail, language)
    if hedges and not hedges_in(passage, language):
        return f"hedges this quote ({', '.join(dict.fromkeys(hedges))})"
    planned = _plan_cut_off(lead, passage, language)
    if planned:
        return f"{_PLANNED} ({planned})"
    bound = _bound_cut_off(passage, lead + passage + tail, language)
    if bound:
        return f"bounds this quote's amount ({bound})"
    code = eventstatus.table_language(language)
    if (code in _FRAMES_BEFORE and _FRAMES_BEFORE[code].search(lead)) or (code == "en" and _FRAME_AFTER.search(tail)):
        return "denies or doubts this quote"
    return ""


_PLANNED = "makes this quote only planned or possible"


def _plan_cut_off(lead: str, passage: str, language: str) -> str:
    """The word of intent just before a passage that writes none ("are set to [sign the agreement]", "will
    [host the summit]", "may [cost $2 billion]"), with what stands between; "" if none. Cut from it, the
    passage reads as a deed: "sign" proves "signed" to a reader of the claim's citation alone."""
    near = lead[-_INTENT_REACH:]  # the words just before the passage: most quotes have none of intent there
    tokens = tokens_in(near)
    intents = intents_of(language)
    index = len(tokens) - 1
    while index >= 0 and tokens[index].lower in INTENT_FILLERS:
        index -= 1
    if index < 0 or not intended(tokens, index, intents):
        return ""
    between = {token.lower for token in tokens[index + 1:]}
    # "planned to [sign]" plans, "the planned [summit]" does not; nor, in English, a noun of intent ("Japan's
    # plans [for the port]", "the pledge [of $1 billion]"): there only a modal plans the verb after it.
    wants = wants_before(tokens[index].lower)  # any of them: "de" or its elided "d'" before a French infinitive
    if (wants and wants.isdisjoint(between)) or (
            intents is intents_of("en") and tokens[index].lower not in _EN_MODALS and "to" not in between):
        return ""
    if plans_any(tokens_in(passage), intents):
        return ""
    return " ".join(near[tokens[index].start:].split())


_EN_MODALS = frozenset({"will", "would", "shall", "could", "might", "may"})
# How far before a passage its word of intent is looked for: the word and the fillers after it ("will also
# be", "is set to", "is expected to have").
_INTENT_REACH = 60


def _bound_cut_off(passage: str, sentence: str, language: str) -> str:
    """The amount, as its sentence writes it with its bound, that `passage` gives without that bound ("[$2
    billion with Hanwha]" of "a deal worth up to $2 billion with Hanwha", "[$2 billion] or more"): the passage
    reads as an exact amount where the source gave a limit; "" if none."""
    if not any(c.isdigit() for c in passage):
        return ""
    whole = quantities.find_quantities(sentence, None, language)
    for part in quantities.find_quantities(passage, None, language):
        for bounded in whole:
            if (bounded.qualifier and bounded.qualifier != part.qualifier and part.text in bounded.text
                    and (bounded.amount, bounded.currency, bounded.unit) == (part.amount, part.currency, part.unit)):
                return bounded.text
    return ""
