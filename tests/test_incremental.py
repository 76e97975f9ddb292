"""Rebuilds: the same inputs are not built twice, and a rebuild after any
kind of change is byte-identical to a clean build of the same inputs."""
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from briefgen import pagewriter, parsepool, stages
from briefgen.build import build
from briefgen.linkcheck import check_links
from briefgen.pages import all_pages
from briefgen.views import SiteViews

from conftest import MINI, edit_file, file_tree, write_project

SECOND_SOURCE = "Second report\nOn 9 August 2024, the forum met in Astana again.\n"


def _add_source(root: Path) -> None:
    (root / "seeds" / "second.txt").write_text(SECOND_SOURCE)
    edit_file(root, "content/forums.yaml", "      cite:\n", "      cite:\n        - source: second\n"
          "          quote: \"the forum met in Astana again\"\n")


MARKDOWN_SOURCE = """\
---
title: Third report
publisher: Example Wire
---
# Third report

On 9 August 2024, *the forum* met in Astana a third time.
"""


def _add_markdown_source(root: Path) -> None:
    (root / "seeds" / "third.md").write_text(MARKDOWN_SOURCE)
    edit_file(root, "content/forums.yaml", "      cite:\n", "      cite:\n        - source: third\n"
          "          quote: \"the forum met in Astana a third time\"\n")


def _linked_template_edited(root: Path) -> None:
    """A template reached through a link inside the project: the file it leads to is edited."""
    write_project(root, {"theme/base.html": """
        {% extends "briefgen/base.html" %}
        {% block footer %}{{ super() }}<p>First footer</p>{% endblock %}
        """})
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "base.html").symlink_to("../theme/base.html")
    assert build(root, search=False).ok
    edit_file(root, "theme/base.html", "First footer", "Second footer")


CHANGES = {
    "source added": _add_source,
    "markdown source added": _add_markdown_source,
    "markdown source edited": lambda root: (_add_markdown_source(root), build(root, search=False),
                                            edit_file(root, "seeds/third.md", "title: Third report", "title: Third"),
                                            edit_file(root, "seeds/third.md", "a third time.", "a third time, again.")),
    "front matter added to a source": lambda root: edit_file(root, "seeds/article.txt", "Forum report",
                                                         "---\npublisher: Other News\n---\nForum report"),
    "source edited": lambda root: edit_file(root, "seeds/article.txt", "Forum report", "Forum report, revised"),
    # The quote still matches at the same place; the source's words shown for it changed.
    "cited passage retyped in place": lambda root: edit_file(root, "seeds/article.txt", "On 9 August 2024",
                                                             "On 9\u00a0August 2024"),
    "source deleted": lambda root: (_add_source(root), build(root, search=False),
                                    (root / "seeds" / "second.txt").unlink(),
                                    edit_file(root, "content/forums.yaml",
                                          "        - source: second\n          quote: \"the forum met in Astana again\"\n",
                                          "")),
    "fact edited": lambda root: edit_file(root, "content/forums.yaml", "The forum met in Astana on 9 August 2024.",
                                      "On 9 August 2024 the forum met in Astana."),
    "template edited": lambda root: write_project(root, {"templates/base.html": """
        {% extends "briefgen/base.html" %}
        {% block footer %}{{ super() }}<p>Edited footer</p>{% endblock %}
        """}),
    "template override removed": lambda root: (write_project(root, {"templates/base.html": """
        {% extends "briefgen/base.html" %}
        {% block footer %}{{ super() }}<p>Edited footer</p>{% endblock %}
        """}), build(root, search=False), (root / "templates" / "base.html").unlink()),
    "linked template's target edited": _linked_template_edited,
    "settings edited": lambda root: write_project(root, {"briefgen.toml": '[site]\ntitle = "Renamed brief"\n'}),
    # The interface's words, dates and amounts in German; the sources stay English.
    "language changed": lambda root: (edit_file(root, "content/sources.yaml", "publisher: Example News",
                                                "publisher: Example News\n  language: en"),
                                      write_project(root, {"briefgen.toml": '[site]\nlanguage = "de"\n'})),
    "label reworded": lambda root: write_project(root, {"briefgen.toml": '[labels]\nreferences = "Works cited"\n'}),
    "static file added": lambda root: write_project(root, {"static/CNAME": "brief.example.org\n"}),
    "static file edited": lambda root: (write_project(root, {"static/files/notes.txt": "first"}),
                                        build(root, search=False),
                                        write_project(root, {"static/files/notes.txt": "second"})),
    "static file deleted": lambda root: (write_project(root, {"static/CNAME": "brief.example.org\n"}),
                                         build(root, search=False), (root / "static" / "CNAME").unlink()),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_rebuild_after_a_change_equals_a_clean_build(tmp_path, change):
    root = write_project(tmp_path / "project", MINI)
    first = build(root, search=False)
    assert first.ok, first.diagnostics.errors
    CHANGES[change](root)
    again = build(root, search=False)
    assert again.ok, again.diagnostics.errors
    assert again.reused is None  # the change was seen
    clean = build(root, out=tmp_path / "clean", search=False, clean=True)
    assert clean.ok
    assert file_tree(root / "site") == file_tree(tmp_path / "clean")
    # The same diagnostics, but for the one about the last build itself: a claim's permalink it published moved.
    assert [d.format() for d in again.diagnostics.items if "permalink changed" not in d.message] == \
        [d.format() for d in clean.diagnostics.items]


def test_unchanged_inputs_reuse_the_last_build_and_its_warnings(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    first = build(root, search=False)
    before = file_tree(root / "site")
    again = build(root, search=False)
    assert again.ok and again.reused is not None
    assert again.summary().startswith(f"up to date: {first.pages} pages from 1 source, 2 claims verified")
    assert [d.format() for d in again.diagnostics.items] == [d.format() for d in first.diagnostics.items]
    assert file_tree(root / "site") == before


def test_an_editors_lock_link_and_swap_files_leave_the_last_build_standing(tmp_path):
    """Emacs links .#forums.yaml to nowhere while the file is open; vim writes .forums.yaml.swp and a
    test file 4913: no build reads them, so they change nothing it built."""
    root = write_project(tmp_path / "project", MINI)
    build(root, search=False)
    (root / "content" / ".#forums.yaml").symlink_to("editor@host.4242:1700000000")
    (root / "content" / ".forums.yaml.swp").write_bytes(b"b0VIM 9.0")
    (root / "seeds" / "#article.txt#").write_text("autosaved", encoding="utf-8")
    (root / "seeds" / "article.txt~").write_text("backup", encoding="utf-8")
    again = build(root, search=False)
    assert again.ok and again.reused is not None, again.summary()


def test_a_site_changed_by_hand_is_built_again(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    build(root, search=False)
    (root / "site" / "index.html").write_text("edited by hand")
    again = build(root, search=False)
    assert again.reused is None
    assert (root / "site" / "index.html").read_text() != "edited by hand"


def _same_size_and_time(page: Path, text: bytes) -> None:
    """`page` replaced by a file of the same size and modification time."""
    before = page.stat()
    twin = page.with_name("twin")
    twin.write_bytes(text[:before.st_size].ljust(before.st_size, b" "))
    os.utime(twin, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(twin, page)


def _swapped_for_a_link(page: Path, text: bytes) -> None:
    copy = page.parent.parent / "copy.html"
    copy.write_bytes(page.read_bytes())
    page.unlink()
    page.symlink_to(copy)


SITE_EDITS = {
    "a file added beside a page": lambda page, text: (page.parent / "notes.txt").write_bytes(text),
    "an empty folder added": lambda page, text: (page.parent / "drafts").mkdir(),
    "a page removed": lambda page, text: page.unlink(),
    "a page renamed": lambda page, text: page.rename(page.with_name("index.htm")),
    "a page replaced by one of the same size and time": _same_size_and_time,
    "a page swapped for a link": _swapped_for_a_link,
    "a page's folder swapped for a link": lambda page, text: (
        page.parent.rename(page.parent.with_name("moved")), page.parent.symlink_to("moved")),
}


# Edits that put something of the editor's into the site: the site is then not the build's to replace.
EDITOR_ADDS = {"a file added beside a page", "an empty folder added", "a page renamed", "a page swapped for a link",
               "a page's folder swapped for a link"}  # the last two leave the file or folder the link leads to


@pytest.mark.parametrize("edit", SITE_EDITS)
def test_a_site_changed_by_hand_in_any_way_is_built_again_or_kept(tmp_path, edit):
    """What the build remembers of its site is each file's size and time and
    each folder's time: anything added, removed, renamed or replaced shows.
    A site that lost or changed a file of the build's is built again; one
    that holds something the build did not write is refused, and kept."""
    root = write_project(tmp_path / "project", MINI)
    build(root, search=False)
    clean = file_tree(root / "site")
    page = root / "site" / "sources" / "article" / "index.html"
    SITE_EDITS[edit](page, b"<p>Edited by hand</p>")
    edited = file_tree(root / "site")
    again = build(root, search=False)
    if edit in EDITOR_ADDS:
        assert again.diagnostics.exit_code == 2 and "refusing to replace a site" in again.diagnostics.errors[0].message
        assert file_tree(root / "site") == edited
    else:
        assert again.ok and again.reused is None
        assert file_tree(root / "site") == clean


def test_other_options_are_another_build(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    build(root, search=False)
    assert build(root, search=False, base_url="https://example.org/brief/").reused is None
    assert build(root, search=False, strict=True).reused is None


def test_clean_builds_everything_again(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    build(root, search=False)
    assert build(root, search=False, clean=True).reused is None


def test_no_search_from_the_command_line_and_the_settings(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "build", "--no-search"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not (root / "site" / "pagefind").exists()
    assert (root / "site" / "search" / "index.html").is_file()  # the page stays, and says the index is not ready

    write_project(root, {"briefgen.toml": "[site]\nsearch = false\n"})
    assert build(root).ok and not (root / "site" / "pagefind").exists()
    write_project(root, {"briefgen.toml": "[site]\nsearch = \"no\"\n"})
    refused = build(root)
    assert [d.format() for d in refused.diagnostics.errors] == [
        "briefgen.toml:2:1: error: setting 'search' must be true or false\n"
        "    hint: see search in `briefgen docs configuration`"]


def test_the_command_line_says_when_nothing_changed(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    command = [sys.executable, "-m", "briefgen", "--root", str(root), "build", "--no-search"]
    subprocess.run(command, capture_output=True, check=True)
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("up to date: ")
    clean = subprocess.run(command + ["--clean"], capture_output=True, text=True)
    assert clean.stdout.startswith("built ")


def test_builds_and_checks_leave_the_garbage_collector_as_they_found_it(tmp_path):
    """A build keeps what it loads out of collections (gcpause.settle) only
    until it ends: `serve` builds again and again in one process."""
    import gc
    from briefgen.build import check
    root = write_project(tmp_path / "project", MINI)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    for _ in range(2):
        assert build(root, search=False, clean=True).ok
        assert gc.isenabled() and gc.get_freeze_count() == 0
        assert check(root).ok
        assert gc.isenabled() and gc.get_freeze_count() == 0


def test_what_a_build_made_is_freed_as_it_ends_not_left_to_the_cycle_collector(tmp_path):
    """`serve` builds again and again in one process: each build's library,
    views and sources' metadata (which the open page's ledger reads) are
    freed as the build ends, not kept in reference cycles until a full
    collection, which walks all that `serve` keeps (seconds at 10,000
    sources)."""
    import gc
    from types import MappingProxyType
    from briefgen.diagnostics import Location
    from briefgen.model import Library
    from briefgen.pageinputs import PageInputs
    from briefgen.pagereuse import Fingerprints
    from briefgen.views import SiteViews
    root = write_project(tmp_path / "mini", MINI)
    assert build(root, search=False).ok
    edit_file(root, "content/forums.yaml", "name: Astana Forum", "name: Forum 1")
    gc.collect()
    gc.disable()
    try:
        assert build(root, search=False, preview=lambda rendered: rendered(["index.html"])).ok
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = sorted(type(thing).__name__ for thing in gc.garbage
                      if isinstance(thing, (Library, SiteViews, PageInputs, Fingerprints, MappingProxyType, Location)))
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []


def test_what_an_earlier_build_kept_is_out_of_collections_from_a_builds_first_step(tmp_path, monkeypatch):
    """Before the stages, a build lists its inputs (buildstate.fingerprint):
    a full collection set off there walked everything `serve` keeps, 2 s
    at 10,000 sources before the open page was shown."""
    import gc
    from briefgen import buildstate
    frozen: list[int] = []
    fingerprint = buildstate.fingerprint

    def fingerprinting(*args, **kwargs):
        frozen.append(gc.get_freeze_count())
        return fingerprint(*args, **kwargs)

    monkeypatch.setattr(buildstate, "fingerprint", fingerprinting)
    root = write_project(tmp_path / "mini", MINI)
    kept = [[] for _ in range(1000)]  # stands for what earlier builds in this process kept
    assert build(root, search=False).ok
    assert frozen and frozen[0] >= len(kept)
    assert gc.get_freeze_count() == 0


def test_a_paused_stage_ended_by_an_error_in_a_frozen_block_leaves_what_it_made_out_of_collections():
    """Serve keeps what a reading ahead decoded when an edit ends it: the
    objects are left out of collections until the frozen block ends, so the
    collector, enabled again, does not walk them all while the rebuild waits."""
    import gc
    from briefgen.gcpause import collector_frozen, collector_paused
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector_frozen():
        before = gc.get_freeze_count()
        with pytest.raises(RuntimeError):
            with collector_paused():
                made = [[] for _ in range(1000)]
                raise RuntimeError("an edit ends it")
        assert gc.isenabled() and gc.get_freeze_count() >= before + len(made)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_page_open_while_serving_is_shown_before_the_site_is_planned(tmp_path, monkeypatch):
    """`serve` shows the pages open in a browser as soon as the brief passes
    its checks: a page of one record or source is planned alone; the site's
    plan is made for a page that lists many, and only once for it and the build."""
    root = write_project(tmp_path / "mini", MINI)
    assert build(root, search=False).ok
    edit_file(root, "content/forums.yaml", "name: Astana Forum", "name: Astana Business Forum")
    planned = []
    monkeypatch.setattr(stages, "all_pages", lambda views: planned.append(views) or all_pages(views))
    seen, shown = [], {}
    one, many = ["events/astana-forum-2024/index.html", "sources/article/index.html"], ["index.html"]

    def preview(rendered):
        for paths in (one, many):
            shown.update(made := rendered(paths))
            seen.append((sorted(made), len(planned)))

    assert build(root, search=False, preview=preview).ok
    assert seen == [(one, 0), (many, 1)] and len(planned) == 1
    assert {path: (root / "site" / path).read_bytes() for path in shown} == shown


@pytest.mark.parametrize("shown_early", [False, True])
def test_the_data_files_worker_starts_after_the_pages_shown_early(tmp_path, monkeypatch, shown_early):
    """The data files are made in a worker beside the pages: forked before
    the views for a build, after the pages it shows early for `serve`, whose
    editor waits for those; the files are the same either way."""
    monkeypatch.setattr(pagewriter, "PARALLEL_FROM", 1)  # even this brief is worth a worker (given two CPUs)
    monkeypatch.setattr(pagewriter, "SHARE_LEAST", 1)
    events: list[str] = []
    beside = parsepool.beside

    def forking(work, *args, **kwargs):
        if getattr(work, "func", None) is stages.write_others:  # not the overreach check's
            events.append("forked")
        return beside(work, *args, **kwargs)

    monkeypatch.setattr(parsepool, "beside", forking)
    monkeypatch.setattr(stages, "SiteViews", lambda *args: events.append("views") or SiteViews(*args))
    root = write_project(tmp_path / "mini", MINI)
    edit_file(root, "content/forums.yaml", "name: Astana Forum", "name: Astana Business Forum")
    preview = (lambda rendered: events.append("shown") or rendered(["index.html"])) if shown_early else None
    assert build(root, search=False, preview=preview).ok
    assert events == (["views", "shown", "forked"] if shown_early else ["forked", "views"])
    clean = build(root, out=tmp_path / "clean", search=False, clean=True)
    assert clean.ok and file_tree(root / "site") == file_tree(tmp_path / "clean")


def test_the_plan_of_the_site_is_let_go_before_the_link_check(tmp_path, monkeypatch):
    """Memory stays bounded: once every page is written, the plans of its
    pages (and what they hold) are not kept through the search index and the
    link check, whether or not a page was shown early."""
    class Plans(list):
        pass

    held: list[weakref.ref] = []

    def planning(views):
        plans = Plans(all_pages(views))
        held.append(weakref.ref(plans))
        return plans

    def checking(*args, **kwargs):
        alive.append(sum(plans() is not None for plans in held))
        return check_links(*args, **kwargs)

    monkeypatch.setattr(stages, "all_pages", planning)
    monkeypatch.setattr(stages, "check_links", checking)
    root = write_project(tmp_path / "mini", MINI)
    for was, now, preview in (("Astana Forum", "Forum 1", None),
                              ("Forum 1", "Forum 2", lambda rendered: rendered(["index.html"]))):
        alive: list[int] = []
        edit_file(root, "content/forums.yaml", f"name: {was}", f"name: {now}")
        assert build(root, search=False, preview=preview).ok
        assert alive == [0]


def test_a_quote_found_once_as_one_language_reads_numbers_is_looked_for_again_in_another(tmp_path):
    """French groups digits with spaces, so "500" in "1 500" is cut from a
    number there and the quote is found once; read in English, it is found
    twice, which the rebuild reports as a clean build does."""
    root = write_project(tmp_path / "project", {
        **MINI,
        "seeds/trade.txt": "Trade report\nExports reached 1 500 tonnes in March.\nImports reached 500 tonnes in April.\n",
        "content/sources.yaml": """
            - id: article
              alias: report
              title: Forum report
            - id: trade
              title: Trade report
              language: fr
            """,
        "content/meetings.yaml": """
            - id: trade-talks
              name: Trade talks
              countries: [kz]
              claims:
                - text: Imports reached 500 tonnes.
                  cite:
                    - source: trade
                      quote: "500 tonnes"
            """})
    assert build(root, search=False).ok
    edit_file(root, "content/sources.yaml", "language: fr", "language: en")
    again, clean = build(root, search=False), build(root, out=tmp_path / "clean", search=False, clean=True)
    assert [d.message for d in again.diagnostics.errors] == [d.message for d in clean.diagnostics.errors] == [
        "quote occurs 2 times in trade (¶2, ¶3)"]
