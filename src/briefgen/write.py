"""Put a finished site in place all at once, or not at all.

Files go, as they are made, to a fresh sibling folder that is then
exchanged with the old output in one rename, so readers and editors never see a half-written site
and a failed or interrupted build leaves the previous one whole. Only a
folder briefgen made is ever replaced or removed: every site, and every
staging folder from its first moment, carries the marker file."""
from __future__ import annotations

import ctypes
import errno
import os
import posixpath
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from .interrupts import held
from .locks import LockFileInTheWay, OutputLocked, entries_but, output_lock, remove_proof_last
from .outguard import (MARKER, MARKER_TEXT, Refusal, folder_refusal, holds_unlisted, is_empty, is_marked,
                       marker_listing, marker_lists_files, replace_refusal)

_RENAME_EXCHANGE = 2  # linux/fs.h


def new_file_mode() -> int:
    """The permissions a file this process creates gets: 0o666 less the
    umask. A file of an earlier build (a kept page, a cached search index)
    is linked into the site only if it has them, else copied: a link would
    publish what that build's umask allowed (077: files a web server cannot read)."""
    try:  # Linux says it, without the moment of another umask that asking os.umask needs
        with open("/proc/self/status", encoding="ascii") as status:
            umask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


class WriteFailed(OSError):
    """A file of the new site could not be written (a full disk, a name too
    long); its name is given inside the output folder."""


class OutputRefused(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class Staging:
    """A fresh sibling folder of `out`, marked from its first moment, that a
    build writes its files into one by one as it makes them; `publish()`
    swaps it into place. Leaving the `with` block any other way (an error,
    Ctrl-C) removes it and the previous site stays whole.

    Use with `locks.output_lock(out)` held, `out` as `outguard.target_of`
    gives it. A forked worker process may write into it too (`write`); the
    parent then records those files with `adopt`."""

    def __init__(self, out: Path) -> None:
        refused = folder_refusal(out)  # checked again: the folder may have changed since the build began
        if refused is not None:
            raise OutputRefused(refused)
        remove_leftovers(out)
        self.out = out
        self.folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-{os.getpid()}-", dir=out.parent))
        self._owner = os.getpid()  # a forked worker never removes it
        self._published = self._discarded = False
        self._paths: set[str] = set()
        self._reserved: set[str] = set()
        self._made: set[str] = set()
        self._file_mode = new_file_mode()
        try:
            (self.folder / MARKER).write_bytes(MARKER_TEXT)
            self.folder.chmod(0o755)
        except BaseException:
            self.discard()
            raise

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc_info) -> None:
        self.discard()

    def write(self, relative: str, data: bytes) -> None:
        """Write one file; an error names it inside the output, not inside
        the staging folder's random name."""
        try:
            Path(self._target(relative)).write_bytes(data)
        except OSError as exc:
            raise self._failed(exc) from None
        self._paths.add(relative)

    def copy(self, relative: str, handle: BinaryIO) -> None:
        """Write one file from the open file `handle`, a piece at a time: a
        file of static/ may be larger than the memory of the machine building."""
        try:
            with open(self._target(relative), "wb") as target:
                shutil.copyfileobj(handle, target)
        except OSError as exc:
            raise self._failed(exc) from None
        self._paths.add(relative)

    def link(self, relative: str, name: str, folder: int) -> os.stat_result | None:
        """Put the file `name` of the open folder `folder` (a file of the
        last site) in the site as `relative`: hard-linked (None: it is the
        same file, its status unchanged), or copied where the file system
        cannot link or the file has other permissions than a new one gets
        (new_file_mode; the copy's status)."""
        try:
            target = self._target(relative)
        except OSError as exc:
            raise self._failed(exc) from None
        try:
            if stat.S_IMODE(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode) == self._file_mode:
                os.link(name, target, src_dir_fd=folder, follow_symlinks=False)
                self._paths.add(relative)
                return None
        except OSError:
            pass
        descriptor = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
        with os.fdopen(descriptor, "rb") as handle:
            self.write(relative, handle.read())
        return os.stat(target, follow_symlinks=False)

    def _target(self, relative: str) -> str:
        """Where `relative` goes in the staging folder, whose folders exist.
        Text, not Path: kept pages are linked by the ten thousand."""
        path = _inside(relative)
        parent = posixpath.dirname(path)
        if parent and parent not in self._made:
            folder = f"{self.folder}/{parent}"
            try:
                os.mkdir(folder)
            except FileExistsError:  # made by another worker
                pass
            except FileNotFoundError:  # its own parent is not made yet
                os.makedirs(folder, exist_ok=True)
            self._made.add(parent)
        return f"{self.folder}/{path}"

    def _failed(self, exc: OSError) -> WriteFailed:
        """The error, naming the file inside the output, not inside the staging folder's random name."""
        shown = str(exc.filename or "")
        if shown.startswith(str(self.folder) + os.sep):
            shown = self.out.name + shown[len(str(self.folder)):]
        return WriteFailed(exc.errno, exc.strerror or str(exc), shown or None)

    def reserve(self, folder: str) -> None:
        """A folder of the site that briefgen may fill once it is published
        (listed as the folder's, "name/": whatever it then holds is briefgen's)."""
        self._reserved.add(folder.rstrip("/") + "/")

    def adopt(self, relative: str) -> None:
        """A file a forked worker wrote with `write`."""
        self._paths.add(relative)

    @property
    def files(self) -> StagedFiles:
        """Every file written so far, as a mapping whose values are read back
        from the folder when asked for (the output, once published)."""
        return StagedFiles(self._holding, self._paths)

    @property
    def pages(self) -> StagedFiles:
        """The HTML files written so far, likewise."""
        return StagedFiles(self._holding, {path for path in self._paths if path.endswith(".html")})

    @property
    def _holding(self) -> Path:
        """The folder the files are in: after `publish`, the staging folder holds the old site."""
        return self.out if self._published else self.folder

    def publish(self) -> None:
        # Once more, the build took a while; and now what the site holds, all of it: a file an
        # editor put there since the last build is theirs (0.2 s at 4,000 sources, once per build).
        refused = replace_refusal(self.out)
        if refused is not None:
            raise OutputRefused(refused)
        try:  # what the site holds, so that the next build can tell an editor's file from its own
            (self.folder / MARKER).write_bytes(marker_listing(self._paths | {MARKER} | self._reserved))
        except OSError as exc:
            raise self._failed(exc) from None
        with held():
            _swap_into_place(self.folder, self.out)
            self._published = True
            _count_published()
        self.discard()  # the old site, now in the folder: removed while the build saves its records

    def discard(self) -> None:
        """After `publish` the folder holds the old site (or nothing): removed
        too, by `rm` in the background where there is one (see finish_removals).
        Once only: the `rm` may still be at work when the `with` block ends."""
        if os.getpid() == self._owner and not self._discarded:
            self._discarded = True
            _remove_if_ours(self.folder, background=self._published)


class StagedFiles(Mapping[str, bytes]):
    """Relative path -> bytes of files in a staging folder, read on access,
    so no more than one is held at a time."""

    def __init__(self, folder: Path, paths: set[str]) -> None:
        self.folder = folder
        self._paths = paths

    def __getitem__(self, relative: str) -> bytes:
        if relative not in self._paths:
            raise KeyError(relative)
        return (self.folder / relative).read_bytes()

    def __contains__(self, relative: object) -> bool:
        return relative in self._paths

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._paths))

    def __len__(self) -> int:
        return len(self._paths)


def _inside(relative: str) -> str:
    """The normalised path, checked on the text: the folder is new, so no
    link inside it can lead elsewhere, and resolving thousands of paths is slow."""
    path = posixpath.normpath(relative)
    if path.startswith(("/", "../")) or path in ("..", "."):
        raise ValueError(f"refusing to write outside the output directory: {relative}")
    return path


def remove_leftovers(out: Path) -> None:
    """A build killed outright (SIGKILL, power loss) cannot remove its staging
    or swapped-out folder; the next one does. Under the output lock no other
    build is writing here. A leftover is named exactly as a build names
    them, and carries the marker (or is empty), holding nothing its marker
    does not list if it lists any: a user's folder of a like name
    (".site-old-backup", a copy of the site with notes added) stays. A
    build killed between the two renames of a swap without exchange left no
    output, and the previous site moved aside whole: that is put back, so
    that a build failing now still leaves it."""
    for name in _leftover_names(out):
        folder = out.parent / name
        if not (is_marked(folder) and holds_unlisted(folder)):
            if name.startswith(f".{out.name}-old-") and _is_published_site(folder) and not os.path.lexists(out):
                os.rename(folder, out)
            else:
                _remove_if_ours(folder)


def sweep_leftovers(out: Path) -> None:
    """remove_leftovers for a build that writes nothing (its inputs are
    unchanged), under the output lock it takes only when a leftover is
    there; while another build holds it, the leftovers may be that build's
    own, and stay for the next."""
    try:
        if not _leftover_names(out):
            return
        with output_lock(out):
            remove_leftovers(out)
    except (OutputLocked, LockFileInTheWay, OSError):
        pass


def _leftover_names(out: Path) -> list[str]:
    """The names beside `out` of a build's staging and swapped-out folders, in order."""
    leftover = re.compile(rf"\.{re.escape(out.name)}-(?:new-\d+-[a-z0-9_]{{8}}|old-\d+)")
    return [name for name in sorted(os.listdir(out.parent)) if leftover.fullmatch(name)]


def _is_published_site(folder: Path) -> bool:
    """A site a build swapped into place (its marker lists its files), and so whole, of this user."""
    return _is_ours(folder) and marker_lists_files(folder)


def _is_ours(folder: Path) -> bool:
    """A real folder of this user that carries the marker or holds nothing
    (but a file browser's litter)."""
    try:
        info = os.lstat(folder)
        return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
                and (is_marked(folder) or is_empty(folder)))
    except OSError:
        return False


# Removing the last site is the kernel's work (0.4 s for 20,000 pages):
# `rm`, a process of its own, does it on another core while the build saves
# its records, and the build waits for it before it returns.
_RM = "/bin/rm"
_removing: list[tuple[subprocess.Popen, Path]] = []


def _remove_if_ours(folder: Path, background: bool = False) -> None:
    if not _is_ours(folder):
        return
    if background and os.access(_RM, os.X_OK):
        try:  # all but the marker: finish_removals removes it and the folder once `rm` is done
            process = subprocess.Popen([_RM, "-rf", "--", *entries_but(folder, MARKER)], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _removing.append((process, folder))
            return
        except OSError:
            pass
    _remove_tree(folder)


def _remove_tree(folder: Path) -> None:
    """`folder` removed, its marker last (the next build's sweep removes a
    half-removed one that still carries it), or noted as left (a read-only
    or immutable file in it): the build then says so."""
    remove_proof_last(folder, MARKER)
    if os.path.lexists(folder):
        _left.append(folder)


# Folders of briefgen's own that could not be removed: the last site moved aside, a build's leftover.
_left: list[Path] = []


def left_behind() -> list[Path]:
    """The folders briefgen meant to remove and could not since the last call (a build warns of each)."""
    left, _left[:] = list(_left), []
    return left


def finish_removals() -> None:
    """Wait until every folder put to `rm` is gone: `rm` left its marker,
    removed here with the folder, and what it could not remove (it failed)
    is tried again here, the folder being briefgen's when put to `rm`."""
    while _removing:
        process, folder = _removing.pop()
        process.wait()
        _remove_tree(folder)


# How many sites this process swapped into place: an interrupted build says which site it leaves (cli.py).
_published = 0


def sites_published() -> int:
    """How many sites this process has swapped into place."""
    return _published


def _count_published() -> None:
    global _published
    _published += 1


def _swap_into_place(staging: Path, out: Path) -> None:
    """rename(2) never replaces a folder that holds anything; whatever the
    swap moves aside is checked again before it is removed, and put back if
    something else took the output's place in the moment before the swap."""
    if not os.path.lexists(out):
        os.rename(staging, out)
        return
    if _move_output(out, _exchange, staging, out):
        if not _is_ours(staging):
            if not _exchange(staging, out):
                raise OSError(errno.EBUSY, "the output changed during the build and was moved aside", str(staging))
            raise _changed(out)
        return  # staging now holds the old site and is removed by the caller
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    _move_output(out, os.rename, out, old)
    if not _is_ours(old):
        os.rename(old, out)
        raise _changed(out)
    os.rename(staging, out)
    _remove_if_ours(old)


def _move_output(out: Path, move, source: Path, target: Path):
    """`move(source, target)`; `out`, if the kernel will not move it out of
    its place (EBUSY: a mount point, such as a container's volume
    mounted at site/) refused with what to do instead: only a folder inside
    it can be swapped."""
    try:
        return move(source, target)
    except OSError as exc:
        if exc.errno != errno.EBUSY:
            raise
        raise OutputRefused(Refusal("cannot replace the output folder: the system will not move it "
                                    "(a mount point, such as a container's volume?)",
                                    "briefgen swaps in a new output folder whole; build into a folder "
                                    f"inside it, e.g. --out {out.name}/public, and publish that")) from None


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
