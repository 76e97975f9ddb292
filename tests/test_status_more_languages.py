"""Event statuses and former dates in more languages: Dutch and Polish
status tables, a language with no table never read with the English one,
a Chinese or Korean move to a new date read as postponed, former dates in
Chinese, Japanese, Korean, Polish and Turkish, and every Romance verb that
moves an event read as a move, not a span."""
from pathlib import Path

import pytest

from briefgen import check, eventstatus
from briefgen.eventstatus import find_statuses, stated

STATING = {
    "nl": {
        "planned": [
            "De Noordzeetop zal op 18 maart 2026 in Oostende plaatsvinden.",
            "De top zal in Brugge worden gehouden.",
            "De minister zal Kazachstan bezoeken.",
            "De top wordt op 18 maart in Oostende gehouden.",
            "De top is gepland voor mei.",
            "de top die in mei plaatsvindt",
        ],
        "held": [
            "Het ministersoverleg in Brugge vond op 5 maart 2026 plaats.",
            "Het ministersoverleg heeft op 5 maart 2026 plaatsgevonden.",
            "De top werd op 5 maart in Brugge gehouden.",
            "De minister bezocht Kazachstan.",
            "Er namen 35 bedrijven deel.",
            "De top vond zoals gepland plaats.",
        ],
        "postponed": [
            "De Noordzeetop werd uitgesteld tot 22 april 2026.",
            "Het bezoek is verdaagd.",
            "De regering stelde de top uit.",
        ],
        "cancelled": [
            "De energietop met Duitsland van 20 mei 2026 werd afgelast.",
            "Het forum is geannuleerd.",
            "De top vond dit jaar niet plaats.",
            "De top heeft nooit plaatsgevonden.",
            "De top ging niet door.",
            "Het kabinet zegde de reis af.",
        ],
    },
    "pl": {
        "planned": [
            "Szczyt odbędzie się 18 marca 2026 r. w Wilnie.",
            "Rozmowy odbędą się w Rydze.",
            "Spotkanie ma się odbyć w maju.",
            "Szczyt zaplanowany jest na maj.",
            "Premier złoży wizytę w Wilnie.",
        ],
        "held": [
            "Szczyt odbył się w Wilnie.",
            "Konferencja odbyła się w Warszawie.",
            "Spotkanie odbyło się 5 marca 2026 r.",
            "Rozmowy odbyły się w Wilnie.",
            "Spotkanie ministrów miało miejsce 5 marca 2026 r.",
            "Komisja mieszana zebrała się w Gdańsku.",
            "Do spotkania doszło w Rydze.",
            "Szczyt odbył się zgodnie z planem.",
            "Premier przebywał z oficjalną wizytą w Seulu.",
        ],
        "postponed": [
            "Szczyt został przełożony na 22 kwietnia 2026 r.",
            "Konferencja została przełożona.",
            "Forum zostało przełożone na jesień.",
            "Rozmowy zostały przełożone.",
            "Szczyt przełożono na maj.",
        ],
        "cancelled": [
            "Towarzyszące mu forum inwestorów zostało odwołane.",
            "Wizyta została odwołana.",
            "Szczyt został odwołany.",
            "Szczyt się nie odbył.",
            "Konferencja nie odbędzie się.",
            "Do spotkania nie doszło.",
            "Wizyta nie doszła do skutku.",
            "Szczyt nie doszedł do skutku.",
        ],
    },
}


@pytest.mark.parametrize("language, text, status", [
    (language, text, status)
    for language, by_status in STATING.items() for status, texts in by_status.items() for text in texts])
def test_dutch_and_polish_state_each_status(language, text, status):
    assert stated(text, language) == {status}


# Each beside what its words state without the word that makes it state nothing.
@pytest.mark.parametrize("language, text, stating, status", [
    ("nl", "De top werd niet uitgesteld.", "De top werd uitgesteld.", "postponed"),
    ("nl", "De top kan in mei plaatsvinden.", "De top zal in mei plaatsvinden.", "planned"),  # may: no plan
    ("nl", "Het ministerie ontkende dat de top op 5 maart plaatsvond.", "De top vond op 5 maart plaats.", "held"),
    ("nl", "De regering ging door met de plannen.", "De top ging door.", "held"),  # went on with, not ahead
    ("nl", "De top met Duitsland begint morgen.", "De top met Duitsland werd afgelast.", "cancelled"),  # "with"
    ("pl", "Szczyt nie został przełożony.", "Szczyt został przełożony.", "postponed"),
    ("pl", "MSZ zaprzeczyło, że spotkanie się odbyło.", "Spotkanie się odbyło.", "held"),
    ("pl", "Nie wiadomo, czy szczyt się odbędzie.", "Szczyt się odbędzie.", "planned"),
    ("pl", "Plan spotkał się z krytyką opozycji.", "Ministrowie spotkali się w Rydze.", "held"),  # met with criticism
    ("pl", "Jego przełożony odmówił komentarza.", "Wizyta została przełożona.", "postponed"),  # also "superior"
    # until further notice: no call-off
    ("pl", "Rozmowy zawieszono do odwołania.", "Rozmowy odwołano.", "cancelled"),
])
def test_dutch_and_polish_text_that_states_no_status(language, text, stating, status):
    assert stated(text, language) == set() and stated(stating, language) == {status}


def test_a_polish_plan_then_its_postponement_states_both():
    text = "Szczyt, pierwotnie zaplanowany na 18 marca 2026 r., został przełożony na 22 kwietnia 2026 r."
    assert [m.status for m in find_statuses(text, "pl")] == ["planned", "postponed"]


def test_the_examples_of_dutch_and_polish_state_their_status():
    for language in ("nl", "pl"):
        for status in eventstatus.STATUSES:
            assert eventstatus.examples(status, language) != eventstatus.EXAMPLES[status]
            for example in eventstatus.examples(status, language):
                assert stated(example, language) == {status}, (language, status, example)


def test_a_language_with_no_table_is_never_read_with_english_words():
    # Danish "held" is "luck", Swedish "met" is nothing: no status, whatever the English table holds.
    assert stated("Det var held.", "da") == set() and stated("The summit was held", "sv-SE") == set()
    assert eventstatus.table_language("da") is None and not eventstatus.has_table("sv")
    # English text and text with no language given read as before.
    assert stated("The summit was held", "en") == stated("The summit was held") == {"held"}


# --- Chinese, Korean: a move to a new date is a postponement ---------------------

@pytest.mark.parametrize("text", [
    "中非农业合作论坛延至5月举行。",
    "中肯青年对话改至6月在蒙巴萨举行。",
    "论坛延期至5月召开。",
    "会议改于6月3日召开。",
    "論壇延至5月舉行。",
    "论坛将延至5月举行。",  # will be put off: no plan either
])
def test_a_chinese_move_to_a_new_date_is_postponed_not_held(text):
    assert stated(text, "zh") == {"postponed"}


def test_chinese_words_near_a_move_keep_their_own_reading():
    assert stated("峰会改在上海举行。", "zh") == set()  # moved to Shanghai: its place or its time, unsaid
    assert stated("峰会改至上海举行。", "zh") == {"postponed"}
    assert stated("疫情蔓延至北京，会议在北京举行。", "zh") == {"held"}  # 蔓延至 is "spread to"
    assert stated("双边部长级会议推迟到4月10日举行。", "zh") == {"postponed"}
    assert stated("会议将于5月举行。", "zh") == {"planned"}


def test_a_korean_move_to_a_new_date_is_postponed_as_japanese_is():
    def said(text, language):
        return [m.status for m in find_statuses(text, language)]
    assert said("정상회의는 6월로 연기해 개최하기로 했다.", "ko") == ["postponed", "planned"]
    assert said("회담은 내년으로 연기했다.", "ko") == ["postponed"]
    assert said("회담은 5월 14일로 미뤄져 열렸다.", "ko") == ["postponed", "held"]
    assert said("배우가 연기했다.", "ko") == []  # "performed", not "postponed"
    # Japanese reads 延期 alone, wherever it stands: no gap of the kind.
    assert said("会議は5月に延期された。", "ja") == ["postponed"]
    assert said("会議は6月に延期して開催される。", "ja") == ["postponed", "planned"]


@pytest.mark.parametrize("text", [
    "한빛시는 해상풍력 단지 착공식을 연기한다고 14일 밝혔다.",
    "정부는 회담을 무기한 연기했다.",
    "조직위원회는 박람회를 연기하기로 했다.",
])
def test_a_korean_event_postponed_by_whoever_holds_it_is_postponed(text):
    assert stated(text, "ko") == {"postponed"}


@pytest.mark.parametrize("text", ["배우가 주인공을 연기했다.", "그는 악역을 연기해 호평을 받았다.", "회의를 연기하지 않았다."])
def test_a_korean_role_acted_or_a_postponement_denied_is_no_status(text):
    assert stated(text, "ko") == set()


# --- through check() ------------------------------------------------------------

EVENT = """\
- id: forum
  name: Forum
{fields}  claims:
    - text: "{claim}"
      cite:
        - source: article
          quote: "{quote}"
"""


def brief(make_project, language: str, sentence: str, fields: str = "", claim: str | None = None,
          brief_language: str = "en") -> Path:
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{brief_language}"\n',
        "seeds/article.txt": f"---\nlanguage: {language}\npublished: 2026-12-01\n---\nReport\n{sentence}\n",
        "content/forums.yaml": EVENT.format(fields=fields, claim=claim or sentence, quote=sentence),
        "content/figures.yaml": None,
    })


def findings(root: Path, *words: str) -> list[str]:
    return [d.format() for d in check(root).diagnostics.items if any(word in d.message for word in words)]


def test_a_dutch_quote_that_says_called_off_does_not_state_held(make_project):
    sentence = "De energietop met Duitsland van 20 mei 2026 werd afgelast."
    held = findings(brief(make_project, "nl", sentence, "  status: held\n"), "status")
    assert any("error: status 'held' of forum 'forum' is not stated by any cited quote" in d
               and "the cited quotes say 'afgelast' (cancelled)" in d and "'vond plaats'" in d for d in held)
    assert findings(brief(make_project, "nl", sentence, "  status: cancelled\n"), "status") == []


def test_a_status_cited_only_from_a_language_with_no_table_is_told_so(make_project):
    """Not "cite a passage such as 'was held'": no Swedish passage could say so to briefgen."""
    sentence = "Toppmötet i Riverton hölls den 2 mars 2026."
    found = findings(brief(make_project, "sv-SE", sentence, "  status: held\n"), "status")
    assert len(found) == 1 and "error: status 'held' of forum 'forum' is not stated by any cited quote" in found[0]
    assert "briefgen reads no words of event status in Swedish (sv-SE): leave 'status' out" in found[0]
    assert "nl, pl, pt, ru, tg, th, tk, tr, uz, zh)" in found[0] and "'was held'" not in found[0]


@pytest.mark.parametrize("language, sentence, status", [
    ("nl", "De Noordzeetop werd uitgesteld tot 22 april 2026.", "postponed"),
    ("nl", "Het ministersoverleg in Brugge vond op 5 maart 2026 plaats.", "held"),
    ("nl", "De Noordzeetop zal op 18 maart 2026 in Oostende plaatsvinden.", "planned"),
    ("pl", "Spotkanie ministrów w Suwałkach odbyło się 5 marca 2026 r.", "held"),
    ("pl", "Szczyt został przełożony na 22 kwietnia 2026 r.", "postponed"),
    ("pl", "Forum inwestorów zostało odwołane.", "cancelled"),
    ("pl", "Szczyt odbędzie się 18 marca 2026 r. w Wilnie.", "planned"),
])
def test_a_dutch_or_polish_quote_states_its_status(make_project, language, sentence, status):
    root = brief(make_project, language, sentence, f"  status: {status}\n")
    assert [d for d in findings(root, "status") if "error" in d] == []


@pytest.mark.parametrize("language, claim, quote, said", [
    ("nl", "De top vond op 18 maart 2026 in Oostende plaats.",
     "De top zal op 18 maart 2026 in Oostende plaatsvinden.", "planned"),
    ("nl", "Het investeerdersforum vond plaats.", "Het investeerdersforum werd afgelast.", "cancelled"),
    ("pl", "Szczyt odbył się 18 marca 2026 r. w Wilnie.", "Szczyt odbędzie się 18 marca 2026 r. w Wilnie.",
     "planned"),
    ("pl", "Forum inwestorów odbyło się.", "Forum inwestorów zostało odwołane.", "cancelled"),
    ("zh", "中非农业合作论坛已经举行。", "中非农业合作论坛延至5月举行。", "postponed"),
])
def test_a_claim_told_as_held_against_its_quotes_warns(make_project, language, claim, quote, said):
    root = brief(make_project, language, quote, claim=claim, brief_language=language)
    assert any(f"the event as held, where its quotes say {said}" in d for d in findings(root, "states what"))


@pytest.mark.parametrize("language, claim, quote", [
    ("es", "La Reunión de Alto Nivel, prevista para el 22 de octubre, fue aplazada hasta diciembre.",
     "La Reunión de Alto Nivel, prevista inicialmente para el 22 de octubre, ha sido aplazada hasta diciembre."),
    ("en", "The summit, scheduled for 22 October, was called off.",
     "The summit, originally set for 22 October, was cancelled."),
])
def test_a_claim_telling_the_plan_its_quote_overturns_does_not_warn(make_project, language, claim, quote):
    """The plan a claim says was put off is the one its quote says was: not a plan where its quotes say postponed."""
    root = brief(make_project, language, quote, claim=claim, brief_language=language)
    assert findings(root, "where its quotes say") == []
    planned_only = "La Reunión de Alto Nivel se celebrará en diciembre." if language == "es" else \
        "The summit will be held in December."
    root = brief(make_project, language, quote, claim=planned_only, brief_language=language)
    assert any("the event as planned, where its quotes say" in d for d in findings(root, "states what"))


def test_a_chinese_move_does_not_state_held(make_project):
    root = brief(make_project, "zh", "中非农业合作论坛延至5月举行。", "  status: held\n", brief_language="zh")
    assert any("error: status 'held' of forum 'forum' is not stated" in d for d in findings(root, "status"))
    root = brief(make_project, "zh", "中非农业合作论坛延至5月举行。", "  status: postponed\n", brief_language="zh")
    assert [d for d in findings(root, "status") if "error" in d] == []


# --- former dates ----------------------------------------------------------------

FORMER = "date {date} of forum 'forum' is given by its quotes only as a date the event moved from ('{marker}')"


@pytest.mark.parametrize("language, sentence, former, new, marker", [
    ("zh", "原定于2025年3月18日举行的双边部长级会议推迟至2025年4月10日举行。", "2025-03-18", "2025-04-10", "原定"),
    ("zh", "中肯海洋经济对话原计划于2025年3月25日在蒙巴萨召开，现改于2025年4月2日召开。", "2025-03-25",
     "2025-04-02", "原计划"),
    ("zh", "会议于2025年4月10日而非2025年3月18日举行。", "2025-03-18", "2025-04-10", "而非"),
    ("ja", "会議は当初2025年4月8日に開催される予定だったが、2025年5月14日に延期された。", "2025-04-08",
     "2025-05-14", "当初"),
    ("ko", "당초 2025년 4월 8일 열릴 예정이었던 양국 외교장관 회담은 2025년 5월 14일로 연기됐다.", "2025-04-08",
     "2025-05-14", "당초"),
    ("pl", "Szczyt energetyczny, pierwotnie planowany na 10 kwietnia 2026 r., odbędzie się 15 maja 2026 r.",
     "2026-04-10", "2026-05-15", "pierwotnie"),
    ("pl", "Szczyt został przełożony z 10 kwietnia 2026 r. na 15 maja 2026 r.", "2026-04-10", "2026-05-15",
     "przełożony z"),
    ("tr", "Başlangıçta 18 Mart 2026'da yapılması planlanan enerji zirvesi 22 Nisan 2026'ya ertelendi.",
     "2026-03-18", "2026-04-22", "Başlangıçta"),
    ("pl", "Szczyt miał odbyć się 26 lutego 2026 r., ale został przełożony na 15 kwietnia 2026 r.", "2026-02-26",
     "2026-04-15", "miał odbyć się"),
    ("id", "Forum yang semula dijadwalkan pada 24 Maret 2026 ditunda hingga 22 April 2026.", "2026-03-24",
     "2026-04-22", "semula"),
    ("id", "Forum ditunda dari 24 Maret 2026 ke 22 April 2026.", "2026-03-24", "2026-04-22", "ditunda dari"),
    # Moved to the new date, then from the old one.
    ("en", "The summit was postponed to 14 May 2026 from 12 May 2026.", "2026-05-12", "2026-05-14",
     "postponed to … from"),
    ("en", "The energy summit was pushed back to June 2026 from May 2026.", "2026-05", "2026-06",
     "pushed back to … from"),
    ("en", "The summit was moved to 2027, from 2026.", "2026", "2027", "moved to … from"),
])
def test_a_former_date_warns_and_the_new_one_does_not(make_project, language, sentence, former, new, marker):
    assert findings(brief(make_project, language, sentence, f"  date: {former}\n"), "moved from") == [
        f"content/forums.yaml:3:9: warning: {FORMER.format(date=former, marker=marker)}\n    hint: write the date "
        "the event took place or is now set for, and cite the passage that gives it; or, if it was postponed or "
        "called off, write its status"]
    assert findings(brief(make_project, language, sentence, f"  date: {new}\n"), "moved from", "not stated") == []


# Each beside a sentence whose marker gives the same date as a former one.
@pytest.mark.parametrize("language, sentence, date, marked", [
    ("pl", "Szczyt odbył się 10 kwietnia 2026 r., jak pierwotnie planowano.", "2026-04-10",
     "Szczyt, pierwotnie planowany na 10 kwietnia 2026 r., odbył się 12 kwietnia 2026 r."),
    ("ko", "회담은 원래대로 2025년 4월 8일 열렸다.", "2025-04-08", "회담은 원래 2025년 4월 8일 열릴 예정이었다."),
    ("zh", "中方原计划扩大合作。会议于2025年4月10日举行。", "2025-04-10",  # another sentence's marker
     "会议原计划于2025年4月10日举行。"),
])
def test_a_date_kept_as_planned_or_past_another_sentence_is_no_former_date(make_project, language, sentence, date,
                                                                            marked):
    assert findings(brief(make_project, language, sentence, f"  date: {date}\n"), "moved from", "not stated") == []
    assert len(findings(brief(make_project, language, marked, f"  date: {date}\n"), "moved from")) == 1


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il forum è stato rimandato dal 10 marzo al 20 marzo 2025."),
    ("it", "Il forum è slittato dal 10 marzo al 20 marzo 2025."),
    ("it", "Il forum è slittato dal 10 al 20 marzo 2025."),
    ("es", "El foro fue retrasado del 10 de marzo al 20 de marzo de 2025."),
    ("fr", "Le forum a été reprogrammé du 10 mars au 20 mars 2025."),
    # Russian and Polish join the two days with "на".
    ("ru", "Форум перенесён с 10 на 20 марта 2025 года."),
    ("ru", "Форум перенесли с 10 марта на 20 марта 2025 года."),
    ("pl", "Forum przełożono z 10 na 20 marca 2025 r."),
])
def test_every_verb_that_moves_an_event_gives_two_dates_not_a_span(make_project, language, sentence):
    span = findings(brief(make_project, language, sentence, "  date: 2025-03-10/2025-03-20\n"), "not stated")
    assert len(span) == 1 and "date 2025-03-10/2025-03-20 of forum 'forum' is not stated" in span[0]
    assert findings(brief(make_project, language, sentence, "  date: 2025-03-20\n"), "moved from", "not stated") == []
    assert len(findings(brief(make_project, language, sentence, "  date: 2025-03-10\n"), "moved from")) == 1


def test_from_after_a_date_no_move_led_to_gives_no_former_date(make_project):
    sentence = "The forum was held in June 2026, from May 2026 a working group prepared it."
    assert findings(brief(make_project, "en", sentence, "  date: 2026-05\n"), "moved from") == []
