"""The previous site survives every way a build can end early: content errors,
another build holding the output lock, a write that fails half-way, Ctrl-C,
SIGTERM, and even SIGKILL (whose staging folder the next build removes)."""
import contextlib
import errno
import fcntl
import hashlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen import build, locks
from briefgen.cli import main
from briefgen.locks import OutputLocked, output_lock
from briefgen.outguard import MARKER, MARKER_TEXT, marker_listing
from briefgen.write import OutputRefused, Staging, finish_removals
from conftest import a_built_site, publish_site, published, write_project

PREVIOUS_SITE = a_built_site({  # a site an earlier build made: its marker lists its files
    "index.html": b"<!doctype html><title>previous build</title>\n",
    "events/old/index.html": b"<p>an event page from the previous build</p>\n",
    "assets/logo.png": bytes(range(256)),
})


def put_previous_site(site: Path) -> dict[str, str]:
    # Whatever an earlier run left there goes (a build that ended before its signal came left a
    # whole site, whose files the previous site's marker would not list).
    shutil.rmtree(site, ignore_errors=True)
    for relative, data in PREVIOUS_SITE.items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_bytes(data)
    return fingerprint(site)


def fingerprint(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Staging or swapped-out folders next to site/."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith((".site-new-", ".site-old-")))


def test_a_build_with_content_errors_leaves_the_previous_site_byte_identical(mini, capsys):
    assert main(["--root", str(mini), "build"]) == 0
    before = fingerprint(mini / "site")
    (mini / "content" / "forums.yaml").write_text("- id: Not An Id\n", encoding="utf-8")
    assert main(["--root", str(mini), "build"]) == 1
    assert fingerprint(mini / "site") == before
    assert leftovers(mini) == []


def test_the_lock_file_a_build_killed_outright_left_goes_with_the_next_build(mini):
    """SIGKILL leaves the build no moment to remove .site.lock; it stayed
    beside the site (in the project, or beside --out ~/public in the home
    folder) through every later build, which took it for the user's."""
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\n"
                               "from pathlib import Path\n"
                               "from briefgen.locks import output_lock\n"
                               "with output_lock(Path(sys.argv[1])):\n"
                               "    print('locked', flush=True)\n"
                               "    time.sleep(60)\n", str(mini / "site")],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert holder.stdout.readline() == "locked\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert (mini / ".site.lock").exists()
    assert main(["--root", str(mini), "build", "--no-search"]) == 0
    assert not (mini / ".site.lock").exists()


@pytest.mark.parametrize("in_the_way", ["link", "folder"])
def test_a_link_or_folder_where_the_lock_file_goes_is_named_and_left_alone(mini, capsys, tmp_path, in_the_way):
    before = put_previous_site(mini / "site")
    lock = mini / ".site.lock"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("the user's\n", encoding="utf-8")
    if in_the_way == "link":
        lock.symlink_to(elsewhere)
    else:
        lock.mkdir()
        (lock / "notes.txt").write_text("the user's\n", encoding="utf-8")
    assert main(["--root", str(mini), "build"]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"site: error: cannot lock the output folder: {lock} is a link or a folder",
        "    hint: move it away: briefgen makes .site.lock beside the output folder as a file of its own while it "
        "writes there",
    ]
    assert out == "failed: 1 error, 0 warnings; nothing written\n"
    assert fingerprint(mini / "site") == before
    assert elsewhere.read_text(encoding="utf-8") == "the user's\n"
    assert lock.is_symlink() if in_the_way == "link" else (lock / "notes.txt").exists()


def test_a_second_build_fails_with_the_lock_error_while_one_is_writing(mini, capsys):
    before = put_previous_site(mini / "site")
    with output_lock(mini / "site"):
        assert main(["--root", str(mini), "build"]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"site: error: another briefgen build is writing {(mini / 'site').resolve()}",
        "    hint: wait for the other build to finish",
    ]
    assert out == "failed: 1 error, 0 warnings; nothing written\n"
    assert fingerprint(mini / "site") == before
    assert main(["--root", str(mini), "build"]) == 0  # the lock is released with its holder
    assert not (mini / ".site.lock").exists()  # and its file removed by the build that made it


def _hold_the_output_lock_again_and_again(out: Path, times: int) -> int:
    """How often this process held the lock while another did too. Each
    waits a moment between opening the lock file and locking it, as a busy
    machine may, when another may remove the file."""
    class SlowToLock:
        def __getattr__(self, name):
            return getattr(fcntl, name)

        @staticmethod
        def flock(descriptor, operation):
            time.sleep(0.0005)
            fcntl.flock(descriptor, operation)
    locks.fcntl = SlowToLock()  # in this worker process only
    inside, both = out.parent / "inside", 0
    for _ in range(times):
        try:
            with output_lock(out):
                try:
                    inside.mkdir()
                except FileExistsError:
                    both += 1
                    continue
                time.sleep(0.001)
                inside.rmdir()
        except OutputLocked:
            pass
    return both


def test_the_output_lock_holds_one_writer_while_builds_remove_the_lock_files_they_made(tmp_path):
    # Plain processes that end by themselves: a pool is ended by SIGTERM,
    # and a forked worker takes whatever handler the test runner has for it.
    context = multiprocessing.get_context("fork")
    results = context.SimpleQueue()
    workers = [context.Process(target=_report, args=(results, tmp_path / "site", 600)) for _ in range(4)]
    for worker in workers:
        worker.start()
    held_together = [results.get() for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert held_together == [0, 0, 0, 0]
    assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]


def _report(results, out: Path, times: int) -> None:
    try:
        results.put(_hold_the_output_lock_again_and_again(out, times))
    except BaseException as exc:  # the test reads one result per worker, whatever happens
        results.put(repr(exc))


def test_a_write_that_fails_half_way_leaves_the_previous_site_and_no_staging(tmp_path, monkeypatch):
    before = put_previous_site(tmp_path / "site")
    real_write, written = Path.write_bytes, []

    def disk_fills_up(path, data):
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", disk_fills_up)
    with pytest.raises(OSError):
        publish_site({f"page-{i}/index.html": b"new" for i in range(5)}, tmp_path / "site")
    monkeypatch.undo()
    assert len(written) == 2
    assert fingerprint(tmp_path / "site") == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("renameat2", [True, False])
def test_an_output_folder_the_system_will_not_move_is_refused_with_what_to_do(mini, monkeypatch, capsys, renameat2):
    """A mount point (a container's volume at site/) cannot be renamed: EBUSY.
    The editor is told to build into a folder inside it, not to look for room on the disk."""
    assert build(mini).ok
    before = fingerprint(mini / "site")
    forums = mini / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace("Astana Forum", "Astana Summit"), encoding="utf-8")
    real_rename = os.rename

    def busy(path):
        raise OSError(errno.EBUSY, "Device or resource busy", str(path))

    def rename(source, target):  # the fallback where renameat2 is missing: site/ moved aside first
        return busy(source) if Path(source) == mini / "site" else real_rename(source, target)

    monkeypatch.setattr("briefgen.write._exchange", lambda staging, site: busy(site) if renameat2 else False)
    monkeypatch.setattr("briefgen.write.os.rename", rename)
    assert main(["--root", str(mini), "build"]) == 2
    err = capsys.readouterr().err
    assert "cannot replace the output folder: the system will not move it" in err
    assert "--out site/public" in err and "disk has room" not in err
    assert fingerprint(mini / "site") == before and leftovers(mini) == []


def test_the_next_write_removes_staging_left_by_a_killed_build(tmp_path):
    put_previous_site(tmp_path / "site")
    for stale in (".site-new-4242-x1y2z3ab", ".site-old-4242"):
        (tmp_path / stale / "events").mkdir(parents=True)
        (tmp_path / stale / MARKER).write_bytes(MARKER_TEXT)  # staging is marked from its first moment
        (tmp_path / stale / "events" / "index.html").write_bytes(b"half written")
    (tmp_path / ".site-new-4243-k1lled_b").mkdir()  # killed before its marker was written
    (tmp_path / ".site-notes").write_text("not ours", encoding="utf-8")
    (tmp_path / ".site-new-drafts").mkdir()  # a user's folder that happens to look like staging
    (tmp_path / ".site-new-drafts" / "draft.md").write_text("mine", encoding="utf-8")
    # A user's copy of the site, marker and all, with notes added: named like a leftover, or exactly so.
    for backup in (".site-old-backup", ".site-old-4244"):
        put_previous_site(tmp_path / backup)
        (tmp_path / backup / "notes.txt").write_text("mine", encoding="utf-8")
    publish_site({"index.html": b"new"}, tmp_path / "site")
    assert fingerprint(tmp_path / "site") == {MARKER: hashlib.sha256(marker_listing({MARKER, "index.html"})).hexdigest(),
                                              "index.html": hashlib.sha256(b"new").hexdigest()}
    assert leftovers(tmp_path) == [".site-new-drafts", ".site-old-4244", ".site-old-backup"]
    assert (tmp_path / ".site-old-4244" / "notes.txt").is_file() and (tmp_path / ".site-old-backup" / "notes.txt").is_file()
    assert (tmp_path / ".site-notes").is_file()
    assert (tmp_path / ".site-new-drafts" / "draft.md").read_text(encoding="utf-8") == "mine"


def test_an_unchanged_build_removes_staging_left_by_a_killed_build(mini):
    """A build killed outright left its staging folder, which only the next build that writes removed:
    with nothing changed, it stayed. An unchanged build sweeps it too, and still changes nothing else."""
    assert build(mini, search=False).ok
    stale = mini / ".site-new-4242-x1y2z3ab"
    (stale / "events").mkdir(parents=True)
    (stale / MARKER).write_bytes(MARKER_TEXT)  # staging is marked from its first moment
    (stale / "events" / "index.html").write_bytes(b"half written")
    before = fingerprint(mini / "site")
    again = build(mini, search=False)
    assert again.reused is not None  # up to date
    assert leftovers(mini) == [] and fingerprint(mini / "site") == before


def test_a_site_moved_aside_by_a_build_killed_mid_swap_is_put_back_before_the_next_build_writes(tmp_path):
    """Where the file system cannot exchange two folders (NFS, SMB), a swap is two renames: the old site
    moved aside, then the new one into place. A build killed between them left no site/, and the next
    build removed the old one with its own leftovers, so that if it failed too no site was left at all."""
    before = put_previous_site(tmp_path / "site")
    (tmp_path / "site").rename(tmp_path / ".site-old-4242")
    with Staging(tmp_path / "site") as site:  # a build that fails once it has begun writing
        site.write("index.html", b"half written")
    assert fingerprint(tmp_path / "site") == before and leftovers(tmp_path) == []
    # A copy named like it, holding what its marker does not list, is the user's: neither put back nor removed.
    (tmp_path / "site").rename(tmp_path / ".site-old-4243")
    (tmp_path / ".site-old-4243" / "notes.txt").write_text("mine", encoding="utf-8")
    publish_site({"index.html": b"new"}, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_bytes() == b"new"
    assert leftovers(tmp_path) == [".site-old-4243"] and (tmp_path / ".site-old-4243" / "notes.txt").is_file()


@pytest.mark.parametrize("remover", ["/bin/rm", "/bin/false", "/nonexistent/rm"])
def test_the_replaced_site_is_gone_when_a_build_returns_however_it_is_removed(mini, monkeypatch, remover):
    """`rm` removes the last site while the build saves its records; where it
    fails, or there is none, the build removes it itself."""
    monkeypatch.setattr("briefgen.write._RM", remover)
    assert build(mini).ok
    replaced = fingerprint(mini / "site")
    (mini / "content" / "forums.yaml").write_text(
        (mini / "content" / "forums.yaml").read_text(encoding="utf-8").replace("Astana Forum", "Astana Summit"),
        encoding="utf-8")
    assert build(mini).ok
    assert leftovers(mini) == [] and fingerprint(mini / "site") != replaced
    assert not list(mini.parent.glob(".*-new-*"))


@pytest.mark.parametrize("remover", ["/bin/false", "/nonexistent/rm"])
def test_a_replaced_site_that_cannot_be_removed_is_warned_of_and_the_next_build_tries_again(mini, monkeypatch,
                                                                                              remover):
    """A read-only or immutable file in the last site keeps it from being removed: the build says where it is."""
    monkeypatch.setattr("briefgen.write._RM", remover)
    assert build(mini).ok
    forums = mini / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace("Astana Forum", "Astana Summit"), encoding="utf-8")
    monkeypatch.setattr("briefgen.locks.shutil.rmtree", lambda *args, **kwargs: None)  # as a file that cannot go
    result = build(mini)
    assert result.ok
    [left] = leftovers(mini)
    [warning] = [d for d in result.diagnostics.warnings if "could not be removed" in d.message]
    assert warning.location.path == left  # shown relative to the project
    monkeypatch.undo()
    forums.write_text(forums.read_text(encoding="utf-8").replace("Astana Summit", "Astana Forum"), encoding="utf-8")
    assert build(mini).ok and not list(mini.glob(".site-*"))  # the next build's sweep removes it


def test_a_replaced_site_half_removed_keeps_its_marker_so_the_next_build_removes_the_rest(mini, monkeypatch):
    """An immutable page deep in the last site stops its removal after most
    of it went: the marker must not be among what went, or the folder left
    (no longer marked, not empty) is never briefgen's again, and stays."""
    real_rmtree = shutil.rmtree

    def rmtree_but_one_page(path, ignore_errors=False, **kwargs):  # as `chattr +i events/<id>/index.html`
        for folder, folders, files in os.walk(path, topdown=False):
            for name in files:
                if not (name == "index.html" and Path(folder).parent.name == "events"):
                    os.unlink(os.path.join(folder, name))
            for name in folders:
                with contextlib.suppress(OSError):
                    os.rmdir(os.path.join(folder, name))
        with contextlib.suppress(OSError):
            os.rmdir(path)

    assert build(mini).ok
    forums = mini / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace("Astana Forum", "Astana Summit"), encoding="utf-8")
    monkeypatch.setattr("briefgen.write._RM", "/bin/false")
    monkeypatch.setattr("briefgen.locks.shutil.rmtree", rmtree_but_one_page)
    result = build(mini)
    assert result.ok and [d for d in result.diagnostics.warnings if "could not be removed" in d.message]
    [left] = leftovers(mini)
    monkeypatch.setattr("briefgen.locks.shutil.rmtree", real_rmtree)  # the editor made the page removable
    forums.write_text(forums.read_text(encoding="utf-8").replace("Astana Summit", "Astana Forum"), encoding="utf-8")
    assert build(mini).ok and leftovers(mini) == []


def test_publishing_puts_the_old_site_to_rm_at_once_and_its_files_read_as_published(tmp_path):
    """The build saves its records after publishing: the old site is removed meanwhile, not after."""
    put_previous_site(tmp_path / "site")
    with output_lock(tmp_path / "site"), Staging(tmp_path / "site") as site:
        site.write("index.html", b"new")
        site.publish()
        finish_removals()
        assert leftovers(tmp_path) == []
        assert site.files["index.html"] == b"new" and dict(site.pages) == {"index.html": b"new"}
    assert leftovers(tmp_path) == [] and sorted(fingerprint(tmp_path / "site")) == [MARKER, "index.html"]


def test_a_folder_that_is_not_ours_is_never_put_to_rm(tmp_path, monkeypatch):
    spawned = []
    monkeypatch.setattr("briefgen.write.subprocess.Popen", lambda *args, **kw: spawned.append(args))
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.md").write_text("mine", encoding="utf-8")  # no marker: an editor's folder
    with pytest.raises(OutputRefused):
        publish_site({"index.html": b"new"}, tmp_path / "site")
    assert spawned == [] and (tmp_path / "site" / "notes.md").read_text(encoding="utf-8") == "mine"


# --- Real processes, real signals -------------------------------------------

MEETINGS = 300  # enough pages that writing them takes a while


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    log = ["Meeting log"] + [f"Meeting number {i} took place in Astana on 9 August 2024." for i in range(MEETINGS)]
    meetings = "".join(
        f"- id: meeting-{i}\n  name: Meeting {i}\n  date: 2024-08-09\n  countries: [kz]\n  claims:\n"
        f"    - text: Meeting {i} took place in Astana.\n      cite:\n        - source: log\n"
        f"          quote: \"Meeting number {i} took place in Astana on 9 August 2024.\"\n"
        for i in range(MEETINGS))
    return write_project(tmp_path_factory.mktemp("atomic") / "big", {
        "seeds/log.txt": "\n".join(log + ["More than 350 companies took part."]) + "\n",
        "content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: true\n",
        "content/meetings.yaml": meetings,
        "content/figures.yaml": (
            "- id: companies\n  name: Companies\n  amount: 350\n  unit: companies\n  qualifier: more-than\n"
            "  claims:\n    - text: More than 350 companies took part.\n      cite:\n        - source: log\n"
            "          quote: More than 350 companies took part.\n"),
    })


def _staging_has_files(root: Path) -> bool:
    for staging in root.glob(".site-new-*"):
        try:
            if any(staging.iterdir()):
                return True
        except FileNotFoundError:  # removed between glob and iterdir
            pass
    return False


def signal_while_writing(root: Path, signum: int) -> subprocess.CompletedProcess | None:
    """Run `python -m briefgen build` and send `signum` once it has started
    writing files; None if it finished before that could be seen, or before
    the signal came (its new site published)."""
    process = subprocess.Popen([sys.executable, "-m", "briefgen", "--root", str(root), "build"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sent = False
    while process.poll() is None:
        if _staging_has_files(root):
            process.send_signal(signum)
            sent = True
            break
        time.sleep(0.002)
    out, err = process.communicate(timeout=120)
    if not sent or published(process.returncode, out, err):
        return None
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def interrupted_build(root: Path, signum: int):
    # Timing is the machine's: retry the rare run that wrote everything
    # before the poll saw it start, or before the signal arrived.
    for _ in range(5):
        before = put_previous_site(root / "site")
        done = signal_while_writing(root, signum)
        if done is not None:
            return before, done
    pytest.fail("the build never ran long enough to be interrupted while writing")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_build_keeps_the_previous_site_and_cleans_up(big_project, signum):
    before, done = interrupted_build(big_project, signum)
    assert done.returncode == 128 + signum, done.stderr  # 130 for Ctrl-C, 143 for SIGTERM
    assert done.stderr.splitlines()[-1:] == ["interrupted; the previous site is unchanged"]
    assert "Traceback" not in done.stderr
    assert fingerprint(big_project / "site") == before
    assert leftovers(big_project) == []


def test_a_killed_build_keeps_the_previous_site_and_the_next_build_cleans_up(big_project):
    before, done = interrupted_build(big_project, signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    assert fingerprint(big_project / "site") == before
    assert leftovers(big_project) != []  # nothing can clean up after SIGKILL…
    assert build(big_project).ok
    assert leftovers(big_project) == []  # …so the next build does
    assert "events/meeting-0/index.html" in fingerprint(big_project / "site")
