"""What the last successful build read and made, so that a rebuild of the
very same inputs is skipped instead of repeated.

Lektor's build state, at the grain of the whole site: the fingerprint covers
every byte under seeds/, content/, templates/ and pages/, the settings file,
the build's options, and briefgen's own code and theme; the site is taken as
current only if the fingerprint matches and the output folder still holds
exactly the files that build wrote, as they were (sitelisting.py).
Anything unusual (a link, a special file) means no shortcut: the full build
then reports it.

Like git's index, each input's digest is kept with its size, times and
inode, so a rebuild reads only the files whose metadata changed; a file
modified within a few seconds of the last fingerprint is read again anyway,
since a second write in the same clock tick would leave its times alone."""
from __future__ import annotations

import glob
import hashlib
import importlib.metadata
import json
import os
import stat
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import jsontext, keptobjects, plainfiles, sitelisting
from .diagnostics import Diagnostic, Location
from .inputs import editors_own
from .installed import installed_dependencies

STATE_FILE = "build-state.json"
INPUT_FOLDERS = ("seeds", "content", "templates", "pages", "static")
INPUT_FILES = ("briefgen.toml",)
_PACKAGE = Path(__file__).resolve().parent


# Files written this close to the fingerprint are hashed again next time.
_RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class Fingerprint:
    digest: str | None  # None: some input is not a plain file or folder
    files: dict[str, list]  # relative name -> [size, mtime_ns, ctime_ns, inode, blake2b hex]
    taken_ns: int


@dataclass(frozen=True)
class Previous:
    counts: dict[str, int]
    diagnostics: list[Diagnostic]


def last_state(cache: Path) -> dict:
    """What the last build that published recorded (remember): read once, for
    fingerprint and previous (a megabyte at 4,000 sources, with the site's files)."""
    return load_json(cache / STATE_FILE)


def fingerprint(root: Path, options: dict, state: dict | None = None) -> Fingerprint:
    """A digest of everything a build reads. Digests of files whose metadata
    is as the last build's `state` recorded are taken from it."""
    taken_ns = time.time_ns()
    state = state or {}
    known, known_taken = state.get("files"), state.get("taken_ns")
    if not isinstance(known, dict) or not isinstance(known_taken, int):
        known, known_taken = {}, 0
    digest = hashlib.blake2b(digest_size=20)
    # An empty SOURCE_DATE_EPOCH is unset (epoch.py), and builds the same site.
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or None
    digest.update(json.dumps({**options, "python": sys.version, "epoch": epoch,
                              "dependencies": dependency_versions()}, sort_keys=True, default=str).encode())
    digest.update(code_identity())
    files: dict[str, list] = {}
    listed: list[tuple[str, str, os.stat_result]] = []
    for name in INPUT_FILES:
        try:
            listed.append((os.fspath(root / name), name, os.lstat(root / name)))
        except FileNotFoundError:
            digest.update(f"{name}: absent\0".encode())
        except OSError:
            return Fingerprint(None, {}, taken_ns)
    for folder in INPUT_FOLDERS:
        found = _tree_files(root, folder)
        if found is None:
            return Fingerprint(None, {}, taken_ns)
        if not found:
            digest.update(f"{folder}: absent\0".encode())
        listed += found
    for path, name, info in listed:
        entry = _file_entry(path, info, known.get(name), known_taken)
        if entry is None:
            return Fingerprint(None, {}, taken_ns)
        files[name] = entry
        digest.update(f"{name}\0{entry[0]}\0{entry[4]}\0".encode())
    return Fingerprint(digest.hexdigest(), files, taken_ns)


@lru_cache(maxsize=1)
def code_identity() -> bytes:
    """briefgen's own modules and theme, by name, size and time: an upgrade
    or an edit of the engine is a change like any other. Taken once a
    process, as the code it runs was loaded: every cache it writes is
    stamped with that code, even if the files change meanwhile (an
    upgrade while `serve` runs)."""
    entries = []
    for folder, _, names in sorted(os.walk(_PACKAGE)):
        if "__pycache__" in folder:
            continue
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            entries.append(f"{os.path.relpath(os.path.join(folder, name), _PACKAGE)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(entries).encode()


def dependency_versions() -> dict[str, str]:
    """The installed version of each package briefgen runs on, its
    dependencies' dependencies too: an upgrade can change the site as an
    edit can (a date worded otherwise, a template filter fixed, MarkupSafe,
    Jinja's, escaping a character otherwise)."""
    return {name: package_version(name) for name in _dependencies()}


@lru_cache(maxsize=1)
def _dependencies() -> tuple[str, ...]:
    return tuple(installed_dependencies())


def package_version(distribution: str) -> str:
    """An installed distribution's version, "" when it is not installed as one."""
    return _installed_version(distribution)


@lru_cache(maxsize=None)
def _installed_version(distribution: str) -> str:
    """Looked up once a process (a third of a millisecond each, a dozen
    packages, several caches a build), as code_identity is taken: the
    process runs the packages it loaded, even if they are upgraded meanwhile."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _tree_files(root: Path, folder: str) -> list[tuple[str, str, os.stat_result]] | None:
    """plainfiles.under `folder` of the project, named from the project; []
    when it is absent, None for anything a build state does not follow. An
    editor's own files are passed over, as every build passes them over: a
    lock link (.#forums.yaml) left while a file is open changes nothing."""
    top = os.path.join(root, folder)
    try:
        info = os.lstat(top)
    except FileNotFoundError:
        return []
    except OSError:
        return None
    return plainfiles.under(top, f"{folder}/", editors_own) if stat.S_ISDIR(info.st_mode) else None


def folder_inode(folder: Path) -> int | None:
    """The inode of the cache folder `folder` (never through a link), None
    when there is none: what a cache's keys hold so that a cache arriving
    with the project (committed, or in a tarball), keyed for the folder it
    was made in, is never taken, as the parse cache's is not (parsecache.py)."""
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    return info.st_ino if stat.S_ISDIR(info.st_mode) else None


def status(info: os.stat_result) -> list[int]:
    """What tells a file apart from itself as it was: [size, mtime_ns, ctime_ns, inode]."""
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def unchanged_since(info: os.stat_result, known: list, taken_ns: int) -> bool:
    """Whether the file whose status is now `info` had the status `known`
    when it was read at `taken_ns`, and had not changed for a while then:
    like git's index, a file written within a few seconds of its reading may
    have been written again in the same clock tick, leaving its times alone."""
    return known == status(info) and max(info.st_mtime_ns, info.st_ctime_ns) < taken_ns - _RACY_NS


def _file_entry(path: str, info: os.stat_result, known, known_taken: int) -> list | None:
    """[size, mtime_ns, ctime_ns, inode, digest] of the regular file `path`
    whose status is `info`, reusing the known digest when nothing about the
    file changed since it was taken at `known_taken`; None if it is not a
    regular file."""
    if not stat.S_ISREG(info.st_mode):
        return None
    if isinstance(known, list) and len(known) == 5 and isinstance(known[4], str) \
            and unchanged_since(info, known[:4], known_taken):
        return known
    try:
        with open(path, "rb", opener=_not_through_a_link) as handle:
            digest = hashlib.blake2b(digest_size=20)
            while piece := handle.read(_PIECE):  # a piece at a time: a file of static/ may outgrow the memory
                digest.update(piece)
            return status(info) + [digest.hexdigest()]
    except OSError:  # replaced by a link, or removed, since it was listed
        return None


_PIECE = 1 << 20


def _not_through_a_link(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NOFOLLOW)


def out_key(out: Path) -> str:
    """The output folder as a state file records it: its path, each byte of
    a name that is not UTF-8 (a folder named on another system) written as
    `\\xff`, for JSON holds only text."""
    return os.fsencode(out).decode("utf-8", "backslashreplace")


def previous(state: dict, inputs: Fingerprint, out: Path) -> Previous | None:
    """The last build's outcome, from its `state`, if its inputs were these
    and its site is untouched."""
    if inputs.digest is None:
        return None
    try:
        files = state["site_files"]
        if state["inputs"] != inputs.digest or state["out"] != out_key(out) or not isinstance(files, list) \
                or not all(isinstance(path, str) for path in files):
            return None
        site = sitelisting.listing(out, files)
        if site is None or site != state["site"]:  # a site that cannot be listed is never taken as current
            return None
        return Previous(state["counts"], [_diagnostic(item) for item in state["diagnostics"]])
    except (ValueError, KeyError, TypeError):
        return None


def remember(cache: Path, inputs: Fingerprint, out: Path, counts: dict[str, int], diagnostics: list[Diagnostic],
             files: tuple[str, ...]) -> None:
    """Best effort: a cache that cannot be written only costs the next build
    time. `files`: those the build just published in `out`."""
    if inputs.digest is None:
        return
    save_json(cache, STATE_FILE, {"inputs": inputs.digest, "files": inputs.files, "taken_ns": inputs.taken_ns,
                                  "out": out_key(out), "site": sitelisting.listing(out, list(files)),
                                  "site_files": list(files),
                                  "counts": counts,
                                  "diagnostics": [d.as_dict() for d in diagnostics]})


def site_grew(cache: Path, out: Path, grown: sitelisting.Joined) -> None:
    """The site listed as `grown.before` was given a folder after the build
    (serve's background search index), now in place: it still counts as
    that build's site. Best effort; a state that no longer describes the
    site as it was is left alone."""
    state = load_json(cache / STATE_FILE)
    if state.get("out") != out_key(out) or state.get("site") != grown.before:
        return
    state["site"], state["site_files"] = grown.after(out), grown.files
    save_json(cache, STATE_FILE, state)


def load_json(path: Path, kept: bool = False, rows: str | None = None) -> dict:
    """A JSON object saved by save_json, or {}: only a regular file, never
    through a link, and a named pipe put in its place is not waited on;
    `rows` as save_json was given it. `kept`: in a process
    that builds again (keptobjects.keeping), what this process saved there with `keep` or
    read there with `kept`, while the file is the one it wrote or read, is
    taken without reading it (the caller changes nothing in it)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return {}
            kept_here = _KEPT.get(str(path)) if kept else None
            if kept_here is not None and kept_here[0] == stamp(info):
                return kept_here[1]
            state = jsontext.read_lines(handle, rows) if rows else jsontext.loads(handle.read())
    except (OSError, ValueError):
        return {}
    if not isinstance(state, dict):
        return {}
    if kept:
        _keep(path, stamp(info), state)
    return state


def save_json(cache: Path, name: str, state: dict, keep: bool = False, rows: str | None = None) -> None:
    """Best effort, and whole or not at all: a cache file that cannot be
    written only costs the next build time. `rows`: the member of `state`
    that maps text to lists, written (and read) a line an entry
    (jsontext.lines). `keep`: in a process that builds again
    (keptobjects.keeping), `state` is kept for load_json (serve's next
    rebuild reads it back at once); the caller then changes nothing in it."""
    put_in_place(write_aside(cache, name, state, rows), cache, name, state if keep else None)


def write_aside(cache: Path, name: str, state: dict, rows: str | None = None) -> Path | None:
    """`state` written whole beside its place in `cache` (save_json's
    arguments): the file, for put_in_place, or None if it could not be
    written. What a process that ended in between left there is removed
    first (a build killed while Pagefind ran, once it had written its
    record of pages ahead: 60 MB at 10,000 sources)."""
    _KEPT.pop(str(cache / name), None)
    temporary = cache / f".{name}.{os.getpid()}"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for left in cache.glob(f".{glob.escape(name)}.*"):
            if _ended(left.name[len(name) + 2:]):
                left.unlink(missing_ok=True)
        with temporary.open("wb") as handle:
            handle.writelines(jsontext.lines(state, rows) if rows else jsontext.compact_parts(state))
    except OSError:
        discard_aside(temporary)
        return None
    return temporary


def put_in_place(written: Path | None, cache: Path, name: str, keep: dict | None = None) -> None:
    """A file write_aside wrote (which forgot what was kept of the last), in
    its place: `keep` as save_json's `state` when kept."""
    if written is None:
        return
    path = cache / name
    try:
        os.replace(written, path)
        if keep is not None:
            _keep(path, stamp(os.stat(path, follow_symlinks=False)), keep)
    except OSError:
        discard_aside(written)


def _ended(pid: str) -> bool:
    """Whether `pid` names no running process (a number only)."""
    if not pid.isdigit() or not pid.isascii():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError, ValueError):
        return False
    return False


def discard_aside(written: Path | None) -> None:
    if written is not None:
        try:
            written.unlink(missing_ok=True)
        except OSError:
            pass


def _keep(path: Path, as_it_stands: tuple[int, int, int], state: dict) -> None:
    if keptobjects.keeping():
        _KEPT.pop(str(path), None)
        while len(_KEPT) >= _KEPT_MOST:  # one project's, in serve; a test run builds many
            _KEPT.pop(next(iter(_KEPT)))
        _KEPT[str(path)] = (as_it_stands, state)


def is_kept(state: dict) -> bool:
    """Whether `state` is kept for load_json to give again: its holder must change nothing in it."""
    return any(kept is state for _, kept in _KEPT.values())


# A file save_json wrote with `keep` or load_json read with `kept`, as it
# was then: path -> ((inode, size, mtime_ns), the object saved or read).
_KEPT: dict[str, tuple[tuple[int, int, int], dict]] = {}
_KEPT_MOST = 8


def stamp(info: os.stat_result) -> tuple[int, int, int]:
    """A file as it stands (inode, size, time written): another write, or
    another file put in its place, gives another stamp."""
    return info.st_ino, info.st_size, info.st_mtime_ns


def _diagnostic(item: dict) -> Diagnostic:
    return Diagnostic(Location(item["path"], item["line"], item["col"]), item["severity"], item["message"],
                      item["hint"])
