"""Front matter of a Markdown or text file (sources and prose pages): YAML
with each value's line and column, and the body as written."""
from __future__ import annotations

import re
from pathlib import Path

import frontmatter

from . import yamlsource
from .diagnostics import Diagnostics


def split(path: Path, text: str, diagnostics: Diagnostics) -> tuple[yamlsource.LocatedMap | None, str]:
    """(fields, body); fields is None after an error that leaves none to
    read, which is reported. A value YAML refuses is reported and stands as
    REFUSED, as in a fact file: the other fields are still checked."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        if _TOML_FRONT_MATTER.match(text):
            diagnostics.error(diagnostics.where(path, 1, 1), "front matter in TOML (between +++ lines, as Hugo writes "
                              "it) is not read: it would be published as the text", "write it in YAML between --- "
                              "lines instead: title = \"…\" becomes title: \"…\"")
            return None, ""
        _front_matter_below_blank_lines(path, text, handler, diagnostics)
        return yamlsource.LocatedMap(), text
    try:
        head, body = handler.split(text)
    except ValueError:
        diagnostics.error(diagnostics.where(path, 1, 1), "front matter is not closed",
                          "end the front matter with a line containing only ---")
        return None, ""
    try:
        # The split keeps the newline that ends the opening ---, so marks are file lines.
        data, refused = yamlsource.read(head)
    except yamlsource.YamlError as exc:
        _report(path, exc.all(), diagnostics)
        return None, ""
    _report(path, refused, diagnostics)
    if data is None:
        return yamlsource.LocatedMap(), body
    if data is yamlsource.REFUSED:  # reported: no fields to read
        return None, ""
    if not isinstance(data, yamlsource.LocatedMap):
        diagnostics.error(diagnostics.where(path, 2, 1), "front matter must be a mapping of fields",
                          "write fields as 'title: ...' lines between the --- markers")
        return None, ""
    return data, body


# Hugo's other front matter: its fields would be the article's first paragraphs, its title "+++".
_TOML_FRONT_MATTER = re.compile(r"\+\+\+[ \t]*\r?\n(?:.*\r?\n)*?\+\+\+[ \t]*(?:\r?\n|$)")


def _front_matter_below_blank_lines(path: Path, text: str, handler, diagnostics: Diagnostics) -> None:
    """Front matter below blank lines is read as the document's text: its fields would be published as the
    article's first paragraphs and given to no field, the title becoming '---'. An error, at its ---."""
    below = text.lstrip(" \t\r\n")
    if below == text or not handler.detect(below):
        return
    try:
        head, _ = handler.split(below)
        fields = yamlsource.read(head)[0]
    except (ValueError, yamlsource.YamlError):
        return  # no front matter then, but a rule and text
    if isinstance(fields, yamlsource.LocatedMap) and fields:
        line = text[:len(text) - len(below)].count("\n") + 1
        diagnostics.error(diagnostics.where(path, line, 1), "front matter does not start on the first line: it "
                          "would be read as the text", "remove the blank lines above its opening ---")


def _report(path: Path, problems: list[yamlsource.YamlError], diagnostics: Diagnostics) -> None:
    for problem in problems:
        diagnostics.error(diagnostics.where(path, problem.line, problem.col),
                          problem.message.replace("invalid YAML", "front matter is not valid YAML"), problem.hint)
