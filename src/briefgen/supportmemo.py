"""Which cited quotes stated each field value at the last check, so a
rebuild reads the dates, amounts and statuses only of quotes that changed
(0.6 of the 0.8 seconds of support checks at 4,000 sources):
`.briefgen-cache/support.json`.

Whether a quote states a value is a pure function of the value, the quote,
its source's language and publication date, for a date whether its
record is a saying (saying.tells_saying), and, for an amount, its
currency, unit and qualifier. An answer is kept under a hash of all of
them together with every citation of the question, as the indices of the
citations that state the value; only an answer that names at least one is
kept, so a value no quote states is read again, and reported the same way,
every time.

The file (memofile.py) is untrusted input like every cache: every entry is checked."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .memofile import MemoFile

FILE = "support.json"
FORMAT = 1  # raise when an entry's shape or meaning changes


class SupportMemo(MemoFile):
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        super().__init__(cache, FILE, [FORMAT], ("answers",), reuse)

    def stating(self, question: tuple, count: int, answer: Callable[[], list[int]]) -> list[int]:
        """The indices of the `count` citations that state the value, as
        `answer()` gives them, or as it gave them last time. `question`
        holds everything the answer depends on (its repr tells questions apart)."""
        return self.answered(self.key(question), count, answer)

    def answered(self, key: str, count: int, answer: Callable[[], list[int]]) -> list[int]:
        """As `stating`, for the question whose key is `key`."""
        known = self.before["answers"].get(key)
        if not _indices(known, count):
            known = answer()
        self.keep(key, known)
        return known

    def keep(self, key: str, indices: list[int]) -> None:
        """Keep an answer for the next run (one that names no citation is asked again)."""
        if indices:
            self.now["answers"][key] = indices


def _indices(known, count: int) -> bool:
    """Whether `known` names citations of `count`: at least one, each once, in order."""
    if not isinstance(known, list) or not known:
        return False
    before = -1
    for index in known:  # most name one: a loop, not generators made for each
        if type(index) is not int or not before < index < count:
            return False
        before = index
    return True
