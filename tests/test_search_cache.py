"""The search cache cannot lie: an entry is trusted only when every file
matches its manifest, a build killed at any point leaves nothing that the
next build publishes or keeps, Pagefind never outlives its build, and two
builds of one project take turns.

Faults are real: SIGKILL and SIGTERM sent to `python -m briefgen build`,
and Pagefind replaced, through its own PAGEFIND_BINARY_PATH setting, by a
stand-in that hangs, or runs the real Pagefind and then leaves its output
half-written, at the moment the test chooses."""
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pagefind_bin_extended
import pytest

from briefgen import build
from briefgen.locks import project_lock
from briefgen.outguard import MARKER
from conftest import MINI, write_project

REAL_PAGEFIND = str(pagefind_bin_extended.get_executable())

# Behaviour chosen per build by the file `mode` next to the stand-in.
STAND_IN = f"""#!{sys.executable}
import os, signal, subprocess, sys, time
from pathlib import Path
here = Path(__file__).parent
mode = (here / "mode").read_text().strip()
with open(here / "runs.log", "a") as log:
    log.write(f"start {{time.monotonic()}} {{os.getpid()}}\\n")
if mode == "hang":
    (here / "pid").write_text(str(os.getpid()))
    os.execv("/bin/sleep", ["sleep", "120"])  # the same process, still bound to its build
if mode == "slow":
    time.sleep(1.5)
done = subprocess.run([{REAL_PAGEFIND!r}] + sys.argv[1:])
if mode == "half-written":  # as if killed while writing its output
    site = Path(sys.argv[sys.argv.index("--site") + 1])
    for number, path in enumerate(sorted(p for p in (site / "pagefind").rglob("*") if p.is_file())):
        if number % 2:
            path.write_bytes(b"")
    (here / "pid").write_text(str(os.getpid()))
    os.execv("/bin/sleep", ["sleep", "120"])
with open(here / "runs.log", "a") as log:
    log.write(f"end {{time.monotonic()}} {{os.getpid()}}\\n")
sys.exit(done.returncode)
"""


class StandIn:
    def __init__(self, folder: Path) -> None:
        folder.mkdir()
        self.folder = folder
        self.script = folder / "pagefind"
        self.script.write_text(STAND_IN, encoding="utf-8")
        self.script.chmod(0o755)
        self.set("pass")

    def set(self, mode: str) -> None:
        (self.folder / "mode").write_text(mode, encoding="utf-8")
        (self.folder / "pid").unlink(missing_ok=True)

    def runs(self) -> list[str]:
        log = self.folder / "runs.log"
        return log.read_text(encoding="utf-8").splitlines() if log.exists() else []

    def wait_for_pid(self, process: subprocess.Popen) -> int:
        for _ in range(1200):
            if (self.folder / "pid").exists() and (self.folder / "pid").read_text():
                return int((self.folder / "pid").read_text())
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        pytest.fail("pagefind never started")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Its own temporary folder, so leftovers there can be seen."""
    (tmp_path / "tmp").mkdir()
    return {k: v for k, v in os.environ.items() if k != "PAGEFIND_BINARY_PATH"} | {"TMPDIR": str(tmp_path / "tmp")}


@pytest.fixture
def stand_in(tmp_path: Path) -> StandIn:
    return StandIn(tmp_path / "stand-in")


@pytest.fixture
def reference(tmp_path_factory) -> dict[str, str]:
    """The search index of MINI from a clean build with the real Pagefind."""
    root = write_project(tmp_path_factory.mktemp("reference") / "mini", MINI)
    assert build(root).ok
    return tree(root / "site" / "pagefind")


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def start_build(root: Path, env: dict[str, str], *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "briefgen", "--root", str(root), "build", "--clean", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def run_build(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "build", "--clean"],
                          capture_output=True, text=True, env=env)


def leftovers(root: Path, env: dict[str, str]) -> list[str]:
    """Everything a build may leave behind besides the site, the lock files
    and exactly one complete cache entry."""
    found = [f"tmp/{name}" for name in os.listdir(env["TMPDIR"])]
    found += [name for name in os.listdir(root) if name.startswith((".site-new-", ".site-old-"))]
    search = root / ".briefgen-cache" / "search"
    entries = sorted(os.listdir(search)) if search.exists() else []
    found += [f"cache/{name}" for name in entries if len(name) != 24]
    if len([name for name in entries if len(name) == 24]) > 1:
        found.append("more than one cache entry")
    return found


def gone(pid: int) -> bool:
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # A zombie still answers kill(0); it has exited if /proc says so.
        try:
            if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
                return True
        except OSError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = write_project(tmp_path / "mini", MINI)
    assert build(root).ok  # a previous site, which every failure must leave as it is
    return root


def site_without_search(root: Path) -> dict[str, str]:
    return {path: digest for path, digest in tree(root / "site").items() if not path.startswith("pagefind/")}


# --- Reuse, and what is never reused ---------------------------------------

def test_an_unchanged_site_reuses_the_index_and_a_changed_one_does_not(project, env, stand_in, reference):
    env["PAGEFIND_BINARY_PATH"] = str(stand_in.script)
    assert run_build(project, env).returncode == 0
    assert run_build(project, env).returncode == 0
    assert len([run for run in stand_in.runs() if run.startswith("start")]) == 1
    forums = project / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace("name: Astana Forum", "name: Astana Business Forum"),
                      encoding="utf-8")
    assert run_build(project, env).returncode == 0
    assert len([run for run in stand_in.runs() if run.startswith("start")]) == 2
    assert tree(project / "site" / "pagefind") != reference
    assert leftovers(project, env) == []


def cache_entry(root: Path) -> Path:
    [entry] = [p for p in (root / ".briefgen-cache" / "search").iterdir() if len(p.name) == 24]
    return entry


def biggest_file(entry: Path) -> Path:
    return max((p for p in (entry / "pagefind").rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)


def plant(entry: Path) -> None:
    (entry / "pagefind" / "pagefind-evil.js").write_text("alert(document.cookie)", encoding="utf-8")


def truncate(entry: Path) -> None:
    biggest_file(entry).write_bytes(b"")


def remove_one(entry: Path) -> None:
    biggest_file(entry).unlink()


def link_one(entry: Path) -> None:
    victim = biggest_file(entry)
    outside = entry.parent.parent.parent.parent / "outside"
    outside.write_bytes(victim.read_bytes())  # the same bytes, but read through a link out of the project
    victim.unlink()
    victim.symlink_to(outside)


def drop_manifest(entry: Path) -> None:  # as a briefgen from before manifests left it
    (entry / "manifest.json").unlink()


def garble_manifest(entry: Path) -> None:
    (entry / "manifest.json").write_text('{"key": ', encoding="utf-8")


def replace_with_link(entry: Path) -> None:
    copy = entry.parent.parent.parent.parent / "elsewhere"
    entry.rename(copy)
    entry.symlink_to(copy)


@pytest.mark.parametrize("damage", [plant, truncate, remove_one, link_one, drop_manifest, garble_manifest,
                                    replace_with_link])
def test_a_damaged_cache_entry_is_rebuilt_never_published(project, env, reference, damage):
    damage(cache_entry(project))
    done = run_build(project, env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert tree(project / "site" / "pagefind") == reference
    assert tree(cache_entry(project) / "pagefind") == reference  # the entry was rebuilt, complete
    assert leftovers(project, env) == []


def test_an_entry_that_arrives_with_the_project_is_never_published(project, env, reference, tmp_path):
    # A pull request that commits .briefgen-cache/ with a forged entry: the pages' key can be
    # worked out from the brief, and a manifest is whatever its author writes.
    entry = cache_entry(project)
    script = entry / "pagefind" / "pagefind.js"
    forged = b"alert(document.cookie);" + script.read_bytes()
    script.unlink()
    script.write_bytes(forged)
    manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["pagefind/pagefind.js"] = hashlib.sha256(forged).hexdigest()
    (entry / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    checkout = tmp_path / "checkout"
    shutil.copytree(project, checkout, symlinks=True)
    shutil.rmtree(checkout / "site")
    done = run_build(checkout, env)
    assert done.returncode == 0, done.stderr
    assert tree(checkout / "site" / "pagefind") == reference


def test_a_link_in_place_of_the_search_cache_is_never_followed(project, env, reference, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ("0123456789abcdef" * 2)[:24]).write_text("mine", encoding="utf-8")  # named like an entry
    before = tree(elsewhere)
    shutil.rmtree(project / ".briefgen-cache" / "search")
    (project / ".briefgen-cache" / "search").symlink_to(elsewhere)
    done = run_build(project, env)
    assert done.returncode == 0, done.stderr
    assert tree(project / "site" / "pagefind") == reference  # made without the cache
    assert tree(elsewhere) == before


# --- Builds killed or stopped in the search step ---------------------------

def test_sigkill_while_pagefind_runs_kills_pagefind_too_and_the_next_build_cleans_up(project, env, stand_in,
                                                                                      reference):
    before = tree(project / "site")
    env["PAGEFIND_BINARY_PATH"] = str(stand_in.script)
    stand_in.set("hang")
    process = start_build(project, env)
    pagefind = stand_in.wait_for_pid(process)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert gone(pagefind), "pagefind outlived the build that started it"
    assert tree(project / "site") == before
    assert leftovers(project, env) != []  # nothing cleans up after SIGKILL…
    stand_in.set("pass")
    done = run_build(project, env)
    assert done.returncode == 0, done.stderr
    assert leftovers(project, env) == []  # …so the next build does
    assert tree(project / "site" / "pagefind") == reference


def test_sigkill_while_the_index_is_half_written_never_publishes_it(project, env, stand_in, reference):
    before = tree(project / "site")
    env["PAGEFIND_BINARY_PATH"] = str(stand_in.script)
    stand_in.set("half-written")
    process = start_build(project, env)
    pagefind = stand_in.wait_for_pid(process)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert gone(pagefind)
    assert tree(project / "site") == before
    stand_in.set("pass")
    done = run_build(project, env)  # same Pagefind setting, so the same cache key
    assert done.returncode == 0, done.stderr
    assert tree(project / "site" / "pagefind") == reference
    assert len([run for run in stand_in.runs() if run.startswith("start")]) == 2  # indexed again, not reused
    assert leftovers(project, env) == []


KILL_AT_RENAME = """
import os, signal, sys
from pathlib import Path
real_rename = os.rename
def rename(source, target, *args, **kwargs):
    if Path(target).parent.name == "search":  # the cache entry's rename into place
        if sys.argv[1] == "after":
            real_rename(source, target, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    return real_rename(source, target, *args, **kwargs)
os.rename = rename
from briefgen.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("when", ["before", "after"])
def test_sigkill_at_the_cache_entrys_rename_leaves_a_cache_the_next_build_can_trust(project, env, reference, when):
    before = tree(project / "site")
    (project / "content" / "countries.yaml").write_text(MINI["content/countries.yaml"].replace(
        "name: Japan", "name: Nippon"), encoding="utf-8")  # new pages: the index must be rebuilt
    done = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, when, "--root", str(project), "build", "--clean"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == -signal.SIGKILL
    assert tree(project / "site") == before
    done = run_build(project, env)
    assert done.returncode == 0, done.stderr
    assert leftovers(project, env) == []
    (project / "content" / "countries.yaml").write_text(MINI["content/countries.yaml"], encoding="utf-8")
    assert run_build(project, env).returncode == 0
    assert tree(project / "site" / "pagefind") == reference


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=["SIGTERM", "SIGHUP", "SIGINT"])
def test_sigterm_while_pagefind_runs_stops_it_and_cleans_up_at_once(project, env, stand_in, signum):
    before = tree(project / "site")
    env["PAGEFIND_BINARY_PATH"] = str(stand_in.script)
    stand_in.set("hang")
    process = start_build(project, env)
    pagefind = stand_in.wait_for_pid(process)
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum
    assert err.splitlines() == ["interrupted; the previous site is unchanged"]
    assert gone(pagefind)
    assert tree(project / "site") == before
    assert leftovers(project, env) == []


# --- Two builds of one project ----------------------------------------------

def test_two_builds_of_one_project_take_turns(project, env, stand_in, reference):
    env["PAGEFIND_BINARY_PATH"] = str(stand_in.script)
    stand_in.set("slow")
    (project / "content" / "countries.yaml").write_text(MINI["content/countries.yaml"].replace(
        "name: Japan", "name: Nippon"), encoding="utf-8")
    first, second = start_build(project, env), start_build(project, env)
    results = [process.communicate(timeout=120) + (process.returncode,) for process in (first, second)]
    assert [(code, err) for _, err, code in results] == [(0, ""), (0, "")]
    # The second waited for the first, then found the index it had made.
    assert len([run for run in stand_in.runs() if run.startswith("start")]) == 1
    assert (project / "site" / MARKER).is_file()
    assert "pagefind/pagefind-entry.json" in tree(project / "site")
    assert leftovers(project, env) == []


def test_a_build_waiting_for_another_says_so(project):
    said, done = [], []
    with project_lock(project / ".briefgen-cache", lambda message: None):
        waiting = threading.Thread(target=lambda: done.append(build(project, progress=said.append)))
        waiting.start()
        for _ in range(400):
            if said:
                break
            time.sleep(0.05)
        assert said == ["waiting for another build of this project to finish"]
        assert not done  # still waiting while the lock is held
    waiting.join(timeout=120)
    assert done and done[0].ok
