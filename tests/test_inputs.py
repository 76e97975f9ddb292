"""Inputs stay inside the project: a symbolic link leading out of it, a named
pipe, a device, a dangling link or a link loop in seeds/, content/,
templates/ or the settings is an error naming it. Nothing is followed out of
the project, no pipe is opened (that would hang the build), the previous
site and every input stay as they were.

The links are made in tmp_path at test time; the command runs in a child
process with a timeout, so a build that blocks on a pipe fails the test
instead of hanging it."""
import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.diagnostics import Diagnostics
from briefgen.schema import KINDS
from conftest import MINI, a_built_site, write_project

PREVIOUS_SITE = a_built_site({"index.html": b"<!doctype html><title>previous build</title>\n"})
FAILED = "failed: 1 error, 0 warnings; nothing written\n"
REPLACE = "    hint: replace it with a regular file inside the project, or remove it"
SECRET = "TOP SECRET: must never be published\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = write_project(tmp_path / "project", MINI)
    for relative, data in PREVIOUS_SITE.items():
        (root / "site" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "site" / relative).write_bytes(data)
    return root


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file beside the project, that no link may publish."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), *args],
                          capture_output=True, text=True, timeout=120)


def snapshot(root: Path) -> dict[str, str]:
    """Every entry of the project by what it is, without opening pipes or devices."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.relative_to(root).parts[0] == ".briefgen-cache":  # briefgen's own, not an input
            continue
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[path.relative_to(root).as_posix()] = "link to " + os.readlink(path)
        elif stat.S_ISREG(mode):
            found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif not stat.S_ISDIR(mode):
            found[path.relative_to(root).as_posix()] = f"mode {stat.S_IFMT(mode):o}"
    return found


def assert_refused(root: Path, expected: list[str]) -> None:
    """build and check both print exactly `expected` and exit 1, and nothing changes."""
    before = snapshot(root)
    for command in ("build", "check"):
        done = run(root, command)
        assert done.stderr.splitlines() == expected, command
        assert done.returncode == 1, command
        assert "Traceback" not in done.stdout + done.stderr
        if command == "build":
            assert done.stdout == FAILED
        assert snapshot(root) == before
    assert not any(SECRET.strip() in p.read_text("utf-8", "replace") for p in (root / "site").rglob("*.html"))


def test_a_seed_linked_outside_the_project_is_refused(project, secret):
    (project / "seeds" / "leak.txt").symlink_to(secret)
    assert_refused(project, [
        f"seeds/leak.txt: error: symbolic link leads outside the project, to {secret}",
        "    hint: copy the file into the project instead of linking to it"])


@pytest.mark.parametrize("target", [".git/config", ".env", ".briefgen-cache/lock"])
def test_a_seed_linked_into_a_hidden_part_of_the_project_is_refused(project, target):
    """Hidden files are never read: a link to one (git's settings, which may
    hold credentials) is refused like a link out of the project."""
    write_project(project, {target: SECRET})
    (project / "seeds" / "leak.txt").symlink_to(project / target)
    assert_refused(project, [
        f"seeds/leak.txt: error: symbolic link leads into {target}, a hidden file briefgen never reads",
        "    hint: copy what you mean to publish into the project instead of linking to it"])


def test_a_seed_linked_to_the_process_environment_is_refused(project):
    (project / "seeds" / "environ.txt").symlink_to("/proc/self/environ")
    before = snapshot(project)
    done = run(project, "build")
    assert done.returncode == 1
    assert done.stderr.startswith("seeds/environ.txt: error: symbolic link leads outside the project, to /proc/")
    assert snapshot(project) == before


def test_a_fact_file_linked_outside_the_project_is_refused(project, tmp_path):
    outside = tmp_path / "forums.yaml"
    (project / "content" / "forums.yaml").rename(outside)
    (project / "content" / "forums.yaml").symlink_to(outside)
    assert_refused(project, [
        f"content/forums.yaml: error: symbolic link leads outside the project, to {outside}",
        "    hint: copy the file into the project instead of linking to it"])


def test_a_seeds_folder_linked_outside_the_project_is_refused(project, tmp_path):
    (project / "seeds").rename(tmp_path / "elsewhere")
    (project / "seeds").symlink_to(tmp_path / "elsewhere")
    assert_refused(project, [
        f"seeds: error: symbolic link leads outside the project, to {tmp_path / 'elsewhere'}",
        "    hint: copy the file into the project instead of linking to it"])


def test_settings_linked_outside_the_project_are_refused(project, tmp_path):
    outside = tmp_path / "briefgen.toml"
    outside.write_text('[site]\ntitle = "Borrowed"\n', encoding="utf-8")
    (project / "briefgen.toml").symlink_to(outside)
    assert_refused(project, [
        f"briefgen.toml: error: symbolic link leads outside the project, to {outside}",
        "    hint: copy the file into the project instead of linking to it"])


def test_an_asset_linked_outside_the_project_is_not_published(project, secret):
    (project / "templates" / "assets").mkdir(parents=True)
    (project / "templates" / "assets" / "notes.txt").symlink_to(secret)
    before = snapshot(project)
    done = run(project, "build")
    assert done.stderr.splitlines() == [
        f"templates/assets/notes.txt: error: symbolic link leads outside the project, to {secret}",
        "    hint: copy the file into the project instead of linking to it"]
    assert (done.returncode, done.stdout) == (1, FAILED)
    assert snapshot(project) == before


def test_a_template_folder_linked_outside_the_project_is_refused(project, tmp_path):
    (tmp_path / "theme").mkdir()
    (project / "templates").mkdir()
    (project / "templates" / "partials").symlink_to(tmp_path / "theme")
    done = run(project, "build")
    assert done.stderr.splitlines() == [
        f"templates/partials: error: symbolic link leads outside the project, to {tmp_path / 'theme'}",
        "    hint: copy the file into the project instead of linking to it"]
    assert done.returncode == 1


def test_a_link_inside_the_project_is_read(project):
    (project / "originals").mkdir()
    (project / "seeds" / "article.txt").rename(project / "originals" / "article.txt")
    (project / "seeds" / "article.txt").symlink_to(Path("..") / "originals" / "article.txt")
    done = run(project, "build")
    assert done.returncode == 0, done.stderr
    assert "Forum report" in (project / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("folder, name", [("seeds", "wire.txt"), ("content", "meetings.yaml"),
                                          ("templates", "home.html"), ("templates/assets", "style.css"),
                                          ("static", "robots.txt"), ("static/files", "report.pdf"),
                                          ("pages", "about.md"), (".", "briefgen.toml")])
def test_a_named_pipe_is_reported_and_never_opened(project, folder, name):
    (project / folder).mkdir(parents=True, exist_ok=True)
    (project / folder / name).unlink(missing_ok=True)  # briefgen.toml: the pipe in its place
    os.mkfifo(project / folder / name)
    expected = [f"{Path(folder, name).as_posix()}: error: is a named pipe (FIFO), not a regular file", REPLACE]
    if folder.startswith("templates"):
        done = run(project, "build")  # check does not read templates
        assert (done.returncode, done.stderr.splitlines(), done.stdout) == (1, expected, FAILED)
    else:
        assert_refused(project, expected)


@pytest.mark.parametrize("folder", ["seeds", "content", "templates", "static"])
def test_a_file_name_that_is_not_utf8_is_reported_by_name(project, folder):
    (project / folder).mkdir(exist_ok=True)
    with open(os.path.join(os.fsencode(project / folder), b"bad\xff.txt"), "wb") as file:
        file.write(b"y\n")
    before = snapshot(project / "site")
    done = run(project, "build")
    assert (done.returncode, done.stdout) == (1, FAILED), done.stderr
    assert done.stderr.splitlines() == [f"{folder}/bad\\udcff.txt: error: the file name is not valid UTF-8",
                                        "    hint: rename it: briefgen reads and publishes only files whose names "
                                        "are UTF-8 text"]
    assert snapshot(project / "site") == before


def test_a_seeds_folder_that_cannot_be_listed_is_reported_not_an_internal_error(project, monkeypatch):
    """`chmod 000 seeds` made the build exit 3 with 'internal error:
    PermissionError', where content/ unreadable is told as it is. (The tests
    run as root, whom no mode stops: the listing is refused here.) Its
    sources are unknown, not missing: no citation of them is an error too."""
    listing = Path.iterdir

    def refused(folder):
        if folder.name == "seeds":
            raise PermissionError(13, "Permission denied", str(folder))
        return listing(folder)
    monkeypatch.setattr(Path, "iterdir", refused)
    from briefgen import check
    assert [d.format() for d in check(project).diagnostics.errors] == [
        "seeds: error: cannot list the folder: Permission denied\n    hint: check the folder's permissions"]


def test_a_device_is_reported_and_never_opened(project):
    try:
        os.mknod(project / "seeds" / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("this machine does not let the tests make a device node")
    assert_refused(project, ["seeds/zero.txt: error: is a character device, not a regular file", REPLACE])


def test_a_dangling_link_is_reported(project):
    (project / "content" / "meetings.yaml").symlink_to("gone.yaml")
    assert_refused(project, [
        "content/meetings.yaml: error: dangling symbolic link: its target gone.yaml does not exist", REPLACE])


def test_a_link_loop_is_reported(project):
    (project / "seeds" / "loop.txt").symlink_to("loop.txt")
    assert_refused(project, ["seeds/loop.txt: error: symbolic link loop: following it leads back to itself",
                             REPLACE])


def test_hidden_entries_are_neither_read_nor_reported(project):
    # Emacs marks a file it edits with a dangling link named .#<file>.
    (project / "content" / ".#forums.yaml").symlink_to("user@host.1234:1700000000")
    os.mkfifo(project / "seeds" / ".article.txt.swp")
    done = run(project, "build")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("written, shown", [
    ("{root}/seeds/a.txt", "seeds/a.txt"),
    ("{root}/seeds/../content/b.yaml", "content/b.yaml"),
    ("{root}/./seeds//c.txt", "seeds/c.txt"),
    ("{root}/seeds/", "seeds"),
    ("{root}/seeds/..d.txt", "seeds/..d.txt"),
    ("{root}/seeds/.e.txt", "seeds/.e.txt"),
    ("{root}x/f.txt", "{root}x/f.txt"),  # beside the project, not in it
])
def test_a_file_is_named_from_the_project_as_written(tmp_path, written, shown):
    root = (tmp_path / "project").resolve()
    root.mkdir()
    location = Diagnostics(root).where(written.format(root=root), 3, 4)
    assert (location.path, location.line, location.col) == (shown.format(root=root), 3, 4)


def test_a_linked_file_inside_the_project_is_named_as_the_link(project):
    (project / "seeds" / "alias.txt").symlink_to(project / "seeds" / "article.txt")
    assert Diagnostics(project).where(project / "seeds" / "alias.txt").path == "seeds/alias.txt"


def test_a_file_in_content_or_seeds_that_is_not_read_is_named_in_a_warning(project):
    (project / "content" / "notes.yaml").write_text("- id: aside\n  name: Aside\n", encoding="utf-8")
    (project / "seeds" / "note.markdown").write_text("A note.\n", encoding="utf-8")
    from briefgen import check
    warnings = [d.format() for d in check(project).diagnostics.items if d.severity == "warning"]
    assert sorted(w for w in warnings if "ignored" in w) == [
        "content/notes.yaml: warning: ignored: 'notes.yaml' is not a known fact file\n"
        "    hint: fact files are: " + ", ".join(f"{stem}.yaml" for stem in KINDS),
        "seeds/note.markdown: warning: ignored: sources must be .txt or .md files",
    ]



def test_a_pdf_or_word_document_in_seeds_is_told_to_be_saved_as_text(project):
    """A researcher's first move, the articles as they were downloaded into
    seeds/, was told only that sources must be .txt or .md files."""
    for name in ("rapport-2025.pdf", "Note.DOCX", "article.pdf"):
        (project / "seeds" / name).write_bytes(b"%PDF-1.4\n")
    from briefgen import check
    warnings = [d.format() for d in check(project).diagnostics.items if "ignored" in d.message]
    assert sorted(warnings) == [
        "seeds/Note.DOCX: warning: ignored: sources must be .txt or .md files\n"
        "    hint: a source is text: save its text as seeds/Note.txt (plain text, UTF-8) to cite it as 'Note', "
        "and keep the original out of seeds/",
        "seeds/article.pdf: warning: ignored: sources must be .txt or .md files\n"
        "    hint: seeds/article.txt is the source 'article': keep the original out of seeds/",
        "seeds/rapport-2025.pdf: warning: ignored: sources must be .txt or .md files\n"
        "    hint: a source is text: save its text as seeds/rapport-2025.txt (plain text, UTF-8) to cite it as "
        "'rapport-2025', and keep the original out of seeds/",
    ]


def test_a_source_with_an_upper_case_extension_is_named_with_the_name_that_is_read(project):
    (project / "seeds" / "harbour-notes.TXT").write_text("The ferry sailed.\n", encoding="utf-8")
    (project / "seeds" / "Minutes.Md").write_text("The board met.\n", encoding="utf-8")
    from briefgen import check
    warnings = [d.format() for d in check(project).diagnostics.items if "ignored" in d.message]
    assert sorted(warnings) == [
        "seeds/Minutes.Md: warning: ignored: sources must be .txt or .md files\n"
        "    hint: rename it to Minutes.md: a source's extension is in lower case",
        "seeds/harbour-notes.TXT: warning: ignored: sources must be .txt or .md files\n"
        "    hint: rename it to harbour-notes.txt: a source's extension is in lower case",
    ]


def test_a_copy_of_a_source_with_an_upper_case_extension_is_not_told_to_take_the_sources_name(project):
    (project / "seeds" / "article.TXT").write_text("An older copy.\n", encoding="utf-8")
    from briefgen import check
    warnings = [d.format() for d in check(project).diagnostics.items if "ignored" in d.message]
    assert warnings == ["seeds/article.TXT: warning: ignored: sources must be .txt or .md files\n"
                        "    hint: seeds/article.txt is the source 'article': merge this file into it, or remove it"]


def test_an_editors_backup_and_auto_save_files_beside_a_source_are_no_warning(project):
    """Emacs's auto-save and backup of a source (#article.txt#, article.txt~)
    and vim's probe (4913) are no source the editor forgot: with --strict
    they failed the build as 'ignored: sources must be .txt or .md files'."""
    for name in ("#article.txt#", "article.txt~", "4913"):
        (project / "seeds" / name).write_text("A draft.\n", encoding="utf-8")
    (project / "content" / "#forums.yaml#").write_text("- id: [half typed\n", encoding="utf-8")
    from briefgen import check
    assert [d.format() for d in check(project, strict=True).diagnostics.items] == []

def test_a_source_in_a_sub_folder_of_seeds_is_named_as_not_read_with_where_to_move_it(project):
    """Sources are the files directly in seeds/: one filed away in a sub-folder
    is said to be unread, where its citations could only say "unknown source"."""
    (project / "seeds" / "2026" / "march").mkdir(parents=True)
    (project / "seeds" / "2026" / "march" / "filed-away.md").write_text("A filed story.\n", encoding="utf-8")
    (project / "seeds" / "2026" / "notes.odt").write_text("not a source\n", encoding="utf-8")
    (project / "seeds" / ".drafts").mkdir()
    (project / "seeds" / ".drafts" / "draft.txt").write_text("A draft.\n", encoding="utf-8")
    from briefgen import check
    result = check(project)
    assert result.ok  # a warning: nothing cites it
    assert [d.format() for d in result.diagnostics.items if "sub-folder" in d.message] == [
        "seeds/2026/march/filed-away.md: warning: not read: sources are the files directly in seeds/, "
        "not in its sub-folders\n"
        "    hint: move it to seeds/filed-away.md to cite it as 'filed-away', or out of seeds/ if it is not a source",
    ]


def test_a_source_in_a_sub_folder_of_seeds_named_as_one_in_seeds_is_not_told_to_be_moved_over_it(project):
    """A copy filed away in seeds/2025/ of a source seeds/ holds (under that
    name, or with the other suffix) was told to be moved to seeds/article.txt,
    over the source there, or beside it as a second file of the same id."""
    (project / "seeds" / "2025").mkdir()
    (project / "seeds" / "2025" / "article.txt").write_text("An older copy.\n", encoding="utf-8")
    (project / "seeds" / "2025" / "article.md").write_text("An older copy.\n", encoding="utf-8")
    from briefgen import check
    assert [d.format() for d in check(project).diagnostics.items if "sub-folder" in d.message] == [
        f"seeds/2025/{name}: warning: not read: sources are the files directly in seeds/, not in its sub-folders\n"
        "    hint: seeds/article.txt is the source 'article': merge this file into it, or move it out of seeds/"
        for name in ("article.md", "article.txt")
    ]


def test_a_kinds_records_split_into_a_second_file_are_an_error_that_says_to_merge_them(project):
    """An editor splitting figures.yaml in two: the records of the second
    file were dropped from the site with only 'ignored', which neither a
    build nor serve stopped at; and 'forums2.yaml' was told to be renamed
    forums.yaml, over the records there."""
    (project / "content" / "figures-poland.yaml").write_text("- id: split\n  name: Split\n", encoding="utf-8")
    (project / "content" / "forums2.yaml").write_text("- id: second\n  name: Second\n", encoding="utf-8")
    (project / "content" / "old_meetings.yaml").write_text("- id: filed\n  name: Filed\n", encoding="utf-8")
    from briefgen import check
    result = check(project)
    assert not result.ok
    assert sorted(d.format() for d in result.diagnostics.errors) == [
        "content/figures-poland.yaml: error: 'figures-poland.yaml' is not a known fact file: its records are left "
        "out\n    hint: move its records into figures.yaml, then delete figures-poland.yaml: a kind's records are read "
        "from the file named after it",
        "content/forums2.yaml: error: 'forums2.yaml' is not a known fact file: its records are left "
        "out\n    hint: move its records into forums.yaml, then delete forums2.yaml: a kind's records are read from "
        "the file named after it",
        "content/old_meetings.yaml: error: 'old_meetings.yaml' is not a known fact file: its records are left "
        "out\n    hint: did you mean 'meetings.yaml'? rename it",
    ]


def test_a_fact_file_left_out_for_its_name_brings_no_error_for_each_reference_into_it(project):
    """organisations.yaml saved as organizations.yaml: its name is the error; every figure naming one of
    its records was also told to add a record with that id, which the editor had."""
    (project / "content" / "organizations.yaml").write_text("- id: jica\n  name: JICA\n", encoding="utf-8")
    (project / "content" / "Meetings.YML").write_text("- id: talks\n  name: Talks\n", encoding="utf-8")
    figures = (project / "content" / "figures.yaml").read_text(encoding="utf-8")
    (project / "content" / "figures.yaml").write_text(figures.replace("countries: [kz]", "countries: [kz]\n  by: [jica]"),
                                                      encoding="utf-8")
    from briefgen import check
    errors = [d.format().split("\n")[0] for d in check(project).diagnostics.errors]
    assert errors == ["content/Meetings.YML: error: ignored: 'Meetings.YML' does not end in .yaml",
                      "content/organizations.yaml: error: 'organizations.yaml' is not a known fact file: its records "
                      "are left out"], errors


def test_a_fact_file_whose_name_is_mistyped_is_an_error_not_records_left_out_unseen(project):
    (project / "content" / "organizations.yaml").write_text("- id: typo\n  name: Typo\n", encoding="utf-8")
    (project / "content" / "forums.YAML").write_text("- id: shouted\n  name: Shouted\n", encoding="utf-8")
    from briefgen import check
    result = check(project)
    assert not result.ok
    assert sorted(d.format() for d in result.diagnostics.errors) == [
        "content/forums.YAML: error: ignored: 'forums.YAML' does not end in .yaml\n"
        "    hint: move its records into forums.yaml, then delete forums.YAML: a kind's records are read from the file "
        "named after it",
        "content/organizations.yaml: error: 'organizations.yaml' is not a known fact file: its records are left "
        "out\n    hint: did you mean 'organisations.yaml'? rename it",
    ]


def test_a_fact_file_named_apart_from_one_there_is_told_to_rename_only_when_no_file_has_that_name(project):
    (project / "content" / "Meetings.YML").write_text("- id: shouted\n  name: Shouted\n", encoding="utf-8")
    (project / "content" / "Forums.YAML").write_text("- id: loud\n  name: Loud\n", encoding="utf-8")
    (project / "content" / "Forum.yaml").write_text("- id: typo\n  name: Typo\n", encoding="utf-8")
    from briefgen import check
    result = check(project)
    assert sorted(d.format() for d in result.diagnostics.errors) == [
        "content/Forum.yaml: error: 'Forum.yaml' is not a known fact file: its records are left out\n"
        "    hint: move its records into forums.yaml, then delete Forum.yaml: a kind's records are read from the file "
        "named after it",
        "content/Forums.YAML: error: ignored: 'Forums.YAML' does not end in .yaml\n"
        "    hint: move its records into forums.yaml, then delete Forums.YAML: a kind's records are read from the file "
        "named after it",
        "content/Meetings.YML: error: ignored: 'Meetings.YML' does not end in .yaml\n"
        "    hint: rename it to meetings.yaml: a fact file's name is in lower case",
    ]
