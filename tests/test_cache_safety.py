"""The cache folder is read and written by every build and check: a link
there would lead those reads and writes out of the project, so briefgen
refuses it, writes nothing, and says what to do."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI, write_project


def _run(root: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), *command],
                          capture_output=True, text=True)


def _listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize("command", [("build",), ("build", "--no-search"), ("check",)])
def test_a_linked_cache_folder_is_refused_and_nothing_is_written_through_it(tmp_path, command):
    root = write_project(tmp_path / "brief", MINI)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("mine")
    (root / ".briefgen-cache").symlink_to(elsewhere)
    done = _run(root, *command)
    assert done.returncode == 2, done.stderr
    assert ".briefgen-cache: error: refusing to use the cache folder: it is a symbolic link" in done.stderr
    assert "remove the link" in done.stderr
    assert "Traceback" not in done.stderr
    assert _listing(elsewhere) == ["notes.txt"]
    assert not (root / "site").exists()


def test_a_file_in_place_of_the_cache_folder_is_refused_and_kept(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    (root / ".briefgen-cache").write_text("not a folder")
    done = _run(root, "build")
    assert done.returncode == 2
    assert "refusing to use the cache folder: it is not a folder" in done.stderr
    assert (root / ".briefgen-cache").read_text() == "not a folder"


def test_a_real_cache_folder_is_used(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert _run(root, "build").returncode == 0
    assert (root / ".briefgen-cache").is_dir() and not (root / ".briefgen-cache").is_symlink()
    again = _run(root, "build")
    assert again.returncode == 0 and again.stdout.startswith("up to date")


@pytest.mark.parametrize("name", ["pages.json", "build-state.json", "claim-anchors.json", "support.json",
                                  "overreach.json", "quote-places.json", "closest-passages.json"])
@pytest.mark.parametrize("content", [b"[" * 200_000, b'{"format": NaN, "pages": [1e999999]}',
                                     b'{"format": 123456789012345678901234567890}', b"\xff\xfe{"],
                         ids=["nested without end", "not numbers", "a number beyond 64 bits", "not UTF-8"])
def test_a_cache_file_that_is_not_ours_is_read_as_none_and_the_site_is_a_clean_builds(tmp_path, name, content):
    root = write_project(tmp_path / "brief", MINI)
    assert _run(root, "build", "--no-search").returncode == 0
    clean = tmp_path / "clean"
    assert _run(root, "build", "--no-search", "--clean", "--out", str(clean)).returncode == 0
    (root / ".briefgen-cache" / name).write_bytes(content)
    (root / "content" / "forums.yaml").write_text((root / "content" / "forums.yaml").read_text() + "\n")
    done = _run(root, "build", "--no-search")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr.lower()
    assert _listing(root / "site") == _listing(clean)
    assert all((root / "site" / p).read_bytes() == (clean / p).read_bytes()
               for p in _listing(clean) if (clean / p).is_file())


def test_a_named_pipe_in_place_of_any_cache_file_is_never_waited_on(tmp_path):
    """Opening a pipe for reading waits for a writer that never comes: a
    cache file is read only once it is found to be a regular file."""
    root = write_project(tmp_path / "brief", MINI)
    assert _run(root, "build").returncode == 0
    cache = root / ".briefgen-cache"
    files = [path for path in cache.rglob("*") if path.is_file()]
    assert {"claim-anchors.json", "build-state.json", "manifest.json"} <= {path.name for path in files}
    for path in files:
        path.unlink()
        os.mkfifo(path)
    (root / "content" / "forums.yaml").write_text((root / "content" / "forums.yaml").read_text() + "\n")
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "build"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("built ")


def test_an_overreach_verdict_forged_in_a_cache_that_arrives_with_the_project_is_not_taken(tmp_path):
    """A pull request that commits .briefgen-cache/ with the verdict of an
    overreaching claim emptied: the keys can be worked out from the brief and
    briefgen's code, so only the cache folder's own identity tells it apart."""
    files = dict(MINI)
    files["content/figures.yaml"] = MINI["content/figures.yaml"].replace(
        "More than 350 companies took part.\n", "More than 350 companies and 900 tanks took part.\n", 1)
    root = write_project(tmp_path / "brief", files)
    first = _run(root, "build", "--strict", "--no-search")
    assert first.returncode == 1 and "numbers 900" in first.stderr, first.stderr
    memo = root / ".briefgen-cache" / "overreach.json"
    state = json.loads(memo.read_text(encoding="utf-8"))
    for verdict in state["verdicts"].values():
        verdict[:9] = [[]] * 9  # nothing unsupported
    memo.write_text(json.dumps(state), encoding="utf-8")
    checkout = tmp_path / "checkout"
    shutil.copytree(root, checkout, symlinks=True)
    done = _run(checkout, "build", "--strict", "--no-search")
    assert done.returncode == 1 and "numbers 900" in done.stderr, done.stderr
