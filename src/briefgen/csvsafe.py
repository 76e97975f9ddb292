"""CSV cells a spreadsheet cannot run: a cell that starts as a formula does
(OWASP's rule against CSV injection) is made text by a leading apostrophe;
a plain number ("-5") is no formula and stays a number. Every CSV file the
site writes (exports.py, figuretable.py) goes through this one rule."""
from __future__ import annotations

import re

# What a spreadsheet takes for the start of a formula.
FORMULA_START = frozenset(("=", "+", "-", "@", "\t", "\r"))
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def safe_row(row) -> list:
    """The row's cells, each that a spreadsheet would run as a formula made text (a row at a time: the
    data files' CSV rows hold 280,000 cells at 4,000 sources)."""
    return ["'" + cell if isinstance(cell, str) and cell[:1] in FORMULA_START and not _PLAIN_NUMBER.fullmatch(cell)
            else cell for cell in row]
