"""How many independent sources stand behind each claim.

Sources are one voice when they share a publisher (compared case- and
space-insensitively), when one `republishes` another, or when they carry the
same `wire_id`; these links are followed transitively, so a newspaper that
reprints an agency story counts with the agency. An agency a story names in
its dateline ("NAIROBI, Nov 17 (Reuters) -") is its publisher too: two
papers' copies of one agency's story are one voice, and the agency's. A
source that names no publisher is its own voice: nothing says it is another's.

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
- two quotes that are the same long passage word for word (at least
  SAME_STORY_WORDS words) from two sources are one story, as two papers
  printing one agency's copy are, whatever their metadata says;
- a quote that gives what it says as an outlet's ("according to Reuters",
  "citing Kyodo", "Xinhua reported", "selon l'AFP", "laut dpa") is that outlet's voice: two papers
  passing on one agency's report are one voice, and the agency's own story
  with them. An outlet is a wire agency news credits so (WIRE_AGENCIES) or
  the publisher of a source the claim cites; what else a quote credits
  ("according to officials", "the minister said") is not told apart.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping

from . import overreach
from .model import Claim
from .textmatch import normalise
from .translations import numbers_in

SAME_STORY_WORDS = 12


def independent(claim: Claim, groups: Mapping[str, str], language_of: Callable[[str], str],
                claim_language: str, publisher_of: Callable[[str], str | None] = lambda sid: None) -> int:
    """The number of independent sources among the citations of `claim`
    that bear on it (at least 1: a claim always has its first source)."""
    if len({groups.get(c.source, c.source) for c in claim.cites}) <= 1:
        return 1
    said, claimed = overreach.content_stems(claim.text, claim_language), numbers_in(claim.text)
    publishers = {sid: _outlet(publisher_of(sid) or "") for sid in {c.source for c in claim.cites}}
    named = {name: name for name in publishers.values() if name}
    outlets = {**named, **WIRE_AGENCIES} if named else WIRE_AGENCIES  # not copied for sources without publishers
    publishers = {sid: outlets.get(name, name) for sid, name in publishers.items()}  # "AP": the Associated Press
    voice: dict[str, str] = {}  # a source group or a passage -> the voice it joined

    def of(name: str) -> str:
        while voice.setdefault(name, name) != name:
            name = voice[name]
        return name

    for cite in claim.cites:
        if not _bears(cite, said, claimed, language_of(cite.source), claim_language):
            continue
        group = of("group:" + groups.get(cite.source, cite.source))
        words = normalise(cite.quote).casefold().split()
        if len(words) >= SAME_STORY_WORDS:
            voice[group] = group = of("passage:" + " ".join(words))
        for outlet in ({publishers[cite.source]} | credited(cite.quote, outlets)) - {""}:
            voice[group] = group = of("outlet:" + outlet)
    return max(1, len({of(name) for name in voice if name.startswith("group:")}))


# Agencies whose reports news passes on by name, each as credited (as _outlet() writes it), in the
# scripts news writes them in -> the agency.
_AGENCY_NAMES = {
    "reuters": ("reuters", "thomson reuters", "路透社", "ロイター", "ロイター通信", "로이터", "로이터통신", "رويترز"),
    "associated press": ("ap", "associated press", "美联社", "美聯社", "ap通信", "ap통신"),
    "afp": ("afp", "agence france-presse", "agence france presse", "法新社", "afp通信", "afp통신", "فرانس برس"),
    "bloomberg": ("bloomberg", "bloomberg news", "彭博社", "彭博", "ブルームバーグ", "블룸버그"),
    "xinhua": ("xinhua", "xinhua news agency", "синьхуа", "新华社", "新華社", "신화통신", "신화사"),
    "kyodo": ("kyodo", "kyodo news", "共同通信", "共同社", "교도통신"), "jiji": ("jiji", "jiji press", "時事通信", "时事社"),
    "tass": ("tass", "itar-tass", "тасс", "итар-тасс", "塔斯社", "タス通信"),
    "ria novosti": ("ria novosti", "ria", "риа новости", "риа"), "interfax": ("interfax", "интерфакс"), "dpa": ("dpa",),
    "ansa": ("ansa",), "efe": ("efe",), "anadolu": ("anadolu", "anadolu agency", "aa"),
    "yonhap": ("yonhap", "연합뉴스", "聯合ニュース", "韩联社", "韓聯社"),
    "pti": ("pti", "press trust of india"), "ani": ("ani",), "upi": ("upi",), "bernama": ("bernama",),
    "antara": ("antara",), "kazinform": ("kazinform",), "akipress": ("akipress",), "trend": ("trend",),
    "uza": ("uza",), "dunya": ("dunya",), "apa": ("apa",), "irna": ("irna",), "wam": ("wam",), "spa": ("spa",),
    "kuna": ("kuna",), "qna": ("qna",), "mena": ("mena",), "ukrinform": ("ukrinform",),
}
WIRE_AGENCIES = {name: agency for agency, names in _AGENCY_NAMES.items() for name in names}
# Who a quote gives its words as: "according to (a report by) X", "citing X", "reported by X", "X reported",
# and as French, Spanish, Portuguese, Italian, German and Russian news write it ("selon l'AFP", "según EFE",
# "laut dpa", "Reuters zufolge", "по данным ТАСС"). The name may start lower-case ("dpa"): only a known
# outlet's name counts, so "according to officials" names none.
_CREDIT_LEADS = (
    r"according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|via"
    r"|selon|d['’]après|cité(?:e|s|es)?\s+par|rapporté(?:e|s|es)?\s+par"
    r"|según|de\s+acuerdo\s+con|citad[oa]s?\s+por|citando\s+a|informad[oa]s?\s+por"
    r"|segundo|de\s+acordo\s+com"
    r"|secondo|citat[oaie]\s+da|riportat[oaie]\s+da"
    r"|laut|zitiert\s+von|nach\s+(?:Angaben|Informationen)\s+(?:von|der|des)"
    r"|по\s+данным|по\s+сообщению|как\s+сообща(?:ет|ют|ло|ла|л)|со\s+ссылкой\s+на"
    # A verb before the name, as these languages often put it ("informó Reuters", "rapporte l'AFP").
    r"|rapporte|a\s+rapporté|indique|a\s+indiqué|informó|informa|reportó|informou|noticiou|riporta"
    r"|ha\s+riferito|berichtete|berichtet|meldete|meldet|сообща(?:ет|ют|ло|ла|л)|пишет")
# An article before the name: one elided ("l'AFP") is written against it, any other apart.
_ARTICLE = r"(?:(?i:l['’])|(?i:an?|the|le|la|les|el|los|las|o|a|os|as|il|lo|der|die|dem|des|den)\s+)"
_REPORTS = (r"report|story|article|dispatch|agence|agencia|agência|agenzia|Nachrichtenagentur"
            r"|агентств[оа]|агентство|издани[ея]")
# A word of a name after its first: capitalised, in Latin or Cyrillic letters.
_NAME_ON = r"(?:\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w&'’.-]*|of|de|du))"
_CREDIT_BEFORE = re.compile(
    rf"(?<!\w)(?i:{_CREDIT_LEADS})\s+{_ARTICLE}?"
    rf"(?:(?i:{_REPORTS})\s+(?:(?i:by|from|in|of|de|du|des|von|der)\s+)?{_ARTICLE}?)?"
    rf"(?P<name>[^\W\d_][\w&'’.-]*{_NAME_ON}{{0,4}})")
_CREDIT_AFTER = re.compile(
    rf"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w&'’.-]*{_NAME_ON}{{0,4}})(?:'s|’s)?\s+"
    r"(?:news\s+agency\s+)?(?i:reported|reports|said|says|wrote|writes|quoted|cited"
    r"|rapporte|a\s+rapporté|indique|a\s+indiqué|informó|informa|reportó|informou|noticiou|riporta|ha\s+riferito"
    r"|zufolge|berichtete|berichtet|meldete|meldet|сообщает|сообщило|сообщил|сообщила|пишет)(?!\w)")


# Chinese, Japanese and Korean write no spaces around a name: it stands between the words that credit it
# ("据新华社报道", "共同通信によると", "연합뉴스에 따르면", "新华社报道").
_CREDIT_CJK = re.compile(
    r"(?:据|據|根据|根據)(?P<zh>[^\s，。、；,.]{2,12}?)(?:的)?(?:报道|報道|消息|称|稱)"
    r"|(?P<zh_after>[^\s，。、；,.据據]{2,12}?)(?:报道称|報道稱|援引)"
    r"|(?P<ja>[^\s、。，は]{2,12}?)(?:によると|によれば|が報じた|は報じた)"
    r"|(?P<ko>[^\s,.]{2,12}?)(?:에 따르면|가 보도했다|이 보도했다|는 보도했다|은 보도했다)")


def credited(quote: str, outlets: Mapping[str, str]) -> set[str]:
    """The outlets that `quote` gives its words as: `outlets` maps each name
    that may credit one (as _outlet() writes it) to the outlet."""
    found = set()
    for match in (*_CREDIT_BEFORE.finditer(quote), *_CREDIT_AFTER.finditer(quote)):
        words = match["name"].split()
        # The longest run of its first words that names an outlet: "Reuters Monday" is Reuters.
        named = (_outlet(" ".join(words[:n])) for n in range(len(words), 0, -1))
        outlet = next((outlets[name] for name in named if name in outlets), None)
        if outlet is not None:
            found.add(outlet)
    for match in _CREDIT_CJK.finditer(quote):
        words = _outlet(next(group for group in match.groups() if group))
        # The longest end of what stands there that names an outlet: "日本の共同通信" is Kyodo.
        outlet = next((outlets[words[n:]] for n in range(len(words)) if words[n:] in outlets), None)
        if outlet is not None:
            found.add(outlet)
    return found


def _outlet(name: str) -> str:
    """A publisher's or agency's name as compared: case, spaces, "the" and a possessive aside."""
    words = name.replace("’", "'").casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words).rstrip(".")


def _bears(cite, said: frozenset[str], claimed: set[str], quote_language: str, claim_language: str) -> bool:
    if not said:
        return True
    if _primary(quote_language) == _primary(claim_language):
        text = cite.quote
    elif cite.translation:
        text = cite.translation
    else:
        return True
    if not overreach.bears_on(said, overreach.content_stems(text, claim_language)):
        return False
    written = numbers_in(text)
    return not (written - claimed and claimed - written)  # not another number in place of the claim's


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


# A wire story's dateline, at the start of its text: a place in capitals, perhaps a date, and the agency
# in brackets before a dash ("DAR ES SALAAM, Nov 17 (Coastline Wire) -", "TOKYO (Kyodo) —").
_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z .'’-]{1,40},?(?:[^\S\n]+[\w .,]{1,20}?)?[^\S\n]*"
                       r"\((?P<agency>[A-Z][\w .&'’-]{1,60})\)[^\S\n]*[-–—]", re.MULTILINE)
_DATELINE_LINES = 3  # the title may come first


def dateline_agency(text: str) -> str | None:
    """The agency a story's dateline names, if its first lines open with one."""
    for line in text.lstrip().split("\n", _DATELINE_LINES)[:_DATELINE_LINES]:
        found = _DATELINE.match(line)
        if found is not None:
            return found["agency"]
    return None


def groups(meta: Mapping[str, Mapping], source_ids: Mapping[str, str],
           agencies: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Source id -> id of the source its independent group is counted as:
    the original (one that republishes no other), the earliest published,
    then the first in id order. `agencies`: the agency each source's
    dateline names (dateline_agency), a publisher of it."""
    agencies = agencies or {}
    parent = {sid: sid for sid in meta}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    def join(a: str, b: str) -> None:
        first, second = sorted((root(a), root(b)))
        parent[second] = first

    shared: dict[tuple[str, str], str] = {}
    for sid in sorted(meta):
        values = meta[sid]
        original = source_ids.get(values.get("republishes", ""))
        if original in parent:
            join(sid, original)
        for key, value in (("publisher", values.get("publisher")), ("wire_id", values.get("wire_id")),
                           ("publisher", agencies.get(sid))):
            name = " ".join(str(value or "").casefold().split())
            if name:
                join(sid, shared.setdefault((key, name), sid))
    members: dict[str, list[str]] = {}
    for sid in sorted(meta):
        members.setdefault(root(sid), []).append(sid)
    counted_as = {group: min(ids, key=lambda sid: _originality(meta[sid], sid)) for group, ids in members.items()}
    return {sid: counted_as[root(sid)] for sid in sorted(meta)}


def _originality(values: Mapping, sid: str) -> tuple:
    published = values.get("published")
    return (bool(values.get("republishes")), published is None,
            published.sort_key() if published is not None else (), sid)

