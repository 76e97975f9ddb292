"""Arabic forms news writes of an event's status that were not read: a
meeting in the accusative after a subject with a preposition ("عقد وزراء
الري في مصر والسودان وإثيوبيا اجتماعا", the ministers held a meeting: read
as no status, and its English translation "met" warned of), "عقدوا" after
"أن", "أُجّل الاجتماع" (postponed), a present with a time to come (a plan),
"لم يتم عقد" (not held); and not yet ("لم يعقد الاجتماع بعد") and may
("قد يعقد"), which state nothing."""
import pytest

from briefgen.eventstatus import stated

from test_status_more_languages import brief, findings
from test_status_translated import brief as translated_brief, status_findings

MINISTERS_MET = "عقد وزراء الري في مصر والسودان وإثيوبيا اجتماعا في القاهرة يوم 8 أبريل 2026."

STATING = {
    "planned": ["يعقد الوزراء اجتماعا في القاهرة غدا.", "تعقد القمة الأسبوع المقبل في الرياض."],
    "held": [MINISTERS_MET, "وأضاف أن الوزراء عقدوا اجتماعا في القاهرة."],
    "postponed": ["أُجّل الاجتماع إلى الشهر المقبل.", "وأجل الاجتماع الوزاري إلى مايو."],
    "cancelled": ["لم يتم عقد الاجتماع.", "لم يعقد الاجتماع بعد الهجوم."],  # after the attack: not "not yet"
}


@pytest.mark.parametrize("text, status", [(text, status) for status, texts in STATING.items() for text in texts])
def test_arabic_news_states_each_status(text, status):
    assert stated(text, "ar") == {status}


@pytest.mark.parametrize("text", [
    "قد يعقد الاجتماع الشهر المقبل.",  # may be held
    "لم يعقد الاجتماع بعد.",  # not yet
    "لم يتم عقد الاجتماع حتى الآن.",
    "نفت الوزارة أن الوزراء عقدوا اجتماعا في القاهرة.",  # denied
    "من أجل الاجتماع سافر الوزير.",  # for the sake of, not postponed
    "تعقد القمة سنويا في الرياض.",  # yearly: no plan
])
def test_arabic_not_yet_may_denied_or_yearly_states_no_status(text):
    assert stated(text, "ar") == set()


def test_an_arabic_quote_of_ministers_meeting_states_held(make_project):
    assert findings(brief(make_project, "ar", MINISTERS_MET, "  status: held\n"), "status") == []


def test_an_arabic_quote_of_ministers_meeting_agrees_with_its_translation(make_project):
    root = translated_brief(make_project, "The ministers met in Cairo on 8 April 2026.", language="ar",
                            quote=MINISTERS_MET)
    assert status_findings(root) == []


@pytest.mark.parametrize("text, statuses", [
    # "جرى" before the verbal noun of an act is the auxiliary "was done", as "تم" is: the act tells the status
    ("جرى تأجيل القمة إلى موعد لاحق.", {"postponed"}),
    ("جرى إلغاء الاجتماع بسبب الأحوال الجوية.", {"cancelled"}),
    ("جرى الاتفاق على عقد القمة في مارس.", set()),  # agreed to hold it
    ("جرى تحديد موعد القمة.", set()),  # its date was set
    ("جرت العادة أن تعقد القمة في الرياض.", set()),  # it is the custom
    # and "took place" before its subject
    ("جرى الاجتماع في الرياض.", {"held"}),
    ("جرت محادثات بين الوزيرين.", {"held"}),
])
def test_arabic_jara_before_an_act_is_no_holding(text, statuses):
    assert stated(text, "ar") == statuses


def test_an_arabic_summit_postponed_with_jara_is_no_held_one(make_project):
    sentence = "جرى تأجيل القمة إلى موعد لاحق."
    assert findings(brief(make_project, "ar", sentence, "  status: postponed\n"), "status") == []
