"""Structured fields must be stated by a quote: a date, amount or event status
that no cited passage gives is an error, so no number or status on the site
is unsourced.

Returns, for every field value, the citations whose quotes state it, so the
site can show each date, amount and status with the passages that prove it.
What the last check found is kept (supportmemo.py)."""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import replace
from typing import Mapping

from . import (cldr, cldrdates, cldrtext, credited, dates, eventstatus, keptobjects, negations, quantities, relative,
               saying, superseded)
from .timing import published_before
from .diagnostics import Diagnostics
from .hedges import hedges_in
from .model import Alternative, Cite, Record
from .supportmemo import SupportMemo
from .textmatch import wording

_READ_IN_ENGLISH = {"USD", "JPY", "EUR"}  # the currencies quantities.py knows
Support = dict[tuple[str, str, int], tuple[Cite, ...]]  # (record id, field, alternative index)


def check_fields(records: Mapping[str, Record], meta: Mapping[str, Mapping], languages: Mapping[str, str],
                 diagnostics: Diagnostics, memo: SupportMemo | None = None,
                 anchored: Container[str] | None = None, language: str = "en",
                 origins: Mapping[str, str] | None = None) -> Support:
    """`anchored`: the keys of the citations whose quotes were found; a
    record with one not found (already an error) is not judged again by
    the names it shows, nor a value by the quotes that hold the one not found
    (one mistake, one message). `language`: the brief's, that of the
    translations editors give quotes. `origins`: the digest of the fact file
    item each record was taken from (factcheck.py), under which what its
    check found is kept in `memo` for the next run."""
    global _CHECKED, _READINGS
    keeping = keptobjects.keeping()
    # How each source is read is compared only with how the checks this process keeps read it (serve's).
    readings = {**source_readings(meta, languages), _TRANSLATIONS: (language, None)} if keeping else {}
    reread = keptobjects.changed(_READINGS, readings)
    if _TRANSLATIONS in reread:  # every translation is read anew
        _CHECKED = {}
    meta = {sid: {**meta.get(sid, {}), "language": language} for sid, language in languages.items()}
    questions = Questions(memo or SupportMemo(None), meta)
    support: Support = {}
    checked: dict[str, tuple] = {}
    for record in records.values():
        keptobjects.go_on()
        kept = _CHECKED.get(record.id) if keeping else None
        if kept is not None and kept[0] is record and (not reread or reread.isdisjoint(c.source for c in record.cites)):
            support.update(kept[1])
            questions.keep(kept[2])
            checked[record.id] = kept
            continue
        said = len(diagnostics)
        answers = len(questions.answers)
        unfound = frozenset() if anchored is None else frozenset(c.key for c in record.cites
                                                                  if c.key not in anchored)
        whole = not unfound
        origin = origins.get(record.id) if origins and whole else None
        key = questions.record_key(origin, record, language) if origin is not None else None
        own = questions.taken(key, record) if key is not None else None
        if own is None:
            own = _check_record(record, meta, diagnostics, questions, unfound, language)
            # A record whose check says something, or skipped what a quote not found hides, is checked again.
            if key is not None and len(diagnostics) == said:
                questions.remember(key, record, own, questions.answers[answers:])
        support.update(own)
        if keeping and whole and len(diagnostics) == said:
            checked[record.id] = (record, own, questions.answers[answers:])
    _CHECKED, _READINGS = (checked, readings) if keeping else ({}, {})
    questions.save()
    return support


# In a process that builds again, each record's support as its last check
# found it, and the answers that check asked the memo for; and how each
# source was read then (its language and date of publication, all that the
# checks read of it). A record's is taken again while the record is the very
# object and no source it cites is read otherwise. Only a record whose check
# reported nothing is kept.
_CHECKED: dict[str, tuple] = {}
_READINGS: dict[str, tuple] = {}
_TRANSLATIONS = ""  # the key of the brief's language among the readings: no source id is empty


def source_readings(meta: Mapping[str, Mapping], languages: Mapping[str, str]) -> dict[str, tuple]:
    """All that the checks of a record's quotes read of each source: the
    language it is read in and its date of publication."""
    return {sid: (language, meta.get(sid, {}).get("published")) for sid, language in languages.items()}


def _check_record(record: Record, meta: Mapping[str, Mapping], diagnostics: Diagnostics,
                  questions: Questions, unfound: frozenset[str] = frozenset(), language: str = "en") -> Support:
    """`unfound`: the keys of the record's citations whose quotes were not found (then the places and people it
    shows are not judged, nor is a value no other quote states); `language`: the brief's, that of the quotes'
    translations."""
    support: Support = {}
    claimed = tuple(c for claim in record.claims for c in claim.cites)
    dated = record.alternatives("date")
    # A record whose every claim tells a saying ("Bahlil said on Tuesday that …") is the saying: dated by it
    # (asked only of a record with a date).
    of_saying = bool(dated) and bool(record.claims) and all(saying.tells_saying(claim.text, language)
                                                            for claim in record.claims)
    for index, alt in enumerate(dated):
        support[(record.id, "date", index)] = _check_date(record, alt, alt.cites or claimed, meta, diagnostics,
                                                          questions, of_saying, unfound)
    for index, alt in enumerate(record.alternatives("status")):
        support[(record.id, "status", index)] = _check_status(record, alt, alt.cites or claimed, meta,
                                                              diagnostics, questions, language, unfound)
    if not unfound:
        _check_named(record, record.cites, diagnostics)
    if record.kind != "figure":
        return support
    for index, alt in enumerate(record.alternatives("amount")):
        support[(record.id, "amount", index)] = _check_amount(
            record, alt, alt.cites or claimed, meta, diagnostics,
            record.get("currency"), record.get("unit"), record.qualifier_of(alt), questions, language,
            unfound=unfound)
    equivalent = record.get("equivalent")
    if equivalent:
        alt = Alternative(equivalent["amount"], (), record.field_locations["equivalent"])
        support[(record.id, "equivalent", 0)] = _check_amount(
            record, alt, claimed, meta, diagnostics, equivalent["currency"], None, equivalent.get("qualifier"),
            questions, language, qualifier_field="equivalent.qualifier", unfound=unfound)
    return support


# In a process that builds again, the answers it found, by question: a
# question holds only text (and None), so equal questions are the same
# question, and its memo key need not be made again (the repr and hash of
# every quote, a rebuild's largest share of these checks). Answers that name
# no citation are asked again, as the memo file asks them.
_ANSWERED: dict[tuple, tuple[str, list[int]]] = {}
_ANSWERED_MOST = 200_000


class Questions:
    """The memo of answers, asked with how each source's quotes are read
    (its language and publication date), worked out once per source rather
    than for each citation."""

    def __init__(self, memo: SupportMemo, meta: Mapping[str, Mapping]) -> None:
        self._memo = memo
        self._meta = meta
        self._readings: dict[str, tuple[str, str]] = {}
        self.answers: list[tuple[str, list[int]]] = []  # (memo key, answer), as asked

    def save(self) -> None:
        self._memo.save()

    def record_key(self, origin: str, record: Record, language: str) -> str:
        """The key of what a record's check found: its fact file item's
        text (`origin`), its kind and id, the sources its citations resolve
        to and how each is read, and the language of translations; all the
        check reads (the quotes and the fields are the item's text)."""
        return self._memo.key((origin, record.kind, record.id, language,
                               tuple((c.source, *self._reading(c.source)) for c in record.cites)))

    def taken(self, key: str, record: Record) -> Support | None:
        """The support the record's last check found under `key`, its
        answers kept as if asked again; None when it was not kept."""
        kept = self._memo.record_outcome(key, len(record.cites))
        if kept is None:
            return None
        values, answers = kept
        cites = record.cites
        own = {(record.id, field, index): tuple(cites[i] for i in stating) for field, index, stating in values}
        self.keep(answers)
        self._memo.keep_record(key, values, answers)
        return own

    def remember(self, key: str, record: Record, own: Support, answers: list[tuple[str, list[int]]]) -> None:
        """Keep the support a record's check found (each value's citations
        among the record's, by position), unless one is none of its own."""
        position = {id(cite): index for index, cite in enumerate(record.cites)}
        values = []
        for (_, field, index), stating in own.items():
            at = [position.get(id(cite)) for cite in stating]
            if None in at or at != sorted(set(at)):
                return
            values.append((field, index, at))
        self._memo.keep_record(key, values, answers)

    def keep(self, answers: list[tuple[str, list[int]]]) -> None:
        """Answers asked by an earlier check, kept in the memo as if asked again."""
        for key, indices in answers:
            self._memo.keep(key, indices)
        self.answers += answers

    def stating(self, question: tuple, cites: tuple[Cite, ...], states: Callable[[Cite], bool]) -> tuple[Cite, ...]:
        """The citations whose quotes state the value: those `states`, or those
        that did last time the same question was asked of the same quotes."""
        asked = question + tuple((c.quote, *self._reading(c.source)) for c in cites)  # text and None only
        answered = _ANSWERED.get(asked) if keptobjects.keeping() else None
        if answered is not None:
            key, indices = answered
            self._memo.keep(key, indices)
            self.answers.append(answered)
        else:
            key = self._memo.key(asked)
            indices = self._memo.answered(key, len(cites), lambda: [i for i, c in enumerate(cites) if states(c)])
            if indices and keptobjects.keeping():
                if len(_ANSWERED) >= _ANSWERED_MOST:
                    _ANSWERED.clear()
                _ANSWERED[asked] = (key, indices)
            self.answers.append((key, indices))
        return tuple(cites[i] for i in indices)

    def _reading(self, source: str) -> tuple[str, str]:
        reading = self._readings.get(source)
        if reading is None:
            published = self._meta.get(source, {}).get("published")
            reading = self._readings[source] = (self._meta.get(source, {}).get("language") or "en",
                                                repr(published.start if published else None))
        return reading


def _published(cite: Cite, meta: Mapping[str, Mapping]):
    published = meta.get(cite.source, {}).get("published")
    return published.start if published else None


_WORD = re.compile(r"\w+")
# Fields shown as facts beside the sourced ones, written as the sources write them: each must stand in a quote.
_NAMED_FIELDS = ("place", "people")


def _check_named(record: Record, cites: tuple[Cite, ...], diagnostics: Diagnostics) -> None:
    """A place or person the page shows must be written in one of the
    record's quotes (or their translations), as the sources write it. One
    written in a script no quote uses is not judged ("Tokyo" of a quote in
    Japanese with no translation)."""
    if not any(record.get(name) for name in _NAMED_FIELDS):
        return
    texts = named_texts(cites)
    for name in _NAMED_FIELDS:
        value = record.get(name)
        if not value:
            continue
        for index, item in enumerate([value] if isinstance(value, str) else value):
            # The scripts only of a name not found: the few (a letter's Unicode name each).
            if written_in(item, texts) \
                    or not credited.scripts(wording(item).casefold()) & credited.scripts(" ".join(texts)):
                continue
            where = record.field_locations.get(f"{name}[{index}]") or record.field_locations.get(name, record.location)
            diagnostics.warning(where, f"{name} '{item}' of {record.kind} '{record.id}' is written in none of its quotes",
                                "write it as a cited quote does, or cite a passage that names it")


def named_texts(cites: Iterable[Cite]) -> list[str]:
    """The quotes of `cites` with their translations, as `written_in` reads them."""
    return [wording(f"{c.quote} {c.translation}").casefold() for c in cites]


def written_in(name: str, texts: list[str]) -> bool:
    """Whether one of `texts` (named_texts) writes the place or person `name`,
    as it is or declined ("w Warszawie" for Warszawa)."""
    wanted = wording(name).casefold()
    return any(wanted in text for text in texts) or _inflected_in(wanted, texts)


def _inflected_in(name: str, texts: list[str]) -> bool:
    """Whether one text writes every word of `name` with at most its last two
    letters changed or added, as a language that declines names does
    (Russian "в Астане" for Астана, "Токаева" for Токаев)."""
    words = _WORD.findall(name)
    if not words:
        return False
    for text in texts:
        written = set(_WORD.findall(text))
        if all(any(_inflects(word, other) for other in written) for word in words):
            return True
    return False


def _inflects(word: str, other: str) -> bool:
    if len(word) < 5:
        return word == other
    return len(os.path.commonprefix((word, other))) >= len(word) - 2 and len(other) <= len(word) + 2


def _language(cite: Cite, meta: Mapping[str, Mapping]) -> str:
    return meta.get(cite.source, {}).get("language") or "en"


def _mentions(cite: Cite, meta: Mapping[str, Mapping]) -> list[tuple[int, int, dates.DateSpan | None]]:
    """Where the quote writes a date (start, end, span), read in its source's
    language; the span None for one it cannot pin ("in May" without a year)."""
    return [(m.start, m.end, m.span) for m in cldrdates.mentions_in(cite.quote, _published(cite, meta),
                                                                   _language(cite, meta))]


def _written_dates(cite: Cite, meta: Mapping[str, Mapping]) -> list[tuple[int, int, dates.DateSpan]]:
    """The dates the quote writes out (start, end, span), a move's range taken
    apart ("postponed from 9 to 12 August": two dates, superseded.py)."""
    language = _language(cite, meta)
    return [date for start, end, span in _mentions(cite, meta) if span is not None
            for date in superseded.moved_apart(cite.quote, start, end, span, language)]


def _dates_in(cite: Cite, meta: Mapping[str, Mapping], stated: bool = False, of_saying: bool = False):
    """The dates a quote gives, read in its source's language: written out,
    or relative to its publication date where that pins one day, month or
    year ("letzten Freitag" in a source published on a Tuesday). `stated`:
    only those it does not deny ("No agreement was signed on 9 April").
    `of_saying`: for a record of the saying itself (saying.tells_saying),
    which the date of an attribution closing the quote dates."""
    language, published = _language(cite, meta), _published(cite, meta)
    mentions = relative.find_relative(cite.quote, published, language)
    written = _written_dates(cite, meta)
    # The date of an attribution closing the quote ("…, officials said on Monday") is then the saying's only.
    saying_only = not of_saying and _dated_otherwise_than_said(cite.quote, language, written, mentions)
    found = [span for start, end, span in written
             if not (stated and negations.denies(cite.quote, start, language))
             and not (saying_only and _of_telling(cite.quote, start, end, language))]
    # A weekday's window only says which days it may be: it pins one only where it is one day. A week's,
    # month's or year's is the period itself ("this week": Monday to Sunday of the week of publication).
    # After a bound's word ("by next week", "until next month") it is no date the event had.
    pinned = [(m, relative.span_of(m)) for m in mentions
              if m.window and not dates.bound_before(cite.quote, m.start)
              and not (saying_only and _of_telling(cite.quote, m.start, m.end, language))]
    return found + [span for m, span in pinned if (span.start == span.end or m.weekday is None) and span not in found]


def _of_telling(quote: str, start: int, end: int, language: str) -> bool:
    """Whether the date from `start` to `end` dates the telling of the quote: an attribution's closing its
    sentence ("…, officials said on Monday."), or a wire's dateline opening it ("TOKYO, March 5 (Reuters) -")."""
    return saying.of_attribution(quote, start, end, language) or saying.of_dateline(quote, end, language)


def _dated_otherwise_than_said(quote: str, language: str, written: list[tuple[int, int, dates.DateSpan]],
                               mentions) -> bool:
    """Whether the quote gives what it tells a date of its own that excludes the attribution's closing it
    ("Finance ministers will meet on Friday, officials said on Monday."; "The summit will be held in January,
    …"; "The two leaders met last month in Lima, …"): the date of saying is then only the saying's. Where it
    gives no other ("…sold its rights for 6.7 billion pounds, the league said on Monday."), one that holds the
    day it was told ("in December"), or only a bound ("a contract running until June 2031"), a period reported
    ("third-quarter revenue") or a date of another verb's phrase ("a deal expected to close in the second
    quarter of 2027"), news dates the event by the day it was told, and so may a record."""
    places = [(start, end, span, None) for start, end, span in written]
    places += [(m.start, m.end, relative.span_of(m), m.weekday) for m in mentions if m.window]
    said, own = [], []
    for start, end, span, weekday in places:
        if _of_telling(quote, start, end, language):
            said.append((span, weekday))
        elif _of_the_event(quote, start, end, language):
            own.append((span, weekday))
    return bool(said) and any(all(_excludes(date, other) for other in said) for date in own)


def _of_the_event(quote: str, start: int, end: int, language: str) -> bool:
    """Whether the date at quote[start:end] dates the deed its sentence tells: no bound ("until June 2031"), no
    period a figure is reported for ("third-quarter revenue"), none of another verb's phrase ("expected to
    close in 2027", ", which raised rates in July,")."""
    return not (dates.bound_before(quote, start) or dates.period_reported(quote, start, end)
                or relative.of_another_verbs_phrase(quote, start, language))


def _excludes(date: tuple[dates.DateSpan, int | None], other: tuple[dates.DateSpan, int | None]) -> bool:
    """Whether two dates (a span, a weekday if one is named) can be no one day: their spans do not meet, or
    they name other weekdays (a weekday whose week the tense leaves open spans a week)."""
    (span, weekday), (other_span, other_weekday) = date, other
    if weekday is not None and other_weekday is not None and weekday != other_weekday:
        return True
    return not span.meets(other_span)


def _amounts_in(cite: Cite, meta: Mapping[str, Mapping], currency: str | None, every_currency: bool = False,
                stated: bool = False):
    """The amounts a quote gives, read in its source's language from CLDR's
    numbers and currencies. English has its own reader, which knows counts'
    units and qualifiers; CLDR adds the currencies it does not know ("R$ 5
    million", "BRL 2 billion"), when `currency` is one of them or
    `every_currency` asks (a hint naming the currency a quote gives).
    `stated`: only those it does not deny ("did not commit 500 million euros")."""
    language = _language(cite, meta)
    found = amounts_read(cite.quote, language, currency, every_currency)
    if stated:
        found = [q for q in found if not negations.denies(cite.quote, max(cite.quote.find(q.text), 0), language)]
    return quantities.read_as(found, currency)


def amounts_read(text: str, language: str, currency: str | None = None, every_currency: bool = False) -> list:
    """The amounts of `text` read in `language`: English by its own reader, which knows counts' units and
    qualifiers (and CLDR's for a currency it does not know: _amounts_in), another language by CLDR's."""
    if not cldr.is_english(language):
        return cldrtext.find_amounts(text, language, currency)
    found = quantities.find_quantities(text)
    if every_currency or (currency is not None and currency not in _READ_IN_ENGLISH):  # the second reading
        found += [q for q in cldrtext.find_amounts(text, language, currency) if q.currency not in _READ_IN_ENGLISH]
    return found


def states_date(value: dates.DateSpan, cites: Iterable[Cite], meta: Mapping[str, Mapping]) -> bool:
    """Whether a quote of `cites` states the date `value`, as the check of a
    record's date finds it (_check_date), without asking the memo: the
    overreach check lets a claim write out its record's date so stated
    (overreach.py). `meta`: each source's, with the language it is read in."""
    return any(dates.supports(value, _dates_in(c, meta, stated=True)) for c in cites)


def _check_date(record: Record, alt: Alternative, cites, meta, diagnostics: Diagnostics,
                questions: Questions, of_saying: bool = False,
                unfound: frozenset[str] = frozenset()) -> tuple[Cite, ...]:
    """`unfound`: the keys of the citations whose quotes were not found."""
    stating = questions.stating(("date", repr(alt.value)) + (("of saying",) if of_saying else ()), cites,
                                lambda c: dates.supports(alt.value, _dates_in(c, meta, True, of_saying)))
    if not stating and _mistyped(cites, unfound, lambda c: _dates_in(c, meta, of_saying=of_saying)):
        return stating
    if not stating:
        found = [d for c in cites for d in _dates_in(c, meta, of_saying=of_saying)]
        stated = ", ".join(sorted({d.display() for d in found})) or "no date"
        denied = dates.supports(alt.value, found)
        diagnostics.error(alt.location,
                          f"date {alt.value.iso()} of {record.kind} '{record.id}' is not stated by any cited quote",
                          "the cited quotes give it only where they deny it (\"No agreement was signed on 9 April\"); "
                          "cite a passage that states it" if denied else
                          f"the cited quotes give {stated}; cite the passage that gives this date, "
                          "or write the date with the precision the source gives")
    elif not _LEFT_BEHIND.intersection(status.value for status in record.alternatives("status")):
        _warn_former(record, alt, stating, meta, diagnostics)
    return stating


def _mistyped(cites, unfound: frozenset[str], gives: Callable[[Cite], object]) -> bool:
    """Whether a quote not found (its own error) `gives` a value of the field: the value the record gives may be
    the one the source writes where the quote was mistyped ("10 August" for "9 August"), and a second error,
    with a hint to change the value to the mistyped one, would mislead. One mistake, one message."""
    return any(c.key in unfound and gives(c) for c in cites)


# An event postponed or called off is shown with the date it had been set for.
_LEFT_BEHIND = {"postponed", "cancelled"}


def _warn_former(record: Record, alt: Alternative, stating, meta, diagnostics: Diagnostics) -> None:
    """A date every stating quote gives only as the one the event moved
    from ("originally scheduled for 12 May", superseded.py) is published
    as its date: a warning, since the quote says so and a record may still
    mean that date (a forum's first date, given with its postponement)."""
    said = _said_by_each([former_marker(alt.value, c, meta) for c in stating])
    if said is None:
        return
    diagnostics.warning(alt.location,
                        f"date {alt.value.iso()} of {record.kind} '{record.id}' is given by its quotes only as a "
                        f"date the event moved from ({said})",
                        "write the date the event took place or is now set for, and cite the passage that gives "
                        "it; or, if it was postponed or called off, write its status")


def _said_by_each(words: list[str | None]) -> str | None:
    """"'a', 'b'": the words each stating quote writes (one a quote), if
    every one writes some; None if one writes none, or there is none."""
    if not words or not all(words):
        return None
    return ", ".join(sorted({f"'{word}'" for word in words}))


def former_marker(value: dates.DateSpan, cite: Cite, meta: Mapping[str, Mapping]) -> str | None:
    """The marker that gives every date of `cite` stating `value` as a
    former date ("originally scheduled for"); None if one is written as the event's."""
    language = _language(cite, meta)
    if not superseded.may_mark(cite.quote, language):
        return None
    marker = None
    for start, _, span, former in superseded.read(cite.quote, _mentions(cite, meta), language):
        if span is not None and dates.supports(value, [span]) and not negations.denies(cite.quote, start, language):
            if former is None:
                return None
            marker = former
    return marker


def _check_status(record: Record, alt: Alternative, cites, meta, diagnostics: Diagnostics,
                  questions: Questions, language: str = "en",
                  unfound: frozenset[str] = frozenset()) -> tuple[Cite, ...]:
    """`language`: the brief's, that of the quotes' translations (see _status_read); `unfound`: as
    _check_date's."""
    def read(cite: Cite) -> tuple[str, str]:
        return _status_read(cite, meta, language)
    # What a translation says is part of the question only where it is what is read.
    translated = _translations_read(cites, meta)
    question = ("status", alt.value) + ((_status_translations_in(language), translated) if translated else ())
    stating = questions.stating(question, cites, lambda c: alt.value in eventstatus.stated(*read(c)))
    if not stating and _mistyped(cites, unfound, lambda c: eventstatus.find_statuses(*read(c))):
        return stating
    if not stating:
        found = {f"'{m.text}' ({m.status})" for c in cites for m in eventstatus.find_statuses(*read(c))}
        # Phrases of the language its first citation's source is read in.
        quoted = _language(cites[0], meta) if cites else None
        if cites and not any(eventstatus.has_table(read(c)[1]) for c in cites):
            translated_in = _status_translations_in(language)
            hint = (f"briefgen reads no words of event status in {cldr.english_name(quoted)} ({quoted}): leave "
                    "'status' out (the event is then shown as 'status not reported'), give the quote a translation "
                    f"({cldr.english_name(translated_in)}) that states it, or cite a source in a language it reads "
                    f"them in ({', '.join(sorted(eventstatus.PHRASES))})")
        else:
            examples = ", ".join(f"'{p}'" for p in eventstatus.examples(alt.value, read(cites[0])[1]))
            hint = (f"the cited quotes say {', '.join(sorted(found)) or 'nothing about whether it happened'}; "
                    f"cite a passage that says so (such as {examples}), "
                    "or leave 'status' out: the event is then shown as 'status not reported'")
        diagnostics.error(alt.location,
                          f"status '{alt.value}' of {record.kind} '{record.id}' is not stated by any cited quote", hint)
    elif alt.value == "held" and all(published_before(record, meta.get(c.source, {})) for c in stating):
        diagnostics.warning(alt.location,
                            f"status 'held' of {record.kind} '{record.id}' rests only on sources "
                            "published before the event",
                            "a source written beforehand can only report a plan: cite one published after "
                            "the event, or write status: planned")
    elif alt.value in _LATER:
        _warn_overtaken(record, alt, [read(c) for c in stating], diagnostics)
    hedged = _said_by_each([next(iter(hedges_in(*read(c))), None) for c in stating])  # each in the language read
    if hedged is not None:
        diagnostics.warning(alt.location,
                            f"status '{alt.value}' of {record.kind} '{record.id}' rests only on quotes that hedge "
                            f"it ({hedged})",
                            "the page shows the status as a fact: cite a source that confirms it, or leave "
                            "'status' out")
    return stating


def _status_read(cite: Cite, meta: Mapping[str, Mapping], language: str) -> tuple[str, str]:
    """The text a citation's status is read from and its language: its
    quote, in its source's language; or, where briefgen reads no words of
    status in that language, the editor's translation of the quote, in the
    brief's `language` (or English: _status_translations_in), as a figure's
    bound is read from it. The translation is shown beside the quote."""
    if _read_translated(cite, meta):
        return cite.translation, _status_translations_in(language)
    return cite.quote, _language(cite, meta)


def _read_translated(cite: Cite, meta: Mapping[str, Mapping]) -> bool:
    return bool(cite.translation) and not eventstatus.has_table(_language(cite, meta))


def _translations_read(cites, meta: Mapping[str, Mapping]) -> tuple[str | None, ...]:
    """Each citation's translation where it is what its status is read from, else None; () where none is (most
    citations have no translation: nothing else is looked up)."""
    if not any(c.translation for c in cites):
        return ()
    read = tuple(c.translation if _read_translated(c, meta) else None for c in cites)
    return read if any(read) else ()


def _status_translations_in(language: str) -> str:
    """The language translations are read in for a status: the brief's, or English where briefgen reads none in it."""
    return language if eventstatus.has_table(language) else "en"


# What may follow each status in an event's life: a quote that states one of them beside the
# status given ("The forum planned for May was cancelled") may say the event has moved on.
_LATER = {"planned": ("postponed", "held", "cancelled"), "postponed": ("held", "cancelled")}


def _warn_overtaken(record: Record, alt: Alternative, stating: list[tuple[str, str]], diagnostics: Diagnostics) -> None:
    """A status a quote states beside a later one ("the planned meeting took
    place") may be the event's past: a warning, as the quote may speak of
    another event too (eventstatus.py says which statuses, never whose).
    `stating`: the texts that state it, each with its language (_status_read)."""
    later = {m.text: m.status for text, language in stating for m in eventstatus.find_statuses(text, language)
             if m.status in _LATER[alt.value]}
    if later:
        said = ", ".join(f"'{text}' ({status})" for text, status in sorted(later.items()))
        statuses = " or ".join(sorted(set(later.values())))
        diagnostics.warning(alt.location,
                            f"status '{alt.value}' of {record.kind} '{record.id}' is stated by a quote that also "
                            f"says {said}",
                            f"if that is this event, write status: {statuses}; otherwise cite a passage about "
                            "this event alone")


def _check_amount(record: Record, alt: Alternative, cites, meta, diagnostics: Diagnostics,
                  currency, unit, qualifier, questions: Questions, language: str = "en",
                  qualifier_field: str = "qualifier", unfound: frozenset[str] = frozenset()) -> tuple[Cite, ...]:
    """`unfound`: as _check_date's."""
    # A rate ("$2 billion a year") states a figure only whose period is that rate.
    period = record.get("period")
    stating = questions.stating(("amount", repr(alt.value), currency, unit, qualifier, period), cites,
                           lambda c: quantities.supports(alt.value, currency, unit, qualifier,
                                                         _amounts_in(c, meta, currency, stated=True), period))
    if stating:
        if qualifier is None:  # exact, or a bound in words briefgen does not read
            _warn_bound_unread(record, alt, stating, meta, diagnostics, currency, unit, qualifier, qualifier_field,
                               language)
        return stating
    # A bound briefgen cannot read in the quote's language leaves its amount looking exact: the figure's
    # bound may be the quote's, and is not refused for it.
    unread = tuple(c for c in cites if not cldrtext.reads_bounds(_language(c, meta)) and quantities.supports(
        alt.value, currency, unit, None, _amounts_in(c, meta, currency, stated=True), period))
    if unread:
        _warn_bound_unread(record, alt, unread, meta, diagnostics, currency, unit, qualifier, qualifier_field,
                           language)
        return unread
    # A currency in an ending briefgen does not read leaves the amount without one: the figure's currency may
    # be the quote's, and is not refused for it.
    glued = {c: word for c in cites
             if (word := _glued_currency(alt.value, c, meta, currency, unit, period, language))}
    if glued:
        _warn_currency_unread(record, alt, glued, meta, diagnostics, currency, unit, qualifier, qualifier_field,
                              language)
        return tuple(glued)
    if _mistyped(cites, unfound, lambda c: _amounts_in(c, meta, currency)):
        return ()
    given = [_amounts_in(c, meta, currency) for c in cites]
    # Only amounts of the figure's measure are named: a percentage's hint names no count ("two blocs").
    found = list({q.text: q for amounts in given for q in amounts if quantities.alike(currency, unit, q)}.values())
    same = [q for q in found if q.amount == alt.value and q.currency == currency]
    # For the hint only: the amount read with every currency CLDR names, in whichever reader states one.
    other_money = sorted(((q, _language(c, meta), c.quote) for c in cites
                          for q in _amounts_in(c, meta, None, every_currency=True)
                          if q.amount == alt.value and q.currency != currency),
                         key=lambda said: said[0].currency is None)
    if any(quantities.supports(alt.value, currency, unit, qualifier, amounts, period) for amounts in given):
        hint = ("the cited quotes give it only where they deny it (\"did not commit 500 million euros\"); "
                "cite a passage that states it")
    elif same and same[0].qualifier != qualifier:
        hint = (f"the quote says '{same[0].text}'; set {qualifier_field}: {same[0].qualifier}" if same[0].qualifier
                else f"the quote says '{same[0].text}' without a qualifier; remove '{qualifier_field}'")
    elif (rated := _stated_with_the_units_rate(alt.value, currency, unit, qualifier, same)):
        hint = _unit_rate_hint(*rated, period, language)
    elif (per_other := _stated_but_per_another_period(alt.value, currency, unit, qualifier, same, period)):
        hint = _period_hint(per_other, period, language)
    elif (other_unit := _stated_in_another_unit(alt.value, unit, given)):
        hint = f"the quote says '{other_unit.text}', not in {unit}: fix the unit (unit: {other_unit.unit})"
    elif other_money and currency is not None:
        hint = _other_currency_hint(*other_money[0])
    elif (opposite := [q for q in found if q.amount == -alt.value and q.currency == currency]):
        hint = _sign_hint(opposite[0], qualifier_field.replace("qualifier", "amount"))
    else:
        stated = ", ".join(f"'{q.text}'" for q in found) or ("no percentage" if unit == quantities.PERCENT
                                                             else "no amount")
        hint = f"the cited quotes state {stated}; fix the amount or cite the passage that states it"
    label = quantities.display(alt.value, currency, unit, qualifier)
    diagnostics.error(alt.location, f"amount {label} of figure '{record.id}' is not stated by any cited quote", hint)
    return ()


def _sign_hint(said: quantities.Quantity, field: str) -> str:
    """The hint for an amount a quote gives with the other sign: the sign is the quote's minus sign alone
    ("−5%", "-$3 billion"); a fall or deficit in words ("fell 5%") states the positive amount."""
    value = format(said.amount, "f")
    if said.amount < 0:
        return f"the quote says '{said.text}', with a minus sign; write {field}: {value}"
    return (f"the quote says '{said.text}', with no minus sign; write {field}: {value}, "
            "and say in the name what it measures ('Fall in exports', 'Trade deficit'): only a minus sign "
            "states a negative amount")


def _other_currency_hint(said: quantities.Quantity, language: str, quote: str) -> str:
    """The hint for an amount a quote gives in another currency than the figure's: its own, or those a noun
    several share may be ("700 billion rupees": INR, PKR …; "2 trillion tenge", a noun no plural marks:
    KZT), or none named."""
    if said.currency:
        return f"the quote says '{said.text}', in {said.currency}: fix the currency"
    after = None if said.unit else _word_after(quote, said.text)
    noun = said.unit or after
    named = sorted(cldrtext.currencies_named(noun, language)) if noun else []
    if named:
        which = " or ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)
        return f"the quote says '{said.text}{' ' + after if after else ''}', in {which}: fix the currency"
    return f"the quote says '{said.text}' without naming the currency: cite a passage that names it"


def _stated_but_per_another_period(value, currency, unit, qualifier, found, period) -> quantities.Quantity | None:
    """The amount of `found` that would state the figure's value were its rate the figure's `period`
    ("about 6 billion euros a year" for a figure with no period), or None."""
    rate = quantities.rate_of(period)
    return next((q for q in found if q.per != rate
                 and quantities.supports(value, currency, unit, qualifier, [replace(q, per=rate)], period)), None)


def _word_after(quote: str, said: str) -> str | None:
    """The word after the first `said` in `quote` ("tenge" after "2 trillion"), or None."""
    at = quote.find(said)
    word = re.match(r"\s+([^\W\d_]+)", quote[at + len(said):]) if at >= 0 else None
    return word[1] if word else None


def _stated_in_another_unit(value, unit: str | None, given) -> quantities.Quantity | None:
    """The amount of `value` a quote gives in another unit of its kind than the figure's ("2.4 GW" for `unit:
    MW`, "6.5%" for `unit: percentage points`), or None: a count's hint names no percentage ("up to 91% of
    goods" for 91 goods), as no other hint does."""
    if not unit:
        return None
    percentages = (quantities.PERCENT, quantities.PERCENTAGE_POINTS)
    return next((q for amounts in given for q in map(quantities.in_percentage_points, amounts)
                 if q.amount == value and q.currency is None and q.unit
                 and (q.unit in percentages) == (unit in percentages)
                 and quantities.unit_name(q.unit) != quantities.unit_name(unit)
                 and not quantities.supports(value, None, unit, q.qualifier, [q], None)), None)


def _stated_with_the_units_rate(value, currency, unit, qualifier, found) -> tuple | None:
    """The amount of `found` that states the figure's value were the rate its `unit` ends in ("barrels per
    day") its `period`, with that unit without its rate ("barrels"); or None."""
    split = quantities.unit_and_rate(unit) if unit else None
    if split is None:
        return None
    counted, per = split
    said = next((q for q in found if q.per == per
                 and quantities.supports(value, currency, counted, qualifier, [q], f"a {per}")), None)
    return (said, counted) if said else None


def _unit_rate_hint(said: quantities.Quantity, counted: str, period: str | None, language: str) -> str:
    rate = "" if quantities.rate_of(period) == said.per else \
        f" and {'set' if period else 'add'} period: {cldrtext.rate_phrase(said.per, language)}"
    return f"the quote says '{said.text}': write unit: {counted}{rate} (a rate is the figure's period, not its unit)"


def _period_hint(said: quantities.Quantity, period: str | None, language: str) -> str:
    if said.per is None:
        return f"the quote says '{said.text}', not per {quantities.rate_of(period)}: remove 'period'"
    return (f"the quote says '{said.text}', per {said.per}: {'set' if period else 'add'} period: "
            f"{cldrtext.rate_phrase(said.per, language)}")


def _warn_bound_unread(record: Record, alt: Alternative, stating: tuple[Cite, ...], meta: Mapping[str, Mapping],
                       diagnostics: Diagnostics, currency, unit, qualifier, qualifier_field: str,
                       language: str) -> None:
    """An amount stated only by quotes in languages whose words of bound briefgen does not read: whether
    the quote bounds it ("more than 4.5 billion") no check can tell, so the figure's qualifier is the
    editor's to check (cldrtext.reads_bounds). The editor says it by a quote's translation, read for its
    bound in the brief's `language` (in English, where briefgen reads none in the brief's either): one
    that gives the figure's amount with its qualifier settles it."""
    languages = {_language(c, meta) for c in stating}
    if any(cldrtext.reads_bounds(one) for one in languages):
        return
    settle = _settled_by_translation(record, alt, stating, currency, unit, qualifier, qualifier_field, language)
    if settle is None:
        return
    named = _languages_named(languages)
    said = quantities.supports(alt.value, currency, unit, None, _amounts_in(stating[0], meta, currency),
                               record.get("period"))
    diagnostics.warning(alt.location,
                        f"amount {quantities.display(alt.value, currency, unit, qualifier)} of figure "
                        f"'{record.id}' is stated only by quotes in {named}, whose bounds briefgen does not read",
                        f"briefgen reads no words of bound ('more than', 'about') in {named}: it cannot tell "
                        f"whether the quote gives '{said.text}' exactly; {settle}")


def _glued_currency(value, cite: Cite, meta: Mapping[str, Mapping], currency: str | None, unit,
                    period, translated_in: str) -> str | None:
    """The word after an amount of `value` the quote gives without a currency that begins with a name of
    `currency` in the quote's language, its ending not read ("4,5 milyon avrodan çox"), or None; None too
    where the quote's translation (in the brief's language, `translated_in`) gives the amount in no such
    currency: the editor read the word as another ("Avropa turisti": European tourists)."""
    language = _language(cite, meta)
    if currency is None or cldr.is_english(language):
        return None
    if cite.translation and not any(quantities.supports(value, currency, unit, q.qualifier, [q], period)
                                    for q in _translated_amounts(cite, currency, translated_in)):
        return None
    for said in _amounts_in(cite, meta, currency, stated=True):
        if said.currency is None and quantities.supports(value, None, unit, said.qualifier, [said], period):
            start = cite.quote.find(said.text)
            word = cldrtext.glued_currency(cite.quote, start + len(said.text), language, currency) \
                if start >= 0 else None
            if word is not None:
                return word
    return None


def _warn_currency_unread(record: Record, alt: Alternative, glued: Mapping[Cite, str], meta: Mapping[str, Mapping],
                          diagnostics: Diagnostics, currency, unit, qualifier, qualifier_field: str,
                          language: str) -> None:
    """An amount its quotes give with a word that begins with the currency's name in an ending briefgen
    does not read ("avrodan": from euros, "ევროზე": on euros): the currency is likely the figure's,
    and the bound written after the ending ("avrodan çox": more than) is not read. The editor checks
    both, and says them by the quote's translation (_warn_bound_unread)."""
    settle = _settled_by_translation(record, alt, tuple(glued), currency, unit, qualifier, qualifier_field,
                                     language)
    if settle is None:
        return
    words = ", ".join(sorted(f"'{word}'" for word in set(glued.values())))
    named = _languages_named({_language(c, meta) for c in glued})
    diagnostics.warning(alt.location,
                        f"amount {quantities.display(alt.value, currency, unit, qualifier)} of figure "
                        f"'{record.id}' is stated only by quotes that write its currency in a form briefgen "
                        f"does not read: {words}",
                        f"briefgen does not read the ending of {words} in {named}: check that it names {currency} "
                        f"and whether a bound follows it; {settle}")


def _languages_named(languages) -> str:
    return ", ".join(sorted(f"{cldr.english_name(one)} ({one})" for one in languages))


def _settled_by_translation(record: Record, alt: Alternative, stating: tuple[Cite, ...], currency, unit,
                            qualifier, qualifier_field: str, language: str) -> str | None:
    """None if a translation of a quote of `stating` gives the figure's amount with its qualifier, read
    in the brief's `language` (in English, where briefgen reads no bound in the brief's); otherwise what the
    editor is to do: set the qualifier a translation gives, or give one."""
    period = record.get("period")
    translated_in = _translations_read_in(language)
    translated = [_translated_amounts(c, currency, language) for c in stating if c.translation]
    if any(quantities.supports(alt.value, currency, unit, qualifier, amounts, period) for amounts in translated):
        return None
    # A translation that gives the amount with another bound says which the quote's is.
    bounded = next((q for amounts in translated for q in amounts
                    if quantities.supports(alt.value, currency, unit, q.qualifier, [q], period)), None)
    if bounded is not None:
        return (f"the quote's translation says '{bounded.text}': set {qualifier_field}: {bounded.qualifier}"
                if bounded.qualifier else
                f"the quote's translation says '{bounded.text}' without a bound: remove '{qualifier_field}'")
    return (f"check the figure's {qualifier_field} against the quote, and give the quote a translation "
            f"({cldr.english_name(translated_in)}) that states its amount as it does")


def _translations_read_in(language: str) -> str:
    """The language the brief's (`language`) translations are read in for their bounds: it, or English
    where briefgen reads none in it."""
    return language if cldrtext.reads_bounds(language) else "en"


def _translated_amounts(cite: Cite, currency: str | None, language: str) -> list:
    """The amounts of `cite`'s translation, written in the brief's `language`."""
    return quantities.read_as(amounts_read(cite.translation, _translations_read_in(language), currency), currency)
