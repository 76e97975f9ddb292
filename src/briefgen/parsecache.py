"""The parse cache: what parsing each source and fact file produced, kept in
`.briefgen-cache/parsed/<folder>/<file name>` so that a rebuild parses only
the files whose bytes changed.

An entry is one line with its key and the digest of what follows, then the
JSON text of the parse outcome (parsed.py). The key is a hash of the file's
bytes and name suffix, of the parser (briefgen's version and parsing
modules, python-markdown, PyYAML, python-frontmatter, Python) and of the
cache folder itself (its inode): a cache that arrives with a project (a
tarball, a copy) was keyed for another folder and is never used.

The cache is untrusted input. It is data only (JSON, never pickle), read
only from regular files inside the project's own cache folder, never through
a link (every step is opened relative to the last with O_NOFOLLOW), and
bounded in size; a reader that doubts an entry parses the file afresh. The
digest of its text tells an entry changed since it was written (a
project-wide search and replace that reached into the cache, then undone in
the inputs only; a damaged disk) from a true one: such an entry is doubted,
never published. Entries are written whole (temporary file, then rename); a project that
cannot be written builds all the same, uncached. There is one entry per input
file, and entries of files that are gone are removed, so the cache grows
with the project, never with its history.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import frontmatter
import markdown
import yaml

from .buildstate import package_version, stamp
from .locks import process_alive
from .nofollow import step

FOLDER = "parsed"
FORMAT = 1  # raise when the outcome's JSON changes shape or meaning
_CODE = ("sources.py", "facts.py", "frontmatter_split.py", "yamlsource.py", "yamlplain.py", "textfile.py",
         "diagnostics.py", "locatedjson.py", "parsed.py", "parsecache.py")  # what decides an entry's content
_ENTRY_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\.[a-z]+")  # a source or fact file's name: a slug and a suffix
_TEMPORARY = re.compile(r"\.(.+)\.(\d+)\.tmp")
# Every step relative to an open folder (os.replace is os.rename with replacing; not listed itself).
_SUPPORTED = {os.open, os.rename, os.unlink, os.mkdir, os.stat} <= os.supports_dir_fd


def sealed(key: str, body: bytes) -> bytes:
    """An entry's bytes: its key and the digest of `body`, then `body`."""
    return f"{key} {_body_digest(body)}\n".encode() + body


def _body_digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


_DIGEST_LENGTH = 1 + 32  # the space and the hex digest after an entry's key


def bytes_digest(raw: bytes) -> bytes:
    """What a key holds of a file's bytes."""
    return hashlib.blake2b(raw, digest_size=32).digest()


class ParseCache:
    """The entries of one input folder (`seeds`, `content`) in the project's
    cache folder `cache` (None: no cache). `reuse=False` (a clean build)
    reads no entry but stores them all. Another kind of outcome of the
    files' bytes is kept the same way in its own `top` folder, its keys
    made with its own `identity` (everything else that decides it)."""

    def __init__(self, cache: Path | None, folder: str, reuse: bool = True, top: str = FOLDER,
                 identity: Callable[[], bytes] | None = None) -> None:
        self._path = (cache.name, top, folder) if cache is not None else ()
        self._identity = identity or parse_identity
        self._root = cache.parent if cache is not None else None
        self._reuse = reuse
        self._fd: int | None = None
        self._writable = _SUPPORTED and cache is not None
        self._salt = b""
        if reuse and self._writable:
            self._open(create=False)

    def key(self, name: str, raw: bytes) -> str | None:
        """The key of `raw`, the bytes of the file `name`, or None when the
        cache can be neither read nor written."""
        return self.key_of(name, bytes_digest(raw))

    def key_of(self, name: str, digest: bytes) -> str | None:
        """The key of the bytes of the file `name` whose bytes_digest is `digest`."""
        if self._fd is None and not (self._writable and self._open(create=True)):
            return None
        key = hashlib.blake2b(self._salt, digest_size=24)
        key.update(Path(name).suffix.encode() + b"\0")
        key.update(digest)
        return key.hexdigest()

    def get(self, name: str, key: str | None, limit: int) -> str | None:
        """The stored outcome (JSON text) of the file `name` if stored under
        `key`, of at most `limit` bytes; None on any doubt."""
        body = self._body(name, key, limit, limit)
        try:
            return None if body is None else body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def stamp(self, name: str) -> tuple[int, int, int] | None:
        """The entry of `name` as its file stands now (inode, size, time
        written), to tell whether it is the entry last read or written; None
        when there is no regular file to read."""
        if self._fd is None or not _ENTRY_NAME.fullmatch(name):
            return None
        try:
            info = os.stat(name, dir_fd=self._fd, follow_symlinks=False)
        except OSError:
            return None
        return stamp(info) if stat.S_ISREG(info.st_mode) else None

    def holds(self, name: str, key: str | None) -> bool:
        """Whether an outcome of the file `name` is stored under `key` (not read)."""
        return self._body(name, key, None, 0) is not None

    def _body(self, name: str, key: str | None, limit: int | None, reading: int) -> bytes | None:
        """The first `reading` bytes of the entry of `name` after its key, if
        stored under `key` and (unless `limit` is None) of at most `limit`,
        and (if read whole) still the bytes that were stored."""
        if not self._reuse or key is None or self._fd is None or not _ENTRY_NAME.fullmatch(name):
            return None
        try:
            descriptor = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=self._fd)
        except OSError:  # absent, a link (ELOOP), unreadable
            return None
        try:
            info = os.fstat(descriptor)
            header = len(key) + _DIGEST_LENGTH + 1
            if not stat.S_ISREG(info.st_mode) or limit is not None and info.st_size > limit + header:
                return None
            with open(descriptor, "rb", closefd=False) as handle:
                data = handle.read(reading + header + 1)
        except OSError:
            return None
        finally:
            os.close(descriptor)
        head, newline, body = data.partition(b"\n")
        stored_key, _, digest = head.partition(b" ")
        if not newline or stored_key != key.encode():
            return None
        if limit is not None and digest != _body_digest(body).encode():
            return None
        return body

    def put(self, name: str, key: str | None, outcome: str) -> None:
        """Store `outcome` (JSON text) for the file `name`. Best effort: when
        the cache cannot be written, this and later entries are not kept."""
        if key is None or not self._writable or not _ENTRY_NAME.fullmatch(name):
            return
        temporary = f".{name}.{os.getpid()}.tmp"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
                                 0o666, dir_fd=self._fd)
            with open(descriptor, "wb") as handle:
                handle.write(sealed(key, outcome.encode("utf-8")))
            os.replace(temporary, name, src_dir_fd=self._fd, dst_dir_fd=self._fd)
        except OSError:
            self._writable = False  # read-only, full, or taken over: the build goes on uncached
            _unlink(temporary, self._fd)

    def keep_only(self, names: set[str]) -> None:
        """Remove the entries of files not in `names` (gone, renamed or no
        longer readable) and temporary files that dead builds left. Only
        regular files named like entries are removed: nothing briefgen did not write."""
        if self._fd is None or not self._writable:
            return
        try:
            listed = os.listdir(self._fd)
        except OSError:
            return
        for name in listed:
            temporary = _TEMPORARY.fullmatch(name)
            if temporary is not None and process_alive(int(temporary.group(2))):
                continue
            if (temporary is not None or (_ENTRY_NAME.fullmatch(name) and name not in names)) \
                    and _is_regular(name, self._fd):
                _unlink(name, self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "ParseCache":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _open(self, create: bool) -> bool:
        """Open the entries' folder, through no link; make it if `create`.
        False (and nothing more is tried) when that cannot be done."""
        try:
            current = os.open(self._root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            for part in self._path:
                current = step(current, part, create)
        except OSError:  # absent, a link, not a folder, read-only
            self._writable = self._writable and not create
            return False
        self._fd = current
        self._salt = self._identity() + f"\0{os.fstat(current).st_ino}\0".encode()
        return True


def _is_regular(name: str, folder: int) -> bool:
    try:
        return stat.S_ISREG(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _unlink(name: str, folder: int | None) -> None:
    try:
        os.unlink(name, dir_fd=folder)
    except OSError:
        pass


@lru_cache(maxsize=1)
def parse_identity() -> bytes:
    """Everything besides a file's bytes that decides what parsing it gives."""
    here = Path(__file__).resolve().parent
    code = hashlib.blake2b(digest_size=24)
    for name in _CODE:
        code.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    parts = {"format": FORMAT, "code": code.hexdigest(), "python": sys.version,
             "briefgen": package_version("briefgen"), "markdown": markdown.__version__,
             "pyyaml": yaml.__version__, "libyaml": getattr(yaml, "__with_libyaml__", False),
             "python-frontmatter": package_version("python-frontmatter") or getattr(frontmatter, "__version__", "")}
    return json.dumps(parts, sort_keys=True).encode()
