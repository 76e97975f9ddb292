"""English words that state a magnitude or a multiple without a digit, as the
overreach check reads them (claimreader.py): a plural of a scale ("dozens",
"hundreds", "billions" of dollars) and a verb or adverb of a multiple
("doubled", "tripled", "halved", "twice", "threefold"). These say how much
as surely as "$3 billion" does, so a claim's is a number: a quote states it
where it writes a word of the same magnitude or multiple, or an amount of
that magnitude ("hundreds of firms" by "350 firms", "billions" by "$3
billion"), or, for a multiple, two amounts of one measure in that ratio ("rose
from $2 billion to $4 billion" doubles; "to $3 billion" does not) or the
percentage rise or fall it is ("up 200%" triples, "fell 50%" halves).
"""
from __future__ import annotations

from decimal import Decimal
from itertools import combinations
from typing import Iterable

from . import quantities

# A plural of a scale, and the amounts it reads as: at least two of the scale, fewer than the next.
_SCALES = {"dozens": (Decimal(24), Decimal(100)), "hundreds": (Decimal(200), Decimal(1000)),
           "thousands": (Decimal(2000), Decimal(10**6)), "millions": (Decimal(2 * 10**6), Decimal(10**9)),
           "billions": (Decimal(2 * 10**9), Decimal(10**12)), "trillions": (Decimal(2 * 10**12), None)}
# The words of a multiple, by the factor they multiply by (a fall's below one).
_FACTORS = {Decimal(2): ("double", "doubled", "doubles", "doubling", "twice", "twofold", "two-fold"),
            Decimal(3): ("triple", "tripled", "triples", "tripling", "treble", "trebled", "trebles", "trebling",
                         "thrice", "threefold", "three-fold"),
            Decimal(4): ("quadruple", "quadrupled", "quadruples", "quadrupling", "fourfold", "four-fold"),
            Decimal(10): ("tenfold", "ten-fold"),
            Decimal("0.5"): ("halve", "halved", "halves", "halving")}
_FACTOR_OF = {word: factor for factor, words in _FACTORS.items() for word in words}
# How far two amounts' ratio may be from a multiple and still be it: the rounding of "$2.1 billion to $4 billion".
_CLOSE = Decimal("0.1")


def magnitude_word(word: str) -> bool:
    """Whether `word` (lower case) states a magnitude or a multiple."""
    return word in _SCALES or word in _FACTOR_OF


def stated(word: str, quote_words: Iterable[str], numbers: Iterable[Decimal],
           amounts_by_quote: Iterable[Iterable[quantities.Quantity]]) -> bool:
    """Whether quotes with these words (lower case), numbers and amounts (each quote's own) state `word`."""
    words = set(quote_words)
    if word in _SCALES:
        low, high = _SCALES[word]
        return word in words or any(low <= n and (high is None or n < high) for n in numbers)
    factor = _FACTOR_OF[word]
    if any(_FACTOR_OF.get(other) == factor for other in words):
        return True
    for amounts in amounts_by_quote:
        amounts = list(amounts)
        if any(_percent_change(q, factor) for q in amounts):
            return True
        if any(_ratio(a, b, factor) for a, b in combinations(amounts, 2)):
            return True
    return False


def _percent_change(amount: quantities.Quantity, factor: Decimal) -> bool:
    """"up 100%" doubles, "fell 50%" halves: a percentage that is the change the factor makes."""
    return amount.unit == quantities.PERCENT and amount.amount == abs(factor - 1) * 100


def _ratio(a: quantities.Quantity, b: quantities.Quantity, factor: Decimal) -> bool:
    """Whether two amounts of one measure are `factor` apart, in either order ("from $2bn to $4bn", "$4bn, up
    from $2bn"): a quote that gives both tells the change by its numbers, not its words."""
    if not a.amount or not b.amount or not quantities.alike(a.currency, a.unit, b):
        return False
    high, low = max(a.amount, b.amount), min(a.amount, b.amount)
    wanted = max(factor, 1 / factor)
    return abs(high / low - wanted) <= wanted * _CLOSE
