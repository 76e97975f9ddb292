"""A country the press calls by another English name than CLDR's ("Czech
Republic" for Czechia, "Ivory Coast", "Burma", "Holland", "the U.S.") is the
same country to the trust checks: a claim naming it by one name and citing a
quote that names it by the other says no more than its quote, and a figure
crediting it is named by its quote; a different country still is not."""
from __future__ import annotations

import pytest

from briefgen import check

from test_demonyms_more_languages import unnamed


def overreaching_names(make_project, claim: str, quote: str, language: str = "en") -> list[str]:
    """The names the overreach check finds in `claim`, of a forum tied to no country, citing `quote` (its source in
    `language`)."""
    root = make_project({
        "seeds/article.txt": f"Report\n{quote}\n",
        "content/sources.yaml": f"- id: article\n  title: Report\n  language: {language}\n",
        "content/figures.yaml": None,
        "content/forums.yaml": f"""\
- id: forum
  name: Forum
  date: 2024-08-09
  claims:
    - text: "{claim}"
      cite:
        - source: article
          quote: "{quote}"
"""})
    found = [d.message for d in check(root).diagnostics.warnings if "none of its quotes does" in d.message]
    return [name for message in found for part in message.split(": ", 1)[1].split("; ")
            if part.startswith("names ") for name in part[len("names "):].split(", ")]


@pytest.mark.parametrize("claim_name, quote_name", [
    ("Turkey", "Türkiye"),
    ("Türkiye", "Turkey"),
    ("Burma", "Myanmar"),
    ("the Czech Republic", "Czechia"),
    ("Czechia", "the Czech Republic"),
    ("Ivory Coast", "Côte d'Ivoire"),
    ("Swaziland", "Eswatini"),
    ("FYROM", "North Macedonia"),
    ("Holland", "the Netherlands"),
    ("East Timor", "Timor-Leste"),
    ("Cabo Verde", "Cape Verde"),
    ("the DRC", "Congo-Kinshasa"),
    ("the Republic of Korea", "South Korea"),
    ("the DPRK", "North Korea"),
    ("Britain", "the United Kingdom"),
    ("Great Britain", "the UK"),
    ("the U.S.", "the United States"),
    ("America", "the United States"),
    ("the USA", "the U.S."),
    ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
])
def test_a_country_the_claim_names_by_another_of_its_names_is_the_quotes(make_project, claim_name, quote_name):
    assert overreaching_names(make_project, f"Ministers from {claim_name} came to the forum.",
                              f"Ministers from {quote_name} came to the forum.") == []


def test_a_country_is_named_by_its_name_in_the_quotes_language(make_project):
    assert overreaching_names(make_project, "Ministers from Turkey came to the forum.",
                              "Minister aus der Türkei kamen zum Forum.", language="de") == []


@pytest.mark.parametrize("claim_name, quote_name, names", [
    ("Turkey", "Greece", ["Turkey"]),
    ("France", "Germany", ["France"]),
    ("the Republic of Korea", "North Korea", ["Republic"]),
    ("South Korea", "the Democratic People's Republic of Korea", ["South"]),
    ("the Republic of the Congo", "the DRC", ["Republic", "Congo"]),
    # A name that is now another state's is not today's country.
    ("Zaire", "the DR Congo", ["Zaire"]),
])
def test_another_country_is_still_a_name_no_quote_gives(make_project, claim_name, quote_name, names):
    assert overreaching_names(make_project, f"Ministers from {claim_name} came to the forum.",
                              f"Ministers from {quote_name} came to the forum.") == names


@pytest.mark.parametrize("language, giver, quote", [
    ("en", "Czech Republic", "Czechia will give Kenya $1 billion."),
    ("en", "Czechia", "The Czech Republic will give Kenya $1 billion."),
    ("de", "Czech Republic", "Tschechien gibt Kenia 1 Milliarde Dollar."),
    ("en", "Ivory Coast", "Côte d'Ivoire will give Kenya $1 billion."),
    ("en", "Bosnia and Herzegovina", "Bosnia & Herzegovina will give Kenya $1 billion."),
    ("en", "United States", "America will give Kenya $1 billion."),
    ("es", "Holland", "Países Bajos dará 1.000 millones de dólares a Kenia."),
    ("en", "East Timor", "Timor-Leste will give Kenya $1 billion."),
])
def test_a_giver_the_brief_names_by_another_of_its_names_is_named_by_the_quote(make_project, language, giver, quote):
    assert unnamed(make_project, language, giver, "Kenya", quote) == []


@pytest.mark.parametrize("giver, quote", [
    ("United States", "Latin America will give Kenya $1 billion."),
    ("United States", "The U.S. Virgin Islands will give Kenya $1 billion."),
    ("South Korea", "The Democratic People's Republic of Korea will give Kenya $1 billion."),
    ("Republic of the Congo", "The Democratic Republic of the Congo will give Kenya $1 billion."),
])
def test_a_longer_name_holding_another_countrys_name_does_not_name_it(make_project, giver, quote):
    assert unnamed(make_project, "en", giver, "Kenya", quote) == ["by"]


# A press short name ending a longer proper name is not the country: "Bank of America" is a bank, "New Britain" an
# island, "Wild Turkey" a bourbon, "New Holland" a maker of tractors.
IN_LONGER_NAMES = [
    ("the United States", "Bank of America"),
    ("the United States", "Voice of America"),
    ("the United States", "Boy Scouts of America"),
    ("the United States", "Captain America star Chris Evans"),
    ("the United Kingdom", "New Britain"),
    ("the Netherlands", "New Holland"),
    ("Türkiye", "Wild Turkey"),
]
# Where the same short names still name the country: listed whole, opening a sentence, after a dateline, a
# function word or a possessive, and (but for "America") after "<Title> of".
STILL_NAMING = [
    ("the United States", "The United States of America"),
    ("Türkiye", "The Republic of Turkey"),
    ("Türkiye", "ANKARA, Turkey - The government"),
    ("Türkiye", "Turkey's government"),
    ("Türkiye", "President Erdogan's Turkey"),
    ("Türkiye", "The President of Turkey"),
    ("the United Kingdom", "In Britain, the government"),
    ("the United Kingdom", "The Prime Minister of Britain"),
    ("the United Kingdom", "Today Britain"),
    ("the United States", "Across America, donors"),
    ("the United States", "Much of America"),
    ("the Netherlands", "From Holland, donors"),
]
OTHER_REGIONS = ["Latin America", "South America", "Central America", "North America", "The Americas"]


@pytest.mark.parametrize("country, subject", IN_LONGER_NAMES)
def test_a_short_name_inside_a_longer_proper_name_does_not_name_the_giver(make_project, country, subject):
    giver = country.removeprefix("the ")
    assert unnamed(make_project, "en", giver, "Kenya", f"{subject} will give Kenya $1 billion.") == ["by"]


@pytest.mark.parametrize("country, subject", STILL_NAMING)
def test_a_short_name_of_its_own_still_names_the_giver(make_project, country, subject):
    giver = country.removeprefix("the ")
    assert unnamed(make_project, "en", giver, "Kenya", f"{subject} will give Kenya $1 billion.") == []


@pytest.mark.parametrize("region", OTHER_REGIONS)
def test_a_region_of_the_americas_does_not_name_the_us_as_giver(make_project, region):
    assert unnamed(make_project, "en", "United States", "Kenya", f"{region} will give Kenya $1 billion.") == ["by"]


@pytest.mark.parametrize("country, subject", IN_LONGER_NAMES)
def test_a_claim_naming_the_country_says_more_than_a_longer_proper_name(make_project, country, subject):
    assert overreaching_names(make_project, f"Officials said {country} pledged $4 billion for clean energy.",
                              f"{subject} pledged $4 billion for clean energy.") == country.removeprefix("the ").split()


@pytest.mark.parametrize("country, subject", STILL_NAMING)
def test_a_claim_naming_the_country_says_no_more_than_its_short_name(make_project, country, subject):
    assert overreaching_names(make_project, f"Officials said {country} pledged $4 billion for clean energy.",
                              f"{subject} pledged $4 billion for clean energy.") == []


@pytest.mark.parametrize("region", OTHER_REGIONS)
def test_a_claim_naming_the_us_says_more_than_a_region_of_the_americas(make_project, region):
    assert overreaching_names(make_project, "The United States pledged $4 billion for clean energy.",
                              f"{region} pledged $4 billion for clean energy.") == ["United", "States"]


def test_a_longer_proper_name_in_the_claim_is_not_the_country_its_quote_names(make_project):
    # "Bank", opening the sentence, is read as a word, not a name.
    assert overreaching_names(make_project, "Bank of America pledged $4 billion for clean energy.",
                              "The United States pledged $4 billion for clean energy.") == ["America"]


def test_a_quotes_last_word_is_no_part_of_a_name_the_next_quote_opens_with(make_project):
    root = make_project({
        "seeds/article.txt": "Report\nThe minister told Reuters\nTurkey will give Kenya $1 billion.\n",
        "content/sources.yaml": "- id: article\n  title: Report\n  language: en\n",
        "content/countries.yaml": "- {id: giver, name: Türkiye}\n- {id: receiver, name: Kenya}\n",
        "content/forums.yaml": None,
        "content/figures.yaml": """\
- id: pledge
  name: Pledge
  amount: 1000000000
  currency: USD
  by: [giver]
  to: [receiver]
  claims:
    - text: "Türkiye will give Kenya $1 billion, the minister told Reuters."
      cite:
        - {source: article, quote: "The minister told Reuters"}
        - {source: article, quote: "Turkey will give Kenya $1 billion."}
"""})
    assert [d.message for d in check(root).diagnostics.items if "is named in none" in d.message] == []
