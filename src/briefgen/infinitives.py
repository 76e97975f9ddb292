"""The infinitives a Spanish, Portuguese or French word may be a form of, by
its regular endings, for the overreach check (overreach.py): "financió"
and "financiará" are forms of "financiar", "abrió" and "abierto" of
"abrir", "a ouvert" and "ouvrira" of "ouvrir", "investiu" of "investir".

The Snowball stemmers these languages are compared by strip a tense's
ending and an infinitive's differently ("financió": "financ", "financiar":
"financi"; "ouvert": "ouvert", "ouvrir": "ouvr"), so a claim writing one
form of a verb its quote writes in another was read as writing a word no
quote writes. Two words are one verb's where they share a candidate
infinitive: "cerró" (cerrar) stays apart from "cercar", "financió" from
"finanzas". A lemmatiser (simplemma) would give irregular verbs too, but
loads some 100 MB of tables in a second for each language, on every
build; the endings here are the regular ones and the few participles
that change by rule ("abierto", "aberto", "ouvert": -rir; "construit":
-uire). A verb whose stem changes otherwise ("hizo", "hacer") is not
matched: its word is reported, as before, and no plan is told as done.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .wordtokens import code_of

# Each language's infinitive endings: a word with one is its own infinitive.
_INFINITIVE = {"es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir"), "fr": ("er", "ir", "re")}
# Endings that replace an infinitive's (a past, a participle), each with the infinitive endings it may stand for.
_REPLACED = {
    "es": {"ó": ("ar",), "aron": ("ar",), "ado": ("ar",), "ada": ("ar",), "ados": ("ar",), "adas": ("ar",),
           "ió": ("er", "ir"), "ieron": ("er", "ir"), "ido": ("er", "ir"), "ida": ("er", "ir"),
           "idos": ("er", "ir"), "idas": ("er", "ir"),
           # "abierto", "cubierto", "descubierto": abrir, cubrir, descubrir
           "ierto": ("rir",), "ierta": ("rir",), "iertos": ("rir",), "iertas": ("rir",)},
    "pt": {"ou": ("ar",), "aram": ("ar",), "ado": ("ar",), "ada": ("ar",), "ados": ("ar",), "adas": ("ar",),
           "eu": ("er",), "eram": ("er",), "iu": ("ir",), "iram": ("ir",),
           "ido": ("er", "ir"), "ida": ("er", "ir"), "idos": ("er", "ir"), "idas": ("er", "ir"),
           "ído": ("ir",), "ída": ("ir",), "ídos": ("ir",), "ídas": ("ir",),  # "construído"
           "erto": ("rir",), "erta": ("rir",), "ertos": ("rir",), "ertas": ("rir",)},  # "aberto", "coberto"
    "fr": {"é": ("er",), "ée": ("er",), "és": ("er",), "ées": ("er",), "èrent": ("er",),
           "i": ("ir",), "ie": ("ir",), "is": ("ir",), "ies": ("ir",), "it": ("ir",), "irent": ("ir",),
           # "ouvert", "offert", "couvert": ouvrir, offrir, couvrir; "construit", "conduit": construire, conduire
           "ert": ("rir",), "erte": ("rir",), "erts": ("rir",), "ertes": ("rir",),
           "uit": ("uire",), "uite": ("uire",), "uits": ("uire",), "uites": ("uire",)},
}
# Endings written after a whole infinitive (a future, a conditional): "financiará", "ouvrira", "investiria".
_AFTER_INFINITIVE = {
    "es": ("é", "ás", "á", "emos", "éis", "án", "ía", "ías", "íamos", "íais", "ían"),
    "pt": ("ei", "ás", "á", "emos", "eis", "ão", "ia", "ias", "íamos", "íeis", "iam"),
    # (a French -re verb's drops its e: "construira")
    "fr": ("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"),
}
# A Spanish -ir verb's past writes its stem's last e or o as i or u: "invirtió" (invertir), "durmieron" (dormir).
_STEM_CHANGED_PAST = frozenset({"ió", "ieron"})
_UNCHANGED = {"i": "e", "u": "o"}
# A French word a word elided before it is written onto: "d'ouvrir", "l'ouvrira", "qu'il".
_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]")
# The shortest stem an infinitive keeps before its ending: "abrir" (ab-rir), not "dar" or "ir", whose one or two
# letters end too many other words.
_SHORTEST_STEM = 2


@lru_cache(maxsize=None)
def infinitives(word: str, language: str) -> frozenset[str]:
    """The infinitives the lower-case `word` may be a form of in `language` (itself, if it is written as one);
    none in a language not read here, or for a word with no verb's ending."""
    code = code_of(language)
    if code not in _INFINITIVE:
        return frozenset()
    if code == "fr":
        word = _ELIDED.sub("", word)
    found = set()
    endings = _INFINITIVE[code]
    if word.endswith(endings) and len(word) - 2 >= _SHORTEST_STEM:
        found.add(word)
    for ending, replaced_by in _REPLACED[code].items():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= _SHORTEST_STEM:
            found.update(stem + infinitive for infinitive in replaced_by)
            if code == "es" and ending in _STEM_CHANGED_PAST:
                found.update(_unchanged(stem) + infinitive for infinitive in replaced_by)
    for ending in _AFTER_INFINITIVE[code]:
        infinitive = word[:-len(ending)]
        if word.endswith(ending) and len(infinitive) - 2 >= _SHORTEST_STEM:
            if infinitive.endswith(endings):
                found.add(infinitive)
            if code == "fr" and infinitive.endswith("r"):
                found.add(infinitive + "e")
    return frozenset(found)


def _unchanged(stem: str) -> str:
    """A Spanish stem with its last vowel as its infinitive writes it, where a past changed it ("invirt": "invert")."""
    for at in range(len(stem) - 1, -1, -1):
        if stem[at] in "aeiouáéíóú":
            return stem[:at] + _UNCHANGED.get(stem[at], stem[at]) + stem[at + 1:]
    return stem
