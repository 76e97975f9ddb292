"""Forms of text that both CLDR readers (cldrdates.py, cldrtext.py) read
alike: every script's digits as 0–9, words folded for lookup, alternations
of words for patterns, and the small words joining two numbers."""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from .quantities import caseless

# The marks that set the direction of the text around a number, which CLDR writes in its patterns ("‏0 מיליון")
# and sources beside their numbers: no part of a word or a number.
BIDI_MARKS = "\u200e\u200f\u061c"
BIDI_AS_SPACES = str.maketrans(dict.fromkeys(map(ord, BIDI_MARKS), " "))
DASH = r"\s*[-–—]\s*"
# The marks Uzbek's oʻ and gʻ are written with: the turned comma, the quotation marks, the apostrophe, the
# backtick ("boʻlib", "bo‘lib", "bo'lib"); one of them in a pattern.
UZBEK_APOSTROPHES = ("ʻ", "‘", "’", "'", "`")
UZBEK_APOSTROPHE = f"[{''.join(UZBEK_APOSTROPHES)}]"
# Words joining two days of a month: "les 3 et 4 avril", "am 3. und 4. April", "3 и 4 апреля".
AND_WORDS = r"y|e|et|und|и|i|ve|en|och|og|and|și|şi"
# Words joining the two ends of a span: "bis", "al", "a", "au", "à", "до", "по", "fino al".
RANGE_WORDS = r"bis|al|a|au|à|до|по|fino\s+al"
BARE_YEAR = r"(?:19\d\d|20\d\d|2100)"


def cjk_written(word: str) -> bool:
    """Whether `word` holds kana or CJK ideographs, which run their words together without spaces."""
    return any("\u3040" <= ch <= "\u9fff" for ch in word)


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    return {code: str(unicodedata.digit(chr(code))) for code in range(0x80, sys.maxunicode + 1)
            if unicodedata.category(chr(code)) == "Nd"}


def latin_digits(text: str) -> str:
    """`text` with every script's digits written 0–9 ("١٥ مارس ٢٠٢٥", "१५"),
    and Arabic's decimal and group signs as the language's (٫ ٬): one
    character for one, so every offset stays that of `text`."""
    return text if text.isascii() else text.translate(_digit_table())


def fold_space(words: str) -> str:
    return " ".join(caseless(words.replace("’", "'").replace("\xa0", " ").translate(BIDI_AS_SPACES)).split())


def alternation(words) -> str:
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)
