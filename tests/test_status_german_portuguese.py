"""An event's status in German and Portuguese plans and deeds: a meeting
held told by the perfect of a reflexive verb ("haben sich … getroffen"),
an end ("ging … zu Ende"); a plan told as "in Planung", by an event's "zu"
infinitive ("kündigte an, den Gipfel zu besuchen"), by Portuguese "irá
realizar-se" and "prevê-se que"; and a `status: held` citing a plan or a
condition is refused."""
import pytest

from briefgen import check
from briefgen.eventstatus import stated

from conftest import dated_record_brief


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Die Außenminister haben sich am Montag in Berlin getroffen.", {"held"}),
    ("de", "Die Minister hatten sich zuvor in Astana getroffen.", {"held"}),
    ("de", "Der Gipfel ging am Freitag in Berlin zu Ende.", {"held"}),
    ("de", "Der Gipfel ist in Planung.", {"planned"}),
    ("de", "Ein Treffen der Minister ist in Vorbereitung.", {"planned"}),
    ("de", "Der Präsident kündigte an, den Gipfel in Astana zu besuchen.", {"planned"}),
    ("de", "Kishida versprach, am Forum teilzunehmen.", {"planned"}),
    # met, as news writes a minister's meeting; a meeting denied states nothing
    ("de", "Der Bundesaußenminister ist heute in Warschau mit seinem polnischen Amtskollegen zusammengetroffen.",
     {"held"}),
    ("de", "Der Kanzler traf am Dienstag in Warschau mit dem polnischen Premier zusammen.", {"held"}),
    ("de", "Der Minister ist nicht mit seinem Amtskollegen zusammengetroffen.", set()),
    ("de", "Die Minister sind nicht zusammengekommen.", set()),
    ("de", "Der Minister hat nicht teilgenommen.", set()),
    ("pt", "A cimeira irá realizar-se em maio.", {"planned"}),
    ("pt", "O presidente irá visitar Angola.", {"planned"}),
    ("pt", "Prevê-se que a cimeira se realize em maio.", {"planned"}),
])
def test_a_german_or_portuguese_status_is_read(language, text, expected):
    assert stated(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # a decision made is no meeting; an event's infinitive denied is no plan
    ("de", "Die Minister haben eine Entscheidung getroffen.", set()),
    ("de", "Der Präsident entschied, nicht am Gipfel teilzunehmen.", set()),
    ("pt", "Caso a cimeira seja realizada, o acordo será assinado.", set()),
    ("pt", "Quando a cimeira for realizada, o acordo será assinado.", set()),
    # read as before
    ("de", "Der Gipfel fand im Juni statt.", {"held"}),
    ("de", "Der Gipfel hat im Juni stattgefunden.", {"held"}),
    ("de", "Die Minister trafen sich in Berlin.", {"held"}),
    ("de", "Der Gipfel soll im Juni stattfinden.", {"planned"}),
    ("pt", "A cimeira realizou-se em maio.", {"held"}),
    ("pt", "A cimeira vai realizar-se em maio.", {"planned"}),
    ("en", "The summit took place in May.", {"held"}),
    ("en", "The summit will take place in May.", {"planned"}),
])
def test_other_german_portuguese_and_english_statuses_are_read_as_before(language, text, expected):
    assert stated(text, language) == expected


@pytest.mark.parametrize("language, sentence", [
    ("de", "Der Gipfel ist in Planung."),
    ("de", "Der Präsident kündigte an, den Gipfel zu besuchen."),
    ("pt", "A cimeira irá realizar-se em maio."),
    ("pt", "Prevê-se que a cimeira se realize em maio."),
])
def test_a_held_status_citing_a_plan_is_refused(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2025-05", kind="meeting", status="held")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("status 'held' of meeting 'm1' is not stated by any cited quote" in m for m in messages), messages


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Außenminister haben sich im Mai in Berlin getroffen."),
    ("de", "Der Gipfel fand im Mai statt."),
    ("pt", "A cimeira realizou-se em maio."),
])
def test_a_held_status_citing_a_meeting_held_is_stated(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2025-05", kind="meeting", status="held",
                              published="2025-06-02")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert not any("status 'held'" in m for m in messages), messages


@pytest.mark.parametrize("language, sentence", [
    ("de", "Der Gipfel ist in Planung."),
    ("de", "Der Präsident kündigte an, den Gipfel zu besuchen."),
    ("pt", "A cimeira irá realizar-se em maio."),
    ("pt", "Prevê-se que a cimeira se realize em maio."),
])
def test_a_planned_status_citing_a_plan_is_stated(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2025-05", kind="meeting", status="planned")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert not any("status 'planned'" in m for m in messages), messages
