"""Where a text denies, doubts by degree or bounds by a negation, in each
language the overreach check reads (overreach.py), and the support and
translation checks with it (support.py, translations.py).

A negation ("not", "never", "nicht", "не"…) denies the word after it, or the
amount or date it stands before (denies()); not the "not" of "not only …
but also", nor French "ne … que" (only), nor one that opens a bound ("no
less than $2 billion", "pas moins d'un milliard"), whose amount is read as
bounded, and a negation of the verb a bound of more or less follows turns
the bound round ("não concederá menos de 1 bilhão": at least;
turned_bounds). Turkish and Korean write the negation in the verb or after
it ("yatırmadı", "짓지 않기로"): an amount before such a verb is denied;
Japanese writes it at its verbs' ends ("署名しなかった"). A French "ne"
alone before "cesser" reads either way in a translation ("ne cesse
d'investir": "does not stop", "keeps"; negation_readings), and "hardly"
denies by degree (scant).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Iterable

from . import cldr, cldrtext, quantities, verbforms
from .spelled import CARDINALS
from .textmatch import wording
from .wordtokens import Token, code_of, in_english, language_rules, number_of, tokens_in

# English adjectives of likelihood and certainty that carry their negation in a prefix, with the adjective they
# deny: "is unlikely to be met" says the opposite of "is likely to be met".
NEGATED_ADJECTIVES = {"unlikely": "likely", "improbable": "probable", "impossible": "possible",
                       "uncertain": "certain", "unclear": "clear", "unsure": "sure"}
# How many words after a negation may hold the word it denies: "did not receive", "has not yet been received".
NEGATION_SCOPE = 3
# What a French negation is elided onto that denies the participle after it ("n'a pas signé", "n'est pas
# prévu", "n'y a pas"): the forms of avoir and être that start with a vowel, and "y" and "en".
ELIDED_ONTO_AUXILIARY = frozenset(
    "a ai as avons avez ont avait avais avions aviez avaient aura aurai auras aurons aurez auront aurait aurais"
    " aurions auriez auraient ait aies aient ayant eut eurent eût avoir est es étais était étions étiez étaient"
    " étant être y en".split())
# The words that make a negation before them "not only … but also" ("não só", "nicht nur", "non seulement"): what
# follows is widened, not denied.
_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "solo", "sólo", "solamente", "seulement", "soltanto",
                       "nur", "только", "só", "apenas", "somente", "alleen", "tylko"})


class _Negations(frozenset):
    """A language's negations: its words, and where a negation is part of a word or comes after the verb
    (Turkish "yatırmadı", "değil"; Korean "않기로", "못했다"), a pattern of such words (`after`); where it is
    elided onto the word it denies (French "n'investit"), a pattern of such words whose group is that word
    (`elided`); where a particle of them denies only with a word that completes it (French "ne … pas", "ne …
    plus"), those particles, those words (`completing`) and a pattern of the word that makes it "only" instead
    ("ne … que": `only`); and the negated bounds it writes before an amount ("pas moins de", "no less than":
    `bounds`, cldrtext.negated_bounds_before) and the bounds a negation before their verb turns round ("não
    concederá menos de": `comparatives`, cldrtext.comparative_bounds_before), which deny nothing."""
    after: re.Pattern | None = None
    elided: re.Pattern | None = None
    particles: frozenset[str] = frozenset()
    completing: frozenset[str] = frozenset()
    only: re.Pattern | None = None
    language: str | None = None  # whose bounds these are: none of ANY_NEGATION's

    # The bounds are read when first asked for (cldrtext's tables of them are kept by language): a rebuild
    # that reads no quote again never reads them.
    @property
    def bounds(self) -> re.Pattern | None:
        return None if self.language is None else cldrtext.negated_bounds_before(self.language)

    @property
    def comparatives(self) -> re.Pattern | None:
        return None if self.language is None else cldrtext.comparative_bounds_before(self.language)

    def __new__(cls, words: Iterable[str], after: str | None = None, elided: str | None = None,
                particles: Iterable[str] = (), completing: Iterable[str] = (), only: str | None = None) -> _Negations:
        negations = super().__new__(cls, words)
        negations.after = re.compile(after) if after else None
        negations.elided = re.compile(elided) if elided else None
        negations.particles, negations.completing = frozenset(particles), frozenset(completing)
        negations.only = re.compile(only) if only else None
        return negations


# Turkish: a verb with -ma/-me after its root (verbforms.TR_NEGATED_VERB), and "değil" (not) after a predicate.
_TR_AFTER = verbforms.TR_NEGATED_VERB.pattern + "|değil\\w*"
# Korean: 않- and 못하- after a verb's -지, 없- (there is not).
_KO_AFTER = verbforms.KO_NEGATION_AFTER_VERB.pattern + "|없\\w*"
# French elides "ne" before a vowel or mute h, onto the verb it denies ("n'investit", "n'honorera"); not in
# "n'importe quel" (any). Italian "nessuna" before a vowel ("nessun'altra").
_FR_ELIDED = r"n['’](?!importe$)(\w+)"
_IT_ELIDED = r"nessun['’](\w+)"
# What completes French "ne": "plus" and "personne" too, which alone are no negation ("plus de", "une personne").
_FR_COMPLETING = frozenset({"pas", "plus", "jamais", "rien", "aucun", "aucune", "aucuns", "aucunes", "personne",
                            "guère", "point", "nullement", "ni", "nul", "nulle"})
# Negations by language (primary subtag): a claim that writes one its quotes lack turns them round.
_NEGATIONS = {
    "en": frozenset({"not", "never", "no", "nor", "neither", "cannot", "without"}),
    "es": frozenset({"no", "nunca", "jamás", "ni", "tampoco", "ningún", "ninguno", "ninguna", "nadie", "nada"}),
    "fr": _Negations({"ne", "n", "pas", "jamais", "aucun", "aucune", "aucuns", "aucunes", "non", "nul", "nulle",
                      "rien"}, elided=_FR_ELIDED, particles={"ne", "n"}, completing=_FR_COMPLETING,
                     only=r"que|qu['’]\w*"),
    "de": frozenset({"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nichts",
                     "niemand"}),
    "it": _Negations({"non", "mai", "nessun", "nessuno", "nessuna", "niente"}, elided=_IT_ELIDED),
    "pt": frozenset({"não", "nunca", "jamais", "nenhum", "nenhuma", "ninguém", "nada"}),
    "ru": frozenset({"не", "нет", "никогда", "ни"}),
    "pl": frozenset({"nie", "nigdy", "żaden", "żadna", "żadne", "żadnego", "żadnej", "nic"}),
    # Indonesian: "belum" is not yet
    "id": frozenset({"tidak", "tak", "belum", "bukan", "tanpa", "tiada"}),
    # Romanian: "mai" is more (and May), no negation
    "ro": frozenset({"nu", "n", "niciodată", "nici", "niciun", "nicio", "niciunul", "niciuna", "nimic", "nimeni"}),
    "nl": frozenset({"niet", "nooit", "geen", "niets", "niemand", "nergens"}),
    "ar": verbforms.AR_NEGATIONS,
    "zh": frozenset({"不", "没", "沒", "未"}),
    "tr": _Negations({"hiç", "asla", "yok"}, _TR_AFTER),
    "ko": _Negations({"안", "못"}, _KO_AFTER),
}


def _of_language(code: str, negations: _Negations) -> _Negations:
    negations.language = code
    return negations


_NEGATIONS = {code: _of_language(code, words if isinstance(words, _Negations) else _Negations(words))
              for code, words in _NEGATIONS.items()}
# Japanese: a verb's negative ending ("しなかった", "していない"), which a claim's words give of a verb its quotes do
# not deny (claimreader.Reader.unsupported), read with no other word of Japanese as a negation.
_JA_AFTER = verbforms.JA_NEGATED_ENDING
ANY_NEGATION = _Negations(frozenset().union(*_NEGATIONS.values()), f"{_TR_AFTER}|{_KO_AFTER}|{_JA_AFTER}",
                           f"{_FR_ELIDED}|{_IT_ELIDED}")


def negations_of(language: str) -> frozenset[str]:
    return _NEGATIONS.get(cldr.primary(language), _NEGATIONS["en"])


def written_negations(language: str) -> frozenset[str]:
    """The negations a text in `language` writes: its own, or where briefgen has none, any language's (Japanese
    endings among them)."""
    return _NEGATIONS.get(cldr.primary(language), ANY_NEGATION)


# Languages that write a negation inside the verb or after it (Turkish, Korean): verbforms.denied reads the verb.
_DENIED_IN_VERB = frozenset({"tr", "ko"})
# ... and those whose verb denied it reads too, where a claim writes it in another form: Arabic's "لم يوقع" (did
# not sign) in the past ("وقع"), "لن تستثمر" (will not invest) in the future ("ستستثمر").
DENIED_VERB_READ = _DENIED_IN_VERB | {"ar"}


def ja_denied_verbs(quote: str) -> frozenset[str]:
    """The keys of the verbs a Japanese quote denies ("署名しなかった": 署名) and nowhere affirms."""
    return frozenset(key for *_, key, _ in verbforms.ja_denied(quote)) - {
        key for *_, key in verbforms.ja_affirmed(quote)}


def is_negation(word: str, negations: frozenset[str]) -> bool:
    return (word in negations or word.endswith(("n't", "n’t")) or negation_after(word, negations)
            or elided_onto(word, negations) is not None)


def elided_onto(word: str, negations: frozenset[str]) -> str | None:
    """The word a negation elided onto `word` denies ("investit" of "n'investit"), if one is."""
    elided = getattr(negations, "elided", None)  # a class attribute of every table's, as `after`
    found = elided.fullmatch(word) if elided is not None and ("'" in word or "’" in word) else None
    return next(group for group in found.groups() if group) if found else None


def denies_here(tokens: list[Token], index: int, negations: frozenset[str]) -> bool:
    """Whether the word at `index` is a negation that denies: not the "not" of "not only … but also" ("não só",
    "nicht nur"), which widens what follows, nor French "jamais que", "pas que 3 millions" (_only_after), nor
    one of a bound ("pas moins d'un milliard": _bounds), nor a French "ne" these complete (_particle_alone), nor
    Arabic's "لا تزال" (still), "لا سيما" (especially), "لم … إلا" (only: _ar_denies)."""
    return (is_negation(tokens[index].lower, negations) and not _widens(tokens, index)
            and not _particle_alone(tokens, index, negations) and not _only_after(tokens, index, negations)
            and not _bounds(tokens, index, negations) and _ar_denies(tokens, index))


def _widens(tokens: list[Token], index: int) -> bool:
    """Whether the negation at `index` is one of "not only … but also" ("pas seulement", "não só")."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in _NOT_ONLY


# How many words a negated bound and the number after it run to: "pas moins d'un", "no fewer than 300".
_BOUND_WORDS = 4
# How many words of its verb may stand between a negation and the bound it turns round: "não vai conceder menos
# de", "will not be granting more than".
_VERB_WORDS = 3


def _bounds(tokens: list[Token], index: int, negations: frozenset[str]) -> bool:
    """Whether the negation at `index` opens a negated bound before an amount ("pas moins de 400 millions",
    "no less than one billion"), or denies a verb a bound of more or less follows ("não concederá menos de 1
    bilhão", "will not grant less than", "не выдаст более"): it bounds the amount, and denies nothing."""
    bounds, comparatives = getattr(negations, "bounds", None), getattr(negations, "comparatives", None)
    if bounds is not None and bounds.match(_words_from(tokens, index, _BOUND_WORDS)) is not None:
        return True
    return comparatives is not None and any(comparatives.match(_words_from(tokens, at, _BOUND_WORDS))
                                            for at in _verb_run(tokens, index))


# What a negation of its verb makes of a bound of more or less: "não concederá menos de 1 bilhão" (will not grant
# less than) is at least 1 billion, "не выдаст более 1 млрд" at most.
_TURNED_BOUNDS = {"less-than": "at-least", "more-than": "up-to", "over": "up-to"}


def bounds_as_turned(text: str, tokens: list[Token], amounts: list[quantities.Quantity],
                   negations: frozenset[str]) -> list[quantities.Quantity]:
    """`amounts` (of `text`), each bound of more or less a negation of its verb turns round read as it bounds
    (_bounds): a claim of "less than 1 billion" says the opposite of "will not grant less than 1 billion"."""
    starts = [t.start for t in tokens]
    return [dataclasses.replace(q, qualifier=_TURNED_BOUNDS[q.qualifier])
            if q.qualifier in _TURNED_BOUNDS and _turned_at(tokens, bisect.bisect_left(starts, text.find(q.text)),
                                                             negations) else q for q in amounts]


def turned_bounds(text: str, amounts: list[quantities.Quantity], language: str) -> list[quantities.Quantity]:
    """`amounts` of `text` (in `language`), each bound a negation of its verb turns round read as it bounds:
    "less than" of "will not grant less than 1 billion" is at least."""
    return bounds_as_turned(text, tokens_in(text), amounts, written_negations(language))


def _turned_at(tokens: list[Token], index: int, negations: frozenset[str]) -> bool:
    """Whether a negation of a verb before the bound at `index` turns it round (_verb_run)."""
    return any(is_negation(tokens[at].lower, negations) and index in _verb_run(tokens, at)
               for at in range(max(0, index - 1 - _VERB_WORDS), index))


def _words_from(tokens: list[Token], index: int, count: int) -> str:
    return " ".join(t.text for t in tokens[index:index + count])


def _verb_run(tokens: list[Token], index: int) -> range:
    """The words after the negation at `index` up to _VERB_WORDS past its verb's: a verb's words run on with
    one space between, so a comma or a stop ends them ("did not sign, more than 300 workers…" bounds nothing)."""
    end = index + 1
    while end < min(index + 2 + _VERB_WORDS, len(tokens)) and tokens[end].start - tokens[end - 1].end <= 1:
        end += 1
    return range(index + 1, end)


def _ar_denies(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index`, if an Arabic negation, denies: not "لا تزال" (still), "لا سيما"
    (especially), "لم … إلا" (only; verbforms.ar_denies)."""
    return tokens[index].lower not in verbforms.AR_NEGATIONS or verbforms.ar_denies(
        [t.lower for t in tokens[index + 1:]])


# How many words after "ne" the negation that completes it may come: "ne l'a finalement jamais signé".
_PARTICLE_REACH = 6


def _particle_alone(tokens: list[Token], index: int, negations: frozenset[str]) -> bool:
    """Whether the particle at `index` ("ne", "n'") stands without the negation that completes it ("pas",
    "plus", "jamais"…) before its "que", or with one that denies nothing: then it denies nothing. "ne … que" is
    "only" ("n'investit que 3 millions", "ne sera signé qu'en mai"); one whose "pas" opens a bound bounds
    ("n'accordera pas moins d'un milliard"), one whose "pas" widens widens ("n'investit pas seulement en
    Afrique"); "n'a pas dit que" denies."""
    only, word = getattr(negations, "only", None), tokens[index].lower
    if only is None or not (word in negations.particles or elided_onto(word, negations) is not None):
        return False
    for at in range(index + 1, min(index + 1 + _PARTICLE_REACH, len(tokens))):
        if only.fullmatch(tokens[at].lower):
            return True
        if tokens[at].lower in negations.completing:
            return (_only_after(tokens, at, negations) or _widens(tokens, at)
                    or _bounds(tokens, at, negations))
    return True


# French words that complete "ne" and, with "que" after them, make it "only" rather than a denial: "n'exporte
# plus que du gaz" (now only), "ne … guère que" (hardly more than), "ne … jamais que" (only ever).
_FR_ONLY_WITH_QUE = frozenset({"plus", "guère", "jamais"})
# What "ne … pas que" widens, "not only": an amount, or a noun phrase a partitive, an indefinite article or a
# preposition opens ("n'investit pas que 3 millions", "pas que du gaz", "pas qu'en France"); before a clause it
# denies ("ne pense pas que la Chine investira", "pas qu'il signe").
_FR_NOT_ONLY_BEFORE = frozenset({"du", "de", "des", "d", "un", "une", "quelques", "plusieurs", "en", "à", "au",
                                 "aux", "dans", "sur", "pour", "par", "avec", "chez", "vers", "entre"})


def _only_after(tokens: list[Token], index: int, negations: frozenset[str]) -> bool:
    """Whether the word at `index` completes French "ne" with a "que" after it that makes the two "only" or
    "not only" (_FR_ONLY_WITH_QUE, _FR_NOT_ONLY_BEFORE): then the verb is not denied. Other words of
    completion may stand between ("ne … plus guère que")."""
    only, word = getattr(negations, "only", None), tokens[index].lower
    if only is None or word not in negations.completing:
        return False
    at = index + 1
    while at < len(tokens) and tokens[at].lower in negations.completing:
        at += 1
    if at >= len(tokens) or not only.fullmatch(tokens[at].lower):
        return False
    if word in _FR_ONLY_WITH_QUE:
        return True
    if word != "pas":
        return False
    elided = re.split(r"['’]", tokens[at].lower, maxsplit=1)
    after = elided[1] if len(elided) > 1 else tokens[at + 1].lower if at + 1 < len(tokens) else ""
    return number_of(after) is not None or re.split(r"['’]", after)[0] in _FR_NOT_ONLY_BEFORE


def negation_after(word: str, negations: frozenset[str]) -> bool:
    """Whether `word` is a negation that comes after what it denies, or is part of it ("yatırmadı", "않기로")."""
    after = getattr(negations, "after", None)  # a class attribute of every table's: found at once
    return after is not None and word not in negations and after.fullmatch(word) is not None


# What ends the clause a negation may deny a number in, looking back from it.
_CLAUSE_EDGE = frozenset({"but", "when", "where", "whether", "how", "that", "which", "who", "whom", "if", "although",
                          "though", "while", "because", "as", "and", "or"})
# Words that make a negation bound or widen a number rather than deny it: "not until 9 April", "not only $2 billion".
_NOT_DENYING = frozenset({"until", "till", "before", "after", "since", "later", "earlier", "more", "less", "fewer",
                          "only", "just", "merely"}) | _NOT_ONLY


# English verbs that deny what follows them ("denied pledging $500 million", "denied that it had pledged"),
# and those that do when "to" follows ("has yet to disburse", "failed to secure", "refused to pay").
_DENYING = frozenset({"deny", "denies", "denied", "denying"})
_DENYING_BEFORE_TO = frozenset({"yet", "fail", "fails", "failed", "failing", "refuse", "refuses", "refused",
                                "refusing"})
# "incorrectly said the EU had committed €200 million": what was said in error.
_SAID_IN_ERROR = re.compile(r"\b(?:incorrectly|falsely|wrongly|mistakenly|erroneously)\s+(?:\w+\s+)?"
                            r"(?:said|stated|reported|claimed|wrote|announced|suggested|gave)\b", re.IGNORECASE)


def denies(text: str, start: int, language: str = "en") -> bool:
    """Whether the words just before `start` deny the date or amount written
    there: "KfW did not commit 500 million euros", "No agreement was signed
    on 9 April 2026", "$1 billion, not $2 billion", "denied pledging $500
    million", "has yet to disburse the $1 billion", "incorrectly said … $2
    billion"; not "not until 9 April", "did not say when the $1 billion",
    "not only $2 billion", nor the negation of a bound before an amount
    before it ("не более 5 млн рублей и не менее 2 млн рублей")."""
    before = re.split(r"[,;:.!?()\[\]]", text[:start])[-1]
    if (bounds := cldrtext.negated_bounds_before(language)) is not None:
        before = bounds.sub(" ", before)
    negations, stop = negations_of(language), language_rules(language).stop
    english = in_english(language)
    if code_of(language) in _DENIED_IN_VERB and _denied_after(text, start, negations, code_of(language)):
        return True
    if english and _SAID_IN_ERROR.search(before):
        return True
    tokens = tokens_in(before)
    # a "que" just before the amount is read with it: "n'investit pas que 3 millions" (not only)
    only = getattr(negations, "only", None)
    ahead = tokens + tokens_in(text[start:])[:1] if only and tokens and only.fullmatch(tokens[-1].lower) else tokens
    words = 0
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].lower
        if denies_here(ahead, index, negations) or (english and denying_verb(tokens, index)):
            return True
        if word in _CLAUSE_EDGE or word in _NOT_DENYING:
            return english and word == "that" and index > 0 and tokens[index - 1].lower in _DENYING
        if word not in stop:
            words += 1
            if words > 3:
                return False
    return False


# The words that open a clause correcting a denied amount, by language: "not 3 million euros, but 5 million".
_CORRECTING = {"en": frozenset({"but", "rather", "instead"}), "fr": frozenset({"mais", "plutôt"}),
               "es": frozenset({"sino", "pero"}), "pt": frozenset({"mas", "sim"}), "it": frozenset({"ma", "bensì"}),
               "de": frozenset({"sondern", "aber"}), "nl": frozenset({"maar"}), "ru": frozenset({"а", "но"})}
# How many words after a negation the amount it denies may come (the verb and its auxiliaries between), and
# after the correcting word the amount it gives.
_CORRECTED_WITHIN = 4
_CORRECTION_WITHIN = 2


def corrected_amount(tokens: list[Token], index: int, text: str, language: str,
                      amount_starts: frozenset[int]) -> int | None:
    """Where the amount starts that the negation at `index` denies when a later clause of its sentence gives
    another in its place, or None (`amount_starts`: where the amounts of `text` start, not its dates): "The bank will not invest 3 million euros this year, but 5 million euros",
    "n'investira pas 3 millions d'euros, mais 5 millions": the amount is what is denied, and the verb is told of
    the other."""
    correcting = _CORRECTING.get(code_of(language))
    if not correcting:
        return None
    amount = next((at for at in range(index + 1, min(index + 1 + _CORRECTED_WITHIN, len(tokens)))
                   if tokens[at].start in amount_starts), None)
    if amount is None:
        return None
    sentence_end = _SENTENCE_END.search(text, tokens[amount].end)
    end = sentence_end.start() if sentence_end else len(text)
    for at in range(amount + 1, len(tokens)):
        if tokens[at].start >= end:
            break
        if tokens[at].lower in correcting and any(
                tokens[after].start in amount_starts
                for after in range(at + 1, min(at + 1 + _CORRECTION_WITHIN, len(tokens)))):
            return tokens[amount].start
    return None


_SENTENCE_END = re.compile(r"[.;!?](?!\d)")


# Turkish and Korean write the verb after its object, and the negation in it or after it: "600 milyon dolar
# yatırmadığını", "600억 원을 투입하지 않기로". How many words after the amount's first may hold it (the amount's
# own words among them), and the words that start another clause.
_DENIED_AFTER_WORDS = 6
_CLAUSE_EDGE_AFTER = frozenset({"ve", "ama", "fakat", "ancak", "ile", "그러나", "하지만", "그리고"})
# A verb that goes on to the next clause: Korean "투입하고", "투입하며"; Turkish "yatırıp", "yatırarak".
_GOES_ON = ("고", "며", "지만", "으나", "는데", "ıp", "ip", "up", "üp", "arak", "erek")


def _denied_after(text: str, start: int, negations: frozenset[str], code: str) -> bool:
    """Whether the words of its clause just after `start` deny the amount written there, in a language that
    writes the verb after it (_DENIED_IN_VERB). The negation of a bound after the amount is the bound's, and
    denies nothing: "26조 원을 넘지 않을 것" (not more than: up to 26 trillion won)."""
    clause = re.split(r"[,;:.!?()\[\]，。]", text[start:])[0]
    if code in cldrtext.NEGATED_BOUNDS_AFTER:
        clause = cldrtext.NEGATED_BOUNDS_AFTER[code].sub(" ", clause, count=1)
    after = tokens_in(clause)
    if not any(c.isdigit() for token in after[:2] for c in token.text):
        return False  # no amount or date written there ("2 Mart 2026", "Mart 2026"), but a passage's first word
    for index, token in enumerate(after[1:_DENIED_AFTER_WORDS], start=1):
        if is_negation(token.lower, negations):
            return True
        if (token.lower in _CLAUSE_EDGE_AFTER or token.lower.endswith(_GOES_ON)
                or (index > 2 and any(c.isdigit() for c in token.text))):  # another amount (not "2 Mart 2026")
            return False
    return False


def denying_verb(tokens: list[Token], index: int) -> bool:
    word = tokens[index].lower
    return word in _DENYING or (word in _DENYING_BEFORE_TO and index + 1 < len(tokens)
                                and tokens[index + 1].lower == "to") or (
        word in _DENYING_BEFORE_TO_VERB and index + 2 < len(tokens) and tokens[index + 1].lower == "to"
        and _verb_after_to(tokens[index + 2]))


# "declined to sign" denies the signing, but "exports declined to $3 billion" or "to the lowest level" is a fall:
# these deny only a verb after "to", a word neither a number nor a stop word.
_DENYING_BEFORE_TO_VERB = frozenset({"decline", "declines", "declined", "declining"})


def _verb_after_to(token: Token) -> bool:
    word = token.lower
    return (word.isalpha() and number_of(token.text) is None and word not in CARDINALS
            and word not in language_rules("en").stop)


# What was to have happened did not: "the summit was to have taken place in June", "were due to have met". A
# claim's verb is read as denied there; a date there is the one the event moved from, which datecheck.py reads
# (so `denies`, which judges dates and amounts, does not take it).
_WAS = frozenset({"was", "were"})
_WAS_TO_HAVE_BEFORE = frozenset({"due", "supposed", "meant", "scheduled", "set", "planned"})


def was_to_have(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is the "to" of "was to have", "was due to have" (a thing that did not happen)."""
    if tokens[index].lower != "to" or index + 1 >= len(tokens) or tokens[index + 1].lower != "have" or not index:
        return False
    before = tokens[index - 1].lower
    return before in _WAS or (before in _WAS_TO_HAVE_BEFORE and index > 1 and tokens[index - 2].lower in _WAS)


def negated(text: str, language: str) -> bool:
    """Whether `text` writes a negation that denies, in its `language` ("not", "nicht", "ne … pas"; not
    "n'a versé que", "not only", "pas moins de 400 millions"): Italian "mai" (never) is no negation in French,
    where it is May. Japanese writes its negations at its verbs' ends ("署名しなかった", "考えはない")."""
    text = wording(text)
    if code_of(language) == "ja":
        return verbforms.ja_negates(text)
    negations, tokens = written_negations(language), tokens_in(text)
    return any(denies_here(tokens, index, negations) for index in range(len(tokens)))


# French verbs that take "ne" alone, without "pas" (a literary negation), which the claim check reads as no
# negation (_particle_alone). Before "cesser" it keeps on ("ne cesse d'investir", keeps investing), which a faithful
# translation writes with a negation or without ("does not stop", "keeps"); before "pouvoir", "oser" and "savoir"
# it denies ("ne peut accepter", cannot accept).
_KEEPS_ON_ALONE = {"fr": re.compile(r"cess(?:e|es|ent|ait|aient|a|èrent|é|era|eront|erait|eraient|ant)")}
_DENIES_ALONE = {"fr": re.compile(
    r"peu[xt]|peuvent|pouv(?:ais|ait|aient|ons|ez)|pourr(?:ai|as|a|ons|ez|ont|ais|ait|aient)|puiss(?:e|es|ent)"
    r"|pu|put|purent|os(?:e|es|ent|ait|aient|a|é|era|eront|erait|eraient)"
    r"|sai[st]|sav(?:ais|ait|aient|ons|ez|ent)|saur(?:ai|as|a|ons|ez|ont|ais|ait|aient)|su|sut")}
# What stands between "ne" and such a verb: an object pronoun, or an auxiliary ("n'ont cessé de", "ne l'a pu").
_BEFORE_A_VERB = {"fr": frozenset({"le", "la", "les", "l", "lui", "leur", "y", "en", "se", "s", "me", "m", "te", "t",
                                   "nous", "vous", "ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "aura",
                                   "auront", "aurait", "auraient", "eut"})}


def negation_readings(text: str, language: str) -> frozenset[bool]:
    """Whether `text` writes a negation that denies (negated), as a faithful translation may read it: a French
    "ne" alone before "cesser" either way ("ne cesse d'investir": "does not stop investing", "keeps investing"),
    one before "pouvoir", "oser" or "savoir" as the negation it is ("ne peut accepter": "cannot accept")."""
    if negated(text, language):
        return frozenset({True})
    code = code_of(language)
    verbs = _verbs_ne_alone_before(tokens_in(wording(text)), code)
    if code in _DENIES_ALONE and any(_DENIES_ALONE[code].fullmatch(verb) for verb in verbs):
        return frozenset({True})
    if code in _KEEPS_ON_ALONE and any(_KEEPS_ON_ALONE[code].fullmatch(verb) for verb in verbs):
        return frozenset({True, False})
    return frozenset({False})


def _verbs_ne_alone_before(tokens: list[Token], code: str) -> list[str]:
    """The verbs a particle ("ne", "n'") stands before with no word to complete it nor "que" right after them
    ("cesse" of "ne cesse d'investir", "cessé" of "n'ont cessé de"; not "peut" of "ne peut pas", "ne peut que")."""
    negations, skipped = written_negations(code), _BEFORE_A_VERB.get(code, frozenset())
    if not getattr(negations, "particles", None):
        return []
    verbs = []
    for index, token in enumerate(tokens):
        onto = elided_onto(token.lower, negations)
        if token.lower not in negations.particles and onto is None:
            continue
        at, verb = index + 1, onto
        while verb is None or verb in skipped:
            if at >= len(tokens):
                break
            verb, at = re.split(r"['’]", tokens[at].lower)[-1], at + 1
        after = tokens[at].lower if at < len(tokens) else ""
        if verb and after not in negations.completing and not negations.only.fullmatch(after):
            verbs.append(verb)
    return verbs


# Words that deny by degree, "hardly" ("ne … guère", "kaum"): one translates another, though only some languages
# write it with a negation.
_SCANT = {"en": frozenset({"hardly", "barely", "scarcely"}), "fr": frozenset({"guère"}),
          "de": frozenset({"kaum"}), "es": frozenset({"apenas"}), "nl": frozenset({"nauwelijks", "amper"})}


def scant(text: str, language: str) -> bool:
    """Whether `text` denies by degree in its `language`: "has hardly progressed", "n'avance guère"."""
    words = _SCANT.get(code_of(language), frozenset())
    return any(token.lower in words for token in tokens_in(wording(text)))
