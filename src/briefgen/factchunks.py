"""A fact file cut into its records' texts, so that a rebuild parses and
checks only the records whose text changed (factcheck.py).

A fact file is a YAML list whose items start at the left margin ("- id:
…"). A line there can only start an item, or be a comment or blank, in a
file that cuts cleanly: anything else at the margin (a document marker, a
directive, a key, a tab) means the file is read whole. Each item's text then
parses as it does within the file, at lines shifted by where it starts: a
quoted text running on at the margin makes a cut item fail to parse on its
own, and the file is read whole instead. An alias (`*name`) is the one YAML
that joins items while each still parses: an unchanged item naming an
anchor that another item changed would be taken as it was, so a file that
writes one is read whole."""
from __future__ import annotations

import hashlib
import re

# Line breaks YAML knows besides "\n" (a "\r" is one unless a "\n" follows):
# an item could start after one, where the cut does not look for items.
_LONE_CR = re.compile("\r(?!\n)")
_OTHER_BREAKS = "\x85\u2028\u2029"
# Each pattern starts with a literal ("\n", "*"), which re finds fast: a
# 4,000-source forums.yaml (2 MB) is cut in a few milliseconds.
# A line that starts an item: "-" then a space, or nothing more.
_FIRST_ITEM = re.compile(r"-(?:[ \r\n]|$)")
_NEXT_ITEM = re.compile(r"\n-(?=[ \r\n]|$)")
# A line at the margin that neither starts an item nor is blank, indented or a comment: the file is read whole.
_LINE_AFTER = r"(?!-(?:[ \r\n]|$))(?![ #])(?![^\S\n]*(?:\n|$))"
_FIRST_STRAY = re.compile(_LINE_AFTER)
_NEXT_STRAY = re.compile(r"\n" + _LINE_AFTER)
# An indented line that is no comment: before the first item, the file is no list of items.
_INDENTED_VALUE = re.compile(r"^ [^\S\n]*[^\s#]", re.MULTILINE)
# An alias where a value may start ("- *a", "key: *a", "[*a, *b]"): a "*" and a name, after the start,
# a space, "[", "{" or ","; in a quoted text it costs only the cut.
_STAR_NAME = re.compile(r"\*[^\s\[\]{},]")


def cut(text: str) -> list[tuple[int, str]] | None:
    """Each item's (first line, 1-based; text), in file order; None when the
    file does not cut cleanly. An item's text runs to the line before the
    next item's, the comments and blank lines between them its own."""
    if _LONE_CR.search(text) or any(other in text for other in _OTHER_BREAKS) or _alias(text) \
            or _FIRST_STRAY.match(text) or _NEXT_STRAY.search(text):
        return None
    starts = [0] if _FIRST_ITEM.match(text) else []
    starts += [match.start() + 1 for match in _NEXT_ITEM.finditer(text)]
    if not starts or _INDENTED_VALUE.search(text, 0, starts[0]):
        return None
    items = []
    line, counted = 1, 0
    for start, end in zip(starts, [*(following - 1 for following in starts[1:]), len(text)]):
        line += text.count("\n", counted, start)
        counted = start
        items.append((line, text[start:end]))
    return items


def _alias(text: str) -> bool:
    return any(star.start() == 0 or text[star.start() - 1] in "[{," or text[star.start() - 1].isspace()
               for star in _STAR_NAME.finditer(text))


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
