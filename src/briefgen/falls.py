"""Words that tell a fall right before an amount ("fell 5%", "a contraction of 5%", "cayó un 5 %", "en baisse
de 5 %"): a claim so worded says in words what a quote says with a minus sign ("growth was −5%"), so its
positive amount is the quote's negative one. Without them, "growth of 5%" is not "−5%" (claimreader.py)."""
from __future__ import annotations

import re
from functools import lru_cache

# By language, the words of a fall: a verb, or a noun with its preposition. Read only just before the amount,
# in its clause, so "fell, then rose 5%" is a rise.
_WORDS = {
    "en": r"fell|falls?|fallen|falling|down|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|dropp?(?:ed|s|ing)?"
          r"|contract(?:ed|s|ing|ion)|shr(?:ank|unk|inks?|inking)|slump(?:ed|s)?|plung(?:e|ed|es)|sank|sunk"
          r"|lower|loss|lost|deficit|cut",
    "es": r"cay(?:ó|o|eron|endo)|caídas?|bajó|bajaron|bajada|descen(?:so|dió|dieron)|disminu(?:yó|yeron|ción)"
          r"|contra(?:jo|jeron|cción)|retroce(?:so|dió|dieron)|déficit|pérdidas?|menos",
    "fr": r"baisse|baissé|recul|reculé|chute|chuté|diminution|diminué|contraction|contracté|repli|replié|déficit"
          r"|pertes?|moins",
    "de": r"sanken?|gesunken|fielen?|gefallen|Rückgang|zurückgegangen|schrumpften?|geschrumpft|Defizit|Verlust"
          r"|minus",
}
# Between the word and the amount: a few words, or a year, without another number or a clause's end ("fell
# by", "cayó un", "en baisse de", "sanken 2023 um"): "fell 3% and imports 5%" words no fall of the 5%.
_BETWEEN = r"(?:\s+(?:[^\s\d.,;:!?]+|\d{4})){0,3}?\s+$"


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern | None:
    words = _WORDS.get(language.split("-")[0].lower())
    return re.compile(rf"(?<!\w)(?:{words})(?:{_BETWEEN}|\s*$)", re.IGNORECASE) if words else None


def fall_before(text: str, start: int, language: str) -> bool:
    """Whether `text` words a fall just before the amount at `start`, in `language` (English, Spanish, French,
    German; in any other, never)."""
    pattern = _pattern(language)
    return pattern is not None and pattern.search(text, max(0, start - 40), start) is not None
