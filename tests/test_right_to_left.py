"""Time and amounts drawn as the page reads: in a right-to-left brief
(Arabic) a later date's mark on the timeline stands further left, and a
figure's bar grows leftwards from its name; in a left-to-right one (English)
they run rightwards, as before. In Chromium, on a small fixture brief."""
import pytest

from browser import built_and_served
from conftest import MINI, write_project

SEED = """\
Events report
On 5 March 2024 a summit opened in Astana.
On 18 November 2024 a summit ended in Bishkek.
Japan pledged $1 billion for an airport in Uzbekistan.
Japan will give a grant of $100 million for water projects.
"""


def summit(id, date, quote):
    return f"""
- id: {id}
  name: Summit {id}
  date: {date}
  claims:
    - text: A summit.
      cite:
        - source: events
          quote: "{quote}"
"""


def pledge(id, amount, quote):
    return f"""
- id: {id}
  name: Pledge {id}
  type: pledge
  amount: {amount}
  currency: USD
  claims:
    - text: A pledge.
      cite:
        - source: events
          quote: "{quote}"
"""


def project(language):
    return MINI | {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/events.txt": SEED,
        "content/sources.yaml": """\
            - id: article
              alias: report
              title: Forum report
              language: en
            - id: events
              title: Events report
              language: en
            """,
        "content/summits.yaml": summit("march", "2024-03-05", "On 5 March 2024 a summit opened in Astana.")
                                + summit("november", "2024-11-18", "On 18 November 2024 a summit ended in Bishkek."),
        "content/figures.yaml": pledge("airport", 1000000000, "Japan pledged $1 billion for an airport in Uzbekistan.")
                                + pledge("water", 100000000, "Japan will give a grant of $100 million for water projects."),
    }


@pytest.fixture(scope="module", params=["ar", "en"])
def site(request, tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp(request.param) / "project", project(request.param))
    with built_and_served(root) as (url, browser):
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        try:
            yield request.param, url, context.new_page()
        finally:
            context.close()


def box(page, selector):
    found = page.locator(selector).first.bounding_box()
    assert found, selector
    return found


def test_a_later_date_stands_further_along_the_way_the_page_reads(site):
    language, url, page = site
    page.goto(url + "timeline/")
    march = box(page, "li:has(time[datetime='2024-03-05']) .axis > span")
    november = box(page, "li:has(time[datetime='2024-11-18']) .axis > span")
    axis = box(page, "li:has(time[datetime='2024-03-05']) .axis")
    if language == "ar":  # 5 March a sixth of the way from the right end, 18 November near the left end
        assert november["x"] < march["x"]
        assert axis["x"] + axis["width"] - march["x"] - march["width"] < axis["width"] / 4
    else:
        assert march["x"] < november["x"]
        assert march["x"] - axis["x"] < axis["width"] / 4


def test_a_bar_grows_from_its_name_and_its_value_stands_past_its_end(site):
    language, url, page = site
    page.goto(url + "figures/")
    name = box(page, ".chart-row:has(a[href='#water']) .chart-name")
    bar = box(page, ".chart-row:has(a[href='#water']) rect.bar")
    track = box(page, ".chart-row:has(a[href='#water']) .chart-track")
    value = box(page, ".chart-row:has(a[href='#water']) .chart-value")
    zero, top = box(page, ".chart-ticks span:first-child"), box(page, ".chart-ticks span:last-child")
    if language == "ar":
        assert bar["x"] + bar["width"] == pytest.approx(track["x"] + track["width"], abs=1)
        assert track["x"] + track["width"] < name["x"]
        assert value["x"] + value["width"] <= bar["x"]
        assert top["x"] < zero["x"]
    else:
        assert bar["x"] == pytest.approx(track["x"], abs=1)
        assert name["x"] + name["width"] < track["x"]
        assert value["x"] >= bar["x"] + bar["width"]
        assert zero["x"] < top["x"]


def test_on_a_phone_the_scale_stays_within_the_window(site):
    language, url, page = site
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(url + "figures/")
    for tick in page.locator(".chart-ticks span:visible").all():
        edges = tick.bounding_box()
        assert 0 <= edges["x"] and edges["x"] + edges["width"] <= 375, tick.inner_text()
