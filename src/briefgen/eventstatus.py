"""Whether a passage says an event is planned, held, postponed or cancelled.

Like a date, an event's `status` must be stated by a cited quote; this module
finds the phrases that state one. It is a check of the editor's value, not an
author of it: it says which statuses a quote states, never whose status (a
quote naming two events states both events' phrases), so editors cite the
shortest passage that makes the point.

Phrases live in one table per language (BCP 47 primary subtag, e.g. `en`,
`de`, `zh` for Simplified and Traditional Chinese alike). Each phrase is a
regular-expression fragment matched case-insensitively, with any run of
spaces standing for any whitespace. In a language written with spaces
between words, a phrase matches only whole words (a phrase may end in `\\w*`
to take a word's endings, as Korean and Turkish ones do); in a language
written without them (UNSPACED: Chinese, Japanese, Thai) it matches anywhere, so
its phrases are long or specific enough not to occur inside other words.

Scanning takes the leftmost phrase, the longest where two start at the same
place, and moves on past it: so a negated or future form listed as a phrase
of its own ("was not held", "will be held", 未能举行, 将于…举行) is read as
that, never also as the shorter phrase inside it; so is a negation that only
says when ("no se celebró hasta junio", not until June: held, then). A table
may also list phrases under NO_STATUS: they state nothing, and are listed
only to keep a phrase inside them from being read (自由で開かれた, "free and
open", is not 開かれた, "was held"; German "wie geplant", "as planned", is
not a plan).

A quote that tells a postponement and then the holding ("after being
postponed, the summit took place", 推迟后于6月4日举行, 미뤄진 끝에 열린 것이다)
states both: the holding is read, not taken into a move to a new date
(延至5月举行), and support.py warns of a `postponed` status it overtakes.

A language is added by adding its table to PHRASES (and its examples to
LANGUAGE_EXAMPLES). A source whose language has no table states no status:
its words are never read with another language's table, where a word of its
own may be an English status word (Dutch "met", "with"; Danish "held",
"luck"). A text with no language given is read as English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import cldr
from .cldrwords import UZBEK_APOSTROPHE
from .textmatch import normalise

STATUSES = ("planned", "held", "postponed", "cancelled")
LABELS = {"planned": "Planned", "held": "Held", "postponed": "Postponed", "cancelled": "Cancelled"}
DEFAULT_LANGUAGE = "en"
NO_STATUS = "none"  # a table's phrases that state no status (see the module's docstring)
# Languages written without spaces between words: their phrases match anywhere. Thai is one (cldr.UNSPACED, of
# the languages whose words are compared as unspaced, leaves it out).
UNSPACED = cldr.UNSPACED | {"th"}
# Vowel signs and other marks of a script that are no \w but go on a word: "रद्दी" (waste paper) is no "रद्द".
_WORD_MARKS = {"hi": "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"}
EXAMPLES = {  # for hints: what a passage stating each status reads like
    "planned": ("will attend", "is scheduled", "plans to"),
    "held": ("took place", "was held", "hosted"),
    "postponed": ("postponed", "put off"),
    "cancelled": ("cancelled", "called off"),
}

# What a reader of the source would take as the status. A negated "held" is a
# cancellation ("was not held"), a future "held" a plan ("will be held"); the
# longer phrase wins where two start at the same word, and scanning moves on
# past a match, so "will be held" is never also read as "held".
_EN_VERBS = (r"(?:attend|visit|host|hold|meet|travel|take\s+part|participate|convene|reconvene|resume|go\s+ahead"
             r"|take\s+place|(?:gather|assemble)\s+(?:in|at|for|on)|be\s+(?:held|hosted|convened|staged))")
# What a plan's "to" may take: "set to host", "expected to be held".
_EN_TO_VERB = rf"(?: (?:be (?:held|hosted|convened)|{_EN_VERBS}))?"

# A status word negated, or an event that only may happen, states no status
# ("was not postponed", "has not been held yet", "may be convened"); "was not
# held" is a cancellation of its own, found first as it starts further left.
_EN_UNSTATED = (r"(?:postpone(?:d|ment)?|delayed|deferred|put off|pushed back|rescheduled|cancell?ed|called off"
                r"|scrapped|held|hosted|convened)(?: yet)?")
# What an event's happening is said with, for the phrases that deny or doubt it ("denied that the summit took place").
_EN_HAPPENED = (r"(?:took place|taken place|held|hosted|convened|met|visited|attended|took part|participated"
                r"|went ahead|gone ahead|organi[sz]ed|did (?:take place|go ahead))")
# ... and its being put off or called off, which a denial or a doubt leaves unsaid too ("whether to cancel").
_EN_CHANGED = (r"(?:postpone[ds]?|postponement|delay(?:ed|s)?|deferred|put off|pushed back|rescheduled"
               r"|cancel(?:l?ed|s)?|cancellation|called off|call off|scrapped|scrap)")
# A participle of putting off before its noun tells that noun put off. A hyphened compound stands before its
# noun ("much-delayed", "twice-postponed"); so does one after an article or a possessive (not after "this" or
# "that", which may be the verb's subject: "that delayed the summit").
_EN_PUT_OFF = r"(?:delayed|postponed|deferred|rescheduled)"
# What is held, and so put off: an event's noun ("the postponed summit", "the delayed elections", "the
# twice-postponed EU-China summit").
_EN_EVENT_NOUN = (r"(?:summits?|forums?|fora|meetings?|conferences?|congress(?:es)?|conventions?|assembl(?:y|ies)"
                  r"|sessions?|plenar(?:y|ies)|talks|negotiations|consultations|dialogues?|rounds?|elections?"
                  r"|by-elections?|votes?|voting|ballots?|polls?|referend(?:um|ums|a)|primar(?:y|ies)|run-?offs?"
                  r"|caucus(?:es)?|hearings?|trials?|visits?|trips?|tours?|missions?|ceremon(?:y|ies)"
                  r"|inaugurations?|signings?|launch(?:es)?|openings?|events?|gatherings?|rall(?:y|ies)"
                  r"|parades?|festivals?|celebrations?|games|matches|match|tournaments?|championships?|races?"
                  r"|concerts?|exhibitions?|expos?|fairs?|shows?|symposi(?:um|ums|a)|seminars?|workshops?"
                  r"|retreats?|debates?|sittings?|reunions?|encounters?|drills?|exercises?|auctions?|census(?:es)?"
                  r"|round-?tables?|get-togethers?|rendezvous|jamborees?|conclaves?|coronations?|funerals?"
                  r"|weddings?)")
# The words between the participle and its noun: names and modifiers ("the postponed EU-China trade summit"),
# no word of a clause's frame ("the delayed pact at a summit"), nor a possessor, which is the noun the participle
# describes ("the delayed pact's signing ceremony").
_EN_NOUN_MODIFIER = (r"(?!(?:at|in|on|of|for|to|by|with|from|after|before|during|over|under|and|or|but|as|that"
                     r"|which|who|is|are|was|were|has|have|had|will|would|be|been|the|a|an)(?![\w'-]))[\w'’-]+"
                     r"(?<!['’]s)")
# Told of a thing, it describes the thing and reports no event put off: "the long-delayed trade pact", "a
# delayed shipment", "the postponed reform" (a NO_STATUS phrase); told of an event, it tells that event
# postponed: "the postponed summit has not been given a new date".
_EN_PUT_OFF_BEFORE_NOUN = (rf"(?:[^\W_]+-{_EN_PUT_OFF}"
                           rf"|(?:the|a|an|its|their|his|her|our|your|my|whose|another)"
                           rf" (?:(?:long|much|oft|often|twice|thrice|once|already|now|again|\w+ly) )?{_EN_PUT_OFF})"
                           rf"(?!(?: {_EN_NOUN_MODIFIER}){{0,3}}? {_EN_EVENT_NOUN}(?:['’]s)?(?![\w'’-]))")
_EN_MAYBE = (r"(?:held|hosted|convened|met|attend(?:ed)?|visit(?:ed)?|host|hold|meet|take place|taken place|go ahead"
             r"|gone ahead|postponed|delayed|cancell?ed|called off)")

# German. Separable verbs stand apart from their particle ("Das Treffen fand
# am 9. August in Astana statt"): a phrase spans up to twelve words between
# them, within a clause ("9." of a date is a word, not a full stop), and
# never across a negation, which makes the phrase a cancellation instead.
_DE_WORDS = r"(?:(?!(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner) )(?:\d+\.|[^\s.!?;:]+) ){0,12}?"
_DE_WORDS_NO_COMMA = r"(?:(?!(?:nicht|nie|niemals) )[^\s.!?;:,]+ ){0,6}?"
_DE_CLAUSE_END = r"(?=\s*(?:[.!?;,:)\]\"'\u00bb\u00ab]|$|\s(?:und|oder|aber|sondern|weil|nachdem|als)\s))"
_DE_MODAL = r"(?:wird|werden|werde|soll|sollen|solle|sollte|sollten|will|wollen|würde|würden)"
_DE_TO_ATTEND = (r"(?:zu (?:besuchen|reisen|empfangen|tagen|treffen|veranstalten|ausrichten)|teilzunehmen|stattzufinden"
                 r"|zusammenzukommen|zusammenzutreffen|abzuhalten)")
_DE_INFINITIVES = (r"(?:stattfinden|teilnehmen|besuchen|reisen|empfangen|zusammenkommen|zusammentreffen|tagen"
                   r"|abgehalten|veranstaltet|ausgerichtet|erwartet)")

# Dutch puts the verb last and parts a separable verb from its particle ("De top vond op 5 maart in
# Brugge plaats", "zal op 18 maart in Oostende plaatsvinden"): as German, a phrase spans the words
# between them, within a clause, never across a negation (which makes it a cancellation).
_NL_NOT = r"(?:niet|nooit|geen|niets)"
_NL_WORDS = rf"(?:(?!{_NL_NOT} )(?:\d+\.|[^\s.!?;:]+) ){{0,12}}?"
# After the particle or participle the clause ends, or a place, a time or a cause follows, opened by
# a preposition ("vond plaats in Brussel", "werd gehouden op 5 maart", "namen deel aan de missie") or
# a day ("kwamen bijeen dinsdag"); any other word makes it another verb ("stelde de kandidaat uit Gent
# voor" proposed the candidate from Ghent).
_NL_CLAUSE_END = (r"(?=\s*(?:[.!?;,:)\]\"'\u00bb\u00ab]|$)|\s(?:en|of|maar|want|omdat|nadat|toen|zodat"
                  r"|terwijl)\s)")
_NL_PREPOSITION = (r"(?:in|op|te|bij|tussen|van|tot|tijdens|gedurende|onder|na|rond|rondom|vanaf|sinds|nabij|binnen"
                   r"|om|voor|vóór|achter|wegens|vanwege|door|met|zonder|aan|ondanks|volgens|naar|per)")
_NL_DAY = (r"(?:gisteren|vandaag|morgen|eergisteren|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag"
           r"|zaterdag|zondag|afgelopen|vorige|volgende|komende)")
_NL_AFTER = rf"(?:{_NL_CLAUSE_END}|(?=\s(?:{_NL_PREPOSITION}|{_NL_DAY})\s))"
# A particle that is also a noun is one after an article, a possessive or a preposition ("vond alles
# op zijn plaats", "nam een deel", "in plaats van"), or after one and an adjective ("op een afgelegen
# plaats", "de juiste plaats").
_NL_NOUN_BEFORE = (r"(?:(?:een|geen|zijn|haar|hun|mijn|je|jouw|uw|onze|elke|iedere|zo'n) [^\s.!?;:,]+"
                   r"|(?:de|het|deze|dit|die|dat) (?:juiste|goede|vaste|eerste|tweede|derde|laatste|zelfde|andere"
                   r"|verkeerde|beste|grootste|belangrijkste)"
                   r"|de|het|een|'n|geen|zijn|haar|hun|mijn|je|jouw|uw|ons|onze|deze|dit|die|dat|elke|ieder|iedere"
                   r"|welke|zo'n|als|ter|te|op|in|naar|van|voor|met|aan|uit|bij|tot|om|over|zonder)")


def _nl_apart(verb: str, particle: str, after: str = _NL_AFTER, noun: bool = False) -> str:
    """A Dutch verb and its particle (or participle) up to twelve words on in its clause, not across a
    negation, nor, for a particle that is also a `noun`, to that noun; then what may follow it."""
    # (the particle within two words is looked for first, which is quicker than the words before it)
    noun_here = rf"|(?=(?:[^\s.!?;:]+ ){{1,2}}{particle}(?![\w'])){_NL_NOUN_BEFORE} {particle}(?![\w'])" if noun else ""
    return rf"{verb} (?:(?!{_NL_NOT} {noun_here})(?:\d+\.|[^\s.!?;:]+) ){{0,12}}?{particle}{after}"


_NL_MODAL = r"(?:zal|zullen|zou|zouden|moet|moeten|gaat|gaan)"
_NL_INFINITIVES = (r"(?:plaatsvinden|plaats vinden|doorgaan|bezoeken|bijwonen|deelnemen|samenkomen|bijeenkomen"
                   r"|vergaderen|ontmoeten|(?:worden )?(?:gehouden|georganiseerd)(?: worden)?"
                   r"|\w*bezoek(?:en)? brengen)")
# "gehouden" is also "kept" and "bound": not "gehouden aan" (bound to), nor "gehouden om" (obliged to)
# but for "om 10 uur"; nor after the words of "houden" for keeping ("geheim gehouden", "op de hoogte").
_NL_HELD_AFTER = r"(?! aan | om (?!\d))" + _NL_AFTER
_NL_KEPT = (r"(?:rekening|verantwoordelijk|aansprakelijk|geheim|vast|stand|leven|gaten|hoogte|oog|toom|bedwang"
            r"|afstand|peil|gek|hand|controle|gevangen|bezig|gaande|open|staande|schoon|warm|droog|tegen|buiten"
            r"|gescheiden|stil|kort|laag|hoog)")
# "een bezoek gebracht" (paid a visit), "een bezoek aan Jakarta gebracht"; "zal ... een bezoek brengen" is a plan
_NL_VISIT_PAID = r"\w*bezoek(?:en)? (?:aan (?:[^\s.!?;:,]+ ){1,4}?)?gebracht"
_NL_DOUBT = (r"ontk(?:ende|enden|ent|ennen|end)|gerucht\w*|speculatie\w*|(?:niet duidelijk|onduidelijk|onbekend|onzeker"
             r"|de vraag|twijfel\w*) of|niet bevestigd|onwaar|onjuist")
_NL_EVENT = (r"plaatsvond\w*|plaatsgevonden|plaatsvinden|plaatsvindt|vond\w*|gehouden|georganiseerd|bezocht\w*"
             r"|deelgenomen|doorging\w*|doorgegaan|uitgesteld\w*|afgelast\w*|geannuleerd\w*|afgezegd\w*")

# Polish: the past tense and the participle agree with the event's gender and number ("szczyt odbył
# się", "konferencja odbyła się", "forum odbyło się", "rozmowy odbyły się"; "przełożony/-a/-e").
_PL_BE = r"(?:został|została|zostało|zostały|zostali|zostanie|zostaną|jest|są|był|była|było|były|byli)"
_PL_GENDER = r"(?:ł|ła|ło|ły|li)"
_PL_DOUBT = (r"zaprzecz\w*|zdementowa\w*|dementuj\w*|plotk\w*|pogłosk\w*|spekulacj\w*|niepotwierdzon\w*"
             r"|nieprawd\w*|czy")
_PL_EVENT = (rf"(?:się )?odby{_PL_GENDER}(?: się)?|odbędzie|odbędą|miał[aoy]? miejsce|doszło|przełożon\w*"
             rf"|przełoży\w*|odwołan\w*|odwoła\w*|zorganizowan\w*|przeprowadzon\w*")

# Indonesian marks no tense: "digelar" (was held) is also a headline's present, and only a word before it
# makes a plan ("akan digelar", "dijadwalkan berlangsung") or what was to be ("sedianya berlangsung pada 3
# Maret ... batal digelar": planned, then cancelled). "belum digelar" (not yet held) states nothing.
_ID_HOLD = r"(?:digelar|diselenggarakan|dilaksanakan|diadakan|berlangsung|menggelar|menyelenggarakan|mengadakan)"
_ID_VISIT = r"(?:mengunjungi|dikunjungi|menghadiri|dihadiri|bertemu|berkunjung|bertandang|melawat)"
_ID_CHANGE = r"(?:ditunda|menunda|diundur|diundurkan|ditangguhkan|dibatalkan|membatalkan|batal)"
_ID_DOUBT = (r"membantah|dibantah|menepis|ditepis|menyangkal|disangkal|apakah|kabar|rumor|desas-desus"
             r"|belum (?:dapat |bisa )?(?:dipastikan|memastikan|dikonfirmasi)|tidak benar")

# Chinese, Simplified and Traditional alike. Bare 举行/召开 ("held", "convened")
# is how news reports an event that happened (中国－中亚峰会在西安举行); a plan
# reads 将/预计/定于… before the verb, and the phrase reaches from there to the
# verb, across a date and place but not across a sentence, nor across words
# that make it a postponement, cancellation, negation or a thing done (将会议
# 推迟举行, 他将于明日出发，会议已于昨日举行).
# An opening or a closing, "开幕", "闭幕", is the event's (论坛于8月9日开幕), not a ceremony or a speech (开幕式, 开幕词).
_ZH_OPENED = r"[开開闭閉]幕(?![式词詞典])"
ZH_EVENT_VERB = (r"(?:[举舉]行|召[开開]|[举舉][办辦]|出席|[访訪][问問]|[会會][见見]|[会會]晤|[参參][加与與]|到[访訪]"
                 rf"|出[访訪]|前往|[进進]行|{_ZH_OPENED})")
# 延至/改至 ("put off to", "moved to") before the verb make it a move (中非农业合作论坛延至5月举行), as 推迟
# does; 改在 ("instead in/at") may move the place only, and states nothing (not 蔓延至, "spread to").
_ZH_MOVED_TO = r"(?<!蔓)(?:[延推挪][至到]|改(?:至|到|[于於]))"
_ZH_NOT = (rf"(?!取消|延期|推[迟遲]|延[后後]|推[后後]|改期|押[后後]|[顺順]延|停[办辦]|叫停|暂停|暫停|[未不没沒已]"
           rf"|[无無]法|{_ZH_MOVED_TO}|改在)")
_ZH_SPAN = rf"(?:{_ZH_NOT}[^。！？；!?;]){{0,30}}?"
# What may stand between a word of intent and the event's verb in one clause (将于明年在北京举行: 于明年在北京):
# not across a comma, nor a word that makes it a move, a cancellation, a negation or a thing done. verbforms.py
# reads a plan's verb across it too, with ZH_EVENT_VERB.
ZH_CLAUSE_TO_VERB = rf"(?:{_ZH_NOT}[^。！？；!?;，,、]){{0,15}}?"
# 原定 and Taiwan's 原訂 ("originally set for", 原定本月10日舉行的對話) tell a plan with or without 于, not a holding.
_ZH_WILL = r"(?:[将將](?![军軍领領近其士帅帥])|原[定訂]|即[将將]|[预預][计計]|[预預]定|定[于於]|[拟擬]|[计計][划劃]|准[备備]|準備|打算|有望)"

# Japanese. A past form that goes on as a wish or condition (開催したい,
# 訪問したら) is not a past.
_JA_PAST = r"(?:た|ました)(?![いくらり])"

# Korean and Turkish words take endings: a phrase is a whole word's start,
# its endings `\w*`.

# Arabic: a phrase may carry the prefixes و, ف, ب, ل, ال; letters may carry
# vowel marks; alif with or without hamza, ya and alif maqsura, ta marbuta and
# ha are read alike, as writers use them (see _arabic()).
_AR_MARKS = "[\u064b-\u065f\u0670\u0640]*"
_AR_ALIKE = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]"}


def _arabic_letters(fragment: str) -> str:
    out, i = [], 0
    while i < len(fragment):
        char = fragment[i]
        if char == "[":  # a class of letters is one letter
            end = fragment.index("]", i) + 1
            out.append(fragment[i:end] + _AR_MARKS)
            i = end
            continue
        if "\u0621" <= char <= "\u064a":
            out.append(_AR_ALIKE.get(char, char) + _AR_MARKS)
        else:
            out.append(char)
        i += 1
    return "".join(out)


_AR_PREFIX = f"(?:{_arabic_letters('[وف]')})?(?:{'|'.join(_arabic_letters(p) for p in ('بال', 'لل', 'ال', 'ب', 'ل'))})?"


def _arabic(*phrases: str) -> tuple[str, ...]:
    return tuple(_AR_PREFIX + _arabic_letters(phrase) for phrase in phrases)


# Arabic past verbs agree with their subject: he (or a passive, "was held"), she, the two, they ("اجتمع",
# "اجتمعت", "اجتمعا", "اجتمعتا", "اجتمعوا"); a weak verb's last letter changes ("التقى", "التقت", "التقيا").
_AR_AGREES = "(?:ت|ا|تا|وا)?"
# What a gathering is called: its meeting, summit, conference, session, talks, forum, dialogue, with "its" or
# "their" joined to it ("اجتماعه", "قمتهم"), and its works or activities, that open or begin.
_AR_GATHERING = ("(?:ال)?(?:اجتماع|قم[ةت]|مؤتمر|جلس[ةت]|جلسات|لقاء|لقاءات|محادثات|مباحثات|مشاورات|ندو[ةت]"
                 "|منتد[ىا]|دور[ةت]|حوار)")
_AR_WORKS = "(?:ال)?(?:أعمال|فعاليات|أشغال)"
# ... and in the accusative, as a verb's object only: "اجتماعا", "مؤتمرا", "اجتماعين".
_AR_MEETING_ACCUSATIVE = "(?:اجتماعا|اجتماعين|مؤتمرا|حوارا|لقاءين)(?!\\w)"
# The words between a verb and its object: its subject ("عقد مجلس التنسيق الأعلى اجتماعه"), never a preposition,
# which makes a meeting the place of something else ("عقد شراكة خلال الاجتماع", a contract signed at it).
_AR_BETWEEN = ("(?:(?!(?:" + "|".join(_arabic_letters(word) for word in (
    "في", "خلال", "أثناء", "على", "عقب", "بعد", "قبل", "من", "إلى", "عن", "بين", "بقيمة", "لتوريد", "لشراء", "لبناء"))
    + r")\s)[^\s.!?;:،؛؟]+\s){0,6}?")
# A verb that is no noun may have its time and place between too ("انطلقت أمس في القاهرة أعمال المنتدى").
_AR_ANY_BETWEEN = r"(?:[^\s.!?;:،؛؟]+\s){0,6}?"
# عقد is "held" and the noun "contract" or "decade", or "the holding of" after a plan's words ("من المقرر عقد
# القمة", "دعا إلى عقد قمة"): held where it stands as a verb, at a clause's start or after a particle that only a
# verb follows ("وقد عقد", "كما عقد"), and with its meeting after it.
_AR_CLAUSE_START = r"(?:^|(?<=[.!?;:،؛؟(«\"\-–—])|(?<=[.!?;:،؛؟(«\"\-–—]\s))"
_AR_VERB_PARTICLE = _arabic_letters("(?:[وف])?(?:قد|لقد|ثم|فيما|بينما|كما|حيث|إذ|عندما|حين|حينما|بعدما)") + r"\s"
_AR_HELD_IN_CONTEXT = (
    rf"(?:{_AR_CLAUSE_START}|{_AR_VERB_PARTICLE}){_arabic_letters('(?:[وف])?عقد(?:ا|تا|وا)?')}\s{_AR_BETWEEN}"
    rf"{_arabic_letters(_AR_GATHERING)}\w*",
    # its works began, it opened, a city saw it convene ("انطلقت أعمال المنتدى", "افتتح الرئيس المؤتمر",
    # "شهدت القاهرة انعقاد المنتدى")
    rf"{_AR_PREFIX}{_arabic_letters('(?:انطلق|افتتح)' + _AR_AGREES)}\s{_AR_ANY_BETWEEN}"
    rf"{_arabic_letters(f'(?:{_AR_WORKS}|{_AR_GATHERING})')}\w*",
    rf"{_AR_PREFIX}{_arabic_letters('شهد' + _AR_AGREES)}\s{_AR_ANY_BETWEEN}"
    rf"{_arabic_letters('(?:ال)?(?:انعقاد|افتتاح|اختتام|انطلاق)')}",
    # A meeting in the accusative, which no preposition governs, is the verb's object across a subject that has
    # one ("عقد وزراء الري في مصر والسودان وإثيوبيا اجتماعا في القاهرة", the ministers of irrigation in Egypt,
    # Sudan and Ethiopia held a meeting); "عقدوا" and "عقدتا" are verbs only, wherever they stand ("أن الوزراء
    # عقدوا اجتماعا").
    rf"(?:{_AR_CLAUSE_START}|{_AR_VERB_PARTICLE}){_arabic_letters('(?:[وف])?عقد(?:ا|تا|وا)?')}\s{_AR_ANY_BETWEEN}"
    rf"{_arabic_letters(_AR_MEETING_ACCUSATIVE)}",
    rf"{_arabic_letters('(?:[وف])?عقد(?:تا|وا)')}\s{_AR_BETWEEN}{_arabic_letters(_AR_GATHERING)}\w*",
)
# The Arabic present tells a plan with a time to come ("يعقد الوزراء اجتماعا في القاهرة غدا", the ministers hold a
# meeting in Cairo tomorrow), as English "is meeting next week" does.
_AR_TO_COME = (_AR_PREFIX + _arabic_letters("[يت](?:عقد|نعقد|جتمع|لتقي|ستضيف|زور|شارك|حضر)") + r"\w*\s"
               + _AR_ANY_BETWEEN + _arabic_letters("(?:غدا|المقبل|المقبلة|القادم|القادمة)") + r"(?!\w)")
# "جرى" is "took place" ("جرى الاجتماع في الرياض", "جرت محادثات"), and, before the verbal noun of an act, the
# auxiliary "was done", as "تم" is: "جرى تأجيل القمة" (the summit was postponed), "جرى إلغاء", "جرى الاتفاق على
# عقد القمة" (it was agreed to hold it), "جرى تحديد موعد القمة" (its date was set), "جرت العادة" (it is the
# custom): then the noun tells what was done, which its own words read, and "جرى" no holding.
# (Written plain: _arabic() spells its letters alike.)
_AR_DONE_TO_IT = ("(?! (?:ال)?(?:تأجيل|إرجاء|إلغاء|تعليق|نقل|تغيير|تعديل|تحديد|اتفاق|تحضير|إعداد|استعداد|تخطيط"
                  "|عادة|حديث|بحث|نقاش|مناقشة))")
# Japanese "decided" or "agreed": not denied ("決まらなかった", "合意に至らなかった", "一致せず"), nor yet to come
# ("決める見通し", will decide; "合意するかどうか", whether they agree).
_JA_DECIDED = (r"(?:決ま(?!る|らな|らず)|決定(?!する|し(?:な|ていな)|せず|できな)|決め(?!る|な|ず|ていな|られな)"
               r"|合意(?!する|に至らな|に至らず|し(?:な|ていな)|せず|できな)|一致(?!する|し(?:な|ていな)|せず|できな))")
# Not yet held: "لم يعقد الاجتماع بعد", "لم يتم عقد الاجتماع حتى الآن" (no call-off; بعد ends the clause, not
# "after" a thing).
_AR_NOT_YET = (_AR_PREFIX + _arabic_letters("لم (?:[يت](?:عقد|نعقد|جتمع|لتق)|يتم (?:عقد|تنظيم))") + r"\w*"
               + r"(?:\s[^\s.!?;:،؛؟]+){0,6}?\s" + _arabic_letters("(?:بعد|حتى الآن|حتى اليوم)")
               + r"(?=\s*(?:[.!?;:،؛؟]|$))")
# "أُجّل الاجتماع" (the meeting was put off): the bare أجل is also "for the sake of" ("من أجل", "لأجل") and a
# term ("إلى أجل غير مسمى"), so only before its meeting, and not after من.
_AR_PUT_OFF = (r"(?<!من\s)" + _arabic_letters("(?:[وف])?أجل") + r"\s" + _arabic_letters(_AR_GATHERING) + r"\w*")

# "لم … إلا" is "only", no denial: "لم يحضر الرئيس القمة إلا ليوم واحد" (attended the summit for one day only),
# "لم تنعقد القمة إلا في مارس" (was held only in March); not إلا أن (however), إلا إذا (unless).
_AR_HELD_ONLY = (_AR_PREFIX + _arabic_letters("لم [يت](?:حضر|شارك|زر|جتمع|لتق|عقد|نعقد)")
                 + r"\w* (?:[^\s.!?;:،؛؟]+ ){0,6}?" + _arabic_letters("إلا")
                 + "(?! " + _arabic_letters("(?:أن|إذا)") + ")")

# Arabic denials, doubts and rumours, and the event's happening or its being put off or called off.
_AR_DOUBT = "(?:نفى|نفت|نفوا|تنفي|ينفي|نفي|كذبت|كذب|تكذيب|شائعات|شائعة|إشاعات|مزاعم|ادعاءات|غير صحيح|ليس صحيحا|ما إذا)"
_AR_EVENT = "(?:" + "|".join(_AR_PREFIX + _arabic_letters(word) for word in (
    "عقد", "عقدت", "عقدوا", "عقدا", "عقدتا", "انعقد", "انعقدت", "أقيم", "أقيمت", "جرى", "جرت", "استضاف", "استضافت", "زار", "زارت", "شارك", "شاركت",
    "حضر", "حضرت", "التقى", "التقت", "التقوا", "اجتمع", "اجتمعت", "اجتمعوا", "تأجل", "تأجلت", "أرجئ", "أرجئت", "أجلت",
    "ألغي", "ألغيت", "ألغى", "ألغت")) + ")"


# Russian "прошёл/прошла/прошло" is "took place", but also "(time) passed"
# and "underwent": not when a span of time or a course follows.
_RU_NOT_TIME = (r"(?!\s+(?:уже\s+)?(?:почти\s+|более\s+|менее\s+|около\s+|больше\s+|меньше\s+|целых\s+)?(?:\d+\s+)?"
                r"(?:лет|год|месяц|недел|дн|сут|час|минут|врем|пол|много|немного|несколько|один|одна|два|две|три"
                r"|четыр|пять|шест|сем|восем|девят|десят|обучени|проверк|отбор|испытани|курс|лечени|стажировк))")
_RU_VERBS = r"(?:состояться|пройти|посетить|принять\s+участие|провести|встретиться|участвовать)"
# Agreed or decided, then what, a few words on: "договорились провести", "решено перенести".
_RU_AGREED = (r"(?:договорил(?:ся|ась|ись)|условил(?:ся|ась|ись)|согласил(?:ся|ась|ись)|решил[аи]?|решено"
              r"|постановил[аи]?|(?:принял[аи]?|принято) решение)(?: (?:(?!не )[^\s.!?;:,]+ ){0,3}?)")

# A denial, doubt or rumour and, a few words on in its sentence, the event's
# happening (or its being put off or called off) that it leaves unsaid, as
# English "denied that the summit took place": a NO_STATUS phrase from the
# denial on, so the status word inside it is not read ("опроверг сообщения о
# том, что встреча состоялась", "negó que la cumbre se celebró").
def _doubted(doubt: str, event: str, words: int = 8, word: str = r"[^\s.!?;]+") -> str:
    return rf"(?:{doubt})[,:]? (?:{word} ){{0,{words}}}?(?:{event})"


# A negation then "until" or "before" says when, not that it never happened: Spanish "no se celebró hasta
# junio" (not until June) took place, in June; where "until" may also be "as of" (Portuguese "não se
# realizou até junho", Russian "не состоялась до июня"), or it is "before", it states nothing. A few
# words (a place) may stand between.
_UNTIL_WORDS = r"(?: [^\s.!?;:,]+){0,3}?"
_ES_SO_FAR = r"(?:ahora|la fecha|el momento|hoy|entonces)"  # "no se ha celebrado hasta ahora": not yet
_ES_UNTIL = rf"{_UNTIL_WORDS}(?: sino)? hasta(?! {_ES_SO_FAR}\b)"
_ES_NOT_UNTIL = rf"(?!{_UNTIL_WORDS}(?: sino)? hasta\b)"
_ES_DOUBT = (r"neg(?:ó|aron|aba|ado)|niegan?|desm(?:intió|intieron|iente|ienten|entido)|no es (?:cierto|verdad)|es falso"
             r"|rumor(?:es)?|se rumorea|no (?:está|queda) claro|se desconoce|no se sabe|dud(?:a|as|an|ó|aron)|si")
_ES_EVENT = (r"se (?:celebr|realiz|reun|desarroll)\w*|se llev\w* a cabo|tuv\w* lugar|tenido lugar|celebrad[oa]s?"
             r"|realizad[oa]s?|visit(?:ó|aron|ara|aran|ase)|asist\w*|particip\w*|acogi\w*|alberg\w*|aplaz\w*|pospu\w*"
             r"|posterg\w*|cancel\w*|suspend\w*|anul\w*")
_FR_DOUBT = (r"(?:a |ont |avait |avaient )?(?:démenti|nié|contesté)|dément(?:ent)?|nient?|contestent?|rumeurs?|bruits?"
             r"|il est faux|pas vrai|inexact|(?:on )?ignore si|ne sait pas si|pas clair si|incertain|savoir si"
             r"|doute(?:nt)?")
# French puts an adverb inside a compound verb ("s'est finalement déroulé", "a bien eu lieu", "s'est, hier, tenu"),
# and "ne … que" is "only": "n'a eu lieu qu'en juin" took place, in June.
# Not "toujours", "encore": "n'a toujours pas eu lieu" is not yet, no cancellation.
_FR_ADV = (r"(?:,? (?:\w+ment|bien|déjà|enfin|donc|alors|aussi|hier|pourtant|toutefois|ainsi|même|ensuite|puis"
           r"|bel et bien|tout de même|quand même|néanmoins|cependant|là|également),?){0,2}")
# The day news writes after "s'est rendu" and before where ("s'est rendu aujourd'hui à Dakar", "mardi à Rome").
_FR_WHEN = (r"(?: (?:aujourd'hui|hier|avant-hier|ce (?:matin|soir|week-end)"
            r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?))?")
_FR_ONLY = r"(?:[^\s.!?;:,]+ ){0,4}?qu(?:'[^\s.!?;:,]+|e [^\s.!?;:,]+)"
_FR_EVENT = (r"(?:a|ont|avait|avaient|ait|aient|aurait|auraient) eu lieu"
             r"|(?:s'est|se sont|s'était|s'étaient|se soit|se soient|se serait|se seraient) (?:tenue?s?|déroulée?s?|réunie?s?)"
             r"|(?:a|ont|ait|aient|aurait|auraient) (?:été )?(?:organisée?s?|tenue?s?|accueilli|visité|assisté|participé"
             r"|pris part|rencontré|réuni)|reportée?s?|annulée?s?|ajournée?s?|repoussée?s?")
_DE_DOUBT = (r"bestr(?:itt|itten|eitet|eiten|eite)|dementier\w*|leugne\w*|zurückgewiesen|Gerücht\w*|Spekulation\w*"
             r"|Berichte?, wonach|unklar|ungewiss|fraglich|unbestätigt\w*|nicht (?:wahr|richtig|zutreffend|bestätigt)"
             r"|falsch|bezweifel\w*|Zweifel|ob")
_DE_EVENT = (r"stattgefunden\w*|stattfand\w*|stattfinde\w*|abgehalten|getagt|tagte\w*|getroffen|trafen|traf|besucht\w*"
             r"|teilgenommen|teilnahm\w*|zusammengekommen|zusammenkam\w*|zusammengetroffen|zusammentraf\w*|veranstaltet\w*|verschoben\w*|verschob\w*"
             r"|vertagt\w*|abgesagt\w*|ausgefallen|ausfiel\w*|annulliert\w*|geplatzt|platzte\w*")
_IT_DOUBT = (r"(?:ha |hanno )?(?:negato|smentito)|negano|nega|smentisce|smentiscono|voci|indiscrezioni"
             r"|non è (?:vero|chiaro|certo|noto)|è falso|non si sa|resta da capire|dubbi\w*")
_IT_EVENT = (r"si (?:è|sono|sia|siano|fosse|fossero|era|erano) (?:svolt|tenut|riunit|incontrat)\w*"
             r"|(?:ha|hanno|abbia|abbiano|avesse|avessero|aveva|avevano) (?:avuto luogo|ospitato|visitato|partecipato"
             r"|incontrato|preso parte)|stat[oaie] (?:organizzat|ospitat|tenut)\w*|rinviat\w*|posticipat\w*|annullat\w*"
             r"|cancellat\w*|rimandat\w*|slittat\w*")
# Portuguese "decorreu" took place, but "decorreram dois anos" is time passing, "decorreu da crise" arose from it.
_PT_NOT_TIME = (r"(?! (?:d[ao]s?|de(?! \d)|desde|o prazo|(?:já )?(?:mais|menos|cerca|quase|apenas|só|pouco|muito|um|uma"
                r"|dois|duas|três|\d+|vários|várias|alguns|algumas|meses|anos|dias|semanas|horas)\b))")
# Agreed or decided, with what: "comprometem-se a realizar", "acordaram realizar".
_PT_AGREED = (r"(?:(?:se )?compromet(?:eram|em|eu|e)(?:-se)?|acord(?:aram|ou|am)|concordaram|decidi(?:ram|u)"
              r"|combinaram)(?: em| a)?")
_PT_MEET = (r"(?:realizar|organizar|sediar|acolher|visitar|participar|reunir-se|se reunir|encontrar-se|se encontrar"
            r"|realizar-se|se realizar|acontecer|ocorrer|decorrer|ter lugar)")
_PT_DOUBT = (r"neg(?:ou|aram|a|am)|desment(?:iu|iram|e|em)|rumores?|boatos?|não é (?:verdade|certo)|é falso"
             r"|não (?:está|é) claro|não se sabe|dúvidas?")
_PT_EVENT = (r"(?:se )?realiz(?:ou|aram)(?:-se)?|realizad[oa]s?|(?:teve|tiveram|tido|tivesse|tivessem) lugar"
             r"|(?:ocorr|acontec|decorr)\w*|(?:se )?reuni(?:u|ram)(?:-se)?|visit(?:ou|aram)|particip(?:ou|aram)"
             r"|sedi(?:ou|aram)"
             r"|acolh(?:eu|eram)|adiad[oa]s?|adi(?:ou|aram)|cancelad[oa]s?|cancel(?:ou|aram)|suspens[oa]s?")
_RU_DOUBT = (r"опроверг\w*|опровер(?:гает|гают|жение|жения)|отрица\w*|отверг\w*|оспари\w*|оспорил\w*|слух\w*"
             r"|сомнева\w*|сомнени\w*|неправда|ложь|не соответству\w* действительности|неясно|не ясно|неизвестно"
             r"|не известно|непонятно|не подтвер(?:дил|дила|дили|ждает|ждают|ждено|ждена|жден)\w*")
_RU_EVENT = (r"состоял\w*|прош(?:ёл|ел|ла|ло|ли)|провед[её]н\w*|провел\w*|провёл|посетил\w*|принял\w* участие"
             r"|участвовал\w*|встретил\w*|завершил\w*|перенес\w*|отложен\w*|отложил\w*|отсроч\w*|отмен\w*|сорван\w*")
_TR_EVENT = (r"(?:düzenlen|gerçekleştiril|gerçekleştir|gerçekleş|yapıl|ziyaret et|katıl|ev sahipliği yap|bir araya gel"
             r"|görüş|toplan|tamamlan|ertelen|ertele|iptal edil|iptal et)")
# Turkish tells a past by "-dı" ("katıldı"), "-tı" after a voiceless letter ("görüştü"; "toplantı" is a
# meeting), or by "-mıştı", "-mıştır" ("katılmıştı", had attended); "-(y)ama-" is "could not"
# ("gerçekleştirilemedi"). The stem's vowels choose the ending's.
_TR_PAST_VOICED = r"(?:d[ıiuü]|m[ıiuü]şt[ıiuü]r?)"
_TR_PAST_VOICELESS = r"(?:t[ıiuü]|m[ıiuü]şt[ıiuü]r?)"
_TR_HELD = (rf"(?:(?:düzenlen|gerçekleştiril|gerçekleştir|katıl|bir araya gel|yapıl|toplan|tamamlan){_TR_PAST_VOICED}"
            rf"|(?:ev sahipliği yap|görüş|ziyaret et){_TR_PAST_VOICELESS}|gerçekleş(?:ti(?!r)|mişti|miştir))")
_TR_HAPPEN = r"(?:gerçekleştiril|gerçekleş|düzenlen|yapıl)"
_TR_NOT = r"(?:[ae]?m[ae](?:d[ıi]|m[ıi]şt[ıi]r?|y[ae]c[ae]k))"
# Turkish says it the other way round: the event's verb, made a noun, then the claim and its denial or doubt
# ("görüşmenin yapıldığı iddialarını yalanladı", "yapıldığına dair söylentiler"), or "whether or not"
# ("yapılıp yapılmadığı").
_TR_DOUBT = (r"iddia\w*|söylenti\w*|yalanla\w*|reddet\w*|redded\w*|asılsız\w*|doğru değil\w*|doğrulanma\w*"
             r"|belirsiz\w*|bilinmiyor\w*|net değil\w*|şüphe\w*|kuşku\w*")
# Kazakh "өткен" is the past participle of taking place ("9 тамызда өткен саммит"), and before a word of time,
# last ("өткен жылы", last year).
_KK_TIME = r"(?:жыл|ай|апта|күн|ғасыр|уақыт|кезең|онжылдық|тоқсан|сенбі|жексенбі)\w*"
_ZH_HAPPENED = (rf"[举舉]行|召[开開]|[举舉][办辦]|出席|[会會][见見]|[会會]晤|到[访訪]|[访訪][问問]|[参參][加与與]|主持|{_ZH_OPENED}"
                r"|推[迟遲]|延期|延[后後]|推[后後]|改期|押[后後]|[顺順]延|取消|叫停|停[办辦]")
# And what may happen, as Thai "อาจจัดขึ้น" (may be held): "会议可能于下周举行", "峰会或将推迟", "不排除延期".
_ZH_DOUBT = (r"否[认認]|辟[谣謠]|[驳駁]斥|[传傳][闻聞]|[谣謠]言|[谣謠][传傳]|[传傳]言|据[传傳]|據傳|是否|有[无無]|能否"
             r"|[质質]疑|并非|並非|不确定|不確定|不清楚|不明|未[经經]?[证證]实|未[经經]?[證]實|未[获獲][证證]实|未獲證實"
             r"|可能|或[将將许許会會]|也[许許]|不排除")
# ... or after the report it denies: "关于峰会已推迟的报道不实" (reports that the summit was put off are untrue).
_ZH_UNTRUE = (r"(?:[报報]道|消息|[说說]法|[传傳][闻聞]|[传傳]言)[^。！？；!?;]{0,6}?(?:不[实實]|失[实實]|不[属屬][实實]"
              r"|[纯純][属屬]|虚假|虛假|[谣謠]言|[遭被](?:到)?否[认認])")
# Chinese 会晤 is "to meet" and "talks": held only as a verb, with an aspect mark (会晤了) or whom or where one
# met before it (同普京会晤, 在北京会晤), and not where a noun follows (会晤安排, 会晤期间).
_ZH_TALKS_NOUN = (r"(?:安排|期[间間]|事宜|地[点點]|日程|[议議]程|[细細]节|[细細]節|[机機]制|[筹籌][备備]|准[备備]|準備"
                  r"|[计計][划劃]|成果|[结結]果|[内內]容|[话話][题題]|[进進]程|[问問][题題]|[机機][会會]|[时時]|前|后|後|中"
                  r"|的|上|[邀][请請]|[报報]道|消息)")
_JA_EVENT = (r"(?:開催(?:され|し)|開かれ|行われ|実施され|(?:訪問|出席|参加|会談|会見|主催|来日|訪日|開幕|閉幕)し|訪れ"
             r"|延期され|中止され|見送られ)")
_KO_EVENT = r"\w*(?:열렸|개최됐|개최되었|개최했|만났|방문했|참석했|참가했|연기됐|연기되었|취소됐|취소되었|무산됐)"

# Thai puts no spaces between words (a space ends a clause) and marks no tense: "จัดขึ้น" (was held) is also a
# headline's present, and only a word before it makes a plan ("จะจัดขึ้น", "มีกำหนดจัดขึ้น", "เตรียมจัด"), a
# negation ("ไม่ได้จัดขึ้น", was not held) or a doubt ("อาจจัดขึ้น", may be held); "ได้" before it tells it done.
# A verb after "การ" is a noun ("การเยือน", the visit; "ระหว่างการประชุม", during the meeting): no status.
_TH_HOLD = (r"(?:จัดขึ้น|มีขึ้น|จัด(?:การ)?(?:ประชุม|เจรจา|หารือ|งาน|พิธี)|เปิดฉาก|ปิดฉาก|(?:เปิด|ปิด)การประชุม"
            r"|(?:ประชุม|หารือ)(?:ร่วมกัน|กัน)?(?:แล้ว|เมื่อ)|ประชุม(?:ร่วมกัน|กัน))")
_TH_VISIT = (r"(?:(?:เดินทาง(?:ไป)?)?เยือน|เข้าร่วม(?:การ)?(?:ประชุม|พิธี|งาน|หารือ|เจรจา)|ร่วม(?:การ)?ประชุม"
             r"|พบ(?:ปะ)?(?:หารือ|กัน)|เข้าพบ)")
_TH_EVENT = rf"(?<!การ)(?:{_TH_HOLD}|{_TH_VISIT})"
_TH_CHANGE = r"(?:ยกเลิก|ล้มเลิก|เลื่อน)"
# What may stand between a word of intent and its verb in one clause ("จะเดินทางไปเยือน", "จะมีการจัดประชุม"): not a
# space, which ends the clause, nor a negation or a change, which make it another thing.
_TH_SPAN = r"(?:(?!ไม่|ยกเลิก|เลื่อน)[^\s.!?]){0,12}?"
_TH_WILL = (r"(?:จะ|(?:มี)?กำหนด(?:การ)?(?:ที่จะ|จะ)?|เตรียม(?:การ)?(?:ที่จะ|จะ)?|(?:มี|วาง)แผน(?:ที่จะ|จะ)?|คาดว่าจะ)"
            r"(?:มีการ)?")
# "เลื่อน" is also "to slide": promoted ("เลื่อนตำแหน่ง", "เลื่อนขั้น"), vague ("เลื่อนลอย"), scrolled ("เลื่อนดู"),
# and "เลื่อนขึ้น" is brought forward.
_TH_PUT_OFF = r"เลื่อน(?!ตำแหน่ง|ขั้น|ยศ|ชั้น|ระดับ|ลอย|ไหล|ลง|ขึ้น|ดู|หน้าจอ|เข้า)"
_TH_DOUBT = (r"ปฏิเสธ|ข่าวลือ|ลือว่า|ไม่แน่ชัดว่า|ไม่ชัดเจนว่า|ยังไม่ทราบว่า|ไม่ทราบว่า|ไม่ยืนยันว่า|ยังไม่ยืนยัน"
             r"|ไม่เป็นความจริง")
# May, might, likely: no status ("อาจจัดขึ้น"), but not "อาจารย์", a teacher.
_TH_MAYBE = r"(?:อาจ(?!ารย์)(?:จะ)?|น่าจะ|คงจะ)"

# Hindi puts the verb last, after its event ("बैठक 15 मार्च को नई दिल्ली में हुई", the meeting took place on 15
# March in New Delhi), and tells the tense in its auxiliary: a participle with गया/गई/गए is done ("आयोजित की
# गई", was held), one with -गा/-गी/-गे to come ("आयोजित की जाएगी", "होगी"); नहीं before the verb denies it.
_HI_EVENT_NOUN = (r"(?:बैठक|बैठकें|सम्मेलन|शिखर सम्मेलन|शिखर वार्ता|वार्ता|बातचीत|मुलाकात|भेंट|समारोह|सत्र|अधिवेशन"
                  r"|संगोष्ठी|सभा|रैली|चुनाव|मतदान|दौरा|कार्यक्रम|महोत्सव|प्रदर्शनी)")
# The event is the verb's subject, which takes no postposition: not "बैठक में सहमति नहीं हुई" (no agreement
# was reached at the meeting), "बैठक के बाद" (after the meeting).
_HI_SUBJECT = rf"{_HI_EVENT_NOUN}(?! (?:में|के|की|का|से|पर|को|ने|तक)(?![^\s।.!?;:,]))"
# The words between the event and its verb, in its clause ("15 मार्च को नई दिल्ली में"): never a negation, nor
# "not yet" ("अभी तक"), nor a change, which make it another thing; nor a conjunction or another's agent, which
# make it another clause ("चुनाव आयोग ने कहा कि मतदान … हुआ", "दौरा सफल रहा और कई समझौते हुए").
_HI_WORDS = (r"(?:(?!(?:नहीं|न|ना|कभी|अभी|अब|फिलहाल|स्थगित|रद्द|निरस्त|और|तथा|एवं|लेकिन|परंतु|परन्तु|मगर|किंतु"
             r"|किन्तु|जबकि|क्योंकि|कि|तो|ने)(?![^\s।.!?;:,]))[^\s।.!?;:,]+ ){0,8}?")
_HI_HAPPENED = r"(?:हुई|हुआ|हुए|हुईं)"
_HI_TO_COME = r"(?:होगी|होगा|होंगे|होंगी)"
_HI_DONE = r"(?:किया|की|किए|किये)"
_HI_PASSIVE_DONE = r"(?:गया|गई|गयी|गए|गये)"
_HI_PASSIVE_TO_COME = r"(?:जाएगा|जाएगी|जाएंगे|जाएंगी|जाएँगे|जायेगा|जायेगी|जायेंगे|जाना है|जानी है|जाने हैं)"
_HI_HOSTING = r"(?:मे(?:ज\u093c?|\u095b)बानी|मुलाकात|भेंट|बैठक|वार्ता|बातचीत|दौरा|यात्रा)"
# A transitive past ends its clause: "मुलाकात की।", "दौरा किया और", not "बैठक की तारीख" (the meeting's date).
_HI_CLAUSE_END = r"(?=\s*(?:[।.,;!?]|$)|\s(?:और|तथा|थी|थीं|था|थे|है|हैं)(?![^\s।.!?;:,]))"
# Denied, a rumour, unclear, untrue (with "फ़" and "ग़" written either way: a letter and a nukta, or one letter).
_HI_DOUBT = (r"इनकार|इंकार|खंडन|अ(?:फ\u093c?|\u095e)वाह[^\s।.!?;:,]*|(?:स्पष्ट|साफ|पता|तय|सच) नहीं(?: है)? कि"
             r"|(?:ग\u093c?|\u095a)लत है कि")
_HI_EVENT = (rf"{_HI_HAPPENED}|{_HI_TO_COME}|आयोजित|संपन्न|स्थगित|रद्द|निरस्त|{_HI_HOSTING} {_HI_DONE}"
             r"|भाग लिया|शामिल हुए")


PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "planned": (
            rf"will (?:also |now |then |soon )?{_EN_VERBS}",
            rf"would (?:also )?{_EN_VERBS}",
            rf"(?:is|are|was|were) (?:also )?to {_EN_VERBS}",
            r"to be (?:held|hosted|convened)",
            # A plan's "to" takes the verb after it: "expected to be held" is a plan, never also "held".
            rf"(?:scheduled|planned|plans?|planning|expected|slated|intends?|poised|(?:is|are|was|were) (?:set|going)) to"
            rf"{_EN_TO_VERB}",
            rf"agreed to (?:{_EN_VERBS}|be (?:held|hosted|convened))",
            # "was supposed to take place in May", with the verb: "is meant to strengthen ties" plans no event
            rf"(?:supposed|meant) to (?:{_EN_VERBS}|be (?:held|hosted|convened))",
            r"scheduled", r"planned", r"plans? for", r"slated for",
            r"(?:is|was) expected that", rf"due to {_EN_VERBS}",
            # Due when, not due to a cause: "is due on Jan. 29", "is due next week", not "is due largely to costs".
            r"(?:is|are|was|were) (?:also |now |still )?due(?!(?:,? [a-z]+ly| in (?:large )?part|,)* to\b)",
            r"upcoming", r"forthcoming", rf"prepar(?:es|ing) (?:for|to {_EN_VERBS})",
            # Under way, not halted: "preparations are under way for the summit", "preparations for it are under way"
            r"preparations? (?:(?:are|is) (?:well |now |already )?under ?way for"
            r"|for (?:[^\s.!?;:,]+ ){1,8}?(?:are|is) (?:well |now |already )?under ?way)",
            # A date fixed: "the signing ceremony is set for next week", "was set for 12 May"
            r"(?:is|are|was|were|has been|have been) (?:now |tentatively |provisionally )?set for", r"pencil?led in",
            r"date (?:for (?:[^\s.!?;:,]+ ){1,6}?)?(?:has been|have been|was|is) (?:now )?(?:fixed|set|agreed)",
            # Expected somewhere or at some time: "the prime minister is expected in Astana on Monday"
            r"(?:is|are) (?:also |now )?expected (?:in|at)",
            # An event's opening to come: "the summit will open on Monday", "the forum is set to kick off"
            rf"{_EN_EVENT_NOUN} (?:will|(?:is|are) (?:set |due |scheduled |expected )?to) (?:officially |formally )?"
            rf"(?:open|begin|start|kick off|get under ?way)",
            # The present for a fixed future: "is taking place in Arusha next month", "is being held tomorrow", "takes
            # place next week"
            r"(?:(?:is|are) (?:taking place|being (?:held|hosted|convened)|meeting|holding|hosting)|takes place)\b"
            r"[^.;!?]{0,60}?"
            r"\b(?:next|tomorrow|later (?:this|in)|this coming|in the coming)\b",
            # Moved to an earlier date, which is no postponement: "the summit was brought forward to 2 May"
            r"(?:was|were|has been|have been|had been|is being|are being) (?:brought|moved|pushed) forward"
            r"|(?:was|were|has been|have been|had been) moved up(?= (?:to|by)\b)",
            # Kept to its date: "the summit remains on track for May", "is on schedule", not "on track to miss"
            r"(?:is|are|remains?|remained|stays?|stayed) (?:still |firmly |now )?on (?:track|course|schedule)"
            r"(?= for\b| to (?:go ahead|take place|be held|open|begin|start|proceed)\b|\s*[.,;!?]|\s*$)",
            # A headline's infinitive: "Astana summit to go ahead", "Talks to open in Geneva"
            rf"{_EN_EVENT_NOUN} to (?:go ahead|take place|proceed|open|begin|start|kick off|resume)",
        ),
        "held": (
            r"took place", r"(?:has|have|had) taken place", r"(?:is|are) taking place",
            r"held", r"hosted", r"met", r"visited", r"attended", r"took part", r"participated",
            r"convened", r"coincided with", r"wrapped up", r"went ahead", r"(?:has|have|had) gone ahead",
            # The emphatic past, as a correction or a confirmation says it: "the dialogue did take place"
            r"did (?:indeed |in fact |eventually |finally )?(?:take place|go ahead)",
            r"gathered (?:in|at|for|on)", r"brought together",
            # An event's opening or close told as done: "the summit opened in Astana", "the talks concluded
            # without a deal", "the meeting, which ended on Friday"
            rf"{_EN_EVENT_NOUN}(?:,? which| that)? (?:(?:has|have|had) )?(?:(?:officially|formally|finally) )?"
            rf"(?:opened|begun|began|kicked off"
            rf"|got under ?way|ended|closed|concluded|drew to a close|drew|attracted|saw|produced|yielded|ran from)",
            # ... or as going on, or going on again: "the summit is under way", "talks resumed in Geneva"
            rf"{_EN_EVENT_NOUN} (?:(?:is|are) (?:now |already |well )?under ?way|(?:(?:has|have|had) )?(?:resumed"
            rf"|reconvened))",
            r"reconvened",
            # Ended early, so it took place: "the visit was cut short by the storm"
            r"(?:was|were|has been|have been|had been) cut short",
            r"assembled (?:in|at|for|on)", r"(?:was|were|been) staged",
            # Its speakers: "Kishida addressed the forum", "speaking at the summit", "spoke at the conference"
            rf"(?:addressed|(?:speaking|spoke) (?:at|to)) (?:the|a|an|this|that|its|their) (?:[\w'’-]+ ){{0,3}}?"
            rf"{_EN_EVENT_NOUN}(?![\w'’-])",
            # Not there or then, but elsewhere or later: "did not take place in Riverton but in Gamma City".
            r"(?:did not|didn't|(?:was|were) not) (?:take place|go ahead|held) (?:in|on|at) [^.;!?]{1,60}? but (?:in|on|at)",
        ),
        "postponed": (
            r"postpone(?:d|s|ment)?", r"delayed", r"deferred", r"put off", r"pushed back", r"rescheduled",
            r"put (?:[^\s.!?;:,]+ ){0,4}?on (?:hold|ice)", r"(?:was|were|been) moved to (?:next|a later|later)",
            r"(?:was|were|been) pushed (?:back )?(?:to|until|into)",
            r"(?:was|were|been|being) (?:put|moved) back(?= (?:until|by|a|an|one|two|three|several|\d"
            r"|to (?:next|a later|later|\d|January|February|March|April|May|June|July|August|September|October"
            r"|November|December)))",
        ),
        "cancelled": (
            r"cancell?ed", r"cancell?ation", r"cancels?", r"called off", r"calls? off", r"scrapped", r"axed",
            r"(?:was|were|been) (?:quietly |later |then )?(?:abandoned|shelved)",
            # "Plans for the summit were abandoned": no plan stated, but its end
            r"plans? (?:for|to) (?:[^\s.!?;:,]+ ){0,6}?(?:(?:was|were|has been|have been|had been) )?"
            r"(?:(?:quietly|later|then) )?(?:abandoned|dropped|scrapped|shelved|cancell?ed)",
            r"did not (?:take place|go ahead)", r"didn't (?:take place|go ahead)", r"never took place",
            # "the summit never happened", not "has never happened before"
            r"(?:never happened|did not happen|didn't happen)(?! (?:before|since|again|in (?:the )?(?:past|history)))",
            r"(?:was|were) not held", r"(?:will|would) not (?:take place|be held|go ahead)",
            r"fail(?:ed|s)? to (?:take place|go ahead|materiali[sz]e|be held)",
            r"(?:was|were|has been|have been|had been) (?:quietly |later |then )?dropped", r"pull(?:ed|s|ing)? the plug on",
        ),
        NO_STATUS: (rf"(?:not|never|no longer) (?:yet )?(?:been |be )?{_EN_UNSTATED}", _EN_PUT_OFF_BEFORE_NOUN,
                    # A reaction, not a meeting: "met with criticism", "met with a cool reception".
                    r"met with (?:(?:a|an|some|much|little|strong|fierce|broad|wide|mixed|cool|warm|[\w-]+ly) )*"
                    r"(?:criticism|resistance|opposition|approval|praise|scepticism|skepticism|protests?|anger|concerns?"
                    r"|objections?|hostility|silence|success|dismay|disapproval|enthusiasm|applause|derision"
                    r"|reception|response|reaction|backlash|outrage|suspicion)",
                    # "never met", "has not visited", "have not attended": it did not happen, or not yet
                    r"(?:not|never|n't) (?:yet |ever |once )?(?:met|visited|attended|took part|participated"
                    r"|brought together|gathered)",
                    # "No summit was held in 2026", "no talks took place", "Neither leader attended",
                    # "Nobody attended": none happened, which is no status of one event
                    rf"(?<![\w-])(?:no|neither|nor|nobody|no one|none of) (?:[^\s.!?;:,]+ ){{0,5}}?"
                    rf"(?:(?:was|were|is|are|has been|have been|had been) )?{_EN_HAPPENED}",
                    # Denied, doubted, rumoured or only supposed: "denied that the summit took place",
                    # "it is unclear whether it was held", "rumours that a summit was held", "if it is held at all"
                    # "denied reports that it was held", "denied the forum took place", "claims that it was held
                    # were retracted", "falsely reported to have taken place"
                    rf"(?:not true that|untrue that|false that|unclear (?:whether|if)|whether|doubts? that|if|unless"
                    # "in case the summit is cancelled", "no question of the summit being called off"
                    rf"|in case|in the event (?:that|of)|provided (?:that )?|assuming (?:that )?"
                    rf"|question (?:of|that)|(?:prospect|chance|possibility|likelihood)(?: of| that)?|fears? that"
                    rf"|(?:dismiss|reject|refut|rebutt?)(?:e|es|ed|ing|s)?(?: (?:the |any )?(?:reports?|claims?"
                    rf"|suggestions?|rumou?rs?|allegations?|accounts?|speculation))(?: that)?"
                    rf"|den(?:y|ies|ied|ying)(?: (?:the |any )?(?:reports?|claims?|suggestions?|rumou?rs?|allegations?"
                    rf"|accounts?|speculation))?(?: that)?"
                    rf"|(?:rumou?rs?|claims?|allegations?|suggestions?|speculation|reports?) that"
                    rf"|(?:falsely|wrongly|incorrectly|mistakenly|erroneously) (?:\w+ )?(?:reported|claimed|said|stated"
                    rf"|announced|suggested)) (?:[^\s.!?;:,]+ ){{0,8}}?"
                    rf"(?:(?:is|are|was|were|be|been|had been|has been|have been|to have|to have been) )?"
                    rf"(?:{_EN_HAPPENED}|{_EN_CHANGED}|(?:will|would|shall) (?:still |also |now |ever )?{_EN_VERBS})",
                    # Asked for, threatened or weighed, not done: "threatened to cancel", "demanded that the forum
                    # be postponed", "rejected calls to call off", "is considering postponing"
                    rf"(?:threat\w*|demand\w*|call(?:s|ed|ing)? (?:for|to|on)|urg\w*|press\w* for|push\w* for"
                    rf"|appeal\w* for|ask\w*|request\w*|lobb\w*|propos\w*|suggest\w*|consider\w*|weigh\w*|mull\w*"
                    rf"|vow\w*|seek\w*|sought|want\w*|refus\w*|reject\w*|oppos\w*|warn\w*|rul(?:e|ed|es|ing) out)"
                    rf"(?: (?:that|to|for))? (?:[^\s.!?;:,]+ ){{0,8}}?(?:(?:be|been|to be) )?{_EN_CHANGED}",
                    # Only expected or intended: "is expected to be postponed", "there are no plans to cancel it"
                    # (from the "is" that a plan's phrase "is set to", "is due" would start at)
                    rf"(?:(?:is|are|was|were) )?(?:\w+ly )?(?:expected|likely|unlikely|set|poised|due|going|plans?"
                    rf"|planning|intends?|intending|hopes?|hoping|aims?|aiming|preparing) to (?:be )?{_EN_CHANGED}",
                    # Held up is delayed, not held: "has been held up by a row over fees"
                    r"held up",
                    # What was to have happened did not, or not then: "was to have been held"
                    rf"(?:was|were) (?:due |supposed |meant |scheduled |set )?to have (?:been )?(?:{_EN_HAPPENED}|{_EN_CHANGED})", rf"(?:was|were|is|are|has|have|had|will|would|did|does|do)n't (?:yet )?(?:been |be )?{_EN_UNSTATED}", rf"(?:may|might|could|should|must|can|cannot) (?:not |also |still |yet )?(?:have )?(?:be |been )?{_EN_MAYBE}", rf"would (?:not |also |still )?have (?:been )?{_EN_MAYBE}", rf"expected to have {_EN_MAYBE}",),
    },
    "de": {
        "planned": (
            rf"{_DE_MODAL} {_DE_WORDS}{_DE_INFINITIVES}", rf"{_DE_MODAL} sich {_DE_WORDS}treffen",
            rf"finde[nt] {_DE_WORDS}statt",  # present: "Das Treffen findet im Mai statt"
            r"stattfindet", r"stattfinden (?:soll|sollen|sollte|sollten|wird|werde|werden|würde|würden)",
            r"geplant(?:e[nmrs]?)?", r"plan(?:t|te|ten|en)", r"vorgesehen(?:e[nmrs]?)?", r"angesetzt(?:e[nmrs]?)?",
            r"bevorstehende?[nmrs]?", r"anstehende?[nmrs]?", r"beabsichtig(?:t|en|te|ten)",
            r"Vorbereitung(?:en)? (?:auf|für)", r"in (?:Planung|Vorbereitung)",  # "Der Gipfel ist in Planung"
            # an event's "zu" infinitive tells no holding: "kündigte an, den Gipfel zu besuchen", "teilzunehmen"
            rf"{_DE_TO_ATTEND}",
        ),
        "held": (
            rf"fand(?:en)? {_DE_WORDS}statt", r"stattfand(?:en)?", r"stattgefunden(?:e[nmrs]?)?", r"abgehalten",
            r"tagte(?:n)?", r"traf(?:en)? sich", r"besuchte(?:n)?", rf"ha(?:t|tte|ben|tten) {_DE_WORDS}besucht",
            rf"nahm(?:en)? {_DE_WORDS}teil{_DE_CLAUSE_END}", r"teilgenommen", r"empfing(?:en)?",
            r"war(?:en)? Gastgeber(?:in)?", r"veranstaltete(?:n)?",
            rf"kam(?:en)? {_DE_WORDS}zusammen{_DE_CLAUSE_END}", r"zusammengekommen", r"reiste(?:n)? (?:nach|in|zu)",
            rf"traf(?:en)? {_DE_WORDS}zusammen{_DE_CLAUSE_END}", r"zusammengetroffen",  # met: "traf mit … zusammen"
            # "haben sich am Montag in Berlin getroffen" (not "eine Entscheidung getroffen"); "ging am Freitag zu Ende"
            rf"(?:ha(?:t|tte|ben|tten)|sind|waren) sich {_DE_WORDS}getroffen", rf"ging(?:en)? {_DE_WORDS}zu Ende",
        ),
        "postponed": (
            r"verschoben(?:e[nmrs]?)?", r"verschieb(?:t|en)", r"verschob", r"Verschiebung", r"vertagt(?:e[nmrs]?)?",
            r"Vertagung", r"aufgeschoben",
        ),
        "cancelled": (
            r"abgesagt(?:e[nmrs]?)?", r"Absage", rf"sagte(?:n)? {_DE_WORDS_NO_COMMA}ab{_DE_CLAUSE_END}",
            r"annulliert", r"geplatzt", r"platzte(?:n)?", r"nicht zustande",
            # "fiel aus" (was called off), not "fiel positiv aus" (turned out well); "ist ausgefallen", not
            # "ein ausgefallenes Programm" (an unusual one)
            rf"fiel(?:en)? aus{_DE_CLAUSE_END}", rf"(?:ist|sind|war|waren) {_DE_WORDS_NO_COMMA}ausgefallen{_DE_CLAUSE_END}",
            rf"fand(?:en)? {_DE_WORDS}(?:nicht|nie|niemals) statt", rf"finde[nt] {_DE_WORDS}(?:nicht|nie) statt",
            r"(?:nicht|nie|niemals) (?:stattgefunden|stattfinden|stattfand(?:en)?|stattfindet)",
        ),
        NO_STATUS: (r"(?:nicht|nie|niemals|keineswegs) (?:\w+ ){0,2}?(?:verschoben|abgesagt|vertagt|aufgeschoben|annulliert)(?:e[nmrs]?)?",
                   r"noch nicht (?:\w+ ){0,2}?(?:abgehalten|stattgefunden)", r"wie (?:geplant|vorgesehen)",
                   # a meeting denied: "ist nicht mit seinem Amtskollegen zusammengetroffen"
                   r"(?:nicht|nie|niemals) (?:\w+ ){0,4}?(?:zusammengetroffen|zusammengekommen|teilgenommen)",
                   rf"(?:nicht|nie|niemals) {_DE_WORDS_NO_COMMA}{_DE_TO_ATTEND}",
                   _doubted(_DE_DOUBT, _DE_EVENT, 12, r"(?:\d+\.|[^\s.!?;:]+)"),),
    },
    "es": {
        "planned": (
            r"se (?:celebrará|celebrarán|realizará|realizarán|reunirá|reunirán|llevará a cabo|llevarán a cabo|desarrollará)",
            r"tendrán? lugar", r"celebrarán?",
            r"(?:visitará|visitarán|asistirá|asistirán|participará|participarán|acogerá|acogerán|albergará)",
            r"será (?:anfitri[oó]n|sede)",
            r"(?:va|van|iba|iban) a (?:celebrar|visitar|asistir|participar|acoger|reunirse|realizar|tener lugar)",
            r"(?:debe|deberá|debería) (?:celebrarse|realizarse|tener lugar)",
            r"(?:está|están|estaba|estaban) (?:previst|programad)[oa]s?", r"(?:previst|programad)[oa]s? para",
            r"tienen? previsto", r"prevé", r"planea(?:n)?", r"tienen? la intención de", r"se espera que",
            r"próxim[oa]s? (?:cumbre|reunión|foro|visita)",
            rf"no (?:se (?:celebrará|celebrarán|realizará|realizarán|reunirá|reunirán|llevará a cabo|llevarán a cabo)"
            rf"|tendrán? lugar){_ES_UNTIL}",
        ),
        "held": (
            r"se (?:celebró|celebraron|realizó|realizaron|reunió|reunieron|llevó a cabo|llevaron a cabo|desarrolló)",
            r"tuvo lugar", r"tuvieron lugar", r"(?:ha|han|había|habían) tenido lugar",
            r"(?:fue|fueron) (?:celebrad|realizad)[oa]s?",
            r"(?:visitó|visitaron|asistió|asistieron|participó|participaron|acogió|acogieron|albergó)",
            r"fue (?:anfitri[oó]n|sede)",
            rf"no (?:se (?:celebró|celebraron|realizó|realizaron|reunió|reunieron|llevó a cabo|llevaron a cabo"
            rf"|desarrolló)|tuvo lugar|tuvieron lugar|(?:fue|fueron) (?:celebrad|realizad)[oa]s?){_ES_UNTIL}",
        ),
        "postponed": (
            r"aplazad[oa]s?", r"aplazó", r"aplazaron", r"aplazamiento", r"pospuest[oa]s?", r"pospuso", r"pospusieron",
            r"postergad[oa]s?", r"postergó", r"postergación", r"reprogramad[oa]s?",
        ),
        "cancelled": (
            r"cancelad[oa]s?", r"canceló", r"cancelaron", r"cancelación", r"suspendid[oa]s?", r"suspendió",
            r"anulad[oa]s?", r"anuló",
            rf"no se (?:celebró|celebraron|celebrará|realizó|realizará|llevó a cabo){_ES_NOT_UNTIL}",
            rf"no (?:tuvo|tendrá) lugar{_ES_NOT_UNTIL}",
            r"nunca se (?:celebró|celebraron|celebrará|realizó|realizará|llevó a cabo)", r"nunca (?:tuvo|tendrá) lugar",
        ),
        NO_STATUS: (r"no (?:fue|fueron|ha sido|han sido|será|serán|se ha|se han|está|están) (?:aplazad|pospuest|cancelad|suspendid|anulad|postergad)[oa]s?", r"no se (?:aplazó|aplazaron|canceló|cancelaron|suspendió|suspendieron|pospuso|pospusieron|anuló|postergó|ha celebrado|han celebrado)", r"(?:como estaba|según lo|tal como estaba|como) previsto",
                   _doubted(_ES_DOUBT, _ES_EVENT),
                   rf"(?:no|nunca) (?:se (?:celebr|realiz|reun|desarroll)\w*|se llev\w* a cabo|tuv\w* lugar"
                   rf"|tendrán? lugar|(?:fue|fueron) (?:celebrad|realizad)[oa]s?){_UNTIL_WORDS}(?: sino)? hasta"
                   rf" {_ES_SO_FAR}",),
    },
    "fr": {
        "planned": (
            r"se (?:tiendra|tiendront|déroulera|dérouleront|rendra|rendront|réunira|réuniront)",
            r"(?:aura|auront) lieu",
            rf"(?:doit|doivent|devrait|devraient|va|vont){_FR_ADV} (?:se tenir|avoir lieu|se dérouler|se rendre"
            r"|participer|assister|accueillir|visiter|rencontrer|se réunir)",
            r"(?:visitera|visiteront|assistera|assisteront|participera|participeront|accueillera|accueilleront"
            r"|rencontrera|rencontreront)",
            r"(?:est|sont|était|étaient) prévue?s?", r"prévue?s? (?:pour|le|la|les|en|au|à|début|fin|mi)",
            r"programmée?s?", r"(?:prévoit|prévoient|envisage|envisagent) de",
            r"compte (?:se rendre|participer|assister)", r"a l'intention de", r"est attendue? (?:à|en|au)",
            # only then: "n'aura lieu qu'en juin"
            rf"n'(?:aura|auront){_FR_ADV} lieu {_FR_ONLY}",
        ),
        "held": (
            rf"(?:s'est|se sont|s'était|s'étaient){_FR_ADV} (?:tenue?s?|déroulée?s?|réunie?s?)",
            rf"(?:a|ont|avait|avaient){_FR_ADV} eu lieu",
            rf"(?:a|ont){_FR_ADV} été{_FR_ADV} (?:organisée?s?|tenue?s?)",
            rf"(?:a|ont){_FR_ADV} (?:accueilli|visité|assisté|participé|pris part|rencontré|réuni)",
            rf"(?:a|ont){_FR_ADV} tenu (?:un|une|des|le|la|les|sa|son|ses|leur|leurs)",
            rf"s'est{_FR_ADV} rendue?{_FR_WHEN} (?:à|en|au|aux)", rf"se sont{_FR_ADV} rendue?s{_FR_WHEN} (?:à|en|au|aux)",
            rf"(?:s'est|se sont){_FR_ADV} entretenue?s?",  # held talks: "s'est entretenu avec son homologue"
            # only then, so it took place: "n'a eu lieu qu'en juin", "n'a été organisé que le 5 juin"
            rf"n'(?:a|ont|avait|avaient){_FR_ADV} eu lieu {_FR_ONLY}",
            rf"n'(?:a|ont){_FR_ADV} été{_FR_ADV} (?:organisée?s?|tenue?s?) {_FR_ONLY}",
        ),
        "postponed": (
            r"reportée?s?", r"repoussée?s?", r"ajournée?s?", r"ajournement", r"différée?s?", r"reprogrammée?s?",
            r"(?:le )?report (?:du|de la|de l'|des)",
        ),
        "cancelled": (
            r"annulée?s?", r"annulation", r"annulent", r"annule",
            rf"n'(?:a|ont|avait|avaient){_FR_ADV} (?:pas|jamais) eu lieu",
            rf"n'(?:aura|auront){_FR_ADV} (?:pas|jamais) lieu",
            rf"ne (?:s'est|se sont|s'était|se tiendra|se tiendront){_FR_ADV} (?:pas|jamais)(?: tenue?s?)?",
        ),
        NO_STATUS: (r"n['’](?:a|ont|est|sont|avait|avaient|était|étaient) (?:pas|jamais) (?:été )?(?:report|annul|ajourn|repouss|différ|décal|ten)u?[ée]?e?s?", r"ne (?:sera|seront|fut|furent) (?:pas|jamais) (?:report|annul|ajourn|repouss|différ)[ée]e?s?", r"comme prévu", _doubted(_FR_DOUBT, _FR_EVENT),
                    # not before a time, so maybe then: "n'a pas eu lieu avant juin", "ne se tiendra pas avant 2027"
                    rf"n'(?:a|ont|avait|avaient|aura|auront){_FR_ADV} pas(?: eu)? lieu avant",
                    rf"ne (?:s'est|se sont|s'était|s'étaient|se tiendra|se tiendront|se déroulera|se dérouleront)"
                    rf"{_FR_ADV} pas(?: tenue?s?| déroulée?s?)? avant",),
    },
    "it": {
        "planned": (
            r"si (?:terrà|terranno|svolgerà|svolgeranno|riunirà|riuniranno|recherà|recheranno)",
            r"(?:avrà|avranno) luogo",
            r"(?:visiterà|visiteranno|parteciperà|parteciperanno|ospiterà|ospiteranno|incontrerà|incontreranno)",
            r"(?:dovrebbe|dovrebbero|deve|devono) (?:tenersi|svolgersi|avere luogo|partecipare|visitare|incontrare"
            r"|ospitare|recarsi)",
            r"(?:è|sono|era|erano) previst[oaie]", r"previst[oaie] (?:per|il|la|a|in|nel|nella)",
            r"in programma", r"programmat[oaie]", r"(?:prevede|prevedono) di", r"(?:intende|intendono)",
        ),
        "held": (
            # "si sono incontrati", they met each other, as "si sono riuniti" and French "se sont réunis"
            r"si (?:è|sono|era|erano) (?:svolt|tenut|riunit|incontrat)[oaie]", r"(?:ha|hanno|aveva|avevano) avuto luogo",
            r"(?:ha|hanno) (?:ospitato|visitato|partecipato|incontrato|preso parte)",
            r"(?:è|sono) stat[oaie] (?:organizzat|ospitat|tenut)[oaie]", r"si (?:è|sono) recat[oaie] (?:a|in)",
        ),
        "postponed": (
            r"rinviat[oaie]", r"posticipat[oaie]", r"rimandat[oaie]", r"(?:è|sono) slittat[oaie]", r"differit[oaie]",
        ),
        "cancelled": (
            r"annullat[oaie]", r"annullamento", r"cancellat[oaie]",
            r"non si (?:è|sono) (?:svolt|tenut)[oaie]", r"non (?:ha|hanno) avuto luogo",
            r"non si (?:terrà|terranno|svolgerà)", r"non (?:avrà|avranno) luogo",
        ),
        NO_STATUS: (r"non (?:è|sono|fu|furono|sarà|saranno|era|erano) (?:stat[oaie] )?(?:rinviat|posticipat|annullat|cancellat|rimandat|sospes)[oaie]", r"come previsto", _doubted(_IT_DOUBT, _IT_EVENT),),
    },
    "pt": {
        "planned": (
            r"(?:será|serão) realizad[oa]s?", r"realizar-se-(?:á|ão)", r"se realizar(?:á|ão)", r"(?:terá|terão) lugar",
            r"(?:acontecerá|acontecerão|ocorrerá|ocorrerão|decorrerá|decorrerão)",
            rf"(?:visitará|visitarão|participará|participarão|sediará|sediarão|acolherá|acolherão|regressará|regressarão"
            rf"|(?:voltará|voltarão) a {_PT_MEET})",
            rf"(?:vai|vão|irá|irão|deve|devem|deverá|deverão) (?:visitar|participar|sediar|acolher|realizar"
            rf"|ser realizad[oa]s?"
            rf"|acontecer|ocorrer|se reunir|reunir-se|ter lugar|decorrer|regressar|voltar (?:ao|à|aos|às)"
            rf"|voltar a {_PT_MEET})",
            r"(?:realiza(?:m)?-se|se realiza(?:m)?)",  # the present for a fixed date: "realiza-se a 22 de junho"
            rf"{_PT_AGREED} {_PT_MEET}",
            r"(?:está|estão|estava|estavam) (?:previst|programad|marcad|agendad)[oa]s?",
            r"(?:previst|marcad|agendad|programad)[oa]s? para", r"programad[oa]s?",
            r"(?:planeja|planejam|planeia|planeiam|pretende|pretendem)", r"espera-se que", r"prevê-se que",
        ),
        "held": (
            r"realiz(?:ou|aram)-se", r"se realiz(?:ou|aram)", r"(?:foi|foram) realizad[oa]s?", r"(?:teve|tiveram) lugar",
            rf"(?:ocorreu|ocorreram|aconteceu|aconteceram|(?:decorreu|decorreram){_PT_NOT_TIME})",
            r"(?:se reuniu|se reuniram|reuniu-se|reuniram-se)",
            rf"(?:visitou|visitaram|participou|participaram|sediou|sediaram|acolheu|acolheram"
            rf"|(?:voltou|voltaram|tornou|tornaram) a {_PT_MEET})",
        ),
        "postponed": (r"adiad[oa]s?", r"adiou", r"adiaram", r"adiamento", r"postergad[oa]s?", r"remarcad[oa]s?"),
        "cancelled": (
            r"cancelad[oa]s?", r"cancelou", r"cancelaram", r"cancelamento", r"(?:foi|foram) suspens[oa]s?",
            r"não (?:se realiz(?:ou|aram|ará|arão|a|am)|foi realizad[oa]|foram realizad[oa]s|aconteceu|ocorreu"
            r"|teve lugar|será realizad[oa]|acontecerá|ocorrerá|terá lugar)",
        ),
        NO_STATUS: (r"não (?:foi|foram|será|serão|tem sido|têm sido|está|estão|é) (?:adiad|cancelad|suspens|pospost)[oa]s?", r"não se adiou", r"(?:como|conforme) (?:estava )?previsto",
                   _doubted(_PT_DOUBT, _PT_EVENT),
                   rf"não (?:se realiz\w*|foi realizad[oa]|foram realizad[oa]s|aconteceu|ocorreu|teve lugar|decorreu"
                   rf"|será realizad[oa]|acontecerá|ocorrerá|terá lugar){_UNTIL_WORDS} (?:até|antes d[eoa]s?)\b",),
    },
    "ru": {
        "planned": (
            r"состо(?:ится|ятся)", r"пройд[её]т", r"пройдут", r"(?:будет|будут) провед[её]н[аоы]?",
            r"провед[её]т", r"проведут", r"запланирован\w*", r"планиру\w*", r"намерен[аы]?", r"намерева\w*",
            r"посетит", r"посетят", r"приедет", r"приедут", r"(?:примет|примут) участие", r"ожидается",
            r"предстоящ\w*", r"намечен[аоы]?", r"встретится", r"встретятся", r"откро(?:ется|ются)", r"старту(?:ет|ют)",
            rf"(?:(?:должен|должна|должно|должны)(?: (?:был|была|было|были))?|планирует|планируют|намерен|намерена"
            rf"|намерены) {_RU_VERBS}",
            r"(?:будет|будут) (?:участвовать|проходить)",
            rf"{_RU_AGREED}(?:{_RU_VERBS}|собраться|организовать)",
        ),
        "held": (
            r"состоял(?:ся|ась|ось|ись)", rf"прош(?:ёл|ел|ла|ло|ли){_RU_NOT_TIME}",
            r"(?:был|была|было|были) провед[её]н[аоы]?", rf"(?:провёл|провел|провела|провели){_RU_NOT_TIME}",
            r"посетил[аи]?", r"(?:принял|приняла|приняли) участие", r"участвовал[аи]?",
            r"встретил(?:ся|ась|ось|ись)", r"завершил(?:ся|ась|ось|ись)",
            # an event that opened or began ("В Ташкенте открылся форум", "стартовал саммит"), as 开幕 is
            r"открыл(?:ся|ась|ось|ись)", r"стартовал[аои]?",
        ),
        "postponed": (
            r"перенес[её]н[аоы]?", r"перенесли", r"отложен[аоы]?", r"отложили", r"отложил[аи]?", r"отсроч\w*",
            rf"{_RU_AGREED}(?:перенести|отложить)",
        ),
        "cancelled": (
            r"отмен[её]н[аоы]?", r"отменили", r"отменил[аи]?", r"отмен[аеуы]",
            r"не (?:состоял(?:ся|ась|ось|ись)|состо(?:ится|ятся)|пройд[её]т|пройдут)", r"не (?:был[аио]? |были )?(?:проведен|проведён)\w*",
            r"сорван[аоы]?",
        ),
        NO_STATUS: (r"не (?:был[аио]? |были |будет |будут )?(?:перенес[её]н|отложен|отмен[её]н)\w*", r"не (?:перенесли|отложили|отменили|перенесла|отменила|перенес|отменил)\w*", r"как (?:и )?планировалось",
                   # "неизвестно, состоялась ли встреча" (whether it took place)
                   _doubted(_RU_DOUBT, _RU_EVENT), rf"(?:{_RU_EVENT}) ли",
                   # not before: "не состоялась до июня"
                   rf"не (?:состоял(?:ся|ась|ось|ись)|состо(?:ится|ятся)|пройд[её]т|пройдут|(?:был[аио]? |были )?"
                   rf"провед[её]н\w*){_UNTIL_WORDS} (?:до|раньше|ранее)\b",),
    },
    "ja": {
        "planned": (
            r"予定", r"(?:開催(?:される|する)?|開かれる|行われる|実施される|(?:訪問|出席|参加)する)予定",
            r"開催(?:される|する)", r"開かれる", r"(?:開催|訪問|出席|参加|来日|訪日)へ",
            r"開催したい", r"(?:する|される|れる)(?:見通し|見込み|方針)", r"計画(?:している|しています|だ|です|中)",
            # decided or agreed: "開催が決まった", "開催を決定した", "開催で合意した", "開くことで一致した"; not
            # "開催が決まらなかった", "開催で合意に至らなかった"
            rf"(?:開催|訪問|訪日|来日)(?:が|を|で|の)?{_JA_DECIDED}", rf"(?:開く|行う|訪れる)こと(?:で|が|を|に)?{_JA_DECIDED}",
        ),
        "held": (
            rf"開催(?:され|し){_JA_PAST}", rf"開かれ{_JA_PAST}", rf"行われ{_JA_PAST}", rf"実施され{_JA_PAST}",
            rf"(?:訪問|出席|参加|会談|会見|主催|来日|訪日)し{_JA_PAST}", rf"訪れ{_JA_PAST}",
            rf"(?:会談|会議|会合|会議)を(?:行っ|開い){_JA_PAST}",
            # opened or closed: it took place ("フォーラムが開幕した", "会議は閉幕した")
            rf"(?:開幕|閉幕)し{_JA_PAST}",
        ),
        "postponed": (r"延期", r"先送り", r"順延"),
        "cancelled": (
            r"中止", r"取りやめ", r"取り止め", r"取り消",
            r"(?:開催され|開催し|開かれ|行われ|実施され)(?:なかった|ない|ません)",
            # forgone, as English "shelved": "開催を見送った", "会談は見送られた", "開催見送り", "見送りとなった";
            # not a guest seen off ("空港で代表団を見送った")
            r"(?:開催|訪問|出席|参加|来日|訪日|会談|実施)(?:を|は|が|の)?見送(?!ら)", r"見送られ", r"見送りとな",
        ),
        NO_STATUS: (r"(?:延期|中止|取り消し|取消)(?:に)?(?:さ|し|な)(?:れ)?(?:ない|なかった|ず|ません)",
                    r"見送(?:られ|ら)(?:ない|なかった|ず|ません)", r"自由(?:で|かつ)開かれた", r"開かれたインド太平洋", r"予定(?:通り|どおり)",
                   # whether it was held (開催されたかどうか), or a report that it was that is denied or a rumour
                   rf"{_JA_EVENT}(?:た|ました)(?:かどうか|のかどうか|のか|か)",
                   rf"{_JA_EVENT}(?:た|ました)(?:との|という|とする|と)[^。！？]{{0,15}}?(?:否定|否認|うわさ|噂|デマ|憶測|臆測"
                   rf"|誤り|事実無根|事実ではない|不明)"),
    },
    "zh": {
        "planned": (
            rf"{_ZH_WILL}{ZH_CLAUSE_TO_VERB}{ZH_EVENT_VERB}",
            rf"(?:[将將][于於在]|即[将將]|定[于於]|[拟擬][于於]|[预預]定[于於]?|[计計][划劃][于於在]|[预預][计計][将將于於])"
            rf"{_ZH_SPAN}{ZH_EVENT_VERB}",
            r"[将將][于於]", r"定[于於]", r"[拟擬][于於]", r"[预預]定[于於]", r"[计計][划劃][于於]", r"即[将將]",
        ),
        "held": (
            r"[举舉]行", r"召[开開]", r"[举舉][办辦]", r"出席", r"[会會][见見]", r"到[访訪]",
            r"[会會]晤(?:了|[过過])", rf"(?:同|与|與|和|跟|在)(?:{_ZH_NOT}[^。！？；!?;，,、]){{1,15}}?[会會]晤(?!{_ZH_TALKS_NOUN})",
            r"(?:[访訪][问問]|[参參][加与與]|主持)了", _ZH_OPENED,
        ),
        "postponed": (
            # a move to a new date reaches its verb (推迟至5月举行), not across "after" (推迟后于6月4日举行) or
            # "finally" (几经推迟，终于在6月举行): the holding that came after the postponement
            r"(?:推[迟遲]|延期|延[后後]|推[后後]|改期|押[后後]|[顺順]延)"
            rf"(?:(?!之?[后後])(?:(?!终于|終於|最终|最終)[^。！？；!?;]){{0,15}}?(?:[举舉]行|召[开開]|[举舉][办辦]|{_ZH_OPENED}))?",
            rf"{_ZH_MOVED_TO}[^。！？；!?;，,、]{{0,15}}?{ZH_EVENT_VERB}",
        ),
        "cancelled": (
            rf"取消(?:[^。！？；!?;]{{0,15}}?{ZH_EVENT_VERB})?", r"叫停", r"停[办辦]", r"未能成行",
            rf"(?:未能|未|并未|並未|没有|沒有|不[会會]|不再)(?:[举舉]行|召[开開]|[举舉][办辦]|{_ZH_OPENED})",
        ),
        NO_STATUS: (r"(?:[没沒]有|未|并未|並未|不会|不會|不曾|从未|從未)(?:被)?(?:推[迟遲]|延期|取消|改期|延[后後])", rf"(?:尚未|还未|還未|仍未|还没有|還沒有)(?:[举舉]行|召[开開]|[举舉][办辦]|{_ZH_OPENED})",
                    rf"[无無]法(?:如期)?(?:[举舉]行|召[开開]|[举舉][办辦]|{_ZH_OPENED})", rf"改在[^。！？；!?;，,、]{{0,15}}?{ZH_EVENT_VERB}",
                    # did not meet: no status, as English "never met"
                    r"(?:未能|未|[没沒]有|并未|並未|不曾|从未|從未|不[会會])(?:同|与|與|和|跟|在)[^。！？；!?;，,、]{1,15}?[会會]晤",
                    rf"(?:{_ZH_DOUBT})[^。！？；!?;]{{0,20}}?(?:{_ZH_HAPPENED})",
                    rf"[^。！？；!?;，,]{{0,20}}?(?:{_ZH_HAPPENED})[^。！？；!?;，,]{{0,8}}?{_ZH_UNTRUE}"),
    },
    "ko": {
        "planned": (
            r"예정\w*", r"(?:할|될)\s+계획\w*", r"계획이\w*", r"앞두\w*", r"앞둔",
            r"개최(?:될|할|한다|된다|하기로)", r"열릴", r"열린다",
            r"(?:방문|참석|참가|주최|회담)(?:할|한다|하기로)",
            # -기로 하다/합의하다/결정하다, "decided (agreed) to hold, meet": "회담을 열기로 했다"
            r"열기로", r"만나기로", r"\w*(?:회담|회의|회동|간담회|포럼)을\s+갖기로",
        ),
        "held": (
            r"개최(?:됐|되었|했|하였)\w*", r"개최(?:된|한)", r"열렸\w*",
            r"(?:방문|참석|참가|주최|회담)(?:했|하였)\w*", r"(?:방문|참석|참가|주최)한", r"만났\w*",
            r"\w*(?:회담|회의|회동|간담회|포럼)을\s+가졌\w*",
            r"열린\s+것(?:이|은)\w*",  # "열린 것이다", "it was held" (a bare 열린 is also "open")
        ),
        "postponed": (
            # 연기됐다, not 연기했다: that is also "acted"
            r"연기(?:됐|되었|된|될|되어|돼|하기로)\w*", r"미뤄(?:졌|진|지게|져)\w*", r"미뤘\w*", r"순연\w*",
            # 연기했다 moving it to a time ("6월로 연기했다", "내년으로 연기해"): a time word before it
            r"\w*(?:월|일|년|주|달|기|말|초|순|후|뒤)(?:로|으로)\s+연기(?:했|하였|해|하여|하고|한)\w*",
            # ...or an event as its object ("착공식을 연기한다고 밝혔다", "회담을 무기한 연기했다"): one no actor plays
            r"\w*(?:회담|회의|회동|간담회|포럼|행사|대회|총회|박람회|축제|방문|\w식)(?:을|를)\s+(?:\S+\s+)?"
            r"연기(?:했|하였|해|하여|하고|한|하기로)\w*",
        ),
        "cancelled": (
            r"취소\w*", r"무산\w*",
            r"(?:열리지|개최되지|진행되지)\s+(?:않았|못했|않는다|않을|못할|않기로|못하게)\w*",
        ),
        NO_STATUS: (r"(?:연기|취소)(?:되지|하지)\s*않\w*", r"예정대로", r"계획대로", r"(?:길|문)이\s+열렸\w*",
                    # whether it was held (열렸는지), or a report that it was, denied or a rumour (열렸다는 보도를 부인했다)
                    rf"{_KO_EVENT}(?:는지|는가)\w*",
                    rf"{_KO_EVENT}(?:다는|다고)\s+(?:\S+\s+){{0,3}}?(?:(?:소문|루머|의혹|부인|반박|일축|부정|사실무근|사실이)\w*"
                    rf"|설(?:이|을|도|은|에)?)"),
    },
    "nl": {
        "planned": (
            rf"{_NL_MODAL} {_NL_WORDS}{_NL_INFINITIVES}", _nl_apart(r"vind(?:t|en)", "plaats", noun=True),
            _nl_apart(r"(?:wordt|worden)", "gehouden", _NL_HELD_AFTER),  # the present for a fixed future
            r"plaatsvindt", r"(?:in)?gepland(?:e)?", r"(?:is|zijn|was|waren) voorzien",
            r"voorzien (?:op|voor|in)", r"(?:is|zijn|was|waren) van plan",
            r"staa?t (?:\w+ ){0,6}?op (?:het programma|de agenda)",
            r"aanstaande",
        ),
        "held": (
            _nl_apart(r"vond(?:en)?", "plaats", noun=True), r"plaatsvond(?:en)?", r"plaatsgevonden",
            _nl_apart(r"(?:werd|werden|is|zijn)", "gehouden", _NL_HELD_AFTER),
            _nl_apart(r"(?:werd|werden|is|zijn)", "georganiseerd"),
            r"bezocht(?:en)?", r"deelgenomen",
            _nl_apart(r"nam(?:en)?", "deel", r"(?! van (?!\d))" + _NL_AFTER, noun=True),  # not "deel van", part of
            _nl_apart(r"kwam(?:en)?", "bijeen"), r"bijeengekomen", r"samengekomen",
            # "kwamen samen" only at the clause's end: "samen" is also "together" ("kwamen samen naar Brussel")
            _nl_apart(r"kwam(?:en)?", "samen", _NL_CLAUSE_END),
            rf"bracht(?:en)? {_NL_WORDS}\w*bezoek(?:en)? aan", _NL_VISIT_PAID,
            r"vergaderde(?:n)?", r"ontmoette(?:n)?", r"organiseerde(?:n)?", r"ging(?:en)? (?:toch )?door(?! met)",
            r"doorgegaan",
        ),
        "postponed": (
            r"uitgesteld(?:e)?", r"uitstel", r"verdaagd(?:e)?",
            _nl_apart(r"stelde(?:n)?", "uit", rf"(?:{_NL_CLAUSE_END}|(?=\s(?:tot|naar|na|vanwege|wegens)\s))"),
            r"(?:verschoven|verplaatst) naar (?:later|volgend|een later)",
        ),
        "cancelled": (
            r"afgelast(?:e)?", r"afgeblazen", r"geannuleerd(?:e)?", r"annulering", r"afgezegd(?:e)?", r"geschrapt",
            # not "af en toe" (now and then)
            _nl_apart(r"zegde(?:n)?", "af", r"(?! en (?:toe|aan)\b)" + _NL_AFTER),
            _nl_apart(r"blies", "af", r"(?! en (?:toe|aan)\b)" + _NL_AFTER),
            r"(?:gaat|gaan|ging|gingen) (?:\w+ ){0,3}?niet door",
            rf"vond(?:en)? {_NL_WORDS}(?:niet|nooit) plaats", rf"vind(?:t|en) {_NL_WORDS}(?:niet|nooit) plaats",
            r"(?:niet|nooit) (?:plaatsgevonden|plaatsvinden|plaatsvond(?:en)?|plaatsvindt|doorgegaan|doorgaan)",
            r"(?:werd|werden|is|zijn) (?:\w+ ){0,6}?(?:niet|nooit) gehouden",
        ),
        NO_STATUS: (r"(?:niet|nooit|geen) (?:\w+ ){0,2}?(?:uitgesteld|afgelast|geannuleerd|afgezegd|verdaagd"
                    r"|geschrapt|afgeblazen)(?:e)?", r"nog niet (?:\w+ ){0,2}?(?:gehouden|plaatsgevonden)",
                    r"(?:zoals|volgens) (?:gepland|voorzien|plan|afgesproken)",
                    rf"(?:niet|nooit|geen) (?:\w+ ){{0,3}}?{_NL_VISIT_PAID}",
                    # kept, not held: "werd geheim gehouden", "wordt op de hoogte gehouden", "rekening gehouden met"
                    rf"(?:werd|werden|wordt|worden|is|zijn|was|waren) (?:[^\s.!?;:,]+ ){{0,4}}?{_NL_KEPT} gehouden",
                    _doubted(_NL_DOUBT, _NL_EVENT, 12, r"(?:\d+\.|[^\s.!?;:]+)"),),
    },
    "pl": {
        "planned": (
            r"odbędzie się", r"odbędą się", r"się odbędzie", r"się odbędą",
            r"(?:ma|mają|miał|miała|miało|miały) się odbyć",
            r"(?:zostanie|zostaną) (?:zorganizowan|przeprowadzon)\w*", r"(?:zaplanowan|planowan|przewidzian)\w*",
            r"planuj(?:e|ą)", r"zamierza(?:ją)?", r"odwiedzi", r"odwiedzą", r"(?:weźmie|wezmą) udział",
            r"spotka(?:ją)? się", r"zbierze się", r"zbiorą się", r"będzie (?:gościć|gospodarzem)",
            r"(?:dojdzie|ma dojść) do", r"(?:będzie|będą) miał[aoy]? miejsce", r"złoż(?:y|ą) wizytę",
        ),
        "held": (
            rf"(?:się )?odby{_PL_GENDER}(?: się)?", r"miał[aoy]? miejsce", r"doszło do",
            r"(?:został|została|zostało|zostały|zostali) (?:zorganizowan|przeprowadzon)\w*",
            rf"zorganizowa{_PL_GENDER}", rf"odwiedzi{_PL_GENDER}",
            r"(?:wziął|wzięła|wzięło|wzięli|wzięły) (?:\w+ ){0,2}?udział",
            rf"spotka{_PL_GENDER} się", rf"zebra{_PL_GENDER} się", rf"obradowa{_PL_GENDER}", rf"gości{_PL_GENDER}",
            rf"zakończy{_PL_GENDER} się", r"do (?:\w+ ){1,3}?doszło", rf"złoży{_PL_GENDER} wizytę",
            rf"przebywa{_PL_GENDER} (?:\w+ )?z (?:\w+ )?wizytą",
        ),
        "postponed": (
            rf"{_PL_BE} (?:\w+ ){{0,3}}?(?:przełożon|przesunięt|odłożon|odroczon)\w*",
            r"przełożon(?:y|a|e|o) (?:na|o|z)", r"przełoż(?:ył|yła|yło|yli|yły|ono)", r"przesunięt(?:y|a|e|o) na",
            r"odroczon\w*", r"odroczenie", r"przełożenie (?:szczytu|spotkania|wizyty|konferencji|forum|rozmów)",
        ),
        "cancelled": (
            r"odwołan\w*", rf"odwoła{_PL_GENDER}", r"odwołano", r"anulowan\w*", r"anulowano",
            rf"nie (?:się )?odby{_PL_GENDER}(?: się)?", r"nie odbędzie się", r"nie odbędą się",
            r"nie (?:doszło|dojdzie) do", r"do (?:\w+ ){1,3}?nie (?:doszło|dojdzie)", r"nie miał[aoy]? miejsca",
            # did not come about, of a meeting of any gender: "wizyta nie doszła do skutku"
            r"nie (?:doszł[aoy]|doszedł|doszli|dojdą) do skutku",
            r"zrezygnowano z",
        ),
        NO_STATUS: (rf"nie {_PL_BE} (?:\w+ ){{0,2}}?(?:przełożon|odwołan|odłożon|anulowan|odroczon)\w*",
                    r"(?:aż )?do odwołania",  # until further notice: no call-off ("zawieszono do odwołania")
                    r"nie (?:przełożono|odwołano|anulowano)", r"(?:zgodnie z|według) (?:planem|harmonogramem)",
                    r"jak (?:\w+ )?(?:planowano|zaplanowano|przewidywano)",
                    # a reaction, not a meeting: "spotkał się z krytyką" (met with criticism)
                    r"spotka\w* się z (?:\w+ )?(?:krytyk|sprzeciw|aprobat|uznani|zainteresowani|entuzjazm|oburzeni"
                    r"|protest|niechęci|poparci)\w*",
                    _doubted(_PL_DOUBT, _PL_EVENT),),
    },
    "id": {
        "planned": (
            rf"(?:akan|bakal|hendak|sedianya|seharusnya|rencananya|dijadwalkan|direncanakan|berencana)"
            rf" (?:\w+ ){{0,2}}?(?:{_ID_HOLD}|{_ID_VISIT})",
            r"dijadwalkan", r"direncanakan", r"berencana", r"rencananya",
        ),
        "held": (_ID_HOLD, _ID_VISIT, r"resmi dibuka"),
        "postponed": (r"ditunda", r"menunda", r"penundaan", r"diundur", r"diundurkan", r"mengundur",
                      r"dijadwalkan ulang", r"ditangguhkan"),
        "cancelled": (
            r"dibatalkan", r"membatalkan", r"pembatalan", r"batal", r"(?:tidak|tak) jadi",
            rf"(?:urung|gagal|tidak|tak|batal) (?:jadi )?(?:{_ID_HOLD}|{_ID_VISIT})",
        ),
        NO_STATUS: (rf"(?:tidak|tak|belum|bukan) (?:akan )?(?:jadi )?{_ID_CHANGE}", rf"belum (?:\w+ )?{_ID_HOLD}",
                    _doubted(_ID_DOUBT, rf"{_ID_HOLD}|{_ID_VISIT}|{_ID_CHANGE}"),),
    },
    "ar": {
        "planned": _arabic(
            r"س[يت](?:عقد|نعقد|قام|زور|شارك|حضر|لتقي|جتمع|ستضيف)\w*",
            "من المقرر", "من المتوقع", "من المزمع", "المرتقب", "المرتقبة", "المقررة",
            "يعتزم", "تعتزم", "يعتزمون", "يخطط", "تخطط", "يخططون", "يتوقع أن", "تتوقع أن",
        ) + (_AR_TO_COME,),
        "held": _arabic(
            "عقدت",
            *(verb + _AR_AGREES for verb in ("انعقد", "أقيم", "استضاف", "زار", "شارك", "حضر", "اجتمع", "اختتم")),
            "جر(?:ى|ت|يا|تا)" + _AR_DONE_TO_IT, "التق(?:ى|ت|يا|تا|وا)",
            # convened, not a wound that healed nor a family reunited ("التأم الجرح", "التأم شمل")
            "التأم" + _AR_AGREES + "(?! (?:ال)?(?:جرح|جروح|شمل))",
            "تم عقد", "تمت استضافة", "تم تنظيم",
        ) + _AR_HELD_IN_CONTEXT + (_AR_HELD_ONLY,),
        # "أجّلت" / "أُجِّلت" (postponed, active or passive): the bare "أجل" is also "من أجل", "for the sake of".
        "postponed": _arabic("تأجيل", "تأجل", "تأجلت", "أرجئ", "أرجئت", "إرجاء", "مؤجل", "مؤجلة", "أجلت", "أجلوا",
                             "قد أجل") + (_AR_PUT_OFF,),
        "cancelled": _arabic(
            "إلغاء", "ألغي", "ألغيت", "ألغى", "ألغت", "ملغاة",
            r"لم [يت](?:عقد|نعقد|جر)", r"لن [يت](?:عقد|نعقد|قام)", "لم يتم (?:عقد|تنظيم)",
        ),
        NO_STATUS: (_AR_NOT_YET,) + _arabic(r"(?:قد|ربما|لعل) [يت](?:عقد|نعقد|جتمع|لتقي|ستضيف|زور|شارك|حضر)\w*",
                                            "لم يتم تأجيل", "لم يتم إلغاء", "لم تؤجل", "لم يؤجل", "لم تلغ", "لم يلغ", "لن تؤجل", "لن تلغى",
                           "لم تتأجل", "لم يتأجل")
        # denied, doubted or rumoured: "نفت الوزارة أن الاجتماع انعقد", "ما إذا كان الاجتماع قد انعقد"
        + (_AR_PREFIX + _arabic_letters(_AR_DOUBT) + rf" (?:[^\s.!?;:،؛؟]+ ){{0,8}}?{_AR_EVENT}",),
    },
    "tr": {
        "planned": (
            r"düzenlenecek\w*", r"gerçekleştirilecek\w*", r"gerçekleşecek\w*", r"ziyaret edecek\w*", r"katılacak\w*",
            r"yapılacak\w*", r"toplanacak\w*",
            r"ev sahipliği yapacak\w*", r"bir araya gelecek\w*", r"görüşecek\w*", r"planlan\w*", r"planlıyor\w*",
            r"bekleniyor\w*", r"niyetinde\w*", r"yaklaşan",
        ),
        "held": (
            rf"{_TR_HELD}\w*",
        ),
        "postponed": (r"ertelen\w*", r"erteledi\w*", r"ileri bir tarihe"),
        "cancelled": (r"iptal\w*", rf"{_TR_HAPPEN}{_TR_NOT}\w*"),
        NO_STATUS: (r"ertelenme(?:d|y|mi)\w*", r"iptal edilme(?:d|y|mi)\w*",
                    rf"{_TR_EVENT}(?:diğ|dığ|düğ|duğ|tiğ|tığ|tüğ|tuğ)\w* (?:[^\s.!?;]+ ){{0,3}}?(?:{_TR_DOUBT})",
                    rf"{_TR_EVENT}(?:ip|ıp|up|üp) [^\s.!?;]*m[ae](?:diğ|dığ)\w*",
                    # preparations completed are no event held: "hazırlıklar tamamlandı"
                    r"hazırlık\w* (?:[^\s.!?;]+ ){0,2}?tamamlan\w*",
                    # not until, or not as of: "Haziran'a kadar gerçekleşmedi"
                    rf"kadar (?:[^\s.!?;,]+ ){{0,2}}?{_TR_HAPPEN}{_TR_NOT}\w*",),
    },
    "kk": {
        "planned": (r"өтеді", r"өтпек(?:ші)?", r"өтетін", r"өткізіледі", r"өткізілмек(?:ші)?", r"өткізілетін",
                    r"ұйымдастырылады", r"жоспарлан(?:ған|ды|уда|ып отыр)", r"күтілуде", r"сапармен барады",
                    r"қатысады", r"кездеседі"),
        "held": (r"өтті", r"болып өтті", r"өткізілді", r"өткізілген", rf"өткен(?!\s+{_KK_TIME})",
                 r"ұйымдастырылды", r"кездесті", r"қатысты", r"сапармен болды"),
        "postponed": (r"кейінге (?:қалдырыл|шегеріл|ысырыл)(?:ды|ған)", r"шегерілді",
                      r"(?:мерзімі|басқа (?:күнге|уақытқа|мерзімге)) ауыстырылды"),
        "cancelled": (r"болдырылмады", r"болдырылмайды", r"өтпеді", r"өтпейді", r"өткізілмеді", r"өткізілмейді",
                      r"өтпей қалды", r"болмай қалды"),
        # not put off, or whether it was held ("өтті ме", "өтетін-өтпейтіні")
        NO_STATUS: (r"кейінге (?:қалдырыл|шегеріл)ма(?:ды|йды)", r"болдырылма(?:ды|йды) ма", r"өт(?:ті|еді) ме",
                    r"өткізіл(?:ді|еді) ме", r"өтетін-өтпейтіні\w*", r"өткен-өтпегені\w*"),
    },
    "ky": {
        "planned": (r"өтөт", r"өтө турган", r"өткөрүлөт", r"өткөрүлө турган", r"пландал(?:ган|ууда)",
                    r"пландаштырыл(?:ган|ууда)", r"күтүлүүдө", r"сапар менен барат", r"катышат"),
        "held": (r"өттү", r"болуп өттү", r"өткөрүлдү", r"өткөрүлгөн", r"уюштурулду", r"жолукту", r"катышты",
                 r"сапар менен болду"),
        "postponed": (r"кийинкиге (?:калтырыл|жылдырыл)(?:ды|ган)", r"жылдырылды",
                      r"башка (?:күнгө|убакытка|мөөнөткө) которулду"),
        "cancelled": (r"жокко чыгарыл(?:ды|ган)", r"өткөн жок", r"өткөрүлгөн жок", r"өтпөйт", r"өткөрүлбөйт",
                      r"өтпөй калды"),
        # not put off or called off, or whether it took place ("өттүбү")
        NO_STATUS: (r"кийинкиге (?:калтырыл|жылдырыл)ган жок", r"жылдырылган жок", r"жокко чыгарылган жок",
                    r"өт(?:тү|ө)бү", r"өткөрүл(?:дү|ө)бү"),
    },
    "tg": {
        "planned": (r"баргузор (?:мегардад|мешавад|хоҳад (?:шуд|гардид))", r"доир (?:мегардад|мешавад|хоҳад (?:шуд|гардид))",
                    r"ба нақша гирифта шудааст", r"пешбинӣ шудааст", r"интизор меравад"),
        "held": (r"баргузор (?:шуд|гардид|шудааст|гардидааст)", r"доир (?:шуд|гардид|шудааст|гардидааст)",
                 r"ташриф овард", r"ширкат варзид", r"мулоқот кард"),
        "postponed": (r"ба таъхир (?:гузошта|андохта) (?:шуд|шудааст)", r"мавқуф гузошта (?:шуд|шудааст)"),
        "cancelled": (r"бекор карда (?:шуд|шудааст)", r"лағв (?:шуд|гардид|карда шуд)",
                      r"баргузор на(?:шуд|гардид)", r"доир на(?:шуд|гардид)", r"баргузор на(?:мегардад|мешавад)"),
        # not put off or called off
        NO_STATUS: (r"ба таъхир (?:гузошта|андохта) нашуд", r"бекор карда нашуд"),
    },
    "tk": {
        "planned": (r"geçiriler", r"geçirilmegi meýilleşdirilýär", r"meýilleşdiril(?:ýär|ýän|en)",
                    r"geçirilmegine garaşylýar", r"sapar bilen barar"),
        "held": (r"geçirildi", r"geçirilen", r"sapar bilen boldy", r"gatnaşdy", r"duşuşdy"),
        "postponed": (r"yza süýşürildi", r"başga (?:wagta|sene) geçirildi", r"gijikdirildi"),
        "cancelled": (r"ýatyryldy", r"geçirilmedi", r"geçirilmez", r"bes edildi"),
        # not put off or called off, or whether it was held ("geçirildimi")
        NO_STATUS: (r"yza süýşürilmedi", r"ýatyrylmady", r"geçiril(?:di|er)mi"),
    },
    "th": {
        "planned": (
            rf"{_TH_WILL}{_TH_SPAN}(?:{_TH_HOLD}|{_TH_VISIT})",
            r"มีกำหนด(?:การ)?", r"ที่จะถึงนี้", r"ที่กำลังจะมาถึง",
        ),
        "held": (
            _TH_EVENT, rf"(?:(?:ได้)?มีการ|ได้)(?:{_TH_HOLD}|{_TH_VISIT})", r"ได้(?:ประชุม|หารือ|พบ(?!ว่า))",
        ),
        "postponed": (_TH_PUT_OFF,),
        "cancelled": (
            r"ยกเลิก", r"ล้มเลิก", r"งด(?:การ)?จัด",
            rf"(?:ไม่ได้|ไม่|มิได้|จะไม่|ไม่สามารถ|ไม่อาจ)(?:จะ)?(?:มีการ)?{_TH_HOLD}",
        ),
        NO_STATUS: (
            # not cancelled or put off ("ไม่ได้ยกเลิก", "ไม่มีการเลื่อน"), not yet held, not visited or attended
            rf"(?:ยัง)?(?:ไม่|มิ)(?:ได้|มี)?(?:การ)?(?:ถูก)?{_TH_CHANGE}",
            rf"ยังไม่(?:ได้)?(?:มีการ)?(?:{_TH_HOLD}|{_TH_VISIT})", rf"(?:ไม่ได้|ไม่เคย|มิได้){_TH_VISIT}",
            # may be held, denied or doubted, or whether it was ("จะจัดขึ้นหรือไม่")
            rf"{_TH_MAYBE}{_TH_SPAN}(?:{_TH_HOLD}|{_TH_VISIT}|{_TH_CHANGE})",
            rf"(?:{_TH_DOUBT})[^\s.!?]{{0,30}}?(?:{_TH_HOLD}|{_TH_VISIT}|{_TH_CHANGE})",
            rf"(?:{_TH_WILL}{_TH_SPAN}|(?:(?:ได้)?มีการ|ได้)?)(?:{_TH_HOLD}|{_TH_VISIT}|{_TH_CHANGE})"
            rf"(?:แล้ว|จริง|ได้|ตามกำหนด)?หรือไม่",
            # as scheduled, as planned, with no date set ("เลื่อนออกไปอย่างไม่มีกำหนด", put off indefinitely)
            r"ตาม(?:ที่)?(?:มี)?กำหนด(?:การ|ไว้)?", r"ตามแผน(?:การ|ที่วางไว้)?", r"ไม่มีกำหนด(?:การ)?",
        ),
    },
    "hi": {
        "planned": (
            rf"आयोजित {_HI_DONE} {_HI_PASSIVE_TO_COME}", rf"आयोजित (?:{_HI_TO_COME}|होने वाल[ीाे])",
            rf"(?:आयोजित|{_HI_HOSTING}) (?:करेगा|करेगी|करेंगे|करेंगी)", r"(?:भाग|हिस्सा) (?:लेगा|लेगी|लेंगे|लेंगी)",
            rf"शामिल {_HI_TO_COME}", rf"{_HI_SUBJECT} {_HI_WORDS}{_HI_TO_COME}",
            rf"होने वाल[ीाे](?: [^\s।.!?;:,]+){{0,2}}? {_HI_EVENT_NOUN}",
            rf"आगामी(?: [^\s।.!?;:,]+){{0,3}}? {_HI_EVENT_NOUN}",
            r"प्रस्तावित", r"(?:करने|होने|लेने|जाने) की योजना", r"(?:होने|किए जाने|आयोजित होने|की जाने) की उम्मीद",
        ),
        "held": (
            rf"आयोजित {_HI_DONE} {_HI_PASSIVE_DONE}", rf"(?:आयोजित|संपन्न) {_HI_HAPPENED}",
            rf"(?:आयोजित|संपन्न) {_HI_DONE}{_HI_CLAUSE_END}", rf"संपन्न हो {_HI_PASSIVE_DONE}",
            rf"आयोजन (?:{_HI_DONE} {_HI_PASSIVE_DONE}|{_HI_HAPPENED})", rf"{_HI_SUBJECT} {_HI_WORDS}{_HI_HAPPENED}",
            rf"{_HI_HOSTING}(?: भी)? {_HI_DONE}{_HI_CLAUSE_END}", r"(?:भाग|हिस्सा) (?:लिया|ली|लिए)",
            rf"शामिल {_HI_HAPPENED}",
        ),
        "postponed": (r"स्थगित", r"पुनर्निर्धारित", r"आगे के लिए टाल(?: दी| दिया| दिए)?(?: गई| गया| गए)?"),
        "cancelled": (
            r"रद्द", r"निरस्त", rf"आयोजित नहीं (?:{_HI_DONE}|{_HI_HAPPENED}|{_HI_TO_COME}|हो)",
            rf"{_HI_SUBJECT} {_HI_WORDS}नहीं (?:{_HI_HAPPENED}|{_HI_TO_COME}|हो (?:सकी|सका|सके|पाई|पाया|पाए|पायी))",
        ),
        NO_STATUS: (
            # not cancelled or put off, asked for or feared, not yet held
            r"(?:रद्द|स्थगित|निरस्त) नहीं",
            r"(?:रद्द|स्थगित) (?:करने|किए जाने|किये जाने) की (?:मांग|माँग|अपील|धमकी|आशंका|संभावना)",
            rf"(?:अभी तक|अब तक|अभी|फिलहाल)(?: [^\s।.!?;:,]+){{0,3}}? नहीं (?:{_HI_HAPPENED}|{_HI_DONE} {_HI_PASSIVE_DONE}"
            rf"|हो (?:सकी|सका|सके|पाई|पाया|पाए))",
            # denied or doubted, or whether it was ("बैठक हुई या नहीं")
            _doubted(_HI_DOUBT, _HI_EVENT, 8, r"[^\s।.!?;]+"),
            rf"{_HI_SUBJECT} {_HI_WORDS}(?:आयोजित )?(?:{_HI_HAPPENED}|{_HI_TO_COME}|{_HI_DONE} {_HI_PASSIVE_DONE})"
            rf"(?: थी| था| थे| है)? या नहीं",
        ),
    },
    "uz": {
        "planned": (rf"bo{UZBEK_APOSTROPHE}lib o{UZBEK_APOSTROPHE}tadi(?:gan)?", rf"o{UZBEK_APOSTROPHE}tkaziladi(?:gan)?", r"rejalashtiril(?:gan|moqda)",
                    r"kutilmoqda", r"tashrif buyuradi", r"ishtirok etadi",
                    r"бўлиб ўтади(?:ган)?", r"ўтказилади(?:ган)?", r"режалаштирил(?:ган|моқда)", r"кутилмоқда"),
        "held": (rf"bo{UZBEK_APOSTROPHE}lib o{UZBEK_APOSTROPHE}t(?:di|gan)", rf"o{UZBEK_APOSTROPHE}tkazil(?:di|gan)", r"tashrif buyurdi",
                 r"ishtirok etdi(?:lar)?", r"uchrashdi(?:lar)?",
                 r"бўлиб ўт(?:ди|ган)", r"ўтказил(?:ди|ган)", r"ташриф буюрди", r"учрашди(?:лар)?"),
        "postponed": (r"keyinga (?:qoldiril|suril)(?:di|gan)", r"kechiktirildi",
                      rf"boshqa (?:sanaga|kunga|muddatga) ko{UZBEK_APOSTROPHE}chirildi",
                      r"кейинга (?:қолдирил|сурил)(?:ди|ган)", r"кечиктирилди"),
        "cancelled": (r"bekor qilin(?:di|gan)", rf"bo{UZBEK_APOSTROPHE}lib o{UZBEK_APOSTROPHE}tma(?:di|ydi)", rf"o{UZBEK_APOSTROPHE}tkazilma(?:di|ydi)",
                      r"бекор қилин(?:ди|ган)", r"бўлиб ўтма(?:ди|йди)", r"ўтказилма(?:ди|йди)"),
        # not cancelled or put off, or whether it was held ("bo'lib o'tdimi")
        NO_STATUS: (r"bekor qilinma(?:di|ydi)", r"keyinga qoldirilma(?:di|ydi)", rf"bo{UZBEK_APOSTROPHE}lib o{UZBEK_APOSTROPHE}t(?:di|adi)mi",
                    rf"o{UZBEK_APOSTROPHE}tkazil(?:di|adi)mi", r"бекор қилинма(?:ди|йди)", r"кейинга қолдирилма(?:ди|йди)",
                    r"бўлиб ўт(?:ди|ади)ми", r"ўтказил(?:ди|ади)ми"),
    },
}

# For hints, what a passage stating each status reads like in a language.
LANGUAGE_EXAMPLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": EXAMPLES,
    "de": {"planned": ("findet im Mai statt", "soll stattfinden", "geplant"),
           "held": ("fand statt", "stattgefunden", "tagte"),
           "postponed": ("verschoben", "vertagt"), "cancelled": ("abgesagt", "fand nicht statt")},
    "es": {"planned": ("se celebrará", "tendrá lugar", "está previsto"),
           "held": ("se celebró", "tuvo lugar", "visitó"),
           "postponed": ("aplazada", "pospuesta"), "cancelled": ("cancelada", "no tuvo lugar")},
    "fr": {"planned": ("se tiendra", "aura lieu", "est prévu"),
           "held": ("s'est tenu", "a eu lieu", "a accueilli"),
           "postponed": ("reporté", "ajourné"), "cancelled": ("annulé", "n'a pas eu lieu")},
    "it": {"planned": ("si terrà", "avrà luogo", "è previsto"),
           "held": ("si è svolto", "si è tenuto", "ha avuto luogo"),
           "postponed": ("rinviato", "posticipato"), "cancelled": ("annullato", "non si è tenuto")},
    "pt": {"planned": ("será realizado", "terá lugar", "está previsto"),
           "held": ("realizou-se", "foi realizado", "teve lugar"),
           "postponed": ("adiado", "adiamento"), "cancelled": ("cancelado", "não se realizou")},
    "ru": {"planned": ("состоится", "пройдёт", "запланирован"),
           "held": ("состоялся", "прошёл", "был проведён"),
           "postponed": ("перенесён", "отложен"), "cancelled": ("отменён", "не состоялся")},
    "ja": {"planned": ("開催される予定", "開催へ"),
           "held": ("開催された", "開かれた", "行われた"),
           "postponed": ("延期", "先送り"), "cancelled": ("中止", "開催されなかった")},
    "zh": {"planned": ("将举行", "定于…举行"),
           "held": ("举行", "召开"),
           "postponed": ("推迟", "延期"), "cancelled": ("取消", "未能举行")},
    "ko": {"planned": ("개최될 예정", "열릴"),
           "held": ("개최됐다", "열렸다", "방문했다"),
           "postponed": ("연기됐다",), "cancelled": ("취소됐다", "무산됐다")},
    "nl": {"planned": ("zal plaatsvinden", "gepland"),
           "held": ("vond plaats", "heeft plaatsgevonden", "werd gehouden"),
           "postponed": ("uitgesteld", "verdaagd"), "cancelled": ("afgelast", "geannuleerd")},
    "pl": {"planned": ("odbędzie się", "zaplanowany"),
           "held": ("odbył się", "odbyło się", "miało miejsce"),
           "postponed": ("został przełożony", "zostało przełożone"), "cancelled": ("odwołany", "nie odbył się")},
    "id": {"planned": ("akan digelar", "dijadwalkan"),
           "held": ("digelar", "berlangsung", "diselenggarakan"),
           "postponed": ("ditunda", "diundur"), "cancelled": ("dibatalkan", "batal digelar")},
    "ar": {"planned": ("سيعقد", "من المقرر"),
           "held": ("عقدت", "انعقد", "استضاف"),
           "postponed": ("تأجيل", "تأجلت"), "cancelled": ("إلغاء", "لم يعقد")},
    "tr": {"planned": ("düzenlenecek", "planlanan"),
           "held": ("düzenlendi", "gerçekleşti", "ziyaret etti"),
           "postponed": ("ertelendi",), "cancelled": ("iptal edildi", "gerçekleşmedi")},
    "kk": {"planned": ("өтеді", "өткізіледі", "жоспарланған"),
           "held": ("өтті", "өткізілді", "болып өтті"),
           "postponed": ("кейінге қалдырылды", "кейінге шегерілді"), "cancelled": ("өтпеді", "өткізілмеді")},
    "ky": {"planned": ("өтөт", "өткөрүлөт", "пландалган"),
           "held": ("өттү", "өткөрүлдү", "болуп өттү"),
           "postponed": ("кийинкиге калтырылды", "жылдырылды"), "cancelled": ("жокко чыгарылды", "өткөн жок")},
    "tg": {"planned": ("баргузор мегардад", "баргузор хоҳад шуд", "ба нақша гирифта шудааст"),
           "held": ("баргузор шуд", "доир гардид", "баргузор гардид"),
           "postponed": ("ба таъхир гузошта шуд",), "cancelled": ("бекор карда шуд", "баргузор нашуд")},
    "tk": {"planned": ("geçiriler", "geçirilmegi meýilleşdirilýär"),
           "held": ("geçirildi", "geçirilen"),
           "postponed": ("yza süýşürildi",), "cancelled": ("ýatyryldy", "geçirilmedi")},
    "th": {"planned": ("จะจัดขึ้น", "มีกำหนดจัดขึ้น"),
           "held": ("จัดขึ้น", "ได้จัดขึ้น", "เดินทางเยือน"),
           "postponed": ("เลื่อนออกไป", "ถูกเลื่อน"), "cancelled": ("ยกเลิก", "ไม่ได้จัดขึ้น")},
    "hi": {"planned": ("आयोजित की जाएगी", "आयोजित होगी", "प्रस्तावित"),
           "held": ("आयोजित की गई", "आयोजित हुई", "भाग लिया"),
           "postponed": ("स्थगित", "स्थगित कर दी गई"), "cancelled": ("रद्द", "आयोजित नहीं की गई")},
    "uz": {"planned": ("bo'lib o'tadi", "o'tkaziladi", "rejalashtirilgan"),
           "held": ("bo'lib o'tdi", "o'tkazildi", "tashrif buyurdi"),
           "postponed": ("keyinga qoldirildi", "kechiktirildi"), "cancelled": ("bekor qilindi", "o'tkazilmadi")},
}


@dataclass(frozen=True)
class StatusMention:
    status: str
    text: str  # the phrase as it stands in the (normalised) quote


def table_language(language: str | None) -> str | None:
    """The table a source's language is read with: its primary subtag's;
    English for a text with no language given; None for a language with no
    table (its text states no status)."""
    if not language:
        return DEFAULT_LANGUAGE
    return cldr.primary(language) if has_table(language) else None


def has_table(language: str | None) -> bool:
    """Whether the language has a table of its own (else its text states no status)."""
    return cldr.primary(language) in PHRASES


def examples(status: str, language: str | None = None) -> tuple[str, ...]:
    """For a hint: phrases that state `status` in the table `language` is
    read with (English ones for a language with no table)."""
    return LANGUAGE_EXAMPLES.get(table_language(language), EXAMPLES)[status]


@lru_cache(maxsize=None)
def _pattern(language: str) -> tuple[re.Pattern, tuple[str, ...]]:
    entries = [(phrase, status) for status, phrases in PHRASES[language].items() for phrase in phrases]
    # Longest first, so that at one position the fuller phrase is the one taken;
    # a phrase stating nothing before any other, as it is listed to be taken.
    entries.sort(key=lambda e: (e[1] != NO_STATUS, -len(e[0])))
    groups = "|".join(f"(?P<p{i}>{_whitespace_tolerant(phrase)})" for i, (phrase, _) in enumerate(entries))
    if language in UNSPACED:  # no spaces to mark a word's ends: a phrase stands anywhere
        return re.compile(f"(?:{groups})", re.IGNORECASE), tuple(s for _, s in entries)
    word = rf"[\w'{_WORD_MARKS.get(language, '')}]"
    return re.compile(rf"(?<!{word})(?:{groups})(?!{word})", re.IGNORECASE), tuple(s for _, s in entries)


def _whitespace_tolerant(phrase: str) -> str:
    return phrase.replace(" ", "\\s+")


def find_statuses(text: str, language: str | None = None) -> list[StatusMention]:
    table = table_language(language)
    if table is None:  # never read with another language's words
        return []
    pattern, statuses = _pattern(table)
    text = normalise(text)
    # What a sentence says and then denies ("…were postponed, a claim the government denied") states nothing.
    denied = [m.start() for m in _DENIED_AFTER.finditer(text)] if table == DEFAULT_LANGUAGE else []
    found = []
    for match in pattern.finditer(text):
        status = statuses[int(match.lastgroup[1:])]
        # A NO_STATUS phrase is read only to keep a phrase inside it from being read.
        if status != NO_STATUS and not any(match.end() <= at and not _SENTENCE_END.search(text, match.end(), at)
                                           for at in denied):
            found.append(StatusMention(status, match.group()))
    return found


# A denial of what the sentence has just said (English).
_UNDENIED = r"(?!(?:[^\s.!?;,]+ ){0,4}?(?:no|not|nobody|none|never|no one)\b)"  # "a claim nobody disputed"
_DENIED_AFTER = re.compile(rf", (?:(?:a claim|an account|a report|reports?|claims?) (?:that |which )?|which )"
                           rf"{_UNDENIED}(?:[^\s.!?;,]+ ){{0,4}}?(?:denied|disputed|rejected|refuted|dismissed)\b")
_SENTENCE_END = re.compile(r"[.!?;]")


def stated(text: str, language: str | None = None) -> set[str]:
    return {mention.status for mention in find_statuses(text, language)}
