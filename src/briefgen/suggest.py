"""'Did you mean …': the name or id a misspelt one stands for, and the
passage of a source that a quote not found in it is closest to."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    # Imported here: only a mistake asks for it, and loading it took 20 ms of every
    # build, a thirtieth of an unchanged one at 4,000 sources.
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein
    # Damerau: a swapped pair of letters ('titel') is one slip, not two.
    match = process.extractOne(word, list(choices), scorer=DamerauLevenshtein.normalized_similarity,
                               score_cutoff=cutoff)
    return match[0] if match else None


def did_you_mean(word: str, choices: Iterable[str], otherwise: str = "") -> str:
    choices = sorted(choices)
    match = closest(word, choices) or _the_one_longer(word, choices)
    if match:
        return f"did you mean '{match}'?"
    return otherwise


def _the_one_longer(word: str, choices: list[str]) -> str | None:
    """The only choice that is `word` and more, part by part ('rundschau' of
    'rundschau-partner'), which spelling alone does not find."""
    if len(word) < 4:
        return None
    longer = [c for c in choices if word in c.replace("_", "-").split("-") or c.startswith(word + "-")]
    return longer[0] if len(longer) == 1 else None


# How many pairs of characters (the needle's by a text's) the texts scored
# for one needle may hold once a best is found, where the bounds cannot
# tell them apart: 50 paragraphs of 400 characters for a quote of 250, 25 ms.
SCORING_WORK = 5_000_000


@dataclass(frozen=True)
class Passage:
    index: int  # of the text that holds it
    score: int  # out of 100, rounded down: only an exact match scores 100
    start: int  # the passage's span in that text: the whole text when the needle is longer
    end: int


def closest_passage(needle: str, texts: Sequence[str], work: int = SCORING_WORK) -> Passage | None:
    """The passage of `texts` most like `needle` by rapidfuzz's partial
    ratio (by its ratio, in a text shorter than the needle), the first of
    the best. Scoring every text took a second a quote in a source of 2 MB,
    so the texts are scored from the likeliest down, by a bound on their
    score a hundred times quicker to find, until no bound left reaches the
    best score: the same passage, for a few of the scorings. Where the
    bounds cannot tell the texts apart (a source written in the needle's
    few words), only the likeliest are scored, as `work` allows."""
    from rapidfuzz import fuzz
    shared = [_shared_at_most(needle, text) for text in texts]
    best: Passage | None = None
    spent = 0
    for index in sorted(range(len(texts)), key=lambda i: -shared[i]):  # stable: the first text of a bound first
        if best is not None:
            at_most = _score_at_most(needle, shared[index])
            if at_most < best.score or spent >= work:
                break  # the bounds only fall from here
            if at_most == best.score and index > best.index:
                continue  # a tie goes to the first text
        text = texts[index]
        spent += len(needle) * len(text)
        if len(needle) > len(text):
            # partial_ratio would score a text found inside a longer needle as a perfect match
            passage = Passage(index, int(fuzz.ratio(needle, text)), 0, len(text))
        else:
            match = fuzz.partial_ratio_alignment(needle, text)
            passage = Passage(index, int(match.score), match.dest_start, match.dest_end)
        if best is None or passage.score > best.score or passage.score == best.score and index < best.index:
            best = passage
    return best


# How far the ends of a passage may move to fit a needle: a dozen words each way.
FIT_REACH = 60


def fitted(needle: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The span of `text` from `start` and `end` or from words' edges up to FIT_REACH before and after them,
    most like the whole needle. The partial ratio aligns a stretch as long as the needle: a quote that leaves
    words out ('She added talks would resume') is shorter than its passage, which then lost its first or last
    words ('added that the talks would resume'), and a hint pasted as the quote was still not the sentence
    meant. Never narrower: a word the quote changed at an end stays in the passage."""
    from rapidfuzz.distance import Indel  # fuzz.ratio's measure, spans of one text: no text scored again
    reach = min(len(needle) // 2, FIT_REACH)
    starts = [start] + [at for at in range(start - 1, max(0, start - reach) - 1, -1) if _edge(text, at)]
    ends = [end] + [at for at in range(end + 1, min(end + reach, len(text)) + 1) if _edge(text, at)]
    best, span = Indel.normalized_similarity(needle, text[start:end]), (start, end)
    for first in starts:
        for last in ends:
            if (score := Indel.normalized_similarity(needle, text[first:last], score_cutoff=best)) > best:
                best, span = score, (first, last)
    return span


def _edge(text: str, at: int) -> bool:
    """Whether a word begins or ends at `at`: a letter or digit on one side only (the compared text may join a
    word to a quotation mark, 'said:"We')."""
    before = at > 0 and text[at - 1].isalnum()
    after = at < len(text) and text[at].isalnum()
    return before != after


def _shared_at_most(needle: str, text: str) -> int:
    """The most characters `needle` has in common, in order, with a passage
    of `text` no longer than the needle: the longest subsequence shared with
    any stretch of the text such a passage lies in. Bit-parallel, a
    hundredth of the cost of the partial ratio."""
    from rapidfuzz.distance import LCSseq
    step = max(len(needle), 64)  # stretches overlap by a needle's length, so every passage lies in one
    longest = start = 0
    while True:
        longest = max(longest, LCSseq.similarity(needle, text[start:start + len(needle) + step]))
        if start + len(needle) + step >= len(text):
            return longest
        start += step


def _score_at_most(needle: str, shared: int) -> int:
    """The highest score, rounded down, of a passage that has `shared`
    characters in common with the needle: the ratio 2·shared / (len(needle)
    + len(passage)) is highest for a passage of just those characters."""
    return 200 * shared // (len(needle) + shared) if shared else 0
