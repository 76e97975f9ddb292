"""What the overreach check found last time, so a rebuild judges only the
claims that changed: `.briefgen-cache/overreach.json`.

Judging a claim is a pure function of its text, its quotes (with their
translations and their sources' publication dates and languages), the countries it may
name, the brief's language, the dates of its record that the record's quotes
state (which it may write out), and, for a word that opens a sentence, whether
the brief writes that word in lower case or capitalised inside a sentence
anywhere (claimreader.Reader). A verdict is kept under a hash of the first
six with the answers to the last it asked ("probes"); it is reused only
while every probe still gets the same answer. The words each source writes
are kept under a hash of its text, so the reader's vocabulary is not read
from every source again.

The file (memofile.py) is untrusted input: every entry is checked before use."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from .buildstate import package_version
from .memofile import MemoFile

FILE = "overreach.json"
FORMAT = 11  # raise when an entry's shape or meaning changes

Vocabulary = tuple[list[str], list[str]]  # words written in lower case; capitalised inside a sentence
# numbers, names, words, denied, planned, hedges, former dates, values given in place of the claim's, statuses,
# what it says more strongly (strongerwords.py), probes
Verdict = tuple[list[str], list[str], list[str], list[str], list[str], list[str], list[str], list[str], list[str],
                list[str], list[list]]


class OverreachMemo(MemoFile):
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        super().__init__(cache, FILE, [FORMAT, package_version("snowballstemmer"), package_version("stopwords")],
                         ("vocabularies", "verdicts"), reuse)

    def vocabulary(self, text: str, read: Callable[[str], Vocabulary], digest: bytes | None = None) -> Vocabulary:
        """`read(text)`, or what it gave for the same text last time.
        `digest`: the text's blake2b digest of 20 bytes, when it is known."""
        if digest is None:
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
        key = digest.hex()
        known = self.before["vocabularies"].get(key)
        if not (isinstance(known, list) and len(known) == 2 and all(_words(part) for part in known)):
            known = list(read(text))
        self.now["vocabularies"][key] = known
        return known[0], known[1]

    def verdict(self, key: str, answer: Callable[[str], tuple[bool, bool]]) -> Verdict | None:
        """The verdict kept under `key`, if each of its probes still gets the
        answer it got (`answer(word)` gives today's); else None."""
        known = self.before["verdicts"].get(key)
        if not (isinstance(known, list) and len(known) == 11 and all(_words(part) for part in known[:10])
                and isinstance(known[10], list) and all(_probe(p) for p in known[10])):
            return None
        if any(answer(word) != (lower, inner) for word, lower, inner in known[10]):
            return None
        self.now["verdicts"][key] = known
        return (known[0], known[1], known[2], known[3], known[4], known[5], known[6], known[7], known[8],
                known[9], known[10])

    def remember(self, key: str, verdict: Verdict) -> None:
        self.now["verdicts"][key] = [list(part) for part in verdict]


def _words(value) -> bool:
    """A list of strings (joining them is the quickest way to ask, for
    thousands of words a source)."""
    if not isinstance(value, list):
        return False
    try:
        "".join(value)
    except TypeError:
        return False
    return True


def _probe(value) -> bool:
    return (isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)
            and type(value[1]) is bool and type(value[2]) is bool)
