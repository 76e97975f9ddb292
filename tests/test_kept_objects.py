"""What one build decoded from its caches is kept in the process for the next
(serve rebuilds in one process): the same sources, records and compiled
templates are taken again while their files are unchanged, and made afresh
when they, or what they depend on, change."""
import json
import os
from pathlib import Path

import jinja2
import pytest

from briefgen import render
from briefgen.build import build, open_project
from briefgen.diagnostics import Diagnostics
from briefgen.library import load_library
from briefgen.model import Library
from conftest import MINI, digests, digests_worked_out, edit_file, write_project


def _load(root: Path, clean: bool = False) -> Library:
    diagnostics = Diagnostics(root)
    library = load_library(open_project(root, diagnostics, clean=clean), diagnostics)
    assert library is not None, diagnostics.errors
    return library


def _built(root: Path) -> None:
    result = build(root, search=False)
    assert result.ok, result.diagnostics.errors


def _decoded_here(tmp_path: Path) -> Path:
    """MINI, built twice in this process: its records are from then on the objects this process decodes."""
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    edit_file(root, "content/forums.yaml", "The forum met in Astana", "The forum met, in Astana")
    _built(root)
    return root


def _noted(monkeypatch, module, name: str, noting) -> list:
    """Each call of `module.name` from now on, noted as `noting(its first argument)`."""
    noted = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda first, *args: noted.append(noting(first)) or real(first, *args))
    return noted


def _warned_twice(root: Path, warning: str, checked: list, expected: list[list[str]], between) -> None:
    """Two builds, `between()` after the first: each reports the warning (a
    message starting with `warning`) once and checks the records `expected` lists."""
    for number, records in enumerate(expected):
        result = build(root, search=False)
        assert result.ok and sum(d.message.startswith(warning) for d in result.diagnostics.warnings) == 1, number
        assert sorted(checked) == records, number
        checked.clear()
        if number == 0:
            between()


FIGURE_CLAIM_EDITED = ("More than 350 companies took part.\n", "More than 350 companies took part, the organisers said.\n")


def test_a_rebuild_takes_the_sources_and_records_it_decoded_while_their_files_are_unchanged(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    _built(root)  # fills the caches: the loads below take from them
    first = _load(root)
    second = _load(root)
    assert second.sources["article"] is first.sources["article"]
    assert second.records["astana-forum-2024"] is first.records["astana-forum-2024"]
    assert second.records["companies"] is first.records["companies"]


def test_an_edited_source_or_record_is_decoded_afresh_and_the_rest_still_taken(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    first = _load(root)
    edit_file(root, "seeds/article.txt", "Forum report", "Forum report, updated")
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    second = _load(root)
    assert second.sources["article"] is not first.sources["article"]
    assert second.sources["article"].text.startswith("Forum report, updated")
    assert second.records["companies"].claims[0].text == "More than 350 companies took part, the organisers said."
    assert second.records["astana-forum-2024"] is first.records["astana-forum-2024"]


def test_a_rebuild_reads_no_checked_records_entry_it_decoded_or_wrote(tmp_path, monkeypatch):
    """The stored entries of the fact files are taken as decoded while their
    files are those read, and an edited file's as written: a rebuild after
    an edit reads none; one whose entry file changed is read again."""
    from briefgen import checkedcache
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    _load(root)  # decoded here, in this process
    read: list[str] = []
    get = checkedcache.get
    monkeypatch.setattr(checkedcache, "get", lambda entries, name, size: read.append(name) or get(entries, name, size))
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    assert read == []
    edit_file(root, "content/figures.yaml", "took part, the organisers said.\n", "took part.\n")
    _built(root)
    assert read == []  # the entry as this process wrote it
    entry = root / ".briefgen-cache" / "checked" / "content" / "countries.yaml"
    copy = entry.with_name("copy")
    copy.write_bytes(entry.read_bytes())
    copy.replace(entry)  # another file in its place
    _load(root)
    assert read == ["countries.yaml"]
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_works_out_the_anchors_of_the_edited_claims_alone(tmp_path, monkeypatch):
    """A claim's permalink is asked for by the checks, the views, the data
    files and the store: worked out once a claim, and a rebuild in the same
    process works out only those of the records it decoded afresh."""
    from briefgen import anchors
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    _load(root)  # the records as this process decodes them from now on
    worked_out: list[str] = []
    anchor = anchors._anchor
    monkeypatch.setattr(anchors, "_anchor", lambda record, claim: worked_out.append(claim.text) or anchor(record, claim))
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    assert worked_out == ["More than 350 companies took part, the organisers said."]
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_searches_only_new_quotes_for_relative_dates(tmp_path):
    """Which weekdays and relative dates a quote names is worked out once
    for each quote and source date in a process that builds again; an edited
    quote is searched afresh."""
    from briefgen import relative
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    _load(root)
    searched = relative._found_before.cache_info().misses
    edit_file(root, "content/forums.yaml", '"On 9 August 2024, the forum met in Astana"', '"On 9 August 2024, the forum met"')
    _built(root)
    assert relative._found_before.cache_info().misses == searched + 1
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_reads_only_the_source_files_whose_status_changed(tmp_path, monkeypatch):
    """In a process that builds again, a source file whose inode, size and
    times are as when it was read is not read again (written long enough
    before that reading, which the test stands in for); one edited, even to
    the same size, is."""
    from briefgen import buildstate, inputs
    monkeypatch.setattr(buildstate, "_RACY_NS", 0)
    root = write_project(tmp_path / "brief", {**MINI, "seeds/other.txt": "Other report\nAnother text.\n"})
    _built(root)
    _load(root)  # read and noted here
    read: list[str] = []
    read_regular = inputs.read_regular
    monkeypatch.setattr(inputs, "read_regular", lambda path, limit=None: read.append(path.name) or read_regular(path, limit))
    edit_file(root, "seeds/article.txt", "Forum report", "Forum Report")  # the same size
    _built(root)
    assert read == ["article.txt"]
    assert "Forum Report" in (root / "site" / "sources" / "article" / "index.html").read_text()
    read.clear()
    _load(root, clean=True)
    assert sorted(read) == ["article.txt", "other.txt"]  # a clean build reads every file
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_asks_the_memo_only_the_questions_it_has_not_answered(tmp_path, monkeypatch):
    """Whether a quote states a field's value is answered once a process:
    a rebuild makes the memo key (a hash of every quote) only of a question
    that changed, and the memo file still keeps every answer."""
    from briefgen import support, supportmemo
    monkeypatch.setattr(support, "_ANSWERED", {})  # not the answers of earlier tests to the same questions
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    _load(root)
    asked: list[tuple] = []
    key = supportmemo.SupportMemo.key
    monkeypatch.setattr(supportmemo.SupportMemo, "key", staticmethod(lambda question: asked.append(question) or key(question)))
    edit_file(root, "content/forums.yaml", "date: 2024-08-09", "date: 2024-08")
    _built(root)
    # The key of the edited record's outcome (support.py keeps a record's whole), then its one question.
    assert asked[0][1:3] == ("forum", "astana-forum-2024")
    assert [question[:2] for question in asked[1:]] == [
        ("date", repr(_load(root).records["astana-forum-2024"].get("date")[0].value))]
    answers = json.loads((root / ".briefgen-cache" / supportmemo.FILE).read_text())["answers"]
    assert len(answers) == 2  # the forum's date and the figure's amount
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_records_are_decoded_afresh_when_the_names_they_cite_resolve_to_other_sources(tmp_path):
    root = write_project(tmp_path / "brief", {**MINI, "seeds/other.txt": MINI["seeds/article.txt"]})
    _built(root)
    assert _load(root).records["companies"].claims[0].cites[0].source == "article"  # "report", its alias
    # The alias moves to the other source: the record's citation of "report" now means it.
    (root / "content" / "sources.yaml").write_text(
        "- id: article\n  title: Forum report\n- id: other\n  alias: report\n  title: The same report\n")
    assert _load(root).records["companies"].claims[0].cites[0].source == "other"


def test_a_clean_build_takes_nothing_this_process_kept(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    first = _load(root)
    clean = _load(root, clean=True)
    assert clean.sources["article"] is not first.sources["article"]
    assert clean.records["companies"] is not first.records["companies"]


def test_a_damaged_cache_entry_is_not_hidden_by_what_the_process_kept(tmp_path):
    """The kept source stands for its entry only while the entry's file is
    the one read or written: one changed since is read (and, damaged, stored again)."""
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    first = _load(root)
    entry = root / ".briefgen-cache" / "parsed" / "seeds" / "article.txt"
    entry.write_bytes(entry.read_bytes()[:40])
    second = _load(root)
    assert second.sources["article"] is not first.sources["article"]
    assert second.sources["article"].text == first.sources["article"].text
    assert len(entry.read_bytes()) > 40  # stored again


def test_templates_are_compiled_once_a_process_and_again_when_their_text_changes(tmp_path, monkeypatch):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "note.html").write_text("<p>{{ word }}</p>")
    compiled = []
    original = jinja2.Environment._compile
    monkeypatch.setattr(jinja2.Environment, "_compile",
                        lambda env, source, filename: compiled.append(filename) or original(env, source, filename))
    assert render.environment(folder).get_template("note.html").render(word="a") == "<p>a</p>"
    assert render.environment(folder).get_template("note.html").render(word="b") == "<p>b</p>"
    assert len(compiled) == 1
    (folder / "note.html").write_text("<em>{{ word }}</em>")
    assert render.environment(folder).get_template("note.html").render(word="c") == "<em>c</em>"
    assert len(compiled) == 2


def test_builds_in_one_process_make_the_site_a_clean_build_makes_after_each_kind_of_edit(tmp_path):
    root = write_project(tmp_path / "brief", {**MINI, "seeds/other.txt": MINI["seeds/article.txt"]})
    _built(root)
    edits = [
        lambda: edit_file(root, "content/forums.yaml", "The forum met in Astana", "The forum met, in Astana"),
        lambda: edit_file(root, "seeds/article.txt", "Forum report", "Forum report (revised)"),
        lambda: (root / "content" / "sources.yaml").write_text(
            "- id: article\n  title: Forum report\n- id: other\n  alias: report\n  title: The same report\n"),
        lambda: write_project(root, {"templates/note.txt": "unused"}),
    ]
    for number, edit in enumerate(edits):
        edit()
        _built(root)
        clean = tmp_path / f"clean-{number}"
        assert build(root, out=clean, search=False, clean=True).ok
        assert digests(root / "site") == digests(clean), number


def test_a_rebuild_works_out_afresh_only_the_digests_of_the_records_and_sources_that_changed(tmp_path, monkeypatch):
    root = _decoded_here(tmp_path)
    worked_out = digests_worked_out(monkeypatch)
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    kept_tables = [entry for entry in worked_out if entry.split()[0] in ("rec", "claims", "src")]
    assert sorted(kept_tables) == ["claims companies", "rec companies"]
    worked_out.clear()
    edit_file(root, "seeds/article.txt", "Forum report", "Forum report (revised)")
    _built(root)
    assert "src article" in worked_out and "rec companies" not in worked_out
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_every_digest_a_rebuild_takes_from_the_last_equals_the_one_worked_out_afresh(tmp_path, monkeypatch):
    """The oracle of the kept digests: after each kind of edit, each digest
    a build took from the last one is the digest worked out from the
    library as it is. (No clean build in between: it would make every
    object anew, and nothing would be taken.)"""
    from briefgen import pageinputs
    from briefgen.tracked import KEY_END
    from conftest import DISPUTED_FORUM, WIRE
    root = write_project(tmp_path / "brief", {**MINI, "seeds/other.txt": MINI["seeds/article.txt"]})
    taken = []
    keep = pageinputs.PageInputs.keep

    def keep_and_check(self, fresh):
        afresh = {**self._fresh, **fresh}
        keep(self, fresh)
        for key, (witness, digest) in pageinputs._KEPT.items():
            table, _, name = key.partition(KEY_END)
            if key not in afresh and pageinputs._same(witness, self._witness(table, name)):
                assert digest == self._entry(table, name), key
                taken.append(key)

    monkeypatch.setattr(pageinputs.PageInputs, "keep", keep_and_check)
    question = "- id: astana-forum-2024-date\n  question: On which days of August 2024 did the Astana Forum meet?\n"
    resolution = ("  resolution:\n    text: The organisers said later that the forum closed on 12 August.\n"
                  "    cite:\n      - source: wire\n"
                  "        quote: \"Organisers later said the forum closed on 12 August 2024.\"\n")
    _built(root)
    edits = [
        lambda: edit_file(root, "content/forums.yaml", "The forum met in Astana", "The forum met, in Astana"),
        lambda: edit_file(root, "content/figures.yaml", "amount: 350", "amount: 350.0"),
        lambda: edit_file(root, "seeds/article.txt", "Forum report", "Forum report (revised)"),
        lambda: edit_file(root, "content/sources.yaml", "publisher: Example News",
                          "publisher: Example News\n  language: en"),
        lambda: write_project(root, {"seeds/wire.txt": WIRE, "content/sources.yaml": (
            root / "content" / "sources.yaml").read_text() + "- id: wire\n  title: Wire report\n"}),
        lambda: write_project(root, {"content/forums.yaml": DISPUTED_FORUM.format(second="2024-08-09/2024-08-12")}),
        lambda: write_project(root, {"content/disputes.yaml": question}),
        # The forum's record is the same object; the dispute it takes part in is worded anew.
        lambda: edit_file(root, "content/disputes.yaml", "did the Astana Forum meet", "did the forum meet"),
        lambda: write_project(root, {"content/disputes.yaml": question + resolution}),
        lambda: (root / "seeds" / "other.txt").unlink(),
    ]
    for number, edit in enumerate(edits):
        taken.clear()
        edit()
        _built(root)
        assert taken, number
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def _pages_records_read(monkeypatch) -> list:
    """Each record of the pages (pages.json) that builds read from its file."""
    from briefgen import buildstate
    read = []
    loads = buildstate.jsontext.loads

    def recording(data):
        value = loads(data)
        if isinstance(value, dict) and "leads" in value:
            read.append(value)
        return value

    monkeypatch.setattr(buildstate.jsontext, "loads", recording)
    return read


def test_the_record_of_the_pages_is_taken_as_this_process_saved_it_while_its_file_is_that_one(tmp_path, monkeypatch):
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    read = _pages_records_read(monkeypatch)
    edit_file(root, "content/forums.yaml", "The forum met in Astana", "The forum met, in Astana")
    _built(root)
    assert read == []  # taken as saved, not read
    record = root / ".briefgen-cache" / "pages.json"
    copy = record.with_name("copy")
    copy.write_bytes(record.read_bytes())
    os.replace(copy, record)  # another file now (another inode): read from disk
    edit_file(root, "content/forums.yaml", "The forum met, in Astana", "The forum met in Astana")
    _built(root)
    assert len(read) == 1
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_use_abandoned_raises_in_its_own_thread_only():
    import threading
    from briefgen.keptobjects import Abandoned, KeptObjects, abandoned_when
    table, stop = KeptObjects(), threading.Event()
    with table.using() as kept, abandoned_when(stop):
        kept.put("a", 1)
        stop.set()
        elsewhere = []
        thread = threading.Thread(target=lambda: elsewhere.append(kept.get("a")))
        thread.start()
        thread.join()
        assert elsewhere == [None]  # another thread's use goes on (nothing kept there yet under "a" last time)
        with pytest.raises(Abandoned):
            kept.get("a")
        with pytest.raises(Abandoned):
            kept.put("b", 2)
    with table.using() as kept:
        assert kept.get("a") == 1 and kept.get("b") is None  # what was made before, kept; after, not


def test_a_process_that_builds_once_keeps_nothing(tmp_path):
    from briefgen import buildstate, keptobjects
    root = write_project(tmp_path / "brief", MINI)
    keptobjects.keep_between_builds(False)
    try:
        _built(root)
        first, second = _load(root), _load(root)
        assert second.sources["article"] is not first.sources["article"]
        assert second.records["companies"] is not first.records["companies"]
        assert str(root / ".briefgen-cache" / "pages.json") not in buildstate._KEPT
    finally:
        keptobjects.keep_between_builds()


def test_a_rebuild_checks_the_fields_of_the_records_that_changed_or_whose_sources_read_otherwise(tmp_path, monkeypatch):
    """A record's dates, statuses and amounts are checked against its quotes
    again only when the record changed, or a source it cites is read another
    way (its language or its date of publication); a record whose check
    reported something is checked, and reports it, every time."""
    from briefgen import support
    root = _decoded_here(tmp_path)
    checked = _noted(monkeypatch, support, "_check_record", lambda record: record.id)
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    assert checked == ["companies"]
    checked.clear()
    edit_file(root, "content/forums.yaml", "  place: Astana\n", "  place: Astana\n  status: held\n")
    edit_file(root, "content/sources.yaml", "publisher: Example News", "publisher: Example News\n  published: 2024-08-01")
    # The first time both cite a source now published; then the figure is edited, and the forum,
    # unchanged, is checked again for its warning.
    _warned_twice(root, "status 'held' of forum 'astana-forum-2024' rests only on sources published before",
                  checked, [["astana-forum-2024", "companies"]] * 2,
                  lambda: edit_file(root, "content/figures.yaml", "the organisers said", "organisers said"))
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_finds_in_their_sources_only_the_quotes_of_what_changed(tmp_path, monkeypatch):
    """Where each quote stands is looked for again only for a citation made
    anew (its record edited) or in a source whose text changed."""
    from briefgen import provenance
    root = _decoded_here(tmp_path)
    looked_for = _noted(monkeypatch, provenance, "placed", lambda cite: cite.quote)
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)
    _built(root)
    assert looked_for == ["More than 350 companies took part."]
    places = json.loads((root / ".briefgen-cache" / "quote-places.json").read_text())["places"]
    assert sum(len(spans) for spans in places.values()) == 2  # the next process still knows both places
    looked_for.clear()
    edit_file(root, "seeds/article.txt", "Forum report", "Forum report (revised)")
    _built(root)
    assert sorted(looked_for) == ["More than 350 companies took part.", "On 9 August 2024, the forum met in Astana"]
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_rebuild_checks_the_dates_of_the_records_that_changed_or_whose_quotes_read_otherwise(tmp_path, monkeypatch):
    """A dated record's quotes, and those of the records that belong to it,
    are checked against its date again only when one of those records
    changed, or a source they cite is read another way; a record whose check
    reported something is checked, and reports it, every time."""
    from briefgen import datecheck
    root = _decoded_here(tmp_path)
    checked = _noted(monkeypatch, datecheck, "_conflicts", lambda record: record.id)
    edit_file(root, "content/countries.yaml", "name: Kazakhstan", "name: Republic of Kazakhstan")
    _built(root)
    assert checked == []
    edit_file(root, "content/figures.yaml", *FIGURE_CLAIM_EDITED)  # the figure belongs to the forum
    _built(root)
    assert checked == ["astana-forum-2024"]
    checked.clear()
    edit_file(root, "content/sources.yaml", "publisher: Example News", "publisher: Example News\n  published: 2024-08-20")
    _built(root)
    assert checked == ["astana-forum-2024"]
    checked.clear()
    edit_file(root, "seeds/article.txt", "More than 350", "The forum met on Saturday, 9 August 2024. More than 350")
    edit_file(root, "content/forums.yaml", "      cite:\n", "      cite:\n        - source: article\n"
              "          quote: \"The forum met on Saturday, 9 August 2024.\"\n")
    # The second time (a country renamed back) the forum is unchanged, but it warned.
    _warned_twice(root, "the quote contradicts itself about the date of forum 'astana-forum-2024'",
                  checked, [["astana-forum-2024"]] * 2,
                  lambda: edit_file(root, "content/countries.yaml", "name: Republic of Kazakhstan", "name: Kazakhstan"))
    clean = tmp_path / "clean"
    assert build(root, out=clean, search=False, clean=True).ok
    assert digests(root / "site") == digests(clean)


def test_a_record_whose_quote_was_not_found_is_checked_whole_once_it_is(tmp_path):
    """A record with a quote not found is not judged by the place it shows
    (one mistake, one message); once the quote is found again, it is."""
    root = write_project(tmp_path / "brief", MINI)
    _built(root)
    edit_file(root, "content/forums.yaml", "place: Astana", "place: Astanaville")
    warning = "place 'Astanaville' of forum 'astana-forum-2024' is written in none of its quotes"
    assert [d.message for d in build(root, search=False).diagnostics.warnings] == [warning]
    edit_file(root, "seeds/article.txt", "the forum met in Astana", "the forum gathered in Astana")
    assert not build(root, search=False).ok  # the quote is not found
    edit_file(root, "seeds/article.txt", "the forum gathered in Astana", "the forum met in Astana")
    edit_file(root, "seeds/article.txt", "Forum report", "Forum report (revised)")  # the inputs of no earlier build
    result = build(root, search=False)
    assert result.ok and [d.message for d in result.diagnostics.warnings] == [warning]
