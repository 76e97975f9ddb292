"""A provisional text is a hedge: what a draft, a proposal or a leaked document says may change before it is agreed,
or be disowned. A claim that tells as certain what its quotes give only so ("Japan pledged $1 billion for rail"
citing "According to a draft, Japan pledged $1 billion for rail") warns, as one dropping "reportedly" does; one
that keeps it or says who said it ("A draft says …") does not, nor does a text that is no provisional source
("the draft resolution" adopted, "under the deal", "according to the final text")."""
import pytest

from test_overreach import _judged

HEDGES = 5  # Reader.unsupported's list of the hedges every quote writes and the claim drops


@pytest.mark.parametrize("quote, hedges", [
    ("According to a draft, Japan pledged $1 billion for rail.", ["according to a draft"]),
    ("According to the leaked draft, Japan pledged $1 billion for rail.", ["according to the leaked draft"]),
    ("According to a leaked document, Japan pledged $1 billion for rail.", ["according to a leaked document"]),
    ("Under a proposal, Japan pledged $1 billion for rail.", ["under a proposal"]),
    ("A leaked document seen by Reuters shows Japan pledged $1 billion for rail.", ["leaked document"]),
    ("The draft communique says Japan pledged $1 billion for rail.", ["draft communique"]),
])
def test_a_claim_that_drops_a_provisional_source_is_reported(quote, hedges):
    assert _judged("Japan pledged $1 billion for rail.", quote, "en")[HEDGES] == hedges


@pytest.mark.parametrize("claim, quote", [
    ("A draft says Japan pledged $1 billion for rail.", "According to a draft, Japan pledged $1 billion for rail."),
    ("According to a draft, Japan pledged $1 billion.", "According to a draft, Japan pledged $1 billion."),
    ("Japan pledged $1 billion for rail.", "According to the final text, Japan pledged $1 billion for rail."),
    ("Japan pledged $1 billion for rail.", "According to the ministry, Japan pledged $1 billion for rail."),
    ("Japan adopted the resolution.", "Japan adopted the draft resolution."),
    ("Under the deal, Japan pledged $1 billion.", "Under the deal, Japan pledged $1 billion."),
    ("Japan revised the plan.", "Japan revised the plan in the draft stage."),
])
def test_a_provisional_source_kept_or_none_is_not_reported(claim, quote):
    assert _judged(claim, quote, "en")[HEDGES] == []
