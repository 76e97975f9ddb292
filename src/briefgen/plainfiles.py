"""Every regular file under a folder, reached through no link: how the
build state lists the project's inputs (buildstate.py) and a published
site (sitelisting.py)."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable


def under(folder: str, prefix: str = "",
          passed_over: Callable[[str], bool] = lambda name: False) -> list[tuple[str, str, os.stat_result]] | None:
    """(path, `prefix` + its name within `folder`, status) of every file
    under `folder`, in a stable order (each folder's files, then its
    folders); None at anything else (a link, a special file, a folder that
    cannot be listed). Names as text, not Paths: a project has thousands.
    An entry whose name is `passed_over` is left out, whatever it is."""
    listed: list[tuple[str, str, os.stat_result]] = []
    try:
        return listed if _list(folder, prefix, listed, passed_over) else None
    except OSError:
        return None


def _list(folder: str, prefix: str, listed: list, passed_over: Callable[[str], bool]) -> bool:
    with os.scandir(folder) as scanned:
        entries = sorted(scanned, key=lambda entry: entry.name)
    folders = []
    for entry in entries:
        if passed_over(entry.name):
            continue
        if not utf8_name(entry.name):
            return False
        if entry.is_dir(follow_symlinks=False):
            folders.append(entry)
        else:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                return False
            listed.append((entry.path, f"{prefix}{entry.name}", info))
    return all(_list(entry.path, f"{prefix}{entry.name}/", listed, passed_over) for entry in folders)


def utf8_name(name: str) -> bool:
    """Whether a file name (as os gives it) is text in UTF-8: one that is
    not holds the bytes it could not decode as surrogates, which no page,
    digest or JSON file can be written with."""
    if name.isascii():
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
