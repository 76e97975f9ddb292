"""Event statuses in Thai and Hindi, which had no table: a `status` citing
them failed the build ("briefgen reads no words of event status in Thai").
Thai is read unspaced, as Chinese and Japanese are; Hindi in whole words
with their vowel signs; in both a plan, a negation, a hedge and a doubt
are told apart from a holding."""
import pytest

from briefgen import eventstatus
from briefgen.eventstatus import find_statuses, stated
from briefgen.hedges import hedges_in

from test_status_more_languages import brief, findings

STATING = {
    "th": {
        "planned": [
            "การประชุมสุดยอดอาเซียนจะจัดขึ้นที่กรุงเทพฯ ในเดือนพฤษภาคม 2569",
            "การประชุมมีกำหนดจัดขึ้นในวันที่ 20 มีนาคม 2568",
            "ไทยเตรียมจัดการประชุมระดับรัฐมนตรีในเดือนหน้า",
            "นายกรัฐมนตรีจะเดินทางไปเยือนญี่ปุ่นในสัปดาห์หน้า",
            "ในการประชุมเอเปคที่จะถึงนี้",
        ],
        "held": [
            "การประชุมจัดขึ้นที่กรุงเทพฯ เมื่อวันที่ 15 มีนาคม 2568",
            "การประชุมครั้งนี้มีขึ้นเมื่อวันที่ 15 มีนาคม 2568",
            "นายกรัฐมนตรีเดินทางเยือนญี่ปุ่นเมื่อวันที่ 3 มีนาคม",
            "รัฐมนตรีต่างประเทศทั้งสองได้ประชุมหารือกันที่กรุงเทพฯ",
            "กระทรวงการต่างประเทศได้จัดการประชุมคณะกรรมาธิการร่วมเมื่อวันที่ 5 มีนาคม",
            "การประชุมจัดขึ้นตามกำหนดการ",  # as scheduled: no plan
            "นายกรัฐมนตรีกล่าวเปิดการประชุมเมื่อวันที่ 5 มีนาคม",
            "ผู้นำทั้งสองพบกันที่กรุงเทพฯ เมื่อวันที่ 15 มีนาคม",  # met each other
        ],
        "postponed": [
            "การประชุมถูกเลื่อนออกไปเป็นเดือนมิถุนายน",
            "รัฐบาลประกาศเลื่อนการประชุมสุดยอดออกไปอย่างไม่มีกำหนด",  # indefinitely: no plan
        ],
        "cancelled": [
            "การประชุมถูกยกเลิกเนื่องจากสถานการณ์ความไม่สงบ",
            "การประชุมไม่ได้จัดขึ้นตามกำหนด",
            "การประชุมจะไม่จัดขึ้นในปีนี้",
            "ไม่สามารถจัดการประชุมได้",
        ],
    },
    "hi": {
        "planned": [
            "बैठक अगले महीने नई दिल्ली में आयोजित की जाएगी।",
            "शिखर सम्मेलन अगले साल होगा।",
            "प्रधानमंत्री अगले सप्ताह जापान का दौरा करेंगे।",
            "अगले महीने होने वाली बैठक में व्यापार पर चर्चा की उम्मीद है।",
            "प्रस्तावित शिखर सम्मेलन के लिए तैयारियां शुरू हो गई हैं।",
        ],
        "held": [
            "बैठक 15 मार्च 2025 को नई दिल्ली में आयोजित की गई।",
            "शिखर सम्मेलन 15 मार्च को नई दिल्ली में हुआ।",
            "दोनों देशों के विदेश मंत्रियों की बैठक नई दिल्ली में हुई।",
            "प्रधानमंत्री ने जापान का दौरा किया।",
            "मोदी ने ट्रंप से मुलाकात की।",
            "30 से अधिक देशों ने सम्मेलन में भाग लिया।",
            "भारत ने सम्मेलन की मेजबानी की।",
            "चुनाव आयोग ने कहा कि मतदान शांतिपूर्ण तरीके से हुआ।",  # the voting, not the commission's "चुनाव"
        ],
        "postponed": [
            "बैठक को अगले आदेश तक स्थगित कर दिया गया है।",
            "शिखर सम्मेलन स्थगित कर दिया गया।",
        ],
        "cancelled": [
            "सम्मेलन रद्द कर दिया गया।",
            "बैठक आयोजित नहीं की गई।",
            "बैठक नहीं हो सकी।",
            "शिखर सम्मेलन इस साल नहीं होगा।",
        ],
    },
}


@pytest.mark.parametrize("language, text, status", [
    (language, text, status)
    for language, by_status in STATING.items() for status, texts in by_status.items() for text in texts])
def test_thai_and_hindi_news_state_each_status(language, text, status):
    assert stated(text, language) == {status}


# Negated, hedged, denied or doubted, not yet, or another word that contains a status word: none states held.
@pytest.mark.parametrize("language, text", [
    ("th", "การประชุมยังไม่ได้จัดขึ้น"),  # not yet held
    ("th", "การประชุมอาจจัดขึ้นในเดือนหน้า"),  # may be held
    ("th", "รัฐบาลปฏิเสธข่าวว่าการประชุมได้จัดขึ้นแล้ว"),  # denied that it was held
    ("th", "ยังไม่ชัดเจนว่าการประชุมจะจัดขึ้นหรือไม่"),  # unclear whether it will be held
    ("th", "การประชุมไม่ได้ถูกยกเลิก"),  # not cancelled
    ("th", "เขาได้รับการเลื่อนตำแหน่งเป็นอธิบดี"),  # promoted, not postponed
    ("th", "นายกรัฐมนตรีไม่ได้เดินทางเยือนญี่ปุ่น"),  # did not visit
    ("hi", "बैठक अभी तक नहीं हुई है।"),  # not yet
    ("hi", "बैठक अगले महीने हो सकती है।"),  # may be held
    ("hi", "बैठक अगले महीने आयोजित की जा सकती है।"),
    ("hi", "यह स्पष्ट नहीं है कि बैठक होगी या नहीं।"),  # unclear whether
    ("hi", "विदेश मंत्रालय ने इस बात से इनकार किया कि बैठक हुई थी।"),  # denied that it took place
    ("hi", "बैठक हुई या नहीं, यह स्पष्ट नहीं है।"),
    ("hi", "बैठक में इस मुद्दे पर कोई सहमति नहीं हुई।"),  # no agreement at the meeting: no call-off
    ("hi", "बैठक की तारीख तय नहीं हुई है।"),  # the meeting's date
    ("hi", "सम्मेलन स्थगित नहीं किया गया।"),  # not postponed
    ("hi", "विपक्ष ने चुनाव रद्द करने की मांग की।"),  # demanded a cancellation
    ("hi", "उसने रद्दी अखबार बेचे।"),  # waste paper, no "रद्द"
    ("hi", "दौरा सफल रहा और कई समझौते हुए।"),  # the agreements, in another clause, were made
])
def test_negated_hedged_or_doubted_news_states_no_status(language, text):
    assert stated(text, language) == set()


def test_the_examples_of_thai_and_hindi_state_their_status():
    for language in ("th", "hi"):
        for status in eventstatus.STATUSES:
            assert eventstatus.examples(status, language) != eventstatus.EXAMPLES[status]
            for example in eventstatus.examples(status, language):
                assert stated(example, language) == {status}, (language, status, example)


def test_thai_is_read_unspaced_and_hindi_in_whole_words_with_their_vowel_signs():
    assert [m.text for m in find_statuses("การประชุมจัดขึ้นที่กรุงเทพฯ", "th")] == ["จัดขึ้น"]
    assert [m.text for m in find_statuses("बैठक आयोजित की गई।", "hi")] == ["आयोजित की गई"]
    assert stated("रद्दीकरण", "hi") == set()  # a vowel sign goes on a word


# --- through check() ------------------------------------------------------------

@pytest.mark.parametrize("language, sentence, status", [
    ("th", "การประชุมจัดขึ้นที่กรุงเทพฯ เมื่อวันที่ 15 มีนาคม 2568", "held"),
    ("th", "การประชุมถูกยกเลิกเนื่องจากสถานการณ์ความไม่สงบ", "cancelled"),
    ("hi", "बैठक 15 मार्च 2025 को नई दिल्ली में आयोजित की गई।", "held"),
    ("hi", "बैठक अगले महीने नई दिल्ली में आयोजित की जाएगी।", "planned"),
])
def test_a_thai_or_hindi_quote_states_its_status(make_project, language, sentence, status):
    root = brief(make_project, language, sentence, f"  status: {status}\n")
    assert findings(root, "status") == []


def test_a_thai_quote_that_may_be_held_does_not_state_held(make_project):
    found = findings(brief(make_project, "th", "การประชุมอาจจัดขึ้นในเดือนหน้า", "  status: held\n"), "status")
    assert len(found) == 1 and "error: status 'held' of forum 'forum' is not stated by any cited quote" in found[0]
    assert "'ได้จัดขึ้น'" in found[0]  # the hint suggests Thai phrases



# --- hedges: a held status that only a hedged quote states is warned of ----------

@pytest.mark.parametrize("language, text, hedges", [
    ("th", "มีรายงานว่าการประชุมจัดขึ้นที่กรุงเทพฯ เมื่อวันที่ 15 มีนาคม 2568", ["มีรายงานว่า"]),
    ("th", "แหล่งข่าวระบุว่าการประชุมจะจัดขึ้นในเดือนหน้า", ["แหล่งข่าวระบุว่า"]),
    ("th", "ตามรายงานของธนาคารโลก เศรษฐกิจไทยเติบโต 2.5%", []),  # a report cited by name: no hearsay
    ("hi", "कथित तौर पर बैठक 15 मार्च को नई दिल्ली में हुई।", ["कथित तौर पर"]),
    ("hi", "सूत्रों के मुताबिक बैठक अगले हफ्ते होगी।", ["सूत्रों के मुताबिक"]),
    ("hi", "ख़बरों के अनुसार बैठक हुई।", ["ख़बरों के अनुसार"]),
    ("hi", "बैठक 15 मार्च 2025 को नई दिल्ली में आयोजित की गई।", []),
])
def test_thai_and_hindi_hedges_are_read(language, text, hedges):
    assert hedges_in(text, language) == hedges


@pytest.mark.parametrize("language, sentence", [
    ("th", "มีรายงานว่าการประชุมจัดขึ้นที่กรุงเทพฯ เมื่อวันที่ 15 มีนาคม 2568"),
    ("hi", "कथित तौर पर बैठक 15 मार्च को नई दिल्ली में हुई।"),
])
def test_a_held_status_only_a_hedged_thai_or_hindi_quote_states_is_warned_of(make_project, language, sentence):
    found = findings(brief(make_project, language, sentence, "  status: held\n"), "status")
    assert len(found) == 1 and "warning: status 'held' of forum 'forum' rests only on quotes that hedge it" in found[0]
