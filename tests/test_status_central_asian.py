"""Event statuses in Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz, Tajik and
Turkmen, the languages of the region the first brief covers besides Russian:
each status read from the words news writes, the words that look like one and
state nothing (not put off, whether it took place, "өткен жылы": last year)
read as nothing, and a record's status checked against such a quote."""
import pytest

from briefgen import eventstatus
from briefgen.eventstatus import stated

from test_status_more_languages import brief, findings

STATING = {
    "kk": {
        "planned": ["Саммит 2026 жылғы мамырда Астанада өтеді.", "Форум Алматыда өткізіледі.",
                    "Мамырда өтетін саммитке дайындық жүріп жатыр.", "Кездесу қыркүйекке жоспарланған."],
        "held": ["Саммит 2024 жылғы 9 тамызда Астанада өтті.", "Форум Алматыда өткізілді.",
                 "9 тамызда өткен саммитте келісімдерге қол қойылды.", "Министрлер Токиода кездесті."],
        "postponed": ["Саммит кейінге қалдырылды.", "Форум кейінге шегерілді.",
                      "Кездесу басқа күнге ауыстырылды."],
        "cancelled": ["Саммит өтпеді.", "Форум өткізілмейді.", "Кездесу болдырылмады."],
    },
    "uz": {
        "planned": ["Sammit may oyida Samarqandda bo‘lib o‘tadi.", "Forum Toshkentda o'tkaziladi.",
                    "Uchrashuv sentabrga rejalashtirilgan.", "Саммит Самарқандда бўлиб ўтади."],
        "held": ["Sammit 2024-yil 9-avgustda Toshkentda boʻlib oʻtdi.", "Forum Toshkentda o‘tkazildi.",
                 "Vazirlar Tokioda uchrashdi.", "Саммит Тошкентда бўлиб ўтди."],
        "postponed": ["Sammit keyinga qoldirildi.", "Forum kechiktirildi.", "Uchrashuv boshqa sanaga ko‘chirildi.",
                      "Саммит кейинга қолдирилди."],
        "cancelled": ["Sammit bekor qilindi.", "Forum o‘tkazilmadi.", "Саммит бекор қилинди."],
    },
    "ky": {
        "planned": ["Саммит май айында Бишкекте өтөт.", "Форум Ошто өткөрүлөт.", "Жолугушуу сентябрга пландалган."],
        "held": ["Саммит 2024-жылдын 9-августунда Бишкекте өттү.", "Форум Ошто өткөрүлдү.", "Министрлер Токиодо жолукту."],
        "postponed": ["Саммит кийинкиге калтырылды.", "Форум жылдырылды."],
        "cancelled": ["Саммит жокко чыгарылды.", "Форум өткөн жок."],
    },
    "tg": {
        "planned": ["Саммит моҳи май дар Душанбе баргузор мегардад.", "Форум баргузор хоҳад шуд."],
        "held": ["Саммит 9 августи 2024 дар Душанбе баргузор шуд.", "Форум дар Хуҷанд доир гардид."],
        "postponed": ["Саммит ба таъхир гузошта шуд."],
        "cancelled": ["Саммит бекор карда шуд.", "Форум баргузор нашуд."],
    },
    "tk": {
        "planned": ["Sammit maý aýynda Aşgabatda geçiriler.", "Forumy geçirilmegi meýilleşdirilýär."],
        "held": ["Sammit 2024-nji ýylyň 9-njy awgustynda Aşgabatda geçirildi.", "Ministrler Tokioda duşuşdy."],
        "postponed": ["Sammit yza süýşürildi."],
        "cancelled": ["Sammit ýatyryldy.", "Forum geçirilmedi."],
    },
}


@pytest.mark.parametrize("language, text, status", [
    (language, text, status)
    for language, by_status in STATING.items() for status, texts in by_status.items() for text in texts])
def test_central_asian_languages_state_each_status(language, text, status):
    assert stated(text, language) == {status}


# Each beside what its words state without the word that makes it state nothing.
@pytest.mark.parametrize("language, text, stating, status", [
    ("kk", "Саммит кейінге қалдырылмады.", "Саммит кейінге қалдырылды.", "postponed"),
    ("kk", "Саммит өтті ме, әлі белгісіз.", "Саммит өтті.", "held"),
    ("kk", "Өткен жылы екі ел келісімге қол қойды.", "Өткен саммитте екі ел келісімге қол қойды.", "held"),
    ("uz", "Sammit bekor qilinmadi.", "Sammit bekor qilindi.", "cancelled"),
    ("uz", "Sammit keyinga qoldirilmadi.", "Sammit keyinga qoldirildi.", "postponed"),
    ("uz", "Sammit bo‘lib o‘tdimi, noma’lum.", "Sammit bo‘lib o‘tdi.", "held"),
    ("ky", "Саммит жылдырылган жок.", "Саммит жылдырылды.", "postponed"),
    ("ky", "Өткөн жылы эки өлкө келишимге кол койду.", "Саммит өткөн жок.", "cancelled"),
    ("tg", "Саммит ба таъхир гузошта нашуд.", "Саммит ба таъхир гузошта шуд.", "postponed"),
    ("tk", "Sammit yza süýşürilmedi.", "Sammit yza süýşürildi.", "postponed"),
])
def test_central_asian_text_that_states_no_status(language, text, stating, status):
    assert stated(text, language) == set() and stated(stating, language) == {status}


def test_the_examples_of_central_asian_languages_state_their_status():
    for language in STATING:
        for status in eventstatus.STATUSES:
            assert eventstatus.examples(status, language) != eventstatus.EXAMPLES[status]
            for example in eventstatus.examples(status, language):
                assert stated(example, language) == {status}, (language, status, example)


@pytest.mark.parametrize("language, sentence, status", [
    ("kk", "Саммит 2026 жылғы 9 наурызда Астанада өтті.", "held"),
    ("kk", "Саммит кейінге қалдырылды.", "postponed"),
    ("uz", "Sammit 2026-yil 9-martda Toshkentda bo‘lib o‘tdi.", "held"),
    ("uz", "Sammit bekor qilindi.", "cancelled"),
    ("ky", "Саммит 2026-жылдын 9-мартында Бишкекте өттү.", "held"),
    ("tg", "Саммит 9 марти 2026 дар Душанбе баргузор шуд.", "held"),
    ("tk", "Sammit 2026-njy ýylyň 9-njy martynda Aşgabatda geçirildi.", "held"),
])
def test_a_central_asian_quote_states_its_status(make_project, language, sentence, status):
    assert findings(brief(make_project, language, sentence, f"  status: {status}\n"), "status") == []


def test_a_kazakh_quote_of_another_status_does_not_state_held(make_project):
    found = findings(brief(make_project, "kk", "Саммит кейінге қалдырылды.", "  status: held\n"), "status")
    assert any("error: status 'held' of forum 'forum' is not stated by any cited quote" in d
               and "'кейінге қалдырылды' (postponed)" in d for d in found)
