"""The parse cache: a rebuild parses only the sources and fact files whose
bytes changed, a cached file reports exactly what a fresh parse does, and a
damaged, planted or linked cache entry is never used (the site is the one a
clean build makes). Sources parsed in worker processes equal those parsed
in the build's own process, and an interrupted build leaves no worker behind."""
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from briefgen import facts, parsepool, sources, yamlsource
from briefgen.build import build, check
from briefgen.current import current, forget
from briefgen.diagnostics import Diagnostics
from briefgen.locatedjson import to_plain
from conftest import MINI, digests, edit_cache_entry, rebuild_with_damaged_entry, reseal_cache_entry, write_project

WIRE = """\
---
title: Wire story
publisher: Example Wire
---
# Wire story

On 9 August 2024, the forum met in *Astana*.

- More than 350 companies took part.
"""

BROKEN = {
    "seeds/unclosed.md": "---\ntitle: ok\nauthor: [unclosed\n---\nBody\n",
    "seeds/ambiguous.txt": "---\ntitle: yes\nlanguage: no\n---\nText\n",
    "seeds/latin.txt": b"fine line\ncaf\xe9 au lait\n",
    "seeds/empty.md": "---\ntitle: Empty\n---\n\n",
    "seeds/deep.md": "".join("    " * level + "- item\n" for level in range(60)),
    "seeds/open.md": "---\ntitle: never closed\n",
    "content/organisations.yaml": "- id: x\n  name: [\n",
    "content/summits.yaml": "id: not-a-list\n",
}


def project(tmp_path: Path, extra: dict | None = None, name: str = "project") -> Path:
    return write_project(tmp_path / name, {**MINI, "seeds/wire.md": WIRE, **(extra or {})})


def entries(root: Path, folder: str = "seeds") -> Path:
    return root / ".briefgen-cache" / "parsed" / folder


class Parsing:
    """Counts the parser runs: python-markdown's, and YAML's (front matter and fact files)."""

    def __init__(self, monkeypatch) -> None:
        self.markdown: list[str] = []
        self.yaml: list[str] = []
        real_blocks, real_read = sources._markdown_blocks, yamlsource.read

        def blocks(path, body, *rest):
            self.markdown.append((body.strip().splitlines() or [""])[0])
            return real_blocks(path, body, *rest)

        def read(text):  # parse reads through it too
            self.yaml.append((text.strip().splitlines() or [""])[0])
            return real_read(text)

        monkeypatch.setattr(sources, "_markdown_blocks", blocks)
        monkeypatch.setattr(yamlsource, "read", read)

    def reset(self) -> None:
        self.markdown.clear()
        self.yaml.clear()


def test_a_rebuild_parses_only_the_files_whose_bytes_changed(tmp_path, monkeypatch):
    root = project(tmp_path)
    parsing = Parsing(monkeypatch)
    assert build(root, search=False).ok
    assert parsing.markdown == ["# Wire story"]
    assert sorted(parsing.yaml) == ["- id: article", "- id: astana-forum-2024", "- id: companies", "- id: kz",
                                    "title: Wire story"]
    parsing.reset()
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("The forum met in Astana", "The forum met in Astana,"))
    again = build(root, search=False)
    assert again.ok and again.reused is None
    assert parsing.markdown == [] and parsing.yaml == ["- id: astana-forum-2024"]
    parsing.reset()
    wire = root / "seeds" / "wire.md"
    wire.write_text(wire.read_text().replace("took part.", "took part in it."))
    assert build(root, search=False).ok
    assert parsing.markdown == ["# Wire story"] and parsing.yaml == ["title: Wire story"]
    parsing.reset()
    assert build(root, search=False, clean=True).ok  # --clean parses everything again
    assert parsing.markdown == ["# Wire story"] and len(parsing.yaml) == 5


def test_entries_of_files_that_are_gone_are_removed(tmp_path):
    root = project(tmp_path)
    assert check(root).ok
    assert sorted(os.listdir(entries(root))) == ["article.txt", "wire.md"]
    assert sorted(os.listdir(entries(root, "content"))) == ["countries.yaml", "figures.yaml", "forums.yaml",
                                                            "sources.yaml"]
    (root / "seeds" / "wire.md").rename(root / "seeds" / "wire2.md")
    dead = 2 ** 22 + 1  # above the default pid_max: no process has it
    (entries(root) / f".wire.md.{dead}.tmp").write_text("left by a killed build")
    (entries(root) / f".wire.md.{os.getpid()}.tmp").write_text("a live build's")
    (entries(root) / "notes.txt").mkdir()  # not an entry briefgen wrote: left alone
    assert check(root).ok
    assert sorted(os.listdir(entries(root))) == [f".wire.md.{os.getpid()}.tmp", "article.txt", "notes.txt",
                                                 "wire2.md"]


def test_cached_files_report_exactly_what_fresh_ones_do(tmp_path, monkeypatch):
    root = project(tmp_path, BROKEN)
    first = check(root)
    shown = [d.format() for d in first.diagnostics.items]
    assert "seeds/unclosed.md:3:9: error: front matter is not valid YAML: list starting here is never closed" in \
        "\n".join(shown)
    assert any(line.startswith("seeds/ambiguous.txt:2:8: error: ambiguous YAML") for line in shown)
    assert any(line.startswith("seeds/latin.txt:2:4: error: source is not UTF-8") for line in shown)
    assert any(line.startswith("content/summits.yaml:1:1: error: a fact file must be a list") for line in shown)
    assert any(line.startswith("seeds/deep.md:51:1: error: Markdown nests more than 50") for line in shown)
    parsing = Parsing(monkeypatch)
    again = check(root)
    assert parsing.markdown == [] and parsing.yaml == []  # all of it from the cache
    assert [d.format() for d in again.diagnostics.items] == shown
    shutil.rmtree(root / ".briefgen-cache")
    assert [d.format() for d in check(root).diagnostics.items] == shown


def _forge(entry: Path) -> str:
    """The entry with its source's text changed, sealed again as briefgen seals an entry it writes."""
    text = entry.read_text(encoding="utf-8").partition("\n")[2]
    assert "Wire story" in text
    reseal_cache_entry(entry, text.replace("Wire story", "PLANTED!!!"))  # same length: the paragraphs still fit
    return entry.read_text(encoding="utf-8")


def _set_paragraphs(value):
    return lambda data: data["value"].__setitem__("paragraphs", value)


TAMPERING = {
    "truncated": lambda entry: entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2]),
    "emptied": lambda entry: entry.write_bytes(b""),
    "garbage": lambda entry: entry.write_bytes(os.urandom(300)),
    "another key": lambda entry: entry.write_text("0" * 48 + "\n" + _forge(entry).partition("\n")[2]),
    "another file's entry": lambda entry: shutil.copy(entry.parent / "article.txt", entry),
    "paragraph offsets as text": lambda entry: edit_cache_entry(entry, _set_paragraphs([["0", 5, "p"]])),
    "a paragraph past the text": lambda entry: edit_cache_entry(entry, _set_paragraphs([[0, 10 ** 6, "p"]])),
    "overlapping paragraphs": lambda entry: edit_cache_entry(entry, _set_paragraphs([[0, 8, "p"], [4, 9, "p"]])),
    "a tag that is not one": lambda entry: edit_cache_entry(entry, _set_paragraphs([[0, 4, "script"]])),
    "booleans for marks": lambda entry: edit_cache_entry(
        entry, lambda data: data["value"]["front_matter"].__setitem__("map", [True, True])),
    "a repeated key": lambda entry: edit_cache_entry(
        entry, lambda data: data["value"]["front_matter"]["items"].append(data["value"]["front_matter"]["items"][0])),
    "an error hidden": lambda entry: edit_cache_entry(entry, lambda data: data.__setitem__("value", None)),
    "a diagnostic with terminal escapes": lambda entry: edit_cache_entry(
        entry, lambda data: data.__setitem__("value", None) or data["diagnostics"].append(
            ["error", 1, 1, "\x1b[2J\rforged: error", ""])),
    "nested without end": lambda entry: entry.write_text(
        entry.read_text().partition("\n")[0] + "\n" + "[" * 200_000),
    "oversized": lambda entry: entry.write_text(entry.read_text() + " " * 400_000),
    "a folder": lambda entry: (entry.unlink(), entry.mkdir()),
    "a named pipe": lambda entry: (entry.unlink(), os.mkfifo(entry)),
}


@pytest.mark.parametrize("tampering", TAMPERING)
def test_a_damaged_cache_entry_is_ignored_and_the_site_is_that_of_a_clean_build(tmp_path, tampering):
    root = project(tmp_path)
    entry = entries(root) / "wire.md"
    good = rebuild_with_damaged_entry(root, tmp_path / "clean", entry, TAMPERING[tampering])
    assert "PLANTED" not in (root / "site" / "sources" / "wire" / "index.html").read_text()
    if tampering != "a folder":  # which briefgen does not remove: it did not make it
        assert entry.read_bytes() == good  # parsed afresh, and stored again


def test_an_entry_is_read_only_as_a_regular_file_never_through_a_link(tmp_path):
    root = project(tmp_path)
    assert check(root).ok
    entry = entries(root) / "wire.md"
    forged = _forge(entry)
    entry.write_text(forged)  # a regular file with the right key is taken as the parse: the control
    assert check(root).library.sources["wire"].text.startswith("PLANTED!!!")
    outside = tmp_path / "outside"
    outside.write_text(forged)
    entry.unlink()
    entry.symlink_to(outside)
    assert check(root).library.sources["wire"].text.startswith("Wire story")
    assert outside.read_text() == forged  # replaced, not written through
    assert entry.is_file() and not entry.is_symlink()


def test_a_cache_that_came_with_the_project_is_not_used(tmp_path):
    """A tarball or a copy of a project may carry a planted cache: entries
    are bound to the folder they were written in."""
    root = project(tmp_path)
    assert check(root).ok
    entry = entries(root) / "wire.md"
    entry.write_text(_forge(entry))
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, symlinks=True)
    assert check(copy).library.sources["wire"].text.startswith("Wire story")


@pytest.mark.parametrize("linked", [".briefgen-cache", ".briefgen-cache/parsed", ".briefgen-cache/parsed/seeds"])
def test_a_linked_cache_folder_is_neither_read_nor_written(tmp_path, linked):
    root = project(tmp_path)
    assert check(root).ok
    elsewhere = tmp_path / "elsewhere"
    shutil.move(root / linked, elsewhere)
    for entry in elsewhere.rglob("wire.md"):
        entry.write_text(_forge(entry))
    before = digests(elsewhere)
    (root / linked).symlink_to(elsewhere, target_is_directory=True)
    result = check(root)
    if linked == ".briefgen-cache":  # the whole cache folder: refused outright (test_cache_safety.py)
        assert [d.message for d in result.diagnostics.errors] == [
            f"refusing to use the cache folder: it is a symbolic link (to {elsewhere})"]
    else:
        assert result.ok
        assert result.library.sources["wire"].text.startswith("Wire story")
    assert digests(elsewhere) == before


CAN_MOUNT = shutil.which("unshare") is not None and subprocess.run(
    ["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not CAN_MOUNT, reason="needs unprivileged user namespaces (unshare -rm) to mount read-only")
@pytest.mark.parametrize("cached", [False, True])
def test_a_read_only_project_builds_with_or_without_its_cache(tmp_path, cached):
    root = project(tmp_path)
    assert build(root, out=tmp_path / "clean", search=False, clean=True).ok
    if not cached:
        shutil.rmtree(root / ".briefgen-cache")
    before = digests(root)
    command = f"{sys.executable} -m briefgen --root {root} build --no-search --out {tmp_path / 'out'}"
    done = subprocess.run(["unshare", "-rm", "sh", "-c",
                           f"mount --bind {root} {root}; mount -o remount,bind,ro {root} {root}; {command}"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert digests(tmp_path / "out") == digests(tmp_path / "clean")
    assert digests(root) == before


def test_a_fact_file_whose_aliases_repeat_much_text_is_parsed_but_not_stored(tmp_path):
    long = "x" * 2000
    text = f"- id: a\n  name: &long {long}\n" + "".join(f"- id: b{n}\n  name: *long\n" for n in range(1000))
    root = write_project(tmp_path / "project", {"content/organisations.yaml": text})
    diagnostics = Diagnostics(root)
    with facts.fact_files(root / "content", diagnostics, root, root / ".briefgen-cache") as (_, others):
        files = list(others)
    assert files[0].records == yamlsource.parse(text) and len(files[0].records) == 1001
    assert not (entries(root, "content") / "organisations.yaml").exists()


# Worker processes find a function by its module and name, so these live at the top level.
PARSE = sources.parse_source

def killed_in_a_worker(raw: bytes, suffix: str):
    if b"KILL" in raw and os.getpid() != MAIN:
        os.kill(os.getpid(), signal.SIGKILL)
    return PARSE(raw, suffix)


def failing_on_one(raw: bytes, suffix: str):
    if b"FAIL" in raw:
        raise ValueError("a parser bug")
    return PARSE(raw, suffix)


MAIN = os.getpid()


def many_sources(tmp_path: Path) -> Path:
    files = {f"seeds/s{n:02d}.md": f"---\ntitle: Story {n}\n---\n# Story {n}\n\nParagraph *{n}*.\n" for n in range(14)}
    files.update({"seeds/plain.txt": "Plain\nOne line.\n", "seeds/kill.txt": "KILL\nsecond line\n",
                  **{k: v for k, v in BROKEN.items() if k.startswith("seeds/")}})
    return write_project(tmp_path / "many", files)


def snapshot(loaded: dict, diagnostics: Diagnostics) -> tuple:
    return ({sid: (s.text, [(p.number, p.start, p.end, p.tag) for p in s.paragraphs],
                   to_plain(s.front_matter, 10 ** 9), str(s.location)) for sid, s in loaded.items()},
            [d.format() for d in diagnostics.items])


@pytest.fixture
def pools(monkeypatch) -> list:
    """Count the pools of worker processes (two, whatever the machine has)."""
    started = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    monkeypatch.setattr(parsepool, "ProcessPoolExecutor", CountedPool)
    return started


def load(root: Path, monkeypatch, parallel: bool, cache: bool = False) -> tuple:
    monkeypatch.setattr(parsepool, "PARALLEL_FROM", 0 if parallel else 10 ** 9)  # even a small project
    diagnostics = Diagnostics(root)
    loaded = sources.load_sources(root / "seeds", 100_000, diagnostics, root,
                                  root / ".briefgen-cache" if cache else None)
    return snapshot(loaded, diagnostics)


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


@linux_only
def test_sources_parsed_in_worker_processes_equal_those_parsed_here(tmp_path, monkeypatch, pools):
    root = many_sources(tmp_path)
    serial = load(root, monkeypatch, parallel=False)
    assert not pools
    assert len(serial[0]) == 17 and len(serial[1]) == 7  # ambiguous.txt is read, its refused values reported
    assert load(root, monkeypatch, parallel=True, cache=True) == serial
    assert pools == [(2,)]
    assert load(root, monkeypatch, parallel=True, cache=True) == serial  # all cached: no pool
    assert pools == [(2,)]


@linux_only
def test_a_worker_killed_midway_leaves_its_work_to_the_build(tmp_path, monkeypatch, pools):
    root = many_sources(tmp_path)
    serial = load(root, monkeypatch, parallel=False)
    monkeypatch.setattr(sources, "parse_source", killed_in_a_worker)
    assert load(root, monkeypatch, parallel=True) == serial
    assert pools


@linux_only
def test_a_parser_crash_in_a_worker_names_the_file_as_it_would_here(tmp_path, monkeypatch, pools):
    root = many_sources(tmp_path)
    (root / "seeds" / "s07.md").write_text("FAIL\n")
    monkeypatch.setattr(sources, "parse_source", failing_on_one)
    forget()
    with pytest.raises(ValueError, match="a parser bug"):
        load(root, monkeypatch, parallel=True)
    assert pools and current() == root / "seeds" / "s07.md"


PARSE_FACTS = facts.parse_fact_file


def fact_file_killed_in_a_worker(raw: bytes):
    if b"KILL" in raw and os.getpid() != MAIN:
        os.kill(os.getpid(), signal.SIGKILL)
    return PARSE_FACTS(raw)


def children() -> list[str]:
    return [pid for task in os.listdir(f"/proc/{os.getpid()}/task")
            for pid in open(f"/proc/{os.getpid()}/task/{task}/children").read().split()]


def load_both_ways(tmp_path: Path, monkeypatch, pools, first_line: str = "") -> list[tuple]:
    """What check reports of a project with broken fact files, and the site
    a valid project builds, with the fact files parsed here, then ahead in
    worker processes while the sources load; `first_line` starts the valid
    project's forums.yaml."""
    broken = project(tmp_path, {k: v for k, v in BROKEN.items() if k.startswith("content/")}, name="broken")
    forums = first_line + textwrap.dedent(MINI["content/forums.yaml"])
    valid = project(tmp_path, {"content/forums.yaml": forums}, name="valid")
    outcomes = []
    for ahead in (False, True):
        monkeypatch.setattr(facts, "AHEAD_FROM", 0 if ahead else 10 ** 9)
        for root in (broken, valid):
            shutil.rmtree(root / ".briefgen-cache", ignore_errors=True)
        reported = [d.format() for d in check(broken).diagnostics.items]
        built = build(valid, out=tmp_path / f"site-{ahead}", search=False)
        assert built.ok and reported, reported
        outcomes.append((reported, digests(tmp_path / f"site-{ahead}")))
        assert len(pools) == (2 if ahead else 0)  # one for each load: its fact files, not its few sources
        assert children() == []
    return outcomes


@linux_only
def test_fact_files_parsed_ahead_equal_those_parsed_here(tmp_path, monkeypatch, pools):
    here, ahead = load_both_ways(tmp_path, monkeypatch, pools)
    assert ahead == here


@linux_only
def test_a_worker_killed_parsing_a_fact_file_leaves_it_to_the_build(tmp_path, monkeypatch, pools):
    monkeypatch.setattr(facts, "parse_fact_file", fact_file_killed_in_a_worker)
    here, ahead = load_both_ways(tmp_path, monkeypatch, pools, first_line="# KILL\n")
    assert ahead == here


INTERRUPTED = textwrap.dedent("""\
    import os, sys, time
    from pathlib import Path
    from briefgen import parsepool, sources
    from briefgen.diagnostics import Diagnostics

    parsepool.PARALLEL_FROM, parsepool.usable_cpus = 0, lambda: 2
    real = sources.parse_source

    def slow(raw, suffix):
        time.sleep(3 if raw.startswith(b"Slow") else 0.05)
        return real(raw, suffix)

    sources.parse_source = slow
    root = Path(sys.argv[1])
    try:
        sources.load_sources(root / "seeds", 100_000, Diagnostics(root), root)
    except KeyboardInterrupt:
        children = [pid for pid in os.listdir("/proc") if pid.isdigit()
                    and open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1] == str(os.getpid())]
        print("interrupted; children left:", children, flush=True)
        sys.exit(130)
    print("finished")
    """)


def _group(pgid: int) -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        try:
            if pid.isdigit() and open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[2] == str(pgid):
                found.append(pid)
        except OSError:
            pass
    return found


@linux_only
def test_ctrl_c_stops_the_workers_and_leaves_none_behind(tmp_path):
    # One worker is busy with the slow source when Ctrl-C comes, the other
    # has finished the rest and waits for work.
    root = write_project(tmp_path / "project", {"seeds/s00.txt": "Slow story\n",
                                                **{f"seeds/s{n:02d}.txt": f"Story {n}\n" for n in range(1, 8)}})
    process = subprocess.Popen([sys.executable, "-c", INTERRUPTED, str(root)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 30
    while len(_group(process.pid)) < 3 and time.monotonic() < deadline:  # the build and its two workers
        time.sleep(0.05)
    assert len(_group(process.pid)) >= 3
    time.sleep(1)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to every process of the group
    out, err = process.communicate(timeout=60)
    assert (process.returncode, out, err) == (130, "interrupted; children left: []\n", "")
    assert _group(process.pid) == []


def _located(value) -> object:
    """A located value with every mark spelled out, to compare two of them whole."""
    if isinstance(value, yamlsource.LocatedMap):
        return ("map", tuple(value.mark), [(key, tuple(value.key_mark(key)), tuple(value.value_mark(key)),
                                            _located(item)) for key, item in value.items()])
    if isinstance(value, yamlsource.LocatedList):
        return ("list", tuple(value.mark), [(tuple(value.item_mark(index)), _located(item))
                                            for index, item in enumerate(value)])
    return (type(value).__name__, repr(value))


def _random_yaml(rng, depth: int = 0) -> str:
    scalars = ["plain", "'single quoted'", '"double \\u00e9"', "42", "-7", "3.5", "4e9", "true", "null", "~",
               "2024-08", "'yes'", "\"multi\\nline\"", "|\n  block\n  text", ">-\n  folded\n  text", "[]", "{}"]
    if depth > 3 or rng.random() < 0.3:
        return rng.choice(scalars)
    if rng.random() < 0.5:
        return "[" + ", ".join(rng.choice(scalars[:12]) for _ in range(rng.randrange(4))) + "]"
    lines = []
    for n in range(rng.randrange(1, 5)):
        value = _random_yaml(rng, depth + 1)
        if "\n" in value and not value.startswith(("|", ">")):
            value = value.replace("\n", "\n  ")
        prefix = "- " if rng.random() < 0.5 else f"k{n}: "
        lines.append(prefix + ("\n  " + value.replace("\n", "\n  ") if value.startswith(("|", ">")) is False
                               and rng.random() < 0.3 else value.replace("\n", "\n  ")))
    return "\n".join(lines)


def test_located_yaml_comes_back_from_json_with_every_mark(tmp_path):
    import random
    from briefgen.locatedjson import from_plain
    rng = random.Random(12)
    compared = 0
    for _ in range(400):
        text = _random_yaml(rng)
        try:
            value = yamlsource.parse(text)
        except yamlsource.YamlError:
            continue
        back = from_plain(json.loads(json.dumps(to_plain(value, 10 ** 6))))
        assert _located(back) == _located(value), text
        compared += 1
    assert compared > 200


def _mutations(rng, data):
    """`data` (parsed JSON) with one node replaced, removed or added."""
    copy = json.loads(json.dumps(data))
    nodes = []

    def walk(node):
        if isinstance(node, dict):
            for key in node:
                nodes.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                nodes.append((node, index))
                walk(node[index])

    walk(copy)
    if not nodes:
        return copy
    parent, key = rng.choice(nodes)
    kind = rng.randrange(4)
    if kind == 0:
        parent[key] = rng.choice([None, True, 0, -1, 2 ** 70, 1.5, float("nan"), "", "p", "x" * 50, [], {}, [1, 2],
                                  {"map": [1, 1], "items": []}, {"list": [1, 1], "items": [[1, 1, "a"]]}])
    elif kind == 1:
        del parent[key]
    elif kind == 2 and isinstance(parent, list):
        parent.append(parent[key])
    else:
        parent[key] = [parent[key]] if not isinstance(parent[key], list) else {"wrapped": parent[key]}
    return copy


@pytest.mark.parametrize("name", ["wire.md", "forums.yaml"])
def test_a_mutated_entry_is_either_well_formed_or_refused(tmp_path, name):
    """Whatever an entry holds, reading it gives a well-formed outcome or
    BadShape, never another exception."""
    import random
    from briefgen.locatedjson import BadShape
    root = project(tmp_path)
    assert check(root).ok
    folder = "seeds" if name.endswith(".md") else "content"
    key, _, body = (entries(root, folder) / name).read_text().partition("\n")
    data = json.loads(body)
    rng = random.Random(name)
    refused = 0
    for _ in range(600):
        mutated = data
        for _ in range(rng.randrange(1, 4)):
            mutated = _mutations(rng, mutated)
        text = json.dumps(mutated)
        try:
            if folder == "seeds":
                problems, source = sources._outcome(root / "seeds" / name, text, Diagnostics(root))
                if source is not None:
                    assert all(0 <= p.start < p.end <= len(source.text) for p in source.paragraphs)
            else:
                facts._outcome(text)
        except BadShape:
            refused += 1
    assert refused > 300


def test_a_refused_value_in_an_entry_without_its_error_is_not_ours(tmp_path):
    """A value YAML refused stands in the records only beside its error:
    alone, its record would fail without a word."""
    root = write_project(tmp_path / "mini", MINI)
    assert check(root).ok
    entry = root / ".briefgen-cache" / "parsed" / "content" / "countries.yaml"
    edit_cache_entry(entry, lambda data: data["value"]["records"]["items"][0][2]["items"][1].__setitem__(
        5, {"refused": True}))
    shutil.rmtree(root / ".briefgen-cache" / "checked")  # else the file is not read at all
    again = check(root)
    assert again.ok and again.library.records["kz"].name == "Kazakhstan"


def test_a_refused_front_matter_value_in_an_entry_without_its_error_is_not_ours(tmp_path):
    """As in a fact file's entry: a source's front matter holds a refused
    value only beside its error; alone, its metadata would be dropped without a word."""
    article = "---\ntitle: The forum in Astana\n---\n" + textwrap.dedent(MINI["seeds/article.txt"]).lstrip()
    root = write_project(tmp_path / "mini", {**MINI, "seeds/article.txt": article})
    assert check(root).ok
    entry = root / ".briefgen-cache" / "parsed" / "seeds" / "article.txt"
    edit_cache_entry(entry, lambda data: data["value"]["front_matter"]["items"][0].__setitem__(5, {"refused": True}))
    again = check(root)
    assert again.ok and again.library.source_meta["article"]["title"] == "The forum in Astana"


def test_an_entry_is_keyed_by_the_code_that_reads_a_markdown_source_s_html(tmp_path):
    """How a source's raw HTML reads changes its paragraphs: a cache kept
    from an older reader must not serve its reading. The key holds the code
    of the modules named in parsecache._CODE, so the reader must be in one."""
    from briefgen import parsecache
    readers = {sources._BlockText, sources._markdown_blocks, sources._report_hidden, sources._where_written}
    assert {Path(sys.modules[reader.__module__].__file__).name for reader in readers} <= set(parsecache._CODE)


@pytest.mark.parametrize("entry", ["parsed/seeds/wire.md", "parsed/content/forums.yaml", "checked/content/forums.yaml"])
def test_an_entry_a_search_and_replace_changed_is_not_used(tmp_path, entry):
    """`sed -i s/Astana/Almaty/g $(grep -rl Astana .)` reaches into the
    cache too; undone in seeds/ and content/ only (git checkout), each
    input's bytes are again those an entry was stored under, but the entry
    still says Almaty: it is not used, and the site is the clean build's."""
    root = project(tmp_path)
    assert build(root, search=False).ok
    path = root / ".briefgen-cache" / entry
    text = path.read_text(encoding="utf-8")
    assert "Astana" in text
    path.write_text(text.replace("Astana", "Almaty"), encoding="utf-8")
    figures = root / "content" / "figures.yaml"  # another file edited, so that the build is not up to date
    figures.write_text(figures.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    again = build(root, search=False)
    assert again.ok, again.diagnostics.errors
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".briefgen-cache", "site"))
    assert build(copy, search=False, clean=True).ok
    assert digests(root / "site") == digests(copy / "site")
