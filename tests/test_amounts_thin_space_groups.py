"""A thin or narrow no-break space between digits groups them in every
language, as German news writes "5 000 000 €" (DIN 5008) though CLDR's German
group sign is the dot: the amount is one, not three numbers."""
from decimal import Decimal

import pytest

from briefgen.cldrtext import find_amounts


@pytest.mark.parametrize("language, text", [
    ("de", "Ein Investor zahlt 5\u202f000\u202f000\u00a0€ für das Terminal."),
    ("de", "Ein Investor zahlt 5\u2009000\u2009000 Euro für das Terminal."),
    ("es", "Un inversor paga 5\u202f000\u202f000 € por la terminal."),
    ("fr", "Un investisseur paie 5\u202f000\u202f000 € pour le terminal."),
])
def test_digits_grouped_by_a_thin_space_are_one_amount(language, text):
    assert [(q.amount, q.currency) for q in find_amounts(text, language)] == [(Decimal(5_000_000), "EUR")]


def test_a_wrong_amount_is_not_read_from_thin_spaced_groups():
    amounts = [q.amount for q in find_amounts("zahlt 5\u202f000\u202f000 €", "de")]
    assert Decimal(5000) not in amounts and Decimal(5) not in amounts
