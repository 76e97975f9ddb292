"""Russian, Ukrainian, Spanish, German and French agencies' datelines and
credits: "МОСКВА, 12 марта. /ТАСС/.", "МОСКВА, 12 мар — РИА Новости.",
"MADRID, 12 (EUROPA PRESS)", "Berlin/Brüssel (dpa) -"; "передает ТАСС",
"как сообщило агентство Интерфакс", "según informó EFE", "wie dpa
meldete", "повідомляє Укрінформ". Two papers printing one agency's story,
or crediting it, are one voice; an agency merely mentioned is no credit."""
from __future__ import annotations

import pytest

from briefgen.corroboration import WIRE_AGENCIES, credited, dateline_agency
from test_corroboration_more_languages import voices

SUMMIT = "The summit was postponed."
RU = "Саммит перенесен на июнь."
ES = "La cumbre se aplazó a junio."
DE = "Der Gipfel wurde auf Juni verschoben."
UK = "Саміт перенесли на червень."


@pytest.mark.parametrize("first, second, expected", [
    (f"МОСКВА, 12 марта. /ТАСС/. {RU}", f"СОЧИ, 13 марта. /ТАСС/. {RU}", 1),
    (f"МОСКВА, 12 мар — РИА Новости. {RU}", f"МОСКВА, 12 мар - РИА Новости, Анна Иванова. {RU}", 1),
    (f"MADRID, 12 (EUROPA PRESS)\n{ES}", f"BARCELONA, 13 (EUROPA PRESS) {ES}", 1),
    (f"Berlin/Brüssel (dpa) - {DE}", f"Berlin (dpa) - {DE}", 1),
    (f"КИЇВ, 12 березня. /Укрінформ/. {UK}", f"ЛЬВІВ, 13 березня. /Укрінформ/. {UK}", 1),
    # Two agencies' stories, or a paper's own: two voices.
    (f"МОСКВА, 12 марта. /ТАСС/. {RU}", f"МОСКВА, 12 мар — РИА Новости. {RU}", 2),
    (f"MADRID, 12 (EUROPA PRESS)\n{ES}", f"Madrid, 12 mar (EFE).- {ES}", 2),
    (f"МОСКВА, 12 марта. {RU}", f"МОСКВА, 12 марта. {RU}", 2),
])
def test_two_papers_printing_one_agencys_story_by_its_dateline_are_one_voice(make_project, first, second, expected):
    quote = next(text for text in (RU, ES, DE, UK) if first.endswith(text))
    assert voices(make_project, {"first": ("Первая газета", first, quote), "second": ("Вторая газета", second, quote)},
                  text=SUMMIT) == expected


@pytest.mark.parametrize("first, second, expected", [
    (f"{RU[:-1]}, передает ТАСС.", "Как сообщает ТАСС, саммит перенесен на июнь.", 1),
    ("Как сообщило агентство Интерфакс, саммит перенесен на июнь.", f"{RU[:-1]}, сообщает Интерфакс.", 1),
    (f"{ES[:-1]}, según informó EFE.", f"{ES[:-1]}, informa la agencia EFE.", 1),
    (f"{DE[:-1]}, wie dpa meldete.", f"{DE[:-1]}, berichtete die Deutsche Presse-Agentur dpa.", 1),
    (f"{UK[:-1]}, повідомляє Укрінформ.", "За даними Укрінформу, саміт перенесли на червень.", 1),
    # An agency merely mentioned, or another one: two voices.
    (f"{UK[:-1]}, повідомляє Укрінформ.", "Як передає УНІАН, саміт перенесли на червень.", 2),
    (f"{RU[:-1]}, передает ТАСС.", f"ТАСС не смог получить комментарий: {RU}", 2),
    (f"{DE[:-1]}, wie dpa meldete.", f"{DE[:-1]}, wie Reuters berichtete.", 2),
])
def test_two_papers_crediting_one_agency_are_one_voice(make_project, first, second, expected):
    assert voices(make_project, {"first": ("Первая газета", first, first), "second": ("Вторая газета", second, second)},
                  text=SUMMIT) == expected


@pytest.mark.parametrize("text, agency", [
    (f"МОСКВА, 12 марта. /ТАСС/. {RU}", "ТАСС"),
    (f"МОСКВА, 12 мар — РИА Новости. {RU}", "РИА Новости"),
    (f"МОСКВА, 12 марта (Интерфакс) — {RU}", "Интерфакс"),
    (f"(Интерфакс) — {RU}", "Интерфакс"),
    (f"MADRID, 12 (EUROPA PRESS)\n{ES}", "EUROPA PRESS"),
    (f"Madrid, 12 mar (EFE).- {ES}", "EFE"),
    (f"(dpa) - {DE}", "dpa"),
    (f"Berlin/Brüssel (dpa) - {DE}", "dpa"),
    ("PARIS, 12 mars (AFP) - Le sommet a été reporté.", "AFP"),
    (f"Київ, 12 березня (УНІАН) — {UK}", "УНІАН"),
    # No agency's dateline: a place and a date alone, a bracket in a sentence, an unknown name.
    (f"МОСКВА, 12 марта. {RU}", None),
    (f"Los datos de Europa (EFE) muestran que {ES}", None),
    (f"МОСКВА, 12 мар — Газета. {RU}", None),
    (f"Саммит в Москве — РИА Новости. {RU}", None),
])
def test_russian_spanish_german_french_and_ukrainian_datelines_are_read(text, agency):
    assert dateline_agency(text) == agency


@pytest.mark.parametrize("quote, outlets", [
    (f"{RU[:-1]}, передает ТАСС.", {"tass"}),
    (f"{RU[:-1]}, сообщает РИА Новости.", {"ria novosti"}),
    ("Как сообщило агентство Интерфакс, саммит перенесен.", {"interfax"}),
    ("По данным Интерфакса, саммит перенесен.", {"interfax"}),
    (f"{RU[:-1]}, сообщает агентство Рейтер.", {"reuters"}),
    ("Саммит перенесен, со ссылкой на ТАСС пишет газета.", {"tass"}),
    (f"{ES[:-1]}, según informó EFE.", {"efe"}),
    (f"{ES[:-1]}, según ha informado la agencia EFE.", {"efe"}),
    (f"{ES[:-1]}, informa Europa Press.", {"europa press"}),
    (f"{DE[:-1]}, wie dpa meldete.", {"dpa"}),
    (f"{DE[:-1]}, wie die Nachrichtenagentur Reuters berichtete.", {"reuters"}),
    (f"{DE[:-1]}, berichtete die Nachrichtenagentur Reuters.", {"reuters"}),
    (f"{DE[:-1]}, meldete die Deutsche Presse-Agentur.", {"dpa"}),
    ("Unter Berufung auf dpa wurde der Gipfel verschoben.", {"dpa"}),
    ("Le sommet a été reporté, selon l'AFP.", {"afp"}),
    ("Le sommet a été reporté, rapporte l'agence Reuters.", {"reuters"}),
    (f"{UK[:-1]}, повідомляє Укрінформ.", {"ukrinform"}),
    ("За даними Укрінформу, саміт перенесли.", {"ukrinform"}),
    ("Як передає УНІАН, саміт перенесли.", {"unian"}),
    ("Саміт перенесли, з посиланням на УНІАН.", {"unian"}),
    ("Об этом передает «Интерфакс».", {"interfax"}),
    ('Об этом сообщает "Интерфакс".', {"interfax"}),
    ("Про це повідомляє кореспондент Укрінформу.", {"ukrinform"}),
    ("Про це повідомило агентство «Інтерфакс-Україна».", {"interfax-ukraine"}),
    (f"{ES[:-1]}, ha informado EFE.", {"efe"}),
    (f"{ES[:-1]}, según ha podido saber Europa Press.", {"europa press"}),
    ("Le sommet a été reporté, a rapporté l'agence de presse Reuters.", {"reuters"}),
    (f"{DE[:-1]}, wie die Deutsche Presse-Agentur erfuhr.", {"dpa"}),
    (f"{DE[:-1]}, berichtet die Agentur Reuters.", {"reuters"}),
    # Mentioned, not credited.
    ("Reuters was not allowed in.", set()),
    ("Según ha podido saber el ministerio, la cumbre se aplazó.", set()),
    ("ТАСС не смог получить комментарий.", set()),
    ("Der Gipfel wurde verschoben, wie der Minister sagte.", set()),
    ("Como informa el ministro, la cumbre se aplazó.", set()),
    ("Корреспондент ТАСС не был допущен на саммит.", set()),
])
def test_an_outlet_a_russian_spanish_german_french_or_ukrainian_quote_credits_is_read(quote, outlets):
    assert credited(quote, WIRE_AGENCIES) == outlets
