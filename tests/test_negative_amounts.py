"""Amounts that go down as well as up: a figure's negative amount ("growth was −5%", "a balance of -$3
billion") is stated only by a quote's minus sign, in any language; it is shown as "−$3 billion" on the
figures page, in its CSV and in errors, and charted left of 0; a $0 figure is charted too, and the log
axis, which has neither, names the figures it leaves off."""
import csv
import io
import re

import pytest

from briefgen import build, check


def project(make_project, files: dict, language: str = "en"):
    return make_project({"briefgen.toml": f'[site]\ntitle = "Stats"\nlanguage = "{language}"\n', **files}, base=None)


def figure(fid: str, amount: int, money: str, sentence: str) -> str:
    return f"""
- id: {fid}
  name: {fid.replace("-", " ").capitalize()}
  amount: {amount}
  {money}
  claims:
    - text: "{sentence}"
      cite:
        - source: stats
          quote: "{sentence}"
"""


@pytest.mark.parametrize("language, growth, balance, currency", [
    ("en", "Export growth was −5% in 2023.", "The trade balance was -$3 billion.", "USD"),
    ("fr", "La croissance des exportations a été de −5 % en 2023.",
     "Le solde commercial a été de −3 milliards de dollars.", "USD"),
    ("es", "El crecimiento de las exportaciones fue de −5 % en 2023.",
     "El saldo comercial fue de -3.000 millones de euros.", "EUR"),
    ("zh", "2023年出口增长−5%。", "贸易差额为−30亿美元。", "USD"),
])
def test_a_negative_amount_is_stated_by_a_minus_sign_in_any_language(make_project, language, growth, balance,
                                                                        currency):
    root = project(make_project, {
        "seeds/stats.txt": f"Statistics\n{growth}\n{balance}\n",
        "content/figures.yaml": figure("export-growth", -5, "unit: percent", growth)
        + figure("trade-balance", -3000000000, f"currency: {currency}", balance)}, language)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text()))}
    assert rows["trade-balance"]["amount"] == "-3000000000" and rows["trade-balance"]["shown"].startswith("−")
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    assert '<td class="amount" data-label' in html and 'data-value="-3000000000"' in html


def test_a_figure_of_the_opposite_sign_to_its_quote_is_told_which_to_write(make_project):
    root = project(make_project, {
        "seeds/stats.txt": "Statistics\nExports fell 5% in 2023.\nThe balance was −$3 billion.\n",
        "content/figures.yaml": figure("export-fall", -5, "unit: percent", "Exports fell 5% in 2023.")
        + figure("trade-balance", 3000000000, "currency: USD", "The balance was −$3 billion.")})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/figures.yaml:3:11: error: amount −5 of figure 'export-fall' is not stated by any cited quote\n"
        "    hint: the quote says '5%', with no minus sign; write amount: 5, and say in the name what it measures"
        " ('Fall in exports', 'Trade deficit'): only a minus sign states a negative amount",
        "content/figures.yaml:13:11: error: amount $3 billion of figure 'trade-balance' is not stated by any cited"
        " quote\n    hint: the quote says '−$3 billion', with a minus sign; write amount: -3000000000"]


CHARTED = """Statistics
The trade balance was -$3 billion.
Japan pledged $1 billion for an airport.
The state paid $0 for the land.
"""


def test_negative_and_zero_amounts_are_charted_and_the_log_axis_names_those_it_leaves_off(make_project):
    root = project(make_project, {
        "seeds/stats.txt": CHARTED,
        "content/figures.yaml": figure("trade-balance", -3000000000, "currency: USD", "The trade balance was -$3 billion.")
        + figure("airport", 1000000000, "currency: USD", "Japan pledged $1 billion for an airport.")
        + figure("land", 0, "currency: USD", "The state paid $0 for the land.")})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    linear = re.search(r'<figure class="chart">.*?<details class="chart-log">', html, flags=re.S).group(0)
    # An axis from −$3 billion to $1 billion through $0 at 75%: the deficit's bar runs left from 0 to its amount.
    bars = {i: (x, w) for i, x, w in re.findall(
        r'href="#([a-z-]+)">.*?<rect class="bar bar-[a-z]+" x="([0-9.]+)" y="1.5" width="([0-9.]+)"',
        linear, flags=re.S)}
    assert bars == {"airport": ("75.0", "25.0"), "land": ("75.0", "0.3"), "trade-balance": ("0", "75.0")}
    ticks = re.findall(r'<span style="--at: ([0-9.]+)%">([^<]+)</span>', linear)
    assert ticks[0] == ("0.0", "−$3 billion") and ("75.0", "$0") in ticks and ticks[-1] == ("100.0", "$1 billion")
    assert "−$3 billion" in linear and ">$0<" in linear
    log = re.search(r'<details class="chart-log">(.*?)</details>', html, flags=re.S).group(1)
    assert re.findall(r'<a class="chart-name" href="#([a-z-]+)">', log) == ["airport"]
    assert ('Left off this scale, which has no zero nor negative numbers:\n<a href="#land">Land</a> ($0), '
            '<a href="#trade-balance">Trade balance</a> (−$3 billion)') in log


def test_a_lone_negative_amount_in_a_currency_is_charted_on_an_axis_up_to_zero(make_project):
    """One figure, −5 million euros, on the euro chart (the brief's main one: its only money is in euros): the
    axis runs from it to 0 (this was a crash)."""
    root = project(make_project, {
        "seeds/stats.txt": "Statistics\nThe balance fell to -€5 million.\n",
        "content/figures.yaml": figure("balance", -5000000, "currency: EUR", "The balance fell to -€5 million.")})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    ticks = re.findall(r'<span style="--at: ([0-9.]+)%">([^<]+)</span>', html.split('<figure class="chart">')[1])
    assert ticks[0] == ("0.0", "−€5 million") and ticks[-1][1] == "€0"


@pytest.mark.parametrize("before", [" ", "(", "\u00a0", "«", "\"", ";", "\n"])
@pytest.mark.parametrize("language, words", [("es", "El crecimiento fue de"), ("fr", "La croissance a été de"),
                                             ("de", "Das Wachstum betrug")])
def test_a_hyphen_is_a_minus_after_what_the_english_reader_reads_one_after(language, words, before):
    """The readers of other languages took a hyphen for a minus only after a space, a bracket or nothing:
    "«-5 %»", a quotation in the marks French and Spanish write, or "de\u00a0-5 %" after a no-break space, was
    read as +5, so a figure of -5 was refused and one of 5 proved. One rule (quantities.is_minus) for all."""
    from briefgen import cldrtext, quantities
    english = [q.amount for q in quantities.find_quantities(f"Growth was{before}-5% in 2023.")]
    other = [q.amount for q in cldrtext.find_amounts(f"{words}{before}-5 % en 2023.", language)]
    assert english == other == [-5]


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
def test_a_hyphen_that_joins_is_no_minus_in_any_language(language):
    from briefgen import cldrtext, quantities
    text = "2-5 % in 2023."
    found = quantities.find_quantities(text) if language == "en" else cldrtext.find_amounts(text, language)
    assert [q.amount for q in found] == [2, 5]
