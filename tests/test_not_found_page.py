"""The 404 page a host serves at any address: without a base URL, its
links and stylesheet still lead into the site, found from wherever it is shown."""
from conftest import MINI, write_project
from browser import chromium_page, serve_directory

from briefgen import build


def test_the_404_page_finds_the_site_from_any_depth_of_a_sub_path(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, out=root / "site", search=False).ok
    with serve_directory(root / "site", mount="/brief/", not_found_page=True) as url, chromium_page() as page:
        response = page.goto(url + "events/gone/deeper/")
        assert response.status == 404
        home = page.locator("main a", has_text="home page")
        page.wait_for_function("document.querySelector('base') !== null", timeout=5000)
        assert home.evaluate("a => a.href") == url
        assert page.locator("nav a", has_text="Sources").evaluate("a => a.href") == url + "sources/"
        page.wait_for_function("[...document.styleSheets].some(s => s.href && s.cssRules.length > 0)", timeout=5000)
        assert page.evaluate("[...document.styleSheets].map(s => s.href)")[-1] == url + "assets/style.css"


def test_a_404_page_with_a_base_url_needs_no_script(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, out=root / "site", search=False, base_url="https://example.org/brief/").ok
    html = (root / "site" / "404.html").read_text(encoding="utf-8")
    assert "<script>" not in html and 'href="https://example.org/brief/assets/style.css"' in html
