"""The JSON Schema (draft 2020-12) of `data/briefgen.json`, made from
schema.py as the fact files' schemas are (jsonschemas.py), and published
beside it as `data/briefgen.schema.json`: an analyst's script can validate
the data it downloads, and read what each field holds, before relying on it.

It describes what exports.py writes: every record with its kind's fields
(a sourced field, such as a date, amount or status, as its values each with
the passages that state it), its claims with their citations and counts of
independent sources, an event's status as its page shows it, the sources
with their metadata and grade, and the disputes."""
from __future__ import annotations

from .eventstatus import STATUSES
from .jsonschemas import DIALECT
from .schema import EVENT_KINDS, FIELDS_OF_KIND, Field
from .corroboration import LEFT_OUT
from .trustnotes import SHOWN_REASONS

FILE = "data/briefgen.schema.json"

_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}
_REF = {"$ref": "#/$defs/cites"}
_SOURCED = {"date": _TEXT, "amount": {"type": "number"}, "status": {"enum": list(STATUSES)}}
# A source's entry beyond its fields in sources.yaml or its front matter.
_SOURCE_OWN = {
    "page": (_TEXT, "Its page on the site."),
    "paragraphs": ({"type": "integer", "minimum": 0}, "How many paragraphs its text has."),
    "label": (_TEXT, "How citations name it: its alias or id, publisher type and grade."),
    "counted_as": (_TEXT, "The source it counts as one voice with (itself when none): same story or publisher."),
}


def data_schema() -> dict:
    return {
        "$schema": DIALECT,
        "title": "briefgen data",
        "description": "Every record, source and dispute of a brief, as its pages show them.",
        "type": "object",
        "required": ["title", "as_of", "base_url", "records", "sources", "disputes"],
        "additionalProperties": False,
        "properties": {
            "title": _TEXT,
            "as_of": {"type": ["string", "null"],
                      "description": "The date the brief stands at (ISO), as its pages' 'as of': the newest date a "
                                     "source was published or retrieved, or SOURCE_DATE_EPOCH when later; null "
                                     "when none is known."},
            "base_url": {"type": ["string", "null"],
                         "description": "The site's address, ending in '/', when the build knows it (base_url): "
                                        "every 'page' and 'href' is a path from the site's root, to be joined to it; "
                                        "null when the site's address is not known."},
            "records": {"type": "array", "items": {"oneOf": [_record(kind, fields)
                                                             for kind, fields in _record_kinds()]}},
            "sources": {"type": "array", "items": _source()},
            "disputes": {"type": "array", "items": {"$ref": "#/$defs/dispute"}},
        },
        "$defs": {"cites": {"type": "array", "items": _cite()}, "claim": _claim(), "dispute": _dispute(),
                  "status": _status()},
    }


def _record_kinds() -> list[tuple[str, dict[str, Field]]]:
    return [(kind, fields) for kind, fields in FIELDS_OF_KIND.items() if kind not in ("source", "dispute")]


def _record(kind: str, fields: dict[str, Field]) -> dict:
    properties = {
        "id": _TEXT, "kind": {"const": kind}, "name": _TEXT,
        "page": {"type": ["string", "null"],
                 "description": "Where the site shows it; null for a country no claim describes and no record names."},
        "fields": {"type": "object", "additionalProperties": False,
                   "properties": {name: _value(field) for name, field in fields.items()
                                  if name not in ("id", "name", "claims")}},
        "claims": {"type": "array", "items": {"$ref": "#/$defs/claim"}},
    }
    required = ["id", "kind", "name", "page", "fields", "claims"]
    if kind in EVENT_KINDS:
        properties["status"] = {"$ref": "#/$defs/status"}
        required.append("status")
    return {"type": "object", "required": required, "additionalProperties": False, "properties": properties}


def _value(field: Field) -> dict:
    """A field's value as the data gives it."""
    kind = field.type
    if kind in _SOURCED:
        value = {"type": "object", "required": ["value", "cite"], "additionalProperties": False,
                 "properties": {"value": _SOURCED[kind], "cite": _REF}}
        if kind == "amount":  # its sources' own qualifier, where they qualify it differently
            value["properties"] = {"value": _SOURCED[kind], "qualifier": _TEXT, "cite": _REF}
        return {"type": "array", "items": value, "description": f"{field.description} Each value with the "
                                                                "passages that state it."}
    if kind == "bool":
        schema = {"type": "boolean"}
    elif kind in ("refs", "strings"):
        schema = _TEXTS
    elif kind == "choice":
        schema = {"enum": list(field.choices)}
    elif kind == "equivalent":
        schema = {"type": "object", "required": ["amount", "currency", "cite"], "additionalProperties": False,
                  "properties": {"amount": {"type": "number"}, "currency": _TEXT, "qualifier": _TEXT,
                                 "cite": _REF | {"description": "The passages that state the conversion."}}}
    else:
        schema = _TEXT
    return schema | {"description": field.description}


def _cite() -> dict:
    return {"type": "object", "required": ["source", "quote", "paragraph", "href", "label"],
            "additionalProperties": False,
            "properties": {
                "source": _TEXT, "quote": _TEXT,
                "paragraph": {"type": "integer", "minimum": 1, "description": "Its paragraph's number in the source."},
                "href": {"type": "string", "description": "The passage on its source's page."},
                "label": _TEXT, "translation": _TEXT,
                "reported_before_event": {"type": "boolean",
                                          "description": "Of an event's citation: the source was published before it."},
            }}


def _claim() -> dict:
    return {"type": "object",
            "required": ["id", "anchor", "page", "text", "cite", "sources", "single_source", "low_reliability"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": ["string", "null"]},
                "anchor": {"type": "string", "description": "The claim's permalink on its record's page."},
                "page": {"type": ["string", "null"],
                         "description": "The claim's permalink: its record's page with the claim's anchor "
                                        "('figures/#c-…' for a figure's, whose own 'page' ends in '#<figure id>')."},
                "text": _TEXT, "cite": _REF,
                "sources": {"type": "integer", "minimum": 0, "description": "How many independent sources back it."},
                "single_source": {"type": "boolean"},
                "low_reliability": {"type": "boolean", "description": "Every source it cites is graded D or E."},
                "why": {"type": "array", "description": "Why the claim is single-source or low-reliability, when it "
                                                        "cites more than one source (trustnotes.py).",
                        "items": {"type": "object", "required": ["kind", "sources"], "additionalProperties": False,
                                  "properties": {
                                      "kind": {"enum": ["one_voice", *LEFT_OUT, "none_bears", "graded"],
                                               "description": "one_voice: its sources count as one, for 'reasons'; "
                                                              "says_less, other_number: not counted, their quotes "
                                                              "saying less than half of the claim or another number; "
                                                              "none_bears: no quote bears on the claim, so its "
                                                              "sources count as one; graded: the grade the brief's "
                                                              "editor gave them."},
                                      "sources": {"type": "array", "items": _TEXT},
                                      "reasons": {"type": "array", "items": {"enum": list(SHOWN_REASONS)}},
                                      "grade": _TEXT}}},
            }}


def _status() -> dict:
    reported = {"type": ["string", "null"],
                "description": "The newest 'published' date of the sources that state this status (null when none "
                               "has one); the values are listed oldest report first where every one has a date."}
    values = {"type": "object", "required": ["value", "cite", "reported"], "additionalProperties": False,
              "properties": {"value": {"enum": list(STATUSES)}, "cite": _REF, "reported": reported}}
    resolution = {"type": "object", "required": ["text", "cite"], "additionalProperties": False,
                  "properties": {"text": _TEXT, "cite": _REF},
                  "description": "Only where the brief's dispute on the status resolves it: the status is then not "
                                 "disputed, and its value 'resolved' where its sources give two."}
    overtaken = {"type": "boolean",
                 "description": "Planned (or put off to a new date) for dates the brief's as_of has passed, told so "
                                "only by sources published before the event: the news has moved past it, as the "
                                "timeline marks it."}
    return {"type": "object", "required": ["value", "disputed", "values", "overtaken"], "additionalProperties": False,
            "properties": {"value": {"enum": [*STATUSES, "disputed", "resolved", "not-reported"]},
                           "disputed": {"type": "boolean"}, "values": {"type": "array", "items": values},
                           "overtaken": overtaken, "resolution": resolution}}


def _source() -> dict:
    fields = FIELDS_OF_KIND["source"]
    properties = {name: _value(field) for name, field in fields.items()}
    # Always given, null when the editor has not assessed the source.
    for name in ("publisher_type", "reliability", "assessment"):
        properties[name] = {"anyOf": [properties[name], {"type": "null"}]}
    properties |= {name: schema | {"description": description} for name, (schema, description) in _SOURCE_OWN.items()}
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": ["id", "title", "publisher_type", "reliability", "assessment", *_SOURCE_OWN]}


def _dispute() -> dict:
    position = {"type": "object", "required": ["record", "text", "cite"], "additionalProperties": False,
                "properties": {"record": _TEXT, "text": _TEXT, "cite": _REF}}
    resolution = {"type": "object", "required": ["text", "cite"], "additionalProperties": False,
                  "properties": {"text": _TEXT, "cite": _REF}}
    return {"type": "object", "required": ["id", "question", "field", "resolved", "page", "positions", "resolution"],
            "additionalProperties": False,
            "properties": {"id": _TEXT, "question": _TEXT,
                           "page": {"type": "string", "description": "Where the site shows it: the page of the "
                                                                    "record it concerns (the first, when several), "
                                                                    "with the anchor of its box."},
                           "field": {"type": "string", "description": "The field the sources disagree on; '' for a "
                                                                      "dispute the editor declared."},
                           "resolved": {"type": "boolean"}, "positions": {"type": "array", "items": position},
                           "resolution": {"anyOf": [resolution, {"type": "null"}]}}}
