"""What the overreach check found last time, so a rebuild judges only the
claims that changed: `.briefgen-cache/overreach.json`.

Judging a claim is a pure function of its text, its quotes (with their
translations and their sources' publication dates), the countries it may
name, the brief's language, and, for a word that opens a sentence, whether
the brief writes that word in lower case or capitalised inside a sentence
anywhere (overreach.Reader). A verdict is kept under a hash of the first
five with the answers to the last it asked ("probes"); it is reused only
while every probe still gets the same answer. The words each source writes
are kept under a hash of its text, so the reader's vocabulary is not read
from every source again.

The file is untrusted input: JSON data only, read through no link, every
entry checked before use; it holds only what this run used, so it grows
with the brief, never with its history. A clean build reads nothing from it."""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

from .buildstate import code_identity, load_json, package_version, save_json
from .gcpause import collector_paused

FILE = "overreach.json"
FORMAT = 2  # raise when an entry's shape or meaning changes

Vocabulary = tuple[list[str], list[str]]  # words written in lower case; capitalised inside a sentence
Verdict = tuple[list[str], list[str], list[str], list[list]]  # numbers, names, words, probes


class OverreachMemo:
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        self._cache = cache
        self._identity = hashlib.blake2b(json.dumps(
            [FORMAT, sys.version, package_version("snowballstemmer"), package_version("stopwords")]).encode()
            + code_identity(), digest_size=20).hexdigest()
        state = {}
        if cache is not None and reuse:
            with collector_paused():  # many small lists, kept to the end of the check
                state = load_json(cache / FILE)
        known = state.get("identity") == self._identity
        self._vocabularies_before = _mapping(state.get("vocabularies")) if known else {}
        self._verdicts_before = _mapping(state.get("verdicts")) if known else {}
        self._vocabularies: dict[str, list] = {}
        self._verdicts: dict[str, list] = {}

    def vocabulary(self, text: str, read: Callable[[str], Vocabulary], digest: bytes | None = None) -> Vocabulary:
        """`read(text)`, or what it gave for the same text last time.
        `digest`: the text's blake2b digest of 20 bytes, when it is known."""
        if digest is None:
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
        key = digest.hex()
        known = self._vocabularies_before.get(key)
        if not (isinstance(known, list) and len(known) == 2 and all(_words(part) for part in known)):
            known = list(read(text))
        self._vocabularies[key] = known
        return known[0], known[1]

    @staticmethod
    def key(question: tuple) -> str:
        """The hash of what a verdict depends on besides the probes (its repr
        tells questions apart: strings, numbers, dates, and tuples of them)."""
        return hashlib.blake2b(repr(question).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()

    def verdict(self, key: str, answer: Callable[[str], tuple[bool, bool]]) -> Verdict | None:
        """The verdict kept under `key`, if each of its probes still gets the
        answer it got (`answer(word)` gives today's); else None."""
        known = self._verdicts_before.get(key)
        if not (isinstance(known, list) and len(known) == 4 and all(_words(part) for part in known[:3])
                and isinstance(known[3], list) and all(_probe(p) for p in known[3])):
            return None
        if any(answer(word) != (lower, inner) for word, lower, inner in known[3]):
            return None
        self._verdicts[key] = known
        return known[0], known[1], known[2], known[3]

    def remember(self, key: str, verdict: Verdict) -> None:
        self._verdicts[key] = [list(part) for part in verdict]

    def save(self) -> None:
        if self._cache is not None:
            # In key order: the same verdicts make the same file, whatever order the claims came in.
            save_json(self._cache, FILE, {"identity": self._identity,
                                          "vocabularies": dict(sorted(self._vocabularies.items())),
                                          "verdicts": dict(sorted(self._verdicts.items()))})


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


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
