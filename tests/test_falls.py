"""A claim may word a fall where its quote writes a minus sign: "Exports fell 5%" for "export growth was −5%",
in English, Spanish, French and German; "Exports grew 5%" for it still states what no quote does."""
import pytest

from briefgen import check
from briefgen.falls import fall_before


def claim_warnings(make_project, language: str, quote: str, claim: str) -> list[str]:
    root = make_project({
        "briefgen.toml": f'[site]\ntitle = "Stats"\nlanguage = "{language}"\n',
        "seeds/stats.txt": f"Statistics\n{quote}\n",
        "content/figures.yaml": f"""
            - id: exports
              name: Exports
              amount: -5
              unit: percent
              claims:
                - text: "{claim}"
                  cite:
                    - source: stats
                      quote: "{quote}"
            """}, base=None)
    result = check(root)
    assert result.diagnostics.errors == [], [d.format() for d in result.diagnostics.errors]
    return [d.message for d in result.diagnostics.items if "claim 1" in d.message]


@pytest.mark.parametrize("language, quote, claim", [
    ("en", "Export growth was −5% in 2023.", "Exports fell 5% in 2023."),
    ("en", "Export growth was −5% in 2023.", "Exports contracted by 5% in 2023."),
    ("en", "Export growth was −5% in 2023.", "Exports were down 5% in 2023."),
    ("es", "El crecimiento de las exportaciones fue de −5 % en 2023.", "Las exportaciones cayeron un 5 % en 2023."),
    ("fr", "La croissance des exportations a été de −5 % en 2023.", "Les exportations ont reculé de 5 % en 2023."),
    ("de", "Das Exportwachstum lag 2023 bei −5 %.", "Die Exporte sanken 2023 um 5 %."),
])
def test_a_fall_in_words_is_stated_by_a_minus_sign(make_project, language, quote, claim):
    assert claim_warnings(make_project, language, quote, claim) == []


@pytest.mark.parametrize("language, quote, claim", [
    ("en", "Export growth was −5% in 2023.", "Exports grew 5% in 2023."),
    ("en", "Export growth was −5% in 2023.", "Exports fell in 2022, then grew 5% in 2023."),
    ("es", "El crecimiento de las exportaciones fue de −5 % en 2023.", "Las exportaciones crecieron un 5 % en 2023."),
])
def test_a_rise_is_not_stated_by_a_minus_sign(make_project, language, quote, claim):
    [warning] = claim_warnings(make_project, language, quote, claim)
    assert "states what none of its quotes does" in warning and "5" in warning


def test_a_fall_of_another_amount_before_it_is_not_this_amounts():
    text = "Exports fell 3% and imports 5%."
    assert fall_before(text, text.index("3%"), "en") and not fall_before(text, text.index("5%"), "en")


@pytest.mark.parametrize("language, quote, claim", [
    ("en", "Exports fell 5% in 2023.", "Export growth was −5% in 2023."),
    ("en", "The trade deficit was $3 billion in 2023.", "The trade balance was −$3 billion in 2023."),
    ("es", "Las exportaciones cayeron un 5 % en 2023.", "El crecimiento de las exportaciones fue de −5 % en 2023."),
    ("fr", "Les exportations ont reculé de 5 % en 2023.", "La croissance des exportations a été de −5 % en 2023."),
])
def test_a_minus_sign_in_a_claim_is_stated_by_a_fall_in_words(make_project, language, quote, claim):
    """The other way round: the quote words the fall, the claim writes the sign. (The figure's amount is the
    quote's positive one: only a minus sign states a negative amount, test_negative_amounts.py.)"""
    root = make_project({
        "briefgen.toml": f'[site]\ntitle = "Stats"\nlanguage = "{language}"\n',
        "seeds/stats.txt": f"Statistics\n{quote}\n",
        "content/agreements.yaml": f"""
            - id: a1
              name: Trade
              claims:
                - text: "{claim}"
                  cite:
                    - source: stats
                      quote: "{quote}"
            """}, base=None)
    result = check(root)
    assert [d.message for d in result.diagnostics.items] == []
