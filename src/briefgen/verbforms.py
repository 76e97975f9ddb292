"""A plan told by a verb's own form, for the overreach check's "plan told as
done" (overreach.py): Spanish "invertirá", Russian "вложит", Turkish
"yatıracak" (will invest) say what is still to come with no word of intent
before the verb, as English "will invest" does. A claim that writes the same
verb in a past form ("ha invertido", "вложил", "yatırdı") tells the plan as
done.

Each language has two patterns, each matched against a whole word in lower
case, that give the verb's root (group `root`): its future (in Russian, any
present-future form, since "вложит" is a future and "инвестирует" says
"invests" or "will invest") and its past or past participle. Two roots are
one verb when they are equal or differ in their last letter or by one
letter at the end ("подпиш"/"подпис" of "подпишет"/"подписал", "откро"/
"откр"), or, in Spanish, by the vowel an -ir verb changes in its past
("invertirá"/"invirtió"); a verb whose stem changes more (an irregular
future, "hará"/"hizo") is not matched: the check stays quiet rather than wrong. Turkish light verbs ("ziyaret edecek",
"yatırım yaptı") are keyed by the noun before them. Korean writes the
plan on 하다 after a verbal noun ("투자할 예정", "서명하기로"), the deed
on its past ("투자했다"): the noun is the root.

Chinese writes no tense on the verb: a plan is a word of intent (将, 计划,
拟…) right before it (_ZH_PLAN), and the verb's two characters are planned;
or an event's verb later in the intent's clause (将于明年在北京举行).

Japanese news writes a plan as a verbal noun, する and a word of intent
after it ("投資する方針だ", "署名する予定"): the noun's two characters are
planned; a claim tells it as done only where it writes the noun in a past
form ("投資した", "署名された"), since a verb's plain form ("投資する")
says what will be as often as what is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import eventstatus

_FUTURE = {
    "es": r"(?P<root>\w{4,}?)(?:aré|arás|ará|aremos|aréis|arán|eré|erás|erá|eremos|eréis|erán|iré|irás|irá|iremos|iréis"
          r"|irán)",
    "pt": r"(?P<root>\w{4,}?)(?:arei|arás|ará|aremos|arão|erei|erás|erá|eremos|erão|irei|irás|irá|iremos|irão)",
    "it": r"(?P<root>\w{4,}?)(?:erò|erai|erà|eremo|erete|eranno|irò|irai|irà|iremo|irete|iranno)",
    "fr": r"(?P<root>\w{4,}?)(?:erai|eras|era|erons|erez|eront|irai|iras|ira|irons|irez|iront)",
    "ru": r"(?P<root>\w{4,}?)(?:ует|уют|ает|ают|яет|яют|ит|ят|ет|ут|ют|ёт|ат)",
    # "gelecek" is also "the future", "next" (gelecek yıl, next year)
    "tr": r"(?!gelecek|geleceğ)(?P<root>\w{2,}?)y?[ae]c[ae][kğ]\w*",
    # Korean: a verbal noun and 하다's prospective forms ("투자할 예정", "투자하겠다"): what is still to come.
    "ko": r"(?P<root>\w{2,}?)(?:할|될|하겠다|하겠습니다|하기로)",
}
_PAST = {
    "es": r"(?P<root>\w{4,}?)(?:ó|ió|aron|ieron|ado|ada|ados|adas|ido|ida|idos|idas)",
    "pt": r"(?P<root>\w{4,}?)(?:ou|aram|eu|eram|iu|iram|ado|ada|ados|adas|ido|ida|idos|idas)",
    "it": r"(?P<root>\w{4,}?)(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ò|ì|arono|irono|erono)",
    "fr": r"(?P<root>\w{4,}?)(?:é|ée|és|ées|i|ie|is|ies)",
    "ru": r"(?P<root>\w{4,}?)(?:(?:ов|ев)?(?:ал|ял|ил|ыл|ел|ёл|ул|л)(?:а|о|и)?(?:ся|сь)?|(?:ов)?(?:ан|ян|ен|ён)(?:а|о|ы)?)",
    "tr": r"(?P<root>\w{2,}?)(?:[dt][ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler|ğ\w*)?|m[ıiuü]ş(?:tır|tir|tur|tür|lar|ler)?)",
    "ko": r"(?P<root>\w{2,}?)(?:했다|했습니다|했으며|했고|했으나|했던|됐다|되었다|됐으며|되었으며|됐습니다|되었습니다)",
}
# Turkish verbs that make a verb of the noun before them ("ziyaret etti", visited): the verb is the pair.
_LIGHT = {"ed": "et", "et": "et", "yap": "yap", "ol": "ol", "eyle": "eyle"}
_SHORTEST_ROOT = 3
_SHORTEST_ROOTS = {"ko": 2}  # a Korean syllable is a letter block: "투자" (invest) is two

# Chinese: a word of intent, what may stand between it and the verb, and the verb's two characters; not after
# a preposition (将在北京举行: the place, not the verb, comes next).
_ZH_INTENT = r"(?:[将將](?:要|[会會])?|即[将將]|[计計][划劃]|[拟擬]|准[备備]|準備|打算|[预預][计計]|有望|[决決]定|承[诺諾])"
_ZH_FILLER = r"(?:再|正式|共同|[继繼][续續]|[进進]一步)?"
_ZH_PLAN = re.compile(rf"{_ZH_INTENT}{_ZH_FILLER}(?P<verb>(?![在于於与與同和向对對从從把为為以至到])[\u4e00-\u9fff]{{2}})")


def _code(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    code = _code(language)
    if code not in _FUTURE:
        return None
    return re.compile(_FUTURE[code]), re.compile(_PAST[code])


def _key(words: list[str], index: int, pattern: re.Pattern, shortest: int) -> str | None:
    match = pattern.fullmatch(words[index])
    if match is None:
        return None
    root = match["root"]
    if root in _LIGHT:
        return f"{words[index - 1]} {_LIGHT[root]}" if index else None
    return root if len(root) >= shortest else None


def foretold(words: list[str], language: str) -> dict[int, str]:
    """The words (lower case, in order) that are a verb's future form, by index, with the verb's key."""
    patterns = _patterns(language)
    if patterns is None:
        return {}
    shortest = _SHORTEST_ROOTS.get(_code(language), _SHORTEST_ROOT)
    return {i: key for i in range(len(words)) if (key := _key(words, i, patterns[0], shortest)) is not None}


def told(words: list[str], language: str) -> dict[int, str]:
    """The words that are a verb's past form or past participle, by index, with the verb's key."""
    patterns = _patterns(language)
    if patterns is None:
        return {}
    shortest = _SHORTEST_ROOTS.get(_code(language), _SHORTEST_ROOT)
    return {i: key for i in range(len(words)) if (key := _key(words, i, patterns[1], shortest)) is not None}


def same_verb(one: str, other: str, language: str = "") -> bool:
    """Whether two keys are one verb's: equal, or differing only in the last
    letter or one more letter; in Spanish also by the vowel an -ir verb
    changes in its past ("invert"/"invirt" of "invertirá"/"invirtió", "dorm"/"durm")."""
    if one == other:
        return True
    if " " in one or " " in other:
        return False
    short, long = sorted((one, other), key=len)
    if len(short) >= _SHORTEST_ROOT + 1 and len(long) - len(short) <= 1 and long.startswith(short[:-1]):
        return True
    return _code(language) == "es" and len(one) == len(other) and _stem_changed(one, other)


def _stem_changed(one: str, other: str) -> bool:
    """Whether two Spanish roots differ only by e/i or o/u in their last vowel."""
    differ = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    if len(differ) != 1:
        return False
    at = differ[0]
    return ({one[at], other[at]} in ({"e", "i"}, {"o", "u"})
            and not any(letter in "aeiouáéíóú" for letter in one[at + 1:]))


# ... or an event's verb further on in its clause (将于明年在北京举行: 举行), as eventstatus.py reads a plan.
_ZH_EVENT_PLAN = re.compile(rf"{_ZH_INTENT}{eventstatus._ZH_CLAUSE}(?P<verb>{eventstatus._ZH_VERB})")


def zh_planned(text: str) -> list[tuple[int, int]]:
    """Where a Chinese text writes a verb after a word of intent ("将投资": 投资), as (start, end)."""
    return [m.span("verb") for pattern in (_ZH_PLAN, _ZH_EVENT_PLAN) for m in pattern.finditer(text)]


def zh_plans(text: str) -> bool:
    """Whether a Chinese text writes a word of intent (a claim that does tells no plan as done)."""
    return re.search(_ZH_INTENT, text) is not None


# Japanese: a word of intent after a verb ("署名することで合意": agreed to sign), the verbal noun (two kanji)
# before する or を行う, and its past forms.
_JA_INTENT = r"(?:方針|予定|計画|見通し|意向|考え|つもり|構え|見込み|方向|合意|決定)"
_JA_PLAN = re.compile(rf"(?P<verb>[\u4e00-\u9fff]{{2}})(?:する|します|を行う|を実施する|を進める)(?:こと)?(?:を|と|の|で|に)?"
                      rf"{_JA_INTENT}")
_JA_DONE = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?:を(?:行っ|実施し)|し|され)(?:た|ました)")


def ja_planned(text: str) -> list[tuple[int, int]]:
    """Where a Japanese text writes a verbal noun it only plans ("投資する方針": 投資), as (start, end)."""
    return [m.span("verb") for m in _JA_PLAN.finditer(text)]


def ja_done(text: str) -> list[tuple[int, int]]:
    """Where a Japanese text writes a verbal noun in a past form ("投資した": 投資), as (start, end)."""
    return [m.span("verb") for m in _JA_DONE.finditer(text)]


def ja_plans(text: str) -> bool:
    """Whether a Japanese text writes a word of intent (a claim that does tells no plan as done)."""
    return re.search(_JA_INTENT, text) is not None

