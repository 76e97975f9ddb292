"""A record's date read in more languages: a bound ("entro il 20 maggio",
"2025年5月20日前", "5월 20일까지") is not the date, while spans, halves of a
year, numeric dates and months in their locative case are."""
from pathlib import Path

import pytest

from briefgen import check
from briefgen.cldrdates import find_dates
from briefgen.dates import PartialDate
from conftest import dated_record_brief


def brief(make_project, language: str, sentence: str, date: str, published: str = "2025-03-14") -> Path:
    """A brief with one source in `language` and one agreement dated `date`, citing `sentence`."""
    return dated_record_brief(make_project, language, sentence, date, published)


def date_errors(root: Path) -> list[str]:
    return [d.format().split("\n")[0] for d in check(root).diagnostics.items
            if d.severity == "error" and "date" in d.message]


@pytest.mark.parametrize("language, sentence, date", [
    ("it", "L'accordo sulla pesca sarà firmato entro giugno.", "2025-06"),
    ("it", "L'accordo sul gas sarà firmato entro il 20 maggio 2025.", "2025-05-20"),
    ("it", "L'accordo sul grano è stato firmato prima del 10 marzo 2025.", "2025-03-10"),
    ("it", "L'intesa dovrebbe essere firmata entro la fine di marzo.", "2025-03"),
    ("zh", "双方将于2025年5月20日前签署渔业协定。", "2025-05-20"),
    ("zh", "截至2025年5月20日，双方已签署三项协定。", "2025-05-20"),
    ("ko", "양국은 2025년 5월 20일까지 어업 협정에 서명할 예정이다.", "2025-05-20"),
    ("ko", "양국은 2025년 5월 20일 이전에 서명할 예정이다.", "2025-05-20"),
    ("ja", "両国は2025年5月20日までに協定に署名する。", "2025-05-20"),
    ("es", "El acuerdo se firmará antes del 20 de mayo de 2025.", "2025-05-20"),
    ("es", "El acuerdo se firmará a más tardar el 20 de mayo de 2025.", "2025-05-20"),
    ("fr", "L'accord sera signé avant le 20 mai 2025.", "2025-05-20"),
    ("fr", "L'accord sera signé le 20 mai 2025 au plus tard.", "2025-05-20"),
    ("pt", "O acordo será assinado até 20 de maio de 2025.", "2025-05-20"),
    ("de", "Das Abkommen soll bis zum 20. Mai 2025 unterzeichnet werden.", "2025-05-20"),
    ("de", "Das Abkommen soll bis Ende Mai unterzeichnet werden.", "2025-05"),
    ("nl", "Het akkoord wordt uiterlijk 20 mei 2025 ondertekend.", "2025-05-20"),
    ("pl", "Umowa zostanie podpisana do 20 maja 2025 r.", "2025-05-20"),
    ("ru", "Соглашение будет подписано до 20 мая 2025 года.", "2025-05-20"),
    ("tr", "Anlaşma 20 Mayıs 2025'e kadar imzalanacak.", "2025-05-20"),
    ("id", "Perjanjian akan ditandatangani paling lambat 20 Mei 2025.", "2025-05-20"),
    ("id", "Perjanjian akan ditandatangani sebelum 20 Mei 2025.", "2025-05-20"),
    # By the end of a year.
    ("ru", "Соглашение будет подписано к концу 2025 года.", "2025"),
    ("tr", "Anlaşma 2025 yılı sonuna kadar imzalanacak.", "2025"),
    ("zh", "该协定有效期直至2025年底。", "2025"),
    ("ja", "両国は2025年末までに協定に署名する。", "2025"),
    ("ko", "양국은 2025년 말까지 협정에 서명할 예정이다.", "2025"),
])
def test_a_date_a_bound_limits_is_not_the_date(make_project, language, sentence, date):
    root = brief(make_project, language, sentence, date)
    assert date_errors(root) == [f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' "
                                 "is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence, date", [
    # Spans, with the words that join their ends.
    ("zh", "第四届中非经贸博览会于2025年3月20日至22日在长沙举行。", "2025-03-20/2025-03-22"),
    ("zh", "博览会于2025年3月30日至4月2日在长沙举行。", "2025-03-30/2025-04-02"),
    ("ko", "한국상품전이 2025년 4월 8일부터 10일까지 호찌민에서 열렸다.", "2025-04-08/2025-04-10"),
    ("ja", "見本市は2025年4月8日から10日まで東京で開かれた。", "2025-04-08/2025-04-10"),
    ("es", "La feria se celebró desde el 3 hasta el 5 de mayo de 2025.", "2025-05-03/2025-05-05"),
    ("pl", "Targi odbyły się od 3 do 5 maja 2025 r.", "2025-05-03/2025-05-05"),
    ("nl", "De beurs vond plaats van 3 tot 5 mei 2025.", "2025-05-03/2025-05-05"),
    ("it", "La fiera si è svolta dal 3 fino al 5 maggio 2025.", "2025-05-03/2025-05-05"),
    # Halves and quarters of a year, as the months they span.
    ("zh", "两国计划于2025年下半年签署自由贸易协定。", "2025-07/2025-12"),
    ("zh", "两国计划于2025年第一季度签署自由贸易协定。", "2025-01/2025-03"),
    ("ko", "양국은 2025년 하반기에 협정에 서명할 예정이다.", "2025-07/2025-12"),
    ("it", "L'accordo sarà firmato nella seconda metà del 2025.", "2025-07/2025-12"),
    ("it", "L'accordo sarà firmato nel primo trimestre del 2026.", "2026-01/2026-03"),
    # A month named alone, and in its locative case.
    ("it", "Il memorandum sull'energia è stato firmato ad Algeri nel mese di marzo.", "2025-03"),
    ("pl", "Forum kolejowe odbyło się w marcu 2026 r. w Poznaniu.", "2026-03"),
    # Polish: the month an event is set or moved for, and its start, middle or end, without a year.
    ("pl", "Forum zostało przełożone na kwiecień.", "2025-04"),
    ("pl", "Seminarium zaplanowane na styczeń nie odbyło się.", "2025-01"),
    ("pl", "Umowa ma zostać podpisana na początku kwietnia.", "2025-04"),
    ("pl", "Szczyt odbędzie się pod koniec maja.", "2025-05"),
    ("pl", "Rozmowy wznowiono w połowie lutego.", "2025-02"),
    ("ru", "Форум прошёл в марте 2026 года в Казани.", "2026-03"),
    # Russian too: "на" the month an event is set or moved for, and its start, middle or end.
    ("ru", "Форум перенесён на июнь.", "2025-06"),
    ("ru", "Саммит запланирован на май.", "2025-05"),
    ("ru", "Форум пройдёт в начале апреля.", "2025-04"),
    ("ru", "Встреча прошла в конце февраля.", "2025-02"),
    ("ru", "Переговоры возобновились в середине января.", "2025-01"),
    ("cs", "Fórum se konalo v březnu 2026 v Brně.", "2026-03"),
    # Numeric dates, in the order of the language's short date pattern, and as data writes them.
    ("pl", "Komisja mieszana zebrała się 18.03.2026 r. w Gdańsku.", "2026-03-18"),
    ("pl", "Umowę ramową podpisano 2026-03-19 w Gdyni.", "2026-03-19"),
    ("de", "Das Abkommen wurde am 18.03.2026 unterzeichnet.", "2026-03-18"),
    ("ko", "협정은 2025-05-20 서명됐다.", "2025-05-20"),
])
def test_a_date_written_so_is_stated(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date)) == []


@pytest.mark.parametrize("text, dates", [
    # Thai news counts years in the Buddhist era (2568 is 2025), marked with "พ.ศ." or not, in Thai digits too.
    ("เมื่อวันที่ 15 มีนาคม 2568 นายกรัฐมนตรีได้ประชุม", ["2025-03-15"]),
    ("มีผลบังคับใช้ตั้งแต่วันที่ 1 เมษายน พ.ศ. 2568", ["2025-04-01"]),
    ("วันที่ 1 เมษายน พ.ศ.2568", ["2025-04-01"]),
    ("๑๕ มีนาคม ๒๕๖๘", ["2025-03-15"]),
    ("ระหว่างวันที่ 22-23 พฤษภาคม 2568", ["2025-05-22/2025-05-23"]),
    ("ในปี 2568", ["2025"]),
    ("ใน พ.ศ. 2568", ["2025"]),
    ("15/3/2568", ["2025-03-15"]),
    # The word "month" glued to the month's name.
    ("ถูกเลื่อนออกไปเป็นเดือนมิถุนายน 2568", ["2025-06"]),
    # A year of the Common Era, marked or not, stays as written.
    ("15 มีนาคม ค.ศ. 2025", ["2025-03-15"]),
    ("ในปี 2025", ["2025"]),
    # A number of the Buddhist era's years that no month, "ปี" or era names is no year.
    ("มีผู้เข้าร่วม 2500 คน", []),
    ("ปีงบประมาณ 2568", []),
])
def test_a_thai_year_of_the_buddhist_era_is_read_as_the_common_eras(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), "th")] == dates


def test_a_thai_record_dated_as_its_buddhist_era_quote_says_is_stated(make_project):
    sentence = "การประชุมสุดยอดจัดขึ้นที่เวียงจันทน์เมื่อวันที่ 15 มีนาคม 2568"
    assert date_errors(brief(make_project, "th", sentence, "2025-03-15")) == []


@pytest.mark.parametrize("language, text, dates", [
    # A date after "to" where an event moved to is its new date; "前往" is "went to", "전국" "nationwide".
    ("zh", "部长级会议推迟至4月10日举行", ["2025-04-10"]),
    ("zh", "总理3月20日前往北京", ["2025-03-20"]),
    ("ko", "5월 20일 전국에서 열린다", ["2025-05-20"]),
    # "前三季度" is the first three quarters of the year; "前半" its first half.
    ("zh", "2025年前三季度", ["2025"]),
    ("ja", "2025年前半に", ["2025-01/2025-06"]),
    # A half alone, or a half of something else, is no date.
    ("it", "la seconda metà del mese", []),
    ("zh", "下半年", []),
    # "前总统", "前首相", "전 대통령": the former president or prime minister, after the day they act on.
    ("zh", "5月20日前总统访问北京", ["2025-05-20"]),
    ("ja", "5月20日前首相が訪れた", ["2025-05-20"]),
    ("ko", "5월 20일 전 대통령이 방문했다", ["2025-05-20"]),
    # "까지" and "まで" after a span close it.
    ("ko", "4월 8~10일까지 열린다", ["2025-04-08/2025-04-10"]),
    # Digits in the order CLDR gives the language's dates; where the month comes first, none.
    ("es", "Firmado el 03/04/2026.", ["2026-04-03"]),
    ("fil", "Nilagdaan noong 03/04/2026.", []),
    # Dates read before stay read.
    ("it", "il 20 maggio 2025", ["2025-05-20"]),
    ("de", "im Mai", ["2025-05"]),
    ("tr", "20 Mayıs 2025'te", ["2025-05-20"]),
    ("fr", "du 3 au 5 mai 2025", ["2025-05-03/2025-05-05"]),
    # A Swedish day with its ordinal's colon and last letter is that day.
    ("sv", "den 5:e maj 2025", ["2025-05-05"]),
    ("sv", "den 1:a juni", ["2025-06-01"]),
    # Indonesian: a weekday with its day and month in brackets, the year given or the publication's; a month
    # after "pada" (in), "awal" (early), "bulan" (the month of), read with its year where one follows.
    ("id", "Jakarta, Selasa (11/3/2025)", ["2025-03-11"]),
    ("id", "pada Senin (10/3) lalu", ["2025-03-10"]),
    ("id", "Jum'at (7/3)", ["2025-03-07"]),
    ("id", "dengan skor 9/3", []),  # no weekday: a score, a fraction
    ("id", "akan digelar pada Juni", ["2025-06"]),
    ("id", "pada bulan Juni 2026", ["2026-06"]),
    ("id", "sejak awal April", ["2025-04"]),
])
def test_what_is_no_bound_stays_a_date(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), language)] == dates


@pytest.mark.parametrize("language, sentence, date", [
    ("nl", "De top werd uitgesteld tot 22 april 2026, meldt ANP.", "2026-04-22"),
    ("nl", "De top is tot 22 april 2026 uitgesteld.", "2026-04-22"),
    ("es", "La cumbre fue aplazada hasta el 22 de abril de 2026.", "2026-04-22"),
    ("de", "Der Gipfel wurde bis zum 22. April 2026 verschoben.", "2026-04-22"),
    ("ru", "Саммит отложен до 22 апреля 2026 года.", "2026-04-22"),
    ("pl", "Szczyt przełożono do 22 kwietnia 2026 r.", "2026-04-22"),
    ("fr", "Le sommet a été reporté jusqu'au 22 avril 2026.", "2026-04-22"),
    ("ko", "정상회의는 2026년 4월 22일까지 연기됐다.", "2026-04-22"),
    ("en", "The summit was postponed until 22 April 2026.", "2026-04-22"),
    ("id", "KTT ditunda hingga 22 April 2026.", "2026-04-22"),
])
def test_an_event_moved_until_a_date_is_set_for_it(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date, published="2026-03-20")) == []


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Het akkoord geldt tot 22 april 2026."),
    ("es", "El plazo se amplió hasta el 22 de abril de 2026."),
    ("en", "The deadline was extended until 22 April 2026."),
    ("id", "Perjanjian itu berlaku hingga 22 April 2026."),
])
def test_a_deadline_extended_until_a_date_is_a_bound(make_project, language, sentence):
    assert len(date_errors(brief(make_project, language, sentence, "2026-04-22", published="2026-03-20"))) == 1


def test_english_bounds_are_read_as_before(make_project):
    root = brief(make_project, "en", "The fisheries deal will be signed by 20 May 2025.", "2025-05-20")
    assert len(date_errors(root)) == 1
    assert date_errors(brief(make_project, "en", "The fisheries deal was signed on 20 May 2025.", "2025-05-20")) == []


@pytest.mark.parametrize("sentence", ["The deal will be signed by the end of May 2025.",
                                      "The deal will be signed before the end of May."])
def test_an_english_bound_at_the_end_of_a_month_is_not_that_month(make_project, sentence):
    assert len(date_errors(brief(make_project, "en", sentence, "2025-05"))) == 1
    assert [d.iso() for d in find_dates("It was signed at the end of May 2025.", None, "en")] == ["2025-05"]


@pytest.mark.parametrize("language, sentence, published, date", [
    # A day written alone is of the publication's month...
    ("zh", "中非合作论坛部长级会议于29日在北京举行。", "2025-03-30", "2025-03-29"),
    ("zh", "两国外长将于29日在北京会晤。", "2025-03-14", "2025-03-29"),
    ("ko", "양국 정상은 29일 서울에서 회담을 개최한다.", "2025-03-14", "2025-03-29"),
    ("zh", "中日韩三国领导人会议于9日至10日在首尔举行。", "2025-03-11", "2025-03-09/2025-03-10"),
    # ... or of the month before, where its clause tells of the past and the day is after the publication's.
    ("ja", "29日に開かれた首脳会談で、両国は協定に署名した。", "2025-05-02", "2025-04-29"),
    ("ko", "양국은 29일 서울에서 협정에 서명했다.", "2025-05-02", "2025-04-29"),
    ("zh", "峰会已于29日在北京举行。", "2025-05-02", "2025-04-29"),
    # ... or of the month after, where it tells of the future and the day is before the publication's.
    ("zh", "两国外长将于5日在北京会晤。", "2025-03-14", "2025-04-05"),
    # ... or of the month a date before it in the quote names.
    ("zh", "博览会于2月3日开幕，于5日闭幕。", "2025-03-14", "2025-02-05"),
    ("ja", "会議は去年12月2日に始まり、4日に閉幕した。", "2025-03-14", "2024-12-04"),
    ("ko", "회의는 4월 8일 개막해 10일 폐막한다.", "2025-03-14", "2025-04-10"),
])
def test_a_day_written_alone_is_of_the_month_it_is_read_in(make_project, language, sentence, published, date):
    assert date_errors(brief(make_project, language, sentence, date, published)) == []


@pytest.mark.parametrize("language, text, dates", [
    # Not a day inside a full date read whole, nor one of a duration, a count of days or of yen.
    ("zh", "双方3月29日签署协定", ["2025-03-29"]),
    ("ko", "3월 29일 열린 회의", ["2025-03-29"]),
    ("zh", "会议为期29天", []),
    ("zh", "展览持续29日间", []),
    ("ja", "29日間の日程で", []),
    ("ko", "29일간 열린 축제", []),
    ("ko", "파업 29일째", []),
    ("ja", "滞在29日目に", []),
    ("zh", "第29日", []),
    ("zh", "价格为30日元", []),
    ("ja", "1日当たり100万バレル", []),
    # A month before it that is not a day's year alone: no month to read it in.
    ("zh", "2024年，双方于29日签署协定", ["2024"]),
    # A bound stays a bound.
    ("ko", "29일까지 서명할 예정이다", []),
])
def test_what_is_no_day_alone_is_not_read_as_one(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), language)] == dates


@pytest.mark.parametrize("language, sentence, date", [
    # A count of days ("3 days in a row", "in one day") states no day of the month: the record's date is not stated.
    ("ko", "코스피는 3일 연속 하락했다.", "2026-05-03"),
    ("ko", "회담은 3일 동안 이어졌다.", "2026-05-03"),
    ("ko", "협상은 3일 만에 재개됐다.", "2026-05-03"),
    ("ko", "최근 3일 주가가 하락했다.", "2026-05-03"),
    ("ja", "株価は2日連続で下落した。", "2026-05-02"),
    ("ja", "株価は3日続落した。", "2026-05-03"),
    ("ja", "日経平均は3日続伸した。", "2026-05-03"),
    ("ja", "会議は1日で終わった。", "2026-05-01"),
    ("ja", "交渉は3日ぶりに再開された。", "2026-05-03"),
    ("ja", "3日後に再開された。", "2026-05-03"),
    ("zh", "股市连续3日下跌。", "2026-05-03"),
    ("zh", "会议为期3日。", "2026-05-03"),
    ("zh", "谈判持续3日。", "2026-05-03"),
    ("zh", "双方将在3日内作出答复。", "2026-05-03"),
])
def test_a_count_of_days_is_no_day_of_the_month(make_project, language, sentence, date):
    assert len(date_errors(brief(make_project, language, sentence, date, "2026-05-10"))) == 1


def test_a_count_of_days_is_not_offered_as_the_quotes_date(make_project):
    root = brief(make_project, "ko", "회담은 3일 연속 이어졌고 정상회의가 열렸다.", "2026-05-08", "2026-05-10")
    [error] = [d.format() for d in check(root).diagnostics.items if d.severity == "error" and "date" in d.message]
    assert "3 May" not in error


@pytest.mark.parametrize("language, sentence, date", [
    # A day of an event stays one, beside a count of days or not.
    ("zh", "峰会已于29日在北京举行。", "2026-04-29"),
    ("zh", "股市连续3日下跌，峰会已于8日举行。", "2026-05-08"),
    ("ko", "29일 열린 회의에서 양국은 협정에 서명했다.", "2026-04-29"),
    ("ko", "정상회의는 지난 29일 열렸다.", "2026-04-29"),
    ("ko", "정상회의는 지난달 5일 열렸다.", "2026-04-05"),
    ("ko", "정상회의는 8일 열렸다. 코스피는 3일 연속 하락했다.", "2026-05-08"),
    ("ko", "양국은 29일 간담회를 열었다.", "2026-04-29"),
    ("ko", "29일 새벽 서울에서 회담이 열렸다.", "2026-04-29"),
    ("zh", "29日内地与香港签署协议。", "2026-05-29"),
    ("zh", "新华社纽约3日电 联合国大会3日通过决议。", "2026-05-03"),
    ("zh", "新华社雅加达3日电 东盟峰会3日闭幕。", "2026-05-03"),
    ("ja", "5日に開かれた首脳会談で、両国は協定に署名した。", "2026-05-05"),
    ("ja", "首脳会議は先月29日に開かれた。", "2026-04-29"),
])
def test_a_day_of_an_event_stays_read_beside_a_count_of_days(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date, "2026-05-10")) == []


@pytest.mark.parametrize("language, sentence", [
    # A span of months states the span, not its last month ("7～9月期": the July-September quarter).
    ("ja", "会議は2026年7～9月期に開かれる。"),
    ("ja", "会議は2026年7～9月に開かれる。"),
    ("ja", "会議は2026年7月～9月に開かれる。"),
    ("ja", "会議は7月から9月まで開かれる。"),
    ("zh", "会议将于2026年7至9月举行。"),
    ("zh", "会议将于2026年7月至9月举行。"),
    ("zh", "会议将于7-9月举行。"),
    ("ko", "회의는 7~9월에 열린다."),
    ("ko", "회의는 2026년 7월부터 9월까지 열린다."),
    ("en", "The meeting will be held in July–September 2026."),
    ("en", "The meeting will be held from July to September 2026."),
    ("es", "La reunión se celebrará de julio a septiembre de 2026."),
    ("es", "La reunión se celebrará en julio-septiembre de 2026."),
    ("fr", "La réunion se tiendra de juillet à septembre 2026."),
    ("de", "Das Treffen findet von Juli bis September 2026 statt."),
    ("it", "La riunione si terrà da luglio a settembre 2026."),
    ("ru", "Встреча пройдет с июля по сентябрь 2026 года."),
    # "Between" one month and another is the span from the one to the other.
    ("en", "The meeting will be held between July and September 2026."),
    ("es", "La reunión se celebrará entre julio y septiembre de 2026."),
    ("pt", "A reunião será realizada entre julho e setembro de 2026."),
    ("fr", "La réunion se tiendra entre juillet et septembre 2026."),
    ("de", "Das Treffen findet zwischen Juli und September 2026 statt."),
    ("it", "La riunione si terrà tra luglio e settembre 2026."),
    ("nl", "De vergadering vindt plaats tussen juli en september 2026."),
])
def test_a_span_of_months_states_the_span(make_project, language, sentence):
    assert date_errors(brief(make_project, language, sentence, "2026-07/2026-09", "2026-05-10")) == []
    assert date_errors(brief(make_project, language, sentence, "2026", "2026-05-10")) == []
    assert len(date_errors(brief(make_project, language, sentence, "2026-09", "2026-05-10"))) == 1


@pytest.mark.parametrize("language, text, dates", [
    # Across a year's end, and a month with its day, stay as they were read.
    ("zh", "2025年12月至2026年2月", ["2025-12/2026-02"]),
    ("ja", "12～2月", ["2025-12/2026-02"]),
    ("zh", "3月30日至4月2日", ["2026-03-30/2026-04-02"]),
    ("ko", "2026년 7월 8일", ["2026-07-08"]),
    ("zh", "2026年7月", ["2026-07"]),
    ("es", "de noviembre a febrero de 2026", ["2025-11/2026-02"]),
    ("es", "de julio de 2025 a marzo de 2026", ["2025-07/2026-03"]),
    ("es", "del 30 de septiembre al 2 de octubre de 2026", ["2026-09-30/2026-10-02"]),
    ("de", "bis September 2026", []),
    # Two months joined by "and" before their year: each month of that year, not the first of the nearest.
    ("es", "en julio y agosto de 2026", ["2026-07", "2026-08"]),
    ("fr", "en juillet et août 2026", ["2026-07", "2026-08"]),
    ("de", "im Juli und August 2026", ["2026-07", "2026-08"]),
    ("it", "a luglio e agosto 2026", ["2026-07", "2026-08"]),
    ("ru", "в июле и августе 2026 года", ["2026-07", "2026-08"]),
    ("es", "en diciembre y enero de 2026", ["2025-12", "2026-01"]),
    ("es", "en julio y en agosto", ["2025-07", "2025-08"]),
    # A fiscal year's months: which calendar year they fall in is not told. A fiscal year's end is no span.
    ("ja", "2025年度4～6月期", []),
    ("ja", "今年度1～3月期", []),
    ("zh", "2025财年7-9月", []),
    ("ja", "2025年3月期", []),
])
def test_a_span_of_months_is_read_whole(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2026, 1, 10), language)] == dates


@pytest.mark.parametrize("language, text, dates", [
    # "Between" one day and another, with their articles or "days": the span, not the last day alone.
    ("es", "entre el 9 y el 12 de agosto de 2026", ["2026-08-09/2026-08-12"]),
    ("es", "entre los días 9 y 12 de agosto de 2026", ["2026-08-09/2026-08-12"]),
    ("pt", "entre os dias 9 e 12 de agosto de 2026", ["2026-08-09/2026-08-12"]),
    ("fr", "entre le 9 et le 12 août 2026", ["2026-08-09/2026-08-12"]),
    ("it", "tra il 9 e il 12 agosto 2026", ["2026-08-09/2026-08-12"]),
    ("it", "fra l'8 e il 12 agosto 2026", ["2026-08-08/2026-08-12"]),
    ("de", "zwischen dem 9. und dem 12. August 2026", ["2026-08-09/2026-08-12"]),
    ("nl", "tussen 9 en 12 augustus 2026", ["2026-08-09/2026-08-12"]),
    ("sv", "mellan den 9 och 12 augusti 2026", ["2026-08-09/2026-08-12"]),
    ("ro", "între 9 și 12 august 2026", ["2026-08-09/2026-08-12"]),
    ("es", "entre el 30 de septiembre y el 2 de octubre de 2026", ["2026-09-30/2026-10-02"]),
    ("it", "tra il 9 agosto e il 3 settembre 2026", ["2026-08-09/2026-09-03"]),
    ("es", "entre 2020 y 2024", ["2020/2024"]),
    ("de", "zwischen 2021 und 2027", ["2021/2027"]),
    # Without "between", two days (or years) joined by "and" are each of them.
    ("es", "el 9 y el 12 de agosto de 2026", ["2026-08-09", "2026-08-12"]),
    ("fr", "les 3 et 5 avril 2026", ["2026-04-03", "2026-04-05"]),
    ("es", "el 30 de septiembre y el 2 de octubre de 2026", ["2026-09-30", "2026-10-02"]),
    ("es", "en 2020 y 2024", ["2020", "2024"]),
    ("ro", "în iulie și august 2026", ["2026-07", "2026-08"]),
    # Japanese and Chinese "both days" after two days with a comma: their span where they follow each other,
    # else each of them; with its month or alone, of the month its text names.
    ("ja", "2026年8月9、10の両日に開かれた", ["2026-08-09/2026-08-10"]),
    ("ja", "2026年8月9日、10日の両日", ["2026-08-09/2026-08-10"]),
    ("ja", "2026年8月9、11の両日", ["2026-08-09", "2026-08-11"]),
    ("ja", "2026年8月、東京で9、10両日開かれた", ["2026-08", "2026-08-09/2026-08-10"]),
    ("zh", "2026年8月9、10两日举行", ["2026-08-09/2026-08-10"]),
    ("ja", "2026年8月9、10日に", ["2026-08", "2026-08-10"]),  # no "both days": as before
])
def test_days_between_two_days_are_read_as_their_span(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2026, 1, 10), language)] == dates


@pytest.mark.parametrize("language, sentence", [
    ("es", "La cumbre se celebrará entre el 9 y el 12 de agosto de 2026 en Madrid."),
    ("fr", "Le sommet aura lieu entre le 9 et le 12 août 2026 à Paris."),
    ("de", "Der Gipfel findet zwischen dem 9. und dem 12. August 2026 in Berlin statt."),
    ("it", "Il vertice si terrà tra il 9 e il 12 agosto 2026 a Roma."),
])
def test_a_span_of_days_after_between_states_the_span(make_project, language, sentence):
    assert date_errors(brief(make_project, language, sentence, "2026-08-09/2026-08-12", "2026-05-10")) == []
    assert len(date_errors(brief(make_project, language, sentence, "2026-08-12", "2026-05-10"))) == 1


@pytest.mark.parametrize("sentence", [
    "日モンゴル投資フォーラムは8月9、10の両日、ウランバートルで開かれた。",
    "日モンゴル投資フォーラムは9、10の両日、ウランバートルで開かれた。",
])
def test_a_japanese_event_held_on_both_days_states_their_span(make_project, sentence):
    assert date_errors(brief(make_project, "ja", sentence, "2026-08-09/2026-08-10", "2026-08-11")) == []
    assert len(date_errors(brief(make_project, "ja", sentence, "2026-08-09/2026-08-11", "2026-08-11"))) == 1


@pytest.mark.parametrize("language, sentence", [
    # "까지", "まで" after a span of days written alone close it: no bound.
    ("ko", "회의는 8일부터 10일까지 열렸다."),
    ("ja", "会議は8日から10日まで開かれた。"),
])
def test_a_span_of_days_alone_closed_by_until_is_the_span(make_project, language, sentence):
    assert date_errors(brief(make_project, language, sentence, "2026-05-08/2026-05-10", "2026-05-12")) == []


def test_a_span_of_months_in_english_is_supported_by_one_in_japanese(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/source.txt": "---\ntitle: Source\npublisher: Agency\npublished: 2026-05-10\nlanguage: ja\n---\n"
                            "会議は2026年7～9月期に開かれる。\n",
        "content/agreements.yaml": """
            - id: a1
              name: Agreement
              date: 2026-07/2026-09
              claims:
                - text: "The meeting will be held in July–September 2026."
                  cite:
                    - source: source
                      quote: "会議は2026年7～9月期に開かれる。"
            """,
    }, base=None)
    assert [d.message for d in check(root).diagnostics.items] == []


def test_a_day_alone_is_not_read_without_a_publication_date():
    assert find_dates("峰会于29日在北京举行。", None, "zh") == []


@pytest.mark.parametrize("language, sentence, date", [
    # A half or a quarter "of the year" is the publication's, as English reads "the second half of the year".
    ("ru", "Соглашение будет подписано во второй половине года.", "2025-07/2025-12"),
    ("ru", "Соглашение будет подписано в первой половине года.", "2025-01/2025-06"),
    ("pl", "Umowa zostanie podpisana w drugiej połowie roku.", "2025-07/2025-12"),
    ("nl", "Het akkoord wordt in de tweede helft van het jaar ondertekend.", "2025-07/2025-12"),
    ("tr", "Anlaşma yılın ikinci yarısında imzalanacak.", "2025-07/2025-12"),
    ("de", "Das Abkommen soll in der zweiten Jahreshälfte unterzeichnet werden.", "2025-07/2025-12"),
    ("de", "Das Abkommen soll in der zweiten Hälfte des Jahres unterzeichnet werden.", "2025-07/2025-12"),
    ("es", "El acuerdo se firmará en la segunda mitad del año.", "2025-07/2025-12"),
    ("it", "L'accordo sarà firmato nella seconda metà dell'anno.", "2025-07/2025-12"),
    ("pt", "O acordo será assinado no segundo semestre do ano.", "2025-07/2025-12"),
    ("pt", "O acordo será assinado na segunda metade do ano.", "2025-07/2025-12"),
    ("fr", "L'accord sera signé au second semestre de l'année.", "2025-07/2025-12"),
    ("fr", "L'accord sera signé dans la seconde moitié de l'année.", "2025-07/2025-12"),
    ("ar", "سيتم توقيع الاتفاق في النصف الثاني من العام.", "2025-07/2025-12"),
    # With its year, that year's; with words that place it, the year they say.
    ("ru", "Соглашение будет подписано во второй половине 2025 года.", "2025-07/2025-12"),
    ("ru", "Соглашение будет подписано в третьем квартале 2025 года.", "2025-07/2025-09"),
    ("ru", "Соглашение было подписано в третьем квартале прошлого года.", "2024-07/2024-09"),
    ("pl", "Umowa zostanie podpisana w drugiej połowie 2025 r.", "2025-07/2025-12"),
    ("pl", "Umowę podpisano w I kwartale ubiegłego roku.", "2024-01/2024-03"),
    ("ru", "Соглашение было подписано во 2-м полугодии прошлого года.", "2024-07/2024-12"),
    ("nl", "Het akkoord wordt in de tweede helft van 2025 ondertekend.", "2025-07/2025-12"),
    ("tr", "Anlaşma 2025'in ikinci yarısında imzalanacak.", "2025-07/2025-12"),
    ("tr", "Anlaşma geçen yılın son çeyreğinde imzalandı.", "2024-10/2024-12"),
    ("es", "El acuerdo se firmará en el segundo semestre de este año.", "2025-07/2025-12"),
])
def test_a_part_of_the_year_is_stated(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date)) == []


@pytest.mark.parametrize("language, sentence, date", [
    ("ru", "Соглашение будет подписано в первой половине года.", "2025-07/2025-12"),
    ("pl", "Umowa zostanie podpisana w pierwszej połowie roku.", "2025-07/2025-12"),
    ("tr", "Anlaşma yılın ilk yarısında imzalanacak.", "2025-07/2025-12"),
    ("es", "El acuerdo se firmará en la primera mitad del año.", "2025-07/2025-12"),
    # A month inside the half is more than the half says.
    ("ru", "Соглашение будет подписано во второй половине года.", "2025-10"),
])
def test_a_date_in_another_part_of_the_year_is_not_stated(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date)) == [
        f"content/agreements.yaml:3:9: error: date {date} of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, text, dates", [
    # A half-year's word alone is the nearest one, as Spanish "el segundo semestre" and German "im zweiten
    # Halbjahr" are read; a quarter too.
    ("ru", "во втором полугодии", ["2024-07/2024-12"]),
    ("pl", "w pierwszym półroczu", ["2025-01/2025-06"]),
    ("ru", "в третьем квартале", ["2025-07/2025-09"]),
    ("nl", "in het eerste halfjaar", ["2025-01/2025-06"]),
    ("de", "im zweiten Halbjahr", ["2024-07/2024-12"]),
    ("zh", "下半年", []),
    # A half of anything else, or of a year that is no calendar one, is no date.
    ("ru", "во второй половине дня", []),
    ("pl", "w drugiej połowie meczu", []),
    ("nl", "in de tweede helft van de wedstrijd", []),
    ("tr", "maçın ikinci yarısında", []),
    ("de", "in der zweiten Hälfte", []),
    ("es", "el segundo semestre del año fiscal", []),
    ("pl", "w trzecim kwartale roku obrotowego", []),
    ("tr", "mali yılın ikinci yarısında", []),
    ("ar", "النصف الثاني من العام المالي", []),
    # "i" is Polish "and", not a Roman one.
    ("pl", "w drugim i kwartale", []),
])
def test_a_part_of_a_year_alone_or_of_something_else(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), language)] == dates


@pytest.mark.parametrize("language, text", [
    ("ru", "во второй половине года"), ("tr", "yılın ikinci yarısında"), ("es", "en la segunda mitad del año"),
    ("ar", "النصف الثاني من العام"),
])
def test_a_part_of_the_year_is_not_read_without_a_publication_date(language, text):
    assert find_dates(text, None, language) == []


@pytest.mark.parametrize("language, sentence", [
    # The start, middle or end of the year: the publication's year, no month, as "late this year" is read.
    ("ru", "Соглашение будет подписано в конце года."),
    ("ru", "Соглашение было подписано в начале года."),
    ("pl", "Umowa zostanie podpisana pod koniec roku."),
    ("tr", "Anlaşma yılın sonunda imzalanacak."),
    ("tr", "Anlaşma yıl sonunda imzalanacak."),
    ("de", "Das Abkommen soll Ende des Jahres unterzeichnet werden."),
    ("nl", "Het akkoord wordt aan het eind van het jaar ondertekend."),
    ("es", "El acuerdo se firmará a finales de año."),
    ("pt", "O acordo será assinado no final do ano."),
    ("fr", "L'accord sera signé en fin d'année."),
    ("it", "L'accordo sarà firmato alla fine dell'anno."),
    ("ar", "سيتم توقيع الاتفاق في نهاية العام."),
])
def test_the_start_or_end_of_the_year_states_the_year(make_project, language, sentence):
    assert date_errors(brief(make_project, language, sentence, "2025")) == []
    assert date_errors(brief(make_project, language, sentence, "2025-12")) == [
        "content/agreements.yaml:3:9: error: date 2025-12 of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, text, dates", [
    # Words that place the year place it.
    ("ru", "в конце прошлого года", ["2024"]),
    ("pl", "pod koniec ubiegłego roku", ["2024"]),
    ("es", "a finales del año pasado", ["2024"]),
    ("tr", "geçen yılın başında", ["2024"]),
    ("de", "Anfang des Jahres 2026", ["2026"]),
    # A bound, a count of years, or a year that is no calendar one: no date.
    ("ru", "до конца года", []),
    ("de", "bis Ende des Jahres", []),
    ("es", "hasta finales de año", []),
    ("fr", "d'ici la fin de l'année", []),
    ("it", "entro la fine dell'anno", []),
    ("ar", "بحلول نهاية العام", []),
    ("tr", "yıl sonuna kadar", []),
    ("tr", "iki yıl sonunda", []),
    ("tr", "mali yılın sonunda", []),
    ("es", "al final del año fiscal", []),
    ("ar", "نهاية العام المالي", []),
])
def test_the_start_or_end_of_a_year_placed_or_bounded(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), language)] == dates


@pytest.mark.parametrize("language, text, dates", [
    # A decade, by the marks after its first year or the words before it: its ten years, not that year.
    ("ru", "Рост ожидается в 2020-х годах.", ["2020/2029"]),
    ("ru", "в 2020-е годы", ["2020/2029"]),
    ("uk", "у 2020-х роках", ["2020/2029"]),
    ("bg", "през 2020-те години", ["2020/2029"]),
    ("sv", "under 2020-talet", ["2020/2029"]),
    ("da", "i 2020'erne", ["2020/2029"]),
    ("nb", "på 2020-tallet", ["2020/2029"]),
    ("fi", "2020-luvulla", ["2020/2029"]),
    ("tr", "2020'li yıllarda", ["2020/2029"]),
    ("tr", "2020'lerde", ["2020/2029"]),
    ("hu", "a 2020-as években", ["2020/2029"]),
    ("fr", "dans les années 2020", ["2020/2029"]),
    ("es", "en la década de 2020", ["2020/2029"]),
    ("pt", "nos anos 2020", ["2020/2029"]),
    ("it", "negli anni 2020", ["2020/2029"]),
    # A year stays a year: its ordinal's case, two years, a year not a decade's first; a bound is no date.
    ("ru", "в 2020-м году", ["2020"]),
    ("ru", "в 2020 году", ["2020"]),
    ("fr", "les années 2020 et 2021", ["2020", "2021"]),
    ("ru", "в 2025-х", ["2025"]),
    ("ru", "к 2030-м годам", []),
    ("ru", "до 2030-х годов", []),
])
def test_a_decade_is_its_ten_years(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 14), language)] == dates


@pytest.mark.parametrize("language, sentence", [
    ("ru", "Спрос на газ вырастет в 2020-х годах."),
    ("fr", "La demande de gaz augmentera dans les années 2020."),
])
def test_a_record_dated_by_a_decade_is_stated_only_by_the_decade(make_project, language, sentence):
    assert date_errors(brief(make_project, language, sentence, "2020/2029")) == []
    assert date_errors(brief(make_project, language, sentence, "2020")) == [
        "content/agreements.yaml:3:9: error: date 2020 of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("language, sentence, date", [
    # In the order of the language's long date in CLDR, where it puts the year first.
    ("kk", "Кездесу 2024 ж. 9 тамыз өтті.", "2024-08-09"),
    # Its abbreviated year word written out, and the month in its locative case.
    ("kk", "2024 жылғы 9 тамызда Жапония премьер-министрі Фумио Кисида Астанада болды.", "2024-08-09"),
    ("kk", "Кездесу 2024 ж. тамыз айында өтті.", "2024-08"),
    ("hu", "A csúcstalálkozót 2024. augusztus 9-én tartották Budapesten.", "2024-08-09"),
    ("hu", "A vásárt 2024. augusztus 9–11. között rendezték meg.", "2024-08-09/2024-08-11"),
    ("lt", "Susitikimas įvyko 2024 m. rugpjūčio 9 d. Vilniuje.", "2024-08-09"),
    ("lv", "Samits notika 2024. gada 9. augustā Rīgā.", "2024-08-09"),
    ("mn", "Уулзалт 2024 оны наймдугаар сарын 9-нд болсон.", "2024-08-09"),
    ("ky", "Жолугушуу 2024-ж., 9-август өттү.", "2024-08-09"),
    # The day-first order stays read.
    ("kk", "Кездесу 9 тамыз 2024 өтті.", "2024-08-09"),
])
def test_a_date_in_the_year_first_order_of_cldr_is_stated(make_project, language, sentence, date):
    assert date_errors(brief(make_project, language, sentence, date, published="2024-08-10")) == []


@pytest.mark.parametrize("language, text, dates", [
    ("kk", "2024 ж. 9 тамыз", ["2024-08-09"]),
    ("hu", "2024. augusztus", ["2024-08"]),
    ("lt", "2024 m. rugpjūčio 9 d.", ["2024-08-09"]),
    # A part of the pattern in brackets may be left out (Basque "y('e')'ko' MMMM'ren' d").
    ("eu", "2024ko abuztuaren 9an", ["2024-08-09"]),
    # A year before a number that is no day of a month named after it stays a year.
    ("kk", "2024 ж. 350 компания", ["2024"]),
    ("hu", "2024-ben 9 ország", ["2024"]),
    # Languages whose long date puts the year last are read as before.
    ("fr", "le 9 août 2024", ["2024-08-09"]),
    ("ru", "9 августа 2024 года", ["2024-08-09"]),
])
def test_year_first_dates_are_read_without_a_publication_date(language, text, dates):
    assert [d.iso() for d in find_dates(text, None, language)] == dates


@pytest.mark.parametrize("text, dates", [
    # A month in its locative alone, or "in the month of", is the one nearest the publication, as Turkish
    # "haziranda"; not a name's capital ("Қазанда": in Kazan, where "қазанда" is in October).
    ("Кездесу тамызда өтті.", ["2024-08"]),
    ("Кездесу тамыз айында өтті.", ["2024-08"]),
    ("Форум қазанда өтеді.", ["2024-10"]),
    ("Форум Қазанда өтті.", []),
])
def test_a_kazakh_month_in_its_locative_is_the_nearest(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2024, 8, 10), "kk")] == dates


@pytest.mark.parametrize("text, dates", [
    # "маусым" is also a season: after a word that may modify it (an adjective, a noun, a demonstrative, an
    # ordinal) its locative alone is no month.
    ("Туристік маусымда Алматыға 2 миллион турист келді.", []),
    ("Жылыту маусымда газ бағасы өсті.", []),
    ("Егін жинау маусымда жұмыс көп болды.", []),
    ("Екінші маусымда команда жеңді.", []),
    ("Өткен маусымда команда жеңді.", []),
    ("Жазғы маусымда демалушылар көбейді.", []),
    ("Басқа маусымда команда жеңілді.", []),
    # After a word in a case no modifier of a noun takes, after a comma, "биыл" (this year) or a year, and
    # with a day or "айында", it is the month.
    ("Форум Алматыда маусымда өтті.", ["2024-06"]),
    ("Келісімге маусымда қол қойылды.", ["2024-06"]),
    ("Келісімді Астанадан маусымда жіберді.", ["2024-06"]),
    ("Бұл туралы, маусымда айтылды.", ["2024-06"]),
    ("Форум биыл маусымда өтті.", ["2024-06"]),
    ("Туристік маусым айында Алматыға турист келді.", ["2024-06"]),
    ("Туристік 9 маусымда Алматыға турист келді.", ["2024-06-09"]),
    ("Форум 2024 жылғы 9 маусымда өтті.", ["2024-06-09"]),
    ("Форум Алматыда қазанда өтеді.", ["2024-10"]),
    ("Осы жылы 5 маусымда форум өтеді.", ["2024-06-05"]),
    # A month that is no common noun's stays the month after any word.
    ("Кездесу тамызда өтті.", ["2024-08"]),
    ("Туристік шілдеде Алматыға турист келді.", ["2024-07"]),
])
def test_a_kazakh_month_that_is_also_a_noun_is_read_alone_only_where_nothing_modifies_it(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2024, 8, 10), "kk")] == dates


def test_a_date_a_kazakh_season_does_not_state_is_not_stated(make_project):
    sentence = "Туристік маусымда Алматыға 2 миллион турист келді."
    assert date_errors(brief(make_project, "kk", sentence, "2026-06", published="2026-11-18")) == [
        "content/agreements.yaml:3:9: error: date 2026-06 of agreement 'a1' is not stated by any cited quote"]


@pytest.mark.parametrize("text, dates", [
    # A Turkish month's locative with a dotless "ı" is read as the others, not a failure of the check.
    ("Toplantı aralıkta yapıldı.", ["2024-12"]),
    ("Toplantı kasımda yapıldı.", ["2024-11"]),
    ("Toplantı mayısta yapıldı.", ["2024-05"]),
    ("Toplantı haziranda yapıldı.", ["2024-06"]),
    ("Toplantı haziran ayında yapıldı.", ["2024-06"]),
])
def test_a_turkish_month_in_its_locative_is_the_nearest(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2024, 8, 10), "tr")] == dates


@pytest.mark.parametrize("text, dates", [
    # Uzbek: a day before its month with a hyphen, the month in its case, the year before them as "2024-yil".
    ("Forum 2024-yil 9-avgustda Toshkentda bo‘lib o‘tdi.", ["2024-08-09"]),
    ("Forum 2024-yilning 9-avgustida o‘tdi.", ["2024-08-09"]),
    ("Forum 2024-yil 9-10-avgust kunlari o‘tdi.", ["2024-08-09/2024-08-10"]),
    ("Forum 9-avgust kuni o‘tdi.", ["2024-08-09"]),
    ("Forum 9 avgust kuni o‘tdi.", ["2024-08-09"]),
    # "-gacha" (until) makes a bound, no date; a month's case alone ("mayda": small) is none either.
    ("Forum 12-sentabrgacha davom etadi.", []),
    ("Mayda biznes uchun kreditlar.", []),
    # A month without its day: after its year, in its case or as "in the month of"; alone, as "in the month of".
    ("Forum 2024-yil iyun oyida bo‘lib o‘tdi.", ["2024-06"]),
    ("Forum 2024-yilning mart oyidan boshlab ishlaydi.", ["2024-03"]),
    ("Forum 2024-yil iyunda bo‘lib o‘tdi.", ["2024-06"]),
    ("Forum iyun oyida bo‘lib o‘tdi.", ["2024-06"]),
    ("Forum iyunda bo‘lib o‘tdi.", []),
    ("Forum (?!) bo‘lib o‘tdi.", []),  # a language with no month's locative read alone has none to read
])
def test_uzbek_days_and_months_are_read_as_it_writes_them(text, dates):
    assert [span.iso() for span in find_dates(text, PartialDate(2024, 9, 1), "uz")] == dates


@pytest.mark.parametrize("language, text, dates", [
    # Kyrgyz, as Uzbek: the day joined to its month in its case, the year before them.
    ("ky", "Форум 2024-жылдын 9-августунда өттү.", ["2024-08-09"]),
    ("ky", "Форум 2024-жылы 9-январда өттү.", ["2024-01-09"]),
    ("ky", "Форум 9-августта өттү.", ["2024-08-09"]),
    ("ky", "Форум 2024-ж., 9-август өттү.", ["2024-08-09"]),  # CLDR's pattern, as before
    ("ky", "Майда бизнес үчүн.", []),
    ("ky", "Форум 2024-жылы июнда өттү.", ["2024-06"]),
    ("ky", "Форум июнь айында өттү.", ["2024-06"]),
    ("ky", "Форум июнда өттү.", []),
    # Tajik: the month in its izofat.
    ("tg", "Форум 9 августи 2024 баргузор шуд.", ["2024-08-09"]),
])
def test_kyrgyz_and_tajik_days_and_months_are_read_as_they_write_them(language, text, dates):
    assert [span.iso() for span in find_dates(text, PartialDate(2024, 9, 1), language)] == dates


def test_a_record_dated_as_an_uzbek_quote_writes_it_is_stated(make_project):
    root = brief(make_project, "uz", "Hukumatlararo komissiya 2024-yil 9-avgustda Toshkentda yig‘ildi.", "2024-08-09",
                 published="2024-09-01")
    assert date_errors(root) == []


@pytest.mark.parametrize("language, text, dates", [
    # A day after its month and no year, in the order of CLDR's pattern of a month and day: the nearest.
    ("hu", "A fórumot augusztus 9-én tartották.", ["2024-08-09"]),
    ("hu", "A fórumot augusztus 9–10. között tartották.", ["2024-08-09/2024-08-10"]),
    ("hu", "A hitel augusztus 9,5 milliárd forintot ért el.", []),  # no day of a decimal
    ("lt", "Forumas vyko rugpjūčio 9 d. Vilniuje.", ["2024-08-09"]),
    ("eu", "Foroa abuztuaren 9an egin zen.", ["2024-08-09"]),
    ("hy", "Հանդիպումը տեղի ունեցավ օգոստոսի 9-ին։", ["2024-08-09"]),
    ("es", "Se firmó en agosto 9 de los acuerdos.", []),  # a day before its month there
    # Hungarian's month in its inessive, alone or of a year before it, and "in the month of".
    ("hu", "A fórumot júliusban tartották.", ["2024-07"]),
    ("hu", "A fórumot 2024 júliusában tartották.", ["2024-07"]),
    ("hu", "A fórumot június hónapban tartották.", ["2024-06"]),
    # Lithuanian's month in its accusative after its year, or as "the month of"; alone it may be a noun.
    ("lt", "Forumas vyko 2024 m. liepą.", ["2024-07"]),
    ("lt", "Forumas vyko liepos mėnesį.", ["2024-07"]),
    ("lt", "Jie tęsė kovą prieš korupciją.", []),
    # A span of months after its year: the months between, not the first alone.
    ("hu", "A program 2024. július–szeptember között fut.", ["2024-07/2024-09"]),
    ("lt", "Programa vyks 2024 m. liepa–rugsėjis.", ["2024-07/2024-09"]),
    ("kk", "Бағдарлама 2024 жылғы шілде-қыркүйек айларында өтеді.", ["2024-07/2024-09"]),
    ("kk", "Бағдарлама 2024 жылғы желтоқсан-ақпан айларында өтеді.", ["2024-12/2025-02"]),
    ("ky", "Программа 2024-жылдын июль-сентябрь айларында өтөт.", ["2024-07/2024-09"]),
    ("uz", "Dastur 2024-yil iyul-sentabr oylarida o‘tadi.", ["2024-07/2024-09"]),
])
def test_months_and_days_as_hungarian_lithuanian_basque_and_armenian_write_them(language, text, dates):
    assert [span.iso() for span in find_dates(text, PartialDate(2024, 9, 1), language)] == dates


def test_a_record_dated_as_a_hungarian_quote_writes_it_without_its_year_is_stated(make_project):
    root = brief(make_project, "hu", "A kormányközi bizottság augusztus 9-én ülésezett Budapesten.", "2024-08-09",
                 published="2024-09-01")
    assert date_errors(root) == []


@pytest.mark.parametrize("text, dates", [
    # Turkmen, as Uzbek: the day joined to its month by its ordinal ending, the month in its case, the year first.
    ("Forum 2024-nji ýylyň 9-njy awgustynda geçirildi.", ["2024-08-09"]),
    ("Forum 9-njy awgustda geçirildi.", ["2024-08-09"]),
    ("Forum 2024-nji ýylyň 9-10-njy awgustynda geçirildi.", ["2024-08-09/2024-08-10"]),
    ("Forum 2024-nji ýylyň awgust aýynda geçirildi.", ["2024-08"]),
    ("Forum iýun aýynda geçirildi.", ["2024-06"]),
    ("Maksatnama 2024-nji ýylyň iýul-sentýabr aýlarynda amala aşyrylar.", ["2024-07/2024-09"]),
    # "Until" makes a bound, no date; a month's case alone ("maýda": small) is none either.
    ("Arzalar 12-nji sentýabra çenli kabul edilýär.", []),
    ("Maýda kärhanalar üçin karz.", []),
])
def test_turkmen_days_and_months_are_read_as_it_writes_them(text, dates):
    assert [span.iso() for span in find_dates(text, PartialDate(2024, 9, 1), "tk")] == dates


def test_a_record_dated_as_a_turkmen_quote_writes_it_is_stated(make_project):
    root = brief(make_project, "tk", "Hökümetara toparyň mejlisi 2024-nji ýylyň 9-njy awgustynda Aşgabatda geçirildi.",
                 "2024-08-09", published="2024-09-01")
    assert date_errors(root) == []


@pytest.mark.parametrize("text, dates", [
    # "năm" (year) or a slash before the year: the day or month of that year, not of the publication's.
    ("Ngày 5 tháng 3 năm 2025, Chính phủ Lào tổ chức lễ khởi công.", ["2025-03-05"]),
    ("Vòng đối thoại tiếp theo sẽ được tổ chức vào tháng 10 năm 2025.", ["2025-10"]),
    ("Dự án sẽ khởi công vào tháng 10/2025.", ["2025-10"]),
    # CLDR's long date, which a brief in Vietnamese writes on its pages.
    ("5 tháng 3, 2025", ["2025-03-05"]),
    # A number after a month and a comma is no year.
    ("vào tháng 3, 2.000 người đã tham gia", []),
])
def test_a_vietnamese_year_after_nam_or_a_slash_is_the_dates(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2026, 1, 10), "vi")] == dates


def test_a_vietnamese_day_of_an_earlier_year_is_not_stated_for_the_publications(make_project):
    # Read without its "năm 2025", the day took the year nearest publication: 5 March 2026.
    sentence = "Ngày 5 tháng 3 năm 2025, hai bên đã ký thỏa thuận."
    assert date_errors(brief(make_project, "vi", sentence, "2025-03-05", published="2026-01-10")) == []
    assert date_errors(brief(make_project, "vi", sentence, "2026-03-05", published="2026-01-10")) != []


@pytest.mark.parametrize("language, text, dates", [
    # Vietnamese "đến (ngày)" and Indonesian "hingga", "sampai (dengan)" join a span's ends: its days, and its first
    # day in the year written after its last, not the one nearest publication.
    ("vi", "từ ngày 3 đến ngày 5 tháng 3 năm 2025", ["2025-03-03/2025-03-05"]),
    ("vi", "từ ngày 30 tháng 9 đến ngày 2 tháng 10 năm 2024", ["2024-09-30/2024-10-02"]),
    ("vi", "từ tháng 7 đến tháng 9 năm 2026", ["2026-07/2026-09"]),
    ("id", "pada 3 hingga 5 Maret 2025", ["2025-03-03/2025-03-05"]),
    ("id", "dari 30 September hingga 2 Oktober 2024", ["2024-09-30/2024-10-02"]),
    ("id", "3 sampai dengan 5 Maret 2025", ["2025-03-03/2025-03-05"]),
    ("id", "Juli hingga September 2026", ["2026-07/2026-09"]),
    ("id", "dari 2021 hingga 2027", ["2021/2027"]),
])
def test_a_vietnamese_or_indonesian_span_is_read_whole(language, text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2026, 1, 10), language)] == dates


@pytest.mark.parametrize("text, dates", [
    # Arabic joins a span's ends with "إلى" (or "الى" without the hamza), "حتى", "لغاية", "وحتى" after "من" (from),
    # or "و" (and, glued to the day) after "بين" (between): the days between, not the last one alone.
    ("من ٩ إلى ١٢ أغسطس ٢٠٢٤", ["2024-08-09/2024-08-12"]),
    ("من 9 الى 12 أغسطس 2024", ["2024-08-09/2024-08-12"]),
    ("في الفترة من 9 وحتى 12 أغسطس 2024", ["2024-08-09/2024-08-12"]),
    ("من 30 أغسطس إلى 2 سبتمبر 2024", ["2024-08-30/2024-09-02"]),
    ("من يوليو إلى سبتمبر 2026", ["2026-07/2026-09"]),
    ("من 2021 إلى 2027", ["2021/2027"]),
    ("بين 9 و12 أغسطس 2024", ["2024-08-09/2024-08-12"]),
    ("بين 30 سبتمبر و2 أكتوبر 2026", ["2026-09-30/2026-10-02"]),
    ("بين 2020 و2024", ["2020/2024"]),
    # without "between", two days joined by "and" are each of them, as in the other languages
    ("في 9 و12 أغسطس 2024", ["2024-08-09", "2024-08-12"]),
    # "until" alone is a bound, no date
    ("يسري الاتفاق حتى 12 أغسطس 2024", []),
])
def test_an_arabic_span_is_read_whole(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2026, 1, 10), "ar")] == dates


def test_an_arabic_visit_from_one_day_to_another_states_its_span(make_project):
    sentence = "زار الرئيس كازاخستان وأوزبكستان من ٩ إلى ١٢ أغسطس ٢٠٢٤."
    assert date_errors(brief(make_project, "ar", sentence, "2024-08-09/2024-08-12", "2024-08-13")) == []
    assert len(date_errors(brief(make_project, "ar", sentence, "2024-08-12", "2024-08-13"))) == 1


def test_an_indonesian_until_alone_stays_a_bound(make_project):
    root = brief(make_project, "id", "Perjanjian berlaku hingga 5 Mei 2025.", "2025-05-05")
    assert date_errors(root) != []


@pytest.mark.parametrize("text, dates", [
    # A day and month in digits after the word for a day or a part of one, or after a weekday: the year nearest
    # publication.
    ("Hôm 5/3, Viện Khoa học Thủy lợi miền Nam công bố báo cáo.", ["2025-03-05"]),
    ("Chiều 28/2, hai bộ trưởng đã hội đàm tại Hà Nội.", ["2025-02-28"]),
    ("Hai bên gặp nhau vào thứ Năm (13/3).", ["2025-03-13"]),
    ("ngày 5/3/2025", ["2025-03-05"]),
    # Without such a word, a score or a fraction.
    ("Đội tuyển thắng với tỷ số 2/1.", []),
])
def test_a_vietnamese_day_and_month_in_digits_after_its_day_word_is_read(text, dates):
    assert [d.iso() for d in find_dates(text, PartialDate(2025, 3, 12), "vi")] == dates


def test_a_vietnamese_record_of_hom_5_3_is_stated(make_project):
    sentence = "Hôm 5/3, Viện Khoa học Thủy lợi miền Nam công bố báo cáo về phù sa."
    assert date_errors(brief(make_project, "vi", sentence, "2025-03-05")) == []
