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
    # a move and the level it reached, after a verb of change, are both stated: no range
    ("The index closed at 38,500 points.", "The index fell 300 to 38,500 points on Friday."),
    ("The index lost 300 points.", "The index fell 300 to 38,500 points on Friday."),
    ("Shares closed at $17,850.", "Shares rose $4 to $17,850 on Friday."),
])
def test_a_claim_that_keeps_the_bound_passes(make_project, claim, quote):
    assert claim_warnings(make_project, claim, quote) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("Over 700 million people voted.", "Some 700 million people voted.", "numbers Over 700 million"),
    ("The fund could sell 40 vessels.", "The fund could sell up to 40 vessels.", "numbers 40"),
    ("Japan will invest $3 billion.", "Japan will invest $2-3 billion.", "numbers $3 billion"),
    # a range of a move is still a range: "rose 10 to 15 percent", "cut 300 to 500 jobs"
    ("Prices rose 15 percent.", "Prices rose 10 to 15 percent.", "numbers 15 percent"),
    ("The firm cut 500 jobs.", "The firm cut 300 to 500 jobs.", "numbers 500"),
])
def test_counts_and_money_keep_their_bounds_as_before(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [said]


@pytest.mark.parametrize("claim, quote, said", [
    # each end of a claim's range is judged, the higher as well as the lower
    ("The company cut 300 to 400 jobs.", "The company cut 300 to 500 jobs.", "numbers 400"),
    ("The company cut 200 to 500 jobs.", "The company cut 300 to 500 jobs.", "numbers 200"),
    ("Japan will invest $1-3 billion.", "Japan will invest $2-3 billion.", "numbers $1"),
    ("Staff see inflation of 2.5% to 2.7% in 2027.", "Staff see inflation of between 2.5% and 2.8% in 2027.",
     "numbers 2.7"),
    ("Staff see inflation of between 2.5% and 2.6% in 2027.",
     "Staff see inflation of between 2.5% and 2.8% in 2027.", "numbers 2.6"),
    ("Japan will invest $2-4 billion.", "Japan will invest $2-3 billion.", "numbers 4 billion"),
    # a move and the level it reached: both amounts
    ("The index fell 300 to 38,000 points.", "The index fell 300 to 38,500 points.", "numbers 38,000"),
    ("The index fell 200 to 38,500 points.", "The index fell 300 to 38,500 points.", "numbers 200"),
    # each unstated number named once, and none its quote states
    ("The company cut 350 to 450 jobs.", "The company cut 300 to 500 jobs.", "numbers 350 to 450"),
    ("The fleet could add 11 to 12 vessels.", "The fleet could add 10 to 15 vessels.", "numbers 11 to 12"),
    ("Staff see inflation of between 2.6% and 2.8% in 2027.",
     "Staff see inflation of between 2.5% and 2.8% in 2027.", "numbers 2.6"),
    ("Growth of 1.5% to 2.5% is forecast.", "Growth of 1% to 3% is forecast.", "numbers 1.5% to 2.5"),
])
def test_a_claim_range_is_stated_end_by_end(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [said]


@pytest.mark.parametrize("claim, quote", [
    ("The company cut 300 to 500 jobs.", "The company cut 300 to 500 jobs."),
    ("Staff see inflation of 2.5% to 2.8% in 2027.", "Staff see inflation of between 2.5% and 2.8% in 2027."),
    ("The index fell 300 to 38,500 points.", "The index fell 300 to 38,500 points."),
    ("Japan will invest $2-3 billion.", "Japan will invest between $2 billion and $3 billion."),
    # a range whose ends the quote states exactly: at least the one, up to the other
    ("The previous forecast was 47 billion to 48.5 billion dollars.",
     "The forecast rose to 49 billion dollars, from 47 billion to 48.5 billion dollars previously."),
])
def test_a_claim_range_its_quote_states_end_by_end_passes(make_project, claim, quote):
    assert claim_warnings(make_project, claim, quote) == []
@pytest.mark.parametrize("claim, quote", [
    # English's other words of a bound, before the number or after it, of a percentage, a count or money
    ("About 40% of voters backed the plan.", "Some 40% of voters backed the plan."),
    ("The levy is nearly 40% of profits.", "The levy is close to 40% of profits."),
    ("Turnout was at least 40% in each region.", "Turnout was 40% or more in each region."),
    ("About 40% of households own a car.", "An estimated 40% of households own a car."),
    ("About 40% of households own a car.", "Roughly 40% of households own a car."),
    ("Nearly 40% of households own a car.", "Just under 40% of households own a car."),
    ("Almost 40% of households own a car.", "Nearly 40% of households own a car."),
    ("Up to 30 companies may sign.", "30 companies or fewer may sign."),
    ("At least 30 companies signed.", "30 or more companies signed."),
    ("The plan costs up to $2 billion.", "The plan costs $2 billion or less."),
    ("About 700 million people voted.", "Some 700 million people voted."),
    ("The plan costs about $2 billion a year.", "The plan costs $2 billion or so a year."),
])
def test_a_claim_that_words_its_quote_s_bound_otherwise_passes(make_project, claim, quote):
    assert claim_warnings(make_project, claim, quote) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("40% of voters backed the plan.", "Some 40% of voters backed the plan.", "numbers 40"),
    ("Turnout was 40% in each region.", "Turnout was 40% or more in each region.", "numbers 40"),
    ("30 companies may sign.", "30 companies or fewer may sign.", "numbers 30"),
    ("About 40% of households own a car.", "Turnout was 40% or more in each region.", "numbers About 40"),
])
def test_a_claim_that_drops_or_changes_such_a_bound_warns(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [said]


def test_a_figure_about_a_percentage_its_quote_says_some_of_is_stated(make_project):
    assert figure_errors(make_project, "Some 40% of voters backed the plan.",
                         "\n              amount: 40\n              unit: percent\n              qualifier: about") == []


def figure_errors(make_project, sentence: str, fields: str) -> list[str]:
    """The errors of a figure with YAML `fields` whose one claim quotes `sentence`."""
    root = make_project({
        "seeds/d.txt": PUBLISHED + sentence + "\n",
        "content/figures.yaml": f"""
            - id: tariffs
              name: Tariffs removed{fields}
              claims:
                - text: "{sentence}"
                  cite:
                    - source: d
                      quote: "{sentence}"
            """,
    }, base=None)
    return [d.format().split(": error: ", 1)[1] for d in check(root).diagnostics.items if d.severity == "error"]


GOODS = "The pact could remove tariffs on up to 91% of goods traded between the two blocs."


def test_a_figure_in_percent_is_stated_by_the_percentage_its_quote_gives(make_project):
    assert figure_errors(make_project, GOODS, "\n              amount: 91\n              unit: percent"
                                              "\n              qualifier: up-to") == []
    assert figure_errors(make_project, "Inflation was 2.8 per cent in 2026.",
                         "\n              amount: 2.8\n              unit: percent") == []


def test_a_figure_in_percent_its_quote_bounds_is_told_the_bound(make_project):
    assert figure_errors(make_project, GOODS, "\n              amount: 91\n              unit: percent") == [
        "amount 91 of figure 'tariffs' is not stated by any cited quote\n"
        "    hint: the quote says 'up to 91%'; set qualifier: up-to"]


def test_the_hint_of_a_percentage_not_stated_names_the_percentages_its_quotes_give(make_project):
    assert figure_errors(make_project, GOODS, "\n              amount: 92\n              unit: percent"
                                              "\n              qualifier: up-to") == [
        "amount ≤92 of figure 'tariffs' is not stated by any cited quote\n"
        "    hint: the cited quotes state 'up to 91%'; fix the amount or cite the passage that states it"]


def test_the_hint_names_no_count_for_a_percentage_its_quotes_do_not_give(make_project):
    assert figure_errors(make_project, "Tariffs between the two blocs fall.",
                         "\n              amount: 91\n              unit: percent") == [
        "amount 91 of figure 'tariffs' is not stated by any cited quote\n"
        "    hint: the cited quotes state no percentage; fix the amount or cite the passage that states it"]


def test_a_count_is_not_stated_by_a_percentage(make_project):
    errors = figure_errors(make_project, GOODS, "\n              amount: 91\n              unit: goods"
                                                "\n              qualifier: up-to")
    assert len(errors) == 1 and "'up to 91%'" not in errors[0]


@pytest.mark.parametrize("claim, quote", [
    # English's bounds in other words, of a percentage as of a count or money
    ("Turnout was under 40%.", "Turnout was less than 40%."),
    ("Turnout was below 40%.", "Turnout was less than 40%."),
    ("Turnout was less than 40%.", "Turnout was below 40%."),
    ("Turnout was above 60%.", "Turnout was more than 60%."),
    ("Turnout exceeded 60%.", "Turnout was more than 60%."),
    ("Turnout was more than 60%.", "Turnout exceeded 60%."),
    ("Inflation was at most 3%.", "Inflation was up to 3%."),
    ("Inflation was no higher than 3%.", "Inflation was at most 3%."),
    ("The tariff is a maximum of 25%.", "The tariff is up to 25%."),
    ("The tariff is up to 25%.", "The tariff is a maximum of 25%."),
    ("The levy is at least 5%.", "The levy is a minimum of 5%."),
    ("Fewer than 4,000 people were evacuated.", "Under 4,000 people were evacuated."),
    ("Under 4,000 people were evacuated.", "Fewer than 4,000 people were evacuated."),
    ("The fund holds less than $50 billion.", "The fund holds below $50 billion."),
    ("At least 30 companies signed.", "No fewer than 30 companies signed."),
    ("More than 30 companies signed.", "Upward of 30 companies signed."),
    ("Sales topped $3 billion.", "Sales rose above $3 billion."),
    # a stronger bound the same way states a weaker one
    ("Lopez won less than 50% of the vote.", "Lopez won just under 50% of the vote."),
    ("Lopez won under 50% of the vote.", "Lopez won just under 50% of the vote."),
    ("Turnout was below 40%.", "Turnout was just below 40%."),
    ("Less than 50 companies took part.", "Just under 50 companies took part."),
    ("Inflation was up to 3%.", "Inflation was below 3%."),
    ("Turnout was at least 60%.", "Turnout was more than 60%."),
    ("The fund could sell up to 40 vessels.", "The fund could sell 40 vessels."),
    # a preposition before a number written out names no bound
    ("The ministers met under two agreements signed in May.", "The ministers met under two agreements signed in May."),
    ("She served under three presidents.", "She served under three presidents."),
])
def test_a_bound_its_quote_states_in_other_words_or_more_strongly_passes(make_project, claim, quote):
    assert claim_warnings(make_project, claim, quote) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("Turnout was 40%.", "Turnout was under 40%.", "numbers 40"),
    ("Turnout was 60%.", "Turnout exceeded 60%.", "numbers 60"),
    ("Turnout was less than 40%.", "Turnout was up to 40%.", "numbers less than 40"),
    ("Turnout was more than 60%.", "Turnout was at least 60%.", "numbers more than 60"),
    ("Turnout was under 40%.", "Turnout was more than 40%.", "numbers under 40"),
    ("Lopez won just under 50% of the vote.", "Lopez won less than 50% of the vote.", "numbers just under 50"),
    ("Fewer than 4,000 people were evacuated.", "4,000 people were evacuated.", "numbers Fewer than 4,000"),
    ("Inflation did not exceed 3%.", "Inflation exceeded 3%.", "numbers not exceed 3"),
])
def test_a_weaker_or_other_bound_than_its_quote_s_warns(make_project, claim, quote, said):
    assert claim_warnings(make_project, claim, quote) == [said]
