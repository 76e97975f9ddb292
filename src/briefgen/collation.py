"""The order names are listed in: a reader looks for "Élysée Treaty" among
the E's and "Österreich" among the O's, not after every unaccented name, as
the code points of their first letters would put them. Accents and case
decide only between names otherwise the same. (A language's own tailoring,
Swedish "Ö" after "Z" or Turkish "ı" before "i", needs a collation library
with its data: a choice left for when a brief asks for it.) Numbers within
names go by their value: "Country 2" before "Country 10", "Lot 9" before
"Lot 100", as a reader counts, not as their first digits would put them."""
from __future__ import annotations

import re
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
def name_key(name: str) -> tuple[tuple, str]:
    """Sorts names by their letters without accents, case folded, and their numbers by value, then by
    the accented form: "Eastmark" < "Élysée" < "Estland"; "Oman" < "Österreich" < "Peru"; "Country 2" <
    "Country 10" < "Country 100"."""
    folded = name.casefold()
    if folded.isascii():
        return _numbers_by_value(folded), folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return _numbers_by_value("".join(c for c in decomposed if not unicodedata.combining(c))
                             .translate(_UNDECOMPOSED)), folded


_DIGITS = re.compile(r"(\d+)")


def _numbers_by_value(text: str) -> tuple:
    """`text`'s runs of letters and of digits, in turn (a split always puts letters first, so two keys compare
    part by part, letters with letters), each run of digits as its length and digits without leading zeros:
    its value, in any script's digits ("٢" is 2), and no int of thousands of digits to build."""
    parts = _DIGITS.split(text)
    for i in range(1, len(parts), 2):
        run = parts[i]  # ASCII digits, most names' (20,000 names a build), are their own values' digits
        digits = (run if run.isascii() else "".join(str(unicodedata.decimal(c)) for c in run)).lstrip("0")
        parts[i] = (len(digits), digits)
    return tuple(parts)
