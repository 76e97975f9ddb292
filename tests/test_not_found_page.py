"""The 404 page a host serves at any address: without a base URL, its
links and stylesheet still lead into the site, found from wherever it is shown."""
import http.server
import threading
from contextlib import contextmanager

from conftest import MINI, write_project
from browser import chromium_page, serve_directory

from briefgen import build


def wait_for_stylesheet(page, href):
    # Chromium lists a <link>'s sheet in document.styleSheets only once it has loaded, and the script adds
    # the site's stylesheet after its probe answers: read the list before that and the last sheet is the
    # page's own link, read from the address asked for.
    page.wait_for_function("href => [...document.styleSheets].some(s => s.href === href)", arg=href, timeout=5000)


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
        wait_for_stylesheet(page, url + "assets/style.css")
        assert page.evaluate("[...document.styleSheets].map(s => s.href)")[-1] == url + "assets/style.css"


@contextmanager
def another_site():
    """A site that answers every address with a stylesheet any page may fetch; yields its
    host:port and the paths asked of it."""
    asked = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Type", "text/css")
            self.end_headers()

        do_GET = do_HEAD

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def test_the_404_page_never_takes_another_site_for_its_root(tmp_path):
    # A link to https://brief.example//evil.example/x/ made the page of a brief served at its domain's root
    # probe //evil.example/x/assets/style.css, then read its links from that site and load its stylesheet:
    # the page on the brief's domain was theirs.
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, out=root / "site", search=False).ok
    with serve_directory(root / "site", not_found_page=True) as url, another_site() as (host, asked), \
            chromium_page() as page:
        response = page.goto(f"{url}/{host}/x/")
        assert response.status == 404
        page.wait_for_function("document.querySelector('base') !== null", timeout=5000)
        assert page.evaluate("document.baseURI") == url
        wait_for_stylesheet(page, url + "assets/style.css")
        assert page.evaluate("[...document.styleSheets].map(s => s.href)")[-1] == url + "assets/style.css"
        assert asked == []


def test_a_404_page_with_a_base_url_needs_no_script(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, out=root / "site", search=False, base_url="https://example.org/brief/").ok
    html = (root / "site" / "404.html").read_text(encoding="utf-8")
    assert "<script>" not in html and 'href="https://example.org/brief/assets/style.css"' in html
