"""Briefs with only some kinds of record: a page never shows a heading over
nothing, and a section with no records says so in the brief's words."""
import re

from briefgen import build

FIGURES_ONLY = {
    "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
    "seeds/report.txt": "---\nlanguage: en\n---\nReport\nJapan pledged $1 billion for an airport.\n",
    "content/figures.yaml": """
        - id: airport
          name: Airport pledge
          type: pledge
          amount: 1000000000
          currency: USD
          claims:
            - text: Japan pledged $1 billion for an airport.
              cite:
                - source: report
                  quote: "Japan pledged $1 billion for an airport."
        """,
}

EVENTS_ONLY = {
    "seeds/report.txt": "Report\nOn 9 August 2024, the forum met in Astana.\n",
    "content/forums.yaml": """
        - id: forum
          name: Astana Forum
          date: 2024-08-09
          claims:
            - text: The forum met in Astana on 9 August 2024.
              cite:
                - source: report
                  quote: "On 9 August 2024, the forum met in Astana"
        """,
    "content/figures.yaml": None,
}


def main_of(site, page: str) -> str:
    return re.search(r"<main.*?</main>", (site / page).read_text(), re.S).group(0)


def test_a_brief_of_figures_alone_lists_no_latest_events_and_says_its_sections_are_empty(make_project):
    root = make_project({**FIGURES_ONLY, "briefgen.toml": FIGURES_ONLY["briefgen.toml"].format(language="en")},
                        base=None)
    assert build(root, search=False).ok
    home = main_of(root / "site", "index.html")
    assert "Latest events" not in home
    assert "<h2>Headline figures</h2>" in home
    for section, said in [("events", "0 events"), ("countries", "0 countries"), ("agreements", "0 agreements"),
                          ("organisations", "0 organisations")]:
        page = main_of(root / "site", f"{section}/index.html")
        assert f'<p class="count">{said}</p>' in page
        assert "<ul" not in page


def test_a_brief_of_events_alone_shows_no_headline_figures(make_project):
    root = make_project({**FIGURES_ONLY, **EVENTS_ONLY,
                         "briefgen.toml": FIGURES_ONLY["briefgen.toml"].format(language="en")}, base=None)
    assert build(root, search=False).ok
    home = main_of(root / "site", "index.html")
    assert "Headline figures" not in home
    assert "<h2>Latest events</h2>" in home


def test_an_empty_section_is_counted_in_the_briefs_language(make_project):
    root = make_project({**FIGURES_ONLY, "briefgen.toml": FIGURES_ONLY["briefgen.toml"].format(language="es")},
                        base=None)
    assert build(root, search=False).ok
    assert '<p class="count">0 eventos</p>' in main_of(root / "site", "events/index.html")


def test_sources_listed_alike_on_the_sources_page_each_name_their_file(make_project):
    """Two saves of one notice, and a third source of the same title with a publisher, which its line tells apart."""
    notice = "Port notice\nThe port opened in Aktau.\n"
    root = make_project({
        "seeds/notice.txt": notice, "seeds/notice-copy.txt": notice,
        "seeds/agency.md": "---\ntitle: Port notice\npublisher: Agency\n---\nThe port opened in Aktau.\n",
        "content/organisations.yaml": """
            - id: port
              name: Port of Aktau
              claims:
                - text: The port opened in Aktau.
                  cite:
                    - source: notice
                      quote: "The port opened in Aktau."
                    - source: notice-copy
                      quote: "The port opened in Aktau."
                    - source: agency
                      quote: "The port opened in Aktau."
            """,
    })
    assert build(root, search=False).ok
    lines = re.findall(r"<li><a [^>]*>Port notice</a>(.*?) <span", main_of(root / "site", "sources/index.html"))
    assert lines == [" · Agency", ' · <code dir="auto">notice-copy.txt</code>', ' · <code dir="auto">notice.txt</code>']
    # A source whose line is its own names no file.
    assert "article.txt" not in main_of(root / "site", "sources/index.html")
