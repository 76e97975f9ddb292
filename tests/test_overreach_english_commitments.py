"""The overreach check reads an English commitment before "to" as a plan
("agreed to sign", "decided to build", "offered to host"), a word of intent
that another plans as planned itself ("is expected to pledge"), and
"declined to" before a verb as a denial ("declined to confirm"); not a
commitment's object ("agreed a deal", "pledged $1 billion") nor a fall
("declined to $3 billion")."""
import pytest

from test_overreach import _judged

DENIED, DONE = 3, 4  # Reader.unsupported's lists


@pytest.mark.parametrize("claim, quote, done", [
    ("Japan and Kazakhstan signed a transit accord.", "Japan and Kazakhstan agreed to sign a transit accord.",
     ["signed"]),
    ("Japan built a plant in Osh.", "Japan decided to build a plant in Osh.", ["built"]),
    ("Japan hosted the summit.", "Japan offered to host the summit.", ["hosted"]),
    ("Japan funded the railway.", "Japan pledged to fund the railway.", ["funded"]),
    ("The ministers opened the border.", "The ministers promised to open the border.", ["opened"]),
    ("Japan pledged $1 billion to the fund.", "Japan is expected to pledge $1 billion to the fund.", ["pledged"]),
])
def test_a_claim_that_tells_as_done_what_its_quote_commits_to_is_reported(claim, quote, done):
    assert _judged(claim, quote, "en")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    ("Japan agreed to sign a transit accord.", "Japan and Kazakhstan agreed to sign a transit accord."),
    ("Japan plans to build a plant in Osh.", "Japan decided to build a plant in Osh."),
    ("Japan agreed a deal with Astana.", "Japan agreed a deal with Astana."),
    ("Japan pledged $7 million to Osh.", "Japan pledged $7 million to Osh."),
    ("Japan offered a loan to Bishkek.", "Japan offered a loan to Bishkek."),
    ("Japan will pledge $9 million.", "Japan is expected to pledge $9 million."),
])
def test_a_commitment_kept_or_a_deed_it_names_is_not_reported(claim, quote):
    assert _judged(claim, quote, "en")[DONE] == []


@pytest.mark.parametrize("claim, quote, dropped", [
    ("Tajikistan joined the pact.", "Tajikistan declined to join the pact.", ["joined"]),
    ("The ministry confirmed the deal.", "The ministry declined to confirm the deal.", ["confirmed"]),
])
def test_a_claim_that_drops_declined_to_is_reported(claim, quote, dropped):
    assert _judged(claim, quote, "en")[DENIED] == dropped


@pytest.mark.parametrize("claim, quote", [
    ("Exports fell to $3 billion.", "Exports declined to $3 billion."),
    ("Exports fell to the lowest level.", "Exports declined to the lowest level."),
    ("Tajikistan declined to join the pact.", "Tajikistan declined to join the pact."),
])
def test_a_fall_or_a_refusal_kept_is_not_a_denial_dropped(claim, quote):
    assert _judged(claim, quote, "en")[DENIED] == []
