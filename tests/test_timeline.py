"""The timeline: honest order and time axis for dates of any precision,
filters kept in the URL and restored from it, and no dead controls without
script. On a small fixture project."""
import re

import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import MINI, write_project
from htmlscan import scan

SEED = """\
Events report
The ministers met in March 2024 in Tashkent.
A dialogue took place in 2024.
On 5 March 2024 a summit opened in Astana.
On 20 December 2023 a summit ended in Bishkek.
"""


def event(id, name, date, quote, countries, status=""):
    return f"""
- id: {id}
  name: {name}
  date: "{date}"{f"{chr(10)}  status: {status}" if status else ""}
  countries: [{countries}]
  claims:
    - text: {name}.
      cite:
        - source: events
          quote: "{quote}"
"""


PROJECT = MINI | {
    "seeds/events.txt": SEED,
    "content/countries.yaml": MINI["content/countries.yaml"] + """
        - id: uz
          name: Uzbekistan
        - id: kg
          name: Kyrgyzstan
        """,
    "content/meetings.yaml": event("ministers-2024", "Ministers meet", "2024-03", "met in March 2024 in Tashkent", "uz")
                             + event("dialogue-2024", "A dialogue", "2024", "A dialogue took place in 2024.", "uz, kz", "held"),
    "content/summits.yaml": event("astana-summit-2024", "Astana summit", "2024-03-05",
                                  "On 5 March 2024 a summit opened in Astana.", "kz")
                            + event("bishkek-summit-2023", "Bishkek summit", "2023-12-20",
                                    "On 20 December 2023 a summit ended in Bishkek.", "kg"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("timeline") / "project", PROJECT)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def entries(site):
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<li data-kind="([a-z]+)"[^>]*>.*?<time datetime="([0-9-]+)">', html)


def test_less_precise_dates_follow_the_precise_ones_they_contain(site):
    assert [date for _, date in entries(site)] == ["2023-12-20", "2024-03-05", "2024-03", "2024-08-09", "2024"]
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    vague = html[html.index("2024, month not reported"):]
    assert "A dialogue" in vague and "Astana summit" not in vague


def test_the_axis_spans_the_period_a_date_may_fall_in(site):
    axes = {a.get("style") for tag, a in scan(site / "timeline" / "index.html").elements
            if tag == "span" and a.get("style")}
    # 2024 is a leap year: March is days 60 to 90 (from 0), 5 March is day 64.
    assert "--from: 16.39%; --len: 8.47%" in axes      # March 2024
    assert "--from: 17.49%; --len: 0.27%" in axes      # 5 March 2024
    assert "--from: 0.0%; --len: 100.0%" in axes       # 2024
    assert "--from: 96.71%; --len: 0.27%" in axes      # 20 December 2023


def test_filters_are_hidden_without_script_and_every_entry_shows(site):
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert '<form class="filters" id="filters" hidden>' in html
    assert '<p id="timeline-count" class="count">5 entries</p>' in html
    assert "hidden" not in "".join(re.findall(r"<li data-kind[^>]*>", html))
    for name in ("country", "kind", "status", "year"):
        assert f'<select name="{name}">' in html


def test_a_filtered_url_restores_its_filters_and_typing_keeps_them_in_the_url(site):
    shown = "els => els.filter(e => !e.hidden && !e.closest('[hidden]')).map(e => e.querySelector('a').textContent)"
    with serve_directory(site) as url, chromium_page() as page:
        page.goto(url + "timeline/?country=uz&kind=meeting&year=2024")
        assert page.is_visible("#filters")
        assert [page.input_value(f"select[name={n}]") for n in ("country", "kind", "status", "year")] == \
            ["uz", "meeting", "", "2024"]
        assert page.eval_on_selector_all("ol.timeline li", shown) == ["Ministers meet", "A dialogue"]
        assert page.inner_text("#timeline-count") == "2 of 5 entries shown"
        assert page.is_hidden("#y2023")
        page.select_option("select[name=country]", "kz")
        assert page.evaluate("location.search") == "?country=kz&kind=meeting&year=2024"
        assert page.eval_on_selector_all("ol.timeline li", shown) == ["A dialogue"]
        page.click("button[type=reset]")
        page.wait_for_function("location.search === ''")
        assert page.inner_text("#timeline-count") == "5 entries"
        # A value the page does not offer is ignored, not applied as "nothing matches".
        page.goto(url + "timeline/?country=zz&status=not-reported")
        assert page.input_value("select[name=country]") == ""
        # Only the dialogue has a sourced status; the others are "not reported", never "held".
        assert page.input_value("select[name=status]") == "not-reported"
        assert page.inner_text("#timeline-count") == "4 of 5 entries shown"
        page.goto(url + "timeline/?status=held")
        assert page.eval_on_selector_all("ol.timeline li", shown) == ["A dialogue"]


def test_country_page_links_the_timeline_filtered_to_it(site):
    uz = (site / "countries" / "uz" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../timeline/?country=uz">2 entries about Uzbekistan on the timeline</a>' in uz
    assert '<ol class="timeline">' not in uz


def test_without_script_no_control_that_needs_it_shows_and_search_says_it_needs_it(site):
    """The `hidden` attribute must win over a class's display (a form laid
    out as flex or grid shows through it otherwise)."""
    from browser import chromium_browser
    with serve_directory(site) as url, chromium_browser() as browser:
        page = browser.new_context(java_script_enabled=False).new_page()
        page.goto(url + "timeline/")
        assert not page.locator("#filters").is_visible()
        assert page.locator("ol.timeline li").first.is_visible()
        page.goto(url + "search/")
        assert not page.locator("#search-form").is_visible()
        assert not page.locator("#search-input").is_visible()
        assert page.locator("main p", has_text="Search needs JavaScript").is_visible()
        with_script = browser.new_page()
        with_script.goto(url + "timeline/")
        with_script.wait_for_selector("#filters", state="visible")


SPANNING = MINI | {
    "seeds/talks.txt": "Talks report\nThe talks ran from 5 December 2023 to 20 February 2025.\n",
    "content/meetings.yaml": """
        - id: winter-talks
          name: Winter talks
          date: 2023-12-05/2025-02-20
          countries: [kz]
          claims:
            - text: The talks ran from 5 December 2023 to 20 February 2025.
              cite:
                - source: talks
                  quote: "The talks ran from 5 December 2023 to 20 February 2025."
        """,
}


def test_the_year_filter_offers_every_year_a_span_covers_not_only_the_year_it_is_listed_under(tmp_path):
    root = write_project(tmp_path / "project", SPANNING)
    assert build(root, search=False).ok
    html = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    year_filter = re.search(r'<select name="year">(.*?)</select>', html).group(1)
    assert re.findall(r'<option value="(\d*)">', year_filter) == ["", "2023", "2024", "2025"]
    # Listed once, under the year it starts in.
    assert re.findall(r'<section class="year" id="y(\d+)">', html) == ["2023", "2024"]
    with serve_directory(root / "site") as url, chromium_page() as page:
        page.goto(url + "timeline/?year=2025")
        assert page.input_value("select[name=year]") == "2025"
        assert page.inner_text("#timeline-count") == "1 of 2 entries shown"
        assert page.is_visible("text=Winter talks") and page.is_hidden("#y2024")
