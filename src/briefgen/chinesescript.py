"""Traditional Chinese characters with their Simplified forms, one character
for one, as OpenCC converts them, so that a hint can tell a quote typed in
the other script from the passage its source writes ("对台湾业者的影响" for
"對台灣業者的影響", or the other way round), and the overreach check can
compare a claim in one script with a quote in the other. A fold for those
only: a quote must still be written as its source writes it."""
from __future__ import annotations

from functools import cache

# The blocks of Han characters news writes: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
_HAN_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def simplified(text: str) -> str:
    """`text` with each Traditional character in its Simplified form, one character for one (a place in the one
    is the same place in the other)."""
    return text.translate(_to_simplified())


def is_traditional(character: str) -> bool:
    """Whether `character` is written otherwise in Simplified Chinese."""
    return simplified(character) != character


@cache
def _to_simplified() -> dict[int, str]:
    """OpenCC's conversion of each Han character on its own (a line each, so no phrase of two joins them), where it
    gives one character for one: made once, in 40 ms, by the first text that asks."""
    import opencc  # only a brief whose texts hold Han characters pays for loading it

    characters = [chr(point) for first, end in _HAN_BLOCKS for point in range(first, end)]
    converted = opencc.OpenCC("t2s").convert("\n".join(characters)).split("\n")
    if len(converted) != len(characters):  # never seen: then no character is folded rather than a wrong one
        return {}
    return {ord(traditional): simple for traditional, simple in zip(characters, converted)
            if len(simple) == 1 and simple != traditional}
