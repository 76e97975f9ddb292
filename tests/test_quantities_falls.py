"""A fall from one amount of money to a smaller one, each end with its own
scale or neither with one ("fell from $10 million to $5 million", "from $900
to $500"), states both amounts; it was read as nothing, so a claim giving
either amount warned that no quote stated it. "$500 to $1 billion", whose
first end borrows a scale it may not have, is still read as nothing."""
import pytest

from briefgen import quantities

from test_overreach import _judged


def q(amount, currency, text):
    from decimal import Decimal
    return quantities.Quantity(Decimal(amount), currency, None, None, text)


@pytest.mark.parametrize("text, expected", [
    ("Aid fell from $10 million to $5 million.", [q(10000000, "USD", "from $10 million to $5 million"),
                                                  q(5000000, "USD", "$5 million")]),
    ("Aid was cut from 3 billion euros to 2 billion euros.", [
        q(3000000000, "EUR", "from 3 billion euros to 2 billion euros"), q(2000000000, "EUR", "2 billion euros")]),
    ("The fee fell from $900 to $500.", [q(900, "USD", "from $900 to $500"), q(500, "USD", "$500")]),
    ("The fee fell from $10 to $5 million.", []),  # which scale the first end has is not said
])
def test_a_fall_between_two_amounts_of_money_states_both(text, expected):
    assert quantities.find_quantities(text, None, "en") == expected


def test_a_claim_giving_the_level_a_fall_reached_is_stated():
    assert _judged("Aid fell to $5 million.", "Aid fell from $10 million to $5 million.", "en")[0] == []
