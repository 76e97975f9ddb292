"""A percentage (`unit: percent`) is shown with the percent sign where and as the brief's language sets it
("91%", "91 %", "%91"), never as the English word "percent" in a brief in French or Chinese."""
import csv
import io

import pytest

from briefgen import build


@pytest.mark.parametrize("language, sentence, shown", [
    ("en", "Tariffs fell on 91% of goods.", "91%"),
    ("en", "Export growth was −2.5% in 2023.", "−2.5%"),
    ("fr", "Les droits de douane ont baissé sur 91 % des biens.", "91\u00a0%"),
    ("de", "Das Wachstum lag bei −2,5 % im Jahr 2023.", "−2,5\u00a0%"),
    ("tr", "Malların %91'inde gümrük vergisi düştü.", "%91"),
    ("zh", "91%的商品关税下降。", "91%"),
])
def test_a_percentage_is_shown_with_its_languages_percent_sign(make_project, language, sentence, shown):
    amount = shown.replace("\u00a0", "").replace("%", "").replace(",", ".").replace("−", "-")
    root = make_project({
        "briefgen.toml": f'[site]\ntitle = "Stats"\nlanguage = "{language}"\n',
        "seeds/stats.txt": f"Statistics\n{sentence}\n",
        "content/figures.yaml": f"""
            - id: share
              name: Share
              amount: {amount}
              unit: percent
              claims:
                - text: "{sentence}"
                  cite:
                    - source: stats
                      quote: "{sentence}"
            """}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    assert f'<span class="value">{shown}</span>' in html
    [row] = csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text(encoding="utf-8")))
    assert row["shown"] == shown


def test_a_percentage_is_listed_among_percentages_not_counts(make_project):
    """"Export growth, −5%" is no count of things, as "more than 120 companies" is."""
    sentence = "Export growth was −5% in 2023, and 120 companies exported."
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Stats"\nlanguage = "fr"\n',
        "seeds/stats.txt": f"Statistics\n{sentence}\n",
        "content/figures.yaml": "".join(f"""
            - id: {fid}
              name: {fid}
              amount: {amount}
              unit: {unit}
              claims:
                - text: "{sentence}"
                  cite:
                    - source: stats
                      quote: "{sentence}"
            """ for fid, amount, unit in (("growth", -5, "percent"), ("firms", 120, "companies")))}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    assert '<td data-label="Type" data-value="5">Pourcentage</td>' in html
    assert '<td data-label="Type" data-value="6">Décompte</td>' in html
    rows = {r["id"]: r["type"] for r in csv.DictReader(io.StringIO(
        (root / "site" / "data" / "figure.csv").read_text(encoding="utf-8")))}
    assert rows == {"growth": "percentage", "firms": "count"}
