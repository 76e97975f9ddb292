"""A fiscal year's number names no calendar year in the overreach check, as
in the date check: "fiscal 2025" does not state a claim's "in 2025", and a
claim's "fiscal 2025" is stated by a quote's."""
import pytest

from test_overreach import ARTICLE, forum, warnings

SENTENCES = ("The agreement was signed in fiscal 2025.", "The agreement was signed in FY 2025.",
             "The agreement was signed in the 2025 fiscal year.", "The agreement was signed in 2024.",
             "The agreement was signed in 2025.")


def project(text: str, quote: str) -> dict:
    files = forum((text, quote))
    files["seeds/article.txt"] = ARTICLE + "\n".join(dict.fromkeys(SENTENCES + (quote,))) + "\n"
    return files


@pytest.mark.parametrize("quote", SENTENCES[:3])
def test_a_claims_calendar_year_is_not_stated_by_a_fiscal_year_of_its_number(make_project, quote):
    found = warnings(make_project(project("The agreement was signed in 2025.", quote)))
    assert [w.message.split(": ", 1)[1] for w in found] == ["numbers 2025"]


@pytest.mark.parametrize("text, quote", [
    ("The agreement was signed in fiscal 2025.", "The agreement was signed in fiscal 2025."),
    ("The agreement was signed in FY 2025.", "The agreement was signed in FY 2025."),
    ("The agreement was signed in 2025.", "The agreement was signed in 2025."),
])
def test_a_year_stated_as_its_quote_states_it_passes(make_project, text, quote):
    assert warnings(make_project(project(text, quote))) == []


def test_a_claims_fiscal_year_of_another_number_still_warns(make_project):
    found = warnings(make_project(project("The agreement was signed in fiscal 2025.",
                                          "The agreement was signed in 2024.")))
    assert [w.message.split(": ", 1)[1] for w in found] == ["numbers 2025"]


# The UK, India and Australia write "financial year"; a list of years shares its fiscal words.
@pytest.mark.parametrize("text, quote, unsupported", [
    ("The agreement was signed in 2025.", "The agreement was signed in the 2025 financial year.", "2025"),
    ("The agreement was signed in 2025.", "The agreement was signed in financial year 2025.", "2025"),
    ("The agreement was signed in 2025.", "The agreement was signed in the 2025-26 financial year.", "2025"),
    ("The agreement was signed in 2025.", "The agreement was signed in the 2025/26 financial year.", "2025"),
    ("The agreement was signed in 2025.", "The agreement was signed in FY 2025/26.", "2025"),
    ("The agreement was signed in 2025.", "The agreement was signed in FY25.", "2025"),
    ("Exports rose in 2025 and 2026.", "Exports rose in fiscal years 2025 and 2026.", "2025, 2026"),
    ("Exports rose in 2025 and 2026.", "Exports rose in the 2025 and 2026 fiscal years.", "2025, 2026"),
])
def test_a_financial_year_or_a_list_of_fiscal_years_states_no_calendar_year(make_project, text, quote, unsupported):
    found = warnings(make_project(project(text, quote)))
    assert [w.message.split(": ", 1)[1] for w in found] == [f"numbers {unsupported}"]


@pytest.mark.parametrize("text, quote", [
    ("The agreement was signed in fiscal 2025.", "The agreement was signed in FY2025."),
    ("The agreement was signed in FY2025.", "The agreement was signed in fiscal 2025."),
    ("The agreement was signed in FY25.", "The agreement was signed in the 2025 financial year."),
    ("The agreement was signed in FY2025-26.", "The agreement was signed in FY2025-26."),
    ("Exports rose in fiscal 2025 and 2026.", "Exports rose in fiscal years 2025 and 2026."),
    ("Exports rose in 2025 and 2026.", "Exports rose in 2025 and 2026."),
])
def test_one_fiscal_year_in_two_spellings_passes(make_project, text, quote):
    assert warnings(make_project(project(text, quote))) == []


@pytest.mark.parametrize("text, quote, unsupported", [
    ("The agreement was signed in FY2026.", "The agreement was signed in fiscal 2025.", "FY2026"),
    ("The agreement was signed in fiscal 2026.", "The agreement was signed in FY2025.", "2026"),
])
def test_another_fiscal_year_in_another_spelling_warns(make_project, text, quote, unsupported):
    found = warnings(make_project(project(text, quote)))
    assert [w.message.split(": ", 1)[1] for w in found] == [f"numbers {unsupported}"]
