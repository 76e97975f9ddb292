"""Reads a claim's text against what its quotes state (quoteevidence.py):
its numbers, names and words that no quote gives, and what it tells
otherwise than they do (a denial dropped, a plan told as done, a hedge or a
doubt dropped, a date an event moved from, another quote's amount or day, an
event's status). overreach.py says what the check reports and why, and runs
this reader over every claim."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator, Mapping

from . import cldr, cldrdates, cldrtext, credited, dates, magnitudes, quantities, strongerwords, superseded, support, verbforms
from .doubts import permitted
from .falls import fall_before
from .eventstatus import STATUSES, find_statuses, stated as stated_statuses
from .hedges import PERMISSIVE, keeps_doubt, keeps_hedge, permits_in
from .infinitives import infinitives
from .intents import DETERMINERS, considering_any, infinitive, intents_of, plans_any, yet_to, zh_done
from .magnitudes import magnitude_word
from .model import Cite
from .names import capitalised_runs, is_initialism, name_in, run_initials
from .negations import DENIED_VERB_READ, denies_here, denying_verb, is_negation, negations_of, was_to_have
from .overreachcache import OverreachMemo
from .quoteevidence import (NOUNS_CAPITALISED, Evidence, decade, evidence_of, other_amounts, verb_stem, verb_words,
                            years_stating)
from .sources import Source
from .spelled import CARDINALS, KO_ORDINAL_AFTER, numbers_spelled, ordinal_of, written_ordinals
from .textmatch import wording
from .wordtokens import Token, code_of, in_english, joined_where_unspaced, language_rules, number_of, tokens_in

# Words of an amount that the quantity comparison has already judged.
# The words of an amount besides its number, and the signs of letters written before it ("Rs", "Tk", "Dh").
_AMOUNT_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "tn",
                           "dollar", "dollars", "yen", "euro", "euros", "us", "usd", "jpy", "eur", "percent", "cent"}
                          | {sign for sign in quantities.SIGNS if sign.isalpha()})
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]+(?:'[a-z]+)*")
# A capital after a lower-case word: the capital first, then the look back
# (which checks it again), so the search skips ahead to capitals rather than
# looking back from every character: a third of the time over news text.
_INNER_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[^\W\d_]+")


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


_ARTICLE = re.compile(r"^(?i:the)\s+")  # "The Dhaka Ledger" is "the Dhaka Ledger" inside a claim's sentence


@lru_cache(maxsize=None)  # a brief has a publisher a source, at most: compiled once each, not once a claim
def _publisher_name(publisher: str) -> re.Pattern | None:
    """A publisher's name as a claim writes it, whole, its leading article apart; None for no name."""
    words = _ARTICLE.sub("", wording(publisher)).split()
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)") if words else None


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
        self.publishers = {sid: str(m["publisher"]) for sid, m in meta.items() if m.get("publisher")}
        self._stems_of_names: dict[str, tuple[str, ...]] = {}  # the same few countries' names, claim after claim

    def _name_stems(self, name: str) -> tuple[str, ...]:
        stems = self._stems_of_names.get(name)
        if stems is None:
            stem = self.language.stem
            stems = self._stems_of_names[name] = tuple(stem(t.lower) for t in tokens_in(wording(name)))
        return stems

    def _publishers_named(self, text: str, tokens: list[Token], cites: Iterable[Cite]) -> set[int]:
        """The starts of the tokens of `text` that name the publisher of a source
        among `cites` ("the Dhaka Ledger reported", "according to Reuters"): the
        claim says whose words it gives, which is attribution, not a name its quotes
        must write. The name is read whole, as written, its leading article apart."""
        spans = []
        for publisher in {self.publishers[c.source] for c in cites if c.source in self.publishers}:
            pattern = _publisher_name(publisher)
            if pattern is not None:
                spans += [m.span() for m in pattern.finditer(text)]
        return {t.start for t in tokens for start, end in spans if start <= t.start < end}

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
        verb = verb_stem(self.tag)
        evidence = evidence_of(cites, self.published, self.tag, self.written_in)
        allowed = frozenset(s for name in also for s in self._name_stems(name))
        tokens = tokens_in(text)
        # Token starts already decided by an amount or a date, or that name who published a cited source.
        judged = self._publishers_named(text, tokens, cites)
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
                          or t.lower in _QUALIFIER_WORDS or self.language.code != "en"
                          or quantity.unit == quantities.PERCENTAGE_POINTS)]  # "basis points": its unit's words too
            if not parts:
                continue
            judged |= {t.start for t in parts}
            # "Exports fell 5%" says in words what "growth was −5%" says with a sign: the amount it stands for.
            if quantity.amount > 0 and fall_before(text, start, self.tag) and not any(
                    q.amount == quantity.amount for q in stating):
                quantity = replace(quantity, amount=-quantity.amount)
            if not any(q.amount == quantity.amount and _same_money(quantity, q, self.tag)
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
        # A quote in another language, untranslated (stems None), is compared by its amounts only: beside the one
        # that states the claim's day, such a quote gives the days around it ("прибыли 8 августа").
        contradicted = _contradicted(stated, stated_dates, [
            (amounts, () if stems is None else spans) for stems, amounts, spans in evidence.each
            if stems is None or bears_on(said, stems)]) if said else []
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
        flagged: list[Token] = []  # the other words its quotes do not write
        spelled = numbers_spelled(tokens, text, self.tag)  # numbers written out in the brief's language
        for index, token in enumerate(tokens):
            if token.start not in judged and is_negation(token.lower, negations):
                # A negation the quotes do not write (a stop word, read here), but not "not only", nor a bound's
                # ("no less than $2 billion", "não menos de"), judged with its amount. One they write in other
                # words ("aucune" for "n'a pas", "keinen" for "nicht") is theirs.
                if not evidence.negated and denies_here(tokens, index, negations) and token.start not in in_amounts:
                    flagged.append(token)
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
            if (token.start not in judged and self.language.code == "en" and magnitude_word(token.lower)
                    and not magnitudes.stated(token.lower, evidence.magnitudes, evidence.numbers,
                                              (amounts for _, amounts, _ in evidence.each))):
                # "billions", "doubled": a magnitude without digits, which its quotes must state as numbers are (one
                # they state in other words, "hundreds" by "350", is still a word they do not write)
                numbers.append(token.text)
                continue
            if token.start in judged or token.lower in stop:
                continue
            value, ordinal = number_of(token.text), ordinal_of(token.text)
            if value is not None:
                if (decade(text, token, self.tag)  # "в 2020-х годах", a decade its quotes' dates do not give
                        or value not in years_stating(text, token, self.tag, evidence)):
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
            elif stem(token.lower) not in evidence.stems and stem(token.lower) not in allowed and not (
                    infinitives(token.lower, self.tag) & evidence.infinitives):  # "financió" citing "financiar"
                flagged.append(token)  # a linked country's name opening the claim is no other word either
        words = joined_where_unspaced(flagged)
        names = [t.text for t in self._other_countries(unnamed, text, cites)] if unnamed else []
        denying = in_english(self.tag) and any(denying_verb(tokens, i) or was_to_have(tokens, i)
                                                  for i in range(len(tokens)))
        lowered = [t.lower for t in tokens]
        verbs = verb_words(tokens, self.tag)
        dropped = [] if denies_any or yet_to(tokens) or denying else [
            t.text for t in tokens if t.lower not in stop
            and (verb(t.lower) in evidence.denied or infinitives(t.lower, self.tag) & evidence.denied_infinitives)]
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
        plans = (plans_any(tokens, intents) or yet_to(tokens)
                 or verbforms.plans(verbs, self.tag)  # its own future form ("invertirá", "vai investir")
                 or (code_of(self.tag) == "zh" and verbforms.zh_plans(text))
                 or (code_of(self.tag) == "ja" and verbforms.ja_plans(text)))
        # Japanese tells a deed by a past form only ("投資した"): its plain form may well be a plan.
        told = {i for start, end in verbforms.ja_done(text) for i in range(start, end)} \
            if code_of(self.tag) == "ja" else None
        done = [] if plans else [  # "was to provide": an infinitive plans too
            t.text for i, t in enumerate(tokens) if t.lower not in stop
            and (verb(t.lower) in evidence.planned or infinitives(t.lower, self.tag) & evidence.planned_infinitives)
            and not infinitive(tokens, i) and (told is None or t.start in told)]
        # a noun's plan of an object the claim does not name is another deed's ("die Modernisierung der Brücken")
        foretold = evidence.foretold | {key for key, of in evidence.foretold_of
                                        if any(stem(t.lower) == of for t in tokens)}
        if not plans and foretold and not any(is_negation(w, negations) for w in lowered):
            # What its quotes write in a future form ("invertirá"), the claim writes in a past one ("ha invertido"),
            # and not in a future form as well.
            own = verbforms.foretold(verbs, self.tag).values()
            # A verb of saying tells who said it, no deed: "сообщили" citing "как сообщает", a present that
            # Russian's future form shares.
            said = _said_words(self.tag)
            done += [tokens[i].text for i, key in verbforms.told(verbs, self.tag).items()
                     if any(verbforms.same_verb(key, planned, self.tag) for planned in foretold)
                     and not any(verbforms.same_verb(key, mine, self.tag) for mine in own)
                     and tokens[i].lower not in said]
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

    def stronger(self, text: str, cites: Iterable[Cite], unsupported: Iterable[str]) -> list[str]:
        """What an English claim's `text` says more strongly than its quotes (strongerwords.py): "all, where its
        quotes say some", "largest", "because", "accepted, where its quotes say rejected". `unsupported`: the words
        unsupported() gives. Only where every quote is read in English, as written or in its translation; in
        another language, its quantifiers only, where every quote is read in the claim's."""
        cites = list(cites)
        if not in_english(self.tag):
            # Other languages' quantifiers (strongerwords.quantifiers_in), and Spanish, Portuguese and French
            # superlatives and records (records_in), against the quotes read in the claim's.
            ours = [wording(cite.translation or cite.quote) for cite in cites
                    if cite.translation or code_of(self.written_in.get(cite.source) or self.tag) == code_of(self.tag)]
            if len(ours) != len(cites):
                return []
            return (strongerwords.quantifiers_in(wording(text), ours, code_of(self.tag))
                    + strongerwords.records_in(wording(text), ours, code_of(self.tag)))
        quotes = []
        for cite in cites:
            english = cite.translation or (cite.quote if in_english(self.written_in.get(cite.source) or "en") else "")
            if not english:
                return []  # a quote read in no English: its words of cause or quantity are not these
            quotes.append(wording(english))
        return strongerwords.stronger(wording(text), quotes, unsupported)

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
        # A plan the claim says was then put off or called off is the one its quotes overturn ("prevista para el 22
        # de octubre, fue aplazada" citing "prevista inicialmente para el 22 de octubre, ha sido aplazada").
        if told & quoted & _NOT_HELD:
            told -= {"planned"}
        told -= quoted
        if quoted & _NOT_HELD:  # "was not held" (read as called off) of an event its quotes say was put off
            told -= _NOT_HELD - ({"cancelled"} if _called_off(text, self.tag) else set())
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
        if not token.text[0].isupper() or self.language.code in NOUNS_CAPITALISED:
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
    would double the texts' memory. A line break ends a paragraph (a .txt
    source's line, a .md one's block): the word after it opens a paragraph, as
    the first word after a headline written without a full stop does
    ("Port strike ends\nDockworkers returned"), not a name inside a sentence."""
    text = wording(text.replace("\n", _APART))
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
    "ru": frozenset({"словам", "данным", "сообщил", "сообщила", "сообщили", "сообщило", "сообщает", "сообщают",
                     "заявил", "заявила", "заявили", "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула",
                     "подчеркнули", "утверждает", "утверждают"}),
    "tr": frozenset({"göre", "açıkladı", "bildirdi", "dedi", "söyledi"}),
    "zh": frozenset({"称", "稱", "说", "說", "据", "據"}),
    "nl": frozenset({"volgens", "zei", "zegt", "zeggen", "meldde", "meldt", "verklaarde", "stelde", "aldus"}),
    "pl": frozenset({"według", "powiedział", "powiedziała", "poinformował", "poinformowała", "oświadczył",
                     "oświadczyła", "twierdzi", "twierdzą", "podał", "podała"}),
    "ko": frozenset({"따르면", "밝혔다", "말했다"}),
}


def _said_words(language: str) -> frozenset[str]:
    return _ATTRIBUTED | _ATTRIBUTED_IN.get(cldr.primary(language), frozenset())


def _attributed(tokens: list[Token], language: str) -> bool:
    said = _said_words(language)
    return any(t.lower in said for t in tokens)


_QUALIFIER_WORDS = frozenset(word for phrase in quantities.QUALIFIER_PHRASES for word in phrase.split())


def _ja_negations(text: str, evidence: Evidence) -> tuple[list[str], list[str]]:
    """The verbs a Japanese claim affirms that its quotes deny ("署名した" where they write "署名しなかった"), and
    the negative endings of those it denies where they write no negation ("しなかった" where they write
    "署名した"): one they write with another verb ("会談しなかった" citing "会わなかった") is theirs, as a
    negation in other words is in any language."""
    dropped = [text[start:end] for start, end, key in verbforms.ja_affirmed(text) if key in evidence.denied]
    added = [] if evidence.negated else [ending for *_, ending in verbforms.ja_denied(text)]
    return dropped, added


def _quantities(text: str, mentions: list[dates.DateMention],
                language: str = "en") -> Iterator[tuple[quantities.Quantity, int, int]]:
    """The amounts of a claim's text, read in the brief's language, with where each stands. The next is looked
    for inside the last: a range's lower end is said with the whole range ("$1-3 billion", "300 to 400 jobs"),
    and its higher end ("3 billion", "400 jobs") within it."""
    pos = 0
    found = quantities.find_quantities(text, mentions) if in_english(language) else other_amounts(text, language)
    for quantity in found:
        start = text.find(quantity.text, pos)
        if start < 0:
            continue
        pos = start + 1
        yield quantities.in_percentage_points(quantity), start, start + len(quantity.text)


def _same_money(claimed: quantities.Quantity, quoted: quantities.Quantity, language: str) -> bool:
    """Whether the amount `quoted` may measure what `claimed` does: the same currency, or none named by the
    claim (quantities.alike), or a currency both may be where one is written by a sign or a noun several share
    ("700 billion rupees" and "Rs 700 billion", "20 billion dirhams" and "Dh20 billion"); never a unit of measure
    for another ("1,511 miles" for "1,511 km")."""
    if quantities.other_measure(claimed.unit, quoted.unit):
        return False
    if claimed.currency in (None, quoted.currency) and quantities.alike(claimed.currency, claimed.unit, quoted):
        return True
    return bool(_currencies(claimed, language) & _currencies(quoted, language))


def _currencies(amount: quantities.Quantity, language: str) -> frozenset[str]:
    """The currencies `amount` may be in: its own and those its sign may be ("Rs"), or those its noun names."""
    if amount.currency:
        return frozenset({amount.currency, *quantities.shared_currencies(amount.text)})
    return cldrtext.currencies_named(amount.unit, language) if amount.unit else frozenset()


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


_NOT_HELD = frozenset({"postponed", "cancelled"})


def _called_off(text: str, language: str) -> bool:
    """Whether `text` tells an event called off in words that say so ("was cancelled", "called off"), not only
    as one that did not take place ("was not held", "no se celebró"), as an event put off did not either."""
    negations = negations_of(language)
    return any(mention.status == "cancelled" and not any(is_negation(word, negations)
                                                         for word in mention.text.casefold().split())
               for mention in find_statuses(text, language))


@lru_cache(maxsize=4096)  # a passage is often cited by several claims
def _statuses_in(text: str, language: str) -> frozenset[str]:
    """What a claim or a quote says became of an event (eventstatus.stated)."""
    return frozenset(stated_statuses(text, language))
