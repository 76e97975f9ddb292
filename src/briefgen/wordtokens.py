"""The words of a claim or a quote as the overreach check reads them
(overreach.py), and how the brief's language compares them.

A text is cut into tokens: words with their apostrophes, a number with its
decimals, each Chinese or Japanese character on its own (those languages
write no spaces), each marked as opening a sentence or not. Words are
compared in the brief's language, by its Snowball stemmer and its stop
words: the `stopwords` package's, with Snowball's own for Portuguese and
Dutch and the short words Polish's lacks (_STOP_ADDED); English also has
the few function words the package's list leaves out (_FUNCTION_WORDS) and
the words an editor adds to say who says something (_ATTRIBUTION:
"according to one analysis", "the article says").
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Callable, NamedTuple

import stopwords

from . import chinesescript, cldr

# Function words the `stopwords` English list leaves out; "one" too, since
# "one analysis" or "one of" is not a count.
_FUNCTION_WORDS = frozenset(
    "one also although among amongst can either even however may might must neither per shall since"
    " still though thus upon via whether will within without yet".split())
# How an editor attributes a claim; never a fact of the claim itself.
_ATTRIBUTION = frozenset("according analysis article articles report reported reportedly reports"
                         " say says said".split())
_ENGLISH_STOP = frozenset(stopwords.get_stopwords("english")) | _FUNCTION_WORDS | _ATTRIBUTION


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern:
    """A word, its apostrophes and a number's decimals. A word runs on
    through combining marks (Arabic's vowels and shadda, Devanagari's vowel
    signs), which `\\w` leaves out; made on first use (40 ms)."""
    # The planes that hold marks: the first two, and the variation selectors (a tenth of the time of all).
    codes = itertools.chain(range(0x20000), range(0xE0100, 0xE01F0))
    marks = [code for code in codes if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")]
    ranges, start = [], marks[0]
    for previous, code in zip(marks, marks[1:] + [None]):
        if code != previous + 1:
            ranges.append(f"{chr(start)}-{chr(previous)}" if previous > start else chr(start))
            start = code
    word = rf"[^\W_]+(?:[{''.join(ranges)}]+[^\W_]*)*"
    return re.compile(rf"{word}(?:['’]{word})*(?:[.,]\d+)*")


_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=1)
def _unspaced_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A Chinese or Japanese letter, and a word's pieces (each such letter, or a run of others); made on
    first use (4 ms: their classes are large)."""
    return re.compile(f"[{_HAN_KANA}]"), re.compile(f"[{_HAN_KANA}]|[^{_HAN_KANA}]+")


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
SENTENCE_MARK = re.compile(r"[.!?]")


@dataclass(frozen=True)
class _Language:
    """How words of the brief's language are compared: its Snowball stemmer
    (none: words compare as written) and its stop words."""
    code: str
    stop: frozenset[str]
    stem: Callable[[str], str]


@lru_cache(maxsize=None)
def language_rules(tag: str) -> _Language:
    import snowballstemmer  # every language's stemmer (12 ms), for the words of the records a build checks again
    code = (tag or "en").replace("-", "_").split("_")[0].lower()
    if code == "en":
        stemmer = snowballstemmer.stemmer("english")
        return _Language(code, _ENGLISH_STOP, lru_cache(maxsize=None)(stemmer.stemWord))
    if code == "ko":  # Snowball has no Korean stemmer: a word is compared without the particles written on it
        return _Language(code, frozenset(stopwords.safe_get_stopwords(code)), _without_particles)
    try:
        from babel import Locale
        name = Locale.parse(code).english_name.lower()
        stem = lru_cache(maxsize=None)(snowballstemmer.stemmer(name).stemWord)
    except Exception:  # no CLDR name or no Snowball stemmer for it
        stem = str
    if code == "zh":  # either script, compared in Simplified: a claim in one may cite a quote in the other ("对" "對")
        stem = chinesescript.simplified
    listed = stopwords.safe_get_stopwords(code)
    if code == "tr":  # the package's Turkish list is Latin-1 read as Latin-5: "altý" for "altı", "beþ" for "beş"
        listed = [word.translate(_TURKISH_LETTERS) for word in listed]
    return _Language(code, frozenset(listed) | _STOP_ADDED.get(code, frozenset()), stem)


# Korean particles, written on the word before them as English writes its possessive "'s": "정상회의가",
# "정상회의는", "감시소를", "노스랜드와", "서울에서". Each is a word of its own (a case, a topic, "and"), not an
# inflection; a verb's endings are ("운영한다", "운영하는"), which no stemmer briefgen has reads. Longest first.
_KOREAN_PARTICLES = tuple(sorted((
    "에서는 에서도 에게서 으로는 으로도 으로서 으로써 까지는 부터는 에서 에게 께서 으로 까지 부터 처럼 보다 마다 이나 "
    "와는 과는 에는 에도 의 은 는 이 가 을 를 에 와 과 도 만 로").split(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _without_particles(word: str) -> str:
    """`word` without the particles written on it, taken off while two syllables are left, again and again,
    so that each form of a noun comes to one ("정상회의가" and "정상회의" to "정상회": 의 is a particle too)."""
    while True:
        particle = next((p for p in _KOREAN_PARTICLES if word.endswith(p) and len(word) - len(p) >= 2), None)
        if particle is None:
            return word
        word = word[:-len(particle)]


# What the `stopwords` package's lists of some languages leave out: its Portuguese list (not the Brazilian one
# it keeps apart) has no articles or prepositions ("a", "de", "do", "que"), its Dutch one is 51 words long
# (no "op", "voor", "heeft", "wordt") and its Polish one has no word of one letter ("w", "i", "z", "o", "a"):
# Snowball's own lists for Portuguese and Dutch, and Polish function words; its French and Spanish ones lack
# their commonest articles, prepositions and auxiliaries ("de", "à", "a", "un", "se", "y"); its Japanese one has
# words of several characters only, where Japanese is read one at a time.
_STOP_ADDED = {code: frozenset(words.split()) for code, words in {
    "pt": "de a o que e do da em um para com uma os no se na por mais as dos como mas ao ele das à seu sua ou"
          " quando muito nos já eu também só pelo pela até isso ela entre depois sem mesmo aos seus quem nas me"
          " esse eles essa num nem suas meu às minha numa pelos elas qual nós lhe deles essas esses pelas este"
          " dele tu te vocês vos lhes meus minhas teu tua teus tuas nosso nossa nossos nossas dela delas esta"
          " estes estas aquele aquela aqueles aquelas isto aquilo estou está estamos estão estava estavam esteja"
          " estejam estivesse estivessem hei há havemos hão houve haja hajam houver sou somos são era eram fui foi"
          " fomos foram seja sejam fosse fossem serei será seremos serão seria seriam tenho tem temos têm tinha"
          " tinham tive teve tivemos tiveram tenha tenham tivesse tivessem tiver",
    "nl": "de en van ik te dat die in een hij het zijn is was op aan met als voor had er maar om hem dan zou of"
          " wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben"
          " deze u want nog zal me zij nu ge omdat iets worden toch al waren veel meer doen toen moet ben"
          " kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds"
          " wil kon uw iemand geweest andere",
    "fr": "a à aux de d l lui me nos on qu se un une y ont était",
    # Vietnamese, which the package has no list for, written a syllable at a time: its prepositions, classifiers
    # and conjunctions ("của", "các", "về", "tại"); not its words of negation, tense or bound ("không", "đã", "sẽ",
    # "hơn"), which say what a claim states. Indonesian's list lacks its commonest prepositions ("di", "ke").
    "vi": "và của các những là được cho với về trong này có theo tại từ đến để một cũng thì mà như khi đó nhưng vào"
          " ra lại rằng vẫn đang rất nên do vì nếu trên dưới giữa việc ở",
    "id": "di ke untuk",
    "es": "de del a al y o se le les un que han",
    # Japanese is read a character at a time (tokens_in): a kana of its inflections and particles ("た", "て",
    # "る") is no word of its own.
    "ja": " ".join(chr(code) for code in range(0x3041, 0x3097)),
    "pl": "a i o u w we z ze oraz że to jest są był była było były byli przez przy nad między jako także również"
          " tym tego tej tych który która które którego której których którym",
}.items()}
_TURKISH_LETTERS = str.maketrans("ýþðÝÞÐ", "ışğİŞĞ")


class Token(NamedTuple):  # a tuple: a claim and its quotes make hundreds of thousands
    text: str  # as written, possessive removed
    lower: str
    start: int
    end: int
    initial: bool  # first word of a sentence


def tokens_in(text: str) -> list[Token]:
    found: list[Token] = []
    end = 0
    unspaced, unspaced_pieces = _unspaced_patterns()
    for match in _token_pattern().finditer(text):
        word = match.group()
        if "'" in word or "’" in word:
            word = _POSSESSIVE.sub("", word)
        initial = not found or SENTENCE_MARK.search(text, end, match.start()) is not None
        if unspaced.search(word):  # Chinese and Japanese write no spaces: each character is a word of its own
            for piece in unspaced_pieces.finditer(word):
                start = match.start() + piece.start()
                found.append(Token(piece.group(), piece.group().lower(), start, start + len(piece.group()),
                                    initial and piece.start() == 0))
        else:
            found.append(Token(word, cldr.lowered(word), match.start(), match.end(), initial))  # Turkish "İş": "iş"
        end = match.end()
    return found


def joined_where_unspaced(tokens: list[Token]) -> list[str]:
    """The tokens' texts, in order, those of Chinese and Japanese (read a
    character at a time) joined where they stand together in the text: a
    word a claim adds reads "ビジネス", not "ビ, ジ, ネ, ス"."""
    unspaced = _unspaced_patterns()[0]
    texts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None and previous.end == token.start and unspaced.match(token.text) \
                and unspaced.search(previous.text):
            texts[-1] += token.text
        else:
            texts.append(token.text)
        previous = token
    return texts


def number_of(token: str) -> Decimal | None:
    if _DIGITS.fullmatch(token):
        try:
            return Decimal(token.replace(",", ""))
        except InvalidOperation:
            return None
    return None


def code_of(language: str) -> str:
    """A language tag's primary subtag, in lower case: "zh" of "zh-TW"."""
    return cldr.primary(language)


def in_english(language: str) -> bool:
    return cldr.primary(language) == "en"
