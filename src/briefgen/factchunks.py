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
# lines would be counted otherwise.
_OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_ITEM = re.compile(r"-(?:[ \r]|$)")
# An alias where a value may start ("- *a", "key: *a", "[*a, *b]"); in a quoted text it costs only the cut.
_ALIAS = re.compile(r"(?:^|[\s\[{,])\*[^\s\[\]{},]")


def cut(text: str) -> list[tuple[int, str]] | None:
    """Each item's (first line, 1-based; text), in file order; None when the
    file does not cut cleanly."""
    if _OTHER_BREAKS.search(text) or _ALIAS.search(text):
        return None
    items: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if _ITEM.match(line):
            items.append((number, [line]))
        elif line[:1] in ("", " ") or line.startswith("#") or line.strip() == "":
            if items:
                items[-1][1].append(line)
            elif line.strip() and not line.lstrip().startswith("#"):
                return None  # an indented value before the first item: not a list of items
        else:
            return None
    return [(start, "\n".join(lines)) for start, lines in items] or None


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
