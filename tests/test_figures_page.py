"""The figures page on a small fixture brief: a linear axis with ticks (log
only on request), figures grouped by type, a table with date, type, by, to
and source, conversions only as the sources give them, and a CSV that
carries the citations."""
import csv
import io
import re

import pytest

from briefgen import build, check
from browser import chromium_browser, serve_directory

ARTICLE = """\
Forum report
On 9 August 2024, the forum met in Astana. More than 350 companies took part.
Japan pledged $1 billion for an airport in Kazakhstan.
Japan will give a grant of $100 million for water projects.
Japan set a target of 3 trillion yen, equivalent to $19 billion, over five years.
A fund of 5 billion yen was announced for training.
"""

FIGURES = """\
- id: companies
  name: Companies taking part
  amount: 350
  unit: companies
  qualifier: more-than
  event: astana-forum-2024
  claims:
    - text: More than 350 companies took part.
      cite:
        - source: report
          quote: "More than 350 companies took part."
- id: airport
  name: Airport pledge
  type: pledge
  amount: 1000000000
  currency: USD
  by: [jp]
  to: [kz]
  date: 2024-08-09
  claims:
    - text: Japan pledged $1 billion for an airport.
      cite:
        - source: report
          quote: "Japan pledged $1 billion for an airport in Kazakhstan."
        - source: report
          quote: "On 9 August 2024, the forum met in Astana."
- id: water
  name: Water grant
  type: grant
  amount: 100000000
  currency: USD
  by: [jp]
  claims:
    - text: Japan will give $100 million for water projects.
      cite:
        - source: report
          quote: "Japan will give a grant of $100 million for water projects."
- id: five-year-target
  name: Five-year target
  type: target
  amount: 3000000000000
  currency: JPY
  equivalent: {amount: 19000000000, currency: USD}
  claims:
    - text: "=Japan set a target of 3 trillion yen, given as $19 billion."
      cite:
        - source: report
          quote: "Japan set a target of 3 trillion yen, equivalent to $19 billion, over five years."
- id: training-fund
  name: Training fund
  type: investment
  amount: 5000000000
  currency: JPY
  claims:
    - text: A fund of 5 billion yen was announced.
      cite:
        - source: report
          quote: "A fund of 5 billion yen was announced for training."
"""


def built(make_project, figures=FIGURES):
    root = make_project({"seeds/article.txt": ARTICLE, "content/figures.yaml": figures})
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def chart(html: str) -> str:
    return re.search(r'<figure class="chart">.*?<details class="chart-log">', html, flags=re.S).group(0)


def test_the_chart_is_linear_with_tick_labels_and_grouped_by_type(make_project):
    html = (built(make_project) / "figures" / "index.html").read_text(encoding="utf-8")
    linear = chart(html)
    assert "linear scale" in linear
    # $19 billion tops out a $20 billion axis: widths are proportional to the amounts.
    widths = dict(re.findall(r'href="#([a-z-]+)">.*?<rect class="bar bar-[a-z]+" x="0" y="1.5" width="([0-9.]+)"',
                             linear, flags=re.S))
    assert widths == {"five-year-target": "95.0", "airport": "5.0", "water": "0.5"}
    ticks = re.findall(r'<span style="--at: ([0-9.]+)%">([^<]+)</span>', linear)
    assert ticks == [("0.0", "$0"), ("25.0", "$5 billion"), ("50.0", "$10 billion"), ("75.0", "$15 billion"),
                     ("100.0", "$20 billion")]
    assert re.findall(r'<p class="chart-group">([^<]+)</p>', linear) == ["Targets", "Pledges", "Grants"]


def test_a_disputed_amount_is_charted_with_every_value_its_sources_give(make_project):
    disputed = FIGURES.replace("""  amount: 100000000
  currency: USD""", """  amount:
    - value: 100000000
      cite:
        - source: report
          quote: "Japan will give a grant of $100 million for water projects."
    - value: 1000000000
      cite:
        - source: report
          quote: "Japan pledged $1 billion for an airport in Kazakhstan."
  currency: USD""")
    linear = chart((built(make_project, disputed) / "figures" / "index.html").read_text(encoding="utf-8"))
    row = re.search(r'href="#water">.*?</div>', linear, flags=re.S).group(0)
    # The bar reaches the least value, shaded on to the most; the label gives both, and says so.
    assert '<rect class="bar bar-grant" x="0" y="1.5" width="0.5" height="7"/>' in row
    assert '<rect class="bar bar-grant bar-disputed" x="0.5" y="1.5" width="4.5" height="7"/>' in row
    assert "$100 million – $1 billion (disputed)" in row


def test_a_log_scale_is_offered_only_on_request_and_labelled(make_project):
    html = (built(make_project) / "figures" / "index.html").read_text(encoding="utf-8")
    log = re.search(r'<details class="chart-log">(.*?)</details>', html, flags=re.S).group(1)
    assert '<summary dir="auto">Show the same amounts on a logarithmic scale</summary>' in log
    assert "Logarithmic scale" in log and "$10 billion" in log and "$100 million" in log


def test_conversions_come_only_from_the_source(make_project):
    html = (built(make_project) / "figures" / "index.html").read_text(encoding="utf-8")
    # The yen target is charted through the conversion its source gives, marked as such ...
    assert "$19 billion*" in chart(html)
    row = re.search(r'<tr id="five-year-target">(.*?)</tr>', html, flags=re.S).group(1)
    assert "≈ $19 billion, as the source converts it" in row and 'class="cite"' in row.split("≈")[1]
    # ... and a yen amount without one is in the table, never on the dollar chart (it has one of its own).
    assert "training-fund" not in chart(html)
    assert '<tr id="training-fund">' in html and "¥5 billion" in html


def test_a_sort_key_is_the_number_as_written_plainly(make_project):
    figures = FIGURES.replace("amount: 1000000000", "amount: 1e9").replace("amount: 350", "amount: 3.5e2")
    html = (built(make_project, figures) / "figures" / "index.html").read_text(encoding="utf-8")
    keys = dict(re.findall(r'<tr id="([a-z-]+)">.*?data-label="Amount" data-value="([^"]*)"', html, flags=re.S))
    assert (keys["airport"], keys["companies"]) == ("1000000000", "350")


def test_the_table_has_type_amount_date_by_to_and_source_and_sort_keys(make_project):
    html = (built(make_project) / "figures" / "index.html").read_text(encoding="utf-8")
    headers = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', html)
    assert headers == ["Figure", "Type", "Amount", "Date", "By", "To", "Source"]
    rows = re.findall(r'<tr id="([a-z-]+)">', html)
    assert rows == ["five-year-target", "airport", "training-fund", "water", "companies"]  # grouped by type
    airport = re.search(r'<tr id="airport">(.*?)</tr>', html, flags=re.S).group(1)
    assert '<td data-label="Type" data-value="1">Pledge</td>' in airport
    assert 'data-value="1000000000"' in airport
    assert '<td data-label="Date" data-value="2024-08-09"><time datetime="2024-08-09">9 Aug 2024</time>' in airport
    assert ">Japan</a>" in airport.split('data-label="By"')[1].split("</td>")[0]
    assert ">Kazakhstan</a>" in airport.split('data-label="To"')[1].split("</td>")[0]
    assert 'class="cite"' in airport.split('class="sources"')[1]
    assert 'src="../assets/sortable.js"' in html


def test_a_conversion_the_source_qualifies_carries_its_qualifier(make_project):
    about = ARTICLE.replace("equivalent to $19 billion", "equivalent to about $19 billion")
    figures = FIGURES.replace("equivalent to $19 billion", "equivalent to about $19 billion").replace(
        "given as $19 billion", "given as about $19 billion")  # the claim keeps the quote's bound too
    root = make_project({"seeds/article.txt": about, "content/figures.yaml": figures})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/figures.yaml:43:15: error: amount $19 billion of figure 'five-year-target' is not stated by any "
        "cited quote\n    hint: the quote says 'about $19 billion'; set equivalent.qualifier: about"]
    (root / "content" / "figures.yaml").write_text(
        figures.replace("currency: USD}", "currency: USD, qualifier: about}", 1), encoding="utf-8")
    result = build(root, out=root / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    assert "about $19 billion, as the source converts it" in html and "≈ about" not in html  # "about" once
    csv_before = (root / "site" / "data" / "figure.csv").read_bytes()
    [target] = [r for r in csv.DictReader(io.StringIO(csv_before.decode("utf-8"))) if r["id"] == "five-year-target"]
    assert (target["equivalent_amount"], target["equivalent_currency"], target["equivalent_qualifier"]) == (
        "19000000000", "USD", "about")
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    again = build(root, out=root / "site", strict=True)  # the figures come from the checked-records cache
    assert again.ok and again.reused is None
    assert (root / "site" / "data" / "figure.csv").read_bytes() == csv_before
    (root / "content" / "figures.yaml").write_text(
        figures.replace("currency: USD}", "currency: USD, qualifier: roughly}", 1), encoding="utf-8")
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.startswith("content/figures.yaml:43:63: error: 'qualifier' must be one of more-than, over,")


def test_the_csv_is_the_table_with_its_citations(make_project):
    site = built(make_project)
    rows = list(csv.DictReader(io.StringIO((site / "data" / "figure.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["five-year-target", "airport", "training-fund", "water", "companies"]
    target = rows[0]
    assert (target["type"], target["amount"], target["currency"]) == ("target", "3000000000000", "JPY")
    assert (target["equivalent_amount"], target["equivalent_currency"]) == ("19000000000", "USD")
    assert re.fullmatch(r"sources/article/#q-[0-9a-f]{10} \(¶5\)", target["equivalent_source"])
    assert "Japan set a target of 3 trillion yen" in target["citations"]
    airport = rows[1]
    assert (airport["by"], airport["to"], airport["date"]) == ("jp", "kz", "2024-08-09")
    assert airport["citations"].count("sources/article/#q-") == 2
    assert airport["sources"] == "Forum report" and airport["page"] == "figures/#airport"
    # As the table shows it: "350+" would read as 350 or more.
    assert rows[-1]["type"] == "count" and rows[-1]["shown"] == "more than 350 companies"


@pytest.mark.parametrize("publishers, listed", [
    (("Daily Post", "Evening Star"), "Pledge (Daily Post) | Pledge (Evening Star)"),
    (("Daily Post", "Daily Post"), "Pledge (first) | Pledge (second)"),  # one outlet's two articles
])
def test_the_csv_lists_every_source_of_a_figure_though_two_share_a_title(make_project, publishers, listed):
    """Two articles under one headline are two sources: the sources column listed the title once, so a
    figure on two read as resting on one."""
    pledge = "Japan pledged $1 billion for an airport in Kazakhstan."
    figures = FIGURES.replace('''        - source: report
          quote: "On 9 August 2024, the forum met in Astana."''', f'''        - source: report
          quote: "On 9 August 2024, the forum met in Astana."
        - source: first
          quote: "{pledge}"
        - source: second
          quote: "{pledge}"''')
    root = make_project({"seeds/article.txt": ARTICLE, "content/figures.yaml": figures,
                         "seeds/first.txt": f"Pledge\n{pledge}\n", "seeds/second.txt": f"Pledge\n{pledge} More follows.\n",
                         "content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n"
                         + "".join(f"- id: {sid}\n  title: Pledge\n  publisher: {publisher}\n"
                                   for sid, publisher in zip(("first", "second"), publishers))})
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text()))}
    assert rows["airport"]["sources"] == f"Forum report | {listed}"
    assert rows["water"]["sources"] == "Forum report"


def test_the_data_file_cites_a_conversion_as_the_table_and_csv_do(make_project):
    """The figures table and figure.csv cite the passage giving "$19 billion"
    for 3 trillion yen; data/briefgen.json gave the conversion bare, so a
    script could not tell where the dollars came from."""
    import json
    site = built(make_project)
    data = json.loads((site / "data" / "briefgen.json").read_text(encoding="utf-8"))
    equivalent = next(r for r in data["records"] if r["id"] == "five-year-target")["fields"]["equivalent"]
    [row] = [r for r in csv.DictReader(io.StringIO((site / "data" / "figure.csv").read_text(encoding="utf-8")))
             if r["id"] == "five-year-target"]
    assert (equivalent["amount"], equivalent["currency"]) == (19000000000, "USD")
    [cite] = equivalent["cite"]
    assert (cite["source"], cite["paragraph"], cite["quote"]) == (
        "article", 5, "Japan set a target of 3 trillion yen, equivalent to $19 billion, over five years.")
    assert row["equivalent_source"] == f"{cite['href']} (¶5)"
    table = (site / "figures" / "index.html").read_text(encoding="utf-8")
    assert f'href="../{cite["href"]}"' in table


def test_the_csv_shows_amounts_in_the_briefs_language(make_project):
    root = make_project({"seeds/article.txt": ARTICLE, "content/figures.yaml": FIGURES,
                         "briefgen.toml": '[site]\nlanguage = "fr"\n',
                         "content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n  language: en\n"})
    assert build(root, out=root / "site").ok
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text()))}
    assert rows["companies"]["shown"] == "plus de 350 companies"
    assert rows["airport"]["shown"] == "1 milliard\u00a0$US"


def test_csv_cells_never_start_a_formula(make_project):
    figures = FIGURES.replace("name: Water grant", 'name: "=HYPERLINK(\\"http://x\\")"')
    rows = list(csv.reader(io.StringIO((built(make_project, figures) / "data" / "figure.csv").read_text(encoding="utf-8"))))
    assert not [cell for row in rows for cell in row if cell and cell[0] in "=+-@"]
    assert next(row for row in rows if row[0] == "water")[1] == "'=HYPERLINK(\"http://x\")"


def test_a_figure_type_must_be_one_of_the_known_ones(make_project):
    root = make_project({"seeds/article.txt": ARTICLE,
                         "content/figures.yaml": FIGURES.replace("type: grant", "type: gift")})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert len(errors) == 1 and errors[0].startswith(
        "content/figures.yaml:29:9: error: 'type' must be one of target, pledge, grant, investment, loan, count; got 'gift'")



LOAN = """\
- id: rail-loan
  name: Rail loan
  type: loan
  amount: 500000000
  currency: USD
  by: [jp]
  claims:
    - text: Japan will lend $500 million for a railway.
      cite:
        - source: report
          quote: "Japan will lend $500 million for a railway."
"""


@pytest.mark.parametrize("language, group, one", [("en", "Loans", "Loan"), ("fr", "Prêts", "Prêt")])
def test_a_loan_is_a_type_of_its_own_never_counted_among_grants(make_project, language, group, one):
    """Lent money is repaid: a reader comparing aid must not find it among the grants."""
    root = make_project({"seeds/article.txt": ARTICLE + "Japan will lend $500 million for a railway.\n",
                         "content/figures.yaml": FIGURES + LOAN,
                         "briefgen.toml": f'[site]\nlanguage = "{language}"\n',
                         "content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n  language: en\n"})
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    groups = re.findall(r'<p class="chart-group">([^<]+)</p>', chart(html))
    assert groups[2:] == [group, {"en": "Grants", "fr": "Subventions"}[language]]  # after pledges, apart from grants
    assert re.search(rf'<tr id="rail-loan".*?{one}</td>', html, flags=re.S)
    rows = list(csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows if r["type"] == "loan"] == ["rail-loan"]
    assert [r["type"] for r in rows].index("loan") < [r["type"] for r in rows].index("grant")

@pytest.mark.parametrize("figure_id", ["main", "references-title", "ref-report", "dispute-x", "c-met"])
def test_a_figure_may_not_take_an_id_its_page_gives_one_of_its_own_parts(make_project, figure_id):
    root = make_project({"seeds/article.txt": ARTICLE, "content/figures.yaml": FIGURES.replace(
        "- id: companies", f"- id: {figure_id}", 1)})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert errors == [f"content/figures.yaml:1:7: error: figure '{figure_id}' takes an id the figures page gives "
                      "one of its own parts\n    hint: rename it: 'main', 'references-title' and ids starting "
                      "'ref-', 'dispute-' or 'c-' name parts of that page, and a link to the figure would land there"]


def test_the_home_page_headlines_figures_in_any_currency(make_project):
    html = (built(make_project) / "index.html").read_text(encoding="utf-8")
    headline = re.search(r"<h2>Headline figures</h2>(.*?)</ul>", html, flags=re.S).group(1)
    assert "Five-year target" in headline and "¥3 trillion" in headline
    assert "≈ $19 billion, as the source converts it" in headline
    assert "Training fund" in headline  # yen only: no dollar value, still a headline


def test_sorting_by_amount_compares_dollars_with_dollars_never_yen_or_companies(make_project):
    """Dollars (stated, or as a source converts them) sort first, then each
    other currency, then each unit of count; within each, by amount."""
    site = built(make_project)
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/")
        sort = page.locator("th[data-sort] button.sort", has_text="Amount")
        order = "() => Array.from(document.querySelectorAll('table.figures tbody tr')).map(r => r.id)"
        sort.click()
        assert page.evaluate(order) == ["water", "airport", "five-year-target", "training-fund", "companies"]
        sort.click()
        assert page.evaluate(order) == ["five-year-target", "airport", "water", "training-fund", "companies"]


def test_a_sorted_table_is_kept_in_the_address_so_a_reload_or_a_shared_link_opens_it_sorted(make_project):
    """An analyst sorted the figures by amount and sent the link: it opened sorted by type."""
    site = built(make_project)
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/#airport")
        order = "() => Array.from(document.querySelectorAll('table.figures tbody tr')).map(r => r.id)"
        sorted_by = "() => [document.querySelector('th[aria-sort]').textContent, document.querySelector('th[aria-sort]').getAttribute('aria-sort')]"
        by_type = page.evaluate(order)
        amount = page.locator("th[data-sort] button.sort", has_text="Amount")
        amount.click()
        amount.click()
        descending = page.evaluate(order)
        assert descending == ["five-year-target", "airport", "water", "training-fund", "companies"]
        assert page.url == url + "figures/?sort=amount&order=descending#airport"
        page.reload()
        assert page.evaluate(order) == descending and page.evaluate(sorted_by) == ["Amount", "descending"]
        other = browser.new_page()  # a colleague opening the shared link
        other.goto(url + "figures/?sort=amount")
        assert other.evaluate(order) == list(reversed(descending[:3])) + descending[3:]
        assert other.evaluate(sorted_by) == ["Amount", "ascending"]
        # Back to the table as built: the address is the plain page's again.
        other.locator("th[data-sort] button.sort", has_text="Type").click()
        assert other.evaluate(order) == by_type and other.url == url + "figures/"
        # A column the table does not have (an old link, a typo) leaves it as built.
        other.goto(url + "figures/?sort=nonsense&order=descending")
        assert other.evaluate(order) == by_type and other.evaluate(sorted_by) == ["Type", "ascending"]


def test_a_printed_sorted_table_says_which_column_it_is_sorted_by(make_project):
    """Paper dropped every sort arrow: a table sorted by amount, descending, printed with nothing to say
    its rows were not in the page's own order."""
    site = built(make_project)
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/?sort=amount&order=descending")
        page.emulate_media(media="print")
        arrows = page.eval_on_selector_all("th[data-sort] button.sort",
                                           "els => els.map(e => [e.textContent, getComputedStyle(e, '::after').content])")
        drawn = {name: arrow for name, arrow in arrows if arrow != "none"}
        assert list(drawn) == ["Amount"] and "↓" in drawn["Amount"]
        # The table as built (by type, as its caption says) prints no arrow.
        page.goto(url + "figures/")
        assert all(arrow == "none" for _, arrow in page.eval_on_selector_all(
            "th[data-sort] button.sort", "els => els.map(e => [e.textContent, getComputedStyle(e, '::after').content])"))


def test_a_sorted_tables_caption_says_how_its_rows_are_ordered_and_is_read_out_when_it_changes(make_project):
    """Sorted by amount, descending, the caption still said "All figures, grouped by type": on screen, on
    paper beside the ↓ of Amount, and to a screen reader entering the table, whom nothing told of a sort."""
    site = built(make_project)
    caption = "() => [document.querySelector('table.figures caption').textContent.trim(), " \
              "document.querySelector('table.figures caption a').getAttribute('href')]"
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/?sort=amount&order=descending")
        assert page.evaluate(caption) == ["All figures, sorted by the “Amount” column, descending. Download this table as CSV, "
                                          "with every citation.", "../data/figure.csv"]
        assert page.get_attribute("table.figures caption", "aria-live") == "polite"
        page.locator("th[data-sort] button.sort", has_text="Date").click()
        assert page.evaluate(caption)[0].startswith("All figures, sorted by the “Date” column, ascending. ")
        page.locator("th[data-sort] button.sort", has_text="Type").click()  # the table's own order again
        assert page.evaluate(caption) == ["All figures, grouped by type. Download this table as CSV, "
                                          "with every citation.", "../data/figure.csv"]
        page.locator("th[data-sort] button.sort", has_text="Type").click()  # by type, but reversed
        assert page.evaluate(caption)[0].startswith("All figures, sorted by the “Type” column, descending. ")
        page.emulate_media(media="print")
        assert page.locator("table.figures caption").is_visible()


def test_on_a_phone_the_table_laid_out_as_cards_still_sorts(make_project):
    """A phone lays the table out as one card per figure and hid the header row, and with it every sort
    button: a reader there could not sort by amount at all."""
    site = built(make_project)
    with serve_directory(site) as url, chromium_browser() as browser:
        context = browser.new_context(viewport={"width": 360, "height": 640}, has_touch=True, is_mobile=True)
        page = context.new_page()
        page.goto(url + "figures/")
        shown = page.eval_on_selector_all("table.figures thead th", "els => els.filter(e => e.checkVisibility()).map(e => e.textContent)")
        assert shown == ["Figure", "Type", "Amount", "Date", "By", "To"]  # the buttons; "Source" does not sort
        page.locator("th[data-sort] button.sort", has_text="Amount").tap()
        order = "() => Array.from(document.querySelectorAll('table.figures tbody tr')).map(r => r.id)"
        assert page.evaluate(order) == ["water", "airport", "five-year-target", "training-fund", "companies"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        context.close()


def test_a_sort_buttons_arrow_is_drawn_but_not_read_as_part_of_its_name(make_project):
    """The arrows (↕ ↑ ↓) show the sort at a glance; aria-sort says it to a
    screen reader, which read each button as "Amount up down arrow"."""
    site = built(make_project)
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/")
        cdp = page.context.new_cdp_session(page)

        def names() -> set[str]:
            nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
            return {n["name"]["value"] for n in nodes if n.get("role", {}).get("value") in ("button", "columnheader")}

        assert names() == {"Figure", "Type", "Amount", "Date", "By", "To", "Source"}
        page.locator("th[data-sort] button.sort", has_text="Amount").click()
        assert names() == {"Figure", "Type", "Amount", "Date", "By", "To", "Source"}
        # Still drawn: the arrow is there for the eye.
        arrow = "el => getComputedStyle(el, '::after').content"
        assert "↑" in page.locator("th[aria-sort] button.sort").evaluate(arrow)


def test_a_converted_bar_carries_its_conversions_qualifier_not_the_amounts(make_project):
    """"More than 3 trillion yen, about $19 billion": the dollar bar is
    about $19 billion, never "more than"."""
    article = ARTICLE.replace("a target of 3 trillion yen, equivalent to $19 billion",
                              "a target of more than 3 trillion yen, equivalent to about $19 billion")
    figures = FIGURES.replace("  amount: 3000000000000\n  currency: JPY\n  equivalent: {amount: 19000000000, currency: USD}",
                              "  amount: 3000000000000\n  currency: JPY\n  qualifier: more-than\n"
                              "  equivalent: {amount: 19000000000, currency: USD, qualifier: about}").replace(
        "a target of 3 trillion yen, given as $19 billion", "a target of more than 3 trillion yen, given as about $19 billion"
    ).replace("a target of 3 trillion yen, equivalent to $19 billion", "a target of more than 3 trillion yen, "
              "equivalent to about $19 billion")
    root = make_project({"seeds/article.txt": article, "content/figures.yaml": figures})
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    bar = re.search(r'href="#five-year-target">.*?<span class="chart-value"[^>]*>([^<]+)<', chart(html), flags=re.S)
    assert bar.group(1) == "about $19 billion*"  # about, and converted by the source


@pytest.mark.parametrize("language, about_water, about_target", [
    ("en", "about $100 million", "about $19 billion*"),
    ("fr", "environ 100 millions\u00a0$US", "environ 19 milliards\u00a0$US*")])
def test_a_bar_is_labelled_with_its_amounts_own_qualifier_in_words(make_project, language, about_water, about_target):
    """"About $100 million" is not "$100 million+" (more than); a converted
    amount carries the conversion's qualifier, not the original amount's."""
    article = ARTICLE.replace("a grant of $100 million", "a grant of about $100 million").replace(
        "a target of 3 trillion yen, equivalent to $19 billion", "a target of more than 3 trillion yen, equivalent to about $19 billion")
    figures = FIGURES.replace("a grant of $100 million", "a grant of about $100 million").replace(
        "  amount: 100000000\n  currency: USD", "  amount: 100000000\n  currency: USD\n  qualifier: about").replace(
        "a target of 3 trillion yen, equivalent to $19 billion", "a target of more than 3 trillion yen, equivalent to about $19 billion").replace(
        "given as $19 billion", "given as about $19 billion").replace("3 trillion yen, given", "more than 3 trillion yen, given").replace(
        "  currency: JPY\n  equivalent: {amount: 19000000000, currency: USD}",
        "  currency: JPY\n  qualifier: more-than\n  equivalent: {amount: 19000000000, currency: USD, qualifier: about}")
    root = make_project({"seeds/article.txt": article, "content/figures.yaml": figures,
                         "briefgen.toml": f'[site]\nlanguage = "{language}"\n',
                         "content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n  language: en\n"})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    linear = chart((root / "site" / "figures" / "index.html").read_text(encoding="utf-8"))
    labels = re.findall(r'<span class="chart-value"[^>]*>([^<]*)</span>', linear)
    assert about_water in labels and about_target in labels, labels
    assert not [label for label in labels if "+" in label or "~" in label]


EUROS = """\
- id: eu-fund
  name: EU fund
  type: investment
  amount: 500000000
  currency: EUR
  claims:
    - text: The EU announced an investment of €500 million.
      cite:
        - source: report
          quote: "The EU announced an investment of €500 million."
- id: scholarships
  name: Scholarships
  type: investment
  amount: 100000000
  currency: JPY
  claims:
    - text: A further 100 million yen went to scholarships.
      cite:
        - source: report
          quote: "A further 100 million yen went to scholarships."
"""


def test_amounts_sort_within_their_currency_and_none_is_left_off_the_charts(make_project):
    """Within a type, dollars first, then each currency by its code, largest
    first within each: 500 million euros never sort between yen amounts as
    if 500 million were comparable with 5 billion. Amounts no source gives
    in dollars are charted on their own, per currency, never left off."""
    root = make_project({"seeds/article.txt": ARTICLE + "The EU announced an investment of €500 million.\n"
                                                        "A further 100 million yen went to scholarships.\n",
                         "content/figures.yaml": FIGURES + EUROS})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="([a-z-]+)">', html)
    assert rows == ["five-year-target", "airport", "eu-fund", "training-fund", "scholarships", "water", "companies"]
    csv_rows = [r["id"] for r in csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text()))]
    assert csv_rows == rows
    charted = set(re.findall(r'<a class="chart-name" href="#([a-z-]+)">', html))
    money = {"five-year-target", "airport", "eu-fund", "training-fund", "scholarships", "water"}
    assert charted == money
    others = re.findall(r'<figure class="chart chart-other">\s*<figcaption dir="auto">([^<]*)</figcaption>(.*?)</figure>', html, flags=re.S)
    assert [caption.split(" that")[0] for caption, _ in others] == ["Amounts in EUR", "Amounts in JPY"]
    assert "€500 million" in others[0][1] and "€" in re.search(r'class="chart-ticks">(.*?)</span>\s*</div>', others[0][1], flags=re.S).group(1)
    assert "¥5 billion" in others[1][1] and "¥100 million" in others[1][1]


RATES = """\
- id: connectivity
  name: Connectivity commitment
  type: pledge
  amount: 500000000
  currency: USD
  period: a year
  claims:
    - text: India committed $500 million a year over five years.
      cite:
        - source: report
          quote: "India committed $500 million a year over five years to connectivity."
- id: tenge-budget
  name: Grid budget
  type: investment
  amount: 40000000000
  currency: KZT
  period: a year
  claims:
    - text: The government set aside 40 billion tenge a year for the grid.
      cite:
        - source: report
          quote: "The government set aside 40 billion tenge a year for the grid."
"""


def test_an_amount_a_year_is_said_so_and_never_charted_or_sorted_with_totals(make_project):
    """"$500 million a year over five years" (`period: a year`) beside a total of $1 billion: a bar of half
    its length would say it is half as much. An amount per a period is charted apart, per currency, every
    label says its rate, the table does not call it "Over a year", and it sorts only among amounts a year."""
    root = make_project({"seeds/article.txt": ARTICLE + "India committed $500 million a year over five years to "
                                                        "connectivity.\nThe government set aside 40 billion tenge "
                                                        "a year for the grid.\n",
                         "content/figures.yaml": FIGURES + RATES})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    totals = chart(html)
    assert "connectivity" not in totals
    others = re.findall(r'<figure class="chart chart-other">\s*<figcaption dir="auto">([^<]*)</figcaption>(.*?)</figure>',
                        html, flags=re.S)
    captions = [caption.split(",")[0] for caption, _ in others]
    assert captions == ["Amounts in JPY that no source converts to US dollars", "Amounts in KZT a year",
                        "Amounts in USD a year"]
    assert "$500 million a year" in others[2][1] and "KZT 40 billion a year" in others[1][1]
    assert "tenge-budget" not in others[0][1]
    row = re.search(r'<tr id="connectivity">.*?</tr>', html, flags=re.S).group(0)
    assert "$500 million a year" in row and "Over a year" not in row
    assert 'data-group="0 per year"' in row
    five_year = re.search(r'<tr id="five-year-target">.*?</tr>', html, flags=re.S).group(0)
    assert 'data-group="0"' in five_year
    shown = {r["id"]: r["shown"] for r in csv.DictReader(io.StringIO((root / "site" / "data" / "figure.csv").read_text()))}
    assert shown["connectivity"] == "$500 million a year" and shown["airport"] == "$1 billion"
