"""A field's error names its record and gives a hint that, followed, fixes
it: a list of mappings is written item by item, not in brackets."""
import pytest

from briefgen import check

from conftest import MINI

FORUM = MINI["content/forums.yaml"]
CITE = """cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana\""""


@pytest.mark.parametrize("change, expected", [
    ((CITE, "cite: article"),
     "'cite' must be a list of citations, not text\n    hint: write each item on its own lines below 'cite:', "
     "starting '- source: <source id>' with 'quote: \"<the source's exact words>\"' below it"),
    ((CITE, "cite: [article]"),
     "'citation' must be a mapping, not text\n    hint: write it as '- source: <source id>' with "
     "'quote: \"<the source's exact words>\"' below it"),
    (("\n              " + CITE, ""), "'claim' is missing 'cite'\n    hint: add 'cite:' beside its 'text:'"),
    (("countries: [kz, jp]", "countries: kz"),
     "'countries' must be a list of ids, not text\n    hint: put even a single item in brackets: countries: [kz]"),
])
def test_the_hint_for_a_value_of_the_wrong_shape_leads_to_the_right_one(make_project, change, expected):
    old, new = change
    assert old in FORUM
    root = make_project({"content/forums.yaml": FORUM.replace(old, new)})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.split(": error: ", 1)[1] == expected


def test_an_unknown_field_in_a_sources_front_matter_names_the_source(make_project):
    root = make_project({"seeds/note.md": "---\ntitle: Note\npublsher: Wire\n---\nThe forum met.\n"})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert errors[0].startswith("seeds/note.md:3:1: error: unknown field 'publsher' in source 'note'\n"
                                "    hint: did you mean 'publisher'?")


def test_a_field_named_as_a_blog_or_cms_names_it_leads_to_briefgens_name(make_project):
    root = make_project({"seeds/note.md": "---\ntitle: Note\ndate: 2026-04-15\nlang: fo\nlink: https://example.org/n\n"
                                          "accessed: 2026-04-20\n---\nThe ferry sailed.\n"})
    errors = [d.format() for d in check(root).diagnostics.errors if "unknown field" in d.message]
    assert errors == [f"seeds/note.md:{line}:1: error: unknown field '{name}' in source 'note'\n"
                      f"    hint: did you mean '{meant}'?"
                      for line, name, meant in ((3, "date", "published"), (4, "lang", "language"), (5, "link", "url"),
                                                (6, "accessed", "retrieved"))]


FIGURE = """\
- id: survey
  name: Survey
  amount: {amount}
  currency: EUR
  claims:
    - text: The deal sets aside €1.5 million.
      cite:
        - source: deal
          quote: "sets aside €1.5 million"
"""


@pytest.mark.parametrize("amount, hint", [
    ('"€1.5m"', "write amount: 1500000, a plain number in base units, and currency: EUR"),
    ("$1.5bn", "write amount: 1500000000, a plain number in base units, and currency: USD"),
    ("1.5 million", "write amount: 1500000, a plain number in base units"),
    ("12%", "write amount: 12, a plain number in base units, and unit: percent"),
    ("1,500,000", "write amount: 1500000, a plain number in base units"),
    ("1 500 000", "write amount: 1500000, without separators"),
    ("1,5", "YAML takes a point for decimals: write amount: 1.5"),
    ('"1500000"', "a quoted value is text: write amount: 1500000, without quotes"),
    ("lots", "write amount as a plain number in base units, digits only with a '.' for decimals: "
             "1500000 for 1.5 million"),
])
def test_an_amount_written_as_the_source_writes_it_is_told_the_number_to_write(make_project, amount, hint):
    assert the_figures_error(make_project, FIGURE.format(amount=amount)) == \
        f"content/figures.yaml:3:11: error: 'amount' must be a number, not text\n    hint: {hint}"


def the_figures_error(make_project, figures: str) -> str:
    """The one error of a brief whose source sets aside €1.5 million and whose figures are `figures`."""
    root = make_project({"seeds/deal.txt": "The deal sets aside €1.5 million.\n", "content/figures.yaml": figures})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    return error


@pytest.mark.parametrize("date, hint", [
    ('"16 October 2024"', "write date: 2024-10-16"),
    ("October 2024", "write date: 2024-10"),
    ("October 16, 2024", "write date: 2024-10-16"),
    ("21–22 October 2024", "write date: 2024-10-21/2024-10-22"),
    ("2024-10-21–2024-10-22", "write a span as start/end: date: 2024-10-21/2024-10-22"),
    ("2024-10-21 to 2024-10-22", "write a span as start/end: date: 2024-10-21/2024-10-22"),
    ("13/10/2024", "write date: 2024-10-13"),
    ("9/8/2024", "'9/8/2024' is 2024-08-09 as most of the world reads it, 2024-09-08 as the US does: "
                 "write date: 2024-08-09 or 2024-09-08, as the source means"),
    ("2024-8-9", "write date: 2024-08-09"),  # the zeros left out
    ("2024-8", "write date: 2024-08"),
    ("2024-10-16T09:30:00+02:00", "briefgen's dates hold no time of day: write date: 2024-10-16"),  # a CMS's time stamp
    ("2024-10-16T23:30:00Z", "briefgen's dates hold no time of day: write date: 2024-10-16"),
    ('"2024-10-16 09:30"', "briefgen's dates hold no time of day: write date: 2024-10-16"),
    ("2024-10-32T09:30:00Z", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),
    ("2024-13-9", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),  # no month 13: nothing guessed
    ("2024-2-30", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),  # no 30 February either
    ("soon", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),
])
def test_a_date_written_as_the_source_writes_it_is_told_the_iso_date_to_write(make_project, date, hint):
    root = make_project({"content/forums.yaml": FORUM.replace("date: 2024-08-09", f"date: {date}")})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.startswith("content/forums.yaml:3:9: error: invalid date in 'date': ")
    assert error.endswith(f"\n    hint: {hint}")


@pytest.mark.parametrize("date, hint", [
    ("2024-Q3", "write date: 2024-07/2024-09"),  # a quarter as a spreadsheet writes it
    ("2024Q1", "write date: 2024-01/2024-03"),
    ('"Q4/2024"', "write date: 2024-10/2024-12"),
    ("q2-2024", "write date: 2024-04/2024-06"),
    ("2024-H2", "write date: 2024-07/2024-12"),  # a half year
    ("2024-Q5", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),  # no fifth quarter: nothing guessed
    ("2024-H3", "write dates as YYYY-MM-DD, YYYY-MM or YYYY, or start/end"),
])
def test_a_quarter_or_half_year_is_told_the_span_of_months_it_is(make_project, date, hint):
    root = make_project({"content/forums.yaml": FORUM.replace("date: 2024-08-09", f"date: {date}")})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.startswith("content/forums.yaml:3:9: error: invalid date in 'date': ")
    assert error.endswith(f"\n    hint: {hint}")


@pytest.mark.parametrize("currency, hint", [
    ("€", "write its ISO 4217 code: currency: EUR"),
    ("£", "write its ISO 4217 code: currency: GBP"),
    ("R$", "write its ISO 4217 code: currency: BRL"),
    ("euros", "write its ISO 4217 code: currency: EUR"),
    ("eur", "did you mean 'EUR'?"),
])
def test_a_currency_written_as_an_article_writes_it_is_told_its_code(make_project, currency, hint):
    assert the_figures_error(make_project, FIGURE.format(amount=1500000).replace("EUR", currency)) == \
        f"content/figures.yaml:4:13: error: unknown currency '{currency}'\n    hint: {hint}"


@pytest.mark.parametrize("status, hint", [
    ("took place", "'took place' is the status held: write status: held"),
    ("called off", "'called off' is the status cancelled: write status: cancelled"),
    ("put off", "'put off' is the status postponed: write status: postponed"),
    ("canceled", "did you mean 'cancelled'?"),
    ("happened", "write one of: planned, held, postponed, cancelled"),
    # As a French, German or Japanese brief's pages show it, or as a quote in that language says it: the fact
    # files' statuses are the same words in a brief of any language.
    ("Tenu", "'Tenu' is the status held: write status: held"),
    ("prévu", "'prévu' is the status planned: write status: planned"),
    ("abgesagt", "'abgesagt' is the status cancelled: write status: cancelled"),
    ("a eu lieu", "'a eu lieu' is the status held: write status: held"),
    ("中止", "'中止' is the status cancelled: write status: cancelled"),
])
def test_a_status_in_a_reports_words_is_told_the_status_it_is(make_project, status, hint):
    forum = FORUM.replace("place: Astana\n", f"place: Astana\n          status: {status}\n")
    root = make_project({"content/forums.yaml": forum})
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.endswith(f"; got '{status}'\n    hint: {hint}")
