"""Reading dates and amounts out of a quote is linear in its length, shown by
what the scan does rather than by timing it (benchmarks/quote_scan.py
reports the times): no date rule reads any character of the text twice, and
numbers too long or too large to be an amount are not amounts."""
import random
from decimal import Decimal

import pytest

from briefgen import cldrtext, dates, quantities

# Every rule finds something in it, again and again.
PASSAGE = ("On 9-10 August 2024 Japan pledged $1 billion, December 2022 and last September, "
           "in early June 2023 more than 350 companies came; from 2004 to 2024 see www.example.org/x. ")


class CountingPattern:
    """A compiled pattern that counts the start positions its searches try."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.tried = 0

    def search(self, text, pos=0):
        match = self.pattern.search(text, pos)
        self.tried += (match.start() + 1 if match else len(text) + 1) - pos
        return match


@pytest.fixture
def counted(monkeypatch):
    rules = [(CountingPattern(pattern), resolve, needs) for pattern, resolve, needs in dates._rules()]
    monkeypatch.setattr(dates, "_rules", lambda: rules)
    return [pattern for pattern, _, _ in rules]


@pytest.mark.parametrize("repeats", [1, 30, 300])
def test_no_date_rule_reads_the_text_twice(counted, repeats):
    text = PASSAGE * repeats
    mentions = dates.find_date_mentions(text)
    assert len(mentions) >= 5 * repeats
    for pattern in counted:
        # One more than the length: a search past the last match tries the end once.
        assert pattern.tried <= len(text) + 1, pattern.pattern.pattern[:60]


def test_amounts_are_found_with_one_date_scan_of_the_quote(counted):
    text = PASSAGE * 300
    found = quantities.find_quantities(text)
    assert [q.text for q in found[:2]] == ["$1 billion", "more than 350 companies"]
    assert len(found) == 600
    for pattern in counted:
        assert pattern.tried <= len(text) + 1


def fresh_search_mentions(text: str) -> list[tuple[int, int]]:
    """The former algorithm: every rule searched again after each mention."""
    expected, pos = [], 0
    while True:
        found = [(m, r) for p, r, _ in dates._rules() if (m := p.search(text, pos))]
        if not found:
            return expected
        match, _ = min(found, key=lambda c: (c[0].start(), -c[0].end()))
        expected.append((match.start(), match.end()))
        pos = match.end()


def test_the_linear_scan_finds_what_a_fresh_search_from_each_position_finds():
    text = PASSAGE * 3 + "30 December – 2 January 2025, August 9 to 12, 2024-08-09 and 9th of August."
    assert [(m.start, m.end) for m in dates.find_date_mentions(text)] == fresh_search_mentions(text)


_PHRASES = ["9-10 August 2024", "30 August – 2 September 2024", "August 9 to 12", "9th of August", "December 19",
            "December 2022", "September last year", "Last September", "last September", "this year", "last year",
            "This year", "in early June", "mid-July", "since March", "2022-2023", "from 2004 to 2024", "in 2023",
            "350 companies", "C5", "$2024", "12.31.2024", "june", "AUGUST 2024", "Mayor", "yearly", "years",
            "year", "Japan", "pledged", "the", "on", "of", "to", "–", ",", "."]


def test_rules_skipped_for_what_a_text_lacks_would_have_found_nothing():
    """A rule is not searched in a text without the month name, digit or
    "year" it needs: the mentions are those of searching every rule."""
    rng = random.Random(5)
    texts = [" ".join(rng.choice(_PHRASES) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    assert any(not dates._ANY_MONTH.search(t) for t in texts) and any("year" not in t for t in texts)
    for text in texts:
        assert [(m.start, m.end) for m in dates.find_date_mentions(text)] == fresh_search_mentions(text), text
        for pattern, _, needs in dates._rules():
            if pattern.search(text):
                assert needs <= dates._present(text), (pattern.pattern[:60], text)


def test_overlap_with_taken_spans_is_answered_like_a_full_search():
    spans = [(0, 5), (3, 9), (20, 25), (30, 31), (40, 60), (45, 50)]
    taken = quantities.TakenSpans(spans)
    for start in range(0, 70):
        for end in range(start + 1, 71):
            assert taken.overlaps(start, end) == any(s < end and start < e for s, e in spans), (start, end)


@pytest.mark.parametrize("quote", [
    "More than 10000000000000000000000000000 companies took part.",  # 29 digits
    "Japan pledged $999999999999999999999999 trillion.",
    "A total of 1,000,000,000,000,000,000,000 people.",
    "Serial 1234567890123456789012345678901234567890 was filed.",
])
def test_numbers_beyond_any_amount_are_not_read_as_amounts(quote):
    assert quantities.find_quantities(quote) == []


def test_the_largest_amount_still_read():
    [found] = quantities.find_quantities("reserves of 999 trillion dollars")
    assert found.amount == Decimal(999 * 10**12)


@pytest.mark.parametrize("language, quote", [
    ("es", "Más de 10000000000000000000000000000 empresas y 999999999999999999999 millones de euros."),
    ("de", "Rund 10.000.000.000.000.000.000.000.000.000 Euro."),
    ("en", "More than 100000000000000000000000000000 dollars."),
])
def test_numbers_beyond_any_amount_are_not_amounts_in_any_language(language, quote):
    assert cldrtext.find_amounts(quote, language) == []


def test_amounts_in_other_languages_still_found():
    [found] = cldrtext.find_amounts("Invertirá 4.000 millones de euros.", "es")
    assert (found.amount, found.currency) == (Decimal(4_000_000_000), "EUR")
