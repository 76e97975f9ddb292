"""Full-text search with Pagefind: a static index that the browser queries
without any server. Pagefind runs over the rendered pages, and only when
they changed: it costs more than the rest of a build."""
from __future__ import annotations

import hashlib
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .write import write_tree

NOT_INDEXED = {"404.html", "search/index.html"}


class SearchIndexError(Exception):
    pass


def search_bundle(files: dict[str, bytes], cache: Path | None = None) -> dict[str, bytes]:
    """Return the `pagefind/` files for the HTML pages in `files`."""
    pages = {path: data for path, data in sorted(files.items())
             if path.endswith(".html") and path not in NOT_INDEXED}
    key = _key(pages)
    if cache is not None and (cache / key).is_dir():
        return _read_bundle(cache / key)
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as tmp:
        root = Path(tmp)
        write_tree(pages, root)
        # The Python API polls its service every 0.1 s per page; the CLI over a
        # folder is two orders of magnitude faster.
        command = [sys.executable, "-m", "pagefind", "--site", str(root), "--output-subdir", "pagefind",
                   "--root-selector", "main", "--force-language", "en", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            raise SearchIndexError(lines[-1] if lines else "pagefind failed")
        bundle = _read_bundle(root / "pagefind")
        if cache is not None:
            _store(cache, key, root / "pagefind")
    return bundle


def _key(pages: dict[str, bytes]) -> str:
    digest = hashlib.sha256(importlib.metadata.version("pagefind").encode())
    for path, data in pages.items():
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:24]


def _read_bundle(bundle: Path) -> dict[str, bytes]:
    return {f"pagefind/{p.relative_to(bundle).as_posix()}": p.read_bytes()
            for p in sorted(bundle.rglob("*")) if p.is_file()}


def _store(cache: Path, key: str, bundle: Path) -> None:
    """Keep only the latest index: the cache is a speed-up, never a source of truth."""
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, cache / key)
