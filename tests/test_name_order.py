"""Names are listed as a reader looks them up: an accented or capitalised
first letter among the letter it carries an accent on, not after every
plain name as the code points would put it."""
import re

from briefgen import build
from briefgen.collation import name_key
from browser import chromium_browser, serve_directory

SENTENCE = "Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024."
FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\n',
    "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Agency\npublished: 2024-08-10\n---\n{SENTENCE}\n",
    "content/countries.yaml": """
        - id: at
          name: Österreich
          focus: true
        - id: om
          name: Oman
          focus: true
        - id: pe
          name: Peru
          focus: true
        - id: el
          name: Élysée
          focus: true
        - id: ee
          name: Estland
          focus: true
        - id: ea
          name: eastmark
          focus: true
        """,
    "content/agreements.yaml": """
        - id: rail-accord
          name: Rail accord
          date: 2024-08-09
          parties: [at, om, pe, el, ee, ea]
          claims:
            - text: Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024.
              cite:
                - source: wire
                  quote: "Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024"
        """,
}
ORDER = ["eastmark", "Élysée", "Estland", "Oman", "Österreich", "Peru"]


def _names_in_order(html: str, names: list[str]) -> list[str]:
    return sorted(names, key=lambda name: html.index(f">{name}<"))


def test_countries_are_listed_by_their_letters_accents_and_case_aside(make_project):
    root = make_project(FILES, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    site = root / "site"
    for page in ("countries/index.html", "index.html", "timeline/index.html", "search/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert _names_in_order(html, ORDER) == ORDER, page
    options = re.findall(r'<option value="(\w+)">', (site / "timeline/index.html").read_text(encoding="utf-8"))
    assert [o for o in options if o in {"at", "om", "pe", "el", "ee", "ea"}] == ["ea", "el", "ee", "om", "at", "pe"]


def test_a_letter_with_a_stroke_is_listed_among_its_base_letters():
    names = ["Viện Khoa học Thủy lợi", "Đại học Cần Thơ", "Bộ Năng lượng", "Łódź", "Zambia", "Lima", "Ørsted", "Oslo",
             "Ủy hội sông Mê Kông"]
    assert sorted(names, key=name_key) == ["Bộ Năng lượng", "Đại học Cần Thơ", "Lima", "Łódź", "Ørsted", "Oslo",
                                           "Ủy hội sông Mê Kông", "Viện Khoa học Thủy lợi", "Zambia"]


def test_numbers_within_names_are_listed_by_their_value():
    names = ["Country 100", "Country 10", "Country 2", "Country 1", "G20 summit", "G7 summit", "Lot ١٢", "Lot 9"]
    assert sorted(names, key=name_key) == ["Country 1", "Country 2", "Country 10", "Country 100", "G7 summit",
                                           "G20 summit", "Lot 9", "Lot ١٢"]  # Arabic-Indic 12 is twelve


NUMBERED = {
    "briefgen.toml": '[site]\ntitle = "Brief"\n',
    "seeds/wire.txt": "---\ntitle: Wire\npublisher: Agency\npublished: 2024-08-10\n---\n"
                      "Country 1, Country 2, Country 10 and Country 100 signed a rail accord on 9 August 2024.\n",
    "content/countries.yaml": "".join(f"""
        - id: c{n}
          name: Country {n}
          focus: true
        """ for n in (100, 10, 2, 1)),
    "content/agreements.yaml": """
        - id: rail-accord
          name: Rail accord
          date: 2024-08-09
          parties: [c100, c10, c2, c1]
          claims:
            - text: Country 1, Country 2, Country 10 and Country 100 signed a rail accord on 9 August 2024.
              cite:
                - source: wire
                  quote: "Country 1, Country 2, Country 10 and Country 100 signed a rail accord on 9 August 2024"
        """,
}


def test_countries_with_numbers_are_listed_by_their_value_on_every_page(make_project):
    root = make_project(NUMBERED, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    order = ["Country 1", "Country 2", "Country 10", "Country 100"]
    for page in ("countries/index.html", "index.html", "timeline/index.html"):
        html = (root / "site" / page).read_text(encoding="utf-8")
        assert _names_in_order(html, order) == order, page


def test_sorting_the_figures_table_by_name_puts_numbers_in_value_order(make_project):
    sentence = "Tranche 1 was $1 million, tranche 2 was $2 million and tranche 10 was $3 million."
    figures = "".join(f"""
        - id: t{n}
          name: Tranche {n}
          amount: {amount}
          currency: USD
          claims:
            - text: "{sentence}"
              cite:
                - source: wire
                  quote: "{sentence}"
        """ for n, amount in ((10, 3000000), (2, 2000000), (1, 1000000)))
    root = make_project({"briefgen.toml": '[site]\ntitle = "Brief"\n',
                         "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Agency\n---\n{sentence}\n",
                         "content/figures.yaml": figures}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url + "figures/")
        page.locator("th[data-sort] button.sort", has_text="Figure").click()
        order = "() => Array.from(document.querySelectorAll('table.figures tbody tr')).map(r => r.id)"
        assert page.evaluate(order) == ["t1", "t2", "t10"]


def _figures_sorted_by_name(make_project, language: str, names: dict[str, str]) -> list[str]:
    """The ids of the figures `names` (id: name), in the order a brief in `language` shows them once its reader
    sorts the table by name, in a browser whose own language is English."""
    sentence = "Each grant was $1 million."
    figures = "".join(f"""
        - id: {figure_id}
          name: "{name}"
          amount: 1000000
          currency: USD
          claims:
            - text: "{sentence}"
              cite:
                - source: wire
                  quote: "{sentence}"
        """ for figure_id, name in names.items())
    root = make_project({"briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
                         "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Agency\nlanguage: en\n---\n{sentence}\n",
                         "content/figures.yaml": figures}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_browser() as browser:
        page = browser.new_page(locale="en-US")
        page.goto(url + "figures/")
        page.locator("th[data-key='name'] button.sort").click()
        return page.evaluate("() => Array.from(document.querySelectorAll('table.figures tbody tr')).map(r => r.id)")


def test_the_figures_table_sorts_names_as_the_briefs_language_orders_them_not_the_browsers(make_project):
    """A Swedish reader looks for "Ölstöd" after "Zeta", as Swedish orders its letters, whatever language
    the browser is set to; a Turkish one for "Izmir" (dotless I) before "İlgaz" (dotted), two letters in
    Turkish, which a lower-casing done in the browser's language makes one."""
    assert _figures_sorted_by_name(make_project, "sv", {"ol": "Ölstöd", "ze": "Zeta", "ap": "Apa", "or": "Ortlån"}) \
        == ["ap", "or", "ze", "ol"]
    assert _figures_sorted_by_name(make_project, "tr", {"il": "İlgaz", "iz": "Izmir", "ab": "Abant"}) \
        == ["ab", "iz", "il"]
