"""A Spanish, Portuguese or French claim that writes a verb in another tense than its quote is read as writing
that verb (infinitives.py): "financió" citing "financiar", "abrió" citing "abrir", "a ouvert" citing "ouvrir" are
no words its quotes lack; where the quote only plans the verb ("planea financiar", "decidió abrir", "prévoit
d'ouvrir"), the claim tells the plan as done, and where it denies it ("no financiará"), the claim drops the
negation. A word that only looks like another verb's form ("cerró" beside "cercar", "financió" beside "finanzas")
stays apart."""
import pytest

from briefgen.infinitives import infinitives

from test_overreach import _judged, warnings

WORDS, DENIED, DONE = 2, 3, 4  # Reader.unsupported's lists of the other words, the negations dropped, and what
# is told as done


@pytest.mark.parametrize("language, claim, quote", [
    ("es", "Norlandia financió la estación.", "Norlandia ayudó a financiar la estación."),
    ("es", "Surlandia abrió una oficina.", "Surlandia ayudó a abrir una oficina."),
    ("es", "Surlandia financiará la estación.", "Surlandia financió la estación."),
    ("es", "La oficina fue abierta por Surlandia.", "Surlandia ayudó a abrir la oficina."),
    ("es", "Japón invirtió en la planta.", "Japón ayudó a invertir en la planta."),
    ("pt", "O Japão financiou a estação.", "O Japão ajudou a financiar a estação."),
    ("pt", "O Japão abriu um escritório.", "O Japão ajudou a abrir um escritório."),
    ("pt", "O escritório foi aberto.", "O Japão ajudou a abrir o escritório."),
    ("fr", "Le Japon a ouvert un bureau.", "Le Japon a aidé à ouvrir un bureau."),
    ("fr", "Le Japon ouvrira un bureau.", "Le Japon a ouvert un bureau."),
    ("fr", "Le Japon a construit le port.", "Le Japon construira le port."),
])
def test_a_verb_written_in_another_tense_than_the_quote_s_is_its_word(language, claim, quote):
    assert _judged(claim, quote, language, language)[WORDS] == []


@pytest.mark.parametrize("language, claim, quote, word", [
    ("es", "Japón cerró la finca.", "Japón ayudó a cercar la finca.", "cerró"),
    ("es", "Japón financió la planta.", "Las finanzas de Japón ayudaron a la planta.", "financió"),
    ("pt", "O Japão fechou o porto.", "O Japão ajudou a financiar o porto.", "fechou"),
    ("fr", "Le Japon a signé l'accord.", "Le Japon a aidé à saisir l'accord.", "signé"),
])
def test_another_verb_s_form_stays_a_word_the_quote_lacks(language, claim, quote, word):
    assert word in _judged(claim, quote, language, language)[WORDS]


@pytest.mark.parametrize("language, claim, quote, done", [
    ("es", "Norlandia financió la estación.", "Norlandia planea financiar la estación.", ["financió"]),
    ("es", "Surlandia abrió una oficina.", "Surlandia decidió abrir una oficina.", ["abrió"]),
    ("pt", "O Japão financiou a estação.", "O Japão planeja financiar a estação.", ["financiou"]),
    ("pt", "O Japão abriu um escritório.", "O Japão decidiu abrir um escritório.", ["abriu"]),
    ("fr", "Le Japon a ouvert un bureau.", "Le Japon prévoit d'ouvrir un bureau.", ["ouvert"]),
])
def test_a_verb_the_quote_only_plans_told_in_another_tense_is_told_as_done(language, claim, quote, done):
    judged = _judged(claim, quote, language, language)
    assert (judged[DONE], judged[WORDS]) == (done, [])


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("es", "Norlandia financió la estación.", "Norlandia no financiará la estación.", ["financió"]),
    ("es", "Norlandia abrió la oficina.", "Norlandia no va a abrir la oficina.", ["abrió"]),
    ("fr", "Le Japon a ouvert un bureau.", "Le Japon n'ouvrira pas de bureau.", ["ouvert"]),
])
def test_a_verb_the_quote_denies_written_in_another_tense_drops_the_negation(language, claim, quote, dropped):
    judged = _judged(claim, quote, language, language)
    assert [word for word in judged[DENIED] if word in dropped] == dropped and judged[WORDS] == []


@pytest.mark.parametrize("language, claim, quotes", [
    # the claim keeps the plan
    ("es", "Norlandia planea financiar la estación.", ["Norlandia planea financiar la estación."]),
    # another quote tells it done
    ("es", "Norlandia financió la estación.", ["Norlandia planea financiar la estación.",
                                                "Norlandia financió la estación."]),
    ("es", "Norlandia cerró la finca.", ["Norlandia planea cercar la finca."]),
])
def test_a_plan_kept_done_elsewhere_or_of_another_verb_is_not_told_as_done(language, claim, quotes):
    from briefgen.claimreader import Reader
    from briefgen.diagnostics import Location
    from briefgen.model import Cite
    reader = Reader({}, {"s": {"language": language}}, [], language)
    assert reader.unsupported(claim, [Cite("s", quote, Location("x")) for quote in quotes])[DONE] == []


@pytest.mark.parametrize("language, word, found", [
    ("es", "financió", {"financiar", "financer", "financir"}),
    ("es", "financiará", {"financiar"}),
    ("es", "abierto", {"abrir"}),
    ("es", "durmieron", {"dormer", "dormir", "durmer", "durmir"}),
    ("pt", "construído", {"construir"}),
    ("fr", "construira", {"construir", "construire"}),
    ("fr", "ouvert", {"ouvrir"}),
    ("fr", "d'ouvrir", {"ouvrir"}),
    ("es", "dio", set()),  # too short to read
    ("es", "préstamo", set()),
    ("it", "firmato", set()),  # a language not read here
])
def test_the_infinitives_a_word_may_be_a_form_of(language, word, found):
    assert infinitives(word, language) == found


def test_a_build_warns_of_a_plan_told_as_done_in_another_tense(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "es"\n',
        "seeds/article.txt": "---\ntitle: Nota\npublisher: Agencia\nlanguage: es\n---\n"
                             "Norlandia planea financiar la estación.\n",
        "content/figures.yaml": None, "content/forums.yaml": None,
        "content/organisations.yaml": "- id: jica\n  name: JICA\n  claims:\n"
                                      "    - text: Norlandia financió la estación.\n      cite:\n"
                                      "        - source: article\n"
                                      "          quote: \"Norlandia planea financiar la estación.\"\n",
    })
    assert [d.message for d in warnings(root)] == [
        "claim 1 of organisation 'jica' states what none of its quotes does: "
        "as done, what its quotes only intend: financió"]
