"""Locks: one build per project at a time, one writer per output folder, and
working folders whose owner can be told alive or dead.

All are `flock` locks, which the kernel releases when their holder exits in
any way, SIGKILL included: a lock never outlives its build, and a working
folder whose lock can be taken again was abandoned."""
from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

OWNER_FILE = ".briefgen-owner"
# What the owner file says: a folder is removed as abandoned only if it says
# so, never for its name alone (a user's folder may share the pattern).
OWNER_MARK = b"briefgen working folder\n"


class OutputLocked(Exception):
    pass


class LockFileInTheWay(Exception):
    """A link or a folder stands where an output folder's lock file goes."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def _open_lock_file(path: Path) -> int:
    # Never truncates or follows a link: the file may exist already, made by
    # an earlier build (or, unlikely, by someone else).
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)


@contextmanager
def project_lock(cache: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Builds of one project take turns: the second waits for the first.
    A project whose cache folder cannot be made (read-only) builds unlocked;
    the output lock still keeps two builds from writing one folder."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        descriptor = _open_lock_file(cache / "lock")
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting("waiting for another build of this project to finish")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Only one build may write a given output folder at a time (builds of
    different projects into one folder fail rather than wait)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    path = out.parent / f".{out.name}.lock"
    while True:
        try:
            made, descriptor = _made_or_opened(path)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EISDIR):  # never followed, never removed: the user's
                raise LockFileInTheWay(path) from None
            raise
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise OutputLocked(f"another briefgen build is writing {out}") from None
        if _still_at(descriptor, path):
            break
        os.close(descriptor)  # its maker removed it as we opened it: lock the one there now
    try:
        yield
    finally:
        # A lock file of briefgen's goes with the build, removed before it is released, so whoever
        # opens it meanwhile sees it gone (_still_at) and makes its own: one this build made, or one
        # a build killed outright (SIGKILL) left, which says so; any other file of that name stays.
        if made or _says_it_is_a_lock(descriptor):
            try:
                os.unlink(path)
            except OSError:
                pass
        os.close(descriptor)


# What an output's lock file holds: what tells one that a killed build left from a user's file of that name.
LOCK_TEXT = b"briefgen: a build writing the output folder beside this file locks it; removed when it ends\n"


def _says_it_is_a_lock(descriptor: int) -> bool:
    try:
        return os.pread(descriptor, len(LOCK_TEXT) + 1, 0) == LOCK_TEXT
    except OSError:
        return False


def _made_or_opened(path: Path) -> tuple[bool, int]:
    """(whether this call made the file, a descriptor of it)."""
    flags = os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC
    while True:
        try:
            descriptor = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pass
        else:
            try:
                os.write(descriptor, LOCK_TEXT)
            except OSError:  # a full disk: the lock holds all the same, and only its maker removes it
                pass
            return True, descriptor
        try:
            return False, os.open(path, flags)
        except FileNotFoundError:  # removed by its maker meanwhile
            pass


def _still_at(descriptor: int, path: Path) -> bool:
    try:
        now = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(descriptor)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


@contextmanager
def owned_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new working folder `<prefix><pid>-<random>` in `parent`, locked while
    it is in use and removed on every way out that Python sees (errors,
    Ctrl-C, SIGTERM). After SIGKILL, `remove_abandoned` finds it unlocked."""
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))
    try:
        descriptor = _open_lock_file(folder / OWNER_FILE)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            os.write(descriptor, OWNER_MARK)
            yield folder
        finally:
            os.close(descriptor)
    finally:
        remove_proof_last(folder, OWNER_FILE)


def remove_abandoned(parent: Path, prefix: str) -> None:
    """Remove working folders made by builds that have died. A folder counts
    as ours only by its name (`<prefix><pid>-<random>`), its owner (this
    user), being a real folder and not a link, and either an owner file that
    says it is ours and whose lock nobody holds, or, if its build was killed
    before it could write that file, nothing in it and an owning process that
    no longer exists."""
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and _abandoned(parent / name, name[len(prefix):]):
            remove_proof_last(parent / name, OWNER_FILE)


def remove_proof_last(folder: Path, proof: str) -> None:
    """`folder` removed as far as it can be, the file `proof` that shows it
    is briefgen's (owner file, site marker) last: a folder that an
    interruption (Ctrl-C, SIGKILL) or a file that cannot be deleted leaves
    half-removed still carries it, so the next build knows it for its own
    and removes the rest, where a folder without it is never touched."""
    for path in entries_but(folder, proof):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.unlink(path)
            except OSError:
                pass
    if not entries_but(folder, proof):
        try:
            (folder / proof).unlink(missing_ok=True)
            os.rmdir(folder)
        except OSError:
            pass


def entries_but(folder: Path, name: str) -> list[str]:
    """The paths of what `folder` holds but `name` (none if it cannot be listed)."""
    try:
        return [os.path.join(folder, entry) for entry in os.listdir(folder) if entry != name]
    except OSError:
        return []


def _abandoned(folder: Path, rest: str) -> bool:
    pid, _, random = rest.partition("-")
    if not (pid.isdigit() and random and random.replace("_", "").isalnum()):
        return False
    try:
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        entries = os.listdir(folder)
    except OSError:
        return False
    if OWNER_FILE not in entries:
        return not entries and not process_alive(int(pid))
    try:
        descriptor = os.open(folder / OWNER_FILE, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        mark = os.read(descriptor, len(OWNER_MARK) + 1)
        if mark != OWNER_MARK:  # killed between making the file and marking it, or not ours
            return mark == b"" and entries == [OWNER_FILE] and not process_alive(int(pid))
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError as exc:  # EPERM: alive, someone else's
        return exc.errno == errno.EPERM
    return True
