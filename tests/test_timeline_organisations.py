"""The timeline filters by organisation as it does by country: an event only
organisations attend (a board's meeting) can be chosen, the choice stays in
the address, an organisation's page links to the timeline filtered to it, and
a theme whose own timeline.html has no organisation menu keeps its filters
working. A country's or organisation's link counts what that timeline lists,
its undated events too, and calls them entries, as the timeline does."""
import re
from pathlib import Path

import briefgen
from briefgen import build
from browser import built_and_served

SOURCE = """---
title: Raw materials
publisher: Wire
published: 2026-03-10
language: en
---
The Raw Materials Board met in Brussels on 5 March 2026.
Kazakhstan and the Commission signed a partnership on 6 March 2026.
Kazakhstan plans to hold a lithium dialogue.
"""

FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
    "seeds/news.md": SOURCE,
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
        """,
    "content/organisations.yaml": """
        - id: board
          name: Raw Materials Board
        - id: commission
          name: European Commission
        """,
    "content/meetings.yaml": """
        - id: board-meeting
          name: Board meeting
          date: 2026-03-05
          organisations: [board]
          claims:
            - text: The board met in Brussels on 5 March 2026.
              cite:
                - source: news
                  quote: "The Raw Materials Board met in Brussels on 5 March 2026."
        - id: lithium-dialogue
          name: Lithium dialogue
          status: planned
          countries: [kz]
          claims:
            - text: Kazakhstan plans to hold a lithium dialogue.
              cite:
                - source: news
                  quote: "Kazakhstan plans to hold a lithium dialogue."
        """,
    "content/agreements.yaml": """
        - id: partnership
          name: Raw materials partnership
          date: 2026-03-06
          parties: [kz, commission]
          claims:
            - text: Kazakhstan and the Commission signed a partnership on 6 March 2026.
              cite:
                - source: news
                  quote: "Kazakhstan and the Commission signed a partnership on 6 March 2026."
        """,
}

SHOWN = "els => els.filter(e => e.offsetParent !== null).map(e => e.querySelector('a').textContent)"


def test_entries_name_their_organisations_and_pages_count_what_their_filtered_timeline_lists(make_project):
    root = make_project(FILES, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    site = root / "site"
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    menu = timeline.split('<select name="organisation">', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="(\w*)">([^<]*)</option>', menu) == [
        ("", "All organisations"), ("commission", "European Commission"), ("board", "Raw Materials Board")]
    assert 'data-years="2026" data-organisations="board">' in timeline
    assert 'data-years="2026" data-organisations="commission">' in timeline
    kz = (site / "countries" / "kz" / "index.html").read_text(encoding="utf-8")
    # The partnership (dated) and the lithium dialogue (undated): both are on the timeline filtered to kz.
    assert '<a href="../../timeline/?country=kz">2 entries about Kazakhstan on the timeline</a>' in kz
    board = (site / "organisations" / "board" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../timeline/?organisation=board">1 entry about Raw Materials Board on the timeline</a>' in board


def test_a_brief_without_organisations_gets_no_organisation_menu(make_project):
    files = {**FILES, "content/organisations.yaml": "[]\n", "content/agreements.yaml": "[]\n"}
    files["content/meetings.yaml"] = FILES["content/meetings.yaml"].replace("organisations: [board]", "countries: [kz]")
    root = make_project(files, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'name="organisation"' not in timeline and "data-organisations" not in timeline


def test_the_organisation_filter_in_a_browser_and_a_theme_without_its_menu(make_project):
    root = make_project(FILES, base=None)
    with built_and_served(root) as (url, browser):
        page = browser.new_page()
        try:
            page.goto(url + "organisations/board/")
            page.click(".own-timeline a")
            # The click returns once the timeline has begun to load; filters.js sets the filters from the
            # address before the load event.
            page.wait_for_url(url + "timeline/?organisation=board")
            assert page.input_value("select[name=organisation]") == "board"
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Board meeting"]
            page.select_option("select[name=organisation]", "commission")
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Raw materials partnership"]
            assert page.url.endswith("timeline/?organisation=commission")
            assert page.text_content("#timeline-count") == "1 of 3 entries shown"
            page.select_option("select[name=organisation]", "")
            page.select_option("select[name=country]", "kz")
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == [
                "Raw materials partnership", "Lithium dialogue"]
        finally:
            page.close()
    # A theme's timeline.html made before the menu: the other filters still work, the address's
    # organisation is left alone and filters nothing.
    template = (Path(briefgen.__file__).parent / "themes" / "default" / "timeline.html").read_text(encoding="utf-8")
    without = re.sub(r'\{% if organisations %\}<label>.*?</label>\{% endif %\}', "", template)
    assert without != template
    (root / "templates").mkdir()
    (root / "templates" / "timeline.html").write_text(without, encoding="utf-8")
    with built_and_served(root) as (url, browser):
        page = browser.new_page()
        try:
            page.goto(url + "timeline/?organisation=board&country=kz")
            assert page.locator("#filters").is_visible()
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == [
                "Raw materials partnership", "Lithium dialogue"]
            page.select_option("select[name=kind]", "meeting")
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Lithium dialogue"]
            assert page.url.endswith("timeline/?organisation=board&country=kz&kind=meeting")
        finally:
            page.close()
