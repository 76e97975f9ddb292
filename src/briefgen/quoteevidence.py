"""What a claim's quotes state, in comparable form (Evidence): their words'
stems, numbers, ordinals, amounts and dates, and what they write only denied,
planned, hedged, doubted or as a date an event moved from. claimreader.py
compares a claim with it; overreach.py says what the check reports and why."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from . import cldrdates, cldrtext, dates, quantities, relative, superseded, verbforms
from .infinitives import infinitives
from .doubts import doubt_scopes
from .falls import fall_before
from .hedges import hedges_in
from .intents import cjk_planned_spans, considered, fills, intended, intents_of, wants_before
from .magnitudes import magnitude_word
from .model import Cite
from .names import capitalised_runs, is_initialism, listed_counts, run_initials
from .negations import (DENIED_VERB_READ, ELIDED_ONTO_AUXILIARY, NEGATED_ADJECTIVES, NEGATION_SCOPE,
                        bounds_as_turned, corrected_amount, denies_here, denying_verb, elided_onto, is_negation,
                        ja_denied_verbs, negation_after, negations_of, was_to_have)
from .spelled import BOTH, CARDINALS, numbers_spelled, ordinal_of, written_ordinals
from .textmatch import wording
from .wordtokens import Token, code_of, in_english, language_rules, number_of, tokens_in

# Languages that capitalise every noun: there a capital letter does not mark a name.
NOUNS_CAPITALISED = {"de", "lb"}


@dataclass(frozen=True)
class Evidence:
    """What a claim's quotes state, in comparable form."""
    stems: frozenset[str]
    name_stems: frozenset[str]  # of the words the quotes capitalise: only a name may extend or shorten one
    numbers: frozenset[Decimal]
    ordinals: frozenset[int]
    amounts: tuple[quantities.Quantity, ...]
    dates: tuple[dates.DateSpan, ...]
    negated: bool = False  # a quote writes a negation
    # The stems a quote writes only right after a negation ("did not receive"): a claim writing one without
    # any negation turns its quote round.
    denied: frozenset[str] = frozenset()
    # Likewise right after a word of intent ("plan to sign"): a claim writing one with none tells a plan as done.
    planned: frozenset[str] = frozenset()
    # The words a quote hedges what it says with ("reportedly"); of all the quotes, those every one writes a hedge.
    hedges: frozenset[str] = frozenset()
    # The verbs a quote writes in a future form ("invertirá", "вложит"), by key (verbforms.py), and those it
    # writes in a past one; of all the quotes, the first less the second.
    foretold: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()
    # The initials of the runs of capitalised words a quote writes ("EU" for "European Union"), and the
    # initialisms it writes ("EU"): a claim may write either for the other.
    initials: frozenset[str] = frozenset()
    initialisms: frozenset[str] = frozenset()
    # Dates a quote gives only as the one an event moved from ("originally scheduled for 12 May", superseded.py),
    # and those it gives as they stand; of all the quotes, the first that none gives as the second.
    former: tuple[dates.DateSpan, ...] = ()
    current: tuple[dates.DateSpan, ...] = ()
    # Each quote's (and translation's) own stems, amounts and dates, in their order: one may give another value in
    # place of the claim's, where another quote gives the claim's.
    # (None for the stems of a quote in another language that has no translation: its words are not compared.)
    each: tuple[tuple[frozenset[str] | None, tuple[quantities.Quantity, ...], tuple[dates.DateSpan, ...]], ...] = ()
    # The counts a quote spells out in a language whose amounts are read only with a scale word ("sette
    # ministri", "五年"), and in English those of the names it lists ("Kazakhstan, Kyrgyzstan and Uzbekistan":
    # 3): a claim's count ("7 ministri", "three countries") is supported by one.
    spelled: frozenset[Decimal] = frozenset()
    # The numbers of the fiscal years a quote names ("fiscal 2025", "2025年度"), which state no calendar year: only
    # a claim's fiscal year of the same number is stated by one.
    fiscal_years: frozenset[Decimal] = frozenset()
    # The verbs a quote plans by a noun that names its object ("die Modernisierung der Brücken"), by key with the
    # object's stem: a claim tells such a plan as done only where it names the object too.
    foretold_of: frozenset[tuple[str, str]] = frozenset()
    # What a quote doubts ("could cost", "did not say whether it would be binding"; hedges.doubts_in): each doubt's
    # words with the stems it doubts that the quote writes nowhere else; of all the quotes, less those another
    # writes plainly.
    doubts: tuple[tuple[str, frozenset[str]], ...] = ()
    # The stems of the deeds an English quote names by a noun after a verb of consideration ("is considering a ban":
    # "ban"), that it writes nowhere else; of all the quotes, those none writes otherwise.
    considered: frozenset[str] = frozenset()
    # The amounts a quote denies where a later clause gives another in their place ("will not invest 3 million
    # euros, but 5 million": corrected_amount), which no other quote states: they state only a claim's denial.
    denied_amounts: tuple[quantities.Quantity, ...] = ()
    # The English words of a magnitude or a multiple a quote writes ("billions", "doubled"; magnitudes.py).
    magnitudes: frozenset[str] = frozenset()
    # The infinitives a Spanish, Portuguese or French quote's words may be forms of (infinitives.py: "financiar"
    # for "financiará"), and of those the ones it writes only right after a word of intent ("planea financiar") or
    # a negation ("no financiará"); of all the quotes, those less the ones another writes otherwise: a claim's
    # "financió" is their verb's.
    infinitives: frozenset[str] = frozenset()
    planned_infinitives: frozenset[str] = frozenset()
    denied_infinitives: frozenset[str] = frozenset()


def evidence_of(cites: Iterable[Cite], published: Mapping[str, dates.PartialDate | None], language: str,
              written_in: Mapping[str, str | None] | None = None) -> Evidence:
    """What the quotes state, and the editor's translations of them (a claim
    in the brief's language is compared with those). `written_in`: each
    source's language, where its quotes' hedges are read (a translation's
    in the brief's; a source without one is in the brief's too)."""
    written_in = written_in or {}
    parts: list[Evidence] = []
    # A quote in another language with no translation shares no words with the claim, yet may give another value
    # in its place ("1 млрд долларов" beside "$2 billion"): it bears on the claim whatever it says.
    unread: list[bool] = []
    for cite in cites:
        written = written_in.get(cite.source) or language
        foreign = code_of(written) != code_of(language) and not cite.translation
        for text, hedged_in, unread_here in ((cite.quote, written, foreign), (cite.translation, language, False)):
            if text:
                parts.append(_quote_evidence(text, published.get(cite.source), language, hedged_in))
                unread.append(unread_here)
    stems = frozenset().union(*(p.stems for p in parts))
    return Evidence(stems,
                     frozenset().union(*(p.name_stems for p in parts)),
                     frozenset().union(*(p.numbers for p in parts)),
                     frozenset().union(*(p.ordinals for p in parts)),
                     tuple(q for p in parts for q in p.amounts),
                     tuple(d for p in parts for d in p.dates),
                     any(p.negated for p in parts),
                     # Denied (or planned) in one quote and stated in another (or by the translation) is stated.
                     _only(parts, "denied"), _only(parts, "planned"),
                     # Hedged only when every quote (and translation) hedges: one that does not confirms it.
                     frozenset().union(*(p.hedges for p in parts)) if parts and all(p.hedges for p in parts)
                     else frozenset(),
                     _foretold_only(parts, language),
                     initials=frozenset().union(*(p.initials for p in parts)),
                     initialisms=frozenset().union(*(p.initialisms for p in parts)),
                     former=tuple(span for p in parts for span in p.former
                                  if not any(dates.supports(span, q.current) for q in parts)),
                     current=tuple(span for p in parts for span in p.current),
                     each=tuple((None if foreign else p.stems, p.amounts, p.dates) for p, foreign in zip(parts, unread)),
                     spelled=frozenset().union(*(p.spelled for p in parts)),
                     fiscal_years=frozenset().union(*(p.fiscal_years for p in parts)),
                     foretold_of=frozenset(pair for p in parts for pair in p.foretold_of
                                           if not _told_any(pair[0], parts, language)),
                     doubts=_doubted_only(parts), considered=_only(parts, "considered"),
                     denied_amounts=tuple(q for p in parts for q in p.denied_amounts
                                          if not any(q in o.amounts and q not in o.denied_amounts for o in parts)),
                     magnitudes=frozenset().union(*(p.magnitudes for p in parts)),
                     infinitives=frozenset().union(*(p.infinitives for p in parts)),
                     planned_infinitives=_only(parts, "planned_infinitives", "infinitives"),
                     denied_infinitives=_only(parts, "denied_infinitives", "infinitives"))


def _doubted_only(parts: list[Evidence]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each quote's doubts, less the stems another quote (or a translation) writes plainly: "could cost" in one and
    "will cost" in another is stated."""
    if not any(p.doubts for p in parts):
        return ()
    plain = frozenset().union(*(p.stems.difference(*(stems for _, stems in p.doubts)) for p in parts))
    return tuple((words, stems - plain) for p in parts for words, stems in p.doubts if stems - plain)


def _foretold_only(parts: list[Evidence], language: str) -> frozenset[str]:
    """The verbs a quote writes in a future form that none writes in a past one ("przekaże" and "przekazał": one
    verb, verbforms.same_verb)."""
    return frozenset(key for p in parts for key in p.foretold if not _told_any(key, parts, language))


def _told_any(key: str, parts: list[Evidence], language: str) -> bool:
    """Whether a quote writes the verb of `key` in a past form."""
    return any(key == other or verbforms.same_verb(key, other, language) for p in parts for other in p.told)


def _only(parts: list[Evidence], which: str, of: str = "stems") -> frozenset[str]:
    """The stems some quote writes only so (`which`: "denied", "planned" or "considered") and none writes
    otherwise; or the infinitives (`of`: "infinitives", `which`: "denied_infinitives"…)."""
    return frozenset().union(*(getattr(p, which) for p in parts)) - frozenset().union(
        *(getattr(p, of) - getattr(p, which) for p in parts))


def _infinitives_only(verbs: Mapping[int, frozenset[str]], at: Iterable[int]) -> frozenset[str]:
    """The infinitives of the words `at` these indices (of a quote's, `verbs`: infinitives by index) that no other
    word of the quote may be a form of."""
    at = frozenset(at)
    return frozenset().union(*(v for i, v in verbs.items() if i in at)).difference(
        *(v for i, v in verbs.items() if i not in at))


@lru_cache(maxsize=4096)  # a passage is often cited by several claims
def _quote_evidence(quote: str, published: dates.PartialDate | None, language: str,
                    written_in: str | None = None) -> Evidence:
    """What `quote` states, its words read in the brief's `language` and its
    hedges in the one it is `written_in` (its source's)."""
    stem = language_rules(language).stem
    quote = wording(quote)
    mentions = cldrdates.mentions_in(quote, published, written_in or language)  # read once: dates, and not amounts
    stems, name_stems, numbers, ordinals, fiscal_years = set(), set(), set(), set(), set()
    negations, intents, stop = negations_of(language), intents_of(language), language_rules(language).stop
    negated = False
    denied: set[str] = set()
    denied_starts: set[int] = set()  # where the amounts a negation denies in place of its verb start
    planned: set[str] = set()
    affirmed: set[str] = set()
    # the indices of the words planned and denied, whose infinitives are so (infinitives.py)
    planned_at: set[int] = set()
    denied_at: set[int] = set()
    scope = 0  # tokens after a negation still to look at for the word it denies
    intent = False  # whether the word after a word of intent is still to come ("plan to sign")
    # After a participle of intent, which plans only before "to" ("expected to sign", not "the planned forum"), the
    # words that make the next an infinitive it plans (wants_before).
    wants_to: frozenset[str] = frozenset()
    # Chinese and Japanese: the characters of a verb a word of intent plans ("将投资", "投資する方針"), which
    # its tokens (a character each) do not show.
    cjk_planned = {i for start, end in cjk_planned_spans(quote, language) for i in range(start, end)}
    tokens = tokens_in(quote)
    written = written_ordinals(tokens, quote, mentions, (language, written_in or language))
    spelled_at = [numbers_spelled(tokens, quote, code) for code in {code_of(language), code_of(written_in or language)}]
    in_spelled = {index for found in spelled_at for index in found}
    # A quote in the brief's language is read by its rules too ("1 200 millions d’euros"), beside English ones;
    # Chinese in both its scripts, since a claim in one may cite a source in the other ("新台币", "新台幣");
    # and one in another language by its own ("4,5 millones de euros" is what "4.5 million euros" claims), where
    # its bounds are read: elsewhere "повеќе од 4,5 милиони" would look exact, and its translation tells the bound.
    amounts = quantities.find_quantities(quote, mentions, written_in or language) + other_amounts(quote, language) + (
        other_amounts(quote, _other_script(language)) if code_of(language) == "zh" else []) + (
        other_amounts(quote, written_in) if written_in and code_of(written_in) != code_of(language)
        and cldrtext.reads_bounds(written_in) else [])
    amounts = bounds_as_turned(quote, tokens, amounts, negations)
    # "Exports fell 5%" tells the fall a claim may write with a minus sign ("growth was −5%"), beside its 5%.
    amounts += [replace(q, amount=-q.amount) for q in amounts if q.amount > 0 and (at := quote.find(q.text)) >= 0
                and fall_before(quote, at, written_in or language)]
    amount_starts = frozenset(start for q in amounts if (start := _number_start(quote, q)) is not None)
    english = in_english(language)
    verb = verb_stem(language)
    words = verb_words(tokens, language)
    auxiliaries = verbforms.auxiliaries(language)
    for index, token in enumerate(tokens):
        if wants_to:
            # "planned to sign", and "planned on signing" (fills)
            wants_to, intent = frozenset(), token.lower in wants_to or (token.lower == "on" and fills(tokens, index))
        if denies_here(tokens, index, negations) or (english and (denying_verb(tokens, index)  # "failed to secure"
                                                                   or was_to_have(tokens, index))):
            # what a negation after it denies is before it (verbforms.denied), not after
            negated, scope, intent = True, 0 if negation_after(token.lower, negations) else NEGATION_SCOPE, False
            onto = elided_onto(token.lower, negations)
            if (corrected := corrected_amount(tokens, index, quote, language, amount_starts)) is not None:
                denied_starts.add(corrected)  # "not invest 3 million, but 5 million": the 3 million is denied
                scope = 0
            elif onto is not None and onto not in stop and onto not in ELIDED_ONTO_AUXILIARY:
                denied.add(stem(onto))  # "n'investira": the verb it is elided onto
                denied_at.add(index)
                scope = 0
        elif english and token.lower in NEGATED_ADJECTIVES:  # "unlikely": a claim's "likely" drops its negation
            negated, scope, intent = True, 0, False
            denied.add(stem(NEGATED_ADJECTIVES[token.lower]))
        elif intended(tokens, index, intents):
            wants_to = wants_before(token.lower)
            # a German modal after its verb ends its clause: what follows is the next clause's ("Der Gipfel, der
            # im Juni stattfinden sollte, fand im Juli statt")
            # a word of intent that another plans is planned itself: "is expected to pledge" pledges nothing yet
            (planned if intent else affirmed).add(verb(token.lower) if intent else stem(token.lower))
            intent = not wants_to and not verbforms.ends_clause(words, index, language)
        elif scope:
            scope -= 1
            if number_of(token.text) is not None or token.lower in CARDINALS:
                scope = 0  # "not $2 billion": an amount, judged as amounts are
            elif token.lower in auxiliaries:
                scope += 1  # "não vai assinar", "non sarà firmato": the verb after a future's auxiliary is denied
            elif token.lower not in stop and token.text[0].isalpha():
                denied.add(verb(token.lower))
                denied_at.add(index)
                scope = 0
        elif intent and fills(tokens, index):
            continue
        elif intent:
            intent = False  # only the verb right after it: "will have a similar interest" plans no "similar"
            (planned if token.lower not in stop and token.text[0].isalpha() else affirmed).add(verb(token.lower))
            planned_at.add(index)
        elif token.start in cjk_planned:
            planned.add(stem(token.lower))
        else:
            affirmed |= {stem(token.lower), verb(token.lower)}
        value, ordinal = number_of(token.text), ordinal_of(token.text)
        if index in written:  # "5.", "5-й", "XV"; a number too where "5." may end its sentence ("stieg auf 5.")
            ordinal, sure, _ = written[index]
            value = None if sure else value
        if value is not None and not decade(quote, token, written_in or language):  # its years are its date's
            fiscal = _fiscal_year(quote, token, written_in or language)
            (fiscal_years if fiscal else numbers).add(value)
            if not fiscal and _split_year(quote, token):
                fiscal_years.add(value)  # "the 2025-26 budget": a fiscal year, written as one is
        elif (named := dates.fiscal_year_named(token.text)) is not None:  # "FY2025": "fiscal 2025"
            fiscal_years.add(Decimal(named))
        if value is None and index in in_spelled:
            pass  # a word of a number spelled out, read whole below: "twenty-first" is no first, nor twenty
        elif ordinal is not None:
            ordinals.add(ordinal)
        elif value is None and token.lower in CARDINALS:
            numbers.add(Decimal(CARDINALS[token.lower]))
        stems.add(stem(token.lower))
        if token.text[0].isupper():
            name_stems.add(stem(token.lower))
    spelled = set()
    for found in spelled_at:  # numbers spelled out ("sette", "第三届")
        for ordinal, value, _ in found.values():
            if value is not None:
                (ordinals if ordinal else spelled).add(value)
    if not BOTH.isdisjoint(t.lower for t in tokens):
        spelled.add(2)
    if english:
        spelled.update(listed_counts(quote, stop))  # "Kazakhstan, Kyrgyzstan and Uzbekistan": "three states"
    numbers |= {Decimal(value) for value in spelled}
    numbers |= {q.amount for q in amounts}
    # A verb in a future form plans as a word of intent does; not one a negation denies ("не вложит").
    lowered = [t.lower for t in tokens]
    noun_plans = verbforms.planned_nouns(lowered, words, language)
    planned_verbs = {i: key for i, key in (verbforms.foretold(words, language, negations) | noun_plans).items()
                     if not (i and is_negation(words[i - 1], negations))}
    # A German noun's plan of a named object ("die Modernisierung der Brücken") is that object's: kept with its stem.
    objects = {i: of for i in noun_plans if (of := verbforms.genitive_object(lowered, words, i, language)) is not None}
    foretold = {key for i, key in planned_verbs.items() if i not in objects}
    foretold_of = {(key, stem(lowered[objects[i]])) for i, key in planned_verbs.items() if i in objects}
    if negated and code_of(language) in DENIED_VERB_READ:  # "yatırmadığını", "짓지 않기로", "لم يوقع": the verb denied
        denied |= set(verbforms.denied(words, language).values())
    # Japanese: "署名しなかった", the verb's kanji, kept apart from the characters the quote affirms (a key of one
    # kanji, "結" of "結ばなかった", is one of them)
    denied_verbs = ja_denied_verbs(quote) if code_of(language) == "ja" else frozenset()
    read = superseded.read(quote, [(m.start, m.end, m.span) for m in mentions], written_in or language) \
        if superseded.may_mark(quote, written_in or language) else [(m.start, m.end, m.span, None) for m in mentions]
    denied_amounts = tuple(q for q in amounts if _number_start(quote, q) in denied_starts)
    # each word's infinitives (a Spanish, Portuguese or French verb's), by index
    verbs = {i: found for i, t in enumerate(tokens)
             if t.lower not in stop and (found := infinitives(t.lower, language))}
    return Evidence(frozenset(stems), frozenset(name_stems), frozenset(numbers), frozenset(ordinals),
                     tuple(map(quantities.in_percentage_points, amounts)),
                     tuple(span for _, _, span, _ in read if span is not None)
                     + _relative_years(quote, published, written_in or language),
                     negated or (code_of(written_in or language) == "ja" and verbforms.ja_negates(quote)),
                     frozenset(denied - affirmed) | denied_verbs,
                     frozenset(planned - affirmed), frozenset(hedges_in(quote, written_in or language)),
                     frozenset(foretold), frozenset(verbforms.told(words, language).values())
                     | frozenset(verbforms.told_nouns(lowered, words, language, negations).values()),
                     frozenset(short for run in capitalised_runs(tokens, quote) for short, _ in run_initials(run)),
                     frozenset(t.text for t in tokens if is_initialism(t.text)),
                     tuple(span for _, _, span, former in read if span is not None and former),
                     tuple(span for _, _, span, former in read if span is not None and not former),
                     spelled=frozenset(Decimal(value) for value in spelled), fiscal_years=frozenset(fiscal_years),
                     foretold_of=frozenset(foretold_of),
                     doubts=doubt_scopes(quote, tokens, written_in or language, stem, stop),
                     denied_amounts=tuple(map(quantities.in_percentage_points, denied_amounts)),
                     considered=considered(quote, tokens, stem, stop) if english else frozenset(),
                     magnitudes=frozenset(t.lower for t in tokens if magnitude_word(t.lower)) if english
                     else frozenset(),
                     infinitives=frozenset().union(*verbs.values()),
                     planned_infinitives=_infinitives_only(verbs, planned_at),
                     denied_infinitives=_infinitives_only(verbs, denied_at))


# Korean's words for last, this and next year, with the particle it writes after them ("작년에", "올해부터"), which
# relative.py reads only standing alone, and those CLDR does not give ("지난해", "금년").
_KO_YEARS = {"작년": -1, "지난해": -1, "올해": 0, "금년": 0, "내년": 1}
_KO_YEAR = re.compile(rf"(?<!\w)(?:{'|'.join(_KO_YEARS)})")


_YEAR_NUMBER = re.compile(r"\d{4}")


def _fiscal_year(text: str, token: Token, language: str) -> bool:
    """Whether `token` is the number of a fiscal year ("fiscal 2025", "FY 2025", "the 2025 fiscal year",
    Japanese "2025年度"), which dates.py and cldrdates.py read as no date: one may run from April to March."""
    year = _YEAR_NUMBER.fullmatch(text, token.start, token.end)
    if year is None:
        return False
    return dates.fiscal_year(text, token.start, token.end, language)


def years_stating(text: str, token: Token, language: str, evidence: Evidence) -> frozenset[Decimal]:
    """The quotes' numbers that state a claim's number `token`: their fiscal years' where it is a fiscal year's
    ("fiscal 2025"); either where it is a year of a split year ("the 2025-26 budget" by "financial year
    2025-26" or "the budget for 2025"); else their numbers ("in 2025", never stated by "fiscal 2025")."""
    if _fiscal_year(text, token, language):
        return evidence.fiscal_years
    if _split_year(text, token):
        return evidence.numbers | evidence.fiscal_years
    return evidence.numbers


def _split_year(text: str, token: Token) -> bool:
    """Whether `token` is a year of a split year ("2025-26", "2025/26", "2025–2026"), which is how a fiscal year
    is written, and how a calendar year's season or budget is."""
    return (_YEAR_NUMBER.fullmatch(text, token.start, token.end) is not None
            and dates.split_year(text, token.start, token.end))


def decade(text: str, token: Token, language: str) -> bool:
    """Whether `token` is the first year of a decade ("2020-х", "the 2020's", "les années 2020"), which states
    the decade's ten years (a date), not the year 2020."""
    year = _YEAR_NUMBER.match(text, token.start)
    return year is not None and dates.decade_end(text, token.start, year.end(), language) is not None


def _relative_years(quote: str, published: dates.PartialDate | None, language: str) -> tuple[dates.DateSpan, ...]:
    """The years and months `quote` gives relative to its source's publication,
    which a claim may write out: the years in another language than English
    (which dates.py reads: "last year"), "去年", "今年", "昨年", "작년에", "el año
    pasado" ("2024年"); the months in every language, "earlier this month",
    "last month", "el mes pasado" ("in June 2024"), as the record's date reads them."""
    if published is None:
        return ()
    spans = [relative.span_of(m) for m in relative.find_relative(quote, published, language) if m.window]
    # A month, or days within one ("earlier this month": 1 to 18 November), as a record's date reads them.
    months = {(span.start.year, span.start.month) for span in spans
              if span.start.month is not None and (span.start.year, span.start.month) == (span.end.year, span.end.month)}
    years = set() if in_english(language) else \
        {span.start.year for span in spans if span.start == span.end and span.start.month is None}
    if code_of(language) == "ko":
        years |= {published.year + _KO_YEARS[m.group()] for m in _KO_YEAR.finditer(quote)}
    return (tuple(dates.DateSpan(dates.PartialDate(year), dates.PartialDate(year)) for year in sorted(years))
            + tuple(dates.DateSpan(dates.PartialDate(*month), dates.PartialDate(*month)) for month in sorted(months)))


@lru_cache(maxsize=None)
def verb_stem(language: str) -> Callable[[str], str]:
    """How a word a negation denies or a word of intent plans is stemmed, and a claim's word compared with it: an
    English irregular past as its base ("told" as "tell", "held" as "hold"; verbforms.english_base), so "told"
    drops the negation of "did not tell" and "held" tells "will hold" as done. Only there: "met" supporting the
    name "Meeting" would hide a name no quote gives."""
    stem = language_rules(language).stem
    if not in_english(language):
        return stem
    return lru_cache(maxsize=None)(lambda word: stem(verbforms.english_base(word)))


def _number_start(text: str, amount: quantities.Quantity) -> int | None:
    """Where the first digit of `amount` (found in `text`) stands, past its sign or bound: where the word
    reading text sees its number start ("3" of "$3 million"); None for an amount written out."""
    at, digit = text.find(amount.text), next((i for i, c in enumerate(amount.text) if c.isdigit()), None)
    return at + digit if at >= 0 and digit is not None else None


def other_amounts(text: str, language: str) -> list[quantities.Quantity]:
    """The amounts of a text in `language` (the brief's, or a quote's source's), if that is not English, by
    CLDR's rules."""
    return [] if in_english(language) else cldrtext.find_amounts(text, language)


def _other_script(language: str) -> str:
    """The tag of Chinese in the script `language` (Chinese) does not write: "zh-Hant" for "zh", "zh-Hans" for "zh-TW"."""
    written = {part.lower() for part in language.replace("_", "-").split("-")[1:]}
    return "zh-Hans" if written & {"hant", "tw", "hk", "mo"} else "zh-Hant"


def verb_words(tokens: list[Token], language: str) -> list[str]:
    """The words, in lower case, that verbforms.py reads verbs in: where every noun is capitalised (German), a
    capitalised word inside a sentence is none, and is left empty ("Staaten" is no "staat-" told as done)."""
    if code_of(language) not in NOUNS_CAPITALISED:
        return [t.lower for t in tokens]
    return ["" if t.text[0].isupper() and not t.initial else t.lower for t in tokens]
