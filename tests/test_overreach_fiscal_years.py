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


def brief(language: str, text: str, quote: str) -> dict:
    """A brief in `language` whose one record's claim `text` cites `quote`, its source's one sentence."""
    return {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/source.txt": f"---\ntitle: Source\npublisher: Agency\npublished: 2025-11-14\nlanguage: {language}\n"
                            f"---\n{quote}\n",
        "content/agreements.yaml": f"""
            - id: a1
              name: Agreement
              claims:
                - text: "{text}"
                  cite:
                    - source: source
                      quote: "{quote}"
            """,
    }


# Other languages' fiscal years, before the year or after it, with a second year or not.
@pytest.mark.parametrize("language, text, quote", [
    ("de", "Der Vertrag wurde 2025 unterzeichnet.", "Der Vertrag wurde im Geschäftsjahr 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde 2025 unterzeichnet.", "Der Vertrag wurde im Haushaltsjahr 2025/26 unterzeichnet."),
    ("fr", "Le contrat a été signé en 2025.", "Le contrat a été signé au cours de l'exercice 2025."),
    ("fr", "Le contrat a été signé en 2025.", "Le contrat a été signé pendant l'année fiscale 2025-2026."),
    ("es", "El contrato se firmó en 2025.", "El contrato se firmó en el ejercicio 2025."),
    ("es", "El contrato se firmó en 2025.", "El contrato se firmó en el año fiscal 2025."),
    ("pt", "O contrato foi assinado em 2025.", "O contrato foi assinado no exercício 2025."),
    ("it", "Il contratto è stato firmato nel 2025.", "Il contratto è stato firmato nell'esercizio 2025."),
    ("nl", "Het contract werd in 2025 getekend.", "Het contract werd in boekjaar 2025 getekend."),
    ("ru", "Договор был подписан в 2025 году.", "Договор был подписан в 2025 финансовом году."),
    ("tr", "Sözleşme 2025 yılında imzalandı.", "Sözleşme 2025 mali yılında imzalandı."),
    ("ar", "وقع العقد في عام 2025.", "وقع العقد في السنة المالية 2025."),
    ("pl", "Umowę podpisano w 2025 roku.", "Umowę podpisano w roku obrotowym 2025."),
])
def test_a_claims_calendar_year_is_not_stated_by_another_languages_fiscal_year(make_project, language, text,
                                                                             quote):
    found = warnings(make_project(brief(language, text, quote), base=None))
    assert [w.message.split(": ", 1)[1] for w in found] == ["numbers 2025"]


@pytest.mark.parametrize("language, text, quote", [
    ("de", "Der Vertrag wurde im Geschäftsjahr 2025 unterzeichnet.",
     "Der Vertrag wurde im Geschäftsjahr 2025 unterzeichnet."),
    ("de", "Der Vertrag wurde 2025 unterzeichnet.", "Der Vertrag wurde 2025 unterzeichnet."),
    ("ru", "Договор был подписан в 2025 году.", "Договор был подписан в 2025 году."),
    ("tr", "Sözleşme 2025 yılında imzalandı.", "Sözleşme 2025 yılında imzalandı."),
    # A military exercise's year is the calendar's; Spanish and Portuguese "fiscal" is a word of the tax.
    ("es", "Las maniobras se realizaron en 2025.", "Las maniobras se realizaron en el ejercicio militar 2025."),
    ("es", "La reforma entró en vigor en 2025.", "La reforma fiscal 2025 entró en vigor en 2025."),
    ("pt", "A reforma entrou em vigor em 2025.", "A reforma fiscal 2025 entrou em vigor."),
])
def test_a_year_stated_as_its_quote_states_it_passes_in_another_language(make_project, language, text, quote):
    assert warnings(make_project(brief(language, text, quote), base=None)) == []


# A split year ("2025-26", "2025/26", "2025–26") is how a fiscal year is written: a claim's is stated by the
# quote's fiscal year of the same years, and a claim's fiscal year by the quote's split year.
@pytest.mark.parametrize("text, quote", [
    ("The 2025-26 budget allocates $3 billion to rail.",
     "The government's financial year 2025-26 budget allocates $3 billion to rail."),
    ("The budget for 2025-26 allocates $3 billion to rail.",
     "The government's financial year 2025-26 budget allocates $3 billion to rail."),
    ("The 2025/26 budget allocates $3 billion to rail.", "The FY 2025/26 budget allocates $3 billion to rail."),
    ("The 2025–26 budget allocates $3 billion to rail.",
     "The budget for the 2025–26 financial year allocates $3 billion to rail."),
    ("The 2025-2026 budget allocates $3 billion to rail.",
     "The budget for fiscal year 2025-2026 allocates $3 billion to rail."),
    ("The 2025-26 budget allocates $3 billion to rail.", "The 2025-26 budget allocates $3 billion to rail."),
    ("The financial year 2025-26 budget allocates $3 billion to rail.",
     "The 2025-26 budget allocates $3 billion to rail."),
])
def test_a_split_year_and_the_fiscal_year_of_its_years_state_each_other(make_project, text, quote):
    assert warnings(make_project(project(text, quote))) == []


@pytest.mark.parametrize("text, quote, unsupported", [
    ("The agreement was signed in 2025.", "The government's financial year 2025-26 budget was agreed.", "2025"),
    ("The 2024-25 budget was agreed.", "The government's financial year 2025-26 budget was agreed.", "2024, 25"),
    ("The 2025-30 plan was agreed.", "The plan for fiscal years 2025-30 was agreed.", "2025"),
])
def test_a_claims_single_year_or_other_split_year_still_warns(make_project, text, quote, unsupported):
    found = warnings(make_project(project(text, quote)))
    assert [w.message.split(": ", 1)[1] for w in found] == [f"numbers {unsupported}"]
