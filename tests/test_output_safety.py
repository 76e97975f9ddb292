"""`--out` can never cost the user a file: briefgen replaces only a folder it
made (missing, empty, or carrying its marker), and refuses everything else —
the project, its input folders, a user's folder, a link, a file, a device —
before doing any work, with exit 2 and nothing deleted, moved or created."""
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import build
from briefgen.outguard import MARKER, MARKER_TEXT
from briefgen import write
from conftest import MINI, a_built_site, edit_file, publish_site, write_project

PREVIOUS_SITE = a_built_site({"index.html": b"<title>previous build</title>\n"})
SUGGESTION = "    hint: build into a folder of its own, e.g. --out site"


def everything(folder: Path) -> dict[str, str]:
    """Every entry under `folder`, folders and links included, with its bytes,
    link target or device number and its mode: any change shows."""
    seen = {}
    for directory, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(directory, name)
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                what = "link to " + os.readlink(path)
            elif stat.S_ISREG(info.st_mode):
                what = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISDIR(info.st_mode):
                what = "folder"
            else:
                what = f"special {info.st_rdev}"
            seen[path.relative_to(folder).as_posix()] = f"{oct(info.st_mode)} {what}"
    return seen


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A project with a previous site, next to a user's folder full of files,
    a link to it, and a file of the user's inside the project."""
    work = tmp_path / "work"
    project = write_project(work / "project", MINI)
    write_project(project / "site", PREVIOUS_SITE)
    write_project(work / "user-folder", {"notes.txt": "my notes\n", "photos/cat.jpg": b"\xff\xd8 not really"})
    (project / "link-to-user").symlink_to("../user-folder")
    (project / "notes.txt").write_text("a file of the user's\n", encoding="utf-8")
    write_project(work / "old-site", {"index.html": "<title>built before sites were marked</title>\n",
                                      "data/briefgen.json": "{}\n", "CNAME": "brief.example.org\n"})
    return work


def run_build(project: Path, out: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", "--root", ".", "build", "--out", out],
                          cwd=project, capture_output=True, text=True)


REFUSED = "failed: 1 error, 0 warnings; nothing written\n"
CASES = {
    ".": [".: error: refusing to build into the project folder itself", SUGGESTION],
    "..": ["{work}: error: refusing to build into a folder that contains the project", SUGGESTION],
    "": ["error: --out is empty", "    hint: name the output folder, e.g. --out site, or leave --out out"],
    "content": ["content: error: refusing to build inside content/, which belongs to the project",
                "    hint: briefgen replaces its output folder whole; build into a folder of its own, e.g. --out site"],
    "seeds/site": ["seeds/site: error: refusing to build inside seeds/, which belongs to the project",
                   "    hint: briefgen replaces its output folder whole; build into a folder of its own, e.g. --out site"],
    "templates": ["templates: error: refusing to build inside templates/, which belongs to the project",
                  "    hint: briefgen replaces its output folder whole; build into a folder of its own, e.g. --out site"],
    "../user-folder": ["{work}/user-folder: error: refusing to replace a folder briefgen did not make "
                       "(it holds notes.txt, photos)",
                       "    hint: briefgen replaces only an empty folder or a site it built; "
                       "build into a folder of its own, e.g. --out site"],
    "link-to-user": ["link-to-user: error: refusing to replace a symbolic link (to ../user-folder)",
                     "    hint: briefgen replaces its output folder whole and never follows a link there; "
                     "give the real folder, or build into a folder of its own, e.g. --out site"],
    "link-to-user/": ["link-to-user: error: refusing to replace a symbolic link (to ../user-folder)",
                      "    hint: briefgen replaces its output folder whole and never follows a link there; "
                      "give the real folder, or build into a folder of its own, e.g. --out site"],
    "notes.txt": ["notes.txt: error: refusing to replace a file with the site", SUGGESTION],
    "notes.txt/site": ["notes.txt/site: error: cannot use this output folder: Not a directory",
                       "    hint: check that the output folder's parent is a folder and readable"],
    "/dev/null": ["/dev/null: error: refusing to replace a device with the site", SUGGESTION],
    "../old-site": ["{work}/old-site: error: refusing to replace a folder briefgen did not make "
                    "(it holds CNAME, data, index.html)",
                    "    hint: it looks like a site built by an earlier briefgen, which did not mark its sites: "
                    "check that nothing in it is yours, remove it, and build again"],
}


@pytest.mark.parametrize("out", list(CASES), ids=lambda out: repr(out))
def test_a_dangerous_output_is_refused_and_nothing_is_touched(workspace, out):
    project = workspace / "project"
    before, null_before = everything(workspace.parent), os.stat("/dev/null")
    done = run_build(project, out)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [line.format(work=workspace) for line in CASES[out]]
    assert done.stdout == ("" if out == "" else REFUSED)
    assert everything(workspace.parent) == before
    null_after = os.stat("/dev/null")
    assert (null_after.st_mode, null_after.st_rdev) == (null_before.st_mode, null_before.st_rdev)
    assert not [name for name in os.listdir("/dev") if name.startswith(".null")]


def test_the_project_given_by_its_absolute_path_is_refused_too(workspace):
    project = workspace / "project"
    before = everything(workspace)
    done = run_build(project, str(project))
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == ".: error: refusing to build into the project folder itself"
    assert everything(workspace) == before


def test_a_folder_holding_the_projects_inputs_through_a_link_is_refused(tmp_path):
    project = write_project(tmp_path / "project", {k: v for k, v in MINI.items() if not k.startswith("content/")})
    write_project(tmp_path / "shared" / "content", {k[len("content/"):]: v for k, v in MINI.items()
                                                   if k.startswith("content/")})
    (project / "content").symlink_to(tmp_path / "shared" / "content")
    before = everything(tmp_path)
    done = run_build(project, str(tmp_path / "shared"))
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"{tmp_path / 'shared'}: error: refusing to build into a folder that contains the project's content/")
    assert everything(tmp_path) == before


@pytest.mark.parametrize("state", ["missing", "empty", "marked"])
def test_a_missing_empty_or_marked_output_is_built_and_marked(tmp_path, state):
    project = write_project(tmp_path / "project", MINI)
    out = tmp_path / "out"
    if state != "missing":
        out.mkdir()
    if state == "marked":
        write_project(out, a_built_site({"index.html": b"<title>previous build</title>\n",
                                         "events/gone/index.html": b"a page the new build no longer has"}))
    done = run_build(project, str(out))
    assert done.returncode == 0, done.stderr
    marker = (out / MARKER).read_bytes()
    assert marker.startswith(MARKER_TEXT)
    listed = {json.loads(line) for line in marker.splitlines()[2:]}
    assert listed == {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert (out / "events" / "astana-forum-2024" / "index.html").is_file()
    assert not (out / "events" / "gone").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "project"]  # the build's lock file went with it


@pytest.mark.parametrize("litter", [[".DS_Store"], ["Thumbs.db", "desktop.ini"]], ids=["macOS", "Windows"])
def test_a_folder_holding_only_what_a_file_browser_leaves_is_built_as_an_empty_one(tmp_path, litter):
    project = write_project(tmp_path / "project", MINI)
    out = write_project(tmp_path / "out", {name: b"\0\1" for name in litter})
    done = run_build(project, str(out))
    assert done.returncode == 0, done.stderr
    assert (out / "events" / "astana-forum-2024" / "index.html").is_file()
    assert [name for name in litter if (out / name).exists()] == []  # gone with the folder it was in
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "project"]


@pytest.mark.parametrize("held, shown", [
    ({".DS_Store": b"\0", "notes.txt": "mine\n"}, ".DS_Store, notes.txt"),
    ({"Thumbs.db": b"\0", "photos/cat.jpg": b"\xff\xd8"}, "Thumbs.db, photos"),
    ({".DS_Store/notes.txt": "a folder named like litter\n"}, ".DS_Store"),
], ids=["beside a file", "beside a folder", "a folder of that name"])
def test_what_a_file_browser_leaves_does_not_make_a_users_folder_replaceable(tmp_path, held, shown):
    project = write_project(tmp_path / "project", MINI)
    out = write_project(tmp_path / "out", held)
    before = everything(tmp_path)
    done = run_build(project, str(out))
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"{out}: error: refusing to replace a folder briefgen did not make (it holds {shown})")
    assert everything(tmp_path) == before


def test_a_lock_file_the_build_did_not_make_stays(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    (tmp_path / ".out.lock").write_bytes(b"someone's")
    assert run_build(project, str(tmp_path / "out")).returncode == 0
    assert (tmp_path / ".out.lock").read_bytes() == b"someone's"


def test_a_site_whose_marker_was_removed_is_no_longer_replaced(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    assert build(project).ok
    (project / "site" / MARKER).unlink()
    (project / "site" / "my-notes.txt").write_text("added by hand", encoding="utf-8")
    before = everything(project / "site")
    result = build(project)
    assert result.diagnostics.exit_code == 2
    assert [d.format() for d in result.diagnostics.errors] == [
        "site: error: refusing to replace a folder briefgen did not make (it holds 404.html, agreements, assets, …)\n"
        "    hint: it looks like a site built by an earlier briefgen, which did not mark its sites: "
        "check that nothing in it is yours, remove it, and build again"]
    assert everything(project / "site") == before


@pytest.mark.parametrize("added, shown", [("CNAME", "CNAME"), ("mine/notes.txt", "mine/"), ("empty/", "empty/"),
                                          ("events/astana-forum-2024/draft.html", "events/astana-forum-2024/draft.html")])
def test_a_file_or_folder_put_into_a_built_site_is_never_lost(tmp_path, added, shown):
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    where = project / "site" / added
    if added.endswith("/"):
        where.mkdir()
    else:
        where.parent.mkdir(exist_ok=True)
        where.write_text("the editor's own", encoding="utf-8")
    before = everything(project / "site")
    result = build(project, search=False)
    assert result.diagnostics.exit_code == 2
    assert [d.format() for d in result.diagnostics.errors] == [
        "site: error: refusing to replace a site that holds what briefgen did not write there "
        f"({shown})\n"
        "    hint: briefgen replaces its output folder whole: move what is yours into static/, whose files every "
        "build publishes, or remove it; then build again"]
    assert everything(project / "site") == before
    # Once it is moved out, the site is the build's again.
    shutil.move(project / "site" / shown.rstrip("/"), tmp_path / "kept")
    assert build(project, search=False).ok


@pytest.mark.parametrize("checkout", [".git/HEAD", ".git"])  # a clone, or a worktree's .git file
def test_a_git_checkout_made_in_a_built_site_is_kept_and_not_sent_to_static(tmp_path, checkout):
    """static/ never publishes a .git: moving it there, as the usual hint says, would take it from the site."""
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    (project / "site" / checkout).parent.mkdir(exist_ok=True)
    (project / "site" / checkout).write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    before = everything(project / "site")
    result = build(project, search=False)
    [error] = result.diagnostics.errors
    assert error.message.startswith("refusing to replace a site that holds what briefgen did not write there (.git")
    assert "static/" not in error.hint and "keep the checkout in a folder of its own" in error.hint
    assert everything(project / "site") == before


@pytest.mark.parametrize("replaced, put, shown", [
    ("feed.xml", "feed.xml/notes.txt", "feed.xml/"),  # a folder where the build wrote a file
    ("events/astana-forum-2024", "events/astana-forum-2024", "events/astana-forum-2024"),  # and a file for a folder
    (None, "pagefind/notes.txt", "pagefind/"),  # the search index's folder, left for serve to fill
])
def test_what_an_editor_put_in_place_of_the_builds_own_file_or_folder_is_never_lost(tmp_path, replaced, put, shown):
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    if replaced:
        target = project / "site" / replaced
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    (project / "site" / put).parent.mkdir(parents=True, exist_ok=True)
    (project / "site" / put).write_text("the editor's own", encoding="utf-8")
    before = everything(project / "site")
    result = build(project, search=False, clean=True)
    assert [d.format().split("\n")[0] for d in result.diagnostics.errors] == [
        f"site: error: refusing to replace a site that holds what briefgen did not write there ({shown})"]
    assert everything(project / "site") == before


@pytest.mark.parametrize("linked", ["events", "events/astana-forum-2024"])
def test_a_link_in_place_of_a_built_folder_is_not_looked_into(tmp_path, linked):
    """A folder of the site moved elsewhere and linked back: the swap removes
    the link, never what it leads to, so the build neither lists the folder
    outside the project nor blames the site for the files it finds there."""
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    elsewhere = tmp_path / "elsewhere"
    shutil.move(project / "site" / linked, elsewhere)
    (elsewhere / "notes.txt").write_text("the editor's own", encoding="utf-8")
    (project / "site" / linked).symlink_to(elsewhere, target_is_directory=True)
    before = everything(elsewhere)
    edit_file(project, "content/forums.yaml", "The forum met", "The forum convened")
    result = build(project, search=False)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    assert everything(elsewhere) == before
    assert not (project / "site" / linked).is_symlink()


@pytest.mark.parametrize("marker", [MARKER_TEXT, b"", b"not briefgen's words\n"])
def test_a_site_whose_marker_lists_nothing_is_replaced_only_when_it_holds_nothing_else(tmp_path, marker):
    """An earlier briefgen's marker, an empty one, or one changed by hand:
    what the folder holds cannot be told apart from an editor's files."""
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    (project / "site" / MARKER).write_bytes(marker)
    (project / "site" / "CNAME").write_text("example.org\n", encoding="utf-8")
    before = everything(project / "site")
    edit_file(project, "content/forums.yaml", "The forum met", "The forum convened")
    result = build(project, search=False)
    assert [d.format() for d in result.diagnostics.errors] == [
        "site: error: refusing to replace a folder whose .briefgen-site does not list what it holds "
        "(404.html, CNAME, agreements, …)\n"
        "    hint: an earlier briefgen made it, or its marker was copied or changed: check that nothing in it is "
        "yours, remove it, and build again"]
    assert everything(project / "site") == before
    for path in list((project / "site").iterdir()):  # holding nothing but its marker, it is the build's again
        if path.name != MARKER:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    assert build(project, search=False).ok and (project / "site" / "CNAME").exists() is False


def test_what_a_file_browser_leaves_in_a_site_does_not_stop_a_build(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    for litter in (".DS_Store", "events/.DS_Store", "Thumbs.db"):
        (project / "site" / litter).write_bytes(b"\0")
    edit_file(project, "content/forums.yaml", "The forum met", "The forum convened")
    assert build(project, search=False).ok
    assert not (project / "site" / ".DS_Store").exists()


@pytest.mark.parametrize("litter, built", [({".DS_Store": b"\0"}, True),
                                           ({".DS_Store/notes.txt": "a folder named like litter\n"}, False)],
                         ids=["a file", "a folder of that name"])
def test_only_a_file_is_litter_beside_a_marker_that_lists_nothing(tmp_path, litter, built):
    project = write_project(tmp_path / "project", MINI)
    out = write_project(tmp_path / "out", {MARKER: MARKER_TEXT, **litter})
    before = everything(out)
    result = build(project, out=out, search=False)
    assert result.ok is built
    if built:
        assert not (out / ".DS_Store").exists()
    else:
        assert [d.message for d in result.diagnostics.errors] == [
            "refusing to replace a folder whose .briefgen-site does not list what it holds (.DS_Store)"]
        assert everything(out) == before


def test_no_site_is_built_inside_another(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    assert build(project, search=False).ok
    before = everything(project / "site")
    inner = build(project, out=project / "site" / "sub" / "deeper", search=False)
    assert [d.format() for d in inner.diagnostics.errors] == [
        "site/sub/deeper: error: refusing to build inside site/, a site briefgen made\n"
        "    hint: a site is replaced whole, so one inside it would be lost or stop it being built; "
        "build into a folder of its own, e.g. --out public"]
    assert everything(project / "site") == before


def test_a_refused_site_folder_is_not_suggested_again(tmp_path):
    project = write_project(tmp_path / "project", MINI | {"site/notes.txt": "mine"})
    result = build(project, search=False)
    assert [d.format() for d in result.diagnostics.errors] == [
        "site: error: refusing to replace a folder briefgen did not make (it holds notes.txt)\n"
        "    hint: briefgen replaces only an empty folder or a site it built; build into a folder of its own, "
        "e.g. --out public; for briefgen serve, move this folder away"]


def test_a_marker_that_is_a_link_does_not_count(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    write_project(tmp_path / "mine", {"thesis.tex": "years of work"})
    (tmp_path / "marker-elsewhere").write_bytes(MARKER_TEXT)
    (tmp_path / "mine" / MARKER).symlink_to(tmp_path / "marker-elsewhere")
    before = everything(tmp_path)
    assert run_build(project, str(tmp_path / "mine")).returncode == 2
    assert everything(tmp_path) == before


def test_a_folder_swapped_in_at_the_last_moment_is_put_back(tmp_path, monkeypatch):
    """The output is checked when the build starts and again under the lock;
    should a user's folder still take its place in the instant before the
    exchange, the exchange is undone and the folder is left as it was."""
    write_project(tmp_path / "site", {"thesis.tex": "years of work"})
    before = everything(tmp_path)
    monkeypatch.setattr(write, "folder_refusal", lambda out: None)  # the check that would have caught it
    with pytest.raises(write.OutputRefused):
        publish_site({"index.html": b"new"}, tmp_path / "site")
    assert everything(tmp_path) == before


def test_names_in_the_refusal_are_shown_on_one_line_with_control_characters_escaped(tmp_path):
    project = write_project(tmp_path / "project", MINI)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes\n\x1b[31mred").write_text("mine", encoding="utf-8")
    before = everything(tmp_path)
    done = run_build(project, str(tmp_path / "mine"))
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"{tmp_path / 'mine'}: error: refusing to replace a folder briefgen did not make (it holds notes\\n\\x1b[31mred)")
    assert everything(tmp_path) == before


@pytest.mark.parametrize("name", ["content/x\n\x1b[31mred", "../mi\x1b[31mne"])
def test_an_out_path_is_shown_on_one_line_with_control_characters_escaped(tmp_path, name):
    project = write_project(tmp_path / "project", MINI)
    (tmp_path / "mi\x1b[31mne").mkdir()
    (tmp_path / "mi\x1b[31mne" / "notes.txt").write_text("mine", encoding="utf-8")
    done = run_build(project, name)
    assert done.returncode == 2
    first = done.stderr.splitlines()[0]
    assert "\x1b" not in done.stderr and first.startswith(name.replace("\n", "\\n").replace("\x1b", "\\x1b")
                                                          .replace("../", f"{tmp_path}/") + ": error: refusing")


def test_a_project_in_a_folder_whose_name_is_not_utf8_builds_whole_and_is_then_up_to_date(tmp_path: Path):
    """A folder named on another system ('Brüssel' in Latin-1, the byte 0xfc): the records a build keeps
    of its output folder are JSON text, and Pagefind stopped at once in a working folder under such a path
    or with such a $PWD; the build failed with an internal error, or with the search index's."""
    project = write_project(Path(os.fsdecode(os.fsencode(tmp_path) + b"/Br\xfcssel")) / "project", MINI)
    environment = os.environ | {"PWD": str(project)}  # as a shell started in the folder sets it
    for out, summary in [("site", "built"), ("site", "up to date"), (os.fsdecode(b"sortie-\xe9t\xe9"), "built")]:
        result = subprocess.run([sys.executable, "-m", "briefgen", "build", "--out", out], cwd=project,
                                env=environment, capture_output=True, text=True, errors="replace")
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
        assert result.stdout.startswith(summary)
        assert (project / out / "pagefind" / "pagefind.js").is_file()
