"""'Did you mean …': by spelling, and by the only id that is the word and more;
the passage of a source closest to a quote not found in it."""
import random

import pytest
from rapidfuzz import fuzz

from briefgen.suggest import Passage, closest_passage, did_you_mean, fitted


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


def scored_one_by_one(needle: str, texts: list[str]) -> tuple[int, int, int, int]:
    """The closest passage as scoring every text finds it (how briefgen found it before)."""
    best = None
    for index, text in enumerate(texts):
        if len(needle) > len(text):
            found = (index, int(fuzz.ratio(needle, text)), 0, len(text))
        else:
            match = fuzz.partial_ratio_alignment(needle, text)
            found = (index, int(match.score), match.dest_start, match.dest_end)
        if best is None or found[1] > best[1]:
            best = found
    return best


@pytest.mark.parametrize("alphabet", ["ab", "abcde ", "the quick brown fox jumps over a lazy dog",
                                      "物流網の整備と人材育成"])
def test_the_closest_passage_is_the_one_scoring_every_text_finds(alphabet):
    """The bound that spares most texts their scoring never spares the best:
    texts of few letters, many alike, short and long, and needles longer than some."""
    rng = random.Random(alphabet)
    for _ in range(150):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.choice([0, 3, 20, 70, 150, 400])))
                 for _ in range(rng.randint(1, 12))]
        needle = "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 5, 30, 65, 200])))
        found = closest_passage(needle, texts, work=10 ** 12)
        assert (found.index, found.score, found.start, found.end) == scored_one_by_one(needle, texts)


def test_the_closest_passage_is_the_needle_long_span_of_the_text_it_aligns_with():
    texts = ["Trade grew.", "In Tokyo, officials said the talks were useful. Investment grew.", "Talks ended."]
    assert closest_passage("In Tokyo officials said the talks were useful.", texts) == Passage(1, 97, 0, 46)


@pytest.mark.parametrize("needle, text, fit", [
    ("She added talks would resume", 'ever."She added that the talks would resume in May.',
     "She added that the talks would resume "),
    ("the plan sound, he said", "Officials called the plan sound, he said on Monday.", "the plan sound, he said"),
    ("resume in June", "the talks would resume in May.", " resume in May"),
])
def test_a_passage_fitted_to_a_needle_reaches_out_to_the_words_it_left_out(needle, text, fit):
    """Widened to words' edges where that is more like the whole needle; never narrowed, so a word the needle
    changed at an end ('June' for 'May.') stays in."""
    match = fuzz.partial_ratio_alignment(needle, text)
    start, end = fitted(needle, text, match.dest_start, match.dest_end)
    assert text[start:end] == fit
