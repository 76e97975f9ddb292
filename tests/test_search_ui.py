"""The search page in a browser, on a small fixture project: a labelled
field, the query and filters kept in the URL while typing and restored from
it, results that link to the matching claim or figure row, and kind and
country filters."""
import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import MINI, write_project
from htmlscan import scan

PROJECT = MINI | {
    "content/organisations.yaml": """
        - id: airline
          name: Example Airline
          country: jp
          claims:
            - text: Japan pledged $1 billion for an airport in Uzbekistan.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
            - text: The pledge was for an airport.
              cite:
                - source: article
                  quote: "for an airport"
            - text: The airline flies to Tashkent twice a week.
              cite:
                - source: river-talks
                  quote: "The airline flies to Tashkent twice a week."
        """,
    # A heading, an uncited paragraph, a cited one: Pagefind's own sub-result
    # for a word in the uncited one is the heading above it.
    "seeds/river-talks.md": """\
        ---
        title: Airline adds flights
        publisher: Example Wire
        published: 2024-08-10
        language: en
        ---
        # Airline adds flights

        The route was first flown by a propeller plane in 1994.

        The airline flies to Tashkent twice a week.
        """,
}
LINKS = "els => els.map(e => e.getAttribute('href'))"
TITLES = ".search-result-title a"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("search") / "project", PROJECT)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_page() as page:
        yield root / "site", url, page


def results(page, selector: str = ".search-result a") -> list[str]:
    page.wait_for_selector(selector, timeout=15000)
    return page.eval_on_selector_all(selector, LINKS)


def test_a_result_links_to_the_figure_row_that_matched(served):
    _, url, page = served
    page.goto(url + "search/?q=companies")
    links = results(page)
    assert any(link.endswith("figures/#companies") for link in links), links


def test_a_result_links_to_the_claim_that_matched(served):
    site, url, page = served
    page.goto(url + "search/?q=airport")
    links = results(page)
    claim = next(link for link in links if "organisations/airline/#c-" in link)
    assert claim.split("#")[1] in scan(site / "organisations" / "airline" / "index.html").tag_by_id
    # The sub-result is titled with the claim's own words, without its citation labels.
    title = page.eval_on_selector(f".search-subresults a[href$='{claim[-20:]}']", "a => a.textContent")
    assert title == "Japan pledged $1 billion for an airport in Uzbekistan."


@pytest.mark.parametrize("query", ["Astanaville", "Uzbekistanis2000", "airports"])
def test_a_word_the_brief_does_not_hold_finds_nothing_but_a_stem_does(served, query):
    """Pagefind answers an unknown word with pages holding its longest known
    prefix ("Astanaville": "Astana"); a stem's other form ("airports") is found."""
    _, url, page = served
    page.goto(url + f"search/?q={query}")
    status = page.locator("#search-status")
    page.wait_for_function("() => document.querySelector('#search-status').textContent.trim() !== ''", timeout=15000)
    if query == "airports":
        assert results(page) and "results" in status.text_content()
    else:
        assert status.text_content().startswith("No results") and page.locator(".search-result").count() == 0


def test_a_word_after_a_claim_is_not_taken_for_the_claims(served):
    """Pagefind gives a claim's text with its citations' (the source and the
    passage quoted), which it does not index: the claim ends with its own
    words, and "not stated" in the figure's row after it leads to the row."""
    _, url, page = served
    page.goto(url + "search/?q=stated")
    links = results(page, ".search-subresults a")
    assert [link.split("#")[1] for link in links if "figures/" in link] == ["companies"], links


def test_a_passage_found_is_titled_with_all_its_words_those_of_a_passage_within_it_too(served):
    _, url, page = served
    page.goto(url + "search/?q=pledged")
    results(page)
    titles = page.eval_on_selector_all(".search-subresults a[href*='sources/article/#q-']",
                                       "els => els.map(e => e.textContent)")
    assert "Japan pledged $1 billion for an airport in Uzbekistan." in titles, titles


def test_a_word_in_an_uncited_paragraph_links_to_that_paragraph(served):
    _, url, page = served
    page.goto(url + "search/?q=propeller")
    results(page)
    subresults = page.eval_on_selector_all(".search-subresults a", "els => els.map(e => [e.getAttribute('href'), e.textContent])")
    assert [href.split("#")[1] for href, _ in subresults] == ["p-2"], subresults
    assert subresults[0][0].endswith("sources/river-talks/#p-2")
    assert subresults[0][1].startswith("¶2: The route was first flown")
    page.goto(url + subresults[0][0].lstrip("/"))
    assert "propeller" in page.evaluate("document.querySelector(':target').textContent")
    # A word in a cited passage still links to the passage.
    page.goto(url + "search/?q=Tashkent")
    results(page)
    assert any("sources/river-talks/#q-" in link for link in results(page, ".search-subresults a"))


def test_the_uncited_paragraph_a_result_leads_to_is_picked_out(served):
    _, url, page = served
    page.goto(url + "search/?q=propeller")
    [link] = results(page, ".search-subresults a")
    page.goto(url + link.lstrip("/"))
    target = page.evaluate("""() => { const p = document.querySelector(':target'), s = getComputedStyle(p);
        return [p.id, s.outlineStyle, s.backgroundColor, getComputedStyle(document.body).backgroundColor]; }""")
    assert target[:2] == ["p-2", "solid"] and target[2] != target[3], target
    # Another paragraph of the page stays as it was.
    other = page.evaluate("getComputedStyle(document.getElementById('p-3')).outlineStyle")
    assert other == "none"


def test_the_field_is_labelled_and_the_query_follows_typing(served):
    site, url, page = served
    html = (site / "search" / "index.html").read_text(encoding="utf-8")
    assert '<form class="search-form" id="search-form" role="search" hidden>' in html  # no dead form without script
    page.goto(url + "search/")
    field = page.get_by_label("Search the records and sources")
    field.fill("Astana")
    page.wait_for_function("location.search === '?q=Astana'")
    assert results(page)
    assert page.inner_text("#search-status").endswith("for “Astana”.")
    field.fill("")
    page.wait_for_function("location.search === ''")


def test_pages_tell_search_their_kind_and_countries(served):
    site, _, _ = served
    forum = [a["data-pagefind-meta"] for tag, a in scan(site / "events" / "astana-forum-2024" / "index.html").elements
             if "data-pagefind-meta" in a]
    assert forum == ["kind:forum", "countries:jp kz"]
    html = (site / "search" / "index.html").read_text(encoding="utf-8")
    for option in ('<option value="kz">Kazakhstan</option>', '<option value="figure">Figure</option>',
                   '<option value="source">Source</option>', '<option value="organisation">Organisation</option>'):
        assert option in html


def test_kind_and_country_filters_narrow_results_and_stay_in_the_url(served):
    _, url, page = served
    page.goto(url + "search/?q=Astana&kind=figure")
    assert page.locator("#search-form select[name=kind]").input_value() == "figure"
    page.wait_for_function(f"""() => {{
        const links = [...document.querySelectorAll('{TITLES}')];
        return links.length > 0 && links.every(a => a.getAttribute('href').includes('figures/'));
    }}""", timeout=15000)
    page.locator("#search-form select[name=kind]").select_option("")
    page.locator("#search-form select[name=country]").select_option("kz")
    assert page.evaluate("location.search") == "?q=Astana&country=kz"
    page.wait_for_function(f"""() => [...document.querySelectorAll('{TITLES}')]
        .some(a => a.getAttribute('href').includes('events/astana-forum-2024/'))""", timeout=15000)
    # The airline is Japanese: a Kazakh filter leaves it out, a Japanese one keeps it.
    page.goto(url + "search/?q=billion&country=kz")
    page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
    assert not any("organisations/airline/" in link for link in results(page, TITLES))
    page.goto(url + "search/?q=billion&country=jp")
    page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
    assert any("organisations/airline/" in link for link in results(page, TITLES))


def test_a_printed_search_keeps_the_query_and_results_but_not_the_form(served):
    _, url, page = served
    page.goto(url + "search/?q=Astana")
    page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
    try:
        page.emulate_media(media="print")
        assert not page.locator("#search-form").is_visible()
        assert page.inner_text("#search-status").endswith("for “Astana”.")
        assert page.locator(TITLES).first.is_visible()
    finally:
        page.emulate_media(media="screen")


def test_search_from_pages_opened_as_files_says_it_needs_a_web_server(served):
    """Opened from disk (file://), the browser loads no module: the reader is
    told how to open the site, not that the index is still being made."""
    site, _, page = served
    page.goto((site / "search" / "index.html").as_uri() + "?q=airline")
    status = page.locator("#search-status")
    status.wait_for(state="attached")
    page.wait_for_function("document.querySelector('#search-status').textContent.length > 0")
    assert "open the site from a web server" in status.text_content()
