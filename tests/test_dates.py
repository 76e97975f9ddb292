import re

import pytest

from briefgen import check
from briefgen.dates import DateSpan, PartialDate, find_date_mentions, find_dates, parse_iso, supports
from conftest import dated_record_brief


def isos(spans) -> list[str]:
    return [s.iso() for s in spans]


# --- PartialDate ------------------------------------------------------------

@pytest.mark.parametrize("date, iso, precision", [
    (PartialDate(2024), "2024", "year"),
    (PartialDate(2024, 8), "2024-08", "month"),
    (PartialDate(2024, 8, 9), "2024-08-09", "day"),
    (PartialDate(1997, 1, 1), "1997-01-01", "day"),
])
def test_partial_date_iso_and_precision(date, iso, precision):
    assert date.iso() == iso
    assert date.precision == precision


def test_partial_dates_order_coarse_before_fine():
    dates = [PartialDate(2024, 8, 9), PartialDate(2025), PartialDate(2024, 8),
             PartialDate(2024), PartialDate(2023, 12, 31)]
    assert [d.iso() for d in sorted(dates)] == ["2023-12-31", "2024", "2024-08", "2024-08-09", "2025"]


def test_partial_dates_compare_and_hash_by_value():
    assert PartialDate(2024, 8) == PartialDate(2024, 8)
    assert PartialDate(2024) != PartialDate(2024, 1)
    assert len({PartialDate(2024, 8), PartialDate(2024, 8), PartialDate(2024)}) == 2


@pytest.mark.parametrize("args, message", [
    ((2024, 2, 30), "2024-02-30 is not a valid date: February 2024 has 29 days"),
    ((2023, 2, 29), "2023-02-29 is not a valid date: February 2023 has 28 days"),
    ((2024, 13), "2024-13 is not a valid date: the month must be 01 to 12"),
    ((2024, None, 9), "a date with a day must also have a month"),
    ((0,), "0000 is not a valid date: the year must be 0001 to 9999"),
])
def test_partial_date_rejects_impossible_dates(args, message):
    with pytest.raises(ValueError) as error:
        PartialDate(*args)
    assert str(error.value) == message


# --- parse_iso --------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("2024", PartialDate(2024), PartialDate(2024)),
    ("2024-08", PartialDate(2024, 8), PartialDate(2024, 8)),
    ("2024-08-09", PartialDate(2024, 8, 9), PartialDate(2024, 8, 9)),
    ("2024-08-09/2024-08-10", PartialDate(2024, 8, 9), PartialDate(2024, 8, 10)),
    ("2022/2023", PartialDate(2022), PartialDate(2023)),
    ("2024-08/2024-09-02", PartialDate(2024, 8), PartialDate(2024, 9, 2)),
    ("2024-02-29", PartialDate(2024, 2, 29), PartialDate(2024, 2, 29)),
    (" 2024-08 ", PartialDate(2024, 8), PartialDate(2024, 8)),
])
def test_parse_iso_accepts_every_precision(text, start, end):
    assert parse_iso(text) == DateSpan(start, end)


@pytest.mark.parametrize("text, message", [
    ("2024-02-30", "2024-02-30 is not a valid date: February 2024 has 29 days"),
    ("2024-04-31", "2024-04-31 is not a valid date: April 2024 has 30 days"),
    ("2024-13", "2024-13 is not a valid date: the month must be 01 to 12"),
    ("2024-00", "2024-00 is not a valid date: the month must be 01 to 12"),
    ("August 9", "'August 9' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("2024/08/09", "'2024/08/09' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("2024-8-9", "'2024-8-9' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("9.8.2024", "'9.8.2024' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("2024-08-09/", "'2024-08-09/' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("2024-08-09/Aug 12", "'Aug 12' is not an ISO date; write 2024-08-09, 2024-08 or 2024"),
    ("2024-08-12/2024-08-09", "2024-08-12/2024-08-09 ends before it starts; write the earlier date first"),
    ("2023/2022", "2023/2022 ends before it starts; write the earlier date first"),
    ("2024-09/2024-08-31", "2024-09/2024-08-31 ends before it starts; write the earlier date first"),
])
def test_parse_iso_explains_what_is_wrong(text, message):
    with pytest.raises(ValueError) as error:
        parse_iso(text)
    assert str(error.value) == message


# --- DateSpan ---------------------------------------------------------------

@pytest.mark.parametrize("text, iso, display, datetime_attr", [
    ("2023", "2023", "2023", "2023"),
    ("2022-12", "2022-12", "Dec 2022", "2022-12"),
    ("2024-08-09", "2024-08-09", "9 Aug 2024", "2024-08-09"),
    ("2024-08-09/2024-08-10", "2024-08-09/2024-08-10", "9–10 Aug 2024", "2024-08-09"),
    ("2024-08-30/2024-09-02", "2024-08-30/2024-09-02", "30 Aug – 2 Sep 2024", "2024-08-30"),
    ("2024-12-30/2025-01-02", "2024-12-30/2025-01-02", "30 Dec 2024 – 2 Jan 2025", "2024-12-30"),
    ("2022/2023", "2022/2023", "2022–2023", "2022"),
    ("2024-08/2024-09", "2024-08/2024-09", "Aug–Sep 2024", "2024-08"),
    ("2024-12/2025-01", "2024-12/2025-01", "Dec 2024 – Jan 2025", "2024-12"),
    ("2024/2025-08", "2024/2025-08", "2024 – Aug 2025", "2024"),
    ("2024-08-09/2024-08-09", "2024-08-09", "9 Aug 2024", "2024-08-09"),
])
def test_span_iso_display_and_datetime(text, iso, display, datetime_attr):
    value = parse_iso(text)
    assert value.iso() == iso
    assert value.display() == display
    assert value.datetime_attr() == datetime_attr


def test_spans_sort_chronologically_coarse_before_fine():
    texts = ["2024-08-09/2024-08-12", "2025", "2024-08-09", "2022/2023", "2024",
             "2024-08", "2024-08-09/2024-08-10", "2022"]
    ordered = sorted((parse_iso(t) for t in texts), key=DateSpan.sort_key)
    assert isos(ordered) == ["2022", "2022/2023", "2024", "2024-08", "2024-08-09",
                             "2024-08-09/2024-08-10", "2024-08-09/2024-08-12", "2025"]


# --- find_dates -------------------------------------------------------------

@pytest.mark.parametrize("text, reference, expected", [
    ("On 9 August 2024, the inaugural C5+Japan Business Forum", None, ["2024-08-09"]),
    ("official visit to Kazakhstan on 9-10 August 2024 by", None, ["2024-08-09/2024-08-10"]),
    ("official visit to Kazakhstan on 9–10 August 2024 by", None, ["2024-08-09/2024-08-10"]),
    ("will visit Kazakhstan and other countries from August 9 to 12.", PartialDate(2024, 7),
     ["2024-08-09/2024-08-12"]),
    ("will visit Kazakhstan and other countries from August 9 to 12.", None, []),
    ("The convening, which took place on December 19, was", PartialDate(2025), ["2025-12-19"]),
    ("The convening, which took place on December 19, was", None, []),
    ("In December 2022, under the auspices of", None, ["2022-12"]),
    ("In April 2022, an Action Plan for the years 2022-2023 was executed", None,
     ["2022-04", "2022/2023"]),
    ("held in Dushanbe in 2023, the topic", None, ["2023"]),
    ("was introduced in 1997. Ryutaro Hashimoto", None, ["1997"]),
    ("Japan’s dialogue with Central Asia began in 2004 and", None, ["2004"]),
    ("Prime Minister Shinzo Abe in 2015, the frequency", None, ["2015"]),
    ("instituted the “2023-2025 Cooperation Program”.[2]", None, ["2023/2025"]),
    ("Last September, President Biden met in New York", PartialDate(2024), ["2023-09"]),
    ("Last September, President Biden met in New York", PartialDate(2024, 7), ["2023-09"]),
    ("Last September, President Biden met in New York", PartialDate(2024, 9, 20), ["2023-09"]),
    ("Last September, President Biden met in New York", PartialDate(2024, 10), ["2024-09"]),
    ("Last September, President Biden met in New York", None, []),
    ("the leaders met last September.", PartialDate(2024), ["2023-09"]),
    ("held a summit with the five countries in September last year, and", PartialDate(2024, 7),
     ["2023-09"]),
    ("held a summit with the five countries in September last year, and", None, []),
    ("Xi visited Astana in June, and China", PartialDate(2025, 12), ["2025-06"]),
    ("Xi visited Astana in June, and China", None, []),
    ("in Kazakhstan in the first half of August, focus on", PartialDate(2024, 7), ["2024-08"]),
    ("will visit Kazakhstan in early August, where", PartialDate(2024, 7), ["2024-08"]),
    ("signed on August 9, 2024 in Astana", None, ["2024-08-09"]),
    ("from 30 August – 2 September 2024", None, ["2024-08-30/2024-09-02"]),
    ("from August 30 – September 2, 2024", None, ["2024-08-30/2024-09-02"]),
    ("between 30 December – 2 January 2025", None, ["2024-12-30/2025-01-02"]),
    ("on the 9th of August 2024", None, ["2024-08-09"]),
    ("on 9 August", PartialDate(2024, 7), ["2024-08-09"]),
    ("from 2004 to 2024", None, ["2004/2024"]),
    # A span of months is the months between, not its last.
    ("in July–September 2026", None, ["2026-07/2026-09"]),
    ("from December 2025 to March 2026", None, ["2025-12/2026-03"]),
    ("Nov–Feb 2026", None, ["2025-11/2026-02"]),
    ("in July to September", PartialDate(2026, 5, 10), ["2026-07/2026-09"]),
    ("by July–September 2026", None, []),
    # "Between" one and the other is the span from the one to the other, as "from ... to" is.
    ("between July and September 2026", None, ["2026-07/2026-09"]),
    ("between December 2025 and February 2026", None, ["2025-12/2026-02"]),
    ("between 9 and 12 August 2024", None, ["2024-08-09/2024-08-12"]),
    ("between August 9 and 12, 2024", None, ["2024-08-09/2024-08-12"]),
    ("between 2024 and 2026", None, ["2024/2026"]),
    ("between 2 and 3 billion", None, []),
    # Two months and the year written once: each month of that year, not the first of the nearest year.
    ("in July and August 2026", PartialDate(2026, 1, 5), ["2026-07", "2026-08"]),
    ("in December and January 2026", None, ["2025-12", "2026-01"]),
    ("in June and July", PartialDate(2024, 5), ["2024-06"]),
    ("in mid-2024", None, ["2024"]),
    ("expected in mid-July", PartialDate(2024), ["2024-07"]),
    # A bound is not the date of what is told: "before", "after", "by" a date state no date.
    ("The ministers met before 13 May 2026.", None, []),
    ("The ministers met after 13 May 2026.", None, []),
    ("The deal must be signed by 20 May 2026.", None, []),
    ("expected by mid-July", PartialDate(2024), []),
    # "The week of" a day is that week, Monday to Sunday: its month and year, no day of it.
    ("in the week of 4 May 2026", None, ["2026-05-04/2026-05-10"]),
    ("the week of October 15, 2025", None, ["2025-10-13/2025-10-19"]),
    ("the week of 30 December 2025", None, ["2025-12-29/2026-01-04"]),
    ("talks held since 2004", None, ["2004"]),  # "since" gives when it began
    ("in June 2025 and in June", PartialDate(2024), ["2025-06", "2024-06"]),
    # Two days joined by "and": a span when they follow each other, else each day.
    ("the summit on 3 and 4 April 2025 in Astana", None, ["2025-04-03/2025-04-04"]),
    ("talks on April 3 and 4, 2025", None, ["2025-04-03/2025-04-04"]),
    ("votes on 3 and 5 April 2025", None, ["2025-04-03", "2025-04-05"]),
    # Without a year: the year that puts it nearest the publication date, not always the publication's.
    ("The ministers met on 28 December in Riverton.", PartialDate(2026, 1, 3), ["2025-12-28"]),
    ("They will meet on 5 January.", PartialDate(2025, 12, 28), ["2026-01-05"]),
    ("The talks began in December.", PartialDate(2026, 1, 5), ["2025-12"]),
    # A month abbreviated as wires write it, beside a day or a year.
    ("The fair opened on Oct 16, 2025.", None, ["2025-10-16"]),
    ("It opened Sept. 16, 2025.", None, ["2025-09-16"]),
    ("It opened on 16 Oct 2025.", None, ["2025-10-16"]),
    ("CAIRO, Oct 16 (Meridian) - Ministers met.", PartialDate(2025, 10, 17), ["2025-10-16"]),
    ("9-10 Aug 2024", None, ["2024-08-09/2024-08-10"]),
    ("in Dec 2022", None, ["2022-12"]),
    # Quarters and halves of a year, as the months they span.
    ("construction begins in Q3 2027", None, ["2027-07/2027-09"]),
    ("in the first quarter of 2026", None, ["2026-01/2026-03"]),
    # A day as press releases and data tables write it
    ("ISO 2024-08-09 in prose", None, ["2024-08-09"]),
    ("updated 2024-08-09T10:00", None, ["2024-08-09"]),
    ("during the second half of 2025", None, ["2025-07/2025-12"]),
    ("H1 2026 results", None, ["2026-01/2026-06"]),
    # A decade is its ten years, not the year it writes
    ("the 1990s", None, ["1990/1999"]),
    ("growth in the 2020's", None, ["2020/2029"]),
    ("by the mid-2020s", None, []),
    ("in the 2020s and 2030s", None, ["2020/2029", "2030/2039"]),
    ("2020's budget was cut", None, ["2020"]),  # a year's possessive
])
def test_find_dates_phrasings(text, reference, expected):
    assert isos(find_dates(text, reference)) == expected


@pytest.mark.parametrize("text", [
    "Japan unveiled a five-year goal on Saturday for business projects",
    "Uyama told AFP on Friday, referring to",
    "(Access Date: 12.31.2024).",
    "https://avesta.tj/2023/03/14/strong-voprosy/",
    "https://www.silkroadstudies.org/resources/pdf/Monographs/2008_12_BOOK_Len.pdf",
    "more than 350 companies and 22 cooperation documents",
    "the 20th anniversary",
    "US$2024 in grants",
    "US$ 2024 in grants",
    "in 5 years",
    "C5+1 arrangement",
    "release v2024-08-09", "a month 2024-13-01 cannot have",
    "we may consider it",
    "31 June 2024",
    "from 2025 to 2023",
    "Jan Kowalski said so in Jan",  # an abbreviated month alone is no date
    "Octopus 5",
])
def test_find_dates_skips_non_dates_and_impossible_dates(text):
    assert find_dates(text, PartialDate(2024, 7)) == []


def test_mentions_cover_unresolved_phrases_too():
    text = "from August 9 to 12, and in 2004"
    mentions = find_date_mentions(text)
    assert [(text[m.start:m.end], m.span) for m in mentions] == [
        ("August 9 to 12", None),
        ("2004", DateSpan(PartialDate(2004), PartialDate(2004))),
    ]


# --- supports ---------------------------------------------------------------

@pytest.mark.parametrize("value, quote, reference, expected", [
    ("2024-08-09", "On 9 August 2024, the forum", None, True),
    ("2024-08-09/2024-08-10", "on 9-10 August 2024 by", None, True),
    ("2024-08", "on 9-10 August 2024 by", None, True),
    ("2024", "on 9-10 August 2024 by", None, True),
    ("2022", "In December 2022, under", None, True),
    ("2022/2023", "for the years 2022-2023 was", None, True),
    ("2023-09", "Last September, President Biden", PartialDate(2024), True),
    ("2024-08-09/2024-08-12", "from August 9 to 12", PartialDate(2024), True),
    # A value more precise than its mention is never supported.
    ("2024-08-09", "took place in 2024", None, False),
    ("2022-12-01", "In December 2022, under", None, False),
    # A single day is not a two-day span, and the reverse.
    ("2024-08-09", "on 9-10 August 2024 by", None, False),
    ("2024-08-09/2024-08-10", "On 9 August 2024, the forum", None, False),
    ("2023", "for the years 2022-2023 was", None, False),
    ("2022-11", "In December 2022, under", None, False),
    ("2023-09", "Last September, President Biden", None, False),
    ("2024-08-09/2024-08-12", "from August 9 to 12", None, False),
])
def test_supports(value, quote, reference, expected):
    assert supports(parse_iso(value), find_dates(quote, reference)) is expected


def test_supports_nothing_found():
    assert supports(parse_iso("2024"), []) is False


# --- seeds (with a reference: tests/test_quantities.py) ----------------------


@pytest.mark.parametrize("text, expected", [
    ("held separate summits with Xi Jinping this year", ["2025"]),
    ("as it did last year", ["2024"]),
    ("in September last year", ["2024-09"]),
])
def test_relative_years_resolve_against_the_publication_date(text, expected):
    found = find_dates(text, PartialDate(2025, 12))
    assert [d.iso() for d in found] == expected


def test_relative_years_need_a_reference():
    assert find_dates("this year") == []


def test_a_date_is_written_as_its_dataclass_writes_it():
    # Page digests hold these (pageinputs.py): the same text as before keeps every kept page's digest.
    span = DateSpan(PartialDate(2024, 8, 9), PartialDate(2024, 8))
    assert repr(span) == ("DateSpan(start=PartialDate(year=2024, month=8, day=9), "
                          "end=PartialDate(year=2024, month=8, day=None))")


# --- a month or a part of a year without its year ----------------------------------------------

@pytest.mark.parametrize("text, reference, expected", [
    # "for" cues a month as "in" does: the nearest one, or a year-only publication's.
    ("A summit planned for April", PartialDate(2025), ["2025-04"]),
    ("A summit planned for April", PartialDate(2025, 12, 19), ["2026-04"]),
    ("talks scheduled for May 2026", PartialDate(2025), ["2026-05"]),
    # A half or a quarter "of this year" is the publication's.
    ("in the second half of this year", PartialDate(2025, 3), ["2025-07/2025-12"]),
    ("the first quarter of the year", PartialDate(2025), ["2025-01/2025-03"]),
    # A quarter without its year: the one nearest the publication, as "el cuarto trimestre"
    ("in the first quarter", PartialDate(2025, 5, 20), ["2025-01/2025-03"]),
    ("the plant opens in Q1", PartialDate(2024, 11, 2), ["2025-01/2025-03"]),
])
def test_a_month_or_a_part_of_a_year_resolves_against_the_publication_date(text, reference, expected):
    assert isos(find_dates(text, reference)) == expected
    if not any(word.isdigit() for word in text.split()):
        assert find_dates(text) == []  # without its year, never guessed


@pytest.mark.parametrize("text, reference, expected", [
    # Two years as near (a quarter or a month six months either side): the coming one where the clause
    # speaks of the future, the past one where it speaks of the past or says neither.
    ("The plant will open in the third quarter.", PartialDate(2025, 2, 10), ["2025-07/2025-09"]),
    ("Output fell in the third quarter.", PartialDate(2025, 2, 10), ["2024-07/2024-09"]),
    ("Elections will be held in August.", PartialDate(2026, 2, 10), ["2026-08"]),
    ("Elections will be held in August.", PartialDate(2026, 2), ["2026-08"]),
    ("Elections were held in August.", PartialDate(2026, 2), ["2025-08"]),
    ("the August elections", PartialDate(2026, 2), []),
    # Not a tie: the nearest, whatever the tense.
    ("The plant will open in the first quarter.", PartialDate(2025, 2, 10), ["2025-01/2025-03"]),
])
def test_a_future_tense_takes_the_coming_one_of_two_years_as_near(text, reference, expected):
    assert isos(find_dates(text, reference)) == expected


@pytest.mark.parametrize("text, reference, expected", [
    # A verb of the future telling a month already gone this year: the coming one, not the nearest.
    ("The ministers will meet in January.", PartialDate(2026, 2, 10), ["2027-01"]),
    ("The ministers will meet on January 20.", PartialDate(2026, 2, 10), ["2027-01-20"]),
    ("The summit will take place in October.", PartialDate(2026, 12, 1), ["2027-10"]),
    ("The ministers will meet from January to March.", PartialDate(2026, 4, 10), ["2027-01/2027-03"]),
    ("The meeting is scheduled for January.", PartialDate(2026, 2, 10), ["2027-01"]),
    ("The new rules will apply from January.", PartialDate(2026, 2, 10), ["2027-01"]),
    # A starting point's month is the figure's, of the past.
    ("Inflation is expected to fall from 3.1% in January.", PartialDate(2026, 2, 10), ["2026-01"]),
    # The month of the story itself, and a month the verb's past dates, stay; so does one the future follows.
    ("The ministers will meet in February.", PartialDate(2026, 2, 10), ["2026-02"]),
    ("The ministers met in January.", PartialDate(2026, 2, 10), ["2026-01"]),
    ("The ministers will review the deal signed in January.", PartialDate(2026, 2, 10), ["2026-01"]),
    ("The talks set for March will now be held next month.", PartialDate(2026, 4, 10), ["2026-03"]),
    ("The talks set for March will now be held next month.", PartialDate(2026, 2, 10), ["2026-03"]),
])
def test_a_month_a_future_verb_tells_is_not_one_already_gone(text, reference, expected):
    assert isos(find_dates(text, reference)) == expected


@pytest.mark.parametrize("text, reference, expected", [
    # A holiday of a fixed day is that day, of its year written or of the one nearest publication.
    ("The ministers met on New Year's Eve.", PartialDate(2026, 1, 3), ["2025-12-31"]),
    ("The ministers met on New Year’s Day.", PartialDate(2026, 1, 3), ["2026-01-01"]),
    ("Talks broke down on Christmas Eve.", PartialDate(2026, 1, 3), ["2025-12-24"]),
    ("The strike began on Boxing Day.", PartialDate(2026, 1, 3), ["2025-12-26"]),
    ("The cabinet met on Christmas Day 2024.", None, ["2024-12-25"]),
    ("The cabinet met on Christmas Eve.", None, []),  # no year, never guessed
    ("The Christmas holidays ended.", PartialDate(2026, 1, 3), []),
    ("The deal must be signed before New Year's Eve.", PartialDate(2025, 12, 3), []),  # a bound
])
def test_a_holiday_of_a_fixed_day_is_that_day(text, reference, expected):
    assert isos(find_dates(text, reference)) == expected


@pytest.mark.parametrize("date, stated", [("2025-12-31", True), ("2026-12-31", False), ("2025-12-30", False)])
def test_a_record_dated_by_a_holiday(make_project, date, stated):
    root = dated_record_brief(make_project, "en", "The ministers met in Tokyo on New Year's Eve.", date, "2026-01-03")
    errors = [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message]
    assert errors == ([] if stated else
                      [f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"])


@pytest.mark.parametrize("date, stated", [("2025-07/2025-09", True), ("2024-07/2024-09", False)])
def test_a_record_dated_by_a_coming_quarter_as_near_as_the_last(make_project, date, stated):
    """Published in February 2025, when the third quarter of 2024 is as near as 2025's: "will" says which."""
    root = dated_record_brief(make_project, "en", "The plant will open in the third quarter.", date, "2025-02-10")
    errors = [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message]
    assert errors == ([] if stated else
                      [f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"])


@pytest.mark.parametrize("text", ["the first half of the match", "in the second half", "before April",
                                  "the first quarter of the match"])
def test_a_part_of_something_else_or_a_bound_is_no_date(text):
    assert find_dates(text, PartialDate(2025, 5, 20)) == []


# --- the start, middle or end of a year, and a part of a year its words place ----------------------

@pytest.mark.parametrize("text, expected", [
    # As "late this year": the year, no month; "the year" is the publication's, as other languages read it.
    ("The plant opens at the end of the year.", ["2025"]),
    ("Talks began at the start of the year.", ["2025"]),
    ("at the beginning of the year", ["2025"]),
    ("in the middle of this year", ["2025"]),
    ("at the end of last year", ["2024"]),
    ("toward the close of next year", ["2026"]),
    ("early next year", ["2026"]),
    ("late this year", ["2025"]),
    ("The accounts are audited at year-end.", ["2025"]),
    ("The plant is due to open mid-year.", ["2025"]),
    ("at the end of 2025", ["2025"]),
    ("in early 2026", ["2026"]),
    ("in mid-2025", ["2025"]),
])
def test_the_start_middle_or_end_of_a_year_states_the_year(text, expected):
    assert isos(find_dates(text, PartialDate(2025, 3, 14))) == expected
    if not re.search(r"\d", text):
        assert find_dates(text) == []  # the publication's year, never guessed


@pytest.mark.parametrize("text", [
    # A bound states no date the event had.
    "by the end of the year", "by the middle of the year", "before the end of 2025", "until the end of this year",
    "by year-end", "by mid-year",
    # A year that is no calendar one, or that the text does not say is the publication's, or a count of years.
    "at the end of the fiscal year", "the end of the year before", "at the end of year two",
    # The adjective of a thing ("the year-end results" of a March report may be last year's).
    "the year-end results were strong", "a mid-year review of spending",
])
def test_the_end_of_a_year_as_a_bound_or_not_the_calendar_year_is_no_date(text):
    assert find_dates(text, PartialDate(2025, 3, 14)) == []


@pytest.mark.parametrize("text, expected", [
    ("in the second half of last year", ["2024-07/2024-12"]),
    ("in the first quarter of next year", ["2026-01/2026-03"]),
    ("in the third quarter of 2024", ["2024-07/2024-09"]),
    ("in Q3 2024", ["2024-07/2024-09"]),
    ("in the first half of this year", ["2025-01/2025-06"]),
    ("H1 2025", ["2025-01/2025-06"]),
    ("in the final quarter of last year", ["2024-10/2024-12"]),
    ("in the last quarter of 2023", ["2023-10/2023-12"]),
    ("in the latter half of the year", ["2025-07/2025-12"]),
    ("sales fell in Q4 last year", ["2024-10/2024-12"]),
    ("expected in H2 next year", ["2026-07/2026-12"]),
])
def test_a_part_of_a_year_its_words_place_is_that_years(text, expected):
    assert isos(find_dates(text, PartialDate(2025, 3, 14))) == expected


@pytest.mark.parametrize("text", [
    "the second half of the match", "in the first half", "the second half of fiscal 2025",
    "the first quarter of the fiscal year", "in the fiscal first quarter of next year",
    "the second half of the year before", "in the last quarter",
])
def test_a_half_or_quarter_of_no_calendar_year_is_no_date(text):
    assert find_dates(text, PartialDate(2025, 3, 14)) == []


@pytest.mark.parametrize("sentence, date, stated", [
    ("The plant opened in the second half of last year.", "2024-07/2024-12", True),
    ("The plant opened in the second half of last year.", "2024-03", False),
    ("The plant opened in the second half of last year.", "2024", True),
    ("The plant will open at the end of the year.", "2025", True),
    ("The plant will open at the end of the year.", "2025-12", False),
    ("The plant will open by the end of the year.", "2025", False),
    ("The talks will take place in July and August 2025.", "2025-07", True),
    ("The talks will take place between July and September 2025.", "2025-07/2025-09", True),
    ("The talks will take place between July and September 2025.", "2025-09", False),
    ("The fair will be held between 9 and 12 August 2025.", "2025-08-09/2025-08-12", True),
])
def test_a_record_dated_by_a_part_or_the_end_of_a_year(make_project, sentence, date, stated):
    root = dated_record_brief(make_project, "en", sentence, date)
    errors = [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message]
    assert errors == ([] if stated else
                      [f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"])


# Other languages (cldrdates.py): halves and quarters ("primer semestre"), and Chinese, Japanese and Korean
# words for last, this and next year before a month ("去年12月") and for last month before a day ("上个月20日").
@pytest.mark.parametrize("language, text, expected", [
    ("es", "en el primer semestre de 2025", ["2025-01/2025-06"]),
    ("es", "durante el segundo semestre", ["2025-07/2025-12"]),
    ("es", "en el primer trimestre de 2026", ["2026-01/2026-03"]),
    ("es", "el cuarto trimestre", ["2024-10/2024-12"]),  # as near as 2025's: the earlier
    ("es", "el tercer trimestre del año pasado", ["2024-07/2024-09"]),  # the year its words say, not the nearest
    ("pt", "no primeiro semestre de 2024", ["2024-01/2024-06"]),
    ("fr", "au premier semestre 2025", ["2025-01/2025-06"]),
    ("it", "nel primo trimestre del 2026", ["2026-01/2026-03"]),
    ("de", "im dritten Quartal 2026", ["2026-07/2026-09"]),
    ("de", "im zweiten Halbjahr", ["2025-07/2025-12"]),
    ("zh", "去年6月签署", ["2024-06"]),  # not June 2025, the nearest June
    ("zh", "去年3月签署", ["2024-03"]),
    ("zh", "今年12月", ["2025-12"]),
    ("zh", "明年1月19日", ["2026-01-19"]),
    ("zh", "上个月20日", ["2025-04-20"]),
    ("ja", "昨年6月", ["2024-06"]),
    ("ja", "先月20日", ["2025-04-20"]),
    ("ko", "작년 6월", ["2024-06"]),
])
def test_parts_of_a_year_and_relative_years_in_other_languages(language, text, expected):
    from briefgen.cldrdates import find_dates as find_dates_in
    assert isos(find_dates_in(text, PartialDate(2025, 5, 20), language)) == expected
    if not re.search(r"\d{4}", text):
        assert find_dates_in(text, None, language) == []  # without its year, never guessed


@pytest.mark.parametrize("text, months", [("the FİRST half of 2024", (1, 6)), ("THİRD QUARTER of 2024", (7, 9))])
def test_a_part_of_the_year_written_with_a_turkish_capital_i_is_read(text, months):
    """The pattern matches "İ" for "i" in any case; lower() would write it with a combining dot."""
    [mention] = find_date_mentions(text, PartialDate(2025, 3, 1))
    assert (mention.span.start.month, mention.span.end.month) == months


# A fiscal year is not the calendar year of its number: Japan's "2025年度" runs from April 2025 to March 2026.
@pytest.mark.parametrize("language, sentence", [
    ("en", "The agreement was signed in fiscal 2025."),
    ("en", "The agreement was signed in fiscal year 2025."),
    ("en", "The agreement was signed in the 2025 fiscal year."),
    ("en", "The agreement was signed in FY 2025."),
    ("en", "The agreement was signed in FY2025."),
    ("ja", "両国は2025年度に協定に署名した。"),
    ("ja", "両国は令和7年度に協定に署名した。"),
    ("ja", "両国は今年度、協定に署名した。"),
    ("ko", "양국은 2025회계연도에 협정에 서명했다."),
    # As the UK, India and Australia write it; one of a list; Chinese and Korean after the year's "年", "년".
    ("en", "The agreement was signed in the 2025 financial year."),
    ("en", "The agreement was signed in financial year 2025."),
    ("en", "The agreement was signed in fiscal years 2024 and 2025."),
    ("en", "The agreement was signed in the 2024 and 2025 fiscal years."),
    ("zh", "两国于2025年财政年度签署了协定。"),
    ("zh", "两国于2025财年签署了协定。"),
    ("ko", "양국은 2025년 회계연도에 협정에 서명했다."),
    # Other languages' fiscal words, before the year or after it, with its second year or not; "this fiscal year".
    ("de", "Der Vertrag wurde im Geschäftsjahr 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde im Geschäftsjahr 2024/25 unterzeichnet."),
    ("de", "Der Vertrag wurde im Haushaltsjahr 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde im Wirtschaftsjahr 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde im Fiskaljahr 2025 unterzeichnet."),
    ("fr", "Le contrat a été signé au cours de l'exercice 2025."),
    ("fr", "Le contrat a été signé au cours de l'exercice budgétaire 2025."),
    ("fr", "Le contrat a été signé pendant l'année fiscale 2024-2025."),
    ("fr", "Le contrat a été signé cette année fiscale."),
    ("es", "El contrato se firmó en el año fiscal 2025."),
    ("es", "El contrato se firmó en el ejercicio 2025."),
    ("es", "El contrato se firmó en el ejercicio fiscal de 2025."),
    ("es", "El contrato se firmó este año fiscal."),
    ("pt", "O contrato foi assinado no ano fiscal de 2025."),
    ("pt", "O contrato foi assinado no exercício 2025."),
    ("it", "Il contratto è stato firmato nell'esercizio 2025."),
    ("it", "Il contratto è stato firmato nell'anno fiscale 2025."),
    ("nl", "Het contract werd in boekjaar 2025 getekend."),
    ("nl", "Het contract werd in het boekjaar 2024/25 getekend."),
    ("ru", "Договор был подписан в 2025 финансовом году."),
    ("ru", "Договор был подписан в финансовом 2025 году."),
    ("tr", "Sözleşme 2025 mali yılında imzalandı."),
    ("tr", "Sözleşme 2024-2025 mali yılında imzalandı."),
    ("ar", "وقع العقد في السنة المالية 2025."),
    ("ar", "وقع العقد في العام المالي 2025-2026."),
    ("pl", "Umowę podpisano w roku budżetowym 2025."),
    ("pl", "Umowę podpisano w roku obrotowym 2025."),
    ("sv", "Avtalet undertecknades under räkenskapsåret 2025."),
    ("id", "Perjanjian itu ditandatangani pada tahun anggaran 2025."),
    ("hi", "समझौते पर वित्त वर्ष 2025 में हस्ताक्षर किए गए।"),
])
def test_a_fiscal_year_states_no_calendar_year(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2025", published="2025-11-14")
    assert [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message] == [
        "content/agreements.yaml:3:9: error: date 2025 of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence", [
    # A year's own: Chinese and Korean "年度" is the calendar year there, as is a year beside a fiscal one.
    ("zh", "两国于2025年度签署了协定。"),
    ("ko", "양국은 2025년도에 협정에 서명했다."),
    ("ja", "両国は2025年に協定に署名した。"),
    ("en", "The agreement was signed in 2025, the first year of the fiscal plan."),
    ("en", "The agreement was signed this year."),
    ("en", "The agreement was signed in 2024 and 2025."),
    ("en", "The agreement was signed under the 2025 budget."),
    ("en", "The agreement was signed in 2025, when fiscal year 2026 was planned."),
    ("de", "Der Vertrag wurde 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde im Kalenderjahr 2025 unterzeichnet."),
    ("fr", "Le contrat a été signé en 2025, au début de l'exercice."),
    ("fr", "Le contrat a été signé cette année."),
    ("ru", "Договор был подписан в 2025 году."),
    ("tr", "Sözleşme 2025 yılında imzalandı."),
    ("ar", "وقع العقد في عام 2025."),
    ("pl", "Umowę podpisano w 2025 roku."),
    # An exercise or a drill, a word of the tax: no fiscal year. (Italian names a drill "esercitazione".)
    ("fr", "Le contrat a été signé lors de l'exercice militaire 2025."),
    ("es", "El contrato se firmó durante el ejercicio militar 2025."),
    ("es", "El contrato se firmó tras el ejercicio de 2025."),
    ("pt", "O contrato foi assinado no exercício militar de 2025."),
    ("it", "Il contratto è stato firmato durante l'esercitazione 2025."),
    ("es", "El contrato se firmó con la reforma fiscal 2025."),
    ("es", "Este año fiscales y jueces firmaron el contrato."),
])
def test_a_calendar_year_beside_fiscal_words_stays_stated(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2025", published="2025-11-14")
    assert [d.format() for d in check(root).diagnostics.items if "date" in d.message] == []


# A quarter or half of a fiscal year is no calendar quarter: "Q1 FY2025" may be April to June 2024.
@pytest.mark.parametrize("text", [
    "signed in Q1 FY2025", "signed in Q1 FY25", "signed in Q3 fiscal 2025", "results for H1 FY2025",
    "in the first quarter fiscal 2025", "in Q2 of financial year 2025",
])
def test_a_part_of_a_fiscal_year_is_no_date(text):
    assert find_dates(text, PartialDate(2026, 2, 10)) == []


@pytest.mark.parametrize("text, expected", [
    ("in Q1 2025", ["2025-01/2025-03"]), ("in Q1, fiscal policy tightened", ["2026-01/2026-03"]),
])
def test_a_calendar_part_of_a_year_beside_fiscal_words_stays_a_date(text, expected):
    assert isos(find_dates(text, PartialDate(2026, 2, 10))) == expected


@pytest.mark.parametrize("date", ["2026-01/2026-03", "2025-01/2025-03"])
def test_a_record_dated_by_a_fiscal_quarter_is_not_stated(make_project, date):
    root = dated_record_brief(make_project, "en", "The agreement was signed in Q1 FY2025.", date,
                              published="2026-02-10")
    assert [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message] == [
        f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"]


# The end of a period dates no event in it: "in the fiscal year ending March 2026" is not March 2026.
@pytest.mark.parametrize("language, sentence, date", [
    ("en", "The agreement was signed in the fiscal year ending March 2026.", "2026-03"),
    ("en", "The agreement was signed in the year to March 2026.", "2026-03"),
    ("en", "Profit rose in the 12 months to March 2026.", "2026-03"),
    ("en", "Profit rose in the quarter ended 31 March 2026.", "2026-03-31"),
    ("en", "The agreement was signed in the fiscal year ended March 31, 2026.", "2026-03-31"),
    ("en", "Profits fell by a third for the year to March 2026.", "2026-03"),
    ("en", "Revenue grew 4% during the six months ended 30 September 2025.", "2025-09-30"),
    ("en", "Revenue grew 4% in the six-month period ended 30 September 2025.", "2025-09-30"),
    ("en", "Leaders met twice in the half ended 31 March 2026.", "2026-03-31"),
    ("en", "In Toyota's fiscal year ending March 2026, the agreement was signed.", "2026-03"),
    ("ja", "両国は2025年3月期に協定に署名した。", "2025-03"),
    ("fr", "Le bénéfice de l'exercice clos le 31 mars 2026 a progressé.", "2026-03-31"),
    ("es", "El beneficio del ejercicio cerrado a 31 de marzo de 2026 creció.", "2026-03-31"),
    ("pt", "O lucro do exercício findo em 31 de março de 2026 cresceu.", "2026-03-31"),
    ("it", "L'utile dell'esercizio chiuso al 31 marzo 2026 è cresciuto.", "2026-03-31"),
    ("nl", "De winst over het boekjaar eindigend op 31 maart 2026 steeg.", "2026-03-31"),
    ("de", "Der Gewinn des am 31. März 2026 endenden Geschäftsjahres stieg.", "2026-03-31"),
])
def test_the_end_of_a_period_states_no_date(make_project, language, sentence, date):
    root = dated_record_brief(make_project, language, sentence, date, published="2026-02-10")
    assert [d.format().split("\n")[0] for d in check(root).diagnostics.items if "date" in d.message] == [
        f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence, date", [
    ("en", "The deadline was extended by a year to March 2026.", "2026-03"),
    ("en", "The agreement was signed in March 2026, as the fiscal year ended.", "2026-03"),
    ("ja", "両国は2025年3月に協定に署名した。", "2025-03"),
    ("ja", "2025年3月期間中に協定に署名した。", "2025-03"),
    ("en", "The ban was extended for six months to March 2026.", "2026-03"),
    # What ends on the date is no period: its date is its own.
    ("fr", "Le contrat a été clos le 31 mars 2026.", "2026-03-31"),
    ("es", "El acuerdo cerrado el 31 de marzo de 2026 entró en vigor.", "2026-03-31"),
    ("de", "Der am 31. März 2026 abgeschlossene Vertrag gilt.", "2026-03-31"),
])
def test_a_date_beside_a_periods_words_stays_stated(make_project, language, sentence, date):
    root = dated_record_brief(make_project, language, sentence, date, published="2026-02-10")
    assert [d.format() for d in check(root).diagnostics.items if "date" in d.message] == []


# A period that is what is told ends on its date: only a reporting period something is placed in is no date.
@pytest.mark.parametrize("sentence, date", [
    ("Britain's Brexit transition period ended on 31 December 2020, and new customs rules took effect.",
     "2020-12-31"),
    ("The public consultation period ended on 3 March 2026.", "2026-03-03"),
    ("The negotiating period ended on 12 March 2026 without an agreement.", "2026-03-12"),
    ("The 90-day truce period ended on 3 March 2026 when fighting resumed.", "2026-03-03"),
    ("After six weeks ended on 3 March 2026 with a ceasefire, aid resumed.", "2026-03-03"),
    ("The year ended on 31 December 2025 with a record harvest.", "2025-12-31"),
])
def test_the_end_of_a_period_told_states_its_date(make_project, sentence, date):
    root = dated_record_brief(make_project, "en", sentence, date, kind="meeting", published="2026-04-10")
    assert [d.format() for d in check(root).diagnostics.items if "date" in d.message] == []


# --- the month an event moved to --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The summit was postponed to June.", ["2025-06"]),
    ("The summit was Postponed to early July.", ["2025-07"]),
    ("The summit, set for May, was moved to June.", ["2025-05", "2025-06"]),
    ("The summit was brought forward to April from May.", ["2025-04", "2025-05"]),
    ("The vote was pushed back to June 2026.", ["2026-06"]),
    # "to" without a move: a range's end, or no date
    ("Talks ran from May to June.", ["2025-05/2025-06"]),
    ("The index came close to June highs.", []),
])
def test_to_after_a_move_names_the_month_it_moved_to(text, expected):
    assert isos(find_dates(text, PartialDate(2025, 3, 14))) == expected


def test_a_record_dated_the_month_its_event_moved_to_is_stated(make_project):
    root = dated_record_brief(make_project, "en", "The summit was postponed to June.", "2025-06", "2025-03-14",
                              "meeting")
    assert [d.message for d in check(root).diagnostics.items if "date" in d.message] == []
