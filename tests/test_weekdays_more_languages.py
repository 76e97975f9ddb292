"""A bare weekday in any language, as in English: the one of the six days
before publication when its clause speaks of the past ("am Dienstag …
unterzeichnet", "se reunieron el martes", "во вторник встретились"), of the
six after when it speaks of the future ("se reunirán el martes"), either
when it says both or neither."""
import pytest

from briefgen.cldrdates import find_dates
from briefgen.dates import PartialDate
from briefgen.relative import find_relative, span_of

from test_relative_dates_more_languages import brief, date_messages

PUBLISHED = PartialDate(2026, 3, 11)  # a Wednesday


def weekdays(text: str, language: str) -> list[str]:
    return [span_of(m).iso() for m in find_relative(text, PUBLISHED, language) if m.window]


PAST = [
    ("de", "Deutschland und Kenia haben am Dienstag in Nairobi ein Abkommen unterzeichnet."),
    ("de", "Das am Dienstag in Nairobi unterzeichnete Migrationsabkommen"),
    ("nl", "Schoof en Prabowo hebben dinsdag in Jakarta zeven overeenkomsten ondertekend."),
    ("fr", "Les deux Premiers ministres ont coprésidé mardi à Dakar le séminaire."),
    ("es", "Los ministros se reunieron el martes en Madrid."),
    ("pt", "A Comissão Mista voltou a se reunir nesta terça-feira (10), em Brasília."),
    ("pt", "Os ministros reuniram-se na terça-feira em Lisboa."),
    ("pl", "Premierzy Polski i Litwy podpisali we wtorek w Wilnie pięć umów."),
    ("ru", "Министры встретились во вторник в Москве."),
    ("tr", "Bakanlar salı günü Ankara'da bir araya geldi."),
]


def test_a_german_present_tells_no_past():
    """"hat" and "ist" tell the present too; the past is a participle or a preterite."""
    assert weekdays("Der Minister hat am Dienstag einen Termin in Berlin.", "de") == ["2026-03-05/2026-03-17"]
    assert weekdays("In den Geschäften ist am Dienstag Ruhetag.", "de") == ["2026-03-05/2026-03-17"]
    assert weekdays("Die Minister hatten sich am Dienstag in Berlin getroffen.", "de") == ["2026-03-10"]


@pytest.mark.parametrize("language, sentence", PAST)
def test_a_weekday_told_in_the_past_is_the_one_before_publication(language, sentence):
    assert weekdays(sentence, language) == ["2026-03-10"]


@pytest.mark.parametrize("language, sentence", [
    ("es", "Los ministros se reunirán el martes en Madrid."),
    ("fr", "Les ministres se rencontreront mardi à Paris."),
    ("de", "Die Minister werden sich am Dienstag in Berlin treffen."),
    ("pt", "Os ministros vão assinar o acordo na terça-feira."),
])
def test_a_weekday_told_in_the_future_is_the_one_after(language, sentence):
    assert weekdays(sentence, language) == ["2026-03-17"]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Das Treffen am Dienstag ist in Berlin geplant."),  # "geplant": a plan, and a participle
    ("es", "La reunión del martes en Madrid."),  # neither
])
def test_a_weekday_whose_tense_is_not_read_pins_no_day(language, sentence):
    assert weekdays(sentence, language) == ["2026-03-05/2026-03-17"]


@pytest.mark.parametrize("language, sentence", PAST)
def test_a_weekday_states_the_date(make_project, language, sentence):
    assert date_messages(brief(make_project, language, sentence, "2026-03-10", published="2026-03-11")) == []


def test_english_is_unchanged(make_project):
    assert weekdays("The ministers met on Tuesday.", "en") == ["2026-03-10"]
    assert weekdays("The ministers will meet on Tuesday.", "en") == ["2026-03-17"]
    assert date_messages(brief(make_project, "en", "The ministers met on Tuesday in Paris.", "2026-03-10",
                               published="2026-03-11")) == []


@pytest.mark.parametrize("language, sentence", [
    ("en", "The ministers met on Tuesday in Paris."),
    ("de", "Die Minister haben sich am Dienstag in Berlin getroffen."),
    ("es", "Los ministros se reunieron el martes en Madrid."),
])
def test_a_weekday_that_does_not_fit_the_date_is_not_stated(make_project, language, sentence):
    assert date_messages(brief(make_project, language, sentence, "2026-03-09", published="2026-03-11")) == [
        "content/meetings.yaml:3:9: error: date 2026-03-09 of meeting 'm1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The ministers met on Tuesday, 9 March, in Paris."),
    ("de", "Die Minister haben sich am Dienstag, dem 9. März, in Berlin getroffen."),
])
def test_a_weekday_that_does_not_fit_a_stated_date_still_warns(make_project, language, sentence):
    messages = date_messages(brief(make_project, language, sentence, "2026-03-09", published="2026-03-11"))
    assert len(messages) == 1 and "contradicts itself" in messages[0] and "2026-03-09 is a Monday" in messages[0]


@pytest.mark.parametrize("language, text, year", [
    ("de", "im Vorjahr", "2025"),
    ("de", "in diesem Jahr", "2026"),
    ("pl", "w ubiegłym roku", "2025"),
    ("pl", "w bieżącym roku", "2026"),
    ("ru", "в минувшем году", "2025"),
    ("ru", "в текущем году", "2026"),
    ("ru", "в будущем году", "2027"),
    ("nl", "het afgelopen jaar", "2025"),
    ("nl", "komend jaar", "2027"),
    ("tr", "geçtiğimiz yıl", "2025"),
    ("tr", "önümüzdeki yıl", "2027"),
    ("tr", "seneye", "2027"),
    ("pt", "neste ano", "2026"),
    ("pt", "no ano que vem", "2027"),
    ("es", "el año que viene", "2027"),
])
def test_relative_years_news_writes(language, text, year):
    assert weekdays(text, language) == [year]


@pytest.mark.parametrize("language, text", [
    ("tr", "iki seneye kadar"),  # within two years
    ("de", "gegenüber dem Vorjahr"),  # a comparison
])
def test_what_is_no_relative_year_stays_none(language, text):
    assert weekdays(text, language) == []


@pytest.mark.parametrize("language, sentence, date", [
    ("ru", "Товарооборот в минувшем году вырос до 5 млрд долларов.", "2025"),
    ("pl", "W bieżącym roku rząd przeznaczy na inwestycję 2 mld zł.", "2026"),
    ("tr", "Önümüzdeki yıl ticaret hacmi artacak.", "2027"),
])
def test_a_relative_year_states_the_date(make_project, language, sentence, date):
    assert date_messages(brief(make_project, language, sentence, date, published="2026-03-11")) == []


@pytest.mark.parametrize("language, text, dates", [
    ("ru", "Стороны подписали соглашение в июне.", ["2026-06"]),
    ("ru", "в марте текущего года", ["2026-03"]),
    ("ru", "в марте прошлого года", ["2025-03"]),
    ("pl", "Umowę podpisano w czerwcu.", ["2026-06"]),
    ("pl", "w marcu ubiegłego roku", ["2025-03"]),
    ("tr", "Anlaşma haziranda imzalandı.", ["2026-06"]),
    ("tr", "Anlaşma Haziran ayında imzalandı.", ["2026-06"]),
])
def test_a_month_without_its_year_in_its_case(language, text, dates):
    assert [d.iso() for d in find_dates(text, PUBLISHED, language)] == dates


@pytest.mark.parametrize("language, text, dates", [
    ("ru", "в марте 2025 года", ["2025-03"]),
    ("pl", "w marcu 2025 r.", ["2025-03"]),
    ("tr", "5 Haziran", ["2026-06-05"]),
])
def test_a_month_with_its_year_or_day_is_read_as_before(language, text, dates):
    assert [d.iso() for d in find_dates(text, PUBLISHED, language)] == dates


@pytest.mark.parametrize("language, sentence", [
    ("ru", "Министры встретились в марте текущего года в Москве."),
    ("pl", "Ministrowie spotkali się w marcu w Warszawie."),
    ("tr", "Bakanlar martta Ankara'da bir araya geldi."),
])
def test_a_month_without_its_year_states_the_date(make_project, language, sentence):
    assert date_messages(brief(make_project, language, sentence, "2026-03", published="2026-03-11")) == []


@pytest.mark.parametrize("language, sentence, date", [
    # Chinese and Japanese verbs do not change form: the status the clause tells the event tells the side.
    ("zh", "两国外长已于星期二在北京举行会谈。", "2026-03-10"),
    ("ja", "両首脳は火曜日に東京で会談した。", "2026-03-10"),
    ("zh", "两国外长将于星期二在北京举行会谈。", "2026-03-17"),
    ("ja", "会議は火曜日に開かれる。", "2026-03-17"),
])
def test_a_weekday_in_chinese_or_japanese_takes_its_side_from_the_event_told(language, sentence, date):
    assert weekdays(sentence, language) == [date]


@pytest.mark.parametrize("language, sentence, date", [
    # The short names news writes far more often than CLDR's wide 星期二, in both scripts.
    ("zh", "两国外长已于周二在北京举行会谈。", "2026-03-10"),
    ("zh-Hant", "美國在台協會處長週二在台北舉行的座談會上說，美方重視合作。", "2026-03-10"),
    ("zh", "两国外长将于周四在北京举行会谈。", "2026-03-12"),
    ("zh", "会谈已于礼拜天举行。", "2026-03-08"),
    ("zh", "会谈已于周日举行。", "2026-03-08"),
])
def test_a_chinese_short_weekday_is_a_weekday(language, sentence, date):
    assert weekdays(sentence, language) == [date]


@pytest.mark.parametrize("sentence", ["会场四周一片寂静，会谈已举行。", "双方一周一次举行会谈。", "双方每周二举行会谈。"])
def test_a_word_ending_in_zhou_before_a_numeral_is_no_weekday(sentence):
    assert weekdays(sentence, "zh") == []


def test_a_chinese_short_weekday_states_the_date(make_project):
    sentence = "美國在台協會處長週二在台北舉行的座談會上說，美方重視合作。"
    assert date_messages(brief(make_project, "zh-Hant", sentence, "2026-03-10", published="2026-03-11")) == []


@pytest.mark.parametrize("sentence, date", [
    # A verb of saying after the weekday tells what was said, as English "said on Tuesday" does.
    ("外交部发言人周二在例行记者会上表示，中方坚决反对。", "2026-03-10"),
    ("經濟部長週二說，影響有限。", "2026-03-10"),
    ("商务部将于周二宣布新措施。", "2026-03-17"),  # to come
])
def test_a_chinese_weekday_before_a_verb_of_saying_is_the_one_before(sentence, date):
    assert weekdays(sentence, "zh") == [date]
