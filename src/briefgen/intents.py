"""Where a text tells a plan rather than a deed, as the overreach check
reads it (overreach.py): a word of intent and the verb it plans ("plan to
sign", "will also provide", "si sono impegnati a completare", "acordaron
firmar", "ont décidé de signer", "prevé"), an
English verb of consideration and the deed its object names ("is
considering a ban", "weighs an export ban", "proposed banning"; not a
definite object, a thing already there: "is studying the ruling"), a
Chinese or Japanese verb a word of intent plans ("将向肯尼亚提供",
"投資する方針"), and what a claim writes that plans too: an infinitive
("was to provide") or "has yet to". A verb's own future form is
verbforms.py's.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from . import cldr, verbforms
from .model import Cite
from .textmatch import wording
from .wordtokens import Token, code_of

# Italian verbs of a commitment or a decision, which plan only the infinitive after "a" or "di" ("si sono impegnati
# a completare", "ha deciso di raddoppiare"; not "un deciso aumento", "i fondi impegnati").
_INTENT_BEFORE_INFINITIVE = {word: frozenset({"a"}) for word in ("impegnato", "impegnata", "impegnati", "impegnate",
                                                                   "impegna", "impegnano")} | {
    word: frozenset({"di"}) for word in ("promesso", "promette", "promettono", "deciso", "decide", "decidono",
                                         "concordato")} | {
    # Spanish, Portuguese and French ones likewise, before "a", "em", "de" or "à" ("se comprometieron a financiar",
    # "concordaram em assinar", "ont décidé de signer", "s'est engagé à financer"; not "le Japon a promis",
    # "les fonds promis", "les pays engagés").
    **{word: frozenset({"a"}) for word in ("comprometió", "comprometieron", "compromete", "comprometen")},
    **{word: frozenset({"em"}) for word in ("concordou", "concordaram", "concorda", "concordam")},
    **{word: frozenset({"de", "d"}) for word in ("décidé", "décidés", "décidée", "décidées", "décide", "décident",
                                                 "convenu", "convenus", "conviennent", "promis", "promise",
                                                 "promet", "promettent")},
    **{word: frozenset({"à"}) for word in ("engagé", "engagés", "engagée", "engagées", "engage", "engagent")}}
# Spanish and Portuguese verbs of a commitment or a decision that plan the infinitive right after them ("acordaron
# firmar", "decidiram construir", "prometió abrir"); before an object they name a deed ("acordaron un plan",
# "prometió 2 millones"), as English "agreed a deal" does.
_ES_COMMITMENTS = frozenset({"acordó", "acordaron", "acuerdan", "decidió", "decidieron", "deciden", "prometió",
                             "prometieron", "prometen"})
_PT_COMMITMENTS = frozenset({"decidiu", "decidiram", "decidem", "prometeu", "prometeram", "prometem"})
# English verbs of a commitment or a wish, which plan only the verb after a "to" ("agreed to sign", "decided to
# build", "pledged to fund", "offered to host"): "agreed a deal", "pledged $1 billion", "offered a loan" are deeds.
_EN_COMMITMENTS = frozenset({
    "agree", "agrees", "agreed", "agreeing", "decide", "decides", "decided", "deciding", "promise", "promises",
    "promised", "promising", "offer", "offers", "offered", "offering", "want", "wants", "wanted", "wanting",
    "undertake", "undertakes", "undertook", "undertaking", "seek", "seeks", "sought", "seeking", "pledged",
    "pledging", "vowed", "vowing"})
# Words of intent by language: what follows them is planned, not done ("plan to sign", "wollen … unterzeichnen").
# "May" the month is no modal: a word of intent is matched in lower case as written (intended).
_INTENTS = {
    "en": frozenset({"plan", "plans", "planned", "planning", "will", "would", "shall", "intend", "intends",
                     "intended", "intending", "expected", "expects", "scheduled", "aim", "aims", "aiming",
                     "hope", "hopes", "hoping", "propose", "proposes", "proposed", "pledge", "pledges", "vow",
                     "vows", "could", "might", "may", "set", "poised", "slated", "due"}) | frozenset(_EN_COMMITMENTS),
    "de": frozenset({"plant", "planen", "planten", "geplant", "will", "wollen", "wollte", "wollten", "soll",
                     "sollen", "sollte", "sollten", "wird", "werden", "beabsichtigt", "beabsichtigen",
                     "vorgesehen", "erwartet"}),
    "es": frozenset({"planea", "planean", "prevé", "prevén", "previsto", "prevista", "pretende", "pretenden",
                     "quiere", "quieren", "espera", "esperan", "busca", "buscan", "proyecta", "proyectan"})
    | _ES_COMMITMENTS | {word for word in _INTENT_BEFORE_INFINITIVE if word.startswith("compromet")},
    "fr": frozenset({"prévoit", "prévoient", "prévu", "prévue", "compte", "comptent", "envisage", "envisagent",
                     "entend", "entendent", "souhaite", "souhaitent", "doit", "doivent", "veut", "veulent"})
    | {word for word, before in _INTENT_BEFORE_INFINITIVE.items() if before & {"de", "à"}},
    "it": frozenset({"prevede", "prevedono", "previsto", "prevista", "intende", "intendono", "vuole", "vogliono",
                     "punta", "puntano", "dovrebbe", "dovrebbero", "dovrà", "dovranno", "potrebbe", "potrebbero"})
    | frozenset(_INTENT_BEFORE_INFINITIVE),
    "pt": frozenset({"planeja", "planejam", "pretende", "pretendem", "prevê", "preveem", "previsto", "prevista",
                     "quer", "querem"}) | _PT_COMMITMENTS | {word for word in _INTENT_BEFORE_INFINITIVE
                                                            if word.startswith("concord")},
    "ru": frozenset({"планирует", "планируют", "планировал", "планировала", "планировали", "планируется", "намерен",
                     "намерена", "намерены", "собирается", "собираются", "будет", "будут", "должен", "должна", "должно",
                     "должны", "может", "могут", "хочет", "хотят", "рассчитывает", "рассчитывают", "ожидается",
                     "предполагается", "готов", "готова", "готово", "готовы"}),
    "ar": frozenset({"تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط", "سوف", "ستقوم", "سيقوم", "المقرر",
                     "المزمع", "المتوقع", "متوقع", "يتوقع", "تتوقع", "المنتظر", "المرتقب"}),
}


# Words of intent that are also adjectives ("the planned forum", "the proposed deal", "geplante"): they
# plan only the verb after a "to" ("planned to sign", "expected to attend").
_INTENT_PARTICIPLES = frozenset({"planned", "proposed", "expected", "scheduled", "intended", "geplant",
                                 "vorgesehen", "erwartet", "previsto", "prevista", "prévu", "prévue"})


def wants_before(word: str) -> frozenset[str]:
    """What must follow a word of intent for the word after that to be planned: "to" after a participle
    ("planned to sign"), "a" or "di" after an Italian verb of commitment (_INTENT_BEFORE_INFINITIVE); else nothing."""
    return _TO if word in _INTENT_PARTICIPLES else _INTENT_BEFORE_INFINITIVE.get(word, _NOTHING)


_TO, _NOTHING = frozenset({"to"}), frozenset()


# Words that may stand between a word of intent and what it plans: "plan to sign", "will also provide",
# "will be signed", "prévoit de signer", "wird … unterzeichnen" is beyond this (only the next word is read).
INTENT_FILLERS = frozenset({"to", "be", "have", "been", "also", "now", "then", "soon", "further", "jointly", "again",
                             "de", "d", "быть",
                             "a", "di", "que", "zu", "sich", "auch", "também", "aussi", "anche", "também", "em",
                             "à"})
# A word after one of these is an infinitive in a claim: it tells no deed ("was to provide", "agreed to sign").
_INFINITIVE_MARKS = frozenset({"to", "zu", "de", "d", "di"})


# English verbs of consideration, which plan the deed their object names: "is considering a ban on exports",
# "weighs an export ban", "is looking at new curbs", "proposed banning exports". A progressive after a form of "be"
# ("is weighing"; "looking" before "at" or "into")...
_CONSIDERING = frozenset({"considering", "weighing", "mulling", "exploring", "studying", "discussing", "debating",
                          "contemplating", "eyeing", "pondering", "mooting", "examining", "looking"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# ... with the adverbs that may stand between ("is also considering", "is not yet considering")
_BE_ADVERBS = frozenset({"also", "still", "now", "actively", "seriously", "currently", "already", "reportedly",
                         "again", "not", "yet", "quietly", "openly", "formally", "privately", "publicly"})
# ... or a finite form after no determiner and no "be" ("Indonesia mulls a ban"; not "the debates", "is considered a
# risk"). "propose", "proposes" are words of intent (_INTENTS) already.
_CONSIDERS = frozenset({"considers", "considered", "weighs", "weighed", "mulls", "mulled", "explores", "explored",
                        "contemplates", "contemplated", "eyes", "eyed", "ponders", "pondered", "debates", "debated",
                        "moots", "mooted", "floats", "floated", "proposed"})
# What stands before a noun, not a verb: "the debates", "its proposed ban", "a ban".
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "my", "your", "any", "some", "such", "another", "each", "every", "no", "all"})
# Determiners that name a thing already there: "is studying the ruling", "is examining its decision" consider no
# deed to come, as a possessive ("Monday's ruling") does not; "a ban", "new curbs", "any sale" do...
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
# ... and so does a definite one that is only proposed: "is considering the proposed ban".
_NOT_YET = frozenset({"proposed", "planned", "possible", "potential", "mooted", "suggested", "envisaged"})
# Nouns that put off the deed to the noun after "of" or "for" ("the possibility of a ban", "options for a sale").
_LIGHT_NOUNS = frozenset({"possibility", "possibilities", "idea", "prospect", "option", "options", "proposal",
                          "proposals", "introduction", "imposition"})
_CONSIDERED_REACH = 6  # words after the verb that may hold its object's head ("a nickel ore export ban")


def considered(quote: str, tokens: list[Token], stem: Callable[[str], str], stop: frozenset[str]) -> frozenset[str]:
    """The stems of the deeds an English quote names by a noun after a verb of consideration (_CONSIDERING,
    _CONSIDERS) that it writes nowhere else: the head of its object ("a nickel export ban": "ban"), or a gerund
    ("banning exports": "banning"). `quote`: normalised."""
    # "looking at new curbs": the object after the preposition
    heads = {head for index in range(len(tokens)) if _considers(tokens, index)
             if (head := _object_head(quote, tokens, index + (2 if tokens[index].lower == "looking" else 1), stop))
             is not None}
    if not heads:
        return frozenset()
    return frozenset(stem(tokens[i].lower) for i in heads) - {stem(t.lower) for i, t in enumerate(tokens)
                                                              if i not in heads}


def considering_any(tokens: list[Token], stem: Callable[[str], str]) -> bool:
    """Whether a claim writes a verb of consideration in any form: "considered a ban", "a ban is being weighed"."""
    stems = {stem(word) for word in _CONSIDERING | _CONSIDERS if word != "looking"}
    return any(stem(t.lower) in stems for t in tokens)


def _considers(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is a verb of consideration."""
    word = tokens[index].lower
    before = index - 1
    while before >= 0 and tokens[before].lower in _BE_ADVERBS:
        before -= 1
    after_be = before >= 0 and tokens[before].lower in _BE
    if word == "looking":
        return after_be and index + 1 < len(tokens) and tokens[index + 1].lower in ("at", "into")
    if word in _CONSIDERING:
        return after_be
    return word in _CONSIDERS and not after_be and not (index and tokens[index - 1].lower in DETERMINERS)


def _object_head(quote: str, tokens: list[Token], first: int, stop: frozenset[str]) -> int | None:
    """The index of the head of the noun phrase that starts at `first` (its last word before a stop word or a
    mark: "an export ban on nickel": "ban"), or of a gerund that starts it ("banning exports"), or of the
    head after a light noun ("the possibility of a ban"); None where no such phrase starts there, or where it
    names a thing already there (_DEFINITE: "the ruling", "Monday's ruling")."""
    head, index, definite = None, first, False
    while index < min(first + _CONSIDERED_REACH, len(tokens)):
        token = tokens[index]
        if index > first and re.search(r"[,;:.!?()]", quote[tokens[index - 1].end:token.start]):
            break
        if token.lower in stop:
            if head is None and token.lower in DETERMINERS:
                definite, index = token.lower in _DEFINITE, index + 1
                continue
            if head is not None and tokens[head].lower in _LIGHT_NOUNS and token.lower in ("of", "for"):
                head, index, definite = None, index + 1, False
                continue
            break
        if token.text[0].isalpha():
            head = index
            if index == first and token.lower.endswith("ing"):
                break  # a gerund: what follows is its object
            # "Monday's ruling", "the court's fine": a possessive is a definite determiner
            definite = (definite or len(token.text) < token.end - token.start) and token.lower not in _NOT_YET
        index += 1
    return None if definite else head


def zh_done(text: str, tokens: list[Token], cites: Iterable[Cite]) -> list[str]:
    """The characters of each verb a Chinese claim tells as done ("提供了", "已签署") that a quote writes only in
    a clause after a word of intent, behind a place, a partner or a time ("将向肯尼亚提供"), and none writes
    elsewhere. `text`: normalised."""
    spans = verbforms.zh_done(text)
    if not spans:
        return []
    read = [verbforms.zh_intended(wording(quote)) for cite in cites for quote in (cite.quote, cite.translation)
            if quote]
    planned = [(start, end) for start, end in spans
               if any(text[start:end] in clause for clauses, _ in read for clause in clauses)
               and not any(text[start:end] in rest for _, rest in read)]
    return [t.text for t in tokens if any(start <= t.start < end for start, end in planned)]


def intended(tokens: list[Token], index: int, intents: frozenset[str]) -> bool:
    """Whether the word at `index` is a word of intent, as written: "may" is one, "May" the month is not; "set"
    only before a "to" ("is set to sign", not "will set up"); in English, a form of "be" before "to" and a verb
    ("was to sign", "was to have signed", which tells it was not), and "due" before one that has an object, is
    "be" or "have", or tells an event's happening ("is due to sign the deal", "was due to be held", "due to meet
    in May"; not "due to sanctions", "due to the drought", a cause)."""
    word = tokens[index].lower
    if intents is _INTENTS["en"] and word in _BE_TO:
        return _to_verb(tokens, index + 1)
    if intents is _INTENTS["en"] and word == "due":
        return _to_verb(tokens, index + 1) and (
            tokens[index + 2].lower in _DUE_TO
            or index + 3 < len(tokens) and _OBJECT_START.match(tokens[index + 3].text) is not None)
    if word in _ONLY_BEFORE_TO:
        return word in intents and index + 1 < len(tokens) and tokens[index + 1].lower == "to"
    return word in intents and (word != "may" or tokens[index].text == "may")


# A form of "be" that plans the verb after a "to": "Japan was to sign", "the forum is to open in May".
_BE_TO = frozenset({"is", "are", "was", "were", "am"})
# What opens a verb's object, after "due to sign": an article, a possessive, an amount ("due to sign the deal",
# "due to pay $1 billion"); a cause names no such thing after its first word ("due to bad weather", "due to rain").
# Not "that" nor a pronoun, which follow a cause's noun as often ("due to fears that …", "due to problems it faced").
_OBJECT_START = re.compile(r"(?i:the|a|an|its|their|his|her|our|[$€£¥]?\d.*)$")


def _to_verb(tokens: list[Token], index: int) -> bool:
    """Whether a "to" at `index` is followed by what may be a verb: a word in lower case, not a determiner
    ("was to sign"; not "was to Japan", "was to the north", "was to 5%")."""
    return (index + 1 < len(tokens) and tokens[index].lower == "to" and tokens[index + 1].text[:1].islower()
            and tokens[index + 1].lower not in DETERMINERS)


def fills(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` may stand between a word of intent and what it plans (INTENT_FILLERS), or is
    the "on" of "plans on signing"."""
    word = tokens[index].lower
    return word in INTENT_FILLERS or (word == "on" and index > 0 and tokens[index - 1].lower in _PLAN_ON)


_PLAN_ON = frozenset({"plan", "plans", "planned", "planning"})


# Words that intend only before a "to": "is set to sign" plans, "set up a fund" does not.
_ONLY_BEFORE_TO = frozenset({"set", "poised", "slated"}) | _EN_COMMITMENTS
# What "due to" plans with no object after it: a passive or a perfect, or the verbs of an event's happening and
# of a deal's signing ("due to be held", "due to have met", "due to meet in May"); before any other word it gives a
# cause, unless an object follows (_OBJECT_START).
_DUE_TO = frozenset({"be", "have", "attend", "visit", "host", "hold", "meet", "travel", "take", "participate",
                     "convene", "reconvene", "resume", "go", "open", "begin", "start", "sign", "arrive", "address",
                     "deliver"})


def plans_any(tokens: list[Token], intents: frozenset[str]) -> bool:
    """Whether a claim writes a word of intent: "will sign", "is set to sign"."""
    return any(intended(tokens, index, intents) for index in range(len(tokens)))


def yet_to(tokens: list[Token]) -> bool:
    """Whether a claim says something is still to be done ("has yet to sign"): a negation in all but name."""
    return any(a.lower == "yet" and b.lower == "to" for a, b in zip(tokens, tokens[1:]))


def infinitive(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is an infinitive: "to sign", "to be held", "to also provide"."""
    while index and tokens[index - 1].lower in INTENT_FILLERS:
        index -= 1
        if tokens[index].lower in _INFINITIVE_MARKS:
            return True
    return False


def intents_of(language: str) -> frozenset[str]:
    return _INTENTS.get(cldr.primary(language), _INTENTS["en"])


def cjk_planned_spans(text: str, language: str) -> list[tuple[int, int]]:
    code = code_of(language)
    return verbforms.zh_planned(text) if code == "zh" else verbforms.ja_planned(text) if code == "ja" else []
