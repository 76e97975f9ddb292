"""The overreach check reads a Spanish, Portuguese or French verb of a commitment or a decision before the verb
it plans as a plan, as it reads English "agreed to sign": "acordaron firmar", "se comprometieron a financiar",
"decidiram construir", "concordaram em assinar", "ont décidé de signer", "se sont engagés à financer". A claim
that tells the deed done is reported; one that keeps the commitment, or a commitment's object ("acordaron un
plan", "prometió 2 millones"), is not."""
import pytest

from test_overreach import _judged

DONE = 4  # Reader.unsupported's list of what a claim tells as done that its quotes only plan


@pytest.mark.parametrize("language, claim, quote, done", [
    ("es", "Los dos Estados firmaron el acuerdo.", "Los dos Estados acordaron firmar el acuerdo.", ["firmaron"]),
    ("es", "Japón construyó la planta.", "Japón decidió construir la planta.", ["construyó"]),
    ("es", "Japón firmó el acuerdo.", "Japón se comprometió a firmar el acuerdo.", ["firmó"]),
    ("es", "Japón construyó el puerto.", "Japón prometió construir el puerto.", ["construyó"]),
    ("pt", "O Japão construiu a fábrica.", "O Japão decidiu construir a fábrica.", ["construiu"]),
    ("pt", "Os dois países assinaram o acordo.", "Os dois países concordaram em assinar o acordo.", ["assinaram"]),
    ("pt", "O Japão construiu o porto.", "O Japão prometeu construir o porto.", ["construiu"]),
    ("fr", "Les deux États ont signé l'accord.", "Les deux États ont décidé de signer l'accord.", ["signé"]),
    ("fr", "Le Japon a financé le chemin de fer.", "Le Japon s'est engagé à financer le chemin de fer.",
     ["financé"]),
    ("fr", "Le Japon a signé l'accord.", "Le Japon a promis de signer l'accord.", ["signé"]),
])
def test_a_claim_that_tells_as_done_what_its_quote_commits_to_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote", [
    ("es", "Los dos Estados acordaron firmar el acuerdo.", "Los dos Estados acordaron firmar el acuerdo."),
    ("es", "Los dos Estados acordaron un plan.", "Los dos Estados acordaron un plan."),
    ("es", "Japón prometió 2 millones de dólares.", "Japón prometió 2 millones de dólares."),
    ("pt", "O Japão decidiu construir a fábrica.", "O Japão decidiu construir a fábrica."),
    ("fr", "Le Japon a promis d'ouvrir la frontière.", "Le Japon a promis d'ouvrir la frontière."),
    ("fr", "Les fonds promis ont été versés.", "Les fonds promis ont été versés."),
])
def test_a_commitment_kept_or_a_deed_it_names_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language, language)[DONE] == []


@pytest.mark.parametrize("language, sentence, quote, plan", [
    ("es", "Los dos Estados acordaron firmar el acuerdo del río.", "firmar el acuerdo del río", "acordaron"),
    ("fr", "Les deux États ont décidé de signer l'accord du fleuve.", "signer l'accord du fleuve", "décidé de"),
])
def test_a_quote_cut_just_after_a_commitment_is_a_warning(tmp_path, language, sentence, quote, plan):
    from briefgen import check
    from conftest import write_project
    root = write_project(tmp_path / "brief", {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Wire\nlanguage: {language}\n---\n{sentence}\n",
        "content/countries.yaml": "- id: jp\n  name: Japan\n",
        "content/organisations.yaml": f"- id: jica\n  name: JICA\n  claims:\n    - text: \"{sentence}\"\n"
                                      f"      cite:\n        - source: wire\n          quote: \"{quote}\"\n",
    })
    assert [d.message for d in check(root).diagnostics.warnings if "the source's sentence" in d.message] == [
        f"the source's sentence makes this quote only planned or possible ({plan}): \"{sentence}\""]
