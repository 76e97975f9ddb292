"""Any host, any sub-path: with --base-url the canonical links, feed and
sitemap are absolute, page-to-page links stay relative, and the whole site
works when served under /brief/ rather than at a server root."""
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from htmlscan import scan

REPO = Path(__file__).resolve().parents[2]
BASE = "https://example.org/brief/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# Every same-origin link a browser follows or loads: anchors, stylesheets,
# icons, feeds, scripts. Properties, not attributes: the browser resolves them.
LINKS_AND_IDS = """() => ({
  links: [...document.querySelectorAll('a[href], link[href]')].map(e => e.href)
    .concat([...document.querySelectorAll('script[src]')].map(e => e.src)),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
})"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("subpath") / "site"
    result = build(REPO, out=out, base_url=BASE)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    return out


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def url_of(path: str) -> str:
    return path[: -len("index.html")] if path.endswith("index.html") else path


def test_every_page_names_its_absolute_canonical_url(site):
    for path in html_pages(site):
        canonical = [a["href"] for tag, a in scan(site / path).elements
                     if tag == "link" and a.get("rel") == "canonical"]
        # The 404 page answers at many addresses, so it claims none.
        assert canonical == ([] if path == "404.html" else [BASE + url_of(path)]), path


def test_page_to_page_links_stay_relative(site):
    for path in html_pages(site):
        if path == "404.html":
            continue
        links = [a.get("href") or a.get("src") for tag, a in scan(site / path).elements
                 if (a.get("href") or a.get("src")) and a.get("rel") != "canonical"]
        assert [link for link in links if link.startswith((BASE, "/"))] == [], path


def test_the_404_page_links_absolutely_because_it_answers_at_any_depth(site):
    links = [a["href"] for tag, a in scan(site / "404.html").elements if tag == "a" and a["href"] != "#main"]
    assert links and all(link.startswith(BASE) for link in links)


def test_feed_and_sitemap_links_are_absolute_and_lead_to_built_pages(site):
    feed = ET.parse(site / "feed.xml").getroot()
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links[:2] == [BASE, BASE + "feed.xml"]
    entries = links[2:]
    sitemap = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]
    assert entries and sitemap
    for url in entries + sitemap:
        assert url.startswith(BASE), url
        assert (site / url[len(BASE):] / "index.html").is_file(), url


def crawl(page, start: str) -> tuple[dict[str, set[str]], set[str]]:
    """Visit every page reachable from `start`; return each page's element ids
    and the other resources linked. Asserts that every fragment exists."""
    origin = start[: start.index("/", len("http://"))] + "/"
    ids: dict[str, set[str]] = {}
    resources: set[str] = set()
    fragments: list[tuple[str, str, str]] = []
    queue = [start]
    while queue:
        url = queue.pop()
        if url in ids:
            continue
        response = page.goto(url, wait_until="domcontentloaded")
        assert response is not None and response.status == 200, url
        found = page.evaluate(LINKS_AND_IDS)
        ids[url] = set(found["ids"])
        for link in found["links"]:
            target, _, fragment = link.partition("#")
            if not target.startswith(origin):
                continue  # other sites, data: URLs
            if fragment:
                fragments.append((url, target, unquote(fragment)))
            (queue.append if target.endswith(("/", ".html")) else resources.add)(target)
    for source, target, fragment in fragments:
        assert fragment in ids[target], f"{source} links to {target}#{fragment}, which has no such id"
    return ids, resources


def test_every_link_works_when_served_under_a_sub_path(site):
    with serve_directory(site, mount="/brief/") as start, chromium_page() as page:
        assert start.endswith("/brief/")
        pages, resources = crawl(page, start)
        for url in sorted(resources):
            assert page.request.get(url).status == 200, url
    reached = {url[len(start):] for url in pages}
    # Everything but the 404 page, which hosts show on their own, is reachable by links.
    assert reached == {url_of(path) for path in html_pages(site)} - {"404.html"}
    assert {url[len(start):] for url in resources} >= {"assets/style.css", "feed.xml", "data/briefgen.json"}


def test_search_results_link_into_the_sub_path(site):
    with serve_directory(site, mount="/brief/") as start, chromium_page() as page:
        page.goto(start + "search/?q=Sojitz")
        page.wait_for_selector(".search-result a", timeout=15000)
        links = page.eval_on_selector_all(".search-result a", "els => els.map(e => e.href)")
        assert links and all(link.startswith(start) for link in links), links
        page.goto(next(link for link in links if link.endswith("organisations/sojitz/")))
        assert page.locator("h1").inner_text() == "Sojitz Corporation"
