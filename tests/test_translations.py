"""An editor's translation of a quote says what the quote says: no number
of its own, no negation added or dropped, no status the quote does not state
(a claim is compared with it)."""
import pytest

from briefgen import check

SOURCE = ("---\ntitle: Crónica\nlanguage: es\npublisher: Diario\npublished: 2026-05-14\n---\nCrónica\n"
          "La cumbre no se celebró en Asunción el 13 de mayo de 2026.\n"
          "La UE anunció 1.200 millones de euros para el puerto.\n"
          "La cumbre de Lima fue cancelada.\n")

MEETING = """
- id: asuncion
  name: Asunción summit
  claims:
    - text: "{claim}"
      cite:
        - source: cronica
          quote: "{quote}"
          translation: "{translation}"
"""


def warnings_of(make_project, quote: str, translation: str) -> list[str]:
    root = make_project({"seeds/cronica.md": SOURCE, "content/meetings.yaml": MEETING.format(
        claim=translation, quote=quote, translation=translation)})
    return [d.message for d in check(root).diagnostics.items if "translation" in d.message]


@pytest.mark.parametrize("quote, translation, said", [
    ("La cumbre no se celebró en Asunción el 13 de mayo de 2026.",
     "The summit was held in Asunción on 13 May 2026.", ["the translation drops the quote's negation"]),
    ("La UE anunció 1.200 millones de euros para el puerto.",
     "The EU did not announce 1,200 million euros for the port.",
     ["the translation adds a negation the quote does not write"]),
    ("La UE anunció 1.200 millones de euros para el puerto.",
     "The EU announced 1,200 million euros for the port on 14 May.",
     ["the translation states numbers its quote does not: 14"]),
    ("La UE anunció 1.200 millones de euros para el puerto.",
     "The EU announced 1,200 million euros for the port.", []),  # "1.200" is "1,200"
    ("La cumbre no se celebró en Asunción el 13 de mayo de 2026.",
     "The summit did not take place in Asunción on 13 May 2026.", []),
    ("La cumbre de Lima fue cancelada.", "The Lima summit was held.",
     ["the translation says the event was held; the quote says cancelled"]),
    ("La UE anunció 1.200 millones de euros para el puerto.",
     "The EU announced 1,200 million euros for the port at the summit it hosted.",
     ["the translation says the event was held; the quote states no status"]),
    ("La cumbre de Lima fue cancelada.", "The Lima summit was cancelled.", []),
    ("La cumbre de Lima fue cancelada.", "The Lima summit was called off.", []),
])
def test_a_translation_says_what_its_quote_says(make_project, quote, translation, said):
    assert warnings_of(make_project, quote, translation) == said


def test_a_quote_in_a_language_without_a_status_table_is_not_read_for_one(make_project):
    """Swahili has no table of statuses: its quote would be read with English
    phrases and state none, so its translation's status is not compared."""
    root = make_project({
        "seeds/habari.md": "---\ntitle: Habari\nlanguage: sw\npublisher: Gazeti\n---\nHabari\n"
                           "Mkutano ulifanyika Nairobi.\n",
        "content/meetings.yaml": MEETING.replace("cronica", "habari").format(
            claim="The meeting was held in Nairobi.", quote="Mkutano ulifanyika Nairobi.",
            translation="The meeting was held in Nairobi.")})
    assert [d.message for d in check(root).diagnostics.items if "translation" in d.message] == []


TWO_TRANSLATIONS = """
- id: asuncion
  name: Asunción summit
  claims:
    - text: The EU announced 1,200 million euros for the port.
      cite:
        - source: cronica
          quote: "La UE anunció 1.200 millones de euros para el puerto."
          translation: "The EU announced 1,200 million euros for the port."
- id: lima
  name: Lima summit
  claims:
    - text: "{claim}"
      cite:
        - source: cronica
          quote: "La UE anunció 1.200 millones de euros para el puerto."
          translation: "{claim}"
"""


@pytest.mark.parametrize("translation, said", [
    ("The EU did not announce 1,200 million euros for the port.",
     ["the translation adds a negation the quote does not write"]),
    ("The EU announced 1,400 million euros for the port.", ["the translation states numbers its quote does not: 1400"]),
    ("The EU announced 1,200 million euros for the port.", []),  # the same words: told once, and nothing to tell
])
def test_each_translation_of_a_quote_cited_twice_is_checked(make_project, translation, said):
    """The second citation of a quote with other words for it: checked, not
    taken for the first one (a claim would stand on its unchecked negation)."""
    root = make_project({"seeds/cronica.md": SOURCE, "content/meetings.yaml": TWO_TRANSLATIONS.format(claim=translation)})
    assert [d.message for d in check(root).diagnostics.items if "translation" in d.message] == said
