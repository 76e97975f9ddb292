"""The overreach check's plans, negations and hedges, third round: a Turkish
future denied in the verb ("yapmayacak")."""
import pytest

from briefgen import overreach

from test_overreach import _judged

WORDS, DENIED, DONE, HEDGES = 2, 3, 4, 5  # Reader.unsupported's lists


def _negations(claim: str, quote: str, language: str) -> tuple[str, ...]:
    """The negations `claim` writes that its quote does not (Overreach.negations)."""
    words = _judged(claim, quote, language)[WORDS]
    return overreach.Overreach("f", "figure", 1, None, claim, (), (), tuple(words)).negations


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("tr", "Bakan yatırım yapacak.", "Bakan yatırım yapmayacak.", ["yapacak"]),
    ("tr", "Bakan zirveye katılacak.", "Bakan zirveye katılmayacak.", ["katılacak"]),
    ("tr", "Türkiye anlaşmayı imzalayacak.", "Türkiye'nin anlaşmayı imzalamayacağını açıkladı.", ["imzalayacak"]),
    ("tr", "Türkiye anlaşmayı imzaladı.", "Türkiye'nin anlaşmayı imzalamayacağını açıkladı.", ["imzaladı"]),
    ("tr", "Katar projeye yatırım yaptı.", "Katar projeye yatırım yapmayacak.", ["yaptı"]),
])
def test_a_claim_that_drops_a_turkish_future_negation_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    ("tr", "Bakan yatırım yapmayacak.", "Bakan yatırım yapmayacak."),
    ("tr", "Bakan yatırım yapacak.", "Bakan yatırım yapacak."),
    ("tr", "Bakan zirveye katılacak.", "Bakan zirveye katılacak, ancak konuşmayacak."),  # another verb denied
])
def test_a_turkish_future_kept_as_its_quote_writes_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


def test_a_turkish_future_told_as_done_is_reported():
    assert _judged("Türkiye anlaşmayı imzaladı.", "Türkiye anlaşmayı imzalayacak.", "tr")[DONE] == ["imzaladı"]
