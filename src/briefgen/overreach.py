"""Claim words that none of the claim's quotes supports: the claim says more
than its sources (`briefgen check --overreach`).

Every claim (and every dispute position or resolution, and the sentence of a
page just before each of its citations) is read word by word
and each word is looked for in the quotes the claim itself cites — not in the
record's other claims, not in the record's name or links: the page shows a
claim with its own citations, so those must carry it. Words are compared
after stemming with the Snowball English stemmer ("signed" ↔ "signing",
"transport" ↔ "transportation"), case-insensitively.

Three kinds of word are told apart:

- **numbers**: digits ("22", "7.5"), ordinals ("first", "sixth", "20th", and
  as other languages mark them in digits or Roman numerals: "der 5. Gipfel",
  "5-й саммит", "XV Cumbre", ordinals.py) and amounts. Amounts are compared
  by value with the quantities recogniser, so "$1 billion" is supported by
  "1 billion dollars"; a date phrase is supported by a quote's date at its
  precision or finer ("August 2024" by "9 August 2024", "in 2025" by "this
  year" in a source published in 2025, "2024年" by "去年", "작년에" or "el
  año pasado" in one published in 2025: _relative_years). Chinese quotes'
  amounts are read in both scripts ("新台币1.5亿元" is supported by
  "新台幣1.5億元"). A fiscal year's number ("fiscal 2025", "FY 2025",
  "FY2025", "financial year 2025", "2025年度", "im Geschäftsjahr 2025",
  "в 2025 финансовом году") supports only a fiscal year's ("FY2025" for
  "fiscal 2025") or a split year's ("the 2025-26 budget" for "financial year
  2025-26", and the other way round), never the calendar year's "in 2025";
  a decade's ("the 2020's", "в 2020-х годах", "les années 2020") states its
  ten years as a date, never the year 2020.
  A spelled-out cardinal ("one", "five") is a number only where the
  recogniser reads it as a count or amount ("five states"), so "one
  analysis" is not one; an ordinal spelled out is one ("twenty-first",
  "thirtieth": the 21st, the 30th); so are the numbers other languages
  write out ("sette", "двадцать первый", "第三届", "세 차례", "الثاني";
  spelled.py).
- **names**: capitalised words inside a sentence, and words mixing letters
  and digits ("C5"). A capitalised word that starts a sentence is a name only
  when neither the sources nor the brief's claims write it in lower case,
  and it is written capitalised inside a sentence somewhere or followed by
  another capitalised word ("Sojitz", "Mitsubishi Corporation"; not
  "Companies", "Hundreds"). A new single name opening a claim is therefore
  only reported as a word.
- **words**: every other content word.

Three allowances for names, all about how a name is written, not what is
claimed: a name is supported by a quoted name it extends or shortens
("Asian" by "Asia", "Japanese" by "Japan", "Kazakh" by "Kazakhstan"; at
least four letters; a word the quote writes in lower case is no name, so
"Stationville" is not supported by "station"; names.py); a country's
name by a quote that names the country by another of its names, or in the
quote's language ("Turkey" by "Türkiye" or "die Türkei", "Czech Republic" by "Czechia",
"Ivory Coast" by "Côte d'Ivoire", "Britain" by "UK"; credited.py); and a
claim may name the countries its record is tied to (`countries`,
`parties`, `by`, `to`, `country`; a country record's own name), since the
page shows those links beside the claim. Nothing else of
the record counts: not its `name`, not its other claims' quotes.

Unsupported numbers and names are warnings (at the claim text's
file:line:col, errors under `--strict`); unsupported content words are only
reported, since a fair paraphrase often uses other words. So is a negation
("not", "never", "nicht", "не"…) that the claim writes and none of its
quotes does: "The summit was not held" citing "The summit was held" turns
the quote round (it is listed among the words, and warns). An amount is
supported only with the quote's own bound: "at least 40" is not "about 40",
"91%" not "up to 91%", "2.8%" not "between 2.5% and 2.8%"; and only by an
amount of its measure: "40%" not by "40 vessels" (quantities.alike).
Against a negation or a plan (below), an English irregular past is read as
its base: "told" drops the "not" of "did not tell", "held" tells "will hold"
as done (verbforms.english_base); "rose", "fell", "found" only after the word
the quote writes before the verb ("The death toll rose" citing "The death
toll could rise").
Turkish and Korean write the negation in the verb or after it
("yatırmadı", "짓지 않기로"): a claim that writes the verb without it
("yatırdı", "짓기로") drops it, and an amount before such a verb is
denied (negations.denies).
Likewise a plan its quotes tell ("plan to sign", "si sono impegnati a
completare", "dovrebbe collegare"; a future form, "invertirá", "вложит",
"yatıracak", "zainwestuje", "سيضخ", "열기로"; an auxiliary and its verb, "vai
investir", "sarà firmato", "gaat … investeren", "wird … investieren"; a
conditional after a past verb of saying, "a annoncé qu'elle investirait";
the noun of a deed after a word of intent, "prevê a construção", or after an
English verb of consideration, "is considering a ban", "weighs an export ban",
"proposed banning", told as a verb, "has banned", "bans" (not a definite object,
a thing already there: "is studying the ruling"; intents.py);
将向肯尼亚提供, 同意于6月30日前完成; verbforms.py; a postponement announced, 将延期举行, is told by a claim that
writes 延期 as a plan still)
that the claim tells as done, and a hedge every quote writes ("reportedly",
"якобы", "据外媒报道", "avrebbe deciso", "terá oferecido", "naar
verluidt", "podobno", "iddia edildi", "것으로 보인다"; read in the quote's
source's language, hedges.py) that the claim drops; and a doubt of the
speaker's own ("could cost", "is likely to cut", "practically closed", "did
not say whether …"; hedges.doubts_in, doubts.py) that a claim drops where it writes
what is doubted, even saying who spoke ("Analysts said the deal will cost
…"), not where it reads "could" or "may" as an ability or a permission
("allowed the company to keep" citing "ruled that the company could keep";
hedges.permits_in); "likely" citing "unlikely" drops a negation.

Words are read in the brief's language (its Snowball stemmer and stop
words; wordtokens.py); a citation's `translation` counts like its quote. In
German every noun is capitalised, so there capitals mark no name.
Chinese and Japanese write no spaces: each of their characters is a word.

Not checked: stop words (the English list of the `stopwords` package: articles,
pronouns, auxiliaries, prepositions), the few function words it lacks, and
attribution words an editor adds to say who says something ("according to
one analysis", "the article says"; wordtokens.py).
British and American spellings stem differently ("favoured", "favored"):
write the source's spelling, or expect the word in the report.

`--format json` prints this structure; keys may be added, never renamed:

    {
      "claims": [{"id": str, "kind": str, "claim": int, "field": str, "location": str, "text": str,
                  "denied": [str], "planned": [str], "hedges": [str],
                  "numbers": [str], "names": [str], "words": [str]}],
      "totals": {"claims": int, "flagged": int, "numbers": int, "names": int, "words": int}
    }

`id` and `kind` are the record's (`kind` is "dispute" for a dispute's
position or resolution, numbered in order, the resolution last; "page",
with the page's name as `id`, for a page's sentence, numbered by the
citation after it); `claim` is the claim's number in the record, from 1.
A record's `period` (what a figure's amount covers, "5 years") is shown
as a fact too, and judged against all the record's quotes: its item has
`claim` 0 and `field` "period". A dispute's resolution has `field`
"resolution"; every other item has `field` "".
Only claims with something unsupported are listed.
"""
from __future__ import annotations

import contextlib
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Container, Iterable, Iterator, Mapping

from . import (cldr, cldrdates, cldrtext, credited, dates, keptobjects, parsepool, quantities, relative, superseded,
               support, verbforms)
from .diagnostics import Diagnostics, Location
from .doubts import doubt_scopes, permitted
from .eventstatus import STATUSES, stated as stated_statuses
from .hedges import PERMISSIVE, hedges_in, keeps_doubt, keeps_hedge, permits_in
from .intents import (DETERMINERS, INTENT_FILLERS, cjk_planned_spans, considered, considering_any, infinitive, intended,
                      intents_of, wants_before, yet_to, zh_done)
from .model import Cite, Claim, Dispute, Position, Record
from .names import capitalised_runs, initials, is_initialism, name_in, run_initials
from .negations import (DENIED_VERB_READ, ELIDED_ONTO_AUXILIARY, NEGATED_ADJECTIVES, NEGATION_SCOPE,
                        bounds_as_turned, corrected_amount, denies_here, denying_verb, elided_onto, is_negation,
                        ja_denied_verbs, negation_after, negations_of, written_negations)
from .overreachcache import OverreachMemo, Verdict
from .schema import EVENT_KINDS
from .sources import Source
from .spelled import BOTH, CARDINALS, KO_ORDINAL_AFTER, numbers_spelled, ordinal_of, written_ordinals
from .textmatch import wording
from .wordtokens import Token, code_of, in_english, language_rules, number_of, tokens_in

if TYPE_CHECKING:
    from .prose import ProsePage

# Languages that capitalise every noun: there a capital letter does not mark a name.
_NOUNS_CAPITALISED = {"de", "lb"}
# Words of an amount that the quantity comparison has already judged.
_AMOUNT_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "tn",
                           "dollar", "dollars", "yen", "euro", "euros", "us", "usd", "jpy", "eur", "percent", "cent"})
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]+(?:'[a-z]+)*")
# A capital after a lower-case word: the capital first, then the look back
# (which checks it again), so the search skips ahead to capitals rather than
# looking back from every character: a third of the time over news text.
_INNER_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[^\W\d_]+")


@dataclass(frozen=True)
class _Evidence:
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
    each: tuple[tuple[frozenset[str], tuple[quantities.Quantity, ...], tuple[dates.DateSpan, ...]], ...] = ()
    # The counts a quote spells out in a language whose amounts are read only with a scale word ("sette
    # ministri", "五年"): a claim's count in digits ("7 ministri") is supported by one.
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


def _evidence(cites: Iterable[Cite], published: Mapping[str, dates.PartialDate | None], language: str,
              written_in: Mapping[str, str | None] | None = None) -> _Evidence:
    """What the quotes state, and the editor's translations of them (a claim
    in the brief's language is compared with those). `written_in`: each
    source's language, where its quotes' hedges are read (a translation's
    in the brief's; a source without one is in the brief's too)."""
    written_in = written_in or {}
    parts = [_quote_evidence(text, published.get(cite.source), language, hedged_in)
             for cite in cites
             for text, hedged_in in ((cite.quote, written_in.get(cite.source) or language),
                                     (cite.translation, language)) if text]
    stems = frozenset().union(*(p.stems for p in parts))
    return _Evidence(stems,
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
                     each=tuple((p.stems, p.amounts, p.dates) for p in parts),
                     spelled=frozenset().union(*(p.spelled for p in parts)),
                     fiscal_years=frozenset().union(*(p.fiscal_years for p in parts)),
                     foretold_of=frozenset(pair for p in parts for pair in p.foretold_of
                                           if not _told_any(pair[0], parts, language)),
                     doubts=_doubted_only(parts), considered=_only(parts, "considered"),
                     denied_amounts=tuple(q for p in parts for q in p.denied_amounts
                                          if not any(q in o.amounts and q not in o.denied_amounts for o in parts)))


def _doubted_only(parts: list[_Evidence]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each quote's doubts, less the stems another quote (or a translation) writes plainly: "could cost" in one and
    "will cost" in another is stated."""
    if not any(p.doubts for p in parts):
        return ()
    plain = frozenset().union(*(p.stems.difference(*(stems for _, stems in p.doubts)) for p in parts))
    return tuple((words, stems - plain) for p in parts for words, stems in p.doubts if stems - plain)


def _foretold_only(parts: list[_Evidence], language: str) -> frozenset[str]:
    """The verbs a quote writes in a future form that none writes in a past one ("przekaże" and "przekazał": one
    verb, verbforms.same_verb)."""
    return frozenset(key for p in parts for key in p.foretold if not _told_any(key, parts, language))


def _told_any(key: str, parts: list[_Evidence], language: str) -> bool:
    """Whether a quote writes the verb of `key` in a past form."""
    return any(key == other or verbforms.same_verb(key, other, language) for p in parts for other in p.told)


def _only(parts: list[_Evidence], which: str) -> frozenset[str]:
    """The stems some quote writes only so (`which`: "denied", "planned" or "considered") and none writes
    otherwise."""
    return frozenset().union(*(getattr(p, which) for p in parts)) - frozenset().union(
        *(p.stems - getattr(p, which) for p in parts))


@lru_cache(maxsize=4096)  # a passage is often cited by several claims
def _quote_evidence(quote: str, published: dates.PartialDate | None, language: str,
                    written_in: str | None = None) -> _Evidence:
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
    amounts = quantities.find_quantities(quote, mentions, written_in or language) + _other_amounts(quote, language) + (
        _other_amounts(quote, _other_script(language)) if code_of(language) == "zh" else []) + (
        _other_amounts(quote, written_in) if written_in and code_of(written_in) != code_of(language)
        and cldrtext.reads_bounds(written_in) else [])
    amounts = bounds_as_turned(quote, tokens, amounts, negations)
    amount_starts = frozenset(start for q in amounts if (start := _number_start(quote, q)) is not None)
    english = in_english(language)
    verb = _verb_stem(language)
    words = _verb_words(tokens, language)
    for index, token in enumerate(tokens):
        if wants_to:
            wants_to, intent = frozenset(), token.lower in wants_to
        if denies_here(tokens, index, negations) or (english and denying_verb(tokens, index)):  # "failed to secure"
            # what a negation after it denies is before it (verbforms.denied), not after
            negated, scope, intent = True, 0 if negation_after(token.lower, negations) else NEGATION_SCOPE, False
            onto = elided_onto(token.lower, negations)
            if (corrected := corrected_amount(tokens, index, quote, language, amount_starts)) is not None:
                denied_starts.add(corrected)  # "not invest 3 million, but 5 million": the 3 million is denied
                scope = 0
            elif onto is not None and onto not in stop and onto not in ELIDED_ONTO_AUXILIARY:
                denied.add(stem(onto))  # "n'investira": the verb it is elided onto
                scope = 0
        elif english and token.lower in NEGATED_ADJECTIVES:  # "unlikely": a claim's "likely" drops its negation
            negated, scope, intent = True, 0, False
            denied.add(stem(NEGATED_ADJECTIVES[token.lower]))
        elif intended(token, intents):
            wants_to = wants_before(token.lower)
            # a German modal after its verb ends its clause: what follows is the next clause's ("Der Gipfel, der
            # im Juni stattfinden sollte, fand im Juli statt")
            intent = not wants_to and not verbforms.ends_clause(words, index, language)
            affirmed.add(stem(token.lower))
        elif scope:
            scope -= 1
            if number_of(token.text) is not None or token.lower in CARDINALS:
                scope = 0  # "not $2 billion": an amount, judged as amounts are
            elif token.lower not in stop and token.text[0].isalpha():
                denied.add(verb(token.lower))
                scope = 0
        elif intent and token.lower in INTENT_FILLERS:
            continue
        elif intent:
            intent = False  # only the verb right after it: "will have a similar interest" plans no "similar"
            (planned if token.lower not in stop and token.text[0].isalpha() else affirmed).add(verb(token.lower))
        elif token.start in cjk_planned:
            planned.add(stem(token.lower))
        else:
            affirmed |= {stem(token.lower), verb(token.lower)}
        value, ordinal = number_of(token.text), ordinal_of(token.text)
        if index in written:  # "5.", "5-й", "XV"; a number too where "5." may end its sentence ("stieg auf 5.")
            ordinal, sure, _ = written[index]
            value = None if sure else value
        if value is not None and not _decade(quote, token, written_in or language):  # its years are its date's
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
    return _Evidence(frozenset(stems), frozenset(name_stems), frozenset(numbers), frozenset(ordinals), tuple(amounts),
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
                     denied_amounts=tuple(q for q in amounts if _number_start(quote, q) in denied_starts),
                     considered=considered(quote, tokens, stem, stop) if english else frozenset())


# How many words may stand between a subject and its verb in a quote: "The death toll could rise", "prices are
# likely to fall".
_SUBJECT_REACH = 3


def _pasts_of_quoted_verbs(tokens: list[Token], cites: Iterable[Cite]) -> list[Token]:
    """`tokens` of an English claim, each ambiguous irregular past ("rose", "fell"; verbforms.english_ambiguous_base)
    read as its verb's base where a quote writes that verb after the word the claim writes before it: "The death
    toll rose to 14" citing "The death toll could rise to 14" tells the doubt, or the plan, as done ("rose" is
    "rise"); "a rose garden" reads no verb."""
    quotes = [quote for cite in cites for quote in (cite.quote, cite.translation) if quote]
    read = list(tokens)
    for index in range(1, len(tokens)):
        base = verbforms.english_ambiguous_base(tokens[index].lower)
        if base is not None and any(re.search(rf"(?<![\w']){re.escape(tokens[index - 1].text)}(?:\s+[\w'’]+)"
                                              rf"{{0,{_SUBJECT_REACH}}}\s+{base}(?![\w'])", quote, re.IGNORECASE)
                                    for quote in quotes):
            read[index] = tokens[index]._replace(lower=base)
    return read


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


def _years_stating(text: str, token: Token, language: str, evidence: _Evidence) -> frozenset[Decimal]:
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


def _decade(text: str, token: Token, language: str) -> bool:
    """Whether `token` is the first year of a decade ("2020-х", "the 2020's", "les années 2020"), which states
    the decade's ten years (a date), not the year 2020."""
    year = _YEAR_NUMBER.match(text, token.start)
    return year is not None and dates.decade_end(text, token.start, year.end(), language) is not None


def _in_quoted_years(text: str, mentions: list, quoted: tuple[dates.DateSpan, ...],
                     language: str) -> dict[tuple[int, int], dates.DateSpan]:
    """The dates `text` writes without a year ("December 12", "14 Dec."), by where they are, each read in a year
    of the `quoted` dates where that makes it one they give: a claim's "set for December 12" is its quote's "set
    for Dec 12" of a source published in 2026, whose year neither writes."""
    yearless = {(m.start, m.end) for m in mentions if m.span is None}
    found: dict[tuple[int, int], dates.DateSpan] = {}
    for year in sorted({span.start.year for span in quoted}) if yearless else ():
        for m in cldrdates.mentions_in(text, dates.PartialDate(year), language):
            if (m.start, m.end) in yearless and m.span is not None and dates.supports(m.span, quoted):
                found.setdefault((m.start, m.end), m.span)
    return found


def _relative_years(quote: str, published: dates.PartialDate | None, language: str) -> tuple[dates.DateSpan, ...]:
    """The years `quote` gives relative to its source's publication, in
    another language than English (which dates.py reads: "last year"): "去年",
    "今年", "昨年", "작년에", "el año pasado"; a claim may write them out ("2024年")."""
    if published is None or in_english(language):
        return ()
    spans = [relative.span_of(m) for m in relative.find_relative(quote, published, language) if m.window]
    years = {span.start.year for span in spans if span.start == span.end and span.start.month is None}
    if code_of(language) == "ko":
        years |= {published.year + _KO_YEARS[m.group()] for m in _KO_YEAR.finditer(quote)}
    return tuple(dates.DateSpan(dates.PartialDate(year), dates.PartialDate(year)) for year in sorted(years))


@dataclass(frozen=True)
class Overreach:
    id: str
    kind: str
    claim: int
    location: Location
    text: str
    numbers: tuple[str, ...]
    names: tuple[str, ...]
    words: tuple[str, ...]
    field: str = ""  # a record's field judged as its text ("period"), "resolution" of a dispute, else ""
    denied: tuple[str, ...] = ()  # words it writes that its quotes write only denied, with no negation of its own
    planned: tuple[str, ...] = ()  # words it writes that its quotes write only as intended, with no intent of its own
    hedges: tuple[str, ...] = ()  # the hedges every one of its quotes writes ("reportedly"), when it writes none
    former: tuple[str, ...] = ()  # dates it gives as they stand, that its quotes give only as ones an event moved from
    contradicted: tuple[str, ...] = ()  # what a quote gives in place of an amount or a day another quote states
    # What it says became of its event that its quotes do not ("held, where its quotes say planned"); events only.
    statuses: tuple[str, ...] = ()
    language: str = "en"  # the brief's, which the claim is written in

    @property
    def negations(self) -> tuple[str, ...]:
        """The negations the claim writes and its quotes do not (among its words), in its language: "mai" is
        May in a French claim, not Italian "never"."""
        negations = written_negations(self.language)
        return tuple(word for word in self.words if is_negation(word.lower(), negations))

    @property
    def warned(self) -> bool:
        return bool(self.numbers or self.names or self.negations or self.denied or self.planned or self.hedges
                    or self.former or self.contradicted or self.statuses)


class Reader:
    """Judges claim texts against their quotes.

    A capitalised word inside a sentence is a name. One that opens a
    sentence is a name only when it is never written in lower case (in the
    sources or the brief's claims) and is either written capitalised inside
    a sentence somewhere or followed by another capitalised word: "Sojitz
    Corporation", but not "Companies", "Besides" or "Hundreds"."""

    def __init__(self, sources: Mapping[str, Source], meta: Mapping[str, Mapping], texts: Iterable[str] = (),
                 language: str = "en", memo: OverreachMemo | None = None) -> None:
        self.language = language_rules(language)
        self.tag = language or "en"  # whole, for CLDR's numbers: "zh-TW" writes 億 where "zh" writes 亿
        lowercase: set[str] = set()
        inner_names: set[str] = set()
        read = [memo.vocabulary(s.text, vocabulary, s.text_digest) if memo else vocabulary(s.text)
                for s in sources.values()]
        # The claims' words are read in one pass over all of them (see _APART).
        for lower, inner in itertools.chain(read, [vocabulary(_APART.join(texts))]):
            lowercase.update(lower)
            inner_names.update(inner)
        self.lowercase = frozenset(lowercase)
        self.inner_names = frozenset(w.lower() for w in inner_names)
        self.published = {sid: (m.get("published").start if m.get("published") else None) for sid, m in meta.items()}
        self.written_in = {sid: str(m["language"]) if m.get("language") else None  # the sources' languages
                           for sid, m in meta.items()}
        # As the support check reads the sources: in their language, or else in the brief's.
        self.meta = {sid: {"published": m.get("published"), "language": m.get("language") or self.tag}
                     for sid, m in meta.items()}
        self._stems_of_names: dict[str, tuple[str, ...]] = {}  # the same few countries' names, claim after claim

    def _name_stems(self, name: str) -> tuple[str, ...]:
        stems = self._stems_of_names.get(name)
        if stems is None:
            stem = self.language.stem
            stems = self._stems_of_names[name] = tuple(stem(t.lower) for t in tokens_in(wording(name)))
        return stems

    def unsupported(self, text: str, cites: Iterable[Cite], also: Iterable[str] = (),
                    probes: list | None = None, own_dates: Iterable[tuple[dates.DateSpan, tuple[Cite, ...]]] = (),
                    event: bool = False
                    ) -> tuple[list[str], list[str], list[str], list[str], list[str], list[str], list[str],
                               list[str], list[str]]:
        """Unsupported (numbers, names, words) of `text`, in order of appearance,
        and the words it writes that its quotes write only denied ("received"
        where the quote says "did not receive"), when it writes no negation,
        and those they write only as intended ("signed" where the quote
        says "plan to sign"), when it writes no word of intent, and the
        hedges every quote writes ("reportedly"), when it writes no hedge and
        says of no one that they said it; and the dates it gives as they stand
        that its quotes give only as ones an event moved from ("originally
        scheduled for 12 May"); and what another of its quotes gives in place of
        an amount or a day it states ("$2 billion for $1 billion"); and, for
        an `event`'s claim, what it says became of the event that its quotes
        do not (_other_status).
        `also` are names the claim may use without a quote (linked countries).
        `probes` is given what the verdict asked of the brief's vocabulary (see answer()).
        `own_dates`: the values of the date of the claim's record, each with
        the citations its support is checked against: one those state
        (support.states_date) the claim may write out at its precision or
        coarser ("18 November 2026" for a quote's "yesterday")."""
        text = wording(text)
        stem, stop = self.language.stem, self.language.stop
        verb = _verb_stem(self.tag)
        evidence = _evidence(cites, self.published, self.tag, self.written_in)
        allowed = frozenset(s for name in also for s in self._name_stems(name))
        judged: set[int] = set()  # token starts already decided by an amount or a date
        tokens = tokens_in(text)
        if in_english(self.tag):
            tokens = _pasts_of_quoted_verbs(tokens, cites)
        mentions = cldrdates.mentions_in(text, None, self.tag)  # read once, for the amounts and the dates
        numbers: list[str] = []
        stated: list[tuple[quantities.Quantity, str]] = []  # the claim's amounts its quotes state, as written
        in_amounts: set[int] = set()  # token starts inside an amount: its number is judged with it
        written = written_ordinals(tokens, text, mentions, (self.tag,))  # "der 5. Gipfel", "5-й", "XV Cumbre"
        ordinal_starts = {tokens[index].start for index in written}
        # Each amount's start, end, where its words end (its number, scale, bound: not its noun), stated or not.
        judged_amounts: list[tuple[int, int, list[int], bool]] = []
        negations = negations_of(self.tag)
        denies_any = any(denies_here(tokens, i, negations) for i in range(len(tokens)))
        # An amount a quote denies states it only to a claim that denies too ("not 3 million, but 5 million").
        stating = evidence.amounts if denies_any or not evidence.denied_amounts else [
            q for q in evidence.amounts if q not in evidence.denied_amounts]
        for quantity, start, end in _quantities(text, mentions, self.tag):
            if text.endswith("第", 0, start) or KO_ORDINAL_AFTER.match(text, end) or start in ordinal_starts:
                continue  # "第3届", "3번째", "5.": an ordinal (numbers_spelled, written_ordinals), not a count
            in_amounts |= {t.start for t in tokens if start <= t.start < end}
            # In another language its scale and currency words are the amount's too ("1,2 milliard d’euros").
            parts = [t for t in tokens if start <= t.start < end and t.lower not in stop
                     and (number_of(t.text) is not None or t.lower in CARDINALS or t.lower in _AMOUNT_WORDS
                          or any(c.isdigit() for c in t.text)  # "1bn", "1.5tn": a number and its scale in one
                          or t.lower in _QUALIFIER_WORDS or self.language.code != "en")]
            if not parts:
                continue
            judged |= {t.start for t in parts}
            if not any(q.amount == quantity.amount and (quantity.currency in (None, q.currency))
                       and quantities.alike(quantity.currency, quantity.unit, q)
                       and quantities.bound_states(q.qualifier, quantity.qualifier) for q in stating) and not (
                    quantity.currency is None and quantity.qualifier is None and quantity.amount in evidence.spelled):
                ends = [t.end for t in parts] if self.language.code == "en" else [end]
                judged_amounts.append((start, end, ends, False))
            else:
                stated.append((quantity, text[start:end]))
                judged_amounts.append((start, end, [end], True))
        numbers += _unstated_amounts(text, judged_amounts, self.language.code == "en")
        stated_dates: list[tuple[dates.DateSpan, str]] = []
        in_quoted_years = _in_quoted_years(text, mentions, evidence.dates, self.tag)
        for mention in mentions:
            span = mention.span if mention.span is not None else in_quoted_years.get((mention.start, mention.end))
            if span is not None and dates.supports(span, evidence.dates):
                judged |= {t.start for t in tokens if mention.start <= t.start < mention.end}
                stated_dates.append((span, text[mention.start:mention.end]))
        said = content_stems(text, self.tag) if stated or stated_dates else frozenset()
        contradicted = _contradicted(stated, stated_dates, [(amounts, spans) for stems, amounts, spans in evidence.each
                                                            if bears_on(said, stems)]) if said else []
        former = [] if not evidence.former else [
            text[start:end] for start, end, span, marker in superseded.read(
                text, [(m.start, m.end, m.span) for m in mentions], self.tag)
            if span is not None and marker is None and dates.supports(span, evidence.former)
            and not dates.supports(span, evidence.current)]
        own_dates = tuple(own_dates)
        own_stated: dict[dates.DateSpan, bool] = {}  # asked only of a date the quotes do not give as the claim does
        for start, end, span in self.own_dates(text, tuple(value for value, _ in own_dates)):
            covered = {t.start for t in tokens if start <= t.start < end}
            if covered <= judged:
                continue
            for value, stating in own_dates:
                if dates.supports(span, (value,)) and value not in own_stated:
                    own_stated[value] = self._states(value, stating)
                if dates.supports(span, (value,)) and own_stated[value]:
                    judged |= covered
                    break
        # A name's initials for the name a quote writes out ("EU", "European Union"), and the other way round.
        initialled = {t.start for run in capitalised_runs(tokens, text) for short, part in run_initials(run)
                      if short in evidence.initialisms for t in part} if evidence.initialisms else set()
        unnamed: list[Token] = []
        words: list[str] = []
        spelled = numbers_spelled(tokens, text, self.tag)  # numbers written out in the brief's language
        for index, token in enumerate(tokens):
            if token.start not in judged and is_negation(token.lower, negations):
                # A negation the quotes do not write (a stop word, read here), but not "not only", nor a bound's
                # ("no less than $2 billion", "não menos de"), judged with its amount. One they write in other
                # words ("aucune" for "n'a pas", "keinen" for "nicht") is theirs.
                if not evidence.negated and denies_here(tokens, index, negations) and token.start not in in_amounts:
                    words.append(token.text)
                continue
            if index in written:  # "der 5. Gipfel", "5-й саммит", "XV Cumbre"
                value, sure, end = written[index]
                if (value is not None and token.start not in judged and token.start not in in_amounts
                        and value not in evidence.ordinals and (sure or value not in evidence.numbers)):
                    numbers.append(text[token.start:end])
                continue
            if index in spelled:  # a number written out ("sette", "quinto", "第三"), many a stop word too
                ordinal, value, last = spelled[index]
                if (value is not None and token.start not in judged and token.start not in in_amounts
                        and value not in (evidence.ordinals if ordinal else evidence.numbers)):
                    numbers.append(text[token.start:tokens[last].end])
                continue
            if token.start in judged or token.lower in stop:
                continue
            value, ordinal = number_of(token.text), ordinal_of(token.text)
            if value is not None:
                if (_decade(text, token, self.tag)  # "в 2020-х годах", a decade its quotes' dates do not give
                        or value not in _years_stating(text, token, self.tag, evidence)):
                    numbers.append(token.text)
            elif (named := dates.fiscal_year_named(token.text)) is not None:  # "FY2025" citing "fiscal 2025"
                if named not in evidence.fiscal_years:
                    numbers.append(token.text)
            elif ordinal is not None:
                if ordinal not in evidence.ordinals:
                    numbers.append(token.text)
            elif token.lower in CARDINALS:
                continue  # not a count ("one analysis"); counts were judged as amounts
            elif self._is_name(token, tokens[index + 1] if index + 1 < len(tokens) else None, probes):
                stemmed = stem(token.lower)
                if not (stemmed in allowed or name_in(stemmed, evidence.stems, evidence.name_stems | allowed)
                        or token.start in initialled
                        or (is_initialism(token.text) and token.text in evidence.initials)):
                    unnamed.append(token)
            elif stem(token.lower) not in evidence.stems and stem(token.lower) not in allowed:
                words.append(token.text)  # a linked country's name opening the claim is no other word either
        names = [t.text for t in self._other_countries(unnamed, text, cites)] if unnamed else []
        denying = in_english(self.tag) and any(denying_verb(tokens, i) for i in range(len(tokens)))
        lowered = [t.lower for t in tokens]
        verbs = _verb_words(tokens, self.tag)
        dropped = [] if denies_any or yet_to(tokens) or denying else [
            t.text for t in tokens if t.lower not in stop and verb(t.lower) in evidence.denied]
        if evidence.denied and code_of(self.tag) in DENIED_VERB_READ and not any(is_negation(w, negations)
                                                                                 for w in lowered):
            # "yatırdı" where its quote writes "yatırmadığını", "짓기로" where it writes "짓지 않기로", "وقع" where
            # it writes "لم يوقع"
            dropped += [tokens[i].text for i, key in verbforms.keys(verbs, self.tag).items()
                        if any(verbforms.same_verb(key, other, self.tag) for other in evidence.denied)]
        if code_of(self.tag) == "ja":
            # its words are characters: its verbs are read whole
            dropped, added = _ja_negations(text, evidence)
            words += added
        intents = intents_of(self.tag)
        plans = (any(intended(t, intents) for t in tokens) or yet_to(tokens)
                 or verbforms.plans(verbs, self.tag)  # its own future form ("invertirá", "vai investir")
                 or (code_of(self.tag) == "zh" and verbforms.zh_plans(text))
                 or (code_of(self.tag) == "ja" and verbforms.ja_plans(text)))
        # Japanese tells a deed by a past form only ("投資した"): its plain form may well be a plan.
        told = {i for start, end in verbforms.ja_done(text) for i in range(start, end)} \
            if code_of(self.tag) == "ja" else None
        done = [] if plans else [  # "was to provide": an infinitive plans too
            t.text for i, t in enumerate(tokens) if t.lower not in stop and verb(t.lower) in evidence.planned
            and not infinitive(tokens, i) and (told is None or t.start in told)]
        # a noun's plan of an object the claim does not name is another deed's ("die Modernisierung der Brücken")
        foretold = evidence.foretold | {key for key, of in evidence.foretold_of
                                        if any(stem(t.lower) == of for t in tokens)}
        if not plans and foretold and not any(is_negation(w, negations) for w in lowered):
            # What its quotes write in a future form ("invertirá"), the claim writes in a past one ("ha invertido"),
            # and not in a future form as well.
            own = verbforms.foretold(verbs, self.tag).values()
            done += [tokens[i].text for i, key in verbforms.told(verbs, self.tag).items()
                     if any(verbforms.same_verb(key, planned, self.tag) for planned in foretold)
                     and not any(verbforms.same_verb(key, mine, self.tag) for mine in own)]
        if not plans and code_of(self.tag) == "zh":
            done += zh_done(text, tokens, cites)
        if evidence.considered and not plans and not considering_any(tokens, stem):
            # "has banned", "bans" where its quotes write "is considering a ban"; not the noun ("the ban")
            done += [t.text for i, t in enumerate(tokens) if stem(t.lower) in evidence.considered
                     and t.lower not in stop and not (i and tokens[i - 1].lower in DETERMINERS)
                     and not infinitive(tokens, i)]
        # A claim that says who said it keeps a report a report: "selon", "a dit", "a annoncé que …"
        # (verbforms.reported).
        attributed = _attributed(tokens, self.tag) or verbforms.reported(text, self.tag)
        unhedged = [] if keeps_hedge(text, self.tag) or attributed else sorted(evidence.hedges)
        # A doubt ("could cost") is the speaker's own: a claim that says who spoke drops it all the same. Not where
        # the claim already tells what it doubts as done ("was held" citing "could be held"); and only where it writes
        # most of what is doubted, not a word a doubted clause shares with it ("proposed an instrument" citing "did
        # not say whether the instrument would be binding").
        # Nor where it reads a "could" or a "may" as an ability or a permission ("was able to buy" citing "could
        # buy", "allowed the company to keep" citing "ruled that the company could keep"), unless the permission is
        # itself what is doubted ("will allow" citing "could allow").
        if evidence.doubts and not keeps_doubt(text, self.tag):
            written = {stem(t.lower) for t in tokens if t.text not in done}
            permits = permits_in(text, self.tag)
            unhedged += [words for words, stems in evidence.doubts if 2 * len(stems & written) > len(stems)
                         and not (words in PERMISSIVE and permitted(text, tokens, permits, stems, stem))]
        # What became of the event, for an event's claim only (a figure's "at the summit held in May" is no such claim).
        other_status = self._other_status(text, cites) if event else []
        return (_unique(numbers), _unique(names), _unique(words), _unique(dropped), _unique(done), _unique(unhedged),
                former, contradicted, other_status)

    def _other_countries(self, unnamed: list[Token], text: str, cites: Iterable[Cite]) -> list[Token]:
        """Of `unnamed`, the names in `text` no quote gives, less those of a
        country a quote names by another of its names, or in its own
        language: "Turkey" citing "Türkiye" or "Die Türkei", "Czech Republic"
        citing "Czechia", "Ivory Coast" citing "Côte d'Ivoire" (credited.py)."""
        quotes = [(quote, language) for cite in cites
                  for quote, language in ((cite.quote, self.written_in.get(cite.source) or self.tag),
                                          (cite.translation, self.tag)) if quote]
        named = [(start, end) for start, end, code in credited.territories_named(text, self.tag)
                 if any(start <= t.start < end for t in unnamed) and credited.names_territory(code, quotes)]
        return [t for t in unnamed if not any(start <= t.start < end for start, end in named)]

    def _other_status(self, text: str, cites: Iterable[Cite]) -> list[str]:
        """What `text` says became of an event that its quotes, which say what
        became of it, do not: "held, where its quotes say planned" for "The
        summit took place in May" citing "The summit is scheduled for May"."""
        told = _statuses_in(text, self.tag)
        if not told:
            return []
        quoted = frozenset().union(*(_statuses_in(quote, in_language) for cite in cites
                                     for quote, in_language in ((cite.quote, self.written_in.get(cite.source) or self.tag),
                                                                (cite.translation, self.tag)) if quote))
        if not quoted:
            return []
        told -= quoted
        if quoted & _NOT_HELD:  # "was not held" (read as called off) of an event its quotes say was put off
            told -= _NOT_HELD
        said = " or ".join(status for status in STATUSES if status in quoted)
        return [f"{status}, where its quotes say {said}" for status in STATUSES if status in told]

    def _states(self, value: dates.DateSpan, cites: tuple[Cite, ...]) -> bool:
        return support.states_date(value, cites, self.meta)

    def own_dates(self, text: str, own: tuple[dates.DateSpan, ...]) -> list[tuple[int, int, dates.DateSpan]]:
        """Where `text` writes one of `own` (its record's dates), in the
        brief's language, at the date's precision or coarser: "18 November
        2026", "November 18, 2026", "November 2026", "18 November" (its year
        the date's). Only what names the date, by its numbers or its month;
        not what is relative to it ("the day before"). `text`: normalised."""
        if not own:
            return []
        reference = own[0].start
        return [(m.start, m.end, m.span) for m in cldrdates.mentions_in(text, reference, self.tag)
                if m.span is not None and dates.supports(m.span, own)
                and (any(c.isdigit() for c in text[m.start:m.end]) or len(text[m.start:m.end].split()) == 1)]

    def _is_name(self, token: Token, following: Token | None, probes: list | None = None) -> bool:
        if any(c.isdigit() for c in token.text):
            return True  # "C5"
        if not token.text[0].isupper() or self.language.code in _NOUNS_CAPITALISED:
            return False
        if not token.initial:
            return True
        lower, inner = self.answer(token.lower)
        if probes is not None:
            probes.append([token.lower, lower, inner])
        if lower:
            return False
        return inner or (following is not None and not following.initial and following.text[0].isupper())

    def answer(self, word: str) -> tuple[bool, bool]:
        """Whether the brief writes `word` in lower case, and capitalised inside a sentence."""
        return word in self.lowercase, word in self.inner_names


# Between texts read as one: not a space, so it stays after normalising, and
# neither a letter nor a word's end, so no word runs across it and the word
# after it opens its text as at the start of a text.
_APART = " \x00 "


def vocabulary(text: str) -> tuple[list[str], list[str]]:
    """The words `text` writes in lower case, and those it capitalises inside
    a sentence. One text at a time: every source's normalised copy at once
    would double the texts' memory."""
    text = wording(text)
    return sorted(set(_LOWER_WORD.findall(text))), sorted(set(_INNER_NAME.findall(text)))


# A quote that writes fewer of a claim's words than this share is about something else: it is no second
# source for the claim (corroboration.py), and the values it gives are not given in place of the claim's
# ("The ministers arrived on 8 August" beside "The forum met on 9 August").
BEARING_SHARE = 0.5


def bears_on(said: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether a quote writing `stems` bears on a claim saying `said` (content_stems of each)."""
    return len(said & stems) >= BEARING_SHARE * len(said)


def content_stems(text: str, language: str) -> frozenset[str]:
    """The stems of the words of `text` that are not stop words, numbers
    included as written: what a text says, to compare with another's."""
    words = language_rules(language)
    return frozenset(words.stem(t.lower) for t in tokens_in(wording(text)) if t.lower not in words.stop)
# Words by which a claim says who said it, which keep a report a report: English, and the brief's language
# ("según el ministerio", "по словам", "laut", 据…称).
_ATTRIBUTED = frozenset({"said", "says", "say", "according", "reported", "reports", "claimed", "claims", "told",
                         "stated", "alleged", "suggested", "rumours", "rumors"})
_ATTRIBUTED_IN = {
    "es": frozenset({"según", "dijo", "dice", "afirmó", "afirma", "informó", "declaró", "aseguró", "indicó"}),
    "fr": frozenset({"selon", "dit", "affirme", "affirmé", "déclaré", "indiqué", "rapporte"}),
    "de": frozenset({"laut", "zufolge", "sagte", "sagt", "erklärte", "berichtete", "teilte"}),
    "pt": frozenset({"segundo", "disse", "afirmou", "declarou", "informou"}),
    "it": frozenset({"secondo", "detto", "dichiarato", "affermato", "riferito"}),
    "ru": frozenset({"словам", "сообщил", "сообщила", "сообщили", "заявил", "заявила", "заявили",
                     "утверждает", "утверждают"}),
    "tr": frozenset({"göre", "açıkladı", "bildirdi", "dedi", "söyledi"}),
    "zh": frozenset({"称", "稱", "说", "說", "据", "據"}),
    "nl": frozenset({"volgens", "zei", "zegt", "zeggen", "meldde", "meldt", "verklaarde", "stelde", "aldus"}),
    "pl": frozenset({"według", "powiedział", "powiedziała", "poinformował", "poinformowała", "oświadczył",
                     "oświadczyła", "twierdzi", "twierdzą", "podał", "podała"}),
    "ko": frozenset({"따르면", "밝혔다", "말했다"}),
}


def _attributed(tokens: list[Token], language: str) -> bool:
    said = _ATTRIBUTED | _ATTRIBUTED_IN.get(cldr.primary(language), frozenset())
    return any(t.lower in said for t in tokens)


_QUALIFIER_WORDS = frozenset(word for phrase in quantities.QUALIFIER_PHRASES for word in phrase.split())


@lru_cache(maxsize=None)
def _verb_stem(language: str) -> Callable[[str], str]:
    """How a word a negation denies or a word of intent plans is stemmed, and a claim's word compared with it: an
    English irregular past as its base ("told" as "tell", "held" as "hold"; verbforms.english_base), so "told"
    drops the negation of "did not tell" and "held" tells "will hold" as done. Only there: "met" supporting the
    name "Meeting" would hide a name no quote gives."""
    stem = language_rules(language).stem
    if not in_english(language):
        return stem
    return lru_cache(maxsize=None)(lambda word: stem(verbforms.english_base(word)))


def _ja_negations(text: str, evidence: _Evidence) -> tuple[list[str], list[str]]:
    """The verbs a Japanese claim affirms that its quotes deny ("署名した" where they write "署名しなかった"), and
    the negative endings of those it denies where they write no negation ("しなかった" where they write
    "署名した"): one they write with another verb ("会談しなかった" citing "会わなかった") is theirs, as a
    negation in other words is in any language."""
    dropped = [text[start:end] for start, end, key in verbforms.ja_affirmed(text) if key in evidence.denied]
    added = [] if evidence.negated else [ending for *_, ending in verbforms.ja_denied(text)]
    return dropped, added


def _number_start(text: str, amount: quantities.Quantity) -> int | None:
    """Where the first digit of `amount` (found in `text`) stands, past its sign or bound: where the word
    reading text sees its number start ("3" of "$3 million"); None for an amount written out."""
    at, digit = text.find(amount.text), next((i for i, c in enumerate(amount.text) if c.isdigit()), None)
    return at + digit if at >= 0 and digit is not None else None


def _other_amounts(text: str, language: str) -> list[quantities.Quantity]:
    """The amounts of a text in `language` (the brief's, or a quote's source's), if that is not English, by
    CLDR's rules."""
    return [] if in_english(language) else cldrtext.find_amounts(text, language)


def _other_script(language: str) -> str:
    """The tag of Chinese in the script `language` (Chinese) does not write: "zh-Hant" for "zh", "zh-Hans" for "zh-TW"."""
    written = {part.lower() for part in language.replace("_", "-").split("-")[1:]}
    return "zh-Hans" if written & {"hant", "tw", "hk", "mo"} else "zh-Hant"


def _verb_words(tokens: list[Token], language: str) -> list[str]:
    """The words, in lower case, that verbforms.py reads verbs in: where every noun is capitalised (German), a
    capitalised word inside a sentence is none, and is left empty ("Staaten" is no "staat-" told as done)."""
    if code_of(language) not in _NOUNS_CAPITALISED:
        return [t.lower for t in tokens]
    return ["" if t.text[0].isupper() and not t.initial else t.lower for t in tokens]


def _quantities(text: str, mentions: list[dates.DateMention],
                language: str = "en") -> Iterator[tuple[quantities.Quantity, int, int]]:
    """The amounts of a claim's text, read in the brief's language, with where each stands. The next is looked
    for inside the last: a range's lower end is said with the whole range ("$1-3 billion", "300 to 400 jobs"),
    and its higher end ("3 billion", "400 jobs") within it."""
    pos = 0
    found = quantities.find_quantities(text, mentions) if in_english(language) else _other_amounts(text, language)
    for quantity in found:
        start = text.find(quantity.text, pos)
        if start < 0:
            continue
        pos = start + 1
        yield quantity, start, start + len(quantity.text)


def _unstated_amounts(text: str, amounts: list[tuple[int, int, list[int], bool]], english: bool) -> list[str]:
    """The words of each amount of `amounts` (start, end, where its words end, whether its quotes state it) that its
    quotes do not state, once. A range's lower end is said with the whole range, its higher end inside it
    (_quantities): a range neither end of which is stated is named whole, and only one end when the other is
    stated ("350" of "350 to 500 jobs", "2.6%" of "between 2.6% and 2.8%"), so no number its quotes give is named."""
    names = []
    named_inside = -1  # where the last range named whole ends: its higher end is named with it
    for index, (start, end, words_ends, stated) in enumerate(amounts):
        if stated or start < named_inside:
            continue
        inner = amounts[index + 1] if index + 1 < len(amounts) and start < amounts[index + 1][0] < end else None
        if inner is not None and inner[3] and english:
            names.append(_RANGE_OPENING.sub("", text[start:max(e for e in words_ends if e <= inner[0])]))
            continue
        names.append(text[start:words_ends[-1]])
        named_inside = end if inner is not None else named_inside
    return names


# The word opening a range, before its lower end: "between 2.6% and 2.8%", "from 300 to 500".
_RANGE_OPENING = re.compile(r"^(?:between|from)\s+", re.IGNORECASE)


def _contradicted(amounts: list[tuple[quantities.Quantity, str]], days: list[tuple[dates.DateSpan, str]],
                  each) -> list[str]:
    """"$2 billion for $1 billion": for each amount or day of a claim that
    one of its quotes states (`amounts`, `days`: as the claim writes them),
    what another quote that bears on the claim (`each`: their amounts and
    dates) gives in its place, where that quote gives none of the claim's
    own: the same currency and unit, or a day of the same month. What the
    claim writes itself is no rival ("$1 billion and Korea $2 billion"
    citing one quote for each)."""
    claimed = {q.amount for q, _ in amounts}
    claimed_days = {span for span, _ in days}
    found = []
    for quantity, written in amounts:
        for given, _ in each:
            rivals = [q for q in given if q.currency == quantity.currency and q.unit == quantity.unit
                      and q.per == quantity.per]
            if rivals and not any(q.amount == quantity.amount for q in rivals):
                found += [f"{q.text} for {written}" for q in rivals if q.amount not in claimed][:1]
    for span, written in days:
        if span.start != span.end or span.start.day is None:
            continue
        for _, spans in each:
            rivals = [d for d in spans if d.start == d.end and d.start.day is not None
                      and (d.start.year, d.start.month) == (span.start.year, span.start.month)]
            if rivals and not dates.supports(span, rivals):
                found += [f"{d.display()} for {written}" for d in rivals if d not in claimed_days][:1]
    return _unique(found)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())


# A record's fields of free text that its page shows as facts, judged against all its quotes.
_FIELD_TEXTS = ("period",)


@dataclass(frozen=True)
class FieldText:
    """A record's field of free text (_FIELD_TEXTS), judged as a claim citing every quote of the record."""
    text: str
    cites: tuple[Cite, ...]
    location: Location
    field: str
    text_location: None = None


@dataclass(frozen=True)
class PageSentence:
    """The sentence of a page (pages/*.md) that a group of citations backs."""
    text: str
    cites: tuple[Cite, ...]
    location: Location  # where the sentence begins
    text_location: None = None


def _texts(records: Mapping[str, Record], disputes: Iterable[Dispute],
           pages: Iterable[ProsePage] = ()) -> Iterator[tuple[str, str, int, Claim | Position | PageSentence | FieldText]]:
    for record in records.values():
        for number, claim in enumerate(record.claims, start=1):
            yield record.id, record.kind, number, claim
        for name in _FIELD_TEXTS:
            value = record.get(name)
            if isinstance(value, str) and value and record.cites:
                yield record.id, record.kind, 0, FieldText(value, record.cites,
                                                           record.field_locations.get(name, record.location), name)
    for dispute in disputes:
        said = [p for p in dispute.positions if p.text_location is not None]  # field positions are values, not prose
        if dispute.resolution:
            said.append(dispute.resolution)
        for number, item in enumerate(said, start=1):
            yield dispute.id, "dispute", number, item
    for page in pages:
        for number, (group, sentence, place) in enumerate(
                zip(page.citations, page.statements, page.statement_places), start=1):
            if sentence and group:
                yield page.slug, "page", number, PageSentence(sentence, group, place)


def _linked_countries(records: Mapping[str, Record], rid: str) -> list[str]:
    """Names of the countries a record is tied to (itself, if a country):
    its page shows them beside its claims."""
    record = records.get(rid)
    if record is None:
        return []
    ids = record.named() | ({record.id} if record.kind == "country" else set())
    names = [records[i].name for i in sorted(ids) if i in records and records[i].kind == "country"]
    return names + [short for short in map(initials, names) if short]


def find(records: Mapping[str, Record], disputes: Iterable[Dispute], sources: Mapping[str, Source],
         meta: Mapping[str, Mapping], anchored: Container[str], language: str = "en",
         cache: Path | None = None, reuse: bool = True, pages: Iterable[ProsePage] = ()) -> list[Overreach]:
    """`anchored`: keys of the citations found in their sources. A claim with
    a quote that was not found is already an error, and is not judged.
    `cache`: the project's cache folder, where verdicts are kept for the
    next run (overreachcache.py); `reuse=False` reads none of them."""
    global _reader
    memo = OverreachMemo(cache, reuse)
    pages = tuple(pages)
    judged = [(rid, kind, number, item) for rid, kind, number, item in _texts(records, disputes, pages)
              if all(cite.key in anchored for cite in item.cites)]
    _reader = Reader(sources, meta, (item.text for _, _, _, item in _texts(records, disputes, pages)), language,
                     memo)
    questions = [(item.text, item.cites,
                  [] if kind == "page" else _linked_countries(records, item.record if isinstance(item, Position)
                                                              else rid),
                  () if kind in ("dispute", "page") else _own_dates(records[rid]),
                  kind in EVENT_KINDS and not isinstance(item, FieldText))
                 for rid, kind, _, item in judged]
    keys = [memo.key((text, tuple((c.quote, c.translation, _reader.published.get(c.source),
                                   _reader.written_in.get(c.source)) for c in cites),
                      tuple(also), language,
                      tuple((value.iso(), tuple((c.quote, _reader.published.get(c.source),
                                                 _reader.written_in.get(c.source)) for c in stating))
                            for value, stating in own), event))
            for text, cites, also, own, event in questions]
    verdicts = [memo.verdict(key, _reader.answer) for key in keys]
    missing = [i for i, verdict in enumerate(verdicts) if verdict is None]
    try:
        # Each claim is judged on its own: on every core (worker processes inherit the reader).
        with parsepool.ordered(_judge, [questions[i] for i in missing]) as fresh:
            for i, verdict in zip(missing, fresh):
                verdicts[i] = verdict
                memo.remember(keys[i], verdict)
    finally:
        _reader = None
    memo.save()
    found = []
    for (rid, kind, number, item), (*said, _) in zip(judged, verdicts):
        numbers, names, words, dropped, done, unhedged, former, contradicted, statuses = said
        if any(said):
            found.append(Overreach(rid, kind, number, item.text_location or item.location, item.text,
                                   tuple(numbers), tuple(names), tuple(words),
                                   _field_of(kind, item), tuple(dropped), tuple(done), tuple(unhedged),
                                   tuple(former), tuple(contradicted), tuple(statuses), language))
    return found


_NOT_HELD = frozenset({"postponed", "cancelled"})


@lru_cache(maxsize=4096)  # a passage is often cited by several claims
def _statuses_in(text: str, language: str) -> frozenset[str]:
    """What a claim or a quote says became of an event (eventstatus.stated)."""
    return frozenset(stated_statuses(text, language))


def _own_dates(record: Record) -> tuple[tuple[dates.DateSpan, tuple[Cite, ...]], ...]:
    """The values of `record`'s date, each with the citations the support
    check reads it in (its own, or else those of all the record's claims):
    where these state it, a claim may write it out though its own quotes
    give it otherwise ("yesterday"). Whether a claim writes one, and whether
    they state it, is asked only when the claim is judged (not for a kept
    verdict: a scan of every claim for dates would cost a rebuild at 4,000
    sources more than a second), and then only if its own quotes do not
    give the date as it writes it."""
    values = record.alternatives("date")
    if not values:
        return ()
    claimed = tuple(c for claim in record.claims for c in claim.cites)
    return tuple((alt.value, alt.cites or claimed) for alt in values)


def _field_of(kind: str, item) -> str:
    """What Overreach.field says of a text judged: a record's field, or a dispute's resolution."""
    if isinstance(item, FieldText):
        return item.field
    return "resolution" if kind == "dispute" and isinstance(item, Claim) else ""


_reader: Reader | None = None  # the reader of the claims find() is judging

# From this many claim texts, finding() runs find() in a worker process:
# below it, forking costs more than the checks it runs beside save.
AHEAD_FROM = 2000
_finding: tuple | None = None  # find()'s arguments, inherited by the worker finding() forks


@contextlib.contextmanager
def finding(records: Mapping[str, Record], disputes: Iterable[Dispute], sources: Mapping[str, Source],
            meta: Mapping[str, Mapping], anchored: Container[str], language: str = "en",
            cache: Path | None = None, reuse: bool = True,
            pages: Iterable[ProsePage] = ()) -> Iterator[Callable[[], list[Overreach]]]:
    """`with finding(…) as found:` starts find(…) in a worker process (which
    inherits the library rather than receiving a copy), so that the checks
    that do not need its verdicts run meanwhile; `found()` is what find(…)
    gives, found in this process where no worker can be forked, for a small
    brief, or when the worker failed."""
    global _finding
    pages = tuple(pages)
    arguments = (records, disputes, sources, meta, anchored, language, cache, reuse, pages)
    _finding = arguments
    try:
        with parsepool.beside(_find_inherited, count_texts(records, disputes, pages) >= AHEAD_FROM) as result:
            _finding = None  # the worker is forked by now
            # Serve's reading ahead stops waiting as soon as an edit ends it (keptobjects.abandoned_when).
            yield lambda: _found(result(until=keptobjects.abandoned), arguments)
    finally:
        _finding = None


def _found(result: list[Overreach] | None, arguments: tuple) -> list[Overreach]:
    if result is not None:
        return result
    keptobjects.go_on()
    return find(*arguments)


def _find_inherited() -> list[Overreach]:
    assert _finding is not None
    return find(*_finding)


def _judge(text: str, cites: tuple[Cite, ...], also: list[str],
           own: tuple[tuple[dates.DateSpan, tuple[Cite, ...]], ...], event: bool) -> Verdict:
    assert _reader is not None
    probes: list = []
    return (*_reader.unsupported(text, cites, also, probes, own, event), probes)


def warn(found: Iterable[Overreach], diagnostics: Diagnostics) -> None:
    for item in found:
        if not item.warned:
            continue
        said = "; ".join(part for part in (
            f"numbers {', '.join(item.numbers)}" if item.numbers else "",
            f"names {', '.join(item.names)}" if item.names else "",
            f"negation {', '.join(item.negations)}" if item.negations else "",
            f"without the negation its quotes write: {', '.join(item.denied)}" if item.denied else "",
            f"as done, what its quotes only intend: {', '.join(item.planned)}" if item.planned else "",
            f"as certain, what its quotes hedge: {', '.join(item.hedges)}" if item.hedges else "",
            f"as the event's date, one its quotes give only as the date it moved from: {', '.join(item.former)}"
            if item.former else "",
            f"the event as {'; '.join(item.statuses)}" if item.statuses else "") if part)
        what = {"dispute": f"text {item.claim} of dispute '{item.id}'",
                "page": f"the sentence before citation {item.claim} of page '{item.id}'"}.get(
            item.kind, f"claim {item.claim} of {item.kind} '{item.id}'")
        if item.field == "resolution":
            what = f"the resolution of dispute '{item.id}'"
        elif item.field:
            what = f"{item.field} '{item.text}' of {item.kind} '{item.id}'"
        if said:
            diagnostics.warning(item.location, f"{what} states what none of its quotes does: {said}",
                                "cite a passage that states them, or keep to what the quotes say; "
                                "`briefgen check --overreach` lists every unsupported word")
        if item.contradicted:
            diagnostics.warning(item.location, f"{what} cites a quote that gives another value in place of one it "
                                f"states: {', '.join(item.contradicted)}",
                                "if the sources disagree, give each value with its own citations (a dispute on the "
                                "record's field); otherwise cite only the passages that agree")


def as_data(found: list[Overreach], claims: int) -> dict:
    return {
        "claims": [{"id": o.id, "kind": o.kind, "claim": o.claim, "field": o.field, "location": str(o.location),
                    "text": o.text, "numbers": list(o.numbers), "names": list(o.names), "words": list(o.words),
                    "denied": list(o.denied), "planned": list(o.planned), "hedges": list(o.hedges),
                    "former": list(o.former), "contradicted": list(o.contradicted), "statuses": list(o.statuses)}
                   for o in found],
        "totals": {"claims": claims, "flagged": len(found), "numbers": sum(len(o.numbers) for o in found),
                   "names": sum(len(o.names) for o in found), "words": sum(len(o.words) for o in found)},
    }


def as_text(found: list[Overreach], claims: int) -> str:
    lines = []
    for o in found:
        head = f"{o.location}: {o.kind} '{o.id}' " + (
            o.field if o.field else f"{'citation' if o.kind == 'page' else 'claim'} {o.claim}") + ":"
        parts = [f"{label} not in its quotes: {', '.join(items)}"
                 for label, items in (("numbers", o.numbers), ("names", o.names), ("words", o.words)) if items]
        parts += [f"{label}: {separator.join(items)}" for label, items, separator in (
            ("its quotes deny", o.denied, ", "), ("its quotes only intend", o.planned, ", "),
            ("its quotes hedge", o.hedges, ", "),
            ("its quotes give only as a date the event moved from", o.former, ", "),
            ("a quote gives in its place", o.contradicted, ", "),
            ("its quotes say otherwise of the event", o.statuses, "; ")) if items]
        lines.append(head + " " + "; ".join(parts))
    data = as_data(found, claims)["totals"]
    lines.append(f"total: {data['flagged']} of {claims} claim texts say more than their quotes "
                 f"({data['numbers']} numbers, {data['names']} names, {data['words']} other words)")
    return "\n".join(lines)


def count_texts(records: Mapping[str, Record], disputes: Iterable[Dispute], pages: Iterable[ProsePage] = ()) -> int:
    return sum(1 for _ in _texts(records, disputes, pages))


def report(library, fmt: str) -> dict | str:
    """The report as `check --overreach` prints it: JSON data or text."""
    found = find(library.records, library.disputes, library.sources, library.source_meta, library.anchors,
                 library.language, pages=library.pages)
    claims = count_texts(library.records, library.disputes, library.pages)
    return as_data(found, claims) if fmt == "json" else as_text(found, claims)
