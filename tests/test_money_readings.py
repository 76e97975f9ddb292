"""How an energy economist's and a finance analyst's figures read and show: a currency English signs ("£2
billion", not "GBP 2 billion"), and a range of a unit's symbol ("2–3 GW")."""
import csv
import io

import pytest

from briefgen import build, check
from briefgen.quantities import find_quantities


def read(text: str) -> list[tuple]:
    return [(q.amount, q.currency, q.unit, q.qualifier, q.per) for q in find_quantities(text)]


def project(make_project, sentence: str, fields: str, language: str = "en"):
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Money"\nlanguage = "{language}"\n',
        "seeds/money.txt": f"Money\n{sentence}\n",
        "content/figures.yaml": f"""
- id: the-figure
  name: The figure
{fields}
  claims:
    - text: "{sentence}"
      cite:
        - source: money
          quote: "{sentence}"
"""}, base=None)


def errors(root) -> list[str]:
    return [d.format() for d in check(root).diagnostics.errors]


@pytest.mark.parametrize("currency, sentence, shown", [
    ("GBP", "Britain pledged £2 billion for the grid link.", "£2 billion"),
    ("CNY", "China lent CNY 3 billion for the pipeline.", "CN¥3 billion"),
    ("KZT", "Kazakhstan set aside KZT 500 billion for the plants.", "KZT 500 billion"),  # CLDR's English has no sign
])
def test_an_english_brief_shows_a_currency_as_cldrs_english_signs_it_on_the_page_and_in_the_csv(
        make_project, currency, sentence, shown):
    amount = {"GBP": 2 * 10**9, "CNY": 3 * 10**9, "KZT": 500 * 10**9}[currency]
    root = project(make_project, sentence, f"  amount: {amount}\n  currency: {currency}")
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    rows = list(csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text(encoding="utf-8"))))
    assert (rows[0]["currency"], rows[0]["shown"]) == (currency, shown)  # the data keeps the ISO code
    assert f">{shown}<" in (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    ("Wind capacity will reach 2–3 GW.", [(2, None, "gigawatts", "at-least", None),
                                          (3, None, "gigawatts", "up-to", None)]),
    ("between 10 and 15 km of road", [(10, None, "kilometres", "at-least", None),
                                      (15, None, "kilometres", "up-to", None)]),
    ("The fields pump 1.5-2 million bpd.", [(1500000, None, "barrels", "at-least", "day"),
                                            (2000000, None, "barrels", "up-to", "day")]),
])
def test_a_range_of_a_units_symbol_states_its_bounds_in_that_unit(text, expected):
    assert read(text) == expected


def test_a_figure_bounded_by_a_range_in_gigawatts_is_stated_and_an_exact_one_is_not(make_project):
    sentence = "Wind capacity will reach 2–3 GW."
    assert errors(project(make_project, sentence, "  amount: 3\n  unit: GW\n  qualifier: up-to")) == []
    assert len(errors(project(make_project, sentence, "  amount: 3\n  unit: GW"))) == 1
