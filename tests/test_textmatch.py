import pytest

from briefgen.textmatch import normalise, normalise_with_offsets


@pytest.mark.parametrize("raw, expected", [
    ("Japan’s  push", "Japan's push"),
    ("“quoted”", '"quoted"'),
    ("9–10 August", "9-10 August"),
    ("line\nbreak", "line break"),
    ("no\u00a0break space", "no break space"),
    ("  trimmed \t", "trimmed"),
    ("Case Stays", "Case Stays"),
])
def test_normalise_forgives_only_typography_and_whitespace(raw, expected):
    assert normalise(raw) == expected


def test_offsets_point_back_into_the_original():
    raw = "Japan’s\n\n  big push"
    text, offsets = normalise_with_offsets(raw)
    assert text == "Japan's big push"
    start = text.index("big")
    assert raw[offsets[start]:offsets[start + 2] + 1] == "big"
