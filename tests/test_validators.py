"""Validators over a small fixture site: the Nu HTML Checker finds no error
on any page, and axe-core no serious or critical problem on each kind of
page, in light and dark mode. (tests/demo/ runs the same on the demo brief.)"""
import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import DISPUTED_FORUM, MINI, WIRE, write_project
from validators import axe_violations, vnu_errors

PROJECT = MINI | {
    "seeds/wire.txt": WIRE,
    "content/forums.yaml": DISPUTED_FORUM.format(second="2024-08-09/2024-08-12").replace(
        "  claims:", "  place: Astana\n  countries: [kz, jp]\n  claims:", 1),
    "content/countries.yaml": MINI["content/countries.yaml"] + """
        - id: eu
          name: European Union
          type: bloc
        """,
    "content/organisations.yaml": """
        - id: fund
          name: Green fund
          country: eu
          claims:
            - text: Japan pledged $1 billion for an airport.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """,
}
PAGES = [("home", "", ""), ("country", "countries/kz/", ""), ("event", "events/astana-forum-2024/", ""),
         ("timeline", "timeline/", ""), ("figures", "figures/", ""), ("source", "sources/wire/", ""),
         ("organisation", "organisations/fund/", ""), ("search", "search/?q=Astana", ".search-result a")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("validate") / "project", PROJECT)
    result = build(root, out=root / "site", base_url="https://example.org/brief/")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


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


BAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title>
<style>p { color: #999; background: #aaa; }</style></head>
<body><main><h1>Bad</h1><dl><h3>Not in a dl</h3></dl><p>Grey on grey</p><input type="text"></main></body></html>"""


def test_both_validators_do_report_problems(tmp_path, browser):
    """The harness itself works: a page with known faults is reported."""
    (tmp_path / "index.html").write_text(BAD, encoding="utf-8")
    assert any("not allowed as child of element “dl”" in e for e in vnu_errors(tmp_path))
    _, page = browser
    with serve_directory(tmp_path) as url:
        found = {v["id"] for v in axe_violations(page, url, "light")}
    assert {"color-contrast", "label"} <= found
