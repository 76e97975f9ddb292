"""A rebuild keeps the last build's file of every page that would come out
the same, and renders the rest: the site is always the one a clean build
writes, and an unchanged page keeps its file (and its modification time)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import buildstate, jsontext, keptobjects, search, stages
from briefgen.build import build
from briefgen.linkcheck import summarise
from briefgen.pagereuse import LastPages

from conftest import MINI, edit_file, file_tree, write_project

FACT_EDIT = ("content/forums.yaml", "The forum met in Astana on 9 August 2024.",
             "On 9 August 2024 the forum met in Astana.")


def pages(site: Path) -> dict[str, os.stat_result]:
    return {p.relative_to(site).as_posix(): p.stat() for p in sorted(site.rglob("*.html"))}


def kept_files(before: dict[str, os.stat_result], after: dict[str, os.stat_result]) -> set[str]:
    """Pages whose file is the very file of the last build."""
    return {path for path, info in after.items()
            if path in before and (info.st_ino, info.st_mtime_ns) == (before[path].st_ino, before[path].st_mtime_ns)}


def rebuilt_equals_clean(root: Path, tmp_path: Path, **options) -> None:
    clean = build(root, out=tmp_path / "clean", search=False, clean=True, **options)
    assert clean.ok, clean.diagnostics.errors
    assert file_tree(root / "site") == file_tree(tmp_path / "clean")


@pytest.fixture
def built(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    first = build(root, search=False)
    assert first.ok and first.kept == 0, first.diagnostics.errors
    return root


def test_a_fact_edit_renders_only_the_pages_that_show_it(built, tmp_path):
    before_bytes, before = file_tree(built / "site"), pages(built / "site")
    edit_file(built, *FACT_EDIT)
    again = build(built, search=False)
    assert again.ok and again.reused is None
    after, after_bytes = pages(built / "site"), file_tree(built / "site")
    kept = kept_files(before, after)
    changed = {path for path in after if after_bytes[path] != before_bytes[path]}
    assert changed and changed.isdisjoint(kept)  # the forum's page shows the claim: rendered
    assert "404.html" in kept and "events/astana-forum-2024/index.html" not in kept
    assert again.kept == len(kept) and 0 < again.kept < again.pages
    assert again.summary().endswith(f"; {again.kept} of them unchanged, kept from the last build")
    rebuilt_equals_clean(built, tmp_path)


def test_clean_renders_every_page(built):
    before = pages(built / "site")
    again = build(built, search=False, clean=True)
    assert again.ok and again.kept == 0 and "kept" not in again.summary()
    assert kept_files(before, pages(built / "site")) == set()


def test_a_page_changed_by_hand_is_rendered_again(built, tmp_path):
    (built / "site" / "404.html").write_text("edited by hand")
    edit_file(built, *FACT_EDIT)
    assert build(built, search=False).ok
    rebuilt_equals_clean(built, tmp_path)


def test_a_template_edit_renders_the_pages_that_use_it(built, tmp_path):
    before = pages(built / "site")
    write_project(built, {"templates/404.html": '{% extends "briefgen/404.html" %}\n'})
    again = build(built, search=False)
    assert again.ok
    after = pages(built / "site")
    assert set(after) - kept_files(before, after) == {"404.html"}
    rebuilt_equals_clean(built, tmp_path)

    write_project(built, {"templates/base.html": '{% extends "briefgen/base.html" %}\n'})
    again = build(built, search=False)
    assert again.ok and again.kept == 0  # every page extends base.html
    rebuilt_equals_clean(built, tmp_path)


def test_another_output_folder_or_address_keeps_nothing_it_should_not(built, tmp_path):
    other = build(built, out=tmp_path / "other", search=False)
    assert other.ok and other.kept == 0
    moved = build(built, search=False, base_url="https://example.org/brief/")
    assert moved.ok
    assert "index.html" not in kept_files(pages(tmp_path / "other"), pages(built / "site"))
    rebuilt_equals_clean(built, tmp_path, base_url="https://example.org/brief/")


def _record(root: Path) -> Path:
    return root / ".briefgen-cache" / "pages.json"


def _state(root: Path) -> dict:
    """The record as its JSON Lines give it: a head line, then a line a page."""
    return jsontext.read_lines(_record(root).read_bytes().splitlines(), "pages")


def _write_state(root: Path, state: dict) -> None:
    _record(root).write_bytes(b"".join(jsontext.lines(state, "pages")))


def _damage_entries(root: Path, change) -> None:
    state = _state(root)
    for entry in state["pages"].values():
        change(entry)
    _write_state(root, state)


DAMAGE = {
    "not JSON": lambda root: _record(root).write_text("{not json"),
    "a list": lambda root: _record(root).write_text("[]"),
    "another format": lambda root: _write_state(root, {**_state(root), "format": 99}),
    "one object": lambda root: _record(root).write_text(json.dumps(_state(root))),
    "a line not a page": lambda root: _record(root).write_text(_record(root).read_text() + "[1, 2]\n"),
    "leads out of range": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "1," + str(10 ** 9))),
    "leads not numbers": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "1,x")),
    "leads negative": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "-1")),
    "leads in other digits": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "\u0661")),
    "leads with a leading zero": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "01")),
    "leads with an empty number": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, "1,,2")),
    "leads as a list": lambda root: _damage_entries(root, lambda e: e.__setitem__(5, [0])),
    "ids not text": lambda root: _damage_entries(root, lambda e: e.__setitem__(6, [1, 2])),
    "entries cut short": lambda root: _damage_entries(root, lambda e: e.__delitem__(slice(3, None))),
    "sizes as text": lambda root: _damage_entries(root, lambda e: e.__setitem__(1, "12")),
    "a folder": lambda root: (_record(root).unlink(), _record(root).mkdir()),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_record_of_pages_renders_them_again(built, tmp_path, damage):
    DAMAGE[damage](built)
    os.utime(built / "content" / "forums.yaml")  # the inputs differ in their times only: still built again
    edit_file(built, *FACT_EDIT)
    again = build(built, search=False)
    assert again.ok and again.kept == 0, again.diagnostics.items
    rebuilt_equals_clean(built, tmp_path)


def test_a_record_that_is_a_link_is_not_read(built, tmp_path):
    elsewhere = tmp_path / "elsewhere.json"
    shutil.move(_record(built), elsewhere)
    _record(built).symlink_to(elsewhere)
    edit_file(built, *FACT_EDIT)
    again = build(built, search=False)
    assert again.ok and again.kept == 0
    rebuilt_equals_clean(built, tmp_path)


def test_a_page_reached_through_a_linked_folder_is_not_kept(built, tmp_path):
    """The file may be the one the last build wrote, moved: a link in the
    site leads outside it, and nothing is taken from there."""
    site = built / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.move(site / "sources", outside / "sources")  # same file system: the same files
    (site / "sources").symlink_to(outside / "sources")
    moved = {p.stat().st_ino for p in (outside / "sources").rglob("*.html")}
    edit_file(built, *FACT_EDIT)
    again = build(built, search=False)
    assert again.ok, again.diagnostics.items
    assert moved.isdisjoint(info.st_ino for info in pages(site).values())
    assert (outside / "sources" / "index.html").is_file()  # left where it is
    rebuilt_equals_clean(built, tmp_path)


def test_moving_entries_within_a_fact_file_renders_no_page(built):
    """Where a source's entry or a record stands in its file is for
    diagnostics, never shown: a comment above them changes no page."""
    for name in ("sources.yaml", "forums.yaml"):
        path = built / "content" / name
        path.write_text("# reviewed\n" + path.read_text())
    again = build(built, search=False)
    assert again.ok and again.reused is None
    assert again.kept == again.pages


def test_the_record_of_where_links_lead_grows_with_the_site_not_with_its_history(built, tmp_path):
    """Each rename of the forum leaves the leads to its old page unused: the
    table drops them once they are a quarter of it, and the pages kept
    since still name their leads right."""
    def table() -> tuple[int, int]:
        state = _state(built)
        used = {n for entry in state["pages"].values() if entry[5] for n in entry[5].split(",")}
        assert all(int(n) < len(state["leads"]) for n in used)
        return len(state["leads"]), len(used)

    size, used = table()
    assert size == used
    compacted = False
    for step in range(1, 9):
        old, new = f"astana-forum-{2023 + step}", f"astana-forum-{2024 + step}"
        edit_file(built, "content/forums.yaml", f"id: {old}", f"id: {new}")
        edit_file(built, "content/figures.yaml", f"event: {old}", f"event: {new}")
        assert build(built, search=False).ok
        size, used = table()
        assert size - used <= size // 4
        compacted |= size < used + step
    assert compacted
    rebuilt_equals_clean(built, tmp_path)
    state = _state(built)
    for path, entry in state["pages"].items():
        recorded = [state["leads"][int(n)] for n in entry[5].split(",")] if entry[5] else []
        assert recorded == list(summarise(path, (built / "site" / path).read_bytes(), "").leads), path


def test_a_rebuild_leaves_nothing_of_the_last_site_open_whether_it_succeeds_or_fails(built, tmp_path):
    """serve rebuilds for hours in one process: the folders of the last site
    opened to keep its pages are closed after every build, failed or not."""
    def open_descriptors() -> set[str]:
        return {os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                if os.path.exists(f"/proc/self/fd/{fd}")}

    site = str(built / "site")
    before = {name for name in open_descriptors() if not name.startswith(site)}
    edit_file(built, *FACT_EDIT)
    kept = build(built, search=False)
    assert kept.ok and kept.kept > 0
    (built / "templates").mkdir(exist_ok=True)
    (built / "templates" / "404.html").write_text("{{ nothing.here }}\n")  # the last page in order fails
    edit_file(built, FACT_EDIT[0], FACT_EDIT[2], FACT_EDIT[1])
    assert not build(built, search=False).ok
    after = open_descriptors()
    assert not [name for name in after if name.startswith(site) or ".site-" in name]
    assert after - before <= {name for name in after if name.startswith(("pipe:", "socket:", "anon_inode:"))}


def test_a_page_made_lets_go_of_its_entry_unless_the_record_is_kept_for_the_next_build(built):
    """One build holds the last record and the new one a page at a time; a
    process that builds again (`serve`) keeps the last as it was read, for a
    build after a failed one."""
    cache, out = built / ".briefgen-cache", built / "site"
    last = LastPages(cache, out)  # the record this process saved, kept (conftest.py: it builds again)
    last.done("index.html")
    assert last.recorded_size("index.html") > 0 and LastPages(cache, out).recorded_size("index.html") > 0
    keptobjects.keep_between_builds(False)  # a process that builds once: the record is read from its file
    try:
        copy = cache / "copy"
        copy.write_bytes((cache / "pages.json").read_bytes())
        os.replace(copy, cache / "pages.json")
        last = LastPages(cache, out)
        assert last.recorded_size("index.html") > 0
        last.done("index.html")
        assert last.recorded_size("index.html") == 0
    finally:
        keptobjects.keep_between_builds()  # as conftest.py has it


@pytest.fixture
def builds_once():
    """This process as the command line's: it keeps nothing for a next build."""
    keptobjects.keep_between_builds(False)
    yield
    keptobjects.keep_between_builds()  # as conftest.py has it


def records_while(cache: Path, monkeypatch, module, name: str) -> dict[str, dict[str, bytes]]:
    """What the cache holds of the record of pages each time `module.name` is called."""
    seen: dict[str, dict[str, bytes]] = {}
    real = getattr(module, name)

    def noting(*arguments, **options):
        seen["aside"] = {path.name: path.read_bytes() for path in cache.glob(".pages.json.*")}
        seen["in place"] = {"pages.json": (cache / "pages.json").read_bytes()}
        return real(*arguments, **options)

    monkeypatch.setattr(module, name, noting)
    return seen


@pytest.mark.parametrize("searching", [True, False])
def test_a_build_writes_its_record_ahead_and_puts_it_in_place_once_published(built, monkeypatch, builds_once,
                                                                             searching):
    """Every page made, the record is written beside its place and let go
    of, rather than held while Pagefind runs and links are checked (36 MB at
    10,000 sources, the build's peak); the last record stands until the
    new site is published."""
    cache = built / ".briefgen-cache"
    assert build(built, search=searching).ok
    last = (cache / "pages.json").read_bytes()
    seen = records_while(cache, monkeypatch, *((search, "_index") if searching else (stages, "check_links")))
    edit_file(built, *FACT_EDIT)
    result = build(built, search=searching)
    assert result.ok and result.kept > 0, result.diagnostics.errors
    written = seen["aside"]
    assert list(written) == [f".pages.json.{os.getpid()}"] and seen["in place"]["pages.json"] == last
    assert (cache / "pages.json").read_bytes() == written[f".pages.json.{os.getpid()}"] != last
    assert list(cache.glob(".pages.json.*")) == []
    before = pages(built / "site")
    edit_file(built, FACT_EDIT[0], FACT_EDIT[2], FACT_EDIT[1])
    again = build(built, search=searching)  # it reads the record put in place
    assert again.ok and again.kept > 0 and "404.html" in kept_files(before, pages(built / "site"))


def test_a_process_that_builds_again_keeps_its_record_and_saves_it_once_published(built, monkeypatch):
    """`serve` publishes first, so that open pages reload at once, and keeps the record for its next build."""
    cache = built / ".briefgen-cache"
    seen = records_while(cache, monkeypatch, stages, "check_links")
    edit_file(built, *FACT_EDIT)
    assert build(built, search=False).ok
    assert seen["aside"] == {}
    assert buildstate.load_json(cache / "pages.json", kept=True) is buildstate.load_json(cache / "pages.json", kept=True)


def test_a_build_failing_after_writing_its_record_ahead_leaves_the_last_record(built, monkeypatch, builds_once):
    cache = built / ".briefgen-cache"
    last = (cache / "pages.json").read_bytes()

    def failing(*arguments):
        raise search.SearchIndexError("pagefind failed: out of memory")

    monkeypatch.setattr(search, "_index", failing)
    edit_file(built, *FACT_EDIT)
    result = build(built)
    assert not result.ok and "search index failed: pagefind failed: out of memory" in result.diagnostics.errors[0].format()
    assert (cache / "pages.json").read_bytes() == last
    assert list(cache.glob(".pages.json.*")) == []


def test_what_an_ended_process_left_beside_a_cache_file_is_removed_and_nothing_else(built):
    cache = built / ".briefgen-cache"
    ended = subprocess.Popen([sys.executable, "-c", ""])
    ended.wait()  # its pid is no process's now
    ended_pid = ended.pid
    (cache / f".pages.json.{ended_pid}").write_text("half a record", encoding="utf-8")  # a build killed
    (cache / f".pages.json.{os.getppid()}").write_text("being written", encoding="utf-8")  # a process still there
    (cache / ".pages.json.notes").write_text("an editor's", encoding="utf-8")
    edit_file(built, *FACT_EDIT)
    assert build(built, search=False).ok
    assert sorted(path.name for path in cache.glob(".pages.json.*")) == sorted(
        [f".pages.json.{os.getppid()}", ".pages.json.notes"])


def test_a_record_of_pages_naming_a_table_this_code_does_not_know_is_not_taken(built, tmp_path):
    """A page's record of what it read, written by another version of briefgen (a table renamed since,
    'dated_in' for 'on_timeline') or damaged, ended the next build in 'internal error: no digest for table'."""
    from briefgen.tracked import KEY_END, SEPARATOR
    _damage_entries(built, lambda e: e.__setitem__(8, SEPARATOR.join([f"no-such-table{KEY_END}kz",
                                                                      *filter(None, [e[8]])])))
    edit_file(built, *FACT_EDIT)
    again = build(built, search=False)
    assert again.ok, [d.format() for d in again.diagnostics.items]
    rebuilt_equals_clean(built, tmp_path)
