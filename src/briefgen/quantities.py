"""Amounts of money, counts of things and percentages, as English prose states them.

A quantity says what the words say, no more: a scale is never dropped
("$3.5 billion" is never 3.5), a range states its bounds ("$2–3 billion": at
least $2 billion, up to $3 billion; "between 2.5% and 2.8%", "10 to 15
years"), a rate its period ("$2 billion a year"), and a bound its qualifier
("as many as 12" is up to 12, "up to 91%" up to 91 percent, "40% or more" at least 40 percent)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from babel.numbers import format_compact_decimal, format_percent, get_currency_symbol, get_minus_sign_symbol

from .cldr import locale_of, written
from .dates import DateMention, find_date_mentions, fiscal_year, split_year


@dataclass(frozen=True)
class Quantity:
    amount: Decimal  # in base units: "$7.5 million" -> 7500000
    currency: str | None  # "USD", "JPY", "EUR"; None for a count
    unit: str | None  # for counts, the plural noun as written, lowercased; PERCENT for a percentage
    qualifier: str | None  # normalised ("more-than", "about", ...); None when exact
    text: str  # the phrase as it appears, qualifier to unit (and rate)
    # The period a rate is per ("$2 billion a year": "year"); None for an amount that is no rate.
    per: str | None = None


# A scale of one letter, read only glued to an amount with a currency sign ("€500m", "$5b", "$50k"):
# without one, "5m" may be metres. It is never dropped: such a number without a sign is not read.
SHORT_MULTIPLIERS = {"k": 10**3, "m": 10**6, "b": 10**9}
# Larger than any sum or count a brief reports (world GDP is ~10^14 dollars);
# fields must stay below it too, so every amount is a sane, finite number.
MAX_AMOUNT = Decimal(10) ** 18
MAX_DIGITS = 18

NUMBER_WORDS = {
    word: value for value, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen"
        " fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), start=1)
}
MULTIPLIERS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
                "mn": 10**6, "bn": 10**9, "tn": 10**12,
                "mln": 10**6, "bln": 10**9, "tln": 10**12, "trn": 10**12,  # wires' abbreviations
               "millions": 10**6, "billions": 10**9, "trillions": 10**12,  # "$3.5 billions", as translations write
                "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,  # Indian English
                "lakh crore": 10**12, "lakh crores": 10**12, "mil": 10**6}
# "A billion dollars", "half a billion euros": an article for the number, only before a scale word.
_ARTICLE_NUMBERS = {"a": Decimal(1), "an": Decimal(1), "half a": Decimal("0.5"), "half an": Decimal("0.5")}
_ARTICLE = r"(?:half\s+)?an?(?=\s+(?:thousand|million|billion|trillion)\b)"
# Prepositions of place that bound a number: "under 4,000 people", "below 40%", "above $3 billion". They are read
# as bounds only before a number an amount plainly is (in digits, or with a scale, a currency or a percent sign):
# before a number written out they are most often places in a text or a chain ("under two agreements signed in
# May", "served under three presidents").
PLACE_BOUNDS = {"less-than": ("under", "below", "beneath"), "more-than": ("above",)}
QUALIFIERS = {
    "more than": "more-than", "over": "over", "exceeding": "exceeding", "at least": "at-least",
    "just over": "more-than", "well over": "more-than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "just below": "nearly",
    "up to": "up-to",
    # "could sign as many as 12": at most 12, whatever the hedge before it.
    "as many as": "up-to", "as much as": "up-to",
    "upwards of": "more-than", "upward of": "more-than", "in excess of": "more-than",
    "higher than": "more-than", "greater than": "more-than",
    # A verb of passing a number before it: "Turnout exceeded 60%", "Sales topped $3 billion".
    **dict.fromkeys(("exceeds", "exceeded", "tops", "topped", "topping", "surpasses", "surpassed", "surpassing"),
                    "more-than"),
    "less than": "less-than", "fewer than": "less-than", "lower than": "less-than",
    "at most": "up-to", "a maximum of": "up-to", "a minimum of": "at-least",
    # Negated, they say the opposite: "no more than 6,000" is at most 6,000.
    "no more than": "up-to", "not more than": "up-to", "not over": "up-to",
    "no higher than": "up-to", "not higher than": "up-to", "no greater than": "up-to",
    "not exceeding": "up-to", "not exceed": "up-to", "not exceeded": "up-to", "not to exceed": "up-to", "never exceeded": "up-to",
    "no less than": "at-least", "not less than": "at-least", "no fewer than": "at-least", "not fewer than": "at-least",
    "no lower than": "at-least", "not lower than": "at-least",
    **{word: bound for bound, words in PLACE_BOUNDS.items() for word in words},
}
# Bounds written after the number: "40% or more", "30 or fewer companies", "$2 billion or so".
QUALIFIERS_AFTER = {
    **dict.fromkeys(("or more", "or higher", "or above", "or over"), "at-least"),
    **dict.fromkeys(("or less", "or fewer", "or lower", "or below", "or under"), "up-to"),
    "or so": "about",
}
QUALIFIER_PHRASES = tuple(QUALIFIERS) + tuple(QUALIFIERS_AFTER)  # "more than", "or more"…: the words of a bound
_CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
}
# Signs and codes written before the number only. The dollars of other countries carry their
# mark ("C$2 billion"); "$" alone is the US dollar, as in English news. Regional news marks its
# own currencies so too: "KSh 1.5 billion", "TSh 900 billion", "Dh2.2 billion", "QR1.8bn", "₦5bn".
SIGNS = {
    "$": "USD", "us$": "USD", "¥": "JPY", "€": "EUR", "£": "GBP",
    "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "₹": "INR",
    "n$": "NAD", "mex$": "MXN",
    "ksh": "KES", "kshs": "KES", "tsh": "TZS", "tshs": "TZS", "ush": "UGX", "ushs": "UGX",
    "dh": "AED", "dhs": "AED", "qr": "QAR", "sr": "SAR", "r$": "BRL", "e£": "EGP",
    "₦": "NGN", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₱": "PHP",
    "rp": "IDR", "rm": "MYR", "tk": "BDT", "rs": "INR", "rs.": "INR",
}
# Signs that more than one country's currency writes: "Rs" is the rupee of India, Pakistan, Sri Lanka,
# Nepal and Mauritius. It is read as the first, or as the currency a figure gives where that is one of them.
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR")
SHARED_SIGNS = {"rs": _RUPEES, "rs.": _RUPEES}
SIGN_CODES = ("USD", "JPY", "EUR", "GBP", "CAD", "AUD", "NZD", "HKD", "SGD", "INR")


def caseless(words: str) -> str:
    """`words` folded as IGNORECASE matches them, so a matched word is a
    table's key whatever its case: casefold, with Turkish dotted "İ" and
    dotless "ı" as "i" (a pattern's "i" matches both, and "MİLYON" would
    casefold to "mi̇lyon", with a combining dot no key has)."""
    return words.casefold().replace("i\u0307", "i").replace("ı", "i")


def _words(options: Iterable[str]) -> str:
    # Longest first, so "us dollars" is tried before "dollars".
    return "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(options, key=len, reverse=True))


_PREFIX = rf"(?:{_words(SIGNS)}|(?:{'|'.join(SIGN_CODES)})\b)"
# Indian grouping first ("4,00,00,000", "2,50,000"): two digits a group above the thousands.
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = _DIGITS + rf"|{_ARTICLE}|(?:{_words(NUMBER_WORDS)})\b"
# A scale word, spaced, glued or hyphenated ("$3.5 billion", "£3bn", "$2.3-billion"), or one letter glued.
_SCALE = rf"(?:(?:\s*|-)(?P<multiplier>{_words(MULTIPLIERS)})\b|(?P<short>[kmb])\b)"
_SUFFIX = r"(?:US\s+dollars?|dollars?|yen|euros?|USD|JPY|EUR)\b"
# A percentage's sign or words: "91%", "91 percent", "91 per cent". Its unit is PERCENT.
_PERCENT_SIGN = r"(?P<percent>\s?%|\s+per\s?cent\b)"
PERCENT = "percent"
# What a number or a hyphen after it is glued to: a word, decimal, path, range, "C5+1" or footnote "[10]".
_GLUED_TO = r"[\w.,/+$€¥£\[–−-]"
# A number so glued is part of something else; so is one after a minus sign that is not read with it.
_FREE = rf"(?<!{_GLUED_TO})"
# A minus sign before an amount in digits, or before its currency sign ("−5%", U+2212 as typeset statistics
# write it, "-$3 billion"): the amount is negative. A hyphen glued to what is before it joins ("2-3", "COVID-19").
# So does an en dash, which word processors set for a minus ("–5%"): glued to the number it signs, never spaced
# from it, as a dash between clauses is ("a fall – 5% in all").
_MINUS = rf"(?:(?P<minus>−|{_FREE}[-–])(?=(?:" + r"{prefix}\s*)?\d))?"
_GLUED = re.compile(_GLUED_TO)


def is_minus(text: str, index: int) -> bool:
    """Whether the character at `index` is a minus sign, as _MINUS reads one, for the readers of other
    languages (cldrtext.py): U+2212, or a hyphen or en dash glued to nothing before it (a space, a bracket, a
    quotation mark, the start) and to the digit or currency sign after it, never one that joins ("2-3",
    "COVID-19", "x/-5")."""
    char = text[index]
    if char == "−":
        return True
    return (char in "-–" and (index == 0 or _GLUED.fullmatch(text[index - 1]) is None)
            and index + 1 < len(text) and not text[index + 1].isspace())
_QUANTITY = (
    _FREE + rf"(?:(?P<qualifier>{_words(QUALIFIERS)})\s+)?"
    + _MINUS.format(prefix=_PREFIX)
    + rf"(?:(?P<prefix>{_PREFIX})\s*)?"
    rf"(?P<number>{_NUMBER})"
    r"(?!\d|[.,]\d)"
    r"(?:"
    # "five-year" counts five years.
    r"-(?P<period>year|month|week|day)s?\b"
    r"|"
    rf"{_PERCENT_SIGN}"
    r"|"
    rf"{_SCALE}?"
    rf"(?:\s+(?P<suffix>{_SUFFIX}))?"
    # Ordinals ("20th") are neither amounts nor counts, nor is a scaled number before a percent sign.
    r"(?![\w\]]|[-–]\d|\s*(?:%|per\s?cent\b))"
    r")"
)
# Two amounts that bound one: "$2–3 billion", "between $2 and $3 billion", "2 to 3 million euros", "2.5-2.8%",
# "between 10 and 15 years". The scale, currency or percent sign of one end are the other's where it has none.
# Read only with a scale, a currency, a percent sign or a count's noun: "aged 18 to 25" is two numbers.
# In digits: "two to three billion" is rare, and a range tried at every word would cost every quote's scan.
_END = (rf"(?:(?P<{{side}}_prefix>{_PREFIX})\s*)?(?P<{{side}}>{_DIGITS})(?!\d|[.,]\d)"
        + _SCALE.replace("?P<multiplier>", "?P<{side}_multiplier>").replace("?P<short>", "?P<{side}_short>")
        + rf"?(?:\s+(?P<{{side}}_suffix>{_SUFFIX}))?"
        + _PERCENT_SIGN.replace("?P<percent>", "?P<{side}_percent>") + "?")
# Either end may carry a minus sign ("-2 to -3%", "from −2% to 3%"), read as _MINUS reads one.
_RANGE = (
    _FREE + r"(?:(?P<between>between)\s+|(?P<from>from)\s+)?"
    + _MINUS.replace("minus", "low_minus").format(prefix=_PREFIX) + _END.replace("{side}", "low")
    + r"(?:\s*[–—-]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
    + _MINUS.replace("minus", "high_minus").format(prefix=_PREFIX)
    + _END.replace("{side}", "high")
    + r"(?![\w\]]|[-–]\d|\s*(?:%|per\s?cent\b))"
)
# An amount with a scale just after another, joined as alternatives or a list: "$3.5 or $4 billion".
_SCALED_NEXT = re.compile(rf"\s*(?:or|and|/|&)\s*(?:{_PREFIX}\s*)?(?:{_DIGITS})(?:\s*|-)(?:{_words(MULTIPLIERS)})\b",
                          re.IGNORECASE)
# What makes an amount a rate: "$2 billion a year", "100 flights per week", "annually". Not "a year ago".
_RATE = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?P<unit>year|month|week|day|quarter|annum)\b"
    r"|(?P<adverb>annually|yearly|monthly|weekly|daily|quarterly)\b)"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)",
    re.IGNORECASE,
)
_PER = {"annum": "year", "annual": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
        "daily": "day", "quarterly": "quarter"}
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z’'-]*)")
# Words that end a noun phrase: the unit is never found past them.
_PHRASE_END = {"a", "an", "and", "are", "as", "at", "by", "for", "from", "had", "has", "have",
               "in", "is", "of", "on", "or", "than", "that", "the", "to", "was", "were",
               "which", "who", "will", "with"}
_IRREGULAR_PLURALS = {"children", "men", "people", "women"}
# Units written as symbols after a number ("2.4 GW", "1,000 MW", "1,511 km", "10 bcm"), read as the unit they
# name, so that a figure in megawatts is not stated by "2.4 GW", a thousand times more; with the rate a symbol
# carries ("1.8 million bpd": barrels a day). Case tells them apart ("MW", not "mW").
_UNIT_SYMBOLS = {"kW": ("kilowatts", None), "MW": ("megawatts", None), "GW": ("gigawatts", None),
                 "TW": ("terawatts", None), "kWh": ("kilowatt hours", None), "MWh": ("megawatt hours", None),
                 "GWh": ("gigawatt hours", None), "TWh": ("terawatt hours", None), "km": ("kilometres", None),
                 "bcm": ("bcm", None), "tcm": ("tcm", None), "bcf": ("bcf", None), "tcf": ("tcf", None),
                 "bpd": ("barrels", "day"), "b/d": ("barrels", "day")}
_SYMBOL_AFTER = re.compile(rf"[ \xa0\u202f]?(?P<symbol>{'|'.join(map(re.escape, _UNIT_SYMBOLS))})(?![\w/])")
# A figure's unit as its symbol's name, and one spelling of each name, so that "MW" and "megawatts" are one unit.
_UNIT_NAMES = {caseless(symbol): name for symbol, (name, per) in _UNIT_SYMBOLS.items() if per is None} | {
    "kilometers": "kilometres", "kilowatt-hours": "kilowatt hours", "megawatt-hours": "megawatt hours",
    "gigawatt-hours": "gigawatt hours", "terawatt-hours": "terawatt hours"}
# Units of measure as their plural nouns name them: a claim's "1,511 miles" is not its quote's "1,511 km".
_MEASURES = frozenset({name for name, _ in _UNIT_SYMBOLS.values()} | {
    "miles", "metres", "meters", "tonnes", "tons", "barrels", "litres", "liters", "gallons", "kilograms", "pounds",
    "hectares", "acres", "feet", "cubic metres", "cubic meters"})
_NOT_PLURAL = {"always", "afterwards", "besides", "does", "its", "news", "perhaps",
               "towards", "whereas"}
_UNIT_WINDOW = 3


@lru_cache(maxsize=1)
def _amount_patterns() -> tuple[re.Pattern, re.Pattern]:
    """_QUANTITY and _RANGE, compiled when first read (4 ms): a rebuild reads the amounts only of the
    records it checks again."""
    return re.compile(_QUANTITY, re.IGNORECASE), re.compile(_RANGE, re.IGNORECASE)


def find_quantities(text: str, date_mentions: Iterable[DateMention] | None = None,
                    language: str = "en") -> list[Quantity]:
    """Amounts of money and counts, in order of appearance.

    Skipped, because they are not stated quantities: numbers inside dates and
    years ("9 August 2024", "in 2023"; a 4-digit number from 1900 to 2100 is a
    year unless a currency sign precedes it or a count's noun follows it:
    "2000 buses"), URLs, footnote markers,
    ordinals, and vague plurals ("billions of dollars"). A spelled-out
    number (one to twenty) counts only with a unit or a multiplier, so "one
    another" is not a count. A percentage ("91%", "91 percent", "91 per
    cent") has the unit PERCENT.

    A range of money, with a scale, of percentages or of a count's noun
    ("$2–3 billion", "between $2 and $3 billion", "2.5-2.8%", "between 10
    and 15 years") states its bounds, never an exact amount: at least its
    lower end and up to its higher; two numbers of nothing named ("aged 12
    to 15") are each read alone. "From $2 to $3 billion" states both amounts
    (a change), each with the scale. A rate ("$2 billion a year", "an
    annual budget of $2 billion") carries its period in `per`.

    `date_mentions`: the date phrases of `text`, when the caller has read
    them already (their places do not depend on the reference date). `language`: the one `text` is
    written in, whose fiscal words make a year's number no count ("im Geschäftsjahr 2025/26").
    """
    if date_mentions is None:
        date_mentions = find_date_mentions(text)
    taken = TakenSpans([(m.start, m.end) for m in date_mentions] + [m.span() for m in _URL.finditer(text)])
    # A bare year's number followed by a count's noun is a count as well ("2000 buses").
    years = {(m.start, m.end) for m in date_mentions if m.end - m.start == 4}
    # A range that is not in order ("$500 to $1 billion") is read as nothing, not as two amounts.
    amount, amount_range = _amount_patterns()
    ranges = [(match, bounds) for match in amount_range.finditer(text)
              if not taken.overlaps(match.start(), match.end()) and (bounds := _range(text, match)) is not None]
    in_ranges = TakenSpans([match.span() for match, _ in ranges])
    found = []
    last_end = -1
    for match in amount.finditer(text):
        if in_ranges.overlaps(match.start(), match.end()):
            continue
        if taken.overlaps(match.start(), match.end()) and match.span("number") not in years:
            continue
        quantity = _quantity(text, match)
        if (quantity is not None and (match.span("number") not in years or quantity.unit)
                and not _fiscal_year_number(text, match, quantity, language)):
            before = found[-1][1] if found else None
            if before and quantity.qualifier is None and before.qualifier and quantity.currency \
                    and before.currency and _CONVERSION_BETWEEN.fullmatch(text, last_end, match.start()):
                # "up to 1 billion euros ($1.08 billion)": the conversion is as bounded as the amount
                quantity = replace(quantity, qualifier=before.qualifier)
            found.append((match.start(), quantity))
            last_end = match.end()
    found += [(match.start(), bound) for match, bounds in ranges for bound in bounds]
    return [quantity for _, quantity in sorted(found, key=lambda item: item[0])]


def _fiscal_year_number(text: str, match: re.Match, quantity: Quantity, language: str) -> bool:
    """Whether the number of a quantity without a currency is a fiscal year's ("FY 2025/26", "the 2024 and 2025
    fiscal years", "im Geschäftsjahr 2025/26" in German, or a split year, as one is written: "the 2025/26
    budget"), which the date reader reads as no date and is no count either."""
    start, end = match.span("number")
    return (quantity.currency is None and end - start == 4
            and (fiscal_year(text, start, end, language) or split_year(text, start, end)))


def _range(text: str, match: re.Match) -> list[Quantity] | None:
    """The two bounds a range states, or the two amounts of a change ("from
    $2 to $3 billion", "from 2.5% to 2.8%"); none when its ends, each scaled,
    are not in order or a one-letter scale has no currency sign. None when it
    is not a range of money, with a scale, of percentages or of a count's
    noun, or a percentage is followed by another amount ("rose 4.2% to
    $17,850"): each of its numbers is then read alone."""
    money = any(match[f"{side}_{part}"] for side in ("low", "high") for part in ("prefix", "suffix", "multiplier"))
    percent = match["high_percent"] is not None
    if (match["low_percent"] and not percent) or (percent and money):
        return None
    sides = {}
    for side, other in (("low", "high"), ("high", "low")):
        scale = match[f"{side}_multiplier"] or match[f"{side}_short"] \
            or match[f"{other}_multiplier"] or match[f"{other}_short"]
        amount = _number(match[side], scale)
        currency_word = match[f"{side}_prefix"] or match[f"{side}_suffix"] \
            or match[f"{other}_prefix"] or match[f"{other}_suffix"]
        if amount is None or (not (match["low_prefix"] or match["high_prefix"])
                              and (match[f"{side}_short"] or match[f"{other}_short"])):
            return []  # "5m": metres, perhaps; a one-letter scale is read only after a currency sign
        sides[side] = (-amount if match[f"{side}_minus"] else amount, _currency(currency_word) if currency_word else None)
    (low, currency), (high, _) = sides["low"], sides["high"]
    end = match.end()
    unit, symbol_per = PERCENT if percent else None, None
    if currency is None and not percent and (symbol := _SYMBOL_AFTER.match(text, end)):
        (unit, symbol_per), end = _UNIT_SYMBOLS[symbol["symbol"]], symbol.end()  # "2–3 GW", as "3 GW" alone
    elif currency is None and not percent:
        unit, end = _unit_after(text, end)
    if not (money or unit):
        return None  # "aged 18 to 25": two numbers of nothing named
    moved = match["from"] or _move_and_level(text, match, low, high)
    if (match["low_minus"] or match["high_minus"]) and not moved:
        # "-2 to -3%", "-2–3%": which end is the least is not plain (a fall of 2 or of 3?), nor is whether both
        # are negative: the range states neither end, and neither of its numbers is read alone.
        return []
    # Whether each end of an amount of money gives its own scale, or neither has one: "from $10 million to $5
    # million" falls, where "$500 to $1 billion" does not say which scale its first end has.
    scaled = bool(match["low_multiplier"] or match["low_short"]) == bool(match["high_multiplier"] or match["high_short"])
    if low >= high and not (moved and (not money or scaled)):
        # "$500 to $1 billion": which scale the first end has is not said; "9 to 5 jobs" is no range
        return [] if money else None
    per, end = rate_after(text, end)
    per = per or symbol_per
    if per is None and currency:
        per = rate_before(text, match.start())
    # The lower end is said with the whole range, which alone gives its scale; the higher from where it
    # begins ("$3 billion"): each bound has its own words, as a hint naming it quotes them.
    said, high_said = text[match.start():end], text[match.start(next(part for part in ("high_minus", "high_prefix", "high") if match[part])):end]
    if moved:  # a change, from one amount to another, or by one to another: both stated
        return [Quantity(_normalise(low), currency, unit, None, said, per),
                Quantity(_normalise(high), currency, unit, None, high_said, per)]
    return [Quantity(_normalise(low), currency, unit, "at-least", said, per),
            Quantity(_normalise(high), currency, unit, "up-to", high_said, per)]


# A verb of change right before two amounts joined by "to": "fell 300 to 38,500 points", "rose $4 to $17,850".
_CHANGED = re.compile(
    r"(?<![\w-])(?:rose|rises?|risen|rising|fell|falls?|fallen|falling|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?"
    r"|gain(?:ed|s|ing)?|lost|los(?:es|ing)|add(?:ed|s|ing)?|shed(?:s|ding)?|dropp?(?:ed|s|ing)?|slipp?(?:ed|s|ing)?"
    r"|slid(?:es?|ing)?|declin(?:ed|es?|ing)|increas(?:ed|es?|ing)|decreas(?:ed|es?|ing)|advanc(?:ed|es?|ing)"
    r"|retreat(?:ed|s|ing)?|surg(?:ed|es?|ing)|soar(?:ed|s|ing)?|plung(?:ed|es?|ing)|tumbl(?:ed|es?|ing)|sank|sinks?"
    r"|sinking|grew|grows?|grown|growing|shrank|shrinks?|shrinking|edg(?:ed|es?|ing)\s+(?:up|down|higher|lower)"
    r"|up|down)(?:\s+by)?\s+$", re.IGNORECASE)
# How far apart a move and the level it reached are at least: a range's two ends are of one size ("rose 10 to
# 15 percent": by 10 to 15), a move and its level seldom are ("fell 300 to 38,500": by 300, to 38,500).
_LEVEL_APART = 5


def _move_and_level(text: str, match: re.Match, low: Decimal, high: Decimal) -> bool:
    """Whether "X to Y" after a verb of change tells how much something moved and the level it reached (both
    stated amounts), not a range of the move: "The index fell 300 to 38,500 points"."""
    return not match["between"] and high >= _LEVEL_APART * low > 0 \
        and _CHANGED.search(text, max(0, match.start() - 40), match.start()) is not None


def _number(number: str, scale: str | None) -> Decimal | None:
    """The value of a number as written, times its scale word; None for a run of digits or beyond any amount."""
    number = _phrase(number)
    if number in _ARTICLE_NUMBERS:
        return _ARTICLE_NUMBERS[number] * MULTIPLIERS[caseless(scale)] if scale else None
    spelled = number in NUMBER_WORDS
    if not spelled and len(number.split(".")[0].replace(",", "")) > MAX_DIGITS:
        return None  # a serial number or a run of digits, not an amount
    amount = Decimal(NUMBER_WORDS[number]) if spelled else Decimal(number.replace(",", ""))
    if scale:
        amount *= (MULTIPLIERS.get(caseless(scale)) or SHORT_MULTIPLIERS[caseless(scale)])
    return amount if abs(amount) < MAX_AMOUNT else None


def rate_after(text: str, end: int) -> tuple[str | None, int]:
    """The period a rate after `end` is per ("a year": "year"), and where it ends; or None and `end`.
    A conversion or an aside in brackets between them does not part an amount from its rate ("4 billion
    euros ($4.3 billion) a year"), nor the bracket's end the conversion in it ("$4.3 billion) a year"),
    whose words stay its own ("$4.3 billion")."""
    rate = _RATE.match(text, end)
    if rate is not None:
        return _period(rate), rate.end()
    aside = _ASIDE.match(text, end)
    if aside is not None and (rate := _RATE.match(text, aside.end())) is not None:
        return _period(rate), rate.end()
    closing = _BRACKET_END.match(text, end)
    if closing is not None and (rate := _RATE.match(text, closing.end())) is not None:
        return _period(rate), end
    return None, end


def unit_and_rate(unit: str) -> tuple[str, str] | None:
    """A figure's `unit` that ends in a rate ("barrels per day", "tonnes a year"): the unit before it and the
    period it is per ("barrels", "day"); None for a unit with no rate. The rate is the figure's `period`."""
    for space in re.finditer(r"\s+", unit):
        per, end = rate_after(unit, space.start())
        if per and space.start() and not unit[end:].strip():
            return unit[:space.start()], per
    return None


# A period's adjective before the noun an amount is of, or before the amount: "an annual budget of $3 billion",
# "its yearly defence budget of $3 billion", "an annual $3 billion".
_RATE_BEFORE = re.compile(r"(?<![\w-])(?P<adjective>annual|yearly|monthly|weekly|daily|quarterly)"
                          r"(?:(?:\s+[^\W\d_][\w’'-]*){1,2}\s+of)?\s+$", re.IGNORECASE)


def rate_before(text: str, start: int) -> str | None:
    """The period an amount of money beginning at `start` is per when its rate is said before it ("an annual
    budget of $3 billion": "year"), or None. Asked of money only: "the annual meeting of 40 countries" counts
    40 countries, not 40 a year."""
    rate = _RATE_BEFORE.search(text, max(0, start - 60), start)
    return _PER[caseless(rate["adjective"])] if rate else None


def _period(rate: re.Match) -> str:
    word = caseless(rate["unit"] or rate["adverb"])
    return _PER.get(word, word)


# A short aside in brackets after an amount ("($4.3 billion)", "(excluding VAT)"), within its sentence,
# and a bracket's end.
_ASIDE = re.compile(r"\s*[(\[](?:[^()\[\].;!?]|\.(?!\s)){1,60}[)\]]")
_BRACKET_END = re.compile(r"\s*[)\]]")


# Between an amount and the same amount converted, in brackets: "1 billion euros ($1.08 billion)".
_CONVERSION_BETWEEN = re.compile(r"\s*[(\[]\s*")


class TakenSpans:
    """Spans of text that are something else (dates, URLs), asked in
    logarithmic time whether they overlap a span, so that scanning a long
    quote stays linear."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        # The last merged span starting before `end` reaches furthest of all that do.
        last = bisect.bisect_left(self.starts, end) - 1
        return last >= 0 and self.ends[last] > start


def _quantity(text: str, match: re.Match) -> Quantity | None:
    if match["short"] and not match["prefix"]:
        return None  # "5m": metres, perhaps; a one-letter scale is read only after a currency sign
    if not (match["multiplier"] or match["short"] or match["period"]) and _SCALED_NEXT.match(text, match.end()):
        return None  # "$3.5 or $4 billion": its scale is the next amount's, which it may not share; never without it
    amount = _number(match["number"], match["multiplier"] or match["short"])
    if amount is None:
        return None
    if match["minus"]:
        amount = -amount
    spelled = caseless(match["number"]) in NUMBER_WORDS
    currency_word = match["prefix"] or match["suffix"]
    currency = _currency(currency_word) if currency_word else None
    bound_after, end = _bound_after(text, match.end())  # "40 or more companies": before its noun
    unit, symbol = None, None
    if match["period"]:
        unit = caseless(match["period"]) + "s"
    elif match["percent"]:
        if currency is not None:
            return None  # "$5%" is no amount
        unit = PERCENT
    elif currency is None and (symbol := _SYMBOL_AFTER.match(text, end)):
        (unit, symbol_per), end = _UNIT_SYMBOLS[symbol["symbol"]], symbol.end()
    elif currency is None:
        unit, end = _unit_after(text, end)
    if spelled and not (unit or currency or match["multiplier"]):
        return None
    if bound_after is None:
        bound_after, end = _bound_after(text, end)  # "40 companies or more"
    per, end = (None, end) if match["period"] else rate_after(text, end)
    per = per or (symbol_per if unit and symbol else None)
    if per is None and currency:
        per = rate_before(text, match.start())
    qualifier = QUALIFIERS[_phrase(match["qualifier"])] if match["qualifier"] else bound_after
    start = match.start()
    if match["qualifier"] and _phrase(match["qualifier"]) == "over" and unit in _TIME_UNITS:
        qualifier, start = bound_after, match.start("number")  # "over five years": during them, not more than five
    elif match["qualifier"] and _phrase(match["qualifier"]) == "over" and _CONTENTION.search(text, 0, start):
        # "a row over $2 billion": what it is about
        qualifier, start = bound_after, match.start("prefix" if match["prefix"] else "number")
    elif match["qualifier"] and _place_not_bound(match, spelled, currency):
        qualifier, start = bound_after, match.start("number")  # "under two agreements": which, not how many
    return Quantity(
        amount=_normalise(amount),
        currency=currency,
        unit=unit,
        qualifier=qualifier,
        text=text[start:end],
        per=per,
    )


# Nouns and verbs of contention, after which "over" names what it is about, not a bound: "a row over $2 billion in
# unpaid bills", "sued over $40 million".
_CONTENTION = re.compile(
    r"(?<![\w'])(?:disputes?|rows?|spats?|feuds?|fights?|battles?|clash(?:es)?|wrangl(?:e|es|ing)|standoffs?"
    r"|talks|negotiations|lawsuits?|suits?|sued|suing|sues|probes?|concerns?|fears?|worries|questions|anger"
    r"|outrage|protests?|tensions?|arbitration|quarrel(?:s|led|ing)?|argu(?:e|ed|ing|ment|ments))\s+$",
    re.IGNORECASE)


_PLACE_WORDS = frozenset(word for words in PLACE_BOUNDS.values() for word in words)


def _place_not_bound(match: re.Match, spelled: bool, currency: str | None) -> bool:
    """Whether the qualifier of `match` is a preposition of place ("under", "below") before a number written
    out that has no scale, currency or percent sign: the place it names, no bound (see PLACE_BOUNDS)."""
    return (_phrase(match["qualifier"]) in _PLACE_WORDS and spelled
            and not (currency or match["multiplier"] or match["percent"]))


_BOUND_AFTER = re.compile(rf"\s+(?P<bound>{_words(QUALIFIERS_AFTER)})\b(?!\s+than\b)", re.IGNORECASE)


def _bound_after(text: str, end: int) -> tuple[str | None, int]:
    """The bound written right after `end` ("or more": at-least), and where it ends; or None and `end`. Not an
    alternative amount: "$2 billion or more than a tenth of its budget"."""
    bound = _BOUND_AFTER.match(text, end)
    return (QUALIFIERS_AFTER[_phrase(bound["bound"])], bound.end()) if bound else (None, end)


def read_as(found: list[Quantity], currency: str | None) -> list[Quantity]:
    """`found`, each amount written with a sign several currencies share
    ("Rs 500 crore") read as `currency` where that is one of them."""
    if currency is None:
        return found
    return [replace(q, currency=currency) if currency in shared_currencies(q.text) else q for q in found]


def shared_currencies(text: str) -> tuple[str, ...]:
    """The currencies the sign opening `text` may be ("Rs": the rupees), when several may."""
    sign = _SHARED_SIGN.match(text)
    return SHARED_SIGNS[caseless(sign["sign"])] if sign else ()


_SHARED_SIGN = re.compile(rf"(?:(?:{_words(QUALIFIERS)})\s+)?(?P<sign>{_words(SHARED_SIGNS)})(?=\s*\d)",
                          re.IGNORECASE)


def _currency(word: str) -> str:
    word = _phrase(word)
    return _CURRENCIES.get(word) or SIGNS.get(word) or word.upper()  # a code: "GBP"


_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "decades", "hours"})


def _phrase(words: str) -> str:
    return " ".join(caseless(words).split())  # "More\n than" -> "more than"


def _unit_after(text: str, start: int) -> tuple[str | None, int]:
    """The first plural noun within a few words, past adjectives and
    possessives: "over 100 leading Japanese companies", "nine foreign
    ministers’ meetings". Returns the unit and where the phrase ends."""
    pos, before = start, ""
    for _ in range(_UNIT_WINDOW):
        word = _NEXT_WORD.match(text, pos)
        token = caseless(word[1]) if word else ""
        if not token or token in _PHRASE_END:
            break
        pos = word.end()
        if token.endswith(("’", "'", "’s", "'s")):
            continue
        if _is_plural(token):
            return token, pos
        if token == "point" and before in ("percentage", "basis"):
            return "points", pos  # one or a fraction of one: "0.5 percentage point", "1 basis point"
        before = token
    return None, start


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    # "-ss", "-us" and "-is" words are singular: "business", "status", "crisis".
    return (len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_PLURAL)


def _normalise(amount: Decimal) -> Decimal:
    # One spelling per value, so 7.5 x 10^6 reads as 7500000, not 7500000.0.
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def _decimal(amount: Decimal | int | float) -> Decimal:
    # Through str, so 7.5 stays 7.5 and 0.1 does not become 0.1000000000000000055...
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


def supports(amount: Decimal | int | float, currency: str | None, unit: str | None,
             qualifier: str | None, found: Iterable[Quantity], period: str | None = None) -> Quantity | None:
    """The found quantity that states this value, or None.

    Amount and currency must be equal and the qualifier the same bound (None
    is exact, so "more than 350" does not support an exact 350; "more-than",
    "over" and "exceeding" are one bound in three words, which other
    languages do not tell apart: "oltre", "逾", "supera"). A unit, when
    given, must match a quantity that has one; "a population exceeding 80
    million" has none and so supports 80000000 people. A rate ("$2 billion
    a year") supports only a value whose `period` (the record's: "a year",
    "annually", "per year") is that rate: never a total ("5 years") nor a
    value that names no period.
    """
    value = _decimal(amount)
    per = rate_of(period)
    for quantity in found:
        if (quantity.amount == value and quantity.currency == currency
                and bound(quantity.qualifier) == bound(qualifier) and quantity.per == per
                and (unit is None or quantity.unit is None or _counts(unit, quantity))):
            return quantity
    return None


def _counts(unit: str, quantity: Quantity) -> bool:
    """Whether a figure's `unit` is what `quantity` counts. The reader keeps only the noun ("14 storm
    surges" counts "surges"), while an editor names the count as the page should show it ("storm
    surges", "aid workers", "Companies"): a unit ending in that noun states it when the quote writes
    the whole unit, in any case."""
    wanted = _phrase(unit)
    if unit_name(wanted) == unit_name(quantity.unit):
        return True
    return (wanted.endswith(" " + quantity.unit)
            and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", _phrase(quantity.text)) is not None)


def other_measure(unit: str | None, other: str | None) -> bool:
    """Whether two units are units of measure that differ ("miles" and "km", "MW" and "GW"), which no rewording
    makes one; a count's nouns may ("350 firms" for "350 companies")."""
    if not unit or not other:
        return False
    unit, other = unit_name(unit), unit_name(other)
    return unit != other and unit in _MEASURES and other in _MEASURES


def unit_name(unit: str) -> str:
    """A unit as one name for all its spellings: "MW" and "megawatts" are "megawatts"."""
    unit = _phrase(unit)
    return _UNIT_NAMES.get(unit, unit)


# Basis points are hundredths of a percentage point: "25 basis points", "25 bps" and "0.25 percentage points"
# are one move, and none of them is 25 percentage points, nor 25 points of an index.
PERCENTAGE_POINTS = "percentage points"
_POINTS_NAMED = re.compile(r"(?i)(?:(?P<basis>basis)\s+points?|(?P<bps>bps)|percentage\s+points?)\W*$")


def in_percentage_points(quantity: Quantity) -> Quantity:
    """`quantity` in percentage points where it is written in basis points or percentage points ("25 basis
    points": 0.25), as the overreach check compares a claim's amounts with its quotes'; else as it is."""
    if quantity.unit not in ("points", "bps") or quantity.currency is not None:
        return quantity
    named = _POINTS_NAMED.search(quantity.text)
    if named is None:
        return quantity
    scale = Decimal("0.01") if named["basis"] or named["bps"] else Decimal(1)
    return replace(quantity, amount=_normalise(quantity.amount * scale), unit=PERCENTAGE_POINTS)


def alike(currency: str | None, unit: str | None, other: Quantity) -> bool:
    """Whether `other` measures what an amount in `currency` or `unit` does, so that one may state the
    other: money as money, a percentage as a percentage, a count as a count ("40%" is no "40 vessels"). A
    number read with neither currency nor unit ("exceeding 80 million", another language's "91 %", whose
    reader reads no unit) may be any."""
    measure, other_measure = _measure(currency, unit), _measure(other.currency, other.unit)
    return measure is None or other_measure is None or measure == other_measure


def _measure(currency: str | None, unit: str | None) -> str | None:
    return "money" if currency else unit if unit in (PERCENT, PERCENTAGE_POINTS) else "count" if unit else None


def bound(qualifier: str | None) -> str | None:
    """What a qualifier says of the number, whatever its words: "more than",
    "over" and "exceeding" alike (other languages do not tell them apart:
    "oltre", "逾", "supera")."""
    return _BOUNDS.get(qualifier, qualifier) if qualifier else None


_BOUNDS = {"over": "more-than", "exceeding": "more-than"}


def bound_states(said: str | None, claimed: str | None) -> bool:
    """Whether an amount a quote bounds by `said` states the same amount bounded by `claimed`: the same bound,
    or a stronger one the same way. "Just under 50%" (nearly) is less than 50%, and that is up to 50%; "more than
    60%" is at least 60%; an exact amount is at least and up to itself, but neither less nor more than it."""
    said, claimed = bound(said), bound(claimed)
    if said == claimed:
        return True
    order = next((order for order in _BOUND_ORDERS if claimed in order), ())
    return said is None and claimed in _INCLUSIVE or (said in order and order.index(said) > order.index(claimed))


# Bounds the same way, weakest first: each states the ones before it.
_BOUND_ORDERS = (("up-to", "less-than", "nearly"), ("at-least", "more-than"))
_INCLUSIVE = frozenset({"up-to", "at-least"})


def rate_of(period: str | None) -> str | None:
    """The period a record's `period` says its amount is per ("a year", "per annum", "annual": "year"),
    or None when it is a stretch of time the amount covers ("5 years") or not given."""
    if not period:
        return None
    words = _phrase(period).removeprefix("1 ").removeprefix("one ")
    if words in _PER_WORDS:
        return _PER_WORDS[words]
    rate = _RATE.fullmatch(" " + words)
    if rate is None:
        from .cldrtext import rate_in  # the brief may be written in another language; cldrtext reads this module
        return rate_in(words)
    return _period(rate)


# A record's period written as one word or a sign: "annual", "/year", "year".
_PER_WORDS = {"annual": "year", "year": "year", "/year": "year", "/yr": "year", "month": "month",
              "/month": "month", "week": "week", "day": "day", "quarter": "quarter", "quarterly": "quarter"}


_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_PLUS = {"more-than", "over", "exceeding", "at-least"}
_PREFIXES = {"about": "~", "nearly": "~", "up-to": "≤", "less-than": "<"}


def display(amount: Decimal | int | float, currency: str | None, unit: str | None,
            qualifier: str | None, language: str = "en") -> str:
    """A compact label: "$1 billion", "¥3 trillion", "~80 million", "350+".

    - From a million up the number is written with million/billion/trillion
      when that needs at most two decimals ("$7.5 million"); otherwise, and
      below a million, in digits with thousands commas ("1,234,567"). In
      another `language`, CLDR's long compact forms and separators, under
      the same rule: "7,5 millones", "10億", "1.234.567", never rounded.
    - In English, a currency shows as CLDR's English signs it, before the
      number: "$", "¥", "€", "£", "CN¥"; a code English has no sign for is
      written before the number ("KZT 5 million"). In another language, as
      and where CLDR writes them (_with_currency).
    - more-than, over, exceeding and at-least add "+" after the number;
      about and nearly put "~" before it, up-to "≤" and less-than "<".
    - The unit is not shown: the caller's template words it. The parameter
      is there so a figure's fields can be passed as they are.
    - A negative amount has a minus sign before it and its currency, as a
      balance is written: "−$3 billion", "−3 milliards $US", "~−5".
    """
    value = _decimal(amount)
    number = _format_number(abs(value)) if language == "en" else _format_in(abs(value), language)
    if currency:
        number = _with_currency(number, currency, language)
    if value < 0:
        number = _minus_sign(language) + number
    if qualifier is None:
        return number
    if qualifier in _PLUS:
        return number + "+"
    if qualifier in _PREFIXES:
        return _PREFIXES[qualifier] + number
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of "
                     + ", ".join(sorted(_PLUS | _PREFIXES.keys())))


def percent(number: str, language: str) -> str:
    """A percentage's number (as `display` wrote it) with the percent sign where and as `language` writes it:
    "5%", "5 %" in French and German, "%5" in Turkish; a minus sign stays before it all ("−5 %", "−%5")."""
    try:
        sample = format_percent(Decimal("0.07"), locale=locale_of(language))
    except ValueError:
        sample = "7%"
    before, _, after = sample.partition("7")
    sign, minus, digits = number.partition("\u2212")  # the sign with the marks CLDR sets before it
    if not minus:
        sign, digits = "", number
    return sign + minus + before + digits + after


def _minus_sign(language: str) -> str:
    """The minus sign as typeset (U+2212, as statistics print it, not the hyphen), with the marks CLDR sets
    around it in `language` (Arabic's left-to-right mark, so the sign stays before the digits)."""
    try:
        symbol = get_minus_sign_symbol(locale_of(language))
    except ValueError:
        symbol = "-"
    return symbol.replace("-", "\u2212")


def _with_currency(number: str, currency: str, language: str) -> str:
    """`number` with its currency: in English "$7.5 million", "£5 million" or
    "KZT 5 million"; in another language where and as CLDR puts it ("7,5 millones
    US$", "7,5 Millionen €", "US$10亿"), spaced from the number where the
    symbol's edge is a letter (CLDR's currency spacing: "USD 7.5 millones")."""
    try:
        locale = locale_of(language)
    except ValueError:
        locale = None
    if locale is None or locale.language == "en":
        return _english_symbol(currency) + number
    prefix, suffix = _currency_pattern(locale)
    symbol = get_currency_symbol(currency, locale)
    if locale.character_order == "right-to-left" and any(c.isascii() and c.isalpha() for c in symbol) \
            and not symbol.isalpha():
        # "US$" in a right-to-left line would show as "$US": its sign takes the line's direction.
        symbol = f"\u2066{symbol}\u2069"  # isolated left to right
    before, after = prefix.replace("¤", symbol), suffix.replace("¤", symbol)
    if before and _needs_space(before[-1]):
        before += "\u00a0"
    if after and _needs_space(after[0]):
        after = "\u00a0" + after
    return before + number + after


@lru_cache(maxsize=None)
def _english_symbol(currency: str) -> str:
    """What English writes before an amount in `currency`, as CLDR's English has it, whatever the brief's
    region (briefgen's English writes the dollar "$" in en-GB too): "$", "£", "CN¥", "A$"; the code, spaced
    off, for a currency English has no sign of ("KZT 5 million", "CHF 5 million")."""
    symbol = get_currency_symbol(currency, locale_of("en"))
    return f"{symbol} " if _needs_space(symbol[-1]) else symbol


@lru_cache(maxsize=64)
def _currency_pattern(locale) -> tuple[str, str]:
    """What CLDR's currency pattern for `locale` writes before and after the
    number ("¤\u00a0", ""), without its bidirectional marks (pages mark direction)."""
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    pattern = re.sub("[\u200e\u200f\u061c]", "", pattern)
    found = re.fullmatch(r"([^#0-9.,]*)[#0-9.,]+([^#0-9.,]*)", pattern)
    return found.groups() if found else ("¤\u00a0", "")


def _needs_space(edge: str) -> bool:
    """CLDR's currency spacing: a symbol whose edge is neither a symbol nor a space is set off."""
    return unicodedata.category(edge)[0] not in "SZ"


def _format_in(amount: Decimal, language: str) -> str:
    """The number as `language` writes it: in its long compact form when the
    form's divisor leaves at most two decimals, else in full."""
    try:
        locale = locale_of(language)
    except ValueError:
        return _format_number(amount)
    if locale.language == "en":
        return _format_number(amount)
    divisor = _compact_divisor(locale, abs(amount))
    if divisor and (amount / divisor) * 100 % 1 == 0:
        return format_compact_decimal(amount, format_type="long", locale=locale, fraction_digits=2)
    return written(format(_normalise(amount), "f"), language)


def _compact_divisor(locale, amount: Decimal) -> int | None:
    """What CLDR's long compact pattern for `amount` divides it by ("0万" of
    10000 by 10000, "00万" of 100000 by 10000), or None below a million or
    where the pattern writes the number in full."""
    if amount < 10**6:
        return None
    patterns = locale.compact_decimal_formats.get("long", {}).get("other", {})
    magnitude = max((int(m) for m in patterns if int(m) <= amount), default=None)
    if magnitude is None:
        return None
    pattern = patterns[str(magnitude)].pattern
    # A pattern with a negative part ("milioni 0;milioni -0", Swahili) is one babel divides wrongly by.
    zeros = pattern.count("0")
    if zeros == 0 or pattern == "0" or ";" in pattern:
        return None
    return magnitude // 10 ** (zeros - 1)


def _format_number(amount: Decimal) -> str:
    for size, word in _SCALES:
        scaled = amount / size
        if abs(amount) >= size and scaled * 100 % 1 == 0:  # at most two decimals
            return f"{_normalise(scaled):,f} {word}"
    return f"{_normalise(amount):,f}"
