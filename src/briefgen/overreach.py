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
  año pasado" in one published in 2025: quoteevidence.py). Chinese quotes'
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
  spelled.py). So is an English magnitude or multiple written without
  digits ("billions", "dozens", "doubled", "halved"; magnitudes.py): a
  quote states it by a word of the same magnitude or multiple, by an amount
  of that magnitude ("hundreds" by "350"), or by two amounts in that ratio
  or the percentage change it is ("doubled" by "from $2 billion to $4
  billion" or "up 100%"; not by "to $3 billion").
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
page shows those links beside the claim, and the `group` the brief's
country records put them in ("Central Asian" for `group: central-asia`), by
the name the `groups` table of briefgen.toml gives it, where it gives one
("the Union" for `group: eu` and `eu = "European Union"`). Nothing else of
the record counts: not its `name`, not its other claims' quotes.

Unsupported numbers and names are warnings (at the claim text's
file:line:col, errors under `--strict`); unsupported content words are only
reported, since a fair paraphrase often uses other words. So is a negation
("not", "never", "nicht", "не"…) that the claim writes and none of its
quotes does: "The summit was not held" citing "The summit was held" turns
the quote round (it is listed among the words, and warns); and one that
writes without a negation a word its quotes deny, also past a future's
auxiliary ("assinou" citing "não vai assinar", "firmó" citing "no podrá
firmar"). An amount is
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
completare", "acordaron firmar", "ont décidé de signer", "dovrebbe collegare"; a future form, "invertirá", "вложит",
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
An English claim that outbids its English quotes (or their translations) by a
word of a class warns too (strongerwords.py): a quantifier higher on its
scale ("all the ministers" citing "some ministers"), a superlative or a word
of a record ("the largest ever", "historic", "a record loan" citing "a
loan"), a word of cause ("because of the drought" citing two sentences side
by side), a verb of opposite sense to the quote's of the same subject or
object ("accepted the plan" citing "rejected the plan"): `stronger`. In a
Spanish, Portuguese, French, Italian, German or Russian brief, a quantifier
higher on its scale warns so too ("todos los ministros" citing "algunos
ministros"; strongerwords.quantifiers_in); in a Spanish, Portuguese or
French one, a superlative or a word of a record no quote states ("el
mayor préstamo", "le prêt le plus important", "un récord" citing "un
préstamo"; strongerwords.records_in).

Words are read in the brief's language (its Snowball stemmer and stop
words; wordtokens.py); a citation's `translation` counts like its quote.
A Spanish, Portuguese or French verb is the same word in any tense the
stemmer reads apart: "financió" or "financiará" citing "financiar",
"abrió" citing "abrir", "a ouvert" citing "ouvrir" (infinitives.py); it
is told as done where its quote only plans it ("planea financiar"), and
drops a negation where its quote denies it ("no financiará"). In
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
                  "numbers": [str], "names": [str], "words": [str], "stronger": [str]}],
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
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Container, Iterable, Iterator, Mapping

from . import dates, keptobjects, parsepool
from .claimreader import Reader
from .diagnostics import Diagnostics, Location
from .model import Cite, Claim, Dispute, Position, Record
from .names import initials
from .negations import is_negation, written_negations
from .overreachcache import OverreachMemo, Verdict
from .schema import EVENT_KINDS
from .sources import Source
from .wordtokens import code_of

if TYPE_CHECKING:
    from .prose import ProsePage



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
    # What it says more strongly than its quotes: a quantifier, a superlative, a cause, a verb of opposite sense.
    stronger: tuple[str, ...] = ()
    # The sources it cites in another language than the brief's with no `translation`: their names are not read
    untranslated: tuple[str, ...] = ()

    @property
    def negations(self) -> tuple[str, ...]:
        """The negations the claim writes and its quotes do not (among its words), in its language: "mai" is
        May in a French claim, not Italian "never"."""
        negations = written_negations(self.language)
        return tuple(word for word in self.words if is_negation(word.lower(), negations))

    @property
    def warned(self) -> bool:
        return bool(self.numbers or self.names or self.negations or self.denied or self.planned or self.hedges
                    or self.former or self.contradicted or self.statuses or self.stronger)


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


def _linked_countries(records: Mapping[str, Record], rid: str,
                      group_names: Mapping[str, str] = MappingProxyType({})) -> list[str]:
    """Names of the countries a record is tied to (itself, if a country):
    its page shows them beside its claims; and of the groups the brief's
    country records put them in ("central-asia": "Four Central Asian states"
    for a record tied to four of them), each by the name `group_names` (the
    `groups` table of briefgen.toml) gives it, as the pages show it: "EU
    states" for `eu = "EU"`, "Mercosur" for `mercosur = "Mercosur"`."""
    record = records.get(rid)
    if record is None:
        return []
    ids = record.named() | ({record.id} if record.kind == "country" else set())
    countries = [records[i] for i in sorted(ids) if i in records and records[i].kind == "country"]
    names = [country.name for country in countries]
    groups = sorted({" ".join(group_names.get(group, group).replace("-", " ").replace("_", " ").split())
                     for country in countries if isinstance(group := country.get("group"), str)})
    return names + [short for short in map(initials, names) if short] + groups


def find(records: Mapping[str, Record], disputes: Iterable[Dispute], sources: Mapping[str, Source],
         meta: Mapping[str, Mapping], anchored: Container[str], language: str = "en",
         cache: Path | None = None, reuse: bool = True, pages: Iterable[ProsePage] = (),
         group_names: Mapping[str, str] = MappingProxyType({})) -> list[Overreach]:
    """`anchored`: keys of the citations found in their sources. A claim with
    a quote that was not found is already an error, and is not judged.
    `cache`: the project's cache folder, where verdicts are kept for the
    next run (overreachcache.py); `reuse=False` reads none of them.
    `group_names`: the name of each country group the pages show
    (_linked_countries)."""
    global _reader
    memo = OverreachMemo(cache, reuse)
    pages = tuple(pages)
    judged = [(rid, kind, number, item) for rid, kind, number, item in _texts(records, disputes, pages)
              if all(cite.key in anchored for cite in item.cites)]
    _reader = Reader(sources, meta, (item.text for _, _, _, item in _texts(records, disputes, pages)), language,
                     memo)
    written_in = _reader.written_in
    questions = [(item.text, item.cites,
                  [] if kind == "page" else _linked_countries(records, item.record if isinstance(item, Position)
                                                              else rid, group_names),
                  () if kind in ("dispute", "page") else _own_dates(records[rid]),
                  kind in EVENT_KINDS and not isinstance(item, FieldText))
                 for rid, kind, _, item in judged]
    keys = [memo.key((text, tuple((c.quote, c.translation, _reader.published.get(c.source),
                                   _reader.written_in.get(c.source), _reader.publishers.get(c.source))
                                  for c in cites),
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
        numbers, names, words, dropped, done, unhedged, former, contradicted, statuses, stronger = said
        if any(said):
            found.append(Overreach(rid, kind, number, item.text_location or item.location, item.text,
                                   tuple(numbers), tuple(names), tuple(words),
                                   _field_of(kind, item), tuple(dropped), tuple(done), tuple(unhedged),
                                   tuple(former), tuple(contradicted), tuple(statuses), language, tuple(stronger),
                                   tuple(dict.fromkeys(c.source for c in item.cites if not c.translation and code_of(
                                       written_in.get(c.source) or language) != code_of(language)))))
    return found


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
            pages: Iterable[ProsePage] = (),
            group_names: Mapping[str, str] = MappingProxyType({})) -> Iterator[Callable[[], list[Overreach]]]:
    """`with finding(…) as found:` starts find(…) in a worker process (which
    inherits the library rather than receiving a copy), so that the checks
    that do not need its verdicts run meanwhile; `found()` is what find(…)
    gives, found in this process where no worker can be forked, for a small
    brief, or when the worker failed."""
    global _finding
    pages = tuple(pages)
    arguments = (records, disputes, sources, meta, anchored, language, cache, reuse, pages, group_names)
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
    said = _reader.unsupported(text, cites, also, probes, own, event)
    return (*said, _reader.stronger(text, cites, said[2]), probes)


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
            f"the event as {'; '.join(item.statuses)}" if item.statuses else "",
            f"words that outbid its quotes: {'; '.join(item.stronger)}" if item.stronger else "") if part)
        what = {"dispute": f"text {item.claim} of dispute '{item.id}'",
                "page": f"the sentence before citation {item.claim} of page '{item.id}'"}.get(
            item.kind, f"claim {item.claim} of {item.kind} '{item.id}'")
        if item.field == "resolution":
            what = f"the resolution of dispute '{item.id}'"
        elif item.field:
            what = f"{item.field} '{item.text}' of {item.kind} '{item.id}'"
        if said:
            # A name a quote in another script or language writes is not read in it ("Riyadh", "الرياض"): its
            # translation is what the editor can add.
            other = (f"the quote of {', '.join(repr(sid) for sid in item.untranslated)} is in another language: "
                     "give it a `translation` into the brief's, or ") if item.names and item.untranslated else ""
            diagnostics.warning(item.location, f"{what} states what none of its quotes does: {said}",
                                f"{other}cite a passage that states them, or keep to what the quotes say; "
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
                    "former": list(o.former), "contradicted": list(o.contradicted), "statuses": list(o.statuses),
                    "stronger": list(o.stronger)}
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
            ("its quotes say otherwise of the event", o.statuses, "; "),
            ("outbids its quotes", o.stronger, "; ")) if items]
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
                 library.language, pages=library.pages, group_names=library.group_names)
    claims = count_texts(library.records, library.disputes, library.pages)
    return as_data(found, claims) if fmt == "json" else as_text(found, claims)
