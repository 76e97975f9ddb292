"""JSON Schemas (draft 2020-12) for the fact files, generated from schema.py.

Editors use them for completion and inline errors while the validator uses
schema.py directly, so both check the same rules. `briefgen schemas` writes
them into a project's schemas/ (`briefgen init` does it once); after changing
schema.py run it in this repository: tests/test_schemas.py fails until the
shipped files match. A value the validator refuses on its own the schema
refuses too, and no other (tests/test_schema_refusals.py); what depends on
other records, or on how a value was quoted, only the validator sees.
"""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from .cldr import currency_codes, known_tag_pattern
from .ids import LONGEST_ID, SLUG
from .quantities import MAX_AMOUNT
from .routes import FIGURES_PAGE_ID_STARTS, FIGURES_PAGE_IDS
from .schema import CITE_FIELDS, CLAIM_FIELDS, KINDS, UNQUOTED_YEARS, Field, fields_of
from .yamlplain import AMBIGUOUS_TEXT_PATTERN

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# What str.strip() removes, which the validator does before reading a value.
# Spelt out: a pattern's \s means other characters in ECMAScript (U+FEFF,
# not U+0085) than in Python.
_SPACES = r"\t-\r\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE, _NOT_SPACE = f"[{_SPACES}]", f"[^{_SPACES}]"
# What the validator refuses inside a url: line breaks (where str.splitlines
# splits) and the invisible format characters (Unicode's Cf) of the Basic
# Multilingual Plane.
_BREAKS = r"\n-\r\u001c-\u001e\u0085\u2028\u2029"
_FORMAT = r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e" \
          r"\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"


def _stripped(pattern: str) -> str:
    """An anchored pattern ('^…$') that also takes the value in what str.strip() removes."""
    return f"^{_SPACE}*(?:{pattern.removeprefix('^').removesuffix('$')}){_SPACE}*$"


# The dates dates.parse_iso reads: days of the Gregorian calendar, years 0001 to 9999.
_MONTH = "(0[1-9]|1[0-2])"
_MONTH_DAY = ("((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
              "|02-(0[1-9]|1[0-9]|2[0-8]))")
_LEAP_YEAR = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)"
_ISO_PART = rf"(?!0000)([0-9]{{4}}(-({_MONTH_DAY}|{_MONTH}))?|{_LEAP_YEAR}-02-29)"
ISO_DATE_PATTERN = _stripped(rf"^{_ISO_PART}(/{_ISO_PART})?$")
# A span that ends before it starts: at the first character where its dates
# differ (within the shorter), the start's digit is the greater. Dates that
# agree that far nest ("2024-08-09/2024-08": a day, then the rest of its
# month), which is no reversal. \1 is the digits the two have in common.
_GREATER_DIGIT = "|".join(rf"{digit}[^/]*/\1[0-{digit - 1}]" for digit in range(1, 10))
REVERSED_SPAN_PATTERN = rf"^{_SPACE}*([0-9-]*)({_GREATER_DIGIT})"


# The characters textfile.not_xml finds (C0 controls but tab and line breaks,
# U+FFFE, U+FFFF, a lone surrogate), which the YAML reader refuses in any text.
# ECMAScript matches UTF-16 code units: a surrogate is refused only unpaired.
NOT_XML_PATTERN = (r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]"
                   r"|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")

# The validator's bound (quantities.MAX_AMOUNT): beyond it no source states an amount.
AMOUNT = {"type": "number", "exclusiveMinimum": -int(MAX_AMOUNT), "exclusiveMaximum": int(MAX_AMOUNT)}


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _cite_fields() -> dict:
    return {name: _ref("text") | {"description": description} for name, description in CITE_FIELDS.items()}


def _alternatives(value: dict, what: str, whats: str, own: dict | None = None) -> dict:
    """`whats`: the plural of `what` (status, statuses), shown in editors' hovers;
    `own`: the properties an alternative may have besides its value and citations."""
    return {
        "type": "array",
        "minItems": 1,
        # Which values are the same (2024-08-09 and " 2024-08-09", 1000 and 1000.0) no schema can tell.
        "description": f"Several {whats} when sources disagree, each {what} once, with all the citations "
                       "that state it.",
        "items": {
            "type": "object",
            "properties": {"value": value, **(own or {}), "cite": _ref("cites")},
            "required": ["value", "cite"],
            "additionalProperties": False,
        },
    }


_DEFS = {
    "id": {"type": "string", "pattern": f"^{SLUG.pattern}$", "maxLength": LONGEST_ID, "not": _ref("yaml11"),
           "description": f"Lowercase letters, digits, '-' and '_', starting with a letter or digit; "
                          f"at most {LONGEST_ID}."},
    # A reference names a record, a claim's id an anchor on its page: only a
    # record's own id names a folder, and is held to the length of one.
    "ref": {"type": "string", "pattern": f"^{SLUG.pattern}$", "not": _ref("yaml11")},
    "text": _ref("xmlText") | {"pattern": _NOT_SPACE, "not": _ref("yaml11")},
    "xmlText": {"type": "string", "not": {"pattern": NOT_XML_PATTERN},
                "description": "No control character but tab and line breaks, and no U+FFFE or U+FFFF "
                               "(an escape such as \"\\x1b\" writes one): feeds and other XML outputs cannot hold it."},
    "yaml11": {"type": "string", "pattern": AMBIGUOUS_TEXT_PATTERN,
               "description": "Unquoted, YAML 1.1 (and briefgen) read this as true/false or a number: "
                              "write the value itself, or quote it."},
    "isoDate": {"oneOf": [
        {"type": "string", "pattern": ISO_DATE_PATTERN, "not": {"pattern": REVERSED_SPAN_PATTERN}},
        {"type": "integer", "minimum": UNQUOTED_YEARS.start, "maximum": UNQUOTED_YEARS.stop - 1}],
        "description": "2024-08-09, 2024-08 or 2024, or start/end such as 2024-08-09/2024-08-10 "
                       "(the earlier date first): a day of the calendar, in a year from 0001 to 9999."},
    "dateAlternatives": _alternatives(_ref("isoDate"), "date", "dates"),
    # An amount's sources may qualify it differently ("about $1 billion", "more than $2 billion").
    "amountAlternatives": _alternatives(AMOUNT, "amount", "amounts", {"qualifier": {
        "enum": list(fields_of("figures")["qualifier"].choices),
        "description": "How this amount's sources qualify it, where it differs from the figure's qualifier."}}),
    "cite": {
        "type": "object",
        "properties": _cite_fields(),
        "required": ["source", "quote"],
        "additionalProperties": False,
    },
    "cites": {"type": "array", "minItems": 1, "items": _ref("cite"), "description": CLAIM_FIELDS["cite"]},
    "claim": {
        "type": "object",
        "properties": {"id": _ref("ref") | {"description": CLAIM_FIELDS["id"]},
                       "text": _ref("text") | {"description": CLAIM_FIELDS["text"]}, "cite": _ref("cites")},
        "required": ["text", "cite"],
        "additionalProperties": False,
    },
}


def field_schema(field: Field) -> dict:
    """The JSON Schema of one field, following validate.RecordChecker's check for its type."""
    kind = field.type
    if kind == "slug":
        schema = _ref("id")
    elif kind == "ref":
        schema = _ref("ref")
    elif kind == "text":
        schema = _ref("text")
    elif kind == "url":
        # validate.HTTP_URL, then no line break or format character up to the spaces the validator strips
        schema = _ref("xmlText") | {"pattern": _stripped(
            rf"[Hh][Tt][Tt][Pp][Ss]?://[^/?#{_SPACES}{_FORMAT}][^{_BREAKS}{_FORMAT}]*")}
    elif kind == "iso-date":
        schema = _ref("isoDate")
    elif kind == "date":
        schema = {"oneOf": [_ref("isoDate"), _ref("dateAlternatives")]}
    elif kind == "amount":
        schema = {"oneOf": [AMOUNT, _ref("amountAlternatives")]}
    elif kind == "status":
        one = {"type": "string", "enum": list(field.choices)}
        schema = {"oneOf": [one, _alternatives(one, "status", "statuses")]}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "refs":
        schema = {"type": "array", "items": _ref("ref")}
    elif kind == "strings":
        schema = {"type": "array", "items": _ref("text")}
    elif kind == "language":
        schema = {"type": "string", "pattern": _stripped(known_tag_pattern()),
                  "examples": ["en", "pt-BR", "zh-TW", "es-419"]}
    elif kind == "currency":
        codes = sorted(currency_codes())
        # The list completes the code in editors; the pattern also takes it in spaces, as the validator does.
        schema = {"anyOf": [{"type": "string", "enum": codes},
                            {"type": "string", "pattern": _stripped(f"^({'|'.join(codes)})$")}]}
    elif kind == "choice":
        schema = {"type": "string", "enum": list(field.choices)}
    elif kind == "claims":
        schema = {"type": "array", "items": _ref("claim")} | ({"minItems": 1} if field.required else {})
    elif kind == "resolution":
        schema = _ref("claim")
    elif kind == "equivalent":
        schema = {
            "type": "object",
            "properties": {"amount": AMOUNT, "currency": field_schema(fields_of("figures")["currency"]),
                           "qualifier": field_schema(fields_of("figures")["qualifier"])},
            "required": ["amount", "currency"],
            "additionalProperties": False,
        }
    elif kind == "positions":
        schema = {"type": "array", "minItems": 2, "items": {
            "type": "object",
            "properties": {"record": _ref("ref"), "text": _ref("text"), "cite": _ref("cites")},
            "required": ["record", "text", "cite"],
            "additionalProperties": False,
        }}
    else:
        raise ValueError(f"no JSON Schema for field type '{kind}'")
    description = field.description
    if field.refs:
        description += f" (id of a {' or '.join(field.refs)})"
    return schema | {"description": description}


# A figure's id is its row's id on the figures page, so it may not be one the
# page gives its own parts (routes.check_collisions). The names are ids, which
# need no escaping in a pattern.
FIGURE_PAGE_PART_PATTERN = (f"^({'|'.join(FIGURES_PAGE_IDS)})$"
                            f"|^({'|'.join(FIGURES_PAGE_ID_STARTS)})")


def _figure_id(schema: dict) -> dict:
    return schema | {
        "not": {"pattern": FIGURE_PAGE_PART_PATTERN},
        "description": f"{schema['description']} Not {_either(FIGURES_PAGE_IDS)}, nor starting "
                       f"{_either(FIGURES_PAGE_ID_STARTS)}: the figures page gives those ids to its own parts."}


def _either(names: tuple[str, ...]) -> str:
    quoted = [f"'{name}'" for name in names]
    return " or ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


def schema_for(stem: str) -> dict:
    kind, fields = KINDS[stem]
    properties = {field.name: field_schema(field) for field in fields}
    if kind == "figure":
        properties["id"] = _figure_id(properties["id"])
    record = {
        "type": "object",
        "title": kind,
        "properties": properties,
        "required": [field.name for field in fields if field.required],
        "additionalProperties": False,
    }
    schema = {
        "$schema": DIALECT,
        "title": f"{stem}.yaml",
        "description": f"briefgen fact file: a list of {kind} records. Generated from schema.py; do not edit.",
        "type": ["array", "null"],
        "items": _ref(kind),
        "$defs": {kind: record},
    }
    schema["$defs"].update((name, _DEFS[name]) for name in sorted(_used_defs(record)))
    return schema


def _used_defs(node, found: set[str] | None = None) -> set[str]:
    """Names of the shared definitions a schema refers to, directly or through another one."""
    found = set() if found is None else found
    if isinstance(node, dict):
        target = node.get("$ref", "").removeprefix("#/$defs/")
        if target in _DEFS and target not in found:
            found.add(target)
            _used_defs(_DEFS[target], found)
        for value in node.values():
            _used_defs(value, found)
    elif isinstance(node, list):
        for value in node:
            _used_defs(value, found)
    return found


def all_schemas() -> dict[str, dict]:
    return {stem: schema_for(stem) for stem in KINDS}


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Each fact file's schema into `folder`, replacing the schema written
    there before. Never through a link: OSError names one found in place of
    the folder or of a schema, or anything else that is not a regular file."""
    folder.mkdir(parents=True, exist_ok=True)
    if not stat.S_ISDIR(os.lstat(folder).st_mode):
        raise OSError(f"{folder.name}/ is a symbolic link; remove it, and briefgen makes the folder itself")
    written = []
    for stem, schema in all_schemas().items():
        path = folder / f"{stem}.schema.json"
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            raise OSError(f"{folder.name}/{path.name} is not a regular file (a link?); remove it, "
                          "and briefgen writes the schema there")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(render(schema), encoding="utf-8")
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        written.append(path)
    return written

