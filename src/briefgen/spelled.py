"""Numbers written out in words, and ordinals, as the overreach check
reads them (overreach.py): a claim's number is judged against its quotes'
whether either writes it in digits or in words.

English's are read as the quantities recogniser reads them: a spelled-out
cardinal ("one", "five") only as a count or an amount (CARDINALS), an
ordinal spelled out always ("twenty-first", "thirtieth": the 21st, the
30th). In another language, two to twelve and first to twelfth (to
twentieth where one word writes it: "decimoquinta") written out are numbers
in each of their forms ("sette", "quinto", "trzeciego", "пʼятої",
"петият"; not the article "un"), with tens before them ("двадцать первый",
"vigésima primera", "vingt-et-unième": the 21st, not the first), and so are
Chinese and Japanese numerals after 第 or before a measure word ("第三届",
"连续五年"), Korean native numerals before a counter and ordinals with 번째
("세 차례", "첫 번째", "2번째"), and Arabic's with their article and
prefixes ("الثاني", "وثماني"). Ordinals in digits and Roman numerals as
other languages mark them ("der 5. Gipfel", "5-й саммит", "XV Cumbre") are
ordinals.py's, read here in a text's words. A quote's "both" ("entrambi",
"beide", "оба") gives two.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from . import dates, quantities
from .ordinals import find as find_ordinals, spelled_compounds
from .wordtokens import Token, code_of, tokens_in

CARDINALS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty".split())}
_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
# The tens' and a hundred's, one word each; "twenty-first" is two (ordinals.spelled_compounds).
_ORDINALS.update(zip("thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth".split(),
                     range(30, 110, 10)))
# An ordinal in digits: English "5th", French "5e", "1er", "5ème", and the ordinal indicators of Spanish,
# Portuguese and Italian ("5º", "5ª"): the same number as the ordinal spelled out ("cinquième", "quinta").
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th|e|er|re|ère|ème|eme|º|ª)", re.IGNORECASE)


def ordinal_of(token: str) -> int | None:
    lowered = token.lower()
    if lowered in _ORDINALS:
        return _ORDINALS[lowered]
    match = _ORDINAL_DIGITS.fullmatch(lowered)
    return int(match[1]) if match else None


# Numbers other languages spell out, judged as digits are (English's are CARDINALS and _ORDINALS, read as
# the quantities recogniser reads them): "sette ministri" citing "tre ministri", "il quinto vertice" citing "il
# secondo vertice". Two to twelve, and first to twelfth (_SPELLED_ORDINALS), in each form the word takes.
# One is no count: it is the article ("un", "uno", "een", "jeden"), as "one analysis" is in English; nor "prima"
# (before), "neuf" (new).
def _forms(stems: str, endings: str, start: int) -> dict[str, int]:
    """Each of `stems` (the numbers from `start` on) with each of `endings` ("-" for none)."""
    return {stem + ending.strip("-"): n for n, stem in enumerate(stems.split(), start) for ending in endings.split()}


def _groups(groups: str, start: int = 2) -> dict[str, int]:
    """The forms of each number from `start` on, a group of forms a number, "|" between groups."""
    return {word: n for n, group in enumerate(groups.split("|"), start) for word in group.split()}


_POLISH_HARD = "y a e ego ej emu ym ą ych ymi"
_RUSSIAN_HARD = "ый ой ая ое ые ого ому ым ом ую ых ыми"
_UKRAINIAN_HARD = "ий а е і ого ої ому ій им ою у их ими"
_BULGARIAN = "и а о ия ият ата ото ите"  # with the article after: "петият", "петата"
_NORDIC = {**_groups("første", 1), **_groups("tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|ellevte|tolvte"
                                             "|trettende|fjortende|femtende|sekstende|syttende|attende|nittende"
                                             "|tyvende", 3)}


def _apostrophes(forms: dict[str, int]) -> dict[str, int]:
    """`forms` and each written with Ukrainian's own apostrophe ("пʼятий" for "п'ятий")."""
    return {**forms, **{word.replace("'", "ʼ"): n for word, n in forms.items()}}


def _finnish_ordinals() -> dict[str, int]:
    """Finnish first and third to tenth in the cases news writes: nominative "viides", genitive "viidennen",
    partitive "viidettä", the locatives ("viidennessä", "viidenteen", "viidennellä"…), essive "viidentenä",
    translative "viidenneksi"; the endings' vowel as the stem's ("kolmannessa", "neljännessä")."""
    endings = "s nnen tt{a} nness{a} nnest{a} nteen nnell{a} nnelt{a} nnelle nten{a} nneksi"
    forms = {"ensimmäi" + ending: 1 for ending in "nen sen stä sessä sestä seen sellä seltä selle senä seksi".split()}
    for n, stem in enumerate("kolma neljä viide kuude seitsemä kahdeksa yhdeksä kymmene".split(), 3):
        vowel = "a" if re.search("[aou]", stem) else "ä"
        forms.update((stem + ending.format(a=vowel), n) for ending in endings.split())
    return forms


# To twelfth, and to twentieth where one word writes it (a Roman numeral's "XV Cumbre" is "la decimoquinta").
_SPELLED_ORDINALS = {
    "it": {w: n for w, n in _forms("prim second terz quart quint sest settim ottav non decim undicesim dodicesim",
                                   "o a", 1).items() if w != "prima"}
    | _forms("tredicesim quattordicesim quindicesim sedicesim diciassettesim diciottesim diciannovesim ventesim",
             "o a", 13),
    "pt": _forms("primeir segund terceir quart quint sext sétim oitav non décim", "o a", 1),
    "es": {**_forms("primer segund tercer cuart quint sext séptim octav noven décim undécim duodécim", "o a", 1),
           **_forms("decimotercer decimocuart decimoquint decimosext decimoséptim decimoctav decimonoven vigésim",
                    "o a", 13),
           **_forms("decimoprimer decimosegund", "o a", 11), "primer": 1, "tercer": 3, "decimotercer": 13},
    "fr": {**_groups("premier première|second seconde deuxième|troisième|quatrième|cinquième|sixième|septième"
                     "|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième", 1),
           "vingtième": 20},
    "de": _forms("erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft dreizehnt vierzehnt"
                 " fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst", "e er en es em", 1),
    "nl": _groups("eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende"
                  "|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste", 1),
    "pl": {**_forms("pierwsz", _POLISH_HARD, 1), **_forms("drug", "i a ie iego iej iemu im ą ich imi", 2),
           **_forms("trzec", "i ia ie iego iej iemu im ią ich imi", 3),
           **_forms("czwart piąt szóst siódm ósm dziewiąt dziesiąt jedenast dwunast trzynast czternast piętnast"
                    " szesnast siedemnast osiemnast dziewiętnast dwudziest", _POLISH_HARD, 4)},
    "ru": {**_forms("перв втор", _RUSSIAN_HARD, 1),
           **_forms("трет", "ий ья ье ьи ьего ьему ьим ьем ьей ью ьих ьими", 3),
           **_forms("четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат четырнадцат"
                    " пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат", _RUSSIAN_HARD, 4),
           **_forms("четверт", _RUSSIAN_HARD, 4)},
    "uk": _apostrophes({**_forms("перш друг", _UKRAINIAN_HARD, 1),
                        **_forms("трет", "ій я є і ього ьої ьому ім ьою ю іх іми", 3),
                        **_forms("четверт п'ят шост сьом восьм дев'ят десят одинадцят дванадцят тринадцят"
                                 " чотирнадцят п'ятнадцят шістнадцят сімнадцят вісімнадцят дев'ятнадцят двадцят",
                                 _UKRAINIAN_HARD, 4)}),
    "bg": _forms("първ втор трет четвърт пет шест седм осм девет десет единадесет дванадесет тринадесет"
                 " четиринадесет петнадесет шестнадесет седемнадесет осемнадесет деветнадесет двадесет", _BULGARIAN, 1),
    "tr": _groups("birinci|ikinci|üçüncü|dördüncü|beşinci|altıncı|yedinci|sekizinci|dokuzuncu|onuncu", 1),
    # Ordinals that write "der 5. Gipfel" so too. Not second: Danish "anden", Norwegian "andre" and Czech "druhý"
    # are as often "other" ("den anden side", "druhá strana"), as "secondo" is "according to".
    "da": _NORDIC,
    "nb": _NORDIC | _groups("sjuende|åttende", 7),
    "no": _NORDIC | _groups("sjuende|åttende", 7),
    "nn": _NORDIC | _groups("fyrste", 1) | _groups("sjuande|åttande|niande|tiande", 7),
    "cs": {**_groups("první prvního prvnímu prvním", 1), **_groups("třetí třetího třetímu třetím", 3),
           **_forms("čtvrt pát šest sedm osm devát desát jedenáct dvanáct třináct čtrnáct patnáct šestnáct"
                    " sedmnáct osmnáct devatenáct dvacát", "ý á é ého ou ému ém ým ých ými", 4)},
    # Swedish, with "förste" ("förste vice talman"); not "andra", as often "other" ("den andra sidan").
    "sv": _groups("första förste", 1) | _groups("tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte"
                                                "|trettonde|fjortonde|femtonde|sextonde|sjuttonde|artonde|nittonde"
                                                "|tjugonde", 3),
    # Finnish, in each case its noun takes ("viidennessä huippukokouksessa"); not "toinen", as often "other".
    "fi": _finnish_ordinals(),
    # Hungarian writes an ordinal before its noun as it stands: "az ötödik csúcstalálkozón".
    "hu": _groups("első|második|harmadik|negyedik|ötödik|hatodik|hetedik|nyolcadik|kilencedik|tizedik"
                  "|tizenegyedik|tizenkettedik|tizenharmadik|tizennegyedik|tizenötödik|tizenhatodik|tizenhetedik"
                  "|tizennyolcadik|tizenkilencedik|huszadik", 1),
}
_SPELLED_CARDINALS = {
    "it": _groups("due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"),
    "pt": _groups("dois duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"),
    "es": _groups("dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"),
    "fr": {w: n for w, n in _groups("deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze").items() if w != "neuf"},
    "de": _groups("zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"),
    "nl": _groups("twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"),
    "pl": _groups("dwa dwie dwaj dwóch dwu dwom dwoma|trzy trzech trzej trzem trzema|cztery czterech czterej czterem"
                  " czterema|pięć pięciu pięcioma|sześć sześciu sześcioma|siedem siedmiu siedmioma|osiem ośmiu ośmioma"
                  "|dziewięć dziewięciu dziewięcioma|dziesięć dziesięciu dziesięcioma|jedenaście jedenastu"
                  "|dwanaście dwunastu"),
    "ru": _groups("два две двух двум двумя|три трёх трех трём трем тремя|четыре четырёх четырех четырём четырем"
                  " четырьмя|пять пяти пятью|шесть шести шестью|семь семи|восемь восьми восемью|девять девяти девятью"
                  "|десять десяти десятью|одиннадцать одиннадцати|двенадцать двенадцати"),
    "tr": _groups("iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on"),
}
# The words for one that a phrase of time past writes as its number ("a year ago", "hace un año", "vor einem
# Jahr", "un anno fa", "een jaar geleden", "bir yıl önce"): elsewhere the article, and no count.
_ONE_AGO = {"en": ("a", "an", "one"), "es": ("un", "una", "uno"), "fr": ("un", "une"), "it": ("un", "uno", "una"),
            "pt": ("um", "uma"), "de": ("einem", "einer", "ein", "eine"), "nl": ("een",), "tr": ("bir",)}


def cardinal_words(language: str) -> dict[str, int]:
    """The numbers two to twelve written out in `language` (one to twenty in English), in each of their forms,
    and its words for one before a unit of time past (_ONE_AGO), each by its value: what "three days ago", "hace
    tres días", "vor zwei Jahren" count with (relative.py)."""
    code = code_of(language)
    words = {w: n for w, n in CARDINALS.items() if n} if code == "en" else dict(_SPELLED_CARDINALS.get(code, {}))
    words.update((word, 1) for word in _ONE_AGO.get(code, ()))
    return words


# Words of larger numbers a small one may be part of ("ventitré" aside, "venti e tre", "двадцать два", "on iki"):
# beside one of them, or a scale word, or digits, a spelled cardinal is not judged on its own.
_LARGER_NUMBERS = {code: frozenset(words.split()) for code, words in {
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento mille mila",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento mil",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil",
    "fr": "vingt trente quarante cinquante soixante cent cents mille",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sto dwieście trzysta tysiąc tysiące tysięcy"
          " dwudziestu trzydziestu czterdziestu",
    "ru": "двадцать тридцать сорок пятьдесят сто двести триста тысяча тысячи тысяч двадцати тридцати сорока",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan yüz bin",
}.items()}
def _tens(stems: str, endings: str = "-") -> dict[str, int]:
    """Each of `stems`, twenty to ninety, with each of `endings` ("-" for none)."""
    return {stem + ending.strip("-"): n for n, stem in zip(range(20, 100, 10), stems.split())
            for ending in endings.split()}


# Twenty to ninety as a language writes them before the ordinal of a unit, one ordinal with it: a cardinal
# (Russian "двадцать первый", Turkish "yirmi birinci", Bulgarian "двадесет и първи") or an ordinal (Spanish
# "vigésima primera", Polish "dwudziesty pierwszy"), where the unit's ordinal alone ("первый") is the first.
_TENS_BEFORE_ORDINAL = {
    "ru": _tens("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"),
    "uk": _apostrophes(_tens("двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто")),
    "bg": _tens("двадесет тридесет четиридесет петдесет шестдесет седемдесет осемдесет деветдесет"),
    # Ten too, where the teens are written so: "on birinci", "décimo primeiro", "décima segunda".
    "tr": {"on": 10, **_tens("yirmi otuz kırk elli altmış yetmiş seksen doksan")},
    "es": {**_forms("décim", "o a", 10),
           **_tens("vigésim trigésim cuadragésim quincuagésim sexagésim septuagésim octogésim nonagésim", "o a")},
    "pt": {**_forms("décim", "o a", 10),
           **_tens("vigésim trigésim quadragésim quinquagésim sexagésim septuagésim octogésim nonagésim", "o a")},
    "pl": _tens("dwudziest trzydziest czterdziest pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt"
                " dziewięćdziesiąt", _POLISH_HARD),
    "cs": _tens("dvacát třicát čtyřicát padesát šedesát sedmdesát osmdesát devadesát",
                "ý á é ého ou ému ém ým ých ými"),
}
# Each language's spelled numbers: whether an ordinal, and the value.
_SPELLED = {code: {**{w: (False, n) for w, n in _SPELLED_CARDINALS.get(code, {}).items()},
                   **{w: (True, n) for w, n in words.items()}} for code, words in _SPELLED_ORDINALS.items()}
# "Both" gives two, in a quote: "I due Paesi" citing "Entrambi i Paesi" ("tutti e due", "les deux" are read as two).
BOTH = frozenset("both entrambi entrambe ambedue ambos ambas beide beiden beider beidem beides obaj oba obie obu"
                  " obydwaj obydwa obydwie obydwu obydwóch obiema oboma оба обе обоих обеих обоим обеим обоими обеими"
                  .split())
_DEEMS_WHAT = frozenset({"het", "dat", "zich", "de", "een", "deze", "dit", "hem", "haar", "hen", "dergelijke"})
_SCALE_PREFIXES = ("mil", "mld", "mln", "bil", "mrd", "tys", "мил", "млн", "млрд", "трлн", "тыс")
_NUMBER_JOINERS = frozenset({"e", "y", "i", "et", "und", "en", "ve", "и", "a"})
# "secondo" and "segundo" are also "according to": an ordinal only after an article ("il secondo vertice").
_ALSO_ACCORDING = frozenset({"secondo", "segundo"})
_ARTICLES = frozenset("il lo la i gli le un una uno del dello della dei degli delle al allo alla ai agli alle nel"
                      " nello nella nei negli nelle dal dallo dalla sul sullo sulla questo questa o a os as um uma"
                      " do da dos das no na nos nas ao aos pelo pela este esta el los las".split())
# "primo ministro", "Premier ministre", "em primeiro lugar": a first that counts nothing.
_AFTER_FIRST = ("ministr", "lugar", "luogo", "lieu", "plano", "piano", "dama", "dame", "lady")
_HAN_NUMERAL = "〇零一二两兩三四五六七八九十百千"
_HAN_DIGITS = {c: n for n, chars in enumerate(("〇零", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九"))
               for c in chars}
# Chinese and Japanese: "第三届", "第3回" (ordinals), and a numeral before a measure word ("连续五年", "三座").
_HAN_NUMBER = re.compile(rf"第\s*(\d+|[{_HAN_NUMERAL}]+)|(?<![{_HAN_NUMERAL}])([〇零一二两兩三四五六七八九十][{_HAN_NUMERAL}]*)"
                         r"(?=[届屆次轮回个個家座项項名位年条條艘架辆輛台批份种種件所间間部场場倍])")  # not 五輪, 二期


def _han_value(numeral: str) -> int:
    """The value of a numeral written in Chinese characters: "十二" 12, "二十" 20, "一百零五" 105, "二〇二五" 2025."""
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if not any(c in "十百千" for c in numeral):
        return int("".join(str(_HAN_DIGITS[c]) for c in numeral))
    total = current = 0
    for c in numeral:
        if c in _HAN_DIGITS:
            current = _HAN_DIGITS[c]
        else:
            total += (current or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            current = 0
    return total + current


# Korean: native numerals before a counter ("두 차례", "세 명", "네 곳에서"; not "한", one) and ordinals with 번째 or
# 째 ("두 번째", "2번째", "첫 번째", "둘째"). A counter ends its word or takes a particle ("차례에", "명이").
_KO_NATIVE = {"열한": 11, "열두": 12, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "두": 2, "세": 3, "네": 4, "열": 10}
_KO_ALONE = {"첫": 1, "둘": 2, "셋": 3, "넷": 4, "열하나": 11, "열둘": 12}  # before 째: "첫째", "둘째", "열두째"
_KO_NUMBER = re.compile(
    rf"(?<!\w)(?:(?P<ord>\d+|첫|{'|'.join(_KO_NATIVE)})\s?번째|(?P<ord2>{'|'.join({**_KO_ALONE, **_KO_NATIVE})})째"
    rf"|(?P<card>{'|'.join(_KO_NATIVE)})\s?(?=(?:차례|번|개|명|곳)"
    r"(?:$|\W|이|가|은|는|을|를|의|에|으로|로|도|만|씩|과|와|까지|부터|나|뿐|밖에)))")
_KO_VALUES = {**_KO_NATIVE, **_KO_ALONE}
KO_ORDINAL_AFTER = re.compile(r"\s?번째")
# Arabic: two to twelve and first to twelfth (a teen is its unit and عشر, "اثنا عشر", "الحادي عشر"), male and
# female, with the article and the prefixes و ف ب ل ك ("والثاني", "بثلاث", "للمرة الثانية"); read as folded
# (_arabic_fold: no vowel marks, one alif, ى as ي, ة as ه). Not the months "كانون الثاني", "ربيع الأول".
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
                          **{chr(c): None for c in range(0x64B, 0x660)}, "\u0670": None})
_AR_CARDINALS = _groups("اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي|ثلاث ثلاثه|اربع اربعه|خمس خمسه|ست سته"
                        "|سبع سبعه|ثمان ثماني ثمانيه|تسع تسعه|عشر عشره")
_AR_ORDINALS = _groups("اول اولي|ثاني ثان ثانيه|ثالث ثالثه|رابع رابعه|خامس خامسه|سادس سادسه|سابع سابعه|ثامن ثامنه"
                       "|تاسع تاسعه|عاشر عاشره", 1)
# One of a teen only: "أحد عشر", "إحدى عشرة" (eleven; أحد alone is "one of"), "الحادي عشر" (eleventh).
_AR_TEEN_ONE = {"احد": False, "احدي": False, "حادي": True, "حاديه": True}
_AR_TEN = frozenset({"عشر", "عشره"})


def _arabic_forms(words: Iterable[str]) -> dict[str, str]:
    """Each word with the article and the prefixes before it ("والثاني", "للثاني": ل and ال), to the word."""
    return {conj + ("لل" if prep == "ل" and art else prep + art) + word: word
            for word in words for conj in ("", "و", "ف") for prep in ("", "ب", "ل", "ك") for art in ("", "ال")}


_AR_WORDS = {form: word for form, word in _arabic_forms(
    [*_AR_CARDINALS, *_AR_ORDINALS, *_AR_TEEN_ONE, "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين",
     "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مئه", "مائه",
     "مئات", "الف", "الاف", "مليون", "ملايين", "مليار", "مليارات"]).items()
    if form != "لست" and not form.endswith(("الاثنين", "للاثنين"))}  # "I am not"; Monday
_AR_NOT_AFTER = frozenset({"كانون", "تشرين", "ربيع", "جمادي"})  # months: "كانون الثاني", "ربيع الأول"
_AR_NOT_BEFORE = frozenset({"امس", "اكسيد"})  # "أول أمس" (the day before yesterday), "ثاني أكسيد" (dioxide)


def _arabic_fold(word: str) -> str:
    return word.translate(_AR_FOLD)


def _arabic_numbers(tokens: list[Token]) -> dict[int, tuple[bool, int | None, int]]:
    """numbers_spelled of Arabic."""
    words = [_AR_WORDS.get(_arabic_fold(t.lower)) for t in tokens]
    found: dict[int, tuple[bool, int | None, int]] = {}
    for index, word in enumerate(words):
        if word is None or index - 1 in found:
            continue
        if word in _AR_ORDINALS:
            ordinal, value = True, _AR_ORDINALS[word]
        elif word in _AR_CARDINALS:
            ordinal, value = False, _AR_CARDINALS[word]
        elif word in _AR_TEEN_ONE:
            ordinal, value = _AR_TEEN_ONE[word], 1
        else:  # a word of a larger number
            continue
        last = index + 1 if index + 1 < len(words) and words[index + 1] in _AR_TEN and value < 10 else index
        if last > index:  # a teen
            value += 10
        elif word in _AR_TEEN_ONE:
            continue
        around = [at for at in (index - 1, last + 1) if 0 <= at < len(tokens)]
        # Digits beside a cardinal may write the same number; beside an ordinal they are another number
        # ("في 22 أكتوبر 2025 أول قمة": the first summit, on a day of 2025).
        if (any(words[at] is not None and words[at] not in _AR_ORDINALS  # part of a larger number
                or not ordinal and any(c.isdigit() for c in tokens[at].text) for at in around)
                or index and _arabic_fold(tokens[index - 1].lower) in _AR_NOT_AFTER
                or ordinal and last + 1 < len(tokens) and _arabic_fold(tokens[last + 1].lower) in _AR_NOT_BEFORE):
            continue
        found[index] = (ordinal, value, last)
        if last > index:
            found[last] = (ordinal, None, last)
    return found


def numbers_spelled(tokens: list[Token], text: str, language: str) -> dict[int, tuple[bool, int | None, int]]:
    """The numbers `text` spells out in `language` (other than English): by the index of the token each
    starts at, whether it is an ordinal, its value and the index of its last token; the other tokens of a
    number written in several (Chinese "第", "三") have the value None."""
    code = code_of(language)
    found: dict[int, tuple[bool, int | None, int]] = {}
    if code in ("zh", "ja"):
        starts = [t.start for t in tokens]
        for match in _HAN_NUMBER.finditer(text):
            ordinal = match.group(1) is not None
            value = _han_value(match.group(1) or match.group(2))
            if not ordinal and value < 2:
                continue
            covered = range(bisect.bisect_left(starts, match.start()), bisect.bisect_left(starts, match.end()))
            if covered:
                found[covered[0]] = (ordinal, value, covered[-1])
                found.update((i, (ordinal, None, i)) for i in covered[1:])
        return found
    if code == "ko":
        starts = [t.start for t in tokens]
        for match in _KO_NUMBER.finditer(text):
            numeral = match.group("ord") or match.group("ord2") or match.group("card")
            value = int(numeral) if numeral.isdigit() else _KO_VALUES[numeral]
            covered = range(bisect.bisect_left(starts, match.start()), bisect.bisect_left(starts, match.end()))
            if covered:
                found[covered[0]] = (match.group("card") is None, value, covered[-1])
                found.update((i, (match.group("card") is None, None, i)) for i in covered[1:])
        return found
    if code == "ar":
        return _arabic_numbers(tokens)
    # An ordinal in several words ("vingt-deuxième", "twenty-first") first: its last alone is another.
    starts = [t.start for t in tokens]
    for compound in spelled_compounds(text, (code,)):
        covered = range(bisect.bisect_left(starts, compound.start), bisect.bisect_left(starts, compound.end))
        found[covered[0]] = (True, compound.value, covered[-1])
        found.update((i, (True, None, i)) for i in covered[1:])
    spelled = _SPELLED.get(code)
    if spelled is None:  # English's single words are CARDINALS and _ORDINALS
        return found
    found.update(_tens_and_units(tokens, code, spelled))
    for index, token in enumerate(tokens):
        if index in found:
            continue
        entry = spelled.get(token.lower)
        if entry is None and ("'" in token.lower or "’" in token.lower):
            entry = spelled.get(token.lower.replace("’", "'").rsplit("'", 1)[-1])  # "l'ottavo"
        if entry is None or not (token.text == token.lower or token.initial):
            continue
        ordinal, value = entry
        if ordinal:
            following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
            if (value == 1 and following.startswith(_AFTER_FIRST)
                    or token.lower in _ALSO_ACCORDING and not (index and tokens[index - 1].lower in _ARTICLES)
                    or text.startswith("-feira", token.end)):  # "segunda-feira", Monday
                continue
        elif (any(_larger(tokens, at, code) for at in _beside(tokens, index))
              or code == "nl" and token.lower == "acht" and index + 1 < len(tokens)
              and tokens[index + 1].lower in _DEEMS_WHAT):  # "het kabinet acht het nodig": deems, not eight
            continue
        found[index] = (ordinal, value, index)
    return found


def spelled_numbers(text: str, language: str) -> set[int]:
    """The values of the numbers `text` spells out in `language` as the overreach check reads them: "двадцать
    первый", "vigésima primera" and "twenty-first" are 21, "sette" is 7 (English's single words are not read)."""
    return {value for _, value, _ in numbers_spelled(tokens_in(text), text, language).values() if value is not None}


def _tens_and_units(tokens: list[Token], code: str, spelled: dict[str, tuple[bool, int]]
                    ) -> dict[int, tuple[bool, int | None, int]]:
    """The ordinals of tens and a unit (_TENS_BEFORE_ORDINAL: "двадцать первый" is 21, "двадесет и първи" too), as
    numbers_spelled gives them."""
    tens = _TENS_BEFORE_ORDINAL.get(code, {})
    found: dict[int, tuple[bool, int | None, int]] = {}
    for index, token in enumerate(tokens):
        if token.lower not in tens:
            continue
        unit = index + 2 if index + 2 < len(tokens) and tokens[index + 1].lower in _NUMBER_JOINERS else index + 1
        ordinal, value = spelled.get(tokens[unit].lower, (False, 0)) if unit < len(tokens) else (False, 0)
        if ordinal and value < 10:
            found[index] = (True, tens[token.lower] + value, unit)
            found.update((i, (True, None, i)) for i in range(index + 1, unit + 1))
    return found


def written_ordinals(tokens: list[Token], text: str, mentions: Iterable[dates.DateMention],
                      languages: Iterable[str]) -> dict[int, tuple[int | None, bool, int]]:
    """The ordinals `text` writes in digits or Roman numerals as `languages` write them (ordinals.find), not
    in its dates ("am 5. Mai"), by the index of the token each starts at: its value, whether it can only be an
    ordinal, and where it ends; its other tokens ("й" of "5-й") have the value None."""
    taken = quantities.TakenSpans([(m.start, m.end) for m in mentions])
    starts = [t.start for t in tokens]
    found: dict[int, tuple[int | None, bool, int]] = {}
    for written in find_ordinals(text, languages, taken):
        covered = range(bisect.bisect_left(starts, written.start), bisect.bisect_left(starts, written.end))
        if covered:
            found[covered[0]] = (written.value, written.sure, written.end)
            found.update((i, (None, True, written.end)) for i in covered[1:])
    return found


def _beside(tokens: list[Token], index: int) -> list[int]:
    """The words next to `index`, and those past a joining word ("venti e tre")."""
    near = [at for at in (index - 1, index + 1) if 0 <= at < len(tokens)]
    return near + [at + at - index for at in near if tokens[at].lower in _NUMBER_JOINERS
                   and 0 <= at + at - index < len(tokens)]


def _larger(tokens: list[Token], at: int, code: str) -> bool:
    """Whether the word at `at` may be part of a number with a spelled one beside it."""
    word = tokens[at].lower
    return (word in _SPELLED_CARDINALS[code] or word in _LARGER_NUMBERS[code] or word.startswith(_SCALE_PREFIXES)
            or any(c.isdigit() for c in word))
