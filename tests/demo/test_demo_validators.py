"""Validators over the demo brief, built with a base URL: the Nu HTML
Checker finds no error on any page; axe-core nothing serious or critical on
home, a country, an event, the timeline, figures, a source page and the
search page with results, in light and dark; every JSON-LD block parses and
uses schema.org; the feed has no bozo; every sitemap <loc> is absolute and
exists."""
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from validators import axe_violations, vnu_errors

REPO = Path(__file__).resolve().parents[2]
BASE = "https://example.org/brief/"
PAGES = [("home", "", ""), ("country", "countries/kz/", ""),
         ("event", "events/c5-japan-business-forum-2024/", ""), ("timeline", "timeline/", ""),
         ("figures", "figures/", ""), ("source", "sources/004_c3bbcc797fb922f4/", ""),
         ("search", "search/?q=Sojitz", ".search-result a")]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo-validate") / "site"
    result = build(REPO, out=out, base_url=BASE)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    return out


@pytest.fixture(scope="module")
def browser(site):
    with serve_directory(site) as url, chromium_page() as page:
        yield url, page


def test_the_nu_html_checker_finds_no_error_on_any_page(site):
    assert vnu_errors(site) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name, path, ready", PAGES, ids=[p[0] for p in PAGES])
def test_axe_finds_nothing_serious(browser, name, path, ready, scheme):
    url, page = browser
    assert axe_violations(page, url + path, scheme, ready) == []


def test_every_json_ld_block_parses_as_schema_org(site):
    blocks = 0
    for page in site.rglob("*.html"):
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                page.read_text(encoding="utf-8"), re.S):
            data = json.loads(block)
            assert data["@context"] == "https://schema.org", page
            assert "ClaimReview" not in block
            blocks += 1
    assert blocks == len(list(site.rglob("*.html")))


def test_the_feed_parses_without_bozo(site):
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.author and feed.feed.id == BASE and len(feed.entries) > 10


def test_every_sitemap_loc_is_absolute_and_exists(site):
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot()
            .iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locs) > 50
    for loc in locs:
        assert loc.startswith(BASE) and (site / loc[len(BASE):] / "index.html").is_file(), loc
