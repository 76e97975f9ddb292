"""data/briefgen.schema.json describes data/briefgen.json (dataschema.py):
the data of briefs that use every part of it validates, and the schema holds
the data to its shape."""
import json
from pathlib import Path

import jsonschema
import pytest

from briefgen import build

import test_figures_page as figures
import test_status_translated as translated
from conftest import MINI
from test_disputes import CONTRADICTED

RESOLVED = ("- id: astana-forum-2024-status\n  question: Did the Astana forum take place?\n"
            "  resolution:\n    text: It met in Astana.\n    cite:\n      - source: article\n"
            "        quote: \"On 9 August 2024, the forum met in Astana\"\n")
UNNAMED_COUNTRY = "- id: eastland\n          name: Eastland\n"  # indented as MINI writes its files (dedented when written)


def briefs(make_project) -> dict[str, Path]:
    return {
        "figures, a loan among them": make_project({"seeds/article.txt": figures.ARTICLE + "Japan will lend $500 million "
                                                    "for a railway.\n", "content/figures.yaml": figures.FIGURES + figures.LOAN},
                                                   name="figures"),
        "a status read from a translation": translated.brief(make_project, translated.HELD, name="translated"),
        "a resolved status dispute, a country with no page": make_project({
            "seeds/wire.txt": "Wire report\nThe forum in Astana was postponed until next year.\n",
            "content/forums.yaml": CONTRADICTED.format(said="postponed"), "content/disputes.yaml": RESOLVED,
            "content/countries.yaml": MINI["content/countries.yaml"].rstrip(" ") + "        " + UNNAMED_COUNTRY}, name="disputed"),
        "an open status dispute": make_project({
            "seeds/wire.txt": "Wire report\nThe forum in Astana was postponed until next year.\n",
            "content/forums.yaml": CONTRADICTED.format(said="postponed")}, name="open"),
    }


def built_data(root: Path) -> tuple[dict, dict]:
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    data = root / "site" / "data"
    return (json.loads((data / "briefgen.schema.json").read_text(encoding="utf-8")),
            json.loads((data / "briefgen.json").read_text(encoding="utf-8")))


def test_the_data_of_every_kind_of_brief_validates_against_the_schema_published_beside_it(make_project):
    seen = set()
    for name, root in briefs(make_project).items():
        schema, data = built_data(root)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)] == [], name
        seen |= {r["kind"] for r in data["records"]}
        seen |= {"translation" for r in data["records"] for c in r["claims"] for cite in c["cite"] if "translation" in cite}
        seen |= {"resolution" for d in data["disputes"] if d["resolution"]}
        seen |= {"no page" for r in data["records"] if r["page"] is None}
    assert {"figure", "forum", "country", "translation", "resolution", "no page"} <= seen


def claimed(data: dict) -> dict:
    return next(record for record in data["records"] if record["claims"])


@pytest.mark.parametrize("change", [
    lambda data: claimed(data).update(extra=1),
    lambda data: claimed(data)["fields"].update(colour="red"),
    lambda data: claimed(data)["claims"][0].pop("sources"),
    lambda data: claimed(data)["claims"][0]["cite"][0].update(paragraph="3"),
    lambda data: data["sources"][0].pop("reliability"),
])
def test_the_schema_holds_the_data_to_its_shape(make_project, change):
    schema, data = built_data(briefs(make_project)["figures, a loan among them"])
    change(data)
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))
