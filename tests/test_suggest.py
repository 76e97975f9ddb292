"""'Did you mean …': by spelling, and by the only id that is the word and more."""
from briefgen.suggest import did_you_mean


def test_a_slip_of_spelling_is_suggested():
    assert did_you_mean("artcle", ["article", "wire"]) == "did you mean 'article'?"


def test_the_only_id_that_is_the_word_and_more_is_suggested():
    assert did_you_mean("rundschau", ["rundschau-partner", "wirtschaftskurier"]) == "did you mean 'rundschau-partner'?"
    assert did_you_mean("partner", ["rundschau-partner", "wire"]) == "did you mean 'rundschau-partner'?"


def test_no_suggestion_when_the_word_is_short_or_several_ids_hold_it():
    assert did_you_mean("wire", ["wire-one-report", "wire-two-report"], "none") == "none"
    assert did_you_mean("ab", ["ab-report-long"], "none") == "none"
