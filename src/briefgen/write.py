"""Put a finished site in place all at once, or not at all.

Files go to a fresh sibling directory that is then exchanged with the old
output in one rename, so readers and editors never see a half-written site
and a failed or interrupted build leaves the previous one whole."""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import posixpath
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h


class OutputLocked(Exception):
    pass


@contextmanager
def output_lock(out: Path):
    """Only one build may write a given output directory at a time."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f".{out.name}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLocked(f"another briefgen build is writing {out}") from None
        yield


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Call with `output_lock(out)` held."""
    out = out.resolve()
    _remove_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    try:
        staging.chmod(0o755)
        write_tree(files, staging)
        _swap_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_tree(files: dict[str, bytes], folder: Path) -> None:
    """Write `files` (relative path -> bytes) into the new, empty `folder`."""
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
    folder; the next one does. Under the lock no other build is writing here."""
    prefixes = (f".{out.name}-new-", f".{out.name}-old-")
    for path in out.parent.iterdir():
        if path.name.startswith(prefixes) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def _swap_into_place(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        return  # staging now holds the old site and is removed by the caller
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


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
