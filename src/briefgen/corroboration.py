"""How many independent sources stand behind each claim.

Sources are one voice when they share a publisher (compared case- and
space-insensitively, and a wire agency by any of its names: "Yonhap" and
"연합뉴스"), when one `republishes` another, or when they carry the same
`wire_id`, or when a claim cites both and their texts print one story
(copies: long sentences in common, or the same text of two paragraphs or
more); these links are followed transitively, so a newspaper that
reprints an agency story counts with the agency. An agency a story names in
its dateline is its publisher too: two papers' copies of one agency's story
are one voice, and the agency's. Datelines are read as agencies write them:
"NAIROBI, Nov 17 (Reuters) -", "İSTANBUL (DHA) -", "(ANSA) - ROMA, 12 MAR -",
"Roma, 12 mar. (Adnkronos) -", "Berlin/Brüssel (dpa) -", "MADRID, 12 (EUROPA
PRESS)", "МОСКВА, 12 марта. /ТАСС/.", "МОСКВА, 12 мар — РИА Новости.",
"Москва. 12 марта. INTERFAX.RU -" (an agency by its site's name too),
"الرياض (واس) -", "(서울=연합뉴스) 김민수 기자 =", "【서울=뉴시스】",
"新华社内罗毕3月20日电", "（中央社記者林芳台北2025年6月12日電）",
"【ワシントン共同】" (the last five shapes name an agency unlike any other
words; the others name a known agency, WIRE_AGENCIES, unless the place is in
capitals). A source that names no publisher is its own voice: nothing says
it is another's.

For one claim, two more things make fewer voices than citations:
- a citation counts only if its quote bears on the claim: it says at least
  half of what the claim says (its content words, by stem, numbers
  included). A second citation of "The ministry declined to comment" is no
  second source for "Japan pledged $1 billion". A quote in another language
  than the claim's is compared through its `translation`, and without one
  it counts (nothing here can read it);
- nor does one that writes another number in place of one of the claim's:
  "€300 million" is no second source for "€350 million", "on 14 November"
  none for "on 12 November" (a quote that writes fewer of the claim's
  numbers, or more, is judged by its words);
- nor do citations that each say their own part of a claim of two facts
  (_backed_by_each): sources count apart only as far as what they say of
  the claim in common bears on it;
- two quotes that are the same long passage word for word, or one of
  which holds the other (at least SAME_STORY_WORDS words; Chinese and
  Japanese, unspaced, count two letters a word) from two sources are one
  story, as two papers printing
  one agency's copy are, whatever their metadata says;
- a quote that gives what it says as an outlet's is that outlet's voice:
  two papers passing on one agency's report are one voice, and the agency's
  own story with them. It is read as English ("according to Reuters",
  "citing Kyodo", "Xinhua reported", "Russia's Interfax news agency
  reported", "according to a report by AP"; and what was said to the
  outlet, its own reporting: "told Reuters", "said in an interview with
  AFP", "a document seen by Reuters"), French, Spanish, Portuguese, Italian,
  German, Dutch, Polish, Czech, Slovak, Swedish, Norwegian, Danish, Russian
  and Ukrainian news write it, the name after the words that credit it or
  before ("selon l'AFP", "según informó EFE", "segundo a Lusa", "riferisce
  l'ANSA", "laut dpa", "wie dpa meldete", "meldt ANP", "Według PAP", "enligt
  TT", "по данным ТАСС", "передает ТАСС", "повідомляє Укрінформ"; an agency
  merely named, "ТАСС не смог", credits nothing), as Turkish, Finnish and
  Hungarian do, after it ("Anadolu Ajansı'nın haberine göre", "AA'nın
  bildirdiğine göre", "STT:n mukaan", "az MTI szerint"), as Arabic does,
  after a verb or a preposition, "and" perhaps glued on ("ذكرت رويترز",
  "وبحسب رويترز", "نقلت وكالة رويترز", "وفقا لرويترز"), and as Chinese,
  Japanese and Korean do, against it ("据新华社电", "新华社消息，",
  "共同通信によると", "共同通信によりますと", "연합뉴스 보도에 따르면"). An
  outlet is a wire agency news credits so (WIRE_AGENCIES: Arab agencies by
  their Arabic names too, "وكالة الأنباء السعودية", "واس") or the
  publisher of a source of the brief, cited by the claim or not, whose
  voice it then is (outlet_groups: a quote crediting a paper that prints
  an agency's copy is the agency's voice); what else a quote credits
  ("according to officials", "segundo diplomatas", "diplomatlara göre",
  "بحسب مسؤولين", "the minister said") is not told apart.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import ChainMap
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from . import claimreader, cldr
from .model import Cite, Claim
from .textmatch import normalise
from .translations import numbers_in

SAME_STORY_WORDS = 12


@dataclass(frozen=True, slots=True)
class Voices:
    """How voices() counted a claim's citations, to say why on the page.
    `together`: the citations (indexes into claim.cites) counted as one voice,
    two or more, each set with why (REASONS); `left_out`: those whose quotes
    do not bear on the claim, which were not counted, each with why (LEFT_OUT)."""
    count: int
    together: tuple[tuple[tuple[int, ...], frozenset[str]], ...] = ()
    left_out: tuple[tuple[int, str], ...] = ()


# Why citations count as one voice, as the page names it ("why_" labels): their sources share a publisher,
# print one agency's story (its dateline, or their quotes credit it), carry one wire id, one republishes the
# other, print the same text, or they are citations of one source; or each says another part of the claim
# (_backed_by_each).
REASONS = ("same_source", "publisher", "agency", "wire_id", "republishes", "same_text", "credited", "parts")


def voices(claim: Claim, groups: Mapping[str, str], language_of: Callable[[str], str],
           claim_language: str, publisher_of: Callable[[str], str | None] = lambda sid: None,
           agency_of: Callable[[str], str | None] = lambda sid: None,
           brief_outlets: Mapping[str, str] = MappingProxyType({}),
           sentence_of: Callable[[Cite], str] = lambda cite: cite.quote,
           group_links: Mapping[str, tuple[tuple[str, str, str], ...]] = MappingProxyType({})) -> Voices:
    """The independent sources among the citations of `claim` that bear on
    it (`count`, at least 1: a claim always has its first source), and why
    the others were not counted apart.
    `agency_of`: the agency a source's dateline names (dateline_agency), a
    publisher of it too, so that a paper's copy of a Xinhua story and
    another paper's quote crediting Xinhua are one voice. `brief_outlets`
    (outlet_groups): the group of the brief's sources each outlet
    publishes, so that a quote crediting a paper the claim does not cite
    ("according to The Herald", itself a copy of a cited agency story)
    counts with that paper's voice. `sentence_of`: the whole sentence a
    citation's passage stands in, where its credit is read: "Japan pledged
    $1 billion" cut from "Japan pledged $1 billion, Kyodo reported" is
    still Kyodo's voice, however short the editor cuts the quote.
    `group_links`: the links that joined each source's group (grouped())."""
    cited_groups = {groups.get(c.source, c.source) for c in claim.cites}
    if len(cited_groups) <= 1:
        together = tuple(range(len(claim.cites)))
        if len(together) <= 1:
            return Voices(1)
        first = claim.cites[0].source
        links = group_links.get(first, ())
        reasons = {"same_source"} if any(c.source == first for c in claim.cites[1:]) else set()
        for other in dict.fromkeys(c.source for c in claim.cites if c.source != first):
            reasons |= joined_by(links, (first,), other)
        return Voices(1, ((together, frozenset(reasons)),))
    said, claimed = claimreader.content_stems(claim.text, claim_language), numbers_in(claim.text)
    cited = {c.source for c in claim.cites}
    publishers = {sid: (_outlet(publisher_of(sid) or ""), _outlet(agency_of(sid) or "")) for sid in cited}
    named = {name: name for names in publishers.values() for name in names if name}
    # Agencies first: "Thomson Reuters" is credited as Reuters, whatever else the brief's sources are called.
    outlets = ChainMap(named, WIRE_AGENCIES, _Named(brief_outlets)) if brief_outlets else (
        {**named, **WIRE_AGENCIES} if named else WIRE_AGENCIES)  # not copied for sources without publishers
    # "AP": the Associated Press
    publishers = {sid: {outlets.get(name, name): why for name, why in zip(names, ("publisher", "agency"))}
                  for sid, names in publishers.items()}
    voice: dict[str, str] = {}  # a source group or a passage -> the voice it joined
    why_of: dict[str, set[str]] = {}  # a voice -> why two of its citations joined it
    sources_of_group: dict[str, set[str]] = {}  # a group -> the sources of its citations counted so far
    passages: list[str] = []  # the long passages quoted so far, each as " "-joined words
    joined: dict[int, str] = {}  # a counted citation's index -> its group
    not_counted: list[tuple[int, str]] = []

    def of(name: str) -> str:
        while voice.setdefault(name, name) != name:
            name = voice[name]
        return name

    def join(node: str, name: str, why: str) -> str:
        """`node`'s voice joined to `name`'s, which an earlier citation made when it exists: then for `why`."""
        existed = name in voice
        target = of(name)
        if target != node:
            voice[node] = target
            why_of.setdefault(target, set()).update(why_of.pop(node, ()))
            if existed:
                why_of[target].add(why)
        return target

    says: dict[int, frozenset[str]] = {}  # a counted citation's index -> what of the claim its quote says
    for at, cite in enumerate(claim.cites):
        why, says[at] = _reading(cite, said, claimed, language_of(cite.source), claim_language)
        if why:
            not_counted.append((at, why))
            continue
        name = groups.get(cite.source, cite.source)
        joined[at] = "group:" + name
        group = of("group:" + name)
        earlier = sources_of_group.setdefault(name, set())
        if earlier:  # a citation of this group counted before: one voice with it, for the group's reasons
            why_of.setdefault(group, set()).update({"same_source"} if cite.source in earlier
                                                   else joined_by(group_links.get(cite.source, ()), earlier,
                                                                  cite.source))
        earlier.add(cite.source)
        text = normalise(cite.quote).casefold()
        words = text.split()
        if _story_words(text, words) >= SAME_STORY_WORDS:
            group = join(group, "passage:" + _same_passage(" ".join(words), passages), "same_text")
        outlets_of = dict.fromkeys(credited(sentence_of(cite), outlets), "credited")
        outlets_of.update(publishers[cite.source])
        for outlet, why in outlets_of.items():
            if not outlet:
                continue
            group = join(group, "outlet:" + outlet, why)
            if outlet in brief_outlets:
                group = join(group, "group:" + brief_outlets[outlet], why)
    count = max(1, len({of(name) for name in voice if name.startswith("group:")}))
    by_voice: dict[str, list[int]] = {}
    for at, name in joined.items():
        by_voice.setdefault(of(name), []).append(at)
    together = tuple((tuple(ats), frozenset(why_of.get(root, ()))) for root, ats in by_voice.items() if len(ats) > 1)
    backed = _backed_by_each(said, [frozenset().union(*(says[at] for at in ats)) for ats in by_voice.values()])
    if count > 1 and backed == 1:  # each voice says its own part: one source stands behind each part
        together = ((tuple(sorted(joined)), frozenset({"parts"})),)
    return Voices(min(count, backed), together, tuple(not_counted))


def _backed_by_each(said: frozenset[str], voiced: list[frozenset[str]]) -> int:
    """How many of the voices (`voiced`: what of the claim each says) stand behind what the claim says: the
    most that each say what bears on it (half of `said`, as a quote must) in common. A claim of two facts,
    "the leaders met on 2 March, and 120 companies took part in the forum", citing one source for the
    meeting and another for the forum, has one source behind each fact, not two behind it."""
    if not said:
        return len(voiced)
    backed = 1
    while backed < len(voiced) and claimreader.bears_on(
            said, frozenset(s for s in said if sum(s in says for says in voiced) > backed)):
        backed += 1
    return backed


def bearing(claim: Claim, language_of: Callable[[str], str], claim_language: str) -> tuple[Cite, ...]:
    """The citations of `claim` whose quotes bear on it, as voices() counts them; all of them where
    none does (a claim always rests on its citations). A claim on a D-graded source's "Japan pledged $1
    billion" rests on it alone beside an A-graded source's "The ministry declined to comment"."""
    if len(claim.cites) <= 1:
        return claim.cites
    out = {at for at, _ in left_out(claim, language_of, claim_language)}
    return tuple(cite for at, cite in enumerate(claim.cites) if at not in out) or claim.cites


class _Named(Mapping):
    """The outlets of `brief_outlets` as credited() looks them up, each
    name standing for itself; asked name by name, as a page's read set
    notes it (tracked.py), never listed."""
    __slots__ = ("_outlets",)

    def __init__(self, outlets: Mapping[str, str]) -> None:
        self._outlets = outlets

    def __getitem__(self, name: str) -> str:
        if name not in self._outlets:
            raise KeyError(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._outlets

    def __iter__(self):
        raise TypeError("the brief's outlets are looked up one by one")

    def __len__(self) -> int:
        raise TypeError("the brief's outlets are looked up one by one")


def outlet_groups(meta: Mapping[str, Mapping], agencies: Mapping[str, str | None],
                  source_groups: Mapping[str, str]) -> dict[str, str]:
    """Outlet -> the group (groups()) of the brief's sources it publishes or
    whose dateline names it, each outlet as a quote crediting it is read:
    `_outlet`'s form, an agency by its one name ("Thomson Reuters" is
    Reuters). Outlets spelt alike across groups ("The Herald", "Herald")
    take the group of the first source, in id order."""
    found: dict[str, str] = {}
    for sid in sorted(meta):
        for name in (meta[sid].get("publisher"), agencies.get(sid)):
            outlet = _outlet(str(name or ""))
            if outlet:
                found.setdefault(WIRE_AGENCIES.get(outlet, outlet), source_groups.get(sid, sid))
    return found


def _same_passage(passage: str, passages: list[str]) -> str:
    """The passage quoted before that holds `passage` or that it holds, word for word (an editor cuts one
    agency story's sentence shorter from one paper than from another), else `passage`, now one of `passages`."""
    for other in passages:
        shorter, longer = sorted((passage, other), key=len)
        if f" {shorter} " in f" {longer} " or (not shorter.isascii() and shorter in longer):
            return other
    passages.append(passage)
    return passage


# Chinese and Japanese write their words unspaced: a passage's Han and kana letters, two a word, count as
# its words do (a word of these languages is one to three letters long, most often two).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _story_words(text: str, words: list[str]) -> int:
    """How many words long `text` (split into `words`) is, as the same-story rule counts them."""
    if text.isascii():
        return len(words)
    return len(words) + len(_UNSPACED.findall(text)) // 2


# Agencies whose reports news passes on by name, each as credited (as _outlet() writes it, but for its
# letters' case: "İHA"), in the scripts news writes them in -> the agency.
_AGENCY_NAMES = {
    "reuters": ("reuters", "thomson reuters", "reutersa", "reutersem", "路透社", "路透", "ロイター", "ロイター通信",
                "로이터", "로이터통신", "رويترز", "рейтер", "рейтерс"),
    "associated press": ("ap", "associated press", "美联社", "美聯社", "ap通信", "ap통신", "أسوشيتد برس",
                         "أسوشييتد برس"),
    "afp": ("afp", "agence france-presse", "agence france presse", "法新社", "afp通信", "afp통신", "فرانس برس",
            "وكالة فرانس برس", "أ ف ب", "франс пресс", "франс-пресс", "франс прес", "франс-прес"),
    "bloomberg": ("bloomberg", "bloomberg news", "bloomberga", "彭博社", "彭博", "ブルームバーグ", "블룸버그"),
    "xinhua": ("xinhua", "xinhua news agency", "синьхуа", "新华社", "新華社", "新华通讯社", "新華通訊社", "新华网", "新華網", "신화통신", "신화사"),
    "china news service": ("china news service", "中新社", "中国新闻社", "中國新聞社", "中新网", "中新網"),
    "central news agency": ("中央社", "中央通讯社", "中央通訊社"),
    "kyodo": ("kyodo", "kyodo news", "共同通信", "共同通信社", "共同社", "교도통신"),
    "jiji": ("jiji", "jiji press", "時事通信", "時事通信社", "时事社"),
    "tass": ("tass", "itar-tass", "тасс", "итар-тасс", "塔斯社", "タス通信"),
    "ria novosti": ("ria novosti", "ria", "риа новости", "риа", "俄新社"),
    # Russian and Ukrainian decline a name that ends as their nouns do: "по данным Интерфакса", "Укрінформу".
    "interfax": ("interfax", "интерфакс", "интерфакса", "интерфаксу", "интерфаксом", "інтерфакс", "інтерфаксу"),
    "interfax-ukraine": ("interfax-ukraine", "інтерфакс-україна", "интерфакс-украина"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutschen presse-agentur"), "apa": ("apa",),
    "ansa": ("ansa",), "agi": ("agi", "agenzia italia"), "adnkronos": ("adnkronos",),
    "efe": ("efe",), "europa press": ("europa press",),
    "lusa": ("lusa", "agência lusa"), "agência brasil": ("agência brasil", "agencia brasil"),
    "anp": ("anp",), "belga": ("belga",), "pap": ("pap", "polska agencja prasowa"),
    "čtk": ("čtk", "ctk", "česká tisková kancelář"), "tasr": ("tasr",), "mti": ("mti",),
    "tt": ("tt", "tidningarnas telegrambyrå"), "ntb": ("ntb",), "ritzau": ("ritzau", "ritzaus bureau"), "stt": ("stt",),
    "anadolu": ("anadolu", "anadolu agency", "anadolu ajansı", "anadolu ajansi", "aa", "الأناضول",
                "وكالة الأناضول"),
    "dha": ("dha", "demirören haber ajansı"), "iha": ("İHA", "iha", "İhlas haber ajansı", "ihlas haber ajansı"),
    "yonhap": ("yonhap", "연합뉴스", "聯合ニュース", "韩联社", "韓聯社"), "newsis": ("newsis", "뉴시스"),
    "news1": ("news1", "뉴스1"), "vna": ("vna", "vietnam news agency", "越通社"),
    "pti": ("pti", "press trust of india"), "ani": ("ani",), "upi": ("upi",), "bernama": ("bernama",),
    "antara": ("antara",), "kazinform": ("kazinform",), "akipress": ("akipress",), "trend": ("trend",),
    "uza": ("uza",), "dunya": ("dunya",), "irna": ("irna",),
    # The other state agencies of Central Asia and its neighbours, in Latin and Cyrillic letters.
    "montsame": ("montsame", "монцамэ"), "kabar": ("kabar", "кабар"), "khovar": ("khovar", "ховар"),
    "azertac": ("azertac", "азертадж"), "armenpress": ("armenpress", "арменпресс"),
    "ukrinform": ("ukrinform", "укрінформ", "укрінформу", "укрінформом", "укринформ", "укринформа", "укринформу"),
    "unian": ("unian", "уніан", "униан"),
    # Arab agencies, by their initials in Latin and Arabic letters and their Arabic names.
    "spa": ("spa", "saudi press agency", "واس", "وكالة الأنباء السعودية"),
    "wam": ("wam", "emirates news agency", "وام", "وكالة أنباء الإمارات"),
    "qna": ("qna", "qatar news agency", "قنا", "وكالة الأنباء القطرية"),
    "kuna": ("kuna", "kuwait news agency", "كونا", "وكالة الأنباء الكويتية"),
    "petra": ("petra", "بترا", "وكالة الأنباء الأردنية"),
    "sana": ("sana", "سانا", "الوكالة العربية السورية للأنباء"),
    "mena": ("mena", "middle east news agency", "أ ش أ", "أ.ش.أ", "وكالة أنباء الشرق الأوسط"),
}
WIRE_AGENCIES = {name.casefold(): agency for agency, names in _AGENCY_NAMES.items() for name in names}
# Names of agencies that are words of some language too ("trend", "belga": Belgian, "ria": an estuary).
_WORDS_TOO = frozenset(("trend", "belga", "ria", "ani", "agi", "apa", "spa", "antara", "dunya", "wam", "aa", "tt",
                        "uza", "mena", "anadolu", "petra", "sana", "kabar", "кабар"))
# Who a quote gives its words as: "according to (a report by) X", "citing X", "reported by X", "X reported",
# and as French, Spanish, Portuguese, Italian, German, Dutch, Polish, Czech, Slovak, Hungarian, Swedish,
# Norwegian, Danish, Finnish, Russian and Ukrainian news write it ("selon l'AFP", "según EFE", "según informó
# EFE", "riferisce l'ANSA", "laut dpa", "volgens ANP", "podała PAP", "enligt TT", "по данным ТАСС", "передает
# ТАСС", "повідомляє Укрінформ"). The name may start lower-case ("dpa"): only a known outlet's name counts, so
# "according to officials" names none.
_CREDIT_LEADS = (
    r"according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|via"
    # What was said to the outlet is its own reporting: "told Reuters", "said in an interview with AFP", "in
    # remarks to Reuters", "speaking to the Associated Press", "a document seen by Reuters".
    r"|told|said\s+to|(?:speaking|talking)\s+to|(?:seen|obtained|reviewed)\s+by"
    r"|(?:in\s+)?(?:an?\s+)?(?:(?:exclusive|written|televised|phone)\s+)?(?:interview|remarks|comments|statement)s?"
    r"\s+(?:with|to)"
    r"|selon|d['’]après|cité(?:e|s|es)?\s+par|rapporté(?:e|s|es)?\s+par"
    # "según informó EFE", "segundo noticiou a Lusa": the verb between is no name (before "según" alone).
    r"|(?:según|segundo|conforme)\s+(?:lo\s+que\s+|o\s+que\s+)?(?:ha\s+|han\s+)?(?:podido\s+saber|"
    r"(?:inform|public|report|indic|señal|recog|difund|notici|avanç|divulg|adiant)"
    r"(?:ó|a|an|aron|ado|ou|am|aram|ido|ió|e)(?!\w))"
    r"|según|de\s+acuerdo\s+con|citad[oa]s?\s+por|citando\s+a|informad[oa]s?\s+por"
    r"|segundo|de\s+acordo\s+com|citad[oa]s?\s+pel[oa]|noticiad[oa]s?\s+pel[oa]"
    r"|secondo\s+quanto\s+(?:riportato|riferito|scritto|reso\s+noto|riferisce|riporta|scrive)(?:\s+da)?"
    r"|secondo|(?:citat|riportat|riferit)[oaie](?:\s+da)?|come\s+riporta"
    r"|laut|zitiert\s+von|nach\s+(?:Angaben|Informationen)\s+(?:von|der|des)|unter\s+Berufung\s+auf"
    r"|volgens|aldus|według|za|podle|podľa|enligt|ifølge|ifølgje"
    r"|по\s+данным|по\s+сообщению|по\s+информации|со\s+ссылкой\s+на"
    r"|за\s+даними|за\s+повідомленням|за\s+інформацією|з\s+посиланням\s+на"
    # A verb before the name, as these languages often put it ("informó Reuters", "rapporte l'AFP",
    # "fa sapere l'ANSA", "meldt ANP", "podała PAP", "disse à Lusa": what was said to it).
    r"|rapporte|a\s+rapporté|indique|a\s+indiqué|informó|informa|reportó|informou|noticiou|avançou|adiantou"
    r"|ha\s+(?:informado|publicado|adelantado|recogido|podido\s+saber)"
    r"|(?:disse|afirmou|declarou|contou)\s+à"
    r"|riporta|riportano|ha\s+riportato|riferisce|riferiscono|ha\s+riferito|(?:fa|fanno|ha\s+fatto)\s+sapere"
    r"|scrive|(?:ha\s+)?reso\s+noto|rende\s+noto"
    r"|berichtete|berichtet|meldete|meldet|erfuhr|meldt|meldde|berichtte|bericht|schrijft|schreef"
    r"|podała|podał|podało|podaje|poinformowała|poinformował|poinformowało|informuje|donosi"
    r"|uvedla|uvedl|uviedla|uviedol|informovala|informoval|napsala|napsal|közölte|jelentette"
    r"|uppger|rapporterar|skriver|skrev|melder|meldte|opplyser|oplyser|kertoo|kertoi|uutisoi"
    # Russian and Ukrainian in both aspects: "сообщает", "сообщило", "передает", "повідомляє", "повідомив".
    r"|сообщ(?:ает|ают|ил[аои]?|ал[аои]?)|переда(?:ет|ют|л[аои]?)|пишет"
    r"|повідомля(?:є|ють|в|ла|ло)|повідоми(?:в|ла|ло|ли)|переда(?:є|ють|в|ла|ло)|пише")
# An article before the name: one elided ("l'AFP", "dall'ANSA") is written against it, any other apart.
_ARTICLE = (r"(?:(?i:(?:d[aei]|a|su|ne)?ll['’]|l['’])|(?i:an?|the|le|la|les|el|los|las|o|a|os|as|il|lo|dal|dalla"
            r"|del|della|pela|pelo|der|die|dem|des|den|het|de|az)\s+)")
_REPORTS = (r"report|story|article|dispatch|agence\s+de\s+presse|agence|agencia\s+de\s+noticias|agencia"
            r"|agência\s+de\s+notícias|agência|agenzia|Nachrichtenagentur|Presseagentur|persbureau"
            r"|nieuwsagentschap|agencj[aiię]|agentur[aye]?|agentúr[ay]|nyhetsbyrån?|nyhedsbureau(?:et)?"
            r"|uutistoimisto|hírügynökség|(?:информ)?агентств[оа]|агентство|издани[ея]|(?:інформ)?агенці[яї]"
            # A correspondent's report is the agency's: "повідомляє кореспондент Укрінформу".
            r"|корреспондент[уа]?|кореспондент(?:у|а|ові)?")
# The marks Russian and Ukrainian news, and some German, put an agency's name between: «Интерфакс», "Интерфакс".
_QUOTE_MARK = "[«»\"„“”]"
# A letter that starts a name in capitals, in Latin or Cyrillic letters.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
# The words that join a name's words ("Ministry of Mining and Heavy Industry", "Procter & Gamble", "Ministério
# de Minas e Energia"), or two names ("Reuters and AFP reported": each is credited, unless the whole names one).
_JOINING = ("and", "&", "y", "e", "et", "und", "и")
# A word of a name after its first: capitalised, or one that joins its words.
_NAME_ON = rf"(?:\s+(?:[{_CAPITAL}][\w&'’.-]*|of|de|du|{'|'.join(map(re.escape, _JOINING))}))"
_CREDIT_BEFORE = (
    rf"(?<!\w)(?i:{_CREDIT_LEADS})\s+{_ARTICLE}?"
    rf"(?:(?i:(?P<report>{_REPORTS}))\s+(?:(?i:by|from|in|of|de|du|des|von|der)\s+)?{_ARTICLE}?)?"
    rf"{_QUOTE_MARK}?(?P<name>[^\W\d_][\w&'’.-]*{_NAME_ON}{{0,6}})")
# The name before the words that credit it ("Reuters reported", "wie dpa meldete"), perhaps after a word for an
# agency ("wie die Nachrichtenagentur dpa meldete"); a name of one word may start lower-case ("dpa"), as only a
# known outlet's name counts ("the minister said" names none).
_CREDIT_AFTER = (
    rf"(?<![\w'’.-])(?:(?i:(?P<report>{_REPORTS}))\s+)?"
    rf"{_QUOTE_MARK}?(?P<name>[{_CAPITAL}][\w&'’.-]*{_NAME_ON}{{0,6}}|[^\W\d_][\w&'’.-]*){_QUOTE_MARK}?"
    r"(?:'s|’s)?\s+"
    r"(?:news\s+agency\s+)?(?i:reported|reports|said|says|wrote|writes|quoted|cited"
    r"|(?:has|had)\s+(?:reported|learned|learnt)"
    r"|rapporte|a\s+rapporté|indique|a\s+indiqué|informó|informa|reportó|informou|noticiou|riporta|ha\s+riferito"
    r"|riferisce|scrive|fa\s+sapere|zufolge|berichtete|berichtet|meldete|meldet|meldt|meldde|bericht|schrijft"
    r"|mitteilte|schrieb|schreibt|erfuhr"
    r"|podała|podał|podało|podaje|informuje|donosi|uvedla|informovala|rapporterar|uppger|skriver|melder"
    r"|kertoo|kertoi|сообщает|сообщают|сообщило|сообщил|сообщила|передает|передало|пишет"
    r"|повідомляє|повідомив|повідомила|повідомило|передає|пише)(?!\w)")
# Turkish, Finnish and Hungarian put the crediting word after the name, Turkish and Finnish with the name's
# ending after an apostrophe or a colon, and perhaps a word between: "Reuters'ın haberine göre",
# "Anadolu Ajansı'nın bildirdiğine göre", "AA'ya göre", "STT:n mukaan", "az MTI szerint".
_POSTPOSITIONS = ("göre", "mukaan", "szerint")
_CREDIT_POSTPOSED = (
    rf"(?P<name>[{_CAPITAL}][\w&.-]*(?:\s+[{_CAPITAL}][\w&.-]*){{0,3}})(?:\s+(?i:haber\s+)?ajans\w*)?"
    r"(?:['’:-][^\W\d_]{1,5})?(?:\s+[^\W\d_]+)?\s+(?:göre|mukaan|szerint)(?!\w)")


# Chinese, Japanese and Korean write no spaces around a name: it stands between the words that credit it,
# the lead "据" and a word for a report ("据新华社报道", "据新华社电"), or only the words after it
# ("新华社消息，", "新华社报道称", "共同通信によると", NHK's "共同通信によりますと", "共同通信の報道では",
# "時事通信の報道によると", "연합뉴스에 따르면",
# "연합뉴스 보도에 따르면"), where the name is the letters before them.
_CJK_LETTER = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
_CREDIT_ZH = r"(?:据|據|根据|根據)(?P<name>[^\s，。、；,.]{2,12}?)(?:的)?(?:报道|報道|消息|称|稱|电|電|讯|訊)"
_CREDIT_CJK_AFTER = "|".join((
    r"报道称|報道稱|援引|(?:报道|報道|消息)(?=[，,：:]|说|說|指出)",
    *(f"{report}{by}" for report in ("の報道", "の取材", "の記事", "の調べ", "の配信", "")
      for by in ("によると", "によれば", "によりますと", "が報じた", "は報じた", "が伝えた")),
    "の(?:報道|取材|調べ|配信)では",  # NHK's "共同通信によりますと", "共同通信の報道では"
    *(f"{report}{by}" for report in ("의 보도", " 보도", "보도", "의 기사", " 기사", "기사", "의 발표", " 발표", "발표",
                                     " 통신", "")  # "로이터 통신에 따르면": Reuters
      for by in ("에 따르면", "에 의하면")),
    "가 보도했다|이 보도했다|는 보도했다|은 보도했다|가 전했다|이 전했다"))
# Arabic puts the name after a verb that credits it ("ذكرت رويترز", "نقلت وكالة رويترز", "قالت وكالة الأنباء
# السعودية (واس)") or a preposition ("بحسب رويترز", "نقلا عن", "وفقا لرويترز", "وفقاً لـ واس"), each perhaps with
# "and" or "so" glued before it ("وبحسب", "وذكرت"); the name is the longest run of the words after it that
# names an outlet, "وكالة" (agency) before it or not.
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_CREDIT_AR = (
    r"(?<!\w)[وف]?(?:(?:(?:ذكر|قال|أفاد|أورد|نقل|أعلن|نشر|أضاف|بث|أشار)ت?|بحسب|حسب|حسبما|نقلاً?\s+عن"
    r"|استناداً?\s+[إا]لى)\s+|(?:وفق|طبق)اً?\s+لـ?\s*)"
    r"(?P<name>[^\s،,.:؛؟!]+(?:\s+[^\s،,.:؛؟!]+){0,5})")
_AGENCY_AR = "وكالة"
_CJK_NAME_LETTERS = 12  # a name before them is at most so long
_CJK_STOP = re.compile(r"[\s，。、；,.据據は：:「」『』“”]")  # and stops before these


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern, ...]:
    """The patterns of credited(), compiled when it is first asked (12 ms): a rebuild asks it only of the
    records it checks again."""
    return tuple(map(re.compile, (_CREDIT_BEFORE, _CREDIT_AFTER, _CREDIT_POSTPOSED, _CJK_LETTER, _CREDIT_ZH,
                                  _CREDIT_CJK_AFTER, _CREDIT_AR)))


def credited(quote: str, outlets: Mapping[str, str]) -> set[str]:
    """The outlets that `quote` gives its words as: `outlets` maps each name
    that may credit one (as _outlet() writes it) to the outlet."""
    (credit_before, credit_after, credit_postposed, cjk_letter, credit_zh, credit_cjk_after,
     credit_ar) = _credit_patterns()
    found = set()
    for match in itertools.chain(credit_before.finditer(quote), credit_after.finditer(quote)):
        found |= _named_joined(match["name"].split(), outlets, match["report"])
    if any(word in quote for word in _POSTPOSITIONS):
        for match in credit_postposed.finditer(quote):
            words = match["name"].split()
            # Finnish writes the name's ending against it: "Reutersin mukaan".
            read = [words] + [[*words[:-1], words[-1][:-len(end)]] for end in ("in", "n") if words[-1].endswith(end)]
            found.add(next(filter(None, (_named(name, outlets, ending=True) for name in read)), None))
    if not quote.isascii() and cjk_letter.search(quote):
        for match in credit_zh.finditer(quote):
            # What follows "据" may go on past the name to a dateline: "据新华社北京3月20日电".
            name = _outlet(match["name"])
            found.add(next((outlets[name[:n]] for n in range(len(name), 1, -1) if name[:n] in outlets),
                           _cjk_named(name, outlets)))
        for match in credit_cjk_after.finditer(quote):
            before = quote[max(0, match.start() - _CJK_NAME_LETTERS):match.start()]
            found.add(_cjk_named(_outlet(_CJK_STOP.split(before)[-1]), outlets))
    if not quote.isascii() and _ARABIC_LETTER.search(quote):
        for match in credit_ar.finditer(quote):
            words = match["name"].split()
            found.add(_named(words, outlets) or (_named(words[1:], outlets) if words[0] == _AGENCY_AR
                                                 and len(words) > 1 else None))
    return found - {None}


def _cjk_named(name: str, outlets: Mapping[str, str]) -> str | None:
    """The outlet the longest end of `name` names: "日本の共同通信" is Kyodo."""
    return next((outlets[name[n:]] for n in range(len(name)) if name[n:] in outlets), None)


def _named_joined(words: list[str], outlets: Mapping[str, str], report: str | None) -> set[str | None]:
    """The outlet `words` name whole (_named), else those its parts between joining words name: "Reuters and
    AFP" names both, "Bosnia and Herzegovina Times" one."""
    if _JOINING_SET.isdisjoint(words):
        return {_named(words, outlets, report)}
    last_joining = max(at for at, word in enumerate(words) if word in _JOINING_SET)
    whole = _named(words, outlets, report, reaching=last_joining + 2)
    if whole is not None:
        return {whole}
    parts = [list(part) for joining, part in itertools.groupby(words, _JOINING_SET.__contains__) if not joining]
    return {_named(part, outlets, report) for part in parts}


_JOINING_SET = frozenset(_JOINING)


def _named(words: list[str], outlets: Mapping[str, str], report: str | None = None,
           ending: bool = False, reaching: int = 1) -> str | None:
    """The outlet the longest run of `words`' first words names ("Reuters Monday" is Reuters), or of
    their last if `ending` (the name ends where the crediting word starts: "Az MTI szerint"), else that
    run after `report`, the word for an agency it followed ("Agência Brasil"). An agency whose name is
    a word too counts only written capitalised: "según la belga Ana" credits no Belga. `reaching`: the
    fewest of `words` a run may hold."""
    if words[0][:1].islower() and _outlet(words[0]) in _WORDS_TOO:
        return None
    # A country's possessive before the name is no part of it: "Russia's Interfax", "South Korea's Yonhap".
    after = next((i + 1 for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))), 0)
    runs = [" ".join(part[-n:] if ending else part[:n]) for part in dict.fromkeys((tuple(words), tuple(words[after:])))
            for n in range(len(part), max(0, reaching - (len(words) - len(part)) - 1), -1)]
    named = (_outlet(run) for run in runs)
    if report:
        named = itertools.chain(named, (_outlet(f"{report} {run}") for run in runs))
    return next((outlets[name] for name in named if name in outlets), None)


def _outlet(name: str) -> str:
    """A publisher's or agency's name as compared: case, spaces, "the" and a possessive aside."""
    words = name.replace("’", "'").casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    outlet = " ".join(words).rstrip(".")
    site = _SITE.fullmatch(outlet)
    return site["name"] if site and site["name"] in WIRE_AGENCIES else outlet


# An agency by its site's address, as its datelines write it: "INTERFAX.RU", "TASS.ru", "aa.com.tr". Only a
# known agency's: "Gazeta.ru" is a paper's name.
_SITE = re.compile(r"(?P<name>[^\W_][\w-]*?)(?:\.[a-z]{2,3})+")


def _reading(cite, said: frozenset[str], claimed: set[str], quote_language: str,
             claim_language: str) -> tuple[str, frozenset[str]]:
    """Why the citation's quote does not bear on the claim, as LEFT_OUT names it ("" when it does), and what of
    the claim (`said`) it says: all of it where nothing here can read it (another language, no translation)."""
    if not said:
        return "", said
    if cldr.primary(quote_language) == cldr.primary(claim_language):
        text = cite.quote
    elif cite.translation:
        text = cite.translation
    else:
        return "", said
    says = said & claimreader.content_stems(text, claim_language)
    if not claimreader.bears_on(said, says):
        return "says_less", says
    written = numbers_in(text)
    # another number in place of the claim's
    return "other_number" if written - claimed and claimed - written else "", says


def left_out(claim: Claim, language_of: Callable[[str], str], claim_language: str) -> tuple[tuple[int, str], ...]:
    """The citations of `claim` (indexes) whose quotes do not bear on it, each with why (LEFT_OUT)."""
    said, claimed = claimreader.content_stems(claim.text, claim_language), numbers_in(claim.text)
    found = ((at, _reading(cite, said, claimed, language_of(cite.source), claim_language)[0])
             for at, cite in enumerate(claim.cites))
    return tuple((at, why) for at, why in found if why)


# Why a quote does not bear on its claim: it says less than half of what the claim says, or writes another
# number in place of one of the claim's.
LEFT_OUT = ("says_less", "other_number")


# A wire story's dateline, at the start of its text: a place in capitals, perhaps a date, and the agency
# in brackets before a dash ("DAR ES SALAAM, Nov 17 (Coastline Wire) -", "TOKYO (Kyodo) —", "İZMİR (DHA) -").
_DATELINE = re.compile(rf"[^\S\n]*[{_CAPITAL}][{_CAPITAL} .'’-]{{1,40}},?(?:[^\S\n]+[\w .,]{{1,20}}?)?[^\S\n]*"
                       rf"\((?P<agency>[{_CAPITAL}][\w .&'’-]{{1,60}})\)\.?[^\S\n]*[-–—]")
# And as agencies of other languages write it, which name the agency in a shape of their own: Korean ones
# after the place, in Hangul, and "=" ("(서울=연합뉴스) 김민수 기자 =", "【서울=뉴시스】"; a Japanese paper's
# "【ワシントン＝青山直篤】" names its reporter), Chinese ones before the place
# and the day, "电" after it ("新华社内罗毕3月20日电"; "本报" is the paper's own), Japanese ones in 【】
# after the place ("【ワシントン共同】", "【北京AFP＝時事】"). Taiwan's CNA writes the year too: "（中央社記者林芳台北
# 2025年6月12日電）".
_DATELINE_KO = re.compile(r"[^\S\n]*[(（【\[][가-힣][^()（）【】\[\]=＝\n]{0,15}[=＝][^\S\n]*"
                          r"(?P<agency>[^\W\d_][^()（）【】\[\]=＝\n]{0,19}?)[^\S\n]*[)）】\]]")
_DATELINE_ZH = re.compile(r"[^\S\n]*[（(]?(?P<agency>(?!本)[^\W\d_]{1,10}?[社网網]|路透|彭博)"
                          r"[^\W\d_]{0,12}?(?:[\d０-９]{4}年)?(?:[\d０-９]{1,2}月)?[\d０-９]{1,2}日[电電]")
_DATELINE_JA = re.compile(r"[^\S\n]*【[^】\n]{0,20}?(?P<agency>共同|時事|ロイター|AFP|ＡＦＰ|AP|ＡＰ|新華社|聯合ニュース)"
                          r"(?:[=＝][^】\n]{1,8})?】")
# A known agency's dateline may name its place as any word, or two ("Roma, 12 mar. (Adnkronos) -", "Lisboa,
# 12 mar (Lusa) -", "Berlin/Brüssel (dpa) -"), open with the agency ("(ANSA) - ROMA, 12 MAR -", "(AGI) -
# Roma, 12 mar. -") or write its name lower-case ("BERLIN (dpa) -"). After a place and a day it may go
# without the dash ("MADRID, 12 (EUROPA PRESS)"), between slashes ("МОСКВА, 12 марта. /ТАСС/.") or after a
# dash ("МОСКВА, 12 мар — РИА Новости."), the month first or the day ("ULAANBAATAR, March 5 /MONTSAME/.").
_PLACE = r"[^\W\d_][\w .'’/-]{0,40}"
# "МОСКВА, 12 марта. ", "MADRID, 12 ", "ULAANBAATAR, March 5 "
_DAY = rf"{_PLACE},[^\S\n]+(?:\d[\w .]{{0,18}}?|[^\W\d_]+\.?[^\S\n]+\d{{1,2}}\.?)[^\S\n]*"
_KNOWN_AGENCY = r"(?P<agency>[^\W\d_][\w .&'’-]{0,30}?)"
# Interfax writes its site's name after the place and the day, each ending in a point: "Москва. 12 марта.
# INTERFAX.RU -", "MOSCOW. March 12. INTERFAX.RU -".
_DAY_AND_MONTH = r"(?:\d{1,2}[^\S\n]+[^\W\d_]+|[^\W\d_]+\.?[^\S\n]+\d{1,2})"
_DATELINES_KNOWN = tuple(re.compile(rf"[^\S\n]*{shape}") for shape in (
    rf"(?:{_PLACE},?(?:[^\S\n]+[\w .,]{{1,20}}?)?[^\S\n]*)?\({_KNOWN_AGENCY}\)\.?[^\S\n]*[-–—]",
    rf"{_DAY}\({_KNOWN_AGENCY}\)", rf"{_DAY}/{_KNOWN_AGENCY}/", rf"{_DAY}[-–—][^\S\n]*{_KNOWN_AGENCY}[.,]",
    rf"{_PLACE}[.,][^\S\n]+{_DAY_AND_MONTH}[.,][^\S\n]*{_KNOWN_AGENCY}[^\S\n]*[-–—]"))
_DATELINE_JA_NAMES = {"共同": "共同通信", "時事": "時事通信"}  # as the agencies' names go elsewhere
_DATELINES = (_DATELINE, _DATELINE_KO, _DATELINE_ZH, _DATELINE_JA)
_DATELINE_LINES = 3  # the title may come first


# A known agency credited on the story's last line, on its own: "— Reuters", "-AFP", "(Reuters)", as papers
# close an agency's copy they print without its dateline.
_CREDIT_LINE = re.compile(r"[^\S\n]*(?:[-–—][^\S\n]*(?P<dashed>[^\W\d_][\w .&'’-]{0,30}?)|"
                          r"\((?P<bracketed>[^\W\d_][\w .&'’-]{0,30}?)\))[^\S\n]*\.?[^\S\n]*")


def dateline_end(text: str) -> int | None:
    """Where a wire's dateline opening `text` ends ("TOKYO, March 5 (Reuters) -"), if one does."""
    found = _DATELINE.match(text)
    return found.end() if found else None


def dateline_agency(text: str) -> str | None:
    """The agency a story's dateline names, if its first lines open with one, or else the
    known agency its last line credits on its own ("— Reuters")."""
    for line in text.lstrip().split("\n", _DATELINE_LINES)[:_DATELINE_LINES]:
        for dateline in _DATELINES:
            found = dateline.match(line)
            if found is not None:
                agency = unicodedata.normalize("NFKC", found["agency"]).strip()  # "ＡＦＰ": AFP
                return _DATELINE_JA_NAMES.get(agency, agency)
        for dateline in _DATELINES_KNOWN:
            found = dateline.match(line)
            if found is not None and _outlet(found["agency"]) in WIRE_AGENCIES:
                return found["agency"].strip()
    credit = _CREDIT_LINE.fullmatch(text.rstrip().rsplit("\n", 1)[-1])
    agency = credit and (credit["dashed"] or credit["bracketed"])
    return agency.strip() if agency and _outlet(agency) in WIRE_AGENCIES else None


def groups(meta: Mapping[str, Mapping], source_ids: Mapping[str, str],
           agencies: Mapping[str, str | None] | None = None,
           copied: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Source id -> id of the source its independent group is counted as:
    the original (one that republishes no other), the earliest published,
    then the first in id order. `agencies`: the agency each source's
    dateline names (dateline_agency), a publisher of it; `copied`: pairs
    of sources that print one story (copies)."""
    return grouped(meta, source_ids, agencies, copied)[0]


def grouped(meta: Mapping[str, Mapping], source_ids: Mapping[str, str],
            agencies: Mapping[str, str | None] | None = None,
            copied: Iterable[tuple[str, str]] = ()) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str, str], ...]]]:
    """groups(), and for each source of a group of two or more, the links
    that joined its group's sources, (source, source, why as REASONS name
    it): the page says why citations of two of them count as one voice,
    by the links between those two (joined_by)."""
    agencies = agencies or {}
    parent = {sid: sid for sid in meta}
    links: list[tuple[str, str, str]] = []

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    def join(a: str, b: str, why: str) -> None:
        if a != b:
            links.append((a, b, why))
        first, second = sorted((root(a), root(b)))
        parent[second] = first

    shared: dict[tuple[str, str], tuple[str, str]] = {}  # (key, name) -> (first source, why)
    for sid in sorted(meta):
        values = meta[sid]
        original = source_ids.get(values.get("republishes", ""))
        if original in parent:
            join(sid, original, "republishes")
        for key, value, why in (("publisher", values.get("publisher"), "publisher"),
                                ("wire_id", values.get("wire_id"), "wire_id"),
                                ("publisher", agencies.get(sid), "agency")):
            name = " ".join(str(value or "").casefold().split())
            if key == "publisher":
                name = WIRE_AGENCIES.get(_outlet(name), name)  # "연합뉴스" and "Yonhap": one agency
            if name:
                first, first_why = shared.setdefault((key, name), (sid, why))
                # A paper's publisher named as another's dateline agency: the agency's story, printed twice.
                join(sid, first, "agency" if "agency" in (why, first_why) else why)
    for pair in copied:
        join(*pair, "same_text")
    members: dict[str, list[str]] = {}
    for sid in sorted(meta):
        members.setdefault(root(sid), []).append(sid)
    counted_as = {group: min(ids, key=lambda sid: _originality(meta[sid], sid)) for group, ids in members.items()}
    links_of: dict[str, list[tuple[str, str, str]]] = {}
    for link in links:
        links_of.setdefault(root(link[0]), []).append(link)
    linked = {group: tuple(found) for group, found in links_of.items()}  # one tuple, shared by the group's sources
    return ({sid: counted_as[root(sid)] for sid in sorted(meta)},
            {sid: linked[root(sid)] for sid in sorted(meta) if root(sid) in linked})


def joined_by(links: Iterable[tuple[str, str, str]], first: Iterable[str], other: str) -> set[str]:
    """Why `other` is in one group with the sources `first`: the reasons of the links on the shortest
    path that joins it to one of them (links: grouped()), not those of the group's other sources."""
    near: dict[str, list[tuple[str, str]]] = {}
    for a, b, why in links:
        near.setdefault(a, []).append((b, why))
        near.setdefault(b, []).append((a, why))
    came: dict[str, tuple[str, str] | None] = {other: None}
    queue, targets = [other], set(first)
    for sid in queue:  # breadth first: the fewest links
        if sid in targets:
            reasons = set()
            while came[sid] is not None:
                sid, why = came[sid]
                reasons.add(why)
            return reasons
        for neighbour, why in near.get(sid, ()):
            if neighbour not in came:
                came[neighbour] = (sid, why)
                queue.append(neighbour)
    return set()


def copies(cited_together: Iterable[tuple[str, str]], text_of: Callable[[str], str]) -> list[tuple[str, str]]:
    """The pairs among those cited together (by one claim) that print one
    story: papers running an agency's copy under headlines of their own,
    with no credit, dateline or metadata that says so. Two texts are one
    story when they share, word for word, SAME_STORY_SENTENCES of their
    sentences at least SAME_STORY_WORDS words long, or every such sentence
    of the one that has fewer, two at least (one sentence in common may be
    a statement both quote: the quotes' own rule, `independent`, reads
    that). A text that reprints three long sentences of
    another (a press release quoted at length) is counted with it: fewer
    voices, never more. Two texts the same word for word, of two paragraphs
    or more, are one story however short (a notice under its headline, saved
    twice), though they hold no sentence long enough to count; a paragraph
    alone may be a statement both print whole. Only pairs a claim
    cites are compared, so a brief of many sources reads the few its claims
    cite together."""
    sentences: dict[str, frozenset[str]] = {}
    wholes: dict[str, str] = {}

    def of(sid: str) -> frozenset[str]:
        known = sentences.get(sid)
        if known is None:
            known = sentences[sid] = _long_sentences(text_of(sid))
        return known

    def whole(sid: str) -> str:
        """The text's paragraphs, spaced alike, one a line."""
        known = wholes.get(sid)
        if known is None:
            lines = (" ".join(normalise(line).casefold().split()) for line in text_of(sid).splitlines())
            known = wholes[sid] = "\n".join(line for line in lines if line)
        return known
    found = []
    for first, second in sorted(set(cited_together)):
        shared = len(of(first) & of(second))
        if shared >= max(2, min(SAME_STORY_SENTENCES, len(of(first)), len(of(second)))) \
                or ("\n" in whole(first) and whole(first) == whole(second)):
            found.append((first, second))
    return found


SAME_STORY_SENTENCES = 3
# A sentence ends at a full stop, question or exclamation mark before a space, at an ideographic one, or with its line.
_SENTENCE_END = re.compile(r"(?<=[.!?]) |(?<=[。！？．])")


def _long_sentences(text: str) -> frozenset[str]:
    """A text's sentences of at least SAME_STORY_WORDS words, as the same-story rule compares passages."""
    found = set()
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(normalise(line).casefold()):
            if _story_words(sentence, sentence.split()) >= SAME_STORY_WORDS:
                found.add(sentence.strip())
    return frozenset(found)


def _originality(values: Mapping, sid: str) -> tuple:
    published = values.get("published")
    return (bool(values.get("republishes")), published is None,
            published.sort_key() if published is not None else (), sid)

