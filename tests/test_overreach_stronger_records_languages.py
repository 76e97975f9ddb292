"""A Spanish, Portuguese or French claim that adds a superlative or a word of a record to its quote warns as an
English one does ("el mayor préstamo … un récord" citing "un préstamo": strongerwords.records_in); a quote that
writes a superlative or a record of its own states it, and a comparative ("una mayor cooperación"), a quantifier
("la mayor parte"), "historical" or a name ("Plaza Mayor") is none."""
import pytest

from test_overreach import warnings
from test_overreach_stronger_quantifiers_languages import stronger


@pytest.mark.parametrize("language, claim, quote, found", [
    ("es", "Norlandia concedió el mayor préstamo a Surlandia, un récord.", "Norlandia concedió un préstamo a Surlandia.",
     ["mayor", "récord"]),
    ("es", "Japón concedió el préstamo más grande de la historia.", "Japón concedió un préstamo.", ["más grande"]),
    ("es", "Japón concedió la más alta ayuda.", "Japón concedió ayuda.", ["más alta"]),
    ("es", "Japón concedió una ayuda sin precedentes.", "Japón concedió una ayuda.", ["sin precedentes"]),
    ("es", "Japón concedió una cifra récord.", "Japón concedió una cifra.", ["récord"]),
    ("pt", "O Japão concedeu o maior empréstimo.", "O Japão concedeu um empréstimo.", ["maior"]),
    ("pt", "O Japão concedeu um empréstimo recorde.", "O Japão concedeu um empréstimo.", ["recorde"]),
    ("pt", "O Japão fez o investimento mais alto do país.", "O Japão fez um investimento.", ["mais alto"]),
    ("pt", "O Japão concedeu uma ajuda sem precedentes.", "O Japão concedeu uma ajuda.", ["sem precedentes"]),
    ("fr", "Le Japon a accordé le prêt le plus important.", "Le Japon a accordé un prêt.", ["plus important"]),
    ("fr", "Le Japon a accordé le meilleur prêt.", "Le Japon a accordé un prêt.", ["meilleur"]),
    ("fr", "Le Japon a accordé un prêt record.", "Le Japon a accordé un prêt.", ["record"]),
    ("fr", "Le Japon a accordé une aide sans précédent.", "Le Japon a accordé une aide.", ["sans précédent"]),
])
def test_a_superlative_or_a_record_the_quote_lacks_is_found(language, claim, quote, found):
    assert stronger(claim, quote, language) == found


@pytest.mark.parametrize("language, claim, quote", [
    # the quote writes a superlative or a record of its own, or a first
    ("es", "Japón concedió el mayor préstamo.", "Japón concedió el préstamo más grande de su historia."),
    ("es", "Japón concedió un préstamo récord.", "Japón concedió el mayor préstamo."),
    ("es", "Japón concedió el mayor préstamo.", "Japón concedió por primera vez un préstamo."),
    ("pt", "O Japão concedeu o maior empréstimo.", "O Japão concedeu um empréstimo recorde."),
    ("fr", "Le Japon a accordé le plus grand prêt.", "Le Japon a accordé un prêt record."),
    # no superlative, no record
    ("es", "Japón busca una mayor cooperación.", "Japón busca cooperación."),
    ("es", "Japón busca una cooperación más estrecha con Surlandia.", "Japón busca cooperación con Surlandia."),
    ("es", "La mayor parte de los fondos llegó.", "Los fondos llegaron."),
    ("es", "Japón visitó el centro histórico.", "Japón visitó el centro."),
    ("es", "Japón abrió una oficina en la Plaza Mayor.", "Japón abrió una oficina en la Plaza."),
    ("pt", "O Japão busca uma cooperação mais estreita.", "O Japão busca cooperação."),
    ("fr", "Le Japon cherche une coopération plus étroite.", "Le Japon cherche une coopération."),
    ("fr", "Le Japon a accordé plus de 120 prêts.", "Le Japon a accordé 120 prêts."),
    # a quote in another language with no translation is not read here
    ("es", "Japón concedió el mayor préstamo.", "Japan granted a loan."),
])
def test_a_superlative_the_quote_states_or_no_superlative_is_not(language, claim, quote):
    assert stronger(claim, quote, language, "en" if quote.startswith("Japan") else None) == []


def test_the_warning_names_the_superlative_and_the_record(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "es"\n',
        "seeds/article.txt": "---\ntitle: Nota\npublisher: Agencia\nlanguage: es\n---\n"
                             "Norlandia concedió un préstamo a Surlandia.\n",
        "content/figures.yaml": None, "content/forums.yaml": None,
        "content/organisations.yaml": "- id: jica\n  name: JICA\n  claims:\n"
                                      "    - text: Norlandia concedió el mayor préstamo a Surlandia, un récord.\n"
                                      "      cite:\n        - source: article\n"
                                      "          quote: \"Norlandia concedió un préstamo a Surlandia.\"\n",
    })
    assert [d.message for d in warnings(root)] == [
        "claim 1 of organisation 'jica' states what none of its quotes does: "
        "words that outbid its quotes: mayor; récord"]
