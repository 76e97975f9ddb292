"""One YAML for the editor and the build. Values that YAML 1.1 (PyYAML) and
YAML 1.2 (editors, check-jsonschema) read differently are errors with a hint;
unquoted ISO dates are the text they show; `4e9` is a number. The same
edge-case files go through `briefgen check` and through check-jsonschema
with the generated schemas, and both give the same verdict."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import check, jsonschemas, yamlsource
from briefgen.yamlplain import AMBIGUOUS_TEXT_PATTERN, ambiguity

from conftest import MINI, write_project

ARTICLE = """\
Forum report
On 9 August 2024, the forum met in Astana. More than 350 companies took part.
Japan pledged $4 billion for an airport in Uzbekistan.
"""

COUNTRY = "- id: {id}\n  name: Kazakhstan\n  focus: {focus}\n"
FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: {date}
  place: {place}
  countries: [kz]
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
"""
FIGURE = """\
- id: airport
  name: Airport pledge
  amount: {amount}
  currency: USD
  claims:
    - text: Japan pledged $4 billion.
      cite:
        - source: article
          quote: "Japan pledged $4 billion"
"""


def country(focus="true", id="kz"):
    return "countries", COUNTRY.format(focus=focus, id=id) + "- id: jp\n  name: Japan\n"


def forum(date="2024-08-09", place="Astana"):
    return "forums", FORUM.format(date=date, place=place)


def figure(amount="4000000000"):
    return "figures", FIGURE.format(amount=amount)


# name: (file stem, text, the start of briefgen's error or None when valid)
AGREE = {
    "focus-true": (*country("true"), None),
    "focus-yes": (*country("yes"), "ambiguous YAML: 'yes' is true in YAML 1.1 but text in YAML 1.2"),
    "focus-Off": (*country("Off"), "ambiguous YAML: 'Off' is false in YAML 1.1"),
    "focus-y": (*country("y"), "ambiguous YAML: 'y' is true in YAML 1.1"),
    "focus-n": (*country("n"), "ambiguous YAML: 'n' is false in YAML 1.1"),
    "focus-quoted-yes": (*country('"yes"'), "'focus' must be true or false, not text"),
    "id-no": (*country("true", id="no"), "ambiguous YAML: 'no' is false in YAML 1.1"),
    "place-on": (*forum(place="on"), "ambiguous YAML: 'on' is true in YAML 1.1"),
    "place-sexagesimal": (*forum(place="10:30"), "ambiguous YAML: '10:30' is a base-60 number in YAML 1.1"),
    "place-underscored": (*forum(place="4_000"), "ambiguous YAML: '4_000' is the number 4000 in YAML 1.1"),
    "place-binary": (*forum(place="0b101"), "ambiguous YAML: '0b101' is a binary number in YAML 1.1"),
    "place-octal-12": (*forum(place="0o17"), "ambiguous YAML: '0o17' is text in YAML 1.1 but the octal number 15"),
    "place-leading-zero": (*forum(place="017"), "ambiguous YAML: '017' is an octal number or text in YAML 1.1 but 17"),
    "date-unquoted-day": (*forum(date="2024-08-09"), None),
    "date-unquoted-month": (*forum(date="2024-08"), None),
    "date-unquoted-year": (*forum(date="2024"), None),
    "date-quoted": (*forum(date='"2024-08-09"'), None),
    "date-single-digit-month": (*forum(date="2024-8-9"), "invalid date in 'date'"),
    "date-with-time": (*forum(date="2024-08-09T10:00:00"), "invalid date in 'date'"),
    "date-short-year": (*forum(date="24"), "'date' must be an ISO date, not a number"),
    "amount-plain": (*figure("4000000000"), None),
    "amount-exponent": (*figure("4e9"), None),
    "amount-exponent-signed": (*figure("4.0e+9"), None),
    "amount-sexagesimal": (*figure("1:30"), "ambiguous YAML: '1:30' is a base-60 number in YAML 1.1"),
    "amount-quoted": (*figure('"4000000000"'), "'amount' must be a number, not text"),
    "claims-empty": ("forums", FORUM.format(date="2024-08-09", place="Astana").split("  claims:")[0] + "  claims: []\n",
                     "'claims' is empty; this record must state at least one claim"),
    "country-claims-empty": ("countries", COUNTRY.format(focus="true", id="kz") + "  claims: []\n- id: jp\n  name: Japan\n",
                             None),
}

# What no JSON Schema can see, so only `briefgen check` reports it:
SCHEMA_CANNOT_SEE = {
    # how a number was spelled: a YAML 1.2 reader hands the schema the number
    "amount-leading-zero": (*figure("04000000000"), "ambiguous YAML: '04000000000' is an octal number or text"),
    "amount-octal-12": (*figure("0o17"), "ambiguous YAML: '0o17' is text in YAML 1.1 but the octal number 15"),
    # check-jsonschema's parser, ruamel.yaml, reads these as YAML 1.1 does (a
    # YAML 1.2 core reader, such as editors', reads text, and the schema refuses it)
    "amount-underscored": (*figure("4_000_000_000"), "ambiguous YAML: '4_000_000_000' is the number 4000000000"),
    "amount-binary": (*figure("0b101"), "ambiguous YAML: '0b101' is a binary number in YAML 1.1"),
    # whether a value was quoted: the schema refuses a quoted "10:30" as if it were not
    "place-quoted-sexagesimal": (*forum(place='"10:30"'), None),
    # relations between records
    "part-of-itself": ("forums", FORUM.format(date="2024-08-09", place="Astana").replace(
        "  countries: [kz]\n", "  countries: [kz]\n  part_of: astana-forum-2024\n"),
        "forum 'astana-forum-2024' is part_of itself"),
}


def briefgen_verdict(tmp_path: Path, name: str, stem: str, text: str) -> list[str]:
    root = write_project(tmp_path / "projects" / name, {**MINI, "seeds/article.txt": ARTICLE, f"content/{stem}.yaml": text})
    return [d.format() for d in check(root).diagnostics.errors]


def schema_verdicts(tmp_path: Path, cases: dict) -> dict[str, list[str]]:
    """check-jsonschema, one run per schema, with the schemas `briefgen schemas` writes."""
    schemas = tmp_path / "schemas"
    jsonschemas.write_schemas(schemas)
    checker = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    verdicts = {name: [] for name in cases}
    for stem in sorted({stem for stem, _, _ in cases.values()}):
        files = []
        for name, (case_stem, text, _) in cases.items():
            if case_stem == stem:
                path = tmp_path / "files" / name / f"{stem}.yaml"
                path.parent.mkdir(parents=True)
                path.write_text(text, encoding="utf-8")
                files.append(str(path))
        done = subprocess.run([checker, "--schemafile", str(schemas / f"{stem}.schema.json"), "-o", "json", *files],
                              capture_output=True, text=True)
        report = json.loads(done.stdout)
        assert report.get("parse_errors", []) == [], report  # an all-valid run reports none
        for error in report["errors"]:
            verdicts[Path(error["filename"]).parent.name].append(f"{error['path']}: {error['message']}")
    return verdicts


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("yaml12")
    cases = AGREE | SCHEMA_CANNOT_SEE
    schema = schema_verdicts(tmp_path, cases)
    build = {name: briefgen_verdict(tmp_path, name, stem, text) for name, (stem, text, _) in cases.items()}
    return build, schema


@pytest.mark.parametrize("name", AGREE)
def test_briefgen_and_check_jsonschema_agree(verdicts, name):
    build, schema = verdicts
    expected = AGREE[name][2]
    if expected is None:
        assert build[name] == [] and schema[name] == []
    else:
        assert len(build[name]) == 1 and expected in build[name][0], build[name]
        assert schema[name] != []


@pytest.mark.parametrize("name", SCHEMA_CANNOT_SEE)
def test_what_only_briefgen_can_see_is_known(verdicts, name):
    build, schema = verdicts
    expected = SCHEMA_CANNOT_SEE[name][2]
    if expected is None:
        assert build[name] == [] and schema[name] != []
    else:
        assert len(build[name]) == 1 and expected in build[name][0], build[name]
        assert schema[name] == []


def test_the_error_points_at_the_value_and_says_what_to_write(make_project):
    root = make_project({"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: yes\n- id: jp\n  name: Japan\n  focus: NO\n"})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/countries.yaml:3:10: error: ambiguous YAML: 'yes' is true in YAML 1.1 but text in YAML 1.2 (editors)\n"
        "    hint: write true for a yes/no field, or quote it (\"yes\") if you mean the word",
        "content/countries.yaml:6:10: error: ambiguous YAML: 'NO' is false in YAML 1.1 but text in YAML 1.2 (editors)\n"
        "    hint: write false for a yes/no field, or quote it (\"NO\") if you mean the word"]


def test_front_matter_follows_the_same_rule(make_project):
    root = make_project({"seeds/article.txt": "---\ntitle: Forum report\nlanguage: no\n---\n" + ARTICLE})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.startswith("seeds/article.txt:3:11: error: ambiguous YAML: 'no' is false in YAML 1.1")


def test_unquoted_dates_keep_their_precision():
    data = yamlsource.parse("a: 2024-08-09\nb: 2024-08\nc: 2024\nd: 2024-08-09/2024-08-10\n")
    assert data == {"a": "2024-08-09", "b": "2024-08", "c": 2024, "d": "2024-08-09/2024-08-10"}


def test_an_unquoted_year_is_a_date_of_year_precision(make_project):
    root = make_project({"content/forums.yaml": FORUM.format(date="2024", place="Astana")})
    [alternative] = check(root).library.records["astana-forum-2024"].alternatives("date")
    assert alternative.value.iso() == "2024"


@pytest.mark.parametrize("text, number", [("4e9", 4e9), ("1.5e9", 1.5e9), ("+.5", 0.5), ("1E+3", 1000.0)])
def test_numbers_only_yaml_12_reads_as_numbers_are_numbers(text, number):
    assert yamlsource.parse(f"amount: {text}") == {"amount": number}


def test_a_part_of_loop_is_an_error(make_project):
    meetings = """\
        - id: talks-a
          name: Talks A
          part_of: talks-b
          claims:
            - text: The forum met.
              cite:
                - source: article
                  quote: "the forum met in Astana"
        - id: talks-b
          name: Talks B
          part_of: talks-a
          claims:
            - text: The forum met.
              cite:
                - source: article
                  quote: "the forum met in Astana"
        """
    root = make_project({"content/meetings.yaml": meetings})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/meetings.yaml:3:12: error: meeting 'talks-a' is part of itself (talks-a → talks-b → talks-a)\n"
        "    hint: point part_of at the larger event this one belonged to, or remove it"]


@pytest.mark.parametrize("text", ["yes", "No", "OFF", "y", "N", "10:30", "1:30.5", "0b101", "4_000", "1_000.5", "._5"])
def test_the_schema_pattern_refuses_the_text_forms_briefgen_refuses(text):
    assert re.search(AMBIGUOUS_TEXT_PATTERN, text) and ambiguity(text)


@pytest.mark.parametrize("text", ["yesterday", "Norway", "0:30", "10:30 am", "2024-08-09", "4e9", "snake_case", "17"])
def test_the_schema_pattern_leaves_other_text_alone(text):
    assert not re.search(AMBIGUOUS_TEXT_PATTERN, text) and ambiguity(text) is None
