"""Pages kept without being made: a rebuild makes the view data of only the
pages that read a record, source or index entry that changed, and its site is
byte-identical to a clean build of the same inputs (pageinputs.py)."""
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.init import init_project
from briefgen.views import PagePlan

from conftest import edit_file, file_tree

WIRE = """\
---
title: Wire copy of the summit report
publisher: Example Wire
---
Wire copy
On 2 March 2026, the leaders of Northland and Southland met at a summit in Riverton.
"""

SUMMIT_CLAIM = """\
          quote: "On 2 March 2026, the leaders of Northland and Southland met at a summit in Riverton."
"""

TALKS = """
- id: water-experts-2026
  name: Water experts' meeting
  countries: [southland]
  claims:
    - text: The two foreign ministers met in Riverton.
      cite:
        - source: long-river-summit
          quote: "The two foreign ministers prepared the summit at talks in Riverton"
"""


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    """The starter brief of `briefgen init`, with a second source from the same publisher."""
    root = tmp_path / "brief"
    init_project(root, "Long River", "en", "")
    (root / "seeds" / "wire.txt").write_text(WIRE, encoding="utf-8")
    edit_file(root, "content/summits.yaml", SUMMIT_CLAIM,
              SUMMIT_CLAIM + "        - source: wire\n" + SUMMIT_CLAIM.replace("          quote", "          quote"))
    assert build(root, search=False).ok
    return root


def append(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


EDITS = {
    "claim reworded": lambda root: edit_file(root, "content/forums.yaml", "A business forum opened the summit",
                                             "A business forum began the summit"),
    "record renamed": lambda root: edit_file(root, "content/organisations.yaml", "name: Long River Commission",
                                             "name: Long River Basin Commission"),
    "country renamed": lambda root: edit_file(root, "content/countries.yaml", "name: Northland", "name: North Land"),
    "place changed": lambda root: edit_file(root, "content/meetings.yaml", "place: Riverton", "place: Old Riverton"),
    "record added": lambda root: append(root, "content/meetings.yaml", TALKS),
    "record removed": lambda root: (append(root, "content/meetings.yaml", TALKS), build(root, search=False),
                                    edit_file(root, "content/meetings.yaml", TALKS, "")),
    "publisher changed": lambda root: edit_file(root, "seeds/wire.txt", "publisher: Example Wire",
                                                "publisher: Other Wire"),
    "source retitled": lambda root: edit_file(root, "seeds/long-river-summit.md",
                                              "title: Northland and Southland agree", "title: Two states agree"),
    "paragraphs moved": lambda root: edit_file(root, "seeds/long-river-summit.md", "This is an example source",
                                               "A new first paragraph.\n\nThis is an example source"),
    "quote shortened": lambda root: edit_file(root, "content/meetings.yaml",
                                              "at talks in Riverton on 28 February 2026.\"",
                                              "at talks in Riverton on 28 February 2026\""),
    "source removed": lambda root: ((root / "seeds" / "wire.txt").unlink(),
                                    edit_file(root, "content/summits.yaml", "        - source: wire\n" + SUMMIT_CLAIM, "")),
    "prose page edited": lambda root: edit_file(root, "pages/about.md", "title: About this brief",
                                                "title: About the brief"),
    "settings edited": lambda root: edit_file(root, "briefgen.toml", 'title = "Long River"', 'title = "The River"'),
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_rebuild_after_an_edit_equals_a_clean_build(brief, tmp_path, edit):
    EDITS[edit](brief)
    again = build(brief, search=False)
    assert again.ok, [d.format() for d in again.diagnostics.errors]
    assert again.reused is None
    clean = build(brief, out=tmp_path / "clean", search=False, clean=True)
    assert clean.ok
    assert file_tree(brief / "site") == file_tree(tmp_path / "clean")


@pytest.fixture
def made(monkeypatch) -> list[str]:
    """The pages whose view data a build makes, in order."""
    paths: list[str] = []
    build_page = PagePlan.build

    def counted(plan: PagePlan):
        paths.append(plan.path)
        return build_page(plan)

    monkeypatch.setattr(PagePlan, "build", counted)
    return paths


def test_a_claim_edit_makes_only_the_pages_that_show_its_words(brief, made):
    EDITS["claim reworded"](brief)
    result = build(brief, search=False)
    assert result.ok and result.kept == result.pages - 2  # the forum's page and its source's show the claim
    # Its words are shown by the forum's page and by the passage of the source it cites, never by a list.
    assert sorted(made) == ["events/long-river-business-forum-2026/index.html", "sources/long-river-summit/index.html"]


def test_a_settings_edit_makes_every_page(brief, made):
    EDITS["settings edited"](brief)
    result = build(brief, search=False)
    assert result.ok and len(made) == result.pages


def test_a_clean_build_makes_every_page(brief, made):
    result = build(brief, search=False, clean=True)
    assert result.ok and len(made) == result.pages


def test_another_babel_makes_every_page(brief, made, monkeypatch):
    """Dates and amounts are put into words by babel: another version may word them otherwise."""
    from briefgen import buildstate
    installed = buildstate.package_version
    monkeypatch.setattr(buildstate, "package_version", lambda name: "0.0-other" if name == "babel" else installed(name))
    EDITS["claim reworded"](brief)
    result = build(brief, search=False)
    assert result.ok and len(made) == result.pages


def test_a_record_added_remakes_the_lists_of_its_kind_not_those_of_others(brief, made):
    EDITS["record added"](brief)  # a meeting
    result = build(brief, search=False)
    assert result.ok
    assert "events/index.html" in made and "timeline/index.html" in made  # a meeting is an event
    assert "figures/index.html" not in made and "agreements/index.html" not in made
