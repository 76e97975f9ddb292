"""Arabic former dates: كان … مقررا, كان من المقرر, تأجل من, بدلا من."""
import pytest

from test_status_more_languages import FORMER, brief, findings


@pytest.mark.parametrize("sentence, former, new, marker", [
    ("وكان المنتدى مقررا في 20 أبريل 2025، إلا أنه تأجل إلى 12 مايو 2025.", "2025-04-20", "2025-05-12",
     "وكان المنتدى مقررا"),
    ("كان من المقرر أن يعقد المنتدى في 20 أبريل 2025، لكنه عقد في 12 مايو 2025.", "2025-04-20", "2025-05-12",
     "كان من المقرر"),
    ("تأجل المنتدى من 20 أبريل 2025 إلى 12 مايو 2025.", "2025-04-20", "2025-05-12", "تأجل المنتدى من"),
    ("عقد المنتدى في 12 مايو 2025 بدلا من 20 أبريل 2025.", "2025-04-20", "2025-05-12", "بدلا من"),
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
