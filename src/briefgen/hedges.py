"""The words a writer hedges a report with ("reportedly", "якобы", "据报道",
"avrebbe deciso"), read in the text's language: a claim or an event's
status that drops them tells as certain what its quotes do not
(overreach.py, support.py), and a quote cut from a hedged sentence leaves
its hedge behind (quotecontext.py). And the words by which a writer doubts
what follows them ("could cost", "most likely", "did not say whether"): a
claim that writes what they doubt without them overreaches, whoever it says
spoke (overreach.py, doubts.py), unless it reads "could" or "may" as the
ability or the permission they also tell ("was able to", "allowed … to")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import cldr, verbforms
from .cldrwords import UZBEK_APOSTROPHE


# Words a writer hedges a report with, by language (primary subtag): a claim that drops them tells as certain what
# its quotes do not. A language without a list is read with the English one (as eventstatus.py reads statuses).
# The Romance languages report hearsay in the conditional perfect ("aurait eu lieu", "habría firmado",
# "avrebbe avuto luogo", "teria ocorrido"): the auxiliary is the hedge, where a participle follows it.
_HEDGE_PHRASES = {
    "en": (r"reportedly|allegedly|purportedly|supposedly|apparently|unconfirmed|unverified|rumou?r(?:s|ed)?"
           r"|(?:is|are|was|were) (?:said|believed|thought|understood|reported|alleged|rumou?red|claimed|supposed)"
           r" to (?:have|be)"
           # "claimed that …", "claimed the forum was held": one side's word, not a fact
           r"|(?:claim|allege)(?:s|d|ed)? that"
           # (not the noun: "the alleged bribe", "claims were made")
           r"|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?:claims|claimed|alleges|alleged)"
           r"(?! (?:was|were|is|are|have|has|had|of|about|by|to|for|from|made|and|or)\b)"
           r"(?=(?: [\w'-]+){1,4} (?:was|were|is|are|had|has|have|would|will|took|met|held|made|gave|went|began|won"
           r"|paid|signed|agreed|\w+ed)\b)"
           r"|(?:could|can)(?:not| not|n't) (?:be )?(?:independently )?(?:confirm|verif)\w*"
           r"|(?:has|have|had) not been (?:independently )?(?:confirmed|verified)"
           # Unnamed sources, as "según fuentes" and "aus Regierungskreisen" are elsewhere: "according to people
           # familiar with the matter", "two officials said on condition of anonymity", "who asked not to be named".
           r"|(?:people|persons?|sources?|insiders?|officials?|diplomats?|executives?)(?: [\w-]+){0,2}? (?:familiar with"
           r"|close to the (?:talks|matter|negotiations|deal|plans?)|briefed on|with (?:direct )?knowledge of)"
           r"|(?:on|under) (?:the )?condition of anonymity|(?:requested|requesting|granted) anonymity|anonymously"
           r"|(?:asked|requested|declined|spoke|speaking) (?:not )?to be (?:named|identified)"
           r"|not authori[sz]ed to (?:speak|comment|discuss|talk)"
           r"|(?:unnamed|anonymous) (?:[\w-]+ )?(?:sources?|officials?|diplomats?|insiders?|people)"
           r"|according to (?:(?:one|two|three|several|some|multiple) )?(?:sources|insiders)\b"
           # A provisional text, which may change before it is agreed or may be disowned: "according to a draft",
           # "under the proposal", "a leaked document seen by Reuters", "the draft communique says".
           r"|(?:according to|under) (?:an? |the |one )?(?:(?:early|earlier|initial|leaked|preliminary|unpublished"
           r"|confidential|internal|unsigned|revised|latest) )?(?:drafts?|proposals?)\b"
           r"|according to (?:an? |the |one )?leaked [\w-]+"
           r"|(?:leaked|draft) (?:[\w-]+ ){0,2}?(?:documents?|texts?|memos?|cables?|reports?|letters?|communiqu[eé]s?"
           r"|statements?|versions?|cop(?:y|ies)|plans?|agreements?|declarations?|resolutions?|budgets?)"
           r"(?= (?:seen|obtained|reviewed|cited|shows?|showed|says?|said|indicates?|indicated|suggests?|suggested"
           r"|states?|stated|reveals?|revealed|lists?|listed)\b)"),
    # "по неофициальным данным" (unofficially), "по неподтверждённой информации", "по имеющимся сведениям"
    "ru": (r"по (?:имеющимся |неподтвержд[её]нн(?:ым|ой) |некоторым |предварительн(?:ым|ой) |неофициальн(?:ым|ой) "
           r"|непроверенн(?:ым|ой) )?(?:сообщениям|данным|информации|сведениям)"
           r"(?: (?:СМИ|источников|прессы))?|якобы|предположительно|по слухам|слух\w*|как сообщается|неподтвержд[её]нн\w*"
           r"|не удалось (?:независимо )?(?:подтвердить|проверить)"),
    "es": (r"según (?:(?:algunos|varios|los) )?(?:informes|informaciones|fuentes|medios|rumores|versiones)|supuestamente"
           r"|presuntamente|al parecer|aparentemente|se rumorea|rumor(?:es)?|sin confirmar|no confirmad[oa]s?"
           r"|no (?:se )?(?:pudo|ha podido|han podido|pudieron|se pudo) (?:ser )?(?:confirmar|verificar|confirmad[oa]|verificad[oa])"
           r"|habría(?:n)?(?=\s\w+(?:ad|id)[oa]s?\b|\s(?:hecho|dicho|puesto|visto|abierto|escrito|vuelto)\b)"),
    "fr": (r"selon (?:des|certaines|plusieurs) (?:informations|sources|rumeurs|médias)|prétendument|apparemment"
           r"|supposément|présumément|dit-on|rumeurs?|non (?:confirmée?s?|vérifiée?s?)"
           r"|n'(?:a|ont) pas pu (?:être )?(?:confirmée?s?|vérifiée?s?)"
           r"|aurai(?:t|ent)(?=\s(?:eu|été|\w+[éiu]e?s?)\b)|serai(?:t|ent)(?=\s\w+[éiu]e?s?\b)"),
    "de": (r"angeblich\w*|mutmaßlich\w*|vermeintlich\w*|offenbar"
           # Hearsay "soll": "soll stattgefunden haben", "sollen abgesagt worden sein", "… stattgefunden haben soll"
           r"|soll(?:en)?(?=\s(?:(?:[^.;:!?]|(?<=\d)\.)*\s)?\w+(?:t|en)\s(?:worden\s)?(?:haben|sein)\b)"
           r"|(?:haben|sein)\s+soll(?:en)?|(?:Berichten|Medienberichten|Gerüchten|Angaben) zufolge"
           # unnamed insiders, as "según fuentes": "nach Informationen aus Branchenkreisen", "Regierungskreisen zufolge"
           r"|nach (?:\w+ )?Informationen aus (?:\w+ ){0,2}?\w*kreisen|\w*kreisen zufolge"
           r"|unbestätigt\w*|Gerücht\w*|nicht (?:unabhängig )?(?:bestätigt|überprüft|verifiziert) werden"),
    "pt": (r"supostamente|alegadamente|aparentemente|segundo (?:relatos|informações|fontes|rumores)|rumores?|boatos?"
           r"|não confirmad[oa]s?|não (?:pôde|puderam|foi possível) (?:ser )?(?:confirmad[oa]s?|verificad[oa]s?|confirmar"
           r"|verificar)"
           # "teria assinado", and the future perfect of hearsay usual in Portugal, "terá oferecido"
           r"|(?:teria(?:m)?|terá|terão)(?=\s(?:(?:já|ainda|também)\s)?(?:sido|\w+(?:ad|id)[oa]s?|feit[oa]s?|dit[oa]s?"
           r"|post[oa]s?|vist[oa]s?|abert[oa]s?|escrit[oa]s?|pag[oa]s?|ganh[oa]s?|gast[oa]s?|entregues?|aceites?"
           r"|eleit[oa]s?|cobert[oa]s?)\b)"),
    "it": (r"presumibilmente|presuntamente|apparentemente|a quanto pare|(?:secondo|stando a) (?:alcune |le )?"
           r"(?:indiscrezioni|fonti|notizie|informazioni|voci)|si dice|non confermat[oaie]|non (?:è stato|è stata) "
           r"possibile (?:confermare|verificare)"
           # the conditional perfect: any past participle, which ends in -to or -so ("raggiunto", "deciso",
           # "fatto"), but not a word of the same ending that makes a plain conditional ("sarebbe giusto")
           r"|(?:avrebbe|sarebbe)(?:ro)?(?=\s(?:(?:già|anche|poi|ormai|infatti|pure)\s)?"
           # nor "avrebbe dovuto svolgersi", "avrebbe potuto": what should or could have been, heard from no one
           r"(?!(?:dovut[oa]|potut[oa]|volut[oa]|questo|questa|tanto|molto|tutto|soltanto|subito|giusto|corretto|pronto"
           r"|certo|diritto|senso"
           r"|effetto|costo|caso|stesso|adatto|esatto|posto|tutti|tutte|molti|molte|tanti|tante)\b)"
           r"(?!\w+[ae]nt[ei]\b)\w+[st][oaie]\b)"),  # nor an adjective in -ante, -ente ("sarebbe importante")
    "tr": (r"iddiaya göre|iddialara göre|bildirildiğine göre|söylendiğine göre|iddia edildiğine göre"
           r"|öne sürüldüğüne göre|söylentiye göre|söylentilere göre|doğrulanmamış\w*|teyit edilmemiş\w*"
           # "… aktardığı iddia edildi": it was claimed that …
           r"|iddia (?:edildi|ediliyor|edilmişti|edilmektedir|olunuyor)|(?:ileri|öne) sürüldü|(?:ileri|öne) sürülüyor"),
    "nl": (r"naar verluidt|vermoedelijk|zogezegd|onbevestigd\w*|geruchten|gerucht"
           r"|volgens (?:(?:onbevestigde|niet-bevestigde|ingewijde|anonieme|sommige|diverse) )?(?:berichten|bronnen"
           r"|ingewijden|mediaberichten|geruchten|insiders)"
           r"|(?:kon|konden|kan|kunnen) niet (?:onafhankelijk )?(?:worden )?(?:bevestigd|geverifieerd)(?: worden)?"
           # Hearsay "zou … hebben/zijn" with a participle: "zou 120 miljoen euro hebben vrijgemaakt",
           # "zouden zijn ondertekend", "zou toegezegd hebben"; not "het zou goed zijn", "zou worden gehouden"
           r"|zou(?:den)?(?=\s(?:[^.;:!?]*\s)?(?:(?:hebben|zijn)\s(?:\w*ge\w+(?:[dt]|en)|(?:be|ver|ont|her|er|onder)\w+"
           r"(?:[dt]|en))|(?:\w*ge\w+(?:[dt]|en)|(?:be|ver|ont|her|er|onder)\w+(?:[dt]|en))\s(?:hebben|zijn))\b)"),
    "pl": (r"podobno|rzekomo|rzekom\w+|prawdopodobnie|nieoficjalnie|niepotwierdzon\w*|plotk\w*|pogłosk\w*"
           r"|według (?:(?:nieoficjalnych|niepotwierdzonych|medialnych|prasowych) )?(?:informacji|doniesień|źródeł"
           r"|mediów|relacji|plotek|pogłosek)|jak (?:donoszą|podają|twierdzą) media"
           r"|nie (?:udało się|można było) (?:niezależnie )?(?:potwierdzić|zweryfikować)"
           # "miał(a) przekazać": what one is said to have done (an infinitive follows); not a plan of the past,
           # "miał się odbyć", "miała zostać podpisana" (was to be held, to be signed)
           r"|(?:miał[aoy]?|mieli)(?=\s(?:(?:już|też|także|również|jakoby)\s)?"
           r"(?!(?:się|zostać|być|odbyć|nastąpić|rozpocząć)\b)\w+(?:ć|móc)\b)"),
    # Indonesian: "kabarnya" (reportedly), "dikabarkan", "disebut-sebut", "konon", "diduga" (allegedly), "menurut
    # sumber" (according to sources), "belum dikonfirmasi" (unconfirmed); not "isu", which is also an issue
    "id": (r"kabarnya|dikabarkan|disebut-sebut|santer terdengar|konon|rumor|desas-desus|diduga|diklaim"
           r"|menurut (?:(?:sejumlah|beberapa|salah satu) )?(?:sumber|kabar|laporan|informasi)(?: yang beredar)?"
           r"|(?:belum|tidak|tak) (?:dapat |bisa )?(?:dikonfirmasi|terkonfirmasi|diverifikasi)"),
    # Kazakh: "хабарланғандай" (as reported), "деп хабарланады" (it is reported that), "мәліметтерге қарағанда"
    # (judging by reports), "расталмаған" (unconfirmed), "қауесет", "сыбыс" (rumour), "имиш" (they say).
    "kk": (r"хабарланғандай|хабарланғанындай|деп хабарлан(?:ады|ды)|мәліметтерге (?:қарағанда|сүйенсек)"
           r"|болжам бойынша|расталмаған\w*|қауесет\w*|сыбыс\w*|имиш"),
    # Uzbek: "xabar qilinishicha" (as reported), "xabarlarga koʻra" (according to reports), "taxminlarga koʻra",
    # "tasdiqlanmagan" (unconfirmed), "mish-mish" (rumour), "goʻyo" (supposedly), "emish" (they say); its oʻ with
    # any of its apostrophes.
    "uz": (rf"xabar qilinishicha|xabarlarga ko{UZBEK_APOSTROPHE}ra|taxmin(?:lar)?(?:ga ko{UZBEK_APOSTROPHE}ra|ishicha)"
           rf"|tasdiqlanmagan\w*|mish-mish\w*|go{UZBEK_APOSTROPHE}yo|emish|хабар қилинишича|хабарларга кўра|тасдиқланмаган\w*|гўё"),
    # 据…报道 with who reports between ("据外媒报道", "据知情人士透露"), as 据报道 itself. Not 据悉 (it is
    # learned that): the routine, neutral way Chinese news brings in what its reporter learned, an official's
    # briefing as often as not ("据悉，两国领导人会晤计划于今年下半年举行"), and no doubt of it.
    # Unnamed sources without 据, as English "people familiar with": "消息人士称", "知情人士透露", "不愿具名的官员说".
    "zh": (r"据[^，。；！？,;!?\s]{0,10}?(?:报道|消息|透露)|據[^，。；！？,;!?\s]{0,10}?(?:報導|報道|消息|透露)"
           r"|据称|據稱|据传|據傳|传闻|傳聞|传言|傳言|未经证实|未經證實|尚未证实|尚未證實|据信|據信"
           r"|(?:消息|知情|匿名)人士|不[愿願](?:具名|透露姓名)"),
    # "模様だ" after a verb (it appears that: "署名した模様だ", "出席しない模様"); not a pattern ("水玉模様")
    "ja": r"とされる|とみられる|と伝えられ|伝えられるところでは|未確認|とのうわさ|との噂|(?<=[たるい])(?:模様|もよう)",
    # "것으로 알려졌다", "보인다", "추정된다", "전해졌다", "관측된다": it is known, seems, is thought, is said to be so
    "ko": r"것으로\s+(?:알려|보인|보여|보이|추정|전해|관측)\w*|전해졌\w*|소문\w*|미확인\w*",
    # "وأفادت تقارير بأن" (reports said that), "ذكرت تقارير", "تشير تقارير": hearsay, as "بحسب تقارير" is; "ربما"
    # (perhaps), "على ما يبدو" (apparently), "يبدو أن" (it seems that)
    "ar": r"بحسب تقارير|وفقا لتقارير|وفقاً لتقارير|حسب تقارير|يزعم|يُزعم|مزعوم\w*|شائعات|غير مؤكد\w*|لم يتسن التأكد"
          r"|(?:أفادت|افادت|تفيد|ذكرت|تذكر|أشارت|اشارت|تشير|قالت|تقول) (?:ال)?تقارير"
          r"|ربما|على ما يبدو|يبدو أن",
    # Thai: "มีรายงานว่า" (it is reported that), "กล่าวกันว่า" (it is said), "แหล่งข่าวระบุว่า" (sources say), "ข่าวลือ"
    # (rumour), "ยังไม่ได้รับการยืนยัน" (unconfirmed); not "ตามรายงานของธนาคารโลก", a report one cites by name.
    "th": r"มีรายงาน(?:ข่าว)?ว่า|รายงานข่าว(?:ระบุ)?ว่า|ตามรายงานข่าว|(?:กล่าว|เชื่อ|ลือ)กันว่า|มีกระแสข่าว(?:ว่า)?|ข่าวลือ"
          r"|แหล่งข่าว(?:ระบุ|เปิดเผย|กล่าว)?ว่า|(?:ยังไม่|ไม่)ได้รับการยืนยัน|ยังไม่มีการยืนยัน",
    # Hindi: "कथित तौर पर" (allegedly), "बताया जाता है" (it is said), "सूत्रों के मुताबिक" (according to sources),
    # "ख़बरों के अनुसार" (according to reports), "अपुष्ट" (unconfirmed), "अफ़वाह" (rumour), with "ख़" and "फ़" written
    # either way: a letter and a nukta, or one letter.
    "hi": (r"कथित (?:तौर|रूप) (?:पर|से)|बताया (?:जाता|जा रहा) है|(?:सूत्रों|(?:ख\u093c?|\u0959)बरों|(?:मीडिया )?रिपोर्टों)"
           r" के (?:मुताबिक|अनुसार|हवाले से)|अपुष्ट|अ(?:फ\u093c?|\u095e)वाह(?:ों|ें)?|पुष्टि नहीं (?:हो सकी|हुई)"),
}


# Arabic writes a conjunction, a preposition and the article on the word after them: "وبحسب تقارير" (and
# according to reports), "ووفقا لتقارير", "والشائعات", "للشائعات". The hedge is the phrase after them.
_AR_PROCLITICS = r"(?:[وف]??(?:[بك]?ال|لل|[بلك])??)"  # as few as leave a hedge ("بحسب", not "ب" "حسب")


@lru_cache(maxsize=None)
def _hedges(language: str) -> re.Pattern:
    code = cldr.primary(language)
    phrases = _HEDGE_PHRASES.get(code, _HEDGE_PHRASES["en"]).replace(" ", r"\s+")
    if code in ("zh", "ja", "th"):  # written without spaces: a hedge stands anywhere
        return re.compile(f"(?P<hedge>{phrases})")
    before = _AR_PROCLITICS if code == "ar" else ""
    return re.compile(rf"(?<![\w']){before}(?P<hedge>{phrases})(?![\w'])", re.IGNORECASE)


# The conditional's auxiliaries among the hedges: after a past verb of saying they tell the future in the past
# ("a indiqué que l'accord serait signé", "ha annunciato che avrebbe investito": verbforms.reported), no hearsay.
_CONDITIONAL_HEDGES = frozenset({"aurait", "auraient", "serait", "seraient", "habría", "habrían", "teria", "teriam",
                                 "avrebbe", "avrebbero", "sarebbe", "sarebbero"})


def hedges_in(text: str, language: str | None = None) -> list[str]:
    """The words a writer hedges a report with, as written in lower case
    ("reportedly", "could not confirm", "якобы", "据报道"), read in `language`
    (the text's: a quote's source's, a claim's brief's; English if none): a
    claim or a status that drops them tells as certain what its quote does not.
    Not a conditional in what someone was reported to say would be ("a
    annoncé que l'accord serait signé")."""
    language = language or "en"
    found = [(m.start(), cldr.lowered(m["hedge"])) for m in _hedges(language).finditer(text)]
    if not any(hedge in _CONDITIONAL_HEDGES for _, hedge in found):
        return [hedge for _, hedge in found]
    spans = verbforms.reported(text, language)
    return [hedge for start, hedge in found
            if hedge not in _CONDITIONAL_HEDGES or not any(a <= start < b for a, b in spans)]


# Words by which a writer says how sure something is ("could cost", "is likely to cut", "was practically closed"),
# and phrases that leave a clause open ("did not say whether …", "it is unclear if …"), by language. Unlike
# hearsay, a claim that says who said it does not keep them: "Analysts said the deal will cost …" citing "Analysts
# said the deal could cost …" tells as certain what the analysts did not. What each doubts is what follows it: the
# next word for a modal or an adverb, the clause for an open question (doubts.py).
_OPEN_QUESTION = {
    "en": (r"(?:(?:did|does|do|would|will|could|can|has|have|had)(?:\s+not|n't)|cannot"
           r"|(?:declined|declines|declining|refused|refuses|refusing|failed|fails)\s+to)\s+(?:yet\s+)?"
           r"(?:say|said|confirm|confirmed|disclose|disclosed|specify|specified|indicate|indicated|reveal|revealed"
           r"|explain|explained|know|known|decide|decided|state|stated|clarify|clarified|comment\s+on|commented\s+on|elaborate\s+on|elaborated\s+on)"
           r"|(?:not\s+(?:yet\s+|immediately\s+|entirely\s+)?(?:clear|known|certain|decided)|unclear|uncertain|unknown"
           r"|undecided|(?:remains|remained)\s+to\s+be\s+seen)(?:\s+yet)?"
           r"|no\s+(?:word|decision|indication|sign|clue|details?)(?:\s+yet)?(?:\s+(?:on|about|as\s+to|of))?"),
}
_MODAL_DOUBTS = {
    # "May" the month is no modal: matched in lower case only
    "en": (r"(?:most\s+|very\s+|quite\s+|highly\s+|more\s+)?(?:un)?likely|probably|possibly|perhaps|potentially"
           r"|presumably|(?:could|might|(?-i:may))(?:\s+well)?|practically|almost|nearly|virtually|all\s+but"),
}


# Words by which a claim tells as expected, not certain, what it writes ("is expected to cut", "was all but
# closed", "is set to", "in all likelihood"): they keep a doubt its quotes write in other words, as a doubt or a
# hedge of its own does. Not a quote's doubt: an expectation may be a plan ("is expected to take place").
_EXPECTED = {
    "en": (r"(?:expected|anticipated|forecast|projected|predicted|tipped|poised|set|slated|seen|believed|thought"
           # (a verb after "to", not an amount: "was set to 4%" is no expectation)
           r"|estimated|on\s+(?:track|course)|(?:appears?|appeared|seems?|seemed|looks?|looked))\s+to(?=\s+[^\W\d_])"
           r"|expects?|anticipates?|all\s+but|in\s+all\s+likelihood|no\s+(?:telling|knowing)"),
}


# Doubts that also tell an ability or a permission: "could" is the past of "can" ("The court ruled that the company
# could keep its licence", "Fans could buy tickets from Monday"), "may" grants ("Acme may sell the plant").
PERMISSIVE = frozenset({"could", "may"})
# Words by which a claim tells an ability or a permission ("was able to", "allowed the company to keep", "let",
# "can"): it reads a quote's "could" or "may" in that sense, which is no certainty it adds.
_PERMITTING = {
    # (not "unable", "cannot": a negation is no such reading)
    "en": (r"able|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|entitled|authori[sz](?:es|ed|ing)"
           r"|enabl(?:es|ed|ing)|lets?|letting|can|(?:free|cleared|licensed)(?=\s+to\s)"),
}


# Words by which a claim keeps its quotes' hedge in words of its own, where no list of the quotes' reads them: in
# Arabic, a doubt, "قد" before an imperfect (may: "قد يرفع", "قد لا يرفع"; before a past it tells a deed, "قد
# وقع", has signed, as before تم, "قد تم", and "لقد", indeed, before any verb), "من الممكن أن", "من المحتمل
# أن", "يحتمل أن", "من المرجح أن", "من المتوقع أن" (it is possible, likely, expected that); and hearsay, a report
# by the press or sources ("ذكرت وسائل إعلام", "نقلت مصادر", "بحسب مصادر", "وفق تقارير", "نقلا عن مصادر").
_OWN_HEDGES = {
    "ar": (r"(?<!ل)قد\s+(?:لا\s+)?(?:ي|ت(?!م))\w{2,}"
           r"|(?:من\s+)?(?:ال)?(?:ممكن|محتمل|مرجح|متوقع|مستبعد)\s+(?:أن|ان)|(?:ي|ت)ُ?(?:حتمل|رجح|توقع)\s+(?:أن|ان)"
           r"|(?:ذكرت|تذكر|أفادت|افادت|تفيد|قالت|تقول|نقلت|تنقل|أوردت|تورد|أشارت|اشارت|تشير|كشفت|تكشف)\s+"
           r"(?:ال)?(?:تقارير|مصادر|وسائل\s+(?:ال)?إعلام|صحف|الصحافة)"
           r"|(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً|نقلا\s+عن|نقلاً\s+عن)\s+(?:ل)?(?:ال)?"
           r"(?:تقارير|مصادر|وسائل\s+(?:ال)?إعلام)"),
}


class Doubt(NamedTuple):
    words: str  # as written in lower case: "could", "did not say whether"
    end: int  # where what it doubts starts
    clause: bool  # it doubts a clause ("whether …"), not the next word


@lru_cache(maxsize=None)
def _doubts(code: str) -> re.Pattern | None:
    if code not in _MODAL_DOUBTS:
        return None
    question = _OPEN_QUESTION[code].replace(" ", r"\s+")
    return re.compile(rf"(?<![\w'])(?:(?P<question>(?:{question})\s+(?:whether|if))|(?P<modal>{_MODAL_DOUBTS[code]}))"
                      r"(?![\w'])", re.IGNORECASE)


def doubts_in(text: str, language: str | None = None) -> list[Doubt]:
    """The words by which `text` says how sure it is of what follows them
    ("could", "most likely", "almost", "did not say whether"), read in
    `language` (English if none; none in a language without a list): a claim
    that writes what they doubt without a doubt of its own tells it as certain."""
    pattern = _doubts(cldr.primary(language or "en"))
    if pattern is None:
        return []
    return [Doubt(" ".join(cldr.lowered(m.group()).split()), m.end(), m["question"] is not None)
            for m in pattern.finditer(text)]


@lru_cache(maxsize=None)
def _expected(code: str) -> re.Pattern | None:
    return re.compile(rf"(?<![\w'])(?:{_EXPECTED[code]})(?![\w'])", re.IGNORECASE) if code in _EXPECTED else None


def keeps_doubt(text: str, language: str | None = None) -> bool:
    """Whether `text` writes a doubt, a hedge or an expectation of its own ("could", "reportedly", "is expected
    to", "all but"), read in `language` (English if none): a claim that does keeps its quotes' doubt, whatever
    words it takes."""
    expected = _expected(cldr.primary(language or "en"))
    return bool(keeps_hedge(text, language) or doubts_in(text, language)
                or (expected is not None and expected.search(text)))


@lru_cache(maxsize=None)
def _permitting(code: str) -> re.Pattern | None:
    return re.compile(rf"(?<![\w'])(?:{_PERMITTING[code]})(?![\w'])", re.IGNORECASE) if code in _PERMITTING else None


class Permit(NamedTuple):
    word: str  # in lower case: "allowed", "able"
    end: int  # where what it permits may start ("allowed| the company to keep")


def permits_in(text: str, language: str | None = None) -> list[Permit]:
    """The words by which `text` tells an ability or a permission ("able", "allowed", "let", "can"), read in
    `language` (English if none; none in a language without a list): a claim that writes one of what follows
    reads a quote's "could" or "may" (PERMISSIVE) as such, not as a doubt it drops."""
    pattern = _permitting(cldr.primary(language or "en"))
    return [] if pattern is None else [Permit(cldr.lowered(m.group()), m.end()) for m in pattern.finditer(text)]


@lru_cache(maxsize=None)
def _own_hedges(code: str) -> re.Pattern | None:
    if code not in _OWN_HEDGES:
        return None
    return re.compile(rf"(?<![\w']){_AR_PROCLITICS if code == 'ar' else ''}(?:{_OWN_HEDGES[code]})(?![\w'])")


def keeps_hedge(text: str, language: str | None = None) -> bool:
    """Whether `text` writes a hedge of its own, in its quotes' words or its own ("reportedly"; Arabic "ربما",
    "قد يرفع", "ذكرت وسائل إعلام"), read in `language` (English if none): a claim that does keeps its quotes'
    hedge."""
    own = _own_hedges(cldr.primary(language or "en"))
    return bool(hedges_in(text, language) or (own is not None and own.search(text)))
