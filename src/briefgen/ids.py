"""The id rule: lowercase slugs, so no id can name a path outside the site."""
from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")
# A record's id names its page's folder, and file systems allow 255 bytes a name.
LONGEST_ID = 150


def slugify(text: str, max_length: int | None = None) -> str:
    """The id a title or file name suggests: ASCII, lowercase, words joined
    by '-', cut at a word boundary; "" when nothing usable is left."""
    if SLUG.fullmatch(text) and (max_length is None or len(text) <= max_length):
        return text  # already an id, like 000_6b63e09ce1224b78
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")
    if max_length is not None and len(slug) > max_length:
        cut = slug[:max_length + 1]
        slug = cut[:cut.rfind("-")] if "-" in cut else cut[:max_length]
    return slug


def suggested_id(text: str, max_length: int | None = None) -> str:
    """The id a title or file name suggests for a new record or source: as
    `slugify`, with the Latin letters it would drop spelled in ASCII
    ('Łódź' 'lodz', 'Straße' 'strasse'); "" where only digits would be left
    of a text with letters ('日本政府、カザフスタンに10億ドル投資へ' is no
    '10'). `slugify` stays as it was: ids made from it must keep their meaning."""
    slug = slugify(text.translate(_latin_in_ascii()), max_length)
    if not any(c.isalpha() for c in slug) and any(c.isalpha() for c in text):
        return ""
    return slug


# Latin letters that decompose into no ASCII letter, named otherwise than "LETTER D WITH STROKE": as English
# spells them ("Þórshöfn" "Thorshofn", Azerbaijani "Əliyev" "Aliyev", Greenlandic kra as its reform's "q").
_SPELLED_OUT = {"ß": "ss", "ẞ": "ss", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i", "ȷ": "j", "ŋ": "ng",
                "Ŋ": "ng", "ĸ": "q", "ə": "a", "Ə": "a", "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o"}
# "LATIN SMALL LETTER L WITH STROKE", "LATIN CAPITAL LIGATURE OE", "LATIN SMALL LETTER AE WITH ACUTE".
_LETTER_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) ([A-Z]{1,2})(?: WITH .*)?")
# The blocks of Latin letters beyond ASCII: Latin-1 Supplement to IPA Extensions, Latin Extended Additional.
_LATIN_BLOCKS = (range(0xC0, 0x2B0), range(0x1E00, 0x1F00))


@lru_cache(maxsize=1)
def _latin_in_ascii() -> dict[int, str]:
    """Each Latin letter that NFKD leaves without an ASCII letter, and the ASCII that spells it: the base
    letters its Unicode name gives ("ł" "l", "æ" "ae", "ø" "o"), else _SPELLED_OUT's."""
    table = {}
    for code in itertools.chain(*_LATIN_BLOCKS):
        letter = chr(code)
        if not letter.isalpha() or unicodedata.normalize("NFKD", letter).encode("ascii", "ignore"):
            continue
        named = _LETTER_NAME.fullmatch(unicodedata.name(letter, ""))
        spelled = named[1].lower() if named else _SPELLED_OUT.get(letter)
        if spelled:
            table[code] = spelled
    return table


def slug_hint(value: str) -> str:
    suggestion = suggested_id(value)
    if suggestion and SLUG.fullmatch(suggestion):
        return f"ids are lowercase letters, digits, '-' and '_'; e.g. '{suggestion}'"
    return "ids are lowercase letters, digits, '-' and '_', starting with a letter or digit"
