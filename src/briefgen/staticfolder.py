"""static/: files published as they are, at the same place in the site
(static/CNAME → site/CNAME, static/files/report.pdf → site/files/report.pdf).

The output folder is briefgen's own, and each build replaces it whole, so a
file an editor puts into site/ by hand (a custom domain's CNAME, a logo, a
PDF) is gone after the next build; put into static/, it is published with
every build. A file the site makes itself is refused, not replaced: the
brief's own pages never give way to a copy."""
from __future__ import annotations

import os
from pathlib import Path

from . import inputs
from .diagnostics import Diagnostics, os_reason
from .outguard import MARKER
from .write import Staging

FOLDER = "static"
# Hidden files are published (.well-known/, .nojekyll), but not version
# control's or a file manager's; an editor's own are never read (inputs.editors_own).
NOT_PUBLISHED = frozenset({".git", ".gitignore", ".gitattributes", ".gitkeep", ".hg", ".svn", ".DS_Store"})


def published(name: str) -> bool:
    """Whether a hidden file or folder of static/ is published."""
    return name not in NOT_PUBLISHED

_INDEX = "pagefind"  # the search index's folder, written after every other file


def listed(root: Path, diagnostics: Diagnostics) -> dict[str, Path]:
    """The files of static/ by their path in the site, each one briefgen may
    read; every other entry is an error naming it (inputs.py)."""
    folder = root / FOLDER
    if not os.path.lexists(folder):
        return {}
    if not folder.is_dir():  # a link is followed to a folder inside the project, as inputs.tree then checks
        diagnostics.error(diagnostics.where(folder), f"{FOLDER} is not a folder",
                          f"make {FOLDER}/ a folder of the files to publish as they are, or remove it")
        return {}
    found = {}
    for path in inputs.tree(folder, root.resolve(), diagnostics, hidden=published):
        name = path.relative_to(folder).as_posix()
        if name.split("/", 1)[0] == _INDEX:
            diagnostics.error(diagnostics.where(path), f"{_INDEX}/ is the search index's folder",
                              f"move the file out of {FOLDER}/{_INDEX}/")
            continue
        if name.split("/", 1)[0] == MARKER:
            diagnostics.error(diagnostics.where(path), f"{MARKER} is the name of the marker briefgen writes "
                              "into every site it makes", f"rename {FOLDER}/{MARKER}")
            continue
        found[name] = path
    _warn_case_twins(found, diagnostics)
    return found


def _warn_case_twins(found: dict[str, Path], diagnostics: Diagnostics) -> None:
    """Two files whose paths differ only in case (img/a.png, img/A.png) are both published; a host or a
    checkout on a file system that ignores case (macOS, Windows) keeps only one of them."""
    first: dict[str, str] = {}
    for name in sorted(found):
        other = first.setdefault(name.casefold(), name)
        if other != name:
            diagnostics.warning(diagnostics.where(found[name]), f"{FOLDER}/{name} differs from {FOLDER}/{other} "
                                "only in case", "rename one of them: where case is ignored (macOS, Windows, "
                                "some hosts), one file takes the other's place")


def _parents(name: str) -> list[str]:
    """The folders a site path lies in: 'a/b/c.html' -> ['a/b', 'a']."""
    return [name.rsplit("/", i)[0] for i in range(1, name.count("/") + 1)]


def copy(files: dict[str, Path], site: Staging, diagnostics: Diagnostics) -> bool:
    """Write `files` (as `listed` gives them) into the site, after every file
    the site makes; False after reporting one that would take a made file's
    place, or a folder's."""
    if not files:
        return True  # no need to fold every name of the site
    # Compared without case: on a file system that ignores it (macOS, Windows), Index.html is index.html.
    made = {name.casefold(): name for name in site.files}
    folders = {folder.casefold(): folder for name in site.files for folder in _parents(name)}
    copied = True
    for name, path in files.items():
        folded = name.casefold()
        clash = made.get(folded) or folders.get(folded) or next(
            (made[parent.casefold()] for parent in _parents(name) if parent.casefold() in made), None)
        if clash is not None:
            diagnostics.error(diagnostics.where(path), f"the site makes '{clash}' itself",
                              f"rename or remove {FOLDER}/{name}: a brief's own pages and files come first")
            copied = False
            continue
        try:
            handle = inputs.open_regular(path)
        except OSError as exc:  # replaced by a folder or a pipe, or removed, since it was listed
            diagnostics.error(diagnostics.where(path), f"cannot read it: {os_reason(exc)}",
                              "save it again as a regular file, and build again")
            copied = False
            continue
        with handle:
            site.copy(name, handle)
    return copied
