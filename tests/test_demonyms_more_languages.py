"""A country named by its adjective in the languages news writes names in:
German, Spanish, Polish, Russian, French, Italian, Portuguese and Dutch
adjectives in each gender, case and number ("japanische Investitionen in
Kasachstan", "la inversión japonesa", "japońskie inwestycje", "в японском
банке", "Kazachse regering") name the country as giver (`by`) or
receiver (`to`), and a word that only starts like one does not."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import check

COUNTRIES = """\
- id: giver
  name: {giver}
- id: receiver
  name: {receiver}
"""

FIGURE = """\
- id: pledge
  name: Pledge
  amount: 1000000000
  currency: USD
  by: [giver]
  to: [receiver]
  claims:
    - text: "{quote}"
      cite:
        - source: article
          quote: "{quote}"
"""


def unnamed(make_project, language: str, giver: str, receiver: str, quote: str) -> list[str]:
    """Which of `by` and `to` of a figure whose one quote, in `language`, is `quote` are named in none."""
    root: Path = make_project({"seeds/article.txt": f"Report\n{quote}\n",
                               "content/sources.yaml": f"- id: article\n  title: Report\n  language: {language}\n",
                               "content/countries.yaml": COUNTRIES.format(giver=giver, receiver=receiver),
                               "content/figures.yaml": FIGURE.format(quote=quote),
                               "content/forums.yaml": None},
                              name=f"demonyms-{language}")
    return [d.message.split(" ")[0] for d in check(root).diagnostics.items if "is named in none" in d.message]


@pytest.mark.parametrize("language, giver, receiver, quote", [
    ("de", "Japan", "Kazakhstan", "Japanische Investitionen in Kasachstan erreichen 1 Milliarde Dollar."),
    ("de", "Japan", "Kazakhstan", "Die kasachische Regierung erhält 1 Milliarde Dollar von japanischen Banken."),
    ("de", "Sweden", "Egypt", "Schwedische Firmen investieren 1 Milliarde Dollar in ägyptische Häfen."),
    ("de", "Hungary", "Kenya", "Die ungarische Regierung gibt 1 Milliarde Dollar an kenianische Bauern."),
    ("de", "Brazil", "Vietnam", "Ein brasilianischer Fonds gibt 1 Milliarde Dollar an vietnamesische Firmen."),
    ("de", "Mexico", "South Korea", "Mexikanisches Kapital: 1 Milliarde Dollar für südkoreanische Werften."),
    ("es", "Japan", "Kazakhstan", "La inversión japonesa en Kazajistán alcanza 1.000 millones de dólares."),
    ("es", "United States", "Poland", "El Gobierno estadounidense dará 1.000 millones de dólares al Ejército polaco."),
    ("es", "Türkiye", "Kazakhstan", "Las empresas turcas invertirán 1.000 millones de dólares en el sector kazajo."),
    ("pl", "Japan", "Kazakhstan", "Japońskie inwestycje w Kazachstanie sięgną 1 mld dolarów."),
    ("pl", "Türkiye", "Ukraine", "Tureckie firmy przekażą 1 mld dolarów ukraińskiej armii."),
    ("pl", "United States", "Egypt", "Amerykański rząd przekaże 1 mld dolarów egipskiej armii."),
    ("ru", "Japan", "Kazakhstan", "Японские инвестиции в Казахстан достигнут 1 млрд долларов."),
    ("ru", "Japan", "Kazakhstan", "В японском банке выделили 1 млрд долларов казахстанской стороне."),
    ("ru", "Germany", "Ukraine", "Немецкие компании выделят 1 млрд долларов украинским фермерам."),
    ("ru", "Türkiye", "Italy", "Турецкий фонд вложит 1 млрд долларов в итальянские порты."),
    ("ru", "United States", "Kazakhstan", "Американские компании вложат 1 млрд долларов в казахский сектор."),
    ("de", "United Kingdom", "Kenya", "Die britische Regierung gibt Kenia 1 Milliarde Dollar."),
    ("ru", "United Kingdom", "Kenya", "Британские компании выделят Кении 1 млрд долларов."),
    ("es", "United Kingdom", "Kenya", "El Gobierno británico dará 1.000 millones de dólares a Kenia."),
    ("pl", "United Kingdom", "Kenya", "Brytyjski rząd przekaże Kenii 1 mld dolarów."),
    ("fr", "Japan", "Kazakhstan", "Les investissements japonais au Kazakhstan atteignent 1 milliard de dollars."),
    ("it", "Türkiye", "Ukraine", "Il governo turco darà 1 miliardo di dollari all'esercito ucraino."),
    ("it", "Poland", "Egypt", "Le aziende polacche investiranno 1 miliardo di dollari nei porti egiziani."),
    ("pt", "Japan", "Kazakhstan", "O investimento japonês no Cazaquistão chega a 1 bilião de dólares."),
    ("pt", "Germany", "Egypt", "O governo alemão dará 1 bilião de dólares ao exército egípcio."),
    ("nl", "Japan", "Kazakhstan", "Japanse bedrijven geven de Kazachse regering 1 miljard dollar."),
    ("nl", "Egypt", "Kazakhstan", "Egyptische bedrijven geven de Kazachstaanse regering 1 miljard dollar."),
])
def test_a_country_named_by_its_adjective_is_named_as_giver_and_receiver(make_project, language, giver, receiver,
                                                                         quote):
    assert unnamed(make_project, language, giver, receiver, quote) == []


@pytest.mark.parametrize("language, giver, receiver, quote, warned", [
    # "American" inside a longer adjective these languages write as one word is not the US.
    ("de", "United States", "Kenya", "Lateinamerikanische Banken geben 1 Milliarde Dollar an Kenia.", ["by"]),
    ("pl", "United States", "Kenya", "Latynoamerykańskie banki dadzą Kenii 1 mld dolarów.", ["by"]),
    ("ru", "United States", "Kenya", "Латиноамериканские банки выделят Кении 1 млрд долларов.", ["by"]),
    # Another country's adjective, or a common word an ending would make of a name.
    ("es", "United States", "Kenya", "El Gobierno mexicano dará 1.000 millones de dólares a Kenia.", ["by"]),
    ("ru", "Italy", "Kazakhstan", "Российский фонд вложит 1 млрд долларов в казахстанские порты.", ["by"]),
    ("de", "Sweden", "Egypt", "Schweizerische Firmen investieren 1 Milliarde Dollar in Ägypten.", ["by"]),
    ("it", "Angola", "Ukraine", "Il negozio all'angolo darà 1 miliardo di dollari all'Ucraina.", ["by"]),
])
def test_another_countrys_adjective_or_a_longer_word_does_not_name_it(make_project, language, giver, receiver,
                                                                       quote, warned):
    """Guards: the new endings make no other word a name of the country."""
    assert unnamed(make_project, language, giver, receiver, quote) == warned


@pytest.mark.parametrize("language, giver, receiver, quote", [
    ("de", "Turkey", "Kenya", "Die Türkei gibt Kenia 1 Milliarde Dollar."),
    ("de", "Turkey", "Kenya", "Türkische Firmen geben Kenia 1 Milliarde Dollar."),
    ("es", "Turkey", "Kenya", "Turquía dará 1.000 millones de dólares a Kenia."),
    ("es", "Burma", "Kenya", "Myanmar dará 1.000 millones de dólares a Kenia."),
])
def test_a_country_by_the_english_name_cldr_no_longer_gives_is_named_in_other_languages(make_project, language, giver,
                                                                                         receiver, quote):
    """CLDR names Turkey "Türkiye" and Myanmar "Myanmar (Burma)": the names briefs write still find the country's
    name in the quote's language."""
    assert unnamed(make_project, language, giver, receiver, quote) == []
