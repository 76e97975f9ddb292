"""The overreach check warns where an English claim outbids its quotes by a word of a class (strongerwords.py): a
quantifier higher on its scale on the noun a quote quantifies, a superlative or a word of a record no quote states,
a word of cause no quote writes, and a verb of opposite sense to the one a quote writes of the same subject or
object. Faithful restatements in other words of the same class stay quiet."""
import json

import pytest

from briefgen.claimreader import Reader
from briefgen.diagnostics import Location
from briefgen.model import Cite
from test_overreach import forum, report, warnings


def _stronger(claim: str, quote: str, brief: str = "en", source: str | None = None, translation: str = ""):
    reader = Reader({}, {"s": {"language": source}} if source else {}, [], brief)
    cites = [Cite("s", quote, Location("x"), translation=translation)]
    return reader.stronger(claim, cites, reader.unsupported(claim, cites)[2])


@pytest.mark.parametrize("claim, quote, stronger", [
    ("All the ministers backed the plan.", "Some ministers backed the plan.", ["all, where its quotes say some"]),
    ("Every minister backed the plan.", "Several ministers backed the plan.", ["every, where its quotes say several"]),
    ("Every minister backed the plan.", "Most ministers backed the plan.", ["every, where its quotes say most"]),
    ("Most firms joined.", "Some firms joined.", ["most, where its quotes say some"]),
    ("All of them signed.", "Some of them signed.", ["all, where its quotes say some"]),
    ("Japan gave the largest ever Japanese loan.", "Japan gave a Japanese loan.", ["largest", "ever"]),
    ("Japan signed a historic deal.", "Japan signed a deal.", ["historic"]),
    ("Japan gave a record loan.", "Japan gave a loan.", ["record"]),
    ("Trade hit a record high.", "Trade rose.", ["record"]),
    ("Japan gave an unprecedented loan.", "Japan gave a loan.", ["unprecedented"]),
    ("Japan signed a landmark deal.", "Japan signed a deal.", ["landmark"]),
    ("The worst drought hit Uzbekistan.", "A drought hit Uzbekistan.", ["worst"]),
    ("Japan cut aid because of the drought.", "Japan cut aid. The drought worsened.", ["because"]),
    ("Japan cut aid due to the drought.", "Japan cut aid. The drought worsened.", ["due to"]),
    ("Japan cut aid in response to the drought.", "Japan cut aid. The drought worsened.", ["in response to"]),
    ("The drought led to the aid cut.", "Japan cut aid. The drought worsened.", ["led to"]),
    ("The drought prompted Japan to cut aid.", "Japan cut aid. The drought worsened.", ["prompted"]),
    ("Japan cut aid as a result of the drought.", "Japan cut aid. The drought worsened.", ["as a result"]),
    ("Turkmenistan accepted the plan.", "Turkmenistan rejected the plan.",
     ["accepted, where its quotes say rejected"]),
    ("The council approved the plan.", "The council vetoed the plan.", ["approved, where its quotes say vetoed"]),
    ("Exports rose in May.", "Exports fell in May.", ["rose, where its quotes say fell"]),
    ("The party won the vote.", "The party lost the vote.", ["won, where its quotes say lost"]),
    ("Japan increased aid.", "Japan decreased aid.", ["increased, where its quotes say decreased"]),
])
def test_a_claim_that_outbids_its_quote_is_reported(claim, quote, stronger):
    assert _stronger(claim, quote) == stronger


@pytest.mark.parametrize("claim, quote", [
    ("All the ministers backed the plan.", "All ministers backed the plan."),
    ("Every minister backed the plan.", "All ministers backed the plan."),
    ("Some ministers backed the plan.", "Several ministers backed the plan."),
    ("Ministers backed the plan.", "Most ministers backed the plan."),
    ("All five states attended.", "Five states attended."),
    ("The ministers thanked each other.", "The ministers thanked some other officials."),
    ("Each side signed the memorandum.", "Both sides signed the memorandum."),
    ("It was the most ambitious plan.", "It was the most ambitious plan."),
    ("Japan is the largest donor.", "Japan is the biggest donor."),
    ("Japan gave a record $5 billion.", "Japan gave an unprecedented $5 billion."),
    ("Japan signed its first-ever deal with Kazakhstan.", "Japan signed its first deal with Kazakhstan."),
    ("Japan pledged at least $40 million.", "Japan pledged at least $40 million."),
    ("Japan shared its experience.", "Japan shared best practices."),
    ("Japan's track record on aid is long.", "Japan has given aid for decades."),
    ("The minutes were kept on record.", "The minutes were kept."),
    ("The talks were held near a landmark.", "The talks were held near a landmark."),
    ("Japan signed a deal.", "Japan signed a historic deal."),
    ("Japan cut aid because of the drought.", "Japan cut aid due to the drought."),
    ("Japan cut aid because of the drought.", "The drought led Japan to cut aid."),
    ("The drought prompted Japan to cut aid.", "Japan cut aid because of the drought."),
    ("Trade grew thanks to new routes.", "New routes boosted trade."),
    ("Exports rose due to demand.", "Demand drove exports up."),
    ("Japan is Kazakhstan's largest investor.", "Japan is Kazakhstan's top investor."),
    ("The cause of the delay was not given.", "Officials did not explain the delay."),
    ("The loan is due to be repaid in 2030.", "The loan is due to be repaid in 2030."),
    ("Turkmenistan approved the plan.", "Turkmenistan accepted the plan."),
    ("The council accepted the plan.", "The council approved the plan it had rejected in May."),
    ("Japan lifted the sanctions.", "Japan ended the sanctions it imposed in 2022."),
    ("Japan allowed imports.", "Japan lifted the ban on imports."),
    ("The border is open again.", "The border, closed since May, reopened."),
    ("Turkmenistan rejected the plan.", "Turkmenistan rejected the plan but accepted the loan."),
])
def test_a_faithful_restatement_is_not_reported(claim, quote):
    assert _stronger(claim, quote) == []


def test_a_quote_read_in_no_english_is_not_judged_by_english_words():
    assert _stronger("Japan cut aid because of the drought.", "Japonya yardımı kesti.", source="tr") == []
    assert _stronger("Japan cut aid because of the drought.", "Japonya yardımı kesti.", source="tr",
                     translation="Japan cut aid.") == ["because"]
    assert _stronger("Japonya yardımı kuraklık nedeniyle kesti.", "Japonya yardımı kesti.", brief="tr") == []


def test_a_stronger_word_warns_and_is_reported(make_project, capsys):
    root = make_project(forum(("The forum was the largest ever held in Astana.", "the forum met in Astana")))
    messages = [d.message for d in warnings(root)]
    assert messages == ["claim 2 of forum 'astana-forum-2024' states what none of its quotes does: "
                        "words that outbid its quotes: largest; ever"]
    data = json.loads(report(root, capsys, "--format", "json"))
    assert [item["stronger"] for item in data["claims"] if item["claim"] == 2] == [["largest", "ever"]]
    assert "outbids its quotes: largest; ever" in report(root, capsys)
