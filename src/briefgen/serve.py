"""`briefgen serve`: build, serve the site on 127.0.0.1, rebuild on change and
reload open pages.

The published site never contains the reload script: it is added to HTML
responses as they are served. Pages are rebuilt without the search index and
published at once; the index is then made in the background (see `Indexer`)
and placed into the served site when done, while the search page says it is
updating. When a rebuild fails, pages show the
diagnostics instead of the stale site (which stays on disk untouched) until
the next good build."""
from __future__ import annotations

import collections
import contextlib
import functools
import http.server
import io
import ipaddress
import multiprocessing
import os
import socket
import stat
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

import markupsafe
import watchfiles

from . import buildstate, gcpause, inputs, keptobjects, parsepool, sitelisting, stages
from .build import Result, build
from .config import CONFIG_FILE, load_project, no_brief
from .diagnostics import Diagnostics, os_reason
from .locks import owned_folder, remove_abandoned
from .outguard import MARKER, is_marked, marker_listing
from .search import SEARCH_FOLDER, IndexAbandoned, SearchIndexError, index_folder_into
from .servepages import ENGLISH, failure_page, not_found_page, updating_note, voice_of
from .urls import site_base

HOST = "127.0.0.1"
EVENTS_PATH = "/__briefgen/events"  # ids are slugs, so no page can live here
WATCHED_FOLDERS = buildstate.INPUT_FOLDERS
STOP_SECONDS = 10  # an index no longer wanted is given this long to end its Pagefind, then ended outright
TICK_MS = 100  # how often the watch looks at the root's own entries (and at whether to stop)
KEEPALIVE_SECONDS = 15  # a closed tab is noticed at the next write
SEARCH_PAGE = "search/index.html"
INDEX_STAGING = ".serve-index-"  # working folders in .briefgen-cache/

# `after` is the build the page was served from: a build that finished before
# the page connected still reloads it. `page` (its output path, quoted) tells
# the server which pages are open, to show them before the rest is written.
# `index`, on a search page served while its index was updating: how many
# indexes had been placed then; the page reloads once another is.
RELOAD_SCRIPT = ('<script data-briefgen-serve>new EventSource("{path}?after={build}&page={page}{index}")'
                 '.addEventListener("build", () => location.reload());</script>\n')

class BuildStatus:
    """The latest build as the browser should see it: a counter that open
    pages wait on, the diagnostics while the build is failing, and the pages
    open in a browser that a build under way shows before its site is in
    place (as Hugo's server renders the pages in view first)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.builds = 0
        self.failure: Result | None = None
        self.voice = ENGLISH  # the brief's language and labels, for the pages serve writes itself
        # The address the site's 404 page links to (its base_url): served here, its links must lead here instead.
        self.base = ""
        self.closed = False
        self.indexing = False  # the served site's search index is behind its pages
        self.indexes = 0  # search indexes placed into the served site
        self.previews: dict[str, bytes] = {}  # output path -> the page as the build under way makes it
        self._open: collections.Counter[str] = collections.Counter()  # output paths of pages open, by stream
        # What each recent count brought: ("pages", those shown early), ("site", the pages of those
        # that it holds as they were shown) or ("failure", nothing); a page told of neither kind reloads.
        self._news: collections.deque[tuple[int, str, frozenset[str]]] = collections.deque(maxlen=64)

    def publish(self, result: Result | None, as_shown: Iterable[str] = ()) -> None:
        """`result`: the build's, or None for a new site just put in place;
        `as_shown`: the pages shown early that the new site holds unchanged."""
        with self._changed:
            self.builds += 1
            self.failure = None if result is None or result.ok else result
            self._news.append((self.builds, "site" if self.failure is None else "failure", frozenset(as_shown)))
            self.previews = {}
            self._changed.notify_all()

    def show(self, pages: dict[str, bytes]) -> None:
        """Pages of the build under way, served until it ends."""
        if not pages:
            return
        with self._changed:
            self.builds += 1
            self.previews = pages
            self._news.append((self.builds, "pages", frozenset(pages)))
            self._changed.notify_all()

    def open_pages(self) -> list[str]:
        with self._changed:
            return sorted(self._open)

    @contextlib.contextmanager
    def watching(self, page: str | None) -> Iterator[None]:
        """While a page's stream is open, the page is open."""
        if page is None:
            yield
            return
        with self._changed:
            self._open[page] += 1
        try:
            yield
        finally:
            with self._changed:
                self._open[page] -= 1
                if self._open[page] <= 0:
                    del self._open[page]

    def concerns(self, page: str | None, seen: int, now: int) -> bool:
        """Whether `page` (served from count `seen`) is to reload for what
        counts up to `now` brought: a page shown early is not reloaded when
        the site that follows holds it unchanged; a stream that names no
        page reloads for every site and failure, never for pages shown early."""
        with self._changed:
            news = [item for item in self._news if seen < item[0] <= now]
        if len(news) < now - seen:
            return True  # older than what is remembered
        for _, kind, pages in news:
            if kind == "failure" or (kind == "pages") == (page in pages):
                return True
        return False

    def latest(self) -> tuple[int, Result | None, dict[str, bytes]]:
        with self._changed:  # all from the same build
            return self.builds, self.failure, self.previews

    def index_placed(self) -> None:
        """A search index is in the served site: search pages served while it was updating reload."""
        with self._changed:
            self.indexing = False
            self.indexes += 1
            self._changed.notify_all()

    def wait(self, after: int, timeout: float, indexes: int | None = None) -> int:
        """The build count once it passes `after` (or, given `indexes`, once
        more indexes than that are placed), or when `timeout` runs out."""
        with self._changed:
            self._changed.wait_for(lambda: self.builds != after or self.closed
                                   or indexes is not None and self.indexes != indexes, timeout)
            return self.builds

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()


def _no_link_on_the_way(path: Path, top: Path) -> bool:
    """Whether no folder or file from the site's own folder `top` (itself
    included) down to `path` is a symbolic link (nor `path` lies outside `top`)."""
    try:
        parts = path.relative_to(top).parts
    except ValueError:
        return False
    at = top.parent
    for part in (top.name, *parts):
        at = at / part
        try:
            if stat.S_ISLNK(os.lstat(at).st_mode):
                return False
        except OSError:
            return True  # missing: the page that is not found says so
    return True


class _Handler(http.server.SimpleHTTPRequestHandler):
    server: "_HTTPServer"

    def log_message(self, *args) -> None:
        pass  # the terminal is for build output

    def end_headers(self) -> None:
        # Any file may change at the next rebuild. A stylesheet or image sent
        # with only its Last-Modified is fresh for a while by the browser's own
        # reckoning, and the reload after an edit takes it from its cache.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        if self._refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == EVENTS_PATH:
            self._stream_events(urllib.parse.parse_qs(url.query))
        else:
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._refused():
            super().do_HEAD()

    def _refused(self) -> bool:
        """Answer only requests addressed to this server by a local name: a
        web page whose own name was re-pointed at 127.0.0.1 (DNS rebinding)
        sends its own Host and must not read the drafts. A NUL in the path
        names no file."""
        if not self.server.exposed and (self.headers.get("Host") or "").lower() not in self.server.local_hosts:
            port = self.server.server_address[1]
            self.send_error(403, "Forbidden host",
                            f"briefgen serve answers only http://127.0.0.1:{port}/ and http://localhost:{port}/")
            return True
        if "\0" in urllib.parse.unquote(urllib.parse.urlsplit(self.path).path):
            self.send_error(400, "Bad request", "the address holds a NUL character")
            return True
        return False

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if not _no_link_on_the_way(path, Path(self.directory)):  # a build writes none: one put there leads out
            self.send_error(404, "Not found")
            return None
        if not is_marked(Path(self.directory)):  # the editor's own folder, which the build refused to replace:
            return self._send_page(path, ours=False)  # none of its files is sent (with --expose, to anyone)
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        elif path.is_dir():
            return super().send_head()  # redirects to the slashed URL
        if path.suffix == ".html" or not path.exists():
            return self._send_page(path)
        return super().send_head()

    def _send_page(self, path: Path, ours: bool = True):
        """The page at `path`; `ours`: whether the served folder is a site
        briefgen made, whose files may be read (if not, only a build's
        diagnostics or previews are sent)."""
        # Read the count before the file: a page can be newer than its count
        # (one extra reload), never older (a missed one).
        served_build, failure, previews = self.server.status.latest()
        page = _output_path(path, Path(self.directory))
        if page in previews:  # the build under way passed its checks: it shows this page before the rest
            code, html = 200, previews[page]
        elif failure is not None:
            code, html = 500, failure_page(self.server.status.voice, failure.summary(), failure.diagnostics.items)
        else:
            code, html = 200, _read(path) if ours else None
        if html is None:
            code, html = 404, _read(Path(self.directory) / "404.html") if ours else None
            if html is not None and self.server.status.base:
                html = _linked_here(html, self.server.status.base)
        if html is None:
            html = not_found_page(self.server.status.voice)
        indexes = None
        if code == 200 and self.server.status.indexing and path == Path(self.directory) / SEARCH_PAGE:
            indexes = self.server.status.indexes  # read before the page says it is updating: never a missed reload
            html = _inject(html, updating_note(self.server.status.voice))
        html = _inject_reload(html, served_build, page, indexes)
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(html)))
        self.end_headers()
        return io.BytesIO(html)

    def _stream_events(self, query: dict[str, list[str]]) -> None:
        status = self.server.status
        try:
            seen = int(query.get("after", [""])[0])
        except ValueError:
            seen = status.builds
        if seen > status.builds:
            # The page comes from a serve stopped since, whose count this one
            # has not reached; its stream reconnects here, to a site perhaps
            # built from edits made meanwhile: reload it now.
            seen = -1
        page = query.get("page", [None])[0]
        try:  # only a search page served while its index was updating gives it
            indexes: int | None = int(query["index"][0])
        except (KeyError, ValueError):
            indexes = None
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            with status.watching(page):
                while not status.closed:
                    current = status.wait(seen, KEEPALIVE_SECONDS, indexes)
                    if status.closed:
                        return
                    if indexes is not None and status.indexes != indexes:
                        self.wfile.write(f"event: build\ndata: {current}\n\n".encode())
                        indexes = None  # the page reloads, and asks again if the next index is under way
                    elif current == seen:
                        self.wfile.write(b": keepalive\n\n")
                    elif status.concerns(page, seen, current):
                        self.wfile.write(f"event: build\ndata: {current}\n\n".encode())
                    self.wfile.flush()
                    seen = current
        except (BrokenPipeError, ConnectionResetError):
            return  # the page went away


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None


def _inject_reload(html: bytes, build: int, page: str, indexes: int | None = None) -> bytes:
    quoted = urllib.parse.quote(page, safe="/")  # nothing that ends the script's string or the script
    index = "" if indexes is None else f"&index={indexes}"
    return _inject(html, RELOAD_SCRIPT.format(path=EVENTS_PATH, build=build, page=quoted, index=index).encode())


def _linked_here(html: bytes, base: str) -> bytes:
    """The 404 page of a site built for `base`, whose links are absolute (a host
    serves it at any depth), with those links leading to this server's root:
    else its stylesheet came from the published site and its navigation left
    the drafts for it."""
    return html.replace(b'="' + str(markupsafe.escape(base)).encode(), b'="/')


def _output_path(path: Path, site: Path) -> str:
    """The output path of the file `path` in the served `site` ("" outside it)."""
    try:
        return path.relative_to(site).as_posix()
    except ValueError:
        return ""


def _inject(html: bytes, markup: bytes) -> bytes:
    end = html.lower().rfind(b"</body>")
    return html[:end] + markup + html[end:] if end >= 0 else html + markup


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, site: Path, status: BuildStatus) -> None:
        self.status = status
        # Bound beyond this computer (only with --expose): reached by any name, on purpose.
        self.exposed = not ipaddress.ip_address(host).is_loopback
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), functools.partial(_Handler, directory=str(site)))
        self.local_hosts = _local_hosts(host, self.server_address[1])


def _local_hosts(bound: str, port: int) -> frozenset[str]:
    """Host headers naming this server: localhost, the loopback addresses and
    the bound one, with the port (a browser leaves out only port 80)."""
    names = {"localhost", "127.0.0.1", "[::1]", f"[{bound}]" if ":" in bound else bound}
    return frozenset({f"{name}:{port}" for name in names} | (names if port == 80 else set()))


class _ProjectFilter(watchfiles.DefaultFilter):
    """Only the project's inputs trigger a build; the output written under the
    same root, caches and editors' own files do not (watchfiles' default
    knows vim's swap files and backups, not Emacs's auto-saves: inputs.editors_own)."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        try:
            relative = Path(path).relative_to(self.root)
        except ValueError:
            return False
        parts = relative.parts
        watched = relative.as_posix() == CONFIG_FILE or (bool(parts) and parts[0] in WATCHED_FOLDERS)
        return watched and not inputs.editors_own(relative.name) and super().__call__(change, path)


class Indexer:
    """Makes the search index of the served site in a background thread, so
    that a rebuild never waits for Pagefind.

    Each rebuild first calls `site_changing()`; an index is placed only into
    the site it was made from: Pagefind runs over that site's pages (through
    the search cache), the bundle is written into a working folder in
    .briefgen-cache/ and renamed to `pagefind/` in the site, under the same
    lock that `site_changing()` takes, and only if no rebuild began since.
    An index that a newer edit made stale is dropped, and Pagefind, still
    running over the stale site, is ended at once: it would take the CPU the
    rebuild needs (at 1,000 sources, a second of a save's reload). Requests
    that pile up while Pagefind runs are merged into one for the latest site."""

    def __init__(self, status: BuildStatus) -> None:
        self.status = status
        self._lock = threading.Condition()
        self._generation = 0  # rebuilds begun
        self._request: tuple[int, Path, Path, str] | None = None
        self._stopped = False
        self._stop_running = None  # the running index's stop event: set at once when it goes stale
        self._thread = threading.Thread(target=self._run, name="briefgen-index", daemon=True)
        self._thread.start()

    def site_changing(self) -> None:
        with self._lock:  # waits at most for one rename
            self._generation += 1
            self._request = None
            self._stop_aside()  # Pagefind ends now, not when the stale index is next looked at

    def expect(self) -> None:
        """An index is coming for the site just put in place (`index` asks for it)."""
        with self._lock:
            self.status.indexing = True

    def index(self, site: Path, cache: Path, language: str) -> None:
        """Index `site`, just written by the latest rebuild."""
        with self._lock:
            self._request = (self._generation, site, cache, language)
            self.status.indexing = True
            self._lock.notify_all()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._stop_aside()
            self._lock.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join()

    def _stop_aside(self) -> None:
        if self._stop_running is not None:
            self._stop_running.set()

    def _run(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._request is not None or self._stopped)
                if self._stopped:
                    return
                generation, site, cache, language = self._request
                self._request = None
            try:
                self._index_once(generation, site, cache, language)
            except IndexAbandoned:
                pass  # a newer rebuild, or the end of serve, made it stale
            except SearchIndexError as exc:
                self._give_up(generation, f"search index failed: {exc}\n    hint: {exc.hint}")
            except OSError as exc:  # the site was replaced while read, or the cache cannot be written
                self._give_up(generation, f"search index not updated: {os_reason(exc)}")
            except Exception as exc:  # the session must go on; pages are served without search
                self._give_up(generation, f"search index crashed: {type(exc).__name__}: {exc}")

    def _index_once(self, generation: int, site: Path, cache: Path, language: str) -> None:
        def stale() -> bool:
            return not self._current(generation)

        if stale():
            return
        remove_abandoned(cache, INDEX_STAGING)  # left by a serve that was killed
        with owned_folder(cache, INDEX_STAGING) as work:
            # In a process of its own: reading the pages and writing the index
            # in this one would take its interpreter from a rebuild begun
            # meanwhile. The rebuild ends the worker (and its Pagefind) instead.
            made, stop_aside = work / "aside", multiprocessing.get_context("fork").Event()
            with self._lock:
                if self._generation != generation or self._stopped:
                    return
                self._stop_running = stop_aside
            try:
                with parsepool.beside(functools.partial(_index_into, site, cache, language, made, stop_aside.is_set)) as aside:
                    listed = aside(until=stale)
                    if listed is None and stale():
                        stop_aside.set()  # the worker ends Pagefind and waits for it, as a stop asks
                        deadline = time.monotonic() + STOP_SECONDS
                        aside(until=lambda: time.monotonic() > deadline)  # else it is ended outright
                        return
            finally:
                with self._lock:
                    self._stop_running = None
            if listed is None:
                made = work / "here"  # the worker failed: index here, where the failure is reported
                listed = _index_into(site, cache, language, made, stop=stale)
            with self._lock:  # a rebuild waits for it: the site is listed beforehand (_index_into)
                target = site / SEARCH_FOLDER
                # The site is briefgen's (its marker) and was written without an
                # index: nothing there is replaced.
                if self._generation != generation:
                    return
                placed = is_marked(site) and not os.path.lexists(target)
                if placed:
                    os.rename(made / "pagefind", target)
                    if listed is not True:  # an unchanged rebuild is still skipped
                        buildstate.site_grew(cache, site, listed)
                    self.status.index_placed()  # said once the index is there
                else:
                    self.status.indexing = False
            if not placed:
                return
        print("search index updated", flush=True)

    def _current(self, generation: int) -> bool:
        with self._lock:
            return self._generation == generation and not self._stopped

    def _give_up(self, generation: int, message: str) -> None:
        with self._lock:
            if self._generation != generation or self._stopped:
                return  # a newer rebuild has its own index coming
            self.status.indexing = False
        print(message, file=sys.stderr, flush=True)


class Server:
    """Builds `root` into its site/ folder, serves it and rebuilds on change.
    `start()` returns once the first build is done and edits are watched."""

    def __init__(self, root: Path, port: int = 8000, host: str = HOST) -> None:
        self.root = root.resolve()
        self.site = self.root / "site"
        self.host = host
        self.requested_port = port
        self.status = BuildStatus()
        self._http: _HTTPServer | None = None
        self._stopping = threading.Event()
        self._watching = threading.Event()
        self._watch_ended = threading.Event()
        self._building = threading.Lock()  # the first build and rebuilds never overlap
        self._edited = threading.Event()  # set by the first edit, and by stopping: no more reading ahead
        self._threads: list[threading.Thread] = []
        self.indexer: Indexer | None = None
        self.watch_error: Exception | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._http.server_address[1]}/"

    def start(self) -> None:
        """Raises OSError when the port cannot be used."""
        keptobjects.keep_between_builds()
        self._http = _HTTPServer(self.host, self.requested_port, self.site, self.status)
        self.indexer = Indexer(self.status)
        watcher = threading.Thread(target=self._watch, name="briefgen-watch", daemon=True)
        # A short poll interval keeps stop() quick.
        http_thread = threading.Thread(target=self._http.serve_forever, args=(0.05,), name="briefgen-http", daemon=True)
        self._threads = [watcher, http_thread]
        for thread in self._threads:
            thread.start()
        try:
            self._watching.wait()
            if self._rebuild("").reused is not None:
                # Never joined: an edit or stopping ends it, and it leaves nothing half-written.
                threading.Thread(target=self._read_ahead, name="briefgen-read-ahead", daemon=True).start()
        except BaseException:
            self.stop()
            raise

    def wait(self) -> None:
        """Until stopped, or until watching fails. The wait wakes up now and
        then: the kernel may hand Ctrl-C to another thread, and only a main
        thread that runs Python again raises it. It waits on an event, not on
        joining the watcher: Ctrl-C interrupting Thread.join marks the thread
        as ended while it still runs (CPython gh-90882), and stop() then did not
        wait for the rebuild under way, cut short at exit with its staging
        folder and the output lock left beside the site."""
        while not self._watch_ended.wait(0.1):
            pass

    def stop(self) -> None:
        self._stopping.set()
        self._edited.set()
        self.status.close()
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join()
        if self.indexer is not None:
            self.indexer.stop()  # after the watcher: no rebuild asks for an index any more

    def _watch(self) -> None:
        """The input folders are watched, not the root: a build writes
        thousands of files and folders into site/ and .briefgen-cache/, and
        watching those would cost every rebuild (each new folder watched,
        each write passed to this process). The root's own entries (the
        settings file, an input folder made, removed or replaced) are looked
        at on every tick instead; when the folders change, they are watched
        anew before the rebuild, so that nothing written meanwhile is missed."""
        try:
            top = _top_level(self.root)
            pending: list[str] = []
            while not self._stopping.is_set():
                folders = [self.root / name for name, _ in top[1]]
                ticks = watchfiles.watch(
                    *folders, watch_filter=_ProjectFilter(self.root), debounce=400, step=50,
                    stop_event=self._stopping, rust_timeout=TICK_MS, yield_on_timeout=True,
                    raise_interrupt=False, ignore_permission_denied=True) if folders else _idle(self._stopping)
                for changes in ticks:
                    self._watching.set()  # the first (empty) yield: the watch is in place
                    now = _top_level(self.root)
                    changed = pending + _changed_files(changes, self.root) + _top_level_changes(top, now)
                    pending = []
                    regrouped, top = now[1] != top[1], now
                    if regrouped:
                        pending = changed
                        break
                    if changed:
                        self._edited.set()
                        self._rebuild(_describe(sorted(set(changed))))
        except Exception as exc:  # e.g. out of inotify watches: say so, stop serving
            self.watch_error = exc
        finally:
            self._watching.set()
            self._watch_ended.set()

    def _read_ahead(self) -> None:
        """A site that is up to date is served without reading the project;
        it is read and checked now, as a build would, so that the first edit
        is rebuilt from what this process keeps, as later ones are
        (stages.read_ahead). An edit (or stopping) ends the reading: the
        rebuild takes what was done so far."""
        with self._building, keptobjects.abandoned_when(self._edited), gcpause.collector_frozen():
            try:
                stages.read_ahead(self._project())
            except Exception:  # Abandoned, or what the next build reports, doing it all again
                pass

    def _rebuild(self, changed: str) -> Result:
        """Pages first, published at once; the search index follows in the background.
        Open pages reload as soon as the new site is in place, while the
        build still saves what it knows for the next one; the index is asked
        for once it has, so that the index is placed into a site the build
        has recorded (buildstate.site_grew)."""
        with self._building:
            self.indexer.site_changing()
            # Read before the build: its failure page, and the search page it publishes, speak as the brief now does.
            self.status.voice = voice_of(self.root)
            self.status.base = site_base(self._project().base_url)
            announced: list[bool] = []

            def published() -> None:
                if self._project().search:  # before the pages reload, so the search page says it is updating
                    self.indexer.expect()
                _, _, shown = self.status.latest()
                self.status.publish(None, [page for page, html in shown.items() if _read(self.site / page) == html])
                announced.append(True)

            def preview(rendered: stages.Rendered) -> None:
                made = rendered(self.status.open_pages())
                self.status.show({page: html for page, html in made.items() if _read(self.site / page) != html})

            result = _build_reporting_crashes(self.root, published, preview)
            result.diagnostics.print()
            print(f"{changed}; {result.summary()}" if changed else result.summary(), flush=True)
            if announced or (result.ok and result.out is not None):
                project = self._project()
                if project.search:
                    self.indexer.index(project.out, project.cache, project.language)
            if not announced:  # no new site: a failure, or the last one still stands
                self.status.publish(result)
            return result

    def _project(self):
        return load_project(self.root, Diagnostics(self.root))  # the build read it without error


BACKGROUND_NICENESS = 10  # how far serve's search index yields the CPU to rebuilds


def _index_into(site: Path, cache: Path, language: str, folder: Path,
                stop: Callable[[], bool] = lambda: False) -> sitelisting.Joined | Literal[True]:
    """The search index of `site` written into the new `folder`. Pagefind
    reads the served pages where they are; should a rebuild replace them
    meanwhile, index_folder_into fails rather than mix two sites. It runs at a
    lower priority, as does its Pagefind: the CPU goes first to the rebuild
    of the next edit and to reading ahead for it. Then the site's listing
    without the index and with it (sitelisting.joined), made here
    rather than while the index is put in place, which a rebuild waits for
    (a second at 10,000 sources); True where the site cannot be listed. A
    rebuild begun since drops the index: the site listed is the one it joins."""
    _in_background()
    index_folder_into(site, cache / "search", language, folder, stop=stop)
    index = folder / SEARCH_FOLDER
    # The site's marker leaves this folder to be filled; its own marker says what the index holds,
    # so that a build can tell it from a file an editor put there (outguard._filled).
    files = sitelisting.site_files(index)
    if files is not None:
        (index / MARKER).write_bytes(marker_listing({*files, MARKER}))
    return sitelisting.joined(site, index, SEARCH_FOLDER) or True


def _in_background() -> None:
    """This process, and those it starts, yield the CPU to others, where the system has priorities."""
    try:
        os.nice(BACKGROUND_NICENESS)
    except (AttributeError, OSError):
        pass


def _build_reporting_crashes(root: Path, published: Callable[[], None] | None = None,
                             preview: Callable[[stages.Rendered], None] | None = None) -> Result:
    try:
        return build(root, search=False, published=published, preview=preview)
    except Exception as exc:  # e.g. a file deleted mid-build; the session must go on
        diagnostics = Diagnostics(root)
        where = diagnostics.where(getattr(exc, "filename", None) or root)
        diagnostics.error(where, f"build crashed: {type(exc).__name__}: {exc}",
                          "save again to retry; if it persists, report it as a briefgen bug")
        return Result(diagnostics, None)


def _top_level(root: Path) -> tuple[tuple | None, tuple[tuple[str, int], ...]]:
    """What the watch looks at in the root itself: the settings file as it
    stands, and the input folders there are (by name and inode)."""
    def status(name: str):
        try:
            return os.lstat(root / name)
        except OSError:
            return None
    config = status(CONFIG_FILE)
    folders = ((name, status(name)) for name in WATCHED_FOLDERS)
    return (buildstate.stamp(config) if config is not None else None,
            tuple((name, info.st_ino) for name, info in folders if info is not None and stat.S_ISDIR(info.st_mode)))


def _top_level_changes(before, after) -> list[str]:
    """The root's entries that differ: the settings file, input folders made, removed or replaced."""
    moved = {name for name, _ in set(before[1]) ^ set(after[1])}
    return ([CONFIG_FILE] if before[0] != after[0] else []) + sorted(moved)


def _idle(stopping: threading.Event):
    """The ticks of a watch with nothing to watch: no input folder yet."""
    while not stopping.wait(TICK_MS / 1000):
        yield set()


def _changed_files(changes: set[tuple[watchfiles.Change, str]], root: Path) -> list[str]:
    """Changed inputs, without editors' temporary files that came and went
    within the batch (a save that writes a temporary file, then renames it)."""
    added = {path for change, path in changes if change == watchfiles.Change.added}
    return sorted({Path(path).relative_to(root).as_posix() for _, path in changes
                   if path not in added or Path(path).exists()})


def _describe(changed: list[str]) -> str:
    return f"{', '.join(changed)} changed" if len(changed) <= 3 else f"{len(changed)} files changed"


def serve(root: Path, port: int = 8000, bind: str = HOST, expose: bool = False) -> int:
    if not 0 <= port <= 65535:
        return _usage_error(f"--port must be between 0 and 65535, not {port}", "--port 0 picks any free port")
    refused = _bind_problem(bind, expose)
    if refused:
        return _usage_error(*refused)
    problem = no_brief(root)
    if problem is not None:
        return _usage_error(*problem)
    server = Server(root, port, bind)
    try:
        server.start()
    except OSError as exc:
        return _usage_error(f"cannot serve on {bind}:{port}: {os_reason(exc)}",
                            "choose another port with --port N, or --port 0 for any free one")
    if server.watch_error is None:
        try:  # from the line on: Ctrl-C may come as soon as it is read
            print(f"serving {server.url} (Ctrl-C to stop)", flush=True)
            server.wait()
        except KeyboardInterrupt:
            pass
    server.stop()
    if server.watch_error is not None:
        return _watch_failed(server.watch_error)
    print("stopped")
    return 0


def _bind_problem(bind: str, expose: bool) -> tuple[str, str] | None:
    """The preview server is for the editor's own machine: it runs builds on
    request and shows drafts, so reaching it from a network needs --expose."""
    try:
        address = ipaddress.ip_address(bind)
    except ValueError:
        return (f"--bind needs an IP address, not {bind!r}",
                "use 127.0.0.1 (this computer only), or e.g. 0.0.0.0 with --expose")
    if not address.is_loopback and not expose:
        return (f"--bind {bind} would let other computers reach the preview server",
                "add --expose if you mean it: anyone on the network can then read your drafts; "
                "or leave --bind out to serve on 127.0.0.1 only")
    return None


def _usage_error(message: str, hint: str) -> int:
    print(f"error: {message}\n    hint: {hint}", file=sys.stderr)
    return 2


def _watch_failed(exc: Exception) -> int:
    print(f"error: cannot watch for changes: {exc}", file=sys.stderr)
    print("    hint: on Linux, raise fs.inotify.max_user_watches; or run briefgen build after each edit",
          file=sys.stderr)
    return 1
