"""The checked-records cache: a rebuild neither parses nor checks a fact file
whose bytes passed every check before, takes records equal to those a fresh
check gives, checks a file afresh when a source its citations name went or
moved, and never uses a damaged entry (the site is the one a clean build
makes)."""
import json
import random
import shutil
import weakref
from pathlib import Path

import pytest

from briefgen import factcheck, factchunks, facts, recordjson, yamlsource
from briefgen.build import build, check
from briefgen.diagnostics import Diagnostics
from briefgen.facts import fact_files
from briefgen.factcheck import check_fact_files, taking
from briefgen.locatedjson import BadShape
from briefgen.schema import KINDS, fields_of
from conftest import MINI, digests, edit_cache_entry, rebuild_with_damaged_entry, reseal_cache_entry, write_project

# Every kind of field a record or a dispute can have, each written the long way round.
RICH = {
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
          type: country
          group: Central Asia
          focus: true
          claims:
            - id: kz-energy
              text: Kazakhstan signed an energy memorandum.
              cite:
                - source: report
                  quote: signed a memorandum
                  prefix: "Japan "
                  suffix: " on energy"
                  translation: a memorandum was signed
        - id: jp
          name: Japan
        """,
    "content/organisations.yaml": """
        - id: jica
          name: JICA
          type: agency
          country: jp
          countries: [kz]
        """,
    "content/summits.yaml": """
        - id: summit-2024
          name: Summit
          date: 2024-08-09/2024-08-12
          status:
            - value: planned
              cite:
                - source: wire
                  quote: The summit was planned for August 2024.
            - value: held
              cite:
                - source: article
                  quote: The summit was held in Astana
          place: Astana
          type: summit
          countries: [kz, jp]
          organisations: [jica]
          people: [Fumio Kishida, Kassym-Jomart Tokayev]
          claims:
            - text: The summit was held in Astana.
              cite:
                - {source: article, quote: The summit was held in Astana}
        """,
    "content/forums.yaml": """
        - id: forum-2024
          name: Forum
          date:
            - value: 2024-08-09
              cite:
                - source: article
                  quote: On 9 August 2024, the forum met in Astana.
            - value: 2024-08
              cite:
                - source: wire
                  quote: The forum in Astana ran in August 2024.
          part_of: summit-2024
          claims:
            - text: The forum met in Astana.
              cite:
                - source: article
                  quote: the forum met in Astana
        """,
    "content/agreements.yaml": """
        - id: memo
          name: Energy memorandum
          type: memorandum
          date: 2024
          event: summit-2024
          parties: [kz, jp]
          topics: [energy, transport]
          countries: [kz]
          claims:
            - text: A memorandum was signed.
              cite:
                - source: article
                  quote: signed a memorandum
        """,
    "content/figures.yaml": """
        - id: pledge
          name: Pledge
          type: pledge
          amount:
            - value: 1000000000
              cite:
                - source: article
                  quote: Japan pledged $1 billion
            - value: 1.5e9
              cite:
                - source: wire
                  quote: $1.5 billion
          currency: USD
          qualifier: about
          equivalent: {amount: 150000000000, currency: JPY}
          period: 5 years
          date: 2024-08
          by: [jp]
          to: [kz]
          event: summit-2024
          agreement: memo
          countries: [kz]
          claims:
            - text: Japan pledged about $1 billion.
              cite:
                - source: article
                  quote: Japan pledged $1 billion
        - id: companies
          name: Companies
          amount: 350
          unit: companies
          claims:
            - text: More than 350 companies took part.
              cite:
                - source: article
                  quote: More than 350 companies took part.
        """,
    "content/disputes.yaml": """
        - id: forum-length
          question: How long did the forum run?
          positions:
            - record: forum-2024
              text: One day.
              cite:
                - source: article
                  quote: On 9 August 2024, the forum met in Astana.
            - record: forum-2024
              text: Through August.
              cite:
                - source: wire
                  quote: The forum in Astana ran in August 2024.
          resolution:
            id: settled
            text: The forum opened on 9 August.
            cite:
              - source: article
                quote: On 9 August 2024
        - id: pledge-amount
          question: How much was pledged?
        """,
}
SOURCE_IDS = {"article": "article", "report": "article", "wire": "wire"}


def checked(root: Path, reuse: bool = True, source_ids: dict | None = None):
    diagnostics = Diagnostics(root)
    with taking(root / ".briefgen-cache", reuse=reuse) as take, \
            fact_files(root / "content", diagnostics, root, root / ".briefgen-cache", reuse=reuse, take=take) as (_, others):
        files = list(others)
        result = check_fact_files(files, source_ids or SOURCE_IDS, diagnostics, frozenset(), root / ".briefgen-cache",
                                  reuse=reuse)
    return files, result, diagnostics


def entries(root: Path) -> Path:
    return root / ".briefgen-cache" / "checked" / "content"


def test_records_taken_from_the_cache_equal_those_checked_afresh(tmp_path):
    root = write_project(tmp_path / "rich", RICH)
    files, fresh, diagnostics = checked(root, reuse=False)
    assert not diagnostics and all(f.checked is None for f in files)
    files, taken, diagnostics = checked(root)
    assert not diagnostics and all(f.checked is not None and not f.records for f in files)
    assert taken == fresh  # every value, citation and location
    for mine, theirs in zip(taken.records, fresh.records):  # in the order the file gives them, too
        assert list(mine.fields.items()) == list(theirs.fields.items())
        assert list(mine.field_locations.items()) == list(theirs.field_locations.items())
    shown = {type(value) for r in taken.records for value in r.fields.values()}
    assert shown >= {str, bool, tuple} and taken.disputes[0].resolution.id == "settled"
    # The fixture uses every type of field a fact file other than sources.yaml can have.
    used = {fields_of(file.stem)[name].type for file in files for chunk in file.checked for plain in chunk.items
            if KINDS[file.stem][0] != "dispute" for name, _ in plain[4]}
    every = {f.type for stem in KINDS if stem not in ("sources", "disputes") for f in fields_of(stem).values()}
    assert used | {"slug", "text", "claims"} == every  # id, name and claims are the record's own


def cite_keys(result) -> list[tuple[str, str, str]]:
    return [(c.source, c.quote, c.key) for r in result.records for c in r.cites] + \
        [(c.source, c.quote, c.key) for d in result.disputes for p in d.positions for c in p.cites]


@pytest.mark.parametrize("resolved", [SOURCE_IDS, {**SOURCE_IDS, "report": "wire"}, {**SOURCE_IDS, "report": "report"},
                                      {**SOURCE_IDS, "article": "wire", "report": "wire"}],
                         ids=["same sources", "alias names another source", "alias is now a source's own name",
                              "source's name is now another's alias"])
def test_citations_taken_from_the_cache_have_the_keys_made_afresh(tmp_path, resolved):
    """A citation's key (its permalink) is made of the source it resolves to:
    kept with the citation, it stands only while the name written is that source's own."""
    root = write_project(tmp_path / "rich", RICH)
    checked(root, reuse=False)
    files, taken, diagnostics = checked(root, source_ids=resolved)
    assert not diagnostics and all(f.checked is not None for f in files)
    _, fresh, _ = checked(root, reuse=False, source_ids=resolved)
    assert cite_keys(taken) == cite_keys(fresh)
    assert resolved["report"] in {source for source, _, _ in cite_keys(taken)}  # the alias is cited


def test_records_share_field_names_and_references_whether_checked_or_taken(tmp_path):
    """A brief holds hundreds of thousands of these: equal ones are one object."""
    root = write_project(tmp_path / "rich", RICH)
    for reuse in (False, True):
        _, result, _ = checked(root, reuse=reuse)
        records = {r.id: r for r in result.records}
        summit, memo, jica = records["summit-2024"], records["memo"], records["jica"]
        assert summit.refs("countries")[0] is memo.refs("countries")[0] is jica.refs("countries")[0] == "kz"
        names = {key: key for key in memo.field_locations}
        assert all(names[key] is key for key in summit.field_locations if key in names)
        assert "countries[0]" in names and "name" in names
        assert summit.alternatives("date")[0].location == summit.field_locations["date"]
        assert summit.claims[0].location == summit.field_locations["claims[0]"]
        assert summit.field_locations["claims[0]"].path == "content/summits.yaml"
        with pytest.raises(KeyError):
            summit.field_locations["claims[9]"]
        assert summit.field_locations.get("claims[9]") is None and "claims[9]" not in summit.field_locations
        date = summit.alternatives("date")[0]
        parts = (summit, summit.claims[0], summit.claims[0].cites[0], date, date.value, date.value.start)
        assert not any(hasattr(part, "__dict__") for part in parts)  # no dict beside each one's fields
        assert summit.cites[0] is summit.claims[0].cites[0] and len(summit.claims[0].cites[0].key) == 10


def test_a_rebuild_checks_only_the_fact_files_whose_bytes_changed(tmp_path, monkeypatch):
    root = write_project(tmp_path / "mini", MINI)
    checking = []
    real = factcheck.check_file
    monkeypatch.setattr(factcheck, "check_file", lambda file, checker: checking.append(file.stem) or real(file, checker))
    assert build(root, search=False).ok
    assert sorted(checking) == ["countries", "figures", "forums"]
    assert sorted(p.name for p in entries(root).iterdir()) == ["countries.yaml", "figures.yaml", "forums.yaml"]
    checking.clear()
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("The forum met in Astana", "The forum met in Astana,"))
    assert build(root, search=False).ok
    assert checking == ["forums"]
    assert build(root, out=tmp_path / "clean", search=False, clean=True).ok
    assert digests(root / "site") == digests(tmp_path / "clean")
    checking.clear()
    (root / "content" / "countries.yaml").unlink()  # its records go, and so does its entry
    assert not build(root, search=False).ok
    assert checking == [] and sorted(p.name for p in entries(root).iterdir()) == ["figures.yaml", "forums.yaml"]


@pytest.mark.parametrize("change", ["alias renamed", "alias moved", "source removed"])
def test_a_file_is_checked_afresh_when_a_source_it_cites_went_or_moved(tmp_path, change):
    """figures.yaml cites the article by its alias, 'report'; its bytes stay the same."""
    root = write_project(tmp_path / "mini", {**MINI, "seeds/wire.txt": "Wire\nThe forum met in Astana.\n"})
    assert build(root, search=False).ok
    described = root / "content" / "sources.yaml"
    if change == "alias renamed":
        described.write_text(described.read_text().replace("alias: report", "alias: rep"))
    elif change == "alias moved":
        described.write_text(described.read_text().replace("  alias: report\n", "")
                             + "- id: wire\n  alias: report\n  title: Wire\n")
    else:
        described.write_text(described.read_text().replace("alias: report", "alias: article-report"))
        (root / "seeds" / "wire.txt").unlink()
    again = check(root)
    shown = [d.format() for d in again.diagnostics.items]
    assert not again.ok
    shutil.rmtree(root / ".briefgen-cache")
    assert [d.format() for d in check(root).diagnostics.items] == shown
    if change != "alias moved":
        assert "content/figures.yaml:11:19: error: unknown source 'report'" in "\n".join(shown)


def test_a_file_with_a_problem_is_not_stored_and_reports_it_every_time(tmp_path):
    root = write_project(tmp_path / "mini", MINI)
    figures = root / "content" / "figures.yaml"
    figures.write_text(figures.read_text().replace("unit: companies", "unit: companies\n  colour: red"))
    first = [d.format() for d in check(root).diagnostics.items]
    assert any("unknown field 'colour'" in line for line in first)
    assert not (entries(root) / "figures.yaml").exists() and (entries(root) / "forums.yaml").exists()
    assert [d.format() for d in check(root).diagnostics.items] == first


def _record(change):
    """A change to the first record of the entry: [bytes digest, [[item digest, line, [record, …]], …]]."""
    return lambda entry: edit_cache_entry(entry, lambda data: change(data[1][0][2][0]))


TAMPERING = {
    "truncated": lambda entry: entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2]),
    "garbage": lambda entry: entry.write_bytes(b"\xff" * 300),
    "a mapping for records": lambda entry: reseal_cache_entry(entry, '{"a": 1}'),
    "a record that is text": lambda entry: edit_cache_entry(entry, lambda data: data[1][0][2].__setitem__(0, "x" * 7)),
    "a chunk at line 0": lambda entry: edit_cache_entry(entry, lambda data: data[1][0].__setitem__(1, 0)),
    "another file's digest": lambda entry: edit_cache_entry(entry, lambda data: data.__setitem__(0, "0" * 48)),
    "a number for a name": _record(lambda record: record.__setitem__(3, 5)),
    "an id that is not one": _record(lambda record: record.__setitem__(2, "<script>")),
    "an unknown field": _record(lambda record: record[4].append(["colour", "red"])),
    "an amount that is not a number": _record(lambda record: record[4][0].__setitem__(1, [["NaN", [], 1, 1]])),
    "an amount beyond any": _record(lambda record: record[4][0].__setitem__(1, [["1e30", [], 1, 1]])),
    "a claim without citations": _record(lambda record: record[5][0].__setitem__(6, [])),
    "a negative line": _record(lambda record: record.__setitem__(0, -1)),
    "a field placed twice": _record(lambda record: (record[6][0].append(record[6][0][0]), record[6][1].extend([1, 1]))),
    "a field without its column": _record(lambda record: record[6][1].pop()),
    "a field's line that is true": _record(lambda record: record[6][1].__setitem__(0, True)),
    "a field's column below zero": _record(lambda record: record[6][1].__setitem__(-1, -3)),
    "a field's line that is a fraction": _record(lambda record: record[6][1].__setitem__(0, 2.0)),
    "a number for a field's name": _record(lambda record: record[6][0].__setitem__(0, 5)),
    "a choice that is not one": _record(lambda record: record[4].append(["qualifier", "roughly"])),
}


@pytest.mark.parametrize("tampering", TAMPERING)
def test_a_damaged_entry_is_ignored_and_the_site_is_that_of_a_clean_build(tmp_path, tampering):
    root = write_project(tmp_path / "mini", MINI)
    entry = entries(root) / "figures.yaml"
    good = rebuild_with_damaged_entry(root, tmp_path / "clean", entry, TAMPERING[tampering])
    assert entry.read_bytes() == good  # checked afresh, and stored again


def _mutated(rng: random.Random, plain):
    copy = json.loads(json.dumps(plain))
    nodes = []

    def walk(value):
        if isinstance(value, list):
            for index, item in enumerate(value):
                nodes.append((value, index))
                walk(item)

    walk(copy)
    parent, index = rng.choice(nodes)
    parent[index] = rng.choice([None, True, 0, -1, 2 ** 70, 1.5, "", "p", "x y", [], {}, [1, 2], ["a", 1, 1]])
    return copy


def test_whatever_an_entry_holds_reading_it_gives_records_or_refuses(tmp_path):
    """Never another exception, and nothing checking could not have given."""
    root = write_project(tmp_path / "rich", RICH)
    checked(root, reuse=False)
    files, _, _ = checked(root)
    rng = random.Random(7)
    refused = 0
    for _ in range(1500):
        file = rng.choice(files)
        chunk = rng.choice(file.checked)
        try:
            items = recordjson.from_plain(file.stem, _mutated(rng, chunk.items), "x", SOURCE_IDS, chunk.start - 1)
        except (BadShape, recordjson.Unresolved):
            refused += 1
            continue
        for record in items if KINDS[file.stem][0] != "dispute" else ():
            assert isinstance(record.id, str) and isinstance(record.name, str) and record.name
            assert all(claim.cites for claim in record.claims)
    assert refused > 1000


FORUMS = """\
# Forums of the brief
- id: astana-forum-2024
  name: First forum
  date: 2024-08-09
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"

- id: undated-forum
  name: Undated forum
  claims:
    - text: More than 350 companies took part.
      cite:
        - source: article
          quote: More than 350 companies took part.
"""


def test_an_edited_file_is_parsed_and_checked_only_in_the_items_that_changed(tmp_path, monkeypatch):
    root = write_project(tmp_path / "mini", {**MINI, "content/forums.yaml": FORUMS})
    forums = root / "content" / "forums.yaml"
    first = check(root)
    assert first.ok
    assert [d.format().splitlines()[0] for d in first.diagnostics.warnings] == [
        "content/forums.yaml:11:7: warning: forum 'undated-forum' has no date, so the timeline lists it apart, "
        "under 'date not reported', and the home page leaves it out"]
    parsed = []
    real = yamlsource.read  # parse reads through it too
    monkeypatch.setattr(yamlsource, "read", lambda text: parsed.append(text.splitlines()[0]) or real(text))
    # Two lines more in the first item: the second one's warning moves with it.
    forums.write_text(FORUMS.replace("  date: 2024-08-09\n", "  date: 2024-08-09\n  place: Astana\n  type: forum\n"))
    again = check(root)
    assert parsed == ["- id: astana-forum-2024"]  # that item alone; the file is not parsed whole
    shown = [d.format() for d in again.diagnostics.items]
    assert shown[0].startswith("content/forums.yaml:13:7: warning: forum 'undated-forum' has no date")
    assert again.library.records["astana-forum-2024"].get("place") == "Astana"
    shutil.rmtree(root / ".briefgen-cache")
    clean = check(root)
    assert [d.format() for d in clean.diagnostics.items] == shown
    assert clean.library.records == again.library.records


EDITS = {
    "a mistake in one item": ("  name: Undated forum\n", "  name: Undated forum\n  colour: red\n"),
    "a value YAML reads two ways, and a mistake": ("  name: Undated forum\n",
                                                   "  name: Undated forum\n  place: no\n  colour: red\n"),
    "an alias of another item's anchor": ("  name: First forum\n  date: 2024-08-09\n",
                                          "  name: &title First forum\n  date: 2024-08-09\n  type: *title\n"),
    "a quoted text running on at the margin": ("  name: Undated forum\n", '  name: "Undated\n- forum"\n'),
    "a document marker": ("# Forums of the brief\n", "---\n"),
    "an unknown source": ("source: article\n          quote: More", "source: nowhere\n          quote: More"),
    "every item rewritten": ("forum", "meeting"),
}


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_that_items_cannot_be_checked_alone_for_reports_as_a_clean_build(tmp_path, edit):
    root = write_project(tmp_path / "mini", {**MINI, "content/forums.yaml": FORUMS})
    assert check(root).ok
    forums = root / "content" / "forums.yaml"
    old, new = EDITS[edit]
    forums.write_text(FORUMS.replace(old, new))
    again = check(root)
    shown = [d.format() for d in again.diagnostics.items]
    shutil.rmtree(root / ".briefgen-cache")
    clean = check(root)
    assert [d.format() for d in clean.diagnostics.items] == shown
    assert (again.library and again.library.records) == (clean.library and clean.library.records)


def test_a_file_found_not_to_parse_once_checked_afresh_reports_as_a_clean_build(tmp_path):
    """An item naming another's anchor is not taken from the cache once that
    item is gone, and the file, parsed afresh, no longer parses: references
    to its ids from other files are then not judged, as a clean build does
    not judge them (figures.yaml names the forum just removed)."""
    text = FORUMS.replace("  date: 2024-08-09\n", "  date: 2024-08-09\n  countries: &both [kz, jp]\n") \
        .replace("  name: Undated forum\n", "  name: Undated forum\n  countries: *both\n")
    root = write_project(tmp_path / "mini", {**MINI, "content/forums.yaml": text})
    assert check(root).ok
    (root / "content" / "forums.yaml").write_text(text[:text.index("- id: astana")] + text[text.index("- id: undated"):])
    again = check(root)
    shown = [d.format() for d in again.diagnostics.items]
    assert any("undefined alias" in line for line in shown)
    shutil.rmtree(root / ".briefgen-cache")
    assert [d.format() for d in check(root).diagnostics.items] == shown


@pytest.mark.parametrize("anchored", ["  countries: &both [kz, jp]\n\n", "  countries: &both [kz, jp]\n"])
def test_an_item_naming_an_anchor_another_item_changed_reports_as_a_clean_build(tmp_path, anchored):
    """The second item's text is unchanged, but what its alias stands for is not."""
    text = FORUMS.replace('the forum met in Astana"\n\n', 'the forum met in Astana"\n' + anchored) \
        .replace("  name: Undated forum\n", "  name: Undated forum\n  countries: *both\n")
    root = write_project(tmp_path / "mini", {**MINI, "content/forums.yaml": text})
    assert check(root).ok
    (root / "content" / "forums.yaml").write_text(text.replace("&both [kz, jp]", "&both [kz]"))
    again = check(root)
    assert again.library.records["undated-forum"].refs("countries") == ("kz",)
    shown = [d.format() for d in again.diagnostics.items]
    shutil.rmtree(root / ".briefgen-cache")
    clean = check(root)
    assert [d.format() for d in clean.diagnostics.items] == shown and again.library.records == clean.library.records


@pytest.mark.parametrize("text, items", [
    ("- id: a\n  name: A\n\n# a comment\n- id: b\n", [(1, "- id: a\n  name: A\n\n# a comment"), (5, "- id: b\n")]),
    ("# notes\n  # indented notes\n\n- id: a\n", [(4, "- id: a\n")]),
    ("- id: a\r\n-\r\n  id: b\r\n", [(1, "- id: a\r"), (2, "-\r\n  id: b\r\n")]),
    ("- id: a\n---\n- id: b\n", None),
    ("%YAML 1.2\n---\n- id: a\n", None),
    ("id: a\n", None),
    ("  - id: a\n", None),
    ("- id: a\n\tname: A\n", None),
    ("- id: a\r- id: b\n", None),
    ("- id: a\n  name: A\u2028B\n", None),
    ("\ufeff- id: a\n", None),
    ("", None),
    ("- id: a\n  place: &c A\n- id: b\n  place: *c\n", None),  # an alias: what it names may change elsewhere
    ("- id: a\n  countries: [*c]\n", None),
])
def test_a_file_cuts_into_items_only_where_only_items_start_at_the_margin(text, items):
    assert factchunks.cut(text) == items


def test_items_of_a_file_with_windows_line_ends_are_taken_at_their_lines(tmp_path, monkeypatch):
    crlf = FORUMS.replace("\n", "\r\n")
    root = write_project(tmp_path / "mini", {**MINI})
    forums = root / "content" / "forums.yaml"
    forums.write_bytes(crlf.encode())
    assert check(root).ok
    parsed = []
    real = yamlsource.read  # parse reads through it too
    monkeypatch.setattr(yamlsource, "read", lambda text: parsed.append(text.splitlines()[0]) or real(text))
    forums.write_bytes(crlf.replace("  date: 2024-08-09\r\n", "  date: 2024-08-09\r\n  place: Astana\r\n").encode())
    again = check(root)
    assert parsed == ["- id: astana-forum-2024"]
    shown = [d.format() for d in again.diagnostics.items]
    assert shown[0].startswith("content/forums.yaml:12:7: warning: forum 'undated-forum' has no date")
    shutil.rmtree(root / ".briefgen-cache")
    clean = check(root)
    assert [d.format() for d in clean.diagnostics.items] == shown
    assert clean.library.records == again.library.records


def test_a_file_that_does_not_cut_into_items_is_taken_whole_while_its_bytes_stay(tmp_path, monkeypatch):
    root = write_project(tmp_path / "mini", MINI)
    (root / "content" / "forums.yaml").write_text("\ufeff" + FORUMS, encoding="utf-8")  # a byte-order mark
    first = check(root)
    checking = []
    real = factcheck.check_file
    monkeypatch.setattr(factcheck, "check_file", lambda file, checker: checking.append(file.stem) or real(file, checker))
    again = check(root)
    assert checking == [] and again.library.records == first.library.records
    assert [d.format() for d in again.diagnostics.items] == [d.format() for d in first.diagnostics.items]


def test_each_fact_file_read_afresh_is_let_go_before_the_next_is_read(tmp_path, monkeypatch):
    # Located YAML takes more memory than the records checked from it: a
    # check holds one file's at a time, whatever the number of files.
    root = write_project(tmp_path / "mini", MINI)
    read, alive_then = [], []
    load = facts._load

    def watched(path, *args):
        alive_then.append([ref().path.name for ref in read if ref() is not None])
        file = load(path, *args)
        read.append(weakref.ref(file))
        return file

    monkeypatch.setattr(facts, "_load", watched)
    assert check(root).ok
    # sources.yaml, read first, names the sources the others cite: it is held while they are checked.
    assert alive_then == [[], ["sources.yaml"], ["sources.yaml"], ["sources.yaml"]]
