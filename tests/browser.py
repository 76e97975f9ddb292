"""Shared helpers for browser tests: serve a folder on 127.0.0.1 and drive
Debian's Chromium with Playwright (never a downloaded browser)."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve_directory(directory: Path, mount: str = "/", not_found_page: bool = False):
    """Serve `directory` at http://127.0.0.1:PORT{mount}; yields the base URL.
    Anything outside the mount is a 404, as on a static host's sub-path;
    with `not_found_page`, a 404 under the mount is the site's 404.html,
    at the address asked for, as GitHub Pages and Netlify serve it."""
    mount = "/" + mount.strip("/") + "/" if mount.strip("/") else "/"

    class Handler(_QuietHandler):
        def translate_path(self, path):
            if not path.startswith(mount):
                return str(directory / "__outside_mount__")
            return super().translate_path("/" + path[len(mount):])

        def send_error(self, code, message=None, explain=None):
            page = directory / "404.html"
            if code != 404 or not not_found_page or not self.path.startswith(mount) or not page.is_file():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{mount}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


@contextmanager
def chromium_browser():
    """The browser itself, for tests that need their own contexts (viewport,
    touch, colour scheme)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def built_and_served(root: Path):
    """Build the project at `root` into its site/, serve it and open Chromium:
    yields (base URL, browser)."""
    from briefgen import build  # the helpers above need no briefgen

    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_browser() as browser:
        yield url, browser
