"""A negation before a future's auxiliary denies the verb after it ("O Japão não vai assinar o acordo", "Japón no
podrá firmar", "non sarà firmato"; verbforms.auxiliaries): a claim that writes the verb without the negation drops
it, as one citing "O Japão não assinará o acordo" does."""
import pytest

from test_overreach import _judged

DENIED = 3  # Reader.unsupported's list of the words whose negation the claim drops


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("pt", "O Japão assinou o acordo.", "O Japão não vai assinar o acordo.", ["assinou"]),
    ("pt", "O Japão abriu um escritório.", "O Japão não vai abrir um escritório.", ["abriu"]),
    ("es", "Japón firmó el acuerdo.", "Japón no podrá firmar el acuerdo.", ["firmó"]),
    ("it", "L'accordo è stato firmato.", "L'accordo non sarà firmato.", ["firmato"]),
])
def test_a_verb_a_negated_auxiliary_denies_is_dropped_by_a_claim_without_it(language, claim, quote, dropped):
    assert _judged(claim, quote, language, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    ("pt", "O Japão não vai assinar o acordo.", "O Japão não vai assinar o acordo."),
    ("pt", "O Japão não assinou o acordo.", "O Japão não vai assinar o acordo."),
    ("pt", "O Japão assinou o acordo.", "O Japão vai assinar o acordo, não o tratado."),
])
def test_a_claim_that_keeps_the_negation_or_a_negation_after_the_verb_is_not(language, claim, quote):
    assert _judged(claim, quote, language, language)[DENIED] == []
