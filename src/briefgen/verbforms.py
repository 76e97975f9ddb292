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
plan on 하다 after a verbal noun ("투자할 예정", "서명하기로") or on any
verb's -기로 (했다, 합의했다: decided, agreed to; "열기로"), the deed on
its past ("투자했다", "열었다"): the noun, or the verb's stem, is the root.
Arabic writes the future with س before the imperfect ("سيضخ": will pump),
or the imperfect after سوف or after أن behind a word of expectation ("من
المتوقع أن يبدأ"); the deed is the past, the root itself ("ضخ", "بدأ"; a
derived form's without its alif, "أعلن" as "سيعلن").

A future told by an auxiliary and the verb after it (_AUXILIARIES) plans
as well: Italian "sarà firmato", "dovrebbe essere firmata", Portuguese "vai
investir", "vai ser assinado", Spanish "va a invertir", "debe ser aprobado", French "va signer",
Polish "będzie inwestować", Dutch "gaat … investeren", "zullen …
ondertekenen", German "wird … investieren", "soll … unterzeichnet werden",
"plant, … zu investieren", "aufzubauen" (the verb at the clause's end); in
a German subordinate clause the modal ends it and plans the verb before it
("der im Juni stattfinden sollte", "dass … unterzeichnet werden soll"), not
the main clause's verb after it ("…, fand im Juli statt"; ends_clause()). So
does a Romance conditional after a past verb of saying, the future in the
past ("a annoncé qu'elle investirait", "anunció que invertiría", "ha
annunciato che avrebbe investito"; reported()), and a word of intent before
the noun of the deed ("prevê a construção", "prevé la construcción"; in
Portuguese after it too, "a assinatura está prevista"). A Portuguese
subjunctive of a time or a condition still to come is no deed ("quando for
assinado", "caso seja aprovado", "que o acordo seja assinado"); nor is a future with a
pronoun inside it ("realizar-se-á", "assiná-lo-ão"). A
Polish perfective verb's present is its future ("zainwestuje", "podpiszą", "przeznaczy"): a prefixed
verb, not one of the few prefixed imperfectives ("wynosi"); an imperfective
present ("inwestuje", "podpisuje") says what is. Dutch and German tell the
deed by a past participle after "heeft", "is", "werd", "hat", "wurde"…
("heeft … geïnvesteerd", "hat … investiert") or a simple past
("investeerde", "bauten"); a German noun (capitalised inside a sentence) is
no verb, and is given as an empty word. A German strong verb's past and
participle key as its infinitive does, with the separable prefix its clause
ends with ("fand … statt", "hat stattgefunden": "stattfinden"; "traf sich",
"unterschrieb"; _DE_STRONG), and a "zu" infinitive after a verb of
announcing, promising or deciding is a plan, said in the past or not
("kündigte an, 2 Milliarden zu investieren", "versprach, … auszubauen",
"um … zu investieren"). So is the noun of a deed a participle of intent
plans ("Der Bau ist geplant", "Die Unterzeichnung ist für März vorgesehen",
"ist in Planung", "die geplante Unterzeichnung"; planned_nouns()), keyed as
its verb ("Unterzeichnung": "unterzeichnet", "Investition": "investiert"),
and of the object its genitive names ("die Modernisierung der Brücken";
genitive_object()): a deed of another object is not that plan.
The noun of a deed a verb of completion or occurrence tells is done, in
German and Portuguese, whatever else its quote plans ("Der Bau der Brücke
wurde abgeschlossen; der Bau einer zweiten Brücke ist geplant", "Die
Unterzeichnung, die für März vorgesehen war, fand im Juli statt", "A
assinatura, que estava prevista para março, realizou-se"; told_nouns()).

Turkish writes a negation inside the verb ("yatırmadı", "yatırmadığını",
"yapmayacak") or "değil" after a participle ("verdiği doğru değil"), Korean
after the verb ("짓지 않기로", "투입하지 못했다") or 안/못 before it, Arabic
before it ("لم يوقع": did not sign; "لن تستثمر": will not invest):
denied() keys the verb denied as told() keys a past form, so that a claim
writing "yatırdı", "짓기로", "وقع" or "ستستثمر" drops its quote's negation.

Chinese writes no tense on the verb: a plan is a word of intent (将, 计划,
拟…; a decision or an agreement, 决定, 同意; a postponement, 将延期举行,
推迟至5月举行) right before it (_ZH_PLAN), and the verb's two characters are
planned; or right after a time (同意于6月30日前完成: 完成); or an event's
verb later in the intent's clause (将于明年在北京举行); or,
behind a place, a partner or a time ("将向肯尼亚提供", "计划于下半年签署"),
any verb of the clause, which a claim tells as done with 了 after it or
已 before it ("提供了", "已签署").

Japanese news writes a plan as a verbal noun, する and a word of intent
after it ("投資する方針だ", "署名する予定"), or as what is aimed at
("対印投資を目指す"): the noun's two characters are
planned; a claim tells it as done only where it writes the noun in a past
form ("投資した", "署名された"), since a verb's plain form ("投資する")
says what will be as often as what is. It denies a verb by its ending
("署名しなかった", "投資しない", "訪問していない", "訪問したことはない": has
never, "まとまらなかった": a verb in kana; ja_denied()), which a claim
drops where it writes the verb's kanji with another ending ("署名した";
ja_affirmed()). A claim's negation its quotes write with another verb is
theirs: the negation is the sentence's, whichever verb carries it.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from typing import Container, Iterable

from . import cldr, eventstatus

# Polish: a perfective verb's present form is its future ("zainwestuje", "podpiszą", "przeznaczy"); a perfective
# verb is (but for a few) a prefixed one. An -uje form is keyed as its -ować verb ("zainwestuje": "zainwestow"),
# so that an imperfective -ywać verb's ("podpisuje", is signing) keys no "podpisała". Prefixed verbs that are
# imperfective all the same say what is, not what will be: "wynosi" (amounts to), "dotyczy", "należy".
_PL_PREFIXES = ("za", "ze", "zo", "z", "s", "wy", "prze", "przy", "pod", "po", "do", "od", "na", "roz", "u", "o",
                "ob", "w", "nad", "wz", "ode")
_PL_PREFIX = r"(?:za|ze|zo|z(?=[^aeiouyąę])|s(?=[^aeiouyąęz])|wy|prze|przy|pod|po|do|od|na|roz|u|o|ob|w|nad|wz|ode)"
_PL_IMPERFECTIVE = (r"(?!wynos|należ|zależ|dotycz|posiad|przewid|obejm|odpowiad|pozost|uważ|wymag|zawier|podkreśl"
                    r"|ocen|potrzeb|organiz|opis|określ|uczestnicz|obowiąz|prowadz)")
_PL_FUTURE = (rf"(?={_PL_PREFIX}){_PL_IMPERFECTIVE}(?P<root>\w{{4,}}?)"
              r"(?:(?P<ow>uj)(?:e|ą|emy|ecie|esz|ę)|nie|ną|niemy|ie|e|y|i|ą|ę|ymy|imy|emy|iemy|ycie|icie|ecie|iecie"
              r"|ysz|isz|esz|iesz)")

_FUTURE = {
    "es": r"(?P<root>\w{4,}?)(?:aré|arás|ará|aremos|aréis|arán|eré|erás|erá|eremos|eréis|erán|iré|irás|irá|iremos|iréis"
          r"|irán)",
    "pt": r"(?P<root>\w{4,}?)(?:arei|arás|ará|aremos|arão|erei|erás|erá|eremos|erão|irei|irás|irá|iremos|irão)",
    "it": r"(?P<root>\w{4,}?)(?:erò|erai|erà|eremo|erete|eranno|irò|irai|irà|iremo|irete|iranno)",
    "fr": r"(?P<root>\w{4,}?)(?:erai|eras|era|erons|erez|eront|irai|iras|ira|irons|irez|iront)",
    # (and a reflexive verb's: "встретятся", "соберётся")
    "ru": r"(?P<root>\w{4,}?)(?:ует|уют|ает|ают|яет|яют|ит|ят|ет|ут|ют|ёт|ат)(?:ся)?",
    # "gelecek" is also "the future", "next" (gelecek yıl, next year)
    "tr": r"(?!gelecek|geleceğ)(?P<root>\w{2,}?)y?[ae]c[ae][kğ]\w*",
    # Korean: a verbal noun and 하다's prospective forms ("투자할 예정", "투자하겠다"): what is still to come; and
    # any verb's -기로 (했다, 합의했다: decided, agreed to), "열기로" (to hold).
    "ko": r"(?P<root>\w+?)(?:할|될|하겠다|하겠습니다|하기로|기로)",
    # Arabic: the future's س before the imperfect's prefix ("سيضخ", will pump; "ستستثمر"), its root what is
    # left ("ضخ", "ستثمر"); not a noun that starts so ("سياسة", "سنوات", "ستة": ة, ات, or ا after the prefix).
    "ar": r"[وف]?س[يتنأ](?!ا)(?P<root>\w*[^\Wةى])(?<!ات)",
    "pl": _PL_FUTURE,
}
_PAST = {
    "es": r"(?P<root>\w{4,}?)(?:ó|ió|aron|ieron|ado|ada|ados|adas|ido|ida|idos|idas)",
    # (-ído after a vowel: "construído", "concluída")
    "pt": r"(?P<root>\w{4,}?)(?:ou|aram|eu|eram|iu|iram|ado|ada|ados|adas|ido|ida|idos|idas|ído|ída|ídos|ídas)",
    "it": r"(?P<root>\w{4,}?)(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ò|ì|arono|irono|erono)",
    "fr": r"(?P<root>\w{4,}?)(?:é|ée|és|ées|i|ie|is|ies)",
    "ru": r"(?P<root>\w{4,}?)(?:(?:ов|ев)?(?:ал|ял|ил|ыл|ел|ёл|ул|л)(?:а|о|и)?(?:ся|сь)?|(?:ов)?(?:ан|ян|ен|ён)(?:а|о|ы)?)",
    "tr": r"(?P<root>\w{2,}?)(?:[dt][ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler|ğ\w*)?|m[ıiuü]ş(?:tır|tir|tur|tür|lar|ler)?)",
    "ko": r"(?P<root>\w+?)(?:했다|하였다|했습니다|했으며|했고|했으나|했던|됐다|되었다|됐으며|되었으며|됐습니다|되었습니다"
          r"|었다|았다|었으며|았으며|었고|았고|었습니다|았습니다)",
    # Arabic: a past form is the root itself ("ضخ", "بدأ"), but the alif of a derived form's ("أعلن",
    # "استثمر": "علن", "ستثمر" as "سيعلن", "سيستثمر" are keyed).
    "ar": r"[اأإ]?(?P<root>\w{2,})",
    # (-li, -ła… after a consonant only, "poszli": "udzieli" is a future, not "udzie-li")
    "pl": r"(?P<root>\w{3,}?)(?P<ow>ow)?(?:ał|ała|ało|ali|ały|ił|iła|iło|ili|iły|ył|yła|yło|yli|yły|ął|ęła|ęło|ęli|ęły"
          r"|eli|eły|(?<![aeiouyąęó])(?:ł|ła|ło|li|ły))",
}
# Turkish verbs that make a verb of the noun before them ("ziyaret etti", visited): the verb is the pair.
_LIGHT = {"ed": "et", "et": "et", "yap": "yap", "ol": "ol", "eyle": "eyle"}
_SHORTEST_ROOT = 3
# A Korean syllable is a letter block: "투자" (invest) is two, "열" (open, hold) one; an Arabic root of a
# doubled letter is written in two ("ضخ", pump).
_SHORTEST_ROOTS = {"ko": 1, "ar": 2}

# Chinese: a word of intent, what may stand between it and the verb, and the verb's two characters; not after
# a preposition (将在北京举行: the place, not the verb, comes next).
# A decision or an agreement to do it (同意于6月30日前完成: agreed to complete by 30 June) plans it too; so does a
# postponement (将延期举行, 推迟至5月举行: the event is still to come), which a claim that writes it tells as well.
_ZH_INTENT = (r"(?:[将將](?:要|[会會])?|即[将將]|[计計][划劃]|[拟擬]|准[备備]|準備|打算|[预預][计計]|有望|[决決]定|承[诺諾]"
              r"|同意|商定|[约約]定|延期|推[迟遲]|延[迟遲]|[延推][后後]|改期)")
_ZH_FILLER = r"(?:再|正式|共同|[继繼][续續]|[进進]一步)?"
_ZH_NOT_VERB = r"(?![在于於与與同和向对對从從把为為以至到])"
_ZH_PLAN = rf"{_ZH_INTENT}{_ZH_FILLER}(?P<verb>{_ZH_NOT_VERB}[\u4e00-\u9fff]{{2}})"
# ... or behind a time ("同意于2025年6月30日前完成", "计划于下半年签署"): the two characters after it.
_ZH_TIME = r"[\d０-９.〇零一二两三四五六七八九十百年月日号號底初中上下半旬内內前后後之以今明本季度第周週]"
_ZH_TIMED_PLAN = rf"{_ZH_INTENT}[于於在]{_ZH_TIME}+(?P<verb>{_ZH_NOT_VERB}[\u4e00-\u9fff]{{2}})"


# A future told by an auxiliary and the verb after it: Italian "sarà firmato", "dovrebbe essere firmata", Portuguese
# "vai investir", Spanish "va a invertir", French "va signer", "sera signé", Polish "będzie inwestować", "planuje
# zainwestować". Each language gives its auxiliaries, the words that may stand between (a passive's "essere",
# "ser"; "a" of "va a"), how many words may stand there, and the main verb's forms: an infinitive (its root
# before the ending) or a past participle (the language's _PAST). Dutch writes the verb at its clause's end
# ("gaat 2,4 miljard euro investeren"): any word of the clause's next few may be it, and each that has an
# infinitive's form is taken as planned (a noun's plural, "jaren", keys no verb a claim tells as done).
_AUXILIARIES = {
    "it": frozenset({"sarà", "saranno", "verrà", "verranno", "dovrà", "dovranno", "dovrebbe", "dovrebbero", "potrà",
                     "potranno", "potrebbe", "potrebbero", "andrà", "andranno"}),
    # Portuguese: and the subjunctive of a time or a condition still to come ("quando for assinado", "caso seja
    # aprovado", "que o acordo seja assinado", "se fosse aprovado"), which tells no deed.
    "pt": frozenset({"vai", "vão", "vou", "vamos", "irá", "irão", "iria", "iriam", "deverá", "deverão", "deve", "devem",
                     "deveria", "deveriam", "poderá", "poderão", "será", "serão", "for", "forem", "seja", "sejam",
                     "fosse", "fossem"}),
    "es": frozenset({"va", "van", "vamos", "voy", "iba", "iban", "debe", "deben", "deberá", "deberán", "debería",
                     "deberían", "podrá", "podrán", "será", "serán"}),
    "fr": frozenset({"va", "vont", "allait", "allaient", "sera", "seront", "devrait", "devraient", "pourrait",
                     "pourraient", "pourra", "pourront", "devra", "devront"}),
    "pl": frozenset({"będzie", "będą", "będziemy", "zamierza", "zamierzają", "planuje", "planują", "ma", "mają", "chce",
                     "chcą"}),
    "nl": frozenset({"zal", "zullen", "zult", "gaat", "gaan", "zou", "zouden", "wil", "willen", "plant", "plannen",
                     "beoogt", "beogen", "moet", "moeten"}),
    # German: "wird … investieren", "soll … unterzeichnet werden", "will … bauen", "plant, … zu investieren", "es ist
    # geplant, … aufzubauen"; a modal's past ("sollte", "wollte") plans as well ("sollte im Mai unterzeichnet werden").
    "de": frozenset({"wird", "werden", "werde", "wirst", "soll", "sollen", "sollte", "sollten", "will", "wollen",
                     "wollte", "wollten", "plant", "planen", "plante", "planten", "geplant", "beabsichtigt",
                     "beabsichtigen", "vorgesehen", "möchte", "möchten", "muss", "müssen"}),
}


def auxiliaries(language: str) -> frozenset[str]:
    """The words that tell a future with the verb after them in `language` (_AUXILIARIES)."""
    return _AUXILIARIES.get(_code(language), frozenset())


_BETWEEN = {
    "it": frozenset({"essere", "anche", "poi", "presto", "inoltre", "ufficialmente", "quindi", "già"}),
    "pt": frozenset({"ser", "também", "ainda", "agora", "em", "breve", "oficialmente", "a"}),
    "es": frozenset({"a", "ser", "también", "pronto", "oficialmente"}),
    "fr": frozenset({"être", "aussi", "également", "bientôt", "officiellement", "donc"}),
    "pl": frozenset({"też", "także", "również", "wkrótce", "jeszcze", "już"}),
    "nl": frozenset(),
    "de": frozenset(),
}
# Dutch and German write the verb at the clause's end: the words before it (elsewhere, only those of _BETWEEN).
_GAP = {"nl": 10, "de": 10}
# Words that end a clause before its verb may (the words carry no punctuation): "en", "maar", "dat"…; in
# German not its articles and relative pronouns, which are the same words ("die", "der", "das").
_CLAUSE_EDGES = {
    "nl": frozenset({"en", "maar", "dat", "die", "omdat", "want", "terwijl", "nadat", "toen", "of"}),
    "de": frozenset({"und", "aber", "sondern", "dass", "daß", "weil", "denn", "oder", "während", "nachdem", "als",
                     "wenn", "ob", "sowie", "damit", "obwohl"}),
}
# A German verb's separable prefixes, which its "zu" and its participle's "ge" follow ("aufzubauen", "aufgebaut").
_DE_SEPARABLE = (r"(?:ab|an|auf|aus|bei|bekannt|bereit|dar|durch|ein|entgegen|fertig|fest|fort|frei|gegenüber|heraus"
                 r"|hinaus|her|hin|hinzu|los|mit|nach|nieder|statt|teil|um|voran|vorbei|vor|weg|weiter|wieder|zurück"
                 r"|zusammen)")
_INFINITIVE = {
    "it": r"(?P<root>\w{4,}?)(?:are|ere|ire|arsi|ersi|irsi)",
    "pt": r"(?P<root>\w{4,}?)(?:ar|er|ir)",
    "es": r"(?P<root>\w{4,}?)(?:ar|er|ir)",
    "fr": r"(?P<root>\w{4,}?)(?:er|ir)",
    "pl": r"(?P<root>\w{3,}?)(?P<ow>ow)?(?:ać|ić|yć|eć|ąć|uć|ść|źć|c)",
    "nl": r"(?P<root>\w{3,}?)(?:en)",
    # German: "investieren", "bauen", "ändern"; a separable verb's "zu" inside it ("aufzubauen", "anzulegen") is
    # read out, so that it keys as its participle does ("aufgebaut": "aufbau").
    "de": rf"(?P<prefix>{_DE_SEPARABLE})?(?(prefix)zu)(?P<root>\w{{2,}}?)(?:en|n)",
}
# Dutch and German tell a deed by a past participle after "heeft", "is", "werd", "hat", "wurde"… in its clause
# ("heeft 2,4 miljard euro geïnvesteerd", "werd ondertekend", "hat 2 Milliarden investiert"), or by a simple past
# ("investeerde", "investierte", "bauten"). A participle is keyed as its infinitive is: without "ge" and its
# ending; in Dutch a doubled letter written once ("geïnvesteerd", "investeren": "invester"), in German a separable
# verb's prefix before its "ge" kept ("aufgebaut", "aufzubauen": "aufbau").
_PERFECT = {
    "nl": frozenset({"heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden", "wordt",
                     "worden"}),
    "de": frozenset({"hat", "habe", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"}),
}
# ... of which those that cannot stand in a future ("zal hebben geïnvesteerd", "zal worden gebouwd", "wird
# investiert haben"): a deed's, which ends a future's clause.
_FINITE_DEED = {"nl": _PERFECT["nl"] - {"hebben", "zijn", "worden"}, "de": _PERFECT["de"] - {"haben"}}
_VERB_LAST = frozenset(_PERFECT)
# The auxiliaries a future's participle stands beside ("zal worden gebouwd", "soll im Mai unterzeichnet werden"):
# elsewhere a word shaped as one is a noun as often ("zal het gebied bieden").
_BESIDE = {"nl": frozenset({"hebben", "zijn", "worden"}), "de": frozenset({"haben", "sein", "werden", "worden"})}
_PARTICIPLE = {
    "nl": re.compile(r"(?:ge(?P<root>\w{3,}?)(?:d|t|en)|(?P<prefixed>(?:be|ver|ont|onder|her|er)\w{3,}?)(?:d|t))"),
    # "gebaut", "aufgebaut", "investiert", "unterzeichnet", "vereinbart"
    "de": re.compile(rf"(?P<prefix>{_DE_SEPARABLE})?ge(?P<root>\w{{3,}}?)(?:et|t|en)"
                     r"|(?P<prefixed>(?:be|emp|ent|er|miss|ver|voll|zer|unter|über|hinter|wider)\w{3,}?|\w{3,}?ier)"
                     r"(?:et|t)"),
}
_SIMPLE_PAST = {"nl": re.compile(r"(?P<root>\w{4,}?)(?:de|te|den|ten)"),
                "de": re.compile(r"(?P<root>\w{3,}?)(?:ete|eten|te|ten)")}
# German strong verbs change their stem in the past and the participle ("fand", "stattgefunden", "getroffen",
# "unterschrieb"): each infinitive's root, its past's and its participle's, so that a strong form keys as the
# infinitive does ("stattfinden": "stattfind"). The verbs news tells deeds and events with.
_DE_STRONG = {
    "find": ("fand", "fund"), "treff": ("traf", "troff"), "schließ": ("schloss", "schloss"),
    "schreib": ("schrieb", "schrieb"), "halt": ("hielt", "halt"), "nehm": ("nahm", "nomm"), "geb": ("gab", "geb"),
    "komm": ("kam", "komm"), "sprech": ("sprach", "sproch"), "ginn": ("gann", "gonn"), "zieh": ("zog", "zog"),
    "steig": ("stieg", "stieg"), "leih": ("lieh", "lieh"), "steh": ("stand", "stand"), "scheid": ("schied", "schied"),
    "biet": ("bot", "bot"), "weis": ("wies", "wies"), "fahr": ("fuhr", "fahr"), "flieg": ("flog", "flog"),
    "lass": ("ließ", "lass"), "ruf": ("rief", "ruf"), "trag": ("trug", "trag"), "schlag": ("schlug", "schlag"),
    "tret": ("trat", "tret"), "bind": ("band", "bund"), "greif": ("griff", "griff"), "heb": ("hob", "hob"),
    "lad": ("lud", "lad"), "schieb": ("schob", "schob"), "wachs": ("wuchs", "wachs"), "sink": ("sank", "sunk"),
    "wend": ("wandt", "wand"), "bring": ("bracht", "brach"), "denk": ("dacht", "dach"),
}
_DE_STRONG_PAST = {past: root for root, (past, _) in _DE_STRONG.items()}
_DE_STRONG_PARTICIPLE = {participle: root for root, (_, participle) in _DE_STRONG.items()}
_DE_INSEPARABLE = r"(?:be|emp|ent|er|miss|ver|voll|zer|unter|über|hinter|wider)"
_DE_PAST_STEMS = "|".join(sorted(_DE_STRONG_PAST, key=len, reverse=True))
_DE_PARTICIPLE_STEMS = "|".join(sorted(_DE_STRONG_PARTICIPLE, key=len, reverse=True))
# "fand", "fanden", "unterschrieb", "beschlossen" (a past plural, or a participle: a deed either way); "brachte".
_DE_STRONG_PAST_FORM = re.compile(rf"(?P<prefix>{_DE_INSEPARABLE})?(?P<stem>{_DE_PAST_STEMS})(?:en|e)?")
# "stattgefunden", "getroffen", "abgeschlossen", "unterschrieben", "beschlossen"
_DE_STRONG_PARTICIPLE_FORM = re.compile(rf"(?:(?P<prefix>{_DE_SEPARABLE})?ge|(?P<inseparable>{_DE_INSEPARABLE}))"
                                        rf"(?P<stem>{_DE_PARTICIPLE_STEMS})(?:en|t)")
_NL_DOUBLE = re.compile(r"(\w)\1")


def _code(language: str) -> str:
    return cldr.primary(language)


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    code = _code(language)
    if code not in _FUTURE:
        return None
    return re.compile(_FUTURE[code]), re.compile(_PAST[code])


@lru_cache(maxsize=None)
def _infinitive(language: str) -> re.Pattern | None:
    code = _code(language)
    return re.compile(_INFINITIVE[code]) if code in _INFINITIVE else None


def _key(words: list[str], index: int, pattern: re.Pattern, shortest: int) -> str | None:
    match = pattern.fullmatch(words[index])
    if match is None:
        return None
    root = match["root"]
    if root in _LIGHT:
        return f"{words[index - 1]} {_LIGHT[root]}" if index else None
    if "ow" in pattern.groupindex and match["ow"]:
        root += "ow"  # Polish: "zainwestuje", "zainwestowała", "inwestować": "zainwestow", "inwestow"
    return root if len(root) >= shortest else None


def _verb_last_key(root: str, code: str) -> str:
    """A Dutch or German verb's key: "investeer" and "invester" (of "geïnvesteerd", "investeren") are "invester";
    a German root is as written."""
    if code != "nl":
        return root
    root = _NL_DOUBLE.sub(r"\1", unicodedata.normalize("NFD", root).replace("\u0308", ""))
    return root[:-1] + {"v": "f", "z": "s"}.get(root[-1], root[-1]) if root else root


def _infinitive_key(match: re.Match) -> str:
    """The key of an infinitive `match`es: its root, with a Polish "ow" and a German separable prefix."""
    groups = match.groupdict()
    return (groups.get("prefix") or "") + match["root"] + (groups.get("ow") or "")


def _periphrastic(words: list[str], code: str, negations: Container[str]) -> dict[int, str]:
    """The main verbs of the futures told by an auxiliary (_AUXILIARIES), by index, with their keys; not
    those a negation before the auxiliary or between them denies ("não vai investir", "zal niet investeren")."""
    auxiliaries = _AUXILIARIES.get(code)
    if not auxiliaries:
        return {}
    between, gap = _BETWEEN[code], _GAP.get(code, 0)
    verb_last = code in _VERB_LAST
    edges = _CLAUSE_EDGES[code] | _FINITE_DEED[code] if verb_last else ()
    infinitive, past = _infinitive(code), _patterns(code)
    found: dict[int, str] = {}
    for index, word in enumerate(words):
        if word not in auxiliaries or (index and words[index - 1] in negations):
            continue
        if ends_clause(words, index, code):  # "der im Juni stattfinden sollte": the verb is before it
            found.update(_de_verb_before(words, index, negations))
            continue
        skipped = 0
        for at in range(index + 1, min(len(words), index + 2 + len(between) + gap)):
            if words[at] in negations or words[at] in edges or (at > index + 1 and words[at] in auxiliaries):
                break
            match = infinitive.fullmatch(words[at])
            key = None
            if code == "de" and (strong := _de_strong_participle(words[at])) is not None:
                key = strong  # "soll abgeschlossen werden": a participle, shaped as an infinitive
            elif match is not None and words[at] not in between:
                key = _verb_last_key(_infinitive_key(match), code) if verb_last else _infinitive_key(match)
            elif verb_last:  # a participle beside a future's "worden", "zijn", "hebben" ("zal worden gebouwd")
                beside = words[at - 1] in _BESIDE[code] or (at + 1 < len(words) and words[at + 1] in _BESIDE[code])
                key = _participle_key(words[at], code) if beside else None
            elif past is not None and words[at] not in between:
                key = _key(words, at, past[1], _SHORTEST_ROOT)
            if key is not None and len(key) >= _SHORTEST_ROOT:
                found[at] = key
                if not verb_last:
                    break
            if words[at] in between:
                continue
            skipped += 1
            if skipped > gap:
                break
    return found


# German: a genitive after a noun is its attribute, not the deed's subject ("der Bau der Brücke": "Bau"); a
# relative pronoun after a noun opens a clause that ends, verb last, right before the main clause's verb ("Die
# Unterzeichnung, die für März vorgesehen war, fand im Juli statt").
_DE_GENITIVE = frozenset({"des", "der", "eines", "einer"})
_DE_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "dessen", "deren", "denen", "welcher", "welche",
                          "welches", "welchen", "welchem"})
# What opens a German clause that writes its finite verb last: a conjunction, or a relative pronoun after a noun.
_DE_SUBORDINATORS = frozenset({"dass", "daß", "weil", "wenn", "ob", "nachdem", "als", "obwohl", "damit", "während",
                               "bevor", "sobald", "solange", "falls", "sofern", "da", "seit", "seitdem", "bis",
                               "indem", "wie", "wo", "wobei"})


def ends_clause(words: list[str], index: int, language: str) -> bool:
    """Whether the German auxiliary or modal at `index` ends a subordinate clause after its verb ("der im Juni
    stattfinden sollte", "die sich treffen wollten", "die vorgesehen war"): the word after it opens the next
    clause, and is none of its verbs. Not a main clause's ("Nun soll der Bau beginnen")."""
    if _code(language) != "de" or not index:
        return False
    before = words[index - 1]
    verb_before = before not in _DE_OBJECT and (_infinitive("de").fullmatch(before) is not None
                                                or _participle_key(before, "de") is not None)
    return verb_before and _de_subordinate(words, index - 1)


def _de_verb_before(words: list[str], index: int, negations: Container[str]) -> dict[int, str]:
    """The infinitive a German modal or future ending a subordinate clause at `index` plans, by index, with its key:
    "stattfinden sollte", "investieren werden"; a passive's participle before its "werden" ("unterzeichnet werden
    soll"), not a present passive's ("die gebaut werden")."""
    at = index - 1
    if words[at] in _BESIDE["de"]:
        at -= 1
        key = _participle_key(words[at], "de") if at >= 0 else None
    else:
        match = _infinitive("de").fullmatch(words[at])
        key = _infinitive_key(match) if match is not None else None
    if key is None or len(key) < _SHORTEST_ROOT or (at and words[at - 1] in negations):
        return {}
    return {at: key}


def _de_subordinate(words: list[str], end: int) -> bool:
    """Whether a German clause that runs to `end` opened as a subordinate one (_DE_SUBORDINATORS)."""
    for at in range(end - 1, -1, -1):
        # (a sentence's first word may be a noun, capitalised anyway: "Japan, das … investieren will")
        if words[at] in _DE_SUBORDINATORS or (words[at] in _DE_RELATIVE and at and (at == 1 or not words[at - 1])):
            return True
        if words[at] in _CLAUSE_EDGES["de"] or words[at] in _DE_FINITE:
            return False
    return False


# German verbs of announcing, promising, deciding or agreeing, whose "zu" infinitive is a plan, said in any
# tense: "kündigte an, 2 Milliarden zu investieren" (announced it would invest), "hat zugesagt, den Hafen
# auszubauen"; and "um … zu" (in order to).
_DE_ZU_INTENTS = frozenset({
    "kündigt", "kündigen", "kündigte", "kündigten", "angekündigt", "verspricht", "versprechen", "versprach",
    "versprachen", "versprochen", "zugesagt", "sicherte", "sicherten", "zugesichert", "beschloss",
    "beschlossen", "beschließt", "beschließen", "vereinbarte", "vereinbarten", "vereinbart", "verpflichtete",
    "verpflichteten", "verpflichtet", "bereit", "erwägt", "erwägen", "erwog", "erwogen", "strebt", "streben",
    "strebte", "angestrebt", "hofft", "hoffen", "hoffte", "hofften", "droht", "drohen", "drohte", "drohten",
    "entschied", "entschieden", "bot", "boten", "angeboten", "bietet", "bieten", "zielt", "zielen", "um"})
# A perfect infinitive after "zu" tells a deed ("bestätigte, investiert zu haben").
_DE_NOT_PLANNED = frozenset({"haben", "sein", "werden"})


def _de_zu_plans(words: list[str], negations: Container[str]) -> dict[int, str]:
    """The infinitives with "zu" that a German verb of intent before them in their clause plans (_DE_ZU_INTENTS), by
    index, with their keys: "kündigte an, 2 Milliarden zu investieren", "versprach, den Hafen auszubauen"."""
    infinitive, edges = _infinitive("de"), _CLAUSE_EDGES["de"] | _FINITE_DEED["de"]
    found: dict[int, str] = {}
    for index, word in enumerate(words):
        if word not in _DE_ZU_INTENTS:
            continue
        for at in range(index + 1, min(len(words), index + 2 + _GAP["de"])):
            if words[at] in negations or words[at] in edges:
                break
            after_zu = words[at - 1] == "zu" and words[at] not in _DE_NOT_PLANNED
            match = infinitive.fullmatch(words[at])
            if match is not None and (after_zu or match["prefix"]):  # "zu investieren", "auszubauen"
                found[at] = _infinitive_key(match)
                break
    return found


def _participle_key(word: str, code: str) -> str | None:
    if code == "de" and (strong := _de_strong_participle(word)) is not None:
        return strong
    match = _PARTICIPLE[code].fullmatch(word)
    if match is None:
        return None
    groups = match.groupdict()
    key = _verb_last_key((groups.get("prefix") or "") + (match["root"] or match["prefixed"]), code)
    # Dutch: not a noun's "gebied" ("bie"); a German noun is capitalised, and no verb here (its "Gebiet")
    return key if len(key) >= _SHORTEST_ROOT + (code == "nl") else None


def _de_strong_participle(word: str) -> str | None:
    """A German strong participle's key, its infinitive's ("stattgefunden": "stattfind"; "unterschrieben":
    "unterschreib")."""
    match = _DE_STRONG_PARTICIPLE_FORM.fullmatch(word)
    if match is None:
        return None
    return (match["prefix"] or match["inseparable"] or "") + _DE_STRONG_PARTICIPLE[match["stem"]]


def _de_strong_past(words: list[str], index: int, edges: Container[str]) -> str | None:
    """A German strong past's key, its infinitive's, with the separable prefix the clause ends with: "fand … statt"
    is "stattfind", "traf sich" "treff", "unterschrieb" "unterschreib"."""
    match = _DE_STRONG_PAST_FORM.fullmatch(words[index])
    if match is None:
        return None
    root = (match["prefix"] or "") + _DE_STRONG_PAST[match["stem"]]
    return (_de_particle(words, index, edges) or "") + root if not match["prefix"] else root


# What follows a preposition, not a separable prefix at its clause's end: an article, a pronoun, a number, a noun
# (given as an empty word): "traf sich mit dem Minister", "fand in Berlin statt".
_DE_OBJECT = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                        "ihm", "ihr", "ihnen", "ihn", "uns", "sich", "diesem", "dieser", "diesen", "jedem", "allen",
                        "seinem", "seiner", "ihrem", "ihrer", "beiden", ""})


def _de_particle(words: list[str], index: int, edges: Container[str]) -> str | None:
    """The separable prefix a verb at `index` leaves at its clause's end ("fand am 9. August in Astana statt"): the
    last of the clause's next words that is one and is no preposition before its object."""
    found = None
    for at in range(index + 1, min(len(words), index + 2 + _GAP["de"])):
        if words[at] in edges and at > index + 1:  # right after the verb, "aber" is no edge: "fand aber im Juni statt"
            break
        if _DE_PARTICLE.fullmatch(words[at]) and not (at + 1 < len(words) and (
                words[at + 1] in _DE_OBJECT or words[at + 1][:1].isdigit())):
            found = words[at]
    return found


_DE_PARTICLE = re.compile(_DE_SEPARABLE)


def _verb_last_deeds(words: list[str], code: str) -> dict[int, str]:
    """Dutch and German: the past participles after a perfect's or a passive's auxiliary in the next few words,
    and the simple pasts ("investeerde", "investierte"), by index, with their keys."""
    found: dict[int, str] = {}
    perfect, edges = _PERFECT[code], _CLAUSE_EDGES[code]
    for index, word in enumerate(words):
        if word in perfect:
            last = None  # the participle ends its clause: "heeft het gebied gekocht"
            for at in range(index + 1, min(len(words), index + 2 + _GAP[code])):
                if words[at] in edges or words[at] in perfect:
                    break
                key = _participle_key(words[at], code)
                if key is not None:
                    last = (at, key)
            if last is not None:
                found[last[0]] = last[1]
        elif code == "de" and (strong := _de_strong_past(words, index, edges | perfect)) is not None:
            found.setdefault(index, strong)
        elif (match := _SIMPLE_PAST[code].fullmatch(word)) is not None:
            found.setdefault(index, _verb_last_key(match["root"], code))
    return found


# Arabic: the imperfect after سوف (will), or after أن behind a word of expectation or intent ("من المتوقع أن
# يبدأ": it is expected to begin; "المقرر أن"), plans the verb; its key is what is left after the prefix ("بدأ").
_AR_WILL = frozenset({"سوف", "وسوف"})
_AR_EXPECT = frozenset({"المتوقع", "متوقع", "يتوقع", "تتوقع", "المقرر", "مقرر", "المزمع", "المنتظر", "المرتقب",
                        "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط"})
_AR_IMPERFECT = re.compile(r"[يتنأ](?P<root>\w{2,})")


def _ar_periphrastic(words: list[str]) -> dict[int, str]:
    """The Arabic imperfects that سوف or a word of expectation and أن make a plan of, by index, with their keys."""
    found: dict[int, str] = {}
    for index, word in enumerate(words[:-1]):
        if word in _AR_WILL or (word in ("أن", "ان") and index and words[index - 1] in _AR_EXPECT):
            match = _AR_IMPERFECT.fullmatch(words[index + 1])
            if match is not None:
                found[index + 1] = match["root"]
    return found


# The Romance languages tell a plan reported in the past by the conditional after a past verb of saying and
# its "que" ("a annoncé qu'elle investirait", "anunció que invertiría", "anunciou que investiria", "ha annunciato
# che avrebbe investito": the future in the past), not hearsay as a bare conditional is ("l'accord serait signé").
# The verbs of saying are each language's stems with the endings of its past forms, and its irregular pasts.
def _said(stems: str, endings: str, irregular: str) -> str:
    return rf"(?:(?:{stems})(?:{endings})|{irregular})"


_SAID = {
    "fr": _said(r"annonc|indiqu|déclar|affirm|assur|précis|expliqu|confirm|ajout|soulign|estim|répét|rappel|signal"
                r"|communiqu",
                r"é|ée|és|ées|ait|aient|a|èrent",
                r"annonçait|annonçaient|annonça|annoncèrent|(?:a|ont|avait|avaient)\s+dit|disait|disaient|promis"
                r"|promit|écrit|prédit|prévenu|averti|fait savoir|laissé entendre"),
    "es": _said(r"anunci|indic|declar|afirm|asegur|precis|explic|confirm|añad|agreg|señal|promet|estim|reiter"
                r"|advirt|advert|inform|comunic|adelant|manifest",
                r"ó|ió|aron|ieron|aba|aban|ía|ían|ado|ido",
                r"dijo|dijeron|decía|decían|dicho"),
    "pt": _said(r"anunci|indic|declar|afirm|assegur|precis|explic|confirm|acrescent|sublinh|garant|promet|estim"
                r"|reiter|advert|inform|comunic|adiant|avanç|revel",
                r"ou|aram|eu|eram|iu|iram|ava|avam|ia|iam|ado|ido",
                r"disse|disseram|dizia|diziam|dito|avançou"),
    "it": _said(r"annunci|indic|dichiar|afferm|assicur|precis|spieg|conferm|sottoline|comunic|stim|ribad|garant"
                r"|rivel|anticip|ricord",
                r"ato|ata|ati|ate|ò|arono|ava|avano|ito|ita|iti|ite|ì|irono|iva|ivano",
                r"detto|disse|dissero|diceva|dicevano|promesso|promise|promisero|aggiunto|aggiunse|scritto|scrisse"
                r"|fatto sapere"),
}
_THAT = {"fr": r"(?:que\b|qu['’])", "es": r"que\b", "pt": r"que\b", "it": r"che\b"}
# A time or a place may stand between the verb and its "que" ("a annoncé mardi que", "anunció este lunes que").
_SAID_BEFORE_THAT = r"(?:\s+[^\s.;:!?,]+){0,3}?"
# How far after its "que" a reported clause may hold its verb ("a indiqué que l'accord de libre-échange avec le
# Canada serait signé"), in characters, where no mark ends it first.
_REPORTED_REACH = 120
_CLAUSE_MARK = re.compile(r"[;:!?]|\.(?!\d)")  # not a number's "2.000"


@lru_cache(maxsize=None)
def _said_that(code: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){_SAID[code]}{_SAID_BEFORE_THAT}\s+{_THAT[code]}", re.IGNORECASE)


def reported(text: str, language: str) -> list[tuple[int, int]]:
    """Where `text` reports what someone said in the past in a Romance language, a conditional there the future
    in the past ("a annoncé qu'elle investirait": a plan, not hearsay): from after the "que" to the clause's end,
    as (start, end)."""
    code = _code(language)
    if code not in _SAID:
        return []
    spans = []
    for match in _said_that(code).finditer(text):
        end = _CLAUSE_MARK.search(text, match.end(), match.end() + _REPORTED_REACH)
        spans.append((match.end(), end.start() if end else min(len(text), match.end() + _REPORTED_REACH)))
    return spans


# A conditional: its simple form ("investirait", "invertiría", "investiria", "investirebbe"), or its auxiliary
# and a participle after it ("serait signé", "sería firmado", "seria assinado", "avrebbe investito", "sarebbe
# stato firmato"), with what may stand between.
_CONDITIONAL = {code: re.compile(rf"(?P<root>\w{{4,}}?)(?:{endings})") for code, endings in {
    "fr": r"erais|erait|erions|eriez|eraient|irais|irait|irions|iriez|iraient",
    "es": r"aría|arías|aríamos|arían|ería|erías|eríamos|erían|iría|irías|iríamos|irían",
    "pt": r"aria|arias|aríamos|ariam|eria|erias|eríamos|eriam|iria|irias|iríamos|iriam",
    "it": r"erebbe|erebbero|irebbe|irebbero",
}.items()}
# ... by language: the auxiliaries, and the words that may stand between one and its participle.
_CONDITIONAL_AUXILIARIES = {
    "fr": (frozenset({"serait", "seraient", "aurait", "auraient"}), frozenset({"été", "déjà", "bien", "aussi"})),
    "es": (frozenset({"sería", "serían", "habría", "habrían"}), frozenset({"sido", "ya", "también"})),
    "pt": (frozenset({"seria", "seriam", "teria", "teriam"}), frozenset({"sido", "já", "também"})),
    "it": (frozenset({"sarebbe", "sarebbero", "avrebbe", "avrebbero"}),
           frozenset({"stato", "stata", "stati", "state", "già", "anche", "poi"})),
}


def _reported_conditionals(words: list[str], code: str) -> dict[int, str]:
    """The verbs a conditional tells in a clause reported after a past verb of saying (reported()), by index,
    with their keys: planned, as a future's are."""
    if code not in _SAID:
        return {}
    starts = list(itertools.accumulate((len(word) + 1 for word in words), initial=0))
    spans = reported(" ".join(words), code)
    inside = [i for i, start in enumerate(starts[:-1]) if any(a <= start < b for a, b in spans)]
    conditional, past = _CONDITIONAL[code], _patterns(code)[1]
    auxiliaries, between = _CONDITIONAL_AUXILIARIES[code]
    found: dict[int, str] = {}
    for index in inside:
        if (key := _key(words, index, conditional, _SHORTEST_ROOT)) is not None:
            found[index] = key
        elif words[index] in auxiliaries:
            found.update(_keyed_after(words, index, between, past))
    return found


def _keyed_after(words: list[str], index: int, skipped: Container[str], pattern: re.Pattern) -> dict[int, str]:
    """The first word after `index` that is none of `skipped`, by its index with its key, if `pattern` keys it."""
    at = index + 1
    while at < len(words) and words[at] in skipped:
        at += 1
    key = _key(words, at, pattern, _SHORTEST_ROOT) if at < len(words) else None
    return {} if key is None else {at: key}


# A plan told by a word of intent and the noun of the deed after it ("prevê a construção de um porto", "está
# prevista a construção", "prevé la construcción", "prévoit la construction", "prevede la realizzazione"): the
# noun is keyed as its verb is, its root before the ending that makes a noun of it ("construção", "construiu":
# "constr", "constru"). Not a past report of intent ("previu": it forecast), a deed of its own.
_NOUN_INTENTS = {
    "pt": frozenset({"prevê", "preveem", "prevêem", "previsto", "prevista", "previstos", "previstas", "planeja",
                     "planejam", "planeia", "planeiam", "planejada", "planejado", "pretende", "pretendem"}),
    "es": frozenset({"prevé", "prevén", "previsto", "prevista", "previstos", "previstas", "planea", "planean",
                     "planeada", "planeado", "proyecta", "proyectan", "contempla", "contemplan"}),
    "fr": frozenset({"prévoit", "prévoient", "prévu", "prévue", "prévus", "prévues", "envisage", "envisagent"}),
    "it": frozenset({"prevede", "prevedono", "previsto", "prevista", "previsti", "previste", "programmata",
                     "programmato", "pianifica", "pianificano"}),
}
_DEED_NOUN = {code: re.compile(rf"(?:l['’])?(?P<root>\w{{3,}}?)(?:{endings})") for code, endings in {
    "pt": r"ação|ações|ição|ições|ução|uções|ção|ções|amento|amentos|imento|imentos|atura|aturas",
    "es": r"ación|aciones|ición|iciones|cción|cciones|ción|ciones|amiento|amientos|imiento|imientos|atura|aturas",
    "fr": r"ation|ations|ition|itions|ction|ctions|tion|tions|ement|ements|issement|issements|ature|atures",
    "it": r"azione|azioni|izione|izioni|uzione|uzioni|zione|zioni|amento|amenti|imento|imenti|atura|ature",
}.items()}
# What may stand between the word of intent and its noun: an article, a reflexive ("prevê-se a construção").
_NOUN_ARTICLES = frozenset({"a", "o", "as", "os", "um", "uma", "la", "el", "las", "los", "un", "una", "le", "les",
                            "l", "il", "lo", "gli", "i", "se", "si"})


# ... or after the noun, a copula before it: "a assinatura do acordo está prevista para maio".
_COPULAS = {"pt": frozenset({"está", "estão", "estava", "estavam", "é", "são", "era", "eram", "fica", "ficou"})}
# How many words before the copula may hold the noun ("a assinatura do acordo de comércio livre está prevista").
_SUBJECT_REACH = 6


def _planned_nouns(words: list[str], code: str) -> dict[int, str]:
    """The nouns of a deed a word of intent plans (_NOUN_INTENTS), by index, with their verbs' keys."""
    if code not in _NOUN_INTENTS:
        return {}
    intents, noun, copulas = _NOUN_INTENTS[code], _DEED_NOUN[code], _COPULAS.get(code, frozenset())
    found: dict[int, str] = {}
    for index, word in enumerate(words):
        if word in intents:
            found.update(_keyed_after(words, index, _NOUN_ARTICLES, noun))
            if index and words[index - 1] in copulas:
                found.update((at, key) for at in range(max(0, index - 1 - _SUBJECT_REACH), index - 1)
                             if (key := _key(words, at, noun, _SHORTEST_ROOT)) is not None)
    return found


# German tells a plan by the noun of the deed and a participle of intent ("Der Bau ist geplant", "Die Unterzeichnung
# ist für März vorgesehen", "Die Investition wird erwartet", "ist in Planung"), or the participle before the noun
# ("die geplante Unterzeichnung"). The noun keys as its verb: "Unterzeichnung" as "unterzeichnet", "Investition" and
# "Finanzierung" as "investiert", "finanziert", "Bau" as "gebaut".
_DE_NOUN_INTENTS = frozenset({"geplant", "vorgesehen", "erwartet", "angekündigt", "beabsichtigt", "angestrebt",
                              "anvisiert", "avisiert", "beschlossen", "vereinbart", "zugesagt", "versprochen"})
_DE_NOUN_INTENT_ADJECTIVE = re.compile(rf"(?:{'|'.join(_DE_NOUN_INTENTS)})e[nmrs]?")
_DE_IN_PROGRESS = frozenset({"planung", "vorbereitung"})  # "ist in Planung"
_DE_NOUN_KEY = re.compile(r"(?P<root>\w{2,}?)(?P<ier>ation|ition|ierung)(?:en)?|(?P<verb>\w{2,}?)ung(?:en)?"
                          r"|(?P<noun>\w{3,})")
_DE_PREPOSITIONS = frozenset({"für", "im", "in", "am", "an", "bis", "nach", "vor", "seit", "ab", "mit", "von", "vom",
                              "zum", "zur", "bei", "beim", "auf", "aus", "über", "unter", "durch", "gegen", "ohne",
                              "um", "trotz", "wegen", "während", "zwischen", "innerhalb", "außerhalb", "laut"})
# A clause's finite verbs: the first before a participle of intent is its own ("ist geplant"); another ends the
# clause ("der Bau wurde abgeschlossen, die Eröffnung ist geplant").
_DE_FINITE = _PERFECT["de"] | frozenset({"wird", "werden", "soll", "sollen"})


def _de_noun_key(noun: str) -> str | None:
    match = _DE_NOUN_KEY.fullmatch(noun)
    if match is None:
        return None
    return match["root"] + "ier" if match["ier"] else match["verb"] or match["noun"]


def planned_nouns(lowered: list[str], words: list[str], language: str) -> dict[int, str]:
    """The German nouns of a deed that a participle of intent plans (_DE_NOUN_INTENTS), by index, with their
    verbs' keys. `lowered`: every word in lower case; `words`: the same with each noun given as an empty word
    (as foretold() reads them)."""
    if _code(language) != "de":
        return {}
    found: dict[int, str] = {}
    for index, word in enumerate(lowered):
        if _DE_NOUN_INTENT_ADJECTIVE.fullmatch(word) and index + 1 < len(words) and not words[index + 1]:
            nouns = [index + 1]  # "die geplante Unterzeichnung"
        elif word in _DE_NOUN_INTENTS or (word in _DE_IN_PROGRESS and index and lowered[index - 1] == "in"):
            nouns = _de_subjects(lowered, words, index)
        else:
            continue
        found.update((at, key) for at in nouns if (key := _de_noun_key(lowered[at])) is not None)
    return found


# What may stand between a genitive's article and its noun: adjectives ("der Bau einer zweiten Brücke").
_DE_ADJECTIVE = re.compile(r"\w+(?:e|en|er|es|em)")
_DE_ADJECTIVES_BETWEEN = 2


def genitive_object(lowered: list[str], words: list[str], at: int, language: str) -> int | None:
    """The index of the noun a German genitive after the noun at `at` names, the deed's object ("der Bau der
    Brücke": "Brücke", "die Modernisierung einer zweiten Brücke"); None where none follows."""
    if _code(language) != "de" or at + 1 >= len(words) or lowered[at + 1] not in _DE_GENITIVE:
        return None
    for after in range(at + 2, min(len(words), at + 3 + _DE_ADJECTIVES_BETWEEN)):
        if _de_noun(lowered, words, after):
            return after
        if not _DE_ADJECTIVE.fullmatch(words[after]):
            return None
    return None


# A noun's endings, which tell it even where a capital does not: at the start of a sentence ("Investitionen sind
# geplant").
_DE_NOUN_ENDING = re.compile(r"\w{2,}(?:ung|ation|ition)(?:en)?")


def _de_noun(lowered: list[str], words: list[str], at: int) -> bool:
    return (not words[at] and lowered[at][:1].isalpha()) or (
        at == 0 and _DE_NOUN_ENDING.fullmatch(lowered[at]) is not None)


def _de_subjects(lowered: list[str], words: list[str], index: int) -> list[int]:
    """The nouns of the clause before a participle of intent at `index` that no preposition governs: "Der Bau des
    Werks ist für März geplant": "Bau", "Werks"."""
    start, finite = index, 0
    while start and words[start - 1] not in _CLAUSE_EDGES["de"]:
        if words[start - 1] in _DE_FINITE:
            finite += 1
            if finite > 1:
                break
        start -= 1
    nouns, governed = [], False
    for at in range(start, index):
        if lowered[at] in _DE_PREPOSITIONS:
            governed = True
        elif _de_noun(lowered, words, at):
            if not governed:
                nouns.append(at)
            governed = False
    return nouns


# A deed told by its noun and a verb of completion or occurrence is done, whatever else its quote plans ("Der Bau
# der Brücke wurde 2025 abgeschlossen; der Bau einer zweiten Brücke ist geplant", "Die Unterzeichnung, die für März
# vorgesehen war, fand im Juli statt", "A assinatura do acordo, que estava prevista para março, realizou-se em
# julho"): the verbs, by the keys told() gives them.
_COMPLETED = {
    "de": frozenset({"abschließ", "stattfind", "erfolg", "durchführ", "beend", "end", "abhalt", "umsetz", "vornehm",
                     "realisier", "vollzieh", "vollend", "fertigstell"}),
    "pt": frozenset({"realiz", "conclu", "ocorr", "decorr", "acontec", "efetu", "efectu", "termin", "finaliz",
                     "execut", "encerr", "complet", "cumpr"}),
}
# Portuguese: what ends a clause before its verb, and the prepositions that govern a noun ("a assinatura do acordo").
_PT_CLAUSE_EDGES = frozenset({"e", "mas", "porém", "contudo", "enquanto", "quando", "porque", "pois", "embora",
                              "caso", "ou", "nem", "onde", "após", "depois", "antes"})
_PT_ARTICLES = frozenset({"a", "o", "as", "os", "um", "uma", "uns", "umas"})
_PT_PREPOSITIONS = frozenset({"de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "para", "pela", "pelo",
                              "pelas", "pelos", "por", "com", "sem", "sobre", "até", "ao", "à", "aos", "às", "num",
                              "numa", "entre", "contra", "desde", "sob", "após", "ante", "perante", "segundo"})


def told_nouns(lowered: list[str], words: list[str], language: str,
               negations: Container[str] = ()) -> dict[int, str]:
    """The German and Portuguese nouns of a deed that a verb of completion or occurrence tells as done
    (_COMPLETED: "Der Bau wurde abgeschlossen", "Die Unterzeichnung fand statt", "A assinatura realizou-se"), by
    index, with their verbs' keys, as planned_nouns() keys them; not where a negation stands in the clause.
    `lowered` and `words` as planned_nouns() takes them."""
    code = _code(language)
    if code not in _COMPLETED:
        return {}
    found: dict[int, str] = {}
    for index, key in told(words, code).items():
        if key not in _COMPLETED[code]:
            continue
        if code == "de":
            start, nouns = _de_deed_nouns(lowered, words, index)
            keyed = {at: _de_noun_key(lowered[at]) for at in nouns}
        else:
            start, nouns = _pt_deed_nouns(words, index)
            keyed = {at: _key(words, at, _DEED_NOUN["pt"], _SHORTEST_ROOT) for at in nouns}
        if not any(word in negations for word in words[start:max(nouns + [index]) + 1]):
            found.update((at, noun_key) for at, noun_key in keyed.items() if noun_key is not None)
    return found


def _de_deed_nouns(lowered: list[str], words: list[str], index: int) -> tuple[int, list[int]]:
    """Where the clause of the German verb of completion at `index` starts, and the nouns it may tell done: those
    before the verb that neither a preposition nor a genitive makes another's ("Der Bau der Brücke wurde
    abgeschlossen": "Bau"), or, after a finite one that none stands before, the first such ("Im Juli fand die
    Unterzeichnung statt")."""
    finite = _participle_key(words[index], "de") is None  # "fand", "erfolgte"; not "abgeschlossen"
    before = _de_clause_before(lowered, words, index, finite)
    nouns = _de_heads(lowered, words, before)
    if finite and not nouns:
        end = index + 1
        while end < len(words) and words[end] not in _CLAUSE_EDGES["de"] and words[end] not in _DE_FINITE:
            end += 1
        nouns += _de_heads(lowered, words, range(index + 1, end))[:1]
    return (before[0] if before else index), nouns


def _de_clause_before(lowered: list[str], words: list[str], index: int, finite: bool) -> list[int]:
    """The words of the clause of a German verb at `index` before it: back to a clause's edge or the finite verb of
    the clause before, a participle's own auxiliary aside ("wurde … abgeschlossen"); a relative clause that ends
    right before the clause's finite verb ("Die Unterzeichnung, die für März vorgesehen war, fand") is left out."""
    found: list[int] = []
    at, finite_at = index, index if finite else None
    while at and words[at - 1] not in _CLAUSE_EDGES["de"]:
        if at == finite_at and _de_verb_last(words[at - 1]):
            opening = _de_relative_start(lowered, words, at - 1)
            if opening is not None:
                at = opening
                continue
        if words[at - 1] in _DE_FINITE:
            if finite_at is not None:
                break
            finite_at = at - 1
        at -= 1
        found.append(at)
    return found[::-1]


def _de_verb_last(word: str) -> bool:
    """Whether a word is a finite verb that may end a German subordinate clause ("vorgesehen war", "stattfinden
    sollte")."""
    return word in _DE_FINITE or word in _AUXILIARIES["de"]


def _de_relative_start(lowered: list[str], words: list[str], end: int) -> int | None:
    """Where the German relative clause that ends at `end` opens: a relative pronoun right after a noun."""
    for at in range(end - 1, 0, -1):
        if words[at] in _CLAUSE_EDGES["de"]:
            return None
        if lowered[at] in _DE_RELATIVE and _de_noun(lowered, words, at - 1):
            return at
    return None


def _de_heads(lowered: list[str], words: list[str], span: Iterable[int]) -> list[int]:
    """The nouns at `span` that no preposition governs and no genitive makes another noun's attribute."""
    heads, governed, after_noun = [], False, False
    for at in span:
        if lowered[at] in _DE_PREPOSITIONS or (after_noun and lowered[at] in _DE_GENITIVE):
            governed = True
        elif _de_noun(lowered, words, at):
            if not governed:
                heads.append(at)
            governed, after_noun = False, True
            continue
        after_noun = False
    return heads


def _said_verb(word: str) -> bool:
    """Whether a Portuguese word is a past verb of saying ("anunciou"), whose "que" opens what it reports."""
    return re.fullmatch(_SAID["pt"], word) is not None


def _pt_deed_nouns(words: list[str], index: int) -> tuple[int, list[int]]:
    """Where the clause of the Portuguese verb of completion at `index` starts, and the nouns of a deed it may tell
    done: its subject before it, past a relative clause ("A assinatura do acordo, que estava prevista para março,
    realizou-se"), or, where no subject stands before it, the first after it ("Foi concluída a construção do
    porto")."""
    start = index
    while start and words[start - 1] not in _PT_CLAUSE_EDGES:
        start -= 1
    nouns: list[int] = []
    subject = False  # an article no preposition governs: the clause's subject is before its verb
    for at in range(start, index):
        if words[at] == "que" and at and _said_verb(words[at - 1]):  # "anunciou que a construção foi concluída"
            start, nouns, subject = at + 1, [], False
            continue
        if words[at] == "que":  # what follows, to the verb, is a relative clause's
            break
        ungoverned = not (at and words[at - 1] in _PT_PREPOSITIONS)
        subject = subject or (words[at] in _PT_ARTICLES and ungoverned)
        if _DEED_NOUN["pt"].fullmatch(words[at]) and ungoverned:
            nouns.append(at)
    if subject:
        return start, nouns
    end = index + 1
    while end < len(words) and words[end] not in _PT_CLAUSE_EDGES and words[end] != "que":
        if _DEED_NOUN["pt"].fullmatch(words[end]) and words[end - 1] not in _PT_PREPOSITIONS:
            return start, nouns + [end]
        end += 1
    return start, nouns


# Portuguese writes a pronoun inside a future ("realizar-se-á", "assiná-lo-ão": the words "realizar", "se", "á"):
# the infinitive (its "r" dropped after an accent, "assiná"), the pronoun, and the future's ending.
_PT_CLITICS = frozenset({"se", "lhe", "lhes", "o", "a", "os", "as", "lo", "la", "los", "las", "no", "na", "nos", "nas",
                         "vos", "me", "te"})
_PT_FUTURE_ENDINGS = frozenset({"ei", "ás", "á", "emos", "eis", "ão"})
_PT_ACCENTED_INFINITIVE = re.compile(r"(?P<root>\w{4,}?)[áêí]")


def _pt_mesoclitic(words: list[str]) -> dict[int, str]:
    """The Portuguese futures written with a pronoun inside, by the infinitive's index, with its key."""
    found: dict[int, str] = {}
    for index in range(len(words) - 2):
        if words[index + 1] in _PT_CLITICS and words[index + 2] in _PT_FUTURE_ENDINGS:
            match = _PT_ACCENTED_INFINITIVE.fullmatch(words[index]) or _infinitive("pt").fullmatch(words[index])
            if match is not None:
                found[index] = match["root"]
    return found


def foretold(words: list[str], language: str, negations: Container[str] = ()) -> dict[int, str]:
    """The words (lower case, in order) that are a verb's future form, by index, with the verb's key; and
    the verbs a future's auxiliary tells (_AUXILIARIES: "vai investir"; Arabic "سوف يضخ", "المتوقع أن يبدأ"),
    but not those `negations` deny."""
    code = _code(language)
    found = _ar_periphrastic(words) if code == "ar" else _periphrastic(words, code, negations)
    if code == "de":
        found |= _de_zu_plans(words, negations)
    elif code == "pt":
        found |= _pt_mesoclitic(words)
    found |= _reported_conditionals(words, code) | _planned_nouns(words, code)
    patterns = _patterns(language)
    if patterns is None:
        return found
    shortest = _SHORTEST_ROOTS.get(code, _SHORTEST_ROOT)
    return {i: key for i in range(len(words)) if (key := _key(words, i, patterns[0], shortest)) is not None} | found


def told(words: list[str], language: str) -> dict[int, str]:
    """The words that are a verb's past form or past participle, by index, with the verb's key: not a
    participle a future's auxiliary tells ("sarà firmato")."""
    code = _code(language)
    if code in _VERB_LAST:
        planned = _periphrastic(words, code, ()) | (_de_zu_plans(words, ()) if code == "de" else {})
        return {i: key for i, key in _verb_last_deeds(words, code).items() if i not in planned}
    patterns = _patterns(language)
    if patterns is None:
        return {}
    shortest = _SHORTEST_ROOTS.get(code, _SHORTEST_ROOT)
    found = {i: key for i in range(len(words)) if (key := _key(words, i, patterns[1], shortest)) is not None}
    if found and code in _AUXILIARIES:
        for i in _periphrastic(words, code, ()) | _reported_conditionals(words, code):
            found.pop(i, None)
    return found


def plans(words: list[str], language: str, negations: Container[str] = ()) -> bool:
    """Whether a text tells a plan by a verb's form: a future (or a future's auxiliary and its verb). Not by a
    Polish perfective present alone, whose forms a noun's may share ("umowę", "porty")."""
    code = _code(language)
    if code == "pl":
        return bool(_periphrastic(words, code, negations))
    return bool(foretold(words, language, negations))


# Turkish writes a negation inside the verb, after its root: "yatırmadı" (did not invest), "yapmayacak",
# "yatırmadığını" (that it did not invest), "vermemiş", "gelmiyor"; or with "değil" after a participle
# ("verdiği doğru değil": it is not true that it gave); not a noun in -ma and the copula ("anlaşmadır": is an
# agreement), nor another language's word ("immediately": only a Turkish verb's endings follow -madı). Korean after
# the verb: "짓지 않기로" (decided not to build), "투입하지 못했다", or with 안/못 before it ("안 지었다").
# The overreach check reads a claim's negations by TR_NEGATED_VERB and KO_NEGATION_AFTER_VERB too.
TR_NEGATED_VERB = re.compile(r"(?P<root>\w{2,}?)m[ae](?:d[ıiuü](?:[mnk]|n[ıiuü]z|l[ae]r|k[ıi]|ys[ae]|ğ\w*)?"
                             r"|y[ae]c[ae][kğ]\w*|m[ıiuü]ş\w*|y[ıiuü]p\w*)|(?P<root2>\w{2,}?)m[ıiuü]yor\w*")
_TR_PARTICIPLE = re.compile(r"(?P<root>\w{2,}?)(?:[dt][ıiuü][ğk]|[ae]c[ae][ğk])\w*")
_TR_NOT = frozenset({"değil", "değildir", "değildi"})
_KO_ENDINGS = re.compile(r"(?P<root>\w+?)(?:하기로|하겠다|했습니다|했으며|했고|했다|하지|하기|하는|하고|한다|합니다|할|한|하며"
                         r"|기로|겠다|었다|았다|였다|는다|지|기|는|고|며)")
KO_NEGATION_AFTER_VERB = re.compile(r"(?:않|못하|못했|못한|못할)\w*")
# Arabic denies the verb after its negation: لم before the jussive ("لم يوقع": did not sign), لن before the
# subjunctive ("لن تستثمر": will not invest), لا before the imperfect (does not), ليس before one; with و or ف
# written on them ("ولم"). Not ما, which before a past is as often "what" ("ما تم الاتفاق عليه": what was agreed).
AR_NEGATIONS = frozenset(conjunction + word for word in ("لم", "لن", "لا", "ليس", "ليست")
                         for conjunction in ("", "و", "ف"))
# A negation that denies nothing: before a verb of continuing, "still" ("لا تزال المفاوضات جارية", "لم يزل",
# "لا ينفك", "لم يفتأ"; زال's other verb, "يزيل" (removes), is denied); before the noun of an idiom that affirms
# ("لا سيما": especially; "لا بد": necessarily; "لا شك", "لا ريب": no doubt); and with an exceptive إلا in its
# clause, "only" ("لم تستثمر الشركة إلا 3 ملايين": invested only 3 million), but not إلا أن (however), إلا إذا
# (unless), nor one after another negation's clause has begun.
_AR_STILL = re.compile(r"[يتنأ](?:زال|زل|نفك|فتأ)(?:ون|ان|ين|وا|ن)?|(?:زال|زل|انفك|فتئ)(?:ت|تا|وا|نا|تم|ن)?")
_AR_AFFIRMING_NOUNS = frozenset({"سيما", "بد", "شك", "ريب"})
_AR_EXCEPT = frozenset({"إلا", "الا"})
_AR_NOT_EXCEPTIVE_AFTER = re.compile(r"[أا]ن\w*|إذا|اذا|لو")
# How many words after its negation an exceptive إلا may come: "لم يحضر الرئيس القمة الطارئة في الرياض إلا".
_AR_EXCEPT_REACH = 7
_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks and tatweel, which writers may add ("إلّا")


def ar_denies(after: list[str]) -> bool:
    """Whether an Arabic negation denies what follows it, given the words `after` it in lower case: "لم يوقع"
    does; "لا تزال" (still), "لا سيما" (especially) and "لم … إلا" (only) do not."""
    following = [_AR_MARKS.sub("", word) for word in after[:_AR_EXCEPT_REACH + 1]]
    if not following:
        return True
    if _AR_STILL.fullmatch(following[0]) or following[0] in _AR_AFFIRMING_NOUNS:
        return False
    for index, word in enumerate(following[:_AR_EXCEPT_REACH]):
        if word in AR_NEGATIONS:
            return True
        if word in _AR_EXCEPT:
            return index + 1 < len(following) and _AR_NOT_EXCEPTIVE_AFTER.fullmatch(following[index + 1]) is not None
    return True


def _ko_key(word: str) -> str | None:
    match = _KO_ENDINGS.fullmatch(word)
    return match["root"] if match is not None else None


def denied(words: list[str], language: str) -> dict[int, str]:
    """The verbs a Turkish, Korean or Arabic text writes denied (its negation part of the verb, after it, or in
    Arabic before it), by index, with their keys, as told() keys a past form: "yatırmadığını" and "yatırdı" are
    "yatır"; "yatırım yapmadı" and "yatırım yaptı", "yatırım yap"; "짓지 않기로" and "짓기로", "짓"; "لم يوقع"
    and "وقع", "وقع"."""
    code = _code(language)
    found: dict[int, str] = {}
    if code == "ar":
        return {index + 1: match["root"] for index, word in enumerate(words[:-1])
                if word in AR_NEGATIONS and (match := _AR_IMPERFECT.fullmatch(words[index + 1])) is not None
                and ar_denies(words[index + 1:])}
    if code == "tr":
        for index, word in enumerate(words):
            match = TR_NEGATED_VERB.fullmatch(word)
            if match is not None:
                root = match["root"] or match["root2"]
                key = (f"{words[index - 1]} {_LIGHT[root]}" if index else None) if root in _LIGHT else root
            elif word in _TR_NOT:
                # the participle it denies, before it and the word it says is not so ("doğru", "gerçek")
                for at in range(index - 1, max(index - 3, -1), -1):
                    match = _TR_PARTICIPLE.fullmatch(words[at])
                    if match is not None:
                        index, root = at, match["root"]
                        break
                else:
                    continue
                key = (f"{words[index - 1]} {_LIGHT[root]}" if index else None) if root in _LIGHT else root
            else:
                continue
            if key is not None and len(key) >= 2:
                found[index] = key
    elif code == "ko":
        for index, word in enumerate(words):
            if word in ("안", "못") and index + 1 < len(words):
                at = index + 1
            elif KO_NEGATION_AFTER_VERB.fullmatch(word) and index and words[index - 1].endswith("지"):
                at = index - 1
            else:
                continue
            key = _ko_key(words[at])
            if key:
                found[at] = key
    return found


# Korean words a verb's prospective -을 stands before ("넘을 것", will exceed; "넘을 수"): elsewhere 을 marks an object.
_KO_PROSPECTIVE_BEFORE = ("것", "수", "예정", "계획", "전망")


def keys(words: list[str], language: str) -> dict[int, str]:
    """Every word's verb key that denied() may match, by index: a past form's (told()); in Turkish a future's
    too, which denied() keys as well ("yapacak" drops the negation of "yapmayacak"); and in Korean any form's
    ("짓기로": "짓"; "넘을 것": "넘"); in Arabic a future's too ("ستستثمر": "ستثمر")."""
    code = _code(language)
    if code == "tr":
        return foretold(words, language) | told(words, language)
    if code == "ar":  # a future's key over a past's: "ستستثمر" is "ستثمر" ("لن تستثمر"), not itself
        return told(words, language) | foretold(words, language)
    if code == "ko":
        found = {i: key for i, word in enumerate(words) if (key := _ko_key(word))}
        found.update((i, word[:-1]) for i, word in enumerate(words[:-1])
                     if len(word) > 1 and word.endswith("을") and words[i + 1].startswith(_KO_PROSPECTIVE_BEFORE))
        return found
    return told(words, language)


def same_verb(one: str, other: str, language: str = "") -> bool:
    """Whether two keys are one verb's: equal, or differing only in the last
    letter or one more letter; in Spanish also by the vowel an -ir verb
    changes in its past ("invert"/"invirt" of "invertirá"/"invirtió", "dorm"/"durm");
    in Polish also by a perfective prefix ("inwestow"/"zainwestow" of "będzie inwestować"/"zainwestowała")."""
    if one == other:
        return True
    if " " in one or " " in other:
        return False
    short, long = sorted((one, other), key=len)
    if len(short) >= _SHORTEST_ROOT + 1 and len(long) - len(short) <= 1 and long.startswith(short[:-1]):
        return True
    code = _code(language)
    if code == "ar":
        return _ar_same_root(one, other)
    if code == "pl" and len(short) >= _SHORTEST_ROOT + 1 and long.endswith(short):
        return long[:len(long) - len(short)] in _PL_PREFIXES
    return code == "es" and len(one) == len(other) and _stem_changed(one, other)


# The endings of person an Arabic verb's past and imperfect write after its root: "وقعت" (she signed), "وقعوا",
# "يستثمرون" (they invest), "وقعنا", "وقعتا". Not one letter alone but ت: "علا" (rose) is no "علن" (announce).
_AR_PERSON_ENDINGS = ("ت", "تا", "وا", "ون", "ان", "نا")


def _ar_same_root(one: str, other: str) -> bool:
    """Whether two Arabic keys are one verb's: equal but for an ending of person ("وقعت", "وقع")."""
    def bare(key: str) -> set[str]:
        return {key} | {key[:-len(end)] for end in _AR_PERSON_ENDINGS
                        if key.endswith(end) and len(key) - len(end) >= _SHORTEST_ROOTS["ar"]}
    return not bare(one).isdisjoint(bare(other))


def _stem_changed(one: str, other: str) -> bool:
    """Whether two Spanish roots differ only by e/i or o/u in their last vowel."""
    differ = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    if len(differ) != 1:
        return False
    at = differ[0]
    return ({one[at], other[at]} in ({"e", "i"}, {"o", "u"})
            and not any(letter in "aeiouáéíóú" for letter in one[at + 1:]))


# ... or an event's verb further on in its clause (将于明年在北京举行: 举行), as eventstatus.py reads a plan.
_ZH_EVENT_PLAN = rf"{_ZH_INTENT}{eventstatus.ZH_CLAUSE_TO_VERB}(?P<verb>{eventstatus.ZH_EVENT_VERB})"


# The Chinese and Japanese patterns are compiled when a text of theirs is first read (1 ms each: their classes
# of letters are large); most builds read none.
@lru_cache(maxsize=1)
def _zh_plan_patterns() -> tuple[re.Pattern, ...]:
    return tuple(map(re.compile, (_ZH_PLAN, _ZH_EVENT_PLAN, _ZH_TIMED_PLAN)))


def zh_planned(text: str) -> list[tuple[int, int]]:
    """Where a Chinese text writes a verb after a word of intent ("将投资": 投资), as (start, end)."""
    return [m.span("verb") for pattern in _zh_plan_patterns() for m in pattern.finditer(text)]


# ... or a verb further on in its clause, behind a place, a partner or a time ("将向肯尼亚提供", "计划于2025年下半年签署",
# "拟在肯尼亚投资建设"): which two characters are the verb, nothing here tells, so the clause is kept whole and a claim's
# verb told as done (zh_done) is looked for in it.
_ZH_INTENDED = rf"{_ZH_INTENT}(?![军軍领領近其士帅帥])(?P<clause>[^。！？；!?;，,、\s]{{2,40}})"
# A verb told as done: before 了 ("提供了"; not 了解, understand), or after 已/已经 ("已签署"; not before a
# preposition, 已向: the verb is further on).
_ZH_DONE = (r"(?P<verb>[\u4e00-\u9fff]{2})了(?![解结結])"
            r"|(?:已[经經]?|[业業]已)(?P<after>(?![在于於与與同和向对對从從把为為以至到将將])[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=1)
def _zh_clause_patterns() -> tuple[re.Pattern, re.Pattern]:
    return re.compile(_ZH_INTENDED), re.compile(_ZH_DONE)


@lru_cache(maxsize=4096)
def zh_intended(text: str) -> tuple[tuple[str, ...], str]:
    """The clauses a Chinese text writes after a word of intent ("将向肯尼亚提供5亿美元"), and the rest of it;
    not a clause that tells a deed itself (履行承诺向肯尼亚提供了贷款: 承诺 is a noun there)."""
    intended, done = _zh_clause_patterns()
    clauses = tuple(m["clause"] for m in intended.finditer(text) if not done.search(m["clause"]))
    if not clauses:
        return clauses, text
    return clauses, intended.sub(lambda m: "。" if m["clause"] in clauses else m[0], text)


def zh_done(text: str) -> list[tuple[int, int]]:
    """Where a Chinese text writes a verb told as done ("提供了", "已签署": 提供, 签署), as (start, end)."""
    _, done = _zh_clause_patterns()
    return [m.span("verb") if m["verb"] else m.span("after") for m in done.finditer(text)]


def zh_plans(text: str) -> bool:
    """Whether a Chinese text writes a word of intent (a claim that does tells no plan as done)."""
    return re.search(_ZH_INTENT, text) is not None


# Japanese: a word of intent after a verb ("署名することで合意": agreed to sign), the verbal noun (two kanji)
# before する or を行う, and its past forms; or the noun as what is aimed at ("対印投資を目指す": aims at investing).
_JA_INTENT = r"(?:方針|予定|計画|見通し|意向|考え|つもり|構え|見込み|方向|合意|決定|目指)"
_JA_PLAN = (rf"(?P<verb>[\u4e00-\u9fff]{{2}})(?:(?:する|します|を行う|を実施する|を進める)(?:こと)?(?:を|と|の|で|に)?"
            rf"{_JA_INTENT}|を目指[すし])")
_JA_DONE = r"(?P<verb>[\u4e00-\u9fff]{2})(?:を(?:行っ|実施し)|し|され)(?:た|ました)"


@lru_cache(maxsize=1)
def _ja_plan_patterns() -> tuple[re.Pattern, re.Pattern]:
    return re.compile(_JA_PLAN), re.compile(_JA_DONE)


def ja_planned(text: str) -> list[tuple[int, int]]:
    """Where a Japanese text writes a verbal noun it only plans ("投資する方針": 投資), as (start, end)."""
    planned, _ = _ja_plan_patterns()
    return [m.span("verb") for m in planned.finditer(text)]


def ja_done(text: str) -> list[tuple[int, int]]:
    """Where a Japanese text writes a verbal noun in a past form ("投資した": 投資), as (start, end)."""
    _, done = _ja_plan_patterns()
    return [m.span("verb") for m in done.finditer(text)]


def ja_plans(text: str) -> bool:
    """Whether a Japanese text writes a word of intent (a claim that does tells no plan as done)."""
    return re.search(_JA_INTENT, text) is not None


# English verbs whose past or participle the Snowball stemmer does not bring to their base ("told", "met",
# "held"), as news writes them: the overreach check stems each as its base, so "The ministry told reporters …"
# citing "did not tell reporters …" drops the negation, and "Japan held talks" citing "Japan will hold talks" tells
# the plan as done. Not the forms that are as often another word ("left", "found", "saw", "rose", "fell", "lay",
# "bore", "bound", "dealt"), which are left as written.
_EN_IRREGULAR = {form: base for base, forms in {
    "say": "said", "tell": "told", "make": "made", "give": "gave given", "take": "took taken", "meet": "met",
    "hold": "held", "win": "won", "pay": "paid", "sell": "sold", "buy": "bought", "begin": "began begun",
    "go": "went gone", "come": "came", "know": "knew known", "think": "thought", "keep": "kept", "spend": "spent",
    "send": "sent", "build": "built", "bring": "brought", "speak": "spoke spoken", "write": "wrote written",
    "choose": "chose chosen", "break": "broke broken", "stand": "stood", "draw": "drew drawn", "grow": "grew grown",
    "throw": "threw thrown", "seek": "sought", "fight": "fought", "catch": "caught", "teach": "taught",
    "mean": "meant", "feel": "felt", "hear": "heard", "lead": "led", "lose": "lost", "strike": "struck stricken",
    "withdraw": "withdrew withdrawn", "undertake": "undertook undertaken", "overtake": "overtook overtaken",
    "uphold": "upheld", "understand": "understood", "freeze": "froze frozen", "swear": "swore sworn",
    "drive": "drove driven", "show": "shown", "fly": "flew flown", "forbid": "forbade forbidden",
    "forgive": "forgave forgiven", "hide": "hid hidden", "run": "ran", "rise": "risen", "see": "seen",
    "become": "became", "overcome": "overcame", "lend": "lent", "sink": "sank sunk", "flee": "fled",
    "shake": "shook shaken", "wear": "wore worn", "tear": "tore torn", "beat": "beaten", "eat": "ate eaten",
    "sweep": "swept", "stick": "stuck", "dig": "dug", "spin": "spun", "swing": "swung", "hang": "hung",
    "oversee": "oversaw overseen", "rebuild": "rebuilt",
}.items() for form in forms.split()}


# ... and those forms, with their verb's base: a claim's "rose" is "rise" only where its quotes write the verb after
# the same word ("The death toll rose" citing "The death toll could rise"; overreach.py).
_EN_AMBIGUOUS_PAST = {"rose": "rise", "fell": "fall", "left": "leave", "found": "find", "saw": "see", "bore": "bear",
                      "bound": "bind", "dealt": "deal"}


def english_ambiguous_base(word: str) -> str | None:
    """The base of an English irregular past that is as often another word ("rose": "rise", "fell": "fall",
    "found": "find"); None for any other word. `word`: in lower case."""
    return _EN_AMBIGUOUS_PAST.get(word)


def english_base(word: str) -> str:
    """An English verb's base for its irregular past or participle ("told": "tell", "held": "hold"); any other
    word as it is. `word`: in lower case."""
    return _EN_IRREGULAR.get(word, word)


# Japanese denies a verb after it: its stem (kanji and the kana that end it: 署名し, 結ば, 決め, 承認され, 協力でき)
# and a negative ending (ない, なかった, ません, ませんでした, ず; after て or で, ていない: has not, ておらず; after
# its past, たことはない, たことがありません: has never). Not a particle before ない ("問題ではない", "間もない",
# "しかない": only), nor an adjective (少ない, no kana between).
_JA_KANJI = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]"
_JA_KANA = r"[\u3041-\u3096]"
_JA_PARTICLE = r"(?:[はがをにのともへや]|で(?!き)|しか)"
_JA_NOT = r"(?:な(?:い|かった|くて|く)|ません(?:でした)?|ず)"
JA_NEGATED_ENDING = (rf"(?!{_JA_PARTICLE}){_JA_KANA}{{1,2}}?(?:(?:[てで](?:い|おら))?{_JA_NOT}"
                     r"|[ただ]こと[はがも](?:な(?:い|かった)|ありません(?:でした)?))")
_JA_DENIED = rf"(?P<verb>{_JA_KANJI}+)(?P<ending>{JA_NEGATED_ENDING})"
# A verb written in kana only ("まとまらなかった", "何もしなかった", "先行きはわからない"), which starts its clause
# or follows a particle: its kana are its key.
_JA_KANA_DENIED = (rf"(?:(?<![^、。「」『』（）\s])|[はがをにへとも]|で(?!き))"
                   rf"(?P<verb>{_JA_KANA}*)(?P<ending>{JA_NEGATED_ENDING})")
# "しか" before a negated verb makes it "only" ("3億ドルしか投資しなかった": invested only $300 million), which
# denies nothing; not "しかし" (however).
_JA_ONLY = re.compile(r"しか(?!し(?!な))")
_JA_CLAUSE_EDGE = re.compile(r"[、。，．！？!?]")
# Phrases whose negative ending denies nothing: かもしれない (may), に違いない (must be), に過ぎない (merely),
# なくてはならない, なければいけない, ないといけない (must), にほかならない (is nothing but).
_JA_NOT_DENYING = re.compile(r"かも(?:しれ|知れ)(?:ない|ません)|に(?:違い|ちがい)(?:ない|ありません)"
                             r"|に(?:過ぎ|すぎ)(?:ない|ません|なかった)|な(?:くて|ければ)は?(?:なら|いけ)(?:ない|ません)"
                             r"|ないと(?:いけ|なら)(?:ない|ません)|にほかなら(?:ない|ず)")
# A bound negated after an amount ("5億ドルを下回らない", not below: at least; "3%を超えない", up to): the
# negation is the bound's and denies nothing, as "no less than" denies nothing.
_JA_NEGATED_BOUND = re.compile(r"[\d０-９][^、。\s]{0,8}?[をはも](?:(?:下回|上回)ら|超え|割り込ま)(?:ない|なかった|ず)")
# A noun that there is none of ("考えはない", "予定はない", "計画がない": no intention, no plan) or that something is
# not ("問題ではない"); not the hedge "のではないか" (might).
_JA_NONE = (r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々\u30a1-\u30fa\u30fc])(?:[はが]|では)"
            r"(?:な(?:い|かった)|ありません(?:でした)?)(?!か)")
# ... and a verb affirmed: the stem and its ending's kana, up to a particle after them ("署名したと": 署名した).
_JA_AFFIRMED = rf"(?P<verb>{_JA_KANJI}+)(?!{_JA_PARTICLE}){_JA_KANA}+?(?=[とがものはをに]*(?!{_JA_KANA}))"


@lru_cache(maxsize=1)
def _ja_verb_patterns() -> tuple[re.Pattern, ...]:
    return tuple(map(re.compile, (_JA_DENIED, _JA_KANA_DENIED, _JA_NONE, _JA_AFFIRMED)))


def ja_denied(text: str) -> list[tuple[int, int, str, str]]:
    """The verbs a Japanese text denies ("署名しなかった", "訪問していない", "まとまらなかった"), as (start, end,
    key, negative ending): the key is the verb's kanji ("署名"), which ja_affirmed() gives its affirmed forms as
    well, or the kana of one written in kana only ("まとま")."""
    denied, kana_denied, _, _ = _ja_verb_patterns()
    found = [(m.start(), m.end(), m["verb"], m["ending"]) for m in denied.finditer(text)]
    ends = {end for _, end, *_ in found}
    found += [(m.start("verb"), m.end(), m["verb"] or m["ending"][:1], m["ending"])
              for m in kana_denied.finditer(text) if m.end() not in ends]  # "し" of "何もしなかった"
    phrases = [(m.start(), m.end()) for pattern in (_JA_NOT_DENYING, _JA_NEGATED_BOUND) for m in pattern.finditer(text)]
    return sorted((start, end, key, ending) for start, end, key, ending in found
                  if not _JA_ONLY.search(_JA_CLAUSE_EDGE.split(text[:start])[-1])
                  and not any(start < last and first < end for first, last in phrases))


def ja_negates(text: str) -> bool:
    """Whether a Japanese text writes a negation: of a verb (ja_denied), or of a noun ("考えはない")."""
    _, _, none, _ = _ja_verb_patterns()
    return bool(ja_denied(text)) or none.search(text) is not None


def ja_affirmed(text: str) -> list[tuple[int, int, str]]:
    """The verbs a Japanese text affirms ("署名した", "投資する", "結んだ"), as (start, end, key); not one it
    denies."""
    denied = {start for start, *_ in ja_denied(text)}
    *_, affirmed = _ja_verb_patterns()
    return [(m.start(), m.end(), m["verb"]) for m in affirmed.finditer(text) if m.start() not in denied]
