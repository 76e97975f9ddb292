"""An editor's translation of a quote says what the quote says: no number
of its own, no negation added or dropped, no status the quote does not state
(a claim is compared with it)."""
import pytest

from briefgen import check
from briefgen.translations import added_numbers

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


MK_SOURCE = ("---\ntitle: Станица\nlanguage: mk\npublisher: Весник\npublished: 2026-03-03\n---\nСтаница\n"
             "Владата ќе инвестира повеќе од 4,5 милиони евра во нова станица.\n")
MK_QUOTE = "Владата ќе инвестира повеќе од 4,5 милиони евра во нова станица."


def translation_warnings(make_project, language: str, quote: str, translation: str,
                         source: str = MK_SOURCE) -> list[str]:
    """The translation's warnings in a brief in `language` whose one claim cites `quote`, its words."""
    root = make_project({"briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
                         "seeds/cronica.md": source, "content/meetings.yaml": MEETING.format(
                             claim=translation, quote=quote, translation=translation)})
    return [d.message for d in check(root).diagnostics.items if "translation" in d.message]


@pytest.mark.parametrize("language, translation, said", [
    ("ja", "政府は新駅に450万ユーロ超を投資する。", []),  # 450万 is 4,5 милиони
    ("en", "The government will invest more than EUR 4,500,000 in a new station.", []),
    ("en", "The government will invest more than 4.5 million euros in a new station.", []),
    # The quote's digits at another scale: another amount.
    ("en", "The government will invest more than 45 million euros in a new station.",
     ["the translation states numbers its quote does not: more than 45 million euros"]),
    ("ja", "政府は新駅に4500万ユーロ超を投資する。", ["the translation states numbers its quote does not: 4500"]),
    ("en", "The government will invest more than 4 million euros in a new station.",
     ["the translation states numbers its quote does not: 4"]),
    ("en", "The government will invest more than 4.5 million euros in 2 new stations.",
     ["the translation states numbers its quote does not: 2"]),
])
def test_a_translation_states_its_quotes_amount_by_value(make_project, language, translation, said):
    """An amount is compared by its value, read with the scale words of the
    quote's language and the translation's: a translation may write it at
    another scale, not the quote's digits at another value."""
    assert translation_warnings(make_project, language, MK_QUOTE, translation) == said


@pytest.mark.parametrize("translation, said", [
    ("The EU announced 1.2 billion euros for the port.", []),  # 1.200 millones
    ("The EU announced 12 billion euros for the port.", ["the translation states numbers its quote does not: 12"]),
    ("The EU announced 1,200 billion euros for the port.",
     ["the translation states numbers its quote does not: 1,200 billion euros"]),
])
def test_a_spanish_amount_is_read_with_its_scale(make_project, translation, said):
    assert translation_warnings(make_project, "en", "La UE anunció 1.200 millones de euros para el puerto.",
                                translation, SOURCE) == said


def test_an_amount_whose_scale_may_be_unread_is_compared_by_its_digits(make_project):
    """Where a scale word may not be read (Georgian's "მილიონ" before its noun), the digits are compared."""
    source = ("---\ntitle: სადგური\nlanguage: ka\npublisher: გაზეთი\npublished: 2026-03-03\n---\nსადგური\n"
              "მთავრობა ახალ სადგურში 4,5 მილიონ ევროს ჩადებს.\n")
    assert translation_warnings(make_project, "en", "მთავრობა ახალ სადგურში 4,5 მილიონ ევროს ჩადებს.",
                                "The government will invest 4.5 million euros in a new station.", source) == []


ORDINAL_SOURCES = {
    "ru": "Двадцать первый саммит группы прошёл в Лиссабоне.",
    "fr": "Le vingt et unième sommet du groupe s'est tenu à Lisbonne.",
    "es": "La vigésima primera cumbre del grupo se celebró en Lisboa.",
}


def ordinal_warnings(make_project, language: str, claim: str, translation: str) -> list[str]:
    """The warnings of a claim in an English brief citing ORDINAL_SOURCES' `language` sentence with `translation`."""
    source = (f"---\ntitle: Cumbre\nlanguage: {language}\npublisher: Diario\npublished: 2026-05-14\n---\nCumbre\n"
              f"{ORDINAL_SOURCES[language]}\n")
    root = make_project({"seeds/cronica.md": source, "content/meetings.yaml": MEETING.format(
        claim=claim, quote=ORDINAL_SOURCES[language], translation=translation)})
    return [d.message for d in check(root).diagnostics.items if "translation" in d.message or "claim" in d.message]


@pytest.mark.parametrize("language", ["ru", "fr", "es"])
@pytest.mark.parametrize("translation", ["The 21st summit of the group was held in Lisbon.",
                                         "The twenty-first summit of the group was held in Lisbon."])
def test_a_translation_writes_the_quotes_spelled_ordinal_in_digits_or_words(make_project, language, translation):
    assert ordinal_warnings(make_project, language, translation, translation) == []


@pytest.mark.parametrize("language", ["ru", "fr", "es"])
def test_a_translations_other_ordinal_is_still_told(make_project, language):
    assert ordinal_warnings(make_project, language, "The 22nd summit of the group was held in Lisbon.",
                            "The 22nd summit of the group was held in Lisbon.") == [
        "the translation states numbers its quote does not: 22"]  # the claim is compared with its translation


def test_a_claims_first_is_not_its_translations_twenty_first(make_project):
    assert ordinal_warnings(make_project, "es", "The first summit of the group was held in Lisbon.",
                            "The twenty-first summit of the group was held in Lisbon.") == [
        "claim 1 of meeting 'asuncion' states what none of its quotes does: numbers first"]


@pytest.mark.parametrize("quote, quoted_in, translation, translated_in, added", [
    ("Sette ministri hanno firmato l'intesa.", "it", "7 ministers signed the agreement.", "en", []),
    ("Il quinto vertice si è tenuto a Roma.", "it", "The 5th summit was held in Rome.", "en", []),
    ("The twenty-first summit was held in Dakar.", "en", "Le 21e sommet s'est tenu à Dakar.", "fr", []),
    ("Il quinto vertice si è tenuto a Roma.", "it", "The 6th summit was held in Rome.", "en", ["6"]),
])
def test_a_number_the_quote_spells_out_is_its_number(quote, quoted_in, translation, translated_in, added):
    assert added_numbers(quote, quoted_in, translation, translated_in) == added


@pytest.mark.parametrize("quote, quoted_in, translation, added", [
    # A year of another era is translated as the Common Era's: 2568 of the Buddhist era, Reiwa 7, are 2025.
    ("การประชุมถูกเลื่อนออกไปเป็นเดือนมิถุนายน 2568", "th", "The meeting was postponed to June 2025.", []),
    ("ลงนามเมื่อวันที่ 15 มีนาคม พ.ศ. 2568", "th", "Signed on 15 March 2025.", []),
    ("協定は令和7年12月19日に署名された。", "ja", "The agreement was signed on 19 December 2025.", []),
    ("การประชุมถูกเลื่อนออกไปเป็นเดือนมิถุนายน 2568", "th", "The meeting was postponed to June 2026.", ["2026"]),
])
def test_a_year_of_another_era_is_translated_as_the_common_eras(quote, quoted_in, translation, added):
    assert added_numbers(quote, quoted_in, translation, "en") == added


@pytest.mark.parametrize("quote, translation, added", [
    # Each end of a translation's range is compared, the higher as well as the lower.
    ("La empresa recortó entre 300 y 500 empleos.", "The company cut 300 to 400 jobs.", ["400"]),
    ("Japón invertirá entre 2.000 y 3.000 millones de dólares.", "Japan will invest $2-4 billion.", ["4"]),
    ("La empresa recortó entre 300 y 500 empleos.", "The company cut 300 to 500 jobs.", []),
    ("Japón invertirá entre 2.000 y 3.000 millones de dólares.", "Japan will invest $2-3 billion.", []),
])
def test_a_translations_range_is_compared_end_by_end(quote, translation, added):
    assert added_numbers(quote, "es", translation, "en") == added



def article(language: str, quote: str) -> str:
    """A source in `language` whose one paragraph is `quote`."""
    return f"---\ntitle: Article\nlanguage: {language}\npublisher: Journal\npublished: 2026-11-18\n---\n{quote}\n"


@pytest.mark.parametrize("quote, translation", [
    # "ne … que" is "only", elided or not
    ("La France n'a versé que 30 millions d'euros sur les 100 millions promis.",
     "France has paid only 30 million euros of the 100 million promised."),
    ("Le Brésil n'ouvrira son marché aux produits laitiers qu'en 2028.",
     "Brazil will only open its market to dairy products in 2028."),
    ("Le traité n'a été ratifié qu'en mars 2025 par le Parlement.",
     "The treaty was ratified only in March 2025 by Parliament."),
    ("La Tunisie n'a reçu que 40 % des vaccins promis.", "Tunisia received only 40% of the promised vaccines."),
    ("La compagnie n'exploite désormais que deux lignes vers l'Afrique.",
     "The airline now operates only two routes to Africa."),
    ("Les travaux ne commenceront qu'après les élections.", "Work will only begin after the elections."),
    # "ne … guère" is "hardly"
    ("Le projet n'avance guère depuis 2023.", "The project has hardly progressed since 2023."),
    ("Le projet n'avance guère depuis 2023.", "The project has not progressed much since 2023."),
    # a negated bound bounds, on both sides
    ("La banque n'accordera pas moins d'un milliard d'euros de prêts.",
     "The bank will grant no less than one billion euros in loans."),
    ("La banque n'accordera pas moins d'un milliard d'euros de prêts.",
     "The bank will grant at least one billion euros in loans."),
    # "mai" is May in French and German, not Italian "never"
    ("Les ministres se sont réunis en mai 2026 à Brasília.", "The ministers met in May 2026 in Brasília."),
])
def test_a_french_only_hardly_or_bound_is_translated_without_a_negation(make_project, quote, translation):
    assert translation_warnings(make_project, "en", quote, translation, article("fr", quote)) == []


def test_a_german_may_is_no_negation(make_project):
    quote = "Die Minister trafen sich zwischen März und Mai 2026 in Berlin."
    assert translation_warnings(make_project, "en", quote, "The ministers met between March and May 2026 in Berlin.",
                                article("de", quote)) == []


@pytest.mark.parametrize("language, quote, translation", [
    ("fr", "L'Agence n'investira pas 500 millions d'euros dans le port.",
     "The Agency will invest 500 million euros in the port."),
    ("fr", "Le projet n'avance guère depuis 2023.", "The project has progressed since 2023."),
    ("fr", "Le groupe n'investit plus au Brésil depuis 2024.", "The group invests in Brazil since 2024."),
    ("it", "Il governo non ha mai firmato l'accordo.", "The government signed the agreement."),
])
def test_a_translation_that_drops_a_negation_of_its_quotes_language_is_told(make_project, language, quote,
                                                                          translation):
    assert translation_warnings(make_project, "en", quote, translation, article(language, quote)) == [
        "the translation drops the quote's negation"]


def test_a_romanian_mai_is_more_not_never(make_project):
    quote = "Summitul a avut loc în mai 2026 la București."
    assert translation_warnings(make_project, "en", quote, "The summit took place in May 2026 in Bucharest.",
                                article("ro", quote)) == []


@pytest.mark.parametrize("quote, translation", [
    # literary "ne" alone before "cesser" keeps on: "does not stop", "never stops" and "keeps" all say it
    ("Le ministre a affirmé que le Brésil ne cesse d'investir dans les énergies renouvelables.",
     "The minister said that Brazil does not stop investing in renewable energy."),
    ("Le ministre a affirmé que le Brésil ne cesse d'investir dans les énergies renouvelables.",
     "The minister said that Brazil never stops investing in renewable energy."),
    ("Le ministre a affirmé que le Brésil ne cesse d'investir dans les énergies renouvelables.",
     "The minister said that Brazil keeps investing in renewable energy."),
    ("Les prix n'ont cessé d'augmenter depuis 2024.", "Prices have not stopped rising since 2024."),
    ("Les prix n'ont cessé d'augmenter depuis 2024.", "Prices have kept rising since 2024."),
    # before "pouvoir", "oser", "savoir" it denies, as "cannot" does
    ("Le gouvernement ne peut accepter cette offre.", "The government cannot accept this offer."),
    ("Le ministre n'ose annoncer la date du sommet.", "The minister does not dare announce the date of the summit."),
    ("Cette réforme ne saurait attendre 2028.", "This reform cannot wait until 2028."),
    # "ne … que" stays "only"
    ("Le gouvernement ne peut que constater l'échec des négociations.",
     "The government can only note the failure of the negotiations."),
])
def test_a_french_literary_ne_is_translated_as_it_reads(make_project, quote, translation):
    assert translation_warnings(make_project, "en", quote, translation, article("fr", quote)) == []


@pytest.mark.parametrize("quote, translation", [
    ("Le gouvernement ne peut accepter cette offre.", "The government can accept this offer."),
    ("Cette réforme ne saurait attendre 2028.", "This reform can wait until 2028."),
])
def test_a_translation_that_drops_a_french_literary_negation_is_told(make_project, quote, translation):
    assert translation_warnings(make_project, "en", quote, translation, article("fr", quote)) == [
        "the translation drops the quote's negation"]


@pytest.mark.parametrize("language, quote, translation", [
    # a negation before the verb whose amount a bound follows bounds it, as "no less than" does
    ("pt", "O banco não concederá menos de 1 bilhão de reais em empréstimos.",
     "The bank will grant no less than 1 billion reais in loans."),
    ("pt", "O banco não concederá menos de 1 bilhão de reais em empréstimos.",
     "The bank will grant at least 1 billion reais in loans."),
    ("pt", "O banco não vai conceder mais de 2 bilhões de reais em empréstimos.",
     "The bank will grant no more than 2 billion reais in loans."),
    ("es", "El banco no concederá menos de 1.000 millones de euros en préstamos.",
     "The bank will grant no less than 1 billion euros in loans."),
    ("es", "El gobierno no invertirá más de 300 millones de euros.",
     "The government will invest at most 300 million euros."),
    ("it", "La banca non concederà meno di 1 miliardo di euro in prestiti.",
     "The bank will grant no less than 1 billion euros in loans."),
    ("it", "Il governo non investirà più di 300 milioni di euro.",
     "The government will invest no more than 300 million euros."),
    ("de", "Die Bank wird nicht weniger als 1 Milliarde Euro an Krediten vergeben.",
     "The bank will grant no less than 1 billion euros in loans."),
    ("ru", "Банк выдаст не менее 1 млрд рублей кредитов.",
     "The bank will grant no less than 1 billion rubles in loans."),
    ("ru", "Банк не выдаст более 1 млрд рублей кредитов.",
     "The bank will grant at most 1 billion rubles in loans."),
    ("fr", "La banque n'accordera pas plus de 2 milliards d'euros de prêts.",
     "The bank will not grant more than 2 billion euros in loans."),
    ("pt", "O banco concederá pelo menos 1 bilhão de reais em empréstimos.",
     "The bank will not grant less than 1 billion reais in loans."),
])
def test_a_negated_bound_denies_nothing_in_any_language(make_project, language, quote, translation):
    assert translation_warnings(make_project, "en", quote, translation, article(language, quote)) == []


@pytest.mark.parametrize("language, quote, translation", [
    ("pt", "O banco não concederá empréstimos à empresa.", "The bank will grant loans to the company."),
    ("pt", "O banco não concederá 1 bilhão de reais em empréstimos.",
     "The bank will grant 1 billion reais in loans."),
    ("es", "El banco no concederá menos préstamos este año.", "The bank will grant fewer loans this year."),
])
def test_a_negation_that_bounds_no_amount_still_denies(make_project, language, quote, translation):
    assert translation_warnings(make_project, "en", quote, translation, article(language, quote)) == [
        "the translation drops the quote's negation"]


def test_a_bound_past_the_negations_clause_leaves_it_a_negation(make_project):
    quote = "O banco não assinou, mais de 300 funcionários protestaram."
    assert translation_warnings(make_project, "en", quote, "The bank signed, more than 300 employees protested.",
                                article("pt", quote)) == ["the translation drops the quote's negation"]


@pytest.mark.parametrize("language, quote, translation", [
    ("pt", "O banco não concederá menos de 1 bilhão de reais em empréstimos.",
     "The bank will grant less than 1 billion reais in loans."),
    ("pt", "O banco não concederá menos de 1 bilhão de reais em empréstimos.",
     "The bank will grant at most 1 billion reais in loans."),
    ("es", "El gobierno no invertirá más de 300 millones de euros.",
     "The government will invest more than 300 million euros."),
    ("pt", "O banco concederá não menos de 1 bilhão de reais em empréstimos.",
     "The bank will grant less than 1 billion reais in loans."),
])
def test_a_translation_that_turns_a_negated_bound_round_is_told(make_project, language, quote, translation):
    warnings = translation_warnings(make_project, "en", quote, translation, article(language, quote))
    assert len(warnings) == 1 and warnings[0].startswith("the translation bounds the other way"), warnings
