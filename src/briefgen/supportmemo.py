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

A record that passed its check whole is kept too, by a key of its fact file
item's text and all its check reads besides (support.py): a rebuild takes
its field values' citations and answers without asking again.

The file (memofile.py) is untrusted input like every cache: every entry is checked."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .memofile import MemoFile

FILE = "support.json"
FORMAT = 2  # raise when an entry's shape or meaning changes


class SupportMemo(MemoFile):
    def __init__(self, cache: Path | None, reuse: bool = True) -> None:
        super().__init__(cache, FILE, [FORMAT], ("answers", "records"), reuse)

    def record_outcome(self, key: str, cites: int) -> tuple[list[tuple[str, int, list[int]]], list] | None:
        """What the last check of a record found, under the key of all it
        read (support.py): each field value's (field, alternative index,
        indices of the record's `cites` citations that state it) and the
        answers it asked; None when not kept, or on any doubt."""
        known = self.before["records"].get(key)
        if not isinstance(known, list) or len(known) != 2 or not isinstance(known[0], list) \
                or not isinstance(known[1], list):
            return None
        values = []
        for value in known[0]:
            if not isinstance(value, list) or len(value) != 3 or type(value[0]) is not str \
                    or type(value[1]) is not int or value[1] < 0 or not _indices(value[2], cites):
                return None
            values.append((value[0], value[1], value[2]))
        answers = []
        for answer in known[1]:
            if not isinstance(answer, list) or len(answer) != 2 or type(answer[0]) is not str \
                    or not _indices(answer[1], _ANY_COUNT):
                return None
            answers.append((answer[0], answer[1]))
        return values, answers

    def keep_record(self, key: str, values: list[tuple[str, int, list[int]]], answers: list) -> None:
        """Keep what a record's check found for the next run (see record_outcome)."""
        self.now["records"][key] = [[list(value) for value in values], [list(answer) for answer in answers]]

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


_ANY_COUNT = 1 << 30  # a kept answer's citations are only kept again, never taken: any indices in order will do


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
