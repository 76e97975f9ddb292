"""Which files of a project briefgen may read: regular files that resolve
inside the project folder, outside its hidden folders, nothing else.

A symbolic link out of the project (seeds/x.txt -> /etc/passwd) would be
published as if it were a source, and opening a named pipe waits forever for
a writer, so such entries are reported by name and never followed or opened.
Hidden entries (editors' swap and lock files) are neither read nor checked.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from .diagnostics import Diagnostics, os_reason
from .plainfiles import utf8_name

_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}
_REPLACE = "replace it with a regular file inside the project, or remove it"
# What an editor writes beside the file it edits: vim's swap files (.x.swp,
# .x.swo, …) and its probe of whether it may write the folder (4913), backups
# (x~), Emacs's auto-save files (#x#) and its lock links (.#x, which lead nowhere).
_EDITORS_OWN = re.compile(r"\..*\.sw[a-p]|.*~|#.*#|\.#.*|4913")


@dataclass(frozen=True)
class Refusal:
    """Why a path may not be read, said to the editor."""
    message: str
    hint: str


class NotRegularFile(OSError):
    pass


def refusal(path: Path, root: Path, folder_ok: bool = False) -> Refusal | None:
    """Why `path` must not be read as a file of the project at `root` (a
    resolved path), or None when it may. `folder_ok`: a folder is fine."""
    try:
        real = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Refusal("symbolic link loop: following it leads back to itself", _REPLACE)
        if os.path.islink(path):
            return Refusal(f"dangling symbolic link: its target {os.readlink(path)} does not exist", _REPLACE)
        return Refusal(f"cannot read it: {os_reason(exc)}", "check that it exists and is readable")
    if not real.is_relative_to(root):
        return Refusal(f"symbolic link leads outside the project, to {real}",
                       "copy the file into the project instead of linking to it")
    mode = os.stat(real).st_mode
    inside = real.relative_to(root)
    if any(part.startswith(".") for part in inside.parts):  # .git/config may hold credentials
        kind = "folder" if stat.S_ISDIR(mode) else "file"
        return Refusal(f"symbolic link leads into {inside.as_posix()}, a hidden {kind} briefgen never reads",
                       "copy what you mean to publish into the project instead of linking to it")
    if stat.S_ISREG(mode) or (folder_ok and stat.S_ISDIR(mode)):
        return None
    if stat.S_ISDIR(mode):
        return Refusal("is a folder, not a file", "remove the folder, or give it another name")
    return Refusal(f"is {_KINDS.get(stat.S_IFMT(mode), 'not a regular file')}, not a regular file", _REPLACE)


def editors_own(name: str) -> bool:
    """Whether a file of this name is an editor's own, never the editor's work."""
    return _EDITORS_OWN.fullmatch(name) is not None


def entries(folder: Path, root: Path, diagnostics: Diagnostics) -> list[Path]:
    """The regular files of the folder `folder`, in name order. Every other
    entry that is not hidden is reported, except sub-folders, which are not
    read; an editor's own files (`editors_own`) are passed over, as hidden ones are."""
    return _scan(folder, root, diagnostics, False, lambda name: False) if _folder_ok(folder, root, diagnostics) else []


def tree(folder: Path, root: Path, diagnostics: Diagnostics,
         hidden: Callable[[str], bool] = lambda name: False) -> list[Path]:
    """Like `entries`, through all sub-folders (but not into linked ones,
    which are reported); a hidden entry only where `hidden(name)` says so."""
    return _scan(folder, root, diagnostics, True, hidden) if _folder_ok(folder, root, diagnostics) else []


def _folder_ok(folder: Path, root: Path, diagnostics: Diagnostics) -> bool:
    problem = refusal(folder, root, folder_ok=True)
    if problem is not None:
        diagnostics.error(diagnostics.where(folder), problem.message, problem.hint)
    return problem is None


def _scan(folder: Path, root: Path, diagnostics: Diagnostics, recursive: bool,
          hidden: Callable[[str], bool]) -> list[Path]:
    try:
        listed = sorted(folder.iterdir())
    except OSError as exc:
        diagnostics.error(diagnostics.where(folder), f"cannot list the folder: {os_reason(exc)}",
                          "check the folder's permissions")
        return []
    files: list[Path] = []
    for path in listed:
        if editors_own(path.name) or (path.name.startswith(".") and not hidden(path.name)):
            continue
        if not utf8_name(path.name):
            diagnostics.error(diagnostics.where(path), "the file name is not valid UTF-8",
                              "rename it: briefgen reads and publishes only files whose names are UTF-8 text")
            continue
        # An entry that is no link, in a folder already found inside the
        # project, is inside it too: a plain file or folder needs no realpath.
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            mode = 0
        if stat.S_ISREG(mode):
            files.append(path)
            continue
        if stat.S_ISDIR(mode):
            if recursive:
                files += _scan(path, root, diagnostics, recursive, hidden)
            continue
        problem = refusal(path, root, folder_ok=True)
        if problem is not None:
            diagnostics.error(diagnostics.where(path), problem.message, problem.hint)
        elif not path.is_dir():
            files.append(path)
        elif recursive:  # a folder read through a link could be read twice, or go round in a loop
            diagnostics.warning(diagnostics.where(path), "a linked folder is not read",
                                "move or copy its files here, or link each file")
    return files


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` + 1 of them so a caller
    can tell the file is too long without reading all of it."""
    with open_regular(path) as handle:
        return handle.read() if limit is None else handle.read(limit + 1)


def open_regular(path: Path) -> BinaryIO:
    """A regular file opened for reading. Opening does not block on a pipe
    put in the file's place; opening one raises NotRegularFile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    handle = open(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
    return handle
