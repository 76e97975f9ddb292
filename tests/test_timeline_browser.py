"""The timeline's filters in a real browser (Debian's chromium), on a small
fixture brief: they combine, stay in the address through a reload, a country
page's link opens the timeline filtered to it, the count is the entries
shown, and paper keeps what the screen shows and says which filters chose it."""

import pytest

from browser import built_and_served
from conftest import write_project

FILES = {
    "seeds/energy.md": """
        ---
        title: Energy summit in Port Ash
        publisher: Harbour Times
        published: 2024-03-10
        ---
        The Northland–Southland energy summit was held on 8 March 2024 in Port Ash.

        Eastmark and Northland held a trade dialogue in 2024.
        """,
    "seeds/plans.md": """
        ---
        title: Plans for the year ahead
        publisher: Harbour Times
        published: 2025-12-01
        ---
        The Eastmark business forum of September 2025 was postponed.

        Southland and Eastmark will hold border talks in 2026.
        """,
    "content/countries.yaml": """
        - id: northland
          name: Northland
          focus: true
        - id: southland
          name: Southland
          focus: true
        - id: eastmark
          name: Eastmark
        """,
    "content/summits.yaml": """
        - id: energy-summit-2024
          name: Energy summit
          date: 2024-03-08
          status: held
          countries: [northland, southland]
          claims:
            - text: The energy summit was held in Port Ash on 8 March 2024.
              cite:
                - source: energy
                  quote: "The Northland–Southland energy summit was held on 8 March 2024 in Port Ash."
        """,
    "content/forums.yaml": """
        - id: eastmark-forum-2025
          name: Eastmark business forum
          date: 2025-09
          status: postponed
          countries: [eastmark]
          claims:
            - text: The business forum of September 2025 was postponed.
              cite:
                - source: plans
                  quote: "The Eastmark business forum of September 2025 was postponed."
        """,
    "content/meetings.yaml": """
        - id: trade-dialogue-2024
          name: Trade dialogue
          date: 2024
          status: held
          countries: [eastmark, northland]
          claims:
            - text: Eastmark and Northland held a trade dialogue in 2024.
              cite:
                - source: energy
                  quote: "Eastmark and Northland held a trade dialogue in 2024."
        - id: border-talks-2026
          name: Border talks
          date: 2026
          status: planned
          countries: [southland, eastmark]
          claims:
            - text: Border talks are to be held in 2026.
              cite:
                - source: plans
                  quote: "Southland and Eastmark will hold border talks in 2026."
        """,
}

SHOWN = "els => els.filter(e => e.offsetParent !== null).map(e => e.querySelector('a').textContent)"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with built_and_served(write_project(tmp_path_factory.mktemp("timeline") / "brief", FILES)) as served:
        yield served


def shown(page):
    return page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN)


def test_filters_combine_stay_in_the_address_and_count_what_they_show(site):
    url, browser = site
    page = browser.new_page()
    try:
        page.goto(url + "countries/eastmark/")
        page.click(".own-timeline a")
        # The click returns once the timeline has begun to load; its filters are set from the address by
        # filters.js, which runs before the load event.
        page.wait_for_url(url + "timeline/?country=eastmark")
        assert page.input_value("select[name=country]") == "eastmark"
        assert shown(page) == ["Trade dialogue", "Eastmark business forum", "Border talks"]
        page.select_option("select[name=status]", "held")
        assert shown(page) == ["Trade dialogue"]
        assert page.text_content("#timeline-count") == "1 of 4 entries shown"
        assert page.eval_on_selector_all("section.year", "els => els.filter(e => !e.hidden).map(e => e.id)") == ["y2024"]
        page.reload()
        assert page.url.endswith("timeline/?country=eastmark&status=held")
        assert shown(page) == ["Trade dialogue"]
        page.click("button[type=reset]")
        page.wait_for_function("!location.search")
        assert len(shown(page)) == 4 and page.text_content("#timeline-count") == "4 entries"
    finally:
        page.close()


def test_a_printed_filtered_timeline_names_the_filters_chosen_and_an_unfiltered_one_keeps_every_entry(site):
    url, browser = site
    page = browser.new_page()
    try:
        page.goto(url + "timeline/?country=eastmark&year=2026")
        page.emulate_media(media="print")
        assert shown(page) == ["Border talks"]
        printed = [(label.evaluate("l => l.firstChild.textContent.trim()"),
                    label.evaluate("l => l.querySelector('select').selectedOptions[0].text"))
                   for label in page.locator("#filters label").all() if label.is_visible()]
        assert printed == [("Country", "Eastmark"), ("Year", "2026")]
        assert not page.locator("#filters button").is_visible()
        page.goto(url + "timeline/")
        assert not page.locator("#filters").is_visible()
        assert len(shown(page)) == 4
    finally:
        page.close()


def test_a_printed_timeline_keeps_the_bars_its_key_describes(site):
    """The key ("Each bar spans the part of its year…") prints, so the bars print with it, in their colours."""
    url, browser = site
    page = browser.new_page()
    try:
        page.goto(url + "timeline/")
        page.emulate_media(media="print")
        assert page.locator(".timeline-key").is_visible()
        bar = page.locator(".axis > span").first
        assert bar.is_visible() and bar.bounding_box()["width"] >= 3
        assert bar.evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
    finally:
        page.close()


# Every text a live region (aria-live, or role=status, which is polite) is given, as a screen reader hears it.
RECORD_SPOKEN = """() => {
    window.spoken = [];
    const live = el => el.closest && el.closest('[aria-live]:not([aria-live=off]), [role=status]');
    new MutationObserver(records => records.forEach(r => {
        const region = live(r.target.nodeType === 1 ? r.target : r.target.parentElement);
        if (region && region.textContent) window.spoken.push(region.textContent);
    })).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def test_arrowing_through_a_filter_speaks_one_count_once_the_reader_rests(site):
    """Down on a closed select fires a change for each option (Chromium), and the live
    count spoke a count for each one passed: the count shown follows each, and the one
    spoken is the last, once the keys rest. A choice made with the mouse is spoken at once."""
    url, browser = site
    page = browser.new_page()
    try:
        # The page's clock, paused and moved here: a second of quiet is a second of the page's time, where
        # real-time waits (the keys' steps done within a second, a count spoken within 500 ms) failed
        # on a loaded machine.
        page.clock.install()
        page.goto(url + "timeline/")
        page.evaluate(RECORD_SPOKEN)
        page.clock.pause_at(page.evaluate("Date.now()") + 1000)
        page.focus("select[name=country]")
        for _ in range(3):
            page.keyboard.press("ArrowDown")
        final = page.text_content("#timeline-count")
        assert page.input_value("select[name=country]") != "" and final != "4 entries"
        assert page.evaluate("window.spoken") == []
        page.clock.run_for(999)  # a second after the last key less 1 ms
        assert page.evaluate("window.spoken") == []
        page.clock.run_for(1)
        assert page.evaluate("window.spoken") == [final]
        page.clock.run_for(300)
        assert page.evaluate("window.spoken") == [final]
        page.clock.run_for(1000)  # the keys long at rest
        page.evaluate("window.spoken = []")
        page.select_option("select[name=country]", "")
        page.clock.run_for(1)  # no quiet second waited for
        assert page.evaluate("window.spoken") == ["4 entries"]
    finally:
        page.close()
