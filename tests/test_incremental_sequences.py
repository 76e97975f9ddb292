"""Rebuilds after long runs of mixed edits, in an order drawn at random:
after every edit the site a rebuild publishes is byte-identical to a clean
build of the same inputs, whether its pages are made in worker processes
(kept pages reported as recorded, digests shared between workers) or in
the build's own process; whether the process keeps what it decoded for
the next build (`serve`) or not, and, when it does, whether it read the
project ahead of the edit (wholly, or until the edit ended the reading);
whether claims are judged in a worker beside the other checks or not. One
edit at a time is covered by test_incremental.py and test_page_inputs.py;
this is about what one rebuild leaves for the next."""
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen import gcpause, keptobjects, overreach, pagewriter, parsepool, stages
from briefgen.build import build, open_project
from briefgen.diagnostics import Diagnostics
from briefgen.init import init_project

from conftest import file_tree


def _toggle(root: Path, relative: str, one: str, other: str) -> None:
    """Write `other` where the file holds `one`, else `one` where it holds `other`."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    if one in text:
        text = text.replace(one, other, 1)
    else:
        assert other in text, (relative, other)
        text = text.replace(other, one, 1)
    path.write_text(text, encoding="utf-8")


def _added_reports(root: Path) -> list[int]:
    return sorted(int(m.group(1)) for path in (root / "seeds").glob("report-*.txt")
                  if (m := re.fullmatch(r"report-(\d+)\.txt", path.name)))


def _add_report(root: Path) -> None:
    """A source and a meeting that cites it."""
    number = max(_added_reports(root), default=0) + 1
    (root / "seeds" / f"report-{number}.txt").write_text(
        f"Report {number}\nThe ministers met again in Riverton, for round {number} of the talks.\n",
        encoding="utf-8")
    with (root / "content" / "meetings.yaml").open("a", encoding="utf-8") as meetings:
        meetings.write(f"""
- id: round-{number}
  name: Round {number} of the talks
  type: dialogue
  countries: [northland]
  claims:
    - text: The ministers met for round {number}.
      cite:
        - source: report-{number}
          quote: "for round {number} of the talks"
""")


def _remove_report(root: Path) -> None:
    """The last report added and its meeting; a report is added when there is none."""
    reports = _added_reports(root)
    if not reports:
        _add_report(root)
        return
    number = reports[-1]
    (root / "seeds" / f"report-{number}.txt").unlink()
    meetings = root / "content" / "meetings.yaml"
    text = meetings.read_text(encoding="utf-8")
    start = text.index(f"\n- id: round-{number}\n")
    end = text.find("\n- id:", start + 1)
    meetings.write_text(text[:start] + (text[end:] if end != -1 else "\n"), encoding="utf-8")


def _shift_lines(root: Path) -> None:
    """Every record of a file moves down (or back up) by three lines."""
    _toggle(root, "content/countries.yaml", "# One record per state", "# Moved.\n\n\n# One record per state")


def _swap_countries(root: Path) -> None:
    path = root / "content" / "countries.yaml"
    text = path.read_text(encoding="utf-8")
    head, *records = re.split(r"\n(?=- id: )", text)
    path.write_text("\n".join([head, *reversed(records)]).rstrip("\n") + "\n", encoding="utf-8")


def _template(root: Path) -> None:
    override = root / "templates" / "base.html"
    if override.exists():
        override.unlink()
    else:
        override.parent.mkdir(exist_ok=True)
        override.write_text('{% extends "briefgen/base.html" %}\n{% block title %}Edited · {{ super() }}{% endblock %}\n',
                            encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {
    "claim reworded": lambda root: _toggle(root, "content/forums.yaml", "A business forum opened the summit",
                                           "A business forum began the summit"),
    "record renamed": lambda root: _toggle(root, "content/organisations.yaml", "name: Long River Commission",
                                           "name: Long River Basin Commission"),
    "second citation": lambda root: _toggle(
        root, "content/figures.yaml", '          quote: "more than 120 companies took part"\n',
        '          quote: "more than 120 companies took part"\n'
        '        - source: long-river-summit\n          quote: "The summit began with a business forum"\n'),
    "date made coarser": lambda root: _toggle(root, "content/summits.yaml", "date: 2026-03-02", "date: 2026-03"),
    "source paragraph added": lambda root: _toggle(root, "seeds/long-river-summit.md",
                                                   "Northland and Southland are invented.",
                                                   "Northland and Southland are invented.\n\nA paragraph no one cites."),
    "publisher changed": lambda root: _toggle(root, "seeds/long-river-summit.md", "publisher: Example Wire",
                                              "publisher: Other Wire"),
    "prose page edited": lambda root: _toggle(root, "pages/about.md", "title: About this brief",
                                              "title: About the brief"),
    "settings edited": lambda root: _toggle(root, "briefgen.toml", 'title = "Long River"', 'title = "The River"'),
    "report added": _add_report,
    "report removed": _remove_report,
    "lines shifted": _shift_lines,
    "countries reordered": _swap_countries,
    "template overridden or not": _template,
}


class _EditAfter:
    """An edit that ends serve's reading ahead once the reading has asked `checks` times whether to go on."""

    def __init__(self, checks: int) -> None:
        self.left = checks

    def is_set(self) -> bool:
        self.left -= 1
        return self.left < 0


def _read_ahead(root: Path, rng: random.Random) -> str:
    """As serve reads an up-to-date project while it waits for an edit:
    wholly, or until an edit comes (after a number of askings drawn at random)."""
    checks = rng.choice([None, rng.randrange(1, 60)])
    project = open_project(root, Diagnostics(root.resolve())).with_options(search=False)
    with keptobjects.abandoned_when(_EditAfter(10 ** 9 if checks is None else checks)), gcpause.collector_frozen():
        try:
            stages.read_ahead(project)
        except keptobjects.Abandoned:
            pass
    return "read ahead" if checks is None else f"read ahead until {checks} askings"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_rebuild_of_a_random_run_of_edits_equals_a_clean_build(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(pagewriter, "SHARE_LEAST", 1)
    monkeypatch.setattr(pagewriter, "SHARE_MOST", 3)
    monkeypatch.setattr(parsepool, "PARALLEL_FROM", 2)
    root = tmp_path / "brief"
    init_project(root, "Long River", "en", "")
    rng = random.Random(seed)
    assert build(root, search=False).ok
    done, kept, previewed = [], [], []
    for step in range(14):
        keeping = rng.choice([True, False])
        keptobjects.keep_between_builds(keeping)
        monkeypatch.setattr(overreach, "AHEAD_FROM", rng.choice([1, 10 ** 9]))
        read = _read_ahead(root, rng) if keeping and rng.random() < 0.5 else ""
        edit = rng.choice(sorted(EDITS))
        EDITS[edit](root)
        done.append(f"{edit} ({'kept' if keeping else 'not kept'}{', ' + read if read else ''})")
        workers = rng.choice([1, 2])
        monkeypatch.setattr(pagewriter, "worker_count", lambda pages: workers)
        # As serve asks for the pages open in a browser, shown before the site is written.
        asked = rng.sample(sorted(p.relative_to(root / "site").as_posix() for p in (root / "site").rglob("*.html")), 3)
        shown: dict[str, bytes] = {}
        again = build(root, search=False, preview=lambda rendered: shown.update(rendered(asked)))
        assert again.ok, (done, [d.format() for d in again.diagnostics.errors])
        assert {page: (root / "site" / page).read_bytes() for page in shown} == shown, done
        previewed.append(len(shown))
        kept.append(again.kept)
        # In a copy: a build of this project elsewhere would be the record the next rebuild finds.
        copy = tmp_path / f"clean-{step}"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site", ".briefgen-cache"))
        assert build(copy, search=False, clean=True).ok, done
        assert file_tree(root / "site") == file_tree(copy / "site"), done
    assert sum(kept) > 0  # pages were carried over, not all made again
    assert sum(previewed) > 0  # pages whose inputs changed were shown early


@pytest.fixture(autouse=True)
def _keeping_as_conftest_has_it():
    yield
    keptobjects.keep_between_builds()
