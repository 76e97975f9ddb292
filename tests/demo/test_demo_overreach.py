"""The overreach check on the demo brief: the five claims issue 9 names as
saying more than their quotes are flagged, as they stood before the brief was
corrected (a fixture copy of those records, run against the real seeds), and
the corrected brief carries no overreach warning."""
import shutil
from pathlib import Path

import pytest

from briefgen import check
from briefgen.overreach import find

REPO = Path(__file__).resolve().parents[2]
ORIGINAL = REPO / "tests" / "fixtures" / "overreach-demo"


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    root = tmp_path_factory.mktemp("overreach-demo")
    (root / "seeds").mkdir()
    for seed in ("000_6b63e09ce1224b78", "003_71bbbec9e7f28b47"):
        shutil.copyfile(REPO / "seeds" / f"{seed}.txt", root / "seeds" / f"{seed}.txt")
    shutil.copytree(ORIGINAL, root / "content", ignore=shutil.ignore_patterns("README.md"))
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    lib = result.library
    report = find(lib.records, lib.disputes, lib.sources, lib.source_meta, lib.anchors)
    return result, {(o.id, o.text.split()[0], o.text.split()[1]): o for o in report}


def test_forum_claim_4_adds_the_sixth_consultative_meeting(flagged):
    result, report = flagged
    item = report[("c5-japan-business-forum-2024", "The", "forum")]
    assert item.warned and item.numbers == ("Sixth",)
    assert {"Consultative", "Meeting", "Heads"} <= set(item.names)
    assert any("names Consultative, Meeting, Heads" in d.message and str(d.location) == "content/forums.yaml:27:13"
               for d in result.diagnostics.warnings)


def test_jp_claim_9_adds_see_its_interest_as_advantageous(flagged):
    item = flagged[1][("jp", "According", "to")]
    assert item.warned
    assert {"interest", "advantageous"} <= set(item.words)


def test_jp_claim_8_says_alliance_where_the_quote_says_connections(flagged):
    item = flagged[1][("jp", "One", "analysis")]
    assert "alliance" in item.words


def test_challenge_and_lead_claim_2_names_a_memorandum_and_ministry_not_quoted(flagged):
    item = flagged[1][("challenge-and-lead", "It", "signed")]
    assert item.warned and {"Ministry", "Digital", "Development"} <= set(item.names)
    assert {"memorandum", "signed"} <= set(item.words)


def test_the_hydro_roadmap_adds_small_hydroelectric_power_plants(flagged):
    item = flagged[1][("kyrgyzstan-japan-hydro-roadmap", "Alongside", "the")]
    assert {"small", "power", "plants"} <= set(item.words)


def test_the_corrected_brief_has_no_overreach_warning():
    result = check(REPO)
    assert [d.format() for d in result.diagnostics.warnings if "none of its quotes" in d.message] == []
