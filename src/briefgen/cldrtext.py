"""Amounts in the prose of any language CLDR describes.

The words come from CLDR through babel: decimal and group separators, currency
codes, symbols and names, and scale words from the compact number patterns
("millones", "Milliarden", "млрд", "億", "兆"), before the number where CLDR
writes them so (Swahili's "bilioni 4.5", with the currency's noun before it:
"shilingi bilioni 4.5"), and a symbol in letters where the currency pattern
puts it first ("Ksh 4,500,000,000"); the bidi marks of patterns and text
("\u200f0 מיליון") are no part of a word. A currency code is read as ISO
writes it, in capitals ("EUR"): Dutch "zal" is a word. A few words CLDR does
not list (the connective "de" of "millones de euros", common short currency
words, "złotych", "руб.", "грн", "FCFA", South Asian news' "बिलियन",
"বিলিয়ন", "ملین", the qualifiers "más de", "mehr als", "ruim", "ponad",
"supera", "превысил", "تتجاوز", "יותר מ-", "zaidi ya", "lebih dari", "hơn",
"กว่า", "понад", and after the amount "を超える", "넘지 않을", "على الأقل", "से अधिक",
Bengali's after its genitive ("ডলারের বেশি"), a negated "more than" an upper
bound and a negated "less than" a lower one ("不超过", "non inferiore a", "não
menos do que", "pas moins d'", "не менее чем"), Korean's particles and copula
after a currency ("달러였다"), Turkish case endings and the qualifiers after them,
Azerbaijani, Georgian and Tamil ones ("avrodan", "ევროზე", "யூரோக்களுக்கு"),
Amharic's prepositions glued to the number ("ከ4.5 ሚሊዮን"),
"300'den fazla", "mil milhões" and "bilhões" in any Portuguese, numbers
spelled before a scale word, "dwa miliardy", the thousands Chinese, Japanese
and Korean write before a myriad, "5천만", "2亿5千万") are small tables here. A
word is looked up in any case, Turkish "MİLYON" too. As in English, a number
is never read without its scale, a range ("2 à 3 milliards") states its
bounds, not its lower end, and a change ("passés de 2 à 3 milliards", after a
verb of change) both amounts, as "to" after one names its target ("довести до
10 млрд"), not a bound. The numbers of a date (cldrdates.py) are no amounts.
Pure functions, no I/O.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from babel.core import get_global
from babel.numbers import get_currency_symbol

from .cldr import currency_codes, locale_of, other_script, script
from .cldrdates import date_mentions
from .cldrwords import (AND_WORDS, BARE_YEAR, BIDI_AS_SPACES, DASH, RANGE_WORDS, UZBEK_APOSTROPHE,
                        UZBEK_APOSTROPHES, alternation, cjk_written, fold_space, latin_digits)
from . import quantities
from .quantities import MAX_AMOUNT, MAX_DIGITS, Quantity, TakenSpans, caseless

# Words between a number and its currency: "millones de euros", "milliards d'euros".
_CONNECTIVES = {"es": r"de|del", "fr": r"de|d['’]", "pt": r"de", "it": r"di|d['’]", "ca": r"de|d['’]", "gl": r"de"}
# Short currency words CLDR names only in full ("dólares estadounidenses").
_CURRENCY_WORDS = {
    "es": {"dólares": "USD", "dólar": "USD", "euros": "EUR", "yenes": "JPY", "reales": "BRL"},
    "fr": {"dollars": "USD", "dollar": "USD", "yens": "JPY", "réaux": "BRL"},
    "de": {"Dollar": "USD", "Yen": "JPY"},
    "ru": {"долларов": "USD", "доллара": "USD", "рублей": "RUB", "рубля": "RUB", "иен": "JPY", "юаней": "CNY",
           "руб.": "RUB", "долл.": "USD", "тг": "KZT", "тг.": "KZT"},  # "тг": tenge, as Kazakhstan's press writes it
    # "トゥグルグ", Mongolia's tögrög as the Japanese press spells it (CLDR: "モンゴル トグログ")
    "ja": {"ドル": "USD", "円": "JPY", "元": "CNY", "トゥグルグ": "MNT"},
    "pt": {"dólares": "USD", "reais": "BRL", "euros": "EUR", "ienes": "JPY"},
    "it": {"dollari": "USD", "dollaro": "USD", "yen": "JPY"},
    "tr": {"dolar": "USD", "avro": "EUR", "yen": "JPY", "euro": "EUR", "TL": "TRY", "lira": "TRY"},
    # Other countries' dollars and pounds as English news marks them ("C$2 billion"), as quantities.py reads them.
    "en": {sign: code for sign, code in quantities.SIGNS.items() if sign != "$"}
          # ... and the crowns English news names by their country ("Swedish crowns"), which CLDR calls "kronor".
          | {f"{country} {crown}": code for country, code in (("Norwegian", "NOK"), ("Swedish", "SEK"),
                                                               ("Danish", "DKK"), ("Icelandic", "ISK"), ("Czech", "CZK"))
             for crown in ("crown", "crowns")}
          # ... and Brazil's and Mozambique's by their Portuguese plurals, where CLDR has "reals", "meticals".
          | {"reais": "BRL", "meticais": "MZN"},
    # "mld dol.": Polish news abbreviates the dollar
    "pl": {"dolarów": "USD", "dolary": "USD", "dolara": "USD", "dol.": "USD", "jenów": "JPY", "złoty": "PLN",
           "złote": "PLN", "złotych": "PLN", "złotego": "PLN", "złotówek": "PLN"},
    # Indonesian news names the US dollar by its country's initials ("1,2 miliar dolar AS"), and the yen and the
    # rupiah by the noun alone, which CLDR gives only with the country ("Yen Jepang", "Rupiah Indonesia").
    "id": {"dolar AS": "USD", "dolar Amerika Serikat": "USD", "dolar Amerika": "USD", "yen": "JPY",
           "rupiah": "IDR"},
    "ar": {"دولار": "USD", "دولارات": "USD", "ين": "JPY", "يورو": "EUR"},
    "ko": {"달러": "USD", "엔": "JPY", "유로": "EUR"},
    "uk": {"грн": "UAH", "грн.": "UAH"},
    "hu": {"dollár": "USD", "jen": "JPY"},
    "sl": {"dolarjev": "USD", "dolarje": "USD"},
    "lt": {"dolerių": "USD", "dolerius": "USD"},
    "lv": {f"{us}{dollars}": "USD" for us in ("", "ASV ") for dollars in ("dolāru", "dolārus", "dolāriem")},
    "et": {"dollarit": "USD", "dollari": "USD"},
    "fil": {"piso": "PHP", "dolyar": "USD", "dolyares": "USD"},
    "az": {"dollar": "USD", "manat": "AZN"},
    # Turkic languages name a currency with its country and the possessive ("АҚШ доллары", "Қазақстан теңгесі",
    # "AQSH dollari"); news writes the bare noun after an amount ("1 млрд доллар", "500 млн теңге").
    "kk": {"доллар": "USD", "теңге": "KZT"},
    "ky": {"доллар": "USD", "сом": "KGS"},
    "uz": {"dollar": "USD", "доллар": "USD", "soʻm": "UZS", "so'm": "UZS", "so‘m": "UZS", "сўм": "UZS"},
    "tt": {"доллар": "USD"},
    "ba": {"доллар": "USD"},
    # Georgian's words and their stems, to which its cases and postpositions are glued: "დოლარზე", "ლარით".
    "ka": {"დოლარი": "USD", "დოლარ": "USD", "ლარი": "GEL", "ლარ": "GEL"},
}
# Currency words several currencies share, read only as the record's currency (see find_amounts).
_RUPEES = ("INR", "NPR", "PKR", "LKR", "MUR", "SCR")
# "FCFA" is West Africa's franc (XOF) and Central Africa's (XAF) alike, whichever CLDR gives it to.
_CFA = ("XOF", "XAF")
# English news writes the crown of Norway, Sweden, Denmark, Iceland and the Czech Republic alike ("the 19
# trillion crown fund", "5 billion crowns").
_CROWNS = ("NOK", "SEK", "DKK", "ISK", "CZK")
# The locales whose spellings of currencies' names a language's news writes too: CLDR's English is American
# ("Russian rubles"), its British English "Russian roubles".
_SPELLINGS = {"en": ("en-GB", "en")}
_SHARED_WORDS = {"zh": {"元": ("CNY", "TWD", "HKD", "MOP", "SGD")},
                 "en": {"crown": _CROWNS, "crowns": _CROWNS,
                        # West and Central Africa's francs alike, as English news writes them.
                        "CFA franc": _CFA, "CFA francs": _CFA, "FCFA": _CFA, "F CFA": _CFA},
                 "fr": {"FCFA": _CFA, "F CFA": _CFA, "franc CFA": _CFA, "francs CFA": _CFA},
                 "hi": {"रुपये": _RUPEES, "रुपए": _RUPEES, "रुपया": _RUPEES},
                 "ur": {"روپے": _RUPEES, "روپیہ": _RUPEES, "روپیے": _RUPEES}}
# Italian bounds said with an article or a preposition joined to it: "superiore ai 10 miliardi", "supera i 5".
_IT_BEFORE_A = {"superiore": "more-than", "superiori": "more-than", "inferiore": "less-than", "inferiori": "less-than",
                "non superiore": "up-to", "non superiori": "up-to", "non inferiore": "at-least",
                "non inferiori": "at-least", "intorno": "about", "attorno": "about"}
_IT_VERBS = {"supera": "more-than", "superano": "more-than", "superato": "more-than", "superando": "more-than",
             "non supera": "up-to", "non superano": "up-to", "sfiora": "nearly", "sfiorano": "nearly",
             "sfiorato": "nearly"}
# Arabic writes alif with or without its hamza ("إلى", "الى"): both spellings are read.
_AR_BEFORE = {
    "أكثر من": "more-than", "ما يزيد على": "more-than", "ما يزيد عن": "more-than", "تزيد على": "more-than",
    "تزيد عن": "more-than", "يزيد على": "more-than", "يزيد عن": "more-than", "يتجاوز": "more-than",
    "تتجاوز": "more-than", "تجاوز": "more-than", "تجاوزت": "more-than", "يفوق": "more-than", "تفوق": "more-than",
    "حوالي": "about", "حوالى": "about", "نحو": "about", "زهاء": "about", "قرابة": "nearly",
    "ما يقرب من": "nearly", "ما يقارب": "nearly", "يقارب": "nearly", "تقارب": "nearly", "أقل من": "less-than",
    "ما يصل إلى": "up-to", "يصل إلى": "up-to", "تصل إلى": "up-to", "حتى": "up-to", "بحد أقصى": "up-to",
    "على الأقل": "at-least", "بحد أدنى": "at-least",
    # Negated, a bound says the opposite: "لا تتجاوز 1.8 مليار" (does not exceed) is at most 1.8 billion.
    "لا يتجاوز": "up-to", "لا تتجاوز": "up-to", "لم يتجاوز": "up-to", "لم تتجاوز": "up-to", "لا يزيد على": "up-to",
    "لا يزيد عن": "up-to", "لا تزيد على": "up-to", "لا تزيد عن": "up-to", "ما لا يزيد على": "up-to",
    "ما لا يزيد عن": "up-to", "ليس أكثر من": "up-to", "لا أكثر من": "up-to", "لا يقل عن": "at-least",
    "لا تقل عن": "at-least", "ما لا يقل عن": "at-least", "ليس أقل من": "at-least", "لا أقل من": "at-least",
}


def _bare_alif(words: dict[str, str]) -> dict[str, str]:
    """`words` and their spellings with a bare alif for أ and إ."""
    return {**words, **{word.replace("أ", "ا").replace("إ", "ا"): bound for word, bound in words.items()}}


# Hebrew glues "from", "to" and "as" to the number, with a hyphen, a maqaf or nothing: "יותר מ-300",
# "כ־300", "קרוב ל300". Written here with a hyphen; its prefix letters before the bound ("בכ-300",
# "ולפחות") are read as Arabic's are (_GLUED_BEFORE).
_HE_BEFORE = {
    "יותר מ-": "more-than", "למעלה מ-": "more-than", "מעל": "over", "מעל ל-": "over", "כ-": "about",
    "בערך": "about", "בסביבות": "about", "קרוב ל-": "nearly", "כמעט": "nearly", "עד": "up-to",
    "עד כ-": "up-to", "לכל היותר": "up-to", "מקסימום": "up-to", "לפחות": "at-least", "לכל הפחות": "at-least",
    "מינימום": "at-least", "פחות מ-": "less-than", "מתחת ל-": "less-than",
    "לא יותר מ-": "up-to", "לא פחות מ-": "at-least",
}


def _hyphen_or_maqaf(words: dict[str, str]) -> dict[str, str]:
    """`words`, those ending in a hyphen also with a maqaf or glued to the number."""
    return {spelling: bound for word, bound in words.items()
            for spelling in ((word, word[:-1] + "\u05be", word[:-1]) if word.endswith("-") else (word,))}


# Devanagari and Bengali letters with a nukta are written as one character ("ज़") or as the letter and the
# nukta, which NFC keeps apart; Hindi news often leaves a nukta out ("ज्यादा").
_NUKTA_LETTERS = {unicodedata.normalize("NFD", letter): letter
                  for letter in "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df"}


def _nukta_spellings(words: dict[str, str]) -> dict[str, str]:
    """`words` (written with the nukta apart), with each such letter as one character, and in Hindi without it."""
    spellings = dict(words)
    for word, bound in words.items():
        joined = word
        for apart, letter in _NUKTA_LETTERS.items():
            joined = joined.replace(apart, letter)
        spellings[joined] = bound
        spellings[word.replace("\u093c", "")] = bound
    return spellings


# Romanian's ș and ț are also written with a cedilla (ş, ţ), and often without diacritics ("cel putin").
_RO_CEDILLA, _RO_BARE = str.maketrans("șțȘȚ", "şţŞŢ"), str.maketrans("șțăâîȘȚĂÂÎ", "staaiSTAAI")


def _romanian_spellings(words: dict[str, str]) -> dict[str, str]:
    return {spelling: bound for word, bound in words.items()
            for spelling in (word, word.translate(_RO_CEDILLA), word.translate(_RO_BARE))}


# Serbian is written in Cyrillic and Latin letters, one for one; Croatian and Bosnian in Latin.
_SERBIAN_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
                                "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
                                "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
                                "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"})


def _in_both_scripts(words: dict[str, str]) -> dict[str, str]:
    return {**words, **{word.translate(_SERBIAN_LATIN): bound for word, bound in words.items()}}


# The bounds before an amount in Serbian, Croatian and Bosnian ("више од", "više od").
_SH_BEFORE = _in_both_scripts({
    "више од": "more-than", "преко": "over", "око": "about", "отприлике": "about", "приближно": "about",
    "готово": "nearly", "скоро": "nearly", "близу": "nearly", "скоро па": "nearly",
    "најмање": "at-least", "барем": "at-least", "бар": "at-least", "највише": "up-to", "мање од": "less-than",
    "испод": "less-than", "не више од": "up-to", "не мање од": "at-least", "до": "up-to"}) | {"cca": "about"}


# Words before a number that qualify it. A negated "more than" ("no más de", "不超过") is an upper bound,
# a negated "less than" ("non meno di", "不少于") a lower one: listed as such, the amount is not denied.
_QUALIFIERS = {
    # English's are quantities.py's: a currency only CLDR names ("400 billion crowns") keeps its bound.
    "en": quantities.QUALIFIERS,
    "es": {"más de": "more-than", "cerca de": "about", "alrededor de": "about", "unos": "about",
           "aproximadamente": "about", "casi": "nearly", "hasta": "up-to", "menos de": "less-than",
           "al menos": "at-least", "no más de": "up-to", "no menos de": "at-least",
           "en torno a": "about", "superior a": "more-than", "superiores a": "more-than",
           **dict.fromkeys(("ronda", "rondan", "rondó", "rondaba", "rondaban", "rondará", "rondarán"), "about"),
           **dict.fromkeys(("supera", "superan", "superó", "superaron", "superaba", "superaban", "superará",
                            "superarán"), "more-than")},
    # Catalan, as Spanish and French write theirs: "més de", "més d'un milió", "uns 300 milions", "fins a".
    "ca": {"més de": "more-than", "més d'": "more-than", "per sobre de": "over", "uns": "about", "unes": "about",
           "aproximadament": "about", "al voltant de": "about", "entorn de": "about", "prop de": "nearly",
           "gairebé": "nearly", "quasi": "nearly", "fins a": "up-to", "com a màxim": "up-to", "com a molt": "up-to",
           "almenys": "at-least", "com a mínim": "at-least", "si més no": "at-least", "menys de": "less-than",
           "menys d'": "less-than", "no més de": "up-to", "no més d'": "up-to", "no menys de": "at-least",
           "no menys d'": "at-least",
           **dict.fromkeys(("supera", "superen", "va superar", "van superar", "superava", "superaven", "superarà",
                            "superaran"), "more-than")},
    "fr": {"plus de": "more-than", "environ": "about", "près de": "nearly", "presque": "nearly",
           "jusqu'à": "up-to", "moins de": "less-than", "au moins": "at-least", "pas plus de": "up-to",
           "pas moins de": "at-least", "plus d'": "more-than", "moins d'": "less-than", "près d'": "nearly",
           "pas plus d'": "up-to", "pas moins d'": "at-least",
           "quelque": "about", "de l'ordre de": "about", "de l'ordre d'": "about",
           "autour de": "about", "au maximum": "up-to", "au minimum": "at-least",
           **dict.fromkeys(("supérieur à", "supérieure à", "supérieurs à", "supérieures à"), "more-than"),
           **dict.fromkeys(("dépasse", "dépassent", "dépassait", "dépassaient", "dépassera", "dépasseront",
                            "dépassant"), "more-than"),
           **dict.fromkeys(("avoisine", "avoisinent", "avoisinait", "avoisinaient", "avoisinant"), "about")},
    "de": {"mehr als": "more-than", "über": "over", "rund": "about", "etwa": "about", "ungefähr": "about",
           "circa": "about", "ca.": "about", "fast": "nearly", "knapp": "nearly", "beinahe": "nearly",
           "bis zu": "up-to", "höchstens": "up-to", "weniger als": "less-than", "mindestens": "at-least", "nicht mehr als": "up-to",
           # "gut 3 Milliarden": a good 3 billion, more than.
           "gut": "more-than", "annähernd": "nearly", "nahezu": "nearly",
           "nicht weniger als": "at-least", "nicht unter": "at-least", "nicht über": "up-to"},
    "it": {"oltre": "over", "circa": "about", "quasi": "nearly", "fino a": "up-to", "almeno": "at-least",
           "non oltre": "up-to", "al massimo": "up-to", "un massimo di": "up-to",
           # "più di", "non meno dei 2 miliardi": "di" joined to the article as often as not.
           **{f"{word} {of}": bound for word, bound in (("più", "more-than"), ("meno", "less-than"),
                                                        ("non più", "up-to"), ("non meno", "at-least"))
              for of in ("di", "dei", "degli", "delle", "del", "dello", "della")},
           "un minimo di": "at-least",
           **{f"{word} {a}": bound for word, bound in _IT_BEFORE_A.items() for a in ("a", "ai", "agli")},
           **{f"{word}{the}": bound for word, bound in _IT_VERBS.items() for the in ("", " i", " gli")}},
    "ru": {"более": "more-than", "свыше": "over", "около": "about", "примерно": "about", "почти": "nearly",
           "до": "up-to", "менее": "less-than", "не менее": "at-least", "не более": "up-to", "не свыше": "up-to",
           "не больше": "up-to", "не меньше": "at-least",
           **{f"{bound} чем": qualifier for bound, qualifier in (
               ("более", "more-than"), ("больше", "more-than"), ("менее", "less-than"), ("меньше", "less-than"),
               ("не более", "up-to"), ("не больше", "up-to"), ("не менее", "at-least"), ("не меньше", "at-least"))},
           "как минимум": "at-least", "минимум": "at-least", "по меньшей мере": "at-least",
           "по крайней мере": "at-least", "как максимум": "up-to", "максимум": "up-to",
           "больше": "more-than", "порядка": "about", "приблизительно": "about", "ориентировочно": "about",
           # "оценивается более чем в 700 млн", "вырос почти на 20%": the preposition the verb governs stands
           # between the bound and its number.
           **{f"{bound} {preposition}": qualifier for bound, qualifier in (
               ("примерно", "about"), ("приблизительно", "about"), ("ориентировочно", "about"),
               ("почти", "nearly"), ("более чем", "more-than"), ("больше чем", "more-than"),
               ("менее чем", "less-than"), ("меньше чем", "less-than"), ("не более чем", "up-to"),
               ("не менее чем", "at-least"), ("как минимум", "at-least"), ("минимум", "at-least"),
               ("по меньшей мере", "at-least"), ("по крайней мере", "at-least"), ("как максимум", "up-to"),
               ("максимум", "up-to")) for preposition in ("в", "на")},
           **dict.fromkeys(("превысил", "превысила", "превысило", "превысили", "превысит", "превысят", "превышает",
                            "превышают", "превышал", "превышала", "превышало", "превышали"), "more-than")},
    "ja": {"約": "about", "およそ": "about", "最大": "up-to", "最高": "up-to", "少なくとも": "at-least",
           "最低": "at-least"},
    # Simplified and Traditional forms alike.
    "zh": {"约合": "about", "約合": "about", "超过": "more-than", "超過": "more-than", "逾": "more-than", "多于": "more-than", "多於": "more-than",
           "约": "about", "約": "about", "大约": "about", "大約": "about",
           # "涉及金额约为45亿元", "规模约达500亿元": the verb joins the bound to its amount.
           **dict.fromkeys(("约为", "約為", "大约为", "大約為", "约达", "約達"), "about"), "近": "nearly", "将近": "nearly",
           "將近": "nearly", "最高": "up-to", "高达": "up-to", "高達": "up-to", "多达": "up-to", "多達": "up-to", "至少": "at-least",
           "不到": "less-than", "少于": "less-than", "少於": "less-than", "不足": "less-than", "低于": "less-than",
           "低於": "less-than", "超": "more-than", "超出": "more-than", "高于": "more-than", "高於": "more-than",
           "最多": "up-to", "最少": "at-least",
           "不超过": "up-to", "不超過": "up-to", "不超": "up-to", "未超过": "up-to", "未超過": "up-to",
           "没有超过": "up-to", "沒有超過": "up-to", "不多于": "up-to", "不多於": "up-to", "不高于": "up-to",
           "不高於": "up-to", "不少于": "at-least", "不少於": "at-least", "不低于": "at-least", "不低於": "at-least"},
    "ko": {"약": "about", "최대": "up-to", "최소": "at-least"},
    "pt": {"mais de": "more-than", "cerca de": "about", "aproximadamente": "about", "quase": "nearly",
           "até": "up-to", "menos de": "less-than", "pelo menos": "at-least", "não mais de": "up-to",
           "não menos de": "at-least", "mais do que": "more-than", "menos do que": "less-than",
           **dict.fromkeys(("não mais do que", "não mais que"), "up-to"),
           **dict.fromkeys(("não menos do que", "não menos que"), "at-least"), "perto de": "nearly", "superior a": "more-than", "superiores a": "more-than",
           **dict.fromkeys(("na ordem de", "na ordem dos", "na ordem das", "da ordem de", "da ordem dos",
                            "da ordem das"), "about"),
           **dict.fromkeys(("ronda", "rondam", "rondou", "rondava", "rondavam", "rondará"), "about"),
           **dict.fromkeys(("supera", "superam", "superou", "superaram", "superava", "superavam", "superará"),
                           "more-than")},
    "tr": {"yaklaşık": "about", "neredeyse": "nearly", "en az": "at-least", "en fazla": "up-to"},
    # Kazakh writes most of its bounds after the amount, in its case (_ENDED_QUALIFIERS); these stand before it.
    "kk": {"шамамен": "about", "шамасы": "about", "жуық шамамен": "about", "кемінде": "at-least",
           "кем дегенде": "at-least", "ең кемі": "at-least", "ең аз дегенде": "at-least", "ең көбі": "up-to",
           "көп дегенде": "up-to"},
    # "Ruim 30 miljoen": well over 30 million.
    "nl": {"meer dan": "more-than", "ruim": "more-than", "ongeveer": "about", "circa": "about", "ca.": "about",
           "zo'n": "about", "bijna": "nearly", "tot": "up-to", "tot wel": "up-to", "hooguit": "up-to",
           "minder dan": "less-than", "minstens": "at-least", "ten minste": "at-least", "niet meer dan": "up-to",
           "niet minder dan": "at-least", "krap": "nearly", "rond": "about", "rond de": "about",
           "naar schatting": "about"},
    "pl": {"ponad": "more-than", "przeszło": "more-than", "więcej niż": "more-than", "około": "about", "ok.": "about",
           "blisko": "nearly", "niemal": "nearly", "prawie": "nearly", "do": "up-to", "maksymalnie": "up-to",
           "mniej niż": "less-than", "co najmniej": "at-least", "przynajmniej": "at-least",
           "nie więcej niż": "up-to", "nie mniej niż": "at-least", "rzędu": "about",
           # estimated at: "szacuje się na 36,5 mld zł", "szacowany na", "szacunkowo"
           **dict.fromkeys(("szacuje się na", "szacowany na", "szacowana na", "szacowane na", "szacowanych na",
                            "szacunkowo", "szacuje się go na", "szacuje się ją na"), "about"),
           **dict.fromkeys(("przekracza", "przekraczają", "przekraczał", "przekraczała", "przekraczały",
                            "przekroczył", "przekroczyła", "przekroczyło", "przekroczyły", "przekroczy",
                            "przekroczą"), "more-than")},
    "sv": {"mer än": "more-than", "drygt": "more-than", "över": "over", "cirka": "about", "ca": "about",
           "omkring": "about", "ungefär": "about", "nästan": "nearly", "närmare": "nearly", "upp till": "up-to",
           "mindre än": "less-than", "minst": "at-least"},
    "cs": {"více než": "more-than", "přes": "over", "přibližně": "about", "zhruba": "about", "asi": "about",
           "kolem": "about", "cca": "about", "téměř": "nearly", "skoro": "nearly", "méně než": "less-than",
           "nejméně": "at-least", "alespoň": "at-least"},
    "ar": _bare_alif(_AR_BEFORE),
    "he": _hyphen_or_maqaf(_HE_BEFORE),
    "fa": {"بیش از": "more-than", "بیشتر از": "more-than", "متجاوز از": "more-than", "حدود": "about",
           "حدوداً": "about", "حدودا": "about", "در حدود": "about", "تقریباً": "about", "تقریبا": "about",
           "نزدیک به": "nearly", "قریب به": "nearly", "کمتر از": "less-than", "کم‌تر از": "less-than",
           "دست‌کم": "at-least", "دست کم": "at-least", "دستکم": "at-least", "حداقل": "at-least",
           "حداکثر": "up-to", "تا": "up-to"},
    "hi": _nukta_spellings({"लगभग": "about", "क\u093cरीब": "about", "तक\u093cरीबन": "about",
                            "क\u093cरीब-क\u093cरीब": "nearly", "कम से कम": "at-least", "कम-से-कम": "at-least",
                            "न्यूनतम": "at-least", "अधिकतम": "up-to", "अधिक से अधिक": "up-to",
                            "ज\u093c्यादा से ज\u093c्यादा": "up-to"}),
    "bn": _nukta_spellings({"প্রায\u09bc": "about", "আনুমানিক": "about", "অন্তত": "at-least",
                            "কমপক্ষে": "at-least", "ন্যূনতম": "at-least", "সর্বোচ্চ": "up-to", "সর্বাধিক": "up-to"}),
    "ur": {"تقریباً": "about", "تقریبا": "about", "قریباً": "about", "لگ بھگ": "about", "کم و بیش": "about",
           "کم از کم": "at-least", "زیادہ سے زیادہ": "up-to"},
    "sw": {"zaidi ya": "more-than", "takriban": "about", "takribani": "about", "karibu": "nearly",
           "karibu na": "nearly", "hadi": "up-to", "mpaka": "up-to", "angalau": "at-least",
           "chini ya": "less-than", "si zaidi ya": "up-to", "si chini ya": "at-least",
           # "not falling short", "not exceeding", agreeing with the noun class of what is counted
           **dict.fromkeys(("isiyopungua", "zisizopungua", "kisichopungua", "lisilopungua"), "at-least"),
           **dict.fromkeys(("isiyozidi", "zisizozidi", "kisichozidi", "lisilozidi"), "up-to")},
    # Indonesian and Malay share most words; "sehingga" is Malay's "up to", "lebih kurang" its "about".
    **dict.fromkeys(("id", "ms"), {
        "lebih dari": "more-than", "lebih daripada": "more-than", "melebihi": "more-than", "di atas": "over",
        "sekitar": "about", "sekira": "about", "kira-kira": "about", "kurang lebih": "about",
        "lebih kurang": "about", "hampir": "nearly", "mendekati": "nearly", "hingga": "up-to",
        "sehingga": "up-to", "sampai": "up-to", "maksimal": "up-to", "maksimum": "up-to",
        "paling banyak": "up-to", "sebanyak-banyaknya": "up-to", "setidaknya": "at-least",
        "sedikitnya": "at-least", "sekurang-kurangnya": "at-least", "sekurangnya": "at-least",
        "paling sedikit": "at-least", "minimal": "at-least", "minimum": "at-least", "kurang dari": "less-than",
        "kurang daripada": "less-than", "di bawah": "less-than", "tidak lebih dari": "up-to",
        "tidak lebih daripada": "up-to", "tidak melebihi": "up-to", "tidak kurang dari": "at-least",
        "tidak kurang daripada": "at-least",
        # estimated (to reach, at): "diperkirakan mencapai Rp 60 triliun", "ditaksir sebesar"
        **{f"{estimated}{reach}": "about" for estimated in ("diperkirakan", "ditaksir", "diestimasi", "dianggarkan")
           for reach in ("", " mencapai", " sebesar", " senilai", " sekitar")}}),
    # "hơn" after a comparison's adjective is that comparison's: "thấp hơn" (lower than) is less than.
    "vi": {"hơn": "more-than", "nhiều hơn": "more-than", "cao hơn": "more-than", "trên": "over",
           "khoảng": "about", "chừng": "about", "khoảng chừng": "about", "xấp xỉ": "about", "gần": "nearly",
           "gần như": "nearly", "ít nhất": "at-least", "tối thiểu": "at-least", "tối đa": "up-to",
           "nhiều nhất": "up-to", "dưới": "less-than", "ít hơn": "less-than", "thấp hơn": "less-than",
           "chưa đến": "less-than", "chưa tới": "less-than", "không quá": "up-to", "không dưới": "at-least",
           "không ít hơn": "at-least", "không nhiều hơn": "up-to"},
    # Thai writes no spaces: every word ending in "กว่า" (than) before an amount is listed, so that
    # "ต่ำกว่า" (lower than) is not read as "กว่า" (more than).
    "th": {"กว่า": "more-than", "มากกว่า": "more-than", "เกินกว่า": "more-than", "สูงกว่า": "more-than",
           "เกิน": "more-than", "ประมาณ": "about", "ราว": "about", "ราวๆ": "about", "ราว ๆ": "about",
           "เกือบ": "nearly", "อย่างน้อย": "at-least", "ไม่ต่ำกว่า": "at-least", "ไม่น้อยกว่า": "at-least",
           "ไม่เกิน": "up-to", "ไม่เกินกว่า": "up-to", "ไม่มากกว่า": "up-to", "ไม่สูงกว่า": "up-to",
           "สูงสุด": "up-to", "น้อยกว่า": "less-than", "ต่ำกว่า": "less-than"},
    "el": {**{f"{more} από": "more-than" for more in ("περισσότερα", "περισσότερο", "περισσότερες",
                                                    "περισσότερους", "περισσότεροι")},
           **{f"{less} από": "less-than" for less in ("λιγότερα", "λιγότερο", "λιγότερες", "λιγότερους",
                                                     "λιγότεροι")},
           **{f"όχι {more} από": "up-to" for more in ("περισσότερα", "περισσότερο", "περισσότερες",
                                                     "περισσότερους")},
           **{f"όχι {less} από": "at-least" for less in ("λιγότερα", "λιγότερο", "λιγότερες", "λιγότερους")},
           **{f"{word} {the}": bound for word, bound in (("άνω", "over"), ("πλέον", "more-than"))
              for the in ("των", "του", "της")},
           **{f"{word} {to_the}": bound for word, bound in (("γύρω", "about"), ("κοντά", "nearly"))
              for to_the in ("στα", "στους", "στις", "στο", "στη", "στην", "στον")},
           **{f"{verb} {the}": bound for verb, bound in (
               ("ξεπερνά", "more-than"), ("ξεπερνούν", "more-than"), ("ξεπέρασε", "more-than"),
               ("ξεπέρασαν", "more-than"), ("ξεπερνώντας", "more-than"), ("δεν ξεπερνά", "up-to"),
               ("δεν ξεπερνούν", "up-to")) for the in ("τα", "τους", "τις", "το", "τη", "την")},
           "πάνω από": "over", "περίπου": "about", "σχεδόν": "nearly", "έως": "up-to", "έως και": "up-to",
           "ως": "up-to", "μέχρι": "up-to", "μέχρι και": "up-to", "το πολύ": "up-to", "τουλάχιστον": "at-least",
           "κάτω από": "less-than"},
    "ro": _romanian_spellings({
        "peste": "over", "mai mult de": "more-than", "mai mult decât": "more-than", "mai bine de": "more-than",
        "aproximativ": "about", "circa": "about", "cca": "about", "în jur de": "about", "aproape": "nearly",
        "până la": "up-to", "cel mult": "up-to", "maximum": "up-to", "cel puțin": "at-least",
        "minimum": "at-least", "mai puțin de": "less-than", "mai puțin decât": "less-than", "sub": "less-than",
        "nu mai mult de": "up-to", "nu mai puțin de": "at-least"}),
    "uk": {"понад": "more-than", "більше": "more-than", "більше ніж": "more-than", "більш ніж": "more-than",
           "близько": "about", "приблизно": "about", "орієнтовно": "about", "майже": "nearly",
           "щонайменше": "at-least", "принаймні": "at-least", "мінімум": "at-least", "як мінімум": "at-least",
           "щонайбільше": "up-to", "максимум": "up-to", "як максимум": "up-to", "менше": "less-than",
           "менше ніж": "less-than", "менш ніж": "less-than", "не більше": "up-to", "не більше ніж": "up-to",
           "не більш ніж": "up-to", "не менше": "at-least", "не менше ніж": "at-least",
           "не менш ніж": "at-least", "до": "up-to"},
    "hu": {"több mint": "more-than", "több, mint": "more-than", "mintegy": "about", "körülbelül": "about",
           "kb.": "about", "nagyjából": "about", "közel": "nearly", "csaknem": "nearly", "majdnem": "nearly",
           "legalább": "at-least", "minimum": "at-least", "legfeljebb": "up-to", "maximum": "up-to",
           "akár": "up-to", "kevesebb mint": "less-than", "kevesebb, mint": "less-than",
           "nem több mint": "up-to", "nem több, mint": "up-to", "nem kevesebb mint": "at-least",
           "nem kevesebb, mint": "at-least"},
    # "Runsaat 4 miljardia": a good 4 billion, more than; "vajaat": just under, nearly.
    "fi": {"yli": "over", "runsas": "more-than", "runsaat": "more-than", "reilu": "more-than",
           "reilut": "more-than", "noin": "about", "suunnilleen": "about", "arviolta": "about",
           "lähes": "nearly", "melkein": "nearly", "vajaa": "nearly", "vajaat": "nearly", "vähintään": "at-least",
           "ainakin": "at-least", "enintään": "up-to", "korkeintaan": "up-to", "jopa": "up-to",
           "alle": "less-than"},
    # "Godt 4 mia.": a good 4 billion, more than.
    "da": {"mere end": "more-than", "over": "over", "godt": "more-than", "omkring": "about", "cirka": "about",
           "ca.": "about", "omtrent": "about", "næsten": "nearly", "knap": "nearly", "knapt": "nearly",
           "op til": "up-to", "højst": "up-to", "maksimalt": "up-to", "mindst": "at-least",
           "minimum": "at-least", "under": "less-than", "mindre end": "less-than", "ikke mere end": "up-to",
           "ikke mindre end": "at-least"},
    **dict.fromkeys(("nb", "no"), {
        "mer enn": "more-than", "over": "over", "drøyt": "more-than", "drøye": "more-than", "omkring": "about",
        "rundt": "about", "cirka": "about", "ca.": "about", "omtrent": "about", "nesten": "nearly",
        "knapt": "nearly", "knappe": "nearly", "opptil": "up-to", "inntil": "up-to", "høyst": "up-to",
        "maksimalt": "up-to", "minst": "at-least", "minimum": "at-least", "under": "less-than",
        "mindre enn": "less-than", "ikke mer enn": "up-to", "ikke mindre enn": "at-least"}),
    "bg": {"над": "over", "повече от": "more-than", "около": "about", "приблизително": "about",
           "почти": "nearly", "близо": "nearly", "близо до": "nearly", "най-малко": "at-least", "поне": "at-least",
           "минимум": "at-least", "най-много": "up-to", "максимум": "up-to", "по-малко от": "less-than",
           "под": "less-than", "не повече от": "up-to", "не по-малко от": "at-least", "до": "up-to"},
    **dict.fromkeys(("sr", "hr", "bs"), _SH_BEFORE),
    "sk": {"viac ako": "more-than", "viac než": "more-than", "vyše": "over", "približne": "about",
           "zhruba": "about", "asi": "about", "okolo": "about", "cca": "about", "takmer": "nearly",
           "skoro": "nearly", "najmenej": "at-least", "aspoň": "at-least", "minimálne": "at-least",
           "najviac": "up-to", "maximálne": "up-to", "menej ako": "less-than", "menej než": "less-than",
           "nie viac ako": "up-to", "nie menej ako": "at-least", "do": "up-to"},
    # "Dobrih 4 milijarde": a good 4 billion, more than; "slabih": just under, nearly.
    "sl": {"več kot": "more-than", "nad": "over", "preko": "over", "prek": "over", "dobrih": "more-than",
           "približno": "about", "okoli": "about", "okrog": "about", "cca": "about", "skoraj": "nearly",
           "slabih": "nearly", "blizu": "nearly", "vsaj": "at-least", "najmanj": "at-least", "največ": "up-to",
           "do": "up-to", "manj kot": "less-than", "pod": "less-than", "ne več kot": "up-to",
           "ne manj kot": "at-least"},
    # Lithuanian says "than" three ways: "daugiau nei", "daugiau kaip", "daugiau negu".
    "lt": {**{f"{word} {than}": bound for word, bound in (
               ("daugiau", "more-than"), ("mažiau", "less-than"), ("ne daugiau", "up-to"),
               ("ne mažiau", "at-least")) for than in ("nei", "kaip", "negu")},
           "virš": "over", "apie": "about", "maždaug": "about", "apytiksliai": "about", "beveik": "nearly",
           "bemaž": "nearly", "mažiausiai": "at-least", "bent": "at-least", "daugiausiai": "up-to",
           "daugiausia": "up-to", "iki": "up-to"},
    # Latvian "than" is "nekā", "kā" or "par": "vairāk nekā", "ne mazāk par".
    "lv": {**{f"{word} {than}": bound for word, bound in (
               ("vairāk", "more-than"), ("mazāk", "less-than"), ("ne vairāk", "up-to"),
               ("ne mazāk", "at-least")) for than in ("nekā", "kā", "par")},
           "pāri": "over", "virs": "over", "aptuveni": "about", "apmēram": "about", "ap": "about",
           "gandrīz": "nearly", "teju": "nearly", "vismaz": "at-least", "maksimāli": "up-to", "līdz": "up-to"},
    "et": {"üle": "over", "rohkem kui": "more-than", "enam kui": "more-than", "umbes": "about",
           "ligikaudu": "about", "ca": "about", "ligi": "nearly", "peaaegu": "nearly", "vähemalt": "at-least",
           "kuni": "up-to", "maksimaalselt": "up-to", "kõige rohkem": "up-to", "alla": "less-than",
           "vähem kui": "less-than", "mitte rohkem kui": "up-to", "mitte vähem kui": "at-least",
           "mitte üle": "up-to"},
    # Filipino: "mga 300" (some 300) is about; "hindi bababa sa" (not going below) at least.
    # Uzbek: "taxminan 2 mln dollar", "kamida", "koʻpi bilan" (at most), its oʻ in any of the apostrophes news
    # writes it with; "-dan ortiq" after the amount is _ENDED_QUALIFIERS'.
    "uz": {"taxminan": "about", "qariyb": "nearly", "deyarli": "nearly", "salkam": "nearly", "kamida": "at-least",
           "eng kamida": "at-least", **{f"ko{mark}pi bilan": "up-to" for mark in UZBEK_APOSTROPHES}},
    "fil": {"higit sa": "more-than", "mahigit": "more-than", "mahigit sa": "more-than", "lampas sa": "more-than",
            "lagpas sa": "more-than", "humigit-kumulang": "about", "humigit kumulang": "about",
            "mahigit-kumulang": "about", "mga": "about", "tinatayang": "about", "halos": "nearly",
            "hindi bababa sa": "at-least", "hindi kukulangin sa": "at-least", "hindi hihigit sa": "up-to",
            "hindi lalampas sa": "up-to", "hindi lalagpas sa": "up-to", "hanggang": "up-to",
            "hanggang sa": "up-to", "kulang sa": "less-than", "mas mababa sa": "less-than",
            "mas mataas sa": "more-than"},
}
# Words after an amount that qualify it: "100億ドル超", "50억 달러 이상".
# Japanese and Korean verbs are read by their stem, whatever their ending ("を超える", "を超えた"; Korean's
# ending is read as a counter after the stem: "넘는", "넘었다", "웃도는"); a negated one is a bound the other
# way ("を超えない", "넘지 않는": up to), and "못 미치는" (falls short of) is less than.
_QUALIFIERS_AFTER = {
    "en": quantities.QUALIFIERS_AFTER,  # "40 billion crowns or more"
    "ja": {"超": "more-than", "余り": "more-than", "余": "more-than", "あまり": "more-than", "強": "more-than",
           "以上": "at-least", "未満": "less-than", "以下": "up-to", "弱": "nearly", "近く": "nearly",
           "程度": "about", "前後": "about", "ほど": "about", "を超え": "more-than", "を超す": "more-than",
           "を超し": "more-than", "を上回": "more-than", "を下回": "less-than", "に満たない": "less-than",
           "に満たず": "less-than", "を超えない": "up-to", "超えない": "up-to", "を超えず": "up-to",
           "を上回らない": "up-to", "を上回らず": "up-to", "を下回らない": "at-least", "を下回らず": "at-least"},
    "zh": {"以上": "at-least", "余": "more-than", "餘": "more-than", "多": "more-than", "以下": "up-to",
           "以内": "up-to", "左右": "about", "上下": "about"},
    "ko": {"이상": "at-least", "초과": "more-than", "미만": "less-than", "이하": "up-to", "가량": "about",
           "정도": "about", "안팎": "about", "내외": "about", "넘": "more-than", "여": "more-than",  # "120여 개" (120-odd)
           "남짓": "more-than", "웃돌": "more-than", "웃도": "more-than", "상회": "more-than", "밑돌": "less-than",
           "밑도": "less-than", "하회": "less-than", "못 미치": "less-than", "못 미친": "less-than", "미달": "less-than",
           "육박": "nearly", "가까이": "nearly", "가까운": "nearly",
           **dict.fromkeys(("넘지 않", "넘지는 않", "넘지 못", "초과하지 않", "웃돌지 않", "상회하지 않"), "up-to"),
           **dict.fromkeys(("밑돌지 않", "하회하지 않"), "at-least")},
    "it": {"circa": "about"},
    "ar": _bare_alif({"على الأقل": "at-least", "بحد أقصى": "up-to", "كحد أقصى": "up-to", "كحد أدنى": "at-least",
                      "تقريبا": "about", "تقريباً": "about"}),
    "he": {"לפחות": "at-least", "לכל הפחות": "at-least", "לכל היותר": "up-to", "בערך": "about",
           "בקירוב": "about"},
    "fa": {"یا بیشتر": "at-least", "یا کمتر": "up-to"},
    "hi": _nukta_spellings({"से अधिक": "more-than", "से ज\u093c्यादा": "more-than", "से ऊपर": "over",
                            "से कम": "less-than", "तक": "up-to", "के क\u093cरीब": "nearly", "के आसपास": "about",
                            "के लगभग": "about"}),
    "bn": {"পর্যন্ত": "up-to"},
    "ur": {"سے زائد": "more-than", "سے زیادہ": "more-than", "سے کم": "less-than", "تک": "up-to",
           "کے قریب": "nearly", "کے لگ بھگ": "about"},
    "vi": {"trở lên": "at-least", "trở xuống": "up-to"},
    "th": {"โดยประมาณ": "about"},
    "el": {"περίπου": "about", "τουλάχιστον": "at-least"},
    "hu": {"körül": "about", "körüli": "about", "feletti": "over", "fölötti": "over", "alatti": "less-than"},
}
# Korean bounds written with a negation, which deny no amount ("26조 원을 넘지 않을 것": up to): the overreach
# check's reading of a verb's negation after an amount (negations.denies) passes them by.
NEGATED_BOUNDS_AFTER = {"ko": re.compile(r"(?:넘|초과하|웃돌|상회하|밑돌|하회하)지(?:는)?\s*(?:않|못)|못\s*미[치친]")}
# Words that negate a bound before an amount ("не более", "não menos de", "لا تتجاوز", "不超过"): such a phrase
# bounds the amount after it and denies nothing, nor the amount after that ("не более 5 и не менее 2").
_BOUND_NEGATIONS = frozenset({"no", "not", "pas", "não", "nicht", "не", "non", "niet", "nie", "لا", "ليس", "لم",
                              "ne", "nu", "nem", "ikke", "όχι", "δεν", "לא", "si", "tidak", "không", "mitte",
                              "hindi"})
# Those glued to the bound: "不超过", "ไม่เกิน".
_GLUED_BOUND_NEGATIONS = ("不", "未", "没", "沒", "ไม่")


def reads_bounds(language: str) -> bool:
    """Whether the words of a bound ("more than", "about") are read in `language`: English's as quantities.py
    reads them, the others' from the tables here. In any other, an amount's bound is not read, and the amount looks exact."""
    try:
        code = locale_of(language).language
    except ValueError:
        return False
    return any(code in table for table in (_QUALIFIERS, _QUALIFIERS_AFTER, _ENDED_QUALIFIERS))


def bound_words_before(language: str) -> tuple[str, ...]:
    """The words of a bound written before a number in `language` ("more than", "más de", "более", "nearly"):
    English's as quantities.py reads them, the others' from the tables here; none in a language they lack."""
    try:
        code = locale_of(language).language
    except ValueError:
        return ()
    return tuple(quantities.QUALIFIERS) if code == "en" else tuple(_QUALIFIERS.get(code, {}))


@lru_cache(maxsize=None)
def negated_bounds_before(language: str) -> re.Pattern | None:
    """The negated bounds `language` writes before an amount, where one stands before a number; None if none.
    English's are quantities.py's ("no less than", "not more than")."""
    try:
        code = locale_of(language).language
    except ValueError:
        return None
    return _before_a_number(code, [phrase for phrase in _QUALIFIERS.get(code, {}) if _negated_bound(phrase)])


# The bounds a negation turns round, to at least or up to the amount: "não concederá menos de 1 bilhão" (will
# grant at least), "не выдаст более 1 млрд" (at most), "n'accordera jamais plus de".
_TURNED_BY_A_NEGATION = frozenset({"more-than", "less-than", "over"})


@lru_cache(maxsize=None)
def comparative_bounds_before(language: str) -> re.Pattern | None:
    """The bounds of more or less `language` writes before an amount ("menos de", "more than", "supera"), with
    no negation of their own, where one stands before a number; None if none. A negation before the verb they
    follow bounds the amount ("não concederá menos de 1 bilhão"), as a negated bound does."""
    try:
        code = locale_of(language).language
    except ValueError:
        return None
    return _before_a_number(code, [phrase for phrase, bound in _QUALIFIERS.get(code, {}).items()
                                   if bound in _TURNED_BY_A_NEGATION and not _negated_bound(phrase)])


def _negated_bound(phrase: str) -> bool:
    return bool(_BOUND_NEGATIONS.intersection(phrase.split())) or phrase.startswith(_GLUED_BOUND_NEGATIONS)


def _before_a_number(code: str, phrases: list[str]) -> re.Pattern | None:
    """A pattern of `phrases` where a number follows, in digits or spelled out in `code`'s words ("pas moins
    d'un milliard", "no less than one billion"); None if there are none."""
    if not phrases:
        return None
    words = _NUMBER_WORDS.get(code) or (quantities.NUMBER_WORDS.keys() | {"a", "an"} if code == "en" else ())
    spelled = rf"|(?:{alternation(words)})\b" if words else ""
    return re.compile(rf"(?:{alternation(phrases)})(?=\s*(?:\S{{0,3}}\d{spelled}))", re.IGNORECASE)


# Marks glued between a scale and the currency that make the amount a bound: "13억여 달러" (1.3 billion-odd
# dollars), "5亿多美元".
_ODD_BEFORE_CURRENCY = {"ko": {"여": "more-than"}, "zh": {"多": "more-than", "余": "more-than", "餘": "more-than"},
                        "th": {"กว่า": "more-than"}}
# Marks between a number and its scale that make the amount a bound: Thai "300 กว่าล้านบาท" (300-odd million
# baht), "พันกว่าล้าน" (a thousand-odd million).
_ODD_BEFORE_SCALE = {"th": {"กว่า": "more-than"}}
# Thai's tens, hundreds and thousands, read as a number alone only before such a mark ("พันกว่าล้าน"), and
# not after a digit's word: "ห้าสิบกว่าล้าน" is fifty-odd million, not ten-odd.
_TH_MAGNITUDES = {"สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10**4, "แสน": 10**5}
_TH_DIGIT_WORDS = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "ยี่")
# Words after an amount that make it a rate, by the period it is per: "2.000 millones de euros al año".
_RATES = {
    "es": {"year": r"al\s+año|por\s+año|anuales|cada\s+año", "month": r"al\s+mes|por\s+mes|mensuales"},
    "pt": {"year": r"por\s+ano|ao\s+ano|anuais|cada\s+ano", "month": r"por\s+mês|ao\s+mês|mensais"},
    "fr": {"year": r"par\s+an|par\s+année|annuels|annuelles|chaque\s+année", "month": r"par\s+mois|mensuels"},
    "de": {"year": r"pro\s+Jahr|im\s+Jahr|jährlich|jedes\s+Jahr", "month": r"pro\s+Monat|im\s+Monat|monatlich"},
    "it": {"year": r"all['’]anno|l['’]anno|annui|annue|ogni\s+anno", "month": r"al\s+mese|mensili"},
    "ru": {"year": r"в\s+год|ежегодно", "month": r"в\s+месяц|ежемесячно"},
    "tr": {"year": r"yılda|her\s+yıl", "month": r"ayda|her\s+ay"},
}
# How a record's `period` says each rate of _RATES, for a hint to write in the brief's language: the
# page shows the period as written, so an English "a year" would stand in a Portuguese brief's page.
_RATE_PHRASES = {"es": {"year": "al año", "month": "al mes"}, "pt": {"year": "por ano", "month": "por mês"},
                 "fr": {"year": "par an", "month": "par mois"}, "de": {"year": "pro Jahr", "month": "pro Monat"},
                 "it": {"year": "all'anno", "month": "al mese"}, "ru": {"year": "в год", "month": "в месяц"},
                 "tr": {"year": "yılda", "month": "ayda"}}
# Turkish glues its case endings to a number, scale or currency ("300'den fazla": more than 300,
# "5 milyar dolarlık": worth 5 billion dollars, "300 milyon TL'ye kadar": up to 300 million lira), and
# the qualifier after the amount depends on the ending: "-den fazla" is more than, "-e kadar" up to.
_ENDINGS = {"tr": r"['’]?(?:l[ıiuü]k|[dt][ae]n|y?[ae]|n?[ıiuü]n|[sy]?[ıiuü]|[dt][ae])",
            # Bengali's genitive, and its "-ও" (even): "ডলারের", "টাকার", "৪.৫ বিলিয়ন ডলারেরও বেশি".
            "bn": r"(?:-?এর|ে?র)ও?",
            # Hungarian's cases and adjective ending, as news glues them to a currency or scale: "forintot",
            # "dollárt", "eurós", "milliárdos", "forinttal", "dollárral", "forintért", "forintnál", "forintig".
            "hu": r"(?:[oeöa]?t|[oeöa]?s|[vtrlnsz]?[ae]l|ért|b[ae]n?|r[ae]|r[óő]l|n[áé]l|h[oeö]z|ig|b[óő]l|t[óő]l"
                  r"|n[ae]k|[oeö]?n|nyi)",
            # Kazakh's adjective ending, possessive and cases, after a currency or scale: "долларлық" (worth … dollars),
            # "долларға", "доллардың", "долларын", "теңгеден", "теңгесіне", "доллардай" (some … dollars).
            "kk": r"(?:[лдт](?:ық|ік)|(?:с?[ыі])?н(?:[ыі]ң|[ае]|д[ае]|[ае]н)?|с?[ыі]|[ғгқк][ае]|[дт][ыі]ң?|[дт][ае][нй]?"
                  r"|[мбп]ен)",
            # Azerbaijani's, as Turkish's: "avrodan", "avroya", "dollara", "dolları", "manatlıq", "avronun".
            "az": r"['’]?(?:l[ıiuü]q|[dt][aə]n|y?[aə]|n?[ıiuü]n|[nsy]?[ıiuü]|[dt][aə])",
            # Georgian's cases and the postpositions glued after them: "ევროს", "ევროთი", "ევროზე" (on, as in
            # "ევროზე მეტი": more than), "ევრომდე" (up to), "ლარი", "ლარის", "ლარად", "დოლარისთვის".
            "ka": r"(?:ი|ის|ს|მა|მ|ით|თ|ად|დ|ზე|ში|თან|ამდე|მდე|იდან|დან|ისთვის|სთვის|ისა|ითა)",
            # Tamil's plural and cases after a currency: "யூரோக்கள்", "யூரோக்களுக்கு" (as in "யூரோக்களுக்கு மேல்":
            # more than), "யூரோவை", "டாலர்களை", "டாலர்களின்".
            "ta": r"(?:வ|க்கள|கள)?(?:ு?க்கு|ை|ின்|ில்|ாக|ுடன்|ும்)|க்கள்|கள்",
            # Uzbek's cases and adjective ending after a currency or scale: "dollardan", "dollarga", "dollarlik".
            "uz": r"(?:ning|ni|ga|da|dan|dagi|lik)"}
_ENDED_QUALIFIERS = {"tr": {
    r"['’]?[dt][ae]n\s+fazla": "more-than", r"['’]?y?[ıiuü]\s+aş(?:kın|an)": "more-than",
    # "7 milyar doları aşkın": the currency's word ends in the accusative itself.
    r"(?<=[ıiuü])\s+aş(?:kın|an)": "more-than", r"['’]?y?[ae]\s+kadar": "up-to",
    r"['’]?[dt][ae]n\s+az": "less-than", r"['’]?n?[ıiuü]n\s+üzerinde": "over", r"\s+civarında": "about",
    r"\s+dolayında": "about", r"\s+kadar": "about",
}, "kk": {
    # "120-дан астам" (more than 120, the ablative after the number's hyphen), "1 млрд доллардан асады"
    # (exceeds), "-ға жуық" (nearly), "-ға дейін" (up to), "-дан кем" (less than), "120-дай" (some 120).
    r"-?[дтн][ае]н\s+(?:астам|артық|көп|аса|асатын|асады|асқан|асып)(?!\w)": "more-than",
    r"-?[дтн][ае]н\s+(?:жоғары)(?!\w)": "over",
    r"-?[дтн][ае]н\s+(?:кем|аз|төмен)(?!\w)": "less-than",
    r"-?(?:[ғгқк]|н)[ае]\s+(?:жуық|таяу)(?!\w)": "nearly",
    r"-?(?:[ғгқк]|н)[ае]\s+дейін(?!\w)": "up-to",
    r"-?[дтн](?:ай|ей)(?!\w)": "about", r"\s+шамасында(?!\w)": "about", r"\s+шамасы(?!\w)": "about",
}, "bn": {
    r"(?:-?এর|ে?র)ও?\s+বেশি": "more-than", r"(?:-?এর|ে?র)ও?\s+কম": "less-than",
    r"(?:-?এর|ে?র)\s+(?:কাছাকাছি|কাছে)": "nearly", r"(?:-?এর|ে?র)\s+মতো": "about",
}, "uz": {
    # "120 dan ortiq", "120 tadan ortiq" (with its counter), "2 mln dollardan ziyod", "dollardan koʻproq", "-dan kam".
    rf"\s*(?:ta)?dan\s+(?:ortiq|ziyod|ko{UZBEK_APOSTROPHE}p(?:roq)?)(?!\w)": "more-than",
    r"\s*(?:ta)?dan\s+kam(?!\w)": "less-than", r"\s+atrofida(?!\w)": "about",
}, "hu": {
    # "4,5 milliárd forintnál több" (more than), "forintot meghaladó" (exceeding). Not "-ig" (to): before a
    # verb of change after it ("forintig nő"), it is the target.
    r"n[áé]l\s+több": "more-than", r"n[áé]l\s+kevesebb": "less-than",
    r"[oeöa]?t\s+(?:is\s+)?meghalad\w*": "more-than",
}}
# A counter between a count and the qualifier after it: "300社以上", "50カ国超", "300家以上", "300개 이상".
_COUNTERS = {
    "ja": r"[かカヶケ]国|[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,3}",
    "zh": r"[\u4e00-\u9fff]{1,2}",
    "ko": r"[\uac00-\ud7a3]{1,3}",
}
# Small numbers written as words, read only before a scale word ("zwei Milliarden Euro", "deux milliards").
_NUMBER_WORDS = {
    "de": {"ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "cent": 100},
    # "mil millones" is a thousand millions, 10^9, as "mil milhões" is in Portugal.
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20, "cien": 100, "mil": 1000},
    "it": {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "venti": 20, "cento": 100},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "vinte": 20, "cem": 100, "mil": 1000},
    "nl": {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "honderd": 100},
    "pl": {"jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4,
           "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9,
           "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12, "dwadzieścia": 20, "sto": 100},
    "ru": {"один": 1, "одна": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
           "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
           "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "двадцать": 20, "сто": 100},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
           "on": 10, "yirmi": 20, "yüz": 100},
}
# A scale word alone is one of it, in the languages that write "one billion" so: "miliard złotych",
# "миллиард рублей". Read only before a currency; the forms after a number or "half" ("pół miliarda",
# "полмиллиарда") are not these.
_BARE_SCALES = {"pl": ("miliard", "milion", "bilion"), "ru": ("миллиард", "миллион", "триллион")}
# The article a verb's qualifier takes before the number: "supera los 10.000 millones", "ronda os 400",
# "dépasse les 2 milliards".
_ARTICLES = {"es": r"los|las", "pt": r"os|as", "fr": r"les", "ca": r"els|les"}
# Languages that write what is counted before its number, so between a bound and the number: Swahili "zaidi ya
# watu 100" (more than 100 people), "takriban kampuni 40". One word, not a currency's or a scale's, which
# stand there as the amount's own ("zaidi ya shilingi bilioni 2.5").
_COUNTED_BEFORE_NUMBER = {"sw"}
# A negation before a qualifier ("no supera", "ne dépasse pas", "не превышает") turns its bound round:
# such an amount is not read.
_NEGATIONS = {"es": r"no", "pt": r"não", "fr": r"ne|n['’]", "de": r"nicht", "nl": r"niet", "pl": r"nie",
              "ru": r"не"}
# Verbs and nouns of change (rising, raising, falling): within three words after one, "to X" is the
# target it reaches, not a bound ("довести его до 10 млрд", "zwiększyć obroty do 10 mld zł", "groeien
# tot 10 miljard", "se eleva hasta"), and "from X to Y" states both amounts, as English "rose from $2
# billion to $3 billion" ("pasó de 2.000 millones a 3.000 millones", "вырос с 2 до 3 млрд").
_CHANGE_WORDS = {
    "es": r"aument\w*|crec\w*|elev\w*|increment\w*|ampli\w*|reduc\w*|reduj\w*|disminu\w*|dispar\w*"
          r"|sub(?:e|en|ió|ieron|ir|irá|irán|ido|iendo|ida)|pas(?:ó|a|an|aron|ar|ará|arán|ado|ando)"
          r"|baj(?:a|an|ó|aron|ar|ará|ado|ada)|ca(?:e|en|yó|yeron|er|erá|ído|ída)|llev(?:a|an|ó|aron|ar|ará|arán)",
    "pt": r"aument\w*|cresc\w*|elev\w*|ampli\w*|reduz\w*|reduzi\w*|diminu\w*|baix\w*"
          r"|sub(?:iu|iram|ir|irá|ido|ida)|sob(?:e|em)|pass(?:ou|aram|a|am|ar|ará|ado|ando)"
          r"|ca(?:i|em|iu|íram|ir)|lev(?:a|am|ou|aram|ar|ará)",
    "fr": r"pass\w*|augment\w*|croît|croissent|croissance|crû|cru|crue|crus|crues|progress\w*|grimp\w*"
          r"|bondi\w*|recul\w*|chut\w*|baiss\w*|diminu\w*|rédui\w*|hauss\w*|évolu\w*",
    "nl": r"groei\w*|gegroeid|stijg\w*|steeg|stegen|gestegen|verhoog\w*|verhogen|toenemen|toegenomen|toeneemt"
          r"|(?:neemt|nam|namen|nemen)\s+toe|oplopen|opgelopen|(?:loopt|liep|liepen|lopen)\s+op|dalen|daling"
          r"|daalt|daalde|daalden|gedaald|vergrot\w*|verlaag\w*|verlagen|zakt\w*|gezakt|teruggelopen|teruggevallen",
    "pl": r"wzr[oó]s\w*|wzrośn\w*|zwiększ\w*|podni[eoó][sś]\w*|podwyż\w*|ur[oó]s\w*|urośn\w*|spad\w*"
          r"|zmniejsz\w*|obniż\w*|zmal\w*|doprowadz\w*",
    "de": r"stieg\w*|steig\w*|gestiegen|wuchs|wuchsen|wächst|wachsen|gewachsen|wachstum|erhöh\w*|anheb\w*"
          r"|angehoben|sank|sanken|sinkt|sinken|gesunken|senk\w*|fiel|fielen|fällt|gefallen|zugenommen"
          r"|(?:nimmt|nahm|nahmen)\s+zu|zurückgegangen|(?:geht|ging|gingen)\s+zurück|anstieg|rückgang",
    "ru": r"выр[ао]с\w*|выраст\w*|раст[уеё]\w*|рост\w*|увелич\w*|дове[сд]\w*|довод\w*|повы[сш]\w*|подня\w*"
          r"|подним\w*|возр[ао]с\w*|нар[ао]с\w*|сни[зж]\w*|сократ\w*|сокращ\w*|упа[лд]\w*|уменьш\w*",
    "uk": r"зр[іо]с\w*|зроста\w*|зрост\w*|вир[іо]с\w*|вироста\w*|збільш\w*|підвищ\w*|підня\w*|підійм\w*|дове[сд]\w*"
          r"|довод\w*|зни[зж]\w*|скорот\w*|скороч\w*|зменш\w*|впа[лв]\w*|пада\w*",
    "bg": r"увелич\w*|пови[шс]\w*|нарасн\w*|нараства\w*|расте\w*|ръст\w*|намал\w*|спадн\w*|спада\w*"
          r"|съкрат\w*|съкращ\w*|пониж\w*|пониз\w*|доведе\w*",
    "sk": r"zvýš\w*|zvyš\w*|vzrást\w*|vzrast\w*|vzrásť|stúp\w*|rást\w*|rastie\w*|rastú|zníž\w*|znižova\w*"
          r"|klesn\w*|klesa\w*|pokles\w*",
    # Indonesian and Malay: "naik hingga Rp 4,5 triliun" (rose to).
    "id": r"naik|menaikkan|dinaikkan|kenaikan|meningkat|meningkatkan|ditingkatkan|peningkatan|bertambah|tumbuh"
          r"|pertumbuhan|melonjak|turun|menurun|menurunkan|diturunkan|penurunan|berkurang|anjlok|merosot|menyusut",
    # Swahili verbs carry their subject and tense before the root: "imepanda", "kuongezeka", "ilishuka".
    "sw": r"\w*(?:panda|ongezeka|ongeza|shuka|pungua)",
    # By their roots, whatever their ending: "se bo povečal do", "padidės iki", "pieaugs līdz", "kasvab kuni".
    "sl": r"(?:poveč|zviš|zras|naras|rast|zmanjš|zniž|upad|pad)\w*",
    "lt": r"(?:padid|didė|didin|išaug|aug|pakil|kil|sumaž|nukri|kri|smuk)\w*",
    "lv": r"(?:pieaug|pieaudz|palielin|paaugstin|kāp|samazin|pazemin|krit|krīt|sarūk|saruk|sarauj)\w*",
    "et": r"(?:kasv|suuren|tõus|tõst|vähen|lang|kahan)\w*",
}
# Tagalog's affixes stand around the root and its infixes "-um-", "-in-" after the root's first consonant:
# "tumaas", "itinaas", "itataas" (taas: rise), "bumaba", "lumaki", "umakyat".
_CHANGE_WORDS["fil"] = "|".join(rf"\w*{root[0]}(?:um|in)?{root[1:]}\w*"
                                for root in ("taas", "laki", "baba", "dagdag", "bawas", "akyat", "lago"))
_CHANGE_WORDS["ms"] = _CHANGE_WORDS["id"]
# Serbian's, in Cyrillic and in Latin letters, and Croatian's and Bosnian's.
_CHANGE_WORDS["sr"] = _CHANGE_WORDS["hr"] = _CHANGE_WORDS["bs"] = "|".join(
    rf"{root}\w*" for cyrillic in ("повећ", "повиш", "пораст", "порас", "нарас", "раст", "смањ", "сниз", "сниж",
                                   "пад", "пал")
    for root in (cyrillic, cyrillic.translate(_SERBIAN_LATIN)))
# The words of a bound that, after a verb of change, name its target: "do", "до", "tot", "hasta", "até".
_TARGET_WORDS = {"es": ("hasta",), "pt": ("até",), "nl": ("tot",), "pl": ("do",), "ru": ("до",), "uk": ("до",),
                 "bg": ("до",), "sk": ("do",), "id": ("hingga", "sampai"), "ms": ("hingga", "sehingga", "sampai"),
                 "sw": ("hadi", "mpaka"), **dict.fromkeys(("sr", "hr", "bs"), ("до", "do")), "sl": ("do",),
                 "lt": ("iki",), "lv": ("līdz",), "et": ("kuni",), "fil": ("hanggang", "hanggang sa")}
# The words of "from" before the first amount of a change.
_FROM_WORDS = {"es": r"de|desde", "pt": r"de|desde", "fr": r"de|d['’]", "nl": r"van", "pl": r"z|ze|od",
               "ru": r"с|со|от", "de": r"von", "uk": r"з|із|від", "bg": r"от", "sk": r"z|zo|od",
               "id": r"dari", "ms": r"dari|daripada", "sw": r"kutoka", **dict.fromkeys(("sr", "hr", "bs"), r"с|са|од|s|sa|od"),
               "sl": r"z|s|od", "lt": r"nuo", "lv": r"no", "fil": r"mula\s+sa|mula"}
# Words joining the two amounts of a change only, read after a verb of change and "from": "subiu de 2 para
# 3 mil milhões", "stieg von 2 auf 3 Milliarden", "steeg van 2 naar 3 miljard".
_CHANGE_JOINERS = {"pt": r"para", "de": r"auf", "nl": r"naar", "sl": r"na"}
# Letters Arabic and Hebrew glue to a number or its bound, conjunctions and prepositions: "و5 مليارات" (and
# 5 billion), "בכ-300 מיליון" (at about 300 million), "ולפחות" (and at least).
_GLUED_BEFORE = {"ar": "وبلف", "he": "ובלמשה",
                 # Amharic's prepositions: "ከ4.5 ሚሊዮን ዩሮ በላይ" (from: more than), "የ4.5 ሚሊዮን ዶላር" (of), "በ", "ለ".
                 "am": "ከየበለ"}
# Particles Korean glues to the word before them: "300개 이상의 기업" (of), "이상을", "이상이", "달러를".
_PARTICLES = {"ko": "의|을|를|이|가|에|은|는|도|으로|로|에서|에는|에도|만|까지|부터|와|과|이나|나|씩|어치"
                     # and the copula: "78억 달러였다", "달러다", "달러이며", "달러인"
                     "|였다|이었다|이다|다|였던|이던|였고|이고|였으며|이며|인|이라는|라는|이라고|라고"}
# A verb of reaching after the "up to" written after an amount makes the amount its target, not a bound:
# "4.5 अरब डॉलर तक पहुंच गया" (reached 4.5 billion dollars), "4.5 ارب ڈالر تک پہنچ گئی".
_REACHED_AFTER = {"hi": r"\s+पहु[ंँ]?च", "ur": r"\s+پہنچ"}
# Particles between an amount and the bound after it: "50억 달러를 넘는", "1조 원에 육박".
_PARTICLES_BEFORE_BOUND = {"ko": "을|를|이|가|은|는|도|에"}
# Where a scale word is a unit's prefix instead: Chinese "兆" is mega- before a unit ("300兆瓦", 300 MW; "兆赫",
# "兆字节", "兆吨"), not 10^12.
_NO_SCALE_BEFORE = {"zh": r"(?!(?<=兆)(?:[瓦赫帕焦伏吨噸]|字[节節]|比特|位))"}
# Scale words CLDR's compact patterns lack: Arabic's plural "مليارات" beside "مليار".
_SCALE_WORDS = {"ar": {"مليارات": 10**9, "تريليونات": 10**12, "ترليونات": 10**12, "تريليون": 10**12},
                # Chinese news tagged "zh" may be written in Traditional characters, and "zh-Hant" in Simplified:
                # each script's scale words are read in both (CLDR lists only its own).
                # "兆" (10^12) is Taiwan's word, which mainland news writes of Taiwan's and Japan's amounts too
                # ("新台币2.5兆元", "550兆日元").
                "zh": {"萬": 10**4, "億": 10**8, "萬億": 10**12, "万": 10**4, "亿": 10**8, "万亿": 10**12,
                       "兆": 10**12},
                # "mil milhões" is 10^9 in Portugal and "bilhões" in Brazil: no Portuguese reads either otherwise,
                # so both are read in any. Portugal's "biliões" (10^12) is left to pt-PT, as CLDR lists it.
                "pt": {"mil milhões": 10**9, "bilhão": 10**9, "bilhões": 10**9, "trilhão": 10**12, "trilhões": 10**12},
                # South Asian news writes the English scales beside CLDR's lakh and crore ("৪.৫ বিলিয়ন ডলার"),
                # and thousands and lakhs of crores ("50 हज़ार करोड़ रुपये": 5 × 10^11, "2.5 लाख करोड़": 2.5 × 10^12),
                # "हज़ार" often without its nukta.
                "hi": {"मिलियन": 10**6, "बिलियन": 10**9, "ट्रिलियन": 10**12,
                       **_nukta_spellings({"हज\u093cार करोड\u093c": 10**10, "हजार करोड\u093c": 10**10,
                                           "लाख करोड\u093c": 10**12, "हज\u093cार": 10**3})},
                "bn": {"মিলিয়ন": 10**6, "বিলিয়ন": 10**9, "ট্রিলিয়ন": 10**12, "হাজার কোটি": 10**10},
                "ur": {"ملین": 10**6, "بلین": 10**9, "ٹریلین": 10**12},
                # The cases CLDR's nominatives and genitives leave out: Latvian "4,5 miljardus eiro" (accusative),
                # "miljardiem", Estonian "üle 4,5 miljardi euro" (genitive), and Filipino's linker "-ng" ("4.5
                # bilyong piso").
                "lv": {f"{scale}{case}": 10**power for scale, power in (("miljard", 9), ("miljon", 6),
                                                                          ("triljon", 12))
                       for case in ("a", "am", "ā", "us", "iem", "os")},
                "et": {"miljardi": 10**9, "miljoni": 10**6, "triljoni": 10**12},
                "fil": {"bilyong": 10**9, "milyong": 10**6, "trilyong": 10**12},
                # Albanian's plurals ("4,5 milionë euro") and Georgian's scale before its noun ("4,5 მილიონ ევრო").
                "sq": {"milionë": 10**6, "miliardë": 10**9, "bilionë": 10**12},
                "ka": {"მილიონ": 10**6, "მილიარდ": 10**9, "ტრილიონ": 10**12}}
# A scale's one letter glued to the euro's sign: "400 M€" (millions of euros). Read only so: "5 M" may be metres.
_SIGN_SCALES = {"pt": "M", "es": "M", "fr": "M"}
# Thousands, hundreds and tens that Chinese, Japanese and Korean write between the digits and the
# scale word: "5천만" is 5 × 1000 × 10^4, "2亿5千万" 2 × 10^8 + 5 × 1000 × 10^4, "1천500만" 1500 × 10^4.
_SMALL_SCALES = {"ko": {"천": 1000, "백": 100, "십": 10},
                 "zh": {"千": 1000, "百": 100, "十": 10}, "ja": {"千": 1000, "百": 100, "十": 10}}
_GLUED_DIGITS = re.compile(r"\d+")
# Arabic's own decimal and group signs, read in every language beside the language's own.
_ARABIC_DECIMAL, _ARABIC_GROUP = "\u066b", "\u066c"
# The full-width forms of the signs, which Chinese and Japanese write beside full-width digits ("１．５億ドル",
# "１，０００億円"): read as the sign they are the form of, else "１．５" would be the two numbers 1 and 5.
_FULL_WIDTH_SIGNS = {",": "\uff0c", ".": "\uff0e"}
# Words before a range joined by "and": "between 2 and 3 billion", "entre 2 y 3 millones".
_BETWEEN_WORDS = r"between|entre|zwischen|tra|fra|tussen|między|между"
# Languages that glue a counter to a count ("300명", "300개"), so a letter after a number ends no word.
_GLUED_COUNTERS = {"ko"}
# Words joining two amounts only, beside those joining a span (RANGE_WORDS), where they also qualify one
# ("tot 30 miljoen": up to): "van 20 tot 30 miljoen".
_AMOUNT_RANGE_WORDS = {"nl": "tot", "pl": "do", "sk": "do", **dict.fromkeys(("sr", "hr", "bs"), "do"),
                       "id": "hingga|sampai", "ms": "hingga|sehingga|sampai", "sw": "hadi|mpaka", "he": "עד",
                       "fa": "تا", "el": "έως|ως|μέχρι", "sl": "do", "lt": "iki", "lv": "līdz", "et": "kuni",
                       "fil": r"hanggang(?:\s+sa)?"}
# The scripts besides Chinese and Japanese that write no space between words.
_UNSPACED_SCRIPTS = {"Thai", "Laoo", "Khmr", "Mymr", "Tibt"}


def _minus_before(text: str, start: int) -> int | None:
    """Where a minus sign stands just before `start`, perhaps with currency signs between ("−€5", "-$5"), or
    None: as the English reader reads one (quantities.is_minus: "«-5 %»" is negative, "2-3 millones" and
    "COVID-19" join)."""
    while start > 0 and unicodedata.category(text[start - 1]) == "Sc":
        start -= 1
    return start - 1 if start > 0 and quantities.is_minus(text, start - 1) else None


def find_amounts(text: str, language: str, wanted: str | None = None) -> list[Quantity]:
    """Amounts of money and counts, in order: "4.000 millones de euros",
    "1,5 Milliarden Euro", "3兆円", "4兆2900億円", "R$ 5 millones", "100億ドル超".
    Numbers inside dates and bare years are not amounts. A count's unit is
    not read (nouns are compared in the brief's language, not the source's),
    so any figure unit may be supported by it. A currency word several
    currencies share ("rupees": INR, PKR, LKR…) is read as `wanted` (the
    record's currency) if it is one of them, else as no currency. An
    amount after a negated qualifier ("no supera") is not read; after a
    verb of change, "to" names its target ("довести до 10 млрд": no
    qualifier) and "from X to Y" both amounts, as in English."""
    grammar = _amount_grammar(language)
    written, text = text, latin_digits(text).translate(BIDI_AS_SPACES)

    def currency_of(word: str) -> str | None:
        if word in grammar.codes:
            return word
        key = fold_space(word)
        return grammar.currencies.get(key) or (wanted if wanted in grammar.shared.get(key, ()) else None)

    def prefix_of(word: str) -> str | None:
        # Before a number stands any word of a headline in capitals ("BELGIË ZAL 800 MILJOEN"): there a
        # code is read only if some country pays in it now, not a withdrawn one such as ZAL.
        return None if word in grammar.withdrawn else currency_of(word)

    taken = TakenSpans([(start, end) for start, end, _ in date_mentions(text, None, language)])
    found = []
    position = 0
    while (m := grammar.head.search(text, position)) is not None:
        position = m.end()
        minus = _minus_before(text, m.start())  # "−5 %", "caída de -5 millones", "−5亿": a negative amount
        prefix = prefix_of(m["cur1"]) if m["cur1"] else None
        figure = m.start("lead") if m["lead"] else m.start("number")  # where the amount begins, without its currency
        start = m.start() if prefix or not m["cur1"] else figure  # "and 5": no currency
        try:
            amount, end, _ = _scaled(text, m, grammar, prefix is not None)
        except (InvalidOperation, ValueError):
            continue
        if amount is None:
            continue  # a run of digits, or a number glued to a word it is part of ("5m" without a sign)
        scaled = end > m.end() or m["lead"] is not None
        after = grammar.currency.match(text, end)
        if taken.overlaps(m.start("number"), m.end("number")) and not prefix and not after["cur2"] and not scaled:
            continue
        bounds = _range_after(text, m, amount, end, grammar)
        if bounds is None and not scaled and _scaled_next(text, end, grammar):
            continue  # "3,5 o 4 millones": its scale is the next amount's, which it may not share; never without it
        if bounds is not None and minus is not None:
            position = bounds[3]
            continue  # "-2–3 %": whether both ends are negative is not said, nor is either read alone
        if bounds is None and (negative_end := _negative_range_end(text, m, minus, end, grammar)) is not None:
            position = negative_end
            continue  # "de -2 à -3 %": which end is the least is not plain, nor is either read alone
        if bounds is not None:  # "2–3 milliards d’euros": the first end has the scale and currency of the second
            amount, (high, high_match, end) = bounds[0], bounds[1:]
            after = grammar.currency.match(text, end)
            prefix = prefix or (prefix_of(high_match["cur1"]) if high_match["cur1"] else None)
        if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
            continue
        named = currency_of(after["cur2"]) if after["cur2"] else None
        rest = grammar.rest.match(text, after.end()) if m["cur1"] and not after["cur2"] else None
        whole = rest and grammar.split_names.get((fold_space(m["cur1"]), fold_space(rest["rest"])))
        if whole:  # "dola milioni 35 za Marekani": the name is the one the amount splits, whichever the record's
            prefix, start = whole, m.start()
        if prefix and named and named != prefix:  # "ZAL 800 MILJOEN EURO": the currency named after the number
            prefix, start = None, figure
        currency = prefix or named
        if currency is None and bounds is None and not scaled and re.fullmatch(BARE_YEAR, m["number"]):
            continue  # a year, not a count
        if m["bare"] and currency is None:
            continue  # "miliard" alone is one billion only of money
        qualifier = grammar.qualifiers[fold_space(m["qualifier"])] if m["qualifier"] and start == m.start() else None
        if qualifier and grammar.negated.search(text, max(0, m.start() - 8), m.start()):
            continue  # "no supera los 5 millones": at most what the qualifier says more than
        if qualifier and fold_space(m["qualifier"]) in grammar.targets \
                and grammar.change.search(text, max(0, m.start() - 80), m.start()):
            qualifier, start = None, m.start("cur1") if prefix else figure  # "довести до": its target
        if (odd_scale := grammar.odd_scale.match(text, m.end())) is not None:  # "300 กว่าล้านบาท"
            qualifier = qualifier or grammar.odd_scales[odd_scale["odd"]]
        if after["odd"] and after["cur2"]:  # "13억여 달러"
            qualifier = qualifier or grammar.odd[after["odd"]]
        end = rest.end() if whole else after.end()
        trailing = grammar.trailing.match(text, end)
        if trailing is not None and grammar.reached.match(text, trailing.end()):
            trailing = None  # "4.5 अरब डॉलर तक पहुंचा": the target it reached
        if trailing is None and currency is None:
            trailing = grammar.counted.match(text, end)
        if trailing is not None:
            qualifier = qualifier or grammar.qualifiers_after[fold_space(trailing["after"])]
            end = trailing.end()
        elif (ended := _ended_qualifier(text, end, grammar)) is not None:
            qualifier, end = qualifier or ended[0], ended[1]
        per, end = (quantities.rate_after(text, end) if grammar.english
                    else _rate_after(text, end, grammar, counted=currency is None))
        if per is None and grammar.english and currency:
            per = quantities.rate_before(text, m.start())  # "an annual budget of 400 billion crowns"
        if minus is not None:
            amount, start = -amount, minus
        said = written[start:end].strip()
        if bounds is not None:  # as quantities.py says them; a change ("pasó de 2 a 3"), both amounts
            changed = grammar.change_from.search(text, max(0, m.start() - 100), m.start()) is not None
            low_bound, high_bound = (None, None) if changed else ("at-least", "up-to")
            found += [Quantity(_normalise(amount), currency, None, low_bound, said, per),
                      Quantity(_normalise(high), currency, None, high_bound, written[high_match.start():end].strip(), per)]
        else:
            found.append(Quantity(_normalise(amount), currency, None, qualifier, said, per))
        position = end  # the parts of a compound number are not amounts of their own
    return found


def glued_currency(text: str, end: int, language: str, code: str) -> str | None:
    """The word at `end` (after an amount, and its connective: "de") that begins with a name of the currency
    `code` in `language` and goes on: an ending this module does not read ("avrodan", "еуродан",
    "യൂറോയിലധികം"). None if there is none. Whether the word is the currency in a case or another word
    ("Avropa": Europe) only a reader of the language can tell: it names no amount's currency, it is a hint."""
    grammar = _amount_grammar(language)
    names = {name for name, named in grammar.currencies.items() if named == code}
    names |= {name for name, named in grammar.shared.items() if code in named}
    connective = _CONNECTIVES.get(locale_of(language).language)
    found = re.compile(rf"\s*(?:(?:{connective})\s+)?(?P<word>[^\s\d]+)" if connective else r"\s*(?P<word>[^\s\d]+)",
                       re.IGNORECASE).match(text, end)
    if found is None:
        return None
    word = found["word"].rstrip(_CLOSING)
    folded = fold_space(word)
    return word if any(folded.startswith(name) and folded != name for name in names if " " not in name) else None


# Punctuation that may close the word after an amount: "avrodan,", "еуродан.»".
_CLOSING = ".,;:!?)]}»”’\"'…।"


def _range_after(text: str, m: re.Match, low: Decimal, end: int,
                 grammar: _AmountGrammar) -> tuple[Decimal, Decimal, re.Match, int] | None:
    """A range's two ends, when a dash or "to" and a second number follow
    the first ("2–3 milliards", "2 bis 3 Milliarden Euro", a change's "von
    2 auf 3 Milliarden"), and where the second ends: the first takes the second's scale when it has none. None
    when no second number follows, or the ends are not in order ("500 a 1
    millón": which scale the first has is not said)."""
    joined = grammar.joiner.match(text, end)
    if joined is None or (joined["and"] and not grammar.between.search(text, max(0, m.start() - 12), m.start())):
        return None
    if joined["to"] and not grammar.change_from.search(text, max(0, m.start() - 100), m.start()):
        return None  # "para", "auf", "naar" join the amounts of a change only
    second = grammar.head.match(text, joined.end())
    if second is None or second["qualifier"]:
        return None
    try:
        high, high_end, scale = _scaled(text, second, grammar, bool(second["cur1"] or m["cur1"]))
    except (InvalidOperation, ValueError):
        return None
    if high is None:
        return None
    if m["lead"] and high_end == second.end() and not second["lead"]:
        high = high * grammar.scales[fold_space(m["lead"])]  # "bilioni 2–3": the scale before the first is both's
    elif end == m.end():  # the first end unscaled: the second's scale
        if scale is None:
            return None  # "2~3천500만": which scale the first has is not said
        low = low * scale
    return (low, high, second, high_end) if low < high else None


def _negative_range_end(text: str, m: re.Match, minus: int | None, end: int, grammar: _AmountGrammar) -> int | None:
    """Where a range ends whose second end has a minus sign ("-2 à -3 %", "entre -2 y -3 %", "2 bis -3"), as
    _range_after would read it without the sign; None for no such range, or a change from one amount to another
    ("von -2 auf -3 %"), whose amounts are both stated."""
    joined = grammar.joiner.match(text, end)
    if joined is None or joined["to"] or joined.end() >= len(text) or not quantities.is_minus(text, joined.end()):
        return None
    start = m.start() if minus is None else minus  # "entre -2 y": the word before the first end's sign
    if joined["and"] and not grammar.between.search(text, max(0, start - 12), start):
        return None
    second = grammar.head.match(text, joined.end() + 1)
    return second.end() if second is not None and not second["qualifier"] else None


def _scaled_next(text: str, end: int, grammar: _AmountGrammar) -> bool:
    """Whether an amount with a scale follows at `end`, joined as an alternative or in a list ("or", "/")."""
    return grammar.alternative.match(text, end) is not None


def rate_in(words: str) -> str | None:
    """The period a record's `period` written in a language other than English says its amount is per
    ("al año", "pro Jahr": "year"), or None."""
    for periods in _RATES.values():
        for period, pattern in periods.items():
            if re.fullmatch(pattern, words.strip(), re.IGNORECASE):
                return period
    return None


def rate_phrase(period: str, language: str) -> str:
    """A record's `period` for a rate per `period` ("year"), in `language` where briefgen reads its rates
    ("por ano"), else in English ("a year")."""
    return _RATE_PHRASES.get(language.split("-")[0].lower(), {}).get(period, f"a {period}")


def _rate_after(text: str, end: int, grammar: _AmountGrammar, counted: bool = False) -> tuple[str | None, int]:
    """The period of a rate's words at `end` ("al año": "year"), and where they end; or None and `end`.
    After a count (`counted`) they may follow the noun it counts, as English reads "99,000 tonnes a year":
    "99 mil toneladas por ano"."""
    found = grammar.rate.match(text, end)
    if found is None and counted and (noun := _COUNTED_NOUN.match(text, end)) is not None:
        found = grammar.rate.match(text, noun.end())
    if found is None:
        return None, end
    return next(period for period, words in found.groupdict().items() if words), found.end()


# The one word a count counts, between the amount and its rate ("toneladas" in "99 mil toneladas por ano").
_COUNTED_NOUN = re.compile(r"\s+[^\W\d_]+")


def _ended_qualifier(text: str, end: int, grammar: _AmountGrammar) -> tuple[str, int] | None:
    """A qualifier after a case ending glued to the amount ("300'den fazla"), and where it ends."""
    for pattern, qualifier in grammar.ended:
        found = pattern.match(text, end)
        if found is not None:
            return qualifier, found.end()
    return None


def _scaled(text: str, m: re.Match, grammar: _AmountGrammar, signed: bool) -> tuple[Decimal | None, int, Decimal | None]:
    """The number `m` found, times the scale word after it, and the smaller
    parts a compound number adds ("4兆2900億", "4조 2900억", "2조 5천억");
    where it ends; and the scale it has when it is one number times one
    scale ("3천만": 10^7), None when parts add to it. The amount is None for
    a run of digits, or a number glued to a word that is no scale ("5m"
    without a currency sign before it, "3bn" in a language without that
    word): a number is never read without its scale."""
    if sum(ch.isdigit() for ch in m["number"]) > MAX_DIGITS:
        return None, m.end(), None  # a serial number or a run of digits, not an amount
    word = grammar.number_words.get(fold_space(m["number"]))
    number = Decimal(word) if word is not None else _number(m["number"], grammar.symbols)
    if m["lead"]:  # "bilioni 4.5": the scale word stands before the number where CLDR writes it so
        size = grammar.scales[fold_space(m["lead"])]
        return number * size, m.end(), size
    amount, end, lead = _below_scale(text, number, m.end(), grammar)
    scale = grammar.scale.match(text, end)
    if scale is None:
        short = grammar.short.match(text, m.end()) if signed else None
        if short is not None:  # "€500m": a one-letter scale, read only after a currency sign
            size = quantities.SHORT_MULTIPLIERS[caseless(short["short"])]
            return amount * size, short.end(), lead and lead * size
        if end == m.end() and grammar.spaced and m.end() < len(text) and text[m.end()].isalpha():
            return None, m.end(), None
        return amount, end, lead
    last = grammar.scales[fold_space(scale["scale"])]
    amount, end, lead = amount * last, scale.end(), lead and lead * last
    while (part := grammar.part.match(text, end)) is not None:
        value, part_end, _ = _below_scale(text, _number(part["number"], grammar.symbols), part.end(), grammar)
        scale = grammar.scale.match(text, part_end)
        if scale is None:
            # "1万5千", "1만5000": the units below the last scale, where thousands are written so; digits
            # alone only glued to it, as a count apart is spaced ("1만 5000" may be two).
            if grammar.small_sizes and value < last and (part_end > part.end() or part.start("number") == end):
                amount, end, lead = amount + value, part_end, None
            break
        size = grammar.scales[fold_space(scale["scale"])]
        if size >= last:
            break
        amount, lead = amount + value * size, None
        last, end = size, scale.end()
    return amount, end, lead


def _below_scale(text: str, number: Decimal, end: int, grammar: _AmountGrammar) -> tuple[Decimal, int, Decimal | None]:
    """`number` with the thousands, hundreds and tens a CJK numeral writes
    after it ("5천": 5000, "1천500": 1500, "5千5百": 5500), which its scale
    word, if one follows, multiplies; where they end; and the one small
    scale the number has (1 without one, None when more terms follow)."""
    value, last = Decimal(0), None
    while (small := grammar.small.match(text, end)) is not None:
        size = grammar.small_sizes[small["small"]]
        if last is not None and size >= last:
            break
        value, end = value + number * size, small.end()
        digits = _GLUED_DIGITS.match(text, end)
        if digits is None or Decimal(digits.group()) >= size:  # "5千万": no more terms
            return value, end, size if last is None else None
        last, number, end = size, Decimal(digits.group()), digits.end()
    if last is None:
        return number, end, Decimal(1)
    return value + number, end, None


def _number(text: str, symbols: tuple[str, str]) -> Decimal:
    groups, decimals = symbols
    cleaned = text
    for mark in groups + _ARABIC_GROUP:
        cleaned = cleaned.replace(mark, "")
    for mark in decimals + _ARABIC_DECIMAL:
        cleaned = cleaned.replace(mark, ".")
    return Decimal(cleaned)


def _normalise(amount: Decimal) -> Decimal:
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def currencies_named(words: str, language: str) -> frozenset[str]:
    """The currencies `words` may name after a number in `language`: its one ("Pakistani rupees": PKR), or
    every one that shares it ("pounds": GBP, EGP…; "rupees": INR, PKR…); none where it names no currency."""
    grammar = _amount_grammar(language)
    key = fold_space(words)
    code = grammar.currencies.get(key)
    return frozenset({code}) if code else grammar.shared.get(key, frozenset())


@lru_cache(maxsize=None)
def _amount_grammar(language: str):
    locale = locale_of(language)
    symbols = locale.number_symbols.get("latn", locale.number_symbols) if hasattr(locale, "number_symbols") else {}
    group, decimal = symbols.get("group", ","), symbols.get("decimal", ".")
    # A space-like group separator is written as any space. A thin or narrow no-break space between digits
    # groups them in every language ("5\u202f000\u202f000 €" in German, by DIN 5008): nothing else puts one there.
    groups = group + (" \xa0" if group.isspace() else "") + "\u202f\u2009" + _FULL_WIDTH_SIGNS.get(group, "")
    decimals = decimal + _FULL_WIDTH_SIGNS.get(decimal, "")
    # Serbian "4,5 milijardi evra" is Serbian in either script: each script's scales and currencies are read.
    scripts = (locale, *filter(None, [other_script(language)]))
    scales: dict[str, Decimal] = {}
    leading: set[str] = set()  # those CLDR writes before the number (Swahili's "bilioni 0")
    for written in scripts:
        _add_compact_scales(written, scales, leading)
    for word, size in _SCALE_WORDS.get(locale.language, {}).items():
        scales.setdefault(fold_space(word), Decimal(size))
    small = _SMALL_SCALES.get(locale.language, {})
    scales = {word: size for word, size in scales.items() if word not in small}  # Korean's "천" is read as one
    if locale.language == "en":  # the scale words English news writes beyond CLDR's ("bn", "bln", "crore")
        for word, size in quantities.MULTIPLIERS.items():
            scales.setdefault(word, Decimal(size))
    currencies: dict[str, str | None] = {}
    shared: dict[str, set[str]] = {}  # a word two currencies or more share: read only as the record's

    def add(word: str, code: str) -> None:
        key = fold_space(word)
        if key and currencies.get(key, code) != code:
            shared.setdefault(key, {currencies[key]} - {None}).add(code)
            currencies[key] = None
        elif key:
            currencies[key] = code

    # Codes are read as ISO writes them, upper case, and not in `currencies`: Dutch "zal" (will) and
    # Italian "all'" are words, not the codes ZAL and ALL.
    iso_codes = frozenset(currency_codes())
    noun_first = _names_noun_first(locale)
    split_names: dict[tuple[str, str], str] = {}  # a name's noun and the words after it, which an amount may split
    symbols_of_currencies = set()
    for code, written in ((code, written) for code in sorted(iso_codes) for written in scripts):
        symbol = get_currency_symbol(code, written)
        if symbol != code:
            add(symbol, code)
            symbols_of_currencies.add(fold_space(symbol))
        names = [written.currencies[code]] if code in written.currencies else []
        plurals = written._data["currency_names_plural"]
        for name in names + list(dict(plurals.get(code, {})).values()):
            add(name, code)
            words_of_name = name.split()
            if len(words_of_name) > 1:  # "Indian rupees" is also said "rupees": read only as the record's currency
                noun = words_of_name[0] if noun_first else words_of_name[-1]
                shared.setdefault(fold_space(noun), set()).add(code)
                if noun_first:
                    split_names[fold_space(noun), fold_space(" ".join(words_of_name[1:]))] = code
    # English news spells a currency's name either way ("roubles" in London, "rubles" in New York): both are read.
    for spelling in _SPELLINGS.get(locale.language, ()):
        other = locale_of(spelling)
        if str(other) == str(locale):
            continue
        for code in sorted(iso_codes):
            plurals = dict(other._data["currency_names_plural"].get(code, {})).values()
            for name in ([other.currencies[code]] if code in other.currencies else []) + list(plurals):
                add(name, code)
                if len(name.split()) > 1:
                    shared.setdefault(fold_space(name.split()[-1]), set()).add(code)
    for word, codes in _SHARED_WORDS.get(locale.language, {}).items():
        shared.setdefault(fold_space(word), set()).update(codes)
        currencies.pop(fold_space(word), None)  # "FCFA": whichever of them the record's currency is
    for word, code in _CURRENCY_WORDS.get(locale.language, {}).items():
        currencies[fold_space(word)] = code
    for universal, code in (("€", "EUR"), ("US$", "USD"), ("R$", "BRL")):
        currencies.setdefault(fold_space(universal), code)
    words = currencies  # every word, shared ones too, is matched where it stands
    currencies = {k: v for k, v in currencies.items() if v}
    shared = {k: frozenset(v) for k, v in shared.items() if k not in currencies}
    words.update(dict.fromkeys(shared.keys() - words.keys()))
    qualifiers = {fold_space(k): v for k, v in _QUALIFIERS.get(locale.language, {}).items()}
    qualifiers_after = {fold_space(k): v for k, v in _QUALIFIERS_AFTER.get(locale.language, {}).items()}
    # Thai, Lao, Khmer and Burmese glue a scale and a currency to the number ("4,500 ล้านบาท") as Chinese does.
    unspaced = cjk_written(locale.months["format"]["wide"][1]) or script(language) in _UNSPACED_SCRIPTS
    glued = rf"|(?<=[{_GLUED_BEFORE[locale.language]}])" if locale.language in _GLUED_BEFORE else ""
    edge = "" if unspaced else rf"(?:(?<![\w.,/{_ARABIC_DECIMAL}{_ARABIC_GROUP}]){glued})"
    end = "" if unspaced else r"(?!\w)"
    rates = _RATES.get(locale.language, {})
    ending = _ENDINGS.get(locale.language) or _PARTICLES.get(locale.language)  # "dolarlık", "달러를"
    # Where the language glues case endings on, a scale or currency word may end in one ("dolarlık").
    word_end = rf"(?=(?:{ending})?(?!\w))" if ending else end
    # Where a compound number's parts may be glued ("5억2000만"), digits may follow a scale word; Korean glues
    # the currency or the counter on too ("78억달러", "5만명").
    scale_end = rf"(?:{word_end}|(?=\d){'|(?=[가-힣])' if locale.language in _GLUED_COUNTERS else ''})" if small \
        else word_end
    scale_end += _NO_SCALE_BEFORE.get(locale.language, "")
    # After a qualifier, a particle may be glued on ("이상의"): it ends the amount, and is not read.
    after_end = rf"(?=(?:{_PARTICLES[locale.language]})?(?!\w))" if locale.language in _PARTICLES else end
    # Korean glues the counter to "여" (120-odd) too: "120여개", "120여곳이"; and a verb's ending to its stem.
    counter_after = rf"(?:{_COUNTERS['ko']})?" if locale.language == "ko" else ""
    before_bound = _PARTICLES_BEFORE_BOUND.get(locale.language)  # "50억 달러를 넘는"
    particle = rf"(?:(?:{before_bound})\s*)?" if before_bound else ""
    odd = _ODD_BEFORE_CURRENCY.get(locale.language, {})
    g, d = "[" + re.escape(groups + _ARABIC_GROUP) + "]", "[" + re.escape(decimals + _ARABIC_DECIMAL) + "]"
    # Indian grouping first ("4,00,00,000"): two digits a group above the thousands.
    number = rf"\d{{1,2}}(?:{g}\d{{2}})+{g}\d{{3}}(?:{d}\d+)?|\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?"
    connective = "|".join(filter(None, [_CONNECTIVES.get(locale.language), *_unit_connectives(locale)])) or None
    join = rf"\s*(?:(?:{connective})\s*)?" if connective else r"\s*"
    # Before a number only signs and codes ("R$ 5", "BRL 5"): a short
    # alternation tried at every position. Names follow the number ("5 euros")
    # and are tried only there, so scanning stays fast with ~300 currencies.
    # Where words are not spaced, a currency's name stands before the number too ("新台幣1000億元").
    # Where CLDR writes the currency's symbol first ("¤ #,##0.00"), one in letters stands there too ("Ksh 4,500");
    # where it writes the scale first ("bilioni 0"), the currency's noun stands before both ("shilingi bilioni 4.5").
    symbol_first = _symbol_first(locale)
    signs = [form for form in words if any(not (c.isalpha() or c.isspace() or c in "-.'’") for c in form)
             or (unspaced and cjk_written(form)) or (symbol_first and form in symbols_of_currencies)
             or (leading and " " not in form)]
    scale_words = alternation(scales) or "(?!)"
    number_words = {fold_space(word): n for word, n in _NUMBER_WORDS.get(locale.language, {}).items()}
    spelled = rf"|(?:{alternation(number_words)})(?=\s+(?:{scale_words}){end})" if number_words else ""
    odd_scales = _ODD_BEFORE_SCALE.get(locale.language, {})
    odd_scale = rf"\s*(?P<odd>{alternation(odd_scales)})\s*(?={scale_words})" if odd_scales else "(?!)"
    if locale.language == "th":
        spelled += ("|" + "".join(rf"(?<!{digit})" for digit in _TH_DIGIT_WORDS)
                    + rf"(?:{alternation(_TH_MAGNITUDES)})(?={odd_scale.replace('?P<odd>', '')})")
        number_words.update(_TH_MAGNITUDES)
    bare = {fold_space(word): scales[fold_space(word)] for word in _BARE_SCALES.get(locale.language, ())}
    spelled += rf"|(?P<bare>{alternation(bare) or '(?!)'})(?!\w)"
    number_words.update(bare)  # their value is their scale's
    sign_scale = ""
    if locale.language in _SIGN_SCALES:
        sign_scale = rf"|(?-i:{_SIGN_SCALES[locale.language]})(?=€)"
        scales.setdefault(fold_space(_SIGN_SCALES[locale.language]), Decimal(10**6))
    article = rf"(?:(?:{_ARTICLES[locale.language]})\s+)?" if locale.language in _ARTICLES else ""
    if locale.language in _COUNTED_BEFORE_NUMBER:
        article = rf"(?:(?!(?:{alternation(words) or '(?!)'}|{scale_words})(?!\w))[^\W\d_]+\s+)?"
    head = (
        rf"{edge}(?:(?P<qualifier>{alternation(qualifiers) or '(?!)'})\s*{article})?"
        rf"(?:(?P<cur1>{alternation(signs) or '(?!)'}|(?-i:[A-Z]{{3}})(?![^\W\d_]))\s*)?"
        rf"(?:(?P<lead>{alternation(leading) or '(?!)'})\s+)?"
        rf"(?P<number>{number}{spelled})(?!\d|{d}\d)"
    )
    change = _CHANGE_WORDS.get(locale.language)
    # A verb of change, then up to three words, none "and" ("рост экспорта и кредиты до 5 млрд": a bound),
    # ending where the amount or its "from" begins; the change's own amount may stand between, with its
    # comma ("выросла на 3 процентных пункта, до 6,5%", "wzrósł o 3%, do 10 mld").
    by = r"(?:\s+[^\W\d_]{1,3})?\s+\d[\d.,]*(?:\s?%)?(?:\s+[^\W\d_]+){0,2}?,?"
    changed = (rf"(?<!\w)(?:{change})(?:{by})?(?:\s+(?!(?:{AND_WORDS})(?!\w))[^\W\d_]+){{0,3}}?\s+"
               if change else None)
    return _AmountGrammar(
        head=re.compile(head, re.IGNORECASE),
        # Spaced, glued or hyphenated: "3,5 Milliarden", "3bn", "2.3-billion".
        scale=re.compile(rf"(?:\s*|-)(?:{odd_scale.replace('?P<odd>', '')})?(?P<scale>{scale_words}{sign_scale}){scale_end}",
                         re.IGNORECASE),
        odd_scale=re.compile(odd_scale), odd_scales=odd_scales,
        short=re.compile(rf"(?P<short>[{''.join(quantities.SHORT_MULTIPLIERS)}])(?!\w)" if locale.language == "en"
                         else "(?!)", re.IGNORECASE),
        joiner=re.compile(rf"(?:{DASH}|\s+(?:{RANGE_WORDS}|to|{_AMOUNT_RANGE_WORDS.get(locale.language, '(?!)')})\s+"
                          rf"|\s+(?P<and>{AND_WORDS})\s+|\s+(?P<to>{_CHANGE_JOINERS.get(locale.language, '(?!)')})\s+)",
                          re.IGNORECASE),
        # Not "im Jahr 2025": in that year.
        rate=re.compile(rf"\s+(?:{'|'.join(f'(?P<{period}>{words})' for period, words in rates.items())})(?!\w)(?!\s*\d)"
                        if rates else "(?!)", re.IGNORECASE),
        alternative=re.compile(rf"\s*(?:/|&|\s(?:or|o|ou|oder|или|veya|ya\s+da|{AND_WORDS})(?!\w))\s*"
                               rf"(?:(?:{alternation(signs) or '(?!)'})\s*)?(?:{number})(?!\d|{d}\d)"
                               rf"(?:\s*|-)(?:{scale_words}){word_end}", re.IGNORECASE),
        between=re.compile(rf"(?<!\w)(?:{_BETWEEN_WORDS})\s+(?:{alternation(signs) or '(?!)'})?\s*$", re.IGNORECASE),
        ended=tuple((re.compile(pattern, re.IGNORECASE), qualifier)
                    for pattern, qualifier in _ENDED_QUALIFIERS.get(locale.language, {}).items()),
        odd=odd, english=locale.language == "en", spaced=not unspaced and locale.language not in _GLUED_COUNTERS,
        part=re.compile(rf"\s*(?P<number>{number})(?!\d|{d}\d)"),
        small=re.compile(rf"\s*(?P<small>{'|'.join(small)})" if small else "(?!)"),
        small_sizes={word: Decimal(size) for word, size in small.items()},
        rest=re.compile(rf"\s*(?P<rest>{alternation({rest for _, rest in split_names}) or '(?!)'}){end}",
                        re.IGNORECASE),
        split_names=split_names,
        currency=re.compile(rf"(?:(?P<odd>{'|'.join(odd) or '(?!)'})?{join}"
                            rf"(?P<cur2>{alternation(words)}|(?-i:{'|'.join(sorted(iso_codes))})){word_end})?",
                            re.IGNORECASE),
        trailing=re.compile(rf"\s*{particle}(?P<after>{alternation(qualifiers_after) or '(?!)'})"
                            rf"{counter_after}{after_end}", re.IGNORECASE),
        reached=re.compile(_REACHED_AFTER.get(locale.language, "(?!)")),
        counted=re.compile(rf"\s*(?:{_COUNTERS.get(locale.language, '(?!)')})\s*"
                           rf"(?P<after>{alternation(qualifiers_after) or '(?!)'}){after_end}", re.IGNORECASE),
        scales=scales, currencies=currencies, qualifiers=qualifiers, qualifiers_after=qualifiers_after,
        symbols=(groups, decimals), shared=shared, number_words=number_words, codes=iso_codes,
        withdrawn=iso_codes - _codes_in_use(),
        negated=re.compile(rf"(?<!\w)(?:{_NEGATIONS[locale.language]})\s*$" if locale.language in _NEGATIONS
                           else "(?!)", re.IGNORECASE),
        targets=frozenset(fold_space(word) for word in _TARGET_WORDS.get(locale.language, ())),
        change=re.compile(rf"{changed}$" if changed else "(?!)", re.IGNORECASE),
        change_from=re.compile(rf"{changed}(?:{_FROM_WORDS.get(locale.language, '(?!)')})\s*$" if changed else "(?!)",
                               re.IGNORECASE))


def _add_compact_scales(locale, scales: dict[str, Decimal], leading: set[str]) -> None:
    """Add the scale words of `locale`'s compact number patterns ("Milliarden", "млрд") to `scales` by their
    size, and those it writes before the number (Swahili's "bilioni 0") to `leading`."""
    data = locale._data["compact_decimal_formats"]
    for width in ("long", "short"):
        for forms in data.get(width, {}).values():
            for magnitude, pattern in forms.items():
                positive = pattern.pattern.split(";")[0].translate(BIDI_AS_SPACES).strip()
                zeros = positive.count("0")
                word = fold_space(positive.replace("0", "").replace("'", ""))
                if not zeros or not word or int(magnitude) < 1000:
                    continue
                if not positive.startswith("0"):
                    leading.add(word)
                if width == "short" and (len(word.rstrip(".")) < 2 or " " in word):
                    continue  # "M", "K", "mil M": too short or ambiguous to read in prose
                scales.setdefault(word, Decimal(int(magnitude) // 10 ** (zeros - 1)))
                scales.setdefault(word.rstrip("."), Decimal(int(magnitude) // 10 ** (zeros - 1)))


def _names_noun_first(locale) -> bool:
    """Whether `locale` names a currency noun first ("dola za Marekani", "dólar estadounidense") rather than
    last ("US dollar"): the side of its names of several words where one word recurs most ("dola", "dollar")."""
    several = [name.casefold().split() for name in set(locale.currencies.values()).union(
        *(dict(forms).values() for forms in locale._data["currency_names_plural"].values())) if " " in name.strip()]
    if not several:
        return False
    return max(Counter(words[0] for words in several).values()) > max(Counter(words[-1] for words in several).values())


def _unit_connectives(locale) -> list[str]:
    """The words CLDR's currency unit patterns write between the number and the currency's name (Romanian's
    "{0} de {1}": "4,5 miliarde de lei"), as patterns."""
    between = (pattern.partition("{0}")[2].partition("{1}")[0].strip()
               for pattern in dict(locale._data.get("currency_unit_patterns", {})).values())
    return sorted({re.escape(words) for words in between if words})


def _symbol_first(locale) -> bool:
    """Whether `locale`'s currency pattern writes the symbol before the number ("¤ #,##0.00")."""
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    return pattern.find("¤") < min(pattern.find(c) for c in "#0" if c in pattern)


@lru_cache(maxsize=1)
def _codes_in_use() -> frozenset[str]:
    """The codes of the currencies some country pays in now: legal tender with no end date in CLDR."""
    return frozenset(code for spans in get_global("territory_currencies").values()
                     for code, _, until, tender in spans if until is None and tender)


class _AmountGrammar(NamedTuple):
    head: re.Pattern  # a qualifier, a currency sign or code, and the number
    scale: re.Pattern  # the scale word after it ("millones", "億")
    short: re.Pattern  # a one-letter scale glued to it, after a currency sign ("€500m")
    joiner: re.Pattern  # what joins a range's two ends ("–", "bis", "and" after "between")
    alternative: re.Pattern  # an amount with a scale after "o", "/" or "and": the scale a number before may share
    between: re.Pattern  # "between" before a range's first end
    ended: tuple[tuple[re.Pattern, str], ...]  # a qualifier after a glued case ending ("'den fazla")
    rate: re.Pattern  # a rate's words after the amount ("al año"), a group by the period it is per
    odd: dict[str, str]  # a mark between the scale and the currency that bounds the amount ("여" of "13억여 달러")
    odd_scale: re.Pattern  # a mark between the number and its scale that bounds the amount ("กว่า" of "300 กว่าล้าน")
    odd_scales: dict[str, str]
    english: bool  # English news' rates are read as quantities.py reads them ("a year")
    spaced: bool  # a number glued to a letter is part of a word
    part: re.Pattern  # the number of a smaller part of a compound number after it ("2900" of "4兆2900億")
    small: re.Pattern  # a thousand, hundred or ten after a number, below its scale word ("千" of "5千万")
    small_sizes: dict[str, Decimal]
    currency: re.Pattern  # the currency after the number, or nothing
    rest: re.Pattern  # after the number, the words of a currency's name its noun before the number began
    split_names: dict[tuple[str, str], str]  # ("dola", "za marekani"): "USD"
    trailing: re.Pattern  # a qualifier after the amount ("超")
    reached: re.Pattern  # a verb of reaching after the qualifier after the amount ("पहुंच" after "तक")
    counted: re.Pattern  # a qualifier after a count's counter ("社以上")
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    qualifiers: dict[str, str]
    qualifiers_after: dict[str, str]
    symbols: tuple[str, str]  # the group separators and the decimal separators, each with its full-width form
    shared: dict[str, frozenset[str]]
    number_words: dict[str, int]  # small numbers written as words, read before a scale word
    codes: frozenset[str]  # ISO 4217 codes, read as written: "EUR", not "eur"
    withdrawn: frozenset[str]  # those of currencies no country pays in now ("ZAL", "DEM")
    negated: re.Pattern  # a negation ending where a qualifier begins ("no" of "no supera")
    targets: frozenset[str]  # the qualifiers that, after a verb of change, name its target ("до")
    change: re.Pattern  # a verb of change and the words after it, ending where an amount begins
    change_from: re.Pattern  # the same, then "from" ("pasó de"), ending where a change's first amount begins
