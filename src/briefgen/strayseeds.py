"""A source file put where briefgen reads no sources: in content/ beside
the fact files, in pages/, in the project folder itself, in a folder of its
own (`sources/`, `articles/`) or in a sub-folder of seeds/, or only the
article as downloaded (seeds/report.pdf). Each citation of it said only
that the source is unknown; told where its file is, the editor moves it
into seeds/, or saves its text there.

Only names are looked at, one level down (two in seeds/), and no linked
folder is entered: nothing outside the project is ever listed. The folders
are listed once, when a citation first names an unknown source: a brief
citing hundreds of them beside a project folder of 100,000 folders would
otherwise list them all again for each."""
from __future__ import annotations

import os
from pathlib import Path

from .inputs import refusal
from .sources import DOCUMENT_SUFFIXES, SOURCE_SUFFIXES


class StraySources:
    """The source files in the project but not directly in `seeds`, by the
    name a citation gives them, found when first asked."""

    def __init__(self, seeds: Path) -> None:
        self._seeds = seeds
        self._found: dict[str, str] | None = None  # name -> the hint for it

    def hint(self, name: str) -> str | None:
        """The hint for a citation of source `name` whose file is in the
        project but not directly in seeds/; None when there is no such file."""
        if not name or name.startswith(".") or "/" in name or "\\" in name or "\0" in name:
            return None  # no file name: nothing to look for
        if self._found is None:
            self._found = _stray_files(self._seeds)
        return self._found.get(name)


def _stray_files(seeds: Path) -> dict[str, str]:
    """Each source name -> its hint, the first folder listed, then the
    first suffix, telling where its file is."""
    found: dict[str, str] = {}
    root = seeds.parent
    # A seeds/ linked out of the project (to /) is reported by the build, and never listed here.
    inside = refusal(seeds, root.resolve(), folder_ok=True) is None
    folders = [(root, "")] + [(folder, f"{folder.relative_to(root).as_posix()}/")
                              for folder in (*_folders(root, skip=seeds.name), *(_folders(seeds) if inside else ()))]
    for folder, shown in folders:
        for name, file in _named(_files(folder), SOURCE_SUFFIXES):
            where = f"{file}, in the project folder," if not shown else f"{shown}{file}"
            found.setdefault(name, f"{where} is not in seeds/, the folder sources are read from: "
                                   f"move it to seeds/{file}")
    for name, file in _named(_files(seeds) if inside else [], DOCUMENT_SUFFIXES):  # the article as downloaded
        found.setdefault(name, f"seeds/{file} is not text: save its text as seeds/{name}.txt (plain text, UTF-8)")
    return found


def _named(files: list[str], suffixes: tuple[str, ...]):
    """(the name a citation gives it, file) for each file of `files` with one of `suffixes`, suffix by
    suffix: the first suffix's file is the one a name is told of."""
    for suffix in suffixes:
        for file in files:
            if file.endswith(suffix) and len(file) > len(suffix):
                yield file[:-len(suffix)], file


def _folders(parent: Path, skip: str = "") -> list[Path]:
    """The folders directly in `parent`, by name, but hidden ones (the cache, .git) and linked ones."""
    try:
        with os.scandir(parent) as entries:
            return sorted(Path(entry.path) for entry in entries if entry.is_dir(follow_symlinks=False)
                          and not entry.name.startswith(".") and entry.name != skip)
    except OSError:
        return []


def _files(folder: Path) -> list[str]:
    """The names of the plain files directly in `folder`, by name, but hidden
    ones: no link, pipe or device, which reading could follow or block on."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if entry.is_file(follow_symlinks=False)
                          and not entry.name.startswith("."))
    except OSError:
        return []
