"""`briefgen check --coverage`: which paragraphs of each source the brief
cites, and which records say less than their quotes could prove."""
import json
import unicodedata
from pathlib import Path

import pytest

from briefgen import check
from briefgen.cli import main
from briefgen.coverage import RecordCoverage, SingleSource, SourceCoverage, Unsupported, coverage


# MINI cites ¶2 of its article; the wire is cited whole. The forum names two
# people, and only one of them is in its quotes.
COVERED = {
    "seeds/wire.txt": "Fumio Kishida sent a message to the forum.\n",
    "content/forums.yaml": """\
        - id: astana-forum-2024
          name: Astana Forum
          date: 2024-08-09
          place: Astana
          people: [Fumio Kishida, Kassym-Jomart Tokayev]
          claims:
            - text: The forum met in Astana on 9 August 2024.
              cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana"
            - text: Kishida sent a message.
              cite:
                - source: wire
                  quote: "Fumio Kishida sent a message to the forum."
        """,
}

TEXT = """\
article  1/3 paragraphs cited (33%)  uncited: ¶1, ¶3
wire     1/1 paragraphs cited (100%)
forum 'astana-forum-2024': people 'Kassym-Jomart Tokayev' is in none of its quotes
forum 'astana-forum-2024' has no status (shown as 'status not reported'); its quotes say it was held
forum 'astana-forum-2024' claim 1 rests on a single source (article): The forum met in Astana on 9 August 2024.
forum 'astana-forum-2024' claim 2 rests on a single source (wire): Kishida sent a message.
figure 'companies' claim 1 rests on a single source (article): More than 350 companies took part.
country 'jp' has no claims
country 'kz' has no claims
total: 2/4 paragraphs cited (50%) in 2 sources; 2 of 4 records without claims; 1 unsupported field value; 1 event without a status; 3 single-source claims; 0 claims on low-reliability sources only
"""


@pytest.fixture
def covered(make_project) -> Path:
    return make_project(COVERED)


def test_coverage_lists_cited_and_uncited_paragraphs_and_record_gaps(covered):
    report = coverage(check(covered).library)
    assert report.sources == (SourceCoverage("article", 3, (2,), (1, 3)), SourceCoverage("wire", 1, (1,), ()))
    assert report.records == (
        RecordCoverage("astana-forum-2024", "forum", 2, (Unsupported("people", "Kassym-Jomart Tokayev"),),
                       status_missing=True, status_in_quotes=("held",), single_source=(
                           SingleSource(1, "The forum met in Astana on 9 August 2024.", "article"),
                           SingleSource(2, "Kishida sent a message.", "wire"))),
        RecordCoverage("companies", "figure", 1, (), single_source=(
            SingleSource(1, "More than 350 companies took part.", "article"),)),
        RecordCoverage("jp", "country", 0, ()),
        RecordCoverage("kz", "country", 0, ()),
    )
    assert (report.paragraphs, report.cited, report.record_count) == (4, 2, 4)


def test_place_and_people_count_only_when_a_quote_of_the_record_has_them(make_project):
    forum = COVERED["content/forums.yaml"].replace("place: Astana", "place: Tashkent").replace(
        ", Kassym-Jomart Tokayev", "")
    report = coverage(check(make_project({**COVERED, "content/forums.yaml": forum})).library)
    assert report.records[0].unsupported == (Unsupported("place", "Tashkent"),)


def test_a_place_the_quote_declines_is_found_as_the_build_finds_it(make_project):
    """Polish writes "w Warszawie" for Warszawa: the build accepts it, so the report must not list it."""
    files = {"seeds/pap.txt": "---\nlanguage: pl\n---\n3 marca 2026 r. w Warszawie odbyło się spotkanie ministrów.\n",
             "content/meetings.yaml": """\
        - id: spotkanie
          name: Spotkanie ministrów
          date: 2026-03-03
          place: Warszawa
          claims:
            - text: 3 marca 2026 r. w Warszawie odbyło się spotkanie ministrów.
              cite:
                - source: pap
                  quote: "3 marca 2026 r. w Warszawie odbyło się spotkanie ministrów"
        """}
    result = check(make_project(files))
    assert not [d for d in result.diagnostics.items if "Warszawa" in d.format()]
    meeting = next(r for r in coverage(result.library).records if r.id == "spotkanie")
    assert meeting.unsupported == ()


def test_passages_cited_only_by_a_dispute_count_as_cited(make_project):
    root = make_project({"content/disputes.yaml": """\
        - id: forum-airport
          question: Was the airport pledge part of the forum?
          positions:
            - record: astana-forum-2024
              text: One report mentions the pledge with the forum.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
            - record: companies
              text: The same report lists the companies.
              cite:
                - source: article
                  quote: "More than 350 companies took part."
        """})
    assert coverage(check(root).library).sources == (SourceCoverage("article", 3, (2, 3), (1,)),)


def test_check_coverage_prints_a_line_per_source_and_record_and_a_total(covered, capsys):
    assert main(["--root", str(covered), "check", "--coverage"]) == 0
    out, err = capsys.readouterr()
    # The page shows the person as a fact: the check warns as well.
    assert (out, err) == (TEXT, "content/forums.yaml:5:27: warning: people 'Kassym-Jomart Tokayev' of forum "
                                "'astana-forum-2024' is written in none of its quotes\n"
                                "    hint: write it as a cited quote does, or cite a passage that names it\n")


def test_check_coverage_json_has_the_documented_structure(covered, capsys):
    assert main(["--root", str(covered), "check", "--coverage", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "sources": [
            {"id": "article", "paragraphs": 3, "cited": [2], "uncited": [1, 3], "share": 0.3333},
            {"id": "wire", "paragraphs": 1, "cited": [1], "uncited": [], "share": 1.0},
        ],
        "records": [
            {"id": "astana-forum-2024", "kind": "forum", "claims": 2,
             "unsupported": [{"field": "people", "value": "Kassym-Jomart Tokayev"}],
             "status_missing": True, "status_in_quotes": ["held"],
             "single_source": [{"claim": 1, "text": "The forum met in Astana on 9 August 2024.", "source": "article",
                                "why": ""},
                               {"claim": 2, "text": "Kishida sent a message.", "source": "wire", "why": ""}],
             "low_reliability": []},
            {"id": "companies", "kind": "figure", "claims": 1, "unsupported": [], "status_missing": False,
             "status_in_quotes": [],
             "single_source": [{"claim": 1, "text": "More than 350 companies took part.", "source": "article",
                                "why": ""}],
             "low_reliability": []},
            {"id": "jp", "kind": "country", "claims": 0, "unsupported": [], "status_missing": False,
             "status_in_quotes": [], "single_source": [], "low_reliability": []},
            {"id": "kz", "kind": "country", "claims": 0, "unsupported": [], "status_missing": False,
             "status_in_quotes": [], "single_source": [], "low_reliability": []},
        ],
        "totals": {"sources": 2, "paragraphs": 4, "cited": 2, "share": 0.5, "records": 4,
                   "records_without_claims": 2, "unsupported_fields": 1, "events_without_status": 1, "single_source_claims": 3,
                   "low_reliability_claims": 0},
    }


def test_an_event_with_a_status_is_not_listed_for_it(make_project):
    forum = COVERED["content/forums.yaml"].replace("place: Astana", "status: held\n          place: Astana")
    report = coverage(check(make_project({**COVERED, "content/forums.yaml": forum})).library)
    assert report.records[0].status_missing is False and report.events_without_status == 0


def test_check_coverage_of_a_broken_project_prints_its_errors(make_project, capsys):
    root = make_project({"content/figures.yaml": None})
    (root / "content" / "forums.yaml").write_text("- id: x\n  name: X\n", encoding="utf-8")
    assert main(["--root", str(root), "check", "--coverage"]) == 1
    out, err = capsys.readouterr()
    assert "content/forums.yaml:1:3: error: forum 'x' is missing required field 'claims'" in err
    assert out.startswith("failed: 1 error")


def test_check_with_both_reports_prints_both(covered, capsys):
    assert main(["--root", str(covered), "check", "--coverage"]) == 0
    coverage_text = capsys.readouterr().out
    assert main(["--root", str(covered), "check", "--overreach"]) == 0
    overreach_text = capsys.readouterr().out
    assert main(["--root", str(covered), "check", "--coverage", "--overreach"]) == 0
    assert capsys.readouterr().out == coverage_text + "\n" + overreach_text
    assert main(["--root", str(covered), "check", "--coverage", "--overreach", "--format", "json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert set(both) == {"coverage", "overreach"}
    assert both["coverage"]["totals"]["sources"] == 2 and "claims" in json.dumps(both["overreach"])


def test_people_count_when_a_quote_writes_them_with_accents_in_another_form(make_project):
    """A name typed as one letter each (NFC), quoted from a file saved as letters and combining marks (NFD)."""
    wire = unicodedata.normalize("NFD", "Fumio Kishida sent a message to the forum of Kassym-Jomart Tokáyev.\n")
    forum = COVERED["content/forums.yaml"].replace("Tokayev", "Tokáyev").replace(
        '"Fumio Kishida sent a message to the forum."', f'"{wire.strip()}"')
    report = coverage(check(make_project({**COVERED, "seeds/wire.txt": wire, "content/forums.yaml": forum})).library)
    assert report.records[0].unsupported == ()


def test_a_text_report_shows_a_direction_override_escaped_as_diagnostics_do(make_project, capsys):
    """A claim's U+202E printed as it is would write the rest of its line
    (and, in some terminals, what follows) backwards."""
    forums = COVERED["content/forums.yaml"].replace("- text: Kishida sent a message.",
                                                    '- text: "Kishida sent \\u202ea message."')
    root = make_project({**COVERED, "content/forums.yaml": forums})
    assert main(["--root", str(root), "check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert "claim 2 rests on a single source (wire): Kishida sent \\u202ea message.\n" in out


@pytest.mark.parametrize("reports", [["--coverage"], ["--overreach"], ["--coverage", "--overreach"]])
def test_a_json_report_writes_a_direction_override_and_a_c1_control_as_json_escapes(make_project, capsys, reports):
    """`check --coverage --format json` in a terminal or a CI log: a claim's
    U+202E or U+009B (a terminal's CSI) printed raw would reverse or recolour
    what follows; as JSON escapes they read back the same."""
    forums = COVERED["content/forums.yaml"].replace("- text: Kishida sent a message.",
                                                    '- text: "Kishida sent \\u202ea \\x9bwarm message."')
    root = make_project({**COVERED, "content/forums.yaml": forums})
    assert main(["--root", str(root), "check", *reports, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\x9b" not in out
    assert "Kishida sent \\u202ea \\u009bwarm message." in out
    assert "Kishida sent \u202ea \x9bwarm message." in json.dumps(json.loads(out), ensure_ascii=False)


def test_a_single_source_claim_of_two_sources_says_why_they_count_as_one(make_project, capsys):
    """"rests on a single source (first)" of a claim citing two articles of one publisher did not say why two
    sources are one, nor which of them it named; the report says it as the claim's page does."""
    root = make_project({
        "seeds/wire.txt": "Japan pledged $1 billion for an airport in Uzbekistan, the ministry said.\n",
        "seeds/copy.txt": "Japan pledged $1 billion for an airport in Uzbekistan.\n",
        "content/sources.yaml": "- id: wire\n  publisher: Daily Post\n- id: copy\n  publisher: Daily Post\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
        - id: airport-pledge
          name: Airport pledge
          claims:
            - text: Japan pledged $1 billion for an airport in Uzbekistan.
              cite:
                - source: wire
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan"
                - source: copy
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """})
    assert main(["--root", str(root), "check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert ("forum 'airport-pledge' claim 1 rests on a single source (wire; wire, copy count as one voice: same "
            "publisher): Japan pledged $1 billion for an airport in Uzbekistan.") in out.splitlines()
    assert main(["--root", str(root), "check", "--coverage", "--format", "json"]) == 0
    [record] = [r for r in json.loads(capsys.readouterr().out)["records"] if r["id"] == "airport-pledge"]
    assert record["single_source"][0]["why"] == "wire, copy count as one voice: same publisher"
