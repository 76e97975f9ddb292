"""A claim's trust badges say why beside them, on the page and in data/briefgen.json: which of
its citations count as one voice and for what reason, which were left out of the count and why,
which sources are graded low, and by whom (trustnotes.py)."""
import html
import json
import re

import pytest

from briefgen import build
from conftest import MINI

PLEDGE = "Japan pledged $1 billion for the airport in Uzbekistan."
LONG = ("Japan pledged $1 billion for the new airport in Samarkand in Uzbekistan on Tuesday, "
        "officials of both governments said at a signing in Tashkent.")


def brief(make_project, seeds: dict[str, str], cites: list[tuple[str, str]], meta: dict[str, str] | None = None,
          text: str = PLEDGE, toml: str | None = None):
    """A brief whose one claim (on JICA's page) cites (source, quote) of `seeds`; `meta`: each source's
    sources.yaml lines beyond its title (none: a publisher of its own)."""
    meta = meta or {}
    listed = "".join(f"        - source: {sid}\n          quote: \"{quote}\"\n" for sid, quote in cites)
    files = {
        **{f"seeds/{sid}.txt": body for sid, body in seeds.items()},
        "content/sources.yaml": "".join(f"- id: {sid}\n  title: {sid.title()}\n"
                                        + meta.get(sid, f"  publisher: {sid.title()} Daily\n") for sid in seeds),
        "content/forums.yaml": None, "content/figures.yaml": None,
        "content/organisations.yaml": f"- id: jica\n  name: JICA\n  claims:\n    - text: \"{text}\"\n      cite:\n{listed}",
    }
    if toml:
        files["briefgen.toml"] = toml
    root = make_project(files, base={k: v for k, v in MINI.items() if k == "content/countries.yaml"})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    page = (root / "site" / "organisations" / "jica" / "index.html").read_text(encoding="utf-8")
    item = re.search(r'<li id="c-[0-9a-f]+">(.*?)</li>', page)[1]
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    claim = next(r for r in data["records"] if r["id"] == "jica")["claims"][0]
    return item, claim


def why(item: str) -> str:
    """The words beside the badges, as read aloud or printed."""
    found = re.search(r'<span class="badge-why" data-pagefind-ignore>(.*?)</span>', item)
    return html.unescape(re.sub(r"<[^>]+>", "", found[1])) if found else ""


@pytest.mark.parametrize("meta, reason, reasons", [
    ({"a": "  publisher: Herald\n", "b": "  publisher: herald\n"}, "same publisher", ["publisher"]),
    ({"a": "", "b": "  republishes: a\n"}, "one republishes the other", ["republishes"]),
    ({"a": "  wire_id: W-1\n", "b": "  wire_id: w-1\n"}, "same wire story", ["wire_id"]),
])
def test_citations_of_one_voice_say_why_by_the_sources_metadata(make_project, meta, reason, reasons):
    item, claim = brief(make_project, {"a": f"A\n{PLEDGE}\n", "b": f"B\n{PLEDGE}\n"},
                        [("a", PLEDGE), ("b", PLEDGE)], meta)
    assert 'class="badge single-source"' in item
    assert why(item) == f"([1] [2] count as one voice: {reason})"
    assert claim["why"] == [{"kind": "one_voice", "sources": ["a", "b"], "reasons": reasons}]


def test_copies_of_one_long_passage_and_one_credited_agency_say_so(make_project):
    item, claim = brief(make_project, {"a": f"A\n{LONG}\n", "b": f"B\n{LONG}\n"}, [("a", LONG[:-1]), ("b", LONG[:-1])],
                        text=LONG[:-1])
    assert why(item) == "([1] [2] count as one voice: same text)"
    credited = {"a": f"A\n{PLEDGE[:-1]}, according to Reuters.\n", "b": f"B\n{PLEDGE[:-1]}, Reuters reported.\n"}
    item, claim = brief(make_project, credited, [("a", PLEDGE[:-1]), ("b", PLEDGE[:-1])])
    assert why(item) == "([1] [2] count as one voice: they credit the same outlet)"
    assert claim["why"][0]["reasons"] == ["credited"]


def test_a_dateline_agency_is_named_as_the_reason(make_project):
    seeds = {"a": f"A\nTASHKENT (Reuters) - {PLEDGE}\n", "b": f"B\nTASHKENT (Reuters) - {PLEDGE}\n"}
    item, _ = brief(make_project, seeds, [("a", PLEDGE), ("b", PLEDGE)])
    assert why(item) == "([1] [2] count as one voice: same agency's story)"


def test_a_citation_left_out_of_the_count_says_why(make_project):
    seeds = {"a": f"A\n{PLEDGE}\n", "b": "B\nThe ministry declined to comment.\n",
             "c": "C\nJapan pledged $2 billion for the airport in Uzbekistan.\n"}
    item, claim = brief(make_project, seeds, [("a", PLEDGE), ("b", "The ministry declined to comment"),
                                              ("c", "Japan pledged $2 billion for the airport in Uzbekistan")])
    assert why(item) == ("([2] not counted: the quote says less than half of what the claim says; "
                         "[3] not counted: the quote gives another number than the claim)")
    assert claim["why"] == [{"kind": "says_less", "sources": ["b"]}, {"kind": "other_number", "sources": ["c"]}]


def test_a_claim_no_quote_bears_on_says_so(make_project):
    text = "Japan pledged $1 billion for the airport in Uzbekistan and opened an office in Tashkent in May."
    seeds = {"a": "A\nJapan pledged money.\n", "b": "B\nAn office opened.\n"}
    item, claim = brief(make_project, seeds, [("a", "Japan pledged money"), ("b", "An office opened")], text=text)
    assert why(item) == "([1] [2]: no quote says half of what the claim says, so they count as one source)"
    assert claim["why"] == [{"kind": "none_bears", "sources": ["a", "b"]}]


def test_low_reliability_names_the_grades_and_the_better_source_left_out(make_project):
    graded = "  publisher: {} Daily\n  reliability: {}\n  assessment: Its record says so.\n"
    seeds = {"a": f"A\n{PLEDGE}\n", "b": f"B\nOfficials said {PLEDGE}\n", "c": "C\nThe ministry declined to comment.\n"}
    item, claim = brief(make_project, seeds, [("a", PLEDGE), ("b", PLEDGE), ("c", "The ministry declined to comment")],
                        {"a": graded.format("A", "D"), "b": graded.format("B", "E"), "c": graded.format("C", "A")})
    assert 'class="badge low-reliability"' in item and 'class="badge single-source"' not in item
    assert why(item) == ("([3] not counted: the quote says less than half of what the claim says; "
                         "[1] graded D (not usually reliable) by the brief's editor; "
                         "[2] graded E (unreliable) by the brief's editor)")
    assert claim["why"][1:] == [{"kind": "graded", "sources": ["a"], "grade": "D"},
                                {"kind": "graded", "sources": ["b"], "grade": "E"}]


def test_one_source_cited_twice_needs_no_note(make_project):
    seeds = {"a": f"A\n{PLEDGE}\nThe airport opens in 2027.\n"}
    item, claim = brief(make_project, seeds, [("a", PLEDGE), ("a", "The airport")])
    assert 'class="badge single-source"' in item and "badge-why" not in item and "why" not in claim


def test_the_note_is_in_the_brief_s_language(make_project):
    item, _ = brief(make_project, {"a": f"A\n{PLEDGE}\n", "b": f"B\n{PLEDGE}\n"}, [("a", PLEDGE), ("b", PLEDGE)],
                    {"a": "  publisher: Herald\n  language: en\n", "b": "  publisher: Herald\n  language: en\n"},
                    toml='[site]\ntitle = "Brief"\nlanguage = "ja"\n')
    assert why(item) == "（[1] [2]は一つの情報源として数える：同じ発行元）"



def test_a_rebuild_after_only_an_uncited_source_changes_the_reason_counts_as_a_clean_build(make_project, tmp_path):
    """a and b are one voice through c, which the claim does not cite: a shares c's publisher, b
    republishes c. When c's link to a becomes a wire id instead, a's and b's entries are the same, and
    the page's note changes all the same."""
    seeds = {"a": f"A\n{PLEDGE}\n", "b": f"B\n{PLEDGE}\n", "c": "C\nAnother story.\n"}
    item, _ = brief(make_project, seeds, [("a", PLEDGE), ("b", PLEDGE)],
                    {"a": "  publisher: Herald\n  wire_id: w-1\n", "b": "  publisher: Other\n  republishes: c\n",
                     "c": "  publisher: Herald\n"})
    assert why(item) == "([1] [2] count as one voice: same publisher, one republishes the other)"
    root = tmp_path / "project"
    sources = root / "content" / "sources.yaml"
    sources.write_text(sources.read_text().replace("- id: c\n  title: C\n  publisher: Herald\n",
                                                   "- id: c\n  title: C\n  wire_id: w-1\n"))
    assert build(root, search=False).ok
    clean = build(root, out=tmp_path / "clean", search=False, clean=True)
    assert clean.ok
    page = "organisations/jica/index.html"
    assert why((tmp_path / "clean" / page).read_text()) == \
        "([1] [2] count as one voice: same wire story, one republishes the other)"
    assert (root / "site" / page).read_text() == (tmp_path / "clean" / page).read_text()


COMPOUND = "Japan pledged $1 billion for the airport in Uzbekistan, and Sojitz will build its new terminal in Samarkand by 2027."
TERMINAL = "Sojitz will build the new airport terminal in Samarkand by 2027"


def test_a_claim_of_two_facts_each_cited_to_its_own_source_is_single_source(make_project):
    # Each source states one of the claim's two facts: one source stands behind each, not two behind the claim.
    seeds = {"a": f"A\n{PLEDGE}\n", "b": f"B\n{TERMINAL}.\n"}
    item, claim = brief(make_project, seeds, [("a", PLEDGE[:-1]), ("b", TERMINAL)], text=COMPOUND)
    assert 'class="badge single-source"' in item and claim["sources"] == 1
    assert why(item) == "([1] [2] count as one voice: each says another part of the claim)"
    assert claim["why"] == [{"kind": "one_voice", "sources": ["a", "b"], "reasons": ["parts"]}]
    # A third source stating the whole claim backs each fact a second time.
    seeds["c"] = f"C\n{COMPOUND}\n"
    item, claim = brief(make_project, seeds, [("a", PLEDGE[:-1]), ("b", TERMINAL), ("c", COMPOUND[:-1])], text=COMPOUND)
    assert claim["sources"] == 2 and "single-source" not in item


def test_a_compound_claim_says_why_in_the_brief_s_language(make_project):
    pledge, terminal = "Japón prometió 1000 millones de dólares para el aeropuerto de Uzbekistán", \
        "Sojitz construirá la nueva terminal del aeropuerto en Samarcanda en 2027"
    seeds = {"a": f"A\n{pledge}.\n", "b": f"B\n{terminal}.\n"}
    meta = {"a": "  publisher: Heraldo\n  language: es\n", "b": "  publisher: Diario\n  language: es\n"}
    item, claim = brief(make_project, seeds, [("a", pledge), ("b", terminal)], meta, text=f"{pledge}, y {terminal}.",
                        toml='[site]\ntitle = "Brief"\nlanguage = "es"\n')
    assert claim["sources"] == 1
    assert why(item) == "([1] [2] cuentan como una sola voz: cada una dice otra parte de la afirmación)"
