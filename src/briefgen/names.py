"""How a name may be written otherwise, for the overreach check
(overreach.py) and the check of a country credited (credited.py): a name is
supported by a quoted name it extends or shortens ("Asian" by "Asia",
"Japanese" by "Japan", "Kazakh" by "Kazakhstan"; at least four letters), and
a name of several capitalised words by its initials and the other way round
("EU" for "European Union", "UAE" for "United Arab Emirates").
"""
from __future__ import annotations

import re
from typing import Iterator

from .wordtokens import Token

_SHORTEST_NAME = 4  # "Asia"; shorter names would match too much


def name_in(stem: str, stems: frozenset[str], names: frozenset[str]) -> bool:
    """A name is supported by itself, or by the name it extends or shortens:
    "Asian" by "Asia", "Japanese" by "Japan", "Kazakh" by "Kazakhstan"; not by
    a common word it starts with ("Stationville" by "station")."""
    if stem in stems or stem in names:
        return True
    return len(stem) >= _SHORTEST_NAME and any(
        len(other) >= _SHORTEST_NAME and (stem.startswith(other) or other.startswith(stem)) for other in names)


def initials(name: str) -> str:
    """What a name of several capitalised words is also written as: "EU" for
    "European Union", "UAE" for "United Arab Emirates"; "" for one word."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


# Small words a name of several words may hold that its initials leave out: "Bank of Japan", "Bosnia and Herzegovina".
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "del", "della", "y", "e",
                           "et", "für", "und", "der", "van", "von", "do", "da"})
_INITIALISM = re.compile(r"[^\W\d_]{2,5}")
_LONGEST_INITIALS = 5


def is_initialism(word: str) -> bool:
    """Whether `word` may be the initials of a name: two to five capital letters ("EU", "UAE")."""
    return word.isupper() and _INITIALISM.fullmatch(word) is not None


def capitalised_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """The runs of capitalised words `text` writes with only spaces (and small joining words) between them."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for index, token in enumerate(tokens):
        capitalised = token.text[0].isupper() and not is_initialism(token.text)
        joined = run and not text[run[-1].end:token.start].strip()
        if capitalised and joined:
            run.append(token)
        elif (joined and token.lower in _NAME_JOINERS and index + 1 < len(tokens)
              and tokens[index + 1].text[0].isupper() and not text[token.end:tokens[index + 1].start].strip()):
            run.append(token)
        else:
            if len(run) > 1:
                runs.append(run)
            run = [token] if capitalised else []
    if len(run) > 1:
        runs.append(run)
    return runs


def run_initials(run: list[Token]) -> Iterator[tuple[str, list[Token]]]:
    """The initials of each part of `run` of two to five capitalised words (initials()), with that part:
    "The European Union" gives "TEU", "TE" and "EU"."""
    for first, token in enumerate(run):
        if not token.text[0].isupper():
            continue
        for last in range(first + 1, min(first + 2 * _LONGEST_INITIALS, len(run))):
            if run[last].text[0].isupper():
                short = initials(" ".join(t.text for t in run[first:last + 1]))
                if len(short) > _LONGEST_INITIALS:
                    break
                yield short, run[first:last + 1]


# A name in a list: capitalised words, with "of" or "the" between them ("Bank of Japan"), not "and", which joins
# the list ("Trinidad and Tobago" is read as two).
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
_NAME_LIST = re.compile(rf"(?<![\w'’-])({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*),?\s+(?:and|or)\s+({_LISTED_NAME})"
                        r"(?![\w'’-])")


def listed_counts(text: str, stop: frozenset[str]) -> list[int]:
    """How many names each list of names in `text` gives ("Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan":
    4), where none opens with a stop word, which would be a sentence's first word ("In May, Japan and Korea met"):
    a claim's "four countries" counts them."""
    counts = []
    for match in _NAME_LIST.finditer(text):
        items = [item.strip() for item in match[1].split(",")] + [match[2]]
        if not any(item.split()[0].lower() in stop for item in items):
            counts.append(len(items))
    return counts
