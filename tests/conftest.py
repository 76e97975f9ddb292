import hashlib
import json
import shutil
import signal
import textwrap
from pathlib import Path

import pytest

from briefgen import keptobjects
from briefgen.outguard import MARKER, marker_listing
from briefgen.write import Staging, finish_removals

# A suite started as a background job of a shell without job control
# inherits SIGINT ignored, and so would every build it starts: the tests
# that interrupt a build with it would see the build finish instead. A
# handler here is reset to the default in each program started (exec).
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Builds in this process follow one another as in `serve`, and keep what
# serve keeps between them; the command-line tests, each in a process of
# its own, keep nothing.
keptobjects.keep_between_builds()

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO_TESTS = Path(__file__).resolve().parent / "demo"

# The demo brief is recognised by its five seed articles: tests/demo/ asserts
# its pages, counts and quotes, so a fork with its own content skips them and
# keeps every engine test (which builds its own fixture projects).
DEMO_SEEDS = ("000_6b63e09ce1224b78", "001_169d24ce2ef1f331", "002_67d3dee2a9e37524",
              "003_71bbbec9e7f28b47", "004_c3bbcc797fb922f4")


def is_demo_brief(root: Path = REPO) -> bool:
    try:
        listed = (root / "content" / "sources.yaml").read_text(encoding="utf-8")
    except OSError:
        return False
    return all((root / "seeds" / f"{seed}.txt").is_file() and f"- id: {seed}" in listed for seed in DEMO_SEEDS)


def pytest_collection_modifyitems(config, items):
    if is_demo_brief():
        return
    skip = pytest.mark.skip(reason="tests/demo/ tests the Japan–Central Asia demo brief, and content/ and seeds/ "
                                   "hold another brief; the engine tests still run")
    for item in items:
        if DEMO_TESTS in item.path.parents:
            item.add_marker(skip)


def digests(folder: Path) -> dict[str, str]:
    """Every file under `folder`, by relative path: the sha256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rebuild_with_damaged_entry(root: Path, clean: Path, entry: Path, damage) -> bytes:
    """Build `root` clean into `clean`, `damage` its cache entry `entry`, and
    build again: the build succeeds and its site is the clean one. The
    entry's bytes before the damage."""
    from briefgen.build import build
    assert build(root, out=clean, search=False, clean=True).ok
    good = entry.read_bytes()
    damage(entry)
    again = build(root, search=False)
    assert again.ok, again.diagnostics.errors
    assert digests(root / "site") == digests(clean)
    return good


def edit_cache_entry(entry: Path, change) -> None:
    """`change` the JSON data of a cache entry (its key line, then JSON), in
    place, sealed again as briefgen seals what it writes: a forgery, not damage."""
    data = json.loads(entry.read_text(encoding="utf-8").partition("\n")[2])
    change(data)
    reseal_cache_entry(entry, json.dumps(data))


def reseal_cache_entry(entry: Path, body: str) -> None:
    """Put `body` in the cache entry `entry` under its key, with the digest of it that briefgen writes."""
    from briefgen.parsecache import sealed
    key = entry.read_text(encoding="utf-8").partition("\n")[0].partition(" ")[0]
    entry.write_bytes(sealed(key, body.encode("utf-8")))


def write_project(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create a small project: {relative path: text (dedented) or bytes}."""
    for relative, data in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data).lstrip("\n"), encoding="utf-8")
    return root


def file_tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`: relative path -> bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def digests_worked_out(monkeypatch) -> list[str]:
    """The page inputs' entries whose digest builds work out (pageinputs.py),
    as "table key", besides those of whole tables, made of their entries' digests."""
    from briefgen import pageinputs
    from briefgen.tracked import ALL
    worked_out = []
    entry = pageinputs.PageInputs._entry

    def working_out(self, table, key):
        if key is not ALL:
            worked_out.append(f"{table} {key}")
        return entry(self, table, key)

    monkeypatch.setattr(pageinputs.PageInputs, "_entry", working_out)
    return worked_out


def edit_file(root: Path, relative: str, old: str, new: str) -> None:
    """Replace the first `old` in a project file, which must hold it."""
    path = root / relative
    text = path.read_text()
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new, 1))


MINI = {
    "seeds/article.txt": """
        Forum report
        On 9 August 2024, the forum met in Astana. More than 350 companies took part.
        Japan pledged $1 billion for an airport in Uzbekistan.
        """,
    "content/sources.yaml": """
        - id: article
          alias: report
          title: Forum report
          publisher: Example News
        """,
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
          focus: true
        - id: jp
          name: Japan
          focus: true
        """,
    "content/forums.yaml": """
        - id: astana-forum-2024
          name: Astana Forum
          date: 2024-08-09
          place: Astana
          countries: [kz, jp]
          claims:
            - text: The forum met in Astana on 9 August 2024.
              cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana"
        """,
    "content/figures.yaml": """
        - id: companies
          name: Companies taking part
          amount: 350
          unit: companies
          qualifier: more-than
          event: astana-forum-2024
          countries: [kz]
          claims:
            - text: More than 350 companies took part.
              cite:
                - source: report
                  quote: "More than 350 companies took part."
        """,
}


# A second source that dates the MINI forum differently: a real disagreement.
WIRE = """\
Wire report
The forum in Astana ran on 9–12 August 2024.
Organisers later said the forum closed on 12 August 2024.
"""

DISPUTED_FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date:
    - value: 2024-08-09
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
    - value: {second}
      cite:
        - source: wire
          quote: "The forum in Astana ran on 9-12 August 2024."
  claims:
    - text: The forum met in Astana.
      cite:
        - source: article
          quote: "the forum met in Astana"
"""


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    return write_project(tmp_path / "mini", MINI)


@pytest.fixture
def make_project(tmp_path: Path):
    def make(files: dict, base: dict | None = MINI, name: str = "project") -> Path:
        merged = dict(base or {})
        merged.update(files)
        root = tmp_path / name
        shutil.rmtree(root, ignore_errors=True)
        return write_project(root, {k: v for k, v in merged.items() if v is not None})
    return make


def dated_record_brief(make_project, language: str, sentence: str, date: str, published: str = "2025-03-14",
                       kind: str = "agreement", status: str | None = None) -> Path:
    """A brief in `language` with one source of it and one record of `kind` ("agreement", id a1; or
    "meeting", m1) dated `date` (and with `status`), whose claim cites `sentence`, the source's text."""
    folder, record_id = {"agreement": ("agreements", "a1"), "meeting": ("meetings", "m1")}[kind]
    status_line = f"\n              status: {status}" if status else ""
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/source.txt": f"---\ntitle: Source\npublisher: Agency\npublished: {published}\n"
                            f"language: {language}\n---\n{sentence}\n",
        f"content/{folder}.yaml": f"""
            - id: {record_id}
              name: {kind.title()}
              date: {date}{status_line}
              claims:
                - text: "{sentence}"
                  cite:
                    - source: source
                      quote: "{sentence}"
            """,
    }, base=None)


def a_built_site(files: dict[str, bytes]) -> dict[str, bytes]:
    """`files`, with the marker a build writes beside them: it lists each of them."""
    return {**files, MARKER: marker_listing(set(files) | {MARKER})}


def publish_site(files: dict[str, bytes], out: Path) -> None:
    """A site held in memory written and swapped in, as a build publishes its pages."""
    with Staging(out) as site:
        for relative, data in sorted(files.items()):
            site.write(relative, data)
        site.publish()
    finish_removals()

def published(returncode: int, out: str, err: str) -> bool:
    """Whether a build the test meant to interrupt got its site published first (on a busy machine)."""
    return returncode == 0 or out.startswith("built ") or "the new site was published" in err
