"""`briefgen serve`: pages are served with a reload script that never reaches
the built files; an edit rebuilds and reloads open pages; a failing rebuild
shows its diagnostics (escaped) instead of the stale site, which stays intact
on disk, until the next good build."""
import gc
import html
import os
import pickle
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from briefgen import keptobjects, labels, parsepool, serve as serve_module, servepages
from briefgen.cli import main
from briefgen.outguard import MARKER, marker_listing
from briefgen.search import index_folder_into, indexed
from briefgen.serve import Server
from browser import chromium_page
from conftest import MINI, digests_worked_out, write_project

EVENT_PAGE = "events/astana-forum-2024/"
OLD_CLAIM = "The forum met in Astana on 9 August 2024."
NEW_CLAIM = "The forum convened in Astana on 9 August 2024."
UNCLOSED_LIST = ("content/forums.yaml:4:10: error: invalid YAML: list starting here is never closed\n"
                 "    hint: add the closing ], or quote the value if it is text")


@pytest.fixture
def served(mini):
    server = Server(mini, port=0)
    server.start()
    yield server
    server.stop()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_until(condition, what: str, timeout: float = 20):
    """Poll until `condition()` is truthy; the timeout only ends a hung test."""
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)
    return value


def save(root: Path, relative: str, text: str) -> None:
    """Save as many editors do: write a temporary file, then rename it over."""
    temporary = root / ".saving"
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, root / relative)


def edit_forums(root: Path, old: str, new: str) -> None:
    text = (root / "content" / "forums.yaml").read_text(encoding="utf-8")
    assert old in text
    save(root, "content/forums.yaml", text.replace(old, new))


def rebuild_lines(out: str) -> list[str]:
    """The terminal's lines about rebuilds, without the background index's own."""
    return [line for line in out.splitlines() if line != "search index updated"]


def without_reload_script(page: str) -> str:
    return re.sub(r"<script data-briefgen-serve>.*?</script>\n", "", page)


def overlay_diagnostics(page: str) -> list[str]:
    return [html.unescape(text) for text in re.findall(r'<pre class="diagnostic">(.*?)</pre>', page, flags=re.S)]


def test_pages_get_the_reload_script_but_the_built_files_do_not(served):
    status, page = get(served.url + EVENT_PAGE)
    assert status == 200
    assert ('<script data-briefgen-serve>new EventSource('
            '"/__briefgen/events?after=1&page=events/astana-forum-2024/index.html")') in page
    assert page.index("data-briefgen-serve") < page.rindex("</body>")
    on_disk = (served.site / EVENT_PAGE / "index.html").read_text(encoding="utf-8")
    assert OLD_CLAIM in on_disk and "__briefgen" not in on_disk
    assert without_reload_script(page) == on_disk
    with urllib.request.urlopen(served.url + "data/briefgen.json", timeout=10) as response:
        assert response.read() == (served.site / "data" / "briefgen.json").read_bytes()



def test_no_file_is_kept_by_the_browser_to_be_shown_stale_after_an_edit(served):
    """A page reloaded after an edit of templates/assets/style.css or of an
    image in static/ fetches them again only if the browser kept none: sent
    with just their Last-Modified, they were fresh for a while by its own reckoning."""
    for path in ("", EVENT_PAGE, "assets/style.css", "sitemap.xml", "no-such-page/", "events"):
        request = urllib.request.Request(served.url + path, method="HEAD")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                headers = response.headers
        except urllib.error.HTTPError as error:
            headers = error.headers
        assert headers.get_all("Cache-Control") == ["no-store"], path

def test_a_missing_page_is_the_site_404_page_with_the_script(served):
    status, page = get(served.url + "events/no-such-event/")
    assert status == 404
    assert "data-briefgen-serve" in page
    assert without_reload_script(page) == (served.site / "404.html").read_text(encoding="utf-8")



@pytest.mark.parametrize("base_url", ["https://example.org/sub/brief/", "https://example.org/a&b'c/"])
def test_the_404_page_of_a_site_with_a_base_url_links_to_the_drafts_served_here(mini, base_url):
    """With base_url in briefgen.toml, the 404 page's links are absolute (a
    host serves it at any depth): served as they are, its stylesheet came from
    the published site and its navigation left the drafts for it."""
    (mini / "briefgen.toml").write_text(f'[site]\nbase_url = "{base_url}"\n', encoding="utf-8")
    server = Server(mini, port=0)
    server.start()
    try:
        status, page = get(server.url + "events/no-such-event/")
        links = re.findall(r'(?:href|src)="([^"]*)"', without_reload_script(page))
        assert status == 404 and "/assets/style.css" in links and "/events/" in links
        assert not [link for link in links if link.startswith("http")]
        assert "https://example.org/" in (server.site / "404.html").read_text(encoding="utf-8")  # the file as built
    finally:
        server.stop()

def test_an_edit_rebuilds_a_broken_file_shows_its_diagnostics_and_a_fix_recovers(served, capsys):
    url, on_disk = served.url + EVENT_PAGE, served.site / EVENT_PAGE / "index.html"

    edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
    wait_until(lambda: NEW_CLAIM in get(url)[1], "the edited claim to be served")
    assert NEW_CLAIM in on_disk.read_text(encoding="utf-8")

    edit_forums(served.root, "place: Astana", "place: [Astana")
    status, page = wait_until(lambda: (reply := get(url))[0] == 500 and reply, "the failure page")
    assert overlay_diagnostics(page) == [UNCLOSED_LIST]
    assert "data-briefgen-serve" in page  # so the fix reloads it
    assert NEW_CLAIM in on_disk.read_text(encoding="utf-8")  # the last good site is untouched
    out, err = capsys.readouterr()
    assert UNCLOSED_LIST in err
    assert rebuild_lines(out)[-1] == "content/forums.yaml changed; failed: 1 error, 0 warnings; nothing written"

    edit_forums(served.root, "place: [Astana", "place: Astana")
    status, page = wait_until(lambda: (reply := get(url))[0] == 200 and reply, "recovery")
    assert NEW_CLAIM in page and "Build failed" not in page
    out, _ = capsys.readouterr()
    # The fix restores the inputs of the last good build, whose site is still in place.
    assert rebuild_lines(out)[-1].startswith("content/forums.yaml changed; up to date: 14 pages from 1 source, 2 claims")


def test_a_failing_first_build_is_served_as_escaped_diagnostics(make_project):
    root = make_project({"content/forums.yaml": MINI["content/forums.yaml"].replace("place:", "<b>place</b>:")})
    server = Server(root, port=0)
    server.start()
    try:
        status, page = get(server.url)
        assert status == 500
        assert overlay_diagnostics(page) == [
            "content/forums.yaml:4:3: error: unknown field '<b>place</b>' in forum 'astana-forum-2024'\n"
            "    hint: fields of a forum: id, name, date, status, place, type, countries, organisations, people, part_of, claims"]
        assert "<b>place" not in page and "&lt;b&gt;place&lt;/b&gt;" in page
        assert not server.site.exists()
    finally:
        server.stop()


def test_a_crashing_build_is_shown_and_the_server_keeps_going(mini, monkeypatch):
    gone = mini / "seeds" / "gone.txt"

    def crash(root, **options):
        raise FileNotFoundError(2, "No such file or directory", str(gone))
    monkeypatch.setattr(serve_module, "build", crash)
    server = Server(mini, port=0)
    server.start()
    try:
        status, page = get(server.url)
        assert status == 500
        assert overlay_diagnostics(page) == [
            f"seeds/gone.txt: error: build crashed: FileNotFoundError: [Errno 2] No such file or directory: '{gone}'\n"
            "    hint: save again to retry; if it persists, report it as a briefgen bug"]
    finally:
        server.stop()


def test_open_pages_learn_of_builds_they_have_not_seen(served):
    # A page served from build 0 connects after build 1 finished: told at once.
    with urllib.request.urlopen(served.url + "__briefgen/events?after=0", timeout=10) as events:
        assert events.headers["Content-Type"] == "text/event-stream"
        assert events.readline() == b"event: build\n"
        assert events.readline() == b"data: 1\n"
    with urllib.request.urlopen(served.url + "__briefgen/events?after=1", timeout=10) as events:
        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        assert events.readline() == b"event: build\n"
        assert events.readline() == b"data: 2\n"



def test_a_page_of_a_serve_stopped_since_reloads_when_its_stream_reconnects(served):
    """A tab left open while serve was stopped, the brief edited and serve
    started again reconnects with the count of the old serve, which the new
    one has not reached: its page may be stale, so it reloads at once."""
    ahead = served.status.builds + 36
    stream = event_stream(served, f"after={ahead}&page={EVENT_OUTPUT}")
    try:
        assert told(stream, within=5) == f"event: build\ndata: {served.status.builds}\n\n".encode()
    finally:
        stream.close()

def test_open_pages_are_told_as_soon_as_the_new_site_is_in_place(served, monkeypatch):
    """Before the build saves what it knows for the next one (the record of
    its pages, here held back until the page has heard of the build)."""
    from briefgen import pagereuse
    heard, saved = threading.Event(), threading.Event()
    real_save = pagereuse.NewPages.save

    def save_once_heard(self, *args):
        heard.wait(timeout=20)
        real_save(self, *args)
        saved.set()

    monkeypatch.setattr(pagereuse.NewPages, "save", save_once_heard)
    with urllib.request.urlopen(served.url + "__briefgen/events?after=1", timeout=30) as events:
        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        assert events.readline() == b"event: build\n"
        saved_before = saved.is_set()
        heard.set()
        assert events.readline() == b"data: 2\n"
    assert not saved_before
    status, page = get(served.url + EVENT_PAGE)
    assert status == 200 and NEW_CLAIM in page
    assert saved.wait(timeout=20)


EVENT_OUTPUT = EVENT_PAGE + "index.html"


def event_stream(server: Server, query: str) -> socket.socket:
    """An open page's stream of build events, its response head read."""
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    connection = socket.create_connection(("127.0.0.1", port), timeout=30)
    connection.sendall(f"GET {serve_module.EVENTS_PATH}?{query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += connection.recv(1)
    assert head.startswith(b"HTTP/1.0 200")
    return connection


def told(stream: socket.socket, within: float = 30) -> bytes:
    """The next event the stream tells (b"" if none comes `within` seconds)."""
    stream.settimeout(within)
    said = b""
    try:
        while not said.endswith(b"\n\n"):
            said += stream.recv(1)
    except TimeoutError:
        return b""
    return said


def writing_held(server: Server, monkeypatch) -> threading.Event:
    """Builds of `server` write no page until the event is set (stopping the server sets it)."""
    from briefgen import stages
    release = threading.Event()
    real_write_pages = stages.write_pages

    def held(*args, **kwargs):
        assert release.wait(timeout=30)
        return real_write_pages(*args, **kwargs)

    monkeypatch.setattr(stages, "write_pages", held)
    monkeypatch.setattr(server, "stop", lambda real=server.stop: (release.set(), real()))
    return release


def test_an_open_page_is_shown_from_the_build_under_way_before_the_site_is_written(served, monkeypatch):
    """As Hugo's server renders the pages in view first: once the edited
    brief has passed its checks, an open page shows the edit while the rest
    of the site is still being written; the site on disk and the pages not
    open stay as they were until the new site is in place, which holds the
    page as shown, so it is not reloaded again (a stream naming no page is)."""
    release = writing_held(served, monkeypatch)
    on_disk = served.site / EVENT_OUTPUT
    listing_before = get(served.url + "events/")[1]
    opened = event_stream(served, f"after=1&page={EVENT_OUTPUT}")
    try:
        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        assert told(opened) == b"event: build\ndata: 2\n\n"
    finally:
        opened.close()
    status, shown = get(served.url + EVENT_PAGE)
    assert status == 200 and NEW_CLAIM in shown
    assert f'after=2&page={EVENT_OUTPUT}")' in shown
    assert OLD_CLAIM in on_disk.read_text(encoding="utf-8")  # nothing written yet
    assert without_reload_script(get(served.url + "events/")[1]) == without_reload_script(listing_before)

    reloaded, nameless = event_stream(served, f"after=2&page={EVENT_OUTPUT}"), event_stream(served, "after=2")
    try:
        release.set()
        assert told(nameless) == b"event: build\ndata: 3\n\n"
        assert told(reloaded, within=1.5) == b""
    finally:
        reloaded.close()
        nameless.close()
    assert without_reload_script(shown) == on_disk.read_text(encoding="utf-8")
    assert NEW_CLAIM in get(served.url + EVENT_PAGE)[1]


def test_a_browser_shows_each_edit_before_the_site_is_written_and_loads_the_page_once_for_it(served, monkeypatch):
    release = writing_held(served, monkeypatch)
    on_disk = served.site / EVENT_OUTPUT
    with chromium_page() as page:
        page.add_init_script("sessionStorage.loads = String(Number(sessionStorage.loads || 0) + 1)")
        page.goto(served.url + EVENT_PAGE)
        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        page.wait_for_function(f"() => document.body.innerText.includes({NEW_CLAIM!r})", timeout=20000)
        assert OLD_CLAIM in on_disk.read_text(encoding="utf-8")  # shown before the site is written
        release.set()
        wait_until(lambda: NEW_CLAIM in on_disk.read_text(encoding="utf-8") and served.status.builds == 3,
                   "the new site in place")
        # The next edit's page is the next load: had the site in place reloaded the page, it would be one more.
        edit_forums(served.root, NEW_CLAIM, OLD_CLAIM)
        page.wait_for_function(f"() => document.body.innerText.includes({OLD_CLAIM!r})", timeout=20000)
        assert page.evaluate("sessionStorage.loads") == "3"


def test_a_page_shown_early_gives_way_to_the_diagnostics_when_the_build_then_fails(make_project):
    """The page is shown once the brief passed its checks; the link check
    that then fails the build replaces it with the diagnostics."""
    root = make_project({"templates/event.html": '{% extends "briefgen/event.html" %}'})
    server = Server(root, port=0)
    server.start()
    opened = event_stream(server, f"after=1&page={EVENT_OUTPUT}")
    try:
        save(root, "templates/event.html", '{% extends "briefgen/event.html" %}{% block main %}'
                                           '<a href="../no-such-event/">gone</a>{{ super() }}{% endblock %}')
        assert told(opened) == b"event: build\ndata: 2\n\n"  # the page, shown early
        assert told(opened) == b"event: build\ndata: 3\n\n"  # the failure
        status, page = get(server.url + EVENT_PAGE)
        assert status == 500
        assert [line for line in overlay_diagnostics(page) if "no-such-event" in line]
        assert "no-such-event" not in (server.site / EVENT_OUTPUT).read_text(encoding="utf-8")
    finally:
        opened.close()
        server.stop()


def test_the_page_reloads_itself_after_an_edit_and_after_a_failure(served):
    with chromium_page() as page:
        page.goto(served.url + EVENT_PAGE)
        page.evaluate("window.notReloaded = true")
        claims = page.locator("ul.claims")
        assert OLD_CLAIM in claims.inner_text()

        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        page.wait_for_function("() => !window.notReloaded && document.body.innerText.includes("
                               f"{NEW_CLAIM!r})", timeout=20000)

        edit_forums(served.root, "place: Astana", "place: [Astana")
        page.wait_for_function("() => document.querySelector('pre.diagnostic')", timeout=20000)
        assert page.locator("pre.diagnostic").inner_text() == UNCLOSED_LIST

        edit_forums(served.root, "place: [Astana", "place: Astana")
        page.wait_for_function("() => document.querySelector('ul.claims')", timeout=20000)
        assert NEW_CLAIM in claims.inner_text()



def test_a_page_asked_for_while_site_is_deleted_comes_back_by_itself_after_the_next_build(served):
    """`rm -rf site` (or `git clean -fdx`) while serving left a tab reloaded
    then on a bare "Error response 404" with no reload script: it stayed there
    after the next rebuild until reloaded by hand."""
    shutil.rmtree(served.site)
    status, page = get(served.url + EVENT_PAGE)
    assert status == 404 and "data-briefgen-serve" in page and "Page not found" in page
    with chromium_page() as page:
        page.goto(served.url + EVENT_PAGE)
        page.evaluate("window.notReloaded = true")
        edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
        page.wait_for_function("() => !window.notReloaded && document.body.innerText.includes("
                               f"{NEW_CLAIM!r})", timeout=20000)


def test_ctrl_c_during_a_rebuild_lets_it_end_and_leaves_nothing_beside_the_site(mini, monkeypatch):
    """Ctrl-C while a rebuild ran left .site-new-*/ and .site.lock in the project
    after serve said 'stopped': the interrupted join took the watcher for ended,
    and the rebuild was cut short at exit."""
    server = Server(mini, port=0)
    server.start()
    began, ended = threading.Event(), threading.Event()
    real = serve_module._build_reporting_crashes

    def held_build(*args, **options):
        began.set()
        time.sleep(1)  # Ctrl-C comes meanwhile
        try:
            return real(*args, **options)
        finally:
            ended.set()

    monkeypatch.setattr(serve_module, "_build_reporting_crashes", held_build)
    edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
    threading.Thread(target=lambda: began.wait(20) and os.kill(os.getpid(), signal.SIGINT), daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        server.wait()
    server.stop()
    assert ended.is_set()
    assert not [name for name in os.listdir(mini) if name.startswith(".site")]

@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl-C", "SIGTERM"])
def test_cli_serves_until_ctrl_c_or_sigterm_and_exits_0(mini, signum):
    """Stopping is how serving ends, not an interruption of work (143 would
    tell a service manager that it failed)."""
    process = subprocess.Popen([sys.executable, "-m", "briefgen", "--root", str(mini), "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().startswith("built 14 pages from 1 source")
        serving = process.stdout.readline()
        assert re.fullmatch(r"serving http://127\.0\.0\.1:\d+/ \(Ctrl-C to stop\)\n", serving)
        assert get(serving.split()[1] + EVENT_PAGE)[0] == 200
        process.send_signal(signum)
        out, err = process.communicate(timeout=20)
    finally:
        process.kill()
    # The index made in the background may be placed, and say so, before it stops.
    assert (process.returncode, out.replace("search index updated\n", ""), err) == (0, "stopped\n", "")


def test_a_busy_port_a_bad_port_or_no_project_is_a_usage_error(mini, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--root", str(mini), "serve", "--port", str(port)]) == 2
    assert capsys.readouterr().err == (
        f"error: cannot serve on 127.0.0.1:{port}: Address already in use\n"
        "    hint: choose another port with --port N, or --port 0 for any free one\n")
    assert main(["--root", str(mini), "serve", "--port", "70000"]) == 2
    assert capsys.readouterr().err == (
        "error: --port must be between 0 and 65535, not 70000\n    hint: --port 0 picks any free port\n")
    assert main(["--root", str(mini / "nowhere"), "serve", "--port", "0"]) == 2
    assert capsys.readouterr().err == (
        f"{mini / 'nowhere'}: error: no project folder here\n"
        "    hint: run briefgen in the folder that holds seeds/ and content/, or give it as --root DIR\n")


def raw_get(server: Server, path: str, host: str | None) -> tuple[int, str]:
    """A GET written by hand, so the Host header and the path are exactly as given."""
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        lines = [f"GET {path} HTTP/1.1"] + ([f"Host: {host}"] if host is not None else []) + ["Connection: close"]
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


def test_only_local_host_names_are_answered(served):
    port = int(served.url.rsplit(":", 1)[1].strip("/"))
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        assert raw_get(served, "/" + EVENT_PAGE, host)[0] == 200, host
    # A page on attacker.example whose name was re-pointed at 127.0.0.1 (DNS rebinding).
    for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1:{port + 1}", "localhost", None):
        status, body = raw_get(served, "/" + EVENT_PAGE, host)
        assert status == 403, host
        assert f"briefgen serve answers only http://127.0.0.1:{port}/ and http://localhost:{port}/" in body
        assert OLD_CLAIM not in body
    assert raw_get(served, EVENTS_PATH_QUERY, "attacker.example")[0] == 403


EVENTS_PATH_QUERY = serve_module.EVENTS_PATH + "?after=0"


@pytest.mark.parametrize("path", ["/%00", "/index.html%00.png", "/events/%00/", "/%2500"])
def test_a_nul_in_the_address_is_a_bad_request_not_a_crash(served, path, capfd):
    port = int(served.url.rsplit(":", 1)[1].strip("/"))
    status, _ = raw_get(served, path, f"127.0.0.1:{port}")
    assert status == (404 if path == "/%2500" else 400)  # %2500 is the text "%00", a name like any other
    assert raw_get(served, "/" + EVENT_PAGE, f"127.0.0.1:{port}")[0] == 200  # still serving
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("link", ["leak.txt", "events/leak.html", "linked/"])
def test_a_link_put_into_the_site_is_never_followed(served, tmp_path, link):
    secret = tmp_path / "outside"
    secret.mkdir()
    (secret / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    (secret / "leak.html").write_text("TOP SECRET", encoding="utf-8")
    name = link.rstrip("/")
    (served.site / name).symlink_to(secret if link.endswith("/") else secret / ("leak.html" if name.endswith(".html")
                                                                             else "secret.txt"))
    address = served.url + (link + "secret.txt" if link.endswith("/") else link)
    status, body = get(address)
    assert status == 404 and "TOP SECRET" not in body


def test_a_site_folder_that_is_a_link_is_never_served(mini, tmp_path):
    """The build refuses to replace a `site` that is a link; serve does not
    serve what it leads to either."""
    secret = tmp_path / "outside"
    write_project(secret, {"secret.txt": "TOP SECRET", "index.html": "TOP SECRET"})
    (mini / "site").symlink_to(secret)
    server = Server(mini, port=0)
    server.start()
    try:
        for page in ("secret.txt", "", "index.html"):
            status, body = get(server.url + page)
            assert "TOP SECRET" not in body and status in (404, 500), (page, status)
    finally:
        server.stop()
    assert (secret / "secret.txt").read_text(encoding="utf-8") == "TOP SECRET"


def test_a_site_folder_briefgen_did_not_make_is_never_served(mini):
    """The build refuses to replace an editor's own folder named site/; serve
    does not send its files either (with --expose, to anyone who asks)."""
    write_project(mini / "site", {"notes.txt": "PRIVATE NOTES", "index.html": "PRIVATE PAGE", "404.html": "PRIVATE"})
    server = Server(mini, port=0)
    server.start()
    try:
        for page in ("notes.txt", "", "index.html", "missing.txt"):
            status, body = get(server.url + page)
            assert "PRIVATE" not in body and status in (404, 500), (page, status)
        assert "refusing to replace a folder briefgen did not make" in get(server.url)[1]
    finally:
        server.stop()
    assert (mini / "site" / "notes.txt").read_text(encoding="utf-8") == "PRIVATE NOTES"


SEARCH_UPDATING = "The search index is updating"


def indexed_pages(site: Path) -> dict[str, bytes]:
    """The pages of `site` that search indexes, as they are now."""
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}
    return {path: file.read_bytes() for path, file in sorted(pages.items()) if indexed(path)}


class HeldIndex:
    """serve's index_folder_into, held until `release()`; `started()` lists the
    calls, `read()` the pages each call then read (Pagefind reads the served
    site in place). Told through files: serve indexes in a process of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def release(self) -> None:
        (self.folder / "release").touch()

    def started(self) -> list[Path]:
        return sorted(self.folder.glob("started-*"))

    def read(self) -> list[dict[str, bytes]]:
        return [pickle.loads(path.read_bytes()) for path in sorted(self.folder.glob("read-*"))]


@pytest.fixture
def held_index(monkeypatch, tmp_path):
    held = HeldIndex(tmp_path / "held-index")
    held.folder.mkdir()
    real = serve_module.index_folder_into

    def index_folder_into(site, cache, language, into, **options):
        (held.folder / f"started-{time.time_ns()}-{os.getpid()}").touch()
        deadline = time.monotonic() + 60
        while not (held.folder / "release").exists():
            assert time.monotonic() < deadline, "the test never released the index"
            time.sleep(0.02)
        (held.folder / f"read-{time.time_ns()}").write_bytes(pickle.dumps(indexed_pages(site)))
        return real(site, cache, language, into, **options)

    monkeypatch.setattr(serve_module, "index_folder_into", index_folder_into)
    return held


def test_edits_are_served_before_the_search_index_which_follows_in_the_background(mini, held_index, capsys):
    server = Server(mini, port=0)
    server.start()
    try:
        url, pagefind = server.url + EVENT_PAGE, server.site / "pagefind"
        wait_until(held_index.started, "the first index to start")
        # In a process of its own: the index never takes this one's interpreter from a rebuild,
        # and at a lower priority: nor the CPU that the rebuild needs.
        [worker] = {int(path.name.rsplit("-", 1)[1]) for path in held_index.started()} - {os.getpid()}
        assert os.getpriority(os.PRIO_PROCESS, worker) > os.getpriority(os.PRIO_PROCESS, 0)
        assert get(url)[0] == 200 and not pagefind.exists()
        assert SEARCH_UPDATING in get(server.url + "search/")[1]
        assert SEARCH_UPDATING not in get(url)[1]

        # The index of the first build is still held: the edit is built and served regardless.
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(url)[1], "the edited claim to be served")
        assert not pagefind.exists() and SEARCH_UPDATING in get(server.url + "search/")[1]

        held_index.release()
        wait_until(lambda: SEARCH_UPDATING not in get(server.url + "search/")[1],
                   "the search page to stop saying its index is updating", timeout=60)
        assert (pagefind / "pagefind.js").is_file()  # said only once the index is in place
        # The index placed is that of the edited pages, which the served site holds.
        read = held_index.read()[-1]
        assert NEW_CLAIM in read[EVENT_PAGE + "index.html"].decode()
        assert read == indexed_pages(server.site)
        # The placed files are those a build makes from these pages (now from its cache).
        copy, again = write_project(mini.parent / "pages-read", read), mini.parent / "index-again"
        bundle = {path: (again / path).read_bytes()
                  for path in index_folder_into(copy, mini / ".briefgen-cache" / "search", "en", again)}
        placed = {p.relative_to(pagefind).as_posix(): p.read_bytes() for p in pagefind.rglob("*") if p.is_file()}
        # With the index's own marker, which lists them: a build tells them from an editor's files.
        assert placed == {path.removeprefix("pagefind/"): data for path, data in bundle.items()} \
            | {MARKER: marker_listing({MARKER, *(path.removeprefix("pagefind/") for path in bundle)})}
        # Said once the site's listing with the index is recorded, a moment after the index is in place.
        wait_until(lambda: "search index updated" in capsys.readouterr().out, "the index to be reported")
        index_file = (pagefind / "pagefind-entry.json").stat().st_mtime_ns

        # A save that restores the built inputs is still 'up to date': the placed index belongs to that site.
        save(mini, "content/forums.yaml", (mini / "content" / "forums.yaml").read_text(encoding="utf-8"))
        wait_until(lambda: "up to date" in capsys.readouterr().out, "the unchanged rebuild")
        assert (pagefind / "pagefind-entry.json").stat().st_mtime_ns == index_file
    finally:
        held_index.release()
        server.stop()
    cache = mini / ".briefgen-cache"
    assert not [name for name in os.listdir(cache) if name.startswith(serve_module.INDEX_STAGING)]


def test_a_search_page_served_while_its_index_updates_reloads_when_the_index_is_placed(mini, held_index):
    """The search page said to reload it in a moment, and the analyst had to
    guess when: its stream now tells it to reload once the index is in place;
    other pages' streams say nothing of an index."""
    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(held_index.started, "the first index to start")
        search = get(server.url + "search/")[1]
        assert SEARCH_UPDATING in search and "this page reloads when it is ready" in search
        query = re.search(r'EventSource\("[^"?]*\?([^"]*)"\)', search).group(1)
        assert query.endswith("&page=search/index.html&index=0")
        event_page = get(server.url + EVENT_PAGE)[1]
        other = re.search(r'EventSource\("[^"?]*\?([^"]*)"\)', event_page).group(1)
        assert "index=" not in other
        waiting, elsewhere = event_stream(server, query), event_stream(server, other)
        try:
            assert told(waiting, within=1) == b""
            held_index.release()
            assert told(waiting, within=60).startswith(b"event: build\n")
            assert told(elsewhere, within=1.5) == b""
        finally:
            waiting.close()
            elsewhere.close()
        assert SEARCH_UPDATING not in get(server.url + "search/")[1]
        # A page served just before the index was placed, whose stream connects after it, reloads at once.
        late = event_stream(server, query)
        try:
            assert told(late, within=5).startswith(b"event: build\n")
        finally:
            late.close()
    finally:
        held_index.release()
        server.stop()


def test_the_index_is_placed_only_into_a_site_the_build_has_recorded(mini, monkeypatch, capsys):
    """Pages reload before the build saves its state; the index must not be
    placed before that state is saved (here, slowly, as on a loaded machine),
    or the next unchanged save would not be 'up to date'."""
    from briefgen import buildstate
    real_save = buildstate.save_json

    def slow_state(cache, name, state):
        if name == buildstate.STATE_FILE and threading.current_thread() is not threading.main_thread():
            time.sleep(1.5)  # the watcher's build: its listing of the site is taken, its state not yet saved
        real_save(cache, name, state)

    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(lambda: "search index updated" in capsys.readouterr().out, "the first index", timeout=60)
        monkeypatch.setattr(buildstate, "save_json", slow_state)
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edited claim to be served")
        wait_until(lambda: "search index updated" in capsys.readouterr().out, "the new index", timeout=60)
        monkeypatch.setattr(buildstate, "save_json", real_save)
        save(mini, "content/forums.yaml", (mini / "content" / "forums.yaml").read_text(encoding="utf-8"))
        wait_until(lambda: "up to date" in capsys.readouterr().out, "the unchanged rebuild")
    finally:
        server.stop()


# Pagefind stand-in that never finishes, as Pagefind over a large site seems to
# a rebuild that starts meanwhile; each run leaves its process id.
HANGING_PAGEFIND = f"""#!{sys.executable}
import os
from pathlib import Path
Path(__file__).with_name(f"ran-{{os.getpid()}}").touch()
os.execv("/bin/sleep", ["sleep", "120"])
"""


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_rebuild_ends_the_stale_index_at_once_and_so_does_stopping(mini, tmp_path, monkeypatch):
    stand_in = tmp_path / "stand-in" / "pagefind"
    stand_in.parent.mkdir()
    stand_in.write_text(HANGING_PAGEFIND, encoding="utf-8")
    stand_in.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(stand_in))

    def runs() -> list[int]:
        return sorted(int(p.name[4:]) for p in stand_in.parent.glob("ran-*"))

    server = Server(mini, port=0)
    server.start()
    try:
        [first] = wait_until(runs, "Pagefind to index the first site")
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: len(runs()) == 2, "Pagefind to index the edited site")
        assert not running(first)  # ended, not left to index pages no longer served
        [second] = set(runs()) - {first}
        assert running(second)
        stopping = time.monotonic()
    finally:
        server.stop()
    assert not running(second) and time.monotonic() - stopping < 10
    assert not (server.site / "pagefind").exists()
    assert os.listdir(mini / ".briefgen-cache" / "search") == []  # no working folder left behind


def test_a_rebuild_ends_the_stale_pagefind_itself_without_waiting_for_the_index_to_be_looked_at(
        mini, tmp_path, monkeypatch):
    """Pagefind takes a core that the rebuild needs: the rebuild tells the
    index's worker to end it as it begins, rather than leaving it until the
    index thread next looks (made half a minute here, so only the first can pass)."""
    stand_in = tmp_path / "stand-in" / "pagefind"
    stand_in.parent.mkdir()
    stand_in.write_text(HANGING_PAGEFIND, encoding="utf-8")
    stand_in.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(stand_in))
    monkeypatch.setattr(parsepool, "UNTIL_POLL", 30)
    server = Server(mini, port=0)
    server.start()
    try:
        [first] = wait_until(lambda: [int(p.name[4:]) for p in stand_in.parent.glob("ran-*")],
                             "Pagefind to index the first site")
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: not running(first), "the stale Pagefind to end", timeout=10)
    finally:
        server.stop()


def test_serve_makes_no_index_when_the_project_turns_search_off(make_project, monkeypatch):
    monkeypatch.setattr(serve_module, "index_folder_into", lambda *args: pytest.fail("indexed with search off"))
    root = make_project({"briefgen.toml": '[site]\nsearch = false\n'})
    server = Server(root, port=0)
    server.start()
    try:
        assert get(server.url + EVENT_PAGE)[0] == 200
        assert SEARCH_UPDATING not in get(server.url + "search/")[1]
        assert not (server.site / "pagefind").exists()
    finally:
        server.stop()


def test_the_builds_own_output_and_caches_are_not_watched(mini, monkeypatch):
    """Only the input folders are watched: the thousands of files a build
    writes never reach the watch (watching them cost every rebuild)."""
    seen: list[str] = []
    check = serve_module._ProjectFilter.__call__
    monkeypatch.setattr(serve_module._ProjectFilter, "__call__",
                        lambda self, change, path: seen.append(path) or check(self, change, path))
    server = Server(mini, port=0)
    server.start()
    try:
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edit")
        time.sleep(0.5)  # what the rebuild wrote would have arrived by now
    finally:
        server.stop()
    assert any(path.endswith("forums.yaml") for path in seen)
    outside = [p for p in seen if Path(p).relative_to(mini).parts[0] not in serve_module.WATCHED_FOLDERS]
    assert outside == []



def test_an_editors_auto_save_and_lock_files_start_no_rebuild(served):
    """Emacs saves #forums.yaml# every few hundred keystrokes and keeps
    .#forums.yaml while the file is edited; none is read (nor published
    from static/), so none rebuilds the site and indexes it again."""
    builds = served.status.builds
    content = served.root / "content"
    (content / "#forums.yaml#").write_text("- id: [half typed\n", encoding="utf-8")
    os.symlink("editor@host.4242:1700000000", content / ".#forums.yaml")
    (served.root / "seeds" / "#notes.md#").write_text("First thoughts\n", encoding="utf-8")
    time.sleep(1.5)  # the watch's debounce is 0.4 s
    assert served.status.builds == builds
    edit_forums(served.root, OLD_CLAIM, NEW_CLAIM)
    wait_until(lambda: NEW_CLAIM in get(served.url + EVENT_PAGE)[1], "the edit itself")

def test_the_settings_saved_while_serving_rebuild_the_site(make_project):
    root = make_project({"briefgen.toml": '[site]\ntitle = "First title"\nsearch = false\n'})
    server = Server(root, port=0)
    server.start()
    try:
        assert "First title" in get(server.url)[1]
        save(root, "briefgen.toml", '[site]\ntitle = "Second title"\nsearch = false\n')
        wait_until(lambda: "Second title" in get(server.url)[1], "the new title")
    finally:
        server.stop()


def test_an_input_folder_made_while_serving_is_built_and_then_watched(make_project):
    root = make_project({"briefgen.toml": '[site]\nsearch = false\n'})
    assert not (root / "pages").exists()
    server = Server(root, port=0)
    server.start()
    try:
        (root / "pages").mkdir()
        (root / "pages" / "about.md").write_text("---\ntitle: About this brief\n---\nFirst words.\n")
        wait_until(lambda: "First words." in get(server.url + "about/")[1], "the new folder's page")
        save(root, "pages/about.md", "---\ntitle: About this brief\n---\nSecond words.\n")
        wait_until(lambda: "Second words." in get(server.url + "about/")[1], "an edit in the new folder")
    finally:
        server.stop()



def test_a_site_up_to_date_at_start_is_read_ahead_so_the_first_edit_decodes_only_what_changed(mini, monkeypatch):
    from briefgen import recordjson
    from briefgen.build import build
    assert build(mini, search=False).ok  # serve's first build then finds the site up to date
    decoded: list[str] = []
    from_plain = recordjson.from_plain
    monkeypatch.setattr(recordjson, "from_plain",
                        lambda stem, *args: decoded.append(stem) or from_plain(stem, *args))
    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(lambda: {"forums", "figures", "countries"} <= set(decoded), "the project read ahead")
        decoded.clear()
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edit")
    finally:
        server.stop()
    assert decoded == ["forums"]  # the edited item alone; the others as the reading ahead decoded them


def test_the_first_edit_works_out_afresh_only_the_digests_of_the_record_it_changed(mini, monkeypatch):
    """The reading ahead also checks the project and works out the digests
    of what pages read, as a build would: the first edit's rebuild works out
    those of the edited record alone, as later edits do."""
    from briefgen import pageinputs
    from briefgen.build import build
    assert build(mini, search=False).ok  # serve's first build then finds the site up to date
    pageinputs._KEPT.clear()  # as in a new process: the build above kept the digests
    worked_out = digests_worked_out(monkeypatch)
    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(lambda: {"rec astana-forum-2024", "claims companies", "src article"} <= set(worked_out)
                   and not any(thread.name == "briefgen-read-ahead" for thread in threading.enumerate()),
                   "the project read ahead")
        worked_out.clear()
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edit")
    finally:
        server.stop()
    kept_tables = sorted(entry for entry in worked_out if entry.split()[0] in ("rec", "claims", "src"))
    assert kept_tables == ["claims astana-forum-2024", "rec astana-forum-2024"]


def test_the_first_edit_finds_the_templates_compiled_and_the_record_of_the_pages_read(mini, monkeypatch):
    """The reading ahead also compiles the templates and decodes the last
    build's record of its pages: the rebuild of the first edit does neither."""
    import jinja2
    from briefgen import buildstate
    from briefgen.render import _COMPILED
    subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "build", "--no-search"], check=True)
    _COMPILED.clear()  # as in a new process: the templates were compiled by other tests in this one
    done_in: dict[str, list[str]] = {"compiled": [], "pages record read": []}
    compile_, loads = jinja2.Environment.compile, buildstate.jsontext.loads

    def compiling(self, *args, **kwargs):
        done_in["compiled"].append(threading.current_thread().name)
        return compile_(self, *args, **kwargs)

    def decoding(data):
        value = loads(data)
        if isinstance(value, dict) and "leads" in value:
            done_in["pages record read"].append(threading.current_thread().name)
        return value

    monkeypatch.setattr(jinja2.Environment, "compile", compiling)
    monkeypatch.setattr(buildstate.jsontext, "loads", decoding)
    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(lambda: "briefgen-read-ahead" not in {t.name for t in threading.enumerate()},
                   "the reading ahead to end")
        assert set(done_in["compiled"]) == set(done_in["pages record read"]) == {"briefgen-read-ahead"}
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edit")
    finally:
        server.stop()
    assert set(done_in["compiled"]) == set(done_in["pages record read"]) == {"briefgen-read-ahead"}


def _held_until(edited: threading.Event) -> None:
    """In the reading ahead: wait for the test's edit, and for the watch to see it, which
    ends the reading ahead (a fixed pause was too short for the watch of a loaded machine)."""
    assert edited.wait(20), "the test never edited"
    # Never seen (the reading ahead not ended by edits), it goes on after 20 s, and the test's count fails.
    deadline = time.monotonic() + 20
    while not keptobjects.abandoned() and time.monotonic() < deadline:
        time.sleep(0.01)


def _edit_while_reading_ahead(mini: Path, begun, edited: threading.Event) -> None:
    """Serve `mini`; once `begun()`, edit it while the reading ahead is held
    (_held_until `edited`), and wait for the edit to be served."""
    server = Server(mini, port=0)
    server.start()
    try:
        wait_until(begun, "the reading ahead to begin")
        edit_forums(mini, OLD_CLAIM, NEW_CLAIM)
        edited.set()
        wait_until(lambda: NEW_CLAIM in get(server.url + EVENT_PAGE)[1], "the edit")
    finally:
        server.stop()


def test_an_edit_ends_the_templates_compiled_ahead_between_two_templates(mini, monkeypatch):
    from briefgen import pagereuse
    from briefgen.build import build
    assert build(mini, search=False).ok
    ahead: list[list[str]] = []
    edited = threading.Event()
    compile_templates = pagereuse.compile_templates

    def compiling(env, names):
        if threading.current_thread().name == "briefgen-read-ahead":
            ahead.append(list(names))
            _held_until(edited)
        return compile_templates(env, names)

    monkeypatch.setattr(pagereuse, "compile_templates", compiling)
    _edit_while_reading_ahead(mini, lambda: ahead, edited)
    assert len(ahead) == 1 and len(ahead[0]) == 1  # one template, then it stopped


def test_an_edit_ends_the_digests_read_ahead_and_the_rebuild_takes_those_worked_out(mini, monkeypatch):
    from briefgen import pageinputs
    from briefgen.build import build
    from briefgen.tracked import ALL
    assert build(mini, search=False).ok
    pageinputs._KEPT.clear()  # as in a new process
    ahead: list[str] = []
    rebuilt: list[str] = []
    edited = threading.Event()
    entry = pageinputs.PageInputs._entry

    def working_out(self, table, key):
        if key is not ALL:
            reading_ahead = threading.current_thread().name == "briefgen-read-ahead"
            (ahead if reading_ahead else rebuilt).append(f"{table} {key}")
            if reading_ahead and (table, key) == ("rec", "jp"):
                _held_until(edited)
        return entry(self, table, key)

    monkeypatch.setattr(pageinputs.PageInputs, "_entry", working_out)
    _edit_while_reading_ahead(mini, lambda: "rec jp" in ahead, edited)
    assert ahead[-1] == "rec jp" and "rec kz" not in ahead  # it stopped before the next digest
    # Those it worked out are kept: the rebuild works out the edited record's and those not reached.
    assert [key for key in ahead if key in rebuilt] == ["rec astana-forum-2024"]
    assert "rec kz" in rebuilt


def test_an_edit_ends_the_reading_ahead_at_once(mini, monkeypatch):
    """The reading ahead gives way to the edit it prepares for: it stops at
    the next file or item it would decode, and the rebuild decodes the rest."""
    from briefgen import recordjson
    from briefgen.build import build
    assert build(mini, search=False).ok
    ahead: list[str] = []
    edited = threading.Event()
    from_plain = recordjson.from_plain

    def decoding(stem, *args):
        if threading.current_thread().name == "briefgen-read-ahead":
            ahead.append(stem)
            _held_until(edited)
        return from_plain(stem, *args)

    monkeypatch.setattr(recordjson, "from_plain", decoding)
    _edit_while_reading_ahead(mini, lambda: ahead, edited)
    assert len(ahead) == 1  # it stopped before the next item


def test_an_edit_ends_the_reading_ahead_between_the_records_the_checks_go_through(mini, monkeypatch):
    """The checks over the whole brief give way to the edit between two
    records: the reading ahead checks no further record's fields, and the
    rebuild checks them all."""
    from briefgen import support
    from briefgen.build import build
    assert build(mini, search=False).ok
    # Each record's fields checked again, none taken whole as the last build found them (support.py).
    (mini / ".briefgen-cache" / "support.json").unlink()
    ahead: list[str] = []
    rebuilt: list[str] = []
    edited = threading.Event()
    check_record = support._check_record

    def checking(record, *args):
        if threading.current_thread().name == "briefgen-read-ahead":
            ahead.append(record.id)
            _held_until(edited)
        else:
            rebuilt.append(record.id)
        return check_record(record, *args)

    monkeypatch.setattr(support, "_check_record", checking)
    _edit_while_reading_ahead(mini, lambda: ahead, edited)
    assert len(ahead) == 1  # it stopped before the next record
    assert sorted(rebuilt) == sorted(support._CHECKED)  # every record, none kept from the reading ahead
    assert gc.isenabled() and gc.get_freeze_count() == 0  # what it froze on the way out is back with the rest


def failing_brief(make_project, settings: str) -> Path:
    return make_project({"briefgen.toml": '[site]\ntitle = "Brief"\n' + settings,
                         "content/forums.yaml": MINI["content/forums.yaml"].replace("place: Astana", "place: [Astana")})


@pytest.mark.parametrize("language, heading, direction", [("de", "Build fehlgeschlagen", "ltr"),
                                                          ("ar", "فشل البناء", "rtl")])
def test_the_failure_page_speaks_the_briefs_language_and_keeps_the_diagnostics_as_printed(
        make_project, language, heading, direction):
    """A German brief's failing build was shown as `<html lang="en">`, 'Build failed' and 'The
    site on disk is unchanged…'. The page is in the brief's language and direction; the
    diagnostics and the summary are briefgen's own lines, marked as English."""
    server = Server(failing_brief(make_project, f'language = "{language}"\n'), port=0)
    server.start()
    try:
        status, page = get(server.url + EVENT_PAGE)
        assert status == 500
        assert f'<html lang="{language}" dir="{direction}">' in page
        assert f"<title>{heading} · briefgen serve</title>" in page and f"<h1>{heading}</h1>" in page
        assert html.escape(labels.table(language)["serve_site_unchanged"], quote=False) in page
        assert "Build failed" not in page and "The site on disk" not in page
        assert UNCLOSED_LIST in overlay_diagnostics(page)
        assert '<div lang="en" dir="ltr">\n\n<pre class="diagnostic">' in page
    finally:
        server.stop()


def test_the_failure_page_takes_the_briefs_own_label_in_a_language_briefgen_does_not_speak(make_project):
    server = Server(failing_brief(make_project, 'language = "sw"\n[labels]\nserve_build_failed = "Ujenzi <umeshindwa>"\n'),
                    port=0)
    server.start()
    try:
        status, page = get(server.url)
        assert status == 500
        assert '<html lang="sw" dir="ltr">' in page and "<h1>Ujenzi &lt;umeshindwa&gt;</h1>" in page
    finally:
        server.stop()


def test_the_search_page_s_updating_note_speaks_the_briefs_language(make_project):
    root = make_project({"briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "fr"\n'})
    note = servepages.updating_note(servepages.voice_of(root)).decode()
    assert note == ('<p data-briefgen-serve class="search-updating" role="status">'
                    f'{labels.table("fr")["serve_search_updating"]}</p>\n')
    assert SEARCH_UPDATING not in note
