"""A claim whose quantifier outbids its quote's on the same noun warns in Spanish, Portuguese, French, Italian,
German and Russian briefs as in English ones ("todos los ministros" citing "algunos ministros": all, where its
quotes say some); a quantifier its quote matches or exceeds, or one on another noun, does not."""
import pytest

from briefgen.claimreader import Reader
from briefgen.diagnostics import Location
from briefgen.model import Cite

from test_overreach import warnings


def stronger(claim: str, quote: str, language: str, source: str | None = None, translation: str = "") -> list[str]:
    reader = Reader({}, {"s": {"language": source or language}}, [], language)
    cites = [Cite("s", quote, Location("x"), translation=translation)]
    return reader.stronger(claim, cites, reader.unsupported(claim, cites)[2])


@pytest.mark.parametrize("language, claim, quote, found", [
    ("es", "Todos los ministros apoyaron el plan.", "Algunos ministros apoyaron el plan.",
     ["todos, where its quotes say algunos"]),
    ("es", "La mayoría de los ministros apoyaron el plan.", "Varios ministros apoyaron el plan.",
     ["mayoría, where its quotes say varios"]),
    ("pt", "Todos os ministros apoiaram o plano.", "Alguns ministros apoiaram o plano.",
     ["todos, where its quotes say alguns"]),
    ("fr", "Tous les ministres ont soutenu le plan.", "Plusieurs ministres ont soutenu le plan.",
     ["tous, where its quotes say plusieurs"]),
    ("it", "Tutti i ministri hanno sostenuto il piano.", "Alcuni ministri hanno sostenuto il piano.",
     ["tutti, where its quotes say alcuni"]),
    ("de", "Alle Minister unterstützten den Plan.", "Einige Minister unterstützten den Plan.",
     ["alle, where its quotes say einige"]),
    ("ru", "Все министры поддержали план.", "Некоторые министры поддержали план.",
     ["все, where its quotes say некоторые"]),
    # a quote in another language is read through its translation into the brief's
    ("es", "Todos los ministros apoyaron el plan.", "Some ministers backed the plan.",
     ["todos, where its quotes say algunos"]),
])
def test_a_quantifier_that_outbids_the_quote_s_is_found(language, claim, quote, found):
    translation = "Algunos ministros apoyaron el plan." if quote.startswith("Some") else ""
    assert stronger(claim, quote, language, "en" if translation else None, translation) == found


@pytest.mark.parametrize("language, claim, quote", [
    ("es", "Algunos ministros apoyaron el plan.", "Todos los ministros apoyaron el plan."),
    ("es", "Todos los ministros apoyaron el plan.", "Todos los ministros apoyaron el plan."),
    ("es", "Todos los ministros apoyaron el plan.", "Algunos diputados apoyaron el plan."),  # another noun
    ("de", "Viele Minister unterstützten den Plan.", "Die meisten Minister unterstützten den Plan."),
    # a quote in another language with no translation is not read here
    ("es", "Todos los ministros apoyaron el plan.", "Some ministers backed the plan."),
])
def test_a_quantifier_the_quote_matches_or_does_not_quantify_is_not(language, claim, quote):
    assert stronger(claim, quote, language, "en" if quote.startswith("Some") else None) == []


def test_the_warning_names_the_outbidding_quantifier(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "es"\n',
        "seeds/article.txt": "---\ntitle: Nota\npublisher: Agencia\nlanguage: es\n---\n"
                             "Algunos ministros apoyaron el plan.\n",
        "content/figures.yaml": None, "content/forums.yaml": None,
        "content/organisations.yaml": "- id: jica\n  name: JICA\n  claims:\n"
                                      "    - text: Todos los ministros apoyaron el plan.\n      cite:\n"
                                      "        - source: article\n          quote: \"Algunos ministros apoyaron el plan.\"\n",
    })
    assert [d.message for d in warnings(root)] == [
        "claim 1 of organisation 'jica' states what none of its quotes does: "
        "words that outbid its quotes: todos, where its quotes say algunos"]
