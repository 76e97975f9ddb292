"""Mistakes in how briefgen is called, or in its environment, exit 2 with a
diagnostic naming the option or variable; nothing is written or changed."""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.outguard import MARKER, marker_listing

PREVIOUS = b"<!doctype html><title>previous build</title>\n"


@pytest.fixture
def project(mini: Path) -> Path:
    (mini / "site").mkdir()
    (mini / "site" / "index.html").write_bytes(PREVIOUS)
    (mini / "site" / MARKER).write_bytes(marker_listing({MARKER, "index.html"}))  # a site briefgen made
    return mini


def fingerprint(root: Path) -> dict[str, str]:
    """Every file but briefgen's own cache (its lock file comes and goes)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != ".briefgen-cache"}


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def assert_usage_error(done: subprocess.CompletedProcess, expected: list[str]) -> None:
    assert done.stderr.splitlines() == expected
    assert done.returncode == 2
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("url, why", [
    ("javascript:alert(document.domain)//", "it must start with https:// or http://"),
    ("example.org/brief/", "it must start with https:// or http://"),
    ("ftp://example.org/", "it must start with https:// or http://"),
    ("https://example.org/brief/?q=1", "it may not carry a ?query or #fragment"),
    ("http://[::1", "it is not a valid URL"),
    ('https://example.org/a"><script>/', "it contains \" < >, which a URL writes percent-encoded"),
    ("https://example.org/%zz/", "its '%zz' is no percent-encoding: a '%' is followed by two hexadecimal digits "
                                 "(%25 for '%')"),
])
def test_a_base_url_option_that_is_not_http_is_refused_even_without_strict(project, url, why):
    before = fingerprint(project)
    done = run("--root", str(project), "build", "--base-url", url)
    assert done.stderr.splitlines()[-1] == (
        f"briefgen build: error: argument --base-url: {url!r} is not a base URL: {why}; "
        "write the full address, e.g. https://example.org/brief/")
    assert (done.returncode, done.stdout) == (2, "")
    assert "Traceback" not in done.stderr
    assert fingerprint(project) == before


def test_an_http_base_url_is_used(project):
    done = run("--root", str(project), "build", "--base-url", "https://example.org/brief/")
    assert done.returncode == 0, done.stderr
    assert "https://example.org/brief/countries/kz/" in (project / "site" / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["build"], ["check"], ["serve", "--port", "0"], ["new", "source", "-"]])
def test_a_missing_project_folder_is_a_usage_error(tmp_path, command):
    done = run("--root", "nowhere", *command, cwd=tmp_path)
    assert_usage_error(done, [
        "nowhere: error: no project folder here",
        "    hint: run briefgen in the folder that holds seeds/ and content/, or give it as --root DIR"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("epoch, problem", [
    *((epoch, "must be a whole number of seconds since 1970-01-01") for epoch in ("yesterday", "-1", "1.5", "１２３")),
    # A whole number past the last second Atom can date: said so, not called no whole number.
    *((epoch, "must be at most 253402300799 (the last second of 9999)")
      for epoch in ("253402300800", "99999999999999999999999")),
])
def test_a_malformed_source_date_epoch_is_an_environment_error(project, epoch, problem, command):
    """`check` reads the date too (a plan overtaken): it passed where the build then refused."""
    before = fingerprint(project)
    done = run("--root", str(project), command, env={"SOURCE_DATE_EPOCH": epoch})
    assert_usage_error(done, [
        f"SOURCE_DATE_EPOCH: error: {problem}, not '{epoch}'",
        "    hint: set it to the output of date +%s (or git log -1 --format=%ct), or unset it"])
    assert fingerprint(project) == before


def test_a_valid_source_date_epoch_dates_the_feed(project):
    done = run("--root", str(project), "build", env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert done.returncode == 0, done.stderr
    assert "<updated>2023-11-14T22:13:20Z</updated>" in (project / "site" / "feed.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_a_folder_that_holds_no_brief_is_refused_and_nothing_is_written_in_it(tmp_path, command):
    (tmp_path / "notes.txt").write_text("the user's own file\n", encoding="utf-8")
    done = run(command, cwd=tmp_path)
    assert done.stderr.splitlines()[-2:] == [
        f"{'error' if command == 'serve' else 'briefgen.toml: error'}: no brief here: {tmp_path.resolve()} has no "
        "briefgen.toml, content/ or seeds/",
        "    hint: start one with briefgen init, or name the project's folder with --root"]
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("command, said", [(["new", "source", "article.txt"], "briefgen.toml: error"),
                                           (["schemas"], "error")])
def test_new_source_and_schemas_refuse_a_folder_that_holds_no_brief(tmp_path, command, said):
    """Run before `cd my-brief`, `new source` made a seeds/ of its own beside
    the brief, and `schemas` a schemas/, where the next build says no brief is."""
    (tmp_path / "article.txt").write_text("A forum met in Riverton.\n", encoding="utf-8")
    done = run(*command, cwd=tmp_path)
    assert f"{said}: no brief here: {tmp_path.resolve()} has no briefgen.toml, content/ or seeds/\n" \
           "    hint: start one with briefgen init, or name the project's folder with --root\n" in done.stderr
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
