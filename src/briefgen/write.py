"""Put a finished site in place all at once, or not at all.

Files go to a fresh sibling folder that is then exchanged with the old
output in one rename, so readers and editors never see a half-written site
and a failed or interrupted build leaves the previous one whole. Only a
folder briefgen made is ever replaced or removed: every site, and every
staging folder from its first moment, carries the marker file."""
from __future__ import annotations

import ctypes
import errno
import os
import posixpath
import shutil
import stat
import tempfile
from pathlib import Path

from .outguard import MARKER, MARKER_TEXT, Refusal, folder_refusal, is_marked

_RENAME_EXCHANGE = 2  # linux/fs.h


class OutputRefused(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Call with `locks.output_lock(out)` held; `out` as `outguard.target_of` gives it."""
    refused = folder_refusal(out)  # checked again: the folder may have changed since the build began
    if refused is not None:
        raise OutputRefused(refused)
    _remove_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-{os.getpid()}-", dir=out.parent))
    try:
        (staging / MARKER).write_bytes(MARKER_TEXT)
        staging.chmod(0o755)
        try:
            write_tree(files, staging)
        except OSError as exc:  # name the page, not the staging folder's random name
            if exc.filename and str(exc.filename).startswith(str(staging) + os.sep):
                exc.filename = out.name + str(exc.filename)[len(str(staging)):]
            raise
        _swap_into_place(staging, out)
    finally:
        _remove_if_ours(staging)


def write_tree(files: dict[str, bytes], folder: Path) -> None:
    """Write `files` (relative path -> bytes) into the new `folder`."""
    made: set[str] = set()
    for relative, data in sorted(files.items()):
        # Checked on the text: the folder is new, so no link inside it can
        # lead elsewhere, and resolving thousands of paths is slow.
        path = posixpath.normpath(relative)
        if path.startswith(("/", "../")) or path in ("..", "."):
            raise ValueError(f"refusing to write outside the output directory: {relative}")
        parent = posixpath.dirname(path)
        if parent and parent not in made:
            (folder / parent).mkdir(parents=True, exist_ok=True)
            made.add(parent)
        (folder / path).write_bytes(data)


def _remove_leftovers(out: Path) -> None:
    """A build killed outright (SIGKILL, power loss) cannot remove its staging
    or swapped-out folder; the next one does. Under the output lock no other
    build is writing here, and only folders carrying the marker (or left
    empty) are taken as leftovers: a user's folder of the same name stays."""
    prefixes = (f".{out.name}-new-", f".{out.name}-old-")
    for name in os.listdir(out.parent):
        if name.startswith(prefixes):
            _remove_if_ours(out.parent / name)


def _is_ours(folder: Path) -> bool:
    """A real folder of this user that carries the marker or holds nothing."""
    try:
        info = os.lstat(folder)
        return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
                and (is_marked(folder) or not os.listdir(folder)))
    except OSError:
        return False


def _remove_if_ours(folder: Path) -> None:
    if _is_ours(folder):
        shutil.rmtree(folder, ignore_errors=True)


def _swap_into_place(staging: Path, out: Path) -> None:
    """rename(2) never replaces a folder that holds anything; whatever the
    swap moves aside is checked again before it is removed, and put back if
    something else took the output's place in the moment before the swap."""
    if not os.path.lexists(out):
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        if not _is_ours(staging):
            if not _exchange(staging, out):
                raise OSError(errno.EBUSY, "the output changed during the build and was moved aside", str(staging))
            raise _changed(out)
        return  # staging now holds the old site and is removed by the caller
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    os.rename(out, old)
    if not _is_ours(old):
        os.rename(old, out)
        raise _changed(out)
    os.rename(staging, out)
    _remove_if_ours(old)


def _changed(out: Path) -> OutputRefused:
    return OutputRefused(folder_refusal(out) or Refusal("the output folder changed during the build", "build again"))


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))
