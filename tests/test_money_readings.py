"""How an energy economist's and a finance analyst's figures read and show: a currency English signs ("£2
billion", not "GBP 2 billion")."""
import csv
import io

import pytest

from briefgen import build


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
