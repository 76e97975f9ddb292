"""Full-text search with Pagefind: a static index that the browser queries
without any server. Pagefind runs once over the rendered pages."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

NOT_INDEXED = {"404.html", "search/index.html"}


class SearchIndexError(Exception):
    pass


def search_bundle(files: dict[str, bytes]) -> dict[str, bytes]:
    """Return the `pagefind/` files for the HTML pages in `files`."""
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as tmp:
        root = Path(tmp)
        for path, data in files.items():
            if path.endswith(".html") and path not in NOT_INDEXED:
                target = root / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        # The Python API polls its service every 0.1 s per page; the CLI on a
        # folder indexes this whole brief in a fraction of a second.
        command = [sys.executable, "-m", "pagefind", "--site", str(root), "--output-subdir", "pagefind",
                   "--root-selector", "main", "--force-language", "en", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise SearchIndexError((done.stderr or done.stdout).strip().splitlines()[-1:] or ["pagefind failed"])
        bundle = root / "pagefind"
        return {f"pagefind/{p.relative_to(bundle).as_posix()}": p.read_bytes()
                for p in sorted(bundle.rglob("*")) if p.is_file()}
