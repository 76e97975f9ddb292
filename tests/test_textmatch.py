import random
import re
import sys
import unicodedata

import pytest

from briefgen.textmatch import comparable, comparable_with_offsets, normalise, normalise_with_offsets, wording


@pytest.mark.parametrize("raw, expected", [
    ("Japan’s  push", "Japan's push"),
    ("“quoted”", '"quoted"'),
    ("9–10 August", "9-10 August"),
    ("line\nbreak", "line break"),
    ("no\u00a0break space", "no break space"),
    ("  trimmed \t", "trimmed"),
    ("Case Stays", "Case Stays"),
    ("«Die Bahn» ‹gut›", '"Die Bahn" \'gut\''),
    ("此協議是「美國半導體製造業的歷史性時刻」", '此協議是"美國半導體製造業的歷史性時刻"'),
    ("『引用』＂x＂", '"引用""x"'),
])
def test_normalise_forgives_only_typography_and_whitespace(raw, expected):
    assert normalise(raw) == expected


def test_offsets_point_back_into_the_original():
    raw = "Japan’s\n\n  big push"
    text, offsets = normalise_with_offsets(raw)
    assert text == "Japan's big push"
    start = text.index("big")
    assert raw[offsets[start]:offsets[start + 2] + 1] == "big"


# -- the offset map against the plain per-character definition ----------------

def reference_normalise_with_offsets(raw: str) -> tuple[str, list[int]]:
    """The definition, one character at a time: typography translated one for
    one, every whitespace run one space (mapped to the run's last character),
    none at either end."""
    typography = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                  "\u2015": "-", "\u2212": "-"}
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = None  # offset of the last whitespace character seen since the last word
    for at, char in enumerate(raw):
        if char.isspace():
            pending_space = at
            continue
        if pending_space is not None and chars:
            chars.append(" ")
            offsets.append(pending_space)
        pending_space = None
        chars.append(typography.get(char, char))
        offsets.append(at)
    return "".join(chars), offsets


_PIECES = ["Japan", "pledged", "$1", "billion", "C5", "a", "x", "’s", "“quoted”", "‘single’", "–", "—", "-",
           "9–10", "\u2212" "5", "„low“", "″", "′", "é", "日本", "🙂", ".", ","]
_SPACES = [" ", "  ", "\t", "\n", "\r\n", "\r\n\r\n", "\n\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\x85",
           "\x1c", "\u202f", " \u00a0 ", "\t \n"]


def generated_texts(count: int, seed: int = 12):
    rng = random.Random(seed)
    yield ""
    yield from ("   ", "\n", "\r\n", "x", " x ", "\u00a0x\u00a0", "“”", "a  b")
    for _ in range(count):
        parts = [rng.choice(_SPACES) if rng.random() < 0.3 else ""]  # sometimes leading space
        for _ in range(rng.randint(0, 40)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_SPACES) if rng.random() < 0.8 else "")
        if rng.random() < 0.3:
            parts.append(rng.choice(_SPACES))  # trailing space
        yield "".join(parts)


def test_offsets_equal_the_per_character_definition_on_generated_texts():
    for raw in generated_texts(3000):
        expected_text, expected_offsets = reference_normalise_with_offsets(raw)
        text, offsets = normalise_with_offsets(raw)
        assert text == expected_text == normalise(raw), repr(raw)
        assert len(offsets) == len(expected_offsets), repr(raw)
        assert [offsets[i] for i in range(len(text))] == expected_offsets, repr(raw)


def test_an_offset_outside_the_normalised_text_is_refused():
    text, offsets = normalise_with_offsets("  a  b ")
    assert text == "a b" and [offsets[i] for i in range(3)] == [2, 4, 5]
    for outside in (-1, 3):
        with pytest.raises(IndexError):
            offsets[outside]


def test_every_unicode_space_is_one_space_in_both_normalisations():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert "\u00a0" in spaces and "\u3000" in spaces and "\x1c" in spaces
    for space in spaces:
        raw = f"{space}a{space}{space}b{space}"
        assert normalise(raw) == "a b", repr(space)
        assert normalise_with_offsets(raw)[0] == "a b" and reference_normalise_with_offsets(raw)[0] == "a b"


# -- the comparable text: loose spaces beside quotation marks and before ; : ! ? -

@pytest.mark.parametrize("raw, expected", [
    ("le mot « équitable » est", 'le mot"équitable"est'),
    ("le mot «\u00a0équitable\u00a0» est", 'le mot"équitable"est'),
    ("le mot «équitable» est", 'le mot"équitable"est'),
    ('le mot " équitable "', 'le mot"équitable"'),
    ("Il a dit\u202f: c’est juste\u00a0!", "Il a dit: c'est juste!"),
    ("Pourquoi ? Parce que ; voilà", "Pourquoi? Parce que; voilà"),
    ("er sagte »gerecht« und", 'er sagte"gerecht"und'),
    ("the dogs' bowls, 9 : 30", "the dogs'bowls, 9: 30"),
    # Chinese and Japanese part no words by spaces: a line wrapped in the source, or a space typed, is none.
    ("文書に置き換えて\nください。", "文書に置き換えてください。"),
    ("８月９日、 ウランバートルで", "８月９日、ウランバートルで"),
    ("开幕 式在 北京举行", "开幕式在北京举行"),
    ("briefgen init が書いた", "briefgen initが書いた"),
    ("서울 에서 열린 회담", "서울 에서 열린 회담"),  # Korean spaces its words
    # A dash spaced off on both sides is another style guide's closed dash; a word broken at a line's end is not.
    ("behind — not now", "behind-not now"),
    ("behind—not now", "behind-not now"),
    ("the years 2020 – 2024 and a - b - c", "the years 2020-2024 and a-b-c"),
    ("infra- structure, pre -war", "infra- structure, pre -war"),
    # A typewriter's dash is the typeset one; "3–−5" (to minus five) is two marks.
    ("behind -- not now, then---later", "behind-not now, then-later"),
    ("from 3–−5", "from 3--5"),
    # What a reader never sees: soft hyphens, zero-width spaces, word joiners.
    ("inter\u00adnational Gesetz\u00adent\u00adwurf", "international Gesetzentwurf"),
    ("a \u200b b\u2060c \ufeff", "a bc"),
])
def test_comparing_drops_only_the_spaces_beside_quotation_marks_and_before_french_spaced_marks(raw, expected):
    assert comparable(raw) == expected


def unspaced(char: str) -> bool:
    """Whether `char` is of Chinese or Japanese, which part no words by spaces: a CJK ideograph, kana, a CJK
    mark or a full-width form."""
    return any(low <= char <= high for low, high in (("\u3000", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"),
                                                     ("\uf900", "\ufaff"), ("\uff00", "\uffef")))


def reference_comparable_with_offsets(raw: str) -> tuple[str, list[int]]:
    """The definition, one character at a time: the normalised text without
    the hyphens typed after a hyphen, and without each space beside a quotation mark, before ; : ! ?, beside a dash with a
    space on its other side, or beside a Chinese or Japanese letter or mark."""
    text, offsets = reference_normalise_with_offsets(raw)
    # A typewriter's dash: the hyphens typed after a hyphen are unseen.
    typed = [i for i in range(len(text)) if not (raw[offsets[i]] == "-" and raw[offsets[i] - 1:offsets[i]] == "-")]
    text, offsets = "".join(text[i] for i in typed), [offsets[i] for i in typed]
    text = "".join(normalise(char) or char for char in text)  # the guillemets too
    kept = [i for i, char in enumerate(text)
            if not (char == " " and (text[i - 1] in "\"'" or text[i + 1] in "\"';:!?"
                                     or text[i + 1] == "-" and text[i + 2:i + 3] == " "
                                     or text[i - 1] == "-" and i >= 2 and text[i - 2] == " "
                                     or unspaced(text[i - 1]) or unspaced(text[i + 1])))]
    return "".join(text[i] for i in kept), [offsets[i] for i in kept]


def test_comparable_offsets_equal_the_per_character_definition_on_generated_texts():
    _PIECES.extend(["«", "»", "‹x›", ":", "?", "!", ";", "'", '"'])
    try:
        for raw in generated_texts(3000, seed=52):
            expected_text, expected_offsets = reference_comparable_with_offsets(raw)
            text, offsets = comparable_with_offsets(raw)
            assert text == expected_text == comparable(raw), repr(raw)
            assert [offsets[i] for i in range(len(text))] == expected_offsets, repr(raw)
            with pytest.raises(IndexError):
                offsets[len(text)]
    finally:
        del _PIECES[-9:]


def test_wording_writes_accents_in_one_form_and_comparing_a_quote_keeps_the_sources():
    typed, saved = "São  Paulo", unicodedata.normalize("NFD", "São Paulo")
    assert wording(typed) == wording(saved) == "São Paulo"
    assert comparable(saved) == saved and comparable(saved) != comparable(typed)
