"""Full-text search with Pagefind: a static index that the browser queries
without any server. Pagefind runs over the rendered pages, and only when
they changed: it costs more than the rest of a build.

The index is cached by the hash of the pages and of Pagefind's version. A
cache entry appears under its final name only when complete (it is built
under a working name and renamed), and carries a manifest of its files'
hashes, checked on every reuse: a half-written, truncated or tampered entry
is rebuilt, never published."""
from __future__ import annotations

import errno
import hashlib
import importlib.metadata
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from . import jsontext
from .buildstate import folder_inode, load_json
from .diagnostics import os_reason
from .ids import SLUG
from .locks import owned_folder, remove_abandoned
from .prose import RESERVED
from .write import new_file_mode

# What readers search is the brief's own text: a record's page, a source's
# page, the figures table and a prose page. Every other page repeats it: the
# home page, the timeline and the section lists show names, dates and places
# of records that have their own page, and 404 and search say nothing. Within
# the pages searched, a record's list of related records (names, dates) and a
# source's list of the claims citing it (each claim's words, which its record's
# page holds, and the passage, which the text above holds) repeat it too, as
# does a country's link to its timeline entries (a count of dated records).
# Indexing the repeats would give a query the same hit several times over, and
# make Pagefind read a fifth more words (1.72 M against 1.36 M at 1,000
# sources), in 13% more time and memory.
SECTIONS = ("countries", "events", "agreements", "organisations", "sources")  # <section>/<id>/index.html
FIGURES = "figures"
PAGEFIND_OPTIONS = ("--root-selector", "main", "--exclude-selectors", ".related", "--exclude-selectors", ".backlinks",
                    "--exclude-selectors", ".own-timeline")
MANIFEST = "manifest.json"
SEARCH_FOLDER = "pagefind"  # the index's folder in the site
WORK_PREFIX = ".work-"  # working folders inside the cache
TEMP_PREFIX = "briefgen-search-"  # working folders in $TMPDIR, when the cache cannot be written
COMPRESSED = (".pf_meta", ".pf_index", ".pf_fragment", ".pagefind")  # gzip: a cut shows
GZIP = 16 + zlib.MAX_WBITS  # zlib reads one gzip member, as Pagefind writes them
STOP_POLL = 0.02  # seconds between two askings of stop() while Pagefind runs: a stale index frees the CPU at once
HINT = "check that pagefind is installed: pip install 'pagefind[extended]'"

# Pagefind is started through this stub so that it dies with the build, even
# a build killed outright: the kernel sends it SIGKILL when its parent goes
# (Linux PR_SET_PDEATHSIG, kept across the exec into Pagefind's binary).
_DIE_WITH_THE_BUILD = """\
import ctypes, os, runpy, signal, sys
parent = int(sys.argv.pop(1))
prctl = getattr(ctypes.CDLL(None), "prctl", None)
if prctl is not None:
    prctl(1, signal.SIGKILL)
if os.getppid() != parent:
    sys.exit("the build that started pagefind has ended")
runpy.run_module("pagefind", run_name="__main__", alter_sys=True)
"""


class Listing(NamedTuple):
    """The pages to index, found on disk (pages_in)."""
    paths: list[str]
    # Of each page's inode, size and times while Pagefind reads them: any write
    # changes it. One digest rather than four numbers a page: 15 MB at 10,000
    # sources, held twice at the build's peak.
    seen: bytes


class SearchIndexError(Exception):
    def __init__(self, message: str, hint: str = HINT) -> None:
        super().__init__(message)
        self.hint = hint


class IndexAbandoned(Exception):
    """The caller's `stop()` said the index is no longer wanted: Pagefind was
    ended and nothing was kept."""


def indexed(path: str) -> bool:
    """Whether readers search the page at `path` (relative to the site, with
    '/'): a record's or source's page, the figures page, or a prose page.
    Any name in a section counts, as it does for the glob Pagefind is given."""
    parts = path.split("/")
    if len(parts) == 3:
        return parts[0] in SECTIONS and parts[1] not in ("", ".", "..") and parts[2] == "index.html"
    if len(parts) == 2:
        return parts[1] == "index.html" and (parts[0] == FIGURES or (
            parts[0] not in RESERVED and SLUG.fullmatch(parts[0]) is not None))
    return False


def index_folder_into(site: Path, cache: Path | None, language: str, into: Path,
                      digests: Mapping[str, str] | None = None, stop: Callable[[], bool] = lambda: False) -> list[str]:
    """The `pagefind/` files for the pages under `site` that `indexed()`
    accepts, read where they are through links made in the order of their
    names (`_in_name_order`), put into the folder `into` rather than read
    into memory (65 MB at 10,000 sources): hard-linked from the cache entry
    (copied across file systems), each checked against the entry's
    manifest once it is in place, so that nothing another process does to
    the cache meanwhile is published. The paths put there, relative;
    SearchIndexError, with a hint, for anything that stops it.

    `digests` maps a page's relative path to the sha256 hex digest of its
    bytes, for a caller that wrote the pages and hashed them on the way (the
    pages need then not be read for the cache key); a page it does not name
    is hashed from disk. The pages are those found under `site` before
    Pagefind runs, and must be the same files after it: a page written,
    added or removed meanwhile (a rebuild replacing a served site) makes it
    fail rather than cache an index of other pages under their key.

    `stop()` is asked as the pages are hashed and while Pagefind runs: once
    it answers True, Pagefind is ended and IndexAbandoned raised (`serve`
    drops an index that a newer rebuild made stale, and the CPU it takes)."""
    digests = digests or {}

    def digest(path: str) -> str:
        if stop():
            raise IndexAbandoned
        return digests.get(path) or _file_digest(site / path)

    try:
        pages = pages_in(site)
        key = _key(((path, digest(path)) for path in sorted(pages.paths)), language)
    except OSError as exc:
        raise SearchIndexError(f"cannot read the pages to index: {os_reason(exc, with_file=True)}",
                               "build again once nothing else writes the site") from None
    return _bundle(cache, key, language, site, pages, into, stop)


def _bundle(cache: Path | None, key: str, language: str, site: Path, pages: Listing, into: Path,
            stop: Callable[[], bool]) -> list[str]:
    """The index put into `into`: taken from the cache entry under `key`,
    else made by Pagefind (and then stored under `key`)."""
    cache = cache if cache is None or _real_folder(cache) else None
    if cache is not None:
        key = _of_this_folder(key, cache)
    _remove_what_killed_builds_left(cache)
    parent, prefix, cacheable = _where_to_work(cache)
    place = ".briefgen-cache/ in the project" if cacheable else f"the temporary folder {parent}"
    try:
        cached = _cached(cache / key, key, into) if cache is not None else None
        if cached is not None:
            _keep_only(cache, key)
            return cached
        with owned_folder(parent, prefix) as work:
            _index(_in_name_order(site, pages.paths, work / "pages"), pages.paths, work, language, stop)
            if pages_in(site) != pages:
                raise SearchIndexError("the pages changed while pagefind read them",
                                       "build again once nothing else writes the site")
            try:
                names = sorted(_regular_files(work / "pagefind"))
            except ValueError as exc:  # a link or a special file among them
                problem = str(exc)
            else:
                # Read once, where it is put: what is published is what was checked and stored.
                put, hashes, problem = _linked_fresh(into, work / "pagefind", names)
            if problem is not None:
                raise SearchIndexError(f"pagefind wrote an incomplete index ({problem})",
                                       f"the disk holding {place} may be full: free some space and build again")
            if cacheable:
                try:
                    _store(cache, key, work, hashes)
                except OSError:
                    _unlinked(into, put)
                    raise
    except OSError as exc:
        raise _write_failed(exc, site, place) from None
    return put


def _in_name_order(site: Path, paths: Iterable[str], folder: Path) -> Path:
    """`folder` holding a link to each page at `paths` of `site`, made in
    the order of their names. Pagefind's index depends on the order it
    finds the pages in, which is the order their folders list them, and on
    tmpfs or btrfs that is the order they were written: a build that kept
    most pages of the last site wrote them in another order than a --clean
    build, and the same pages gave another index. Symbolic links, which
    Pagefind follows, leave the pages as they are (a hard link would change
    the ctime that tells a page rewritten while Pagefind reads it)."""
    for path in sorted(paths):
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(site.absolute() / path, target)
    return folder


def pages_in(site: Path) -> Listing:
    """The pages under `site` that readers search, and what tells a
    rewrite: only the folders such pages live in are looked into, and only
    regular files count (a link is not followed out of the site).
    benchmarks/run.py times Pagefind alone over these pages."""
    found: list[str] = []
    seen = hashlib.blake2b(digest_size=20)

    def add(path: str) -> None:
        try:
            info = os.lstat(site / path)
        except (FileNotFoundError, NotADirectoryError):
            return
        if stat.S_ISREG(info.st_mode) and indexed(path):
            found.append(path)
            seen.update(f"{path}\0{info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}\0".encode(
                "utf-8", "surrogateescape"))

    with os.scandir(site) as top:
        folders = sorted(entry.name for entry in top if entry.is_dir(follow_symlinks=False))
    for folder in folders:
        if folder in SECTIONS:
            with os.scandir(site / folder) as inside:
                for entry in sorted(inside, key=lambda entry: entry.name):
                    if entry.is_dir(follow_symlinks=False):
                        add(f"{folder}/{entry.name}/index.html")
        else:
            add(f"{folder}/index.html")
    return Listing(found, seen.digest())


def _file_digest(path: Path) -> str:
    with open(path, "rb") as page:
        return hashlib.file_digest(page, "sha256").hexdigest()


def _real_folder(cache: Path) -> bool:
    """Whether the cache's folder is a real one (made if missing): a link
    there would lead its reads, writes and removals out of the project, and
    the index is then made without a cache."""
    try:
        os.mkdir(cache)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        return stat.S_ISDIR(os.lstat(cache).st_mode)
    except OSError:
        return False


def _remove_what_killed_builds_left(cache: Path | None) -> None:
    if cache is not None:
        remove_abandoned(cache, WORK_PREFIX)
    remove_abandoned(Path(tempfile.gettempdir()), TEMP_PREFIX)


def _where_to_work(cache: Path | None) -> tuple[Path, str, bool]:
    """In the cache, so the finished entry is renamed into place on one file
    system (and a full $TMPDIR does not matter); in $TMPDIR only when the
    cache cannot be written (a read-only project) or its path is not UTF-8
    (a folder named on another system), and then nothing is cached."""
    if cache is not None and _is_utf8(str(cache)):
        try:
            cache.mkdir(parents=True, exist_ok=True)
            if os.access(cache, os.W_OK):
                return cache, WORK_PREFIX, True
        except OSError:
            pass
    return Path(tempfile.gettempdir()), TEMP_PREFIX, False


def _is_utf8(text: str) -> bool:
    """Whether `text` (a path, a setting) was read from UTF-8 bytes: Pagefind stops at once
    at any other in its working folder's path or in its environment."""
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def pagefind_arguments(site: Path, pages: Iterable[str], output: Path, language: str) -> list[str]:
    """The arguments Pagefind's CLI is given to index `pages` (relative
    paths that indexed() accepts) of `site` into `output`: the pages are
    chosen by a glob, the record and source pages by their sections, the few
    pages one level down by name. benchmarks/run.py times Pagefind alone with them."""
    top = sorted({path.split("/")[0] for path in pages if path.count("/") == 1})
    glob = "{" + ",".join([f"{name}/index.html" for name in top] + ["{" + ",".join(SECTIONS) + "}/*/index.html"]) + "}"
    return ["--site", str(site), "--glob", glob, "--output-path", str(output), *PAGEFIND_OPTIONS,
            "--force-language", language.lower(), "--quiet"]


def _index(site: Path, pages: Iterable[str], work: Path, language: str, stop: Callable[[], bool]) -> None:
    """Pagefind reads the pages in `site` itself. It runs in the working
    folder, so that no pagefind.yml of wherever briefgen was started from,
    nor a PAGEFIND_* setting, changes the index behind the key."""
    # The Python API polls its service every 0.1 s per page; the CLI over a
    # folder is two orders of magnitude faster.
    command = [sys.executable, "-c", _DIE_WITH_THE_BUILD, str(os.getpid()),
               *pagefind_arguments(site, pages, work / "pagefind", language)]
    environment = {name: value for name, value in os.environ.items()
                   if (not name.startswith("PAGEFIND_") or name == "PAGEFIND_BINARY_PATH") and _is_utf8(name + value)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace",
                          cwd=work, env=environment) as pagefind:
        try:
            out, err = _finished(pagefind, stop)
        except BaseException:  # Ctrl-C, SIGTERM, a stop: Pagefind never outlives what it ran for
            pagefind.kill()
            pagefind.communicate()
            raise
    if pagefind.returncode != 0:
        lines = (err or out).strip().splitlines()
        raise SearchIndexError(f"pagefind failed: {lines[-1][:300] if lines else f'exit {pagefind.returncode}'}")


def _finished(pagefind: subprocess.Popen, stop: Callable[[], bool]) -> tuple[str, str]:
    """Pagefind's output once it exits; IndexAbandoned as soon as `stop()` says so."""
    while True:
        try:
            return pagefind.communicate(timeout=STOP_POLL)
        except subprocess.TimeoutExpired:
            if stop():
                raise IndexAbandoned from None


def _checked(names: list[str], read: Callable[[str], bytes]) -> tuple[dict[str, str], str | None]:
    """The sha256 of each file Pagefind wrote ("pagefind/..." -> hex), each
    read (`read(name)`) once, and what is wrong with them, if anything.
    Pagefind exits 0 even when its writes fail (a full disk leaves 0-byte
    files), so its output is checked: no empty file, every compressed file
    whole, and the entry file's indexes present."""
    hashes: dict[str, str] = {}
    entry = None
    for name in names:
        path, data = f"pagefind/{name}", read(name)
        if not data:
            return hashes, f"{path} is empty"
        if path.endswith(COMPRESSED):
            try:
                zlib.decompress(data, GZIP)
            except zlib.error:
                return hashes, f"{path} is cut short"
        elif name == "pagefind-entry.json":
            entry = data
        hashes[path] = hashlib.sha256(data).hexdigest()
    try:
        languages = json.loads(entry)["languages"].values()
        needed = ["pagefind/pagefind.js"] + [f"pagefind/pagefind.{language['hash']}.pf_meta" for language in languages]
    except (KeyError, ValueError, TypeError, AttributeError):
        return hashes, "pagefind/pagefind-entry.json is missing or unreadable"
    missing = [path for path in needed if path not in hashes]
    return hashes, f"{missing[0]} is missing" if missing else None


def _key(pages: Iterable[tuple[str, str]], language: str) -> str:
    """Of the pages (relative path, sha256 hex digest, in path order), the
    language, Pagefind's version and the options it is run with."""
    digest = hashlib.sha256(f"language {language}\noptions {' '.join(PAGEFIND_OPTIONS)}\n".encode())
    for package in ("pagefind", "pagefind_bin", "pagefind_bin_extended"):
        try:
            digest.update(f"{package} {importlib.metadata.version(package)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    binary = os.environ.get("PAGEFIND_BINARY_PATH", "")
    try:  # a binary replaced in place is another Pagefind
        seen = os.stat(binary) if binary else None
        binary += f" {seen.st_size} {seen.st_mtime_ns}" if seen else ""
    except OSError:
        pass
    digest.update(f"PAGEFIND_BINARY_PATH={binary}\n".encode())
    for path, page_digest in pages:
        digest.update(f"{path}\0{page_digest}\n".encode())
    return digest.hexdigest()[:24]


def _of_this_folder(key: str, cache: Path) -> str:
    """`key` for the entries kept in `cache`, a real folder: the pages'
    key alone can be worked out from the brief, so an entry committed with
    it (a pull request's, a forged pagefind.js with its manifest) would be
    published; one keyed for the folder it was made in is not."""
    return hashlib.sha256(f"{key}\0{folder_inode(cache)}".encode()).hexdigest()[:24]


def _linked_fresh(into: Path, output: Path, names: list[str]) -> tuple[list[str], dict[str, str], str | None]:
    """Pagefind's files in `output` put into `into` (as _linked_into puts a
    cache entry's), and checked where they landed."""
    put: list[str] = []
    try:
        _folders_for(into, [f"pagefind/{name}" for name in names])
        mode = new_file_mode()
        for name in names:
            put.append(_put(output / name, into / "pagefind" / name, f"pagefind/{name}", mode))
        hashes, problem = _checked(names, lambda name: _read_regular(into / "pagefind" / name))
    except BaseException:
        _unlinked(into, put)
        raise
    if problem is not None:
        _unlinked(into, put)
    return put, hashes, problem


def _put(source: Path, target: Path, path: str, mode: int) -> str:
    """`source` hard-linked (else copied) to `target`, whose folder exists
    (_folders_for); SearchIndexError if it cannot be written. A source
    whose permissions are not `mode`, those a new file gets (a cache entry
    made under another umask), is copied: a link would publish its permissions."""
    try:
        if stat.S_IMODE(os.lstat(source).st_mode) != mode or not _linked(source, target):
            shutil.copyfile(source, target, follow_symlinks=False)
    except FileNotFoundError:  # the source taken away: the caller's to judge
        raise
    except OSError as exc:
        hint = ("the disk the site is written to is full: free some space and build again"
                if exc.errno == errno.ENOSPC else "check that the site's folder can be written")
        raise SearchIndexError(f"cannot write the search index: {os_reason(exc)} ({path})", hint) from None
    return path


def _linked(source: Path, target: Path) -> bool:
    """`source` hard-linked to `target`; False where the file system cannot link."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        return False
    return True


def _folders_for(into: Path, paths: Iterable[str]) -> None:
    """The folders the files `paths` go into, made once each (Pagefind writes thousands of files into a few)."""
    for folder in sorted({(into / path).parent for path in paths}):
        folder.mkdir(parents=True, exist_ok=True)


def _unlinked(into: Path, put: list[str]) -> None:
    for placed in put:
        try:
            os.unlink(into / placed)
        except FileNotFoundError:
            pass


def _linked_into(into: Path, folder: Path, expected: dict[str, str]) -> list[str] | None:
    """The files `expected` names (path -> sha256) put from `folder` into
    `into`, where each is then read and checked, so that what is published
    is what was checked: None, with nothing left behind, if one is not as
    named or is gone. A file that cannot be written is a SearchIndexError."""
    put: list[str] = []
    _folders_for(into, expected)
    mode = new_file_mode()
    for path in sorted(expected):
        try:
            put.append(_put(folder / path, into / path, path, mode))
            same = _digest_of_file(into / path) == expected[path]
        except FileNotFoundError:  # taken away meanwhile
            same = False
        if not same:
            _unlinked(into, put)
            return None
    return put


def _read_regular(path: Path) -> bytes:
    """The bytes of the regular file at `path`; OSError (ELOOP) for a link, which is never followed."""
    with os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC), "rb") as file:
        return file.read()


def _digest_of_file(path: Path) -> str | None:
    """The sha256 of the regular file at `path`; None for a link, which is never followed."""
    try:
        return hashlib.sha256(_read_regular(path)).hexdigest()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None
        raise


def _cached(entry: Path, key: str, into: Path) -> list[str] | None:
    """The entry's files put into `into` (_linked_into), if each is as the
    manifest names it and nothing else is there; otherwise the entry is
    removed (when it can be) and None returned."""
    if not os.path.lexists(entry):
        return None
    expected = _expected(entry, key)
    put = _linked_into(into, entry, expected) if expected is not None else None
    if put is None:
        _remove_entry(entry)
    return put


def _expected(entry: Path, key: str) -> dict[str, str] | None:
    """What the entry's manifest says it holds (path -> sha256), if it is an
    entry for `key` holding those files and nothing else; else None."""
    try:
        if not stat.S_ISDIR(os.lstat(entry).st_mode):
            return None  # never read through a link, which may lead out of the project
        manifest = load_json(entry / MANIFEST)
        expected = manifest["files"]
        if manifest.get("key") != key or not isinstance(expected, dict) or not all(
                isinstance(path, str) and path.startswith("pagefind/") and isinstance(digest, str)
                for path, digest in expected.items()):
            return None
        found = _regular_files(entry)
        if found != set(expected) | {MANIFEST}:
            return None  # something missing, or planted
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return expected


def _regular_files(folder: Path) -> set[str]:
    """Every file under `folder`, relative; ValueError for a link or anything
    special. Strings, not a Path each: Pagefind writes a file a page (25 MB
    of Paths at 10,000 sources)."""
    found = set()
    top = os.fspath(folder)
    for directory, folders, names in os.walk(top):
        relative = os.path.relpath(directory, top)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in folders + names:
            mode = os.lstat(os.path.join(directory, name)).st_mode
            if stat.S_ISREG(mode):
                found.add(prefix + name)
            elif not stat.S_ISDIR(mode):
                raise ValueError(f"not a regular file: {prefix}{name}")
    return found


def _store(cache: Path, key: str, work: Path, hashes: dict[str, str]) -> Path:
    """Give the finished index its manifest, rename it into place, and keep
    only the latest entry: the cache is a speed-up, never a source of truth.
    The entry's folder."""
    entry = work / "entry"
    entry.mkdir()
    os.rename(work / "pagefind", entry / "pagefind")
    manifest = {"key": key, "files": hashes}
    # orjson: the standard library indents in Python, a string a line held until joined (15 MB at 10,000 sources).
    (entry / MANIFEST).write_bytes(jsontext.indented(manifest))
    try:
        os.rename(entry, cache / key)
    except OSError as exc:
        if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
            raise
    _keep_only(cache, key)
    return cache / key


def _keep_only(cache: Path, key: str) -> None:
    for name in os.listdir(cache):
        if name != key and _is_entry_name(name):
            _remove_entry(cache / name)


def _is_entry_name(name: str) -> bool:
    return len(name) == 24 and all(c in "0123456789abcdef" for c in name)


def _remove_entry(entry: Path) -> None:
    try:
        if stat.S_ISDIR(os.lstat(entry).st_mode):
            shutil.rmtree(entry)
        else:
            os.unlink(entry)
    except OSError:
        pass  # a read-only cache: the entry is simply not used


def _write_failed(exc: OSError, site: Path | None, place: str) -> SearchIndexError:
    """Names the page being written or read (relative to the site), not the working folder."""
    shown = str(exc.filename or "")
    if site is not None and shown.startswith(str(site) + os.sep):
        shown = shown[len(str(site)) + 1:]
    if len(shown) > 80:
        shown = shown[:79] + "…"
    where = f" ({shown})" if shown else ""
    if exc.errno == errno.ENAMETOOLONG:
        hint = "a page's path is too long for this file system: shorten the id of the record it shows"
    elif exc.errno == errno.ENOSPC:
        hint = f"the disk holding {place} is full: free some space and build again"
    else:
        hint = f"check that {place} can be written: the index is built there"
    return SearchIndexError(f"cannot write the search index: {os_reason(exc)}{where}", hint)
