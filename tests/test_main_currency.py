"""A brief whose money is mostly in one currency other than the dollar (an EU
brief in euros, a Japanese one in yen) compares and charts its amounts in that
currency: the figures page's main chart and the home page's headline figures
rank its euros, and the dollars no source converts get a chart of their own,
as euros do in a brief of dollars. briefgen converts nothing."""
import re

from briefgen import build

ARTICLE = """\
Raw materials report
Leaders announced a Global Gateway investment agenda of more than €45 billion.
The Commission expects capital investment of €22.5 billion.
The European Investment Bank is ready to lend up to €500 million.
Washington has committed $250 million to the corridor.
Brussels offered $3 billion, or €2.8 billion, for refining.
"""


def figure(id_, name, type_, amount, currency, quote, extra=""):
    return f"""
- id: {id_}
  name: {name}
  type: {type_}
  amount: {amount}
  currency: {currency}{extra}
  claims:
    - text: "{quote}"
      cite:
        - source: report
          quote: "{quote}"
"""


EURO_FIGURES = (
    figure("agenda", "Investment agenda", "investment", 45000000000, "EUR",
           "Leaders announced a Global Gateway investment agenda of more than €45 billion.", "\n  qualifier: more-than")
    + figure("capex", "Capital investment", "investment", 22500000000, "EUR",
             "The Commission expects capital investment of €22.5 billion.")
    + figure("eib", "EIB lending", "loan", 500000000, "EUR",
             "The European Investment Bank is ready to lend up to €500 million.", "\n  qualifier: up-to")
    + figure("corridor", "Corridor pledge", "pledge", 250000000, "USD",
             "Washington has committed $250 million to the corridor.")
    + figure("refining", "Refining offer", "investment", 3000000000, "USD",
             "Brussels offered $3 billion, or €2.8 billion, for refining.",
             "\n  equivalent: {amount: 2800000000, currency: EUR}"))


def built(make_project, figures):
    root = make_project({"seeds/article.txt": ARTICLE, "content/figures.yaml": figures, "content/forums.yaml": None})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def test_a_brief_of_euros_charts_euros_and_gives_unconverted_dollars_a_chart_of_their_own(make_project):
    html = (built(make_project, EURO_FIGURES) / "figures" / "index.html").read_text(encoding="utf-8")
    main = re.search(r'<figure class="chart">(.*?)<details class="chart-log">', html, flags=re.S).group(1)
    assert "Money amounts in EUR, on a linear scale" in main
    assert "US dollars" not in main
    # The refining offer's source gives it in euros too: it is charted among them, at €2.8 billion.
    assert re.findall(r'<a class="chart-name" href="#([a-z-]+)">', main) == ["agenda", "capex", "refining", "eib"]
    others = re.findall(r'<figure class="chart chart-other">\s*<figcaption dir="auto">([^<]*)</figcaption>(.*?)</figure>',
                        html, flags=re.S)
    assert [caption for caption, _ in others] == [
        "Amounts in USD that no source converts to EUR, on a chart of their own (linear scale), grouped by type."]
    assert re.findall(r'<a class="chart-name" href="#([a-z-]+)">', others[0][1])[:1] == ["corridor"]


def test_a_brief_of_euros_headlines_its_largest_euro_amounts_first(make_project):
    html = (built(make_project, EURO_FIGURES) / "index.html").read_text(encoding="utf-8")
    headline = re.search(r"<h2>Headline figures</h2>(.*?)</ul>", html, flags=re.S).group(1)
    assert re.findall(r'href="figures/#([a-z-]+)"', headline) == ["agenda", "capex", "refining", "eib"]


def test_amounts_sort_by_their_value_in_the_briefs_currency(make_project):
    html = (built(make_project, EURO_FIGURES) / "figures" / "index.html").read_text(encoding="utf-8")
    refining = re.search(r'<tr id="refining">.*?</tr>', html, flags=re.S).group(0)
    assert 'data-value="2800000000"' in refining


def test_dollars_stay_the_chart_of_a_brief_whose_currencies_tie(make_project):
    figures = (figure("agenda", "Investment agenda", "investment", 45000000000, "EUR",
                      "Leaders announced a Global Gateway investment agenda of more than €45 billion.",
                      "\n  qualifier: more-than")
               + figure("corridor", "Corridor pledge", "pledge", 250000000, "USD",
                        "Washington has committed $250 million to the corridor."))
    html = (built(make_project, figures) / "figures" / "index.html").read_text(encoding="utf-8")
    main = re.search(r'<figure class="chart">(.*?)<details class="chart-log">', html, flags=re.S).group(1)
    assert "Money amounts in US dollars" in main
    assert "Amounts in EUR that no source converts to US dollars" in html


def test_a_brief_of_euros_charts_an_amount_a_year_in_euros_apart_from_its_totals(make_project):
    """Two features met here: the main currency (euros) and amounts per a period, charted apart from totals
    in any currency, the main one too."""
    article = ARTICLE + "The bank will also lend €100 million a year for five years.\n"
    yearly = figure("yearly", "Yearly lending", "loan", 100000000, "EUR",
                    "The bank will also lend €100 million a year for five years.", "\n  period: a year")
    root = make_project({"seeds/article.txt": article, "content/figures.yaml": EURO_FIGURES + yearly,
                         "content/forums.yaml": None})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    main = re.search(r'<figure class="chart">(.*?)<details class="chart-log">', html, flags=re.S).group(1)
    assert "Money amounts in EUR" in main and "Capital investment" in main and "Yearly lending" not in main
    others = re.findall(r'<figure class="chart chart-other">\s*<figcaption dir="auto">(.*?)</figcaption>(.*?)</figure>',
                        html, flags=re.S)
    per_year = [body for caption, body in others if caption.startswith("Amounts in EUR a year")]
    assert len(per_year) == 1 and "Yearly lending" in per_year[0] and "Capital investment" not in per_year[0]
    assert any(caption.startswith("Amounts in USD that no source converts to EUR") for caption, _ in others)
