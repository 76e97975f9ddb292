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


def test_an_unknown_field_is_told_with_the_fields_its_kind_has(make_project):
    from briefgen import check
    agreement = ("- id: deal\n  name: Deal\n  status: signed\n  parties: [kz, jp]\n  claims:\n"
                 "    - text: The forum met in Astana.\n      cite:\n        - source: article\n"
                 "          quote: \"the forum met in Astana\"\n")
    found = [d.format() for d in check(make_project({"content/agreements.yaml": agreement})).diagnostics.errors]
    assert found == ["content/agreements.yaml:3:3: error: unknown field 'status' in agreement 'deal'\n"
                     "    hint: fields of an agreement: id, name, type, date, event, parties, topics, countries, claims"]
