"""Phrases of time past ("three days ago", "hace dos años", "vor einem
Jahr", "2 недели назад"): CLDR's, in the source's language, with a number in
digits or written out, counted back from the source's publication date. A
quote giving one states the date it names, and contradicts another; one
after a bound ("more than two years ago") names no one date. A weekend
("over the weekend", "am vergangenen Wochenende") is its Saturday and
Sunday: the last one, the one the source is published on, or the last or
the next as its clause's tense says."""
import pytest

from briefgen import check
from briefgen.dates import PartialDate
from briefgen.relative import find_relative, span_of
from test_overreach import eldoret, overreach_messages
from test_relative_dates_more_languages import brief, date_messages

REFERENCE = PartialDate(2025, 3, 14)  # a Friday


def counted(text: str, language: str, reference: PartialDate | None = REFERENCE) -> list[tuple[str, str | None]]:
    return [(m.text, span_of(m).iso() if m.window else None) for m in find_relative(text, reference, language)]


@pytest.mark.parametrize("language, text, found", [
    ("en", "The ministers met three days ago.", [("three days ago", "2025-03-11")]),
    ("en", "The ministers met 3 days ago.", [("3 days ago", "2025-03-11")]),
    ("en", "Two years ago, the ministers met.", [("Two years ago", "2023")]),
    ("en", "The deal was signed a year ago.", [("a year ago", "2024")]),
    ("en", "The deal was signed 18 months ago.", [("18 months ago", "2023-09")]),
    ("en", "They met two weeks ago.", [("two weeks ago", "2025-02-24/2025-03-02")]),
    ("es", "El acuerdo se firmó hace un año.", [("hace un año", "2024")]),
    ("es", "Se reunieron hace dos semanas.", [("hace dos semanas", "2025-02-24/2025-03-02")]),
    ("fr", "L'accord a été signé il y a deux ans.", [("il y a deux ans", "2023")]),
    ("fr", "Ils se sont réunis il y a 3 jours.", [("il y a 3 jours", "2025-03-11")]),
    ("de", "Das Abkommen wurde vor einem Jahr unterzeichnet.", [("vor einem Jahr", "2024")]),
    ("de", "Die Minister trafen sich vor 3 Tagen.", [("vor 3 Tagen", "2025-03-11")]),
    ("it", "L'accordo è stato firmato un anno fa.", [("un anno fa", "2024")]),
    ("pt", "O acordo foi assinado há dois anos.", [("há dois anos", "2023")]),
    ("ru", "Соглашение было подписано два года назад.", [("два года назад", "2023")]),
    ("ru", "Это было 5 лет назад.", [("5 лет назад", "2020")]),
    ("uk", "Угоду підписали 3 дні тому.", [("3 дні тому", "2025-03-11")]),
    ("pl", "Umowę podpisano dwa lata temu.", [("dwa lata temu", "2023")]),
    ("nl", "Het akkoord werd een jaar geleden getekend.", [("een jaar geleden", "2024")]),
    ("tr", "Anlaşma iki yıl önce imzalandı.", [("iki yıl önce", "2023")]),
    ("kk", "Келісімге 2 жыл бұрын қол қойылды.", [("2 жыл бұрын", "2023")]),
    ("hu", "A megállapodást 2 évvel ezelőtt írták alá.", [("2 évvel ezelőtt", "2023")]),
    # Arabic's dual is a word of its own: "two days ago".
    ("ar", "وقعت الاتفاقية قبل يومين", [("قبل يومين", "2025-03-12")]),
    ("ar", "وقعت الاتفاقية قبل 3 أيام", [("قبل 3 أيام", "2025-03-11")]),
])
def test_a_phrase_of_time_past_names_the_period_it_counts_back_to(language, text, found):
    assert counted(text, language) == found


@pytest.mark.parametrize("language, text", [
    # a bound: no one day, month or year
    ("en", "The ministers first met more than two years ago."),
    ("en", "The deal was signed nearly a year ago."),
    ("en", "The talks began some 20 years ago."),
    ("es", "El acuerdo se firmó hace más de dos años."),
    ("ru", "Соглашение было подписано более двух лет назад."),
    ("de", "Das Abkommen wurde vor knapp zwei Jahren unterzeichnet."),
    # no count, or not one of time past
    ("en", "The ministers met a few days ago."),
    ("en", "The ministers will meet in 3 days."),
    ("en", "The talks ended 3 days later."),
    ("en", "The project began 2.5 years ago."),
    ("en", "That was 1,000 days ago."),
    # Chinese, Japanese and Korean glue the number to its unit, as they write a day of the month: not read.
    ("zh", "协议于3天前签署"),
    ("ja", "3日前に署名した"),
    ("ko", "3일 전에 서명했다"),
])
def test_what_names_no_one_period_past_is_not_read(language, text):
    assert counted(text, language) == []


def test_the_period_is_unknown_where_the_publication_date_is_not_precise_enough():
    assert counted("The ministers met three days ago.", "en", PartialDate(2025, 3)) == [("three days ago", None)]
    assert counted("The deal was signed two years ago.", "en", PartialDate(2025)) == [("two years ago", "2023")]


@pytest.mark.parametrize("language, sentence, date", [
    ("en", "The ministers met in Tashkent three days ago.", "2025-03-11"),
    ("en", "The ministers met in Tashkent a year ago.", "2024"),
    ("es", "Los ministros se reunieron en Taskent hace dos años.", "2023"),
    ("ru", "Министры встретились в Ташкенте два года назад.", "2023"),
])
def test_a_quote_of_time_past_states_the_date_it_counts_back_to(make_project, language, sentence, date):
    assert date_messages(brief(make_project, language, sentence, date, published="2025-03-14")) == []


def test_another_date_than_the_one_it_counts_back_to_is_not_stated(make_project):
    root = brief(make_project, "en", "The ministers met in Tashkent three days ago.", "2025-03-12",
                 published="2025-03-14")
    assert date_messages(root) == [
        "content/meetings.yaml:3:9: error: date 2025-03-12 of meeting 'm1' is not stated by any cited quote"]


def test_a_bounded_phrase_states_no_date(make_project):
    root = brief(make_project, "en", "The ministers first met more than two years ago.", "2023", published="2025-03-14")
    assert date_messages(root) == [
        "content/meetings.yaml:3:9: error: date 2023 of meeting 'm1' is not stated by any cited quote"]


def test_a_quote_whose_time_past_contradicts_its_own_date_says_so(make_project):
    root = brief(make_project, "en", "The ministers met on 12 March, three days ago.", "2025-03-12",
                 published="2025-03-14")
    assert date_messages(root) == [
        "content/meetings.yaml:8:18: warning: the quote contradicts itself about the date of meeting 'm1': "
        "a quote says 'three days ago' (11 Mar 2025 from the source's publication date), but the date is 2025-03-12"]


def test_a_claim_may_write_out_the_date_its_quote_counts_back_to(make_project):
    root = make_project(eldoret("The ministers met in Eldoret on 16 November 2026.",
                                "The ministers met in Eldoret three days ago.", "2026-11-16"))
    assert [d for d in check(root).diagnostics.items if d.severity == "error"] == []
    assert overreach_messages(root) == []


MONDAY, FRIDAY, SUNDAY = PartialDate(2025, 3, 17), PartialDate(2025, 3, 14), PartialDate(2025, 3, 16)


@pytest.mark.parametrize("language, text, reference, found", [
    ("en", "The ministers met over the weekend.", MONDAY, "2025-03-15/2025-03-16"),
    ("en", "The ministers met over the weekend.", FRIDAY, "2025-03-08/2025-03-09"),
    ("en", "The ministers will meet over the weekend.", FRIDAY, "2025-03-15/2025-03-16"),
    ("en", "The ministers will meet at the weekend.", MONDAY, "2025-03-22/2025-03-23"),
    ("en", "The ministers met last weekend.", MONDAY, "2025-03-15/2025-03-16"),
    ("en", "The ministers met this past weekend.", FRIDAY, "2025-03-08/2025-03-09"),
    # on a weekend: "this weekend" is its own, "last weekend" the one before
    ("en", "The ministers meet this weekend.", SUNDAY, "2025-03-15/2025-03-16"),
    ("en", "The ministers met last weekend.", SUNDAY, "2025-03-08/2025-03-09"),
    ("de", "Die Minister trafen sich am vergangenen Wochenende.", FRIDAY, "2025-03-08/2025-03-09"),
    ("es", "Los ministros se reunieron el fin de semana pasado.", MONDAY, "2025-03-15/2025-03-16"),
    ("fr", "Les ministres se réuniront ce week-end.", FRIDAY, "2025-03-15/2025-03-16"),
    ("ru", "Министры встретились в прошлые выходные.", MONDAY, "2025-03-15/2025-03-16"),
])
def test_a_weekend_is_the_saturday_and_sunday_it_names(language, text, reference, found):
    assert [span for _, span in counted(text, language, reference)] == [found]


def test_a_weekend_whose_clause_tells_no_tense_names_none():
    assert counted("Talks over the weekend are a tradition.", "en", MONDAY) == [("over the weekend", None)]


def test_a_quote_whose_weekend_contradicts_its_own_date_says_so(make_project):
    root = brief(make_project, "en", "The ministers met on 12 March, over the weekend.", "2025-03-12",
                 published="2025-03-17")
    assert date_messages(root) == [
        "content/meetings.yaml:8:18: warning: the quote contradicts itself about the date of meeting 'm1': "
        "a quote says 'over the weekend' (15–16 Mar 2025 from the source's publication date), but the date is "
        "2025-03-12"]


def test_a_weekend_states_the_month_it_falls_in(make_project):
    root = brief(make_project, "en", "The ministers met in Tashkent over the weekend.", "2025-03", published="2025-03-17")
    assert date_messages(root) == []
