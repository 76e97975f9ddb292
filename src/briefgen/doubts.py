"""What a quote's doubt doubts, as the overreach check reads it
(overreach.py): a doubt of the speaker's own ("could cost", "is likely to
cut", "practically closed", "did not say whether …"; hedges.doubts_in)
doubts the next content word of a modal (and the amount a verb of reaching
names: "could reach $2.4 billion"), or the content words of an open
question's clause, unless the quote answers the question in another clause
("… after it raised them on Thursday"). A claim that writes most of what is
doubted drops the doubt, even saying who spoke, but not where it reads
"could" or "may" as an ability or a permission ("allowed the company to
keep" citing "ruled that the company could keep"; hedges.permits_in).
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from .hedges import Permit, doubts_in
from .negations import ANY_NEGATION, is_negation
from .spelled import CARDINALS
from .quantities import MULTIPLIERS
from .wordtokens import SENTENCE_MARK, Token, number_of

# How many words a doubted clause may run to ("whether the instrument would be legally binding"), and the words
# that end it before its punctuation does ("whether it would be binding or advisory").
_DOUBTED_CLAUSE = 10
_CLAUSE_ENDS = frozenset({"or", "but", "and", "while", "although", "though", "because"})
# How many stop words may stand between a modal doubt and the word it doubts: "could also be held", "is likely
# to have been".
_DOUBT_REACH = 4


def doubt_scopes(quote: str, tokens: list[Token], language: str, stem: Callable[[str], str],
            stop: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each doubt `quote` writes (hedges.doubts_in), with the stems of what it doubts that the quote does not
    write elsewhere: the next content word of a modal ("could cost": "cost"; not an amount, "nearly 40", whose
    bound the amounts judge, nor what a negation denies), the content words of a clause ("did not say whether
    …"). `quote`: normalised, read in `language` (its source's)."""
    found = doubts_in(quote, language)
    if not found:
        return ()
    scopes = [(doubt.words, _doubted_clause(quote, tokens, doubt.end, stop) if doubt.clause
               else _doubted_word(quote, tokens, doubt.end, stop)) for doubt in found]
    inside = {i for _, indices in scopes for i in indices}
    plain = {stem(t.lower) for i, t in enumerate(tokens) if i not in inside}
    scopes = [(words, indices) for (words, indices), doubt in zip(scopes, found)
              if not (doubt.clause and _answered(tokens, indices, inside, stem))]
    doubted = ((words, frozenset(stem(tokens[i].lower) for i in indices) - plain) for words, indices in scopes)
    return tuple((words, stems) for words, stems in doubted if stems)


# English pronouns by which a clause tells again what a doubted clause names: "… whether to back the deal, but
# Germany backed it", "after it raised them".
_EN_PRONOUNS_AGAIN = frozenset({"it", "them", "they", "this", "these", "those", "one", "him", "her", "us"})


def _answered(tokens: list[Token], doubted: list[int], inside: set[int], stem: Callable[[str], str]) -> bool:
    """Whether the quote answers the open question of the clause at `doubted` in another clause: it writes one
    of its words plainly in another form, with a pronoun beside it for the rest ("did not say whether it would
    raise rates again, after it raised them on Thursday": "raised them")."""
    forms = {stem(tokens[i].lower): tokens[i].lower for i in doubted}
    return any(index not in inside and forms.get(stem(token.lower), token.lower) != token.lower
               and any(t.lower in _EN_PRONOUNS_AGAIN for t in tokens[max(index - 2, 0):index + 2])
               for index, token in enumerate(tokens))


# How many words after a word of permission may hold what it permits: "allowed the mining company to keep".
_PERMIT_REACH = 6


def permitted(text: str, tokens: list[Token], permits: list[Permit], doubted: frozenset[str],
               stem: Callable[[str], str]) -> bool:
    """Whether a claim tells the `doubted` stems of a quote's "could" or "may" as an ability or a permission: a
    word of permission (hedges.permits_in) other than what is doubted, with a doubted word after it in its clause
    ("allowed the company to keep", "were able to buy"; not "… will cost farmers, allowing imports")."""
    starts = [t.start for t in tokens]
    for permit in permits:
        if stem(permit.word) in doubted:  # "will allow" citing "could allow": the permission is what is doubted
            continue
        first = bisect.bisect_left(starts, permit.end)
        for token in tokens[first:first + _PERMIT_REACH]:
            if re.search(r"[,;:.!?()]", text[permit.end:token.start]):
                break
            if stem(token.lower) in doubted:
                return True
    return False


def _doubted_word(quote: str, tokens: list[Token], end: int, stop: frozenset[str]) -> list[int]:
    """The index of the word a modal doubt ending at `end` doubts: the first after it that is no stop word, in
    its sentence; none where a negation or a number comes first."""
    first = bisect.bisect_left([t.start for t in tokens], end)
    for index in range(first, min(first + _DOUBT_REACH + 1, len(tokens))):
        token = tokens[index]
        if SENTENCE_MARK.search(quote, end, token.start) or is_negation(token.lower, ANY_NEGATION):
            return []
        if token.lower not in stop:
            if not token.text[0].isalpha() or token.lower in CARDINALS:
                return []
            return [index] + (_amount_after(quote, tokens, index) if token.lower in _REACHING else [])
    return []


# Verbs by which an amount is only a value a thing may come to: "could reach $2.4 billion" doubts the amount as
# much as the verb, and a claim that the contract "is worth $2.4 billion" drops the doubt.
_REACHING = frozenset({"reach", "top", "exceed", "surpass", "hit", "total", "cost"})


def _amount_after(quote: str, tokens: list[Token], index: int) -> list[int]:
    """The indices of the number and its scale right after the verb at `index` ("reach $2.4 billion": "2.4",
    "billion"), in its clause; none where no number follows."""
    amount = []
    for after in range(index + 1, min(index + 4, len(tokens))):
        token = tokens[after]
        if re.search(r"[,;:.!?()]", quote[tokens[after - 1].end:token.start]):
            break
        if number_of(token.text) is not None or (amount and token.lower in MULTIPLIERS):
            amount.append(after)
        elif amount or token.lower not in _BEFORE_AMOUNT:
            break
    return amount


# What may stand between such a verb and its amount: "cost farmers $2 billion" does not ("farmers" is its object).
_BEFORE_AMOUNT = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "us"})


def _doubted_clause(quote: str, tokens: list[Token], end: int, stop: frozenset[str]) -> list[int]:
    """The indices of the content words of the clause an open question ending at `end` doubts ("whether the
    instrument would be binding"), up to its punctuation or a conjunction."""
    first = bisect.bisect_left([t.start for t in tokens], end)
    indices = []
    for index in range(first, min(first + _DOUBTED_CLAUSE, len(tokens))):
        token = tokens[index]
        if re.search(r"[,;:.!?()]", quote[end:token.start]) or token.lower in _CLAUSE_ENDS:
            break
        end = token.end
        if token.lower not in stop and token.text[0].isalpha():
            indices.append(index)
    return indices
