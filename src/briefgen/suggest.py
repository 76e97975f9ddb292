"""'Did you mean …' for misspelt names and ids."""
from __future__ import annotations

from typing import Iterable


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
