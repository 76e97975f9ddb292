"""Weekdays and relative dates in prose ("on Saturday", "last month",
"yesterday", "next week"), in the words of the source's language.

The words come from CLDR through babel: its weekday names, its relative
date fields ("el año pasado", "в прошлую субботу", "先週の土曜日") and its
phrases of time past ("three days ago", "hace dos semanas", "vor einem Jahr",
"5 лет назад": _counted); and from small tables of the words news writes
beside them, with their inflections ("지난해", "내달", "العام الماضي", "السنة
المقبلة", "im vergangenen Jahr", "lo scorso anno", "w ubiegłym roku", "в
текущем году", "önümüzdeki yıl", "el año que viene"), and of a weekend's,
which CLDR does not give ("over the weekend", "am vergangenen Wochenende":
Saturday and Sunday, _WEEKENDS). A phrase
names a period only relative to a reference (the source's publication
date), and only when that reference is precise enough: "yesterday" needs a
day, "last month" a month, "this year" a year. A weekday keeps its weekday
even when nothing says which week; alone ("on Tuesday", "am Dienstag", "el
martes"), it is the one of the six days before the reference when its
clause speaks of the past, of the six after when of the future (tense,
in every language by its verbs' forms, in English any verb's past,
"raised", "cut", "left", the weekday's own verb's and not a relative
clause's, a participle's part its main clause's ("Lopez, speaking on
Tuesday, said …"), or where they say nothing by the status its
clause tells the event: "于周二举行", "開かれた"); the reference's own
weekday is the one such day either side. Where CLDR's phrase names the week
("上周二", "先週の火曜日"), the weekday is that week's; "last Tuesday" is the
latest before but yesterday ("next Tuesday" the first after but tomorrow),
for which every language has its word. Pure functions, no I/O.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from . import cldr, eventstatus, keptobjects, saying, verbforms
from .spelled import cardinal_words
from .cldr import locale_of
from .dates import DateSpan, PartialDate, find_date_mentions, fiscal_year

_UNITS = ("day", "week", "month", "year")
_WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # CLDR keys, Monday = 0
# A weekday named without "last"/"next" is, in news, a day of the week before
# or after publication: in English, the side its clause's tense says (tense);
# where the tense is not read or says both, either.
_WEEKDAY_REACH = 6
# The letters that make a word ending in "周" (week, around) before a Chinese short weekday's numeral.
_WEEK_ENDING_WORDS = frozenset("四每一两兩几幾数數多半整圆圓")
# CLDR relative words that are also common nouns: "la mañana" is the morning,
# "am Morgen" (capitalised) too. Read as the noun when the text says so.
_NOUN_READINGS = {
    ("es", "mañana"): lambda text, start, word: re.search(r"(?i:la|esta|una|cada|por)\s+$", text[max(0, start - 12):start]),
    ("de", "morgen"): lambda text, start, word: word[0].isupper(),
    # Turkish "seneye" is next year; after a number, "to … years" ("iki seneye kadar").
    ("tr", "seneye"): lambda text, start, word: re.search(
        r"(?i:\d|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|birkaç|kaç)\s+$", text[max(0, start - 12):start]),
    # Chinese "马上" (at once) before "月底" holds "上月": "马上月底" is not last month.
    ("zh", "上月"): lambda text, start, word: text[start - 1:start] in ("马", "馬"),
    # "周" ends other words before a numeral: "四周一片寂静" (all around), "一周一次" (once a week), "每周二"
    # (every Tuesday, no one day).
    **{("zh", week + day): lambda text, start, word: text[start - 1:start] in _WEEK_ENDING_WORDS
       for week in ("周", "週") for day in "一二三四五六日"},
}
# Vietnamese writes an ordinal as it writes a weekday from Monday to Saturday: "lần thứ năm" (the fifth time),
# "lớn thứ ba" (third largest), "Thứ hai, …" (secondly) beside "hôm thứ Năm" (on Thursday). Such a phrase is a
# weekday where its day is capitalised as CLDR writes it ("thứ Năm"), a word of time stands before it ("hôm", "vào",
# "sáng") or a date after it ("thứ năm (6/3)"); else the ordinal.
_VIETNAMESE_TIME_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:hôm|vào|sáng|chiều|tối|trưa|đêm|khuya|mỗi|các|hàng|từ|đến|tới|trước|sau)\s+)$")
_VIETNAMESE_DATE_AFTER = re.compile(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}")


def _vietnamese_ordinal(text: str, start: int, word: str) -> bool:
    """Whether the Vietnamese "thứ …" at `start` is an ordinal, not a weekday (_VIETNAMESE_TIME_BEFORE)."""
    if word.split()[-1][0].isupper():
        return False
    return _VIETNAMESE_TIME_BEFORE.search(text, max(0, start - 8), start) is None \
        and _VIETNAMESE_DATE_AFTER.match(text, start + len(word)) is None


_NOUN_READINGS.update({("vi", f"thứ {day}"): _vietnamese_ordinal for day in ("hai", "ba", "tư", "năm", "sáu", "bảy")})

# Vietnamese and Indonesian write a count of weeks, months or years with the words of last and next after its
# number ("5 năm sau": five years later; "trong 5 năm tới": in the next five years; "2 pekan lalu", "beberapa
# minggu lalu": weeks ago): a count, not the period before or after publication.
_COUNTS_BEFORE = {
    "vi": re.compile(r"(?i:(?<!\w)(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|các|những)\s+)$"),
    "id": re.compile(r"(?i:(?<!\w)(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+)$"),
}


def _counted_period(text: str, start: int, form: _Form, language: str) -> bool:
    """Whether the week, month or year phrase at `start` follows a number that counts it (_COUNTS_BEFORE)."""
    counts = _COUNTS_BEFORE.get(cldr.primary(language))
    return counts is not None and form.unit in ("week", "month", "year") \
        and counts.search(text, max(0, start - 16), start) is not None


# Spanish, Italian and Portuguese news name the month after the words for last, this or next month ("el
# pasado mes de marzo", "il prossimo mese di dicembre", "no próximo mês de dezembro"): the phrase is that
# month's, which cldrdates.py reads, not the month before or after publication.
_MONTH_OF = {"es": "de", "it": "di", "pt": "de"}


def _month_named_after(text: str, end: int, language: str) -> bool:
    of = _MONTH_OF.get(cldr.primary(language))
    following = re.match(rf"\s+{of}\s+(\w+)", text[end:end + 40]) if of else None
    return following is not None and following.group(1).casefold() in _month_names(language)


@lru_cache(maxsize=None)
def _month_names(language: str) -> frozenset[str]:
    months = locale_of(language).months
    return frozenset(name.casefold() for context in ("format", "stand-alone") for name in months[context]["wide"].values())


@dataclass(frozen=True)
class RelativeMention:
    start: int  # character offsets of the phrase in the text
    end: int
    text: str
    weekday: int | None  # 0 = Monday, when the phrase names a weekday
    window: tuple[date, date] | None  # first and last day it can mean; None when the reference is too vague


@dataclass(frozen=True)
class _Form:
    unit: str  # "day", "week", "month", "year", "weekday" or "weekend"
    offset: int | None  # -1 last, 0 this, 1 next; None for a bare weekday name
    weekday: int | None
    # A weekday of a named week: "上周二" is Tuesday of last week, where "last Tuesday" is the latest before.
    in_week: bool = False
    tense: int | None = None  # a bare weekday's side of the reference, as its sentence's tense says: -1, 1


# Words for last, this and next week that CLDR does not give, as news writes them: Chinese "上星期二"
# beside CLDR's "上周二". A weekday after one is that week's (_grammar).
_WEEK_WORDS = {
    "zh": {-1: ("上星期", "上礼拜", "上禮拜", "上週", "上周"), 0: ("这周", "這週", "这星期", "這星期", "本星期", "本週", "本周"),
           1: ("下星期", "下礼拜", "下禮拜", "下週", "下周"),
           # the week before last and after next, which write "上周" and "下周" inside them
           -2: ("上上周", "上上週", "上上星期"), 2: ("下下周", "下下週", "下下星期")},
}

# The short names of the weekdays news writes beside CLDR's wide ones, in both scripts: Chinese "周二" and
# "週二", "礼拜二", "星期天", where CLDR's wide name is "星期二". Each stands before the wide name's last letter.
_SHORT_WEEKDAYS = {"zh": ("周", "週", "礼拜", "禮拜")}
_SUNDAY_WORDS = {"zh": ("星期天", "礼拜天", "禮拜天")}

# Words for last, this and next year, month and day that CLDR does not give, as news writes them:
# Korean "지난해" beside CLDR's "작년", "내달" beside "다음 달"; Arabic's are built (_arabic_words).
_MORE_WORDS = {
    # Parts of the day of publication ("met this morning", "will sign tonight"); not "overnight", which may be
    # the night before it or the one after.
    "en": {("day", 0): ("this morning", "this afternoon", "this evening", "tonight"),
           # "The forum will be held at the end of the month": the month of publication, as "this month" is.
           ("month", 0): ("end of the month", "start of the month", "beginning of the month", "middle of the month",
                          "later in the month", "earlier in the month", "early in the month", "late in the month")},
    "ko": {("year", -1): ("지난해",), ("year", 0): ("금년",), ("month", 0): ("이달", "금월"), ("month", 1): ("내달",)},
    "fr": {("year", -1): ("l'an dernier", "l'an passé", "l'année passée"), ("year", 1): ("l'an prochain",),
           ("month", -1): ("le mois passé",)},
    "pt": {("year", 0): ("neste ano", "deste ano"), ("year", 1): ("ano que vem",), ("month", 1): ("mês que vem",),
           ("week", 1): ("semana que vem",)},
    "es": {("year", 1): ("año que viene",), ("month", 1): ("mes que viene",), ("week", 1): ("semana que viene",)},
    "nl": {("year", -1): ("afgelopen jaar",), ("year", 1): ("komend jaar", "komende jaar")},
    # Vietnamese "tới" (coming) beside CLDR's "sau" (next); Indonesian "pekan" (week) beside CLDR's "minggu",
    # which is also Sunday.
    "vi": {("year", 1): ("năm tới",), ("month", 1): ("tháng tới",), ("week", 1): ("tuần tới",)},
    "id": {("week", -1): ("pekan lalu",), ("week", 0): ("pekan ini",), ("week", 1): ("pekan depan",)},
    "tr": {("year", -1): ("geçtiğimiz yıl",), ("year", 1): ("önümüzdeki yıl", "seneye")},
    # Polish and Russian in the cases news writes after "in" and "of" ("w ubiegłym roku", "ubiegłego roku";
    # "в минувшем году", "текущего года").
    "pl": {("year", -1): ("ubiegłym roku", "ubiegłego roku", "zeszłego roku"),
           ("year", 0): ("bieżącym roku", "bieżącego roku"), ("year", 1): ("przyszłego roku",)},
    "ru": {("year", -1): ("минувшем году", "минувшего года", "прошлого года"),
           ("year", 0): ("текущем году", "текущего года", "этого года"),
           ("year", 1): ("будущем году", "будущего года", "следующего года")},
    # Chinese news's "上月" and "下月" (last and next month) beside CLDR's "上个月" and "下个月", and the month
    # before last and after next, which write those inside them; its "昨日" and "明日" beside CLDR's "昨天" and
    # "明天" (not "今日", which opens names: 今日头条, 今日美国).
    "zh": {("month", -1): ("上月",), ("month", 1): ("下月",), ("month", -2): ("上上个月", "上上個月", "上上月"),
           ("month", 2): ("下下个月", "下下個月", "下下月"), ("day", -1): ("昨日",), ("day", 1): ("明日",)},
    # Japanese "去年" beside CLDR's "昨年", and the year before last and the year, month and week after next,
    # which write CLDR's words inside them: "一昨年" is not "昨年", nor "再来年" "来年"; the "本日" (today) of
    # announcements and press releases beside CLDR's "今日".
    "ja": {("year", -1): ("去年",), ("year", -2): ("一昨年", "おととし"), ("year", 2): ("再来年",),
           ("month", 2): ("再来月",), ("week", 2): ("再来週",), ("day", 0): ("本日",)},
}
# A weekend (Saturday and Sunday), as news writes it, which CLDR gives no phrase for: the last one (-1), or
# (None) the one the reference falls on, else the last or the next as the clause's tense says (_weekend).
_WEEKENDS = {
    "en": {"over the weekend": None, "at the weekend": None, "on the weekend": None, "during the weekend": None,
           "this weekend": None, "last weekend": -1, "this past weekend": -1},
    "es": {"este fin de semana": None, "el fin de semana pasado": -1, "el pasado fin de semana": -1},
    "fr": {"ce week-end": None, "ce weekend": None, "le week-end dernier": -1, "le weekend dernier": -1},
    "de": {"am Wochenende": None, "an diesem Wochenende": None, "am vergangenen Wochenende": -1,
           "am letzten Wochenende": -1},
    "it": {"questo fine settimana": None, "lo scorso fine settimana": -1, "il fine settimana scorso": -1},
    "pt": {"neste fim de semana": None, "no último fim de semana": -1, "no fim de semana passado": -1},
    "nl": {"dit weekend": None, "afgelopen weekend": -1, "vorig weekend": -1},
    "ru": {"в эти выходные": None, "в прошлые выходные": -1, "в минувшие выходные": -1},
}
# The words for a weekend, casefolded, one of which every phrase of each language above writes.
_WEEKEND_NOUNS = {"en": ("weekend",), "es": ("semana",), "fr": ("week-end", "weekend"), "de": ("wochenende",),
                  "it": ("settimana",), "pt": ("semana",), "nl": ("weekend",), "ru": ("выходны",)}
# German declines the adjective of last and next with its noun ("letztes Jahr", "im vergangenen Jahr",
# "kommende Woche", "des vergangenen Monats"): each adjective with each ending, before each form of the noun.
_GERMAN_ADJECTIVES = {-1: ("letzt", "vergangen", "vorig"), 1: ("nächst", "kommend")}
_GERMAN_NOUNS = {"year": ("Jahr", "Jahres"), "month": ("Monat", "Monats"), "week": ("Woche",)}
_MORE_WORDS["de"] = {(unit, offset): tuple(f"{adjective}{ending} {noun}" for adjective in adjectives
                                          for ending in ("e", "es", "en") for noun in nouns)
                     for unit, nouns in _GERMAN_NOUNS.items() for offset, adjectives in _GERMAN_ADJECTIVES.items()}
# "im Vorjahr" (in the year before); not "gegenüber dem Vorjahr", a comparison's.
_MORE_WORDS["de"][("year", -1)] += ("im Vorjahr",)
_MORE_WORDS["de"][("year", 0)] = ("diesem Jahr", "dieses Jahr", "dieses Jahres", "laufenden Jahr", "laufenden Jahres")
# Arabic names a year, month or week by its noun and an adjective of last, this or next that agrees with it
# ("العام الماضي", "السنة الماضية": last year; "الشهر الجاري": this month), or "this" before it ("هذا العام").
_ARABIC_NOUNS = {"year": (("العام", False), ("السنة", True)), "month": (("الشهر", False),),
                 "week": (("الأسبوع", False), ("الاسبوع", False))}
_ARABIC_ADJECTIVES = {-1: ("الماضي", "المنصرم", "الفائت"), 0: ("الجاري", "الحالي"), 1: ("المقبل", "القادم")}
_ARABIC_DAYS = {-1: ("البارحة",), 1: ("غدا",)}  # "غدًا" without its tanween, as news most often writes it


def _arabic_words() -> dict[tuple[str, int], tuple[str, ...]]:
    words: dict[tuple[str, int], list[str]] = {}
    for unit, nouns in _ARABIC_NOUNS.items():
        for noun, feminine in nouns:
            for offset, adjectives in _ARABIC_ADJECTIVES.items():
                words.setdefault((unit, offset), []).extend(
                    f"{noun} {adjective}{'ة' if feminine else ''}" for adjective in adjectives)
            words.setdefault((unit, 0), []).append(f"{'هذه' if feminine else 'هذا'} {noun}")
    for offset, days in _ARABIC_DAYS.items():
        words.setdefault(("day", offset), []).extend(days)
    return {key: tuple(found) for key, found in words.items()}


_MORE_WORDS["ar"] = _arabic_words()
# Languages whose writers space a phrase's words or not ("다음 달", "다음달"; "지난해", "지난 해"): a
# phrase is read with or without a space between any two of its letters.
_SPACING_FREE = {"ko"}
# Particles glued to a phrase's last word that leave it the date: Korean "지난해에" (in last year), "올해의"
# (this year's). Not "까지" (by) nor "부터" (from): a bound's.
_GLUED_AFTER = {"ko": "에는|에도|에|엔|의|은|는|도"}
# Arabic glues "and", "so", "in", "for" and "as" to the word after them ("والعام الماضي", "بالعام
# الماضي"), "for the" written "لل" ("للعام المقبل").
_ARABIC_CLITIC = r"(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك])"


def words_for(language: str, unit: str) -> dict[str, int]:
    """The words for last, this and next `unit` ("year", "month") in `language`, each with its offset (-1,
    0, 1; -2 or 2 for the one before last or after next, "一昨年"): CLDR's and those news writes beside them
    (_MORE_WORDS). cldrdates.py reads them before a month or a day ("지난해 12월", "내달 20일", "一昨年8月")."""
    return {phrase: form.offset for phrase, form in _grammar(language)[1].items()
            if form.unit == unit and form.offset is not None}


def find_relative(text: str, reference: PartialDate | None = None, language: str = "en") -> list[RelativeMention]:
    """Every weekday and relative-date phrase in `text`, in order."""
    return list((_found_before if keptobjects.keeping() else _found)(text, reference, language))


def _found(text: str, reference: PartialDate | None, language: str) -> tuple[RelativeMention, ...]:
    pattern, forms, week_start = _grammar(language)
    found = []
    for match in pattern.finditer(text):
        form = forms.get(_key(match.group(0), language))
        if form is None:  # case folding matched what the table does not spell alike
            continue
        noun = _NOUN_READINGS.get((language.split("-")[0], _fold(match.group(0))))
        if noun and noun(text, match.start(), match.group(0)):
            continue
        if _counted_period(text, match.start(), form, language):
            continue  # "5 năm sau": five years later, which _counted reads where CLDR words it so
        if form.unit == "year" and fiscal_year(text, match.start(), match.end(), language):
            continue  # "今年度": a fiscal year
        if form.unit == "month" and _month_named_after(text, match.end(), language):
            continue  # "el pasado mes de marzo": March (cldrdates.py), not the month before publication
        if form.unit in ("weekday", "weekend") and form.offset is None:
            form = replace(form, tense=tense(text, match.start(), match.end(), language))
        start, window = match.start(), _window(form, reference, week_start)
        part = _earlier_or_later(text, start, form, language)
        if part is not None:  # "earlier this week": the phrase begins with "earlier"
            start = part.start()
            window = window and _part_of_window(window, part[1].lower() == "earlier", reference)
        found.append(RelativeMention(start, match.end(), text[start:match.end()], form.weekday, window))
    folded = text.casefold()  # searched for the words the phrases below need: most texts have none
    more = _counted(text, folded, reference, language, week_start) + _weekends(text, folded, reference, language,
                                                                              week_start)
    if "overnight" in folded and cldr.primary(language) == "en":
        more += _overnight(text, reference, found)
    if more:
        found = sorted([m for m in found if not any(c.start < m.end and m.start < c.end for c in more)] + more,
                       key=lambda m: m.start)
    return tuple(_weekday_ranges(text, found) if cldr.primary(language) == "en" else found)


# English news writes a span of days as its first and last weekdays ("met from Monday to Wednesday", "Monday
# through Wednesday", "Monday-Wednesday"): the days between them, not two days each of which the event was on.
_WEEKDAY_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+", re.IGNORECASE)


def _weekday_ranges(text: str, found: list[RelativeMention]) -> list[RelativeMention]:
    """`found`, each two weekdays that write a span of days one mention of its days, where the tense or the
    reference pins one of them to one day; two weekdays neither of which is pinned stay apart."""
    merged: list[RelativeMention] = []
    for mention in found:
        first = merged[-1] if merged else None
        if first is not None and first.weekday is not None and mention.weekday is not None \
                and _WEEKDAY_RANGE_GAP.fullmatch(text, first.end, mention.start):
            days = _days_from_to(first, mention)
            if days is not None:
                merged[-1] = RelativeMention(first.start, mention.end, text[first.start:mention.end], None, days)
                continue
        merged.append(mention)
    return merged


def _days_from_to(first: RelativeMention, last: RelativeMention) -> tuple[date, date] | None:
    """The days from the weekday `first` to the next `last` (the same weekday a week on), as one of them is
    pinned to a day; None where neither is."""
    length = timedelta((last.weekday - first.weekday - 1) % 7 + 1)
    start, end = _pinned_day(first), _pinned_day(last)
    if start is not None:
        return start, start + length
    return (end - length, end) if end is not None else None


def _pinned_day(mention: RelativeMention) -> date | None:
    """The one day of its window a weekday's mention can mean, if only one."""
    if mention.window is None:
        return None
    first, last = mention.window
    matching = [first + timedelta(n) for n in range((last - first).days + 1)
                if (first + timedelta(n)).weekday() == mention.weekday]
    return matching[0] if len(matching) == 1 else None


# English news dates a deed of the night before publication "overnight" ("Negotiators reached a deal
# overnight."): that night's two days, or tonight's where the clause speaks of the future. Only the adverb: an
# adjective may name no night ("the overnight rate", "an overnight stay"); and only in a text that dates
# nothing else, whose night it may be ("on Tuesday overnight", "The summit opened on March 3. Talks ran
# overnight.").
_OVERNIGHT = re.compile(r"(?i)(?<![\w-])overnight(?=\s*(?:[,.;:!?)\]–—]|$|(?:in|on|at|to|and|as|after|before"
                        r"|while|when|into|from|with|for|amid|despite|following)\b))")


def _overnight(text: str, reference: PartialDate | None, found: list[RelativeMention]) -> list[RelativeMention]:
    """The nights `text` dates by "overnight" (_OVERNIGHT), each the two days it spans."""
    if found or find_date_mentions(text):
        return []
    nights = []
    for match in _OVERNIGHT.finditer(text):
        window = None
        if reference is not None and reference.day is not None:
            day = date(reference.year, reference.month, reference.day)
            if tense(text, match.start(), match.end()) == 1:
                day += timedelta(1)
            window = (day - timedelta(1), day)
        nights.append(RelativeMention(match.start(), match.end(), match.group(), None, window))
    return nights


# English news dates a deed within the current week, month or year by the part of it before or after
# publication: "earlier this week" in a Thursday's story is Monday to Wednesday, never Friday.
_PART_UNITS = ("week", "month", "year")
_EARLIER_OR_LATER = re.compile(r"(?i)(?<![\w-])(earlier|later)\s+$")


def _earlier_or_later(text: str, start: int, form: _Form, language: str) -> re.Match | None:
    """The "earlier" or "later" right before this week, month or year starting at `start`, if any."""
    if form.unit not in _PART_UNITS or form.offset != 0 or cldr.primary(language) != "en":
        return None
    return _EARLIER_OR_LATER.search(text, max(0, start - 12), start)


def _part_of_window(window: tuple[date, date], earlier: bool, reference: PartialDate) -> tuple[date, date] | None:
    """The part of this week's, month's or year's `window` that "earlier" or "later" names: the days before
    the reference's day or after it; with a reference of a month, the months up to it or from it. None where
    no day is left ("earlier this week" in a story of the week's first day)."""
    if reference.month is None:
        return window
    first, last = window
    if reference.day is not None:
        day = date(reference.year, reference.month, reference.day)
        first, last = (first, day - timedelta(1)) if earlier else (day + timedelta(1), last)
    elif earlier:
        last = min(last, date(reference.year, reference.month, calendar.monthrange(reference.year, reference.month)[1]))
    else:
        first = max(first, date(reference.year, reference.month, 1))
    return (first, last) if first <= last else None


def _weekends(text: str, folded: str, reference: PartialDate | None, language: str,
              week_start: int) -> list[RelativeMention]:
    """The weekends `text` (`folded`: casefolded) names (_WEEKENDS), each with the side its clause's tense says
    where its words do not."""
    grammar = _weekend_grammar(cldr.primary(language))
    if grammar is None or not any(noun in folded for noun in grammar[0]):
        return []
    found = []
    for match in grammar[1].finditer(text):
        offset = grammar[2][_fold(match.group())]
        form = _Form("weekend", offset, None,
                     tense=None if offset is not None else tense(text, match.start(), match.end(), language))
        found.append(RelativeMention(match.start(), match.end(), match.group(), None,
                                     _window(form, reference, week_start)))
    return found


@lru_cache(maxsize=None)
def _weekend_grammar(code: str) -> tuple[tuple[str, ...], re.Pattern, dict[str, int | None]] | None:
    """The language's words for a weekend (_WEEKEND_NOUNS, casefolded), its phrases (_WEEKENDS), and
    each phrase's offset by its folded words; None in a language without them. Searched apart from CLDR's
    phrases: their first letters ("o", "a", "d" of "over", "at", "during") would have that search try its
    phrases at a far larger share of a text's letters."""
    phrases = _WEEKENDS.get(code)
    if phrases is None:
        return None
    alternatives = "|".join(_loose(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return (_WEEKEND_NOUNS[code],
            re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE),
            {_fold(phrase): offset for phrase, offset in phrases.items()})


# Beyond this many days, weeks, months or years ago, a number is no count of time past.
_COUNTED_MOST = 999
# How far before a phrase of time past its bound's words may start.
_BOUND_REACH = 40


def _counted(text: str, folded: str, reference: PartialDate | None, language: str,
             week_start: int) -> list[RelativeMention]:
    """The phrases of time past in `text` ("three days ago", "hace 2 semanas"), each the day, week, month or
    year it names counted back from the reference (a week, as "last week" is: its days from the week's first).
    Not one after a bound ("more than", "nearly", "about"): it names no one period."""
    grammar = _counted_grammar(language)
    if grammar is None or not any(anchor in folded for anchor in grammar.anchors):
        return []
    found = []
    for match in grammar.pattern.finditer(text):
        unit, fixed = grammar.units[match.lastgroup]
        written = match.group("n" + match.lastgroup[1:]) if fixed is None else None
        count = fixed or (int(written) if written.isdigit() else grammar.numbers.get(written.casefold()))
        if count is None or not 1 <= count <= _COUNTED_MOST:
            continue
        if grammar.bounded is not None and grammar.bounded.search(text, max(0, match.start() - _BOUND_REACH),
                                                                  match.start()):
            continue  # "more than two years ago", "vor fast einem Jahr": no one day, month or year
        found.append(RelativeMention(match.start(), match.end(), match.group(0), None,
                                     _window(_Form(unit, -count, None), reference, week_start)))
    return found


@dataclass(frozen=True)
class _CountedGrammar:
    pattern: re.Pattern  # every phrase, each in a group "u<i>" with its number in "n<i>" (none for a fixed one)
    anchors: tuple[str, ...]  # words a text holds, casefolded, if it holds a phrase: most texts have none
    units: dict[str, tuple[str, int | None]]  # group -> unit, and the count a phrase writes in its words
    numbers: dict[str, int]  # numbers written out, folded
    bounded: re.Pattern | None  # a bound's words ending where a phrase starts (cldrtext.bound_words_before)


# CLDR's phrases that write their count in words, by plural category: Arabic "قبل يومين" (two days ago).
_COUNT_OF = {"one": 1, "two": 2}


@lru_cache(maxsize=None)
def _counted_grammar(language: str) -> _CountedGrammar | None:
    """CLDR's phrases of time past in `language`, with a number in digits or in words. Not in languages that glue
    the number to its unit ("3天前", "3日前", "3일 전"), where a day of the month is written so too."""
    locale = locale_of(language)
    fields = locale._data["date_fields"]
    numbers = {word.casefold(): value for word, value in cardinal_words(language).items()}
    number = "|".join([r"(?<!\d[.,])\d{1,3}(?![\d.,]\d)", *map(re.escape, sorted(numbers, key=len, reverse=True))])
    bodies: dict[str, tuple[str, int | None]] = {}
    words: list[set[str]] = []  # each phrase's, beside its number
    for unit in _UNITS:
        for category, phrase in dict(fields[unit].get("past", {})).items():
            before, marker, after = phrase.partition("{0}")
            glued = marker and (before[-1:].isalnum() or after[:1].isalnum())
            if glued or not _spaced(phrase) or not marker and category not in _COUNT_OF:
                continue
            words.append(set((before + " " + after).split()))
            body = (_loose(before) + r"\s+" if before.strip() else "") + "(?P<n#>" + number + ")" + (
                r"\s+" + _loose(after) if after.strip() else "") if marker else _loose(phrase)
            bodies.setdefault(body, (unit, None if marker else _COUNT_OF[category]))
    if not bodies:
        return None
    units = {f"u{i}": value for i, value in enumerate(bodies.values())}
    alternatives = "|".join(f"(?P<u{i}>{body.replace('(?P<n#>', f'(?P<n{i}>')})" for i, body in enumerate(bodies))
    from .cldrtext import bound_words_before  # cldrtext reads dates by cldrdates.py, which reads them here
    # The longest word all its phrases write ("ago", "hace", "назад"), or else any of theirs: a text without it is
    # passed by.
    shared = sorted(set.intersection(*words), key=lambda word: (-len(word), word))
    anchors = tuple(sorted(word.casefold() for word in set(shared[:1]) or set.union(*words)))
    bounds = sorted(bound_words_before(language), key=len, reverse=True)
    bounded = re.compile(rf"(?<!\w)(?:{'|'.join(_loose(bound) for bound in bounds)})\s*$", re.IGNORECASE) \
        if bounds else None
    return _CountedGrammar(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE),
                           anchors, units, numbers, bounded)


def _loose(phrase: str) -> str:
    """A phrase of CLDR's as news may write it: any spaces between its words, either apostrophe."""
    return r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split())


# A rebuild in the same process (serve) searches the same quotes again; most hold no such phrase.
_found_before = lru_cache(maxsize=1 << 17)(_found)


def span_of(mention: RelativeMention) -> DateSpan:
    """The window as a date with honest precision: a whole month is a month,
    and a weekday the one day of it where its window holds only one."""
    first, last = mention.window
    # Six days either side hold the weekday twice, save the reference's own: "on Thursday" in a
    # Thursday's story is that day, whatever its tense.
    if mention.weekday is not None and (pinned := _pinned_day(mention)) is not None:
        first = last = pinned
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return DateSpan(PartialDate(first.year), PartialDate(first.year))
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) \
            and last.day == calendar.monthrange(last.year, last.month)[1]:
        month = PartialDate(first.year, first.month)
        return DateSpan(month, month)
    return DateSpan(PartialDate(first.year, first.month, first.day), PartialDate(last.year, last.month, last.day))


def _window(form: _Form, reference: PartialDate | None, week_start: int) -> tuple[date, date] | None:
    if reference is None:
        return None
    if form.unit == "year":
        year = reference.year + form.offset
        return (date(year, 1, 1), date(year, 12, 31)) if 1 <= year <= 9999 else None
    if reference.month is None:
        return None
    if form.unit == "month":
        year, month = divmod(reference.year * 12 + reference.month - 1 + form.offset, 12)
        month += 1
        if not 1 <= year <= 9999:
            return None
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if reference.day is None:
        return None
    day = date(reference.year, reference.month, reference.day)
    try:
        if form.unit == "weekend":
            return _weekend(day, form)
        if form.unit == "day":
            return (day + timedelta(form.offset),) * 2
        week = day - timedelta((day.weekday() - week_start) % 7)
        if form.unit == "week":
            first = week + timedelta(7 * form.offset)
            return first, first + timedelta(6)
        if form.in_week:  # "上周二": the weekday of that week
            first = week + timedelta(7 * form.offset)
            return first, first + timedelta(6)
        if form.offset is None:  # a bare weekday: the one before or after, or on the side its tense says
            return (day - timedelta(_WEEKDAY_REACH) if form.tense != 1 else day,
                    day + timedelta(_WEEKDAY_REACH) if form.tense != -1 else day)
        if form.offset == 0:  # "this Saturday": in the reference's week
            return week, week + timedelta(6)
        # "last Saturday": the latest one before the reference, but not the day before, which every language
        # calls "yesterday"; "next Saturday" the first after it but the day after ("tomorrow").
        if form.offset < 0:
            return day - timedelta(8), day - timedelta(2)
        return day + timedelta(2), day + timedelta(8)
    except OverflowError:
        return None


def _weekend(day: date, form: _Form) -> tuple[date, date] | None:
    """The Saturday and Sunday a weekend's phrase names: the last that ended before `day` ("last weekend"), the
    one `day` falls on, or else the last or the next as its clause's tense says; None where it says neither."""
    saturday = day - timedelta((day.weekday() - 5) % 7)  # the latest on or before `day`
    if form.offset == -1 and saturday + timedelta(1) >= day:
        saturday -= timedelta(7)  # on a weekend, the last is the one before
    elif form.offset is None and day.weekday() < 5:
        if form.tense is None:
            return None
        saturday += timedelta(7 if form.tense == 1 else 0)
    return saturday, saturday + timedelta(1)


# English tense around a bare weekday: "met on Wednesday" is the latest Wednesday, "will meet on
# Wednesday" the next. A clause that says both or neither leaves the weekday on either side.
_CLAUSE_REACH = 300
# Chinese and Japanese end a clause with a full-width mark and no space after it.
_CLAUSE_END = re.compile(r"[.;!?]\s|[.;!?]$|\n|[。！？；]")
_FUTURE = re.compile(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated|planned|going)\s+to|"
                     r"(?:is|are)\s+to|plans?\s+to|intends?\s+to|'ll|to\s+be\s+held|upcoming|next)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|met|said|signed|agreed|held|took|made|gave|told|began|"
                   r"announced|pledged|visited|attended|opened|ended|concluded|reported|approved|adopted|"
                   r"launched|unveiled|declared|confirmed|last)\b")
# Any other verb in its past form tells the past as "met" does: a regular one ("raised", "unveiled", "agreed";
# _regular_past) or one of the irregular pasts news writes ("cut", "kept", "left", "rose", "fell").
_IRREGULAR_PAST = frozenset("""
    arose awoke became began bent bled blew bore bought bred broke brought built burnt caught chose clung
    came crept dealt drew drove dug fed fell felt fled flew forbade forgave forgot fought found froze gave got
    grew hid hung heard held kept knew laid led leapt left lent lost made meant met misled mistook oversaw
    overcame overtook overthrew paid ran rang rode rose said sang sank sat saw sent shook shone shot shrank slept
    slid sold sought spent spoke sped spun sprang stood stole stuck stung strode struck strove swept swore swam swung
    taught threw told took tore understood undertook upheld withdrew withheld withstood woke wore won wrote
""".split())
# Pasts written as their verb's bare form ("cut", "set"): a past only before what it acts on ("cut its rate", "set
# a date"), not as a noun ("a rate cut on Thursday", "the cut is") nor intransitively, where it cannot be told.
_BARE_PAST = frozenset({"bid", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put", "quit", "set",
                        "shut", "spread", "thrust", "upset"})
# The words after such a past that are no object of it.
_NOT_OBJECT = frozenset({"is", "are", "was", "were", "be", "will", "would", "could", "can", "may", "might", "should",
                         "must", "has", "have", "had", "on", "in", "at", "for", "of", "to", "by", "from", "with", "and",
                         "or", "but", "as", "that", "which", "than"})
# Words ending in -ed that are no verb's past, or most often an adjective ("the bank, based in Oslo").
_NOT_PAST_ED = frozenset({"hundred", "sacred", "naked", "wicked", "kindred", "rugged", "ragged", "jagged", "crooked",
                          "beloved", "embed", "shred", "wretched", "unprecedented", "based", "concerned", "related",
                          "supposed", "alleged", "interested", "qualified", "skilled", "talented"})
# A participle that is an adjective or a passive of the present or future is no past: after a determiner or a
# possessive ("the revised budget", "its planned summit", "the bank's revised forecast"), a form of "be" or "get"
# ("is expected", "will be signed", "gets delayed"), a verb that takes an adjective ("remains unchanged"), a modal
# or "to" ("will cut", "plans to cut"), with words of degree or negation between ("is widely expected").
_NOT_PAST_AFTER = frozenset({
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "each", "every",
    "some", "any", "no", "many", "several", "few", "such",
    "is", "are", "am", "be", "being", "get", "gets", "getting",
    "remain", "remains", "stay", "stays", "seem", "seems", "look", "looks", "appear", "appears", "become", "becomes",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "do", "does"})
# Words of degree, time or negation read past between the two, as an adverb in -ly is.
_SKIPPED_BEFORE = frozenset({"not", "also", "now", "then", "already", "still", "just", "never", "again", "soon",
                             "once", "further", "both", "all"})
# The participles of a plan, which date what is to come: "scheduled for Thursday", "the vote, expected on Monday".
_PLANNED = frozenset({"scheduled", "rescheduled", "planned", "slated", "expected", "proposed", "intended",
                      "anticipated", "pencilled", "penciled", "earmarked", "timetabled", "tipped", "poised"})
_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


# The old list's words that are no participle: their past is never a passive's nor an adjective's.
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "last"})


def _tells_past(words: list[str], index: int) -> bool:
    """Whether the English word at `index` is a verb in its past form (_PAST, _IRREGULAR_PAST, _regular_past),
    not an adjective, a passive of the present or future ("will be held"), or a plan's participle."""
    word = words[index]
    if word.lower() in _PAST_AUXILIARIES:
        return True
    listed = _PAST.fullmatch(word) is not None
    if word in _PLANNED or not (listed or word in _IRREGULAR_PAST or word in _BARE_PAST or _regular_past(word)):
        return False
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if word in _BARE_PAST and (following in _NOT_OBJECT or not following):
        return False
    return not _adjective_or_passive(words, index)


def _english_tense(sentence: str, start: int) -> int | None:
    """The tense of the English weekday at `start` of `sentence`: its own verb's, the nearest before it in its
    part of the sentence ("arrived on Monday and will hold talks on Wednesday"), or after it ("On Thursday
    the bank raised rates"). A part with no verb ("On Friday, …", "in Oslo, Norway, on Friday") takes the
    tense of the others, but a relative clause's (", which raised rates in July,") or an attribution's
    (", officials said"): they tell of other deeds."""
    parts = _parts(sentence)
    own = next(part for part in parts if part[0] <= start < part[1])
    marks = _tense_marks(sentence, *own)
    before = [sign for at, sign, _ in marks if at < start]
    after = [sign for at, sign, _ in marks if at > start]
    if before or after:
        return before[-1] if before else after[0]
    if _PARTICIPLE_OPENS.match(sentence, own[0], own[1]):
        return _main_tense(sentence, parts, own)
    signs = {sign for part in parts if part != own and not _relative_clause(sentence[part[0]:part[1]])
             for sign in _signs_unless_attribution(_tense_marks(sentence, *part))}
    return signs.pop() if len(signs) == 1 else None


# What sets a part of a sentence off: a comma (not one inside a number, "1,000"), a dash, a bracket.
_PART_END = re.compile(r",(?!\d)|[;:()\[\]–—]|\s-\s")
# A part that opens with a participle, after the word that joins it if any ("speaking to supporters on
# Tuesday", "while visiting Paris on Friday"), capitalised only opening the sentence ("Speaking on Tuesday, …", not
# "Beijing"): it has no verb of its own, and tells its deed in the main clause's time.
_PARTICIPLE_OPENS = re.compile(r"[\s,;:()\[\]–—-]*(?:(?i:after|before|while|when|since|upon|by)\s+)?"
                               r"(?:^[A-Z]|\b[a-z])[a-z]+ing\b(?<!during)(?<!morning)(?<!evening)")
_RELATIVE = re.compile(r"[\s,;:()\[\]–—-]*(?:which|who|whom|whose|where)\b", re.IGNORECASE)
# "would" is a future told in the past after a verb of saying ("said it would announce …"): from the
# publication, still to come; "would have" is no future.
_WOULD = re.compile(r"(?i)\bwould\b(?!\s+(?:not\s+)?have\b)")


def _main_tense(sentence: str, parts: list[tuple[int, int]], own: tuple[int, int]) -> int | None:
    """The tense of the clause a participle's part belongs to ("Lopez, speaking to supporters on Tuesday, said
    …"; "Speaking on Tuesday, Lopez said …"; "The delegation met officials, signing the accord on Tuesday"): its
    main verb's, the first after the part or else the last before it, a verb of saying as well as any; not a
    relative clause's."""
    main = [part for part in parts if part != own and not _relative_clause(sentence[part[0]:part[1]])]
    after = [sign for part in main if part[0] > own[0] for _, sign, _ in _tense_marks(sentence, *part)]
    before = [sign for part in main if part[0] < own[0] for _, sign, _ in _tense_marks(sentence, *part)]
    return after[0] if after else before[-1] if before else None


# Words that open a clause of a verb of its own inside a part of an English sentence: a relative pronoun, a
# coordinator, a subordinator ("and will hold talks on Wednesday", "after heavy rain forced them to stop on
# Tuesday"). Not "when" nor "as", whose clause tells the same time ("on Tuesday, when leaders met").
_JOINER = re.compile(r"(?i)\b(?:which|who|whom|whose|where|and|but|or|while|whereas|after|before|since|because"
                     r"|although|though)\b")
# Date words _FUTURE and _PAST read as tenses, which are no verb of a clause ("and next week").
_DATE_MARKS = frozenset({"next", "last", "upcoming"})


def of_other_clauses(text: str, first: int, second: int, language: str = "en") -> bool:
    """Whether the English dates at `first` and `second` of `text` are told in one sentence by clauses of verbs
    of their own: a relative clause's (", which fell 5% on Monday,"), an attribution's (", a spokesperson said
    on Wednesday"), a clause joined with its own verb ("and will meet again next week", "after heavy rain forced
    them to stop on Tuesday"). Each dates its own deed, so neither contradicts the other; an apposition
    ("on Saturday, 19 December") or a phrase ("last month, on 12 May") is of its clause."""
    if cldr.primary(language) != "en":
        return False
    low, high = sorted((first, second))
    begin = max([m.end() for m in _CLAUSE_END.finditer(text, 0, low)], default=0)
    if _CLAUSE_END.search(text, low, high) is not None:
        return False
    end = _CLAUSE_END.search(text, high)
    sentence = text[begin:end.start() if end else len(text)]
    opened = _clause_openings(sentence)
    return _clause_at(opened, low - begin) != _clause_at(opened, high - begin)


# A phrase hung on a noun that tells another deed than its clause's, in a participle or an infinitive of its own
# ("a deal expected to close in 2027", "a contract running until 2031", "a plant due to open in May"): no
# auxiliary before it, which would make it the clause's own verb ("The deal is expected to close in 2027").
_HUNG_PHRASE = re.compile(r"(?i)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
                          r"(?<!\bbeing\s)(?<!\bwill\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
                          r"\b(?:[a-z]+(?:ed|ing)|due|set)\s+(?:to\s+[a-z]+|until|till|through)\b")


def of_another_verbs_phrase(text: str, start: int, language: str = "en") -> bool:
    """Whether the English date at `start` of `text` is told by a phrase of another verb than its sentence's
    main one: a relative clause (", which raised rates in July,") or a participle's or an infinitive's phrase
    hung on a noun ("in a deal expected to close in the second quarter of 2027"). It dates that verb's deed."""
    if cldr.primary(language) != "en":
        return False
    begin = max([m.end() for m in _CLAUSE_END.finditer(text, 0, start)], default=0)
    part = max([m.end() for m in _PART_END.finditer(text, begin, start)], default=begin)
    return _relative_clause(text[part:start]) or _HUNG_PHRASE.search(text, part, start) is not None


def _clause_openings(sentence: str) -> list[tuple[int, int]]:
    """Where a clause of its own verb begins in the English `sentence` (its offset), and which clause goes on
    from there (the offset it began at): a relative clause or an attribution set off closes where its part
    does, and the clause it broke into goes on."""
    openings, current = [(0, 0)], 0
    for first, last in _parts(sentence):
        marks = _tense_marks(sentence, first, last)
        if _relative_clause(sentence[first:last]) or (marks and not _signs_unless_attribution(marks)):
            openings += [(first, first), (last, current)]
            continue
        joiners = list(_JOINER.finditer(sentence, first, last))
        for joiner, following in zip(joiners, [*(j.start() for j in joiners[1:]), last]):
            # A participle after its joiner is a verb of its own too: "will meet on Friday after meeting on Monday".
            if any(word.lower() not in _DATE_MARKS for _, _, word in _tense_marks(sentence, joiner.end(), following)) \
                    or _PARTICIPLE_OPENS.match(sentence, joiner.start(), following):
                current = joiner.start()
                openings.append((current, current))
    return openings


def _clause_at(openings: list[tuple[int, int]], position: int) -> int:
    return [clause for at, clause in openings if at <= position][-1]


def _parts(sentence: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.start() for m in _PART_END.finditer(sentence)), len(sentence)]
    return [(first, last) for first, last in zip(bounds, bounds[1:]) if first < last]


def _relative_clause(part: str) -> bool:
    return _RELATIVE.match(part) is not None


def _tense_marks(sentence: str, first: int, last: int) -> list[tuple[int, int, str]]:
    """Where the part of `sentence` from `first` to `last` tells a tense: each place (an offset in the
    sentence) with -1 for the past, 1 for the future, and the words that tell it."""
    marks = [(m.start(), 1, m.group()) for m in _FUTURE.finditer(sentence, first, last)]
    marks += [(m.start(), 1, m.group()) for m in _WOULD.finditer(sentence, first, last)
              if saying.reports(sentence, m.start())]
    found = list(_WORD.finditer(sentence, first, last))
    words = [m.group() for m in found]
    marks += [(found[index].start(), -1, words[index]) for index in range(len(words)) if _tells_past(words, index)]
    return sorted(marks)


def _signs_unless_attribution(marks: list[tuple[int, int, str]]) -> set[int]:
    """The tenses of a part's `marks`, none where it only gives whose words they are (its only verbs are of
    saying: "officials said", "the minister told reporters")."""
    if all(saying.says(word) for _, _, word in marks):
        return set()
    return {sign for _, sign, _ in marks}


def _regular_past(word: str) -> bool:
    """A regular past in lower case ("raised", "agreed"; a capitalised word is a name, "Mohammed", "Fed", more
    often than a verb opening its clause): not a short word ("bed", "need", "speed"), a compound
    ("long-delayed", an adjective) nor a word that only ends so ("hundred", "proceed")."""
    if not word.endswith("ed") or not word.isalpha() or not word.islower() or word in _NOT_PAST_ED:
        return False
    if word.endswith("eed"):
        return len(word) >= 6 and not word.endswith("ceed")
    return len(word) >= 5


def _adjective_or_passive(words: list[str], index: int) -> bool:
    """Whether the participle at `index` follows a word that makes it an adjective or a present's passive
    (_NOT_PAST_AFTER), a possessive ("the bank's revised forecast") or a contracted "is" ("it's expected")."""
    before = index - 1
    while before >= 0 and (words[before].lower() in _SKIPPED_BEFORE
                           or words[before].islower() and words[before].endswith("ly")):  # not "Italy", "July"
        before -= 1
    if before < 0:
        return False
    previous = words[before].lower().replace("’", "'")
    return previous in _NOT_PAST_AFTER or previous.endswith(("'s", "'re", "'ll"))


# Other languages' tense is read from their verbs' forms (verbforms.py: "se reunieron", "встретились",
# "podpisali", "hebben … ondertekend", "bir araya geldi"; "se reunirán", "vai assinar"), German's from its
# auxiliaries and participles (_GERMAN_FUTURE, _GERMAN_PAST). A word both forms may be is neither; Polish
# futures only by their auxiliary ("będzie"), its perfective present being too like its nouns ("Polski").
# Where the verbs' forms tell neither, as Chinese and Japanese verbs do not, the event's status its clause
# states does (eventstatus.py: "已于…举行", "開かれた" held; "将于…举行", "開かれる" planned).
# Chinese news's verbs of saying after a weekday ("毛宁周二在例行记者会上表示"): a report of what was said, past
# unless a word of intent says it is to come ("将于周二宣布").
_ZH_SAID = re.compile(r"表示|[说說]|[称稱]|指出|宣布|透露|[强強][调調]")
_GERMAN_FUTURE = re.compile(r"(?i)(?<!\w)(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|vorgesehen|"
                            r"kommend\w*|nächst\w*)(?!\w)")
# The past by a preterite or a participle, written in lower case as German writes a participle (a noun
# is capitalised: "Geschäften"); not by "hat" or "ist" alone, which also tell the present ("hat am
# Dienstag einen Termin").
_GERMAN_PAST = re.compile(r"(?<!\w)(?:[Hh]atten?|[Ww]aren?|[Ww]urden?|(?:ge|unter|ver|be|er|ent|über)[a-zäöüß]{3,}"
                          r"(?:t|te|ten|tes|ter|tem)|ge[a-zäöüß]{3,}en)(?!\w)")


# Vietnamese and Indonesian verbs do not change form: a word before the verb tells the past ("đã phê duyệt", "vừa ký",
# "telah menandatangani", "sudah") or the future ("sẽ ký", "sắp", "akan menandatangani").
_TENSE_WORDS = {"vi": (frozenset({"đã", "vừa"}), frozenset({"sẽ", "sắp"})),
                "id": (frozenset({"telah", "sudah"}), frozenset({"akan"}))}


def tense(text: str, start: int, end: int, language: str = "en") -> int | None:
    """-1 when the clause around a date (`start` to `end`) speaks of the past, 1 of the future, None when it
    says both or neither."""
    first, last = _sentence_around(text, start, end)
    code = cldr.primary(language)
    if code == "en":
        return _english_tense(text[first:last], start - first)
    if code == "de":
        clause = f"{text[first:start]} {text[end:last]}"
        future, past = _GERMAN_FUTURE.search(clause) is not None, _GERMAN_PAST.search(clause) is not None
    else:
        # The weekday itself is no verb ("mardi" is shaped as a French participle).
        words = re.findall(r"\w+", f"{text[first:start]} {text[end:last]}".lower())
        told = verbforms.told(words, language)
        if code == "pl":
            foretold = {i for i, word in enumerate(words) if word in verbforms.auxiliaries("pl")}
        else:
            foretold = set(verbforms.foretold(words, language)) - set(told)
        future, past = bool(foretold), bool(told)
        if not future and not past and code in _TENSE_WORDS:  # a word before the verb tells its tense
            past, future = (not _TENSE_WORDS[code][0].isdisjoint(words), not _TENSE_WORDS[code][1].isdisjoint(words))
        if not future and not past:  # Chinese and Japanese verbs do not change form: what the event is told to be
            statuses = eventstatus.stated(text[first:last], language)
            future, past = "planned" in statuses, "held" in statuses
        if not future and not past and code == "zh":  # or, as English "said on Tuesday", what was said then
            past = _ZH_SAID.search(text, end, last) is not None and not verbforms.zh_plans(text[first:last])
    return None if future == past else (1 if future else -1)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends."""
    # Within a few hundred characters either side, so a long text with many weekdays is read in linear time.
    reach = max(0, start - _CLAUSE_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, reach, start)]
    first = ends[-1] if ends else reach
    after = _CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    return first, after.start() if after else min(len(text), end + _CLAUSE_REACH)


# A plan's present passive before its date tells the future as "will" does: "The meeting is scheduled for January".
_PLANNED_FOR = re.compile(r"(?i)\b(?:is|are)\s+(?:now\s+)?(?:scheduled|set|slated|planned|due|expected)\s+(?:for|in|on)\b")
# A starting point between the verb and the date: "is expected to fall from 3.1% in January" dates the figure;
# not the "from" of the date itself ("will meet from January to March").
_STARTING_POINT = re.compile(r"(?i)\bfrom\b(?!\s*$)")


def foretold(text: str, start: int, end: int) -> bool:
    """Whether the English date at text[start:end] is what a verb of the future before it in its part of the
    sentence tells, no past between them ("will meet in January", "is scheduled for January"): a date still to
    come. Not one the future follows ("the talks set for March will now be held next month"), one a past after
    it dates ("will review the deal signed in January") nor a starting point's ("will fall from 3.1% in
    January")."""
    first, last = _sentence_around(text, start, end)
    sentence, at = text[first:last], start - first
    own = next(part for part in _parts(sentence) if part[0] <= at < part[1])
    marks = [(place, sign) for place, sign, _ in _tense_marks(sentence, *own)]
    marks += [(m.start(), 1) for m in _PLANNED_FOR.finditer(sentence, *own)]
    before = sorted(mark for mark in marks if mark[0] < at)
    return bool(before) and before[-1][1] == 1 and _STARTING_POINT.search(sentence, before[-1][0], at) is None


def _fold(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").casefold().split())


def _key(phrase: str, language: str) -> str:
    """A phrase as the language's table holds it: folded, and without spaces where they are free (_SPACING_FREE)."""
    folded = _fold(phrase)
    return folded.replace(" ", "") if cldr.primary(language) in _SPACING_FREE else folded


def _spaced(script_sample: str) -> bool:
    """Whether the language writes spaces between words (not Chinese, Japanese, Thai…)."""
    for char in script_sample:
        if char.isalpha():
            name = unicodedata.name(char, "")
            return not name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"))
    return True


# Languages whose news writes CLDR's phrases of last and next with their last
# two words either way round: "el sábado pasado" and "el pasado sábado", "la
# semana pasada" and "la pasada semana", "el próximo lunes" and "el lunes
# próximo"; Italian "l'anno scorso" and "lo scorso anno", "il prossimo anno";
# Portuguese "ano passado" and "o próximo ano", "no ano próximo".
_EITHER_ORDER = {"es", "it", "pt"}


def _phrases(language: str, phrase: str, offset: int) -> list[str]:
    """CLDR's phrase, and its other order where the language writes both (_EITHER_ORDER)."""
    words = phrase.split()
    if cldr.primary(language) in _EITHER_ORDER and len(words) in (2, 3) and offset in (-1, 1):
        return [phrase, " ".join((*words[:-2], words[-1], words[-2]))]
    return [phrase]


@lru_cache(maxsize=None)
def _grammar(language: str) -> tuple[re.Pattern, dict[str, _Form], int]:
    locale = locale_of(language)
    fields = locale._data["date_fields"]  # CLDR <fields>: relative day, week, month, year and weekday names
    forms: dict[str, _Form] = {}
    for unit in _UNITS:
        for offset, phrase in dict(fields[unit].get("relative", {})).items():
            if offset in (-1, 0, 1) or unit == "day":
                for written in _phrases(language, phrase, offset):
                    forms.setdefault(_key(written, language), _Form(unit, offset, None))
    for (unit, offset), words in _MORE_WORDS.get(locale.language, {}).items():
        for word in words:
            forms.setdefault(_key(word, language), _Form(unit, offset, None))
    weeks = dict(fields["week"].get("relative", {}))
    more_weeks = _WEEK_WORDS.get(locale.language, {})
    for offset, words in more_weeks.items():
        for word in words:
            forms.setdefault(_key(word, language), _Form("week", offset, None))
    for weekday, key in enumerate(_WEEKDAY_FIELDS):
        relative = dict(fields[key].get("relative", {}))
        for offset, phrase in relative.items():
            # CLDR's phrase names the week where it holds the week's own: "上周二", "先週の火曜日", "Thứ Ba tuần trước".
            in_week = offset in weeks and _fold(weeks[offset]) in _fold(phrase)
            for written in _phrases(language, phrase, offset):
                forms.setdefault(_key(written, language), _Form("weekday", offset, weekday, in_week))
            if in_week and phrase.startswith(weeks[offset]):  # "上周" + "二": the day after other words for the week
                day_word = phrase[len(weeks[offset]):]
                for word in more_weeks.get(offset, ()):
                    forms.setdefault(_key(word + day_word, language), _Form("weekday", offset, weekday, True))
        names = {locale.days[context]["wide"][weekday] for context in ("format", "stand-alone")}
        # Declined forms ("в субботу") appear only inside CLDR's relative phrases:
        # take the word of each that begins like the weekday's name.
        stems = {_fold(name)[:3] for name in names}
        names |= {word for phrase in relative.values() for word in phrase.split()
                  if _fold(word)[:3] in stems}
        names |= {short + name[-1] for name in names for short in _SHORT_WEEKDAYS.get(locale.language, ())}
        if weekday == 6:
            names |= set(_SUNDAY_WORDS.get(locale.language, ()))
        for name in names:
            forms.setdefault(_key(name, language), _Form("weekday", None, weekday))
    if locale.language == "ar":  # "for the": "للعام المقبل"
        forms.update({"ل" + phrase[1:]: form for phrase, form in list(forms.items()) if phrase.startswith("ال")})
    alternatives = sorted(forms, key=len, reverse=True)  # longest first: "last saturday" before "saturday"
    if locale.language in _SPACING_FREE:
        body = "|".join(r"\s?".join(map(re.escape, f)) for f in alternatives)
    else:
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]") for f in alternatives)
    # Tested first, the letters a phrase begins with: the alternatives are tried only there.
    body = rf"(?=[{re.escape(''.join(sorted({f[0] for f in alternatives})))}])(?:{body})"
    if _spaced("".join(alternatives)):
        clitic = f"|{_ARABIC_CLITIC}" if locale.language == "ar" else ""
        glued = _GLUED_AFTER.get(locale.language)
        after = rf"(?=(?:{glued})?(?!\w))" if glued else r"(?!\w)"
        body = rf"(?:(?<!\w){clitic}){body}{after}"
    return re.compile(body, re.IGNORECASE), forms, locale.first_week_day
