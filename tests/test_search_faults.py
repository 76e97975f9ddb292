"""The search step's faults are diagnostics with exit 2, never tracebacks:
a page name too long for the file system, a full disk under the cache or
under $TMPDIR, a Pagefind that leaves a full disk's 0-byte files behind, and
a read-only project (which still builds into a writable --out).

Read-only and full file systems are real: a private mount namespace
(`unshare -rm`) bind-mounts the project read-only or mounts a tiny tmpfs."""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import build, locks
from briefgen.locks import OWNER_FILE, OWNER_MARK
from conftest import MINI, write_project

CAN_MOUNT = shutil.which("unshare") is not None and subprocess.run(
    ["unshare", "-rm", "true"], capture_output=True).returncode == 0
needs_mounts = pytest.mark.skipif(not CAN_MOUNT, reason="needs unprivileged user namespaces (unshare -rm) "
                                                        "to mount a read-only or a full file system")


def tree(folder: Path) -> dict[str, str]:
    """Every file, except the parse cache, the checked records and the
    overreach verdicts: a build that fails late has parsed, checked and
    judged the inputs, and keeps that for the next build."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and not p.relative_to(folder).as_posix().startswith((".briefgen-cache/parsed/", ".briefgen-cache/checked/",
                                                                 ".briefgen-cache/overreach.json"))}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = write_project(tmp_path / "mini", MINI)
    assert build(root).ok
    return root


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "tmp").mkdir()
    return {k: v for k, v in os.environ.items() if k != "PAGEFIND_BINARY_PATH"} | {"TMPDIR": str(tmp_path / "tmp")}


def in_namespace(setup: str, root: Path, env: dict[str, str], *options: str, after: str = "true"):
    """Run `setup` (mounts), then `briefgen build`, then `after`, in a private mount namespace."""
    build_command = " ".join([sys.executable, "-m", "briefgen", "--root", str(root), "build", "--clean", *options])
    script = f"set -e; {setup}; {build_command} && code=0 || code=$?; {after}; exit $code"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env)


def read_only(folder: Path) -> str:
    return f"mount --bind {folder} {folder}; mount -o remount,bind,ro {folder} {folder}"


def tiny_disk(folder: Path, size: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    return f"mount -t tmpfs -o size={size} tmpfs {folder}"


def blocks(path: Path) -> int:
    """4 KiB blocks a file takes on tmpfs."""
    return -(-path.stat().st_size // 4096) or 1


REFUSED = "failed: 1 error, 0 warnings; nothing written\n"


def test_an_id_too_long_for_a_page_folder_is_refused_before_the_site_or_its_index_is_touched(project, env):
    long_id = "forum-" + "a" * 294
    forums = project / "content" / "forums.yaml"
    figures = project / "content" / "figures.yaml"
    for path in (forums, figures):
        path.write_text(path.read_text(encoding="utf-8").replace("astana-forum-2024", long_id), encoding="utf-8")
    before = tree(project)
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(project), "build", "--clean"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        f"content/forums.yaml:1:7: error: 'id' value '{long_id[:40]}…' is 300 characters long")
    assert done.stdout == REFUSED
    checks = (".briefgen-cache/quote-places.json", ".briefgen-cache/support.json")  # what the checks learnt
    assert {k: v for k, v in tree(project).items() if k not in checks} == {
        k: v for k, v in before.items() if k not in checks}
    assert os.listdir(env["TMPDIR"]) == []
    assert [p.name for p in (project / ".briefgen-cache" / "search").iterdir()] != []  # the old entry stays…
    assert not [p.name for p in (project / ".briefgen-cache" / "search").iterdir() if p.name.startswith(".")]


@needs_mounts
def test_a_read_only_project_builds_into_a_writable_folder_without_a_cache(project, env, tmp_path):
    shutil.rmtree(project / ".briefgen-cache")  # nothing cached: the index must be made, in $TMPDIR
    before = tree(project)
    done = in_namespace(read_only(project), project, env, "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert tree(tmp_path / "out") == tree(project / "site")  # the same site, search index included
    assert tree(project) == before
    assert os.listdir(env["TMPDIR"]) == []  # the working folder in $TMPDIR went with the build


@needs_mounts
def test_a_read_only_project_cannot_take_its_site_and_says_so(project, env):
    before = tree(project)
    done = in_namespace(read_only(project), project, env)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"site: error: cannot write the site: Read-only file system ({project / '.site.lock'})",
        "    hint: check that the output folder's parent exists and is writable, and that the disk has room"]
    assert done.stdout == REFUSED
    assert tree(project) == before
    assert os.listdir(env["TMPDIR"]) == []


@needs_mounts
def test_a_full_disk_under_the_cache_is_a_diagnostic_and_leaves_nothing(project, env):
    cache = project / ".briefgen-cache"
    shutil.rmtree(cache)
    before = tree(project)
    done = in_namespace(tiny_disk(cache, "8k"), project, env, after=f"ls -A {cache / 'search'}")
    assert done.returncode == 2
    # Pagefind reads the pages where the build wrote them: its own output, or the
    # working folder's owner file before it, is what the disk refuses.
    first, hint = done.stderr.splitlines()
    assert re.fullmatch(r"site: error: search index failed: (pagefind wrote an incomplete index "
                        r"\(pagefind/[\w./-]+ is (empty|cut short|missing)\)"
                        r"|cannot write the search index: No space left on device)", first), first
    assert re.fullmatch(r"    hint: the disk holding \.briefgen-cache/ in the project (may be|is) full: "
                        r"free some space and build again", hint), hint
    assert done.stdout == REFUSED  # and `ls -A` of the cache found nothing left behind
    assert tree(project) == before


@needs_mounts
def test_pagefinds_0_byte_files_on_a_full_disk_are_caught_not_published(project, env):
    """Pagefind exits 0 when its writes fail; what it leaves is checked."""
    cache = project / ".briefgen-cache"
    shutil.rmtree(cache)
    before = tree(project)
    # Room for the pages Pagefind reads and half of what it writes.
    pages = sum(blocks(p) for p in (project / "site").rglob("*.html"))
    index = sum(blocks(p) for p in (project / "site" / "pagefind").rglob("*") if p.is_file())
    size = f"{(pages + index // 2) * 4}k"
    done = in_namespace(tiny_disk(cache, size), project, env, after=f"ls -A {cache / 'search'}")
    assert done.returncode == 2, done.stderr
    first, hint = done.stderr.splitlines()
    assert re.fullmatch(r"site: error: search index failed: pagefind wrote an incomplete index "
                        r"\(pagefind/[\w./-]+ is (empty|cut short|missing)\)", first), first
    assert hint == "    hint: the disk holding .briefgen-cache/ in the project may be full: free some space and build again"
    assert done.stdout == REFUSED
    assert tree(project) == before


@needs_mounts
def test_a_full_temporary_folder_under_a_read_only_project_is_a_diagnostic(project, env, tmp_path):
    shutil.rmtree(project / ".briefgen-cache")  # nothing cached: the index must be made, in $TMPDIR
    before = tree(project)
    temporary = Path(env["TMPDIR"])
    done = in_namespace(f"{read_only(project)}; {tiny_disk(temporary, '8k')}", project, env,
                        "--out", str(tmp_path / "out"), after=f"ls -A {temporary}")
    assert done.returncode == 2
    first, hint = done.stderr.splitlines()
    assert re.fullmatch(re.escape(f"{tmp_path / 'out'}: error: search index failed: pagefind wrote an incomplete index ")
                        + r"\(pagefind/[\w./-]+ is (empty|cut short|missing)\)", first), first
    assert hint == (f"    hint: the disk holding the temporary folder {temporary} may be full: "
                    "free some space and build again")
    assert done.stdout == REFUSED
    assert tree(project) == before
    assert not (tmp_path / "out").exists()


def test_a_cached_index_that_cannot_be_put_into_the_site_is_a_diagnostic(project, monkeypatch, capsys):
    """The cached index is linked into the new site (copied across file
    systems); a file system that refuses it is said so, like any other."""
    from briefgen import search
    from briefgen.cli import main

    def no_room(source, target, **options):
        raise OSError(28, "No space left on device", str(target))

    before = tree(project)
    monkeypatch.setattr(search.os, "link", no_room)
    assert main(["--root", str(project), "build", "--clean"]) == 2
    out, err = capsys.readouterr()
    first, hint = err.splitlines()
    assert re.fullmatch(r"site: error: search index failed: cannot write the search index: "
                        r"No space left on device \(pagefind/[\w./-]+\)", first), first
    assert hint == "    hint: the disk the site is written to is full: free some space and build again"
    assert out == REFUSED
    assert tree(project) == before


def test_a_users_folders_named_like_a_working_folder_are_left_alone(project, env, tmp_path):
    """A build removes only the working folders its killed predecessors left:
    a folder of the user's that merely shares the name pattern, or a leftover
    that holds what briefgen never writes there, stays whole."""
    temporary = Path(env["TMPDIR"])
    for name in ("briefgen-search-99999999-mine", "briefgen-search-1-notes", "briefgen-search-abc"):
        write_project(temporary / name, {"thesis.txt": "three years of work\n"})
    cache = project / ".briefgen-cache"
    write_project(cache / ".work-99999999-x1", {"my-draft.md": "mine\n"})
    before = file_listing(temporary) | file_listing(cache / ".work-99999999-x1")
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(project), "build", "--clean"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert file_listing(temporary) | file_listing(cache / ".work-99999999-x1") == before


def test_a_killed_builds_working_folders_are_removed(project, env):
    """What a build killed midway left (its owner file unlocked, or, killed
    before it made that file, an empty folder of a dead process) goes."""
    temporary = Path(env["TMPDIR"])
    left = temporary / "briefgen-search-99999999-ab12cd34"
    write_project(left, {OWNER_FILE: OWNER_MARK, "site/index.html": "<p>half</p>\n"})
    (temporary / "briefgen-search-99999998-ef56gh78").mkdir()
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(project), "build", "--clean"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert os.listdir(temporary) == []


def test_a_working_folder_whose_removal_was_interrupted_is_removed_by_the_next_build(tmp_path, monkeypatch):
    """A build stopped (Ctrl-C, SIGKILL) while it removes its working folder:
    what is left must still carry the owner file, the only proof the next
    build takes that the folder is briefgen's, or it stays for ever."""
    real_rmtree = shutil.rmtree

    def interrupted_after_one_entry(path, ignore_errors=False, **kwargs):  # in the order the folder lists them
        first = os.path.join(path, min(os.listdir(path)))
        real_rmtree(first) if os.path.isdir(first) else os.unlink(first)
        raise KeyboardInterrupt

    monkeypatch.setattr("briefgen.locks.shutil.rmtree", interrupted_after_one_entry)
    with pytest.raises(KeyboardInterrupt), locks.owned_folder(tmp_path, ".work-") as work:
        write_project(work / "pages", {"a/index.html": "<p>a</p>\n", "b/index.html": "<p>b</p>\n"})
    monkeypatch.undo()
    locks.remove_abandoned(tmp_path, ".work-")
    assert os.listdir(tmp_path) == []


def file_listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder.parent).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
