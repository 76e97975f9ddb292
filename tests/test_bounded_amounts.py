"""A percentage, and a range of a count or a duration, keeps its bound as money does: a claim that drops
"up to" or narrows "between 2.5% and 2.8%" to one end says more than its quote, and a figure in percent
is stated by the percentage its quote gives, with that bound."""
import pytest

from briefgen import check

PUBLISHED = "---\ntitle: Test\npublisher: Test Wire\npublished: 2026-11-18\n---\n"


def claim_warnings(make_project, claim: str, quote: str) -> list[str]:
    """The overreach warnings of an agreement whose one claim `claim` cites `quote`, its source's text."""
    root = make_project({
        "seeds/d.txt": PUBLISHED + quote + "\n",
        "content/agreements.yaml": f"""
            - id: pact
              name: Pact
              claims:
                - text: "{claim}"
                  cite:
                    - source: d
                      quote: "{quote}"
            """,
    }, base=None)
    return [d.message.split(": ", 1)[1] for d in check(root).diagnostics.warnings if "none of its quotes" in d.message]


@pytest.mark.parametrize("claim, quote, said", [
    # "up to" dropped
    ("The pact could remove tariffs on 91% of goods.", "The pact could remove tariffs on up to 91% of goods.",
     "numbers 91"),
    ("The pact could remove tariffs on 91 percent of goods.",
     "The pact could remove tariffs on up to 91 percent of goods.", "numbers 91 percent"),
    ("The pact could remove tariffs on 91 per cent of goods.",
     "The pact could remove tariffs on as much as 91% of goods.", "numbers 91 per cent"),
    # a range narrowed to one end
    ("The bank expects inflation of 2.8% in 2027.", "The bank expects inflation between 2.5% and 2.8% in 2027.",
     "numbers 2.8"),
    ("The bank expects inflation of 2.5% in 2027.", "The bank expects inflation of 2.5-2.8% in 2027.",
     "numbers 2.5"),
    ("Tariffs would be removed over a period of 15 years.",
     "Tariffs would be removed over a period of between 10 and 15 years.", "numbers 15"),
    ("The fund could sell 15 vessels.", "The fund could sell 10 to 15 vessels.", "numbers 15"),
    # a percentage is no count
    ("The fund could sell 40% of its vessels.", "The fund could sell 40 vessels.", "numbers 40"),
])
def test_a_claim_that_drops_a_bound_of_a_percentage_or_a_range_warns(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [f"{said}"]


@pytest.mark.parametrize("claim, quote", [
    ("The pact could remove tariffs on up to 91% of goods.", "The pact could remove tariffs on up to 91% of goods."),
    ("The pact could remove tariffs on up to 91 per cent of goods.",
     "The pact could remove tariffs on up to 91% of goods."),
    ("The bank expects inflation of 2.5% to 2.8% in 2027.",
     "The bank expects inflation between 2.5% and 2.8% in 2027."),
    ("The bank expects inflation between 2.5 and 2.8 percent in 2027.",
     "The bank expects inflation of 2.5-2.8% in 2027."),
    ("The bank expects inflation of 2.8% in 2027.", "The bank expects inflation of 2.8% in 2027."),
    # a change from one amount to another states both
    ("Inflation rose to 2.8% in 2026.", "Inflation rose from 2.5% to 2.8% in 2026."),
    ("Nickel rose 4.2% to $17,850 a tonne.", "Nickel prices rose 4.2% to $17,850 a tonne on Tuesday."),
    # "over" a span of time is its span, not "more than" its first number
    ("The pact removes tariffs over 10 to 15 years.",
     "The pact removes tariffs over a period of between 10 and 15 years."),
    ("The pact removes tariffs over 10-15 years.", "The pact removes tariffs over 10 to 15 years."),
    ("The fund could sell 10 to 15 vessels.", "The fund could sell between 10 and 15 vessels."),
    ("The fund could sell up to 40 vessels.", "The fund could sell up to 40 vessels."),
    ("Over 700 million people voted.", "More than 700 million people voted."),
])
def test_a_claim_that_keeps_the_bound_passes(make_project, claim, quote):
    assert claim_warnings(make_project, claim, quote) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("Over 700 million people voted.", "Some 700 million people voted.", "numbers Over 700 million"),
    ("The fund could sell 40 vessels.", "The fund could sell up to 40 vessels.", "numbers 40"),
    ("Japan will invest $3 billion.", "Japan will invest $2-3 billion.", "numbers $3 billion"),
])
def test_counts_and_money_keep_their_bounds_as_before(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [said]
