"""One reading of unquoted YAML values for briefgen and for editors.

PyYAML follows YAML 1.1; editors and schema checkers follow YAML 1.2, where
`yes`, `on`, `4_000` and `1:30` are text, `017` is seventeen and `4e9` is a
number. A plain (unquoted) value that the two read differently is refused,
with a hint; `4e9`-style numbers, which only 1.2 reads as numbers, are taken
as numbers; ISO dates stay the text they show (their precision is a fact).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
CORE_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
CORE_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")

# YAML 1.1 forms (https://yaml.org/type/bool.html, int.html, float.html) that
# 1.2 reads as text or as another number.
BOOL_WORDS_11 = {"y": True, "Y": True, "yes": True, "Yes": True, "YES": True, "n": False, "N": False,
                 "no": False, "No": False, "NO": False, "on": True, "On": True, "ON": True,
                 "off": False, "Off": False, "OFF": False}
SEXAGESIMAL = re.compile(r"[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*")
UNDERSCORED = re.compile(r"[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+][0-9]+)?|\.[0-9_]+)")
BINARY = re.compile(r"[-+]?0b[01_]+")
LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
OCTAL_12 = re.compile(r"0o[0-7]+")

# The same forms as one pattern over text, for the JSON Schemas: a YAML 1.2
# reader hands them to the schema as strings, and the schema refuses them in
# text and id fields so that editors flag what `briefgen check` refuses.
AMBIGUOUS_TEXT_PATTERN = "^(" + "|".join([
    *sorted(BOOL_WORDS_11), SEXAGESIMAL.pattern, BINARY.pattern, f"(?=[^_]*_)({UNDERSCORED.pattern})"]) + ")$"


@dataclass(frozen=True)
class Ambiguity:
    message: str
    hint: str


def ambiguity(text: str) -> Ambiguity | None:
    """Why YAML 1.1 and 1.2 read this unquoted value differently, or None."""
    quoted = f'"{text}"'
    if text in BOOL_WORDS_11:
        meaning = "true" if BOOL_WORDS_11[text] else "false"
        return Ambiguity(f"'{text}' is {meaning} in YAML 1.1 but text in YAML 1.2 (editors)",
                         f"write {meaning} for a yes/no field, or quote it ({quoted}) if you mean the word")
    if SEXAGESIMAL.fullmatch(text):
        return Ambiguity(f"'{text}' is a base-60 number in YAML 1.1 but text in YAML 1.2 (editors)",
                         f"quote it ({quoted}) if it is text such as a time, or write the number itself")
    if BINARY.fullmatch(text):
        return Ambiguity(f"'{text}' is a binary number in YAML 1.1 but text in YAML 1.2 (editors)",
                         f"write the number in decimal, or quote it ({quoted}) if it is text")
    if "_" in text and UNDERSCORED.fullmatch(text):
        plain = text.replace("_", "")
        return Ambiguity(f"'{text}' is the number {plain} in YAML 1.1 but text in YAML 1.2 (editors)",
                         f"write the number without separators ({plain}), or quote it ({quoted}) if it is text")
    if LEADING_ZERO.fullmatch(text):
        decimal = str(int(text))
        return Ambiguity(f"'{text}' is an octal number or text in YAML 1.1 but {decimal} in YAML 1.2 (editors)",
                         f"write {decimal} without the leading zero, or quote it ({quoted}) if it is text")
    if OCTAL_12.fullmatch(text):
        decimal = str(int(text[2:], 8))
        return Ambiguity(f"'{text}' is text in YAML 1.1 but the octal number {decimal} in YAML 1.2 (editors)",
                         f"write the number in decimal ({decimal}), or quote it ({quoted}) if it is text")
    return None


def number_12(text: str) -> float | None:
    """A number that only YAML 1.2 reads as one (`4e9`, `1.5e9`, `+.5`), or None."""
    if CORE_FLOAT.fullmatch(text) and not CORE_INT.fullmatch(text):
        return float(text)
    return None
