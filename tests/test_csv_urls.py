"""A CSV row pasted into a spreadsheet far from the site is no working link
when all it has is a path from the site's root (`events/summit/`): with the
site's address known (`base_url`), each data/<kind>.csv and data/figure.csv
row also gives its page's full address, in a column after the others."""
import csv
import io

from briefgen import build

ARTICLE = """\
Summit report
The leaders met at a summit in Riverton on 2 March 2026.
Northland pledged $2 million for a monitoring station.
"""

FILES = {
    "seeds/article.txt": ARTICLE,
    "content/countries.yaml": """
        - id: northland
          name: Northland
        """,
    "content/summits.yaml": """
        - id: summit-2026
          name: Riverton summit
          date: 2026-03-02
          countries: [northland]
          claims:
            - text: The leaders met in Riverton on 2 March 2026.
              cite:
                - source: article
                  quote: "The leaders met at a summit in Riverton on 2 March 2026."
        """,
    "content/figures.yaml": """
        - id: station-pledge
          name: Pledge for a monitoring station
          amount: 2000000
          currency: USD
          by: [northland]
          claims:
            - text: Northland pledged $2 million for a monitoring station.
              cite:
                - source: article
                  quote: "Northland pledged $2 million for a monitoring station."
        """,
}


def _rows(root, kind):
    return list(csv.DictReader(io.StringIO((root / "site" / "data" / f"{kind}.csv").read_text(encoding="utf-8"))))


def test_csv_rows_give_the_page_address_when_the_site_address_is_known(make_project):
    root = make_project({**FILES, "briefgen.toml": '[site]\ntitle = "Brief"\nbase_url = "https://example.org/brief/"\n'},
                        base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    summit, = _rows(root, "summit")
    assert (summit["page"], summit["url"]) == ("events/summit-2026/", "https://example.org/brief/events/summit-2026/")
    country, = _rows(root, "country")
    assert country["url"] == "https://example.org/brief/countries/northland/"
    figure, = _rows(root, "figure")
    assert (figure["page"], figure["url"]) == ("figures/#station-pledge", "https://example.org/brief/figures/#station-pledge")
    # Added after the columns a script already reads by position, `page` the last of those.
    for kind in ("summit", "country", "figure"):
        header = (root / "site" / "data" / f"{kind}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header.index("url") == header.index("page") + 1


def test_csv_url_is_empty_without_the_site_address_and_for_a_country_with_no_page(make_project):
    root = make_project({**FILES, "briefgen.toml": '[site]\ntitle = "Brief"\n',
                         "content/countries.yaml": """
                            - id: northland
                              name: Northland
                            - id: nowhere
                              name: Nowhere
                            """}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert [r["url"] for r in _rows(root, "summit")] == [""]
    assert [r["url"] for r in _rows(root, "figure")] == [""]
    root2 = make_project({**FILES, "briefgen.toml": '[site]\ntitle = "Brief"\nbase_url = "https://example.org/brief/"\n',
                          "content/countries.yaml": """
                            - id: northland
                              name: Northland
                            - id: nowhere
                              name: Nowhere
                            """}, base=None, name="with-base")
    result = build(root2, out=root2 / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert {r["id"]: (r["page"], r["url"]) for r in _rows(root2, "country")}["nowhere"] == ("", "")
