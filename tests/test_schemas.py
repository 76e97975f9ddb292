"""The JSON Schemas editors use are generated from schema.py, accept every real
fact file, and agree with `briefgen check` on what a valid record is."""
import json
import re
from pathlib import Path

import jsonschema
import pytest
import ruamel.yaml
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen import dates, jsonschemas, yamlsource
from briefgen.diagnostics import Diagnostics
from briefgen.routes import names_a_figures_page_part
from briefgen.schema import KINDS, TYPES, Field, fields_of
from briefgen.textfile import not_xml
from briefgen.validate import RecordChecker
from briefgen.yamlplain import AMBIGUOUS_TEXT_PATTERN

REPO = Path(__file__).resolve().parent.parent
BROKEN = Path(__file__).resolve().parent / "fixtures" / "broken"
Validator = jsonschema.Draft202012Validator


def shipped(stem: str) -> str:
    return (REPO / "schemas" / f"{stem}.schema.json").read_text(encoding="utf-8")


def test_shipped_schemas_are_exactly_the_generated_ones():
    # If this fails after a change to schema.py: briefgen schemas
    assert sorted(p.name for p in (REPO / "schemas").iterdir()) == sorted(f"{stem}.schema.json" for stem in KINDS)
    for stem in KINDS:
        assert shipped(stem) == jsonschemas.render(jsonschemas.schema_for(stem)), stem


def test_write_schemas_writes_one_file_per_fact_file(tmp_path):
    written = jsonschemas.write_schemas(tmp_path / "schemas")
    assert sorted(p.name for p in written) == sorted(f"{stem}.schema.json" for stem in KINDS)
    assert written[0].read_text(encoding="utf-8") == shipped(written[0].name.split(".")[0])


@pytest.mark.parametrize("stem", KINDS)
def test_schemas_are_valid_draft_2020_12(stem):
    schema = json.loads(shipped(stem))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(schema)


@pytest.mark.parametrize("field_type", TYPES)
def test_every_field_type_has_a_json_schema(field_type):
    schema = jsonschemas.field_schema(Field("f", field_type, "A field.", choices=("a",)))
    assert schema["description"] == "A field."


def test_schemas_carry_descriptions_and_choices_from_schema_py():
    figure = jsonschemas.schema_for("figures")["$defs"]["figure"]
    currencies = figure["properties"]["currency"]["anyOf"][0]["enum"]
    assert {"USD", "JPY", "EUR", "BRL", "CNY"} <= set(currencies) and "XYZ" not in currencies
    assert figure["properties"]["period"]["description"] == fields_of("figures")["period"].description
    assert figure["required"] == ["id", "name", "amount", "claims"]
    assert figure["properties"]["event"]["description"].endswith("(id of a summit or forum or meeting)")



def test_the_alternatives_hover_text_names_each_field_in_its_plural():
    """An editor hovering a disputed status read "Several statuss when sources disagree"."""
    event = jsonschemas.schema_for("forums")["$defs"]["forum"]["properties"]
    statuses = event["status"]["oneOf"][1]["description"]
    assert statuses.startswith("Several statuses when sources disagree, each status once")
    dates = jsonschemas.schema_for("forums")["$defs"]["dateAlternatives"]["description"]
    amounts = jsonschemas.schema_for("figures")["$defs"]["amountAlternatives"]["description"]
    assert dates.startswith("Several dates ") and amounts.startswith("Several amounts ")

@pytest.mark.parametrize("case, file", [
    ("unknown-field", "forums"), ("missing-required-field", "forums"), ("wrong-type", "forums"),
    ("date-not-iso", "forums"), ("id-parent-dir", "organisations"), ("id-absolute-path", "meetings"),
    ("url-javascript-sources-yaml", "sources"), ("duplicate-id", None),
])
def test_schema_flags_the_broken_fixtures_an_editor_can_catch(case, file):
    """Each broken file fails its schema; a duplicate id spans files, so only
    `briefgen check` can see it."""
    for path in sorted((BROKEN / case / "content").glob("*.yaml")):
        data = yamlsource.parse(path.read_text(encoding="utf-8"))
        valid = Validator(jsonschemas.schema_for(path.stem)).is_valid(data)
        assert valid == (path.stem != file), path.name


def schema_reads_as_a_date(text: str) -> bool:
    return Validator(jsonschemas.schema_for("sources")["$defs"]["isoDate"]).is_valid(text)


def check_reads_as_a_date(text: str) -> bool:
    try:
        dates.parse_iso(text)
    except ValueError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-/ ", max_size=24))
def test_iso_date_pattern_accepts_exactly_the_dates_the_validator_reads(text):
    assert schema_reads_as_a_date(text) == check_reads_as_a_date(text)


def test_the_schema_knows_the_calendar():
    days = [f"{year}-{month:02d}-{day:02d}" for year in ("0000", "0001", "1900", "2000", "2023", "2024", "2100", "9999")
            for month in range(0, 14) for day in range(0, 33)]
    assert [day for day in days if schema_reads_as_a_date(day) != check_reads_as_a_date(day)] == []


def test_the_schema_knows_which_spans_end_before_they_start():
    ends = ["2023", "2023-12", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-08", "2024-08-01", "2024-08-09",
            "2024-08-10", "2024-08-31", "2024-09", "2024-09-01", "2024-12-31", "2025", "2025-01-01", "2100"]
    spans = [f"{start}/{end}" for start in ends for end in ends]
    assert [span for span in spans if schema_reads_as_a_date(span) != check_reads_as_a_date(span)] == []
    assert not schema_reads_as_a_date("2024-08-10/2024-08-09") and schema_reads_as_a_date("2024-08-09/2024-08")


def test_text_is_blank_in_the_schema_exactly_when_the_validator_strips_it_to_nothing():
    # as Python's re reads the pattern; tests/test_schema_refusals.py reads it as editors do
    pattern = re.compile(jsonschemas.schema_for("sources")["$defs"]["text"]["pattern"])
    assert [hex(code) for code in range(0x110000)
            if (pattern.search(f" {chr(code)} ") is None) != (not chr(code).strip())] == []


def test_not_xml_pattern_finds_exactly_the_characters_the_yaml_reader_refuses():
    # Every code point, a lone surrogate among them; tests/test_schema_refusals.py checks the pattern as editors read it.
    pattern = re.compile(jsonschemas.NOT_XML_PATTERN)
    disagree = [hex(code) for code in range(0x110000)
                if (pattern.search(f"a{chr(code)}b") is None) != (not_xml(chr(code)) is None)]
    assert disagree == []


# --- The schema and the validator agree on generated records -----------------

SOURCE_IDS = {"article": "article"}
WRONG = st.sampled_from([None, True, 0, 2.5, "", "  ", "Not An Id", "../x", "javascript:alert(1)",
                         [], ["x", 1], {}, {"value": 1}])
# Text that spells a YAML 1.1 boolean or number ("0_", "n") is left out: the
# dump quotes some of it, and no schema can see quotes (tests/test_yaml12.py
# shows those cases one by one).
def _not_yaml11(value: str) -> bool:
    return re.search(AMBIGUOUS_TEXT_PATTERN, value) is None


text = st.text(alphabet="abc XYZ:#-'\"[]{}é", min_size=1, max_size=10).filter(_not_yaml11)
slug = st.one_of(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,6}", fullmatch=True).filter(_not_yaml11),
                 st.sampled_from(["i" * 150, "i" * 151]))  # the longest id, and one longer


@st.composite
def iso_date(draw):
    def one(day):
        precision = draw(st.sampled_from(("year", "month", "day")))
        return day.isoformat()[:{"year": 4, "month": 7, "day": 10}[precision]]
    first, last = sorted((draw(st.dates()), draw(st.dates())))
    return one(first) if draw(st.booleans()) else f"{one(first)}/{one(last)}"


cite = st.fixed_dictionaries({"source": st.just("article"), "quote": text},
                             optional={"prefix": text, "suffix": text})
cites = st.lists(cite, max_size=2)  # an empty list is invalid for both
claim = st.fixed_dictionaries({"text": text, "cite": cites})


def alternatives(value):
    return st.lists(st.fixed_dictionaries({"value": value, "cite": cites}), max_size=2)


def valid_value(field):
    number = st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
    return {
        "slug": slug, "ref": slug, "text": text, "refs": st.lists(slug, max_size=3),
        "strings": st.lists(text, max_size=3), "bool": st.booleans(), "iso-date": iso_date(),
        "url": st.sampled_from(["https://example.org/a", "http://x.y", "HTTPS://example.org",
                                "ftp://example.org", "https://", "example.org", "//example.org",
                                " https://example.org/café ", "https://example.org/a b",
                                "https://example.org/\u202egro.elpmaxe", "https://\u200bexample.org",
                                "https://example.org/a\nb"]),
        "date": iso_date() | alternatives(iso_date()), "amount": number | alternatives(number),
        "status": st.sampled_from(field.choices + ("held ",)) | alternatives(st.sampled_from(field.choices + ("x",))),
        "choice": st.sampled_from(field.choices + ("not-a-choice",)),
        "claims": st.lists(claim, max_size=2), "resolution": claim,
        "equivalent": st.fixed_dictionaries({"amount": number, "currency": st.sampled_from(("USD", "GBP"))}),
        "language": st.sampled_from(["en", "es", "pt-BR", "ja", "xx-yy", "EN", "english"]),
        "currency": st.sampled_from(["USD", "BRL", "KZT", "XYZ", "usd", "dollar"]),
        "positions": st.lists(st.fixed_dictionaries({"record": slug, "text": text, "cite": cites}), max_size=3),
    }[field.type]


@st.composite
def record(draw):
    """A record of a random kind with at most one deliberate defect, so about
    half are valid and the rest are wrong in one way."""
    stem = draw(st.sampled_from(sorted(KINDS)))
    fields = fields_of(stem)
    values = {name: draw(valid_value(field)) for name, field in fields.items()
              if field.required or draw(st.booleans())}
    defect = draw(st.sampled_from(("none", "wrong value", "missing field", "unknown field")))
    name = draw(st.sampled_from(sorted(fields)))
    if defect == "wrong value":
        values[name] = draw(WRONG)
    elif defect == "missing field":
        values.pop(name, None)
    elif defect == "unknown field":
        values[name + "x"] = "value"
    return stem, values


class _TimestampsAsText(ruamel.yaml.SafeConstructor):
    yaml_constructors = dict(ruamel.yaml.SafeConstructor.yaml_constructors)
    yaml_constructors["tag:yaml.org,2002:timestamp"] = yaml_constructors["tag:yaml.org,2002:str"]


def read_as_editors_do(text: str):
    """YAML 1.2, as check-jsonschema reads it: ruamel.yaml, timestamps kept as text."""
    reader = ruamel.yaml.YAML(typ="safe", pure=True)
    reader.Constructor = _TimestampsAsText
    return reader.load(text)


@pytest.mark.parametrize("language, valid", [
    ("en", True), ("EN", True), ("pt-BR", True), ("zh-Hant-TW", True), ("es-419", True),
    ("xx-yy", False), ("und", False), ("english", False),
])
def test_the_schema_knows_the_languages_the_check_knows(language, valid):
    """A language CLDR does not know ("xx-yy") is refused by the editors' schema too, not only by the check."""
    errors = list(Validator(jsonschemas.schema_for("sources")).iter_errors([{"id": "wire", "language": language}]))
    assert (errors == []) is valid


@settings(max_examples=200, deadline=None)
@given(record())
@example(("figures", {"id": "c-1", "name": "Pledge", "amount": 5, "currency": "USD",
                      "claims": [{"text": "Five.", "cite": [{"source": "article", "quote": "five"}]}]}))
def test_schema_and_validator_agree_on_every_record(generated):
    stem, values = generated
    text = yaml.safe_dump([values], allow_unicode=True, sort_keys=False)
    diagnostics = Diagnostics()
    try:
        document = yamlsource.parse(text)
    except yamlsource.YamlError as exc:  # a value YAML 1.1 and 1.2 read differently
        validator_errors = [problem.message for problem in exc.all()]
    else:
        RecordChecker(Path("content") / f"{stem}.yaml", diagnostics, SOURCE_IDS).record(stem, document[0], 0, document)
        validator_errors = [d.message for d in diagnostics.errors]
        if stem == "figures" and isinstance(values.get("id"), str) and names_a_figures_page_part(values["id"]):
            validator_errors.append("refused once the records are read (routes.check_collisions)")
    # The schema sees the file as editors do: read by a YAML 1.2 parser.
    schema_errors = [e.message for e in Validator(jsonschemas.schema_for(stem)).iter_errors(read_as_editors_do(text))]
    assert (validator_errors == []) == (schema_errors == []), (validator_errors, schema_errors)
