"""A group's name lives in briefgen.toml (`groups = { eu = "European Union" }`),
not in the records: renaming it ("EU bloc") left every page a rebuild kept
(Portugal's page, the timeline's Group menu) saying the old name until a
`--clean` build, since the settings a page's digest holds did not include it."""
from briefgen import build

SOURCE = "Trade news\nPortugal and Spain met on 4 March 2026.\n"
CLAIM = """
              claims:
                - text: Portugal and Spain met on 4 March 2026.
                  cite:
                    - source: news
                      quote: "Portugal and Spain met on 4 March 2026."
"""


def _toml(groups: str) -> str:
    return f'[site]\ntitle = "Brief"\nlanguage = "en"\n{groups}\n'


def test_renaming_a_group_renders_the_pages_that_show_it_again(make_project):
    root = make_project({
        "briefgen.toml": _toml('groups = { eu = "European Union" }'),
        "seeds/news.txt": SOURCE,
        "content/countries.yaml": """
            - id: pt
              name: Portugal
              group: eu""" + CLAIM,
        "content/meetings.yaml": """
            - id: madrid
              name: Madrid meeting
              date: 2026-03-04
              countries: [pt]""" + CLAIM,
    }, base=None)
    assert build(root, out=root / "site", search=False).ok
    (root / "briefgen.toml").write_text(_toml('groups = { eu = "EU bloc" }'), encoding="utf-8")
    again = build(root, out=root / "site", search=False)
    assert again.ok, [d.format() for d in again.diagnostics.items]
    for page in ("countries/pt/index.html", "timeline/index.html", "countries/index.html"):
        text = (root / "site" / page).read_text(encoding="utf-8")
        assert "EU bloc" in text and "European Union" not in text, page
