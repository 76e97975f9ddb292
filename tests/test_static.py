"""static/: files an editor publishes as they are (a CNAME, a PDF), with
every build, where a file put into site/ by hand would be gone after the next."""
import os
import subprocess
import sys

import pytest

from briefgen import build, check

PDF = bytes(range(256)) * 4  # any bytes, not only text


def built(root):
    result = build(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def errors(result) -> list[str]:
    return [d.format() for d in result.diagnostics.errors]


@pytest.fixture
def project(make_project):
    root = make_project({"static/CNAME": "brief.example.org\n",
                         "pages/about.md": "# About\n\nThe [full report](../files/report.pdf).\n",
                         "static/.DS_Store": "hidden"})
    (root / "static" / "files").mkdir()
    (root / "static" / "files" / "report.pdf").write_bytes(PDF)
    return root


def test_static_files_are_published_as_they_are_and_links_to_them_check(project):
    site = built(project)
    assert (site / "CNAME").read_text(encoding="utf-8") == "brief.example.org\n"
    assert (site / "files" / "report.pdf").read_bytes() == PDF
    assert not (site / ".DS_Store").exists()  # hidden files are not published
    assert 'href="../files/report.pdf"' in (site / "about" / "index.html").read_text(encoding="utf-8")


def test_two_static_files_apart_only_in_case_are_warned_of(project):
    """img/logo.png and img/Logo.png are both published; a host or checkout that ignores case keeps one."""
    (project / "static" / "img").mkdir()
    for name in ("logo.png", "Logo.png"):
        (project / "static" / "img" / name).write_bytes(name.encode())
    result = build(project)
    assert result.ok
    assert [d.format() for d in result.diagnostics.warnings if "case" in d.message] == [
        "static/img/logo.png: warning: static/img/logo.png differs from static/img/Logo.png only in case\n"
        "    hint: rename one of them: where case is ignored (macOS, Windows, some hosts), one file takes the "
        "other's place"]


def test_hidden_static_files_are_published_but_not_version_controls_or_an_editors(project):
    for name in (".well-known/security.txt", ".nojekyll", ".git/config", ".gitkeep", "files/.notes.txt.swp",
                 ".well-known/.DS_Store"):
        (project / "static" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "static" / name).write_text("x", encoding="utf-8")
    site = built(project)
    assert (site / ".well-known" / "security.txt").read_text(encoding="utf-8") == "x"
    assert (site / ".nojekyll").exists()
    for name in (".git", ".gitkeep", "files/.notes.txt.swp", ".well-known/.DS_Store", ".DS_Store"):
        assert not (site / name).exists(), name



def test_an_editors_backup_auto_save_and_lock_files_are_neither_published_nor_an_error(project):
    """While CNAME is edited, Emacs keeps an auto-save (#CNAME#) and a lock link
    that leads nowhere (.#CNAME); vim and Emacs leave a backup (CNAME~). None
    is the editor's work, so none is published, nor does the lock fail the build."""
    (project / "static" / "CNAME~").write_text("old.example.org\n", encoding="utf-8")
    (project / "static" / "files" / "#report.pdf#").write_bytes(PDF)
    os.symlink("editor@host.4242:1700000000", project / "static" / ".#CNAME")
    site = built(project)
    assert (site / "CNAME").exists()
    for name in ("CNAME~", "files/#report.pdf#", ".#CNAME"):
        assert not os.path.lexists(site / name), name

def test_a_linked_folder_is_reported_not_skipped_without_a_word(project):
    (project / "docs-to-publish").mkdir()
    (project / "docs-to-publish" / "a.txt").write_text("a", encoding="utf-8")
    os.symlink(project / "docs-to-publish", project / "static" / "docs")
    result = build(project)
    assert [d.format() for d in result.diagnostics.warnings] == [
        "static/docs: warning: a linked folder is not read\n    hint: move or copy its files here, or link each file"]
    assert not (project / "site" / "docs").exists()


def test_a_static_file_survives_every_build_and_an_edit_to_it_is_published(project):
    built(project)
    assert build(project).reused is not None  # nothing changed: the site, static files too, is current
    assert (project / "site" / "CNAME").read_text(encoding="utf-8") == "brief.example.org\n"
    (project / "static" / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    again = build(project)
    assert again.reused is None and (project / "site" / "robots.txt").is_file()
    assert (project / "site" / "CNAME").read_text(encoding="utf-8") == "brief.example.org\n"
    (project / "static" / "CNAME").write_text("www.example.org\n", encoding="utf-8")
    assert (built(project) / "CNAME").read_text(encoding="utf-8") == "www.example.org\n"
    (project / "static" / "CNAME").unlink()
    assert not (built(project) / "CNAME").exists()


@pytest.mark.parametrize("name, message", [
    ("index.html", "static/index.html: error: the site makes 'index.html' itself"),
    ("assets/style.css", "static/assets/style.css: error: the site makes 'assets/style.css' itself"),
    ("events", "static/events: error: the site makes 'events' itself"),  # a folder of the site
    ("data/briefgen.json/x", "static/data/briefgen.json/x: error: the site makes 'data/briefgen.json' itself"),
    ("Index.html", "static/Index.html: error: the site makes 'index.html' itself"),  # one file where case is ignored
    ("pagefind/pagefind.js", "static/pagefind/pagefind.js: error: pagefind/ is the search index's folder"),
    (".briefgen-site", "static/.briefgen-site: error: .briefgen-site is the name of the marker briefgen writes "
                       "into every site it makes"),
    (".briefgen-site/x", "static/.briefgen-site/x: error: .briefgen-site is the name of the marker briefgen writes "
                         "into every site it makes"),
])
def test_a_static_file_never_takes_the_place_of_one_the_site_makes(project, name, message):
    site = built(project)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    path = project / "static" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("editor's copy", encoding="utf-8")
    result = build(project)
    assert [e.split("\n")[0] for e in errors(result)] == [message]
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before  # the last site stands


def test_a_static_link_leading_outside_the_project_is_refused_by_check_and_build(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for publishing", encoding="utf-8")
    os.symlink(secret, project / "static" / "secret.txt")
    for result in (check(project), build(project)):
        assert [e.split("\n")[0] for e in errors(result)] == [
            f"static/secret.txt: error: symbolic link leads outside the project, to {secret}"]
    assert not (project / "site").exists()


def test_the_output_may_not_be_the_static_folder(project):
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "--out", "static"],
                          capture_output=True, text=True, cwd=project)
    assert done.returncode == 2
    assert done.stderr.startswith("static: error: refusing to build inside static/, which belongs to the project")
    assert (project / "static" / "CNAME").read_text(encoding="utf-8") == "brief.example.org\n"


def test_a_static_file_that_cannot_be_read_when_copied_is_an_error_not_a_crash(project, monkeypatch):
    from briefgen import inputs
    opened = inputs.open_regular

    def vanished(path):
        if path.name == "report.pdf":  # as if removed after it was listed
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return opened(path)
    monkeypatch.setattr(inputs, "open_regular", vanished)
    result = build(project)
    assert [e.split("\n")[0] for e in errors(result)] == [
        "static/files/report.pdf: error: cannot read it: No such file or directory"]
    assert not (project / "site").exists()


def test_a_static_that_is_no_folder_is_an_error_saying_so(project):
    import shutil
    shutil.rmtree(project / "static")
    (project / "static").write_text("not a folder", encoding="utf-8")
    assert [e.split("\n")[0] for e in errors(check(project))] == ["static: error: static is not a folder"]


def test_a_static_file_is_published_a_piece_at_a_time_not_held_in_memory_whole(project):
    """A video or a data set in static/ may be larger than the memory of the
    machine that builds (a 3 GB file under a 2.5 GB limit was 'internal
    error: MemoryError', exit 3): neither the build's fingerprint of its
    inputs nor its copy into the site holds the file whole."""
    import tracemalloc
    large = 64 << 20
    with open(project / "static" / "files" / "data.bin", "wb") as handle:
        handle.truncate(large)
    for clean in (True, False):  # the first build, and one that fingerprints its inputs against the last
        (project / "static" / "CNAME").write_text(f"brief{clean}.example.org\n", encoding="utf-8")
        tracemalloc.start()
        try:
            result = build(project, search=False, clean=clean)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.ok, errors(result)
        assert peak < large // 2
    assert (project / "site" / "files" / "data.bin").stat().st_size == large
