"""The sources as reference-manager data: CSL-JSON (data/sources.json) and
BibTeX (data/sources.bib), one entry per source, keyed by its id."""
from __future__ import annotations

import re
from typing import Any, Mapping

from . import jsontext

# publisher_type (when a brief states it) → CSL item type; otherwise "article".
CSL_TYPE = {"wire": "article-newspaper", "newspaper": "article-newspaper", "think-tank": "report",
            "government": "report", "blog": "post-weblog", "analysis": "article"}


def csl_json(sources: Mapping[str, Mapping[str, Any]]) -> bytes:
    items = [csl_item(source_id, meta) for source_id, meta in sources.items()]
    return jsontext.indented(items)


def csl_item(source_id: str, meta: Mapping[str, Any]) -> dict:
    item: dict[str, Any] = {"id": source_id, "type": CSL_TYPE.get(str(meta.get("publisher_type", "")), "article"),
                            "title": str(meta.get("title", source_id))}
    if meta.get("publisher"):
        item["publisher"] = str(meta["publisher"])
        if item["type"] == "article-newspaper":
            item["container-title"] = str(meta["publisher"])
    if meta.get("author"):
        item["author"] = [{"literal": str(meta["author"])}]
    if meta.get("published"):
        item["issued"] = {"date-parts": [_parts(meta["published"])]}
    if meta.get("retrieved"):
        item["accessed"] = {"date-parts": [_parts(meta["retrieved"])]}
    if meta.get("url"):
        item["URL"] = str(meta["url"])
    if meta.get("language"):
        item["language"] = str(meta["language"])
    return item


def _parts(span) -> list[int]:
    """A date with its true precision: [2024], [2024, 8] or [2024, 8, 9]."""
    start = span.start
    return [p for p in (start.year, start.month, start.day) if p is not None]


# Characters with a meaning in BibTeX/LaTeX, and how to write them as text.
# BibTeX counts every brace, "\{" too: a brace is written as a command whose own braces balance.
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "$": r"\$", "&": r"\&", "%": r"\%",
                   "#": r"\#", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_BIBTEX_SPECIAL = re.compile("[" + re.escape("".join(_BIBTEX_ESCAPES)) + "]")


def bibtex_text(text: str) -> str:
    """Escaped so braces always balance and nothing runs as a LaTeX command."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_ESCAPES[m.group()], " ".join(str(text).split()))


_URL_BREAKING = re.compile(r"[{}\\\s]")


def bibtex_url(url: str) -> str:
    """URLs are copied verbatim by biblatex; only characters that would break
    the entry's braces are percent-encoded."""
    return _URL_BREAKING.sub(lambda m: f"%{ord(m.group()):02X}", url)


_NOT_IN_KEY = re.compile(r"[^A-Za-z0-9_:.-]")


def bibtex_key(source_id: str) -> str:
    """Keys may not hold commas, braces or spaces; source ids are file stems."""
    return _NOT_IN_KEY.sub("-", source_id)


def bibtex(sources: Mapping[str, Mapping[str, Any]]) -> bytes:
    return "\n".join(bibtex_entry(source_id, meta) for source_id, meta in sources.items()).encode("utf-8")


def bibtex_entry(source_id: str, meta: Mapping[str, Any]) -> str:
    # Title in double braces: reference styles must not change its capitals.
    fields = [("title", "{" + bibtex_text(meta.get("title", source_id)) + "}")]
    if meta.get("author"):
        # One braced name: "Agence France-Presse" is not a surname and a first name.
        fields.append(("author", "{" + bibtex_text(meta["author"]) + "}"))
    if meta.get("publisher"):
        fields.append(("organization", bibtex_text(meta["publisher"])))
    if meta.get("published"):
        start = meta["published"].start
        fields.append(("date", meta["published"].start.iso()))
        fields.append(("year", str(start.year)))
    if meta.get("url"):
        fields.append(("url", bibtex_url(str(meta["url"]))))
    if meta.get("retrieved"):
        fields.append(("urldate", meta["retrieved"].start.iso()))
    if meta.get("language"):
        fields.append(("langid", bibtex_text(meta["language"])))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@online{{{bibtex_key(source_id)},\n{body}\n}}\n"
