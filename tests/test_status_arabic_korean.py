"""Arabic and Korean statuses and former dates: the Arabic verbs of holding
in their gender and number (عقد only as a verb, with its meeting after it),
a Korean decision to hold (-기로 했다) and 열린 것이다; Arabic former dates
(كان … مقررا, تأجل من, بدلا من); and a postponement told as the past of the
event's being held ("after being postponed, the summit took place")."""
import pytest

from briefgen.eventstatus import find_statuses, stated

from test_status_more_languages import FORMER, brief, findings


@pytest.mark.parametrize("text", [
    "عقد المجلس اجتماعه الأول في الرياض.",
    "عقد الوزيران اجتماعا في القاهرة.",
    "الرياض 15 أبريل 2025 (واس) - عقد مجلس التنسيق الأعلى السعودي المصري اجتماعه الأول في الرياض اليوم.",
    "وعقد الرئيسان قمتهما في جدة.",
    "وقد عقد الوزراء جلسة مغلقة.",
    "عقد الاجتماع في الرياض.",  # the passive: "the meeting was held"
    "انطلقت أمس في القاهرة أعمال منتدى الاستثمار المصري السعودي.",
    "افتتح الرئيس المؤتمر في الرياض.",
    "التأمت القمة في الرياض.",
    "شهدت القاهرة انعقاد المنتدى.",
    "اجتمعا في الرياض.",  # the two met
    "التقيا أمس في جدة.",
    "اجتمعتا في القاهرة.",
])
def test_arabic_states_held_in_each_gender_and_number(text):
    assert stated(text, "ar") == {"held"}


@pytest.mark.parametrize("text, status", [
    ("من المقرر عقد القمة في مايو.", {"planned"}),  # "the holding of", after a plan
    ("ومن المقرر أن يعقد المجلس اجتماعه الثاني في القاهرة.", {"planned"}),
    ("دعا إلى عقد قمة طارئة.", set()),  # called for holding one
    ("قبل عقد الاجتماع بيوم.", set()),
    ("وقع الجانبان عقد شراكة خلال الاجتماع.", set()),  # a contract, signed at the meeting
    ("وقعت الشركة عقدا لتوريد معدات.", set()),
    ("عقد من الزمن مر على القمة.", set()),  # a decade
    ("نفت الوزارة أن المجلس عقد اجتماعا.", set()),
    ("لم يعقد المجلس اجتماعه.", {"cancelled"}),
    ("التأم الجرح.", set()),  # a wound healed
    ("انطلقت الطائرة من القاهرة إلى الرياض.", set()),
    ("افتتح الوزير مصنعا جديدا.", set()),
])
def test_arabic_words_of_holding_that_are_no_held(text, status):
    assert stated(text, "ar") == status


@pytest.mark.parametrize("text", [
    "양국은 내달 서울에서 국방장관 회담을 열기로 했다.",
    "양국은 회담을 갖기로 합의했다.",
    "두 정상은 내달 만나기로 했다.",
])
def test_a_korean_decision_to_hold_is_a_plan(text):
    assert stated(text, "ko") == {"planned"}


def test_korean_words_near_a_plan_or_a_holding_keep_their_reading():
    assert stated("정부는 두 번째 공장을 짓기로 했다.", "ko") == set()  # to build, not to hold
    assert stated("열린 마음으로 대화했다.", "ko") == set()  # an open mind
    assert stated("서명식은 6월 4일 열린 것이다.", "ko") == {"held"}


# --- a postponement, then the holding ---------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("zh", "峰会推迟后于6月4日举行。"),  # after the postponement, held on 4 June: no move to a date
    ("zh", "峰会几经推迟，终于在6月举行。"),  # finally held
    ("zh", "会议推迟之后在北京举行。"),
    ("ko", "서명식이 한 달 가까이 미뤄진 끝에 열린 것이다."),
])
def test_held_after_a_postponement_is_read_beside_it(language, text):
    assert [m.status for m in find_statuses(text, language)] == ["postponed", "held"]


@pytest.mark.parametrize("text, said", [
    ("中非农业合作论坛延至5月举行。", ["postponed"]),  # a move to a new date, as before
    ("双边部长级会议推迟到4月10日举行。", ["postponed"]),
    ("峰会推迟后将于6月举行。", ["postponed", "planned"]),
])
def test_a_chinese_move_and_a_plan_after_a_postponement_keep_their_reading(text, said):
    assert [m.status for m in find_statuses(text, "zh")] == said


@pytest.mark.parametrize("language, sentence", [
    ("zh", "峰会推迟后于2025年6月4日在北京举行。"),
    ("ko", "당초 5월 7일로 예정됐던 서명식이 체코 법원의 가처분 결정으로 한 달 가까이 미뤄진 끝에 열린 것이다."),
])
def test_held_after_a_postponement_states_held_and_no_dispute(make_project, language, sentence):
    root = brief(make_project, language, sentence, "  status: held\n", brief_language=language)
    assert findings(root, "status", "disagree", "states what") == []
    # Given as postponed, the quote says it has since been held: the warning of a status overtaken.
    root = brief(make_project, language, sentence, "  status: postponed\n", brief_language=language)
    assert [d.split("\n")[0].split(": ", 1)[1] for d in findings(root, "status")] == [
        "warning: status 'postponed' of forum 'forum' is stated by a quote that also says "
        f"'{find_statuses(sentence, language)[-1].text}' (held)"]


# --- through check() ------------------------------------------------------------

def test_an_arabic_held_status_is_stated_by_the_masculine_past(make_project):
    sentence = "عقد المجلس اجتماعه الأول في الرياض."
    root = brief(make_project, "ar", sentence, "  status: held\n", brief_language="ar")
    assert findings(root, "status") == []


def test_a_korean_decision_to_hold_states_a_plan(make_project):
    sentence = "양국은 내달 서울에서 국방장관 회담을 열기로 했다."
    root = brief(make_project, "ko", sentence, "  status: planned\n", brief_language="ko")
    assert findings(root, "status") == []


@pytest.mark.parametrize("sentence, former, new, marker", [
    ("وكان المنتدى مقررا في 20 أبريل 2025، إلا أنه تأجل إلى 12 مايو 2025.", "2025-04-20", "2025-05-12",
     "وكان المنتدى مقررا"),
    ("كان من المقرر أن يعقد المنتدى في 20 أبريل 2025، لكنه عقد في 12 مايو 2025.", "2025-04-20", "2025-05-12",
     "كان من المقرر"),
    ("تأجل المنتدى من 20 أبريل 2025 إلى 12 مايو 2025.", "2025-04-20", "2025-05-12", "تأجل المنتدى من"),
    ("عقد المنتدى في 12 مايو 2025 بدلا من 20 أبريل 2025.", "2025-04-20", "2025-05-12", "بدلا من"),
    # two days of one month: the day it moved from, then the one it moved to, not the days between
    ("تأجل المنتدى من 20 إلى 25 أبريل 2025.", "2025-04-20", "2025-04-25", "تأجل المنتدى من"),
])
def test_an_arabic_former_date_warns_and_the_new_one_does_not(make_project, sentence, former, new, marker):
    assert findings(brief(make_project, "ar", sentence, f"  date: {former}\n"), "moved from") == [
        f"content/forums.yaml:3:9: warning: {FORMER.format(date=former, marker=marker)}\n    hint: write the date "
        "the event took place or is now set for, and cite the passage that gives it; or, if it was postponed or "
        "called off, write its status"]
    assert findings(brief(make_project, "ar", sentence, f"  date: {new}\n"), "moved from", "not stated") == []


@pytest.mark.parametrize("sentence, date", [
    ("ومن المقرر أن يعقد المنتدى في 20 أبريل 2025.", "2025-04-20"),  # the date now set
    ("تأجل المنتدى من 20 إلى 25 أبريل 2025.", "2025-04-25"),  # moved to 25 April
])
def test_an_arabic_date_now_set_is_no_former_date(make_project, sentence, date):
    assert findings(brief(make_project, "ar", sentence, f"  date: {date}\n"), "moved from", "not stated") == []
