"""Amounts in Turkish capitals, Chinese, Japanese and Korean compounds,
Dutch, Polish and Portuguese, read as their words say: a scale word in any
case, thousands before a myriad ("5천만"), an upper-case ISO code and never a
word ("zal"), "mil milhões" in any Portuguese, and the qualifiers before a number."""
from decimal import Decimal

import pytest

from briefgen import check
from briefgen.cldrdates import find_dates
from briefgen.cldrtext import find_amounts
from briefgen.dates import PartialDate
from briefgen.quantities import find_quantities


def messages(root) -> list[str]:
    """What a check reports, but that the interface's own words are not translated into the brief's language."""
    return [d.format() for d in check(root).diagnostics.items if "has no labels in" not in d.message]


def figure_brief(language: str, sentence: str, amount: int, currency: str, claim: str | None = None,
                 qualifier: str | None = None) -> dict:
    """A brief in `language` whose one figure cites `sentence` of its one source, its claim `claim` (the sentence)."""
    return {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/bericht.txt": f"Bericht\n{sentence}\n",
        "content/sources.yaml": f"- id: bericht\n  title: Bericht\n  language: {language}\n",
        "content/countries.yaml": "- id: xx\n  name: Xland\n  focus: true\n",
        "content/figures.yaml": f"""
            - id: bedrag
              name: Bedrag
              amount: {amount}
              currency: {currency}
              {f"qualifier: {qualifier}" if qualifier else ""}
              countries: [xx]
              claims:
                - text: "{claim or sentence}"
                  cite:
                    - source: bericht
                      quote: "{sentence}"
            """,
    }


def read(text: str, language: str, wanted: str | None = None) -> list[tuple[Decimal, str | None, str | None]]:
    return [(q.amount, q.currency, q.qualifier) for q in find_amounts(text, language, wanted)]


# --- a word in capitals is the word ---------------------------------------------------------

@pytest.mark.parametrize("language, text, amounts", [
    # Casefolded, "İ" is "i" and a combining dot; the pattern matches it, so must the tables.
    ("tr", "Projeye 40 MİLYON dolar verildi.", [(40_000_000, "USD", None)]),
    ("tr", "YAKLAŞIK 2 MİLYAR DOLAR", [(2_000_000_000, "USD", "about")]),
    ("tr", "40 MİLYAR TÜRK LİRASI", [(40_000_000_000, "TRY", None)]),
    ("tr", "300 MİLYON TL'YE KADAR", [(300_000_000, "TRY", "up-to")]),
    ("tr", "Projeye 40 milyon dolar verildi.", [(40_000_000, "USD", None)]),
])
def test_a_turkish_capital_i_reads_as_the_word_in_capitals(language, text, amounts):
    assert read(text, language) == amounts


def test_english_words_in_turkish_capitals_are_read_too():
    found = find_quantities("APPROXİMATELY $5 BİLLİON and FİVE million dollars")
    assert [(q.amount, q.currency, q.qualifier) for q in found] == [(5_000_000_000, "USD", "about"),
                                                                   (5_000_000, "USD", None)]


def test_a_turkish_month_in_capitals_is_its_month():
    day = PartialDate(2025, 5, 15)
    assert [(d.start, d.end) for d in find_dates("15 MAYIS 2025", None, "tr")] == [(day, day)]


def test_a_turkish_amount_in_capitals_is_checked_not_an_internal_error(make_project):
    brief = figure_brief("tr", "Projeye 40 MİLYON dolar verildi.", 40_000_000, "USD")
    assert messages(make_project(brief, base=None)) == []
    wrong = figure_brief("tr", "Projeye 40 MİLYON dolar verildi.", 50_000_000, "USD")
    [error] = messages(make_project(wrong, base=None, name="wrong"))
    assert "amount $50 million of figure 'bedrag' is not stated by any cited quote" in error
    assert "40 MİLYON dolar" in error


# --- Chinese, Japanese and Korean: thousands, hundreds and tens before a myriad ---------------

@pytest.mark.parametrize("language, text, amount, currency", [
    ("ko", "5천만 달러", 50_000_000, "USD"),
    ("ko", "5천억 원", 500_000_000_000, None),
    ("ko", "2조 5천억 원", 2_500_000_000_000, None),
    ("ko", "1천500만 달러", 15_000_000, "USD"),
    ("ko", "5천5백만 달러", 55_000_000, "USD"),
    ("ko", "5억2천만 달러를 빌려주기로 했다", 520_000_000, "USD"),
    ("ko", "5억2000만 달러", 520_000_000, "USD"),
    ("ko", "5,000만 달러", 50_000_000, "USD"),
    ("ko", "5천 명이 참석", 5000, None),
    ("ko", "1만5000명이 참석", 15_000, None),
    ("zh", "5千万美元", 50_000_000, "USD"),
    ("zh", "2亿5千万美元", 250_000_000, "USD"),
    ("zh", "3百亿美元", 30_000_000_000, "USD"),
    ("zh", "5百万美元", 5_000_000, "USD"),
    ("zh-Hant", "2億5千萬美元", 250_000_000, "USD"),
    ("ja", "5千万ドル", 50_000_000, "USD"),
    ("ja", "2兆5千億円", 2_500_000_000_000, "JPY"),
    ("ja", "1万5千人", 15_000, None),
])
def test_a_cjk_amount_is_read_with_the_thousands_before_its_scale(language, text, amount, currency):
    assert read(text, language) == [(amount, currency, None)]


def test_a_cjk_compounds_parts_are_not_amounts_of_their_own():
    assert read("2조 5천억 원과 3억 원", "ko") == [(2_500_000_000_000, None, None), (300_000_000, None, None)]
    assert read("3億、5千万円", "ja") == [(300_000_000, None, None), (50_000_000, "JPY", None)]
    # Digits spaced from a myriad may be a count of their own, and are not added to it.
    assert read("1만 5000명", "ko") == [(10_000, None, None), (5000, None, None)]


def test_a_range_takes_a_cjk_scale_for_its_first_end_only_when_the_second_is_one_term(make_project):
    assert read("2천만-3천만 달러", "ko") == [(20_000_000, "USD", "at-least"), (30_000_000, "USD", "up-to")]
    assert read("2-3천만 달러", "ko") == [(20_000_000, "USD", "at-least"), (30_000_000, "USD", "up-to")]
    # "2-3천500만": whether the first is 20 million is not said.
    assert (20_000_000, "USD", "at-least") not in read("2-3천500만 달러", "ko")


def test_a_korean_figure_in_thousands_of_myriads_is_stated_and_a_claim_ten_thousand_times_more_warns(make_project):
    sentence = "수출입은행은 베트남 철도 사업에 5천만 달러를 빌려주기로 했다."
    assert messages(make_project(figure_brief("ko", sentence, 50_000_000, "USD"), base=None)) == []
    overreaching = figure_brief("ko", sentence, 50_000_000, "USD", claim=sentence.replace("5천만", "5천억"))
    assert [m for m in messages(make_project(overreaching, base=None, name="more")) if "none of its quotes" in m] == [
        "content/figures.yaml:8:13: warning: claim 1 of figure 'bedrag' states what none of its quotes does: "
        "numbers 5천억 달러\n    hint: cite a passage that states them, or keep to what the quotes say; "
        "`briefgen check --overreach` lists every unsupported word"]


@pytest.mark.parametrize("language, text, amount, currency", [
    ("ja", "１．５億ドルで取得する", 150_000_000, "USD"),
    ("ja", "１，０００億円を投じる", 100_000_000_000, "JPY"),
    ("ja", "１．５億ドル（約２２５億円）", 150_000_000, "USD"),
    ("zh", "投资１．５亿美元", 150_000_000, "USD"),
])
def test_a_full_width_decimal_or_group_sign_is_read_in_its_number(language, text, amount, currency):
    # Not the two numbers "１" and "５億ドル" either side of the sign.
    assert read(text, language)[0] == (amount, currency, None)


@pytest.mark.parametrize("text, amount", [
    ("モンゴル政府は1兆トゥグルグを投じる", 1_000_000_000_000),  # as the Japanese press spells it
    ("モンゴル政府は1兆トグログを投じる", 1_000_000_000_000),  # CLDR's noun, read as the record's currency
])
def test_the_mongolian_tugrik_is_read_in_japanese(text, amount):
    assert read(text, "ja", "MNT") == [(amount, "MNT", None)]


def test_a_figure_a_full_width_decimal_gives_is_stated_and_the_number_after_its_sign_is_not(make_project):
    sentence = "商船三井はベトナムの港湾会社の株式を約１．５億ドルで取得すると発表した。"
    assert messages(make_project(figure_brief("ja", sentence, 150_000_000, "USD", qualifier="about"),
                                 base=None)) == []
    wrong = figure_brief("ja", sentence, 500_000_000, "USD", qualifier="about", claim=sentence.replace("１．５", "５"))
    errors = [m for m in messages(make_project(wrong, base=None, name="wrong")) if "error" in m]
    assert len(errors) == 1 and "amount ~$500 million of figure 'bedrag' is not stated" in errors[0]


# --- currency codes are upper case and in use; a word is no code -------------------------------

@pytest.mark.parametrize("language, text, amounts", [
    ("nl", "België zal 800 miljoen euro bijdragen aan het eiland.", [(800_000_000, "EUR", None)]),
    ("nl", "BELGIË ZAL 800 MILJOEN EURO BIJDRAGEN", [(800_000_000, "EUR", None)]),  # the currency named after it
    ("nl", "BELGIË ZAL 800 MILJOEN BIJDRAGEN", [(800_000_000, None, None)]),  # ZAL: withdrawn in 1995
    ("it", "5 miliardi all'anno", [(5_000_000_000, None, None)]),  # "all'", not the Albanian lek
    ("es", "BRL 5 millones para el puerto", [(5_000_000, "BRL", None)]),
    ("de", "5 Millionen CHF", [(5_000_000, "CHF", None)]),
    ("de", "5 Milliarden DEM", [(5_000_000_000, "DEM", None)]),  # after the number, any ISO code
    ("en", "KZT 2 billion", [(2_000_000_000, "KZT", None)]),
])
def test_a_currency_code_is_read_as_iso_writes_it_and_a_word_is_not_one(language, text, amounts):
    assert read(text, language) == amounts


def test_a_dutch_zal_before_an_amount_in_euros_is_no_currency(make_project):
    sentence = "België zal 800 miljoen euro bijdragen aan het eiland."
    assert messages(make_project(figure_brief("nl", sentence, 800_000_000, "EUR"), base=None)) == []
    [error] = messages(make_project(figure_brief("nl", sentence, 800_000_000, "ZAL"), base=None, name="zal"))
    assert "amount ZAL 800 million of figure 'bedrag' is not stated by any cited quote" in error
    assert "in EUR: fix the currency" in error


# --- Portuguese billions, in Portugal's words and Brazil's ------------------------------------

@pytest.mark.parametrize("language", ["pt", "pt-PT", "pt-BR"])
@pytest.mark.parametrize("text, amount, currency", [
    ("O fundo terá 1,2 mil milhões de euros de capital.", 1_200_000_000, "EUR"),
    ("O banco aprovou 2,5 mil milhões de dólares em empréstimos.", 2_500_000_000, "USD"),
    ("A Petrobras prevê investir R$ 3 bilhões em eólicas.", 3_000_000_000, "BRL"),
    ("A EDP vai aplicar 4,5 milhões de euros em Viana.", 4_500_000, "EUR"),
    ("O fundo recebeu 5 mil euros.", 5000, "EUR"),
])
def test_portuguese_billions_are_read_in_any_portuguese(language, text, amount, currency):
    assert read(text, language) == [(amount, currency, None)]


def test_a_portuguese_figure_in_mil_milhoes_is_stated(make_project):
    sentence = "O fundo terá 1,2 mil milhões de euros de capital."
    assert messages(make_project(figure_brief("pt", sentence, 1_200_000_000, "EUR"), base=None)) == []
    wrong = figure_brief("pt", sentence, 1200, "EUR", claim="O fundo terá 1200 euros de capital.")
    errors = [m for m in messages(make_project(wrong, base=None, name="wrong")) if "error" in m]
    assert len(errors) == 1 and "the cited quotes state '1,2 mil milhões de euros'" in errors[0]


# --- Dutch and Polish qualifiers -------------------------------------------------------------

@pytest.mark.parametrize("language, text, amount, qualifier", [
    ("nl", "Denemarken trekt ruim 30 miljoen euro uit.", 30_000_000, "more-than"),
    ("nl", "Noorwegen trekt bijna 50 miljoen euro uit.", 50_000_000, "nearly"),
    ("nl", "Zweden trekt ongeveer 60 miljoen euro uit.", 60_000_000, "about"),
    ("nl", "Finland trekt meer dan 70 miljoen euro uit.", 70_000_000, "more-than"),
    ("nl", "Er komt zo’n 40 miljoen euro bij.", 40_000_000, "about"),
    ("nl", "Er komt tot 20 miljoen euro bij.", 20_000_000, "up-to"),
    ("nl", "Er komt minder dan 20 miljoen euro bij.", 20_000_000, "less-than"),
    ("pl", "Czechy przekażą około 40 mln euro.", 40_000_000, "about"),
    ("pl", "Litwa przeznaczy niemal 1,2 mld euro.", 1_200_000_000, "nearly"),
    ("pl", "Węgry przekazały ponad 30 mln euro.", 30_000_000, "more-than"),
    ("pl", "Łotwa przekaże co najmniej 10 mln euro.", 10_000_000, "at-least"),
    ("pl", "Estonia przekaże do 5 mln euro.", 5_000_000, "up-to"),
    ("pl", "Estonia przekaże blisko 5 mln euro.", 5_000_000, "nearly"),
    ("sv", "Sverige ger drygt 30 miljoner euro.", 30_000_000, "more-than"),
    ("cs", "Česko dá přibližně 30 milionů eur.", 30_000_000, "about"),
])
def test_dutch_and_polish_qualifiers_bound_the_amount(language, text, amount, qualifier):
    assert read(text, language) == [(amount, "EUR", qualifier)]


def test_a_dutch_or_polish_range_states_its_bounds_and_tot_or_do_before_a_date_or_year_is_none():
    assert read("van 20 tot 30 miljoen euro", "nl") == [(20_000_000, "EUR", "at-least"), (30_000_000, "EUR", "up-to")]
    assert read("z 20 do 30 mln euro", "pl") == [(20_000_000, "EUR", "at-least"), (30_000_000, "EUR", "up-to")]
    assert read("tot 15 maart 2026 en tot 2030", "nl") == []
    assert read("do 15 marca 2026 r. i do 2030 r.", "pl") == []


@pytest.mark.parametrize("language, sentence, amount, qualifier", [
    ("nl", "Denemarken trekt ruim 30 miljoen euro uit voor het project.", 30_000_000, "more-than"),
    ("pl", "Węgry przekazały ponad 30 mln euro na projekt.", 30_000_000, "more-than"),
    ("nl", "Zweden trekt ongeveer 60 miljoen euro uit voor het project.", 60_000_000, "about"),
    ("pl", "Litwa przeznaczy niemal 1,2 mld euro na odcinek graniczny.", 1_200_000_000, "nearly"),
])
def test_a_figure_states_the_qualifier_its_quote_gives(make_project, language, sentence, amount, qualifier):
    assert messages(make_project(figure_brief(language, sentence, amount, "EUR", qualifier=qualifier), base=None)) == []
    [error] = [m for m in messages(make_project(figure_brief(language, sentence, amount, "EUR"), base=None,
                                                name="exact")) if "error" in m]
    assert f"set qualifier: {qualifier}" in error


# --- Serbian in either script -------------------------------------------------------------------

@pytest.mark.parametrize("language", ["sr", "sr-Latn", "sr-Cyrl"])
@pytest.mark.parametrize("text, amount, currency, qualifier", [
    ("Vlada će uložiti više od 4,5 milijardi evra.", 4_500_000_000, "EUR", "more-than"),
    ("Влада ће уложити више од 4,5 милијарди евра.", 4_500_000_000, "EUR", "more-than"),
    ("Vlada će uložiti 300 miliona dinara.", 300_000_000, "RSD", None),
    ("Влада ће уложити 300 милиона динара.", 300_000_000, "RSD", None),
    ("Vlada će uložiti oko 4,5 mlrd. evra.", 4_500_000_000, "EUR", "about"),
])
def test_serbian_amounts_read_the_same_in_either_script_whichever_the_tag(language, text, amount, currency, qualifier):
    assert read(text, language, currency) == [(amount, currency, qualifier)]


def test_a_serbian_figure_citing_latin_letters_is_stated_with_its_bound(make_project):
    brief = figure_brief("sr", "Vlada će uložiti više od 4,5 milijardi evra.", 4_500_000_000, "EUR",
                         qualifier="more-than")
    assert [m for m in messages(make_project(brief, base=None)) if "error" in m or "bound" in m] == []
    exact = figure_brief("sr", "Vlada će uložiti više od 4,5 milijardi evra.", 4_500_000_000, "EUR")
    [error] = [m for m in messages(make_project(exact, base=None, name="exact")) if "error" in m]
    assert "set qualifier: more-than" in error


# --- English stays as it was --------------------------------------------------------------------

def test_english_amounts_read_as_before():
    found = find_quantities("More than 350 companies and about $5 billion, up to €2 million, 1 billion euros.")
    assert [(q.amount, q.currency, q.qualifier) for q in found] == [
        (350, None, "more-than"), (5_000_000_000, "USD", "about"), (2_000_000, "EUR", "up-to"),
        (1_000_000_000, "EUR", None)]
    assert read("Brazil pledged R$ 5 million and BRL 2 billion.", "en") == [(5_000_000, "BRL", None),
                                                                         (2_000_000_000, "BRL", None)]


# --- "доллар": the bare noun of CLDR's "АҚШ доллары" -----------------------------------------

@pytest.mark.parametrize("language, text, amounts", [
    ("kk", "Жапония 1 млрд доллар инвестиция салады.", [(1_000_000_000, "USD", None)]),
    # With the endings Kazakh glues to it: "worth 1 billion dollars", "to", "of".
    ("kk", "1 млрд долларлық инвестиция", [(1_000_000_000, "USD", None)]),
    ("kk", "2 млн долларға", [(2_000_000, "USD", None)]),
    ("kk", "5 млн доллардың", [(5_000_000, "USD", None)]),
    ("kk", "4,5 миллион еуродан астам", [(4_500_000, "EUR", "more-than")]),
    ("ky", "1 миллиард доллар", [(1_000_000_000, "USD", None)]),
    ("uz", "1 milliard dollar", [(1_000_000_000, "USD", None)]),
    ("uz-Cyrl", "1 миллиард доллар", [(1_000_000_000, "USD", None)]),
    # Another country's dollar, and the tenge, as CLDR names them.
    ("kk", "1 млрд Канада доллары", [(1_000_000_000, "CAD", None)]),
    ("kk", "500 млн теңге", [(500_000_000, "KZT", None)]),
])
def test_a_bare_dollar_in_a_language_cldr_names_it_only_with_its_country_is_usd(language, text, amounts):
    assert read(text, language) == amounts


def test_a_kazakh_figure_in_dollars_is_stated(make_project):
    sentence = "Жапония Қазақстанға 1 млрд доллар инвестиция салуды жоспарлап отыр."
    root = make_project(figure_brief("kk", sentence, 1_000_000_000, "USD"), base=None)
    assert [m for m in messages(root) if ": error:" in m] == []


@pytest.mark.parametrize("text, amounts", [
    # Kazakh writes a bound after the amount, in the case it governs, glued to the number, scale or currency.
    ("120-дан астам компания қатысты", [(120, None, "more-than")]),
    ("Саммитке 120-дан аса компания қатысты", [(120, None, "more-than")]),
    ("1 млрд доллардан асады", [(1_000_000_000, "USD", "more-than")]),
    ("2 млн доллардан жоғары", [(2_000_000, "USD", "over")]),
    ("1 млрд доллардан кем", [(1_000_000_000, "USD", "less-than")]),
    ("500 млн теңгеге жуық", [(500_000_000, "KZT", "nearly")]),
    ("2 млн долларға дейін", [(2_000_000, "USD", "up-to")]),
    ("2 млн доллардай қаражат", [(2_000_000, "USD", "about")]),
    ("шамамен 5 млн доллар", [(5_000_000, "USD", "about")]),
    ("кемінде 3 млрд теңге", [(3_000_000_000, "KZT", "at-least")]),
    ("ең көбі 3 млрд теңге", [(3_000_000_000, "KZT", "up-to")]),
    # Its case alone bounds nothing: "for 2 million dollars", "worth 100 million dollars".
    ("2 млн долларға станция салынады", [(2_000_000, "USD", None)]),
    ("100 млн долларлық инвестиция", [(100_000_000, "USD", None)]),
])
def test_a_kazakh_bound_is_read_after_the_case_it_governs(text, amounts):
    assert read(text, "kk") == amounts


def test_a_kazakh_figure_is_checked_against_its_bound(make_project):
    """Kazakh's bounds were not read: every Kazakh figure warned that briefgen could not tell whether its
    quote gave the amount exactly, so no Kazakh brief with a figure built with --strict."""
    sentence = "Жапония 1 млрд доллардан астам инвестиция салады."
    stated = make_project(figure_brief("kk", sentence, 1_000_000_000, "USD", qualifier="more-than"), base=None)
    assert messages(stated) == []
    exact = make_project(figure_brief("kk", "Жапония 1 млрд доллар инвестиция салады.", 1_000_000_000, "USD"),
                         base=None)
    assert messages(exact) == []
    unbounded = make_project(figure_brief("kk", sentence, 1_000_000_000, "USD"), base=None)
    assert any("1 млрд доллардан астам" in m for m in messages(unbounded)), messages(unbounded)


# --- Chinese 兆: 10^12 in either script, mega- before a unit ------------------------------------------------

@pytest.mark.parametrize("language, text, amounts", [
    ("zh", "行政院拍板未来10年投入新台币2.5兆元", [(10, None, None), (2_500_000_000_000, "TWD", None)]),
    ("zh", "日本GDP约550兆日元", [(550_000_000_000_000, "JPY", "about")]),
    ("zh-Hant", "新台幣2.5兆元", [(2_500_000_000_000, "TWD", None)]),
    ("zh", "装机容量300兆瓦", [(300, None, None)]),  # megawatts
    ("zh-Hant", "裝機容量300兆瓦", [(300, None, None)]),
])
def test_chinese_zhao_is_a_trillion_but_before_a_unit(language, text, amounts):
    assert read(text, language) == amounts


def test_a_simplified_brief_states_a_taiwan_amount_in_zhao(make_project):
    brief = figure_brief("zh", "行政院拍板未来10年投入新台币2.5兆元。", 2_500_000_000_000, "TWD")
    assert [m for m in messages(make_project(brief, base=None)) if "error" in m or "amount" in m] == []
