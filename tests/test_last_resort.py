"""What nobody foresaw still never shows a traceback: the command line prints
one line naming the file (or page, or stage) being worked on, asks for a
report, and exits 3. A reader that closes the pipe early is no error."""
import hashlib
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import facts, search
from briefgen.cli import main
from briefgen.outguard import MARKER

build_module = importlib.import_module("briefgen.build")  # the package exports build(), the function
REPORT = "    hint: this is a bug in briefgen: please report it with this message and the command you ran"


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(mini: Path, capsys) -> Path:
    assert main(["--root", str(mini), "build"]) == 0
    capsys.readouterr()
    return mini


def test_a_crash_while_reading_a_fact_file_names_it_and_exits_3(built, monkeypatch, capsys):
    real_load = facts._load

    def crash_on_forums(path, *args):
        if path.name == "forums.yaml":
            return 1 // 0
        return real_load(path, *args)

    monkeypatch.setattr(facts, "_load", crash_on_forums)
    before = tree(built)
    assert main(["--root", str(built), "build", "--clean"]) == 3
    out, err = capsys.readouterr()
    assert err.splitlines() == ["content/forums.yaml: internal error: ZeroDivisionError: integer division or modulo by zero",
                                REPORT]
    assert out == ""
    assert tree(built) == before
    assert main(["--root", str(built), "check"]) == 3  # check goes through the same loaders
    assert capsys.readouterr().err.splitlines()[0].startswith("content/forums.yaml: internal error: ")


def test_a_crash_in_the_search_step_names_it(built, monkeypatch, capsys):
    def crash(*args):
        raise RuntimeError("unexpected state")

    monkeypatch.setattr(search, "_key", crash)
    before = tree(built)
    assert main(["--root", str(built), "build", "--clean"]) == 3
    assert capsys.readouterr().err.splitlines() == [
        "the search index (.briefgen-cache/search): internal error: RuntimeError: unexpected state", REPORT]
    assert tree(built) == before
    assert (built / "site" / MARKER).is_file()


def test_the_message_is_one_escaped_bounded_line(built, monkeypatch, capsys):
    def crash(*args, **kwargs):
        raise ValueError("bad \x1b[31mred\x1b[0m\nsecond line " + "x" * 1000)

    monkeypatch.setattr(build_module, "load_project", crash)  # before any file is worked on
    assert main(["--root", str(built), "build", "--clean"]) == 3
    first, hint = capsys.readouterr().err.splitlines()
    assert first.startswith("briefgen: internal error: ValueError: bad \\x1b[31mred\\x1b[0m\\nsecond line xxx")
    assert first.endswith("x…") and len(first) == len("briefgen: internal error: ") + 300
    assert hint == REPORT


def test_a_reader_that_stops_early_is_no_error(make_project):
    root = make_project({"content/forums.yaml": "".join(f"- id: Not An Id {i}\n" for i in range(2000))})
    process = subprocess.Popen([sys.executable, "-m", "briefgen", "--root", str(root), "check", "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `| head -0`: nobody reads the diagnostics
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1  # still says what it found
    assert err == ""
