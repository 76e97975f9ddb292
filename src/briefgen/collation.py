"""The order names are listed in: a reader looks for "Élysée Treaty" among
the E's and "Österreich" among the O's, not after every unaccented name, as
the code points of their first letters would put them. Accents and case
decide only between names otherwise the same. (A language's own tailoring,
Swedish "Ö" after "Z" or Turkish "ı" before "i", needs a collation library
with its data: a choice left for when a brief asks for it.)"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


# Letters with a stroke that no decomposition takes apart, each with the letter under it, one for one: Vietnamese
# "Đà Nẵng" and Polish "Łódź" are looked up among the D's and L's, not after "Zambia" (and a quote that types
# "Da Nang" is told only the marks differ: provenance.py).
STROKED = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H",
           "ŧ": "t", "Ŧ": "T"}
# For names' order, also the dotless i and the ligatures, which are two letters.
_UNDECOMPOSED = str.maketrans({**STROKED, "ı": "i", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, str]:
    """Sorts names by their letters without accents, case folded, then by
    the accented form: "Eastmark" < "Élysée" < "Estland"; "Oman" < "Österreich" < "Peru"."""
    folded = name.casefold()
    if folded.isascii():
        return folded, folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_UNDECOMPOSED), folded
