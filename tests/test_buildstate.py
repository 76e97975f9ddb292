"""The input fingerprint reads only the files whose metadata changed since
the last build, and is never fooled into reusing a stale digest."""
import builtins
import json
import os
from pathlib import Path

import pytest

from briefgen import buildstate, sitelisting
from briefgen.build import build

from conftest import MINI, write_project


@pytest.fixture
def counted_reads(monkeypatch):
    """Names of the files the fingerprint opens."""
    opened: list[str] = []

    def counting_open(path, *args, **kwargs):
        opened.append(Path(path).name)
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(buildstate, "open", counting_open, raising=False)
    return opened


def _settle(monkeypatch) -> None:
    """As if the files were written long before the fingerprint."""
    monkeypatch.setattr(buildstate, "_RACY_NS", 0)


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch, counted_reads):
    root = write_project(tmp_path / "brief", MINI)
    _settle(monkeypatch)
    first = build(root, search=False)
    assert first.ok and first.reused is None
    counted_reads.clear()
    again = build(root, search=False)
    assert again.reused is not None
    assert counted_reads == []


def test_an_edited_file_is_read_and_rebuilt(tmp_path, monkeypatch, counted_reads):
    root = write_project(tmp_path / "brief", MINI)
    _settle(monkeypatch)
    build(root, search=False)
    source = root / "seeds" / "article.txt"
    source.write_text(source.read_text().replace("Forum report", "Forum Report"))  # same size
    counted_reads.clear()
    result = build(root, search=False)
    assert result.ok and result.reused is None
    assert counted_reads == ["article.txt"]


def test_restoring_the_modification_time_does_not_hide_an_edit(tmp_path, monkeypatch):
    """The change time cannot be set back: an edit disguised with the old
    size and modification time is still seen."""
    root = write_project(tmp_path / "brief", MINI)
    _settle(monkeypatch)
    source = root / "seeds" / "article.txt"
    build(root, search=False)
    before = os.stat(source)
    source.write_text(source.read_text().replace("Forum report", "Forum Report"))
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = build(root, search=False)
    assert result.reused is None
    assert "Forum Report" in (root / "site" / "sources" / "article" / "index.html").read_text()


def test_files_written_just_before_the_last_build_are_read_again(tmp_path, counted_reads):
    """Within the racy window a second write may leave every time as it was."""
    root = write_project(tmp_path / "brief", MINI)
    build(root, search=False)
    counted_reads.clear()
    assert build(root, search=False).reused is not None
    assert "article.txt" in counted_reads


def test_a_linked_or_corrupt_state_file_is_ignored(tmp_path, monkeypatch):
    root = write_project(tmp_path / "brief", MINI)
    _settle(monkeypatch)
    build(root, search=False)
    state = root / ".briefgen-cache" / buildstate.STATE_FILE
    state.write_text("{not json")
    assert build(root, search=False).reused is None
    elsewhere = tmp_path / "elsewhere.json"
    os.replace(state, elsewhere)
    state.symlink_to(elsewhere)
    assert build(root, search=False).reused is None


def test_an_upgraded_dependency_is_another_build(tmp_path, monkeypatch):
    """Babel words the dates: a new version may word them otherwise, so the last site is not reused."""
    root = write_project(tmp_path / "project", MINI)
    assert build(root, search=False).ok and build(root, search=False).reused is not None
    assert "babel" in buildstate.dependency_versions()
    installed = buildstate.package_version
    monkeypatch.setattr(buildstate, "package_version", lambda name: "0.0-other" if name == "babel" else installed(name))
    assert build(root, search=False).reused is None


def test_an_upgraded_dependency_of_a_dependency_is_another_build(tmp_path, monkeypatch):
    """MarkupSafe, which Jinja renders with, escapes every page's text: briefgen's metadata does not name it, and a
    build after upgrading it said `up to date` and kept the site the old one had written."""
    root = write_project(tmp_path / "project", MINI)
    assert build(root, search=False).ok and build(root, search=False).reused is not None
    installed = buildstate.package_version
    monkeypatch.setattr(buildstate, "package_version",
                        lambda name: "0.0-other" if name == "markupsafe" else installed(name))
    assert build(root, search=False).reused is None


def test_an_empty_source_date_epoch_is_the_same_build_as_none(tmp_path, monkeypatch):
    """The configuration guide: an empty SOURCE_DATE_EPOCH counts as unset; a
    CI step writing `SOURCE_DATE_EPOCH=` rebuilt the whole site each time
    it alternated with a run that set nothing, which wrote the same bytes."""
    root = write_project(tmp_path / "project", MINI)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build(root, search=False).ok
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    assert build(root, search=False).reused is not None


@pytest.mark.parametrize("odd", ["a linked file", "a linked folder", "a named pipe", "a linked settings file"])
def test_anything_but_plain_files_and_folders_gives_no_fingerprint(tmp_path, odd):
    """The fingerprint follows no link and reads no special file: the full
    build decides what such an input means."""
    root = write_project(tmp_path / "brief", MINI)
    assert buildstate.fingerprint(root, {}).digest is not None
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "note.txt").write_text("Written elsewhere.\n")
    if odd == "a linked file":
        (root / "seeds" / "note.txt").symlink_to(outside / "note.txt")
    elif odd == "a linked folder":
        (root / "content" / "more").symlink_to(outside)
    elif odd == "a named pipe":
        (root / "templates").mkdir(exist_ok=True)
        os.mkfifo(root / "templates" / "pipe.html")
    else:
        (root / "briefgen.toml").unlink(missing_ok=True)
        (outside / "briefgen.toml").write_text("[site]\n")
        (root / "briefgen.toml").symlink_to(outside / "briefgen.toml")
    assert buildstate.fingerprint(root, {}).digest is None


def test_the_site_is_recorded_as_a_walk_of_it_would_find_it(tmp_path):
    """The build records the files it published rather than walking the
    site's folders: the record must be what a walk finds, or no unchanged
    build could be skipped."""
    root = write_project(tmp_path / "brief", {**MINI, "pages/about.md": "---\ntitle: About\n---\nText.\n",
                                              "templates/assets/extra.css": "p { margin: 0 }\n"})
    result = build(root, search=False)
    assert result.ok and len(result.files) > result.pages
    state = json.loads((root / ".briefgen-cache" / buildstate.STATE_FILE).read_text())
    walked = sitelisting.site_files(root / "site")
    assert sorted(state["site_files"]) == sorted(walked)
    assert state["site"] == sitelisting.listing(root / "site", state["site_files"]) is not None
    assert build(root, search=False).reused is not None


RECORDS_OF_THE_SITE = {
    # The listing of a missing file fails: that must never match a record of a failed listing.
    "a failed listing": lambda state: state | {"site": None, "site_files": ["no-such-page.html"]},
    "a path out of the site": lambda state: state | {"site_files": state["site_files"] + ["../outside.html"]},
    "a file listed twice": lambda state: state | {"site_files": state["site_files"] * 2},
    "no list": lambda state: state | {"site_files": "index.html"},
}


@pytest.mark.parametrize("record", RECORDS_OF_THE_SITE)
def test_a_record_of_the_site_that_cannot_stand_for_it_is_another_build(tmp_path, monkeypatch, record):
    """The record is untrusted: a listing that fails, or a file list that is
    not one of paths within the site, once each, never makes a build current."""
    root = write_project(tmp_path / "brief", MINI)
    _settle(monkeypatch)
    build(root, search=False)
    (tmp_path / "brief" / "outside.html").write_text("beside the site")
    state_file = root / ".briefgen-cache" / buildstate.STATE_FILE
    state_file.write_text(json.dumps(RECORDS_OF_THE_SITE[record](json.loads(state_file.read_text()))))
    assert build(root, search=False).reused is None


def test_a_folder_joining_the_site_is_listed_as_it_will_be_once_renamed_in(tmp_path):
    """serve lists the site with its search index before the index is put in
    place: the pair must be what listing() finds before and after,
    whatever names sort beside the folder's."""
    site, index = tmp_path / "site", tmp_path / "made" / "pagefind"
    files = {site / "index.html": "home", site / "page" / "index.html": "a", site / "pagefind-notes.html": "b",
             site / "pagefinder" / "x.html": "c", site / "pagefin.html": "d", site / "zz" / "y" / "index.html": "e",
             index / "pagefind.js": "js", index / "index" / "en_1.pf_index": "ix", index / "fragment" / "f.pf_fragment": "f"}
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    before = sitelisting.listing(site, sitelisting.site_files(site))
    joined = sitelisting.joined(site, index, "pagefind")
    assert joined.before == before is not None
    os.utime(site, ns=(0, 10**18))  # far from now: the rename's own time shows, however coarse the clock
    index.rename(site / "pagefind")
    assert sorted(joined.files) == sorted(sitelisting.site_files(site))
    assert joined.after(site) == sitelisting.listing(site, joined.files) != before
    (site / "pagefinder" / "link").symlink_to(site / "index.html")
    assert sitelisting.joined(site, tmp_path / "made", "pagefind") is None


def test_a_state_saved_with_rows_is_a_line_an_entry_and_reads_back_whole(tmp_path):
    """A large record (the pages') is read a line at a time, never as one text."""
    rows = {f"page-{n}/index.html": ["fingerprint", n, "a\0b", None] for n in range(1000)}
    state = {"format": 1, "leads": ["=a\0b"], "pages": rows}
    buildstate.save_json(tmp_path, "record.json", state, rows="pages")
    text = (tmp_path / "record.json").read_bytes()
    assert text.count(b"\n") == 1001 and json.loads(text.splitlines()[0]) == {"format": 1, "leads": ["=a\0b"]}
    assert buildstate.load_json(tmp_path / "record.json", rows="pages") == state
    (tmp_path / "record.json").write_bytes(text + b'{"page": 1}\n')  # a line that is no entry
    assert buildstate.load_json(tmp_path / "record.json", rows="pages") == {}
