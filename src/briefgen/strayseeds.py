"""A source file put where briefgen reads no sources: in content/ beside
the fact files, in pages/, in the project folder itself, in a folder of its
own (`sources/`, `articles/`) or in a sub-folder of seeds/, or only the
article as downloaded (seeds/report.pdf). Each citation of it said only
that the source is unknown; told where its file is, the editor moves it
into seeds/, or saves its text there.

Only names are looked at, one level down (two in seeds/), and no linked
folder is entered: nothing outside the project is ever listed."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .sources import DOCUMENT_SUFFIXES, SOURCE_SUFFIXES


def stray_source_hint(name: str, seeds: Path) -> str | None:
    """The hint for a citation of source `name` whose file is in the
    project but not directly in `seeds`; None when there is no such file."""
    if not name or name.startswith(".") or "/" in name or "\\" in name or "\0" in name:
        return None  # no file name: nothing to look for
    root = seeds.parent
    folders = [(root, "")] + [(folder, f"{folder.relative_to(root).as_posix()}/")
                              for folder in (*_folders(root, skip=seeds.name), *_folders(seeds))]
    for folder, shown in folders:
        for suffix in SOURCE_SUFFIXES:
            if _is_file(folder / f"{name}{suffix}"):
                where = f"{name}{suffix}, in the project folder," if not shown else f"{shown}{name}{suffix}"
                return (f"{where} is not in seeds/, the folder sources are read from: "
                        f"move it to seeds/{name}{suffix}")
    original = next((f"{name}{suffix}" for suffix in DOCUMENT_SUFFIXES if _is_file(seeds / f"{name}{suffix}")), None)
    if original is not None:  # the article as downloaded, its text never saved
        return f"seeds/{original} is not text: save its text as seeds/{name}.txt (plain text, UTF-8)"
    return None


def _folders(parent: Path, skip: str = "") -> list[Path]:
    """The folders directly in `parent`, by name, but hidden ones (the cache, .git) and linked ones."""
    try:
        with os.scandir(parent) as entries:
            return sorted(Path(entry.path) for entry in entries if entry.is_dir(follow_symlinks=False)
                          and not entry.name.startswith(".") and entry.name != skip)
    except OSError:
        return []


def _is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
