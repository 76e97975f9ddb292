"""What the last successful build read and made, so that a rebuild of the
very same inputs is skipped instead of repeated.

Lektor's build state, at the grain of the whole site: the fingerprint covers
every byte under seeds/, content/, templates/ and pages/, the settings file,
the build's options, and briefgen's own code and theme; the site is taken as
current only if the fingerprint matches and the output folder still holds
exactly the files (names, sizes, modification times) that build wrote.
Anything unusual (a link, a special file) means no shortcut: the full build
then reports it."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, Diagnostics, Location

STATE_FILE = "build-state.json"
INPUT_FOLDERS = ("seeds", "content", "templates", "pages")
INPUT_FILES = ("briefgen.toml",)
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Previous:
    counts: dict[str, int]
    diagnostics: list[Diagnostic]


def fingerprint(root: Path, options: dict) -> str | None:
    """A digest of everything a build reads, or None when an input is not a
    plain file or folder (the full build will say what is wrong with it)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(json.dumps({**options, "python": sys.version, "epoch": os.environ.get("SOURCE_DATE_EPOCH")},
                             sort_keys=True, default=str).encode())
    digest.update(_code_identity())
    for name in INPUT_FILES:
        if not _add_file(digest, root / name, name, missing_ok=True):
            return None
    for folder in INPUT_FOLDERS:
        if not _add_tree(digest, root, folder):
            return None
    return digest.hexdigest()


def _code_identity() -> bytes:
    """briefgen's own modules and theme, by name, size and time: an upgrade
    or an edit of the engine is a change like any other."""
    entries = []
    for folder, _, names in sorted(os.walk(_PACKAGE)):
        if "__pycache__" in folder:
            continue
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            entries.append(f"{os.path.relpath(os.path.join(folder, name), _PACKAGE)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(entries).encode()


def _add_tree(digest, root: Path, folder: str) -> bool:
    top = root / folder
    try:
        info = os.lstat(top)
    except FileNotFoundError:
        digest.update(f"{folder}: absent\0".encode())
        return True
    if not stat.S_ISDIR(info.st_mode):
        return False
    for path in _files(top):
        if path is None or not _add_file(digest, path, path.relative_to(root).as_posix()):
            return False
    return True


def _files(top: Path):
    """Every file below `top` in a stable order; None for a linked folder,
    which no build state follows."""
    for current, folders, names in os.walk(top):
        folders.sort()
        if any(os.path.islink(os.path.join(current, name)) for name in folders):
            yield None
            return
        for name in sorted(names):
            yield Path(current, name)


def _add_file(digest, path: Path, name: str, missing_ok: bool = False) -> bool:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        digest.update(f"{name}: absent\0".encode())
        return missing_ok
    if not stat.S_ISREG(info.st_mode):
        return False
    digest.update(f"{name}\0{info.st_size}\0".encode())
    with open(path, "rb") as handle:
        digest.update(handle.read())
    return True


def output_listing(out: Path) -> str | None:
    """Names, sizes and times of every file in the site, as one digest."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        for path in _files(out):
            if path is None:
                return None
            info = os.lstat(path)
            digest.update(f"{path.relative_to(out).as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    except OSError:
        return None
    return digest.hexdigest()


def previous(cache: Path, inputs: str | None, out: Path) -> Previous | None:
    """The last build's outcome, if its inputs were these and its site is untouched."""
    if inputs is None:
        return None
    try:
        state = json.loads((cache / STATE_FILE).read_text(encoding="utf-8"))
        if state["inputs"] != inputs or state["out"] != str(out) or state["site"] != output_listing(out):
            return None
        return Previous(state["counts"], [_diagnostic(item) for item in state["diagnostics"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(cache: Path, inputs: str | None, out: Path, counts: dict[str, int], diagnostics: Diagnostics) -> None:
    """Best effort: a cache that cannot be written only costs the next build time."""
    if inputs is None:
        return
    state = {"inputs": inputs, "out": str(out), "site": output_listing(out), "counts": counts,
             "diagnostics": [d.as_dict() for d in diagnostics.items]}
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temporary = cache / f".{STATE_FILE}.{os.getpid()}"
        temporary.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temporary, cache / STATE_FILE)
    except OSError:
        pass


def site_grew(cache: Path, out: Path, before: str | None) -> None:
    """The site listed as `before` was given files after the build (serve's
    background search index): it still counts as that build's site. Best
    effort; a state that no longer describes `before` is left alone."""
    try:
        state = json.loads((cache / STATE_FILE).read_text(encoding="utf-8"))
        if before is None or state["out"] != str(out) or state["site"] != before:
            return
        state["site"] = output_listing(out)
        temporary = cache / f".{STATE_FILE}.{os.getpid()}"
        temporary.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temporary, cache / STATE_FILE)
    except (OSError, ValueError, KeyError, TypeError):
        pass


def _diagnostic(item: dict) -> Diagnostic:
    return Diagnostic(Location(item["path"], item["line"], item["col"]), item["severity"], item["message"],
                      item["hint"])
