"""The overreach check reads as a plan what English tells by "be" before "to" and a verb ("was to sign", "was to
have signed", which tells it was not done), by "due to" before a verb with its object ("is due to sign the deal",
"was due to be held"), and by "plans on" ("plans on signing"); not "due to" before a cause ("due to sanctions",
"due to bad weather"), nor "be" before "to" and a place or a determiner ("was to Japan", "was to the north")."""
import pytest

from test_overreach import _judged

DENIED = 3  # Reader.unsupported's list of what its quotes deny
DONE = 4  # Reader.unsupported's list of what its quotes only intend


@pytest.mark.parametrize("claim, quote, done", [
    ("Japan signed the deal.", "Japan was due to sign the deal.", ["signed"]),
    ("Japan opened the office.", "Japan is due to open the office in May.", ["opened"]),
    ("The forum was held in Osh.", "The forum was due to be held in Osh.", ["held"]),
    ("Japan paid $5 million.", "Japan was due to pay $5 million.", ["paid"]),
    ("Japan hosted the forum.", "Japan is to host the forum.", ["hosted"]),
    ("Japan signed the deal.", "Japan plans on signing the deal.", ["signed"]),
    ("Japan signed the deal.", "Japan had planned on signing the deal.", ["signed"]),
])
def test_a_claim_that_tells_as_done_what_its_quote_was_due_or_was_to_do_is_reported(claim, quote, done):
    assert _judged(claim, quote, "en")[DONE] == done


def test_a_claim_that_tells_as_done_what_its_quote_was_to_have_done_turns_it_round():
    """"Was to have signed" tells that it was not signed (negations.was_to_have): the claim that it was is told
    as without the negation its quote writes, not as done what its quote only intends."""
    assert _judged("Japan signed the deal.", "Japan was to have signed the deal.", "en")[DENIED:DONE + 1] == (
        ["signed"], [])


@pytest.mark.parametrize("claim, quote", [
    ("Aid fell because of sanctions.", "Aid fell due to sanctions."),
    ("The delay was caused by bad weather.", "The delay was due to bad weather."),
    ("The delay was caused by the drought.", "The delay was due to the drought."),
    ("Exports fell amid fears.", "Exports fell due to fears that prices would rise."),
    ("Exports fell amid problems.", "Exports fell due to problems it faced."),
    ("Japan signed the deal, which expired.", "Japan signed the deal, which was due to expire."),
    ("Japan is due to sign the deal.", "Japan was due to sign the deal."),
    ("Japan was to sign the deal.", "Japan was to have signed the deal."),
    ("Exports went to Japan.", "Exports were to Japan."),
    ("Most aid went to the north.", "Most aid was to the north."),
])
def test_a_cause_a_place_or_a_plan_kept_is_not_told_as_done(claim, quote):
    assert _judged(claim, quote, "en")[DONE] == []
