"""Search filters by organisation as the timeline does: a page concerning an
organisation (an event it attends, an agreement it is party to, its own
page) carries it for search, the search page offers exactly the
organisations pages carry, in the brief's language and order of names, and
the choice stays in the address so a shared search opens filtered."""
import re
from pathlib import Path

import briefgen
from briefgen import build
from browser import chromium_page, serve_directory
from conftest import write_project
from htmlscan import scan

SOURCE = """---
title: Raw materials
publisher: Wire
published: 2026-03-10
language: en
---
The Raw Materials Board met in Astana on 5 March 2026.
Kazakh ministers met in Astana on 6 March 2026.
"""

FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "LANG"\n',
    "seeds/news.md": SOURCE,
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
        """,
    "content/organisations.yaml": """
        - id: board
          name: Raw Materials Board
        - id: world-bank
          name: Asian Bank
        """,
    "content/meetings.yaml": """
        - id: board-meeting
          name: Board meeting
          date: 2026-03-05
          organisations: [board]
          claims:
            - text: The board met in Astana.
              cite:
                - source: news
                  quote: "The Raw Materials Board met in Astana on 5 March 2026."
        - id: ministers
          name: Ministers' meeting
          date: 2026-03-06
          countries: [kz]
          claims:
            - text: Kazakh ministers met in Astana.
              cite:
                - source: news
                  quote: "Kazakh ministers met in Astana on 6 March 2026."
        """,
}

TITLES = ".search-result-title a"


def _built(tmp_path, language: str = "en", extra: dict | None = None):
    files = dict(FILES, **{"briefgen.toml": FILES["briefgen.toml"].replace("LANG", language)}, **(extra or {}))
    root = write_project(tmp_path / "project", files)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def _meta(site, page: str) -> list[str]:
    return [a["data-pagefind-meta"] for _, a in scan(site / page).elements if "data-pagefind-meta" in a]


def test_pages_tell_search_the_organisations_they_concern_and_search_offers_those(tmp_path):
    site = _built(tmp_path)
    assert "organisations:board" in _meta(site, "events/board-meeting/index.html")
    assert "organisations:board" in _meta(site, "organisations/board/index.html")
    assert not any(m.startswith("organisations:") for m in _meta(site, "events/ministers/index.html"))
    html = (site / "search" / "index.html").read_text(encoding="utf-8")
    # The bank concerns no page but its own: offered too, as the menus offer what pages carry, by name.
    assert '<select name="organisation"><option value="">All organisations</option>' \
           '<option value="world-bank">Asian Bank</option><option value="board">Raw Materials Board</option>' \
           '</select>' in html


def test_the_organisation_filter_narrows_results_and_stays_in_the_address(tmp_path):
    site = _built(tmp_path)
    with serve_directory(site) as url, chromium_page() as page:
        page.goto(url + "search/?q=Astana&organisation=board")
        assert page.locator("#search-form select[name=organisation]").input_value() == "board"
        page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
        links = page.eval_on_selector_all(TITLES, "els => els.map(e => e.getAttribute('href'))")
        assert any("events/board-meeting/" in link for link in links)
        assert not any("events/ministers/" in link for link in links)
        page.locator("#search-form select[name=organisation]").select_option("")
        page.wait_for_function(f"""() => [...document.querySelectorAll('{TITLES}')]
            .some(a => a.getAttribute('href').includes('events/ministers/'))""", timeout=15000)
        assert page.evaluate("location.search") == "?q=Astana"
        # Chosen without a query, it stays in the address and asks for words, as the other filters do, in
        # words that fit any filter: not "within this kind or country", when neither is chosen.
        page.goto(url + "search/")
        page.locator("#search-form select[name=organisation]").select_option("board")
        assert page.evaluate("location.search") == "?organisation=board"
        page.wait_for_function("document.getElementById('search-status').textContent !== ''")
        assert page.text_content("#search-status") == "Type a word to search within the chosen filters."


def test_the_organisation_filter_is_labelled_in_the_briefs_language(tmp_path):
    html = (_built(tmp_path, "tr") / "search" / "index.html").read_text(encoding="utf-8")
    assert 'Kuruluş <select name="organisation"><option value="">Tüm kuruluşlar</option>' in html


def test_a_themes_search_page_without_the_organisation_menu_keeps_its_filters_working(tmp_path):
    """A theme's search.html made before the menu: the country filter still narrows, and the address's
    organisation filters nothing."""
    template = (Path(briefgen.__file__).parent / "themes" / "default" / "search.html").read_text(encoding="utf-8")
    without = re.sub(r'\{% if organisations %\}<label>.*?</label>\{% endif %\}', "", template)
    assert without != template
    site = _built(tmp_path, extra={"templates/search.html": without})
    with serve_directory(site) as url, chromium_page() as page:
        page.goto(url + "search/?q=Astana&organisation=board&country=kz")
        page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
        links = page.eval_on_selector_all(TITLES, "els => els.map(e => e.getAttribute('href'))")
        assert any("events/ministers/" in link for link in links)
        assert not any("events/board-meeting/" in link for link in links)
