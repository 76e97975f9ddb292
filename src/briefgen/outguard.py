"""Which output folders a build may replace.

A build swaps its new site in place of the old one and then removes the old
one, so the output must be a folder briefgen made: missing, empty (or
holding only what file browsers leave in every folder they show, a
.DS_Store, Thumbs.db or desktop.ini, which is nobody's work), or carrying
the marker file every site is written with, and holding nothing but the
files that marker lists (what the build that made it wrote: a file
an editor put there since, a CNAME, would be lost with the old site).
Anything else — the project itself, an input folder, a user's folder or
file, a device, a symbolic link — is refused before any work is done, and
again just before the swap."""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Location, os_reason

MARKER = ".briefgen-site"
MARKER_TEXT = b"This folder was made by briefgen; the next build replaces it whole.\n"
# What a published site's marker says then, before the files the build wrote, one JSON string a line.
LISTING_TEXT = b"It holds these files and no others (a build refuses to replace it otherwise):\n"
INPUT_FOLDERS = ("seeds", "content", "templates", "pages", "static", ".briefgen-cache", ".git")
SUGGESTION = "build into a folder of its own, e.g. --out site"
ELSEWHERE = "build into a folder of its own, e.g. --out public"  # where site/ itself is what is refused


@dataclass(frozen=True)
class Refusal:
    message: str
    hint: str


def target_of(out: Path) -> Path:
    """The absolute path a build would replace: its parent resolved, its own
    name kept, so a symbolic link is seen as the link, not followed."""
    out = Path(os.path.abspath(out)) if out.name == "" else out
    if out.name in ("", ".", ".."):
        return out.resolve()
    return out.parent.resolve() / out.name


def refusal(out: Path, root: Path) -> Refusal | None:
    """Why a build of the project at `root` must not replace `out` (a path
    from target_of), or None."""
    root = root.resolve()
    if out == root:
        return Refusal("refusing to build into the project folder itself", SUGGESTION)
    if out in root.parents:
        return Refusal("refusing to build into a folder that contains the project", SUGGESTION)
    for name in INPUT_FOLDERS:
        inputs = {root / name, (root / name).resolve()}
        if any(out == folder or folder in out.parents for folder in inputs):
            return Refusal(f"refusing to build inside {name}/, which belongs to the project",
                           f"briefgen replaces its output folder whole; {SUGGESTION}")
        if any(out in folder.parents for folder in inputs):
            return Refusal(f"refusing to build into a folder that contains the project's {name}/", SUGGESTION)
    site = next((folder for folder in out.parents if is_marked(folder)), None)
    if site is not None:
        return Refusal(f"refusing to build inside {site.name}/, a site briefgen made",
                       "a site is replaced whole, so one inside it would be lost or stop it being built; "
                       + ELSEWHERE)
    return folder_refusal(out)


def cache_refusal(cache: Path) -> Refusal | None:
    """Every build reads and writes the cache folder (locks, parse cache,
    build state, search index): it must be a real folder, or missing, so
    that no link leads those reads and writes out of the project."""
    try:
        info = os.lstat(cache)
    except OSError:
        return None  # missing: made as a folder when needed; unreadable: used as far as it can be
    if stat.S_ISLNK(info.st_mode):
        return Refusal(f"refusing to use the cache folder: it is a symbolic link (to {os.readlink(cache)})",
                       f"remove the link; briefgen makes {cache.name}/ itself, inside the project")
    if not stat.S_ISDIR(info.st_mode):
        return Refusal("refusing to use the cache folder: it is not a folder",
                       f"remove or rename it; briefgen makes {cache.name}/ itself")
    return None


def folder_refusal(out: Path) -> Refusal | None:
    """Why `out` itself may not be replaced: it is not a folder briefgen made."""
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return Refusal(f"cannot use this output folder: {os_reason(exc)}",
                       "check that the output folder's parent is a folder and readable")
    if stat.S_ISLNK(info.st_mode):
        return Refusal(f"refusing to replace a symbolic link (to {_short(os.readlink(out))})",
                       "briefgen replaces its output folder whole and never follows a link there; "
                       f"give the real folder, or {SUGGESTION}")
    if not stat.S_ISDIR(info.st_mode):
        return Refusal(f"refusing to replace {_kind(info.st_mode)} with the site", SUGGESTION)
    return _not_ours(out)


def _not_ours(out: Path) -> Refusal | None:
    try:
        entries = sorted(os.listdir(out))
    except OSError as exc:
        return _unreadable(exc)
    if _all_litter(out, entries):
        return None
    if is_marked(out):
        return None if marker_lists_files(out) else _unlisting_refusal(out, entries)
    shown = _first_few(entries)
    if (out / "data" / "briefgen.json").is_file():
        hint = ("it looks like a site built by an earlier briefgen, which did not mark its sites: "
                "check that nothing in it is yours, remove it, and build again")
    else:
        # briefgen serve has no --out: it always writes site/
        elsewhere = SUGGESTION if out.name != "site" else f"{ELSEWHERE}; for briefgen serve, move this folder away"
        hint = f"briefgen replaces only an empty folder or a site it built; {elsewhere}"
    return Refusal(f"refusing to replace a folder briefgen did not make (it holds {shown})", hint)


_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def is_empty(folder: Path) -> bool:
    """Whether `folder` holds nothing, or nothing but litter, which goes
    with it as it would with an empty folder. OSError if it cannot be listed."""
    return _all_litter(folder, os.listdir(folder))


def _all_litter(folder: Path, names: list[str]) -> bool:
    return all(_is_litter(folder, name) for name in names)


def _is_litter(folder: Path, name: str) -> bool:
    """What file browsers leave in each folder they show (Finder's
    .DS_Store, Windows' Thumbs.db and desktop.ini): removing it loses nobody's
    work. Only a regular file so named: a folder or link so named may hold,
    or lead to, anything."""
    if name not in _LITTER:
        return False
    try:
        return stat.S_ISREG(os.lstat(folder / name).st_mode)
    except OSError:
        return False


def marker_listing(paths) -> bytes:
    """The marker of a site holding exactly `paths` (relative, the marker's own among them)."""
    return MARKER_TEXT + LISTING_TEXT + b"".join(json.dumps(path).encode() + b"\n" for path in sorted(paths))


def marker_lists_files(out: Path) -> bool:
    """Whether the marker of `out` begins as one listing the site's files does."""
    try:
        with open(out / MARKER, "rb") as file:
            return file.read(len(MARKER_TEXT) + len(LISTING_TEXT)) == MARKER_TEXT + LISTING_TEXT
    except OSError:
        return False


def _unlisting_refusal(out: Path, entries: list[str]) -> Refusal | None:
    """A marked folder whose marker lists nothing (an earlier briefgen's
    site, or a marker copied or changed by hand) may be replaced only when
    it holds nothing else: what briefgen wrote there cannot be told apart."""
    others = [name for name in entries if name != MARKER and not _is_litter(out, name)]
    if not others:
        return None
    shown = _first_few(others)
    return Refusal(f"refusing to replace a folder whose {MARKER} does not list what it holds ({shown})",
                   "an earlier briefgen made it, or its marker was copied or changed: check that nothing in it "
                   "is yours, remove it, and build again")


def _listed(out: Path) -> set[str] | None:
    """The files the marker of `out` lists; None for a marker that lists
    none (a staging folder's, or a site an earlier briefgen wrote) or that
    cannot be read."""
    try:
        with open(out / MARKER, "rb") as file:
            head = file.read(len(MARKER_TEXT) + len(LISTING_TEXT))
            if head != MARKER_TEXT + LISTING_TEXT:
                return None
            # One JSON string a line, and no raw line break within one: one array to decode.
            listed = json.loads(b"[" + file.read().rstrip(b"\n").replace(b"\n", b",") + b"]")
    except (OSError, ValueError):
        return None
    return set(listed) if all(isinstance(path, str) for path in listed) else None


def replace_refusal(out: Path) -> Refusal | None:
    """Why `out` may not be replaced now (folder_refusal), or, a site
    briefgen made, what it holds that its marker does not list, the first
    few in order; None if nothing. It reads every folder of the site: asked
    by a build that is to replace it, never by one that finds it up to date."""
    refused = folder_refusal(out)
    if refused is not None or not is_marked(out):
        return refused
    listed = _listed(out)
    if listed is None:
        try:
            return _unlisting_refusal(out, sorted(os.listdir(out)))
        except OSError as exc:
            return _unreadable(exc)
    found = _unlisted(os.fspath(out), listed)
    if not found:
        return None
    shown = _first_few(found)
    if ".git" in found or ".git/" in found:  # static/ never publishes a .git: a checkout moved there is lost to the site
        hint = ("briefgen replaces its output folder whole, and a git checkout in it (to publish the site from) "
                "would go with it: keep the checkout in a folder of its own and copy the built site into it")
    else:
        hint = ("briefgen replaces its output folder whole: move what is yours into static/, whose files every "
                "build publishes, or remove it; then build again")
    return Refusal(f"refusing to replace a site that holds what briefgen did not write there ({shown})", hint)


def holds_unlisted(folder: Path) -> bool:
    """Whether a marked folder's marker lists its files and the folder holds
    more than those (a staging folder's marker lists none: False)."""
    listed = _listed(folder)
    return listed is not None and bool(_unlisted(os.fspath(folder), listed))


def _unlisted(top: str, listed: set[str]) -> list[str]:
    """What the site at `top` holds that `listed` does not name, in order:
    each folder's entries against the names it should hold, one read of
    each folder; a folder where a file is listed, or anything but a folder
    where one is; and in a folder "name/" left for briefgen to fill (serve's
    search index), whatever its own marker does not list. (A link put in
    place of a listed file or folder is not told apart, nor looked into:
    the swap removes the link, never what it leads to.)"""
    holds: dict[str, set[str]] = {}  # folder ("" the site's own) -> the names it holds
    filled = {path[:-1] for path in listed if path.endswith("/")}
    for path in listed:
        folder, _, name = path.rstrip("/").rpartition("/")
        while name not in holds.setdefault(folder, set()):
            holds[folder].add(name)
            if not folder:
                break
            folder, _, name = folder.rpartition("/")
    found = []
    links: set[str] = set()  # what stands where a listed folder should: never looked into
    for folder, names in sorted(holds.items(), key=lambda item: _depth(item[0])):
        if folder in filled or (links and _through(folder, links)):
            continue
        where = f"{top}/{folder}" if folder else top
        try:
            entries = list(os.scandir(where))
        except OSError:
            continue  # gone, or no folder: nothing of anyone's is lost there
        for entry in entries:
            path = f"{folder}/{entry.name}" if folder else entry.name
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
                is_file = entry.is_file(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                continue
            if is_link:
                links.add(path)
            if entry.name not in names:
                if not (entry.name in _LITTER and is_file):
                    found.append(path + ("/" if is_folder else ""))
            elif path in filled:
                found += _filled(where, entry.name, path) if is_folder else [path]
            elif is_folder != (path in holds) and not is_link:  # a folder for a file, a file for a folder
                found.append(path + ("/" if is_folder else ""))
    return sorted(found)


def _depth(folder: str) -> int:
    """Parents first: "" (the site's own folder) 0, "a" 1, "a/b" 2."""
    return folder.count("/") + 1 if folder else 0


def _through(folder: str, links: set[str]) -> bool:
    """Whether `folder` is, or lies inside, one of `links`: its entries
    would be read wherever the link leads, outside the site."""
    while folder:
        if folder in links:
            return True
        folder = folder.rpartition("/")[0]
    return False


def _filled(where: str, name: str, path: str) -> list[str]:
    """What a folder left for briefgen to fill holds that its own marker
    does not list (the whole folder, if it has no marker that lists)."""
    inside = Path(where) / name
    listed = _listed(inside) if is_marked(inside) else None
    if listed is None:
        try:
            return [] if not os.listdir(inside) else [path + "/"]
        except OSError:
            return []
    return [f"{path}/{found}" for found in _unlisted(os.fspath(inside), listed)]


def _unreadable(exc: OSError) -> Refusal:
    return Refusal(f"cannot look inside the output folder: {os_reason(exc)}",
                   "briefgen replaces only an empty folder or a site it built; check its permissions")


def _first_few(names: list[str]) -> str:
    """The first three names, shown on one line each, and "…" for the rest."""
    return ", ".join(_short(name) for name in names[:3]) + (", …" if len(names) > 3 else "")


def _short(name: str) -> str:
    """A user's file name, on one line and not too long: control characters escaped."""
    name = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in name)
    return name if len(name) <= 40 else name[:39] + "…"


def is_marked(folder: Path) -> bool:
    """The marker must be a regular file: a link named like it proves nothing."""
    try:
        return stat.S_ISREG(os.lstat(folder / MARKER).st_mode)
    except OSError:
        return False


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something that is not a folder"


def output_location(out: Path, root: Path) -> Location:
    """The output as typed relative to the project, never through a link it may be."""
    try:
        return Location(out.relative_to(root).as_posix())
    except ValueError:
        return Location(out.as_posix())
