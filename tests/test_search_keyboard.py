"""The search page with a keyboard and a screen reader: the count of results
is spoken once typing pauses, not for every letter, and "More results" takes
the keyboard to the first result it adds, never to the top of the page."""
import time
from contextlib import contextmanager

import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import MINI, write_project
from htmlscan import scan

# Fifteen pages hold "airport" (the source and fourteen organisations): more than the ten a search shows at first.
ORGANISATIONS = "".join(f"""
    - id: airline-{n}
      name: Airline {n}
      country: jp
      claims:
        - text: Airline {n} backs the airport.
          cite:
            - source: article
              quote: "for an airport in Uzbekistan"
    """ for n in range(14))
PROJECT = MINI | {"content/organisations.yaml": ORGANISATIONS}
# Every text the live region is given, empty ones too.
WATCH = """() => { window.spoken = []; const region = document.getElementById('search-announce');
  new MutationObserver(() => window.spoken.push(region.textContent))
    .observe(region, {childList: true, characterData: true, subtree: true}); }"""

# The status line's texts, each time a search writes it.
WATCH_SHOWN = """() => { window.shown = []; const status = document.getElementById('search-status');
  new MutationObserver(() => window.shown.push(status.textContent))
    .observe(status, {childList: true, characterData: true, subtree: true}); }"""
# pagefind.js as the page imports it, its search answering `window.searchTakes` ms late by the page's
# clock, as a large brief's does, or any on a loaded machine.
SLOW_SEARCH = """import * as built from "./pagefind.js?as-built";
export * from "./pagefind.js?as-built";
export async function search(term, options) {
  await new Promise(done => setTimeout(done, window.searchTakes || 0));
  return built.search(term, options);
}
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("search-keys") / "project", PROJECT)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_page() as page:
        yield root / "site", url, page


@contextmanager
def clocked_page(served):
    """A page of its own, whose clock (the context's) the test pauses and moves: a second of quiet is
    then a second of the page's time however slow the machine, where real-time waits made these
    tests fail on a loaded one."""
    _, url, shared = served
    page = shared.context.browser.new_page()
    try:
        page.clock.install()
        yield url, page
    finally:
        page.context.close()


def pause(page) -> None:
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)


def test_one_live_region_speaks_and_the_visible_line_is_not_read_twice(served):
    site, _, _ = served
    tags = scan(site / "search" / "index.html").tag_by_id
    assert tags["search-announce"][1]["role"] == "status"
    assert tags["search-status"][1].get("aria-hidden") == "true" and "role" not in tags["search-status"][1]


def test_the_count_is_spoken_once_typing_pauses_not_for_every_letter(served):
    with clocked_page(served) as (url, page):
        page.goto(url + "search/")
        page.evaluate(WATCH)
        pause(page)
        # About 40 words a minute, slower than the search waits before it runs: each letter's search shows its count.
        word = "airport"
        for typed in range(1, len(word) + 1):
            page.locator("#search-input").press(word[typed - 1])
            page.clock.run_for(300)
            until(page, f"document.getElementById('search-status').textContent.endsWith('“{word[:typed]}”.')")
        page.clock.run_for(699)  # a second after the last letter less 1 ms
        assert [text for text in page.evaluate("window.spoken") if text] == []
        page.clock.run_for(1)
        assert [text for text in page.evaluate("window.spoken") if text] == ["15 results for “airport”."]
        page.clock.run_for(1500)
        assert [text for text in page.evaluate("window.spoken") if text] == ["15 results for “airport”."]
        # What is shown follows the typing at once.
        assert page.inner_text("#search-status") == "15 results for “airport”."


def test_a_filter_changed_is_spoken_without_waiting(served):
    with clocked_page(served) as (url, page):
        page.goto(url + "search/?q=airport")
        until(page, "document.getElementById('search-announce').textContent !== ''")
        page.evaluate(WATCH)
        page.evaluate(WATCH_SHOWN)
        pause(page)
        page.locator("#search-form select[name=kind]").select_option("figure")
        until(page, "window.shown.length > 0")
        page.clock.run_for(1)  # no quiet second waited for
        assert page.evaluate("window.spoken.filter(Boolean)") == ["No results for “airport”."]


def test_more_results_takes_the_keyboard_to_the_first_result_it_adds(served):
    _, url, page = served
    page.goto(url + "search/?q=airport")
    page.wait_for_selector(".search-result a", timeout=15000)
    assert page.locator(".search-result").count() == 10
    page.focus("#search-more")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.search-result').length === 15", timeout=15000)
    # The last five: the button is gone, and the keyboard is on the eleventh result, not the page's top.
    assert page.locator("#search-more").is_hidden()
    focused = page.evaluate("document.activeElement.closest('.search-result') === "
                            "document.querySelectorAll('.search-result')[10] && document.activeElement.tagName")
    assert focused == "A"


def test_arrowing_through_a_filter_speaks_the_count_once_the_keys_rest(served):
    """Down on the closed Kind filter fires a change for each option (Chromium), and each
    search it ran was spoken at once: a count per option passed."""
    with clocked_page(served) as (url, page):
        page.goto(url + "search/?q=airport")
        until(page, "document.getElementById('search-announce').textContent !== ''")
        page.evaluate(WATCH)
        page.evaluate(WATCH_SHOWN)
        pause(page)
        page.focus("#search-form select[name=kind]")
        for searches in range(1, 4):
            page.keyboard.press("ArrowDown")
            page.clock.run_for(250)
            until(page, f"window.shown.length === {searches}")  # each search has run and said what it found
        shown = page.inner_text("#search-status")
        assert page.input_value("#search-form select[name=kind]") != ""
        assert page.evaluate("window.spoken.filter(Boolean)") == []
        page.clock.run_for(749)  # a second after the last key less 1 ms
        assert page.evaluate("window.spoken.filter(Boolean)") == []
        page.clock.run_for(1)
        assert page.evaluate("window.spoken.filter(Boolean)") == [shown]
        page.clock.run_for(300)
        assert page.evaluate("window.spoken.filter(Boolean)") == [shown]


def until(page, condition: str) -> None:
    """Polled from here: the page's clock is paused, and with it any wait of the page's own."""
    deadline = time.monotonic() + 15
    while not page.evaluate(condition):
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        time.sleep(0.02)


def test_a_count_shown_before_the_next_key_is_not_spoken_while_that_key_s_search_runs(served):
    """With a search that takes 600 ms, Down on the Kind filter showed the count of its option,
    to be spoken a second after the key; Down again 700 ms after the first began the next search,
    and the first count was still spoken, 300 ms later, while the keys moved on, then the new one."""
    with clocked_page(served) as (url, page):
        page.route("**/pagefind/pagefind.js",
                   lambda route: route.fulfill(body=SLOW_SEARCH, content_type="text/javascript"))
        page.goto(url + "search/?q=airport")
        until(page, "document.getElementById('search-announce').textContent !== ''")
        page.evaluate(WATCH)
        page.evaluate(WATCH_SHOWN)
        pause(page)
        page.evaluate("window.searchTakes = 600")
        page.focus("#search-form select[name=kind]")
        page.keyboard.press("ArrowDown")  # at 0 ms
        page.clock.run_for(600)
        until(page, "window.shown.length === 1")  # to be spoken at 1,000 ms
        page.clock.run_for(100)
        page.keyboard.press("ArrowDown")  # at 700 ms: its search answers at 1,300 ms
        page.clock.run_for(600)
        until(page, "window.shown.length === 2")
        assert page.evaluate("window.spoken.filter(Boolean)") == []
        page.clock.run_for(1000)
        assert page.evaluate("window.spoken.filter(Boolean)") == [page.evaluate("window.shown[1]")]
