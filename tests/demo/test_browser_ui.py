"""What only a browser shows: search, timeline filters, quotes on focus, print."""
import re
from pathlib import Path

import pytest

from briefgen import build
from browser import chromium_page, serve_directory

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("ui") / "site"
    assert build(REPO, out=out).ok
    with serve_directory(out) as url, chromium_page() as page:
        yield url, page


def test_search_finds_a_company_and_links_to_its_page(site):
    url, page = site
    page.goto(url + "search/?q=Sojitz")
    page.wait_for_selector(".search-result a", timeout=15000)
    links = page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))")
    assert any(link.endswith("organisations/sojitz/") for link in links), links
    # ...and straight to the figure's row on the figures page.
    assert any(link.endswith("figures/#sojitz-uzbekistan-airport-investment") for link in links), links


def test_timeline_filters_by_kind_and_country(site):
    url, page = site
    page.goto(url + "timeline/")
    visible = "document.querySelectorAll('ol.timeline li[data-kind]:not([hidden])').length"
    everything = page.evaluate(visible)
    page.select_option("select[name=kind]", "summit")
    summits = page.evaluate(visible)
    assert 0 < summits < everything
    assert page.evaluate("document.querySelectorAll('li[data-kind]:not([data-kind=summit]):not([hidden])').length") == 0
    page.select_option("select[name=kind]", "")
    page.select_option("select[name=country]", "tj")
    shown = page.eval_on_selector_all("ol.timeline li[data-kind]:not([hidden])", "els => els.map(e => e.dataset.countries)")
    assert shown and all("tj" in countries.split() for countries in shown)
    assert page.evaluate("location.search") == "?country=tj"


def test_a_timeline_url_with_filters_restores_them(site):
    url, page = site
    page.goto(url + "timeline/?country=kz&kind=summit&year=2025")
    assert page.input_value("select[name=country]") == "kz"
    assert page.input_value("select[name=kind]") == "summit"
    assert page.input_value("select[name=year]") == "2025"
    shown = page.eval_on_selector_all("ol.timeline li[data-kind]:not([hidden])",
                                      "els => els.map(e => [e.dataset.kind, e.dataset.countries, e.dataset.years])")
    assert shown and all(k == "summit" and "kz" in c.split() and "2025" in y.split() for k, c, y in shown)
    assert re.fullmatch(rf"{len(shown)} of \d+ entries shown", page.locator("#timeline-count").inner_text())


def test_citation_shows_its_quote_on_keyboard_focus(site):
    url, page = site
    page.goto(url + "events/c5-japan-business-forum-2024/")
    tooltip = page.locator("ul.claims a.cite .cite-quote").first
    assert tooltip.bounding_box()["width"] <= 1
    page.locator("ul.claims a.cite").first.focus()
    assert tooltip.bounding_box()["width"] > 100
    assert "C5+Japan Business Forum was convened in Astana" in tooltip.inner_text()


def test_following_a_citation_lands_on_the_highlighted_passage(site):
    url, page = site
    page.goto(url + "figures/")
    page.locator("#sojitz-uzbekistan-airport-investment ul.claims a.cite").first.click()
    page.wait_for_load_state()
    target = page.evaluate("location.hash")
    assert target.startswith("#q-")
    assert page.evaluate(f"document.querySelector('{target}').matches(':target')")
    assert "$1 billion" in page.locator(target).inner_text()


def test_print_hides_navigation_and_keeps_the_text(site):
    url, page = site
    page.goto(url + "sources/004_c3bbcc797fb922f4/")
    page.emulate_media(media="print")
    assert not page.locator("header.site nav").is_visible()
    assert page.locator("mark.quote").first.is_visible()
    page.emulate_media(media="screen")
