"""Amounts in Spanish, Portuguese, French, German, Dutch, Polish, Russian and
Turkish, read as their words say: "mil millones" and a scale word alone or
after a spelled numeral, the currency words news writes ("złotych", "руб.",
"FCFA", "M€"), the target of a verb of change ("довести до 10 млрд") and
both amounts of a change ("pasó de 2.000 a 3.000 millones"), and the
qualifiers a writer bounds an amount with ("ronda os", "dépasse", "gut",
"превысил", "aşkın")."""
from decimal import Decimal

import pytest

from briefgen.cldrtext import find_amounts
from briefgen.quantities import find_quantities

from test_amounts_more_languages import figure_brief, messages


def read(text: str, language: str, wanted: str | None = None) -> list[tuple[Decimal, str | None, str | None]]:
    return [(q.amount, q.currency, q.qualifier) for q in find_amounts(text, language, wanted)]


# --- forms of an amount ------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, amount, currency", [
    ("es", "El fondo tendrá mil millones de euros.", 1_000_000_000, "EUR"),
    ("pt", "O fundo terá mil milhões de euros.", 1_000_000_000, "EUR"),
    ("pt-PT", "O banco aprovou mil milhões de dólares.", 1_000_000_000, "USD"),
    ("pl", "Rząd przeznaczy miliard złotych na drogi.", 1_000_000_000, "PLN"),
    ("ru", "Выделено миллиард рублей.", 1_000_000_000, "RUB"),
    ("pl", "Fundusz ma dwa miliardy dolarów.", 2_000_000_000, "USD"),
    ("ru", "Выделено пять миллионов долларов.", 5_000_000, "USD"),
    ("tr", "Projeye bir milyar dolar ayrıldı.", 1_000_000_000, "USD"),
    ("pl", "Gmina dostanie 5 mln złotych.", 5_000_000, "PLN"),
    ("pl", "Gmina dostanie 2,4 mld złotych.", 2_400_000_000, "PLN"),
    ("pl", "Nagroda wynosi 1000 złotych.", 1000, "PLN"),
    ("pl", "Kosztuje 3 złote.", 3, "PLN"),
    ("ru", "на сумму 1,2 млрд руб. Официально", 1_200_000_000, "RUB"),
    ("ru", "кредит на 3 млн долл.", 3_000_000, "USD"),
    ("ru", "Акимат направит 500 млн тг на ремонт дорог.", 500_000_000, "KZT"),
    ("ru", "Стоимость составит 1,2 млрд тг.", 1_200_000_000, "KZT"),
    ("pt", "A dívida soma 400 M€.", 400_000_000, "EUR"),
    ("es", "Un plan de 250 M€ para el puerto.", 250_000_000, "EUR"),
])
def test_an_amounts_written_forms_are_read(language, text, amount, currency):
    assert read(text, language) == [(amount, currency, None)]


def test_plus_dun_milliard_is_more_than_one_billion():
    assert read("plus d'un milliard d'euros", "fr") == [(1_000_000_000, "EUR", "more-than")]
    assert read("près d’un million d’euros", "fr") == [(1_000_000, "EUR", "nearly")]


def test_a_bare_scale_word_is_one_only_of_money_and_not_of_a_half_which_stays_unread():
    assert read("miliard ludzi", "pl") == []
    assert read("pół miliarda złotych", "pl") == []
    assert read("полмиллиарда рублей и пол-миллиарда рублей", "ru") == []
    assert read("5 M de habitantes", "pt") == [(5, None, None)]  # "M" is a scale only glued to "€"


@pytest.mark.parametrize("currency", ["XOF", "XAF"])
def test_fcfa_is_whichever_cfa_franc_the_record_gives(currency):
    assert read("25 milliards de FCFA", "fr", currency) == [(25_000_000_000, currency, None)]
    assert read("1 300 milliards de francs CFA", "fr", currency) == [(1_300_000_000_000, currency, None)]
    assert read("25 milliards de FCFA", "fr", "EUR") == [(25_000_000_000, None, None)]


# --- a verb of change: its target, and both amounts of "from X to Y" ---------------------------

@pytest.mark.parametrize("language, text, amount, currency", [
    ("ru", "Стороны поставили цель довести его до 10 млрд долларов к 2030 году.", 10_000_000_000, "USD"),
    ("ru", "Стороны поставили цель довести его до $10 млрд к 2030 году.", 10_000_000_000, "USD"),
    ("pl", "Chcą zwiększyć obroty do 10 mld zł.", 10_000_000_000, "PLN"),
    ("nl", "De handel moet groeien tot 10 miljard euro.", 10_000_000_000, "EUR"),
    ("es", "El comercio se eleva hasta 3.000 millones de euros.", 3_000_000_000, "EUR"),
    ("pt", "O comércio sobe até 3 mil milhões de euros.", 3_000_000_000, "EUR"),
])
def test_to_after_a_verb_of_change_is_its_target_not_a_bound(language, text, amount, currency):
    assert read(text, language) == [(amount, currency, None)]


@pytest.mark.parametrize("language, text, change, amount, currency", [
    # The change's own amount between the verb and its target, as news writes it: "rose by 3%, to 10 billion".
    ("ru", "Товарооборот вырос на 5%, до 10 млрд долларов.", 5, 10_000_000_000, "USD"),
    ("ru", "Доля ВИЭ выросла на 3 процентных пункта, до 6,5 млрд рублей.", 3, 6_500_000_000, "RUB"),
    ("pl", "Eksport wzrósł o 3%, do 10 mld zł.", 3, 10_000_000_000, "PLN"),
])
def test_to_after_a_change_by_an_amount_is_its_target_not_a_bound(language, text, change, amount, currency):
    assert read(text, language) == [(change, None, None), (amount, currency, None)]


@pytest.mark.parametrize("language, text, low, high, currency", [
    ("es", "El comercio pasó de 2.000 millones a 3.000 millones de euros.", 2_000_000_000, 3_000_000_000, "EUR"),
    ("fr", "Les échanges sont passés de 2 à 3 milliards d'euros.", 2_000_000_000, 3_000_000_000, "EUR"),
    ("ru", "Товарооборот вырос с 2 до 3 млрд долларов.", 2_000_000_000, 3_000_000_000, "USD"),
    ("pl", "Obroty wzrosły z 2 do 3 mld euro.", 2_000_000_000, 3_000_000_000, "EUR"),
    ("nl", "De handel steeg van 20 tot 30 miljoen euro.", 20_000_000, 30_000_000, "EUR"),
    ("pt", "As exportações subiram de 2 para 3 mil milhões de euros.", 2_000_000_000, 3_000_000_000, "EUR"),
    ("de", "Der Handel stieg von 2 auf 3 Milliarden Euro.", 2_000_000_000, 3_000_000_000, "EUR"),
    ("nl", "De handel steeg van 2 naar 3 miljard euro.", 2_000_000_000, 3_000_000_000, "EUR"),
])
def test_a_change_from_one_amount_to_another_states_both(language, text, low, high, currency):
    assert read(text, language) == [(low, currency, None), (high, currency, None)]
    english = find_quantities("Trade rose from $2 billion to $3 billion.")
    assert [(q.amount, q.qualifier) for q in english] == [(2_000_000_000, None), (3_000_000_000, None)]


def test_without_a_verb_of_change_to_is_still_a_bound_and_from_to_a_range():
    assert read("una subvención de hasta 3 millones de euros", "es") == [(3_000_000, "EUR", "up-to")]
    assert read("Estonia przekaże do 5 mln euro.", "pl") == [(5_000_000, "EUR", "up-to")]
    assert read("рост экспорта и кредиты до 5 млрд рублей", "ru") == [(5_000_000_000, "RUB", "up-to")]
    assert read("un coste de 2 a 3 millones de euros", "es") == [(2_000_000, "EUR", "at-least"),
                                                                (3_000_000, "EUR", "up-to")]
    assert read("z 20 do 30 mln euro", "pl") == [(20_000_000, "EUR", "at-least"), (30_000_000, "EUR", "up-to")]
    assert read("von 2 bis 3 Milliarden Euro", "de") == [(2_000_000_000, "EUR", "at-least"),
                                                       (3_000_000_000, "EUR", "up-to")]
    # "auf", "para" and "naar" join the amounts of a change only: the first has no scale of its own.
    assert read("von 2 auf 3 Milliarden Euro", "de") == [(2, None, None), (3_000_000_000, "EUR", None)]


def test_a_target_of_change_is_stated_and_an_up_to_is_refused(make_project):
    sentence = "Стороны поставили цель довести его до 10 млрд долларов к 2030 году."
    assert messages(make_project(figure_brief("ru", sentence, 10_000_000_000, "USD"), base=None)) == []
    bounded = figure_brief("ru", sentence, 10_000_000_000, "USD", qualifier="up-to")
    [error] = [m for m in messages(make_project(bounded, base=None, name="bounded")) if "error" in m]
    assert "without a qualifier; remove 'qualifier'" in error


# --- qualifiers -------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, amount, qualifier", [
    ("pt", "A dívida ronda os 400 milhões de euros.", 400_000_000, "about"),
    ("pt", "A dívida está perto de 400 milhões de euros.", 400_000_000, "nearly"),
    ("pt", "A dívida está na ordem dos 400 milhões de euros.", 400_000_000, "about"),
    ("pt", "A dívida supera 400 milhões de euros.", 400_000_000, "more-than"),
    ("pt", "Uma dívida superior a 400 milhões de euros.", 400_000_000, "more-than"),
    ("es", "La deuda ronda los 400 millones de euros.", 400_000_000, "about"),
    ("es", "La deuda está en torno a 400 millones de euros.", 400_000_000, "about"),
    ("es", "La deuda supera los 400 millones de euros.", 400_000_000, "more-than"),
    ("fr", "La dette dépasse 400 millions d'euros.", 400_000_000, "more-than"),
    ("fr", "Les investissements dépassaient 2 milliards d'euros.", 2_000_000_000, "more-than"),
    ("fr", "Une dette de l'ordre de 400 millions d'euros.", 400_000_000, "about"),
    ("fr", "La dette avoisine les 400 millions d'euros.", 400_000_000, "about"),
    ("fr", "Une dette autour de 400 millions d'euros.", 400_000_000, "about"),
    ("fr", "Une dette supérieure à 400 millions d'euros.", 400_000_000, "more-than"),
    ("fr", "Une aide d'au maximum 400 millions d'euros.", 400_000_000, "up-to"),
    ("de", "Die Schulden betragen gut 3 Milliarden Euro.", 3_000_000_000, "more-than"),
    ("de", "Die Schulden betragen annähernd 3 Milliarden Euro.", 3_000_000_000, "nearly"),
    ("ru", "Товарооборот превысил 7 млрд долларов.", 7_000_000_000, "more-than"),
    ("ru", "Товарооборот превысил $7 млрд.", 7_000_000_000, "more-than"),
    ("ru", "Объём порядка 3 млрд долларов.", 3_000_000_000, "about"),
    ("ru", "Объём больше 3 млрд долларов.", 3_000_000_000, "more-than"),
    ("ru", "Стоимость оценивается примерно в $500 млн.", 500_000_000, "about"),
    ("ru", "Стоимость оценивается более чем в 700 млн долларов.", 700_000_000, "more-than"),
    ("ru", "Стоимость оценивается почти в 700 млн долларов.", 700_000_000, "nearly"),
    ("ru", "Стоимость оценивается не менее чем в $700 млн.", 700_000_000, "at-least"),
    ("ru", "Стоимость оценивается приблизительно в 700 млн долларов.", 700_000_000, "about"),
    ("ru", "Расходы сократились почти на 700 млн долларов.", 700_000_000, "nearly"),
    ("ru", "Стоимость составит ориентировочно 700 млн долларов.", 700_000_000, "about"),
    ("nl", "De schuld bedraagt krap 3 miljard euro.", 3_000_000_000, "nearly"),
    ("nl", "De schuld bedraagt rond de 3 miljard euro.", 3_000_000_000, "about"),
    ("nl", "De schuld bedraagt naar schatting 3 miljard euro.", 3_000_000_000, "about"),
    ("pl", "Dług jest rzędu 3 mld euro.", 3_000_000_000, "about"),
    ("pl", "Dług przekracza 3 mld euro.", 3_000_000_000, "more-than"),
    ("tr", "Ticaret 7 milyar doları aşkın bir hacme ulaştı.", 7_000_000_000, "more-than"),
    ("tr", "7 milyar doları aşan ticaret", 7_000_000_000, "more-than"),
])
def test_a_qualifier_bounds_the_amount(language, text, amount, qualifier):
    currency = "EUR" if "€" in text or "eur" in text.lower() else "USD"
    found = read(text, language, currency)
    assert found and set(found) == {(amount, currency, qualifier)}


def test_a_negated_verb_of_exceeding_states_no_amount():
    assert read("El coste no supera los 5 millones de euros.", "es") == []
    assert read("Стоимость не превышает 5 млрд рублей.", "ru") == []
    assert read("Koszt nie przekracza 4 mld euro.", "pl") == []


@pytest.mark.parametrize("language, sentence, amount, currency, qualifier", [
    ("pt", "A dívida angolana, que ronda os 400 milhões de euros, segundo estimativas do setor.",
     400_000_000, "EUR", "about"),
    ("fr", "Les investissements dépassaient 2 milliards d'euros, selon le ministre.", 2_000_000_000, "EUR",
     "more-than"),
    ("tr", "İki ülke arasındaki ticaret 7 milyar doları aşkın bir hacme ulaştı.", 7_000_000_000, "USD",
     "more-than"),
])
def test_a_figure_states_the_qualifier_its_quote_gives(make_project, language, sentence, amount, currency, qualifier):
    assert messages(make_project(figure_brief(language, sentence, amount, currency, qualifier=qualifier),
                                 base=None)) == []
    [error] = [m for m in messages(make_project(figure_brief(language, sentence, amount, currency), base=None,
                                                name="exact")) if "error" in m]
    assert f"set qualifier: {qualifier}" in error
