"""A brief in any language: its `language` setting, each source's language,
any ISO 4217 currency, and country groups the project defines."""
import json
import pytest
import re
from pathlib import Path

from briefgen import build, check, datefmt
from briefgen.dates import parse_iso

from conftest import MINI, dated_record_brief


def messages(root: Path, strict: bool = False) -> list[str]:
    return [d.format() for d in check(root, strict=strict).diagnostics.items]


def built(root: Path):
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


# MINI's sources are in English; a brief in another language says so.
ENGLISH_SOURCE = {"content/sources.yaml": MINI["content/sources.yaml"].replace(
    "publisher: Example News", "publisher: Example News\n          language: en")}


def test_the_brief_language_sets_html_lang_and_dates_on_pages(make_project):
    site = built(make_project({"briefgen.toml": '[site]\ntitle = "Foro"\nlanguage = "es"\n', **ENGLISH_SOURCE}))
    event = read(site, "events/astana-forum-2024/index.html")
    assert event.startswith('<!doctype html>\n<html lang="es">')
    # CLDR's Spanish form, at the precision the record gives (a day).
    assert '<time datetime="2024-08-09">9 ago 2024</time>' in event
    assert '<html lang="es">' in read(site, "index.html")


def test_dates_keep_their_precision_in_the_brief_language(make_project):
    forum = MINI["content/forums.yaml"].replace("date: 2024-08-09", "date: 2024-08")
    site = built(make_project({"briefgen.toml": '[site]\nlanguage = "ja"\n', "content/forums.yaml": forum, **ENGLISH_SOURCE}))
    assert '<time datetime="2024-08">2024年8月</time>' in read(site, "events/astana-forum-2024/index.html")


@pytest.mark.parametrize("language, date, shown", [
    ("fr", "2026-03-01", "1er mars 2026"),
    ("fr-CA", "2026-01-01", "1er janv. 2026"),
    ("fr", "2026-03-01/2026-03-03", "1er–3 mars 2026"),
    ("fr", "2026-02-27/2026-03-01", "27 févr.\u2009–\u20091er mars 2026"),
    ("fr", "2026-03-11", "11 mars 2026"),  # only the first day is an ordinal
    ("fr", "2026-03-21", "21 mars 2026"),
    ("fr", "2026-03-02", "2 mars 2026"),
    ("en", "2026-03-01", "1 Mar 2026"),
    ("en-US", "2026-03-01", "Mar 1, 2026"),
    ("es", "2026-03-01", "1 mar 2026"),
    ("de", "2026-03-01", "1. März 2026"),
])
def test_french_writes_the_first_of_the_month_as_an_ordinal(language, date, shown):
    assert datefmt.display(parse_iso(date), language) == shown


def test_a_french_page_dates_the_first_of_the_month_as_an_ordinal(make_project):
    sources = ENGLISH_SOURCE["content/sources.yaml"].replace("language: en", "language: en\n          published: 2024-09-01")
    site = built(make_project({"briefgen.toml": '[site]\nlanguage = "fr"\n', "content/sources.yaml": sources}))
    assert '<time datetime="2024-09-01">1er sept. 2024</time>' in read(site, "events/astana-forum-2024/index.html")


def test_the_default_language_is_english(mini):
    site = built(mini)
    event = read(site, "events/astana-forum-2024/index.html")
    assert '<html lang="en">' in event and '<time datetime="2024-08-09">9 Aug 2024</time>' in event


def test_the_search_index_is_made_in_the_brief_language(make_project):
    site = built(make_project({"briefgen.toml": '[site]\nlanguage = "es"\n', **ENGLISH_SOURCE}))
    entry = json.loads(read(site, "pagefind/pagefind-entry.json"))
    assert list(entry["languages"]) == ["es"]


def test_an_unknown_language_is_an_error_with_did_you_mean(make_project):
    root = make_project({"briefgen.toml": '[site]\nlanguage = "es-XX"\n', **ENGLISH_SOURCE})
    assert messages(root) == ["briefgen.toml:2:1: error: unknown language 'es-XX' in setting 'language'\n"
                              "    hint: did you mean 'es'? (CLDR has no 'es-XX')"]
    sources = MINI["content/sources.yaml"].replace("publisher: Example News",
                                                   "publisher: Example News\n          language: english")
    root = make_project({"content/sources.yaml": sources})
    assert messages(root) == ["content/sources.yaml:5:13: error: unknown language 'english' in 'language'\n"
                              "    hint: did you mean 'en'? (the tag, not the name)"]


@pytest.mark.parametrize("written, tag", [("es-ES", "es-ES"), ("pt-br", "pt-BR"), ("EN", "en"), ("zh-CN", "zh-CN"),
                                          ("zh-tw", "zh-TW"), ("es-419", "es-419"), ("sr-latn-rs", "sr-Latn-RS")])
def test_a_language_tag_is_taken_in_any_case_and_with_any_region_cldr_knows(make_project, written, tag):
    root = make_project({"briefgen.toml": f'[site]\nlanguage = "{written}"\n', **ENGLISH_SOURCE})
    assert [m for m in messages(root) if "error" in m] == []
    assert f'<html lang="{tag}">' in read(built(root), "index.html")


def test_a_deprecated_language_tag_is_read_as_its_current_one(make_project):
    # "in" is Indonesian's old tag: its statuses, read by the table kept for "id", and its pages' lang are id's.
    root = dated_record_brief(make_project, "in", "Forum investor nikel akan digelar pada 20 Mei 2025.", "2025-05-20",
                              kind="meeting", status="planned")
    assert [m for m in messages(root) if "status" in m] == []
    assert '<html lang="id">' in read(built(root), "index.html")


@pytest.mark.parametrize("written, tag", [("deu", "de"), ("ENG", "en"), ("sh", "sr-Latn"), ("sh-BA", "sr-Latn-BA")])
def test_an_overlong_or_deprecated_language_code_is_read_as_its_current_tag(make_project, written, tag):
    # "deu" is German's ISO 639-2 code, which BCP 47 does not take ("de" is German's); "sh" is Serbo-Croatian,
    # which CLDR reads as Serbian in Latin letters: a page says the tag a browser and a screen reader know.
    root = make_project({"briefgen.toml": f'[site]\nlanguage = "{written}"\n', **ENGLISH_SOURCE})
    assert [m for m in messages(root) if "error" in m] == []
    assert f'<html lang="{tag}">' in read(built(root), "index.html")


def test_a_source_language_in_other_case_is_the_brief_language(make_project):
    sources = ENGLISH_SOURCE["content/sources.yaml"].replace("language: en", "language: EN")
    assert sources != ENGLISH_SOURCE["content/sources.yaml"]
    site = built(make_project({"briefgen.toml": '[site]\nlanguage = "en"\n', **ENGLISH_SOURCE,
                               "content/sources.yaml": sources}))
    pages = [page.read_text(encoding="utf-8") for page in (site / "sources").glob("*/index.html")]
    assert pages and not any('lang="EN"' in page or '<div class="text" lang=' in page for page in pages)


def test_a_source_without_a_language_is_read_in_the_brief_language(make_project):
    files = {"briefgen.toml": '[site]\nlanguage = "fr"\n',
             "seeds/article.txt": "Rapport\nLe fonds atteint 1,5 milliard d’euros.\n",
             "content/sources.yaml": "- id: article\n  title: Rapport\n",
             "content/countries.yaml": "- id: fr\n  name: France\n  focus: true\n",
             "content/forums.yaml": None,
             "content/figures.yaml": """
                 - id: fonds
                   name: Fonds
                   amount: 1500000000
                   currency: EUR
                   countries: [fr]
                   claims:
                     - text: Le fonds atteint 1,5 milliard d’euros.
                       cite:
                         - source: article
                           quote: "Le fonds atteint 1,5 milliard d’euros."
                 """}
    assert messages(make_project(files), strict=True) == []
    # Declared English, "1,5" is not one and a half and "milliard" no scale.
    english = dict(files, **{"content/sources.yaml": "- id: article\n  title: Rapport\n  language: en\n"})
    [error] = messages(make_project(english, name="english"))
    assert "amount €1.5 billion of figure 'fonds' is not stated by any cited quote" in error


BRL = """
    - id: pledge
      name: Pledge
      amount: 5000000
      currency: {code}
      claims:
        - text: Brazil pledged R$ 5 million.
          cite:
            - source: article
              quote: "R$ 5 million"
    """


def test_any_iso_4217_currency_is_accepted_and_an_unknown_one_has_did_you_mean(make_project):
    seed = MINI["seeds/article.txt"] + "        Brazil pledged R$ 5 million for the port.\n"
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": BRL.replace("{code}", "BRL")})
    assert messages(root, strict=True) == []
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": BRL.replace("{code}", "BRX")})
    [error] = messages(root)
    assert error.startswith("content/figures.yaml:4:13: error: unknown currency 'BRX'\n    hint: did you mean '")
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": BRL.replace("{code}", "XYZ")})
    assert messages(root) == ["content/figures.yaml:4:13: error: unknown currency 'XYZ'\n"
                              "    hint: write an ISO 4217 code such as USD, EUR, JPY or BRL"]


@pytest.mark.parametrize("currency, sentence, quote", [
    ("INR", "India pledged 40 million rupees for the port.", "40 million rupees"),
    ("CHF", "Geneva pledged 3 million francs for the port.", "3 million francs"),
    ("GBP", "London pledged 5 million pounds for the port.", "5 million pounds"),
    ("KZT", "Astana pledged 2 billion tenge for the port.", "2 billion tenge"),
    # British spelling, as CLDR's British English writes it ("Russian roubles"), and American.
    ("RUB", "Moscow pledged 500 million roubles for the port.", "500 million roubles"),
    ("RUB", "Moscow pledged 500 million rubles for the port.", "500 million rubles"),
])
def test_a_currency_noun_several_currencies_share_is_read_as_the_records(make_project, currency, sentence, quote):
    # "rupees" names INR, PKR, LKR…: the record says which; any other currency is not stated by it.
    amount = {"INR": 40_000_000, "CHF": 3_000_000, "GBP": 5_000_000, "KZT": 2_000_000_000, "RUB": 500_000_000}[currency]
    figure = BRL.replace("5000000", str(amount)).replace("Brazil pledged R$ 5 million.", sentence).replace(
        '"R$ 5 million"', f'"{sentence.rstrip(".")}"')
    seed = MINI["seeds/article.txt"] + f"        {sentence}\n"
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": figure.replace("{code}", currency)})
    assert messages(root, strict=True) == []
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": figure.replace("{code}", "MXN")})
    assert [m.split("\n")[0] for m in messages(root)] == [
        f"content/figures.yaml:3:11: error: amount MX${quote.split(' ', 2)[0]} {quote.split(' ')[1]} of figure "
        "'pledge' is not stated by any cited quote"]


def test_a_shared_currency_noun_is_read_in_the_sources_language():
    assert [(q.amount, q.currency) for q in find_amounts("Pakistán recibió 40 millones de rupias.", "es", "PKR")] \
        == [(40_000_000, "PKR")]
    assert [q.currency for q in find_amounts("Pakistán recibió 40 millones de rupias.", "es")] == [None]
    assert [q.currency for q in find_amounts("3 Millionen Franken", "de", "CHF")] == ["CHF"]
    # A count is never taken for money: "units" names no currency the record asks for.
    assert [q.currency for q in find_amounts("5 million units", "en")] == [None]


COUNTRIES = """
    - id: kz
      name: Kazakhstan
      focus: true
      group: central-asia
    - id: jp
      name: Japan
      focus: true
      group: {group}
    """


def test_country_groups_come_from_the_project(make_project):
    # Without a list, any group is free text.
    root = make_project({"content/countries.yaml": COUNTRIES.replace("{group}", "south-america")})
    assert messages(root, strict=True) == []
    listed = '[site]\ngroups = ["central-asia", "east-asia", "south-america"]\n'
    root = make_project({"briefgen.toml": listed, "content/countries.yaml": COUNTRIES.replace("{group}", "south-america")})
    assert messages(root, strict=True) == []
    root = make_project({"briefgen.toml": listed, "content/countries.yaml": COUNTRIES.replace("{group}", "east-asa")})
    assert messages(root) == ["content/countries.yaml:8:10: error: unknown group 'east-asa' of country 'jp'\n"
                              "    hint: did you mean 'east-asia'?"]


# --- dates and amounts read in the source's language (CLDR via babel) ---------

from briefgen.cldrdates import find_dates  # noqa: E402
from briefgen.cldrtext import find_amounts  # noqa: E402
from briefgen.dates import PartialDate  # noqa: E402


@pytest.mark.parametrize("language, text, dates", [
    ("es", "Se firmó el 13 de mayo de 2026 en Madrid.", ["2026-05-13"]),
    ("es", "El acuerdo de mayo de 2026 sigue al de 2023.", ["2026-05", "2023"]),
    ("ru", "Форум прошёл 9–10 августа 2024 года в Астане.", ["2024-08-09/2024-08-10"]),
    ("ru", "В августе 2024 года", ["2024-08"]),  # the prepositional "августе", beside CLDR's forms
    ("fr", "Le sommet a eu lieu le 3 mars 2025, puis le 1er avril 2025.", ["2025-03-03", "2025-04-01"]),
    ("de", "Das Treffen fand am 3. März 2025 statt, das nächste im Juni 2025.", ["2025-03-03", "2025-06"]),
    ("ja", "首脳会議は2024年8月9日～10日に開かれた。2025年12月にも。", ["2024-08-09/2024-08-10", "2025-12"]),
    ("ar", "عقد الاجتماع في ١٥ مارس ٢٠٢٥ وفي عام ٢٠٢٤.", ["2025-03-15", "2024"]),
    ("ko", "정상회의는 2025년 12월 19일 서울에서, 다음은 2026년 3월에.", ["2025-12-19", "2026-03"]),
    ("ko", "회담은 2024년 8월 9~10일 열렸다.", ["2024-08-09/2024-08-10"]),
    ("ja", "令和7年12月19日、令和元年5月に。", ["2025-12-19", "2019-05"]),  # an era's years
    ("zh", "会议于2025年12月19号举行。", ["2025-12-19"]),
])
def test_dates_in_other_languages_keep_their_precision(language, text, dates):
    assert [d.iso() for d in find_dates(text, None, language)] == dates


@pytest.mark.parametrize("language, text, spans", [
    ("de", "vom 30. September bis 2. Oktober 2024", ["2024-09-30/2024-10-02"]),
    ("de", "vom 30. Dezember 2024 bis 2. Januar 2025", ["2024-12-30/2025-01-02"]),
    ("de", "im Zeitraum von 2021 bis 2027", ["2021/2027"]),
    ("es", "del 30 de septiembre al 2 de octubre de 2024", ["2024-09-30/2024-10-02"]),
    ("es", "de 2021 a 2027", ["2021/2027"]),
    ("fr", "du 30 septembre au 2 octobre 2024", ["2024-09-30/2024-10-02"]),
    ("ru", "с 30 сентября по 2 октября 2024 года", ["2024-09-30/2024-10-02"]),
    ("de", "vom 24. bis 27. September 2024", ["2024-09-24/2024-09-27"]),  # within a month, as before
    # Two days joined by "and": a span when they follow each other, else each day.
    ("fr", "les 3 et 4 avril 2025", ["2025-04-03/2025-04-04"]),
    ("de", "am 3. und 4. April 2025", ["2025-04-03/2025-04-04"]),
    ("es", "el 3 y 4 de abril de 2025", ["2025-04-03/2025-04-04"]),
    ("pt", "nos dias 2 e 3 de julho de 2025", ["2025-07-02/2025-07-03"]),
    ("fr", "les 3 et 5 avril 2025", ["2025-04-03", "2025-04-05"]),
])
def test_a_span_across_months_or_years_is_one_date(language, text, spans):
    assert [d.iso() for d in find_dates(text, PartialDate(2024), language)] == spans


def test_a_date_without_a_year_needs_the_publication_date():
    assert find_dates("el 13 de mayo", None, "es") == []
    assert [d.iso() for d in find_dates("el 13 de mayo", PartialDate(2026, 6), "es")] == ["2026-05-13"]
    for language, text in (("ja", "会合は12月19日に東京で開かれた。"), ("zh", "会议于12月19日举行。"),
                           ("ko", "회의는 12월 19일 열렸다.")):
        assert find_dates(text, None, language) == []
        assert [d.iso() for d in find_dates(text, PartialDate(2025, 12, 22), language)] == ["2025-12-19"]
    # The year that puts it nearest the publication date: late December, published in early January.
    assert [d.iso() for d in find_dates("am 28. Dezember in Berlin", PartialDate(2026, 1, 3), "de")] == ["2025-12-28"]
    assert [d.iso() for d in find_dates("会合は12月28日に", PartialDate(2026, 1, 3), "ja")] == ["2025-12-28"]


@pytest.mark.parametrize("language, text, month", [
    ("de", "Das Forum in Lissabon im Mai wurde abgesagt.", "2025-05"),
    ("de", "Anfang Dezember", "2024-12"),  # nearest the publication date, 20 May 2025
    ("fr", "Le sommet prévu en mai", "2025-05"),
    ("fr", "mi-juin", "2025-06"),
    ("es", "a principios de mayo", "2025-05"),
    ("it", "a maggio", "2025-05"),
    ("pt", "em maio", "2025-05"),
])
def test_a_month_named_alone_after_a_cue_is_the_nearest_one(language, text, month):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 5, 20), language)] == [month]
    assert find_dates(text, None, language) == []


@pytest.mark.parametrize("language, text, dates", [
    # The year its words say, not the nearest one's: "last May" in May is the year before's.
    ("de", "im Mai letzten Jahres", ["2024-05"]), ("fr", "en mai dernier", ["2024-05"]),
    ("es", "en mayo del año pasado", ["2024-05"]), ("it", "a maggio scorso", ["2024-05"]),
    ("fr", "Mars est une planète", []),
])
def test_a_month_moved_to_another_year_or_no_month_is_not_the_nearest_one(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 5, 20), language)] == dates


@pytest.mark.parametrize("language, text, amount, currency, qualifier", [
    ("es", "una inversión de 4.000 millones de euros", 4_000_000_000, "EUR", None),
    ("es", "más de 350 empresas", 350, None, "more-than"),
    ("es", "R$ 5 millones para el puerto", 5_000_000, "BRL", None),
    ("fr", "un fonds de 1,5 milliard d’euros", 1_500_000_000, "EUR", None),
    ("de", "1,5 Milliarden Euro für die Bahn", 1_500_000_000, "EUR", None),
    ("de", "2,5 Mrd. US-Dollar", 2_500_000_000, "USD", None),
    ("ru", "1,5 млрд рублей", 1_500_000_000, "RUB", None),
    ("ja", "5年間で3兆円の事業", 3_000_000_000_000, "JPY", None),
    ("ja", "約190億ドル", 19_000_000_000, "USD", "about"),
    ("ar", "تعهدت اليابان بتقديم 5 مليار دولار", 5_000_000_000, "USD", None),  # "dollar", as English writes it
    ("ko", "50억 달러 규모의 투자", 5_000_000_000, "USD", None),
    ("tr", "5 milyar dolar yatırım", 5_000_000_000, "USD", None),
    ("it", "5 miliardi di dollari", 5_000_000_000, "USD", None),
    ("pl", "5 mld dolarów", 5_000_000_000, "USD", None),
    ("zh-TW", "總投資額超過86億美元", 8_600_000_000, "USD", "more-than"),
    ("zh-TW", "投資逾650億美元", 65_000_000_000, "USD", "more-than"),
    ("zh-TW", "約合新台幣1000億元", 100_000_000_000, "TWD", "about"),  # a currency's name before the number
    ("zh", "最高50亿美元", 5_000_000_000, "USD", "up-to"),
    ("zh-CN", "将近40亿美元", 4_000_000_000, "USD", "nearly"),
    ("de", "knapp 42 Milliarden Euro", 42_000_000_000, "EUR", "nearly"),
    ("de", "mindestens 3 Mio. Euro", 3_000_000, "EUR", "at-least"),
    ("it", "oltre 5 miliardi di dollari", 5_000_000_000, "USD", "over"),
    ("ko", "약 50억 달러", 5_000_000_000, "USD", "about"),
    ("ja", "最大5兆円", 5_000_000_000_000, "JPY", "up-to"),
    # Compound numbers: a larger scale and then smaller ones.
    ("ja", "4兆2900億円の予算", 4_290_000_000_000, "JPY", None),
    ("ja", "約3億5000万ドル", 350_000_000, "USD", "about"),
    ("zh", "3亿5000万美元", 350_000_000, "USD", None),
    ("ko", "4조 2900억 달러", 4_290_000_000_000, "USD", None),
    # Qualifiers written after the amount.
    ("ja", "100億ドル超の投資", 10_000_000_000, "USD", "more-than"),
    ("ja", "5000億円以上", 500_000_000_000, "JPY", "at-least"),
    ("zh", "100亿美元左右", 10_000_000_000, "USD", "about"),
    # Chinese in either script, whichever the tag says: "zh" news may write Traditional characters.
    ("zh", "北方國認捐200萬美元", 2_000_000, "USD", None),
    ("zh", "總額達1.5萬億元", 1_500_000_000_000, None, None),
    ("zh-Hant", "北方国认捐200万美元", 2_000_000, "USD", None),
    ("ko", "50억 달러 이상", 5_000_000_000, "USD", "at-least"),
    ("ko", "50억 달러 이상을 투자", 5_000_000_000, "USD", "at-least"),  # a particle glued on
    # ... and after a count's counter.
    ("ja", "会合には300社以上の企業が参加した", 300, None, "at-least"),
    ("ja", "300人超が参加", 300, None, "more-than"),
    ("ja", "50カ国以上", 50, None, "at-least"),
    ("ja", "50か国以上", 50, None, "at-least"),
    ("zh", "300家以上企业", 300, None, "at-least"),
    ("ko", "300개 이상의 기업", 300, None, "at-least"),
    ("ko", "300명이상", 300, None, "at-least"),
    ("ja", "300社の企業", 300, None, None),  # a counter alone qualifies nothing
    ("ko", "300명이 참석", 300, None, None),
    ("ko", "120곳이 넘는 기업이 참가", 120, None, "more-than"),
    ("ko", "120여 개 기업", 120, None, "more-than"),
    ("ko", "120여개 기업", 120, None, "more-than"),  # the counter glued on
    ("ko", "기업 120여곳이 참가", 120, None, "more-than"),
    ("ko", "120여명이 참석", 120, None, "more-than"),
    ("ko", "200만 달러를 약속했다", 2_000_000, "USD", None),  # a particle glued to the currency
    # Arabic: its own digits and decimal sign, the plural scale word, its qualifiers.
    ("ar", "بلغت الاستثمارات ١٢٫٥ مليار دولار", 12_500_000_000, "USD", None),
    ("ar", "خصصت الحكومة 3 مليارات دولار", 3_000_000_000, "USD", None),
    ("ar", "شاركت أكثر من 400 شركة", 400, None, "more-than"),
    ("ar", "وقدمت و١٬٥٠٠ منحة", 1500, None, None),
    # Small numbers written as words, before a scale word.
    ("de", "Die EU stellt zwei Milliarden Euro bereit", 2_000_000_000, "EUR", None),
    ("de", "eine Milliarde Euro", 1_000_000_000, "EUR", None),
    ("fr", "deux milliards d’euros", 2_000_000_000, "EUR", None),
    ("es", "dos mil millones de dólares", 2_000_000_000, "USD", None),
    ("it", "tre miliardi di dollari", 3_000_000_000, "USD", None),
    ("pt", "dois bilhões de dólares", 2_000_000_000, "USD", None),
    # Negated qualifiers: at most, at least.
    ("es", "no más de 350 empresas", 350, None, "up-to"),
    ("fr", "pas moins de 350 entreprises", 350, None, "at-least"),
    ("de", "nicht mehr als 350 Firmen", 350, None, "up-to"),
    ("ru", "не более 350 компаний", 350, None, "up-to"),
])
def test_amounts_in_other_languages(language, text, amount, currency, qualifier):
    [found] = [q for q in find_amounts(text, language) if q.currency or q.qualifier or not currency]
    assert (found.amount, found.currency, found.qualifier) == (amount, currency, qualifier)


def test_a_number_written_as_a_word_is_an_amount_only_before_a_scale_word():
    assert find_amounts("zwei Unternehmen und eine Delegation", "de") == []
    assert find_amounts("deux entreprises", "fr") == []


def test_the_parts_of_a_compound_number_are_not_amounts_of_their_own():
    assert [q.amount for q in find_amounts("4兆2900億円と3億円", "ja")] == [4_290_000_000_000, 300_000_000]
    # Only a smaller scale continues a number: "3億" and "5億" are two amounts.
    assert [q.amount for q in find_amounts("3億、5億", "ja")] == [300_000_000, 500_000_000]
    assert [q.amount for q in find_amounts("3 Millionen 2 Milliarden", "de")] == [3_000_000, 2_000_000_000]


def test_indian_grouping_lakh_and_crore_are_read_whole():
    assert [(q.amount, q.currency) for q in find_amounts("a loan of ₹4,00,00,000 to farmers", "en", "INR")] \
        == [(40_000_000, "INR")]
    assert [(q.amount, q.currency) for q in find_amounts("सरकार ने 40 करोड़ रुपये दिए", "hi", "INR")] \
        == [(400_000_000, "INR")]
    assert [q.amount for q in find_amounts("1,000,000 and 12,345", "en")] == [1_000_000, 12_345]


@pytest.mark.parametrize("language, text, amount", [
    # Thousands and lakhs of crores, as Hindi and Bengali news writes large sums; "हजार" often without its nukta.
    ("hi", "लगभग 2.5 लाख करोड़ रुपये के निवेश प्रस्ताव", 2_500_000_000_000),
    ("hi", "सरकार 50 हज़ार करोड़ रुपये खर्च करेगी", 500_000_000_000),
    ("hi", "सरकार 50 हजार करोड़ रुपये खर्च करेगी", 500_000_000_000),
    ("hi", "मेले में 5 हजार लोग आए", 5_000),
    ("bn", "সরকার ৫০ হাজার কোটি টাকা ব্যয় করবে", 500_000_000_000),
    # A crore alone is as before.
    ("hi", "भारत सरकार नेपाल को ७५० करोड़ रुपये का ऋण देगी", 7_500_000_000),
])
def test_thousands_and_lakhs_of_crores_are_read_whole(language, text, amount):
    assert [q.amount for q in find_amounts(text, language)] == [amount]


def test_yuan_names_the_records_currency_of_those_called_so():
    assert [q.currency for q in find_amounts("约30亿元", "zh", "CNY")] == ["CNY"]
    assert [q.currency for q in find_amounts("約30億元", "zh-TW", "TWD")] == ["TWD"]
    assert [q.currency for q in find_amounts("约30亿元", "zh", "USD")] == [None]


def test_separators_follow_the_language():
    # "4.000" is four thousand in Spanish and German; "1,5" is one and a half.
    assert [q.amount for q in find_amounts("4.000 empresas y 1,5 millones", "es")] == [4000, 1_500_000]
    assert [q.amount for q in find_amounts("4 000 entreprises", "fr")] == [4000]
    # Numbers inside dates and bare years are not amounts.
    assert find_amounts("el 13 de mayo de 2026", "es") == []


SPANISH = {
    "briefgen.toml": '[site]\ntitle = "Cumbre UE–Mercosur"\nlanguage = "es"\ngroups = ["europa", "sudamerica"]\n',
    "seeds/cumbre.txt": "Cumbre en Asunción\nLa cumbre se celebró el 13 de mayo de 2026 en Asunción.\n"
                        "La UE anunció 4.000 millones de euros y Brasil R$ 5 millones para el puerto.\n",
    "content/sources.yaml": "- id: cumbre\n  title: Cumbre en Asunción\n",
    "content/countries.yaml": """
        - id: br
          name: Brasil
          focus: true
          group: sudamerica
        """,
    "content/summits.yaml": """
        - id: cumbre-2026
          name: Cumbre UE–Mercosur
          date: 2026-05-13
          countries: [br]
          claims:
            - text: La cumbre se celebró en Asunción.
              cite:
                - source: cumbre
                  quote: "La cumbre se celebró el 13 de mayo de 2026 en Asunción."
        """,
    "content/figures.yaml": """
        - id: ue-fondos
          name: Fondos de la UE
          amount: 4000000000
          currency: EUR
          event: cumbre-2026
          claims:
            - text: La UE anunció 4.000 millones de euros.
              cite:
                - source: cumbre
                  quote: "La UE anunció 4.000 millones de euros"
        - id: brasil-puerto
          name: Brasil para el puerto
          amount: 5000000
          currency: BRL
          countries: [br]
          claims:
            - text: Brasil anunció R$ 5 millones para el puerto.
              cite:
                - source: cumbre
                  quote: "Brasil R$ 5 millones para el puerto"
        """,
}


def test_a_brief_in_spanish_builds_with_its_dates_and_amounts_checked(make_project):
    root = make_project(SPANISH, base=None)
    result = build(root, out=root / "site", strict=True)
    assert result.ok and [d.format() for d in result.diagnostics.items] == []
    html = read(root / "site", "events/cumbre-2026/index.html")
    assert '<html lang="es">' in html and '<time datetime="2026-05-13">13 may 2026</time>' in html
    wrong = dict(SPANISH, **{"content/summits.yaml": SPANISH["content/summits.yaml"].replace("2026-05-13", "2026-05-14")})
    root = make_project(wrong, base=None, name="wrong")
    [error] = messages(root)
    assert error.startswith("content/summits.yaml:3:9: error: date 2026-05-14 of summit 'cumbre-2026' "
                            "is not stated by any cited quote\n    hint: the cited quotes give 13 May 2026")


JAPANESE = {
    "briefgen.toml": '[site]\ntitle = "予算"\nlanguage = "ja"\n',
    "seeds/yosan.txt": "予算案\n政府は4兆2900億円超の予算案を2025年12月26日に決定した。\n",
    "content/sources.yaml": "- id: yosan\n  title: 予算案\n",
    "content/countries.yaml": "- id: jp\n  name: 日本\n  focus: true\n",
    "content/figures.yaml": """
        - id: yosan-2026
          name: 予算案
          amount: 4290000000000
          currency: JPY
          qualifier: more-than
          countries: [jp]
          claims:
            - text: 政府は4兆2900億円超の予算案を決定した。
              cite:
                - source: yosan
                  quote: "4兆2900億円超の予算案"
        """,
}


def test_a_compound_amount_with_its_qualifier_after_it_is_stated_in_japanese(make_project):
    root = make_project(JAPANESE, base=None)
    assert messages(root, strict=True) == []
    wrong = dict(JAPANESE, **{"content/figures.yaml": JAPANESE["content/figures.yaml"].replace(
        "          qualifier: more-than\n", "")})
    [error] = messages(make_project(wrong, base=None, name="wrong"))
    assert "amount" in error and "4兆2900億円超" in error and "qualifier: more-than" in error


def test_a_citation_shows_the_editors_translation_beside_the_original_escaped(make_project):
    summit = SPANISH["content/summits.yaml"].replace(
        'quote: "La cumbre se celebró el 13 de mayo de 2026 en Asunción."',
        'quote: "La cumbre se celebró el 13 de mayo de 2026 en Asunción."\n'
        '                  translation: "The summit was held on 13 May 2026 in Asunción <script>alert(document.domain)</script>."')
    root = make_project(dict(SPANISH, **{"content/summits.yaml": summit}), base=None)
    result = build(root, out=root / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    assert result.ok and [d.format() for d in result.diagnostics.items] == []
    html = read(root / "site", "events/cumbre-2026/index.html")
    tooltip = re.search(r'<ul class="claims">.*?<span class="cite-quote"[^>]*>(.*?)</span></a>', html, flags=re.S).group(1)
    assert tooltip.startswith('“<q lang="es">La cumbre se celebró el 13 de mayo de 2026 en Asunción.</q>” '
                              # The label is the brief's language's; the translation the editor's.
                              '<span class="translation">(traducción: “The summit was held on 13 May 2026 in '
                              'Asunción &lt;script&gt;alert(document.domain)&lt;/script&gt;.”)</span> — <bdi>Cumbre en Asunción</bdi>, ¶2')
    assert "<script>alert" not in html
    data = json.loads(read(root / "site", "data/briefgen.json"))
    [cite] = next(r for r in data["records"] if r["id"] == "cumbre-2026")["claims"][0]["cite"]
    assert cite["translation"].startswith("The summit was held on 13 May 2026")
    # The translation is the editor's, not the source's: the permalink does not change with it.
    plain = make_project(SPANISH, base=None, name="plain")
    assert build(plain, out=plain / "site").ok
    assert re.findall(r'#q-[0-9a-f]{10}', html)[0] in read(plain / "site", "events/cumbre-2026/index.html")


ARABIC_SOURCE = {
    "seeds/tahlil.txt": "تحليل\nوقعت اليابان وكازاخستان اتفاقية للتعاون في مجال الطاقة.\n",
    "content/sources.yaml": MINI["content/sources.yaml"] + """
        - id: tahlil
          title: تحليل
          language: ar
        """,
    "content/organisations.yaml": """
        - id: energy-partners
          name: Energy partners
          claims:
            - text: Japan and Kazakhstan signed an energy cooperation agreement.
              cite:
                - source: tahlil
                  quote: "وقعت اليابان وكازاخستان اتفاقية للتعاون في مجال الطاقة."
        """,
}


def test_a_quote_and_a_source_text_written_right_to_left_say_so_in_a_left_to_right_brief(make_project):
    site = built(make_project(ARABIC_SOURCE))
    assert '<html lang="en">' in read(site, "index.html")
    page = read(site, "organisations/energy-partners/index.html")
    assert '<q lang="ar" dir="rtl">وقعت اليابان' in page
    source = read(site, "sources/tahlil/index.html")
    assert '<div class="text" lang="ar" dir="rtl">' in source
    assert '<div class="text">' in read(site, "sources/article/index.html")  # the brief's own language
    assert '<q lang="en">' in read(site, "events/astana-forum-2024/index.html")


def test_a_source_page_in_another_language_keeps_the_briefs_words_in_the_briefs_language(make_project):
    # A screen reader reads each part in its own voice: the source's title and
    # the quotes listed under it in Arabic, the claims in its margin and the
    # paragraph labels, inside the Arabic text, in English.
    source = read(built(make_project(ARABIC_SOURCE)), "sources/tahlil/index.html")
    assert '<h1 lang="ar" dir="auto">تحليل</h1>' in source
    assert '<p class="source-bar-title" lang="ar" dir="auto">تحليل</p>' in source
    assert re.search(r'<a class="pnum" href="#p-2" data-pagefind-ignore lang="en" aria-label="Paragraph 2">', source)
    assert '<aside class="cited-by" lang="en" dir="ltr" data-pagefind-ignore' in source
    assert re.search(r'¶2: “<span lang="ar" dir="rtl">وقعت اليابان', source)


def test_a_source_title_in_another_language_is_marked_so_wherever_the_brief_names_the_source(make_project):
    # The citation's tooltip, the page's references and the list of sources
    # name the source by its title, in its language; the brief's own stay unmarked.
    site = built(make_project(ARABIC_SOURCE))
    page = read(site, "organisations/energy-partners/index.html")
    assert '— <bdi lang="ar">تحليل</bdi>' in page
    assert re.search(r'<cite lang="ar" dir="auto"><a href="[^"]*">تحليل</a></cite>', page)
    assert re.search(r'<a href="tahlil/" lang="ar" dir="auto">تحليل</a>', read(site, "sources/index.html"))
    english = read(site, "events/astana-forum-2024/index.html")
    assert "<bdi>" in english and '<cite dir="auto">' in english


def test_a_brief_written_right_to_left_says_so_and_marks_what_is_written_left_to_right(make_project):
    files = {**ARABIC_SOURCE, **ENGLISH_SOURCE, "briefgen.toml": '[site]\ntitle = "موجز"\nlanguage = "ar"\n'}
    files["content/sources.yaml"] = ENGLISH_SOURCE["content/sources.yaml"] + ARABIC_SOURCE["content/sources.yaml"].split(
        "publisher: Example News\n", 1)[1]
    site = built(make_project(files))
    assert '<html lang="ar" dir="rtl">' in read(site, "index.html")
    assert '<q lang="ar">وقعت اليابان' in read(site, "organisations/energy-partners/index.html")
    assert '<q lang="en" dir="ltr">' in read(site, "events/astana-forum-2024/index.html")
    assert '<div class="text" lang="en" dir="ltr">' in read(site, "sources/article/index.html")


def test_a_right_to_left_brief_lays_its_lists_and_marks_out_from_the_right(make_project):
    """The theme's indents and rules are logical (start and end), so a brief
    in Arabic is laid out as a mirror of one in English."""
    from browser import chromium_page, serve_directory
    files = {**ARABIC_SOURCE, **ENGLISH_SOURCE, "briefgen.toml": '[site]\ntitle = "موجز"\nlanguage = "ar"\n'}
    files["content/sources.yaml"] = ENGLISH_SOURCE["content/sources.yaml"] + ARABIC_SOURCE["content/sources.yaml"].split(
        "publisher: Example News\n", 1)[1]
    sides = {}
    for direction, project in (("ltr", make_project(ARABIC_SOURCE, name="ltr")), ("rtl", make_project(files, name="rtl"))):
        site = built(project)
        with serve_directory(site) as url, chromium_page() as page:
            page.goto(url + "organisations/energy-partners/")
            sides[direction] = page.eval_on_selector(".claims", """list => {
                const style = getComputedStyle(list);
                return [style.paddingLeft, style.paddingRight];
            }""")
    assert sides["ltr"][0] != "0px" and sides["ltr"][1] == "0px"  # the indent at the start of a line
    assert sides["rtl"] == sides["ltr"][::-1]


@pytest.mark.parametrize("written, hint", [
    ("deutsch", "did you mean 'de'? (the tag, not the name)"),
    ("日本語", "did you mean 'ja'? (the tag, not the name)"),
    ("zh_TW", "did you mean 'zh-TW'? (a tag joins its parts with -)"),
    # Joined with "-" still unknown: the language its first part names.
    ("es_XX", "did you mean 'es'? (CLDR has no 'es_XX')"),
    ("und", "'und' means an undetermined language: write a BCP 47 language tag such as en, es, pt-BR or ja"),
])
def test_a_language_written_as_a_name_or_with_underscores_is_told_its_tag(make_project, written, hint):
    # The English sources say their language: the brief's is read as the one the hint names.
    root = make_project({"briefgen.toml": f'[site]\nlanguage = "{written}"\n', **ENGLISH_SOURCE})
    assert messages(root) == [f"briefgen.toml:2:1: error: unknown language '{written}' in setting 'language'\n"
                              f"    hint: {hint}"]


@pytest.mark.parametrize("written, meant", [("fr_FR", "fr-FR"), ("fr-XX", "fr"), ("français", "fr"),
                                                   ("fr_XX", "fr"), ("fr_419", "fr")])
def test_a_language_setting_cldr_does_not_know_is_read_as_the_tag_it_means(tmp_path, written, meant):
    """The setting is an error, and the rest of the check reads the brief in the language its hint names:
    read in English, the starter's faithful French claims warned 'numbers 28' ('le 28 février 2026')."""
    from briefgen.cli import main
    root = tmp_path / "brief"
    assert main(["init", str(root), "--language", "fr"]) == 0
    toml = root / "briefgen.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('language = "fr"', f'language = "{written}"'),
                    encoding="utf-8")
    [error, *rest] = [d.format() for d in check(root).diagnostics.items]
    assert error.startswith(f"briefgen.toml:5:1: error: unknown language '{written}' in setting 'language'\n"
                            f"    hint: did you mean '{meant}'?")
    assert rest == []


def test_an_interface_sentence_in_another_direction_than_the_brief_keeps_its_own(make_project):
    """A Hebrew brief with English labels (briefgen has no Hebrew ones):
    a label sentence is set left to right, its full stop at its end, not
    before "Money amounts"; an Arabic brief's own labels stay right to left."""
    from browser import chromium_page, serve_directory
    english_source = {"content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n  language: en\n",
                      "content/figures.yaml": MINI["content/figures.yaml"] + """
        - id: airport
          name: Airport pledge
          amount: 1000000000
          currency: USD
          claims:
            - text: Japan pledged $1 billion for an airport.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """}
    hebrew = make_project(english_source | {"briefgen.toml": '[site]\ntitle = "תדריך"\nlanguage = "he"\n'}, name="he")
    arabic = make_project(english_source | {"briefgen.toml": '[site]\ntitle = "موجز"\nlanguage = "ar"\n'}, name="ar")
    directions = {}
    for language, project in (("he", hebrew), ("ar", arabic)):
        site = built(project)
        with serve_directory(site) as url, chromium_page() as page:
            for path, selector in (("figures/", "figure.chart figcaption"), ("figures/", "table.figures caption"),
                                   ("timeline/", ".timeline-key"), ("", "footer.site p")):
                page.goto(url + path)
                directions[language, selector] = page.eval_on_selector(selector, "e => getComputedStyle(e).direction")
            assert page.evaluate("document.documentElement.dir") == "rtl"
    assert directions == {(language, selector): "ltr" if language == "he" else "rtl" for language, selector in directions}
