"""A magnitude or a multiple written without digits ("billions", "dozens",
"doubled", "halved") is a number of the claim's: the overreach check warns
where no quote states it, in those words or by its amounts."""
import pytest

from test_overreach import _judged

NUMBERS, WORDS = 0, 2  # Reader.unsupported's lists


@pytest.mark.parametrize("claim, quote, numbers", [
    ("Japan lent billions of dollars to Almaty.", "Japan lent millions of dollars to Almaty.", ["billions"]),
    ("Japan lent billions of dollars to Almaty.", "Japan lent $1 billion to Almaty.", ["billions"]),
    ("Dozens of firms joined.", "Several firms joined.", ["Dozens"]),
    ("Hundreds of envoys came.", "150 envoys came.", ["Hundreds"]),
    ("Trade doubled from $2 billion to $3 billion.", "Trade rose from $2 billion to $3 billion.", ["doubled"]),
    ("Exports doubled last year.", "Exports rose last year.", ["doubled"]),
    ("Imports tripled.", "Imports rose by 50%.", ["tripled"]),
    ("Aid was halved.", "Aid was cut.", ["halved"]),
])
def test_a_magnitude_no_quote_states_is_an_unsupported_number(claim, quote, numbers):
    assert _judged(claim, quote, "en")[NUMBERS] == numbers


@pytest.mark.parametrize("claim, quote", [
    ("Japan lent billions of dollars to Almaty.", "Japan lent $3 billion to Almaty."),
    ("Hundreds of firms took part.", "More than 350 firms took part."),
    ("Thousands of people marched.", "Thousands of people marched."),
    ("Trade doubled from $2 billion to $4 billion.", "Trade rose from $2 billion to $4 billion."),
    ("Trade doubled.", "Trade reached $4 billion, up from $2 billion."),
    ("Exports to Kyrgyzstan doubled.", "Exports to Kyrgyzstan rose 100%."),
    ("Imports tripled.", "Imports trebled."),
    ("Trade grew twice as large.", "Trade doubled."),
    ("Aid was halved.", "Aid fell by 50%."),
])
def test_a_magnitude_its_quote_states_is_no_number_of_its_own(claim, quote):
    assert _judged(claim, quote, "en")[NUMBERS] == []


def test_a_magnitude_stated_by_an_amount_is_still_a_word_its_quote_does_not_write():
    assert _judged("Hundreds of firms took part.", "More than 350 firms took part.", "en")[WORDS] == ["Hundreds"]
