"""Dates in the prose of any language CLDR describes.

The words come from CLDR through babel: month names in every form CLDR
gives (format, stand-alone, abbreviated; Russian's genitive "августа" is
its format form). The precision is as honest as in English: "mayo de 2026"
is a month, "en 2023" a year, "primer semestre de 2025" January to June,
"去年6月" June of the year before publication. Pure functions, no I/O.

Dates also come in forms CLDR does not give, as small tables: a month's
locative case ("w marcu 2026 r.", "в августе"), the words of a bound that
make a date no date at all ("entro il 20 maggio", "bis Ende Mai",
"2025年5月20日前", "5월 20일까지"), and those joining a span ("desde el 3
hasta el 5", "8일부터 10일까지"), and the "not until" that makes a bound's
date the event's after all ("直到6月11日才"); a date written in digits is
read in the order of the language's short date pattern ("18.03.2026"), a
date in that of its long one where the year comes first ("2024 ж. 9 тамыз",
"2024. augusztus 9."), and
a half or a quarter of a year as in English ("2025年下半年", "النصف الثاني من عام
2026", "во второй половине 2025 года", "2025'in ikinci yarısında"): "of the year"
is the publication's ("en la segunda mitad del año", "w drugiej połowie roku",
"yılın ikinci yarısında"), or the year its words place ("de este año"), and
one alone the nearest ("im zweiten Halbjahr"); the start or end of the year
is that year, no month ("в конце года", "a finales de año", "yılın sonunda");
a decade is its ten years, not its first ("в 2020-х годах", "les années 2020",
"2020-talet": dates.decade_end); a fiscal year is no calendar year ("im
Geschäftsjahr 2025", "l'exercice 2025", "в 2025 финансовом году":
dates.fiscal_year);
a day written alone in
Chinese, Japanese and Korean ("于29日举行", "29일 열린") is of the month the
text last named, else of the publication's, in the month before or after
where its clause tells the past or the future; a count of days is none
("连续3日", "3日続落", "3일 연속"). Words place a month in the
year before or after the publication ("lo scorso ottobre", "en octobre
dernier", "في مارس الماضي", "im Mai letzten Jahres", "в марте текущего
года"); a month without its year is read after "in" in its case ("в июне",
"w czerwcu"), in Turkish and Kazakh its locative ("haziranda", "тамызда"; not a season's, "туристік
маусымда"); Arabic reads the
Levantine and Maghrebi month names CLDR gives ("نيسان"), doubled or not
("أبريل/نيسان"), and Korean the words for last and next year and month that
relative.py adds to CLDR's ("지난해 12월", "내달 20일").

The amounts' reader (cldrtext.py) reads the numbers of the dates found here
as no amounts; both read text through cldrwords.py (every script's digits
as 0–9, words folded and alternated, the words joining a span).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from babel.dates import tokenize_pattern

from .cldr import is_english, locale_of
from .dates import (DateMention, DateSpan, PartialDate, decade_end, decade_span, find_date_mentions, fiscal_year,
                    nearest_year, part_of_year, period_end)
from . import relative
from .cldrwords import AND_WORDS, BARE_YEAR, DASH, RANGE_WORDS, alternation, cjk_written, fold_space, latin_digits
from .quantities import caseless

_YEAR_WORDS = {"ru": r"(?:\s*(?:года|году|год|г\.))?", "es": "", "fr": "", "de": ""}
# What stands between a month and its year beside a space, "de" or "of": Vietnamese news writes "năm" (year)
# before it ("ngày 5 tháng 3 năm 2025", "tháng 10 năm 2025") or a slash ("tháng 10/2025"), and CLDR's long date a
# comma ("5 tháng 3, 2025"); read as a space, the day and month took the publication's year and the year stood alone.
_YEAR_JOINTS = {"vi": r"\s+năm\s+|,\s*|/"}
# Words that make a month named alone a date ("im Mai", "en mai", "a principios de mayo"): its year
# is the one nearest the publication date, as in English "in May". Where the cue is a bound's
# word ("bis", "entro", "avant"), the month is read as a bound (_BOUNDS_BEFORE): no date.
_MONTH_CUES = {
    "de": r"im|seit|bis|ab|für|vor|nach|Anfang|Mitte|Ende|bis\s+Ende|seit\s+Anfang|seit\s+Ende",
    "fr": r"en|depuis|jusqu['’]en|dès|début|fin|mi|courant|avant|après|(?:au\s+)?mois\s+de",
    "es": r"en|desde|hasta|para|(?:a\s+)?(?:principios|finales|mediados|fines)\s+de|antes\s+de|después\s+de"
          r"|(?:en\s+el\s+)?mes\s+de",
    "it": r"a|in|da|per|fino\s+a|entro|(?:all['’]|ad?\s+)?inizio(?:\s+di)?|(?:alla\s+|a\s+)?fine(?:\s+di)?|a\s+metà"
          r"|(?:nel\s+)?mese\s+di",
    "pt": r"em|desde|até|para|(?:no\s+)?(?:início|final|fim)\s+de|em\s+meados\s+de|antes\s+de|depois\s+de"
          r"|(?:no\s+)?mês\s+de",
    "nl": r"in|sinds|tot|vanaf|begin|eind|half|medio",
    # "в июне", "w czerwcu": the month's case after "in" (_MONTH_CASES); Polish "na maj", the month an event
    # is set or moved for ("zaplanowany na maj", "przełożony na kwiecień"), and its start, middle and end
    # ("na początku kwietnia", "w połowie maja", "pod koniec marca"), as German's "Anfang", "Mitte", "Ende";
    # so Russian "запланирован на май", "перенесён на июнь", "в начале апреля", "в середине мая", "в конце марта".
    "ru": r"в|на|в\s+(?:начале|середине|конце)",
    "pl": r"w|na|(?:na|z)\s+początku|z\s+początkiem|w\s+połowie|(?:pod|na)\s+koniec|z\s+końcem",
    # "pada Juni", "pada bulan Juni", "awal Maret" (early March), "medio April" (mid-April).
    "id": r"pada|sejak|selama|awal|akhir|pertengahan|medio|(?:pada\s+|sejak\s+|awal\s+|akhir\s+)?bulan",
    # "في شهر مارس", "مطلع مايو" (early May), "أواخر مارس" (late March): the month.
    "ar": r"و?في(?:\s+شهر)?|و?خلال(?:\s+شهر)?|شهر|منذ|مطلع|أوائل|اوائل|أواخر|اواخر|منتصف|أواسط|بداية|نهاية|قبل|بعد"
          r"|حتى|بحلول",
}
# Halves and quarters of a year: ordinals and the parts' words with their months ("primer semestre":
# January to June). Nouns that mean a half of anything ("mitad", "moitié") are not read.
_PARTS_OF_YEAR = {
    "es": ({"primer": 1, "primero": 1, "1er": 1, "segundo": 2, "2º": 2, "tercer": 3, "tercero": 3, "3er": 3,
            "cuarto": 4, "4º": 4}, {"semestre": 6, "trimestre": 3}),
    "pt": ({"primeiro": 1, "1º": 1, "segundo": 2, "2º": 2, "terceiro": 3, "3º": 3, "quarto": 4, "4º": 4},
           {"semestre": 6, "trimestre": 3}),
    "fr": ({"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4,
            "4e": 4}, {"semestre": 6, "trimestre": 3}),
    "it": ({"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}, {"semestre": 6, "trimestre": 3}),
    "de": ({"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
           {"halbjahr": 6, "quartal": 3}),
    "nl": ({"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4},
           {"halfjaar": 6, "kwartaal": 3}),
    # The cases news writes after "in" and "of" ("во втором квартале", "итоги второго квартала", "w drugim
    # kwartale", "wyniki drugiego kwartału"), and the nominative.
    "ru": ({**dict.fromkeys(("первый", "первом", "первого", "первое", "первым"), 1),
            **dict.fromkeys(("второй", "втором", "второго", "второе", "вторым"), 2),
            **dict.fromkeys(("третий", "третьем", "третьего", "третье", "третьим"), 3),
            **dict.fromkeys(("четвертый", "четвертом", "четвертого", "четвертым", "четвёртый", "четвёртом",
                             "четвёртого", "четвёртым"), 4),
            # In digits with their case ending: "во 2-м полугодии", "итоги 1-го квартала".
            **{f"{n}-{ending}": n for n in range(1, 5) for ending in ("м", "й", "го", "е")}},
           {**dict.fromkeys(("полугодие", "полугодии", "полугодия", "полугодием"), 6),
            **dict.fromkeys(("квартал", "квартале", "квартала", "кварталом"), 3)}),
    "pl": ({**dict.fromkeys(("pierwszy", "pierwszym", "pierwszego", "pierwsze"), 1),
            **dict.fromkeys(("drugi", "drugim", "drugiego", "drugie"), 2),
            **dict.fromkeys(("trzeci", "trzecim", "trzeciego", "trzecie"), 3),
            **dict.fromkeys(("czwarty", "czwartym", "czwartego", "czwarte"), 4)},
           {**dict.fromkeys(("półrocze", "półroczu", "półrocza", "półroczem"), 6),
            **dict.fromkeys(("kwartał", "kwartale", "kwartału", "kwartałem"), 3)}),
}
# Languages whose news numbers a half or a quarter in capital Roman numerals: "в I квартале", "w II połowie roku".
_ROMAN_PARTS = {"ru": {"I": 1, "II": 2, "III": 3, "IV": 4}, "pl": {"I": 1, "II": 2, "III": 3, "IV": 4}}
# The words after a part of a year that make it "of the year" ("el segundo semestre del año", "во втором
# квартале года"): the publication's, as English reads "the second half of the year", unless words place it
# in another (_MONTH_OF_YEAR: "del año pasado"). Then those after them that make it another year, or no
# calendar one ("del año anterior", "roku obrotowego", "من العام المالي"): no date.
_THE_YEAR = {
    "es": (r"del\s+año", r"anterior|siguiente|fiscal|escolar|lectivo|académico|agrícola"),
    "pt": (r"do\s+ano", r"anterior|seguinte|fiscal|letivo|lectivo|escolar|acadêmico|académico|agrícola"),
    "fr": (r"de\s+l['’](?:année|an)", r"précédente?|suivante?|fiscale?|scolaire|universitaire"),
    "it": (r"dell['’]anno", r"precedente|successivo|seguente|fiscale|scolastico|accademico"),
    "de": (r"des\s+Jahres", r"davor|danach|zuvor"),
    "nl": (r"van\s+het\s+jaar", r"daarvoor|daarna|ervoor|erna"),
    "ru": (r"года", r"назад"),
    "pl": (r"roku", r"ubiegłego|zeszłego|poprzedniego|bieżącego|przyszłego|następnego|obrotowego|podatkowego"
                    r"|budżetowego|szkolnego|akademickiego"),
    "ar": (r"من\s+(?:العام|السنة)", r"(?:المالي|الدراسي|السابق|التالي|الهجري|الماضي|المنصرم|الفائت|الجاري|الحالي"
                                    r"|المقبل|القادم)ة?"),
}
# The start, middle or end of "the year" ("в конце года", "a finales de año", "yılın sonunda"): the words
# of the edge and of "the year" after it (before it where the language writes the year's genitive first). Read
# as the publication's year, or the one words place ("a finales del año pasado"), as "late this year" is: the
# year, no month. "До конца года", "bis Ende des Jahres" are bounds (_BOUNDS_BEFORE).
_YEAR_EDGES = {
    "ru": (r"в\s+(?:начале|конце|середине)", r"года", False),
    "pl": (r"na\s+(?:początku|koniec)|pod\s+koniec|w\s+połowie|z\s+(?:początkiem|końcem)", r"roku", False),
    "de": (r"Anfang|Ende|Mitte", r"des\s+Jahres", False),
    "nl": (r"(?:aan\s+)?(?:het\s+)?(?:begin|eind|einde|midden)|halverwege", r"van\s+het\s+jaar", False),
    "es": (r"a\s+(?:principios|finales|mediados|fines|comienzos)|al\s+(?:principio|final|comienzo)", r"del?\s+año",
           False),
    "pt": (r"(?:no\s+)?(?:início|final|fim|começo)|em\s+meados", r"d[oe]\s+ano", False),
    "fr": (r"(?:au\s+|en\s+)?(?:début|milieu)|(?:à\s+la\s+|en\s+)?fin", r"de\s+l['’]année|d['’]année", False),
    "it": (r"(?:all['’]|a\s+)?inizio|(?:alla\s+|a\s+)?fine|a\s+metà", r"(?:dell['’])?anno", False),
    "ar": (r"مطلع|بداية|بدايات|نهاية|أواخر|اواخر|أوائل|اوائل|منتصف|أواسط|اواسط", r"العام|السنة", False),
    # Not after a count ("iki yıl sonunda" is after two years), nor a fiscal year's ("mali yılın sonunda").
    "tr": (r"başında|başlarında|ortasında|ortalarında|sonunda|sonlarında",
           "".join(rf"(?<!{count}\s)" for count in (r"\d", "mali", "bütçe", "bir", "iki", "üç", "dört", "beş", "altı",
                                                     "yedi", "sekiz", "dokuz", "on", "yirmi", "otuz", "kırk", "elli",
                                                     "birkaç", "kaç", "birçok"))
           + r"yıl(?:ın)?", True),
}


# Words after such a month that move it to another year ("im Mai letzten Jahres", "en mai dernier"):
# not read as the nearest year's.
_MONTH_MOVED = (r"letzten|vergangenen|vorigen|nächsten|kommenden|des\s+Vor|dernier|dernière|prochain|prochaine"
                r"|de\s+l['’]an|pasado|próximo|que\s+viene|del\s+año|scorso|passato|prossimo|dell['’]anno"
                r"|passado|do\s+ano|que\s+vem|vorig|volgend|van\s+het\s+jaar|van\s+vorig")
# Those words that say which year's the month is, as read (_month_relative): the last of that month before
# the publication ("lo scorso ottobre", "l'ottobre scorso", "el pasado 10 de octubre", "en octobre dernier",
# "im vergangenen Oktober", "في مارس الماضي"), the next after it ("el próximo octubre", "مايو المقبل"), or
# the month of the publication's year ("20 أبريل الجاري"): before the month (group `relb`) and after it (`rel`).
# And words after it naming the year it is of ("ottobre dell'anno scorso", "Oktober letzten Jahres").
# Offsets -1, 0, 1; the words are matched whole, in any case.
# Spanish, Italian and Portuguese may write the word for month between ("el pasado mes de marzo").
_MONTH_RELATIVE_BEFORE = {
    "it": {r"(?:lo|il)\s+scorso(?:\s+mese\s+di)?": -1, r"(?:lo|il)\s+passato(?:\s+mese\s+di)?": -1,
           r"il\s+prossimo(?:\s+mese\s+di)?": 1},
    "es": {r"el\s+pasado(?:\s+mes\s+de)?": -1, r"el\s+próximo(?:\s+mes\s+de)?": 1},
    "pt": {r"(?:o|no)\s+passado\s+mês\s+de": -1, r"(?:o|no)\s+próximo(?:\s+mês\s+de)?": 1},
    "de": {r"(?:im|am)\s+(?:vergangenen|letzten|vorigen)": -1, r"(?:im|am)\s+(?:kommenden|nächsten)": 1},
}
_MONTH_RELATIVE_AFTER = {
    "it": {r"scorso|passato": -1, r"prossimo": 1},
    "es": {r"pasado": -1, r"próximo|que\s+viene": 1},
    "fr": {r"dernier": -1, r"prochain": 1},
    "pt": {r"passado": -1, r"próximo|que\s+vem": 1},
    "ar": {r"الماضي|المنصرم|الفائت": -1, r"الجاري|الحالي": 0, r"المقبل|القادم": 1},
}
_MONTH_OF_YEAR = {
    "it": {r"dell['’]anno\s+(?:scorso|passato)|dello\s+scorso\s+anno": -1,
           r"di\s+quest['’]anno|dell['’]anno\s+in\s+corso": 0,
           r"dell['’]anno\s+prossimo|del\s+prossimo\s+anno": 1},
    "es": {r"del\s+año\s+pasado|del\s+pasado\s+año": -1, r"de\s+este\s+año|del\s+presente\s+año": 0,
           r"del\s+próximo\s+año|del\s+año\s+(?:próximo|que\s+viene)": 1},
    "fr": {r"de\s+l['’](?:an|année)\s+(?:dernière?|passée?)": -1, r"de\s+cette\s+année": 0,
           r"de\s+l['’](?:an|année)\s+prochaine?": 1},
    "pt": {r"do\s+ano\s+passado": -1, r"deste\s+ano": 0, r"do\s+próximo\s+ano|do\s+ano\s+que\s+vem": 1},
    "de": {r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+Jahres|des\s+Vorjahres": -1,
           r"(?:dieses|des\s+laufenden)\s+Jahres": 0, r"(?:des\s+)?(?:nächsten|kommenden)\s+Jahres": 1},
    "ru": {r"(?:прошлого|минувшего)\s+года": -1, r"(?:текущего|этого|нынешнего)\s+года": 0,
           r"(?:следующего|будущего)\s+года": 1},
    "pl": {r"(?:ubiegłego|zeszłego)\s+roku": -1, r"(?:bieżącego|tego)\s+roku": 0, r"przyszłego\s+roku": 1},
    "nl": {r"van\s+(?:vorig|afgelopen)\s+jaar": -1, r"van\s+dit\s+jaar": 0, r"van\s+(?:volgend|komend)\s+jaar": 1},
    # A year's genitive before the part of it (_YEAR_FIRST_PARTS): "geçen yılın ikinci yarısı".
    "tr": {r"(?:geçen|geçtiğimiz)\s+yılın": -1, r"bu\s+yılın": 0, r"(?:gelecek|önümüzdeki)\s+yılın": 1},
    "ar": {r"من\s+(?:العام|السنة)\s+(?:الماضي|المنصرم|الفائت)ة?": -1,
           r"من\s+(?:(?:العام|السنة)\s+(?:الجاري|الحالي)ة?|هذا\s+العام|هذه\s+السنة)": 0,
           r"من\s+(?:العام|السنة)\s+(?:المقبل|القادم)ة?": 1},
}
# Regions whose month names a language's news writes beside its own: Arabic's Levantine ("نيسان", "حزيران")
# and Maghrebi ("ماي", "جوان"), from CLDR, often doubled ("20 أبريل/نيسان", "يونيو حزيران": _DOUBLED_MONTHS).
_MONTH_REGIONS = {"ar": ("SY", "MA", "DZ")}
_DOUBLED_MONTHS = {"ar"}
# Arabic's halves and quarters of a year, the part before its ordinal: "النصف الثاني من عام 2026".
_ARABIC_PARTS = ({"الأول": 1, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}, {"النصف": 6, "الربع": 3})

# Halves of a year in words that also mean a half of anything ("la seconda metà del 2025"): read only
# before a year, or "of the year" (_THE_YEAR); and the words for a half that say "of the year" themselves
# ("in der zweiten Jahreshälfte", "in de tweede jaarhelft"): the publication's.
_HALVES_OF_YEAR = {
    "it": ({"prima": 1, "seconda": 2}, r"metà", ""),
    "es": ({"primera": 1, "segunda": 2}, r"mitad", ""),
    "pt": ({"primeira": 1, "segunda": 2}, r"metade", ""),
    "fr": ({"première": 1, "premiere": 1, "seconde": 2, "deuxième": 2}, r"moitié", ""),
    "de": ({"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2}, r"hälfte", r"jahreshälfte"),
    "nl": ({"eerste": 1, "tweede": 2}, r"helft", r"jaarhelft"),
    "ru": ({"первая": 1, "первой": 1, "первую": 1, "вторая": 2, "второй": 2, "вторую": 2},
           r"половин[аеыу]", ""),
    "pl": ({"pierwsza": 1, "pierwszej": 1, "pierwszą": 1, "druga": 2, "drugiej": 2, "drugą": 2},
           r"połow[aeyię]|połowie", ""),
}
# Languages that write a year's genitive before its part: Turkish "yılın ikinci yarısında" (in the year's
# second half), "2025'in üçüncü çeyreğinde", "bu yılın son çeyreği". The ordinals ("son", last: 0) and the
# parts' stems, before their endings ("yarısı", "çeyreğinde"), which also mean a half or quarter of anything
# ("maçın ikinci yarısı"): read only after a year. Then a year's number in its genitive, and "the year's"
# (the publication's; not the fiscal year's, "mali yılın").
_YEAR_FIRST_PARTS = {
    "tr": ({"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "son": 0},
           {"yarı": 6, "çeyrek": 3, "çeyreğ": 3}, r"(?P<yfyear>\d{4})(?:['’]n?[ıiuü]n|\s+yılının)",
           r"(?<!mali\s)(?<!bütçe\s)yılın"),
}
# Month names in cases CLDR does not give, beside its format (genitive) and stand-alone forms: the
# locative of "w marcu 2026 r.", "v březnu 2026", "у березні", the prepositional of "в марте 2026 года".
_MONTH_CASES = {
    "pl": ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu",
           "październiku", "listopadzie", "grudniu"),
    "ru": ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
           "ноябре", "декабре"),
    "cs": ("lednu", "únoru", "březnu", "dubnu", "květnu", "červnu", "červenci", "srpnu", "září", "říjnu",
           "listopadu", "prosinci"),
    "uk": ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні",
           "листопаді", "грудні"),
    # "2024 júliusában": the month of a year named before it, in its inessive (Hungarian).
    "hu": ("januárjában", "februárjában", "márciusában", "áprilisában", "májusában", "júniusában", "júliusában",
           "augusztusában", "szeptemberében", "októberében", "novemberében", "decemberében"),
    # "2024 m. liepą": in July, the accusative (Lithuanian); alone, "kovą" and "liepą" are also a fight and a
    # linden, so read only with its year or as "the month of" ("liepos mėnesį", _MONTH_IN).
    "lt": ("sausį", "vasarį", "kovą", "balandį", "gegužę", "birželį", "liepą", "rugpjūtį", "rugsėjį", "spalį",
           "lapkritį", "gruodį"),
    # "2024. gada 9. augustā": the locative a year-first date's month takes (_year_first).
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
           "novembrī", "decembrī"),
}
# Turkish, Kazakh and Hungarian write "in June" as the month's locative ("haziranda", "маусымда", "júniusban") or
# "in the month of" ("haziran ayında", "маусым айында", "június hónapban"): read as a month cued (_MONTH_CUES) in
# the other languages; the locative also after a day or a year ("2024 жылғы 9 тамызда").
_MONTH_LOCATIVES = {
    "tr": ("ocakta", "şubatta", "martta", "nisanda", "mayısta", "haziranda", "temmuzda", "ağustosta", "eylülde",
           "ekimde", "kasımda", "aralıkta"),
    "kk": ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
           "қазанда", "қарашада", "желтоқсанда"),
    "hu": ("januárban", "februárban", "márciusban", "áprilisban", "májusban", "júniusban", "júliusban",
           "augusztusban", "szeptemberben", "októberben", "novemberben", "decemberben"),
}
# Uzbek, Kyrgyz, Turkmen and Lithuanian write it too ("iyun oyida", "июнь айында", "iýun aýynda", "birželio
# mėnesį"), and a month's case alone is no date there (_MONTH_ENDINGS, _MONTH_CASES).
_MONTH_IN = {"tr": r"\s+ayında", "kk": r"\s+айында", "uz": r"\s+oy(?:ida|idan|iga|i)",
             "ky": r"\s+ай(?:ында|ынан|ына|ы)", "tk": r"\s+aý(?:ynda|yndan|y)", "hu": r"\s+hónap(?:ban|jában)", "lt": r"\s+mėnesį"}
# Uzbek and Kyrgyz write a day before its month with a hyphen ("9-avgust", "9-август"), Turkmen with its ordinal
# ending ("9-njy awgust"), the month in a case after a day ("9-avgustda", "9-августта", "9-njy awgustynda": on 9
# August; "9-avgustdan"; of a year named before it, "2024-yilning 9-avgustida", "2024-жылдын 9-августунда",
# "2024-nji ýylyň 9-njy awgustynda"), and a year before them as "2024-yil", "2024-жылы", "2024-nji ýylda",
# which CLDR's patterns do not give; Tajik a month in its izofat ("9 августи 2024"). Each ending is added to
# each month's name, and to it without a soft sign ("январда"). Not "-gacha", "-га чейин", "-a çenli"
# (until): a bound, no date ("12-avgustgacha", "12-nji sentýabra çenli"). A month's case alone is no date:
# "mayda", "майда", "maýda" is also small.
_MONTH_ENDINGS = {"uz": ("da", "dan", "ga", "ning", "i", "ida", "idan", "iga"),
                  "ky": ("та", "да", "те", "де", "тан", "дан", "тен", "ден", "ка", "га", "ке", "ге", "ы", "и", "у", "ү",
                         "ында", "инде", "унда", "үндө", "ынан", "унан"),
                  "tk": ("da", "de", "dan", "den", "y", "i", "yň", "iň", "ynda", "inde", "yndan", "inden"),
                  "tg": ("и",)}
_TURKMEN_ORDINAL = r"-[uüyi]?n(?:jy|ji)"
_DAY_NUMBER = r"3[01]|[12]\d|0?[1-9]"  # a day of a month, in digits
# What joins a day's digits to its month there.
_DAY_JOINTS = {"uz": "-", "ky": "-", "tk": rf"{_TURKMEN_ORDINAL}\s+"}
_YEAR_BEFORE_DAY = {"uz": r"-yil(?:ning|da|dan|gi)?", "ky": r"-жыл(?:ы|дын|дагы)?",
                    "tk": rf"(?:{_TURKMEN_ORDINAL})?\s+ýyl(?:yň|da|y)?"}
# Languages whose locative of a month alone is also a name's, which a capital tells apart: Kazakh "Қазанда" is
# in Kazan, "қазанда" in October. Read there only in small letters.
_LOCATIVE_NAMES = {"kk"}
# Month locatives that are also a common noun's, one a noun or an adjective often modifies: Kazakh "маусымда"
# is in June and in a season. Alone, such a word is the month only where nothing that could modify a noun stands
# before it in its clause ("туристік маусымда", "жылыту маусымда", "осы маусымда", "екінші маусымда" are a
# season's; so is "кездесу маусымда", which may be the meeting's season): where it opens the clause, or follows a
# word that modifies a verb, not a noun (_VERB_MODIFIERS). A day, a year or "айында" tells the month anyway
# ("9 маусымда", "маусым айында"), and a month that is no noun's is one after any word ("кездесу тамызда").
_LOCATIVE_NOUNS = {"kk": ("маусымда",)}
# Words that modify a verb, not a noun, by their endings and as words: Kazakh's cases no modifier of a noun
# takes (locative "Алматыда", ablative "Астанадан", dative "келісімге", instrumental "ұйыммен", genitive
# "ұйымның", accusative "жобаны"), but not the adjectives and determiners that end so ("басқа", other;
# "қысқа", short; "орта", middle); and the adverbs and conjunctions, which take no case ("биыл", this year).
_VERB_MODIFIERS = {
    "kk": (r"[дт][ае]|[дтн][ае]н|[ғгқк][ае]|[мбп]ен(?:ен)?|[дтн][ыі]ң|н[ыі]",
           r"басқа|өзге|қысқа|орта|ерте|жеке",
           r"биыл|былтыр|және|бірақ|алайда|ал|тек|әлі|әлде|енді|сондай-ақ|тағы|да|де|та|те|ғана|қана"),
}

# Words joining the two ends of a span of dates, beyond those of amounts' ranges: "desde el 3 hasta el 5
# de mayo", "van 3 tot 5 mei", "od 3 do 5 maja", "de 3 até 5 de maio", "dal 3 fino al 5 maggio".
# "Between" before two months in the case they are named in ("entre julio y septiembre", "zwischen Juli und
# September"); not where it takes another case (Polish "między lipcem a wrześniem", Russian "между июлем").
_BETWEEN_WORDS = r"entre|zwischen|tra|fra|tussen|mellan|mellem|între|بين"
# "And" joining two days, months or years; Arabic writes its "و" glued to the word after ("بين 9 و12 أغسطس").
_AND = rf"\s+(?:{AND_WORDS})\s+|\s+و\s*"
# What may stand between "between" (or "and") and a day's number: an article, and the word "days"
# ("entre el 9 y el 12 de agosto", "entre os dias 9 e 12", "zwischen dem 9. und dem 12.", "fra l'8 e il 12").
_DAY_ARTICLES = r"(?:el|los|le|les|il|lo|la|i|o|os|a|as|dem|den|de)\s+(?:d[ií]as?\s+)?|d[ií]as?\s+|l['’]\s*"
_BETWEEN_BEFORE = re.compile(rf"(?<!\w)(?:{_BETWEEN_WORDS})\s+(?:{_DAY_ARTICLES})?$", re.IGNORECASE)


def _after_between(m: re.Match) -> bool:
    """Whether the two days (or years) a match joins by "and" follow "between": the span from one to the other."""
    return _BETWEEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
# Russian and Polish join a move's two days with "на" ("перенесён с 10 на 20 марта", "przełożony z 10 na 20
# marca"), and a night's ("в ночь с 19 на 20 марта"): superseded.py takes a move's apart. Vietnamese "từ ngày 3
# đến ngày 5 tháng 3", Indonesian "3 hingga 5 Maret", "30 September sampai 2 Oktober", Arabic "من 9 إلى 12
# أغسطس", "من 9 وحتى 12 أغسطس" (alif with or without its hamza; "and" glued to "until"); "حتى" alone stays a
# bound (_BOUNDS_BEFORE), as "hingga" does.
_DATE_RANGE_WORDS = (rf"{RANGE_WORDS}|hasta(?:\s+el)?|até(?:\s+(?:o|ao|a))?|tot(?:\s+en\s+met)?|t/m|do|jusqu['’]au|на|na"
                     r"|(?:đến|tới)(?:\s+ngày)?|hingga|sampai(?:\s+dengan)?|و?(?:[إا]لى|حتى|لغاية)")
# Words that make a date a bound, not the date of what is told ("entro il 20 maggio", "bis Ende Mai",
# "до 20 мая"), as dates.py reads "by", "before", "after" and "until" in English: each language's bound
# words before the date, and the words that may stand between them and it (articles, "fine di", "Ende").
# A span's own words ("dal 3 al 5", "vom 3. bis 5.") are read with the span, whose start no bound precedes.
_BOUNDS_BEFORE = {
    "it": (r"entro|prima\s+d[ie]\w*|fino\s+a\w*|dopo|non\s+oltre|oltre|al\s+più\s+tardi",
           r"il|lo|la|l|i|le|gli|di|del|della|dello|dell|dei|d|fine|inizio|metà|mese|e\s+non\s+oltre"),
    "es": (r"antes\s+de\w*|hasta|a\s+más\s+tardar|después\s+de\w*|no\s+más\s+tarde\s+de\w*|tras",
           r"el|la|los|las|de|del|fin|finales|fines|principios|inicios|mediados|mes"),
    "pt": (r"antes\s+d[eoa]s?|até|depois\s+d[eoa]s?|o\s+mais\s+tardar|no\s+máximo|após|não\s+depois\s+d[eoa]",
           r"o|a|os|as|ao|à|de|do|da|dia|em|fim|final|início|meados|mês|até"),
    "fr": (r"avant|jusqu['’]\w*|d['’]ici|au\s+plus\s+tard|après|pas\s+plus\s+tard\s+que",
           r"le|la|les|l|du|de|d|au|à|fin|début|mi|mois"),
    "de": (r"bis|vor|nach|spätestens|frühestens|binnen|nicht\s+später\s+als",
           r"zum|zur|dem|den|der|am|im|spätestens|Ende|Anfang|Mitte"),
    "nl": (r"vóór|tot|uiterlijk|na|niet\s+later\s+dan|voorafgaand\s+aan", r"de|het|op|en\s+met|eind|begin|half|medio"),
    "pl": (r"do|przed|po|najpóźniej|nie\s+później\s+niż", r"dnia|do|końca|końcem|początku|początkiem|połowy"),
    "cs": (r"do|před|po|nejpozději|nejdříve", r"do|konce|začátku|poloviny"),
    "ru": (r"до|к|перед|после|по|не\s+позднее|не\s+позже", r"конца|концу|начала|началу|середины|середине"),
    "uk": (r"до|перед|після|по|не\s+пізніше", r"кінця|початку|середини"),
    "tr": (r"en\s+geç", ""),
    "ar": (r"قبل|بعد|بحلول|حتى|في\s+موعد\s+(?:أقصاه|لا\s+يتجاوز)", r"نهاية|مطلع|بداية|أواخر|منتصف|شهر"),
    "zh": (r"截至|截止(?:到|至|于|於)?|直至|直到|不晚于|不晚於|不迟于|不遲於|最迟|最遲|最晚|早于|早於|晚于|晚於", r"于|於|在"),
    "ja": (r"遅くとも|遅くても", ""),
    "ko": (r"늦어도", ""),
    "id": (r"sebelum|hingga|sampai(?:\s+dengan)?|paling\s+lambat|selambat-lambatnya|setelah|sesudah",
           r"tanggal|akhir|awal|pertengahan|bulan"),
}
# An event moved until a date is set for it ("uitgesteld tot 22 april", "aplazada hasta el 22 de abril",
# "отложен до 22 апреля", "tot 22 april uitgesteld", "5월 14일까지 연기"): the words of moving it before
# the bound's "until", and those after the date or its bound's word after it. Not "extended until":
# a deadline's.
_MOVED_UNTIL = {
    "nl": (r"uitgesteld|verschoven|verdaagd|opgeschoven|verplaatst", r"tot",
           r"uitgesteld|verschoven|verdaagd|opgeschoven|verplaatst"),
    "de": (r"verschoben|vertagt|verlegt|aufgeschoben", r"bis", r"verschoben|vertagt|verlegt|aufgeschoben"),
    "es": (r"aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|retrasad[oa]s?|aplazó|pospuso|postergó|retrasó", r"hasta", ""),
    "pt": (r"adiad[oa]s?|postergad[oa]s?|adiou|adiaram", r"até", ""),
    "it": (r"rinviat[oaie]|posticipat[oaie]|slittat[oaie]|rimandat[oaie]", r"fino\s+a\w*", ""),
    "fr": (r"reportée?s?|repoussée?s?|ajournée?s?|décalée?s?", r"jusqu['’]\w*", ""),
    "ru": (r"отложен[аоы]?|перенесен[аоы]?|перенесён[аоы]?|отсрочен[аоы]?|отложил[аи]?|перенесл[аи]?", r"до", ""),
    "uk": (r"відкладен\w*|перенесен\w*", r"до", ""),
    "pl": (r"przełożon[aeyo]?|odłożon[aeyo]?|przesunięt[aeyo]?|odroczon[aeyo]?|przełożono", r"do",
           r"przełożon\w*|odłożon\w*|przesunięt\w*|odroczon\w*"),
    "cs": (r"odložen\w*|přeložen\w*|odročen\w*", r"do", ""),
    "id": (r"ditunda|diundur|dimundurkan|menunda|mengundurkan", r"hingga|sampai", ""),
    "tr": ("", "", r"ertelen"),
    "ja": ("", "", r"延期|順延|先送り"),
    "ko": ("", "", r"연기|미뤄|미루|순연"),
    # Arabic names what is moved between the verb and its "until": "تأجيل القمة حتى 12 مايو".
    "ar": (r"(?:تأجيل|تأجل|[أا]ُ?رجئ|إرجاء|مؤجل|[أا]ُ?جل)\w*(?:\s+\S+){0,4}?", r"حتى|لغاية|إلى\s+غاية", ""),
}
# And those after it: "le 20 mai au plus tard", "20 Mayıs'a kadar" (Turkish's case ending before its
# word), "2025年5月20日前", "5月20日までに", "5월 20일까지". Not "前往" (went to) or "前总统" (former
# president) after a day, "前三季度" (the first three quarters) after a year, "前半" (the first half), nor
# "전 대통령" (former president), "전 세계" (the whole world); "까지" and "まで" after a span close it
# ("8일부터 10일까지"): group `close`.
_BOUNDS_AFTER = {
    "fr": r"\s*,?\s*au\s+plus\s+tard", "it": r"\s*,?\s*al\s+più\s+tardi", "es": r"\s*,?\s*a\s+más\s+tardar",
    "pt": r"\s*,?\s*o\s+mais\s+tardar",
    "tr": r"(?:['’]?(?:y?[ae]|[dt][ae]n)|\s+(?:tarih|ay|yıl)[ıi]?n(?:[ae]|[dt][ae]n))\s+(?:kadar|dek|değin|önce|sonra)"
          r"|(?:\s+(?:tarih|ay|yıl)[ıi])?\s+(?:sonuna|başına|ortasına)\s+kadar|\s+(?:öncesinde|sonrasında)",
    "zh": r"\s?(?:年?[底末])?(?:之前|以前|之后|之後|以后|以後|为止|為止|前(?![往来來去赴后後半总總任\d一二三四五六七八九十两兩几幾])"
          r"|[后後](?![来來半]))",
    "ja": r"\s?末?(?:(?P<close>まで)(?!に)|までに|以前|以降|以後|より[前後]|[前後](?=に|まで|の|は|、|。|,|\s|$))",
    "ko": r"\s?(?:말\s?)?(?:(?P<close>까지)|이전|이후|이내|전(?=에|까지|부터|으로|[,.)]|$)|후(?=에|까지|부터|으로|[,.)\s]|$))",
}

# "Not until" a date: the date the event had, though the bound's word stands by it ("直到今年6月11日才正式签署":
# signed only on 11 June; "6月11日まで待ってようやく署名", "6월 11일까지 기다린 끝에야 서명"). The bound's words
# before the date (none where it stands after), and what follows the date to its clause's "才", "ようやく", "에야".
_UNTIL_THEN = {
    "zh": (r"直到|直至", r"[^。！？；.!?;]{0,16}?才"),
    "ja": ("", r"まで[^。！？.!?]{0,16}?(?:ようやく|やっと)"),
    "ko": ("", r"\s?까지[^.!?]{0,20}?(?:에야|서야)(?!\w)"),
}


def find_dates(text: str, reference: PartialDate | None = None, language: str = "es") -> list[DateSpan]:
    """The dates stated in `text`, in order; a phrase without a year needs
    `reference` (the source's publication date)."""
    return [span for _, _, span in date_mentions(text, reference, language) if span is not None]


def mentions_in(text: str, reference: PartialDate | None, language: str) -> list[DateMention]:
    """Where `text` writes a date, read in `language`: English by dates.py's
    reader, any other by CLDR's ("el 20 de marzo de 2025" is a day, not the
    year 2025). The support and overreach checks read every text so."""
    if is_english(language):
        return find_date_mentions(text, reference)
    return [DateMention(start, end, span) for start, end, span in date_mentions(text, reference, language)]


def date_mentions(text: str, reference: PartialDate | None, language: str) -> list[tuple[int, int, DateSpan | None]]:
    pattern, months = _date_grammar(language)
    bounds = _bound_grammar(language)
    text = latin_digits(text)
    if locale_of(language).language == "th":
        text = _thai_as_read(text)
    found = []
    named: PartialDate | None = None  # the month the text last named, which a day written alone is of
    for m in pattern.finditer(text):
        if m.end() == m.start():  # a number that begins no date: "5人"
            continue
        if m.groupdict().get("bd1") and _counts_days(text, m, language):
            continue  # "3일 연속": a number of days, for the amounts' reader
        try:
            span = _day_alone(text, m, named, reference, language) if m.groupdict().get("bd1") \
                else _resolve(m, months, reference)
        except ValueError:  # "31 de junio"
            span = None
        end = m.end()
        decade = decade_end(text, m.start("bare"), m.end("bare"), language) if m.groupdict().get("bare") else None
        if span is not None and decade is not None:  # "в 2020-х годах", "les années 2020": the decade's years
            span, end = decade_span(int(m["bare"])), max(end, decade)
        if span is not None and _modified_noun(text, m, language):
            span = None  # "туристік маусымда": in the tourist season, not in June
        named = _month_named(span, named)
        if span is not None and _bounded(text, m, bounds):
            span = None  # "entro il 20 maggio", "5월 20일까지": a bound states no date the event had
        elif _a_year(m) and fiscal_year(text, m.start(), m.end(), language):
            span = None  # "2025年度", "im Geschäftsjahr 2025" may run from April to March: no calendar year
        elif _months_of_fiscal_year(text, m, language):
            span = None  # "2025年度4～6月期", "今年度1～3月期": months of a fiscal year, whose calendar year is not told
        elif not m.groupdict().get("sm2") and period_end(text, m.start(), m.end(), language):
            span = None  # "2025年3月期": the fiscal year ending March 2025; "7～9月期" is the quarter's months
        found += [(m.start(), end, one) for one in (span if isinstance(span, list) else [span])]
    return found


# Thai news counts years in the Buddhist era ("15 มีนาคม 2568" is 15 March 2025), marked with "พ.ศ." or not,
# and may mark a year of the Common Era with "ค.ศ.". A year so counted is one after a month's name, after
# "ปี" (year), after its era's mark or ending a date in digits ("15/3/2568"), and not a number of the
# Buddhist era alone ("2,500 คน", "2500 คน": 2,500 people).
_THAI_ERA_MARK = r"(?:พ|ค)\.\s?ศ\."
_THAI_YEAR_BEFORE = r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม" \
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|ปี)\s*"
_THAI_DATE_WORDS = re.compile(rf"(?P<mark>{_THAI_ERA_MARK})(?=\s*\d)|(?<!\d)(?<!\d[.,])(?P<year>2[4-6]\d\d)(?!\d|[.,]\d)"
                              r"|เดือน(?=[^\W\d_])")
_THAI_YEAR_AFTER = re.compile(rf"(?:{_THAI_YEAR_BEFORE}|{_THAI_ERA_MARK}\s*|\d/)$")


def _thai_as_read(text: str) -> str:
    """Thai `text` as the date reader reads it, one character for one, so every offset stays that of `text`:
    a year of the Buddhist era as the Common Era's ("2568" as "2025"), an era's mark ("พ.ศ.", "ค.ศ.") as
    spaces, and the word "month" glued to a month's name ("เดือนมิถุนายน") as spaces, which Thai, writing
    no space between words, glues it to."""
    def as_read(m: re.Match) -> str:
        if m["year"]:
            said_as_year = _THAI_YEAR_AFTER.search(text, max(0, m.start() - 16), m.start())
            return str(int(m["year"]) - 543) if said_as_year else m[0]
        return " " * len(m[0])
    return _THAI_DATE_WORDS.sub(as_read, text)


def _modified_noun(text: str, m: re.Match, language: str) -> bool:
    """Whether `m` found a month's locative alone that is also a common noun's, after a word that may modify
    it (_LOCATIVE_NOUNS): "туристік маусымда" is in the tourist season, "Алматыда маусымда" in June."""
    nouns = _LOCATIVE_NOUNS.get(locale_of(language).language)
    if not nouns or m.group(0) != m.groupdict().get("month3") or _fold(m.group(0)) not in nouns:
        return False
    before = re.search(r"(\w[\w-]*)\s+$", text[max(0, m.start() - 40):m.start()])
    return before is not None and not _verb_modifier(language).fullmatch(before.group(1))


@lru_cache(maxsize=None)
def _verb_modifier(language: str) -> re.Pattern:
    """A word that modifies a verb, not a noun (_VERB_MODIFIERS)."""
    endings, lookalikes, words = _VERB_MODIFIERS[locale_of(language).language]
    return re.compile(rf"(?!(?:{lookalikes})$)\w+(?:{endings})|{words}", re.IGNORECASE)


def _months_of_fiscal_year(text: str, m: re.Match, language: str) -> bool:
    """Whether the months `m` found, without a year of their own, are a fiscal year's named just before them
    ("2025年度4～6月期", "今年度の1～3月期", "2025财年7-9月"): which calendar year they fall in is not told."""
    g = m.groupdict()
    before = _FISCAL_YEAR_BEFORE.get(locale_of(language).language)
    if before is None or not (g.get("m") or g.get("sm1")) or g.get("year") or g.get("ry") or g.get("era"):
        return False
    return before.search(text, max(0, m.start() - 12), m.start()) is not None


# A fiscal year's words ending where its months begin (dates.fiscal_year reads them after the year's number);
# Chinese "年度" and Korean "년도", a calendar year's there, too: the months' year is read only where written.
_FISCAL_YEAR_BEFORE = {language: re.compile(rf"(?:{words})\s?$") for language, words in {
    "ja": r"年\s?度\s?の?",
    "zh": r"年度\s?的?|[财財]年\s?的?",
    "ko": r"[연년]도\s?(?:의\s?)?",
}.items()}


def _a_year(m: re.Match) -> bool:
    """Whether a date found is a year or a span of years ("2025", "2024-2025", "2025年"), which a fiscal
    year's words may stand beside; not a month ("2025年3月", of which "3月度" is a monthly period)."""
    groups = m.groupdict()
    return bool(groups.get("bare") or groups.get("ry1")) or m.group().rstrip().endswith(("年", "년"))


def _month_named(span: DateSpan | list[DateSpan] | None, before: PartialDate | None) -> PartialDate | None:
    """The month a date names, its last where it spans days ("3月30日至4月2日": April), of which a day
    written alone after it is; its year alone where it names no month (a year, a part of one, a span of
    months). What is no date leaves the month named `before`."""
    if span is None:
        return before
    last = (span[-1] if isinstance(span, list) else span).end
    if last.month is None or (last.day is None and span != DateSpan(last, last)):
        return PartialDate(last.year)
    return PartialDate(last.year, last.month)


def _day_alone(text: str, m: re.Match, named: PartialDate | None, reference: PartialDate | None,
               language: str) -> DateSpan | None:
    """A day written without its month ("29日", "29일", "9日至10日"), as Chinese, Japanese and Korean news
    dates most events: of the month the text last named (`named`), else of the publication's, save that a
    day after the publication's in a clause that tells the past is of the month before, and one before it
    in a clause that tells the future of the month after (relative.tense). None where the text's last date
    names no month ("2024年"), or no month is named and the publication's is not known."""
    first, last = int(m["bd1"]), int(m["bd2"] or m["bd1"])
    if named is None:
        if reference is None or reference.month is None:
            return None
        shift = 0
        if reference.day is not None:
            told = relative.tense(text, m.start(), m.end(), language)
            shift = -1 if told == -1 and first > reference.day else 1 if told == 1 and last < reference.day else 0
        year, month = divmod(reference.year * 12 + reference.month - 1 + shift, 12)
        named = PartialDate(year, month + 1)
    if named.month is None:
        return None
    if m["bboth"] and last - first != 1:  # "9、11の両日": the two days, not those between
        return [DateSpan(PartialDate(named.year, named.month, day), PartialDate(named.year, named.month, day))
                for day in (first, last)]
    return DateSpan(PartialDate(named.year, named.month, first), PartialDate(named.year, named.month, last))


def _counts_days(text: str, m: re.Match, language: str) -> bool:
    """Whether the day written alone that `m` found counts days ("连续3日", "3日続落", "3일 연속"), by the
    words before or after it (_DAYS_COUNTED)."""
    before, after = _day_count_grammar(language)
    return (before is not None and before.search(text, max(0, m.start() - 8), m.start()) is not None
            or after is not None and after.match(text, m.end()) is not None)


@lru_cache(maxsize=None)
def _day_count_grammar(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The words before a day written alone that count days, ending where it starts, and those after it."""
    words = _DAYS_COUNTED.get(locale_of(language).language)
    if words is None:
        return None, None
    return re.compile(rf"(?:{words[0]})\s?$"), re.compile(words[1])


def _bounded(text: str, m: re.Match, bounds: _Bounds) -> bool:
    """Whether a bound's words stand before the date `m` found (or begin it: "entro giugno", "bis Ende
    Mai") or after it ("5월 20일까지"); "까지" or "まで" after a span closes it, and an event moved
    until the date is set for it. Not "until" that "not until" makes the date ("直到6月11日才", _UNTIL_THEN)."""
    then = bounds.then is not None and bounds.then.match(text, m.end()) is not None
    if bounds.before is not None:
        for start in (m.start(), m.start("month3") if "month3" in m.re.groupindex else -1):
            if start < 0 or bounds.before.search(text, max(0, start - 40), start) is None:
                continue
            if then and bounds.then_before is not None and bounds.then_before.search(text, max(0, start - 40), start):
                return False
            moved = bounds.moved_before is not None and bounds.moved_before.search(text, max(0, start - 60), start)
            if not moved and bounds.until is not None and bounds.moved_after is not None:
                moved = bounds.until.search(text, max(0, start - 40), start) and bounds.moved_after.match(text, m.end())
            return not moved
    closing = bounds.after.match(text, m.end()) if bounds.after is not None else None
    if closing is None or (then and bounds.then_before is None):
        return False
    spanned = m.groupdict()
    if closing.groupdict().get("close") and any(spanned.get(end) for end in ("d2", "bd2", "ry2", "sm2")):
        return False
    return bounds.moved_after is None or bounds.moved_after.match(text, closing.end()) is None


class _Bounds(NamedTuple):
    before: re.Pattern | None  # a bound's words, ending where the date starts
    after: re.Pattern | None  # a bound's words after the date
    moved_before: re.Pattern | None  # "uitgesteld tot", ending where the date starts
    until: re.Pattern | None  # "tot", ending where the date starts
    moved_after: re.Pattern | None  # "uitgesteld" after the date, or "연기" after its "까지"
    then_before: re.Pattern | None  # "直到" of "直到…才", ending where the date starts; None where "not until" follows it
    then: re.Pattern | None  # "…才", "まで…ようやく" after the date: "not until" (_UNTIL_THEN)


@lru_cache(maxsize=None)
def _bound_grammar(language: str) -> _Bounds:
    """The language's bound words before a date and after it, and the words of an event moved until it."""
    locale = locale_of(language)
    language = locale.language
    words = _BOUNDS_BEFORE.get(language)
    # Where words are not spaced, a bound's word follows another unparted ("数据截至2025年").
    edge, space = ("", r"\s*") if cjk_written(locale.months["format"]["wide"][1]) else (r"(?<![\w'’])", r"[\s'’-]+")
    between = rf"(?:{space}(?:{words[1]})(?!\w))*" if words and words[1] else ""

    def ending(bound: str) -> re.Pattern:
        return re.compile(rf"{edge}(?:{bound}){between}[\s'’-]*$", re.IGNORECASE)
    verbs, until, verbs_after = _MOVED_UNTIL.get(language, ("", "", ""))
    after = _BOUNDS_AFTER.get(language)
    then_before, then = _UNTIL_THEN.get(language, ("", ""))
    return _Bounds(ending(words[0]) if words else None, re.compile(after, re.IGNORECASE) if after else None,
                   ending(rf"(?:{verbs})\s+(?:{until})") if verbs and words else None,
                   ending(until) if until and words else None,
                   re.compile(rf"(?:\s*r\.)?\s?(?:{verbs_after})", re.IGNORECASE) if verbs_after else None,
                   ending(then_before) if then_before else None, re.compile(then) if then else None)


def _resolve(m: re.Match, months: dict[str, int], reference: PartialDate | None) -> DateSpan | list[DateSpan] | None:
    g = m.groupdict()
    if g.get("wd"):  # "Senin (9/3)": the year the publication's, nearest
        if reference is None:
            return None
        month, day = int(g["wm"]), int(g["wd"])
        date = PartialDate(nearest_year(reference, month, day), month, day)
        return DateSpan(date, date)
    if g.get("nd") or g.get("iday"):  # "18.03.2026", "2026-03-19"
        day = PartialDate(int(g["ny"] or g["iy"]), int(g["nm"] or g["im"]), int(g["nd"] or g["iday"]))
        return DateSpan(day, day)
    if g.get("hord"):  # "la seconda metà del 2025", "dell'anno"
        return _named_part(g, "h", months[f"half {fold_space(g['hord'])}"], 6, reference)
    if g.get("yford"):  # "yılın ikinci yarısında"
        return _named_part(g, "yf", months[f"ordinal {fold_space(g['yford'])}"],
                           months[f"part {fold_space(g['yfpart'])}"], reference)
    part = g.get("part") or g.get("rpart")
    if part:  # "2025年下半年", "2025년 1분기", "今年下半年": with a year, written or the publication's
        number, months_in = next(_EAST_ASIAN_PARTS[ch] for ch in part if ch in _EAST_ASIAN_PARTS)
        if g.get("year"):
            return part_of_year(None, number, months_in, int(g["year"]))
        if g.get("pry") and reference is not None:
            return part_of_year(None, number, months_in, reference.year + months[f"year {_key(g['pry'])}"])
        return None
    if g.get("pord"):  # a half or a quarter of a year; alone, the nearest
        number, months_in = months[f"ordinal {fold_space(g['pord'])}"], months[f"part {fold_space(g['ppart'])}"]
        if g.get("pyear") or g.get("prel") or g.get("pthe"):
            return _named_part(g, "p", number, months_in, reference)
        return part_of_year(reference, number, months_in)
    if g.get("edge"):  # "в конце года", "a finales del año pasado": the year, as "late this year"
        if reference is None:
            return None
        year = PartialDate(reference.year + (_offset(g["erel"]) if g.get("erel") else 0))
        return DateSpan(year, year)
    if g.get("uy"):  # "2024-yil 9-avgustda": the year first, as news writes it
        year = int(g["uy"])
        if not g.get("ud1"):  # "2024-yil iyun oyida", "2024-жылы июнда", "2024-yil iyul-sentabr oylarida"
            return _months_of(year, months[_fold(g["uma"])], months[_fold(g["um2"] or g["uma"])])
        month = months[_fold(g["um"])]
        return DateSpan(PartialDate(year, month, int(g["ud1"])), PartialDate(year, month, int(g["ud2"] or g["ud1"])))
    if g.get("gm"):  # "augusztus 9.": in the year that puts it nearest the publication date
        if reference is None:
            return None
        month, first_day = months[_fold(g["gm"])], int(g["gd1"])
        year = nearest_year(reference, month, first_day)
        return DateSpan(PartialDate(year, month, first_day), PartialDate(year, month, int(g["gd2"] or first_day)))
    if g.get("fy") or g.get("my"):  # "2024 ж. 9 тамыз", "2024. augusztus": in CLDR's order, the year first
        year, month = int(g["fy"] or g["my"]), months[_fold(g["fm"] or g["mm"])]
        if not g.get("fd1"):  # "2024. augusztus", "2024. július–szeptember"
            last = g.get("fm2") or g.get("mm2")
            return _months_of(year, month, months[_fold(last)] if last else month)
        return DateSpan(PartialDate(year, month, int(g["fd1"])), PartialDate(year, month, int(g["fd2"] or g["fd1"])))
    if g.get("bare"):
        year = PartialDate(int(g["bare"]))
        return DateSpan(year, year)
    if g.get("ry1"):
        first, last = PartialDate(int(g["ry1"])), PartialDate(int(g["ry2"]))
        if g.get("yand") and not _after_between(m):  # "en 2020 y 2024": two years
            return [DateSpan(first, first), DateSpan(last, last)]
        return DateSpan(first, last)
    if g.get("month6"):  # "de julio a septiembre de 2026"
        first, last = months[_fold(g["month2"])], months[_fold(g["month6"])]
        end_year = int(g["year2"])
        start_year = int(g["year1"]) if g.get("year1") else end_year - (last < first)
        return DateSpan(PartialDate(start_year, first), PartialDate(end_year, last))
    if g.get("month7"):  # "julio y agosto de 2026": each month; "entre julio y septiembre de 2026": the span
        first, last = months[_fold(g["month2"])], months[_fold(g["month7"])]
        end_year = int(g["year2"])
        span = DateSpan(PartialDate(end_year - (last < first), first), PartialDate(end_year, last))
        return span if g.get("between") else [DateSpan(span.start, span.start), DateSpan(span.end, span.end)]
    if g.get("xd1"):
        last_year = int(g["xy2"]) if g.get("xy2") else (reference.year if reference else None)
        if last_year is None:
            return None
        first_year = int(g["xy1"]) if g.get("xy1") else last_year
        first = PartialDate(first_year, months[_fold(g["xm1"])], int(g["xd1"].rstrip(".ero°º")))
        last = PartialDate(last_year, months[_fold(g["xm2"])], int(g["xd2"].rstrip(".ero°º")))
        if g.get("xand") and not _after_between(m):  # "el 30 de septiembre y el 2 de octubre": two days
            return [DateSpan(first, first), DateSpan(last, last)]
        return DateSpan(first, last)
    if g.get("rm"):  # "上个月20日": a day of the month before, this or the next
        if reference is None or reference.month is None:
            return None
        year, month = divmod(reference.year * 12 + reference.month - 1 + months[f"month {_key(g['rm'])}"], 12)
        day = PartialDate(year, month + 1, int(g["rmd"]))
        return DateSpan(day, day)
    if g.get("apart"):  # "النصف الثاني من عام 2026", "الربع الأول من العام الجاري", "من العام"
        return _named_part(g, "a", months[f"ordinal {g['aord']}"], months[f"part {g['apart']}"], reference)
    name = g.get("month") or g.get("month2") or g.get("month3") or g.get("month4") or g.get("month5")
    number = g.get("m") or g.get("sm1")
    month = months[_fold(name)] if name else (int(number) if number else None)
    written = g.get("year") or g.get("year2")
    if g.get("era"):
        written = str(_ERAS[g["era"]] + (1 if g["era_year"] == "元" else int(g["era_year"])))
    if not written and month is None:
        return None  # a bare number
    if written:
        year = int(written)
    elif reference is None:
        return None
    elif g.get("ry"):  # "去年12月": in the year before the publication's
        year = reference.year + months[f"year {_key(g['ry'])}"]
    elif placed := next((g[group] for group in _PLACED if g.get(group)), None):  # "lo scorso ottobre"
        year = _placed(reference, month, int(g["d1"] or g["d3"]) if g.get("d1") or g.get("d3") else None,
                       _offset(placed))
    elif of_year := g.get("relyear") or g.get("drelyear") or g.get("nrelyear"):  # "ottobre dell'anno scorso"
        year = reference.year + _offset(of_year)
    else:  # the year that puts it nearest the publication date
        year = nearest_year(reference, month, int(g["d2"] or g["d1"]) if g.get("d1") else None)
    if month is None:
        return DateSpan(PartialDate(year), PartialDate(year))
    if g.get("sm2"):  # "7～9月": the months from the first to the last, into the next year where they wrap
        last_month = int(g["sm2"])
        last_year = int(g["sy2"]) if g.get("sy2") else year + (last_month < month)
        return DateSpan(PartialDate(year, month), PartialDate(last_year, last_month))
    if not (g.get("d1") or g.get("d3")):
        date = PartialDate(year, month)
        return DateSpan(date, date)
    first = PartialDate(year, month, int(g["d1"] or g["d3"]))
    last = PartialDate(year, month, int(g["d2"])) if g.get("d2") else first
    if g.get("em"):  # "3月30日至4月2日", "12월 30일부터 1월 2일까지": into the next month, or year
        end_month = int(g["em"])
        last = PartialDate(int(g["ey"]) if g.get("ey") else year + (end_month < month), end_month, int(g["d2"]))
    if (g.get("both") or g.get("cboth")) and last.day - first.day != 1 and not _after_between(m):  # "les 3 et 5 avril": two days
        return [DateSpan(first, first), DateSpan(last, last)]
    return DateSpan(first, last)


def _months_of(year: int, first: int, last: int) -> DateSpan:
    """The months from `first` of `year` to `last`, in the next year where they wrap ("2024 жылғы
    желтоқсан-ақпан")."""
    return DateSpan(PartialDate(year, first), PartialDate(year + (last < first), last))


def _named_part(g: dict, prefix: str, number: int, months_in: int, reference: PartialDate | None) -> DateSpan | None:
    """The `number`th part of `months_in` months (0: the last) of the year its groups name (_year_of_part): its
    number, the one its words place, or the publication's; None where that is needed and not known."""
    number = number or 12 // months_in
    if g.get(f"{prefix}year"):
        return part_of_year(None, number, months_in, int(g[f"{prefix}year"]))
    if reference is None:
        return None
    placed = g.get(f"{prefix}rel")
    return part_of_year(None, number, months_in, reference.year + (_offset(placed) if placed else 0))


def _fold(word: str) -> str:
    return caseless(word).rstrip(".")


def _key(words: str) -> str:
    """A relative word as the East Asian grammar's table holds it: folded, without spaces ("다음 달")."""
    return _fold(words).replace(" ", "")


# The groups of the words that place a month before or after it (_month_relative).
_PLACED = ("relb", "rel", "drel", "nrel")


@lru_cache(maxsize=None)
def _date_grammar(language: str) -> tuple[re.Pattern, dict[str, int]]:
    locale = locale_of(language)
    own: dict[str, int] = {}  # CLDR's own names of the months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                own.setdefault(_fold(name), number)
    months = dict(own)
    # Folded as a match is looked up: Turkish "aralıkta" as "aralikta".
    for number, name in enumerate(_MONTH_CASES.get(locale.language, ()), 1):
        months.setdefault(_fold(name), number)
    for number, name in enumerate(_MONTH_LOCATIVES.get(locale.language, ()), 1):
        months.setdefault(_fold(name), number)
    for ending in _MONTH_ENDINGS.get(locale.language, ()):
        for number, name in locale.months["format"]["wide"].items():
            for stem in {name, name.removesuffix("ь")}:
                months.setdefault(_fold(stem + ending), number)
    for region in _MONTH_REGIONS.get(locale.language, ()):
        for number, name in locale_of(f"{locale.language}-{region}").months["format"]["wide"].items():
            months.setdefault(_fold(name), number)
    free = r"(?<![\w.,/])"
    if cjk_written(locale.months["format"]["wide"][1]) or locale.language == "ko":
        return _east_asian_grammar(locale)
    names = _alternation_of(months)
    year_first_dates = _year_first(locale, names) + _year_before_day(locale.language, names)
    # "20 أبريل/نيسان", "يونيو حزيران": one month in two regions' names, read by the first.
    doubled = rf"(?:\s*/\s*|\s+)(?:{names})(?!\w)" if locale.language in _DOUBLED_MONTHS else ""
    names = rf"(?P<month>{names})\.?(?!\w)(?:{doubled})?"
    of = r"(?:\s+(?:de|del|of)\s+|\s+)"
    of_year = rf"(?:{_YEAR_JOINTS[locale.language]}|{of})" if locale.language in _YEAR_JOINTS else of
    # The marks a day's digits take: German's full stop, French "1er", the ordinal indicators, Swedish "den 5:e maj".
    day_mark = r"(?:\.|er|º|°|:[ae])?"
    day = rf"(?:3[01]|[12]\d|0?[1-9]){day_mark}"
    year_words = _YEAR_WORDS.get(locale.language, "")
    relative = _month_relative(locale.language)
    # Two days joined by "and" ("les 3 et 5 avril", "el 9 y el 12 de agosto"): each of them, or after
    # "between" the span (_after_between).
    day_of = rf"(?:{_DAY_JOINTS[locale.language]}|{of})" if locale.language in _DAY_JOINTS else of
    day_month = (rf"(?P<d1>{day.replace('(?:', '(?:', 1)})"
                 rf"(?:(?:{DASH}|\s+(?:{_DATE_RANGE_WORDS})\s+|(?P<both>(?:{_AND})(?:{_DAY_ARTICLES})?))"
                 rf"(?P<d2>{day}))?{day_of}{names}"
                 rf"(?:{of_year}(?P<year>\d{{4}})(?!\d){year_words}{relative.after.replace('(?P<', '(?P<d')})?")
    day_month = day_month.replace(rf"(?P<d1>{day})", r"(?P<d1>(?:3[01]|[12]\d|0?[1-9]))" + day_mark, 1)
    day_month = day_month.replace(rf"(?P<d2>{day})", r"(?P<d2>(?:3[01]|[12]\d|0?[1-9]))" + day_mark, 1)
    bare = rf"(?P<bare>{BARE_YEAR})(?![\w%])(?![.,/–-]\d){year_words}"
    # A span across months ("vom 30. September bis 2. Oktober 2024", "del 30 de septiembre al 2 de
    # octubre"), tried before one day and month; and across years ("von 2021 bis 2027"), before one year.
    to = rf"(?:{DASH}|\s+(?:{_DATE_RANGE_WORDS})\s+)"
    one_day = day
    # Two such days joined by "and" are each of them, or after "between" the span (_after_between).
    across = (rf"(?P<xd1>{one_day.replace('(?:3', '(?:3', 1)}){of}{names.replace('?P<month>', '?P<xm1>')}"
              rf"(?:{of_year}(?P<xy1>\d{{4}}))?(?:{to}|(?P<xand>(?:{_AND})(?:{_DAY_ARTICLES})?))"
              rf"(?P<xd2>{one_day}){of}{names.replace('?P<month>', '?P<xm2>')}"
              rf"(?:{of_year}(?P<xy2>\d{{4}})(?!\d){year_words})?")
    # Two years joined by "and" are each of them, or after "between" the span ("entre 2020 y 2024").
    years = rf"(?P<ry1>{BARE_YEAR})(?:{to}|(?P<yand>{_AND}))(?P<ry2>{BARE_YEAR})(?![\w%]){year_words}"
    # "December 2022"; or "ottobre scorso", "octubre del año pasado": a month its words place in a year; or the
    # first of a span of months before its year ("de julio a septiembre de 2026", "julio de 2025 a marzo de
    # 2026"): the months between, not the last alone.
    # Two months joined by "and" before their year ("julio y agosto de 2026"): each of them; after "between"
    # ("entre julio y septiembre de 2026"), the months between.
    and_words = rf"(?:{_AND})"
    month_year = (rf"(?:(?P<between>{_BETWEEN_WORDS})\s+)?{names.replace('?P<month>', '?P<month2>')}"
                  rf"(?:(?:{of_year}(?P<year1>\d{{4}}))?{to}{names.replace('?P<month>', '?P<month6>')}(?={of_year}\d{{4}})"
                  rf"|{and_words}{names.replace('?P<month>', '?P<month7>')}(?={of_year}\d{{4}}))?"
                  rf"(?:{of_year}(?P<year2>\d{{4}})(?!\d){year_words}{relative.after.replace('(?P<', '(?P<n')})")
    cues = _MONTH_CUES.get(locale.language)
    # Not before a day or a year: "im Mai 2025" is the month and year's; nor where a span of months begins
    # ("en julio-septiembre de 2026"), read from its first month.
    # (A language with no words that place a month in a year has no first alternative: an empty one would
    # let "pada Juni 2026" end before its year.)
    placed = f"{relative.after.lstrip('|')}|" if relative.after.lstrip("|") else ""
    cued = (rf"(?:{cues})[\s-]+{names.replace('?P<month>', '?P<month3>')}"
            rf"(?:{placed}(?!{of_year}\d|\s+(?:{_MONTH_MOVED})"
            rf"|(?:{to}|{and_words}){names.replace('?P<month>', '?:')}{of_year}\d))"
            if cues else "")
    if locale.language in _MONTH_IN:  # "haziran ayında", and "haziranda" where read alone; not before a day or a year
        located = "|".join(map(re.escape, _MONTH_LOCATIVES.get(locale.language, ()))) or "(?!)"
        if locale.language in _LOCATIVE_NAMES:
            located = f"(?-i:{located})"
        cued = rf"(?:(?P<month3>{located})|{names.replace('?P<month>', '?P<month5>')}{_MONTH_IN[locale.language]})" \
               rf"(?!\w)(?!{of_year}\d)"
    # "lo scorso ottobre", "el pasado 10 de octubre": a month its words before place in a year.
    moved = (rf"(?P<relb>{relative.before})\s+(?:(?P<d3>3[01]|[12]\d|0?[1-9])(?:\.|º|°)?{of})?"
             rf"{names.replace('?P<month>', '?P<month4>')}(?!{of_year}\d)" if relative.before else "")
    # "النصف الثاني من عام 2026", "الربع الأول من العام الجاري".
    arabic_part = (rf"(?P<apart>{alternation(_ARABIC_PARTS[1])})\s+(?P<aord>{alternation(_ARABIC_PARTS[0])})\s+"
                   rf"(?:(?:من\s+)?(?:عام|العام|سنة|السنة)\s+(?P<ayear>\d{{4}})(?!\d)|(?P<arel>{relative.years})"
                   rf"|{_the_year('ar')})" if locale.language == "ar" else "")
    if arabic_part:
        months.update({f"ordinal {w}": n for w, n in _ARABIC_PARTS[0].items()})
        months.update({f"part {w}": n for w, n in _ARABIC_PARTS[1].items()})
    parts = _PARTS_OF_YEAR.get(locale.language)
    the_year = _the_year(locale.language)
    # "Of the year" that names another ("del año fiscal") leaves a part no date, not the nearest.
    said_of_year = _THE_YEAR.get(locale.language, (r"(?!)",))[0]
    roman = _ROMAN_PARTS.get(locale.language, {})
    # In capitals only: Polish "i" is "and".
    romans = rf"|(?-i:{alternation(roman)})" if roman else ""
    # "el primer semestre de 2025", "im dritten Quartal 2026", "el segundo semestre del año", "de este año";
    # alone ("el segundo semestre"), the nearest one. Before a bare year, which would take the year alone.
    part = (rf"(?P<pord>{alternation(parts[0])}{romans})\s+(?P<ppart>{alternation(parts[1])})(?!\w)"
            rf"(?:{_year_of_part('p', of, year_words, relative.years, the_year)}"
            rf"|(?!\s+(?:{_MONTH_MOVED}|{said_of_year})(?!\w)))" if parts else "")
    if parts:  # the words' numbers, beside the months' (no month is spelled so)
        months.update({f"ordinal {fold_space(w)}": n for w, n in {**parts[0], **roman}.items()})
        months.update({f"part {fold_space(w)}": n for w, n in parts[1].items()})
    halves = _HALVES_OF_YEAR.get(locale.language)
    # "la seconda metà del 2025", "die zweite Jahreshälfte 2025", "la seconda metà dell'anno": only of a year;
    # "in der zweiten Jahreshälfte" says its year is the publication's.
    half = (rf"(?P<hord>{alternation(halves[0])}{romans})\s+(?:(?:{halves[1]}|{halves[2] or '(?!)'})(?!\w)"
            rf"{_year_of_part('h', of, year_words, relative.years, the_year)}|(?:{halves[2] or '(?!)'})(?!\w))"
            if halves else "")
    if halves:
        months.update({f"half {fold_space(w)}": n for w, n in {**halves[0], **roman}.items()})
    year_first = _YEAR_FIRST_PARTS.get(locale.language)
    # "yılın ikinci yarısında", "2025'in üçüncü çeyreğinde", "geçen yılın son çeyreği".
    year_part = (rf"(?:(?P<yfrel>{relative.years})|{year_first[2]}|{year_first[3]})\s+"
                 rf"(?P<yford>{alternation(year_first[0])})\s+(?P<yfpart>{alternation(year_first[1])})"
                 if year_first else "")
    if year_first:
        months.update({f"ordinal {fold_space(w)}": n for w, n in year_first[0].items()})
        months.update({f"part {fold_space(w)}": n for w, n in year_first[1].items()})
    edge = _year_edge(locale.language, relative.years)
    month_day = _month_then_day(locale, _alternation_of(own))
    # The rules that begin with a digit share one test of what stands before it, tried only at a digit;
    # those that begin with a word, theirs. Of each, the first that matches is taken: a span before one day
    # and month, a span of years or a part of a year before a bare year.
    digits = (f"{_numeric_dates(locale, '')}{_weekday_day_month(locale)}{year_first_dates}{across}|{day_month}"
              f"|{years}|{bare}")
    words = "|".join(alternative for alternative in (month_day, month_year, part, half, edge, arabic_part, moved, cued)
                     if alternative)
    # A year before its part is read before the year alone.
    first = rf"(?<![\w.,/])(?:{year_part})|" if year_part else ""
    return re.compile(rf"{first}(?=\d){free}(?:{digits})|(?<!\w)(?:{words})", re.IGNORECASE), months


def _year_first(locale, names: str) -> str:
    """Alternatives for a date in the order of the language's long date pattern in CLDR where it writes the
    year first, each ending in "|": a day ("y 'ж'. d MMMM": "2024 ж. 9 тамыз"; "y. MMMM d.": "2024. augusztus
    9."), then a month in the order of its pattern of a year and month ("y 'm'. LLLL": "2024 m. rugpjūtis"); in
    groups `fy`, `fm`, `fd1`, `fd2` and `my`, `mm`. "" where the year comes last, as `day_month` reads it."""
    alternatives = ""
    for pattern, prefix in ((locale.date_formats["long"], "f"), (locale.datetime_skeletons.get("yMMMM"), "m")):
        tokens = tokenize_pattern(pattern.pattern) if pattern is not None else []
        fields = [value for kind, value in tokens if kind == "field"]
        # A month in digits ("y/M/d") is the numeric dates' (_numeric_dates).
        if fields and fields[0][0] == "y" and any(field in "ML" and count >= 3 for field, count in fields):
            alternatives += _in_pattern_order(tokens, names, prefix) + "|"
    return alternatives


def _alternation_of(names) -> str:
    """Folded month names as one alternation, longest first: an abbreviation's full stop optional, a space any."""
    return "|".join(re.escape(n).replace(r"\.", r"\.?").replace(r"\ ", r"\s+")
                    for n in sorted(names, key=len, reverse=True))


def _month_then_day(locale, own_names: str) -> str:
    """An alternative for a day written after its month, with no year, in the order of CLDR's pattern of a month
    and day where the month comes first ("augusztus 9.", "rugpjūčio 9 d.", "abuztuaren 9a"), in groups `gm`,
    `gd1`, `gd2`; "" where the day comes first, as `day_month` reads it. `own_names`: CLDR's own names of the
    months, for a case of one says the month alone ("júliusban 12 ország": in July, 12 countries)."""
    pattern = locale.datetime_skeletons.get("MMMMd")
    tokens = tokenize_pattern(pattern.pattern) if pattern is not None else []
    fields = [value for kind, value in tokens if kind == "field"]
    if not fields or fields[0][0] not in "ML" or fields[0][1] < 3:
        return ""
    # Not the whole of a decimal ("augusztus 9,5").
    return _in_pattern_order(tokens, own_names, "g") + r"(?![.,]\d)"


def _year_before_day(language: str, names: str) -> str:
    """An alternative, ending in "|", for a year written before its day and month, or its month alone or a span of
    months, in words CLDR does not give ("2024-yil 9-avgustda", "2024-yil 9-10-avgust", "2024-yil iyun oyida",
    "2024-yil iyul-sentabr oylarida"; _YEAR_BEFORE_DAY), in groups `uy`, `ud1`, `ud2`, `um`, or `uy`, `uma`,
    `um2`; "" in a language without them."""
    words = _YEAR_BEFORE_DAY.get(language)
    if words is None:
        return ""
    day = _DAY_NUMBER
    return (rf"(?P<uy>\d{{4}})(?!\d){words}\s+(?:(?P<ud1>{day})(?:{DASH}(?P<ud2>{day}))?(?:{_DAY_JOINTS[language]})"
            rf"(?P<um>{names})"
            rf"|(?P<uma>{names})(?:{DASH}(?P<um2>{names}))?)(?!\w)|")


def _in_pattern_order(tokens: list, names: str, prefix: str) -> str:
    """A CLDR date pattern's fields (babel's tokens) as a regex, with the text between them read loosely
    (_pattern_words); the text after the last field is not needed ("9." of "augusztus 9.", "9 d."); a month it
    ends on may be the first of a span, whose last is in group `<prefix>m2`."""
    day, month = _DAY_NUMBER, rf"(?P<{prefix}m>{names})\.?"
    fields = {"y": rf"(?P<{prefix}y>\d{{4}})(?!\d)", "M": month, "L": month,
              "d": rf"(?P<{prefix}d1>{day})(?:{DASH}(?P<{prefix}d2>{day}))?(?!\d)"}
    merged: list = []  # babel splits the text between two fields where a quote starts ("(", "e)", "ko ")
    for kind, value in tokens:
        if kind == "chars" and merged and merged[-1][0] == "chars":
            kind, value = "chars", merged.pop()[1] + value
        merged.append((kind, value))
    while merged[-1][0] == "chars":
        merged.pop()
    regex, after_month = "", False
    for kind, value in merged:
        if kind == "chars":
            # A month's name ends at a word's end, unless the pattern glues a word on ("сарын": MMMM'ын').
            regex += (r"(?!\w)" if after_month and not value[0].isalnum() else "") + _pattern_words(value)
        else:
            regex += fields.get(value[0], "")
        after_month = kind == "field" and value[0] in "ML"
    # A month the pattern ends on may begin a span of months ("2024. július–szeptember").
    return regex + (rf"(?!\w)(?:{DASH}(?P<{prefix}m2>{names})\.?(?!\w))?" if after_month else "")


def _pattern_words(chars: str) -> str:
    """The text between two fields of a CLDR date pattern as prose writes it: spaces of any width or none,
    its signs optional ("2024-ж., 9-август"), a word abbreviated with a full stop written out too ("ж." of
    "2024 жылғы 9 тамызда", "m." of "2024 metų"), a part in brackets optional (Basque "2024(e)ko")."""
    parts = []
    for m in re.finditer(r"(\s+)|\((\w+)\)|(\w+)(\.)?|(\W)", chars):
        space, optional, word, stop, sign = m.groups()
        parts.append(r"\s*" if space else rf"(?:{re.escape(optional)})?" if optional
                     else rf"{re.escape(word)}(?:\.|\w*)" if stop else re.escape(word) if word
                     else rf"{re.escape(sign)}?")
    return "".join(parts)


def _year_edge(language: str, placing: str) -> str:
    """The start, middle or end of a year (_YEAR_EDGES), in group `edge`, its year placed by words in
    group `erel` ("в конце прошлого года"), else "the year"; "" where the language has no such words."""
    if language not in _YEAR_EDGES:
        return ""
    edges, year, year_first = _YEAR_EDGES[language]
    if year_first:
        return rf"(?:(?P<erel>{placing})|{year})\s+(?P<edge>{edges})(?!\w)"
    other = _THE_YEAR.get(language, ("", "(?!)"))[1]
    return rf"(?P<edge>{edges})\s+(?:(?P<erel>{placing})|(?:{year})(?!\w)(?!\s*\d)(?!\s+(?:{other})(?!\w)))"


def _the_year(language: str) -> str:
    """The words of "of the year" after a part of one (_THE_YEAR), but not before a year's number or a word
    that makes it another year; "" where the language has none."""
    words, other = _THE_YEAR.get(language, ("", ""))
    return rf"(?:{words})(?!\w)(?!\s*\d)(?!\s+(?:{other})(?!\w))" if words else ""


def _year_of_part(prefix: str, of: str, year_words: str, placing: str, the_year: str) -> str:
    """What names the year after a part of one, in groups `{prefix}year` (its number: "de 2025", "des Jahres
    2026", "van 2025", "2025 года"), `{prefix}rel` (words that place it: "de este año", "прошлого года") and
    `{prefix}the` ("del año", "года": the publication's)."""
    the = rf"|\s+(?P<{prefix}the>{the_year})" if the_year else ""
    return (rf"(?:(?:{of}|\s+(?:des\s+Jahres|van)\s+|\s+)(?P<{prefix}year>\d{{4}})(?!\d){year_words}"
            rf"|\s+(?P<{prefix}rel>{placing})(?!\w){the})")


class _MonthRelative(NamedTuple):
    before: str  # the words before a month that place it ("lo scorso"), an alternation; "" where none
    after: str  # "|" and those after it, in groups `rel` ("scorso") and `relyear` ("dell'anno scorso"); or ""
    years: str  # the words of a year's after its month ("من العام الجاري"), an alternation


@lru_cache(maxsize=None)
def _month_relative(language: str) -> _MonthRelative:
    """The words that place a month in a year, in `language` (_MONTH_RELATIVE_BEFORE, _AFTER, _MONTH_OF_YEAR)."""
    tables = [table.get(language, {}) for table in (_MONTH_RELATIVE_BEFORE, _MONTH_RELATIVE_AFTER, _MONTH_OF_YEAR)]
    before, after, years = ("|".join(table) for table in tables)
    return _MonthRelative(before, rf"|\s+(?:(?P<rel>{after or '(?!)'})|(?P<relyear>{years or '(?!)'}))(?!\w)"
                          if after or years else "", years or "(?!)")


# Every language's words that place a month, each whole, with its offset: no two languages' spell alike
# with other offsets ("próximo" is next in Spanish and Portuguese alike).
@lru_cache(maxsize=1)
def _placing() -> tuple[tuple[re.Pattern, int], ...]:
    """Compiled when first asked (49 patterns, 2 ms): a rebuild reads the dates only of the records it checks
    again."""
    return tuple((re.compile(words, re.IGNORECASE), offset)
                 for tables in (_MONTH_RELATIVE_BEFORE, _MONTH_RELATIVE_AFTER, _MONTH_OF_YEAR)
                 for table in tables.values() for words, offset in table.items())


def _offset(words: str) -> int:
    """The offset of the words that place a month (_month_relative) or a year's part."""
    return next(offset for pattern, offset in _placing() if pattern.fullmatch(words))


def _placed(reference: PartialDate, month: int, day: int | None, offset: int) -> int:
    """The year of `month` (and `day`) said to be the last (-1), the next (1) or this (0) one: the latest
    before the publication date `reference`, the earliest after it, or the publication's year. As English
    "last September" (dates.py), a reference of a year only has no month past, nor one to come."""
    if offset == 0:
        return reference.year
    if reference.month is None:
        return reference.year + offset
    # A day is weighed against the publication's day where both are known; else the months alone.
    when, now = ((month, day), (reference.month, reference.day)) if day and reference.day else (month, reference.month)
    return reference.year if (when < now if offset < 0 else when > now) else reference.year + offset


# Indonesian and Malay news date what it tells by its weekday, the day and month in brackets after it, the year
# too or not: "Selasa (10/3/2026)", "pada Senin (9/3)". Without its weekday, "9/3" may be a fraction or a score.
_WEEKDAY_BRACKETS = {"id", "ms"}
# Vietnamese news writes a day and month in digits after the word for a day or a part of one ("hôm 5/3", "ngày
# 5/3", "sáng 5/3": on the morning of 5 March) or after a weekday ("thứ Năm (13/3)", "thứ Năm, 13/3").
_DAY_MONTH_CUES = {"vi": ("ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya")}


def _weekday_day_month(locale) -> str:
    """An alternative, ending in "|", for a day and month in brackets after a weekday (_WEEKDAY_BRACKETS), or after
    a weekday or a word of a day (_DAY_MONTH_CUES), in groups `wd` and `wm`, "" in other languages: each word is a
    lookbehind of its own width."""
    cues = _DAY_MONTH_CUES.get(locale.language, ())
    if locale.language not in _WEEKDAY_BRACKETS and not cues:
        return ""
    names = sorted({name for name in locale.days["format"]["wide"].values()} | {"Jum'at", "Jum’at"})
    after = [rf"(?<=\b{re.escape(name)}{gap}\()" for name in names for gap in ("", " ", ", ")]
    after += [rf"(?<=\b{re.escape(word)} )" for word in (*cues, *(names if cues else ()))]
    after += [rf"(?<=\b{re.escape(name)}, )" for name in (names if cues else ())]
    # Not a day and month of a full date ("5/3/2025", read in the language's order) or of a span ("3-4/4").
    ending = r"(?![/\d])(?![.,]\d)" if cues else r"(?=\))"
    return rf"(?:{'|'.join(after)})(?P<wd>{_DAY_NUMBER})/(?P<wm>1[0-2]|0?[1-9]){ending}|"


def _numeric_dates(locale, free: str) -> str:
    """Alternatives for a day written in digits, ending in "|": as data writes it ("2026-03-19"), in every
    language, and in the order and with the separator of the language's short date pattern in CLDR
    ("dd.MM.y": "18.03.2026"; "y/M/d": "2025/5/20"), with a four-digit year. A language that writes
    the month first is not read so: "03/04/2026" would be a guess."""
    day, month = r"(?P<nd>3[01]|[12]\d|0?[1-9])", r"(?P<nm>1[0-2]|0?[1-9])"
    iso = (rf"{free}(?P<iy>\d{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])(?![\w-])(?![.,/]\d)|")
    pattern = locale.date_formats["short"].pattern
    order = "".join(dict.fromkeys(ch for ch in pattern if ch in "dMy"))
    marks = [ch for ch in pattern if ch in "./-"]
    if not marks or order not in ("dMy", "yMd"):
        return iso
    mark = rf"\s?{re.escape(marks[0])}\s?"
    fields = (day, month, r"(?P<ny>\d{4})") if order == "dMy" else (r"(?P<ny>\d{4})", month, day)
    return iso + rf"{free}{mark.join(fields)}(?!\d)(?![.,/-]\d)|"


# Chinese, Japanese and Korean dates: "2024年8月9日～10日", "2024年8月", "2024年", "12月19日" (its year the
# publication's), "令和7年12月19日" (an era's year), "2025년 12월 19일", "12월 19~20일", "12月19号"; spans
# joined by "至", "到", "から" or "부터" ("2025年3月20日至22日", "3月30日至4月2日", "2025년 4월 8일부터 10일까지",
# "2021年至2027年") and months ("2026年7～9月期", "7~9월": July to September); halves and quarters of a year
# ("2025年下半年", "2025년 하반기", "2025年第一季度", "2025年度第1四半期" is not read: a fiscal year's).
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_DAY_MARK = r"\s?[日일号號]"
_EAST_ASIAN_TO = r"\s?(?:[～〜~\-–—]|(?:起\s?)?[至到]|부터|から)\s?"
_EAST_ASIAN_PARTS = {"上": (1, 6), "下": (2, 6), "前": (1, 6), "後": (2, 6), "상": (1, 6), "하": (2, 6),
                     **{str(n): (n, 3) for n in range(1, 5)}, **{w: (n, 3) for n, w in enumerate("一二三四", 1)}}
# A half or a quarter after a year, in group `(P)part`: its first character of _EAST_ASIAN_PARTS says which.
_EAST_ASIAN_PART = (r"(?P<(P)part>[上下]半(?:年|期)|[前後]半|[상하]반기|第?\s?[1-4一二三四]\s?(?:季度|四半期)"
                    r"|[1-4]\s?분기)")
# Two days of a month written as Japanese and Chinese news write them, "9、10の両日", "9日、10日両日", "9、10两日":
# the comma between them, and "both days" after the second (the two days, or the span where they follow each other).
_BOTH_DAYS_AND = r"(?:\s?日)?\s?[、,，]\s?"
_BOTH_DAYS = r"(?:\s?日)?\s?の?\s?[両两兩]日"
# A day written alone ("29日", "29일", "9日至10日"; its month is read from the text, _day_alone): not one
# of a date read whole ("3月29日"), nor after "第" or "每" (the 29th day, every 29th), nor yen ("30日元"),
# nor a count of days (_DAYS_COUNTED).
_DAY_ALONE_MARK = r"\s?[日일]"
_DAY_ALONE = (rf"(?<![.,．月월第每])(?P<bd1>3[01]|[12]\d|0?[1-9])(?:{_DAY_ALONE_MARK})?"
              rf"(?:(?:{_EAST_ASIAN_TO}|(?P<bboth>{_BOTH_DAYS_AND}))(?P<bd2>3[01]|[12]\d|0?[1-9]))?"
              rf"(?(bboth){_BOTH_DAYS}|{_DAY_ALONE_MARK})"
              r"(?!\s?[元圓圆币幣])")
# The words that make a day written alone a count of days, not a day of the month: before it ("连续3日",
# "为期3日", "ここ3日", "최근 3일") and after it ("3日间", "3日内", "3日連続", "3日続落", "1日で終わった",
# "3日ぶり", "3일 연속", "3일 동안", "3일 만에", "3일째"). A day of an event is read with the words that date
# one ("于29日举行", "29日に開かれた", "지난 29일 열린"); a count read as one would state a date no source
# gives, where a day not read only leaves the record's date unstated. Chinese words of one character
# that end a place's name are not among them ("新华社纽约3日电", "雅加达", "大连"). Korean spaces its words:
# those that begin others ("새벽", "내놓은", "간담회", "치러진") count days only written on to the day ("3일간").
_DAYS_COUNTED = {
    "zh": (r"连续|連續|一连|一連|接连|接連|为期|為期|为时|為時|历时|歷時|耗时|耗時|用时|用時|持续|持續|[长多高][达達]"
           r"|長達|仅|僅|短短|近|过去|過去|提前|逾|大约|大約|不到|不足|[相间間每]隔",
           r"[间間]|[内內](?![蒙阁閣地政部容外])|之[内內久]|以[内內上来來]|左右|有[余餘]|[连連][续續]"),
    "ja": (r"連続|過去|直近|ここ|わずか|僅か|たった|約|およそ|ほぼ|最長|最短|丸|計|延べ|足掛け|足かけ|毎",
           r"間|目(?![指標])|当たり|あたり|平均|連続|連騰|連勝|連敗|続落|続伸|続騰|続け|ぶり|振り|おき|置き|ごと"
           r"|以内|以上|以来|未満|足らず|余り|あまり|ほど|程|近く|がかり|掛かり|かけて|掛けて|で"),
    "ko": (r"(?<!\w)(?:최근|연속|불과|무려|꼬박|약|근|거의|총|단|매)",
           r"[간째치분]|여(?!\w)|\s?(?:연속|연휴|동안|만(?:에|이|의)|이상|넘게|남짓|가량|정도|내(?:에|로)?(?!\w)"
           r"|뒤(?:에)?(?!\w))"),
}
# A span of months ("7～9月期", the July-September quarter; "7月至9月", "7~9월", "2025年12月至2026年2月"): not
# one that ends on a day ("7月～9月3日").
_MONTH_SPAN = (rf"(?P<sm1>\d{{1,2}})\s?[月월]?{_EAST_ASIAN_TO}(?:(?P<sy2>\d{{4}})\s?[年년]\s?)?"
               r"(?P<sm2>\d{1,2})\s?[月월](?!\s?\d)")
_EAST_ASIAN_DATE = (
    rf"(?<!\d)(?=\d|{'|'.join(_ERAS)})"
    rf"(?:(?:(?P<year>\d{{4}})\s?[年년](?:\s?{_EAST_ASIAN_PART.replace('(P)', '')})?"
    rf"|(?P<era>{'|'.join(_ERAS)})(?P<era_year>\d{{1,2}}|元)年)\s?)?"
    rf"(?:{_MONTH_SPAN}|(?P<m>\d{{1,2}})\s?[月월](?:\s?(?P<d1>\d{{1,2}})(?:{_DAY_MARK})?"
    rf"(?:(?:{_EAST_ASIAN_TO}(?:(?P<ey>\d{{4}})\s?[年년]\s?)?(?:(?P<em>\d{{1,2}})\s?[月월]\s?)?"
    rf"|(?P<cboth>{_BOTH_DAYS_AND}))(?P<d2>\d{{1,2}}))?"
    rf"(?(cboth){_BOTH_DAYS}|{_DAY_MARK}))?)?"
)


# Words for this year that stand only before a month or a part of it: Korean "올 3월", "올 상반기".
_YEAR_BEFORE_MONTH = {"ko": {"올": 0}}


def _east_asian_grammar(locale) -> tuple[re.Pattern, dict[str, int]]:
    """The East Asian date pattern, with the words for last, this and next
    year before a month ("去年12月": December of the year before publication,
    "明年3月", "지난해 12월", "올 3월") and for last, this and next month before a
    day ("上个月20日", "내달 20일"): CLDR's and those relative.py adds.
    Returns the pattern and those words' offsets (-1, 0, 1)."""
    offsets = {unit: {_key(phrase): offset for phrase, offset in relative.words_for(locale.language, unit).items()}
               for unit in ("year", "month")}
    offsets["year"].update(_YEAR_BEFORE_MONTH.get(locale.language, {}))
    # Korean spaces a phrase's words or not ("다음 달", "다음달"): a space may stand between any two letters.
    years, months = ("|".join(r"\s?".join(map(re.escape, word))
                              for word in sorted(offsets[unit], key=len, reverse=True)) or "(?!)"
                     for unit in ("year", "month"))
    # Numeric dates and spans of years, tried only where four digits begin.
    spans = rf"(?P<ry1>{BARE_YEAR})\s?[年년]?{_EAST_ASIAN_TO}(?P<ry2>{BARE_YEAR})\s?[年년](?!\s?\d)"
    # Every date begins with a digit, an era's name or a word for last, this or next year or month:
    # tested first, so the alternatives are tried only there.
    starts = "".join(sorted({word[0] for word in (*offsets["year"], *offsets["month"], *_ERAS)}))
    pattern = (rf"(?=[\d{re.escape(starts)}])(?:(?<!\d)(?:(?=\d{{4}})(?<![.,/])(?:{_numeric_dates(locale, '')}{spans})"
               + rf"|{_DAY_ALONE}|(?:(?P<ry>{years})\s?(?=\d{{1,2}}\s?(?:[月월]|{_EAST_ASIAN_TO}\d)))?" + _EAST_ASIAN_DATE.removeprefix("(?<!\\d)")
               + rf"|(?P<pry>{years})\s?{_EAST_ASIAN_PART.replace('(P)', 'r')})"
               + rf"|(?P<rm>{months})\s?(?P<rmd>\d{{1,2}}){_DAY_MARK})")
    return re.compile(pattern), {**{f"year {w}": o for w, o in offsets["year"].items()},
                                 **{f"month {w}": o for w, o in offsets["month"].items()}}


