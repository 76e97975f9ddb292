"""Amounts read in the order CLDR writes them in the source's language: a
scale word before the number where its compact pattern puts it there
(Swahili "bilioni 4.5"), the currency's symbol in letters before the number
where its currency pattern does ("Ksh 4,500,000,000"), the currency's noun
before a scale that leads ("shilingi bilioni 4.5"), and the bidi marks CLDR
writes in Hebrew's patterns ("\u200f0 מיליון") and sources beside numbers
read as no part of a word."""
from decimal import Decimal

import pytest

from briefgen.cldrtext import find_amounts

from test_amounts_more_languages import figure_brief, messages, read

RLM = "\u200f"


@pytest.mark.parametrize("text, wanted, amounts", [
    ("Serikali itawekeza shilingi bilioni 4.5 katika mradi huo.", "KES", [(4_500_000_000, "KES", None)]),
    ("Kiasi: Ksh bilioni 4.5.", None, [(4_500_000_000, "KES", None)]),
    ("Kiasi: bilioni 4.5 Ksh.", None, [(4_500_000_000, "KES", None)]),
    ("Kiasi: Ksh 4,500,000,000.", None, [(4_500_000_000, "KES", None)]),
    ("Marekani itatoa dola milioni 35 za Marekani.", "USD", [(35_000_000, "USD", None)]),
    # The name the amount splits is read whole, whatever the record's currency: "dola … za Marekani" is USD.
    ("Marekani itatoa dola milioni 35 za Marekani.", None, [(35_000_000, "USD", None)]),
    ("Marekani itatoa dola milioni 35 za Marekani.", "CAD", [(35_000_000, "USD", None)]),
    ("Serikali itawekeza shilingi bilioni 4.5 za Tanzania.", "KES", [(4_500_000_000, "TZS", None)]),
    ("Marekani itatoa US$ milioni 35.", None, [(35_000_000, "USD", None)]),
    ("Tanzania itapokea TSh bilioni 900.", None, [(900_000_000_000, "TZS", None)]),
    # A range with the scale before its first end is that scale's at both ends, never its first end alone.
    ("Kati ya bilioni 2-3 Ksh.", None, [(2_000_000_000, "KES", "at-least"), (3_000_000_000, "KES", "up-to")]),
])
def test_a_swahili_amount_is_read_with_its_scale_and_currency_before_the_number(text, wanted, amounts):
    assert read(text, "sw", wanted) == amounts


@pytest.mark.parametrize("text, amounts", [
    ("הממשלה תשקיע 300 מיליון דולר אמריקאי.", [(300_000_000, "USD", None)]),
    (f"הממשלה תשקיע {RLM}300 מיליון דולר אמריקאי.", [(300_000_000, "USD", None)]),
    ("הממשלה תשקיע $300 מיליון.", [(300_000_000, "USD", None)]),
    ("הממשלה תשקיע 300 מיליון $.", [(300_000_000, "USD", None)]),
    ("הממשלה תשקיע 2 מיליארד שקל חדש.", [(2_000_000_000, "ILS", None)]),
    (f"הממשלה תשקיע 2{RLM} מיליארד ₪.", [(2_000_000_000, "ILS", None)]),
    ("הממשלה תשקיע 300,000,000 ₪.", [(300_000_000, "ILS", None)]),
])
def test_a_hebrew_scale_is_read_without_the_bidi_mark_cldr_writes_before_it(text, amounts):
    assert read(text, "he") == amounts


@pytest.mark.parametrize("language, text, wanted, amounts", [
    ("id", "Pemerintah akan menginvestasikan Rp 4,5 miliar.", None, [(4_500_000_000, "IDR", None)]),
    ("ms", "Kerajaan akan melabur RM4.5 bilion.", None, [(4_500_000_000, "MYR", None)]),
    ("fa", "دولت ۴٫۵ میلیارد دلار آمریکا سرمایه‌گذاری می‌کند.", None, [(4_500_000_000, "USD", None)]),
    ("el", "Η κυβέρνηση θα επενδύσει 4,5 δισεκατομμύρια δολάρια ΗΠΑ.", None, [(4_500_000_000, "USD", None)]),
    ("vi", "Chính phủ sẽ đầu tư 4,5 tỷ đô la Mỹ.", None, [(4_500_000_000, "USD", None)]),
    # Thai writes no space between words: the scale and the currency are glued on ("ล้านบาท").
    ("th", "รัฐบาลจะลงทุน 4,500 ล้านบาท", None, [(4_500_000_000, "THB", None)]),
    ("th", "รัฐบาลจะลงทุน 4.5 พันล้านบาท", None, [(4_500_000_000, "THB", None)]),
    ("th", "รัฐบาลจะลงทุน 35 ล้านดอลลาร์สหรัฐ", None, [(35_000_000, "USD", None)]),
    # CLDR's Romanian unit pattern "{0} de {1}" joins the scale and the currency with "de".
    ("ro", "Guvernul va investi 4,5 miliarde de euro.", None, [(4_500_000_000, "EUR", None)]),
    ("ro", "Guvernul va investi 4,5 miliarde de lei.", "RON", [(4_500_000_000, "RON", None)]),
    ("ro", "Guvernul va investi 4,5 miliarde de dolari americani.", None, [(4_500_000_000, "USD", None)]),
])
def test_other_languages_read_cldrs_scales_symbols_and_names(language, text, wanted, amounts):
    assert read(text, language, wanted) == amounts


@pytest.mark.parametrize("language, text, amounts", [
    ("es", "El Gobierno invertirá 4.500 millones de dólares.", [(4_500_000_000, "USD", None)]),
    ("fr", "Le gouvernement investira 4,5 milliards d'euros.", [(4_500_000_000, "EUR", None)]),
    ("de", "Die Regierung investiert 4,5 Milliarden Euro.", [(4_500_000_000, "EUR", None)]),
    # A number without a scale or a currency after a Swahili word is read as before: a year, nothing.
    ("sw", "Mkutano ulifanyika mwaka 2025.", []),
])
def test_amounts_elsewhere_read_as_before(language, text, amounts):
    assert read(text, language) == amounts


@pytest.mark.parametrize("sentence, amount, currency", [
    ("Serikali itawekeza shilingi bilioni 4.5 za Kenya.", 4_500_000_000, "KES"),
    ("Serikali itawekeza Ksh 4,500,000,000.", 4_500_000_000, "KES"),
    ("Marekani itatoa dola milioni 35 za Marekani.", 35_000_000, "USD"),
])
def test_a_swahili_figure_is_stated_by_its_quote(make_project, sentence, amount, currency):
    assert messages(make_project(figure_brief("sw", sentence, amount, currency), base=None)) == []


def test_a_swahili_figure_its_quote_does_not_state_still_fails(make_project):
    sentence = "Serikali itawekeza shilingi bilioni 4.5 za Kenya."
    wrong = figure_brief("sw", sentence, 45_000_000_000, "KES", claim="Serikali itawekeza shilingi bilioni 45 za Kenya.")
    errors = [m for m in messages(make_project(wrong, base=None)) if "error" in m]
    assert len(errors) == 1 and "the cited quotes state 'shilingi bilioni 4.5 za Kenya'" in errors[0]


def test_a_swahili_figure_in_another_countrys_dollars_is_not_stated(make_project):
    wrong = figure_brief("sw", "Marekani itatoa dola milioni 35 za Marekani.", 35_000_000, "CAD")
    errors = [m for m in messages(make_project(wrong, base=None)) if "error" in m]
    assert len(errors) == 1 and "not stated by any cited quote" in errors[0]


@pytest.mark.parametrize("sentence, amount, currency", [
    ("הממשלה תשקיע 300 מיליון דולר אמריקאי.", 300_000_000, "USD"),
    ("הממשלה תשקיע 2 מיליארד ₪.", 2_000_000_000, "ILS"),
])
def test_a_hebrew_figure_is_stated_by_its_quote(make_project, sentence, amount, currency):
    assert messages(make_project(figure_brief("he", sentence, amount, currency), base=None)) == []


def test_the_words_an_amount_is_read_from_include_a_scale_before_it():
    # A currency word that names another than the record's is no part of what the quote states; the scale is.
    [amount] = find_amounts("Serikali itawekeza shilingi bilioni 4.5 katika mradi.", "sw", "EUR")
    assert (amount.amount, amount.currency, amount.text) == (Decimal(4_500_000_000), None, "bilioni 4.5")


@pytest.mark.parametrize("language, text, wanted, amounts", [
    ("uk", "Уряд інвестує 4,5 млрд грн.", None, [(4_500_000_000, "UAH", None)]),
    ("ur", "حکومت 4.5 ارب روپے کی سرمایہ کاری کرے گی۔", "PKR", [(4_500_000_000, "PKR", None)]),
    ("ur", "حکومت 35 ملین ڈالر خرچ کرے گی۔", "USD", [(35_000_000, "USD", None)]),
    ("bn", "সরকার ৪.৫ বিলিয়ন ডলার বিনিয়োগ করবে।", "USD", [(4_500_000_000, "USD", None)]),
    ("hi", "सरकार 4.5 बिलियन डॉलर का निवेश करेगी।", "USD", [(4_500_000_000, "USD", None)]),
    # Whatever the record's currency: a quote saying yen or US dollars does not state euros.
    ("id", "Jepang meminjamkan 140 miliar yen.", "EUR", [(140_000_000_000, "JPY", None)]),
    ("id", "Korea menyiapkan 1,2 miliar dolar AS.", "EUR", [(1_200_000_000, "USD", None)]),
    ("id", "Utang mencapai 215 triliun rupiah.", None, [(215_000_000_000_000, "IDR", None)]),
    ("id", "Singapura menyiapkan 1,5 miliar dolar Singapura.", None, [(1_500_000_000, "SGD", None)]),
    ("pl", "JBIC pożyczy ponad 2 mld dol.", None, [(2_000_000_000, "USD", "more-than")]),
])
def test_the_words_news_writes_beside_cldrs_are_read(language, text, wanted, amounts):
    assert read(text, language, wanted) == amounts
