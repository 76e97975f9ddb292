"""The timeline's data files (summit.csv, meeting.csv…) hold every entry,
whatever the filters show: an analyst who filters to one country and then
downloads took the file for the entries on screen. Once a filter is chosen,
the page says beside the links that the files hold every entry; with none
chosen, or without script, it says nothing more than the links."""
from briefgen import build
from browser import built_and_served

SOURCE = """---
title: Summit news
publisher: Wire
published: 2026-03-10
language: en
---
Northland and Southland met at a summit on 2 March 2026.
Southland's ministers met on 4 March 2026.
"""

CITE = """
          claims:
            - text: "{text}"
              cite:
                - source: news
                  quote: "{text}"
"""

FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
    "seeds/news.md": SOURCE,
    "content/countries.yaml": """
        - id: northland
          name: Northland
        - id: southland
          name: Southland
        """,
    "content/summits.yaml": """
        - id: summit
          name: Summit
          date: 2026-03-02
          countries: [northland, southland]""" + CITE.format(text="Northland and Southland met at a summit on 2 March 2026."),
    "content/meetings.yaml": """
        - id: ministers
          name: Ministers' meeting
          date: 2026-03-04
          countries: [southland]""" + CITE.format(text="Southland's ministers met on 4 March 2026."),
}

NOTE = "The data files hold every entry of the timeline, not only those the filters show."


def test_the_built_timeline_carries_the_note_hidden(make_project):
    root = make_project(FILES, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    # Hidden as built: without script no filter can be chosen, and the page shows every entry.
    assert f'<p class="data-note" id="timeline-data-note" hidden>{NOTE}</p>' in timeline


def test_a_filtered_timeline_says_its_data_files_hold_every_entry(make_project):
    root = make_project(FILES, base=None)
    with built_and_served(root) as (url, browser):
        page = browser.new_page()
        try:
            page.goto(url + "timeline/")
            assert not page.locator("#timeline-data-note").is_visible()
            page.select_option("select[name=country]", "northland")
            assert page.text_content("#timeline-count") == "1 of 2 entries shown"
            assert page.locator("#timeline-data-note").is_visible()
            assert page.text_content("#timeline-data-note") == NOTE
            page.click("button[type=reset]")
            page.wait_for_function("document.getElementById('timeline-count').textContent === '2 entries'")
            assert not page.locator("#timeline-data-note").is_visible()
            # A shared, filtered address opens with the note shown.
            page.goto(url + "timeline/?kind=meeting")
            assert page.locator("#timeline-data-note").is_visible()
        finally:
            page.close()
