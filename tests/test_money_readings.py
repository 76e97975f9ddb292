"""How an energy economist's and a finance analyst's figures read and show: a currency English signs ("£2
billion", not "GBP 2 billion"), a range of a unit's symbol ("2–3 GW"), a minus set as an en dash ("–5%"), and a
range of negative numbers ("-2 to -3%"), which states neither end."""
import csv
import io

import pytest

from briefgen import build, check
from briefgen.cldrtext import find_amounts
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


@pytest.mark.parametrize("text, expected", [
    ("Growth was –5% last year.", [(-5, None, "percent", None, None)]),
    ("The balance was –$3 billion.", [(-3000000000, "USD", None, None, None)]),
    ("a fall – 5% in all", [(5, None, "percent", None, None)]),  # a dash between clauses, spaced: no sign
    ("pages 10–20 of it", []),
])
def test_an_en_dash_glued_to_a_number_is_its_minus_sign(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("language, sentence", [
    ("en", "Growth was –5% last year."),
    ("fr", "La croissance a été de –5 % en 2023."),
])
def test_a_negative_figure_is_stated_by_a_quote_whose_minus_is_an_en_dash(make_project, language, sentence):
    assert errors(project(make_project, sentence, "  amount: -5\n  unit: percent", language)) == []


@pytest.mark.parametrize("text", [
    "Output fell to a range of -2 to -3% in the winter.", "between -2 and -3%", "between –2% and –3%", "-2–3%"])
def test_a_range_of_negative_numbers_states_neither_end(text):
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Growth went from -2% to -3%.", [(-2, None, "percent", None, None), (-3, None, "percent", None, None)]),
    ("The balance moved from −$2 billion to $1 billion.", [(-2000000000, "USD", None, None, None),
                                                           (1000000000, "USD", None, None, None)]),
])
def test_a_change_from_a_negative_amount_states_both_with_their_signs(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("language, text", [
    ("fr", "La production a baissé de -2 à -3 % en hiver."),
    ("de", "Das Wachstum lag bei -2 bis -3 %."),
    ("es", "El crecimiento fue de entre -2 y -3 %."),
    ("ru", "Рост составил от -2 до -3 %."),
])
def test_a_range_of_negative_numbers_states_neither_end_in_other_languages(language, text):
    assert find_amounts(text, language) == []


@pytest.mark.parametrize("language, sentence", [
    ("en", "Output fell to a range of -2 to -3% in the winter."),
    ("fr", "La production a baissé de -2 à -3 % en hiver."),
])
def test_an_exact_figure_citing_a_range_of_negative_numbers_is_an_error(make_project, language, sentence):
    found = errors(project(make_project, sentence, "  amount: -3\n  unit: percent", language))
    assert len(found) == 1 and "amount −3" in found[0] and "not stated by any cited quote" in found[0], found
