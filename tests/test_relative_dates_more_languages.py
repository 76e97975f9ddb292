"""Relative dates in more languages' words, with their inflections: Korean
"지난해", "내달", Arabic "العام الماضي", "مارس الماضي", Italian "lo scorso
ottobre"; Chinese "直到…才" (not until) states its date; and a quote that
gives the date an event moved from and the one it moved to does not
contradict itself."""
from pathlib import Path

import pytest

from briefgen import check
from briefgen.cldrdates import find_dates
from briefgen.dates import PartialDate
from briefgen.relative import find_relative, span_of
from conftest import dated_record_brief

REFERENCE = PartialDate(2025, 3, 14)


def brief(make_project, language: str, sentence: str, date: str, published: str = "2025-03-14",
          status: str | None = None) -> Path:
    """A brief with one source in `language` and one meeting dated `date`, citing `sentence`."""
    return dated_record_brief(make_project, language, sentence, date, published, "meeting", status)


def date_messages(root: Path) -> list[str]:
    return [d.format().split("\n")[0] for d in check(root).diagnostics.items
            if d.severity in ("error", "warning") and ("date" in d.message or "contradicts" in d.message)]


def relative_dates(text: str, language: str) -> list[str]:
    return [span_of(m).iso() for m in find_relative(text, REFERENCE, language) if m.window]


@pytest.mark.parametrize("language, text, dates", [
    # Korean: the words news writes beside CLDR's, spaced or not, with a particle glued on.
    ("ko", "양국은 지난해 협정에 서명했다", ["2024"]),
    ("ko", "양국은 지난 해에 협정에 서명했다", ["2024"]),
    ("ko", "금년 서명할 예정이다", ["2025"]),
    ("ko", "내달 서명할 예정이다", ["2025-04"]),
    ("ko", "이달 서명할 예정이다", ["2025-03"]),
    ("ko", "지난 달 서명했다", ["2025-02"]),
    ("ko", "다음달 서명할 예정이다", ["2025-04"]),
    ("ko", "작년에 서명했다", ["2024"]),
    ("ko", "올해의 목표", ["2025"]),
    # Arabic: the noun with an adjective that agrees with it, "this" before it, a glued "and" or "for the".
    ("ar", "وقعت الاتفاقية العام الماضي", ["2024"]),
    ("ar", "ستوقع الاتفاقية العام المقبل", ["2026"]),
    ("ar", "ستوقع الاتفاقية السنة المقبلة", ["2026"]),
    ("ar", "والعام القادم", ["2026"]),
    ("ar", "خلال العام الجاري", ["2025"]),
    ("ar", "هذا العام", ["2025"]),
    ("ar", "هذه السنة", ["2025"]),
    ("ar", "للعام المقبل", ["2026"]),
    ("ar", "الشهر المقبل", ["2025-04"]),
    ("ar", "الشهر الجاري", ["2025-03"]),
    ("ar", "الأسبوع المقبل", ["2025-03-17/2025-03-23"]),
    ("ar", "غدا", ["2025-03-15"]),
    # Italian and Portuguese write "last" and "next" before the noun or after it.
    ("it", "lo scorso anno", ["2024"]),
    ("it", "il prossimo anno", ["2026"]),
    ("it", "l'anno scorso", ["2024"]),  # as before
    ("it", "la scorsa settimana", ["2025-03-03/2025-03-09"]),
    ("pt", "no ano próximo", ["2026"]),
    # French and German: "l'an dernier", and the adjective declined with its noun.
    ("fr", "l'an dernier", ["2024"]),
    ("fr", "l’an prochain", ["2026"]),
    ("de", "im vergangenen Jahr", ["2024"]),
    ("de", "im kommenden Jahr", ["2026"]),
    ("de", "vergangene Woche", ["2025-03-03/2025-03-09"]),
])
def test_relative_words_are_read_with_their_inflections(language, text, dates):
    assert relative_dates(text, language) == dates


@pytest.mark.parametrize("language, text", [
    ("ko", "내년까지 서명할 예정이다"),  # by next year: a bound's particle
    ("ar", "ذا العام"),
    ("ko", "다음은 달이다"),
])
def test_what_is_no_relative_date_stays_none(language, text):
    assert relative_dates(text, language) == []


@pytest.mark.parametrize("language, text, dates", [
    # Japanese "去年" beside "昨年"; the year before last and the year, month and week after next, whose
    # words hold CLDR's "昨年", "来年", "来月" and "来週", are those and not last or next year.
    ("ja", "両国は去年協定に署名した", ["2024"]),
    ("ja", "両国は一昨年協定に署名した", ["2023"]),
    ("ja", "両国はおととし協定に署名した", ["2023"]),
    ("ja", "新空港は再来年に開業する", ["2027"]),
    ("ja", "会議は再来月に開かれる", ["2025-05"]),
    ("ja", "会議は再来週に開かれる", ["2025-03-24/2025-03-30"]),
    ("ja", "本日、両国は協定に署名した", ["2025-03-14"]),  # a press release's today
    # Chinese news's "上月" and "下月"; the week and month before last and after next hold "上周", "上个月".
    ("zh", "论坛上月在北京举行", ["2025-02"]),
    ("zh", "论坛下月举行", ["2025-04"]),
    ("zh", "论坛上上周举行", ["2025-02-24/2025-03-02"]),
    ("zh", "论坛下下周举行", ["2025-03-24/2025-03-30"]),
    ("zh", "论坛上上个月举行", ["2025-01"]),
    ("zh-Hant", "論壇上上週舉行", ["2025-02-24/2025-03-02"]),
    ("zh", "工程马上月底前完成", []),  # at once, by the end of the month: no last month
    # "昨日" and "明日" beside CLDR's "昨天" and "明天".
    ("zh", "主办方昨日发布通知", ["2025-03-13"]),
    ("zh-Hant", "經濟部長昨日表示", ["2025-03-13"]),
    ("zh", "论坛将于明日举行", ["2025-03-15"]),
])
def test_cjk_words_for_a_month_or_week_news_writes_are_read_as_such(language, text, dates):
    assert relative_dates(text, language) == dates


@pytest.mark.parametrize("language, text, dates", [
    # A month its words place in the year before, or after, the publication, with or without a day.
    ("it", "lo scorso ottobre", ["2024-10"]),
    ("it", "l'ottobre scorso", ["2024-10"]),
    ("it", "il 10 maggio scorso", ["2024-05-10"]),
    ("it", "ottobre dell'anno scorso", ["2024-10"]),
    ("it", "il prossimo ottobre", ["2025-10"]),
    ("es", "el pasado octubre", ["2024-10"]),
    ("es", "el pasado 10 de mayo", ["2024-05-10"]),
    ("es", "en octubre pasado", ["2024-10"]),
    ("es", "en febrero pasado", ["2025-02"]),
    ("fr", "en octobre dernier", ["2024-10"]),
    ("fr", "le 10 mai dernier", ["2024-05-10"]),
    ("fr", "en octobre de l'année dernière", ["2024-10"]),
    ("pt", "em outubro passado", ["2024-10"]),
    ("pt", "em outubro do ano passado", ["2024-10"]),
    ("de", "im vergangenen Oktober", ["2024-10"]),
    ("de", "im kommenden Oktober", ["2025-10"]),
    ("de", "am 10. Mai letzten Jahres", ["2024-05-10"]),
    ("ar", "في مارس الماضي", ["2024-03"]),
    ("ar", "في 20 أبريل الماضي", ["2024-04-20"]),
    ("ar", "في مايو المقبل", ["2025-05"]),
    ("ar", "في 20 أكتوبر/تشرين الأول الجاري", ["2025-10-20"]),
    ("ar", "مارس من العام الماضي", ["2024-03"]),
    # A month after a cue: the nearest one.
    ("it", "prevista per ottobre", ["2024-10"]),
    ("it", "a inizio ottobre", ["2024-10"]),
    ("ar", "في شهر مارس", ["2025-03"]),
    ("ar", "وفي مارس", ["2025-03"]),
    ("ar", "مطلع مايو", ["2025-05"]),
    ("ar", "أواخر مارس", ["2025-03"]),
    # Arabic's halves and quarters, its Levantine and Maghrebi month names, and a month named twice.
    ("ar", "النصف الثاني من عام 2026", ["2026-07/2026-12"]),
    ("ar", "الربع الأول من عام 2026", ["2026-01/2026-03"]),
    ("ar", "الربع الأول من العام الجاري", ["2025-01/2025-03"]),
    ("ar", "20 نيسان 2025", ["2025-04-20"]),
    ("ar", "في كانون الثاني 2025", ["2025-01"]),
    ("ar", "20 يونيو حزيران 2024", ["2024-06-20"]),
    ("ar", "في 20 أبريل/نيسان 2024", ["2024-04-20"]),
    ("ar", "20 ماي 2025", ["2025-05-20"]),
    # An event moved until a date is set for it, its name between the verb and "until".
    ("ar", "تقرر تأجيل القمة حتى 12 مايو 2025", ["2025-05-12"]),
    # Korean's words for last and this year, and next month, before a month or a day.
    ("ko", "지난해 5월 서명했다", ["2024-05"]),
    ("ko", "지난 해 5월 서명했다", ["2024-05"]),
    ("ko", "내달 20일 서명한다", ["2025-04-20"]),
    ("ko", "올 상반기", ["2025-01/2025-06"]),
    # Japanese's year before last and after next before a month, not last or next year's month.
    ("ja", "一昨年8月に署名した", ["2023-08"]),
    ("ja", "再来年3月に開業する", ["2027-03"]),
    ("ja", "再来月20日に開く", ["2025-05-20"]),
    ("ja", "去年12月に署名した", ["2024-12"]),
    ("zh", "论坛于上月20日举行", ["2025-02-20"]),
    ("zh", "论坛将于下月20日举行", ["2025-04-20"]),
])
def test_months_placed_by_their_words(language, text, dates):
    assert [d.iso() for d in find_dates(text, REFERENCE, language)] == dates


@pytest.mark.parametrize("language, text, dates", [
    # The word for month between last or next and the month's name: that month, in the year the words say,
    # not the nearest one, nor the month before or after publication.
    ("es", "Los ministros se reunieron el pasado mes de agosto.", ["2024-08"]),
    ("es", "La cumbre se aplazó hasta el próximo mes de diciembre.", ["2025-12"]),
    ("it", "I ministri si sono riuniti lo scorso mese di agosto.", ["2024-08"]),
    ("it", "Il vertice si terrà il prossimo mese di dicembre.", ["2025-12"]),
    ("pt", "Os ministros reuniram-se no passado mês de agosto.", ["2024-08"]),
    ("pt", "A cimeira realiza-se no próximo mês de dezembro.", ["2025-12"]),
])
def test_last_or_next_month_of_a_named_month_is_that_month(language, text, dates):
    assert [d.iso() for d in find_dates(text, REFERENCE, language)] == dates
    assert relative_dates(text, language) == []


def test_a_spanish_next_month_of_december_states_december(make_project):
    sentence = "La Reunión de Alto Nivel se celebrará el próximo mes de diciembre en Madrid."
    assert date_messages(brief(make_project, "es", sentence, "2025-12", status="planned")) == []


@pytest.mark.parametrize("language, text", [
    ("ar", "قبل نهاية مارس"),  # before the end of March: a bound
    ("ar", "بحلول 20 مايو"),
    ("it", "entro ottobre prossimo"),
    ("ar", "تستمر المحادثات حتى 12 مايو"),  # until 12 May
    ("ar", "النصف الثاني من المباراة"),  # the second half of the match
])
def test_bounds_and_halves_of_other_things_are_no_date(language, text):
    assert find_dates(text, REFERENCE, language) == []


@pytest.mark.parametrize("language, sentence, date", [
    ("ko", "양국은 지난해 어업 협정에 서명했다.", "2024"),
    ("ko", "양국은 내달 어업 협정에 서명할 예정이다.", "2025-06"),
    ("ar", "وقع البلدان الاتفاقية العام الماضي.", "2024"),
    ("ar", "عقد المنتدى في يونيو الماضي.", "2024-06"),
    ("ar", "وقع البلدان الاتفاقية في 20 نيسان 2025.", "2025-04-20"),
    ("it", "L'accordo è stato firmato lo scorso ottobre.", "2024-10"),
    ("it", "La firma è prevista per ottobre.", "2025-10"),
    ("es", "El acuerdo se firmó el pasado octubre.", "2024-10"),
    ("de", "Das Abkommen wurde im vergangenen Oktober unterzeichnet.", "2024-10"),
    ("ja", "両国は一昨年、漁業協定に署名した。", "2023"),
    ("ja", "両国は去年、漁業協定に署名した。", "2024"),
    ("zh", "两国外长昨日在北京举行会谈。", "2025-05-09"),
    ("zh-Hant", "兩國外長昨日在台北舉行會談。", "2025-05-09"),
    # "Not until": the date the event had.
    ("zh", "双方直到今年6月11日才正式签署协定。", "2025-06-11"),
    ("zh", "直到6月11日，双方才签署协定。", "2025-06-11"),
    ("ja", "両国は6月11日まで待ってようやく協定に署名した。", "2025-06-11"),
    ("ko", "양국은 6월 11일까지 협상을 이어간 끝에야 협정에 서명했다.", "2025-06-11"),
])
def test_a_date_written_so_is_stated(make_project, language, sentence, date):
    assert date_messages(brief(make_project, language, sentence, date, published="2025-05-10")) == []


@pytest.mark.parametrize("sentence, date", [
    ("両国は一昨年、漁業協定に署名した。", "2024"),  # the year before last, not last year
    ("両国は一昨年8月、漁業協定に署名した。", "2024-08"),
    ("新空港は再来年に開業する。", "2026"),  # the year after next, not next year
])
def test_a_japanese_year_before_last_or_after_next_does_not_state_last_or_next_year(make_project, sentence, date):
    assert date_messages(brief(make_project, "ja", sentence, date, published="2025-05-10")) == [
        f"content/meetings.yaml:3:9: error: date {date} of meeting 'm1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence", [
    ("zh", "该协定有效期直到2025年6月11日。"),
    ("ja", "両国は2025年6月11日までに協定に署名する。"),
    ("ko", "양국은 2025년 6월 11일까지 협정에 서명할 예정이다."),
])
def test_until_without_not_stays_a_bound(make_project, language, sentence):
    assert date_messages(brief(make_project, language, sentence, "2025-06-11", published="2025-05-10")) == [
        "content/meetings.yaml:3:9: error: date 2025-06-11 of meeting 'm1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence, date, status", [
    # The record postponed keeps the date it moved from; the quote names the new one.
    ("en", "The ministers' meeting, set for September, was postponed to January next year.", "2025-09", "postponed"),
    ("ja", "9月に開催予定だった閣僚会議は、来年1月に延期される。", "2025-09", "postponed"),
    ("en", "The talks set for March will now be held next month.", "2025-03", "postponed"),
    # The record has the new date; the quote marks the old one as the one it moved from.
    ("zh", "该协定原定于去年12月签署，后推迟至今年6月签署。", "2025-06", None),
    ("en", "The meeting was originally scheduled for last month. It will now be held on 20 May.", "2025-05-20", None),
])
def test_a_quote_giving_the_date_moved_from_and_to_does_not_contradict_itself(make_project, language, sentence,
                                                                             date, status):
    assert date_messages(brief(make_project, language, sentence, date, published="2025-05-10", status=status)) == []


def test_a_quote_that_contradicts_its_date_still_says_so(make_project):
    root = brief(make_project, "en", "The ministers met next year, on 12 May.", "2025-05-12", published="2025-05-14")
    assert date_messages(root) == [
        "content/meetings.yaml:8:18: warning: the quote contradicts itself about the date of meeting 'm1': "
        "a quote says 'next year' (2026 from the source's publication date), but the date is 2025-05-12"]


def test_a_date_of_another_verbs_clause_is_no_contradiction(make_project):
    """'will meet again next year' dates the next meeting, not this one: its own verb's clause."""
    root = brief(make_project, "en", "The ministers met on 12 May and will meet again next year.", "2025-05-12",
                 published="2025-05-14")
    assert date_messages(root) == []


@pytest.mark.parametrize("language, text, dates", [
    # Vietnamese "tới" (coming) beside CLDR's "sau"; Indonesian "pekan" (week) beside CLDR's "minggu".
    ("vi", "Hội nghị dự kiến tổ chức vào tháng tới tại Phnôm Pênh.", ["2025-04"]),
    ("vi", "Dự án sẽ khởi công vào năm tới.", ["2026"]),
    ("vi", "Hai bên sẽ gặp lại vào tuần tới.", ["2025-03-17/2025-03-23"]),
    ("id", "Pekan lalu, perwakilan konsorsium bertemu menteri di Jakarta.", ["2025-03-03/2025-03-09"]),
    ("id", "Forum itu akan digelar pekan depan di Jakarta.", ["2025-03-17/2025-03-23"]),
    ("id", "Rapat digelar pekan ini.", ["2025-03-10/2025-03-16"]),
])
def test_the_words_vietnamese_and_indonesian_news_write_for_next_and_last_are_read(language, text, dates):
    assert relative_dates(text, language) == dates


@pytest.mark.parametrize("language, text", [
    # After a number, the words of last and next count periods: five years later, in the next five years, two
    # weeks ago; not the year after publication or the week before it.
    ("vi", "Đập sẽ hoàn thành 5 năm sau."),
    ("vi", "Chính phủ sẽ đầu tư mạnh trong 5 năm tới."),
    ("vi", "Giá điện sẽ tăng trong những năm tới."),
    ("vi", "Hai bên gặp lại ba tuần sau."),
    ("id", "Rapat digelar dua pekan lalu."),
    ("id", "Perjanjian itu diteken 2 minggu lalu."),
    ("id", "Smelter itu beroperasi sejak beberapa tahun lalu."),
])
def test_a_counted_period_in_vietnamese_or_indonesian_is_no_last_or_next_one(language, text):
    assert relative_dates(text, language) == []


def test_an_indonesian_meeting_of_last_pekan_is_stated(make_project):
    sentence = "Pekan lalu, perwakilan konsorsium bertemu dengan menteri di Jakarta."
    assert date_messages(brief(make_project, "id", sentence, "2025-03-03/2025-03-09")) == []


@pytest.mark.parametrize("text, weekdays", [
    # Vietnamese writes an ordinal as a weekday: the fifth summit, the third largest, secondly.
    ("Hội nghị Thượng đỉnh lần thứ năm đã bị hoãn.", []),
    ("Việt Nam là nước xuất khẩu gạo lớn thứ ba thế giới.", []),
    ("Thứ hai, các nước cần chia sẻ số liệu.", []),
    ("Đây là năm thứ tư liên tiếp mực nước xuống thấp.", []),
    # A weekday capitalised, after a word of time, or before its date.
    ("ADB hôm thứ Ba đã phê duyệt khoản vay.", ["thứ Ba"]),
    ("Hai bên gặp nhau vào thứ năm (13/3) tại Hà Nội.", ["thứ năm"]),
    ("Sáng thứ sáu, đoàn đã đến Viêng Chăn.", ["thứ sáu"]),
])
def test_a_vietnamese_ordinal_is_no_weekday(text, weekdays):
    assert [m.text for m in find_relative(text, REFERENCE, "vi")] == weekdays


def test_the_fifth_summit_in_vietnamese_does_not_contradict_its_month(make_project):
    sentence = "Hội nghị Thượng đỉnh lần thứ năm dự kiến tổ chức vào tháng 4 năm 2025 tại Phnôm Pênh."
    assert date_messages(brief(make_project, "vi", sentence, "2025-04")) == []


@pytest.mark.parametrize("language, sentence, published, date", [
    # Vietnamese and Indonesian tell a verb's tense by a word before it: a weekday is the one before or after.
    ("vi", "ADB hôm thứ Ba đã phê duyệt khoản vay cho hạ lưu sông Mê Kông.", "2025-04-10", "2025-04-08"),
    ("vi", "Hai bên sẽ ký thỏa thuận vào thứ Sáu tại Viêng Chăn.", "2025-03-12", "2025-03-14"),
    ("id", "Menteri telah menandatangani nota kesepahaman pada Selasa.", "2025-03-13", "2025-03-11"),
])
def test_a_vietnamese_or_indonesian_weekday_takes_the_side_its_tense_word_tells(make_project, language, sentence,
                                                                                published, date):
    assert date_messages(brief(make_project, language, sentence, date, published=published)) == []
