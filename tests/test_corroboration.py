"""Each claim counts its independent sources: one publisher, or a story and
its republications, count once. Claims with one are marked "single source"
on the page, in data/briefgen.json and by `check --coverage`."""
import json
import re
from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.cli import main
from briefgen.coverage import LowReliability, SingleSource, coverage
from conftest import MINI

SECOND = "Second report\nOn 9 August 2024, the forum met in Astana, organisers said.\n"
THIRD = "Third report\nOn 9 August 2024, the forum met in Astana, a delegate said.\n"

FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: [kz, jp]
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
        - source: second
          quote: "On 9 August 2024, the forum met in Astana"
        - source: third
          quote: "On 9 August 2024, the forum met in Astana"
    - text: Organisers spoke about it.
      cite:
        - source: second
          quote: "organisers said"
"""


def sources(second: str = "", third: str = "") -> str:
    return ("- id: article\n  alias: report\n  title: Forum report\n  publisher: Example News\n"
            f"- id: second\n  title: Second report\n{second}"
            f"- id: third\n  title: Third report\n{third}")


@pytest.fixture
def project(make_project):
    def make(second: str = "", third: str = "") -> Path:
        return make_project({"seeds/second.txt": SECOND, "seeds/third.txt": THIRD, "content/forums.yaml": FORUM,
                             "content/sources.yaml": sources(second, third)})
    return make


def counts(root: Path) -> list[int]:
    library = check(root).library
    return [library.independent_sources(c) for c in library.records["astana-forum-2024"].claims]


@pytest.mark.parametrize("second, third, expected", [
    ("", "", [3, 1]),                                                   # no publisher: each its own voice
    ("  publisher: Other Daily\n", "  publisher: A Third Weekly\n", [3, 1]),
    ("  publisher: Example News\n", "", [2, 1]),                         # same publisher counts once
    ("  publisher: \"  example   NEWS \"\n", "", [2, 1]),                 # compared without case and spacing
    ("  republishes: report\n", "", [2, 1]),                             # a republication, named by alias
    ("  wire_id: AFP-astana-0908\n", "  wire_id: afp-astana-0908\n", [2, 1]),  # one wire story
    ("  republishes: article\n", "  republishes: second\n", [1, 1]),     # followed through
])
def test_independent_sources_per_claim(project, second, third, expected):
    assert counts(project(second, third)) == expected


@pytest.mark.parametrize("second, third, counted_as", [
    ("  wire_id: w-1\n  published: 2024-08-10\n", "  wire_id: w-1\n  published: 2024-08-09\n", "third"),  # earliest
    ("  publisher: Other Daily\n  republishes: third\n", "  publisher: Other Daily\n", "third"),  # the original
    ("  wire_id: w-1\n", "  wire_id: w-1\n", "second"),  # else the first in id order
])
def test_a_group_of_sources_is_counted_as_its_original(project, second, third, counted_as):
    groups = check(project(second, third)).library.source_groups
    assert groups["second"] == groups["third"] == counted_as


def test_single_source_claims_are_marked_on_the_page_and_in_the_data(project):
    root = project("  publisher: Example News\n")
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li id="c-[0-9a-f]+">(.*?)</li>', html)
    assert len(items) == 2
    assert '<span class="badge single-source" data-pagefind-ignore>single source</span>' not in items[0]
    assert items[1].startswith("Organisers spoke about it.")
    assert '<span class="badge single-source" data-pagefind-ignore>single source</span>' in items[1]
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    forum = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert [(c["sources"], c["single_source"]) for c in forum["claims"]] == [(2, False), (1, True)]
    by_id = {s["id"]: s for s in data["sources"]}
    assert by_id["second"]["counted_as"] == "article" and by_id["third"]["counted_as"] == "third"



@pytest.mark.parametrize("second, third, marked", [
    ("D", "E", [False, True]),  # the first claim cites the ungraded article too
    ("C", "E", [False, False]),
    ("F", "F", [False, False]),  # "cannot be judged" is no low grade
])
def test_claims_resting_only_on_sources_graded_d_or_e_are_marked(project, second, third, marked):
    graded = "  reliability: {}\n  assessment: Its editor says so.\n"
    root = project(graded.format(second), graded.format(third))
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li id="c-[0-9a-f]+">(.*?)</li>', html)
    badge = '<span class="badge low-reliability" data-pagefind-ignore>low-reliability sources</span>'
    assert [badge in item for item in items] == marked
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    forum = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert [c["low_reliability"] for c in forum["claims"]] == marked

def test_the_source_page_names_the_sources_counted_with_it(project):
    root = project("  republishes: article\n")
    build(root, out=root / "site", strict=True)
    html = (root / "site" / "sources" / "second" / "index.html").read_text(encoding="utf-8")
    # Shown, not searched: the titles are found on their own pages (test_search_scope).
    counted = '<dt data-pagefind-ignore>Counted as one source with</dt> <dd data-pagefind-ignore>'
    assert (counted + '<a href="../article/index.html">Forum report</a>' in html
            or counted + '<a href="../article/">Forum report</a>' in html)


def test_check_coverage_lists_single_source_claims_per_record(project, capsys):
    root = project("  publisher: Example News\n")
    report = coverage(check(root).library)
    forum = next(r for r in report.records if r.id == "astana-forum-2024")
    assert forum.single_source == (SingleSource(2, "Organisers spoke about it.", "second"),)
    assert main(["--root", str(root), "check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "forum 'astana-forum-2024' claim 2 rests on a single source (second): Organisers spoke about it.\n" in out
    assert "forum 'astana-forum-2024' claim 1 rests" not in out  # corroborated by two publishers
    assert main(["--root", str(root), "check", "--coverage", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    forum = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert forum["single_source"] == [{"claim": 2, "text": "Organisers spoke about it.", "source": "second",
                                      "why": ""}]
    assert data["totals"]["single_source_claims"] == sum(len(r["single_source"]) for r in data["records"])


@pytest.mark.parametrize("republishes, message", [
    ("nowhere", "source 'second' republishes unknown source 'nowhere'"),
    ("second", "source 'second' cannot republish itself"),
])
def test_a_bad_republishes_is_a_located_error(project, republishes, message):
    root = project(f"  republishes: {republishes}\n")
    found = [d.format() for d in check(root).diagnostics.errors]
    assert len(found) == 1 and found[0].startswith(f"content/sources.yaml:7:16: error: {message}\n    hint: ")


def test_sources_that_republish_one_another_in_a_circle_are_a_located_error(project):
    root = project("  republishes: third\n", "  republishes: second\n")
    found = [d.format() for d in check(root).diagnostics.errors]
    assert found == ["content/sources.yaml:7:16: error: sources 'second', 'third' republish one another in a circle: "
                     "none of them is the original\n"
                     "    hint: remove 'republishes' from the source that first published the story"]


def test_a_source_page_names_ten_of_the_sources_counted_with_it_and_counts_the_rest(make_project):
    """A brief with few publishers would list hundreds on every source page;
    the whole group is still in the data."""
    wires = {f"seeds/wire-{n:02d}.txt": f"Wire {n}\nThe forum met in Astana.\n" for n in range(13)}
    described = "".join(f"- id: wire-{n:02d}\n  title: Wire {n}\n  publisher: Example News\n" for n in range(13))
    root = make_project(wires | {"seeds/second.txt": SECOND, "seeds/third.txt": THIRD, "content/forums.yaml": FORUM,
                                 "content/sources.yaml": sources() + described})
    assert build(root, out=root / "site").ok
    html = (root / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")
    [listed] = re.findall(r"<dt data-pagefind-ignore>Counted as one source with</dt> <dd data-pagefind-ignore>(.*?)</dd>", html)
    assert re.findall(r">(Wire \d+)</a>", listed) == [f"Wire {n}" for n in range(10)]
    assert "; and 3 more sources <span" in listed
    html = (root / "site" / "sources" / "wire-12" / "index.html").read_text(encoding="utf-8")
    [listed] = re.findall(r"<dt data-pagefind-ignore>Counted as one source with</dt> <dd data-pagefind-ignore>(.*?)</dd>", html)
    assert re.findall(r">([^<]+)</a>", listed) == ["Forum report"] + [f"Wire {n}" for n in range(9)]
    assert "; and 3 more sources <span" in listed
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    assert sorted(s["id"] for s in data["sources"] if s["counted_as"] == "article") == \
        ["article"] + [f"wire-{n:02d}" for n in range(13)]


def claim_counts(make_project, seeds: dict[str, str], cites: list[tuple[str, ...]],
                 text: str = "Japan pledged $1 billion for the airport in Uzbekistan.",
                 publishers: dict[str, str] | None = None) -> int:
    """The independent sources of one claim citing (source, quote[, translation]) of `seeds`, each its own
    publisher ("<Id> Daily", unless `publishers` names it)."""
    publishers = publishers or {}
    listed = "".join(f"        - source: {sid}\n          quote: \"{quote}\"\n"
                     + "".join(f"          translation: \"{t}\"\n" for t in translation)
                     for sid, quote, *translation in cites)
    root = make_project({
        **{f"seeds/{sid}.txt": body for sid, body in seeds.items()},
        "content/sources.yaml": "".join(f"- id: {sid}\n  title: {sid.title()}\n"
                                        f"  publisher: {publishers.get(sid, sid.title() + ' Daily')}\n"
                                        for sid in seeds),
        "content/forums.yaml": None, "content/figures.yaml": None,
        "content/organisations.yaml": f"- id: jica\n  name: JICA\n  claims:\n    - text: {text}\n      cite:\n{listed}",
    }, base={k: v for k, v in MINI.items() if k == "content/countries.yaml"})
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return result.library.independent_sources(result.library.records["jica"].claims[0])


PLEDGE = "Japan pledged $1 billion for the airport in Uzbekistan."


def test_a_citation_whose_quote_says_nothing_of_the_claim_is_no_second_source(make_project):
    seeds = {"first": f"First\n{PLEDGE}\n", "second": "Second\nThe ministry declined to comment on the airport.\n"}
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", "The ministry declined to comment")]) == 1
    seeds["second"] = "Second\nTokyo pledged $1 billion for the Uzbek airport, officials said.\n"
    assert claim_counts(make_project, seeds, [("first", PLEDGE),
                                              ("second", "Tokyo pledged $1 billion for the Uzbek airport")]) == 2


def test_a_citation_that_writes_other_numbers_than_the_claims_is_no_second_source(make_project):
    """A quote that gives another amount or day contradicts the claim rather than corroborating it."""
    other = "Japan pledged $2 billion for the airport in Uzbekistan."
    seeds = {"first": f"First\n{PLEDGE}\n", "second": f"Second\n{other}\n"}
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", other)]) == 1
    dated = "Japan pledged $1 billion for the airport in Uzbekistan on 14 May."
    seeds["second"] = f"Second\n{dated}\n"
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", dated)]) == 2  # more numbers: it says as much
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", dated)],
                        text="Japan pledged $1 billion for the airport in Uzbekistan on 12 May.") == 1
    assert claim_counts(make_project, {**seeds, "first": f"First\n{PLEDGE} The date was not given.\n"},
                        [("first", PLEDGE), ("second", dated)],
                        text="Japan pledged $1 billion for the airport in Uzbekistan on 14 May.") == 2  # part of it
    words = "Japan pledged a large sum for the airport in Uzbekistan."  # no number: judged by its words
    seeds["second"] = f"Second\n{words}\n"
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", words)]) == 2


def test_two_papers_carrying_one_agencys_story_by_its_dateline_are_one_voice(make_project):
    short = "The money comes from the Global Gateway programme."  # too short to be told one story by its words
    claim = "The money comes from the Global Gateway programme."
    wire = "DAR ES SALAAM, Nov 17 (Coastline Wire) - Tanzania signed the loan. " + short
    seeds = {"first": f"First\n{wire}\n", "second": f"Second\n{wire}\n"}
    cites = [("first", short), ("second", short)]
    assert claim_counts(make_project, seeds, cites, text=claim) == 1
    seeds["second"] = f"Second\nDODOMA (Kyodo) — {short}\n"  # another agency's story
    assert claim_counts(make_project, seeds, cites, text=claim) == 2
    seeds["second"] = f"Second\nDodoma, Tanzania: {short}\n"  # no dateline naming an agency
    assert claim_counts(make_project, seeds, cites, text=claim) == 2



@pytest.mark.parametrize("first, second, voices", [
    ("according to Reuters", "citing a Reuters report", 1),  # one agency's report, passed on twice
    ("according to AP", "the Associated Press reported", 1),  # one agency, by two of its names
    ("Kyodo News reported", "according to Xinhua", 2),  # two agencies
    ("according to officials", "officials in Tashkent said", 2),  # nothing tells whose words these are
    ("according to the Second Daily", "it said", 1),  # the other source's own publisher
    # What was said to an agency is its reporting, and words may stand between the name and the credit.
    ("a minister told Reuters", "according to Reuters", 1),
    ("the minister said in an interview with AFP", "the AFP news agency reported", 1),
    ("the minister told the Associated Press", "according to a report by the Associated Press", 1),
    ("according to a document seen by Reuters", "two officials told Reuters", 1),
    ("Russia's Interfax news agency reported", "INTERFAX.RU reported", 1),
    ("the minister told Reuters", "the minister told AFP", 2),  # two agencies
    # An agency merely named, or words said to no agency, credit nothing.
    ("Reuters was not allowed to attend", "Reuters could not verify the report", 2),
    ("the minister told reporters", "the minister said in an interview", 2),
])
def test_papers_passing_on_one_outlets_report_are_one_voice(make_project, first, second, voices):
    seeds = {"first": f"First\n{PLEDGE[:-1]}, {first}.\n", "second": f"Second\n{PLEDGE[:-1]}, {second}.\n"}
    cites = [("first", f"{PLEDGE[:-1]}, {first}"), ("second", f"{PLEDGE[:-1]}, {second}")]
    assert claim_counts(make_project, seeds, cites) == voices

@pytest.mark.parametrize("quote, outlets", [
    ("Le Japon a promis 1 milliard de dollars, selon l'AFP.", {"afp"}),
    ("Le Japon a promis 1 milliard de dollars, rapporte l’agence Reuters.", {"reuters"}),
    ("Según la agencia EFE, Japón prometió 1.000 millones de dólares.", {"efe"}),
    ("Japón prometió 1.000 millones de dólares, informó Reuters.", {"reuters"}),
    ("Segundo a Reuters, o Japão prometeu mil milhões de dólares.", {"reuters"}),
    ("Secondo l'ANSA, il Giappone ha promesso un miliardo di dollari.", {"ansa"}),
    ("Laut dpa hat Japan eine Milliarde Dollar zugesagt.", {"dpa"}),
    ("Japan hat Reuters zufolge eine Milliarde Dollar zugesagt.", {"reuters"}),
    ("По данным ТАСС, Япония выделила 1 млрд долларов.", {"tass"}),
    ("Japan pledged $1 billion, according to AP.", {"associated press"}),
    ("据新华社报道，日本将投资20亿美元。", {"xinhua"}),
    ("新华社报道称，峰会将于明年举行。", {"xinhua"}),
    ("日本の共同通信によると、日本は3兆円を投資する。", {"kyodo"}),
    ("연합뉴스에 따르면 일본은 30억 달러를 투자한다.", {"yonhap"}),
    # Whose words they are is not told: no outlet.
    ("Selon des diplomates, le Japon a promis 1 milliard de dollars.", set()),
    ("Japón prometió 1.000 millones de dólares, informa que hubo acuerdo.", set()),
    ("Japan pledged $1 billion, a Reuters reporter found.", set()),
    ("Japan pledged $1 billion, the minister said in a statement to the press.", set()),
    ("Japan pledged $1 billion. Reuters was not allowed to attend the talks.", set()),
    ("据报道，峰会在北京举行。", set()),
    ("関係者によると、日本は3兆円を投資する。", set()),
])
def test_an_outlet_a_quote_credits_is_read_in_the_quotes_language(quote, outlets):
    from briefgen.corroboration import WIRE_AGENCIES, credited
    assert credited(quote, WIRE_AGENCIES) == outlets


def test_two_french_papers_passing_on_one_agencys_report_are_one_voice(make_project):
    said = {"first": "Le Japon a promis 1 milliard de dollars pour l'aéroport, selon l'AFP.",
            "second": "Le Japon a promis 1 milliard de dollars pour l'aéroport, a indiqué l'AFP."}
    seeds = {sid: f"---\nlanguage: fr\n---\n{text}\n" for sid, text in said.items()}
    assert claim_counts(make_project, seeds, [(sid, text) for sid, text in said.items()]) == 1
    said["second"] = "Le Japon a promis 1 milliard de dollars pour l'aéroport, selon Reuters."
    seeds = {sid: f"---\nlanguage: fr\n---\n{text}\n" for sid, text in said.items()}
    assert claim_counts(make_project, seeds, [(sid, text) for sid, text in said.items()]) == 2


@pytest.mark.parametrize("dateline", ["Москва. 12 марта. INTERFAX.RU - ", "MOSCOW. March 12. INTERFAX.RU - ",
                                      "MOSCOW, March 12 (INTERFAX.RU) - "])
def test_an_agency_datelining_its_story_by_its_sites_name_is_the_agency(make_project, dateline):
    seeds = {"first": f"First\n{dateline}{PLEDGE}\n", "second": f"Second\nMOSCOW (Interfax) - {PLEDGE}\n"}
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", PLEDGE)]) == 1
    seeds["second"] = f"Second\nTokyo. March 12. Gazeta.ru - {PLEDGE}\n"  # a paper's name, not an agency's
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", PLEDGE)]) == 2


@pytest.mark.parametrize("credit, voices", [
    ("— Reuters", 1), ("-Reuters.", 1), ("(AFP)", 1),  # an agency's copy, credited on its last line
    ("— Our Correspondent", 2), ("Reuters", 2),  # no agency, or a name with no mark of a credit
])
def test_papers_closing_one_agencys_copy_with_its_credit_are_one_voice(make_project, credit, voices):
    agency = "Reuters" if "Reuters" in credit else "AFP"
    seeds = {"first": f"First\nISLAMABAD: {PLEDGE}\n{credit}\n", "second": f"Second\nTASHKENT ({agency}) - {PLEDGE}\n"}
    assert claim_counts(make_project, seeds, [("first", PLEDGE), ("second", PLEDGE)]) == voices


def test_a_story_an_agency_datelines_counts_with_the_agency_itself():
    from briefgen.corroboration import dateline_agency, groups
    meta = {"agency": {"publisher": "Coastline Wire"}, "paper": {"publisher": "Daily Standard"}}
    agencies = {"agency": None, "paper": dateline_agency("Lamu deal\nLAMU, Nov 17 (Coastline  wire) - The port…")}
    assert groups(meta, {sid: sid for sid in meta}, agencies) == {"agency": "agency", "paper": "agency"}
    assert groups(meta, {sid: sid for sid in meta}) == {"agency": "agency", "paper": "paper"}


def test_one_long_passage_in_two_papers_is_one_story(make_project):
    story = ("Japan pledged $1 billion for the airport in Uzbekistan, the agency reported on Monday "
             "after talks in Tashkent.")
    seeds = {"first": f"First\n{story}\n", "second": f"Second\n{story}\n"}
    assert claim_counts(make_project, seeds, [("first", story), ("second", story)]) == 1
    short = "Japan pledged $1 billion for the airport"  # a short passage two reporters may well both write
    assert claim_counts(make_project, seeds, [("first", short), ("second", short)]) == 2


def test_one_long_passage_cut_shorter_from_one_paper_than_from_the_other_is_one_story(make_project):
    """The editor quotes the copied sentence whole from one paper and its first twelve words from the other."""
    story = ("Japan pledged $1 billion for the airport in Uzbekistan, the agency reported on Monday "
             "after talks in Tashkent.")
    cut = "Japan pledged $1 billion for the airport in Uzbekistan, the agency reported on Monday"
    seeds = {"first": f"First\n{story}\n", "second": f"Second\n{story}\n"}
    assert claim_counts(make_project, seeds, [("first", story), ("second", cut)]) == 1
    assert claim_counts(make_project, seeds, [("first", cut), ("second", story)]) == 1
    # Not a passage shorter than twelve words inside a long one: two reporters may well both write it.
    seeds["second"] = "Second\nJapan pledged $1 billion for the airport in Uzbekistan.\n"
    assert claim_counts(make_project, seeds, [("first", story),
                                              ("second", "Japan pledged $1 billion for the airport")]) == 2


def test_a_quote_in_another_language_bears_on_the_claim_through_its_translation(make_project):
    seeds = {"first": f"First\n{PLEDGE}\n",
             "second": "---\nlanguage: fr\n---\nLe ministère n'a pas commenté.\n"}
    french = ("second", "Le ministère n'a pas commenté.")
    assert claim_counts(make_project, seeds, [("first", PLEDGE), french]) == 2  # unread: it counts
    assert claim_counts(make_project, seeds, [("first", PLEDGE), (*french, "The ministry did not comment.")]) == 1


def test_check_coverage_lists_claims_resting_only_on_low_reliability_sources(project, capsys):
    graded = "  reliability: {}\n  assessment: Its editor says so.\n"
    root = project(graded.format("E"), graded.format("D"))
    forum = next(r for r in coverage(check(root).library).records if r.id == "astana-forum-2024")
    # The first claim cites the ungraded article too: only the second rests on low grades alone.
    assert forum.low_reliability == (LowReliability(2, "Organisers spoke about it.", (("second", "E"),)),)
    assert main(["--root", str(root), "check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert ("forum 'astana-forum-2024' claim 2 rests only on low-reliability sources (second: E): "
            "Organisers spoke about it.\n") in out
    assert out.endswith("; 1 claim on low-reliability sources only\n")
    assert main(["--root", str(root), "check", "--coverage", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    forum = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert forum["low_reliability"] == [{"claim": 2, "text": "Organisers spoke about it.",
                                         "sources": [{"id": "second", "reliability": "E"}]}]
    assert data["totals"]["low_reliability_claims"] == 1


WIRE_STORY = ("Chile will buy four frigates from Hanwha Ocean in a deal worth up to $2 billion, the defence "
              "ministry said on Tuesday. The first ship is due to be delivered early next year, with the rest "
              "following by 2031, officials in Santiago told reporters. The navy had sought new ships for more "
              "than a decade as its British-built frigates aged beyond repair.")


def test_two_papers_printing_one_story_under_their_own_headlines_are_one_voice(make_project):
    """No credit, dateline or metadata says so, and the quotes are too short to tell: the texts do."""
    seeds = {"herald": f"Chile to buy Korean warships\n{WIRE_STORY}\n",
             "courier": f"Santiago picks Hanwha for frigates\nBy staff\n{WIRE_STORY}\nMore to follow.\n"}
    quote = "four frigates"
    assert claim_counts(make_project, seeds, [("herald", quote), ("courier", quote)],
                        text="Chile will buy four frigates.") == 1


@pytest.mark.parametrize("second", ["Port notice\nThe port opened in Aktau.\n",
                                    "Port notice\n\nThe port  opened in Aktau.\n"])  # saved again, spaced otherwise
def test_two_sources_of_the_same_short_text_are_one_voice(make_project, second):
    """Too short for a sentence the same-story rule counts, yet the same text: the same notice twice."""
    seeds = {"first": "Port notice\nThe port opened in Aktau.\n", "second": second}
    quote = "The port opened in Aktau."
    assert claim_counts(make_project, seeds, [("first", quote), ("second", quote)],
                        text="The port opened in Aktau.") == 1


def test_two_sources_of_the_same_one_paragraph_stay_two_voices(make_project):
    """A paragraph alone may be a statement two outlets each print whole."""
    seeds = {"first": "The port opened in Aktau.\n", "second": "The port opened in Aktau.\n"}
    quote = "The port opened in Aktau."
    assert claim_counts(make_project, seeds, [("first", quote), ("second", quote)],
                        text="The port opened in Aktau.") == 2


def test_two_short_texts_apart_by_a_word_stay_two_voices(make_project):
    seeds = {"first": "Port notice\nThe port opened in Aktau.\n",
             "second": "Port notice\nThe port opened in Aktau today.\n"}
    quote = "The port opened in Aktau"
    assert claim_counts(make_project, seeds, [("first", quote), ("second", quote)],
                        text="The port opened in Aktau.") == 2


def test_two_stories_sharing_one_sentence_or_short_phrases_stay_two_voices(make_project):
    own = ("Chile will buy four frigates from Hanwha Ocean in a deal worth up to $2 billion, the defence "
           "ministry said on Tuesday.")
    seeds = {"herald": f"Chile to buy Korean warships\n{WIRE_STORY}\n",
             "courier": f"Frigates\n{own} Analysts at a Santiago think tank said the price looked high for ships "
                        "of that size. Opposition senators asked for the contract to be published in full.\n"}
    assert claim_counts(make_project, seeds, [("herald", "four frigates"), ("courier", "four frigates")],
                        text="Chile will buy four frigates.") == 2


@pytest.mark.parametrize("herald, voices", [
    (f"Herald\n{PLEDGE}\n— Reuters\n", 1),  # the paper credited prints the agency's copy: the agency's voice
    (f"Herald\n{PLEDGE}\n", 2),  # a voice of its own, which the credit passes on
])
def test_a_quote_crediting_a_paper_the_claim_does_not_cite_counts_with_that_papers_voice(make_project, herald,
                                                                                          voices):
    seeds = {"wire": f"Wire\nTASHKENT (Reuters) - {PLEDGE}\n", "herald": herald,
             "third": f"Third\n{PLEDGE[:-1]}, according to the Herald Daily.\n"}
    cites = [("wire", PLEDGE), ("third", f"{PLEDGE[:-1]}, according to the Herald Daily")]
    assert claim_counts(make_project, seeds, cites) == voices


@pytest.mark.parametrize("publisher, credit", [
    ("Ministry of Mining and Heavy Industry", "the Ministry of Mining and Heavy Industry said on Tuesday"),
    ("Bosnia and Herzegovina Times", "according to the Bosnia and Herzegovina Times"),
    ("Ministerio de Minería y Energía", "informó el Ministerio de Minería y Energía"),
    ("Procter & Gamble", "Procter & Gamble said"),
])
def test_a_quote_crediting_an_outlet_whose_name_joins_words_with_and_is_that_outlets_voice(make_project, publisher,
                                                                                           credit):
    seeds = {"release": f"Release\n{PLEDGE}\n", "paper": f"Paper\n{PLEDGE[:-1]}, {credit}.\n"}
    cites = [("release", PLEDGE), ("paper", f"{PLEDGE[:-1]}, {credit}")]
    assert claim_counts(make_project, seeds, cites, publishers={"release": publisher}) == 1


def test_two_outlets_joined_by_and_are_each_credited():
    from briefgen.corroboration import WIRE_AGENCIES, credited
    assert credited("Japan pledged $1 billion, according to Reuters and AFP.", WIRE_AGENCIES) == {"reuters", "afp"}
    assert credited("Japan pledged $1 billion, Reuters and AFP reported.", WIRE_AGENCIES) == {"reuters", "afp"}
    assert credited("Japan pledged $1 billion, according to officials and Reuters.", WIRE_AGENCIES) == {"reuters"}


def test_a_rebuild_after_the_credited_paper_changes_counts_as_a_clean_build(make_project, tmp_path):
    seeds = {"wire": f"Wire\nTASHKENT (Reuters) - {PLEDGE}\n", "herald": f"Herald\n{PLEDGE}\n",
             "third": f"Third\n{PLEDGE[:-1]}, according to the Herald Daily.\n"}
    cites = [("wire", PLEDGE), ("third", f"{PLEDGE[:-1]}, according to the Herald Daily")]
    claim_counts(make_project, seeds, cites)
    root = tmp_path / "project"
    assert build(root, search=False).ok
    assert "single source" not in (root / "site" / "organisations" / "jica" / "index.html").read_text()
    (root / "seeds" / "herald.txt").write_text(f"Herald\n{PLEDGE}\n— Reuters\n")  # the Herald, uncited, now a copy
    assert build(root, search=False).ok
    clean = build(root, out=tmp_path / "clean", search=False, clean=True)
    assert clean.ok
    page = "organisations/jica/index.html"
    assert "single source" in (tmp_path / "clean" / page).read_text()
    assert (root / "site" / page).read_text() == (tmp_path / "clean" / page).read_text()


@pytest.mark.parametrize("first, second, voices", [
    ("according to Reuters", "citing a Reuters report", 1),
    ("officials said", "the First Daily reported", 1),  # the other source's own publisher, after the passage
    ("the minister told Reuters", "the minister told AFP", 2),
])
def test_an_outlet_credited_in_the_sentence_a_quote_was_cut_from_is_read(make_project, first, second, voices):
    """An editor may quote only the pledge of "Japan pledged $1 billion, according to Reuters": the credit is the
    sentence's, and cutting the quote short of it must not make two voices of one agency's report."""
    seeds = {"first": f"First\n{PLEDGE[:-1]}, {first}.\n", "second": f"Second\n{PLEDGE[:-1]}, {second}.\n"}
    cites = [("first", PLEDGE[:-1]), ("second", PLEDGE[:-1])]
    assert claim_counts(make_project, seeds, cites) == voices


def test_a_rebuild_after_a_credit_is_added_beside_a_quote_counts_as_a_clean_build(make_project, tmp_path):
    seeds = {"first": f"First\n{PLEDGE}\n", "second": f"Second\n{PLEDGE}\n"}
    claim_counts(make_project, seeds, [("first", PLEDGE[:-1]), ("second", PLEDGE[:-1])])
    root = tmp_path / "project"
    assert build(root, search=False).ok
    page = root / "site" / "organisations" / "jica" / "index.html"
    assert "single source" not in page.read_text()
    (root / "seeds" / "second.txt").write_text(f"Second\n{PLEDGE[:-1]}, the First Daily reported.\n")
    assert build(root, search=False).ok
    assert "single source" in page.read_text()


@pytest.mark.parametrize("second_quote, marked", [
    ("The ministry declined to comment", True),  # says nothing of the pledge: the claim rests on the D source
    ("Tokyo pledged $1 billion for the Uzbek airport", False),
])
def test_a_claim_is_low_reliability_when_only_its_low_graded_sources_bear_on_it(make_project, second_quote,
                                                                                 marked):
    seeds = {"low": f"Low\n{PLEDGE}\n",
             "high": "High\nThe ministry declined to comment. Tokyo pledged $1 billion for the Uzbek airport.\n"}
    grades = {"low": "D", "high": "A"}
    root = make_project({
        **{f"seeds/{sid}.txt": body for sid, body in seeds.items()},
        "content/sources.yaml": "".join(f"- id: {sid}\n  title: {sid.title()}\n  publisher: {sid.title()} Daily\n"
                                        f"  reliability: {grades[sid]}\n  assessment: Its editor says so.\n"
                                        for sid in seeds),
        "content/forums.yaml": None, "content/figures.yaml": None,
        "content/organisations.yaml": f"- id: jica\n  name: JICA\n  claims:\n    - text: {PLEDGE}\n      cite:\n"
                                      f"        - source: low\n          quote: \"{PLEDGE}\"\n"
                                      f"        - source: high\n          quote: \"{second_quote}\"\n",
    }, base={k: v for k, v in MINI.items() if k == "content/countries.yaml"})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "organisations" / "jica" / "index.html").read_text(encoding="utf-8")
    assert ('class="badge low-reliability"' in html) is marked
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    [claim] = next(r for r in data["records"] if r["id"] == "jica")["claims"]
    assert claim["low_reliability"] is marked
    assert any(r.low_reliability for r in coverage(result.library).records) is marked
