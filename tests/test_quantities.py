from decimal import Decimal

import pytest

from briefgen.cldrtext import find_amounts
from briefgen.quantities import Quantity, display, find_quantities, supports


def q(amount, currency=None, unit=None, qualifier=None, text=""):
    return Quantity(Decimal(amount), currency, unit, qualifier, text)


# --- find_quantities --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("making a significant investment of $1 billion in an airport",
     [q(1000000000, "USD", text="$1 billion")]),
    ("Abe committed $7.5 million in grant assistance",
     [q(7500000, "USD", text="$7.5 million")]),
    ("business projects totalling $19 billion in Central Asia",
     [q(19000000000, "USD", text="$19 billion")]),
    ("at a total amount of 3 trillion yen in 5 years in Central Asia",
     [q(3000000000000, "JPY", text="3 trillion yen"), q(5, unit="years", text="5 years")]),
    ("Japan sets five-year $19 billion business push",
     [q(5, unit="years", text="five-year"), q(19000000000, "USD", text="$19 billion")]),
    ("In total, more than 350 companies from Kazakhstan",
     [q(350, unit="companies", qualifier="more-than", text="more than 350 companies")]),
    ("five Central Asian states and over 100 leading Japanese companies and organisations",
     [q(5, unit="states", text="five Central Asian states"),
      q(100, unit="companies", qualifier="over", text="over 100 leading Japanese companies")]),
    ("Japan is prepared to find investments for over 100 projects. Beyond",
     [q(100, unit="projects", qualifier="over", text="over 100 projects")]),
    ("collectively signing 22 cooperation documents. The agreements",
     [q(22, unit="documents", text="22 cooperation documents")]),
    ("a population exceeding 80 million and a dynamic economic development",
     [q(80000000, qualifier="exceeding", text="exceeding 80 million")]),
    ("has so far held nine foreign ministers’ meetings. The Prime",
     [q(9, unit="meetings", text="nine foreign ministers’ meetings")]),
    ("has so far held nine foreign ministers' meetings.",
     [q(9, unit="meetings", text="nine foreign ministers' meetings")]),
    ("the leaders of five Central Asia nations — Kazakhstan",
     [q(5, unit="nations", text="five Central Asia nations")]),
    ("Five Central Asian countries are Union Republic",
     [q(5, unit="countries", text="Five Central Asian countries")]),
    ("cooperation will be proposed in three areas: decarbonization",
     [q(3, unit="areas", text="three areas")]),
    ("and the two sides agreed", [q(2, unit="sides", text="two sides")]),
    ("“Japan’s Engagement with Central Asia: 15 Years of the Dialogue”",
     [q(15, unit="years", text="15 Years")]),
    ("a fund of 1,000 projects", [q(1000, unit="projects", text="1,000 projects")]),
    ("a grant of US$1,250,000 to Tajikistan", [q(1250000, "USD", text="US$1,250,000")]),
    ("about 80 million people", [q(80000000, unit="people", qualifier="about", text="about 80 million people")]),
    ("Around 300 delegates", [q(300, unit="delegates", qualifier="about", text="Around 300 delegates")]),
    ("approximately €2.5 billion", [q(2500000000, "EUR", qualifier="about", text="approximately €2.5 billion")]),
    ("nearly 40 agreements", [q(40, unit="agreements", qualifier="nearly", text="nearly 40 agreements")]),
    ("almost ¥3 trillion", [q(3000000000000, "JPY", qualifier="nearly", text="almost ¥3 trillion")]),
    ("up to 5 billion dollars", [q(5000000000, "USD", qualifier="up-to", text="up to 5 billion dollars")]),
    ("at least 12 projects", [q(12, unit="projects", qualifier="at-least", text="at least 12 projects")]),
    ("fewer than 20 firms", [q(20, unit="firms", qualifier="less-than", text="fewer than 20 firms")]),
    ("a $5bn loan", [q(5000000000, "USD", text="$5bn")]),
    ("It has 22 members.", [q(22, unit="members", text="22 members")]),
    ("a total of 22, all signed", [q(22, text="22")]),
    ("Kazakhstan's business count: 350", [q(350, text="350")]),
    ("with US$ 2024 in grants", [q(2024, "USD", text="US$ 2024")]),
    ("5 million US dollars", [q(5000000, "USD", text="5 million US dollars")]),
    ("More\nthan 350 companies", [q(350, unit="companies", qualifier="more-than", text="More\nthan 350 companies")]),
    # A negated qualifier says the opposite: at most, at least.
    ("Turnout was not more than 6,000 people.",
     [q(6000, unit="people", qualifier="up-to", text="not more than 6,000 people")]),
    ("No more than $2 billion", [q(2000000000, "USD", qualifier="up-to", text="No more than $2 billion")]),
    ("not less than $4 billion", [q(4000000000, "USD", qualifier="at-least", text="not less than $4 billion")]),
    # Indian grouping, lakh and crore.
    ("a grant of 2,50,000 rupees", [q(250000, unit="rupees", text="2,50,000 rupees")]),
    ("40 crore for roads", [q(400000000, text="40 crore")]),
    # A conversion in brackets is as bounded as its amount, unless it says its own bound.
    ("up to 1 billion euros ($1.08 billion)", [q(1000000000, "EUR", qualifier="up-to", text="up to 1 billion euros"),
                                               q(1080000000, "USD", qualifier="up-to", text="$1.08 billion")]),
    ("up to 1 billion euros (about $1.1 billion)",
     [q(1000000000, "EUR", qualifier="up-to", text="up to 1 billion euros"),
      q(1100000000, "USD", qualifier="about", text="about $1.1 billion")]),
    ("up to 1 billion euros, and $2 billion", [q(1000000000, "EUR", qualifier="up-to", text="up to 1 billion euros"),
                                               q(2000000000, "USD", text="$2 billion")]),
    # "over" after a row, a suit or talks names what they are about, no bound.
    ("a row over $2 billion in unpaid bills", [q(2000000000, "USD", text="$2 billion")]),
    ("The yard sued over US$40 million.", [q(40000000, "USD", text="US$40 million")]),
    ("talks over 40 million euros", [q(40000000, "EUR", text="40 million euros")]),
    ("a deal worth over $2 billion", [q(2000000000, "USD", qualifier="over", text="over $2 billion")]),
])
def test_find_quantities_phrasings(text, expected):
    assert find_quantities(text) == expected


@pytest.mark.parametrize("text", [
    "drawing in billions of dollars in foreign investments",
    "to take the 20th anniversary to a leadership level",
    "the Sixth Consultative Meeting",
    "On 9 August 2024, the inaugural forum",
    "on 9-10 August 2024 by",
    "from August 9 to 12.",
    "took place on December 19, was",
    "In December 2022, the parties",
    "began in 2004 and",
    "the years 2022-2023 and the “2023-2025 Cooperation Program”",
    "in 2024, companies",  # a year, not a count: 1900 to 2100 reads as a year unless a count's noun follows
    "relations between the parties.[10] Subsequent years",
    "international relations.[8] Consequently",
    "(Access Date: 12.31.2024).",
    "https://www.mofa.go.jp/press/release/press4e_003200.html",
    "https://www.yerzemin.com/display/turkmen-entrepreneurs/227649, next",
    "https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-event-7821",
    "Japan’s creation of the C5+1 arrangement",
    "the inaugural C5+Japan Business Forum",
    "6209a5ac0fd0e76f397682ff33ba81db",
    "the parties confer benefits upon one another",
    "one of the countries",
    "a three-tiered framework",
    "Japan unveiled a goal on Saturday",
])
def test_find_quantities_skips_what_is_not_a_quantity(text):
    assert find_quantities(text) == []


# Scales as wires abbreviate them, hyphenated or glued, and the currencies of other countries: the
# scale is never dropped ("$3.5" is not read out of "$3.5 billion").
@pytest.mark.parametrize("text, expected", [
    ("a £3bn fund", [q(3000000000, "GBP", text="£3bn")]),
    ("a €500m loan", [q(500000000, "EUR", text="€500m")]),
    ("a $5b deal and $50k in fees", [q(5000000000, "USD", text="$5b"), q(50000, "USD", text="$50k")]),
    ("C$2 billion for Ottawa", [q(2000000000, "CAD", text="C$2 billion")]),
    ("A$3 million and NZ$4 million", [q(3000000, "AUD", text="A$3 million"), q(4000000, "NZD", text="NZ$4 million")]),
    ("GBP 7 million", [q(7000000, "GBP", text="GBP 7 million")]),
    # Regional news marks its own currencies before the number.
    ("KSh 1.5 billion for Lamu", [q(1500000000, "KES", text="KSh 1.5 billion")]),
    ("TSh 900 billion", [q(900000000000, "TZS", text="TSh 900 billion")]),
    ("Dh2.2 billion and QR1.8bn", [q(2200000000, "AED", text="Dh2.2 billion"), q(1800000000, "QAR", text="QR1.8bn")]),
    ("₦5bn for the line", [q(5000000000, "NGN", text="₦5bn")]),
    ("Rp 5 trillion, RM5bn and Tk 500 crore", [q(5000000000000, "IDR", text="Rp 5 trillion"),
                                               q(5000000000, "MYR", text="RM5bn"), q(5000000000, "BDT", text="Tk 500 crore")]),
    ("Rs 5 lakh crore and Rs. 40 crore", [q(5000000000000, "INR", text="Rs 5 lakh crore"),
                                          q(400000000, "INR", text="Rs. 40 crore")]),
    ("$3.5 mil for the study", [q(3500000, "USD", text="$3.5 mil")]),
    # An article for the number, before a scale word only
    ("a billion dollars and half a billion euros", [q(1000000000, "USD", text="a billion dollars"),
                                                   q(500000000, "EUR", text="half a billion euros")]),
    ("an estimated budget, a plan and a mil", []),
    ("a $2.3-billion plan", [q(2300000000, "USD", text="$2.3-billion")]),
    ("$1.5 bln in loans", [q(1500000000, "USD", text="$1.5 bln")]),
    ("4 mln tonnes", [q(4000000, unit="tonnes", text="4 mln tonnes")]),
    # A one-letter scale without a currency sign may be metres: not read, never read without its scale.
    ("a 5m wall", []),
])
def test_scales_and_currencies_as_wires_write_them(text, expected):
    assert find_quantities(text) == expected


@pytest.mark.parametrize("text", ["$3.5 billion", "$3.5-billion", "$3.5bn", "$3.5 bln", "$3.5b", "$2–3.5 billion",
                                  "between $3.5 and $4 billion", "$3.5 to $4 billion", "$3.5 billions",
                                  "$3.5 or $4 billion", "$3.5 and $4 billion", "$3.5/$4 billion"])
def test_a_scale_is_never_dropped(text):
    assert supports(3.5, "USD", None, None, find_quantities(text)) is None
    assert supports(Decimal("3.5"), "USD", None, "at-least", find_quantities(text)) is None
    assert not [q for q in find_amounts(text, "en") if q.amount == Decimal("3.5")]


@pytest.mark.parametrize("language, text", [("es", "3,5 o 4 millones de euros"), ("de", "3,5 oder 4 Milliarden Euro"),
                                            ("fr", "3,5 ou 4 milliards d’euros")])
def test_a_scale_an_alternative_shares_is_never_dropped_in_other_languages(language, text):
    assert [q.amount for q in find_amounts(text, language) if q.amount < 1000] == []


# A range states its bounds, not its lower end as the amount; a change ("from ... to") states both amounts.
# The lower end is said with the whole range, which alone gives its scale.
@pytest.mark.parametrize("text, expected", [
    ("$2–3 billion", [q(2000000000, "USD", qualifier="at-least", text="$2–3 billion"),
                      q(3000000000, "USD", qualifier="up-to", text="3 billion")]),
    ("between $2 and $3 billion", [q(2000000000, "USD", qualifier="at-least", text="between $2 and $3 billion"),
                                   q(3000000000, "USD", qualifier="up-to", text="$3 billion")]),
    ("2 to 3 million euros", [q(2000000, "EUR", qualifier="at-least", text="2 to 3 million euros"),
                              q(3000000, "EUR", qualifier="up-to", text="3 million euros")]),
    ("between 2 and 3 million people", [q(2000000, unit="people", qualifier="at-least", text="between 2 and 3 million people"),
                                        q(3000000, unit="people", qualifier="up-to", text="3 million people")]),
    ("rose from $2 to $3 billion", [q(2000000000, "USD", text="from $2 to $3 billion"),
                                    q(3000000000, "USD", text="$3 billion")]),
    ("$500 million to $1 billion", [q(500000000, "USD", qualifier="at-least", text="$500 million to $1 billion"),
                                    q(1000000000, "USD", qualifier="up-to", text="$1 billion")]),
    ("$500 to $1 billion", []),  # which scale the first end has is not said
    # A range of percentages, or of a count's or a duration's noun, is one as well.
    ("between 2.5% and 2.8%", [q("2.5", unit="percent", qualifier="at-least", text="between 2.5% and 2.8%"),
                               q("2.8", unit="percent", qualifier="up-to", text="2.8%")]),
    ("2.5-2.8 per cent", [q("2.5", unit="percent", qualifier="at-least", text="2.5-2.8 per cent"),
                          q("2.8", unit="percent", qualifier="up-to", text="2.8 per cent")]),
    ("fell from 5% to 3%", [q(5, unit="percent", text="from 5% to 3%"), q(3, unit="percent", text="3%")]),
    ("between 5-10 companies", [q(5, unit="companies", qualifier="at-least", text="between 5-10 companies"),
                                q(10, unit="companies", qualifier="up-to", text="10 companies")]),
    ("over a period of between 10 and 15 years",
     [q(10, unit="years", qualifier="at-least", text="between 10 and 15 years"),
      q(15, unit="years", qualifier="up-to", text="15 years")]),
    # "over" a span of time is when, not "more than" its first end
    ("over 10 to 15 years", [q(10, unit="years", qualifier="at-least", text="10 to 15 years"),
                             q(15, unit="years", qualifier="up-to", text="15 years")]),
    # Numbers of nothing named, out of order, or a percentage and then another amount are no range.
    ("children aged 12 to 15", [q(12, text="12"), q(15, text="15")]),
    ("the 9 to 5 jobs", [q(9, text="9"), q(5, unit="jobs", text="5 jobs")]),
    ("rose 4.2% to $17,850 a tonne", [q("4.2", unit="percent", text="4.2%"), q(17850, "USD", text="$17,850")]),
    ("rose 4.2% to 17,850 tonnes", [q("4.2", unit="percent", text="4.2%"),
                                    q(17850, unit="tonnes", text="17,850 tonnes")]),
])
def test_a_range_states_its_bounds(text, expected):
    assert find_quantities(text) == expected


# A percentage is an amount in percent, with its bound and its rate.
@pytest.mark.parametrize("text, expected", [
    ("tariffs on up to 91% of goods", [q(91, unit="percent", qualifier="up-to", text="up to 91%")]),
    ("more than 50 percent of voters", [q(50, unit="percent", qualifier="more-than", text="more than 50 percent")]),
    ("a 25 per cent stake", [q(25, unit="percent", text="25 per cent")]),
    ("five percent", [q(5, unit="percent", text="five percent")]),
    ("growth of 5% a year", [Quantity(Decimal(5), None, "percent", None, "5% a year", "year")]),
    ("$5%", []),
    ("0.6 percentage points", [q("0.6", unit="points", text="0.6 percentage points")]),
])
def test_a_percentage_keeps_its_bound(text, expected):
    assert find_quantities(text) == expected


def test_the_lower_end_of_a_range_is_stated_only_as_a_bound():
    found = find_quantities("Japan will invest $2–3 billion.")
    assert supports(2000000000, "USD", None, None, found) is None
    assert supports(2000000000, "USD", None, "at-least", found) is not None
    assert supports(3000000000, "USD", None, "up-to", found) is not None


# A rate carries its period, and states only a value of that rate, never a total.
@pytest.mark.parametrize("text, per, said", [
    ("$2 billion a year", "year", "$2 billion a year"),
    ("$2 billion per year", "year", "$2 billion per year"),
    ("€300 million annually", "year", "€300 million annually"),
    ("12 flights a week", "week", "12 flights a week"),
    ("$2–3 billion a year", "year", "$2–3 billion a year"),  # and its higher end, "3 billion a year"
    ("$2 billion a year ago", None, "$2 billion"),
    # A conversion or an aside in brackets between the amount and its rate is no end of it: both are per year.
    ("about 4 billion euros ($4.3 billion) a year", "year", "about 4 billion euros ($4.3 billion) a year"),
    ("€6 billion (excluding VAT) per annum", "year", "€6 billion (excluding VAT) per annum"),
    ("between 2 billion and 3 billion euros ($2.2-3.3 billion) annually", "year",
     "between 2 billion and 3 billion euros ($2.2-3.3 billion) annually"),
    ("about 4 billion euros ($4.3 billion) a year ago", None, "about 4 billion euros"),
])
def test_a_rate_keeps_its_period(text, per, said):
    assert {found.per for found in find_quantities(text)} == {per}
    assert find_quantities(text)[0].text == said


@pytest.mark.parametrize("period, stated", [
    (None, False), ("5 years", False), ("over five years", False),
    ("a year", True), ("per year", True), ("annually", True), ("annual", True), ("per annum", True),
    ("a month", False),
])
def test_a_rate_supports_only_a_value_of_that_rate(period, stated):
    found = find_quantities("Japan will spend $2 billion a year on the corridor.")
    assert (supports(2000000000, "USD", None, None, found, period=period) is not None) == stated


def test_a_conversion_in_brackets_is_as_much_a_rate_as_its_amount():
    [euros, dollars] = find_quantities("EU exporters pay about 4 billion euros ($4.3 billion) a year in duties.")
    assert (euros.per, dollars.per) == ("year", "year") and dollars.text == "$4.3 billion"
    assert supports(4300000000, "USD", None, "about", [dollars], period="a year") is not None


def test_a_total_is_not_supported_as_a_rate():
    assert supports(2000000000, "USD", None, None, find_quantities("$2 billion over five years"), period="a year") is None


# A hedge before a bound keeps the bound: "could sign as many as 12" is up to 12.
@pytest.mark.parametrize("text, expected", [
    ("They could sign as many as 12 agreements.",
     [q(12, unit="agreements", qualifier="up-to", text="as many as 12 agreements")]),
    ("as much as $4 billion", [q(4000000000, "USD", qualifier="up-to", text="as much as $4 billion")]),
    ("upwards of 300 delegates", [q(300, unit="delegates", qualifier="more-than", text="upwards of 300 delegates")]),
    ("in excess of €1 billion", [q(1000000000, "EUR", qualifier="more-than", text="in excess of €1 billion")]),
])
def test_hedged_bounds(text, expected):
    assert find_quantities(text) == expected


# A preposition of place bounds a number an amount plainly is; before a number written out it names a place.
@pytest.mark.parametrize("text, expected", [
    ("Under 4,000 people were evacuated.",
     [q(4000, unit="people", qualifier="less-than", text="Under 4,000 people")]),
    ("Turnout was below 40%.", [q(40, unit="percent", qualifier="less-than", text="below 40%")]),
    ("above $3 billion", [q(3000000000, "USD", qualifier="more-than", text="above $3 billion")]),
    ("under two million people", [q(2000000, unit="people", qualifier="less-than", text="under two million people")]),
    ("under five percent", [q(5, unit="percent", qualifier="less-than", text="under five percent")]),
    ("The ministers met under two agreements signed in May.", [q(2, unit="agreements", text="two agreements")]),
    ("Turnout exceeded 60%.", [q(60, unit="percent", qualifier="more-than", text="exceeded 60%")]),
    ("a maximum of 25%", [q(25, unit="percent", qualifier="up-to", text="a maximum of 25%")]),
    ("Inflation did not exceed 3%.", [q(3, unit="percent", qualifier="up-to", text="not exceed 3%")]),
])
def test_prepositions_and_verbs_of_a_bound(text, expected):
    assert find_quantities(text) == expected


# The reader of other languages (cldrtext.py), which also reads the currencies English's reader does
# not know in English quotes: the same rules, so neither drops a scale or reads a range's lower end.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "£3bn", [(3000000000, "GBP", None)]),
    ("en", "€500m", [(500000000, "EUR", None)]),
    ("en", "C$2 billion", [(2000000000, "CAD", None)]),
    ("en", "S$1 million", [(1000000, "SGD", None)]),
    ("en", "GBP 3 bln", [(3000000000, "GBP", None)]),
    ("en", "CHF 2.3-billion", [(2300000000, "CHF", None)]),
    ("en", "₹40 crore", [(400000000, "INR", None)]),
    ("en", "a 5m wall", []),
    ("en", "£2–3 billion", [(2000000000, "GBP", "at-least"), (3000000000, "GBP", "up-to")]),
    ("en", "between CHF 2 and 3 billion", [(2000000000, "CHF", "at-least"), (3000000000, "CHF", "up-to")]),
    ("fr", "2 à 3 milliards d’euros", [(2000000000, "EUR", "at-least"), (3000000000, "EUR", "up-to")]),
    ("es", "entre 2 y 3 millones de euros", [(2000000, "EUR", "at-least"), (3000000, "EUR", "up-to")]),
    ("de", "2 bis 3 Milliarden Euro", [(2000000000, "EUR", "at-least"), (3000000000, "EUR", "up-to")]),
    # Turkish: "TL" and "lira", and case endings glued to the amount, on which its qualifier depends.
    ("tr", "300 milyon TL", [(300000000, "TRY", None)]),
    ("tr", "300 milyon lira", [(300000000, "TRY", None)]),
    ("tr", "300 milyon liralık yatırım", [(300000000, "TRY", None)]),
    ("tr", "5 milyar dolarlık anlaşma", [(5000000000, "USD", None)]),
    ("tr", "300'den fazla şirket", [(300, None, "more-than")]),
    ("tr", "5 milyar dolardan fazla", [(5000000000, "USD", "more-than")]),
    ("tr", "300'ü aşkın şirket", [(300, None, "more-than")]),
    ("tr", "300 milyon TL'ye kadar", [(300000000, "TRY", "up-to")]),
    ("tr", "300'den az şirket", [(300, None, "less-than")]),
    ("tr", "en fazla 12 anlaşma", [(12, None, "up-to")]),
    ("zh", "可能签署多达12项协议", [(12, None, "up-to")]),  # "as many as 12"
])
def test_amounts_read_in_other_languages_keep_their_scale_and_bounds(language, text, expected):
    assert [(q.amount, q.currency, q.qualifier) for q in find_amounts(text, language)] == expected


@pytest.mark.parametrize("language, text, per", [
    ("es", "2.000 millones de euros al año", "year"),
    ("pt", "2 bilhões de dólares por ano", "year"),
    ("fr", "2 milliards d’euros par an", "year"),
    ("de", "1,5 Milliarden Euro pro Jahr", "year"),
    ("de", "1,5 Milliarden Euro im Jahr 2025", None),  # in that year
    ("it", "5 miliardi di dollari all’anno", "year"),
    ("ru", "1,5 млрд рублей в год", "year"),
    ("tr", "5 milyar dolar yılda", "year"),
    ("es", "300 millones de euros al mes", "month"),
])
def test_a_rate_keeps_its_period_in_other_languages(language, text, per):
    [found] = find_amounts(text, language)
    assert found.per == per
    assert (supports(found.amount, found.currency, None, None, [found]) is None) == (per is not None)


@pytest.mark.parametrize("period, per", [("al año", "year"), ("pro Jahr", "year"), ("par an", "year"),
                                         ("5 años", None), ("al mes", "month")])
def test_a_records_period_in_the_briefs_language_says_its_rate(period, per):
    from briefgen.quantities import rate_of
    assert rate_of(period) == per


def test_a_rate_keeps_its_period_in_the_second_reading_of_english():
    [found] = find_amounts("£2 billion a year", "en")
    assert (found.amount, found.currency, found.per) == (2000000000, "GBP", "year")
    assert supports(2000000000, "GBP", None, None, [found]) is None


# --- supports ---------------------------------------------------------------

FOUND = find_quantities(
    "Japan pledged $1 billion, more than 350 companies signed 22 cooperation documents "
    "in a region with a population exceeding 80 million, and 3 trillion yen in 5 years."
)


@pytest.mark.parametrize("amount, currency, unit, qualifier, expected_text", [
    (1000000000, "USD", None, None, "$1 billion"),
    (Decimal("1E+9"), "USD", None, None, "$1 billion"),
    (1e9, "USD", None, None, "$1 billion"),
    (350, None, "companies", "more-than", "more than 350 companies"),
    (350, None, None, "more-than", "more than 350 companies"),
    (22, None, "documents", None, "22 cooperation documents"),
    # A unit of several words, as the page shows it, or in another case: the quote writes it whole.
    (22, None, "cooperation documents", None, "22 cooperation documents"),
    (22, None, "Cooperation  Documents", None, "22 cooperation documents"),
    (350, None, "Companies", "more-than", "more than 350 companies"),
    (80000000, None, "people", "exceeding", "exceeding 80 million"),  # the quote names no unit
    (3000000000000, "JPY", None, None, "3 trillion yen"),
    (5, None, "years", None, "5 years"),
    # Wrong amount, currency, unit or qualifier: not supported.
    (2000000000, "USD", None, None, None),
    (1000000000, "JPY", None, None, None),
    (1000000000, None, None, None, None),
    (350, None, "companies", None, None),
    (350, None, "companies", "at-least", None),
    (350, None, "companies", "over", "more than 350 companies"),  # one bound in other words
    (350, None, "projects", "more-than", None),
    (22, None, "trade documents", None, None),  # the noun read, but not the words before it
    (22, None, "operation documents", None, None),
    (22, None, "documents", "about", None),
    (80000000, None, None, None, None),
    (7.5, "USD", None, None, None),
])
def test_supports(amount, currency, unit, qualifier, expected_text):
    found = supports(amount, currency, unit, qualifier, FOUND)
    assert (found.text if found else None) == expected_text


def test_supports_returns_the_supporting_quantity():
    assert supports(7500000, "USD", None, None, find_quantities("$7.5 million")) == \
        q(7500000, "USD", text="$7.5 million")


def test_supports_compares_floats_as_written():
    assert supports(7.5, "USD", None, None, find_quantities("$7.5")) is not None
    assert supports(0.1, None, None, None, find_quantities("0.1")) is not None


# --- display ----------------------------------------------------------------

@pytest.mark.parametrize("amount, currency, unit, qualifier, expected", [
    (1000000000, "USD", None, None, "$1 billion"),
    (Decimal("7500000"), "USD", None, None, "$7.5 million"),
    (7.5e6, "USD", None, None, "$7.5 million"),
    (3000000000000, "JPY", None, None, "¥3 trillion"),
    (19000000000, "USD", None, None, "$19 billion"),
    (1250000000, "USD", None, None, "$1.25 billion"),
    (2500000000, "EUR", None, None, "€2.5 billion"),
    (5000000, "GBP", None, None, "£5 million"),  # as CLDR's English signs it, not "GBP 5 million"
    (3000000000, "CNY", None, None, "CN¥3 billion"),  # ¥ alone is the yen
    (2000000000, "AUD", None, None, "A$2 billion"),
    (500000000000, "KZT", None, None, "KZT 500 billion"),  # CLDR's English has no sign for the tenge
    (350, None, "companies", "more-than", "350+"),
    (100, None, "projects", "over", "100+"),
    (80000000, None, None, "exceeding", "80 million+"),
    (12, None, "projects", "at-least", "12+"),
    (80000000, None, None, "about", "~80 million"),
    (40, None, "agreements", "nearly", "~40"),
    (5000000000, "USD", None, "up-to", "≤$5 billion"),
    (20, None, "firms", "less-than", "<20"),
    (1000000000, "USD", None, "more-than", "$1 billion+"),
    (22, None, "documents", None, "22"),
    (1000, None, None, None, "1,000"),
    (999999, None, None, None, "999,999"),
    (1234567, None, None, None, "1,234,567"),  # "1.23 million" would round
    (Decimal("2.50"), None, None, None, "2.5"),
    (10**15, "USD", None, None, "$1,000 trillion"),
])
def test_display(amount, currency, unit, qualifier, expected):
    assert display(amount, currency, unit, qualifier) == expected


@pytest.mark.parametrize("amount, currency, qualifier, language, expected", [
    (1000000000, "USD", None, "es", "1 mil millones\u00a0US$"),  # where and as CLDR writes it
    (7500000, "USD", "about", "es", "~7,5 millones\u00a0US$"),
    (1250000, None, None, "fr", "1,25 million"),  # CLDR's French: 1.25 takes the singular
    (1234567, None, None, "es", "1.234.567"),  # "1,23 millones" would round
    (1000000000, "USD", None, "ja", "$10億"),
    (1234567, None, None, "ja", "1,234,567"),  # "123万" would round: 万 divides by 10,000
    (3000000000000, "JPY", None, "zh", "JP¥3万亿"),  # ¥ alone is the yuan in Chinese
    (19000000000, "USD", None, "ru", "19 миллиардов\u00a0$"),
    (350, None, "more-than", "de", "350+"),
    (999999, None, None, "de", "999.999"),  # below a million, digits in every language
    (Decimal("2.5"), None, None, "de", "2,5"),
    (1000000000, "USD", None, "en-GB", "$1 billion"),
    (1000000001, None, None, "de-CH", "1'000'000'001"),  # babel's own formatting writes 1000000'001
    (1234567, None, None, "hi", "12,34,567"),  # Indian grouping: 3, then 2
    (1250000, "USD", None, "sw", "US$\u00a01,250,000"),  # babel's Swahili compact form would say 12.5 milioni
    (1250000, "USD", None, "hi", "$12.5 लाख"),
    (7500000, "EUR", None, "de", "7,5 Millionen\u00a0€"),
    (7500000, "USD", None, "fr", "7,5 millions\u00a0$US"),
    (7500000, "USD", None, "es-419", "USD\u00a07.5 millones"),  # a symbol ending in a letter is spaced off
    (7500000, "KZT", None, "it", "7,5 milioni\u00a0KZT"),
    # No bidirectional marks (pages mark direction), but a sign written with Latin letters is isolated left to
    # right: in a right-to-left line, "US$" would show as "$US".
    (7500000, "USD", None, "ar", "7.5 مليون\u00a0\u2066US$\u2069"),
    (7500000, "GBP", None, "en-GB", "£7.5 million"),  # English signs it as CLDR's English does
    (7500000, "CHF", None, "en-GB", "CHF 7.5 million"),
])
def test_display_in_the_briefs_language_never_rounds(amount, currency, qualifier, language, expected):
    assert display(amount, currency, None, qualifier, language) == expected


def test_display_rejects_unknown_qualifier():
    with pytest.raises(ValueError) as error:
        display(5, None, None, "lots")
    assert str(error.value) == ("unknown qualifier 'lots'; expected one of about, at-least, exceeding, "
                                "less-than, more-than, nearly, over, up-to")


# --- seeds: dates and quantities together -------------------------------------


# --- what the build says of an amount no quote states -----------------------------------------

def amount_errors(make_project, sentence: str, amount, fields: str = "", language: str = "en",
                  brief: str | None = None) -> list[str]:
    """The errors of a figure of `amount` (with YAML `fields`) whose one claim quotes `sentence`, in a brief
    whose language is `brief` (if given)."""
    from briefgen import check
    root = make_project({
        **({"briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{brief}"\n'} if brief else {}),
        "seeds/wire.txt": f"---\ntitle: Wire\npublished: 2025-06-02\nlanguage: {language}\n---\nWire\n{sentence}\n",
        "content/figures.yaml": f"""
            - id: pledge
              name: Pledge
              amount: {amount}{fields}
              claims:
                - text: "{sentence}"
                  cite:
                    - source: wire
                      quote: "{sentence}"
            """,
    }, base=None)
    return [d.format().split("\n    hint: ")[-1] for d in check(root).diagnostics.items if d.severity == "error"]


@pytest.mark.parametrize("sentence, amount, fields, language, hint", [
    # The scale is never dropped: 3.5 is not what "$3.5 billion" states.
    ("Japan pledged $3.5 billion.", 3.5, "\n              currency: USD", "en",
     "the cited quotes state '$3.5 billion'; fix the amount or cite the passage that states it"),
    ("Britain pledged £3bn.", 3, "\n              currency: GBP", "en",
     "the cited quotes state '£3bn'; fix the amount or cite the passage that states it"),
    # A range's lower end is a bound, and the hint says which.
    ("Japan will invest $2–3 billion.", 2000000000, "\n              currency: USD", "en",
     "the quote says '$2–3 billion'; set qualifier: at-least"),
    # A rate is not a total: the hint quotes it with its period, and says which period to write.
    ("Japan will spend $2 billion a year.", 2000000000, "\n              currency: USD\n              period: 5 years",
     "en", "the quote says '$2 billion a year', per year: set period: a year"),
    ("Farmers pay about 6 billion euros a year in fees.", 6000000000,
     "\n              currency: EUR\n              qualifier: about", "en",
     "the quote says 'about 6 billion euros a year', per year: add period: a year"),
    ("Farmers pay about 6 billion euros annually in fees.", 6000000000,
     "\n              currency: EUR\n              qualifier: about", "en",
     "the quote says 'about 6 billion euros annually', per year: add period: a year"),
    ("Tenants pay 500 million euros a month.", 500000000, "\n              currency: EUR\n              period: a year",
     "en", "the quote says '500 million euros a month', per month: set period: a month"),
    ("Japan pledged $3 billion.", 3000000000, "\n              currency: USD\n              period: a year", "en",
     "the quote says '$3 billion', not per year: remove 'period'"),
    ("The agency has an annual budget of 3 billion dollars.", 3000000000, "\n              currency: USD", "en",
     "the quote says '3 billion dollars', per year: add period: a year"),
    ("It could cost producers between 2 billion and 3 billion euros a year.", 3000000000,
     "\n              currency: EUR\n              qualifier: up-to", "en",
     "the quote says '3 billion euros a year', per year: add period: a year"),
    # A rate written into the unit ("barrels per day") is the figure's period: the hint says which unit and
    # period to write, not to fix an amount that is right.
    ("Kazakhstan exported 1.8 million barrels per day of oil.", 1800000, "\n              unit: barrels per day",
     "en", "the quote says '1.8 million barrels per day': write unit: barrels and add period: a day "
     "(a rate is the figure's period, not its unit)"),
    ("The terminal will ship 20 million tonnes a year.", 20000000,
     "\n              unit: tonnes a year\n              period: a year", "en",
     "the quote says '20 million tonnes a year': write unit: tonnes (a rate is the figure's period, not its unit)"),
    ("The terminal will ship 20 million tonnes a year.", 20000000,
     "\n              unit: tonnes annually\n              period: 5 years", "en",
     "the quote says '20 million tonnes a year': write unit: tonnes and set period: a year "
     "(a rate is the figure's period, not its unit)"),
    # A currency's noun that no plural marks is named too, with the currency it names.
    ("Astana set aside 2 trillion tenge for the grid.", 2000000000000, "\n              currency: KGS", "en",
     "the quote says '2 trillion tenge', in KZT: fix the currency"),
    # A unit's symbol is read: 2.4 GW is a thousand times 2.4 MW, and a percentage is no percentage point.
    ("The plant will have a capacity of 2.4 GW.", 2.4, "\n              unit: MW", "en",
     "the quote says '2.4 GW', not in MW: fix the unit (unit: gigawatts)"),
    ("The pipeline runs 1,511 km to the coast.", 1511, "\n              unit: miles", "en",
     "the quote says '1,511 km', not in miles: fix the unit (unit: kilometres)"),
    ("Gas exports reached 10 bcm last year.", 10, "\n              unit: tonnes", "en",
     "the quote says '10 bcm', not in tonnes: fix the unit (unit: bcm)"),
    ("The share rose by 3 percentage points to 6.5%.", 3, "\n              unit: percent", "en",
     "the quote says '3 percentage points', not in percent: fix the unit (unit: percentage points)"),
    ("The field pumps 1.8 million bpd.", 1800000, "\n              unit: barrels", "en",
     "the quote says '1.8 million bpd', per day: add period: a day"),
    # "300'den fazla" is more than 300: the hint no longer says to remove the qualifier.
    ("Forumda 300'den fazla şirket yer aldı.", 300, "\n              unit: companies", "tr",
     "the quote says '300'den fazla'; set qualifier: more-than"),
    ("They could sign as many as 12 agreements.", 12, "\n              unit: agreements", "en",
     "the quote says 'as many as 12 agreements'; set qualifier: up-to"),
])
def test_an_amount_not_stated_is_told_what_the_quote_says(make_project, sentence, amount, fields, language, hint):
    assert amount_errors(make_project, sentence, amount, fields, language) == [hint]


@pytest.mark.parametrize("language, sentence, period", [
    ("pt-BR", "O acordo deve poupar cerca de 4 mil milhões de euros por ano.", "por ano"),
    ("es", "El acuerdo ahorrará unos 4.000 millones de euros al año.", "al año"),
    ("de", "Das Abkommen spart etwa 4 Milliarden Euro pro Jahr.", "pro Jahr"),
])
def test_the_period_a_hint_asks_for_is_written_in_the_briefs_language(make_project, language, sentence, period):
    # The page shows `period` as written: "set period: a year" put English into a Portuguese brief's page.
    from briefgen import quantities
    hints = amount_errors(make_project, sentence, 4000000000,
                          "\n              currency: EUR\n              qualifier: about\n              period: 1 ano",
                          language, brief=language)
    assert len(hints) == 1 and hints[0].endswith(f"per year: set period: {period}"), hints
    assert quantities.rate_of(period) == "year"


@pytest.mark.parametrize("sentence, amount, fields, language", [
    ("Japan will invest $2–3 billion.", 2000000000, "\n              currency: USD\n              qualifier: at-least", "en"),
    ("Britain pledged £3bn.", 3000000000, "\n              currency: GBP", "en"),
    ("Canada pledged C$2 billion.", 2000000000, "\n              currency: CAD", "en"),
    ("Hükümet 300 milyon TL ayırdı.", 300000000, "\n              currency: TRY", "tr"),
    ("Forumda 300'den fazla şirket yer aldı.", 300, "\n              unit: companies\n              qualifier: more-than",
     "tr"),
    ("It could cost producers between 2 billion and 3 billion euros a year.", 3000000000,
     "\n              currency: EUR\n              qualifier: up-to\n              period: a year", "en"),
    # A count's rate after the noun it counts, as "99,000 tonnes a year" is read in English.
    ("A cota será de 99 mil toneladas por ano.", 99000, "\n              unit: tonnes\n              period: a year",
     "pt-BR"),
    ("La cuota será de 99.000 toneladas al año.", 99000, "\n              unit: tonnes\n              period: a year",
     "es"),
    # "annual" before the noun the amount is of states a yearly amount, as "a year" after it does.
    ("The agency has an annual budget of 3 billion dollars.", 3000000000,
     "\n              currency: USD\n              period: a year", "en"),
    ("Oslo pays an annual 40 billion crowns to the fund.", 40000000000,
     "\n              currency: NOK\n              period: a year", "en"),
    ("The annual meeting of 40 countries ended.", 40, "\n              unit: countries", "en"),
    ("Annual inflation of 2.8% was reported.", 2.8, "\n              unit: percent", "en"),
    # A unit's symbol and its name are one unit; a symbol's rate is the figure's period ("bpd": a day).
    ("The wind farm will add 1,000 MW.", 1000, "\n              unit: megawatts", "en"),
    ("The wind farm will add 1,000 megawatts.", 1000, "\n              unit: MW", "en"),
    ("The pipeline runs 1,511 km to the coast.", 1511, "\n              unit: kilometers", "en"),
    ("Gas exports reached nearly 10 bcm last year.", 10, "\n              unit: bcm\n              qualifier: nearly", "en"),
    ("The field pumps 1.8 million bpd.", 1800000, "\n              unit: barrels\n              period: a day", "en"),
    # The rate after a conversion in brackets is the amount's and the conversion's.
    ("EU exporters currently pay about 4 billion euros ($4.3 billion) a year in duties.", 4000000000,
     "\n              currency: EUR\n              qualifier: about\n              period: a year"
     "\n              equivalent: {amount: 4300000000, currency: USD, qualifier: about}", "en"),
])
def test_an_amount_stated_as_the_quote_says_it_passes(make_project, sentence, amount, fields, language):
    assert amount_errors(make_project, sentence, amount, fields, language) == []


@pytest.mark.parametrize("sentence, currency", [
    # "Crown" is the crown of Norway, Sweden, Denmark, Iceland or the Czech Republic: any of them is stated.
    ("Norway manages the 19 trillion crown ($1.7 trillion) sovereign wealth fund.", "NOK"),
    ("Norway manages the 19 trillion crown ($1.7 trillion) sovereign wealth fund.", "SEK"),
    ("The bank lent 19 trillion crowns.", "DKK"),
    ("The bank lent 19 trillion crowns.", "ISK"),
    ("The bank lent 19 trillion crowns.", "CZK"),
    ("The bank lent 19 trillion kroner.", "DKK"),
    ("The bank lent 19 trillion krona.", "SEK"),
    ("The bank lent 19 trillion koruna.", "CZK"),
    ("The bank lent 19 trillion Swedish crowns.", "SEK"),
    ("The bank lent 19 trillion Norwegian kroner.", "NOK"),
])
def test_a_crown_states_each_currency_it_may_be(make_project, sentence, currency):
    assert amount_errors(make_project, sentence, 19000000000000, f"\n              currency: {currency}") == []


@pytest.mark.parametrize("sentence, currency, hint", [
    ("The bank lent 19 trillion Swedish crowns.", "NOK", "the quote says '19 trillion Swedish crowns', in SEK: fix the currency"),
    ("The bank lent 19 trillion Czech crowns.", "NOK", "the quote says '19 trillion Czech crowns', in CZK: fix the currency"),
    # A noun several currencies share names those it may be, not none.
    ("The bank lent 19 trillion rupees.", "USD",
     "the quote says '19 trillion rupees', in INR, LKR, MUR, NPR, PKR or SCR: fix the currency"),
    ("The bank lent 19 trillion.", "USD", "the quote says '19 trillion' without naming the currency: cite a passage "
                                          "that names it"),
])
def test_a_crown_its_country_names_is_that_country_s(make_project, sentence, currency, hint):
    assert amount_errors(make_project, sentence, 19000000000000, f"\n              currency: {currency}") == [hint]


@pytest.mark.parametrize("sentence, amount, fields", [
    # A currency word CLDR reads keeps its English bound, before the amount or after it.
    ("The firm pays about 400 billion crowns.", 400000000000, "\n              currency: NOK\n              qualifier: about"),
    ("The bank lends about 4 billion pounds.", 4000000000, "\n              currency: GBP\n              qualifier: about"),
    ("The fund holds 19 trillion crowns or more.", 19000000000000,
     "\n              currency: NOK\n              qualifier: at-least"),
])
def test_a_crown_or_a_pound_keeps_its_english_bound(make_project, sentence, amount, fields):
    assert amount_errors(make_project, sentence, amount, fields) == []


@pytest.mark.parametrize("sentence, amount, fields, hint", [
    ("The government spends more than 400 billion crowns a year from the fund.", 400000000000,
     "\n              currency: NOK\n              period: a year",
     "the quote says 'more than 400 billion crowns a year'; set qualifier: more-than"),
    ("The bank could lend up to 2 billion pounds.", 2000000000, "\n              currency: GBP",
     "the quote says 'up to 2 billion pounds'; set qualifier: up-to"),
])
def test_a_crown_or_a_pound_its_quote_bounds_is_told_the_bound(make_project, sentence, amount, fields, hint):
    assert amount_errors(make_project, sentence, amount, fields) == [hint]


def test_a_count_spelled_out_before_a_crown_is_no_money(make_project):
    assert amount_errors(make_project, "Two crown princes attended the summit.", 2, "\n              unit: princes") == []


def test_an_amount_and_its_conversion_per_year_are_not_stated_without_a_period(make_project):
    sentence = "EU exporters currently pay about 4 billion euros ($4.3 billion) a year in duties."
    fields = ("\n              currency: EUR\n              qualifier: about"
              "\n              equivalent: {amount: 4300000000, currency: USD, qualifier: about}")
    assert amount_errors(make_project, sentence, 4000000000, fields) == [
        "the quote says 'about 4 billion euros ($4.3 billion) a year', per year: add period: a year",
        "the quote says '$4.3 billion', per year: add period: a year"]


@pytest.mark.parametrize("said", ["a year", "per year", "annually", "each year", "per annum", "yearly", "every year"])
@pytest.mark.parametrize("period", ["a year", "per year", "annually", "each year", "per annum", "yearly", "annual"])
def test_every_way_of_saying_per_year_states_every_other(make_project, said, period):
    sentence = f"Farmers pay about 6 billion euros {said} in fees."
    fields = f"\n              currency: EUR\n              qualifier: about\n              period: {period}"
    assert amount_errors(make_project, sentence, 6000000000, fields) == []


@pytest.mark.parametrize("sentence, language", [
    ("Japan will invest over $2 billion.", "en"), ("Japan will invest more than $2 billion.", "en"),
    ("Japan will invest in excess of $2 billion.", "en"),
    ("Il Giappone investirà oltre 2 miliardi di dollari.", "it"), ("日本将投资逾20亿美元。", "zh"),
    ("Japón invertirá más de 2.000 millones de dólares.", "es"),
])
@pytest.mark.parametrize("qualifier", ["more-than", "over", "exceeding"])
def test_more_than_over_and_exceeding_are_one_bound(make_project, sentence, language, qualifier):
    """Three words for "strictly more than", which other languages do not tell apart: any states any."""
    fields = f"\n              currency: USD\n              qualifier: {qualifier}"
    assert amount_errors(make_project, sentence, 2000000000, fields, language) == []


# --- a minus sign -------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("Growth was −5% in 2023, after 7% a year before.", [Decimal(-5), Decimal(7)]),   # U+2212, as typeset
    ("The balance moved by −$5 million, then by $2 million.", [Decimal(-5000000), Decimal(2000000)]),
    ("Reserves fell by -5% and exports by 3%.", [Decimal(-5), Decimal(3)]),
    ("A deficit of -$3 billion a year", [Decimal(-3000000000)]),
    ("about −2.5 percent", [Decimal("-2.5")]),
    ("2-3 million people", [Decimal(2000000), Decimal(3000000)]),   # a hyphen after a digit joins a range
    ("COVID-19 cases rose", []),                                     # after a letter, a word's
])
def test_an_amount_after_a_minus_sign_is_read_as_negative(text, read):
    assert [found.amount for found in find_quantities(text)] == read


@pytest.mark.parametrize("language, text, read", [
    ("fr", "La croissance a été de −5 % puis de 7 %.", [Decimal(-5), Decimal(7)]),
    ("es", "El saldo fue de -5 millones de euros y luego de 8 millones de euros.",
     [Decimal(-5000000), Decimal(8000000)]),
    ("es", "El saldo fue de -€5 millones y luego de €8 millones.", [Decimal(-5000000), Decimal(8000000)]),
    ("ru", "Рост составил −5 %, а затем 7 %.", [Decimal(-5), Decimal(7)]),
    ("zh", "利润为−5亿美元，后为3亿美元。", [Decimal(-500000000), Decimal(300000000)]),
    ("de", "Der Auftrag über 2-3 Millionen Euro", [Decimal(2000000), Decimal(3000000)]),  # a hyphen joining a range
    ("es", "una variación de -2–3 %", []),  # whether both ends are negative is not said
])
def test_an_amount_after_a_minus_sign_is_read_as_negative_in_any_language(language, text, read):
    assert [found.amount for found in find_amounts(text, language)] == read


@pytest.mark.parametrize("language, amount, currency, shown", [
    ("en", -3000000000, "USD", "−$3 billion"),
    ("en", "-2.5", None, "−2.5"),
    ("fr", -3000000000, "USD", "−3 milliards\u00a0$US"),
    ("es", -5000000, "EUR", "−5 millones\u00a0€"),
    ("ja", -300000000, "USD", "−$3億"),
    ("ar", -5, None, "\u200e−5"),  # CLDR's left-to-right mark keeps the sign before the digits
    ("en", 0, "USD", "$0"),
])
def test_a_negative_amount_is_shown_with_a_minus_sign_before_its_currency(language, amount, currency, shown):
    assert display(Decimal(amount), currency, None, None, language) == shown


@pytest.mark.parametrize("sentence, amount, currency", [
    # English news names Brazil's and Mozambique's money by their Portuguese plurals, not CLDR's "reals",
    # "meticals".
    ("Brazil pledged 10 billion reais to the fund.", 10000000000, "BRL"),
    ("Maputo will borrow 6 billion meticais.", 6000000000, "MZN"),
    # Namibia's and Mexico's dollars carry their mark, as other countries' dollars do ("C$2 billion").
    ("Namibia gets N$5 billion from the bank.", 5000000000, "NAD"),
    ("Mexico invested Mex$4 billion.", 4000000000, "MXN"),
    # English news calls West and Central Africa's francs alike "CFA francs": either is stated.
    ("Senegal raised 500 billion CFA francs.", 500000000000, "XOF"),
    ("Cameroon raised 500 billion CFA francs.", 500000000000, "XAF"),
    ("Senegal raised FCFA 800 billion.", 800000000000, "XOF"),
    ("Cameroon raised FCFA 800 billion.", 800000000000, "XAF"),
])
def test_english_news_names_african_and_latin_american_money_as_it_writes_it(make_project, sentence, amount,
                                                                              currency):
    assert amount_errors(make_project, sentence, amount, f"\n              currency: {currency}") == []
