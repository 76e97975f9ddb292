"""A date a quote gives as an event's former date: "originally scheduled
for 12 May", "postponed from 12 May", "postponed to 14 May from 12 May", "held on 14 May instead of
12 May".

Such a date is in the quote, so it passes the check that a structured
field's date appears in a cited passage; but a record that gives it as the
event's date publishes the date the event moved away from. support.py warns
of a record's date that every quote stating it gives only so, and
overreach.py of a claim that gives it as the event's.

The words that mark it stand before the date in its clause, a few words
away at most ("originally scheduled to take place in Astana on 12 May"),
with no other date between ("postponed from 12 May to 14 May": 14 May is
the new one); in Chinese and Japanese, written without spaces, a few
characters away (原定于2025年3月18日); in Arabic, "was scheduled" stands
with its subject between ("وكان المنتدى مقررا في 20 أبريل"). Every verb that moves an event reads
alike ("rinviato", "rimandato", "slittato dal 10 al 20 marzo": two dates,
not the days between). "As originally planned" keeps the date ("jak
pierwotnie planowano", "come inizialmente previsto")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import cldr
from .dates import MOVING_VERBS, DateSpan

# The English verbs of moving an event, with any spaces between their words.
_MOVING = "|".join(verb.replace(" ", r"\s+") for verb in MOVING_VERBS)

_AR_MARKS = "[\u064b-\u065f\u0670\u0640]*"  # Arabic vowel marks and tatweel, which writers may add ("مقرراً")
# Moved from a date: the words stand just before it ("postponed from 9 to 12 August" moves it, no range).
# Every verb of moving reads alike ("rinviato", "rimandato", "slittato dal 10 al 20 marzo").
_MOVED = {
    "en": rf"(?:{_MOVING})\s+from",
    "fr": r"(?:reportée?s?|repoussée?s?|décalée?s?|avancée?s?|déplacée?s?|reprogrammée?s?|ajournée?s?|différée?s?)"
          r"\s+(?:du|de)",
    "es": (r"(?:aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|trasladad[oa]s?|adelantad[oa]s?|retrasad[oa]s?"
           r"|reprogramad[oa]s?|diferid[oa]s?|movid[oa]s?)\s+(?:del|de)"),
    "pt": (r"(?:adiad[oa]s?|transferid[oa]s?|antecipad[oa]s?|remarcad[oa]s?|postergad[oa]s?|reagendad[oa]s?)"
           r"\s+(?:do|de)"),
    "it": (r"(?:rinviat[oaie]|posticipat[oaie]|spostat[oaie]|anticipat[oaie]|rimandat[oaie]|slittat[oaie]"
           r"|differit[oaie]|riprogrammat[oaie])\s+(?:dal|da)"),
    "de": r"(?:verschoben|verlegt|vorgezogen)\s+vom",
    "nl": r"(?:uitgesteld|verplaatst|vervroegd|verschoven)\s+van",
    "ru": r"(?:перенес[её]н[аоы]?|перенес(?:ли|ла|ло)?|перенёс|отложен[аоы]?|отложил[аио]?)\s+с",
    "pl": r"(?:przełożon\w*|przesunięt\w*|odłożon\w*|przeniesion\w*)\s+(?:z|ze)",
    "id": r"(?:ditunda|diundur|dimundurkan|dimajukan|dipindahkan|digeser|dijadwalkan\s+ulang)\s+dari",
    # "تأجل المنتدى من 20 أبريل إلى 12 مايو" (the subject may stand between), "أرجئ من", "نقل من"; "بعد
    # تأجيله من 20 أبريل" (after its move from)
    "ar": (rf"[وف]?(?:تأجل|تأجلت|أجل|أجلت|أرجئ|أرجئت|نقل|نقلت|تأجيل|تأجيله|تأجيلها|إرجاء|إرجاؤه|إرجائه|إرجاؤها"
           rf"|إرجائها){_AR_MARKS}(?:\s+[^\s\d.!?;:،؛؟]+){{0,3}}?\s+من"),
}
# Every other mark of a former date, by language (primary subtag); a language without its own is read
# with the English ones. The Romance languages put the adverb before the participle or after it
# ("inicialmente prevista", "prevista inicialmente").
_FORMER = {
    "en": (r"(?:originally|initially|previously|first|earlier)\s+(?:been\s+)?"
           r"(?:scheduled|planned|set|slated|due|expected|intended|meant|announced|proposed|fixed|billed)"
           r"|had\s+(?:originally\s+|initially\s+)?been\s+(?:scheduled|planned|set|slated|due|expected)"
           r"|(?:was|were)\s+(?:originally\s+|initially\s+)?(?:to\s+have\s+been|due\s+to\s+have)"
           r"|instead\s+of|rather\s+than|formerly"),
    "fr": (r"(?:initialement|primitivement|originellement|d'abord|au\s+départ)\s+"
           r"(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?|planifiée?s?)"
           r"|(?:prévue?s?|programmée?s?|fixée?s?|planifiée?s?)\s+(?:initialement|primitivement|originellement|au\s+départ)"
           r"|au\s+lieu\s+(?:du|de)"),
    "es": (r"(?:inicialmente|originalmente|originariamente|en\s+un\s+principio|en\s+principio)\s+"
           r"(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?|planead[oa]s?|planificad[oa]s?|anunciad[oa]s?)"
           r"|(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?|planead[oa]s?|planificad[oa]s?)\s+"
           r"(?:inicialmente|originalmente|originariamente|en\s+un\s+principio|en\s+principio)"
           r"|en\s+(?:lugar|vez)\s+(?:del|de)"),
    "pt": (r"(?:inicialmente|originalmente|a\s+princípio)\s+"
           r"(?:previst[oa]s?|programad[oa]s?|marcad[oa]s?|agendad[oa]s?|planejad[oa]s?|planead[oa]s?)"
           r"|(?:previst[oa]s?|programad[oa]s?|marcad[oa]s?|agendad[oa]s?|planejad[oa]s?)\s+"
           r"(?:inicialmente|originalmente|a\s+princípio)"
           r"|em\s+(?:vez|lugar)\s+(?:do|de)"),
    "it": (r"(?:inizialmente|originariamente|originalmente|in\s+origine)\s+"
           r"(?:previst[oaie]|programmat[oaie]|fissat[oaie]|annunciat[oaie])"
           r"|(?:previst[oaie]|programmat[oaie]|fissat[oaie])\s+(?:inizialmente|originariamente|originalmente|in\s+origine)"
           r"|invece\s+(?:del|che)|anziché"),
    # The participle follows the date in German ("ursprünglich für den 12. Mai geplant"): the adverb marks it;
    # not "zunächst" ("first of all") nor a bare "statt" (of "fand … statt", "took place").
    "de": r"ursprünglich|anfänglich|anstatt|statt\s+(?:am|im|des|dem|vom|zum)|anstelle",
    "nl": r"oorspronkelijk|aanvankelijk|in\s+plaats\s+van",
    "ru": r"первоначально|изначально|вместо",
    # and "was to take place" ("miało odbyć się 26 lutego")
    "pl": (r"pierwotnie|początkowo|wstępnie|zamiast"
           r"|wcześniej\s+(?:planowan|zaplanowan|zapowiadan|wyznaczon|przewidywan)\w*"
           r"|miał[aoy]?\s+(?:się\s+odbyć|odbyć\s+się)"),
    # "semula dijadwalkan pada 24 Maret", "awalnya", "sebelumnya dijadwalkan", "alih-alih" (instead of)
    "id": r"semula|awalnya|mulanya|sebelumnya\s+(?:dijadwalkan|direncanakan)|alih-alih|bukannya",
    # Turkish puts the participle after the date ("Başlangıçta 18 Mart'ta yapılması planlanan"): the adverb marks it.
    "tr": r"başlangıçta|ilk\s+başta|aslen",
    # Korean too ("당초 4월 8일 열릴 예정이었던"); "원래대로" is "as originally planned".
    "ko": r"(?:당초|애초|원래|본래)(?!대로)\w*",
    # Chinese and Japanese are written without spaces: their markers stand anywhere, the date a few
    # characters after (原定于2025年3月18日举行, 原计划于3月25日在蒙巴萨召开; 当初4月8日に予定).
    "zh": r"原定|原訂|原[计計][划劃]|原本|原先|原[拟擬]|原[预預][计計定]|本[来來]|而非|而不是",
    "ja": r"当初|もともと|元々",
    # Arabic says "was scheduled" with كان and its subject between ("وكان المنتدى مقررا في 20 أبريل", "كان من
    # المقرر أن يعقد في"), "instead of" with بدلا من, عوضا عن; the present "من المقرر" is the date now set.
    "ar": (rf"[وف]?كان(?:ت|وا|تا)?\s+(?:[^\s.!?;:،؛؟]+\s+){{0,6}}?(?:من\s+)?(?:ال)?"
           rf"(?:مقرر|مزمع|مفترض|مخطط|متوقع)(?:ا|ة|ه)?{_AR_MARKS}"
           rf"|بدلا{_AR_MARKS}\s+(?:من|عن)|عوضا{_AR_MARKS}\s+عن"),
}
# "To" between a marker and the date makes it where the event moved to ("تأجل من 20 أبريل إلى 12 مايو": 12 May
# is the new one; a range's two days, "من 20 إلى 25 أبريل", are taken apart by moved_apart first).
_ONWARD = {"ar": re.compile(r"(?<!\w)[وف]?(?:إلى|الى|حتى)(?!\w)")}
# How many characters past its marker a date may stand in a language written without spaces (cldr.UNSPACED).
_WITHIN_CHARACTERS = 16
# The date stands within this many words of its marker.
_WITHIN = 8
# "as originally planned": the date held ("jak pierwotnie planowano", "zoals oorspronkelijk gepland"…).
_KEPT = re.compile(r"(?<!\w)(?:as|jak|zoals|wie|comme|come|como|как)\s+$", re.IGNORECASE)
# A clause ends at these; a full stop only where no number precedes it ("am 12. Mai" is one clause).
_CLAUSE_END = re.compile(r"[;!?:。！？；：，،؛؟]|(?<!\d)\.(?=\s|$)")


def _code(language: str) -> str:
    code = cldr.primary(language)
    return code if code in _FORMER else "en"


@lru_cache(maxsize=None)
def _markers(language: str) -> re.Pattern:
    code = _code(language)
    marks = "|".join(m for m in (_MOVED.get(code), _FORMER[code]) if m)
    if code in cldr.UNSPACED:  # no spaces to mark a word's ends
        return re.compile(marks, re.IGNORECASE)
    return re.compile(rf"(?<![\w'])(?:{marks})(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _moved(language: str) -> re.Pattern | None:
    moved = _MOVED.get(_code(language))
    return re.compile(rf"(?<![\w'])(?:{moved})\s*$", re.IGNORECASE) if moved else None


def moved_from(text: str, start: int, language: str = "en") -> bool:
    """Whether the words just before `start` move an event from the date
    written there ("postponed from"): "from 9 to 12 August" that follows
    them gives two dates, the old and the new, not the days between."""
    moved = _moved(language)
    return moved is not None and moved.search(text, max(0, start - 40), start) is not None


def may_mark(text: str, language: str = "en") -> bool:
    """Whether `text` writes a marker at all, or a move to a date, which a "from" may follow (a search or two:
    most quotes write none)."""
    moved_to = _MOVED_TO_ANYWHERE.get(_code(language))
    return _markers(language).search(text) is not None or moved_to is not None and moved_to.search(text) is not None


def superseded(text: str, start: int, language: str = "en", previous_end: int = 0) -> str | None:
    """The marker ("originally scheduled for") that gives the date written
    at `start` in `text` as a former one, as written; None if none does.
    `previous_end`: where the date before it in `text` ends (none is read past)."""
    window = text[previous_end:start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window_start = previous_end + ends[-1].end()
        window = text[window_start:start]
    else:
        window_start = previous_end
    found = list(_markers(language).finditer(window))
    if not found:
        return None
    marker = found[-1]
    between = window[marker.end():]
    if _code(language) in cldr.UNSPACED:
        far = len("".join(between.split())) > _WITHIN_CHARACTERS
    else:
        far = len(between.split()) > _WITHIN
    onward = _ONWARD.get(_code(language))
    if far or (onward and onward.search(between)) or _KEPT.search(text[:window_start + marker.start()]):
        return None
    return " ".join(marker.group().split())


def read(text: str, mentions, language: str = "en") -> list[tuple[int, int, DateSpan | None, str | None]]:
    """Each date of `mentions` ((start, end, span) in order, span None where
    it cannot be pinned), as (start, end, span, the marker that gives it as
    a former date or None), a move's range taken apart (moved_apart)."""
    found, previous_end, moved_to = [], 0, None
    for start, end, span in mentions:
        for part_start, part_end, part in moved_apart(text, start, end, span, language):
            marker = None if part is None else (
                moved_to and _from_after_moved_to(text, previous_end, part_start, moved_to, language)
                or superseded(text, part_start, language, previous_end))
            found.append((part_start, part_end, part, marker))
            moved_to, previous_end = _moved_to(text, part_start, language), part_end
    return found


# Moved to a date, then from another: "postponed to 14 May from 12 May", "pushed back to 2026 from 2025".
_MOVED_TO_WORDS = {"en": rf"(?<![\w'])(?:{_MOVING})\s+to\s"}
_MOVED_TO = {code: re.compile(rf"{words}+$", re.IGNORECASE) for code, words in _MOVED_TO_WORDS.items()}
_MOVED_TO_ANYWHERE = {code: re.compile(words, re.IGNORECASE) for code, words in _MOVED_TO_WORDS.items()}
_FROM_NEXT = {"en": re.compile(r"\s*,?\s*(from)\s", re.IGNORECASE)}


def _moved_to(text: str, start: int, language: str) -> str | None:
    """The words that give the date at `start` as the one an event moved to ("postponed to" 14 May; a month
    is read with its "to": "moved to June"), as written; None if none do."""
    pattern = _MOVED_TO.get(_code(language))
    to = re.match(r"to\s", text[start:start + 3], re.IGNORECASE)
    found = pattern.search(text, max(0, start - 40), start + (to.end() if to else 0)) if pattern else None
    return " ".join(found.group().split()) if found else None


def _from_after_moved_to(text: str, previous_end: int, start: int, moved_to: str, language: str) -> str | None:
    """The marker of a date that "from" begins, or stands just before, right after the date an event moved to
    (`moved_to`: the words before that one): the date it moved from ("postponed to … from")."""
    after = _FROM_NEXT.get(_code(language))
    found = after.match(text, previous_end) if after else None
    return f"{moved_to} … {found.group(1)}" if found and start in (found.start(1), found.end()) else None


def moved_apart(text: str, start: int, end: int, span: DateSpan | None,
                language: str = "en") -> list[tuple[int, int, DateSpan | None]]:
    """The date written at text[start:end] as (start, end, span), or, for a
    range the words before move an event from ("postponed from 9 to 12
    August"), the date it moved from and the one it moved to, each a range's
    end: not the days between."""
    if span is None or span.start == span.end or not moved_from(text, start, language):
        return [(start, end, span)]
    gap = _RANGE_GAP.search(text, start, end)
    middle = gap.start() if gap else start
    return [(start, middle, DateSpan(span.start, span.start)),
            (gap.end() if gap else end, end, DateSpan(span.end, span.end))]


# What joins a range's ends: "to", "–", "au", "al", "bis", "по", "para", "na", "إلى"…
_RANGE_GAP = re.compile(r"\s*[–—-]\s*|\s+(?:to|until|till|au|al|a|para|bis|zum|tot|по|до|на|na|do"
                        r"|و?(?:[إا]لى|حتى|لغاية))\s+", re.IGNORECASE)
