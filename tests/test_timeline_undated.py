"""An event no source dates is listed on the timeline after the years, under
"Date not reported", with its status, and the filters reach it (a chosen
year hides it: it has none); it is never left out unseen."""
import re

from briefgen import build
from browser import built_and_served

SOURCE = """---
title: Plans
publisher: Wire
published: 2026-01-10
language: en
---
A youth dialogue is planned.
A ministerial meeting is scheduled for 15 February 2026.
"""

FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
    "seeds/news.md": SOURCE,
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
        """,
    "content/meetings.yaml": """
        - id: youth
          name: Youth dialogue
          status: planned
          countries: [kz]
          claims:
            - text: A youth dialogue is planned.
              cite:
                - source: news
                  quote: "A youth dialogue is planned."
        - id: ministerial
          name: Ministerial meeting
          date: 2026-02-15
          status: planned
          claims:
            - text: A ministerial meeting is scheduled for 15 February 2026.
              cite:
                - source: news
                  quote: "A ministerial meeting is scheduled for 15 February 2026."
        """,
}


def test_an_undated_event_is_listed_apart_on_the_timeline_and_counted(make_project):
    root = make_project(FILES, base=None)
    result = build(root, search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    page = (root / "site/timeline/index.html").read_text()
    assert '<p id="timeline-count" class="count">2 entries</p>' in page
    undated = re.search(r'<section class="year" id="undated">.*?</section>', page, re.S).group(0)
    assert "<h2>Date not reported</h2>" in undated
    assert re.search(r'<li data-kind="meeting" data-countries="kz" data-status="planned" data-years="">'
                     r'<a href="../events/youth/">Youth dialogue</a>.*?Planned', undated)
    assert "Ministerial meeting" not in undated and page.index('id="y2026"') < page.index('id="undated"')
    # The filters offer the undated event's country, as for a dated one.
    assert '<option value="kz">Kazakhstan</option>' in page


def test_the_filters_reach_an_undated_event_and_a_chosen_year_hides_it(make_project):
    with built_and_served(make_project(FILES, base=None)) as (url, browser):
        page = browser.new_page()
        shown = "els => els.filter(e => e.offsetParent !== null).map(e => e.querySelector('a').textContent)"
        page.goto(url + "timeline/?country=kz")
        assert page.eval_on_selector_all("ol.timeline li[data-kind]", shown) == ["Youth dialogue"]
        page.goto(url + "timeline/?year=2026")
        assert page.eval_on_selector_all("ol.timeline li[data-kind]", shown) == ["Ministerial meeting"]
        assert page.locator("#undated").is_hidden()
        assert page.text_content("#timeline-count") == "1 of 2 entries shown"
